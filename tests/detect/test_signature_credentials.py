"""Letters after "Full Name," at the end of a signature are a credential; initials are not."""

from __future__ import annotations

import pytest

from redact.detect.signature_credentials import signature_credential, without_credential_tail


def _credential(text: str, word: str) -> bool:
    start = text.rindex(word)
    return signature_credential(text, start, start + len(word))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Sincerely,\nMarisol Quintero-Hale, CFLE\nFamily life educator", "CFLE", True),
        ("Pastor Ode Varga, DMin\tchaplain\t-", "DMin", True),
        ("Ines K. Boateng, ThM, BCC\n", "ThM", True),
        ("Boateng, JK\n", "JK", False),  # an inverted surname and initials
        ("Quintero, MRH\n", "MRH", False),  # one word before the comma
        ("Marisol Quintero-Hale, HOPE\n", "HOPE", False),  # an English word
        ("Marisol Quintero-Hale, CFLE, came by", "CFLE", False),  # not a signature's end
        ("Willow Bend Counseling, PLLC\n", "PLLC", False),  # a firm's legal form
    ],
)
def test_signature_credential(text: str, word: str, expected: bool) -> None:
    assert _credential(text, word) is expected


def test_without_credential_tail() -> None:
    text = "Thank you,\nDevorah Lindqvist, SHRM-CP\nPeople Operations"
    start = text.index("Devorah")
    end = text.index("\nPeople")
    assert text[start : without_credential_tail(text, start, end)] == "Devorah Lindqvist"
    plain = "Devorah Lindqvist called."
    assert without_credential_tail(plain, 0, 17) == 17


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Signed,\nTobiah Kerrigan-Sato, MSW, QBHP\nSchool Social Worker", "QBHP"),
        ("Cardiology\tDr. Ilse Marbury-Quist, MD, FAAP\t555-0101", "FAAP"),
        ("facilitators: T. Kerrigan, MSW, QBHP; Dana Vue, school counselor", "QBHP"),
        ("Seen with Orla Venkataraman, QBHP (school social worker) today.", "QBHP"),
        ("Prepared by Ines Okonkwo-Hale, LMSWX, Kinship Support Caseworker", "LMSWX"),
    ],
)
def test_stacked_credentials_and_a_role_after_them(text: str, word: str) -> None:
    assert _credential(text, word)


def test_a_word_after_credentials_that_is_no_role_is_not_read_as_one() -> None:
    assert not _credential("Tobiah Kerrigan-Sato, MSW, QBHP, the boy has a plan.", "QBHP")
