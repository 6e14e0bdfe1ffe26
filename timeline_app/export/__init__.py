"""timeline_app.export."""
