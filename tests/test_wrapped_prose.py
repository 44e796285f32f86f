"""Line breaks that only wrap prose are told from the ones that end a line of their own."""

from __future__ import annotations

import textwrap

import pytest

from redact import Redactor
from redact.topics.sentences import sentences
from redact.wrapped_prose import runs_on, soft_breaks, unwrapped

#: A paragraph wrapped by hand at 80 columns: a name, a phone and a clause run over breaks.
WRAPPED = (
    "Family composition. The mother lives with both children in a two-bedroom unit near\n"
    "the bus line. Her sister, Philippa Van Rensburg, who has a key, visits most evenings;\n"
    "the children's grandfather, Mr. Augustin Mbeki-Larsson, calls on Sundays from (620)\n"
    "555-0113 and has asked the worker for a standing visit at the family's apartment.\n"
)


PARAGRAPH = WRAPPED.replace("\n", " ").strip()
#: The same paragraph wrapped where the breaks cut a name ("Augustin⏎Mbeki-Larsson") or
#: fall after a title ("Mr.⏎Augustin").
CUT_NAMES = [textwrap.fill(PARAGRAPH, width) for width in (70, 72)]


def test_every_break_inside_a_wrapped_paragraph_is_soft() -> None:
    assert len(soft_breaks(WRAPPED)) == 3
    assert "\n" not in unwrapped(WRAPPED).rstrip("\n")
    assert len(unwrapped(WRAPPED)) == len(WRAPPED)


@pytest.mark.parametrize(
    "text",
    [
        # a message log: short ragged lines, each opened by a time stamp or a speaker
        "3/14 9:02pm roz: can u tell the worker i cant make it tomorrow morning ok\n"
        "3/14 9:05pm imani: ok. want me to take the kids to school tomorrow for you\n",
        "roz: can u tell the worker i cant make it tomorrow morning ok thanks so much\n"
        "imani: ok. want me to take the kids to school tomorrow for you or not at all\n",
        # a letterhead over an address, a form with column gaps, a list
        "Prairie Hills Counseling and Family Services of the Greater Wichita Area\n"
        "310 N. Kansas Ave, Wichita, KS 67214\n",
        "Client: Ada Roe   DOB: 01/02/1980   SSN on file with the front desk and intake\n"
        "Medicaid No. KS 550912334   Member ID WPK-88341-02   Group: 44120 as of today\n",
        "Diagnoses reviewed with the client and her mother at the family meeting (F33.1)\n"
        "Generalized anxiety disorder (F41.1)\n",
        "Plan: the client will attend group twice a week and see the psychiatrist monthly:\n"
        "Continue sertraline 100 mg daily.\n",
    ],
)
def test_lines_of_their_own_keep_their_breaks(text: str) -> None:
    assert soft_breaks(text) == ()
    assert unwrapped(text) == text


def test_a_wrapped_sentence_is_one_sentence() -> None:
    found = [WRAPPED[s.start : s.end] for s in sentences(WRAPPED)]
    [sister] = [s for s in found if s.startswith("Her sister")]
    assert sister.endswith("a standing visit at the family's apartment.")


@pytest.mark.parametrize("text", [WRAPPED, *CUT_NAMES])
def test_a_name_wrapped_onto_the_next_line_is_removed_whole(text: str) -> None:
    assert len(soft_breaks(text)) == text.strip().count("\n")
    result = Redactor("consultation").redact(text)
    for word in ("Philippa", "Rensburg", "Augustin", "Mbeki", "Larsson", "(620)", "0113"):
        assert word not in result.text
    assert result.text.count("\n") >= 2  # breaks outside the removed names stay


def test_a_pdf_text_with_no_blank_lines_between_paragraphs_is_unwrapped_where_it_wraps() -> None:
    text = (
        "COURT REPORT\n"
        "Prepared by: the family's worker, on behalf of the agency and its family team\n"
        + textwrap.fill(PARAGRAPH, 72)
        + "\nRecommendation. Continue reintegration with unsupervised weekend visits.\n"
    )
    cut = text.index("Augustin\n") + len("Augustin")
    assert cut in soft_breaks(text)
    assert text.index("COURT REPORT\n") + len("COURT REPORT") not in soft_breaks(text)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("I visited the family at their home at 4410 E", "Admiral Pl, Tulsa OK 74115 today."),
        ("The children's mother, Marisol", "Ybarra-Nunez, mother of both boys, was there."),
        ("She can be reached at her cell phone (918)", "555-0143 most afternoons."),
        ("The foster placement is at 2219 North Peoria Avenue, apartment 12", "B in Tulsa."),
        ("Maternal aunt", "Imani Okafor provides respite on weekends."),
        ("Grandmother Philomena", "Okonkwo-Baptiste lives with the family."),
        ("We met in the office and talked about the", "housing application."),
        ("Letters go to her daughter's e-mail, marisol.ybarra@", "gmail.com, not the house."),
        ("Her Social Security number 531-", "44-8812 was confirmed for the form."),
        ("The maternal grandmother, Mrs. Ybarra-", "Lindqvist, asked for the letters."),
    ],
)
def test_a_paragraph_break_inside_a_sentence_runs_on(before: str, after: str) -> None:
    assert runs_on(before, after)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Dear Ms. Castellanos,", "I visited the family at their home on Tuesday."),
        ("Sincerely,", "Dana Whitfield, LCSW"),
        ("The family was seen at home today.", "Mother reports the boys are sleeping."),
        ("Re: Home visit follow-up", "Dear Ms. Castellanos,"),
        ("Tulsa County Family Services", "1200 S Main St"),
        ("Home visit summary for the month of March", "Phone: 918-555-0143"),
        ("Case number 2024-0081", "Opened by intake."),
        ("Next steps discussed with the mother and", "- call the school"),
        ("", "Admiral Pl, Tulsa OK"),
    ],
)
def test_a_paragraph_break_that_ends_a_line_of_its_own_does_not_run_on(
    before: str, after: str
) -> None:
    assert not runs_on(before, after)
