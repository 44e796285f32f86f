"""A name the release gives the subject is hers, in lower case too. All synthetic."""

from __future__ import annotations

import pytest

from redact.detect.lexicon import SOURCE, gather_names, release_name_findings
from redact.detect.release_subject import mark_release_subject

INTAKE = 'Client: Leontyne Abara-Voss (goes by "Tyne"). Her sister Odalys Abara-Voss came too.'
LOG = "6/2 9:14 PM tyne: cant make it tmrw\n6/2 9:20 PM odalys: ok"


def _marked(subject: tuple[str, ...]) -> dict[str, bool]:
    names = gather_names([INTAKE, LOG])
    found = release_name_findings(LOG, names)
    assert all(f.source == SOURCE for f in found)
    marked = mark_release_subject(LOG, found, names, subject)
    return {LOG[f.start : f.end]: f.is_subject for f in marked}


@pytest.mark.parametrize(
    "subject",
    [("Leontyne Abara-Voss",), ("Leontyne J. Abara-Voss", "Tyne"), ("Abara-Voss, Leontyne",)],
)
def test_the_subjects_nickname_in_a_log_is_hers(subject: tuple[str, ...]) -> None:
    marked = _marked(subject)
    assert marked["tyne"] is True
    assert marked.get("odalys", False) is False  # her sister stays someone else


def test_another_subject_leaves_the_release_names_as_they_are() -> None:
    assert not any(_marked(("Marguerite Okonkwo",)).values())
