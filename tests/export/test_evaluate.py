"""The TempEval-3 Task A scorer: pairing on shared tokens, strict vs relaxed, value F1."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.export.evaluate import Timex, evaluate_dirs, format_report, score_document

TEXT = "He left on Monday, March 3 and came back two weeks later."


def span(fragment: str, type_: str = "DATE", value: str = "X") -> Timex:
    start = TEXT.index(fragment)
    return Timex(start, start + len(fragment), type_, value)


def test_identical_annotations_score_one() -> None:
    gold = [span("Monday, March 3", value="2003-03-03"), span("two weeks", "DURATION", "P2W")]
    scores = score_document(TEXT, gold, gold).scores()
    assert scores["strict_f1"] == scores["relaxed_f1"] == scores["value_f1"] == 1.0


def test_overlap_is_relaxed_but_not_strict() -> None:
    gold = [span("Monday, March 3", value="2003-03-03")]
    system = [span("March 3", value="2003-03-03")]
    counts = score_document(TEXT, gold, system)
    assert (counts.relaxed, counts.strict, counts.value) == (1, 0, 1)


def test_wrong_value_lowers_value_f1_only() -> None:
    gold = [span("Monday, March 3", value="2003-03-03"), span("two weeks", "DURATION", "P2W")]
    system = [span("Monday, March 3", value="2003-03-03"), span("two weeks", "DURATION", "P14D")]
    scores = score_document(TEXT, gold, system).scores()
    assert scores["strict_f1"] == 1.0
    assert scores["value_f1"] == pytest.approx(0.5)


def test_pairing_is_one_to_one_first_come() -> None:
    gold = [span("Monday"), span("March 3")]
    system = [span("Monday, March 3")]
    counts = score_document(TEXT, gold, system)
    assert (counts.relaxed, counts.system, counts.gold) == (1, 1, 2)
    assert counts.scores()["relaxed_p"] == 1.0 and counts.scores()["relaxed_r"] == 0.5


def test_no_shared_token_no_pair() -> None:
    counts = score_document(TEXT, [span("Monday")], [span("two weeks")])
    assert counts.relaxed == 0 and counts.scores()["relaxed_f1"] == 0.0


def _tml(body: str) -> str:
    return f'<TimeML><DCT><TIMEX3 tid="t0" value="2003-03-05"/></DCT><TEXT>{body}</TEXT></TimeML>'


def test_directories_pair_by_name_and_refuse_changed_text(tmp_path: Path) -> None:
    gold, system = tmp_path / "gold" / "sub", tmp_path / "sys"
    gold.mkdir(parents=True)
    system.mkdir()
    (gold / "a.tml").write_text(_tml('On <TIMEX3 tid="t1" type="DATE" value="2003-03-03">Monday</TIMEX3>.'))
    (system / "a.tml").write_text(_tml('On <TIMEX3 tid="t1" type="DATE" value="2003-03-03">Monday</TIMEX3>.'))
    (gold / "b.tml").write_text(_tml("Text one."))
    (system / "b.tml").write_text(_tml("Text two."))
    report = evaluate_dirs(tmp_path / "gold", system)
    assert list(report.documents) == ["a"]
    assert report.overall.scores()["value_f1"] == 1.0
    assert any("differs" in problem for problem in report.problems)
    assert "overall (1 docs)" in format_report(report)
