"""JSON and JSON Lines export, both streamed one document at a time.

``json``: one ``EventList`` object, indented for reading; ``EventList.model_validate_json`` reads
it back losslessly. ``jsonl``: one compact ``Document`` per line (``Document.model_validate_json``
per line), the format for large corpora: memory stays flat however many documents go through.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from timeline_app.core.models import SCHEMA_VERSION, Document


def write_json(documents: Iterable[Document], stream: TextIO) -> None:
    """Write an EventList holding ``documents``, without holding them all in memory."""
    stream.write(f'{{\n  "schema_version": {SCHEMA_VERSION},\n  "documents": [')
    separator = "\n"
    for doc in documents:
        stream.write(separator + _indented(doc.model_dump_json(indent=2), "    "))
        separator = ",\n"
    stream.write("\n  ]\n}\n" if separator == ",\n" else "]\n}\n")


def _indented(text: str, prefix: str) -> str:
    """Indent every line (JSON strings never contain a raw newline, so this is safe)."""
    return prefix + text.replace("\n", "\n" + prefix)


def write_jsonl(documents: Iterable[Document], stream: TextIO) -> None:
    """Write one compact JSON document per line."""
    for doc in documents:
        stream.write(doc.model_dump_json())
        stream.write("\n")
