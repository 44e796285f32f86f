"""Lower-case initials that act in a terse log: invented shift notes, the real model."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact.detect.log_initials import log_initial_findings, release_log_initials
from redact.detect.signature_marks import signature_mark_findings
from redact.redactor import Redactor

LOG = """\
3/2 0700-1500 rv
0710 jq up, shaved w/ prompts. pt ate oatmeal. mom called 0900. 0915 fw asked jq for the
remote, jq gave it. 1040 to the park w/ dlo. fw upset at lunch, used his card. -rv

3/2 1500-2300 hk
1620 jq cooked pasta w/ hk. ok night. -hk cmt
"""


def _found(text: str) -> list[str]:
    marks = signature_mark_findings(text, [])
    return sorted({text[f.start : f.end] for f in log_initial_findings(text, marks)})


def test_initials_that_sign_or_act_are_people_wherever_they_stand() -> None:
    assert _found(LOG) == ["dlo", "fw", "hk", "jq", "rv"]


@pytest.mark.parametrize(
    "text",
    [
        # no entry signed with lower-case initials: no log, nothing read as initials
        "0710 jq up, shaved. fw asked jq for the remote.\n",
        "Met with the client. -RN\nok so we went up to the lake. bro came w/ gf.\n",
    ],
)
def test_nothing_without_a_lower_case_signature(text: str) -> None:
    assert _found(text) == []


def test_words_of_notes_and_texts_are_not_initials() -> None:
    # the log is signed "-rv" (the gate is open), and nothing else in it is initials
    text = "0800 pt up, mom came. 0900 bro asked me for $5. he took the bus w/ gf. -rv\n"
    assert signature_mark_findings(text, [])
    assert _found(text) == []


def test_the_clients_own_initials_stay_hers_and_the_others_go(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Resident: Jolene Quist\n" + LOG
    court = redactor_for("court-subpoena").redact(text, subject=["Jolene Quist"]).text
    assert "0710 jq up" in court and "jq gave it" in court
    assert " fw " not in court and "w/ dlo" not in court
    assert "0700-1500 rv" in court, "the writer's letters, like the signature, are staff"
    research = redactor_for("research-safe-harbor").redact(text).text
    for letters in (" jq ", " fw ", "dlo", " rv\n"):
        assert letters not in research


def test_the_release_carries_a_signed_logs_letters_to_its_table_rows() -> None:
    letters = dict(release_log_initials(LOG))
    assert letters == {"dlo": False, "fw": False, "hk": True, "jq": False, "rv": True}
    assert release_log_initials("Met with the client. jq up, fw asked jq.\n") == ()


@pytest.mark.parametrize(
    ("row", "gone", "kept"),
    [
        ("ate lunch in the yard. fw loud at the table. no episode.", ["fw"], []),
        ("saw fw fall in the van, no injury. jq calm.", ["fw"], ["jq"]),
        ("to the park w/ dlo and jq, back by 3.", ["dlo"], ["jq"]),
        ("night staff: hk. quiet night, fw slept thru.", ["fw"], ["hk"]),
    ],
)
def test_a_table_row_of_the_release_finds_its_logs_people(
    redactor_for: Callable[[str], Redactor], row: str, gone: list[str], kept: list[str]
) -> None:
    redactor = redactor_for("court-subpoena")
    redactor.start_release(["Resident: Jolene Quist\n" + LOG, row])
    court = redactor.redact(row, subject=["Jolene Quist"]).text
    for letters in gone:
        assert f" {letters} " not in f" {court} "
    for letters in kept:
        assert letters in court, "the client's letters and the writer's stay"


def test_rows_of_a_release_without_a_signed_log_keep_their_letters(
    redactor_for: Callable[[str], Redactor],
) -> None:
    redactor = redactor_for("court-subpoena")
    row = "ate lunch in the yard. fw loud at the table. no episode."
    redactor.start_release([row, "0710 jq up, shaved. fw asked jq for the remote.\n"])
    assert "fw loud" in redactor.redact(row).text
