"""CaselessNameRecognizer: known names in name positions of lines written in capitals."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.caseless_name import CaselessNameRecognizer


@pytest.fixture(scope="module")
def recognizer() -> CaselessNameRecognizer:
    found = CaselessNameRecognizer()
    found.load()
    return found


def _found(recognizer: CaselessNameRecognizer, text: str) -> list[str]:
    results = recognizer.analyze(text, ["PERSON"])
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]


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
