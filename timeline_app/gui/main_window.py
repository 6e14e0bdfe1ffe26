"""The main window: composes the timeline, the source pane, the event table and the documents
panel, and holds the menus (open, export, view). Slots are short: they call domain code and
write the result to the session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from timeline_app.core.errors import TimelineError
from timeline_app.core.models import Document
from timeline_app.core.resources import resource_path
from timeline_app.export import write_events
from timeline_app.gui.curation import install_curation
from timeline_app.gui.documents_panel import DocumentsPanel
from timeline_app.gui.event_table import EventTable
from timeline_app.gui.loader import FileLoader, LoadFunction, default_load
from timeline_app.gui.session import Resolver, TimelineSession
from timeline_app.gui.settings import add_recent, app_settings, recent_files
from timeline_app.gui.source_pane import SourcePane
from timeline_app.gui.timeline_view import TimelineView
from timeline_app.parsing import resolve_document
from timeline_app.render.export import export_scene

OPEN_FILTER = "Articles (*.txt *.md *.html *.htm *.tml *.TE3input *.xml *.csv *.jsonl *.json);;All files (*)"
EVENT_FORMATS = {"json": "JSON (*.json)", "csv": "CSV (*.csv)", "timeml": "TimeML (*.tml)",
                 "timelinejs": "TimelineJS (*.json)"}


class MainWindow(QtWidgets.QMainWindow):
    """See the module docstring. ``load`` reads one path into documents (injectable)."""

    def __init__(self, load: LoadFunction | None = None, resolve: Resolver | None = None,
                 dct: dt.date | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Timeline")
        self.setAcceptDrops(True)
        self._dct = dct
        self._load = load
        self.settings = app_settings()
        self.session = TimelineSession(resolve or resolve_document)
        self.timeline = TimelineView(self.session, self)
        self.source = SourcePane(self.session, self)
        self.table = EventTable(self.session, self)
        self.documents_panel = DocumentsPanel(self.session, self)
        self.loader = FileLoader(self)
        self.failures: list[tuple[str, str]] = []
        self.setCentralWidget(self.timeline)
        self._add_docks()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self.loader.documents_ready.connect(self._on_documents_loaded)
        self.loader.progress.connect(self._on_load_progress)
        self.loader.failed.connect(self._on_load_failed)
        self.loader.finished.connect(self._on_load_finished)
        self._set_icon()
        self.curation = install_curation(self)  # edits, undo, tags, clusters, project file, autosave
        self._restore_settings()

    # --- composition --------------------------------------------------------------------------

    def _add_docks(self) -> None:
        area = QtCore.Qt.DockWidgetArea
        self.source_dock = self._dock("Source", self.source, area.RightDockWidgetArea)
        self.documents_dock = self._dock("Documents", self.documents_panel, area.RightDockWidgetArea)
        self.table_dock = self._dock("Events", self.table, area.BottomDockWidgetArea)
        self.splitDockWidget(self.source_dock, self.documents_dock, QtCore.Qt.Orientation.Vertical)
        self.resizeDocks([self.source_dock], [430], QtCore.Qt.Orientation.Horizontal)
        self.resizeDocks([self.source_dock, self.documents_dock], [460, 230], QtCore.Qt.Orientation.Vertical)
        self.resizeDocks([self.table_dock], [230], QtCore.Qt.Orientation.Vertical)

    def _dock(self, title: str, widget: QtWidgets.QWidget, area: QtCore.Qt.DockWidgetArea) -> QtWidgets.QDockWidget:
        dock = QtWidgets.QDockWidget(title, self)
        dock.setObjectName(f"{title.lower()}_dock")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def make_action(self, text: str, slot: Callable[[], object],
                    shortcut: QtGui.QKeySequence | QtGui.QKeySequence.StandardKey | str | None = None,
                    tip: str = "") -> QtGui.QAction:
        """A window-wide action: its tooltip and status tip name ``tip`` (else the text) and the keys."""
        action = QtGui.QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QtGui.QKeySequence(shortcut))
        keys = action.shortcut().toString(QtGui.QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip or text.replace('&', '').rstrip('.…')}" + (f" ({keys})" if keys else ""))
        action.setStatusTip(action.toolTip())
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QtGui.QKeySequence.StandardKey
        t = self.timeline
        make = self.make_action
        self.open_action = make("&Open…", self.open_files_dialog, key.Open, "Open one or more articles")
        self.open_folder_action = make("Open &Folder…", self.open_folder_dialog, "Ctrl+Shift+O",
                                       "Open every article in a folder and its subfolders")
        self.close_all_action = make("&Close All", self.session.clear, "Ctrl+Shift+W", "Close every document")
        self.export_view_action = make("Export &View as Image…", lambda: self.export_image_dialog(False),
                                       "Ctrl+E", "Save what the timeline shows as PNG or SVG")
        self.export_whole_action = make("Export &Whole Timeline as Image…", lambda: self.export_image_dialog(True),
                                        "Ctrl+Shift+E", "Save the whole timeline as PNG or SVG")
        self.export_events_action = make("Export &Events…", self.export_events_dialog, "Ctrl+Alt+E",
                                         "Save the event list as JSON, CSV, TimeML or TimelineJS")
        self.quit_action = make("&Quit", self.close, key.Quit, "Close the window")
        self.zoom_in_action = make("Zoom &In", t.zoom_in, key.ZoomIn, "Zoom into the middle of the timeline")
        self.zoom_out_action = make("Zoom &Out", t.zoom_out, key.ZoomOut, "Zoom out of the timeline")
        self.fit_action = make("&Fit Whole Timeline", t.fit, "Ctrl+0", "Show every event")
        self.step_left_action = make("Step &Earlier", t.step_left, "Alt+Left", "Move towards the past")
        self.step_right_action = make("Step &Later", t.step_right, "Alt+Right", "Move towards the future")
        self.zoom_selection_action = make("&Zoom to Selection", t.zoom_to_selection, "Ctrl+Shift+Z",
                                          "Zoom onto the selected event")
        self.cancel_action = make("&Cancel Loading", self.loader.cancel, "Esc", "Stop opening files")
        self.cancel_action.setEnabled(False)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.setToolTipsVisible(True)
        file_menu.addActions([self.open_action, self.open_folder_action])
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.setToolTipsVisible(True)
        self._fill_recent_menu()
        file_menu.addSeparator()
        file_menu.addActions([self.export_view_action, self.export_whole_action, self.export_events_action])
        file_menu.addSeparator()
        file_menu.addActions([self.close_all_action, self.cancel_action, self.quit_action])
        view_menu = bar.addMenu("&View")
        view_menu.setToolTipsVisible(True)
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action,
                              self.zoom_selection_action, self.step_left_action, self.step_right_action])
        view_menu.addSeparator()
        for dock in (self.source_dock, self.table_dock, self.documents_dock):
            view_menu.addAction(dock.toggleViewAction())

    def _build_status_bar(self) -> None:
        self.progress = QtWidgets.QProgressBar(self)
        self.progress.setMaximumWidth(260)
        self.progress.setToolTip("Files opened so far")
        self.cancel_button = QtWidgets.QToolButton(self)
        self.cancel_button.setDefaultAction(self.cancel_action)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()
        self.statusBar().showMessage("Open articles with File > Open, or drop files here")

    def _set_icon(self) -> None:
        try:
            icon = resource_path("icons", "timeline-app.svg")
        except TimelineError:
            return
        if icon.is_file():
            self.setWindowIcon(QtGui.QIcon(str(icon)))

    # --- opening ------------------------------------------------------------------------------

    def open_paths(self, paths: Sequence[Path], load: LoadFunction | None = None) -> None:
        """Open files and folders in the background; failures are reported, the rest open."""
        paths = [Path(p) for p in paths]
        if not paths:
            return
        if self.loader.is_running():
            self.statusBar().showMessage("Still opening files; wait or cancel first", 5000)
            return
        load = load or self._load or default_load(self._dct)
        self.failures = []
        self.settings.setValue("last_folder", str(paths[0].parent if paths[0].is_file() else paths[0]))
        add_recent(self.settings, [str(p.resolve()) for p in paths])
        self._fill_recent_menu()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_action.setEnabled(True)
        self.loader.start(paths, load)

    def open_files_dialog(self) -> None:
        files, _ = QtWidgets.QFileDialog.getOpenFileNames(self, "Open articles", self._last_folder(), OPEN_FILTER)
        self.open_paths([Path(f) for f in files])

    def open_folder_dialog(self) -> None:
        folder = QtWidgets.QFileDialog.getExistingDirectory(self, "Open a folder of articles", self._last_folder())
        if folder:
            self.open_paths([Path(folder)])

    def _last_folder(self) -> str:
        return str(self.settings.value("last_folder", str(Path.home())))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in recent_files(self.settings):
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda checked=False, p=path: self.open_paths([Path(p)]))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def _on_documents_loaded(self, documents: list[Document]) -> None:
        fixed = []
        for doc in documents:
            if self.session.document(doc.id) is not None:
                doc = _with_id(doc, self.session.unique_id(doc.id))
            fixed.append(doc)
        self.session.add_documents(fixed)

    def _on_load_progress(self, done: int, total: int, path: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if path:
            self.statusBar().showMessage(f"Opening {Path(path).name} ({done + 1} of {total})")

    def _on_load_failed(self, path: str, message: str) -> None:
        self.failures.append((path, message))

    def _on_load_finished(self, cancelled: bool) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.cancel_action.setEnabled(False)
        n = len(self.session.documents)
        events = len(self.session.all_events())
        note = "Cancelled. " if cancelled else ""
        self.statusBar().showMessage(f"{note}{n} document(s), {events} event(s) open"
                                     + (f"; {len(self.failures)} file(s) could not be opened" if self.failures else ""))
        if self.failures:
            self._report_failures()

    def _report_failures(self) -> None:
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, "Some files could not be opened",
                                    f"{len(self.failures)} file(s) could not be opened; the others are open.",
                                    QtWidgets.QMessageBox.StandardButton.Ok, self)
        box.setDetailedText("\n".join(f"{path}: {message}" for path, message in self.failures))
        box.setModal(False)
        box.show()
        self.failure_box = box

    # --- drag and drop ------------------------------------------------------------------------

    def dragEnterEvent(self, ev: QtGui.QDragEnterEvent) -> None:  # noqa: N802
        if ev.mimeData().hasUrls():
            ev.acceptProposedAction()

    def dropEvent(self, ev: QtGui.QDropEvent) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in ev.mimeData().urls() if url.isLocalFile()]
        self.open_paths(paths)
        ev.acceptProposedAction()

    # --- export -------------------------------------------------------------------------------

    def export_image(self, path: Path, whole: bool) -> None:
        export_scene(self.timeline.scene, self.timeline.view, path, whole=whole)

    def export_image_dialog(self, whole: bool) -> None:
        name, chosen = QtWidgets.QFileDialog.getSaveFileName(
            self, "Export timeline image", str(Path(self._last_folder()) / "timeline.svg"),
            "SVG image (*.svg);;PNG image (*.png)")
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".svg", ".png"):
            path = path.with_suffix(".png" if "PNG" in chosen else ".svg")
        self._run_export(lambda: self.export_image(path, whole), path)

    def export_events(self, path: Path, fmt: str) -> None:
        write_events(self.session.documents, path, fmt)

    def export_events_dialog(self) -> None:
        name, chosen = QtWidgets.QFileDialog.getSaveFileName(
            self, "Export events", str(Path(self._last_folder()) / "events.json"), ";;".join(EVENT_FORMATS.values()))
        if not name:
            return
        fmt = next((k for k, v in EVENT_FORMATS.items() if v == chosen), "json")
        self._run_export(lambda: self.export_events(Path(name), fmt), Path(name))

    def _run_export(self, export: Callable[[], None], path: Path) -> None:
        try:
            export()
        except (TimelineError, OSError) as exc:
            QtWidgets.QMessageBox.warning(self, "Export", f"{type(exc).__name__}: {exc}")
        else:
            self.statusBar().showMessage(f"Saved {path}", 5000)

    # --- settings -----------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QtCore.QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        state = self.settings.value("window_state")
        if isinstance(state, QtCore.QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, ev: QtGui.QCloseEvent) -> None:  # noqa: N802
        self.loader.cancel()
        self.loader.wait()
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("window_state", self.saveState())
        self.settings.sync()
        super().closeEvent(ev)


def _with_id(doc: Document, new_id: str) -> Document:
    """A copy of ``doc`` under another id, its events renamed to match."""
    events = [e.model_copy(update={"id": e.id.replace(doc.id, new_id, 1), "document_id": new_id}) for e in doc.events]
    return doc.model_copy(update={"id": new_id, "events": events})
