"""Parties named in capitals in a court caption (synthetic captions, invented people)."""

from __future__ import annotations

from redact.detect.caption_names import caption_name_findings

NEGLECT_CAPTION = """\
FAMILY COURT OF THE STATE OF NEW YORK
COUNTY OF WESTBROOK
---------------------------------------------------------------x
In the Matter of

QUENTIN J. ADEBAYO-MARSH (DOB 2/11/2016),              Docket No. NN-04411-25
JOSIAH ADEBAYO (DOB 6/5/2021),                          NN-04412-25

Children under Eighteen Years of Age Alleged
to be Neglected by

CHANTELLE M. ADEBAYO and DEVERAUX R. MARSH,

                              Respondents.
---------------------------------------------------------------x
"""

PROTECTION_CAPTION = """\
SUPERIOR COURT OF WASHINGTON
FOR KITSAP COUNTY

MARISELA QUINTANAR, on her own behalf and on
behalf of minor children J.Q.-B. and L.B.,
                                   Petitioner,          No. 25-2-01234-1
        v.
                                                        DECLARATION OF ADVOCATE
DEREK ALLEN BRANDVOLD,                          OF PETITION FOR PROTECTION ORDER
                                   Respondent.          (RCW 7.105)
"""


def _names(text: str, subject: list[str]) -> list[str]:
    return [text[f.start : f.end] for f in caption_name_findings(text, subject)]


def test_the_parents_and_a_sibling_are_found_and_the_subject_is_not() -> None:
    found = _names(NEGLECT_CAPTION, ["Quentin Adebayo-Marsh"])
    assert found == ["JOSIAH ADEBAYO", "CHANTELLE M. ADEBAYO", "DEVERAUX R. MARSH"]


def test_the_subject_with_a_middle_name_no_form_lists_is_still_the_subject() -> None:
    text = NEGLECT_CAPTION.replace("QUENTIN J.", "QUENTIN JAMAL")
    assert "QUENTIN JAMAL ADEBAYO-MARSH" not in _names(text, ["Quentin Adebayo-Marsh"])


def test_a_petitioner_who_shares_half_the_subjects_surname_is_found() -> None:
    found = _names(PROTECTION_CAPTION, ["Jazmin Quintanar-Brandvold"])
    assert found == ["MARISELA QUINTANAR", "DEREK ALLEN BRANDVOLD"]


def test_courts_counties_and_headings_in_capitals_are_no_parties() -> None:
    text = (
        "IN RE THE GUARDIANSHIP OF\nSTATE OF NEW YORK,\n            Petitioner,\n"
        "DEPARTMENT OF SOCIAL SERVICES,\n            Respondent.\n"
    )
    assert _names(text, []) == []


def test_names_in_capitals_outside_a_caption_are_left_to_the_others() -> None:
    text = "PRESENTING SITUATION\nMELANIE ROURKE ATTENDED THE MEETING,\nand left early.\n"
    assert _names(text, []) == []
