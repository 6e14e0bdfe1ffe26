"""An installed wheel carries the resources and finds them without the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from hatchling.build import build_wheel

    out = tmp_path_factory.mktemp("wheel")
    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        name = build_wheel(str(out))
    finally:
        os.chdir(cwd)
    return out / name


def test_wheel_holds_rules_and_icons(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "timeline_app/resources/rules/vocabulary.toml" in names
    assert any(n.startswith("timeline_app/resources/icons/") for n in names)
    assert "timeline_app/py.typed" in names


def test_unpacked_wheel_parses_with_its_own_rules(wheel: Path, tmp_path: Path) -> None:
    zipfile.ZipFile(wheel).extractall(tmp_path)
    code = (
        "import datetime, timeline_app.core.resources as r; from timeline_app import parse_text; "
        "d = parse_text('They met on Wednesday.', dct=datetime.date(2021, 12, 9)); "
        "print(r.resources_dir()); print(d.expressions[0].value)"
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         cwd=tmp_path, check=True)
    where, value = out.stdout.split()
    assert Path(where) == tmp_path / "timeline_app" / "resources"
    assert value == "2021-12-08"
