"""Initials signing a note's entries ("... by phone 0945. -MY", "-gh", "-kw lcsw") are the
writer, under every policy that removes staff; roles and short words after a dash are not."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.signature_marks import signature_mark_findings
from redact.findings import Finding

AIDE_NOTES = """\
BRIGHT HARBOR HOME CARE - HHA VISIT NOTES
client: Tobias Vandermolen-Oakes   acct BHC-55102

6/24 0900-1100 pt in recliner, BP 142/88. SOB reported to RN T. Marchetti 0945. -MY STNA
6/25 0830-1030 pt pleasant, ate breakfast. bathed, linens changed. -my
6/26 0830-1030 pt c/o dizziness. called RN, no answer. -IS
6/27 0800 SW f/u by phone w/ dtr re: meals. plan reviewed. -kw lcsw
6/28 0900 vitals stable. pt napping after lunch. -RN
"""


def _words(out: str) -> set[str]:
    return set(re.findall(r"[\w-]+", out))


@pytest.mark.parametrize("policy", ["social-media", "consultation", "research-safe-harbor"])
def test_entry_signatures_go_where_staff_go(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(AIDE_NOTES, subject=["Tobias Vandermolen-Oakes"]).text
    for mark in ("-MY", "-my", "-IS", "-kw"):
        assert mark not in out
    assert not {"MY", "IS", "kw"} & _words(out)
    # the credentials after the mark, and a role signing alone, stay
    assert "STNA" in out
    assert "lcsw" in out
    assert "-RN" in out


@pytest.mark.parametrize("policy", ["provider-referral", "court-subpoena"])
def test_entry_signatures_are_staff_kept_where_staff_stay(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(AIDE_NOTES, subject=["Tobias Vandermolen-Oakes"]).text
    for mark in ("-MY STNA", "-my", "-IS", "-kw lcsw"):
        assert mark in out


def _marks(text: str, findings: list[Finding] | None = None) -> list[str]:
    return [text[f.start : f.end] for f in signature_mark_findings(text, findings or [])]


def test_a_mark_is_where_an_entry_ends() -> None:
    text = "pt seen at home. -gh\n7/23 0930 SW NOTE: met with pt. -GH 7/24 1100 pt declined."
    assert _marks(text) == ["gh", "GH"]


def test_a_dash_inside_a_sentence_or_before_a_role_is_no_mark() -> None:
    text = (
        "Plan - MY goals reviewed.\nf/u next week. -SW\nvitals ok. -ok\n"
        "see plan. -and more\nA-OK. -PT\nDone. -the\n"
    )
    assert _marks(text) == []


def test_a_mark_with_the_letters_of_a_found_name_joins_its_group() -> None:
    text = "Seen by M. Ybarra today.\nbathed, fed. -MY"
    named = Finding(8, 18, "PERSON", 0.9, group="p:ybarra")
    found = signature_mark_findings(text, [named])
    assert [(text[f.start : f.end], f.group) for f in found] == [("MY", "p:ybarra")]


def test_initials_after_a_signing_label_are_a_person() -> None:
    text = "Visit ended 5:30.\nStaff initials: RO\nSigned: kw  Reviewed: yes"
    assert _marks(text) == ["RO", "kw"]


CLIENT_TEXTS = (
    "4/2/25 6:40 PM  in: landlord left another paper on the door\n"
    "4/2/25 6:52 PM  out: Thanks Dwayne. Take a photo and bring it Monday. Do not sign anything"
    " before we talk. -Marisela\n"
    "4/3/25 7:15 AM  in: ok will do. couldnt sleep. -Dwayne\n"
    "4/3/25 8:01 AM  out: Call the crisis line tonight if it gets bad. -Love\n"
)


def test_a_given_name_signing_a_message_is_the_worker() -> None:
    found = [CLIENT_TEXTS[f.start : f.end] for f in signature_mark_findings(CLIENT_TEXTS, [])]
    assert found == ["Marisela", "Dwayne"]


@pytest.mark.parametrize(("policy", "kept"), [("consultation", False), ("court-subpoena", True)])
def test_a_worker_signing_messages_by_name_goes_where_staff_go(
    policy: str, kept: bool, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(CLIENT_TEXTS, subject=["Dwayne Okerlund"]).text
    assert ("-Marisela" in out) is kept
    assert "-Love" in out


def test_a_name_no_list_holds_signs_an_entry() -> None:
    text = (
        "Use the extra blankets tonight. -Trang\n"
        "Bring the letter Thursday. -Abdiweli\n"
        "Call the clinic first. -Thanks\nSee you then. -Adderall\n"
    )
    assert _marks(text) == ["Trang", "Abdiweli"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Portal thread, client view, exported 11/2/2025 by qm\n\n11/1 msg: ok", ["qm"]),
        ("Text log printed 4/30 by TLB for the file.\nline two", ["TLB"]),
        ("Faxed 2:10 PM by kb.", ["kb"]),
        # a word after "by" stamps no one
        ("Printed by me, then filed.", []),
        ("Exported by hr for the hearing.", []),
        # a records system's user name
        ("Call log, unit 2\nprinted 5/1/2025 by mvasquez\n\n5/1 7:10p call", ["mvasquez"]),
        ("Printed 5/1/2025 by hand.", []),
        ("Faxed 2:10 PM by admin.", []),
        ("Sent by mail, then filed.", []),
    ],
)
def test_initials_that_stamp_a_copy_are_a_person(text: str, expected: list[str]) -> None:
    found = [text[f.start : f.end] for f in signature_mark_findings(text, [])]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Daughter has the checkbook. — jm-r\n\n7/22 0930 rounded.", ["jm-r"]),
        ("Daughter has the checkbook. -no-go\n", []),
    ],
)
def test_a_double_surname_initial_after_a_hyphen_is_in_the_mark(
    text: str, expected: list[str]
) -> None:
    assert [text[f.start : f.end] for f in signature_mark_findings(text, [])] == expected
