"""Annotated news passages, one file per kind of writing, scored with the TempEval-3 Task A rules.

Each file in ``passages/`` holds passages with their publication date; every temporal expression
is marked inline as ``[[surface|TYPE|VALUE]]``, as a careful reader resolves it against that
date. The parser runs on the plain text, and its expressions are paired with the marked ones
(``export.evaluate.score_document``). A file's strict and value F1 may not fall below the floor
it records, set a little under what the parser scored when the file was added: a change that
loses expressions or misreads them in any kind of writing shows up here, named. A fix that
raises a kind may raise its floor; lowering one needs a reason.

To see what disagrees in one file::

    .venv/bin/python -m pytest tests/parsing/test_annotated_passages.py -k FILE_STEM -vv
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from timeline_app.export.evaluate import Counts, Timex, score_document
from timeline_app.parsing import parse_text

PASSAGES = Path(__file__).parent / "passages"
FILES = sorted(PASSAGES.glob("*.json"))

_MARK = re.compile(r"\[\[(?P<surface>.+?)\|(?P<type>DATE|TIME|DURATION|SET)\|(?P<value>[^\]|]*)\]\]")


def unmark(marked: str) -> tuple[str, list[Timex]]:
    """The plain text of a marked passage and its marked expressions."""
    pieces: list[str] = []
    gold: list[Timex] = []
    at = end = 0
    for match in _MARK.finditer(marked):
        pieces.append(marked[end:match.start()])
        at += match.start() - end
        surface = match["surface"]
        gold.append(Timex(at, at + len(surface), match["type"], match["value"]))
        pieces.append(surface)
        at += len(surface)
        end = match.end()
    pieces.append(marked[end:])
    return "".join(pieces), gold


def _disagreements(text: str, gold: list[Timex], system: list[Timex]) -> list[str]:
    """Readable lines for what differs (exact span, type and value), for the failure message."""
    gold_set = {(g.start, g.end, g.type, g.value) for g in gold}
    system_set = {(s.start, s.end, s.type, s.value) for s in system}
    lines = [f"  marked {text[a:b]!r} {t} {v}" for a, b, t, v in sorted(gold_set - system_set)]
    lines += [f"  found  {text[a:b]!r} {t} {v}" for a, b, t, v in sorted(system_set - gold_set)]
    return lines


def test_unmark_gives_the_plain_text_and_the_spans() -> None:
    text, gold = unmark("On [[Wednesday|DATE|2021-12-08]], for [[two weeks|DURATION|P2W]].")
    assert text == "On Wednesday, for two weeks."
    assert [(text[g.start:g.end], g.type, g.value) for g in gold] == [
        ("Wednesday", "DATE", "2021-12-08"), ("two weeks", "DURATION", "P2W")]


def test_every_kind_has_passages_and_a_floor() -> None:
    assert FILES
    for path in FILES:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["passages"] and 0 < data["floor"]["strict_f1"] <= 1, path.name
        assert 0 < data["floor"]["value_f1"] <= 1, path.name


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_kind_of_writing_scores_above_the_floor(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    passages, floor = data["passages"], data["floor"]
    counts = Counts()
    report: list[str] = []
    for number, passage in enumerate(passages):
        text, gold = unmark(passage["text"])
        assert "[[" not in text and "]]" not in text, f"passage {number}: a malformed mark"
        doc = parse_text(text, dt.date.fromisoformat(passage["pub"]))
        system = [Timex(e.start, e.end, e.type.value, e.value) for e in doc.expressions]
        counts.add(score_document(text, gold, system))
        differing = _disagreements(text, gold, system)
        if differing:
            report.append(f"passage {number} (published {passage['pub']}):")
            report.extend(differing)
    scores = counts.scores()
    summary = (f"{path.stem}: {counts.gold} marked, {counts.system} found, strict F1 "
               f"{scores['strict_f1']:.3f} (floor {floor['strict_f1']}), value F1 "
               f"{scores['value_f1']:.3f} (floor {floor['value_f1']})")
    assert scores["strict_f1"] >= floor["strict_f1"] and scores["value_f1"] >= floor["value_f1"], \
        "\n".join([summary, *report])
