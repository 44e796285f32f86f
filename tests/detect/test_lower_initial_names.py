"""A lower-case initial and a surname in a lower-case log: "sub staff t. vandersloot"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.lower_initial_names import absorb_lower_initials, lower_initial_name_findings
from redact.findings import Finding


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("3/4 0600-1400 sub staff t. vandersloot (agency), resident calm", "t. vandersloot"),
        ("called on-call sup, notified m. okereke-dunn at 0840", "m. okereke-dunn"),
        ("declined support group, accepted mailings. -j. quartermaine", "j. quartermaine"),
    ],
)
def test_a_lower_case_initial_and_surname_is_a_person(text: str, name: str) -> None:
    found = [text[f.start : f.end] for f in lower_initial_name_findings(text, [])]
    assert found == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("3/9 1000 OT (r okonjo OTR): transfers w min assist, CGA.", "r okonjo"),
        ("vm left. k lindqvist lcsw to call family back", "k lindqvist"),
        ("eval by t abernathy-kuo DPT, rec SNF", "t abernathy-kuo"),
    ],
)
def test_an_initial_and_surname_before_a_credential_is_a_person(text: str, name: str) -> None:
    found = [text[f.start : f.end] for f in lower_initial_name_findings(text, [])]
    assert found == [name]


@pytest.mark.parametrize(
    "text",
    [
        "pt c gait CGA x2, rec SN visits",
        "s pylori MRSA neg",
        "x ray pa done",
        "to b seen md tomorrow",
    ],
)
def test_no_initial_name_before_letters_that_are_no_credential(text: str) -> None:
    assert lower_initial_name_findings(text, []) == []


@pytest.mark.parametrize(
    "text",
    [
        "h. pylori positive, started triple therapy",
        "urine cx grew e. coli, on keflex",
        "mrsa: s. aureus in wound cx",
        "e.g. bus pass, food box",
        "lives at 12 w. fairview ave with mom",
        "picked up by d. smith",  # a common word: left to the name rules
    ],
)
def test_organisms_abbreviations_and_words_are_no_person(text: str) -> None:
    assert lower_initial_name_findings(text, []) == []


def test_a_found_lower_case_name_grows_over_its_initial() -> None:
    text = "8/19 idt: q farnsworth rn, w. ostrowski msw, a yoder"
    names = [
        Finding(text.index(w), text.index(w) + len(w), "PERSON", 0.8)
        for w in ("farnsworth", "ostrowski", "yoder")
    ]
    grown = [text[f.start : f.end] for f in absorb_lower_initials(text, names)]
    assert grown == ["q farnsworth", "w. ostrowski", "yoder"]  # "a" is a word


def test_shift_note_staff_go_under_consultation(redactor_for: Callable[[str], Redactor]) -> None:
    text = (
        "7/19 0600-1400 sub staff t. vandersloot (agency)\n"
        "0745 resident asked for her usual staff x3. redirected, calm by 0800. -tv\n"
        "7/20 2200-0600 p. grunewald awake overnight. cpap on. no behaviors. -pg\n"
    )
    out = redactor_for("consultation").redact(text).text.casefold()
    assert "vandersloot" not in out and "grunewald" not in out
    assert " t. " not in out and " p. " not in out
    assert "cpap" in out and "awake overnight" in out
