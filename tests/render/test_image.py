"""Headless images: the same drawing as the window, as PNG (pixels) and SVG (text stays text)."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from timeline_app.core.errors import ExportError
from timeline_app.render.export import pixel_spread
from timeline_app.render.image import render_to_file


def _svg_text(path: Path) -> str:
    root = ET.parse(path).getroot()  # raises if the SVG is not well-formed XML
    assert root.tag.endswith("svg")
    return " ".join(t.strip() for el in root.iter() if el.tag.endswith("text") for t in el.itertext())


def test_png_is_not_blank(qapp, tmp_path: Path, sample_documents) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "timeline.png"
    render_to_file(sample_documents, out, width=1000, height=600)
    assert out.stat().st_size > 5000
    assert pixel_spread(out) > 10


def test_svg_keeps_labels_and_axis_years_as_text(qapp, tmp_path: Path, sample_documents) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "timeline.svg"
    render_to_file(sample_documents, out, width=1400, height=700)
    text = _svg_text(out)
    for expected in ("Consultations brokered", "2021", "Undated", "First", "Second"):
        assert expected in text


def test_time_window_limits_what_is_drawn(qapp, tmp_path: Path, sample_documents) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "december.svg"
    render_to_file(sample_documents, out, start=dt.datetime(2021, 12, 1), end=dt.datetime(2021, 12, 12))
    text = _svg_text(out)
    assert "December 2021" in text
    assert "Turkey accepted the request" in text
    assert "Consultations brokered" not in text


@pytest.mark.parametrize("name", ["timeline.pdf", "timeline"])
def test_unknown_image_kind_is_an_export_error(tmp_path: Path, sample_documents, name: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ExportError, match="use .png or .svg"):
        render_to_file(sample_documents, tmp_path / name)


def test_svg_names_fonts_every_reader_knows(qapp, tmp_path: Path, sample_documents) -> None:  # type: ignore[no-untyped-def]
    """Qt's own alias "Sans Serif" means nothing to a browser (it falls back to a serif face)."""
    import re

    out = tmp_path / "timeline.svg"
    render_to_file(sample_documents, out, width=1200, height=600)
    families = set(re.findall(r'font-family="([^"]*)"', out.read_text(encoding="utf-8")))
    assert families
    for family in families:
        assert family.endswith(("sans-serif", "monospace", "serif")), family
        assert "Sans Serif" not in family
