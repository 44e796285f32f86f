"""Group members named in a roster are people, and found again in the note. People synthetic."""

from __future__ import annotations

import pytest
import regex

from redact import Redactor
from redact.detect.roster_names import roster_name_findings
from redact.findings import Finding
from tests.conftest import TEST_KEY

NOTE = (
    "UNIT 2C — ANGER MANAGEMENT GROUP\n"
    "Present (5): Rico W., Tavi, Desmond L., Paulie, Kenji\n"
    "Note for: WALTERS, R.\n"
    "Rico named his triggers. Tavi said little. Paulie left early; Kenji stayed.\n"
)


def _names(text: str, findings: list[Finding]) -> list[str]:
    return [text[f.start : f.end] for f in roster_name_findings(text, findings)]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Present (5): Rico W., Tavi, Paulie", ["Rico W.", "Tavi", "Paulie"]),
        ("Members present: Sione K.; Bex; Marisol (goes by Mari)", ["Sione K.", "Bex", "Marisol"]),
        ("Youth in attendance: Dorian, Lupita R.", ["Dorian", "Lupita R."]),
        ("Attendees: staff only", []),
        ("Present: Facilitator, Peer Support", []),
    ],
)
def test_each_roster_item_is_a_person(line: str, names: list[str]) -> None:
    assert _names(line, []) == names


def test_a_place_ner_put_on_a_member_gives_way() -> None:
    line = "Present (3): Dorian, Paulie, Kenji"
    place = Finding(line.index("Paulie"), line.index("Paulie") + 6, "LOCATION", 0.85)
    found = roster_name_findings(line, [place])
    assert all(f.entity_type == "PERSON" for f in found) and len(found) == 3


def test_a_line_that_is_no_roster_is_left_alone() -> None:
    assert _names("Present at the hearing: Judge Ocampo's clerk", []) == []


@pytest.mark.parametrize("policy", ["court-subpoena", "research-safe-harbor"])
def test_members_are_third_parties_under_every_policy(policy: str) -> None:
    out = Redactor(policy, key=TEST_KEY).redact(NOTE, ["Rico Walters"]).text
    for member in ("Tavi", "Paulie", "Kenji", "Desmond"):
        assert member not in out
    assert "named his triggers" in out and "left early" in out
    if policy == "court-subpoena":
        assert "Rico named" in out


def test_a_name_run_across_two_members_gives_way_to_each() -> None:
    line = "Present: Jaylen O., Kai D., Marcus T."
    both = Finding(line.index("Jaylen"), line.index("Kai D.") + 6, "PERSON", 0.85)
    assert _names(line, [both]) == ["Jaylen O.", "Kai D.", "Marcus T."]


@pytest.mark.parametrize(
    ("note", "people"),
    [
        (
            "DBT GROUP 02/26/25\nPresent: Jaylen O., Kai D., Marcus T., Elijah W., Bryce\n"
            "Marcus was redirected x3. Elijah's mother came mid-group.\n",
            5,
        ),
        ("Met with Jaylen O., Kai D. and two staff in the dayroom.\n", 2),
        ("Youth involved: Marisol T., Deja W., Ana P.\nAll three were separated.\n", 3),
    ],
)
def test_members_listed_by_given_name_and_initial_get_a_pseudonym_each(
    note: str, people: int
) -> None:
    out = Redactor("consultation", key=TEST_KEY).redact(note).text
    first_line = next(line for line in out.splitlines() if "Person " in line)
    assert len(set(regex.findall(r"Person [A-Z0-9]{6}", first_line))) == people
    assert not regex.search(r"\b[A-Z]\.,", first_line)  # no initial left behind
