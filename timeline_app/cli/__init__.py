"""timeline_app.cli."""
