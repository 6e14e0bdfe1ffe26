"""The project file: round trip, atomic saves that survive failures and kills, clear load errors."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from timeline_app.core.errors import ProjectFileError
from timeline_app.core.models import DctSource, Document
from timeline_app.core.project import PROJECT_VERSION, Edit, Project, load_project, save_project


def _project(text: str = "On Wednesday, talks began.") -> Project:
    document = Document(
        id="a",
        text=text,
        source_path="articles/a.txt",
        dct=dt.date(2021, 12, 9),
        dct_source=DctSource.FRONT_MATTER,
        dct_detail="front-matter field 'published'",
    )
    edit = Edit(
        event_id="a:e1",
        field="start",
        old="2021-12-08T00:00:00",
        new="2021-12-07T00:00:00",
        timestamp=dt.datetime(2024, 3, 1, 12, 0),
    )
    return Project(documents=[document], edits=[edit])


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "p.timeline.json"
    save_project(_project(), path)
    loaded = load_project(path)
    assert loaded == _project()
    raw = json.loads(path.read_text())
    assert (raw["format"], raw["version"]) == ("timeline-app-project", PROJECT_VERSION)


def test_save_leaves_no_temporary_file_and_keeps_permissions(tmp_path: Path) -> None:
    path = tmp_path / "p.timeline.json"
    save_project(_project(), path)
    path.chmod(0o640)
    save_project(_project("Changed."), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.timeline.json"]
    assert path.stat().st_mode & 0o777 == 0o640


def test_failed_serialisation_keeps_the_previous_file(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "p.timeline.json"
    save_project(_project(), path)
    before = path.read_bytes()

    def fail(*args: object, **kwargs: object) -> str:
        raise RuntimeError("serialisation failed halfway")

    monkeypatch.setattr(Project, "model_dump_json", fail)
    with pytest.raises(RuntimeError):
        save_project(_project("New."), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.timeline.json"]


def test_failed_write_keeps_the_previous_file(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "p.timeline.json"
    save_project(_project(), path)
    before = path.read_bytes()

    def no_space(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(
        ProjectFileError, match="No space left on device; the previous file is unchanged"
    ):
        save_project(_project("New."), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.timeline.json"]


KILLED_SAVE = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from timeline_app.core.models import Document
    from timeline_app.core.project import Project, save_project

    real_fsync = os.fsync

    def die(descriptor):  # the data is written but not yet in place: kill the process here
        os.kill(os.getpid(), signal.SIGKILL)

    os.fsync = die
    project = Project(documents=[Document(id="big", text="x" * 5_000_000)])
    save_project(project, Path(sys.argv[1]))
    """
)


def test_a_save_killed_midway_never_loses_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "p.timeline.json"
    save_project(_project(), path)
    before = path.read_bytes()
    result = subprocess.run(
        [sys.executable, "-c", KILLED_SAVE, str(path)], check=False, cwd=Path(__file__).parents[2]
    )
    assert result.returncode == -signal.SIGKILL
    assert path.read_bytes() == before
    assert load_project(path) == _project()
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != path.name]
    assert all(name.startswith(".p.timeline.json.") for name in leftovers)  # hidden temp only


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (
            '{"format": "timeline-app-project", "version": 1, "documents": [',
            "corrupt: not valid JSON at line 1",
        ),
        ("", "corrupt"),
        ('{"some": "json"}', "not a timeline-app project file"),
        ("[1, 2]", "not a timeline-app project file"),
        (
            '{"format": "timeline-app-project", "version": 3}',
            "written by a newer timeline-app (format 3); this version reads up to 1",
        ),
        ('{"format": "timeline-app-project", "version": "1"}', "is not a positive whole number"),
        (
            '{"format": "timeline-app-project", "version": 1, "documents": [{"id": "a", "text": "x", "dct": "2021-02-30"}]}',
            "documents[0].dct:",
        ),
        (
            '{"format": "timeline-app-project", "version": 1, "edits": [{"event_id": "a:e1", "field": "start"}]}',
            "edits[0].timestamp: Field required",
        ),
    ],
)
def test_bad_project_files_name_the_file_and_the_problem(
    tmp_path: Path, content: str, words: str
) -> None:
    path = tmp_path / "p.timeline.json"
    path.write_text(content)
    with pytest.raises(ProjectFileError) as caught:
        load_project(path)
    assert str(path) in str(caught.value) and words in str(caught.value)
    assert "\n" not in str(caught.value)


def test_missing_and_binary_project_files(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="no such project file"):
        load_project(tmp_path / "none.timeline.json")
    path = tmp_path / "bin.timeline.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ProjectFileError, match="not UTF-8"):
        load_project(path)
