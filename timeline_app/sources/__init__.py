"""timeline_app.sources."""
