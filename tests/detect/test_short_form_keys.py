"""A short form of one known person's given name gets that person's pseudonym.

"Matty" and "Matt Brandt" are Matteo Brandt's, in the same note or in another note of the
release; a short form two people's names could give, or the subject's, is left alone.
All synthetic.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from redact.detect.lexicon import ReleaseNames
from redact.detect.names import person_key
from redact.detect.short_form_keys import link_short_forms
from redact.findings import Finding
from redact.redactor import Redactor

PSEUDONYM = re.compile(r"Person [A-Z2-7]{6}")


def _finding(text: str, word: str, group: str) -> Finding:
    start = text.index(word)
    return Finding(start, start + len(word), "PERSON", 0.8, group=group)


def test_a_pet_form_takes_the_key_of_the_full_name_in_the_document() -> None:
    text = "Leopold Fairweather called. Leo was upset."
    findings = [
        _finding(text, "Leopold Fairweather", person_key("Leopold Fairweather")),
        _finding(text, "Leo", person_key("Leo")),
    ]
    linked = link_short_forms(text, findings, ReleaseNames(), ())
    assert linked[1].group == person_key("Leopold Fairweather")


def test_a_short_form_with_the_surname_takes_the_release_persons_key() -> None:
    text = "Leo Fairweather left a voicemail."
    names = ReleaseNames(full_names=("Leopold Fairweather",))
    findings = [_finding(text, "Leo Fairweather", person_key("Leo Fairweather"))]
    linked = link_short_forms(text, findings, names, ())
    assert linked[0].group == person_key("Leopold Fairweather")


@pytest.mark.parametrize(
    ("full_names", "subject"),
    [
        (("Leopold Fairweather", "Leonora Castellanos"), ()),  # two people's "Leo"
        (("Leopold Fairweather",), ("Leontyne Abara",)),  # the subject's "Leo" too
    ],
)
def test_an_ambiguous_short_form_is_left_alone(
    full_names: tuple[str, ...], subject: tuple[str, ...]
) -> None:
    text = "Leo was upset."
    findings = [_finding(text, "Leo", person_key("Leo"))]
    linked = link_short_forms(text, findings, ReleaseNames(full_names=full_names), subject)
    assert linked[0].group == person_key("Leo")


def test_another_surname_is_another_person() -> None:
    text = "Leo Marchetti came too."
    names = ReleaseNames(full_names=("Leopold Fairweather",))
    findings = [_finding(text, "Leo Marchetti", person_key("Leo Marchetti"))]
    assert link_short_forms(text, findings, names, ())[0].group == person_key("Leo Marchetti")


@pytest.mark.parametrize("policy", ["consultation", "mandated-report"])
def test_diminutives_share_the_full_names_pseudonym_across_a_release(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    redactor = redactor_for(policy)
    release = [
        "Collateral call with the client's ex, Matteo Brandt, and her cousin "
        'Theodora "Teddy" Vasquez-Lund.',
        "Teddy brought the kids. Matty was angry at the hearing. Matt Brandt left a "
        "voicemail. Vasquez-Lund signed the form.",
    ]
    redactor.start_release(release)
    out = [r.text for r in redactor.redact_many(release, ("Anneliese Korb",))]
    matteo, theodora = PSEUDONYM.findall(out[0])
    assert matteo != theodora
    assert PSEUDONYM.findall(out[1]) == [theodora, matteo, matteo, theodora]
