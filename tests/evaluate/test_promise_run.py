"""Scoring a policy over a corpus of several releases (`redact.evaluate.promise_run`)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from redact import Redactor
from redact.evaluate.corpus import GoldDocument, parse_document
from redact.evaluate.promise_run import score_policy

#: A visiting nurse signs one request's note; another request's client names a friend who
#: shares her given name.
SIGNED = "Home visit with Ana Roe and her son.\nTasha Greer, RN\nVisiting Nurse"
FRIEND = "Ana Roe said Tasha drives her to the store on Saturdays."


def _corpus(second_release: str) -> list[GoldDocument]:
    friend = FRIEND.index("Tasha")
    records = [
        {"id": "1", "release": "first", "text": SIGNED, "subject": ["Ana Roe"], "spans": []},
        {
            "id": "2", "release": second_release, "text": FRIEND, "subject": ["Ana Roe"],
            "spans": [{"start": friend, "end": friend + 5, "label": "PERSON",
                       "role": "third_party", "sub_role": "other"}],
        },
    ]  # fmt: skip
    return [parse_document(json.dumps(r), "corpus.jsonl") for r in records]


@pytest.mark.parametrize(("second_release", "covered"), [("second", 1), ("first", 0)])
def test_the_memory_of_staff_starts_over_at_each_release(
    redactor_for: Callable[[str], Redactor], second_release: str, covered: int
) -> None:
    report = score_policy(_corpus(second_release), redactor_for("court-subpoena"))
    # another request's friend is no one's nurse; within one release the name is the nurse's
    assert (report.must_go.spans, report.must_go.covered) == (1, covered)
