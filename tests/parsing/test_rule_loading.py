"""Rule data is validated when it is loaded; errors name the file and the rule."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from timeline_app.core.errors import RuleError
from timeline_app.parsing.handlers import HANDLERS
from timeline_app.parsing.rules import default_rules_dir, load_rules

GOOD_RULE = """
[[rule]]
id = "{id}"
pattern = '{pattern}'
handler = "{handler}"
examples = [{{ text = "1990", value = "1990" }}]
"""


def _rules_dir(tmp_path: Path, *rule_files: str) -> Path:
    shutil.copy(default_rules_dir() / "vocabulary.toml", tmp_path / "vocabulary.toml")
    for number, text in enumerate(rule_files):
        (tmp_path / f"{number}_test.toml").write_text(text, encoding="utf-8")
    return tmp_path


def _rule(id: str = "r", pattern: str = "(?P<year>{year4})", handler: str = "year",
          extra: str = "") -> str:
    return GOOD_RULE.format(id=id, pattern=pattern, handler=handler) + extra


def test_a_valid_rule_file_loads(tmp_path: Path) -> None:
    rules = load_rules(_rules_dir(tmp_path, _rule()), HANDLERS)
    assert [r.id for r in rules.rules] == ["r"]


@pytest.mark.parametrize(
    ("rule_files", "message"),
    [
        ((_rule(pattern="(?P<year>[0-9]*)"),), "can match the empty string"),
        ((_rule(pattern="([0-9]{4})"),), "unnamed groups"),
        ((_rule(pattern="(?P<year>{no_such_vocabulary})"),), "unknown placeholder"),
        ((_rule(handler="no_such_handler"),), "unknown handler"),
        ((_rule(extra='colour = "red"\n'),), "unknown key"),
        ((_rule(id="twice"), _rule(id="twice")), "duplicate id"),
        ((_rule(pattern="(?P<year>[0-9]{4}"),), "invalid pattern"),
    ],
)
def test_invalid_rule_data_is_refused_naming_file_and_rule(
        tmp_path: Path, rule_files: tuple[str, ...], message: str) -> None:
    with pytest.raises(RuleError) as error:
        load_rules(_rules_dir(tmp_path, *rule_files), HANDLERS)
    text = str(error.value)
    assert message in text
    assert "_test.toml" in text
    assert "rule '" in text


def test_unknown_example_key_is_refused(tmp_path: Path) -> None:
    bad = _rule().replace('value = "1990"', 'valu = "1990"')
    with pytest.raises(RuleError, match="unknown key"):
        load_rules(_rules_dir(tmp_path, bad), HANDLERS)


def test_malformed_toml_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="0_test.toml"):
        load_rules(_rules_dir(tmp_path, "[[rule]\nid = "), HANDLERS)


def test_unknown_qualifier_kind_is_refused(tmp_path: Path) -> None:
    directory = _rules_dir(tmp_path, _rule())
    vocabulary = directory / "vocabulary.toml"
    text = vocabulary.read_text(encoding="utf-8").replace(
        "[qualifiers]\n", "[qualifiers]\nbeside = 'roughly'\n")
    vocabulary.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError, match=r"vocabulary.toml: \[qualifiers\]: unknown key"):
        load_rules(directory, HANDLERS)


def test_every_calendar_unit_is_a_unit() -> None:
    """Rules capture a calendar unit ("the end of the tax year") and read it as a unit."""
    vocabularies = load_rules(default_rules_dir(), HANDLERS).vocabularies
    units = vocabularies["unit"]
    for form, value in vocabularies["calendar_unit"].forms.items():
        assert units.lookup(form) == value, form
