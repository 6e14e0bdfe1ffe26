"""Curating a timeline in the window: edits with undo, tags, notes, clusters, project file."""

from timeline_app.gui.curation.controller import CurationController, install_curation

__all__ = ["CurationController", "install_curation"]
