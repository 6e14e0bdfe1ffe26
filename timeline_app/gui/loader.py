"""Open files off the UI thread: a worker in a QThread reads and parses one file at a time,
reports progress, reports each failing file and carries on, and stops when cancelled.

``load`` is a parameter: any function ``Path -> Iterable[Document]`` (the default reads the file
with ``timeline_app.sources.read_path`` and parses each document), so tests inject their own.
A load that also takes a keyword ``cancel`` (as the default does) is given the worker's cancel
flag to poll, so that Cancel stops a long parse within moments instead of at its end; it raises
``ParseCancelled``, which the worker takes as the cancellation it is, not as a failed file.

A parsed article is hundreds of thousands of small objects that live as long as it is open.
Before handing one to the window the worker collects the young garbage and freezes what is left
(``gc.freeze``): otherwise the collector's next full pass, often due while the window takes the
article in, scans every open document in the UI thread (0.6 s with 100,000 events open). Frozen
documents are still freed when closed (they hold no reference cycles).
"""

from __future__ import annotations

import datetime as dt
import gc
import inspect
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6 import QtCore

from timeline_app.core.errors import ParseCancelled, TimelineError
from timeline_app.core.models import Document

Cancel = Callable[[], bool]  # True once the user has asked to stop


class CancellableLoad(Protocol):
    """A load that polls ``cancel`` while it works and raises ``ParseCancelled`` when told."""

    def __call__(self, path: Path, /, *, cancel: Cancel | None = None) -> Iterable[Document]: ...


LoadFunction = Callable[[Path], Iterable[Document]] | CancellableLoad


def default_load(dct: dt.date | None = None) -> CancellableLoad:
    """Load a file as the command line does (``dct`` overrides every other date)."""
    from timeline_app.parsing.ingest import load_file

    def load(path: Path, /, *, cancel: Cancel | None = None) -> Iterable[Document]:
        return load_file(path, dct=dct, cancel=cancel)

    return load


def takes_cancel(load: LoadFunction) -> bool:
    """Whether ``load`` accepts a keyword ``cancel``."""
    try:
        parameter = inspect.signature(load).parameters.get("cancel")
    except (TypeError, ValueError):  # no signature to read
        return False
    return parameter is not None and parameter.kind in (parameter.KEYWORD_ONLY, parameter.POSITIONAL_OR_KEYWORD)


def expand_paths(paths: Sequence[Path]) -> list[Path]:
    """Files named directly plus every supported file inside named folders (recursively)."""
    from timeline_app.sources import iter_paths

    return list(iter_paths(paths))


def settle_long_lived() -> None:
    """Collect young garbage, then keep what survives out of later collections (see above)."""
    gc.collect(1)
    gc.freeze()


class LoadWorker(QtCore.QObject):
    """Runs in a worker thread; every signal is delivered to the UI thread (queued)."""

    progress = QtCore.Signal(int, int, str)  # files done, files in all, current file
    loaded = QtCore.Signal(object)  # a Document
    failed = QtCore.Signal(str, str)  # path, message
    finished = QtCore.Signal(bool)  # cancelled

    def __init__(self, paths: Sequence[Path], load: LoadFunction) -> None:
        super().__init__()
        self._paths = list(paths)
        self._load = load
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @QtCore.Slot()
    def run(self) -> None:
        try:
            paths = expand_paths(self._paths)
        except (OSError, TimelineError) as exc:
            self.failed.emit(", ".join(map(str, self._paths)), str(exc))
            paths = []
        for done, path in enumerate(paths):
            if self._cancel.is_set():
                break
            self.progress.emit(done, len(paths), str(path))
            self._load_one(path)
        self.progress.emit(len(paths), len(paths), "")
        self.finished.emit(self._cancel.is_set())

    def _load_one(self, path: Path) -> None:
        try:
            for doc in self._documents(path):
                if self._cancel.is_set():  # cancelled while this file was being parsed
                    return
                settle_long_lived()
                self.loaded.emit(doc)
        except ParseCancelled:
            return  # the user's Cancel, seen inside the parse: nothing to report
        except (TimelineError, OSError, UnicodeError, ValueError) as exc:
            self.failed.emit(str(path), f"{type(exc).__name__}: {exc}")

    def _documents(self, path: Path) -> Iterable[Document]:
        if takes_cancel(self._load):
            return self._load(path, cancel=self._cancel.is_set)  # type: ignore[call-arg]
        return self._load(path)


class FileLoader(QtCore.QObject):
    """Starts a ``LoadWorker`` in its own thread and batches its documents for the UI.

    Documents arrive in ``documents_ready`` at most every ``batch_ms`` so that opening 2,000
    files redraws the timeline a few times, not 2,000 times.
    """

    documents_ready = QtCore.Signal(list)
    progress = QtCore.Signal(int, int, str)
    failed = QtCore.Signal(str, str)
    finished = QtCore.Signal(bool)

    def __init__(self, parent: QtCore.QObject | None = None, batch_ms: int = 250) -> None:
        super().__init__(parent)
        self._thread: QtCore.QThread | None = None
        self._worker: LoadWorker | None = None
        self._pending: list[Document] = []
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(batch_ms)
        self._timer.timeout.connect(self._flush)

    def is_running(self) -> bool:
        return self._thread is not None

    def start(self, paths: Sequence[Path], load: LoadFunction) -> None:
        if self._thread is not None:
            raise RuntimeError("a load is already running")
        thread = QtCore.QThread(self)
        worker = LoadWorker(paths, load)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.loaded.connect(self._on_document_loaded)
        worker.progress.connect(self.progress)
        worker.failed.connect(self.failed)
        worker.finished.connect(self._on_worker_finished)
        self._thread, self._worker = thread, worker
        self._timer.start()
        thread.start()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def wait(self, msecs: int = 30000) -> None:
        if self._thread is not None:
            self._thread.wait(msecs)

    def _on_document_loaded(self, document: Document) -> None:
        self._pending.append(document)

    def _flush(self) -> None:
        if self._pending:
            batch, self._pending = self._pending, []
            self.documents_ready.emit(batch)

    def _on_worker_finished(self, cancelled: bool) -> None:
        self._timer.stop()
        self._flush()
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        if worker is not None:
            worker.deleteLater()
        self.finished.emit(cancelled)
