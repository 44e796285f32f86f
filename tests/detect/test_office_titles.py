"""Titles of office where a signature, a cc list or a form writes them stay readable."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.office_titles import keep_office_titles, office_title_spans
from redact.findings import Finding


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Priya Nand, Assistant Registrar\n", "Assistant Registrar"),
        (
            "cc: Tomas Eide, Associate Dean of Student Affairs\n",
            "Associate Dean of Student Affairs",
        ),
        ("Greek Life Coordinator, Office of Student Engagement\n", "Greek Life Coordinator"),
        ("Lee Moss, Hall Director / Conduct Officer\n", "Hall Director"),
        ("Bo Kerr, ADA Compliance Officer, 555-201-0042\n", "ADA Compliance Officer"),
        (
            "Dana Ives, Director of Residence Life and Housing\n",
            "Director of Residence Life and Housing",
        ),
    ],
)
def test_a_title_of_office_is_found_where_titles_are_written(text: str, title: str) -> None:
    found = [text[s:e] for s, _, e in office_title_spans(text)]
    assert title in found, found


@pytest.mark.parametrize(
    "text",
    [
        "She asked the Hall Director about it today.",  # not in a title's place
        "Ana Roe, Regional Investigators Inc.",  # a plural head is a firm
        "Ana Roe, Director of Harbor Light",  # a domain no office has: a name
    ],
)
def test_no_title_of_office_outside_a_titles_place(text: str) -> None:
    assert [text[s:e] for s, _, e in office_title_spans(text)] in ([], ["Director"])


def test_a_name_written_elsewhere_stays_found_inside_a_title() -> None:
    text = "Ana Roe, Lakeview Haven Coordinator\nShe called Lakeview Haven twice."
    org = Finding(9, 23, "ORGANIZATION", 0.8, source="test")  # "Lakeview Haven"
    again = Finding(text.rindex("Lakeview"), text.rindex("Haven") + 5, "ORGANIZATION", 0.8)
    assert org in keep_office_titles(text, [org, again])


def test_a_misread_qualifier_is_cut_off() -> None:
    text = "Ana Roe, Greek Life Coordinator\n"
    org = Finding(9, 19, "ORGANIZATION", 0.8, source="test")  # "Greek Life"
    assert keep_office_titles(text, [org]) == []


@pytest.mark.parametrize("policy", ["research-safe-harbor", "consultation", "social-media"])
def test_titles_of_office_survive_when_everyone_is_removed(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "Sincerely,\n\nRosalind Achterberg\nAssociate Dean of Students\n\n"
        "cc: Kwame Boateng, Greek Life Coordinator\n"
        "    Ilse Marchand, Deputy Compliance Officer\n"
    )
    out = redactor_for(policy).redact(text).text
    for title in (
        "Associate Dean of Students",
        "Greek Life Coordinator",
        "Deputy Compliance Officer",
    ):
        assert title in out, out
    for name in ("Rosalind", "Achterberg", "Kwame", "Boateng", "Ilse", "Marchand"):
        assert name not in out, out
