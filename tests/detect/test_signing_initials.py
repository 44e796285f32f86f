"""A writer's initials right after their own name: "— R. Halvorsen / rh 7/22/25"."""

from __future__ import annotations

import pytest

from redact.detect.signing_initials import signing_initial_findings
from redact.findings import Finding


def _marks(text: str, name: str) -> list[str]:
    start = text.index(name)
    person = Finding(start, start + len(name), "PERSON", 0.85, source="test", group="p:1")
    found = signing_initial_findings(text, [person])
    assert all(f.group == "p:1" for f in found)
    return [text[f.start : f.end] for f in found]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Summary prepared for the file.\n— T. Okonjo / to 3/02/25\n", "T. Okonjo", ["to"]),
        ("Sincerely,\nIngrid Vasquez-Holm\nIKV\nCase Manager", "Ingrid Vasquez-Holm", ["IKV"]),
        ("Sincerely,\nRosalia de la Pena\nRDP\n", "Rosalia de la Pena", ["RDP"]),
        ("Reviewed. Teodor Brandt, TB\n", "Teodor Brandt", ["TB"]),
    ],
)
def test_initials_after_their_name(text: str, name: str, expected: list[str]) -> None:
    assert _marks(text, name) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Signed,\nMaria Davis\nMD\n", "Maria Davis"),  # a credential
        ("Signed,\nMaria Davis\nSW\n", "Maria Davis"),  # a role
        ("Signed,\nMaria Davis\nPCP\n", "Maria Davis"),  # letters of something else
        ("Seen with Maria Davis / ok 3/4", "Maria Davis"),  # not her letters
        ("Seen with Maria Davis\nmood fair", "Maria Davis"),  # a new line of text
    ],
)
def test_other_letters_after_a_name_stay(text: str, name: str) -> None:
    assert _marks(text, name) == []
