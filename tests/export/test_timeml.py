"""TimeML: our TIMEX3 tags inline, a DCT, and for TimeML input a byte-identical TEXT.

The official TempEval-3 tools compare the tag-stripped TEXT of system and gold files, so every
case here checks it (with the project's reader and with an XML parser) besides the markup itself.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.models import Document, TimeExpression, TimexType
from timeline_app.export.evaluate import score_document, timexes_of
from timeline_app.export.timeml import document_to_timeml
from timeline_app.sources.timeml import read_timeml, split_timeml, walk_markup

TBAQ = Path("/work/shared/corpora/tbaq-cleaned")

HEAD = """<?xml version="1.0" ?>
<TimeML>
<DOCID>APW0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">08/07/1998</TIMEX3></DCT>
<TEXT>"""
TAIL = """</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t9" />
</TimeML>
"""


def timeml_doc(tmp_path: Path, text_markup: str, name: str = "APW0001.tml") -> Document:
    path = tmp_path / name
    path.write_text(HEAD + text_markup + TAIL, encoding="utf-8")
    return read_timeml(path)


def timex(doc: Document, start: int, end: int, tid: str, value: str = "1998-08-03",
          anchor: str | None = "dct", **extra: object) -> TimeExpression:
    fields: dict[str, object] = {
        "id": tid, "start": start, "end": end, "text": doc.text[start:end], "type": TimexType.DATE,
        "value": value, "rule": "test", "explanation": "", "sentence_index": 0, "anchor": anchor,
    }
    fields.update(extra)
    return TimeExpression.model_validate(fields)


def with_timexes(doc: Document, *surfaces: str) -> Document:
    found = []
    for n, surface in enumerate(surfaces, start=1):
        start = doc.text.index(surface)
        found.append(timex(doc, start, start + len(surface), f"t{n}"))
    return doc.model_copy(update={"expressions": found})


def text_part(output: str) -> str:
    return split_timeml(output, Path("out.tml")).text_markup


def assert_text_kept(output: str, doc: Document) -> None:
    """Well-formed XML whose tag-stripped TEXT is the document's text, by two independent readers."""
    root = ET.fromstring(output.encode("utf-8"))
    text_element = root.find("TEXT")
    assert text_element is not None
    assert "".join(text_element.itertext()) == doc.text
    assert walk_markup(text_part(output))[0] == doc.text


OURS = '<TIMEX3 tid="t1" type="DATE" value="1998-08-03" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">'


@pytest.mark.parametrize(
    ("markup", "surface", "expected"),
    [
        pytest.param('On <TIMEX3 tid="t5" type="DATE" value="X">Monday</TIMEX3> they <EVENT eid="e1">met</EVENT>.',
                     "Monday", f'On {OURS}Monday</TIMEX3> they <EVENT eid="e1">met</EVENT>.', id="replaces-gold-timex"),
        pytest.param('They <EVENT eid="e1">met Monday</EVENT> night.', "Monday night",
                     f"They met {OURS}Monday night</TIMEX3>.", id="crossing-event-dropped"),
        pytest.param('The <EVENT eid="e1">Monday talks</EVENT> ended.', "Monday",
                     f'The <EVENT eid="e1">{OURS}Monday</TIMEX3> talks</EVENT> ended.', id="ours-inside-event"),
        pytest.param('The day of <EVENT eid="e1">the vote</EVENT> came.', "The day of the vote",
                     f'{OURS}The day of <EVENT eid="e1">the vote</EVENT></TIMEX3> came.', id="event-inside-ours"),
        pytest.param('It was <EVENT eid="e1">Monday</EVENT>.', "Monday",
                     f'It was {OURS}<EVENT eid="e1">Monday</EVENT></TIMEX3>.', id="same-span"),
        pytest.param('They <EVENT eid="e1">met</EVENT>Monday<SIGNAL sid="s1">before</SIGNAL>.', "Monday",
                     f'They <EVENT eid="e1">met</EVENT>{OURS}Monday</TIMEX3><SIGNAL sid="s1">before</SIGNAL>.',
                     id="adjacent-elements"),
        pytest.param("AT&amp;T said Monday &lt;x&gt; &#233;t&#xE9;.", "Monday",
                     f"AT&amp;T said {OURS}Monday</TIMEX3> &lt;x&gt; &#233;t&#xE9;.", id="entities-copied"),
        pytest.param('<TIMEX3 tid="t9" type="DATE" value="X"/>On Monday', "Monday",
                     f"On {OURS}Monday</TIMEX3>", id="empty-gold-timex-removed"),
        pytest.param('<SIGNAL sid="s1"/>Monday<SIGNAL sid="s2"/>', "Monday",
                     f'<SIGNAL sid="s1"/>{OURS}Monday</TIMEX3><SIGNAL sid="s2"/>', id="empty-elements-stay-outside"),
        pytest.param('<EVENT eid="e1">AT&amp;T</EVENT> said Monday', "AT&T said",
                     f'{OURS}<EVENT eid="e1">AT&amp;T</EVENT> said</TIMEX3> Monday', id="entity-at-boundary"),
    ],
)
def test_tags_nest_and_text_stays_identical(tmp_path: Path, markup: str, surface: str, expected: str) -> None:
    doc = with_timexes(timeml_doc(tmp_path, markup), surface)
    output = document_to_timeml(doc)
    assert text_part(output) == expected
    assert_text_kept(output, doc)


def test_head_and_tail_are_reproduced_exactly(tmp_path: Path) -> None:
    doc = with_timexes(timeml_doc(tmp_path, "\nOn Monday.\n"), "Monday")
    output = document_to_timeml(doc)
    assert output.startswith(HEAD) and output.endswith(TAIL)


def test_no_expression_gives_back_the_input_without_timex(tmp_path: Path) -> None:
    doc = timeml_doc(tmp_path, '\nOn <TIMEX3 tid="t1" type="DATE" value="X">Monday</TIMEX3> <EVENT eid="e1">x</EVENT>\n')
    assert document_to_timeml(doc) == HEAD + '\nOn Monday <EVENT eid="e1">x</EVENT>\n' + TAIL


def test_two_adjacent_expressions(tmp_path: Path) -> None:
    doc = timeml_doc(tmp_path, 'From <EVENT eid="e1">Monday</EVENT>Tuesday on')
    doc = doc.model_copy(update={"expressions": [timex(doc, 5, 11, "t1"), timex(doc, 11, 18, "t2")]})
    output = document_to_timeml(doc)
    assert_text_kept(output, doc)
    assert [t.start for t in timexes_of(text_part(output))[1]] == [5, 11]


def test_a_changed_dct_is_written_into_the_head(tmp_path: Path) -> None:
    doc = timeml_doc(tmp_path, "On Monday.").model_copy(update={"dct": dt.date(2001, 2, 3)})
    output = document_to_timeml(doc)
    assert 'value="2001-02-03"' in output and 'value="1998-08-07"' not in output
    assert output.replace('"2001-02-03"', '"1998-08-07"') == HEAD + "On Monday." + TAIL


def test_markup_that_disagrees_with_the_text_falls_back_to_plain_text(tmp_path: Path) -> None:
    doc = timeml_doc(tmp_path, "On Monday.")
    doc = doc.model_copy(update={"text": "On Tuesday."})
    output = document_to_timeml(with_timexes(doc, "Tuesday"))
    assert_text_kept(output, doc)


def test_plain_document_gets_dct_and_escaped_text() -> None:
    text = 'Talks & "plans" <resumed> on Wednesday.\r\nThey end in two weeks.'
    doc = Document(id="a&b", text=text, dct=dt.date(2021, 12, 9))
    doc = with_timexes(doc, "Wednesday")
    doc.expressions.append(timex(doc, text.index("two weeks"), text.index("two weeks") + 9, "t2",
                                 value="P2W", anchor=None, type=TimexType.DURATION, mod="APPROX"))
    output = document_to_timeml(doc)
    assert_text_kept(output, doc)
    root = ET.fromstring(output.encode("utf-8"))
    dct = root.find("DCT/TIMEX3")
    assert dct is not None and dct.attrib == {"tid": "t0", "type": "DATE", "value": "2021-12-09",
                                              "temporalFunction": "false", "functionInDocument": "CREATION_TIME"}
    first, second = root.findall("TEXT/TIMEX3")
    assert (first.text, first.get("value"), first.get("anchorTimeID")) == ("Wednesday", "1998-08-03", "t0")
    assert (second.get("type"), second.get("mod"), second.get("anchorTimeID")) == ("DURATION", "APPROX", None)
    assert root.findtext("DOCID") == "a&b"


def test_plain_document_without_dct_says_so() -> None:
    output = document_to_timeml(Document(id="x", text="On Wednesday."))
    assert "no publication date" in output and "<DCT>" not in output
    ET.fromstring(output.encode("utf-8"))


NESTED = ('\n<EVENT eid="e1">Officials</EVENT> <EVENT eid="e2">said</EVENT> <SIGNAL sid="s1">on</SIGNAL> '
          '<TIMEX3 tid="t3" type="DATE" value="1998-08-06">Thursday</TIMEX3> that AT&amp;T '
          '<EVENT eid="e3">won <SIGNAL sid="s2">after</SIGNAL> the <EVENT eid="e4">vote</EVENT></EVENT>'
          ' &lt;late&gt; <SIGNAL sid="s3"/>last week.\n')


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=200), min_size=0, max_size=12))
def test_any_expression_spans_keep_xml_and_text(tmp_path_factory: pytest.TempPathFactory, cuts: list[int]) -> None:
    doc = timeml_doc(tmp_path_factory.mktemp("tml"), NESTED)
    bounds = sorted({c % (len(doc.text) + 1) for c in cuts})
    spans = [(a, b) for a, b in zip(bounds[::2], bounds[1::2]) if b > a]
    doc = doc.model_copy(update={"expressions": [timex(doc, a, b, f"t{i}") for i, (a, b) in enumerate(spans, 1)]})
    output = document_to_timeml(doc)
    assert_text_kept(output, doc)
    assert [(t.start, t.end) for t in timexes_of(text_part(output))[1]] == spans


def tbaq_files() -> list[Path]:
    return sorted(TBAQ.glob("*/*.tml")) if TBAQ.is_dir() else []


@pytest.mark.skipif(not tbaq_files(), reason="TBAQ-cleaned corpus not available")
def test_every_tbaq_file_round_trips() -> None:
    for path in tbaq_files():
        doc = read_timeml(path)
        assert doc.timeml is not None
        _, gold = timexes_of(doc.timeml.text_markup)
        exprs = [timex(doc, g.start, g.end, f"t{i}", value=g.value, type=TimexType(g.type))
                 for i, g in enumerate(gold, 1) if g.end > g.start]
        output = document_to_timeml(doc.model_copy(update={"expressions": exprs}))
        assert output.startswith(doc.timeml.head) and output.endswith(doc.timeml.tail), path
        assert walk_markup(text_part(output))[0] == doc.text, path
        ET.fromstring(output.encode("utf-8"))
        scores = score_document(doc.text, gold, timexes_of(text_part(output))[1]).scores()
        assert scores["strict_f1"] == scores["value_f1"] == (1.0 if gold else 0.0), path
        # spans shifted by a few characters cross EVENT tags: those are dropped, the text is kept
        shifted = [timex(doc, min(e.start + 3, e.end), min(e.end + 4, len(doc.text)), e.id) for e in exprs]
        output = document_to_timeml(doc.model_copy(update={"expressions": shifted}))
        assert walk_markup(text_part(output))[0] == doc.text, path
        ET.fromstring(output.encode("utf-8"))
