"""`redact policies list|show`: every built-in is listed and described."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from redact.cli import app
from redact.entities import ENTITY_TYPES
from redact.policy.loader import builtin_names

runner = CliRunner()


def test_list_names_every_builtin_with_its_title() -> None:
    result = runner.invoke(app, ["policies", "list"])
    assert result.exit_code == 0
    for name in builtin_names():
        assert name in result.stdout
    assert "Court subpoena or order" in result.stdout


@pytest.mark.parametrize("name", builtin_names())
def test_show_describes_every_type_and_requirement(name: str) -> None:
    result = runner.invoke(app, ["policies", "show", name])
    assert result.exit_code == 0
    for entity_type in ENTITY_TYPES:
        assert f"  {entity_type} " in result.stdout
    assert "required release fields:" in result.stdout
    assert "(any other type)        remove" in result.stdout


def test_show_court_subpoena_details() -> None:
    out = runner.invoke(app, ["policies", "show", "court-subpoena"]).stdout
    assert "subject of the request: kept" in out
    assert "professionals' names: kept" in out and "the agency's name and address: kept" in out
    assert "required release fields: recipient, authority" in out
    assert "US_SSN                  mask (keep last 4)" in out
    assert "DATE_OF_BIRTH           generalize (to year)" in out


def test_show_social_media_redacts_professionals_and_the_agency() -> None:
    out = runner.invoke(app, ["policies", "show", "social-media"]).stdout
    assert "professionals' names: redacted" in out
    assert "the agency's name and address: redacted" in out


def test_show_unknown_policy_fails() -> None:
    result = runner.invoke(app, ["policies", "show", "nope"])
    assert result.exit_code == 2 and "unknown policy 'nope'" in result.stderr


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        ("research-safe-harbor", ["date                    generalize (to year)",
                                  "identifier              pseudonym",
                                  "(unknown kind)          refused (stops the run)"]),
        ("social-media", ["identifier              drop", "person                  placeholder"]),
        ("court-subpoena", ["date                    keep",
                            "(unknown kind)          redacted as text"]),
    ],
)  # fmt: skip
def test_show_says_what_each_column_kind_becomes(name: str, lines: list[str]) -> None:
    out = runner.invoke(app, ["policies", "show", name]).stdout
    assert "table column kind" in out
    for line in lines:
        assert line in out, line
