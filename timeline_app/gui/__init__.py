"""The desktop window: a session model, the docks that view it, and the main window.

``timeline_app.gui.app.run(paths, dct)`` opens it; see ``main_window.py`` for the layout.
"""
