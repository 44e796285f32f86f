"""IdNumberRecognizer: bare document numbers; dates, times, money and short codes left alone."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.id_number import IdNumberRecognizer


def _spans(text: str) -> list[str]:
    recognizer = IdNumberRecognizer()
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return sorted({text[r.start : r.end] for r in results})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The error mentions “Missing passport M62225531 attribute.”", "M62225531"),
        ("Validating my ID IE-ID-7493093 fails.", "IE-ID-7493093"),
        ("Running on CA-DL-937289531463 data.", "CA-DL-937289531463"),
        ("licence US-DL-799124131204, expired", "US-DL-799124131204"),
        ("GB-ID-7401525 from my workstation", "GB-ID-7401525"),
        ("member XJH123456789 on the card", "XJH123456789"),
        ("Permit A1234567B was issued.", "A1234567B"),
        ("Reference AB-123456 in the file.", "AB-123456"),
    ],
)
def test_catches(text: str, expected: str) -> None:
    assert _spans(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Seen on 2019-03-04 at 10:30 am.",
        "Visit on 04/03/2019 at 14:45.",
        "Rent is $1,200; the grant was EUR 2,500.",
        "She has 3 children and 12,000 followers.",
        "COVID-19 test negative.",
        "A1C was 6.1 in March.",
        "Drove up I-95 to the shelter.",
        "Met in Room 204, then room B12.",
        "H1N1 and RX404 and ERR_CONN_504 errors.",
        "Crash at 0x00007ff in user12345's script.",
        "FY2019Q3 report.",
        "Case closed in 2019; 20230905 is the batch.",
        "Her SSN 123-45-6789 is on file.",
    ],
)
def test_leaves_alone(text: str) -> None:
    assert _spans(text) == []
