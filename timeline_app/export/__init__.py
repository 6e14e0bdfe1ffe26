"""Headless exports of event lists: JSON, JSON Lines, CSV, TimelineJS and TimeML.

``write_events(documents, path, fmt)`` writes any of them to a file (atomically) or to standard
output (``path=None``), streaming the documents. The per-format modules hold pure writers:
``json_lines``, ``csv_table``, ``timelinejs``, ``timeml``. ``evaluate`` scores TimeML output
against gold annotations (TempEval-3 Task A).
"""

from timeline_app.export.writer import EXTENSIONS, FORMATS, write_events

__all__ = ["EXTENSIONS", "FORMATS", "write_events"]
