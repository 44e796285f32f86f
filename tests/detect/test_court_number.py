"""CourtNumberRecognizer: "year CODE sequence" court numbers, not counts or doses."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.court_number import CourtNumberRecognizer


def _spans(text: str) -> list[str]:
    recognizer = CourtNumberRecognizer()
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return sorted(text[r.start : r.end] for r in results)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("03_letter_2024 GU 01177.txt", "2024 GU 01177"),
        ("cc: file 2023 DR 004512 (magistrate)", "2023 DR 004512"),
        ("IN RE: ESTATE    2025 EST 1290", "2025 EST 1290"),
        # the layouts people copy it in: joined, dashed, lower case, a subject line's tag
        ("Lake Co. 2022PA000318 (paternity)", "2022PA000318"),
        ("see 24JV112 and the order", "24JV112"),
        ("Kenosha County Case No. 2021-FA-000219-A hearing", "2021-FA-000219-A"),
        ("rock co. 2024fa1187 / printed 4/2/25", "2024fa1187"),
        ("Subject: RE: pickup [PC 2023-0418]", "2023-0418"),
        ("Subject: Fwd: exchange [Ref #2025-77]", "2025-77"),
    ],
)
def test_catches(text: str, expected: str) -> None:
    assert _spans(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "In 2025 ER visits rose by 300",
        "the 2024 CV 12 form",
        "x2025 GU 01177",
        "took 2024mg100 by mistake",
        "slept 2025hrs120",
        "BP [2024-120]",
        "in 2023 (FA 847)",
        "woke at 10AM1230 roll call",
        "dose 20MG100",
    ],
)
def test_leaves_alone(text: str) -> None:
    assert _spans(text) == []
