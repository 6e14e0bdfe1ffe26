"""Opening many files happens in the background; a failing file is reported, the others open."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from timeline_app.gui.settings import recent_files


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "more").mkdir(parents=True)
    for name in ("a.txt", "b.txt", "more/c.txt", "bad.txt"):
        (folder / name).write_text("x", encoding="utf-8")
    return folder


def test_failing_file_in_folder_is_reported_and_others_open(qtbot: QtBot, window, open_files, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.loader.expand = None
    open_files([_folder(tmp_path)])
    assert sorted(doc.id for doc in window.session.documents) == ["a", "b", "c"]
    assert len(window.failures) == 1
    path, message = window.failures[0]
    assert path.endswith("bad.txt") and "UnreadableFileError" in message
    assert window.failure_box.isVisible()
    assert "could not be opened" in window.statusBar().currentMessage()
    assert not window.progress.isVisible()
    assert recent_files(window.settings)[0].endswith("corpus")


def test_real_reader_opens_articles_and_reports_a_binary_file(qtbot: QtBot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.gui.main_window import MainWindow

    (tmp_path / "one.txt").write_text("---\ntitle: One\npublished: 2021-12-09\n---\nOn Wednesday, talks began.\n")
    (tmp_path / "two.txt").write_text("---\ntitle: Two\npublished: 2021-12-09\n---\nLast year, the mission began.\n")
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    win = MainWindow()
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.loader.finished, timeout=20000):
        win.open_paths([tmp_path])
    assert sorted(doc.title for doc in win.session.documents) == ["One", "Two"]
    assert [Path(p).name for p, _ in win.failures] == ["broken.txt"]


def test_cancel_stops_loading(qtbot: QtBot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import threading

    gate = threading.Event()

    def slow_load(path: Path):  # type: ignore[no-untyped-def]
        gate.wait(5)
        from timeline_app.core.models import Document
        yield Document(id=path.stem, text="x")

    paths = []
    for i in range(5):
        (tmp_path / f"f{i}.txt").write_text("x")
        paths.append(tmp_path / f"f{i}.txt")
    with qtbot.waitSignal(window.loader.finished, timeout=10000) as blocker:
        window.open_paths(paths, load=slow_load)
        assert window.progress.isVisible() and window.cancel_action.isEnabled()
        window.cancel_action.trigger()
        gate.set()
    assert blocker.args == [True]
    assert len(window.session.documents) < 5


def test_cancel_reaches_a_load_under_way_and_is_not_reported_as_a_failure(qtbot: QtBot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import threading
    from collections.abc import Callable, Iterator

    from timeline_app.core.errors import ParseCancelled
    from timeline_app.core.models import Document

    started = threading.Event()
    polls: list[bool] = []

    def parse_until_cancelled(path: Path, *, cancel: Callable[[], bool] | None = None) -> Iterator[Document]:
        assert cancel is not None
        started.set()
        for _ in range(500):  # a long parse that polls as the parser does (at most 5 s)
            polls.append(cancel())
            if polls[-1]:
                raise ParseCancelled("the parse was cancelled")
            threading.Event().wait(0.01)
        yield Document(id=path.stem, text="x")

    (tmp_path / "big.txt").write_text("x")
    (tmp_path / "next.txt").write_text("x")
    with qtbot.waitSignal(window.loader.finished, timeout=10000) as blocker:
        window.open_paths([tmp_path / "big.txt", tmp_path / "next.txt"], load=parse_until_cancelled)
        assert started.wait(5)
        window.cancel_action.trigger()
    assert blocker.args == [True]
    assert polls[-1] is True and len(polls) < 500  # stopped inside the load, not after it
    assert window.session.documents == []  # neither that file nor the next one
    assert window.failures == []
    assert "Cancelled" in window.statusBar().currentMessage()
