"""Initials of found names: a name span ending in a lower-case word does not break them.

OCR loses capitals and NER sometimes runs a name into the next word; such a span used to
end the whole document with an IndexError (a scanned PDF was a `failed` row).
"""

from __future__ import annotations

import pytest

from redact.detect.initials import initials_findings
from redact.findings import Finding


@pytest.mark.parametrize(
    ("text", "name", "initials"),
    [
        ("Met Ana Julia dias today; A.J. was calm.", "Ana Julia dias", "A.J."),
        ("Nela Bieniak was at home; N.B. agreed to the plan.", "Nela Bieniak was", "N.B."),
        ("Seen: Karol Kanik-x on Monday. K.K. came too.", "Karol Kanik-x", "K.K."),
    ],
)
def test_a_name_ending_in_a_lower_case_word_still_gives_its_initials(
    text: str, name: str, initials: str
) -> None:
    start = text.index(name)
    found = initials_findings(text, [Finding(start, start + len(name), "PERSON", 0.9)])
    spans = {text[f.start : f.end] for f in found if f.entity_type == "PERSON"}
    assert initials in spans
