"""The subject is one pseudonym in every form of her name, in every document of a release.

Under consultation she is pseudonymised like everyone else; a note naming her only by her
nickname, her surname, a title and surname, a possessive or in lower case must not read as
another person. A sister sharing her surname stays a person of her own. All synthetic.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from redact.detect.names import person_key
from redact.detect.subject_key import key_subject, subject_key
from redact.findings import Finding
from redact.redactor import Redactor

PSEUDONYM = re.compile(r"Person [A-Z2-7]{6}")


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        (("Ottilie Brannigan", "Tilly"), "Ottilie Brannigan"),
        (("Tilly", "Ottilie Brannigan"), "Ottilie Brannigan"),  # the fullest, not the first
        (("Brannigan, Ottilie",), "Ottilie Brannigan"),  # the order of its words aside
        (("Ottilie Mae Brannigan", "Ottilie Brannigan"), "Ottilie Mae Brannigan"),
    ],
)
def test_subject_key_is_the_fullest_given_name(subject: tuple[str, ...], expected: str) -> None:
    assert subject_key(subject) == person_key(expected)


def test_no_subject_no_key() -> None:
    assert subject_key(()) is None
    assert subject_key(("  ",)) is None


def test_only_the_subjects_name_findings_are_regrouped() -> None:
    findings = [
        Finding(0, 5, "PERSON", 1.0, group="subject", is_subject=True),
        Finding(10, 15, "PERSON", 0.8, group="p:other"),
        Finding(20, 25, "PHONE_NUMBER", 1.0, is_subject=True),
    ]
    keyed = key_subject(findings, ("Ottilie Brannigan",))
    assert keyed[0].group == person_key("Ottilie Brannigan")
    assert keyed[1].group == "p:other"
    assert keyed[2].group == ""


RELEASE = [
    "Intake: Ottilie Brannigan, 34, seen at the office. Ottilie Brannigan's sister "
    "Clementine Brannigan came with her.",
    "Tilly called back about the bus pass.",
    "Ms. Brannigan missed group. Ottilie's phone was off; tilly texted later.",
    "Brannigan agreed to the plan.",
]


def _pseudonyms(text: str) -> list[str]:
    return PSEUDONYM.findall(text)


def test_every_form_of_the_subjects_name_shares_one_pseudonym(
    redactor_for: Callable[[str], Redactor],
) -> None:
    redactor = redactor_for("consultation")
    subject = ("Ottilie Brannigan", "Tilly")
    out = [r.text for r in redactor.redact_many(RELEASE, subject)]
    hers = _pseudonyms(out[0])[0]
    sister = _pseudonyms(out[0])[2]
    assert sister != hers  # her sister, of the same surname, is someone else
    assert _pseudonyms(out[1]) == [hers]
    assert set(_pseudonyms(out[2])) == {hers}
    assert len(_pseudonyms(out[2])) == 3  # title and surname, possessive, lower case
    assert _pseudonyms(out[3]) == [hers]
    for text in out:
        assert not re.search(r"(?i)\b(ottilie|tilly|brannigan)\b", text)


def test_a_hyphenated_surname_alone_is_the_subjects_one_pseudonym(
    redactor_for: Callable[[str], Redactor],
) -> None:
    redactor = redactor_for("consultation")
    subject = ("Marisol Quintero-Vance",)
    out = [
        r.text
        for r in redactor.redact_many(
            ["Marisol Quintero-Vance attended the hearing.", "Quintero-Vance signed the plan."],
            subject,
        )
    ]
    assert _pseudonyms(out[0]) == _pseudonyms(out[1])
    assert len(_pseudonyms(out[1])) == 1


def test_a_policy_keeping_the_subject_still_keeps_every_form(
    redactor_for: Callable[[str], Redactor],
) -> None:
    out = redactor_for("mandated-report").redact(RELEASE[2], ("Ottilie Brannigan", "Tilly"))
    assert "Brannigan" in out.text and "Ottilie's" in out.text and "tilly" in out.text
