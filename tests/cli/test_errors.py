"""Bad input: one line per problem naming the file, the good files still exported, no traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline_app.cli.report import Reporter, progress_line
from timeline_app.core.errors import UnreadableFileError
from timeline_app.core.models import EventList

from .conftest import SAMPLE


@pytest.fixture
def bad_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "missing": tmp_path / "missing.txt",
        "binary": tmp_path / "image.txt",
        "empty": tmp_path / "empty.txt",
        "corpus": tmp_path / "broken.jsonl",
    }
    files["binary"].write_bytes(bytes(range(256)) * 8)
    files["empty"].write_bytes(b"")
    files["corpus"].write_text("this is not json\n", encoding="utf-8")
    return files


def test_bad_files_are_named_and_the_good_one_exported(cli, bad_files: dict[str, Path]) -> None:  # type: ignore[no-untyped-def]
    run = cli("extract", bad_files["missing"], SAMPLE, bad_files["binary"], bad_files["empty"], bad_files["corpus"])
    assert run.code == 1
    assert [d.id for d in EventList.model_validate_json(run.out).documents] == ["libya-russia-stability"]
    errors = [line for line in run.err.splitlines() if not line.startswith("warning:")]
    assert len(errors) == 4, run.err
    for line, name in zip(errors, ["missing", "binary", "empty", "corpus"]):
        error_name, _, message = line.partition(": ")
        assert error_name.endswith("Error") and " " not in error_name, line
        assert str(bad_files[name]) in message, line
    assert "Traceback" not in run.err


def test_nothing_readable_writes_no_output_file(cli, bad_files: dict[str, Path], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "events.json"
    out.write_text("previous export", encoding="utf-8")
    run = cli("extract", bad_files["missing"], "-o", out)
    assert run.code == 1
    assert out.read_text(encoding="utf-8") == "previous export"


def test_an_empty_folder_is_an_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "empty").mkdir()
    run = cli("extract", tmp_path / "empty")
    assert run.code == 1
    assert run.err.startswith("InputError: no article found")


@pytest.mark.parametrize("value", ["2021-13-45", "yesterday", "Dec 9"])
def test_malformed_dct_is_a_usage_error(cli, value: str) -> None:  # type: ignore[no-untyped-def]
    run = cli("extract", SAMPLE, "--dct", value)
    assert run.code == 2
    assert run.err.startswith("PublicationDateError: --dct: ") and f"'{value}'" in run.err
    assert run.out == "" and len(run.err.splitlines()) == 1


def test_a_document_without_date_is_a_warning(cli, article) -> None:  # type: ignore[no-untyped-def]
    run = cli("extract", article("nodate.txt", "On Wednesday the talks ended.", published=None))
    assert run.code == 0
    assert "warning:" in run.err and "nodate.txt" in run.err and "--dct" in run.err
    (doc,) = EventList.model_validate_json(run.out).documents
    assert doc.dct is None


def test_dct_answers_the_missing_date_warning(cli, article) -> None:  # type: ignore[no-untyped-def]
    run = cli("extract", article("nodate.txt", "On Wednesday the talks ended.", published=None), "--dct", "2021-12-09")
    assert (run.code, run.err) == (0, "")


def test_usage_errors_exit_2(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli().code == 2
    assert cli("extract").code == 2
    assert cli("extract", SAMPLE, "--format", "pdf").code == 2
    assert cli("extract", SAMPLE, "--jobs", "-1").code == 2
    assert cli("render", SAMPLE, "-o", "timeline.gif").code == 2


def test_timelinejs_without_dated_events_explains_why(cli, article) -> None:  # type: ignore[no-untyped-def]
    run = cli("extract", article("plain.txt", "Nothing dated here at all.", published=None), "-f", "timelinejs")
    assert run.code == 1
    assert "ExportError: no dated event" in run.err and "--dct" in run.err


def test_unwritable_output_is_an_export_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run = cli("extract", SAMPLE, "-o", tmp_path / "no" / "such" / "folder" / "x.json")
    assert run.code == 1
    assert run.err.startswith("ExportError: cannot write")


class FakeTerminal:
    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> int:
        self.text += text
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return True


def test_progress_is_drawn_on_a_terminal_and_cleared(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("timeline_app.cli.report.PROGRESS_AFTER", 0.0)
    terminal = FakeTerminal()
    reporter = Reporter(terminal)  # type: ignore[arg-type]
    reporter.files_total = 4
    reporter.file_done()
    assert "\r[######" in terminal.text and "1/4 files" in terminal.text
    reporter.error(UnreadableFileError("x.txt: empty file"))
    reporter.finish()
    assert terminal.text.endswith("UnreadableFileError: x.txt: empty file\n")


def test_no_progress_when_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("timeline_app.cli.report.PROGRESS_AFTER", 0.0)
    terminal = FakeTerminal()
    terminal.isatty = lambda: False  # type: ignore[method-assign]
    reporter = Reporter(terminal)  # type: ignore[arg-type]
    reporter.files_total = 1
    reporter.file_done()
    assert terminal.text == ""


def test_progress_line() -> None:
    assert progress_line(5, 10, 1500, 75.0) == "[############............] 5/10 files  1,500 documents (20/s)  1:15"
    assert progress_line(0, 1, 1500, 75.0) == "1,500 documents (20/s)  1:15"  # one corpus file: no bar


def test_warnings_beyond_the_limit_are_counted(capsys: pytest.CaptureFixture[str]) -> None:
    reporter = Reporter()
    for n in range(25):
        reporter.warning(f"w{n}")
    reporter.finish()
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 21 and lines[-1] == "warning: 5 more warnings not shown"


def test_schema_is_a_json_schema_of_the_event_list(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("schema")
    schema = json.loads(run.out)
    assert schema["title"] == "EventList"
    assert {"Document", "Event", "TimeExpression", "Sentence"} <= set(schema["$defs"])
    assert schema["properties"]["documents"]["items"] == {"$ref": "#/$defs/Document"}
