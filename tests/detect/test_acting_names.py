"""A capitalised word before what only a person does: must and must-not tables."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.acting_names import acting_name_findings


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in acting_name_findings(text, [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bus stop nearby. Kimberly attends Lincoln Middle.", ["Kimberly"]),
        ("Protective order. Pettibone served 3/4 per deputy.", ["Pettibone"]),
        ("Group met. Marisa brought her baby.", ["Marisa"]),
        ("Hunter reports nightmares since the move.", ["Hunter"]),
        ("Kimimila to maternal grandmother tonight.", ["Kimimila"]),
        ("Later Tasha texted that the ride fell through.", ["Tasha"]),
        ("A. made soup for Kimimila. Placed A. with kin.", ["Kimimila"]),
        ("Hearing f/u for Tewaaki, who missed school.", ["Tewaaki"]),
    ],
)
def test_must_catch(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Staff reported no concerns.",
        "Probation stated the order stands.",
        "Medicaid denied the claim.",
        "Mother reports poor sleep.",
        "Will stated later he would come.",
        "Grace said the rent is due.",
        "Houston called back.",
        "The Hunter said so.",
        "Tuesday went well.",
        "Sertraline helps with sleep.",
        "Sheriff served the papers.",
        "Morales Elementary attends to it.",
        "Switched to Abilify.",
        "Applied for SNAP and waited for Medicaid.",
        "Called for Gresham.",
        "Signed by Ruiz.",
    ],
)
def test_must_not_catch(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("policy", ["court-subpoena", "consultation"])
def test_a_child_named_once_before_her_act_goes(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    text = (
        "Home visit with Mr. Osorio and his nephew.\n"
        "Bus stop at the corner of the complex. Kimberly attends the elementary across the"
        " street, so Osorio walks her there."
    )
    out = redactor_for(policy).redact(text, subject=["Elmer Osorio"]).text
    assert "Kimberly" not in out
    assert "attends" in out and "Bus stop" in out
