"""Resources are found from a checkout (and, packaged, from the wheel's copy)."""

from __future__ import annotations

from timeline_app.core.resources import resource_path, resources_dir


def test_rules_folder_is_found() -> None:
    assert (resources_dir() / "rules").is_dir()


def test_resource_path_joins_parts() -> None:
    assert resource_path("rules", "x.toml") == resources_dir() / "rules" / "x.toml"
