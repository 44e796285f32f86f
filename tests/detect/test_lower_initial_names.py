"""lower_initial_name_findings: a lower-case initial and surname that a cue makes a person."""

from __future__ import annotations

import pytest

from redact.detect.lower_initial_names import lower_initial_name_findings


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in lower_initial_name_findings(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "9/3 idt: dr pham, j okeke rn, t lindqvist msw, chaplain present.",
            ["j okeke", "t lindqvist"],
        ),
        ("9/5 call to son, declined visit. -m. ferrell, bereavement coord", ["m. ferrell"]),
        ("9/6 0600-1400 sub staff r. castellano (agency)", ["r. castellano"]),
        ("0745 pt up. notified qidp s. abernathy 0835.", ["s. abernathy"]),
        ("8/2 2200-0600 d. haverkamp awake overnight", ["d. haverkamp"]),
        ("c mendenhall msw", ["c mendenhall"]),
        ("-rev. r. ebersole, chaplain", ["rev. r. ebersole"]),
    ],
)
def test_finds_the_person(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "dx e. coli uti, h. pylori neg",
        "pt seen w dtr, w eliquis, x 3 days, q shift",
        "took a walk, i think so",
        "pt on c. diff precautions, s. aureus in wound",
        "a. fib on eliquis, gave a. tylenol",
        "ok. will call back",
        "FOLLOWED BY J. OKEKE RN",  # capitals are other steps' work
    ],
)
def test_ignores_shorthand_and_terms(text: str) -> None:
    assert _found(text) == []
