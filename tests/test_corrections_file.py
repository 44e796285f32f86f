"""The corrections file and the --keep/--redact options: the exact format, failing closed."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.corrections import Corrections
from redact.corrections_file import (
    dump_corrections,
    from_options,
    load_corrections,
    parse_corrections,
)
from redact.errors import ConfigurationError

EXAMPLE = """\
# redact corrections: terms kept or redacted in every document of a release
keep:
  - Head Start
redact:
  - text: lolo
    type: PERSON
"""


def test_the_documented_format_reads_and_writes_back_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "corrections.yaml"
    path.write_text(EXAMPLE, encoding="utf-8")
    corrections = load_corrections(path)
    assert corrections == Corrections(keep=("Head Start",), redact=(("lolo", "PERSON"),))
    assert dump_corrections(corrections) == EXAMPLE


@pytest.mark.parametrize(
    "term", ["3 pm", "Case # 12", "yes", "2025-01-01", "O'Neil", "Zoë", 'say "hi"', "12345"]
)
def test_any_term_survives_a_round_trip(term: str) -> None:
    import yaml

    corrections = Corrections(keep=(term,), redact=((term, "ID_NUMBER"),))
    assert parse_corrections(yaml.safe_load(dump_corrections(corrections)), "x") == corrections


def test_options_add_to_the_file_and_types_default_to_person(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(EXAMPLE, encoding="utf-8")
    corrections = from_options(["Early Head Start"], ["Tiko", "CN 4471=case_number"], path)
    assert corrections.keep == ("head start", "early head start")
    assert corrections.redact == (
        ("lolo", "PERSON"), ("tiko", "PERSON"), ("cn 4471", "CASE_NUMBER")
    )  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"keep": ["x"], "redcat": []}, "unknown key(s) redcat"),
        ({"redact": [{"text": "Tiko", "type": "PERSN"}]}, "did you mean PERSON?"),
        ({"redact": [{"type": "PERSON"}]}, "needs 'text:'"),
        ({"keep": "Head Start"}, "must be lists"),
        ({"keep": [""]}, "keep #1: a term must be non-empty text"),
        (["Head Start"], "must be a mapping"),
    ],
)
def test_a_bad_file_is_refused_naming_the_entry_never_the_term(raw: object, message: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        parse_corrections(raw, "c.yaml")
    assert message in str(caught.value)
    assert "Tiko" not in str(caught.value)


def test_a_misspelt_type_on_the_command_line_names_the_nearest() -> None:
    with pytest.raises(ConfigurationError, match="did you mean DATE_OF_BIRTH"):
        from_options(redact=["Tiko=DATE_OF_BRTH"])


def test_a_missing_or_broken_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="cannot read"):
        load_corrections(tmp_path / "absent.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("keep: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigurationError, match="not valid YAML"):
        load_corrections(broken)
