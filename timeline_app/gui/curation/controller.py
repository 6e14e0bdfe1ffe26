"""Curation in the window: undoable edits of events, tags and notes, a tag filter, lanes by
document or tag, colour by granularity, document or tag, same-happening clusters, the project
file (File > Open/Save Project), autosave with crash recovery, and the save-on-close prompt.

Installed on a ``MainWindow`` by ``install_curation(window)``. The window's session stays the one
model: every edit becomes an ``Edit`` record (``core.curation``) applied to a document that is
then swapped into the session. Re-resolution (a new publication date) goes through
``rebuild`` so the edits are replayed on the parser's fresh output.

Prompts are attributes so tests (and embedding code) can answer them:
``ask_save_changes() -> "save" | "discard" | "cancel"``, ``ask_recover(path) -> bool`` and
``choose_project_path(for_saving) -> Path | None``. Left as None, a dialog asks, except on a
platform without a screen (offscreen), where nothing can be asked: closing then keeps an
autosave instead, so nothing is lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtGui, QtWidgets
from shiboken6 import Shiboken

from timeline_app.core import curation
from timeline_app.core.errors import TimelineError
from timeline_app.core.models import Document, Granularity
from timeline_app.core.project import PROJECT_SUFFIX, Edit, Project, load_project, save_project
from timeline_app.gui.curation.autosave import Autosaver, autosave_path
from timeline_app.gui.curation.commands import DocumentCommand, EditCommand
from timeline_app.gui.curation.dialog import EventDialog
from timeline_app.gui.curation.overlay import CurationOverlay
from timeline_app.gui.curation.presentation import (
    TAG_LANE_PREFIX,
    Presentation,
    is_cluster,
    present,
)

if TYPE_CHECKING:
    from timeline_app.gui.main_window import MainWindow

PROJECT_FILTER = f"Timeline projects (*{PROJECT_SUFFIX});;All files (*)"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class CurationController(QtCore.QObject):
    """See the module docstring."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.edits: list[Edit] = []
        self.stack = QtGui.QUndoStack(self)
        self.project_path: Path | None = None
        self.presentation = Presentation()
        self.dialog: EventDialog | None = None
        self.ask_save_changes: Callable[[], str] | None = None
        self.ask_recover: Callable[[Path], bool] | None = None
        self.choose_project_path: Callable[[bool], Path | None] | None = None
        self._other_changes = False
        self._shown_tag: str | None = None
        self._resolve = self.session.resolve
        if self._resolve is not None:
            self.session.resolve = self._resolve_curated
        self.overlay = CurationOverlay(window.timeline.scene, self.presentation, self._title_of)
        window.timeline.present = self.present
        window.table.model.edit_hook = self.edit_from_table
        self.autosaver = Autosaver(self.snapshot, self.autosave_path, self.is_dirty, self)
        self.autosaver.failed.connect(lambda message: window.statusBar().showMessage(message, 8000))
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.stack.indexChanged.connect(self._on_changed)
        self.stack.cleanChanged.connect(self._on_changed)
        self.session.documents_changed.connect(self._on_documents_changed)
        self.session.selection_changed.connect(self._on_selection_changed)
        self.session.filter_changed.connect(self._on_filter_changed)
        window.timeline.view.clicked.connect(self._on_timeline_clicked)
        window.installEventFilter(self)
        self._on_selection_changed(None)
        self._update_title()
        QtCore.QTimer.singleShot(0, self, self.offer_recovery)  # dropped if the window is gone first

    # --- actions and menus ----------------------------------------------------------------------

    def _build_actions(self) -> None:
        key = QtGui.QKeySequence.StandardKey
        self.undo_action = self.stack.createUndoAction(self.window, "&Undo")
        self.undo_action.setShortcut(QtGui.QKeySequence(key.Undo))
        self.redo_action = self.stack.createRedoAction(self.window, "&Redo")
        self.redo_action.setShortcut(QtGui.QKeySequence("Ctrl+Y"))  # Ctrl+Shift+Z zooms to the selection
        for action in (self.undo_action, self.redo_action):
            self.window.addAction(action)
        make = self.window.make_action
        self.edit_action = make("&Edit Event…", self.edit_selected, "F2",
                                "Change the selected event's date, label, tags or note")
        self.add_action = make("&Add Event from Selected Text", self.add_from_selection, "Ctrl+Shift+A",
                               "Make an event of the text selected in the source pane")
        self.delete_action = make("&Delete Event", lambda: self.set_flag(curation.DELETED, True),
                                  key.Delete, "Remove the selected event from the timeline (restorable)")
        self.restore_action = make("&Restore Event", lambda: self.set_flag(curation.DELETED, False),
                                   "Ctrl+Shift+R", "Bring a deleted event back")
        self.not_event_action = make("&Not an Event", self._on_not_event_toggled, "Ctrl+Shift+N",
                                     "Mark whether the selected sentence reports an event")
        self.not_event_action.setCheckable(True)
        self.tags_action = make("&Tags…", self.edit_tags, "Ctrl+T", "Tag the selected event")
        self.note_action = make("N&ote…", self.edit_note, "Ctrl+Shift+M", "Write a note on the selected event")
        self.open_project_action = make("Open &Project…", self.open_project_dialog, "Ctrl+Shift+P",
                                        "Open a saved timeline project (*.timeline.json)")
        self.save_action = make("&Save Project", self.save, key.Save,
                                "Save the documents, edits, tags and notes")
        self.reparse_action = make("Re-&parse Document", self.reparse, "Ctrl+R",
                                   "Read the chosen document's text again and replay your edits on it")
        self.save_as_action = make("Save Project &As…", self.save_as, "Ctrl+Shift+S",
                                   "Save the project under a new name")

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        menus = {a.text().replace("&", ""): a for a in bar.actions()}
        self.edit_menu = QtWidgets.QMenu("&Edit", bar)
        self.edit_menu.setToolTipsVisible(True)
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.edit_action, self.add_action, self.tags_action, self.note_action,
                                   self.not_event_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.delete_action, self.restore_action])
        self.document_menu = QtWidgets.QMenu("&Document", bar)
        self.document_menu.setToolTipsVisible(True)
        self.document_menu.addAction(self.reparse_action)
        view = menus.get("View")
        for menu in (self.edit_menu, self.document_menu):
            if view is not None:
                bar.insertMenu(view, menu)
            else:
                bar.addMenu(menu)
        panel = self.window.documents_panel.list  # the same action on a document's context menu
        panel.setContextMenuPolicy(QtCore.Qt.ContextMenuPolicy.ActionsContextMenu)
        panel.addAction(self.reparse_action)
        file_menu = next((m for m in bar.findChildren(QtWidgets.QMenu) if m.title() == "&File"), None)
        if file_menu is not None:  # (QAction.menu() would hand the menu's ownership to Python)
            before = self.window.export_view_action
            file_menu.insertActions(before, [self.open_project_action, self.save_action, self.save_as_action])
            file_menu.insertSeparator(before)

    def _combo(self, items: list[tuple[str, Any]], tip: str, slot: Callable[[int], None]) -> QtWidgets.QComboBox:
        combo = QtWidgets.QComboBox(self.window)
        for text, data in items:
            combo.addItem(text, data)
        combo.setToolTip(tip)
        combo.currentIndexChanged.connect(slot)
        return combo

    def _build_toolbar(self) -> None:
        self.toolbar = QtWidgets.QToolBar("Curation", self.window)
        self.toolbar.setObjectName("curation_toolbar")
        self.lanes_combo = self._combo([("Lane per document", "document"), ("Lane per tag", "tag")],
                                       "One timeline lane per document or per tag", self._on_lanes_changed)
        self.colour_combo = self._combo([("Colour by granularity", "granularity"), ("Colour by document", "document"),
                                         ("Colour by tag", "tag")], "What the colours of the events mean",
                                        self._on_colour_changed)
        self.tag_combo = self._combo([("All tags", None)], "Show only the events with this tag", self._on_tag_chosen)
        self.clusters_check = QtWidgets.QCheckBox("Group same happenings", self.window)
        self.clusters_check.setChecked(True)
        self.clusters_check.setToolTip("Show events of several articles reporting the same happening on the same "
                                       "day as one cluster; click a cluster to expand it")
        self.clusters_check.toggled.connect(self._on_clusters_toggled)
        for widget in (self.lanes_combo, self.colour_combo, self.tag_combo, self.clusters_check):
            self.toolbar.addWidget(widget)
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.undo_action, self.redo_action, self.edit_action, self.delete_action])
        self.window.addToolBar(self.toolbar)

    # --- the model: edits ----------------------------------------------------------------------

    def push(self, edits: list[Edit], name: str | None = None) -> None:
        """Apply edits as one undoable step (named after the first unless ``name`` is given)."""
        if not edits:
            return
        labels = [self._label_of(e.event_id, e) for e in edits]
        if len(edits) == 1:
            self.stack.push(EditCommand(self, edits[0], curation.describe(edits[0], labels[0])))
            return
        self.stack.beginMacro(name or f"Edit “{labels[0][:40]}”")
        for edit, label in zip(edits, labels):
            self.stack.push(EditCommand(self, edit, curation.describe(edit, label)))
        self.stack.endMacro()

    def _label_of(self, event_id: str, edit: Edit) -> str:
        event = self.session.event(event_id)
        if event is not None:
            return event.label
        return str(edit.new.get("label", event_id)) if isinstance(edit.new, dict) else event_id

    def do_edit(self, edit: Edit) -> None:
        doc = self.session.document(curation.document_id_of(edit.event_id))
        if doc is None:
            return
        self.edits.append(edit)
        self.session.replace_document(curation.apply_edit(doc, edit))

    def undo_edit(self, edit: Edit) -> None:
        doc = self.session.document(curation.document_id_of(edit.event_id))
        position = next((i for i in range(len(self.edits) - 1, -1, -1) if self.edits[i] is edit), None)
        if position is not None:
            del self.edits[position]
        if doc is None:
            return
        if self._resolve is not None:
            doc, _ = curation.rebuild(doc, doc.dct, self.edits, self._resolve)
        else:
            doc = curation.apply_edit(doc, edit, revert=True)
        self.session.replace_document(doc)

    def _resolve_curated(self, doc: Document, dct: dt.date | None) -> Document:
        assert self._resolve is not None
        rebuilt, missing = curation.rebuild(doc, dct, self.edits, self._resolve)
        if missing:
            self.window.statusBar().showMessage(f"{len(missing)} edit(s) no longer match an event of {doc.title or doc.id}", 8000)
        self._other_changes = True
        self.autosaver.changed()
        return rebuilt

    def _edit_for(self, event_id: str, field: str, value: Any) -> Edit | None:
        doc = self.session.document(curation.document_id_of(event_id))
        event = self.session.event(event_id)
        if doc is None or event is None or getattr(event, field, None) == value:
            return None
        return curation.make_edit(doc, event_id, field, value, _now())

    def set_field(self, event_id: str, field: str, value: Any) -> None:
        edit = self._edit_for(event_id, field, value)
        if edit is not None:
            self.push([edit])

    def set_date(self, event_id: str, start: dt.datetime | None, end: dt.datetime | None,
                 granularity: Granularity | None) -> None:
        doc = self.session.document(curation.document_id_of(event_id))
        if doc is not None:
            self.push([curation.set_date(doc, event_id, start, end, granularity, _now())])

    def set_flag(self, field: str, value: bool) -> None:
        if self.session.selected is not None:
            self.set_field(self.session.selected, field, value)

    def add_event(self, document_id: str, start: int, end: int) -> str | None:
        doc = self.session.document(document_id)
        if doc is None or start >= end:
            return None
        edit = curation.add_event(doc, start, end, _now())
        self.push([edit])
        self.session.select(edit.event_id, centre=True)
        return edit.event_id

    # --- user commands -------------------------------------------------------------------------

    def reparse(self, document_id: str | None = None) -> None:
        """Parse a document's text afresh (default: the one chosen in the Documents panel) and
        replay the researcher's edits on the result; undoable."""
        doc = self.session.document(document_id or self.window.documents_panel.current_id or "")
        if doc is None:
            self.window.statusBar().showMessage("Choose a document in the Documents panel first", 5000)
            return
        from timeline_app.parsing import parse_document

        fresh = parse_document(doc.model_copy(update={"sentences": [], "expressions": [], "events": []}))
        rebuilt, missing = curation.apply_edits(fresh, self.edits)
        title = doc.title or doc.id
        self.stack.push(DocumentCommand(self.session, doc, rebuilt, f"Re-parse “{title[:40]}”"))
        note = f"; {len(missing)} edit(s) no longer match an event" if missing else ""
        self.window.statusBar().showMessage(f"Re-parsed {title}: {len(rebuilt.events)} event(s){note}", 8000)

    def edit_selected(self) -> EventDialog | None:
        """Open the Edit Event dialog on the selected event (non-blocking; OK applies it)."""
        event = self.session.event(self.session.selected)
        doc = self.session.document(event.document_id) if event else None
        if event is None or doc is None:
            return None
        self.dialog = EventDialog(event, curation.sentence_of(doc, event), self.window)
        self.dialog.accepted.connect(lambda d=self.dialog: self.apply_dialog(d))
        self.dialog.open()
        return self.dialog

    def apply_dialog(self, dialog: EventDialog) -> None:
        event_id = dialog.target.id
        doc = self.session.document(dialog.target.document_id)
        if doc is None or self.session.event(event_id) is None:
            return
        edits: list[Edit] = []
        if dialog.date_changed():
            start, end, granularity = dialog.date() or (None, None, None)
            edits.append(curation.set_date(doc, event_id, start, end, granularity, _now()))
        for field, value in ((curation.LABEL, dialog.label()), (curation.IS_EVENT, dialog.is_event.isChecked()),
                             (curation.TAGS, dialog.tag_list()), (curation.NOTE, dialog.note_text())):
            edit = self._edit_for(event_id, field, value)
            if edit is not None:
                edits.append(edit)
        self.push(edits)

    def edit_from_table(self, event_id: str, column: int, text: str) -> bool:
        """In-place edits in the event table: column 0 is the date, 1 the label."""
        try:
            if column == 0:
                typed = curation.parse_typed_date(text)
                self.set_date(event_id, *(typed or (None, None, None)))
            elif column == 1 and text.strip():
                self.set_field(event_id, curation.LABEL, text.strip())
            else:
                return False
        except ValueError as exc:
            self.window.statusBar().showMessage(str(exc), 8000)
            return False
        return True

    def add_from_selection(self) -> None:
        cursor = self.window.source.text.textCursor()
        document_id = self.window.source.document_id
        if not cursor.hasSelection() or document_id is None:
            self.window.statusBar().showMessage("Select some text in the source pane first", 5000)
            return
        self.add_event(document_id, cursor.selectionStart(), cursor.selectionEnd())

    def edit_tags(self) -> None:
        event = self.session.event(self.session.selected)
        if event is None:
            return
        text, ok = QtWidgets.QInputDialog.getText(self.window, "Tags", "Tags (separated by commas):",
                                                  text=", ".join(event.tags))
        if ok:
            self.set_field(event.id, curation.TAGS, curation.parse_tags(text))

    def edit_note(self) -> None:
        event = self.session.event(self.session.selected)
        if event is None:
            return
        text, ok = QtWidgets.QInputDialog.getMultiLineText(self.window, "Note", "Note:", event.note)
        if ok:
            self.set_field(event.id, curation.NOTE, text.strip())

    def _on_not_event_toggled(self) -> None:
        if self.session.selected is not None:
            self.set_field(self.session.selected, curation.IS_EVENT, not self.not_event_action.isChecked())

    # --- presentation --------------------------------------------------------------------------

    def present(self, documents: list[Document]) -> list[Document]:
        return present(documents, self.presentation, self.session.filter.tag)

    def redraw(self) -> None:
        scene = self.window.timeline.scene
        scene.set_documents(self.present(self.session.documents), keep_range=True)  # the overlay follows

    def toggle_cluster(self, cluster_id: str) -> None:
        expanded = self.presentation.expanded
        expanded.symmetric_difference_update({cluster_id})
        self.redraw()

    def _on_timeline_clicked(self, scene_pos: QtCore.QPointF) -> None:
        event_id = self.window.timeline.scene.event_at(scene_pos)
        if is_cluster(event_id):
            assert event_id is not None
            self.toggle_cluster(event_id)

    def _on_lanes_changed(self, index: int) -> None:
        self.presentation.lanes = self.lanes_combo.itemData(index)
        self.redraw()

    def _on_colour_changed(self, index: int) -> None:
        self.overlay.colour_by = self.colour_combo.itemData(index)
        self.overlay.refresh()

    def _on_clusters_toggled(self, on: bool) -> None:
        self.presentation.clusters = on
        self.redraw()

    def _on_tag_chosen(self, index: int) -> None:
        tag = self.tag_combo.itemData(index)
        current = self.session.filter
        if current.tag != tag:
            self.session.set_filter(current.model_copy(update={"tag": tag}))

    def _on_filter_changed(self, *args: object) -> None:
        tag = self.session.filter.tag
        if tag == self._shown_tag:
            return
        self._shown_tag = tag
        index = self.tag_combo.findData(tag)
        if index >= 0 and index != self.tag_combo.currentIndex():
            self.tag_combo.blockSignals(True)
            self.tag_combo.setCurrentIndex(index)
            self.tag_combo.blockSignals(False)
        self.redraw()

    def _on_documents_changed(self) -> None:
        tags = sorted({t for e in self.session.all_events() for t in e.tags}, key=str.casefold)
        current = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem("All tags", None)
        for tag in tags:
            self.tag_combo.addItem(f"#{tag}", tag)
        self.tag_combo.setCurrentIndex(max(self.tag_combo.findData(current), 0))
        self.tag_combo.blockSignals(False)
        self._on_selection_changed(self.session.selected)

    def _on_selection_changed(self, event_id: str | None) -> None:
        event = self.session.event(event_id)
        for action in (self.edit_action, self.tags_action, self.note_action, self.not_event_action):
            action.setEnabled(event is not None)
        self.delete_action.setEnabled(event is not None and not event.deleted)
        self.restore_action.setEnabled(event is not None and event.deleted)
        self.not_event_action.setChecked(event is not None and not event.is_event)

    def _title_of(self, category: str) -> str:
        doc = self.session.document(category)
        if doc is not None:
            return doc.title or doc.id
        return category.removeprefix(TAG_LANE_PREFIX) if category.startswith(TAG_LANE_PREFIX) else f"#{category}" \
            if not category.startswith("(") else category

    # --- project file --------------------------------------------------------------------------

    def snapshot(self) -> Project:
        return Project(documents=self.session.documents, edits=list(self.edits))

    def is_dirty(self) -> bool:
        return not self.stack.isClean() or self._other_changes

    def autosave_path(self) -> Path:
        return autosave_path(self.project_path, self.window.settings.fileName())

    def save(self) -> bool:
        if self.project_path is None:
            return self.save_as()
        return self.save_to(self.project_path)

    def save_as(self) -> bool:
        path = self._choose_path(for_saving=True)
        return path is not None and self.save_to(path)

    def save_to(self, path: Path) -> bool:
        if not path.name.endswith(PROJECT_SUFFIX):
            path = path.with_name(path.name.removesuffix(".json") + PROJECT_SUFFIX)
        try:
            save_project(self.snapshot(), path)
        except TimelineError as exc:
            QtWidgets.QMessageBox.warning(self.window, "Save Project", f"{type(exc).__name__}: {exc}")
            return False
        self.autosaver.discard()
        self.project_path = path
        self.autosaver.discard()
        self.stack.setClean()
        self._other_changes = False
        self._update_title()
        self.window.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    def open_project_dialog(self) -> None:
        if not self._settle_unsaved():
            return
        path = self._choose_path(for_saving=False)
        if path is not None:
            self.open_project(path)

    def open_project(self, path: Path, recover: bool = True) -> bool:
        """Open a project (offering its newer autosave, if any); False if it cannot be read."""
        path = Path(path)
        source = path
        backup = autosave_path(path, self.window.settings.fileName())
        if recover and backup.is_file() and path.is_file() and backup.stat().st_mtime > path.stat().st_mtime \
                and self._ask_recover(backup):
            source = backup
        try:
            project = load_project(source)
        except TimelineError as exc:
            QtWidgets.QMessageBox.warning(self.window, "Open Project", f"{type(exc).__name__}: {exc}")
            return False
        self._load(project, path, recovered=source != path)
        return True

    def _load(self, project: Project, path: Path | None, recovered: bool) -> None:
        self.stack.clear()
        self.edits = list(project.edits)
        self.presentation.expanded.clear()
        self.session.clear()
        self.session.add_documents(project.documents)
        self.project_path = path
        self.stack.setClean()
        self._other_changes = recovered
        self._update_title()
        what = "Recovered the autosave of" if recovered else "Opened"
        self.window.statusBar().showMessage(f"{what} {path or 'an untitled project'}", 8000)

    def offer_recovery(self) -> None:
        """At start: an untitled autosave left by a window that did not close properly."""
        path = autosave_path(None, self.window.settings.fileName())
        if self.project_path is not None or not path.is_file():
            return
        if self._ask_recover(path):
            try:
                project = load_project(path)
            except TimelineError as exc:
                self.window.statusBar().showMessage(f"Cannot recover: {exc}", 8000)
                return
            self._load(project, None, recovered=True)
        elif self.ask_recover is not None or self._can_ask():
            path.unlink(missing_ok=True)

    def _choose_path(self, for_saving: bool) -> Path | None:
        if self.choose_project_path is not None:
            return self.choose_project_path(for_saving)
        folder = str(self.project_path.parent if self.project_path else self.window.settings.value(
            "last_folder", str(Path.home())))
        if for_saving:
            name, _ = QtWidgets.QFileDialog.getSaveFileName(self.window, "Save project", folder, PROJECT_FILTER)
        else:
            name, _ = QtWidgets.QFileDialog.getOpenFileName(self.window, "Open project", folder, PROJECT_FILTER)
        return Path(name) if name else None

    # --- prompts, closing ----------------------------------------------------------------------

    @staticmethod
    def _can_ask() -> bool:
        return QtGui.QGuiApplication.platformName() != "offscreen"

    def _ask_recover(self, path: Path) -> bool:
        if self.ask_recover is not None:
            return self.ask_recover(path)
        if not self._can_ask():
            return False
        answer = QtWidgets.QMessageBox.question(
            self.window, "Recover unsaved changes",
            f"The timeline was not closed properly. Recover the changes autosaved at "
            f"{dt.datetime.fromtimestamp(path.stat().st_mtime):%Y-%m-%d %H:%M}?",
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No)
        return answer == QtWidgets.QMessageBox.StandardButton.Yes

    def _settle_unsaved(self) -> bool:
        """Ask what to do with unsaved changes; True when it is fine to go on."""
        if not self.is_dirty():
            return True
        if self.ask_save_changes is not None:
            answer = self.ask_save_changes()
        elif self._can_ask():
            buttons = QtWidgets.QMessageBox.StandardButton
            choice = QtWidgets.QMessageBox.question(
                self.window, "Unsaved changes", "Save the changes to this timeline project?",
                buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
            answer = {buttons.Save: "save", buttons.Discard: "discard"}.get(choice, "cancel")
        else:
            self.autosaver.write_now()  # nobody to ask: keep the changes for recovery
            return True
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.autosaver.discard()
            self.stack.setClean()
            self._other_changes = False
            return True
        return False

    def eventFilter(self, watched: QtCore.QObject, ev: QtCore.QEvent) -> bool:  # noqa: N802
        if watched is self.window and ev.type() == QtCore.QEvent.Type.Close and not self._settle_unsaved():
            ev.ignore()
            return True
        return False

    def _on_changed(self, *args: object) -> None:
        if not Shiboken.isValid(self.window):
            return
        self._update_title()
        self.autosaver.changed()

    def _update_title(self) -> None:
        if not Shiboken.isValid(self.window):  # the undo stack reports while the window is destroyed
            return
        name = self.project_path.name.removesuffix(PROJECT_SUFFIX) if self.project_path else "Untitled"
        self.window.setWindowTitle(f"{name}[*] — Timeline")
        self.window.setWindowModified(self.is_dirty())


def install_curation(window: MainWindow) -> CurationController:
    """Add curation to the window (menus, toolbar, undo, project file, autosave)."""
    return CurationController(window)
