"""timeline_app.gui."""
