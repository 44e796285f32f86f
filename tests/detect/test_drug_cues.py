"""A brand drug no list holds, written as a medicine is written, is meaning; names still go."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.drug_cues import reads_as_drug

POLICIES = ("research-safe-harbor", "consultation", "court-subpoena", "social-media")


def _reads(text: str, word: str) -> bool:
    start = text.index(word)
    return reads_as_drug(text, start, start + len(word))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Restarted Quelvaxo 150mg at bedtime.", "Quelvaxo", True),
        ("Quelvaxo 1 tab po daily.", "Quelvaxo", True),
        ("Switched to Quelvaxo last week.", "Quelvaxo", True),
        ("On PrEP (Quelvaxo) since June.", "Quelvaxo", True),
        ("Meds: lisinopril 10 mg, Quelvaxo, metformin", "Quelvaxo", True),
        ("Meds: lisinopril; ask Okonkwo about refills", "Okonkwo", False),
        ("Spoke with Okonkwo at the pharmacy.", "Okonkwo", False),
        ("taking Allegra 180mg", "Allegra", False),  # a given name too: never on a cue
        # a combination's strengths, or a strength, then how often
        ("HOME MEDS: QUELVAXO 25/100 TID, ASA 81", "QUELVAXO", True),
        ("pt on zorvanta 0.4 qhs since adm", "zorvanta", True),
        ("SEEN BY OKONKWO 10 MIN AGO", "OKONKWO", False),
        ("PrEP (Tobenna drives her)", "Tobenna", False),
    ],
)
def test_reads_as_drug(text: str, word: str, expected: bool) -> None:
    assert _reads(text, word) is expected


def _present(term: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text) is not None


@pytest.mark.parametrize("policy", POLICIES)
def test_unlisted_brand_survives_and_names_go(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "Met with Mr. Adeyemi-Clarke at the drop-in. He restarted Zorvanta 200mg after the "
        "gap and was switched to Quelvaxo for migraines. Medications: Zorvanta, "
        "sertraline 50 mg. His cousin Tobenna drove him."
    )
    released = redactor_for(policy).redact(text, subject=["Adeyemi-Clarke"]).text
    lost = [t for t in ("Zorvanta", "Quelvaxo") if not _present(t, released)]
    assert not lost, f"{lost} lost from {released!r}"
    assert not _present("Tobenna", released)
