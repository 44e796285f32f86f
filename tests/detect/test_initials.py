"""Initials of found names: a name span ending in a lower-case word does not break them.

OCR loses capitals and NER sometimes runs a name into the next word; such a span used to
end the whole document with an IndexError (a scanned PDF was a `failed` row).
"""

from __future__ import annotations

import pytest

from redact.detect.initials import initials_findings
from redact.findings import Finding


@pytest.mark.parametrize(
    ("text", "name", "initials"),
    [
        ("Met Ana Julia dias today; A.J. was calm.", "Ana Julia dias", "A.J."),
        ("Nela Bieniak was at home; N.B. agreed to the plan.", "Nela Bieniak was", "N.B."),
        ("Seen: Karol Kanik-x on Monday. K.K. came too.", "Karol Kanik-x", "K.K."),
    ],
)
def test_a_name_ending_in_a_lower_case_word_still_gives_its_initials(
    text: str, name: str, initials: str
) -> None:
    start = text.index(name)
    found = initials_findings(text, [Finding(start, start + len(name), "PERSON", 0.9)])
    spans = {text[f.start : f.end] for f in found if f.entity_type == "PERSON"}
    assert initials in spans


def _initials(text: str, name: str) -> set[str]:
    start = text.index(name)
    named = Finding(start, start + len(name), "PERSON", 0.9, group="p1")
    return {text[f.start : f.end] for f in initials_findings(text, [named]) if f.group == "p1"}


def test_a_middle_initial_is_part_of_the_derived_initials() -> None:
    text = "Youth: Odalys R. Brennan-Sato. Re: O.R.B.S., first referral; also O.B.S."
    assert _initials(text, "Odalys R. Brennan-Sato") == {"O.R.B.S.", "O.B.S."}


def test_four_dotted_initials_and_a_hyphen_are_a_person() -> None:
    text = "Minor children O.R.B.-S. and T.Q.L.W. were present; seen at 10 A.M. in the U.S."
    found = {text[f.start : f.end] for f in initials_findings(text, [])}
    assert found == {"O.R.B.-S.", "T.Q.L.W."}


@pytest.mark.parametrize("signature", ["— OS", "/OS", "OS"])
def test_initials_signing_a_note_on_their_own_line_are_the_person(signature: str) -> None:
    text = f"Facilitators: Odile Sarrazin, BSW.\nPlan: session 5.\n{signature}\n"
    assert signature.strip("—-/ ") in _initials(text, "Odile Sarrazin")


@pytest.mark.parametrize(
    "row",
    [
        "Transport\tvan; bus meanwhile\tAKB\tJan\n",
        "| Transport | van; bus meanwhile | AKB | Jan |\n",
        "Housing\tOrder the home\tAKB\n",
        "| Housing | AKB |",
    ],
)
def test_a_names_initials_alone_in_a_table_cell_are_the_person(row: str) -> None:
    text = f"Worker: Anneliese Kovacs-Brandt, MSW\nGoal\tSteps\tWho\n{row}"
    assert "AKB" in _initials(text, "Anneliese Kovacs-Brandt")


def test_initials_inside_a_cells_words_are_no_cell_of_their_own() -> None:
    text = "Worker: Anneliese Kovacs-Brandt, MSW\nGoal\tAKB, DBT\tJan\n"
    assert _initials(text, "Anneliese Kovacs-Brandt") == set()


@pytest.mark.parametrize("line", ["excited about her bed. TH/DB\n", "Plan reviewed. KS/DB"])
def test_initials_co_signing_at_a_lines_end_are_the_person(line: str) -> None:
    text = f"Notified ICWA on-call Dolores Bigbear 1720.\n{line}"
    assert "DB" in _initials(text, "Dolores Bigbear")


def test_capitals_inside_a_line_are_not_a_signature() -> None:
    text = "Facilitators: Odile Sarrazin, BSW.\nPlan: OS, DBT and EMDR.\nOS:"
    assert _initials(text, "Odile Sarrazin") == set()


@pytest.mark.parametrize(
    ("text", "name", "initials"),
    [
        ("Plan reviewed. Priscilla Obi PO EPS worker aware.", "Priscilla Obi", "PO"),
        (
            "Order served before 9/22. D. Kaczmarek DK Protection order on file.",
            "D. Kaczmarek",
            "DK",
        ),
        ("Youth Case Plan - Kiara Doyle, KD", "Kiara Doyle", "KD"),
    ],
)
def test_a_names_own_initials_right_after_it_are_that_person(
    text: str, name: str, initials: str
) -> None:
    assert _initials(text, name) == {initials}


def test_a_credential_after_a_name_is_no_initials_even_when_the_letters_match() -> None:
    assert _initials("Seen by Mary Davis MD on 3/4.", "Mary Davis") == set()


def test_a_given_names_initial_counts_among_the_initials() -> None:
    text = "reported to APS by M. Ybarra 1115.\nbathed, fed.\n— MY\n"
    assert _initials(text, "M. Ybarra") == {"MY"}


def test_the_subjects_initials_are_the_subjects_where_the_name_is_not_written() -> None:
    text = "Re: school update for T.V.O. (see attached)."
    found = initials_findings(text, [], subject=["Tobias Vandermolen-Oakes"])
    assert [(text[f.start : f.end], f.is_subject) for f in found] == [("T.V.O.", True)]


def test_initials_declared_for_a_name_are_that_person_wherever_they_stand() -> None:
    text = (
        "Monitor codes: TP = Tomasz Pazdernik, RN = Rhoda Nkemelu\n"
        "04/01 TP. Mom on time. RO ended visit early; TP notified. RN called.\n"
    )
    found = _initials(text, "Tomasz Pazdernik")
    assert found == {"TP"}
    # a credential is never declared away: "RN" stays the nurse's credential
    assert _initials(text, "Rhoda Nkemelu") == set()


def test_a_four_word_name_signs_with_the_words_before_its_last() -> None:
    text = "Case plan reviewed.\nPham Thi Bich Ngoc\nPTB\n"
    assert "PTB" in _initials(text, "Pham Thi Bich Ngoc")


def test_a_three_word_name_gives_no_two_letter_set_of_its_first_words() -> None:
    text = "Plan: Dwight Allen Pruitt met the DA today."
    assert _initials(text, "Dwight Allen Pruitt") == set()


def test_initials_after_a_word_of_attribution_are_the_person_even_spelling_a_direction() -> None:
    text = "Placed w/ foster Shannon Ekstrom. Slept ok per SE. Heading SE on Hwy 2."
    start = text.index("Shannon")
    name = Finding(start, start + len("Shannon Ekstrom"), "PERSON", 0.9, group="g1")
    found = [text[f.start : f.end] for f in initials_findings(text, [name])]
    assert found == ["SE"]


def test_bare_initials_of_dotted_initials_in_the_same_note_are_a_person() -> None:
    text = "Notified ICWA on-call D.B. at 1720.\n2/11 call DB. Notes saved to the DB."
    found = [text[f.start : f.end] for f in initials_findings(text, [])]
    assert found == ["D.B.", "DB"]


@pytest.mark.parametrize(
    "text",
    [
        "A placement preference under 31 U.S.C. § 2201(b) applies.",
        "Reported under N.Y.C.L. c. 12B, §4 the same day.",
        "Filed under S.R.C. 4411.02 and 4411.07.",
        "See 12 K.F.R. 301 for the notice rule.",
    ],
)
def test_a_codes_abbreviation_in_a_legal_citation_is_no_one(text: str) -> None:
    assert initials_findings(text, []) == []


def test_dotted_initials_before_a_plain_count_are_still_a_person() -> None:
    text = "D.K. 3 times this week asked to leave group."
    assert [text[f.start : f.end] for f in initials_findings(text, [])] == ["D.K."]


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Both co-respondents (T.W. and M.D.) are charged separately.", "M.D."),
        ("Witnesses: K.L., R.N., J.O. gave statements.", "R.N."),
        ("Skipped 5th per, seen at the mall w/ T.J. + M.D.. Dad notified.", "M.D."),
    ],
)
def test_letters_of_an_abbreviation_in_a_list_of_initials_are_a_person(
    text: str, letters: str
) -> None:
    found = [text[f.start : f.end] for f in initials_findings(text, [])]
    assert letters in found


def test_an_abbreviation_after_a_name_stays_a_credential() -> None:
    text = "Seen by J. Ruiz, R.N. and the M.D. on call."
    assert [text[f.start : f.end] for f in initials_findings(text, [])] == []


@pytest.mark.parametrize(
    ("text", "name", "theirs", "not_theirs"),
    [
        ('From: Kowalczyk, Dana\nAWOL with peer "K.D." from Cottage B; D.K. notified.',
         "Kowalczyk, Dana", "D.K.", "K.D."),
        ("PT: OKONKWO, JAYLEN\nJ.O. slept well. O.J. (peer) refused meds.",
         "OKONKWO, JAYLEN", "J.O.", "O.J."),
    ],
)  # fmt: skip
def test_an_inverted_name_gives_its_initials_in_the_order_people_are_named(
    text: str, name: str, theirs: str, not_theirs: str
) -> None:
    found = _initials(text, name)
    assert theirs in found and not_theirs not in found
