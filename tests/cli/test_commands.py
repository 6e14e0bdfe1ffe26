"""The installed console script, the Qt-free extract path, and the lazily imported commands."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from timeline_app import __version__
from timeline_app.core.models import Document, EventList

from .conftest import SAMPLE

SCRIPT = Path(sys.executable).with_name("timeline-app")


def test_installed_console_script_extracts_the_sample(tmp_path: Path) -> None:
    bad = tmp_path / "missing.txt"
    result = subprocess.run([str(SCRIPT), "extract", str(SAMPLE), str(bad), "--format", "jsonl"],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 1
    (line,) = result.stdout.splitlines()
    assert Document.model_validate_json(line).id == "libya-russia-stability"
    assert result.stderr.strip().startswith("UnreadableFileError: ")
    assert str(bad) in result.stderr and "Traceback" not in result.stderr


def test_extract_evaluate_and_schema_never_import_qt(tmp_path: Path) -> None:
    program = (
        "import sys\n"
        "from timeline_app.cli.main import main\n"
        f"assert main(['extract', {str(SAMPLE)!r}, '-o', {str(tmp_path / 'e.json')!r}]) == 0\n"
        f"assert main(['extract', {str(SAMPLE)!r}, '-f', 'timeml', '--output-dir', {str(tmp_path / 's')!r}]) == 0\n"
        f"main(['evaluate', {str(tmp_path / 's')!r}, {str(tmp_path / 's')!r}])\n"
        "main(['schema'])\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'))\n"
        "print('QT:', qt)\n"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert "QT: []" in result.stdout


def test_version_and_help(cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("--version")
    assert (run.code, run.out.strip()) == (0, f"timeline-app {__version__}")
    run = cli("extract", "--help")
    assert run.code == 0
    assert "examples:" in run.out and "--output-dir" in run.out and "timelinejs" in run.out


def test_evaluate_reports_unpaired_files(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "gold").mkdir()
    (tmp_path / "system").mkdir()
    run = cli("evaluate", tmp_path / "gold", tmp_path / "system")
    assert run.code == 1
    assert "no system file" in run.err
    run = cli("evaluate", tmp_path / "nowhere", tmp_path / "system")
    assert run.code == 1 and run.err.startswith("InputError: ")


@pytest.fixture
def fake_module(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Install a stand-in module that records how it was called."""

    def install(name: str, function: str, result: Any = None) -> list[tuple[Any, ...]]:
        calls: list[tuple[Any, ...]] = []
        module = types.ModuleType(name)

        def record(*args: Any, **kwargs: Any) -> Any:
            calls.append((args, kwargs))
            return result

        setattr(module, function, record)
        monkeypatch.setitem(sys.modules, name, module)
        return calls

    return install


def test_open_hands_the_files_and_date_to_the_window(cli, fake_module) -> None:  # type: ignore[no-untyped-def]
    calls = fake_module("timeline_app.gui.app", "run", 0)
    assert cli("open", SAMPLE, "--dct", "9 December 2021").code == 0
    assert calls == [(([SAMPLE], dt.date(2021, 12, 9)), {})]


def test_render_parses_then_draws(cli, fake_module, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    calls = fake_module("timeline_app.render.image", "render_to_file")
    out = tmp_path / "t.svg"
    run = cli("render", SAMPLE, "-o", out, "--width", "800", "--height", "400",
              "--from", "2021-01-01", "--to", "2021-12-31")
    assert run.code == 0, run.err
    ((documents, path), options) = calls[0]
    assert [d.id for d in documents] == ["libya-russia-stability"] and documents[0].events
    assert path == out
    assert options == {"width": 800, "height": 400, "start": dt.datetime(2021, 1, 1), "end": dt.datetime(2022, 1, 1)}
    assert "wrote" in run.err


def test_render_of_unreadable_input_draws_nothing(cli, fake_module, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    calls = fake_module("timeline_app.render.image", "render_to_file")
    run = cli("render", tmp_path / "missing.txt", "-o", tmp_path / "t.png")
    assert run.code == 1 and not calls
    assert "missing.txt" in run.err


def test_extract_output_is_an_event_list_document(cli) -> None:  # type: ignore[no-untyped-def]
    assert EventList.model_validate_json(cli("extract", SAMPLE).out).documents[0].events
