"""ZipCodeRecognizer: ZIPs after a state or keyword score high; bare numbers stay low."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.zip_code import ZipCodeRecognizer

THRESHOLD = 0.35


def _spans(text: str) -> list[str]:
    recognizer = ZipCodeRecognizer()
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return sorted(text[r.start : r.end] for r in results if r.score >= THRESHOLD)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Springfield, MA 01103", "01103"),
        ("Cambridge, MA 02139-4307.", "02139-4307"),
        ("Boston, Massachusetts 02108", "02108"),
        ("zip 02139", "02139"),
        ("My zip code is 35350", "35350"),
        ("ZIP: 394 13", "394 13"),
        ("zip code: 53-320", "53-320"),
        ("postal code K1A 0B1", "K1A 0B1"),
        ("Ottawa, ON K1A 0B1", "K1A 0B1"),
        ("postcode SW1A 1AA", "SW1A 1AA"),
        ("mail to 02139-4307", "02139-4307"),
        # a lower-case state code after a town
        ("12 birch rd, concord nh 03301", "03301"),
        ("lives in bozeman mt 59715 w/ dtr", "59715"),
    ],
)
def test_catches(text: str, expected: str) -> None:
    assert _spans(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "She lives in 46204 somewhere.",
        "Reported income 45000 per year.",
        "Paid $12000 in rent arrears.",
        "She has 3 children.",
        "Met in Room 204.",
        "Moved in the year 2019.",
        "Mother called at 3:30 pm.",
        "Call 555-123-4567.",
        "went in or out 46204 times",  # "in", "or": words, no states
    ],
)
def test_leaves_alone(text: str) -> None:
    assert _spans(text) == []


def test_bare_five_digits_is_below_threshold_but_reported() -> None:
    """A bare number is kept at a low score so that context ("zip") can lift it."""
    recognizer = ZipCodeRecognizer()
    results = recognizer.analyze(
        "46204", entities=recognizer.supported_entities, nlp_artifacts=None
    )
    assert [r.score < THRESHOLD for r in results] == [True]
