"""NamedStreetRecognizer: street name then number; counts, doses and years left alone."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.named_street import NamedStreetRecognizer


@pytest.fixture(scope="module")
def recognizer() -> NamedStreetRecognizer:
    return NamedStreetRecognizer()


def _spans(recognizer: NamedStreetRecognizer, text: str) -> list[str]:
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return sorted({text[r.start : r.end] for r in results})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Andrew gave his address: 5366 Pivovarská 276", "5366 Pivovarská 276"),
        ("Tosh lives at Allika 46, Saarekü.", "Allika 46"),
        ("Meet me at Via Lorenzo 12 tomorrow.", "Via Lorenzo 12"),
        ("Send it to ul. Więckowskiego Stefana 28", "ul. Więckowskiego Stefana 28"),
        ("The title refers to C/ Señores Curas 88 street", "C/ Señores Curas 88"),
        ("at the corner of Nieuwe Baan 473 and", "Nieuwe Baan 473"),
        ("moved to Rúa do Paseo 46?", "Rúa do Paseo 46"),
        ("Flat at Hammarvägen 15b.", "Hammarvägen 15b"),
    ],
)
def test_catches(recognizer: NamedStreetRecognizer, text: str, expected: str) -> None:
    assert _spans(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Met in Room 204.",
        "Read Chapter 7 before the Windows 10 update.",
        "COMPREHENSIVE INTAKE ASSESSMENT (42 CFR PART 2 PROTECTED)",
        "Redisclosure notice per 42 CFR Part 2 attached.",
        "COVID 19 test; Covid-19 test negative.",
        "Started Zoloft 50 mg daily and Sertraline 100mg.",
        "Seen on Sept 12 and March 3, 2019.",
        "She turned 30 on Monday 12 June.",
        "Went to the Oulu 2019 festival.",
        "Kesk at 5:30 pm, Kesk 2.5 km away.",
        "Section 8 housing; Title 20 funds; Form 1040.",
        "Paid $1,200 on 2019-03-04.",
        # a grade on a scale or a stage of a disease, never a house number
        "Placement: LOCUS Level 4, then ASAM Level 2.1 review.",
        "EXAM: RETINOPATHY STAGE 2 BOTH EYES; Tier 3 supports.",
        # a gestational or corrected age, and a number in the next table cell
        "Infant Girl Okonkwo 34+2 wks at birth.",
        "Twin B, Odalys\t11 wks / 40+1 wks PMA",
        "Baby Brecken 6 wks old, Brecken 3 mos.",
        # a child listed with her age
        "Present: kids Zion 4 & Nevaeh 22mo, Jaylen 11.",
    ],
)
def test_leaves_alone(recognizer: NamedStreetRecognizer, text: str) -> None:
    assert _spans(recognizer, text) == []
