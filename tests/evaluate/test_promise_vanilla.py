"""Vanilla Presidio scored against a policy's promise, the baseline beside ours."""

from __future__ import annotations

from collections.abc import Callable

from redact import Redactor
from redact.evaluate import read_corpus, score_policy, score_vanilla
from redact.evaluate.vanilla import VanillaEngine
from tests.conftest import SAMPLE_DATA

DEVSET = SAMPLE_DATA / "devset" / "devset.jsonl"


def test_vanilla_is_scored_on_the_same_promise_and_keeps_no_subject(
    redactor_for: Callable[[str], Redactor],
) -> None:
    ours = redactor_for("court-subpoena")
    documents = list(read_corpus(DEVSET, 12))
    vanilla = score_vanilla(documents, ours.policy, VanillaEngine(), corpus="devset")
    mine = score_policy(documents, ours, corpus="devset")
    assert vanilla.documents == mine.documents == 12
    assert vanilla.must_go.spans == mine.must_go.spans > 0
    # the subject's spans inside a passage the policy withholds are scored apart for ours
    assert mine.subject.spans > 0
    assert mine.subject.spans <= vanilla.subject.spans <= mine.subject.spans + mine.in_withheld
    # Presidio removes every name it finds, the subject's too: a subpoena's subject is lost.
    assert vanilla.subject.rate is not None and mine.subject.rate is not None
    assert vanilla.subject.rate < mine.subject.rate
