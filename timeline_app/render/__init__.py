"""timeline_app.render."""
