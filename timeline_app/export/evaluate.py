"""Score TIMEX3 annotations against gold with the TempEval-3 Task A rules.

A system TIMEX3 and a gold one pair when they share a word token (first come, one-to-one).
Relaxed P/R/F1 count the pairs; strict ones count pairs that cover exactly the same text.
Value and type are compared as exact strings over the pairs; value F1 = value accuracy x
relaxed F1 (likewise type F1). Counts are micro-averaged over documents. The DCT lies outside
TEXT and is never scored. Documents are paired by file name; their tag-stripped TEXT must be
identical, or the pair is refused.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from timeline_app.core.errors import InputError, UnsupportedFormatError
from timeline_app.sources.timeml import read_timeml, timeml_stem, walk_markup

_TOKEN = re.compile(r"\w+|[^\w\s]")
TIMEML_SUFFIXES = (".tml", ".TE3input")


@dataclass(frozen=True)
class Timex:
    """A TIMEX3 reduced to what the scorer compares."""

    start: int
    end: int
    type: str
    value: str


@dataclass
class Counts:
    """Micro counts for one document or a whole corpus."""

    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    value: int = 0
    type: int = 0

    def add(self, other: Counts) -> None:
        for name in ("gold", "system", "relaxed", "strict", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def scores(self) -> dict[str, float]:
        """Strict and relaxed P/R/F1, value and type accuracy and F1."""
        relaxed_f1 = _f1(self.relaxed, self.system, self.gold)
        value_acc = self.value / self.relaxed if self.relaxed else 0.0
        type_acc = self.type / self.relaxed if self.relaxed else 0.0
        return {
            "strict_p": _ratio(self.strict, self.system),
            "strict_r": _ratio(self.strict, self.gold),
            "strict_f1": _f1(self.strict, self.system, self.gold),
            "relaxed_p": _ratio(self.relaxed, self.system),
            "relaxed_r": _ratio(self.relaxed, self.gold),
            "relaxed_f1": relaxed_f1,
            "value_accuracy": value_acc,
            "value_f1": value_acc * relaxed_f1,
            "type_accuracy": type_acc,
            "type_f1": type_acc * relaxed_f1,
        }


@dataclass
class EvaluationReport:
    """Per-document and overall counts, plus the documents that could not be paired."""

    documents: dict[str, Counts]
    overall: Counts
    problems: list[str]


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(hits: int, system: int, gold: int) -> float:
    return 2 * hits / (system + gold) if system + gold else 0.0


def timexes_of(markup: str) -> tuple[str, list[Timex]]:
    """The plain text of TimeML TEXT markup and its TIMEX3 annotations."""
    text, tags = walk_markup(markup)
    found = [
        Timex(t.start, t.end, t.attrs.get("type", ""), t.attrs.get("value", ""))
        for t in tags
        if t.name == "TIMEX3"
    ]
    return text, found


def _token_sets(starts: Sequence[int], ends: Sequence[int], timexes: Sequence[Timex]) -> list[set[int]]:
    """The indices of the word tokens (given by their ``starts`` and ``ends``) each TIMEX3 touches."""
    sets = []
    for timex in timexes:
        first = bisect.bisect_right(ends, timex.start)
        last = bisect.bisect_left(starts, timex.end)
        sets.append(set(range(first, last)))
    return sets


def score_document(text: str, gold: Sequence[Timex], system: Sequence[Timex]) -> Counts:
    """Pair system and gold TIMEX3s on shared tokens and count the matches."""
    words = list(_TOKEN.finditer(text))
    starts, ends = [m.start() for m in words], [m.end() for m in words]
    gold_tokens = _token_sets(starts, ends, gold)
    system_tokens = _token_sets(starts, ends, system)
    counts = Counts(gold=len(gold), system=len(system))
    paired: set[int] = set()
    for sys_timex, sys_tokens in zip(system, system_tokens):
        for index, (gold_timex, tokens) in enumerate(zip(gold, gold_tokens)):
            if index in paired or not (tokens & sys_tokens):
                continue
            paired.add(index)
            counts.relaxed += 1
            counts.strict += (gold_timex.start, gold_timex.end) == (sys_timex.start, sys_timex.end)
            counts.value += gold_timex.value == sys_timex.value
            counts.type += gold_timex.type == sys_timex.type
            break
    return counts


def _timeml_files(folder: Path) -> dict[str, Path]:
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder of TimeML files")
    files = (p for p in sorted(folder.rglob("*")) if p.is_file() and p.name.endswith(TIMEML_SUFFIXES))
    return {timeml_stem(p.name): p for p in files}


def score_files(gold_path: Path, system_path: Path) -> Counts:
    """Score one system TimeML file against its gold file."""
    gold_text, gold = timexes_of(_text_markup(gold_path))
    system_text, system = timexes_of(_text_markup(system_path))
    if gold_text != system_text:
        at = next((i for i, (a, b) in enumerate(zip(gold_text, system_text)) if a != b), None)
        at = min(len(gold_text), len(system_text)) if at is None else at
        raise UnsupportedFormatError(
            f"{system_path}: tag-stripped TEXT differs from the gold {gold_path} at character {at}"
        )
    return score_document(gold_text, gold, system)


def _text_markup(path: Path) -> str:
    doc = read_timeml(path)
    assert doc.timeml is not None
    return doc.timeml.text_markup


def evaluate_dirs(gold_dir: Path, system_dir: Path) -> EvaluationReport:
    """Score every system document that has a gold counterpart (paired by file name)."""
    gold_files = _timeml_files(gold_dir)
    system_files = _timeml_files(system_dir)
    report = EvaluationReport(documents={}, overall=Counts(), problems=[])
    for name, gold_path in gold_files.items():
        system_path = system_files.get(name)
        if system_path is None:
            report.problems.append(f"{gold_path}: no system file named {name} in {system_dir}")
            continue
        try:
            counts = score_files(gold_path, system_path)
        except InputError as exc:
            report.problems.append(str(exc))
            continue
        report.documents[name] = counts
        report.overall.add(counts)
    report.problems.extend(
        f"{path}: no gold file of that name in {gold_dir}"
        for name, path in system_files.items()
        if name not in gold_files
    )
    return report


_COLUMNS = ("strict_p", "strict_r", "strict_f1", "relaxed_p", "relaxed_r", "relaxed_f1",
            "value_f1", "type_f1")


def format_report(report: EvaluationReport, per_document: bool = False) -> str:
    """A plain-text table: one row per document (if asked) and the micro-averaged total."""
    header = f"{'document':<28} {'gold':>5} {'sys':>5} " + " ".join(f"{c:>10}" for c in _COLUMNS)
    rows = [header, "-" * len(header)]
    items: Iterable[tuple[str, Counts]] = report.documents.items() if per_document else ()
    for name, counts in items:
        rows.append(_row(name, counts))
    rows.append(_row(f"overall ({len(report.documents)} docs)", report.overall))
    rows.extend(f"skipped: {problem}" for problem in report.problems)
    return "\n".join(rows)


def _row(name: str, counts: Counts) -> str:
    scores = counts.scores()
    cells = " ".join(f"{scores[c]:>10.4f}" for c in _COLUMNS)
    return f"{name[:28]:<28} {counts.gold:>5} {counts.system:>5} {cells}"
