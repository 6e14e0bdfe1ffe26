"""timeline_app.parsing."""
