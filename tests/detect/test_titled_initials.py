"""TitledInitialsRecognizer: an initial or hyphenated initials after an honorific."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.recognizers.titled_initials import TitledInitialsRecognizer


def _spans(text: str) -> list[str]:
    recognizer = TitledInitialsRecognizer()
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return sorted(text[r.start : r.end] for r in results)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm the worker for her grandfather (Mr. D-V). Call me.", ["D-V"]),
        ("Mr and Mrs T. came to the meeting.", ["T."]),
        ("Spoke with Ms R. about the rent.", ["R."]),
        ("Mrs. O-B said no.", ["O-B"]),
        ("says the cymbalta needs a new script from dr o", ["o"]),
        ("ask mr. k about the ride", ["k"]),
        # a student's teacher and coach by the initial students use
        ("ms d can u sign my pass", ["d"]),
        ("coach r said i can still play fri", ["r"]),
        ("Coach B. wants him at open gym.", ["B."]),
        # a note typed in capitals: the title keeps its dot
        ("MRS. W. (DAUGHTER-IN-LAW) PHONED 1400.", ["W."]),
        ("PER MR. T-R, KEYS LEFT WITH FRONT DESK", ["T-R"]),
    ],
)
def test_catches(text: str, expected: list[str]) -> None:
    assert _spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ms. Okafor came.",
        "Mr. T-Bone's diner",
        "Dr. A1C results",
        "Mrs. O'Neil came",
        "HX OF MS A1C 6.2",  # multiple sclerosis in a capitals note, no title dot
        "DR. PATEL SAW PT",
        "dx ms a yr ago",
        "dont miss a day",
        "saw the dr i think",
        "dr ok'd it",
        "hx ms w/ relapse in may",
        "coach u know i tried",
        "Coach Delgado called.",
    ],
)
def test_leaves_alone(text: str) -> None:
    assert _spans(text) == []


def test_the_redactor_removes_titled_initials(redactor_for: Callable[[str], Redactor]) -> None:
    text = "I'm the worker for her grandfather (Mr. D-V). Mr and Mrs T. came. Ms. LMSW is a form."
    released = redactor_for("consultation").redact(text).text
    assert "D-V" not in released and "T." not in released
    assert "LMSW" in released
