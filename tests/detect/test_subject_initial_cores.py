"""The subject's standing initial inside NER's person made of the words around it. All
synthetic."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.subject_initial_cores import cut_to_subject_initials
from redact.findings import Finding

LOG = (
    "2/10/25 1540 Home visit. Mom not home, A. alone w/ sibling. A. made ramen for the baby.\n"
    "Placed A. w/ licensed foster Dana Whitcomb, Bemidji, at 1800. Placed B. w/ her aunt.\n"
)


@pytest.mark.parametrize("policy", ["court-subpoena", "provider-referral"])
def test_her_initial_that_ner_read_with_a_verb_stays_and_anothers_goes(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    out = redactor_for(policy).redact(LOG, subject=["Amara Stillday"]).text
    assert "Placed A. w/ licensed foster" in out, out
    assert "B." not in out and "Dana" not in out, out


@pytest.mark.parametrize(
    ("read", "cut"),
    [("Placed A. w/", "A."), ("Placed A. Bowman", "Placed A. Bowman")],  # a surname: someone
)
def test_only_a_finding_with_no_other_name_word_is_cut(read: str, cut: str) -> None:
    text = f"A. made ramen.\n{read} at 1800."
    her = Finding(0, 2, "PERSON", 0.7, source="LetterInitial", group="subject", is_subject=True)
    start = text.index(read)
    ner = Finding(start, start + len(read), "PERSON", 0.8, source="SpacyRecognizer")
    out = cut_to_subject_initials(text, [her, ner])[1]
    assert text[out.start : out.end] == cut
