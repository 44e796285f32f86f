"""Programme names of plain words and credentials after a listed name stay; names still go."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.programme_names import is_programme_name

POLICIES = ("research-safe-harbor", "consultation", "court-subpoena", "social-media")


def _present(term: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text, re.IGNORECASE) is not None


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Senior Companion Program", True),
        ("Benefits Navigator", True),
        ("Navigator", True),
        ("Weekend Food Programme", True),
        ("Black Hollow Program", False),  # "Black" is also a name
        ("Lorain County Program", False),
        ("Senior Companion Services", False),
    ],
)
def test_is_programme_name(phrase: str, expected: bool) -> None:
    assert is_programme_name(phrase) is expected


@pytest.mark.parametrize("policy", POLICIES)
def test_programmes_and_credentials_survive_and_names_go(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "Ms. Greaves was referred to the Senior Companion Program and to a Benefits "
        "Navigator; she applied for HEAP. Her aide, Odalys Ferreira (STNA), visits twice a "
        "week. The guardian of the estate is attorney Lucas Whitcombe, Esq., of the panel."
    )
    released = redactor_for(policy).redact(text).text
    kept = ["Senior Companion Program", "Navigator", "HEAP", "STNA", "Esq."]
    if policy != "social-media":
        kept.append("twice a week")
    lost = [t for t in kept if not _present(t, released)]
    assert not lost, f"{lost} lost from {released!r}"
    if redactor_for(policy).policy.professionals == "keep":  # they act in their role
        assert _present("Odalys Ferreira", released) and _present("Lucas Whitcombe", released)
        return
    leaked = [n for n in ("Odalys", "Ferreira", "Whitcombe", "Lucas") if _present(n, released)]
    assert not leaked, f"{leaked} leaked in {released!r}"
