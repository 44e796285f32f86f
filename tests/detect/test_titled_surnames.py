"""titled_surnames: a surname after a gendered title joins the one person it fits."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from redact import Redactor

NOTE = (
    "Client Halina Wierzbicka, 34, seen at home. Ms. Wierzbicka reports poor sleep. Her "
    "husband Bogdan Wierzbicka works nights; Mr. Wierzbicka declined to join."
)


def _pseudonyms(out: str) -> list[str]:
    return re.findall(r"Person \w{6}", out)


@pytest.mark.parametrize("policy", ["consultation", "social-media"])
def test_wife_and_husband_keep_their_own_pseudonyms_under_their_titles(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(NOTE).text
    assert "Wierzbicka" not in out and "Halina" not in out and "Bogdan" not in out
    if policy == "consultation":
        client, titled_her, husband, titled_him = _pseudonyms(out)
        assert client == titled_her and husband == titled_him and client != husband


def test_a_title_two_people_fit_leaves_the_surname_as_it_was(
    redactor_for: Callable[[str], Redactor],
) -> None:
    note = "Halina Wierzbicka and her sister Jadwiga Wierzbicka came. Ms. Wierzbicka spoke."
    out = redactor_for("consultation").redact(note).text
    halina, jadwiga, titled = _pseudonyms(out)
    assert titled not in {halina, jadwiga} and halina != jadwiga
