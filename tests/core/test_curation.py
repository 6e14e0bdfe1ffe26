"""Curation: edits as replayable records that survive re-resolution and re-parsing; clusters."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.curation import (
    CLUSTER_THRESHOLD,
    DELETED,
    IS_EVENT,
    LABEL,
    NOTE,
    TAGS,
    add_event,
    apply_edit,
    apply_edits,
    content_words,
    describe,
    find_clusters,
    find_event,
    jaccard,
    make_edit,
    parse_tags,
    parse_typed_date,
    rebuild,
    set_date,
)
from timeline_app.core.models import DateSource, Document, Granularity
from timeline_app.core.project import Project, load_project, save_project
from timeline_app.parsing import parse_document, parse_text, resolve_document

WHEN = dt.datetime(2024, 5, 1, 12, 0)
D = dt.datetime
TEXT = ("On Wednesday, the minister said the talks went well. "
        "On Sunday, Turkey accepted the request. "
        "Last year, the mission brokered consultations.")


def _doc(dct: dt.date = dt.date(2021, 12, 9)) -> Document:
    return parse_text(TEXT, dct=dct, doc_id="news", title="News")


def _event(doc: Document, word: str):  # type: ignore[no-untyped-def]
    return next(e for e in doc.events if word in e.label)


def test_set_date_marks_the_date_as_the_researchers() -> None:
    doc = _doc()
    sunday = _event(doc, "Turkey")
    edit = set_date(doc, sunday.id, D(2021, 11, 1), D(2021, 12, 1), Granularity.MONTH, WHEN)
    edited = find_event(apply_edit(doc, edit), sunday.id)
    assert (edited.start, edited.end, edited.granularity) == (D(2021, 11, 1), D(2021, 12, 1), Granularity.MONTH)
    assert edited.date_source is DateSource.USER
    assert edited.explanation.startswith("date set by the researcher; the parser had: 'Sunday' -> 2021-12-05")
    reverted = find_event(apply_edit(apply_edit(doc, edit), edit, revert=True), sunday.id)
    assert reverted == sunday


def test_resolve_document_keeps_events_the_user_dated() -> None:
    doc = _doc()
    sunday = _event(doc, "Turkey")
    edited = apply_edit(doc, set_date(doc, sunday.id, D(2021, 1, 4), D(2021, 1, 5), Granularity.DAY, WHEN))
    moved = resolve_document(edited, dt.date(2022, 3, 3))
    assert find_event(moved, sunday.id).start == D(2021, 1, 4)
    assert find_event(moved, sunday.id).date_source is DateSource.USER
    assert _event(moved, "minister").start == D(2022, 3, 2)  # the others move with the new date


def test_edits_survive_a_new_publication_date_and_a_re_parse() -> None:
    doc = _doc()
    sunday, minister = _event(doc, "Turkey"), _event(doc, "minister")
    edits = [set_date(doc, sunday.id, D(2021, 1, 4), D(2021, 1, 5), Granularity.DAY, WHEN)]
    doc = apply_edit(doc, edits[0])
    for edit in (make_edit(doc, minister.id, TAGS, ["talks", " Moscow", "talks"], WHEN),
                 make_edit(doc, minister.id, NOTE, "check the wire copy", WHEN),
                 make_edit(doc, minister.id, LABEL, "Minister: talks went well", WHEN)):
        edits.append(edit)
        doc = apply_edit(doc, edit)
    added = add_event(doc, TEXT.index("the mission"), TEXT.index(" consultations"), WHEN)
    edits.append(added)

    moved, missing = rebuild(doc, dt.date(2022, 3, 3), edits, resolve_document)
    assert missing == []
    assert find_event(moved, sunday.id).start == D(2021, 1, 4)
    minister_now = find_event(moved, minister.id)
    assert minister_now.start == D(2022, 3, 2)
    assert (minister_now.tags, minister_now.note, minister_now.label) == (
        ["Moscow", "talks"], "check the wire copy", "Minister: talks went well")
    assert find_event(moved, added.event_id).label == "the mission brokered"

    # A re-parse of a changed text: a sentence is inserted first, so every event id shifts.
    changed = Document(id="news", text="A new lead sentence was added. " + TEXT, dct=dt.date(2021, 12, 9))
    reparsed, missing = apply_edits(parse_document(changed), edits)
    assert missing == []
    turkey = _event(reparsed, "Turkey")
    assert turkey.id != sunday.id and turkey.start == D(2021, 1, 4) and turkey.date_source is DateSource.USER
    assert "talks" in _event(reparsed, "Minister").tags
    added_again = find_event(reparsed, added.event_id)
    assert reparsed.sentence_text(added_again.sentence_index).startswith("Last year")


def test_an_edit_to_a_sentences_second_event_finds_it_after_a_re_parse() -> None:
    text = "Officials said on Monday that the rebels attacked on Dec. 1."
    doc = parse_text(text, dct=dt.date(2021, 12, 9), doc_id="news")
    attack = doc.events[1]
    assert attack.start == D(2021, 12, 1)
    edit = make_edit(doc, attack.id, NOTE, "the date of the attack", WHEN)
    changed = Document(id="news", text="A new lead sentence was added. " + text, dct=dt.date(2021, 12, 9))
    reparsed, missing = apply_edits(parse_document(changed), [edit])
    assert missing == []
    noted = [e for e in reparsed.events if e.note]
    assert [(e.start, e.id) for e in noted] == [(D(2021, 12, 1), "news:e2.2")]


def test_an_edit_whose_sentence_is_gone_is_reported_not_dropped() -> None:
    doc = _doc()
    edit = make_edit(doc, _event(doc, "Turkey").id, NOTE, "x", WHEN)
    other = parse_text("Nothing about Turkey here.", dct=dt.date(2021, 12, 9), doc_id="news")
    _, missing = apply_edits(other, [edit])
    assert missing == [edit]


def test_delete_restore_and_not_an_event_are_flags() -> None:
    doc = _doc()
    event = _event(doc, "Turkey")
    deleted = apply_edit(doc, make_edit(doc, event.id, DELETED, True, WHEN))
    assert find_event(deleted, event.id).deleted
    restored = apply_edit(deleted, make_edit(deleted, event.id, DELETED, False, WHEN))
    assert not find_event(restored, event.id).deleted
    assert not find_event(apply_edit(doc, make_edit(doc, event.id, IS_EVENT, False, WHEN)), event.id).is_event


@pytest.mark.parametrize(("field", "new", "name"), [
    ("date", None, "Change date of “On Sunday, Turkey accepted the request.”"),
    (DELETED, True, "Delete “On Sunday, Turkey accepted the request.”"),
    (DELETED, False, "Restore “On Sunday, Turkey accepted the request.”"),
    (IS_EVENT, False, "Mark as not an event “On Sunday, Turkey accepted the request.”"),
    (TAGS, ["a"], "Change tags of “On Sunday, Turkey accepted the request.”"),
])
def test_edits_are_named_for_the_edit_menu(field: str, new: object, name: str) -> None:
    doc = _doc()
    event = _event(doc, "Turkey")
    edit = set_date(doc, event.id, None, None, None, WHEN) if field == "date" else make_edit(doc, event.id, field, new, WHEN)
    assert describe(edit, event.label) == name


def test_edits_round_trip_through_the_project_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    doc = _doc()
    edit = make_edit(doc, _event(doc, "Turkey").id, TAGS, ["Ankara"], WHEN)
    project = Project(documents=[apply_edit(doc, edit)], edits=[edit])
    save_project(project, tmp_path / "p.timeline.json")
    loaded = load_project(tmp_path / "p.timeline.json")
    assert loaded == project
    assert _event(loaded.documents[0], "Turkey").tags == ["Ankara"]


@pytest.mark.parametrize(("typed", "expected"), [
    ("2021", (D(2021, 1, 1), D(2022, 1, 1), Granularity.YEAR)),
    ("2021-12", (D(2021, 12, 1), D(2022, 1, 1), Granularity.MONTH)),
    ("2021-12-08", (D(2021, 12, 8), D(2021, 12, 9), Granularity.DAY)),
    ("2021-12-06..2021-12-08", (D(2021, 12, 6), D(2021, 12, 9), Granularity.DAY)),
    ("", None),
])
def test_typed_dates(typed: str, expected: object) -> None:
    assert parse_typed_date(typed) == expected


@pytest.mark.parametrize("typed", ["Dec 2021", "2021-13", "2021-12-09..2021-12-01", "1..2..3"])
def test_typed_dates_that_are_not_dates_say_what_to_type(typed: str) -> None:
    with pytest.raises(ValueError, match="'"):
        parse_typed_date(typed)


def test_tags_typed_with_commas() -> None:
    assert parse_tags("talks, Moscow;; talks ,ceasefire") == ["ceasefire", "Moscow", "talks"]


# (sentence in article A, sentence in article B, same happening?)
CLUSTER_TABLE = [
    ("On Wednesday, Russian Deputy Foreign Minister Mikhail Bogdanov met the Joint Military Commission in Moscow.",
     "Bogdanov met members of the Libyan Joint Military Commission in Moscow on Wednesday.", True),
    ("On Wednesday, Turkey accepted a request to withdraw its foreign forces from Libya.",
     "Ankara agreed on Wednesday to the request that it withdraw foreign forces and mercenaries from Libya.", True),
    ("On Wednesday, the ceasefire agreement was signed in Geneva by both delegations.",
     "Delegations signed the Geneva ceasefire agreement on Wednesday.", True),
    ("On Wednesday, Bogdanov met the commission in Moscow.",
     "On Wednesday, oil output in the eastern fields rose by a tenth.", False),
    ("On Wednesday, the UN envoy resigned after two years in the post.",
     "Turkey withdrew its mercenaries from Tripoli on Wednesday.", False),
    ("On Wednesday, Bogdanov met the commission in Moscow.",
     "On Wednesday, Bogdanov spoke to reporters about oil prices in Tripoli.", False),  # 0.11
    ("On Wednesday, Turkey accepted a request to withdraw its forces from Libya.",
     "On Wednesday, Libya asked Egypt to send observers to its border with Sudan.", False),  # 0.08
    ("The minister said on Wednesday that elections would be held.",
     "Protesters gathered outside parliament on Wednesday.", False),
]


@pytest.mark.parametrize(("first", "second", "same"), CLUSTER_TABLE)
def test_cluster_grouping_table(first: str, second: str, same: bool) -> None:
    a = parse_text(first, dct=dt.date(2021, 12, 9), doc_id="a")
    b = parse_text(second, dct=dt.date(2021, 12, 9), doc_id="b")
    assert a.events[0].start == b.events[0].start == D(2021, 12, 8)
    clusters = find_clusters([a, b])
    score = jaccard(content_words(first), content_words(second))
    assert (len(clusters) == 1) is same, f"similarity {score:.2f} vs threshold {CLUSTER_THRESHOLD}"
    if same:
        assert clusters[0].members == ("a:e1", "b:e1")


def test_clusters_need_the_same_day_and_another_document() -> None:
    a = parse_text("On Wednesday, Bogdanov met the commission in Moscow. "
                   "On Wednesday, Bogdanov met the commission in Moscow again.", dct=dt.date(2021, 12, 9), doc_id="a")
    b = parse_text("On Tuesday, Bogdanov met the commission in Moscow.", dct=dt.date(2021, 12, 9), doc_id="b")
    assert find_clusters([a, b]) == []  # same document, or another day
    c = parse_text("Bogdanov met the commission in Moscow on Wednesday.", dct=dt.date(2021, 12, 9), doc_id="c")
    (cluster,) = find_clusters([a, b, c])
    assert cluster.members == ("a:e1", "a:e2", "c:e1") and cluster.day == dt.date(2021, 12, 8)


def test_deleted_events_are_not_clustered() -> None:
    a = parse_text("On Wednesday, Bogdanov met the commission in Moscow.", dct=dt.date(2021, 12, 9), doc_id="a")
    c = parse_text("Bogdanov met the commission in Moscow on Wednesday.", dct=dt.date(2021, 12, 9), doc_id="c")
    a = apply_edit(a, make_edit(a, "a:e1", DELETED, True, WHEN))
    assert find_clusters([a, c]) == []


def test_added_event_from_a_selection_starting_between_sentences_joins_the_next() -> None:
    doc = parse_text(TEXT, dt.date(2021, 12, 9), doc_id="news")
    gap = TEXT.index(" On Sunday")  # the space after the first sentence
    added = add_event(doc, gap, TEXT.index(" accepted"), WHEN)
    event = find_event(apply_edit(doc, added), added.event_id)
    assert event.sentence_index == 1
    assert event.start == D(2021, 12, 5)
