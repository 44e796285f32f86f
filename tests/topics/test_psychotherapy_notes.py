"""Psychotherapy-note content: the analysing voice is withheld; the record's facts stay.

HIPAA excludes from psychotherapy notes the session times, modality, medication, test
results, diagnosis, symptoms, treatment plan and progress: those are the MUST_NOT table.
"""

from __future__ import annotations

import pytest

from redact.topics.base import NO_CONTEXT
from redact.topics.psychotherapy_notes import TOPIC

MUST = [
    "Process notes (kept separately from the record):",
    "Writer noticed a strong countertransference pull to rescue her.",
    "Transference themes: client relates to writer as to her critical mother.",
    "Writer wonders whether her anger at the group masks grief about her brother.",
    "My hypothesis is that the panic began when her father left.",
    "She described a recurring dream about a locked door in her childhood home.",
    "Not for the chart: client hinted at an affair she has not told her husband about.",
    "Writer felt frustrated and protective during the discussion of her ex-husband.",
    "These psychotherapy notes are for the therapist's use only.",
    "Writer's own reactions were discussed in supervision.",
    "Process: When she cried, her husband looked at his phone.",
    "Clinician noted a strong pull to reassure and chose to slow the pace.",
    "Working session notes from today's hour are kept in my drawer.",
]

MUST_NOT = [
    "Session started at 2:00 p.m. and ended at 2:50 p.m.",
    "Modality: cognitive behavioral therapy, weekly.",
    "Diagnosis: F43.10 post-traumatic stress disorder.",
    "Treatment plan reviewed and signed by client.",
    "Client made progress toward her goal of returning to work.",
    "Medication: sertraline 50 mg daily, prescribed by her psychiatrist.",
    "PHQ-9 score was 14, down from 19 last month.",
    "Client reports nightmares three nights a week and poor sleep.",
    "Her dream job is to become a nurse.",
    "Progress notes are filed in the client record within 24 hours.",
    "The application process takes six weeks.",
    "Do not release the shelter's phone number to the father.",
    "LEDGER RECONCILIATION (Exhibit B working note)",  # an accountant's working note
]


@pytest.mark.parametrize("sentence", MUST)
def test_withholds(sentence: str) -> None:
    assert TOPIC.matches(sentence, NO_CONTEXT)


@pytest.mark.parametrize("sentence", MUST_NOT)
def test_keeps(sentence: str) -> None:
    assert not TOPIC.matches(sentence, NO_CONTEXT)
