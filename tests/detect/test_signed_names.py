"""signed_names: an initial, a surname and a credential on a line of their own."""

from __future__ import annotations

import pytest

from redact.detect.signed_names import signed_name_findings
from redact.findings import Finding


def _found(text: str, findings: list[Finding] | None = None) -> list[str]:
    return [text[f.start : f.end] for f in signed_name_findings(text, findings or [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pt slept well, no prn needed.\n- t. okereke rn\n", ["t. okereke"]),
        ("f/u with pcp next wk.\nd. abernathy-cole, lcsw", ["d. abernathy-cole"]),
        ("vss, afebrile.\nw. szeto rn bsn\n", ["w. szeto"]),
        ("PT RESTING.\nG. HALVORSEN, LPN\n", ["G. HALVORSEN"]),
        ("plan reviewed with family.\nobserver: j. amadi, rn", ["j. amadi"]),
    ],
)
def test_finds_signatures(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "plan: cont tele, f/u bmp.\n",
        "pt to see dr. smith rn aware\nand more text",  # no line of its own
        "s. aureus, mrsa\n",  # an organism, not a credential after it
        "a. fib rn aware\n",  # a diagnosis, not a surname
    ],
)
def test_leaves_other_lines(text: str) -> None:
    assert _found(text) == []


def test_skips_a_name_already_found() -> None:
    text = "- t. okereke rn"
    assert _found(text, [Finding(2, 12, "PERSON", 0.9)]) == []
