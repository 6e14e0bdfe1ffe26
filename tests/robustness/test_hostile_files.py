"""Hostile files: truncated, binary, huge, unreadable, and broken project files.

Each is either read (a truncated article is still an article) or refused with the project's
own error, in one line that names the file. ``timeline-app extract`` on all of them together
with a good article exits non-zero, prints one ``ErrorName: message`` line per refused file and
no traceback, and still exports the good article.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from timeline_app.cli.main import main
from timeline_app.core.errors import InputError, ProjectFileError
from timeline_app.core.models import EventList
from timeline_app.core.project import load_project
from timeline_app.parsing import parse_document
from timeline_app.sources import read_path

REPO = Path(__file__).resolve().parents[2]
GOOD = "---\ntitle: Good\npublished: 2021-12-09\n---\nOn Wednesday, the talks began in Moscow.\n"
ARTICLE = GOOD.encode()

# name -> bytes. Every one must be read or refused cleanly; "refused" marks those that must fail.
TRUNCATED = {
    "cut_mid_character.txt": "On Monday the café".encode()[:-1],
    "cut_front_matter.txt": b"---\ntitle: Half\npublished: 2021-12-",
    "cut_html.html": b"<html><head><meta name='date' content='2021-12-09'><body><p>On Mon",
    "cut_timeml.tml": b"<?xml version='1.0'?><TimeML><DOCID>x</DOCID><DCT><TIMEX3 tid='t0' ",
    "cut_corpus.json": b'[{"id": "a", "text": "On Monday", "date": "2021-12-0',
    "cut_corpus.jsonl": b'{"id": "a", "text": "On Monday talks began.", "date": "2021-12-09"}\n{"id": "b", "te',
    "cut_corpus.csv": b'id,text,date\na,"On Monday talks began.,2021-12-09\n',
    "cut_gzip.txt.gz": gzip.compress(ARTICLE)[:20],
}
BINARY = {
    "random_bytes.txt": bytes(range(256)) * 64,
    "png_named_txt.txt": b"\x89PNG\r\n\x1a\n" + bytes(200),
    "nul_in_text.txt": b"On Monday\x00\x00\x00 talks began." * 50,
    "zip_named_md.md": b"PK\x03\x04" + bytes(range(256)),
    "pdf.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
    "utf16_no_bom.txt": "On Monday talks began in Moscow.".encode("utf-16-le"),
    "latin1_text.txt": "Le 8 décembre, à Genève, on Monday.".encode("latin-1"),
    "only_whitespace.txt": b" \n\t\n  \n",
    "empty.txt": b"",
}
READ = {"cut_mid_character.txt", "cut_front_matter.txt", "cut_html.html", "utf16_no_bom.txt",
        "latin1_text.txt"}  # everything else is refused (cut_corpus.jsonl: its first row is read)
PARTLY_READ = {"cut_corpus.jsonl"}


def _write(folder: Path, files: dict[str, bytes]) -> list[Path]:
    paths = []
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def _read_or_refuse(path: Path) -> str:
    """'read' (and parsed) or the one-line error, which must name the file."""
    try:
        for doc in read_path(path):
            parse_document(doc)
    except InputError as error:
        message = f"{type(error).__name__}: {error}"
        assert str(path) in message and "\n" not in message, message
        return message
    return "read"


@pytest.mark.parametrize("name", sorted({**TRUNCATED, **BINARY}))
def test_hostile_file_is_read_or_refused_naming_it(tmp_path: Path, name: str) -> None:
    (path,) = _write(tmp_path, {name: {**TRUNCATED, **BINARY}[name]})
    assert (_read_or_refuse(path) == "read") == (name in READ)


def test_huge_one_line_file_is_refused_fast(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        for _ in range(50):
            handle.write(b"On Monday 1/2/3/4 " * 58_000)  # 50 MB, no newline
    assert "too large" in _read_or_refuse(path)


@pytest.mark.parametrize("kind", ["folder", "fifo", "dangling_link"])
def test_paths_that_are_not_readable_files(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "article.txt"
    if kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)  # reading it would block forever
    else:
        path.symlink_to(tmp_path / "gone.txt")
    assert _read_or_refuse(path) != "read"


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """chmod 000; as root (who reads everything) the open itself is made to fail."""
    path = tmp_path / "locked.txt"
    path.write_bytes(ARTICLE)
    path.chmod(0)
    if os.geteuid() == 0:
        real_open = Path.open

        def deny(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", deny)
        monkeypatch.setattr(Path, "read_bytes", lambda self: deny(self, "rb").read())
    assert "ermission denied" in _read_or_refuse(path)


# -- project files ------------------------------------------------------------------------------

PROJECTS: dict[str, tuple[bytes, str]] = {
    "corrupt": (b'{"format": "timeline-app-project", "version": 1, "documents": [{"id"', "corrupt"),
    "truncated_to_nothing": (b"", "corrupt"),
    "binary": (bytes(range(256)), "not a project file"),
    "not_a_project": (b'{"documents": []}', "not a timeline-app project file"),
    "newer_version": (b'{"format": "timeline-app-project", "version": 99}', "newer"),
    "impossible_dct": ((b'{"format": "timeline-app-project", "version": 1, "documents": '
                        b'[{"id": "a", "text": "x", "dct": "2021-02-30"}]}'), "documents[0].dct"),
    "span_past_the_text": (json.dumps({
        "format": "timeline-app-project", "version": 1, "documents": [{
            "id": "a", "text": "x", "sentences": [{"index": 0, "start": 5, "end": 2}]}]}).encode(),
        "documents[0].sentences[0]"),
    "interval_backwards": (json.dumps({
        "format": "timeline-app-project", "version": 1, "documents": [{
            "id": "a", "text": "On Monday", "expressions": [{
                "id": "t1", "start": 3, "end": 9, "text": "Monday", "type": "DATE",
                "value": "2021-12-06", "rule": "hand", "explanation": "edited", "sentence_index": 0,
                "interval": {"start": "2021-12-07T00:00:00", "end": "2021-12-06T00:00:00",
                             "granularity": "day"}}]}]}).encode(),
        "interval start"),
    "wrong_type": (b'{"format": "timeline-app-project", "version": 1, "documents": {"a": 1}}',
                   "documents"),
}


@pytest.mark.parametrize("name", sorted(PROJECTS))
def test_broken_project_file_names_the_file_and_the_problem(tmp_path: Path, name: str) -> None:
    content, words = PROJECTS[name]
    path = tmp_path / f"{name}.timeline.json"
    path.write_bytes(content)
    with pytest.raises(ProjectFileError) as caught:
        load_project(path)
    message = str(caught.value)
    assert str(path) in message and words in message and "\n" not in message, message


# -- the command line ---------------------------------------------------------------------------

def _error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line and not line.startswith("warning:")]


def test_extract_names_every_hostile_file_and_exports_the_good_one(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes(ARTICLE)
    refused = [p for p in _write(tmp_path, {**TRUNCATED, **BINARY})
               if p.name not in READ | PARTLY_READ]
    projects = []
    for name, (content, _) in PROJECTS.items():
        projects.append(tmp_path / f"{name}.timeline.json")
        projects[-1].write_bytes(content)
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    bad = [*refused, *projects, fifo, tmp_path / "missing.txt"]
    run = subprocess.run(
        [sys.executable, "-m", "timeline_app.cli.main", "extract", "-q", *bad[:3], good, *bad[3:]],
        capture_output=True, text=True, cwd=REPO, timeout=120, check=False)
    assert run.returncode != 0
    assert "Traceback" not in run.stderr
    assert [d.title for d in EventList.model_validate_json(run.stdout).documents] == ["Good"]
    lines = _error_lines(run.stderr)
    assert len(lines) == len(bad), run.stderr
    for path in bad:
        (line,) = [line for line in lines if str(path) in line]
        error_name = line.partition(": ")[0]
        assert error_name.endswith("Error") and " " not in error_name, line


def test_extract_on_an_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    locked, good = tmp_path / "locked.txt", tmp_path / "good.txt"
    locked.write_bytes(ARTICLE)
    good.write_bytes(ARTICLE)
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads everything: make the check see what a user would
        real_access: Callable[..., bool] = os.access
        monkeypatch.setattr(os, "access", lambda p, mode, **kw: Path(p) != locked
                            and real_access(p, mode, **kw))
    code = main(["extract", "-q", str(locked), str(good)])
    out, err = capsys.readouterr()
    assert code != 0 and "Traceback" not in err
    (line,) = _error_lines(err)
    assert line.startswith("UnreadableFileError: ") and str(locked) in line
    assert len(EventList.model_validate_json(out).documents) == 1
