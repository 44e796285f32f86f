"""A name the release gives the subject is hers, in lower case too. All synthetic."""

from __future__ import annotations

import pytest

from redact.detect.lexicon import SOURCE, ReleaseNames, gather_names, release_name_findings
from redact.detect.release_subject import mark_release_subject
from redact.findings import Finding

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


@pytest.mark.parametrize(
    ("subject", "user", "hers"),
    [
        (("Dolores Quintero-Baptiste",), "dquintero-baptiste", False),  # hyphen kept: no form
        (("Dolores Quintero-Baptiste",), "dquinterobaptiste", True),
        (("Dolores Quintero-Baptiste",), "dolores.quinterobaptiste", True),
        (("Dolores Quintero-Baptiste",), "quinterobaptiste_d", True),
        (("Dolores Quintero-Baptiste",), "dquinterobaptiste82", True),
        (("Ignatius Ferreira-Mok", "Iggy"), "iferreiramok", True),
        (("Ignatius Ferreira-Mok",), "rferreiramok", False),  # a relative's initial
        (("Ignatius Ferreira-Mok",), "ferreira", False),  # half a surname, alone
        # the name she is called by and her surname's initials: a school portal's handle
        (("Rosalind Okwuosa-Thiel", "Roz"), "roz.ot", True),
        (("Rosalind Okwuosa-Thiel", "Roz"), "rosalind_ot", True),
        (("Rosalind Okwuosa-Thiel", "Roz"), "tobias.ot", False),  # her brother
        (("Rosalind Okwuosa-Thiel", "Roz"), "roz.ok", False),  # not her initials
        (("Bertrand Ollivier", "Bertie"), "bertie.o", True),
        (("Bertrand Ollivier", "Bertie"), "bertieo", False),  # run together: a name of its own
    ],
)
def test_a_user_name_made_of_her_name_is_hers(
    subject: tuple[str, ...], user: str, hers: bool
) -> None:
    text = f"Messages exported from the client portal, user {user}, on 4/2/2026"
    start = text.index(user)
    found = [Finding(start, start + len(user), "PERSON", 0.7, source=SOURCE)]
    marked = mark_release_subject(text, found, ReleaseNames(), subject)
    assert marked[0].is_subject is hers


def test_a_login_read_as_a_handle_is_her_name_but_an_at_handle_keeps_its_type() -> None:
    text = "portal user lquinterobaptiste; IG @lquinterobaptiste"
    login = text.index("lquinterobaptiste")
    handle = text.index("@lquinterobaptiste")
    found = [
        Finding(login, login + 17, "SOCIAL_HANDLE", 0.55),
        Finding(handle, handle + 18, "SOCIAL_HANDLE", 0.6),
    ]
    marked = mark_release_subject(text, found, ReleaseNames(), ("Lola Quintero-Baptiste",))
    assert (marked[0].entity_type, marked[0].is_subject) == ("PERSON", True)
    assert (marked[1].entity_type, marked[1].is_subject) == ("SOCIAL_HANDLE", False)
