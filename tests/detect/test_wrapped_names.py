"""A person NER read as an organisation with "w/" after it (`redact.detect.wrapped_names`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact.detect.wrapped_names import NER_SOURCE, people_before_wrappers
from redact.findings import Finding
from redact.redactor import Redactor


def _after(text: str, span: str, entity_type: str = "ORGANIZATION") -> list[tuple[str, str]]:
    start = text.index(span)
    finding = Finding(start, start + len(span), entity_type, 0.85, source=NER_SOURCE)
    return [(f.entity_type, text[f.start : f.end]) for f in people_before_wrappers(text, [finding])]


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        ("Other family: Renata Cole w/ son Ivo, 6.", "Renata Cole w/", "Renata Cole"),
        ("Visit: Jamal Hale with daughter.", "Jamal Hale with", "Jamal Hale"),
        ("Seen: Dolores Ann Pike & kids", "Dolores Ann Pike &", "Dolores Ann Pike"),
    ],
)
def test_a_given_name_and_surname_before_a_joining_word_is_a_person(
    text: str, span: str, name: str
) -> None:
    assert _after(text, span) == [("PERSON", name)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Referred to Catholic Charities w/ letter.", "Catholic Charities w/"),
        ("Intake at Hope House with staff.", "Hope House with"),  # "Hope" is no given name
        ("Renata Cole Foundation grant", "Renata Cole Foundation"),  # no joining word
    ],
)
def test_organisations_stay(text: str, span: str) -> None:
    assert _after(text, span) == [("ORGANIZATION", span)]


def test_a_short_row_releases_no_name_under_a_policy_that_keeps_organisations(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Other family: Keisha Banks w/ son Marlon, 6. Mother's OFP in force."
    out = redactor_for("mandated-report").redact(text).text
    assert "Keisha" not in out and "Banks" not in out and "w/ son" in out
