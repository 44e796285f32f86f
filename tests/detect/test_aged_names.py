"""Names listed with an age in parentheses: must and must-not tables, and a policy's copy."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.aged_names import aged_name_findings


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in aged_name_findings(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Siblings in Honduras: Marta Elena (14), Wilson (7)", ["Marta Elena", "Wilson"]),
        ("children: Brielle (4), Mason (2)", ["Brielle", "Mason"]),
        ("Kids: Hunter (6 mos)", ["Hunter"]),
        ("Household: Nayeli (11); Carter (3 yrs) and Jaxon (8)", ["Nayeli", "Carter", "Jaxon"]),
        ("Step-sisters Rosa (15) & Imani (12)", ["Rosa", "Imani"]),
        ("Mother Yesenia (34), Brother Tomas (16)", ["Yesenia", "Tomas"]),
        ("hv 6/3. met w/ grandma and kids bogdan (7) and lejla (4) at home.", ["bogdan", "lejla"]),
    ],
)
def test_must_catch(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Meds: Zoloft (50), Abilify (5)",
        "kids meds (2) and labs (3) reviewed",
        "children: zoloft (50), abilify (5)",
        "Grades: Math (85), Reading (72)",
        "Beds open: Room (12), Bed (4)",
        "Score: Anxiety (12)",
        "Attendance: Monday (3), Tuesday (4)",
        "Oak Street (12), Elm Avenue (4)",
        "Wilson (9) was the only one.",  # one item, no household word: no list
    ],
)
def test_must_not_catch(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("policy", ["court-subpoena", "provider-referral", "consultation"])
def test_every_listed_child_goes_and_the_ages_stay(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    text = (
        "Minor reports he misses his family.\n"
        "Siblings in El Salvador: Marta Elena (14), Wilson (7), Hunter (3)\n"
        "Health screen: no acute concerns."
    )
    out = redactor_for(policy).redact(text, subject=["Josue Benitez"]).text
    line = out.splitlines()[1]
    assert "Wilson" not in line and "Hunter" not in line and "Marta" not in line
    assert line.count("(") == 3  # the ages stay (as a band where the policy bands them)
