"""Events: one per sentence and one per further date in it; carried dates follow the documented
heuristic."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.models import DateSource, Granularity
from timeline_app.parsing import parse_text, resolve_document
from timeline_app.parsing.events import make_label

DCT = dt.date(2021, 12, 9)


def _sources(text: str) -> list[DateSource]:
    return [e.date_source for e in parse_text(text, DCT).events]


E, C, N = DateSource.EXPLICIT, DateSource.CARRIED, DateSource.NONE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday the army attacked. Tanks entered the city. Many fled.", [E, C, C]),
        ("On Monday the army attacked.\n\nTanks entered the city. Many fled.", [E, C, C]),
        ("On Monday the army attacked. Tanks entered the city.\n\nMany fled.", [E, C, N]),
        ('On Monday the army attacked. "We will fight," he said. Many fled.', [E, N, N]),
        ("On Monday the army attacked. The city is calm. Many fled.", [E, N, N]),
        ("On Monday the army attacked. Militants recently fled.", [E, N]),
        ("He was born on 4 August 1901. At the age of 11 he was sent away.", [E, N]),
        ("He was born on 4 August 1901. Aged 11, he was sent away.", [E, N]),
        ("The rebels surrendered on 29 April 1916. A few days later, courts-martial began.",
         [E, C]),
        ("The rebels surrendered on 29 April 1916. In the future, more will follow.", [E, N]),
        ("The army attacked. Tanks entered the city.", [N, N]),
    ],
)
def test_carrying(text: str, expected: list[DateSource]) -> None:
    assert _sources(text) == expected


def test_carried_event_names_its_origin_and_expression() -> None:
    doc = parse_text("On Monday the army attacked. Tanks entered the city.", DCT, doc_id="d")
    first, second = doc.events
    assert second.date_source is DateSource.CARRIED
    assert (second.start, second.end) == (first.start, first.end)
    assert second.expression_id == first.expression_id
    assert "sentence 1" in second.explanation
    assert second.id == "d:e2"


def test_event_rests_on_first_concrete_expression() -> None:
    doc = parse_text("Now officials said on Monday that rebels attacked last week.", DCT)
    event = doc.events[0]
    assert event.date_source is DateSource.EXPLICIT
    assert event.start == dt.datetime(2021, 12, 6)


def test_labels_are_short_and_cut_at_a_word() -> None:
    sentence = "During his meeting with the Libyan Joint Military Commission in Moscow, " \
               "Bogdanov added that he looked forward to success."
    label = make_label(sentence)
    assert len(label) <= 81
    assert label.endswith("…")
    assert sentence.startswith(label[:-1])
    assert make_label("Short one.") == "Short one."


def test_a_second_date_in_a_sentence_is_an_event_of_its_own() -> None:
    doc = parse_text("The offensive was planned in 1942. In November, Soviet forces encircled "
                     "the Sixth Army, which surrendered on 2 February 1943. Its commander was "
                     "taken.", doc_id="d")
    first, second, third = doc.events[1:]
    assert (first.id, second.id, third.id) == ("d:e2", "d:e2.2", "d:e3")
    assert first.sentence_index == second.sentence_index == 1
    assert (first.start, second.start) == (dt.datetime(1942, 11, 1), dt.datetime(1943, 2, 2))
    by_id = {e.id: e for e in doc.expressions}
    assert by_id[second.expression_id or ""].text == "2 February 1943"
    assert second.date_source is DateSource.EXPLICIT
    assert third.date_source is DateSource.CARRIED  # the story goes on from the first event
    assert third.start == first.start


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("In 1943, on 2 February, the Sixth Army surrendered.", dt.datetime(1943, 2, 2)),
        ("The battle was fought on July 1-3, 1863.", dt.datetime(1863, 7, 1)),
        ("Now, on Monday, the talks resumed.", dt.datetime(2021, 12, 6)),
        # a time of the day the sentence has just dated is that day's happening
        ("On Monday, polls opened at 7 a.m. and closed at 8 p.m.", dt.datetime(2021, 12, 6)),
        ("Dec. 6 - A curfew is imposed from 6 p.m. as police withdraw.", dt.datetime(2021, 12, 6)),
    ],
)
def test_one_happening_written_with_two_dates_is_one_event(text: str, day: dt.datetime) -> None:
    events = parse_text(text, DCT if "Monday" in text or "Dec. 6" in text else None).events
    assert [e.start for e in events] == [day]


def test_researchers_work_on_a_second_event_survives_re_resolution() -> None:
    doc = parse_text("Officials said on Monday that the rebels attacked on Dec. 1.", DCT)
    assert [e.id for e in doc.events] == ["doc:e1", "doc:e1.2"]
    tagged = doc.events[1].model_copy(update={"tags": ["attack"]})
    again = resolve_document(doc.model_copy(update={"events": [doc.events[0], tagged]}),
                             dt.date(2022, 12, 9))
    assert again.events[1].tags == ["attack"]
    assert again.events[1].start == dt.datetime(2022, 12, 1)
    assert again.events[0].tags == []


def test_a_coarse_date_far_from_a_finer_one_is_an_event_of_its_own() -> None:
    doc = parse_text("In late 1943 the Allies landed in Italy, and their leaders met in Tehran "
                     "at the end of November.")
    assert [(e.start, e.granularity) for e in doc.events] == [
        (dt.datetime(1943, 9, 1), Granularity.YEAR),
        (dt.datetime(1943, 11, 21), Granularity.MONTH)]


def test_some_time_later_says_so() -> None:
    doc = parse_text("The rebels surrendered on 29 April 1916. A few days later, courts-martial "
                     "began.")
    later = doc.events[1]
    assert later.start == dt.datetime(1916, 4, 29)
    assert later.explanation.startswith("'A few days later': some time after the date of "
                                        "sentence 1")


def test_each_entry_of_a_dated_list_is_an_event_of_its_own() -> None:
    """A chronology under year headings: each line is an event on its own date, and a day
    written without a year takes the year heading the entries above it."""
    text = ("Key events\n2019\n- 12 March: The river bursts its banks.\n- 21 November: Residents sue."
            "\n2020\n- 9 January: The court grants a review.")
    doc = parse_text(text, dt.date(2020, 6, 1))
    entries = [(e.label, e.start) for e in doc.events if e.label.startswith("- ")]
    assert entries == [
        ("- 12 March: The river bursts its banks.", dt.datetime(2019, 3, 12)),
        ("- 21 November: Residents sue.", dt.datetime(2019, 11, 21)),
        ("- 9 January: The court grants a review.", dt.datetime(2020, 1, 9))]


def test_lines_under_a_day_heading_take_its_day() -> None:
    """A live blog's time stamps under a day written as a heading line fall on that day, and
    an undated line right under such a heading takes it, whatever its tense."""
    text = ("What we know\nSaturday, 8 March\n01:19 - Last radio contact.\n"
            "Sunday, 9 March\nShips begin searching the sea.")
    doc = parse_text(text, dt.date(2014, 3, 18))
    stamp = next(e for e in doc.expressions if e.text == "01:19")
    assert stamp.value == "2014-03-08T01:19"
    ships = next(e for e in doc.events if e.label.startswith("Ships"))
    assert (ships.start, ships.date_source) == (dt.datetime(2014, 3, 9), DateSource.CARRIED)


def test_a_dated_list_keeps_its_order_across_a_new_year() -> None:
    """The entries of a chronology run in time order: read in May, a season told from August
    to May starts the August before, and re-resolving against another date keeps the order."""
    text = ("How the title was won\nAug 16: An opening win at home.\nDec 26: A draw at Hull.\n"
            "Feb 14: A 3-0 win opens a lead.\nMay 8: The title is confirmed.")
    doc = parse_text(text, dt.date(2004, 5, 17))
    assert [e.value for e in doc.expressions] == ["2003-08-16", "2003-12-26", "2004-02-14",
                                                  "2004-05-08"]
    later = resolve_document(doc, dt.date(2005, 5, 17))
    assert [e.value for e in later.expressions] == ["2004-08-16", "2004-12-26", "2005-02-14",
                                                    "2005-05-08"]


@pytest.mark.parametrize(("text", "dct", "expected"), [
    # the week ahead: each weekday entry falls after the one above it
    (("The week ahead\nMonday: Closing arguments begin.\nTuesday: The judge instructs the jury.\n"
      "Wednesday onwards: Deliberations."), dt.date(2021, 4, 19),
     ["2021-W16", "2021-04-19", "2021-04-20", "2021-04-21"]),
    # a list's first entry with no tense of its own goes on from the day told just before the
    # list: the days after "Monday: Early voting starts" are the coming ones, not the past week's
    (("THE WEEK AHEAD. Monday: Early voting starts.\nTuesday: A carmaker reports results.\n"
      "Wednesday: The IMF meetings continue."), dt.date(2024, 10, 20),
     ["2024-W43", "2024-10-21", "2024-10-22", "2024-10-23"]),
    # told in the past just before the list, the entries go on from that past day
    (("Lawmakers voted Tuesday to delay the deadline.\nWednesday: More talks at the White House."),
     dt.date(2018, 12, 7), ["2018-12-04", "2018-12-05"]),
    # an entry of a day before publication told in the present tells the past
    ("March 2 - Talks stall.\nMarch 3 - Two men are detained early Tuesday.", dt.date(2015, 3, 6),
     ["2015-03-02", "2015-03-03", "2015-03-03"]),
    # a weekday entry weeks after the entry above is the one of the week of publication
    ("Oct. 2 - The panel opens its inquiry.\nTuesday - The panel votes.\nThursday - A recount.",
     dt.date(2018, 11, 2), ["2018-10-02", "2018-10-30", "2018-11-01"]),
    # so is a weekday entry with its part of the day
    (("April 25 - The board accepts the offer.\nJuly 8 - The buyer walks away.\n"
      "Thursday night - The deal closes."), dt.date(2022, 10, 28),
     ["2022-04-25", "2022-07-08", "2022-10-27TNI"]),
    # a chronology's yearless entry below one dated in full is the last such day by publication,
    # not the coming one its present tense would name
    (("Sept. 8, 2022 - Charles becomes king.\nOct. 11 - The palace announces the coronation "
      "date."), dt.date(2023, 5, 5), ["2022-09-08", "2022-10-11"]),
    (("April 20, 2010 - An explosion on the rig kills 11 workers.\nJuly 15 - BP caps the well."),
     dt.date(2011, 4, 20), ["2010-04-20", "2010-07-15"]),
    # but not one that would fall before the entry above: that one is still to come
    (("Jan. 29, 2024 - Jury selection begins.\nMarch 25 - Closing arguments."),
     dt.date(2024, 2, 20), ["2024-01-29", "2024-03-25"]),
    # a live blog newest first: stamps that rise again have passed midnight into the day before
    (("Live updates\n3:41 a.m. ET — The count ends.\n2:15 a.m. ET — An objection fails.\n"
      "11:35 p.m. ET — The count resumes.\n8:06 p.m. ET — The Senate returns."),
     dt.date(2021, 1, 7),
     ["2021-01-07T03:41", "2021-01-07T02:15", "2021-01-06T23:35", "2021-01-06T20:06"]),
    # oldest first, the stamps that fall past midnight and rise again stay on publication day
    (("Count night\n22:10 - Polls close.\n23:55 - A first result.\n00:40 - A recount.\n"
      "01:30 - The seat is held."), dt.date(2019, 12, 12),
     ["2019-12-12T22:10", "2019-12-12T23:55", "2019-12-12T00:40", "2019-12-12T01:30"]),
])
def test_list_entries_keep_their_order(text: str, dct: dt.date, expected: list[str]) -> None:
    assert [e.value for e in parse_text(text, dct).expressions] == expected


def test_news_goes_on_from_the_reporting_date() -> None:
    doc = parse_text("Officials said on Monday that the rebels attacked on Dec. 1. They gave no "
                     "figures.", DCT)
    carried = doc.events[-1]
    assert (carried.date_source, carried.start) == (DateSource.CARRIED, dt.datetime(2021, 12, 6))
