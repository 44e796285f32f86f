"""CaselessNameRecognizer: names in name positions of lines written in capitals."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.caseless_name import CaselessNameRecognizer


@pytest.fixture(scope="module")
def recognizer() -> CaselessNameRecognizer:
    recognizer = CaselessNameRecognizer()
    recognizer.load()
    return recognizer


def _found(recognizer: CaselessNameRecognizer, text: str) -> list[str]:
    results = recognizer.analyze(text, ["PERSON"])
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SEEN WITH WIFE MARGARET AND DR OSTROWSKI TODAY", ["MARGARET", "OSTROWSKI"]),
        ("PT GRIEVING, MISSES HUSBAND ANSELM'S COOKING", ["ANSELM"]),
        ("VISITED BY FR. WOJTOWICZ FOR ANOINTING", ["WOJTOWICZ"]),
        ("20 MG GIVEN PER DR. ANSARI. LISINOPRIL HELD", ["ANSARI"]),
        ("CALLED DR. ANSARI LABETALOL PER PROTOCOL", ["ANSARI"]),
        ("SIBLING MAGNUS (9) AT BEDSIDE W/ PARENTS", ["MAGNUS"]),
        ("FOUND ON FLOOR BY AIDE ROSALIND AT 0400", ["ROSALIND"]),
        ("VISITORS: COUSIN DORIT ABRAMOVITZ-\nHALE AND HER SON", ["DORIT ABRAMOVITZ-\nHALE"]),
    ],
)
def test_finds_names_in_capitals(
    recognizer: CaselessNameRecognizer, text: str, expected: list[str]
) -> None:
    assert _found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "SON WILL ATTEND THE MEETING TOMORROW",
        "PARENTS AT BEDSIDE, UPDATED BY MD",
        "AIDE TO ASSIST W/ ADLS AND AMBULATION",
        "PT ON METOPROLOL SR, DOSE HELD FOR HR 52",
    ],
)
def test_takes_no_common_words(recognizer: CaselessNameRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SEEN WITH WIFE MARGARET AND DR OSTROWSKI TODAY", ["MARGARET", "OSTROWSKI"]),
        # a form's fields: the title's name ends at the column gap, the next label is none
        ("PCP: DR VELLACOTT   HCP: NIECE", ["VELLACOTT"]),
        ("ATTENDING: DR QUARRINGTON\tPOA ON FILE", ["QUARRINGTON"]),
        # a clinical term after a title is no name
        ("PER DR COPD EXACERBATION PROTOCOL", []),
        # the word after the surname is the sentence's, unless a name or unknown to English
        ("DR THORNQUIST NOTIFIED 0355", ["THORNQUIST"]),
        ("CALLED DR ADAEZE NWACHUKWU-REYES AT HOME", ["ADAEZE NWACHUKWU-REYES"]),
        ("SEEN BY DR MARGARET QUILLFEATHER", ["MARGARET QUILLFEATHER"]),
    ],
)
def test_names_after_titles_end_at_the_field(
    recognizer: CaselessNameRecognizer, text: str, expected: list[str]
) -> None:
    assert _found(recognizer, text) == expected
