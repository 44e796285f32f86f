"""A full name declared as another name of the subject's is hers. All synthetic."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.subject import SUBJECT_GROUP
from redact.detect.subject_aliases import mark_subject_aliases
from redact.findings import Finding


def _names(text: str, her: str, other: str) -> list[Finding]:
    h, o = text.index(her), text.index(other)
    return [
        Finding(h, h + len(her), "PERSON", 1.0, source="subject", group=SUBJECT_GROUP,
                is_subject=True),
        Finding(o, o + len(other), "PERSON", 0.85),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "her", "other", "hers"),
    [
        ("Child: Mateo Ruiz Ocampo (after adoption Mateo R. Lindgren)", "Mateo R. Lindgren",
         "Mateo Ruiz Ocampo", True),
        ("Client: Dolores Quintero-Baptiste (née Dolores Ferrante)", "Dolores Quintero-Baptiste",
         "Dolores Ferrante", True),
        ("Dolores Quintero-Baptiste, formerly Dolores Baptiste, 44", "Dolores Quintero-Baptiste",
         "Dolores Baptiste", True),
        ("Youth: Rowan Pike (legal name: Abigail Rose Pike)", "Rowan Pike", "Abigail Rose Pike",
         True),
        # a name after a comma with no cue is someone else
        ("Dolores Quintero-Baptiste, Marco Ferrante and the children", "Dolores Quintero-Baptiste",
         "Marco Ferrante", False),
        # her surname alone after the cue: a relative born with it
        ("Maternal grandmother: Rosa Little Bear (née Lindgren)", "Lindgren",
         "Rosa Little Bear", False),
        # a cue that declares no name of hers ("now" is not one)
        ("Dolores Quintero-Baptiste (now with Marco Ferrante)", "Dolores Quintero-Baptiste",
         "Marco Ferrante", False),
    ],
)  # fmt: skip
def test_a_name_declared_beside_hers_is_hers(text: str, her: str, other: str, hers: bool) -> None:
    marked = mark_subject_aliases(text, _names(text, her, other))
    assert marked[1].is_subject is hers


def test_only_the_whole_declared_name_is_hers_never_its_surname_alone() -> None:
    text = "Child: Mateo Ruiz Ocampo (after adoption Mateo R. Lindgren). Birth mother Ana Ocampo."
    found = _names(text, "Mateo R. Lindgren", "Mateo Ruiz Ocampo")
    start = text.index("Ana Ocampo")
    found.append(Finding(start, start + len("Ana Ocampo"), "PERSON", 0.85))
    marked = mark_subject_aliases(text, found)
    assert [f.is_subject for f in marked] == [True, True, False]


def test_her_birth_name_stays_and_her_birth_mothers_goes(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "Birth family summary\n\n"
        "Child: Mateo Ruiz Ocampo (after adoption Mateo R. Lindgren), born 2017.\n"
        "Birth mother: Ana Ocampo, last known in Yakima.\n"
    )
    subject = ["Mateo Lindgren", "Mateo R. Lindgren"]
    out = redactor_for("court-subpoena").redact(text, subject=subject).text
    assert "Mateo Ruiz Ocampo" in out, out
    assert "Ana" not in out, out
