"""Name findings cut at a fixed-width form's column gap (real model and Presidio)."""

from __future__ import annotations

import pytest

from redact.detect.column_gaps import cut_at_column_gaps
from redact.detect.detector import Detector
from redact.findings import Finding


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _kept(text: str, findings: list[Finding], name: str) -> bool:
    at = text.index(name)
    return not any(
        f.start < at + len(name) and at < f.end and not f.is_subject
        for f in findings
        if f.entity_type == "PERSON"
    )


def test_a_label_after_the_gap_is_dropped() -> None:
    text = "Mother: Rosalind T. Amankwah     Maternal MRN: 4471"
    cut = cut_at_column_gaps(text, [Finding(8, text.index(" MRN"), "PERSON", 0.8)])
    assert [text[f.start : f.end] for f in cut] == ["Rosalind T. Amankwah"]


def test_a_name_after_the_gap_stays_a_finding() -> None:
    text = "Client: Odalys Ferreira      Ignatius Mbeki"
    cut = cut_at_column_gaps(text, [Finding(8, len(text), "PERSON", 0.8)])
    assert [text[f.start : f.end] for f in cut] == ["Odalys Ferreira", "Ignatius Mbeki"]


def test_a_finding_without_gap_is_unchanged() -> None:
    text = "Seen with Odalys Ferreira today."
    found = [Finding(10, 25, "PERSON", 0.8)]
    assert cut_at_column_gaps(text, found) == found


@pytest.mark.parametrize(
    ("text", "subject", "name"),
    [
        (
            "Mother: Rosalind T. Amankwah     Maternal MRN: PV-5530912     DOB: 02/11/2004\n",
            ["Rosalind Amankwah", "Rosalind T. Amankwah"],
            "Rosalind T. Amankwah",
        ),
        (
            "In the case of                         Claim for\n"
            "HAROLD EUGENE WOJCIK            Period of Disability and Disability Insurance\n",
            ["Harold Wojcik", "Harold Eugene Wojcik"],
            "HAROLD EUGENE WOJCIK",
        ),
    ],
)
def test_the_subject_in_a_column_is_kept(
    detector: Detector, text: str, subject: list[str], name: str
) -> None:
    assert _kept(text, detector.detect(text, subject), name)


def test_a_relative_in_the_next_column_still_goes(detector: Detector) -> None:
    text = "Client: Rosalind T. Amankwah     Father: Kwabena Amankwah\n"
    found = detector.detect(text, ["Rosalind Amankwah", "Rosalind T. Amankwah"])
    at = text.index("Kwabena")
    assert any(f.start <= at < f.end and not f.is_subject for f in found)
