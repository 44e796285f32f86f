"""One letter and a dot for a found person: "B. clingy at goodbye", "Cooper (3) H.",
"T. Brannigan coordinator", "M. Oyelaran:"; never "Vitamin D." or an outline's "A."."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.letter_initials import (
    absorb_initials,
    absorb_middle_initials,
    letter_initial_findings,
)
from redact.findings import Finding

VISIT_LOG = """\
WILLOW CREEK FAMILY SERVICES — SUPERVISED VISITATION LOG
Children: Brynlee (5) & Cooper (3) H.     Parent: R. Haskell (mother)

04/02/25 Visit at agency. Mom on time. B. clingy at goodbye, cried in car seat.
Grandma Edith reports B. wet the bed that night.
04/09/25 Home visit. B. showed me her room, new bunk bed. Vitamin D. given per pediatrician.
"""

PORTAL = """\
Secure messages — client portal
01/23/2025 08:40  From T. Okonkwo-Brandt: Hi Marcus, Friday at 3 works.
01/23/2025 09:12  From marcus.h77: ok thanks
Safety plan reviewed with the school. T. Brannigan coordinator.
"""


@pytest.mark.parametrize("policy", ["social-media", "consultation", "research-safe-harbor"])
def test_letters_standing_for_people_go(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(VISIT_LOG, subject=["Brynlee Haskell"]).text
    assert " B. " not in out
    assert " H. " not in out
    assert "Vitamin D." in out


def test_the_subjects_letter_stays_where_the_subject_does(
    redactor_for: Callable[[str], Redactor],
) -> None:
    out = redactor_for("provider-referral").redact(VISIT_LOG, subject=["Brynlee Haskell"]).text
    assert "B. clingy" in out
    assert "Vitamin D." in out


@pytest.mark.parametrize("policy", ["social-media", "consultation"])
def test_an_initial_goes_with_its_surname(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(PORTAL).text
    for gone in ("T. ", "Okonkwo", "Brannigan"):
        assert gone not in out


def test_an_initial_before_a_double_surname_with_a_short_half_is_a_person() -> None:
    text = "0300 PT RESTING, VSS. — F. MCALLISTER-DIA LPN\nSee B. Follow-Up sheet."
    found = [text[f.start : f.end] for f in letter_initial_findings(text, [])]
    assert found == ["F. MCALLISTER-DIA"]


def _letters(text: str, names: list[tuple[str, str]]) -> set[tuple[str, str]]:
    findings = [
        Finding(text.index(n), text.index(n) + len(n), "PERSON", 0.9, group=g) for n, g in names
    ]
    return {(text[f.start : f.end], f.group) for f in letter_initial_findings(text, findings)}


def test_a_given_names_letter_joins_that_person() -> None:
    text = "Kiran Patel came in. K. napped after lunch. Plan B. was used."
    assert _letters(text, [("Kiran Patel", "p1")]) == {("K.", "p1")}


def test_a_letter_after_a_word_for_a_person_is_that_person() -> None:
    text = 'Client "J." (Jerome Whitfield, 44), 3rd session. Mother R. (38) came. Plan B. too.'
    assert _letters(text, [("Jerome Whitfield", "p1")]) == {("J.", "p1"), ("R.", "")}


@pytest.mark.parametrize("policy", ["consultation", "court-subpoena"])
def test_the_clients_letter_goes_or_stays_with_the_client(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    note = 'Client "J." (Jerome Whitfield-Ade, 44), 3rd session. Pt J. agreed; Mother R. came.'
    out = redactor_for(policy).redact(note, subject=["Jerome Whitfield-Ade"]).text
    assert "R." not in out
    assert ("J." in out) is (policy == "court-subpoena")


def test_two_people_with_one_letter_leave_it_a_person_of_neither() -> None:
    text = "Kiran Patel and Kofi Mensah visited. K. cried."
    assert _letters(text, [("Kiran Patel", "p1"), ("Kofi Mensah", "p2")]) == {("K.", "")}


def test_an_outline_letter_is_no_initial() -> None:
    text = "Kiran Patel intake.\nA. presenting problem\nB. history\nC. plan"
    assert _letters(text, [("Kiran Patel", "p1")]) == set()


def test_a_found_name_grows_over_its_initial() -> None:
    text = "Referred by G. Liufau today."
    name = Finding(text.index("Liufau"), text.index("Liufau") + 6, "PERSON", 0.9)
    grown = absorb_initials(text, [name])
    assert [text[f.start : f.end] for f in grown] == ["G. Liufau"]


def test_a_signature_with_an_initial_and_a_surname_in_capitals_is_one_person() -> None:
    text = "HCP INVOKED 7/23/25. -G. HAMMOND, LICSW"
    found = _letters(text, [])
    assert {mention for mention, _ in found} == {"G. HAMMOND"}
    assert all(group.startswith("p:") for _, group in found)  # one pseudonym per surname


def test_a_streets_direction_is_no_initial() -> None:
    text = "Temporary address: 6617 W. Fairview Ave #208. Also N. Okafor Rd, and 12 E. Lindqvist."
    assert _letters(text, []) == set()


def test_the_familys_surname_initial_after_the_childrens_names_is_the_subjects() -> None:
    text = "Children: Kiran (6) & Mateo (2) P.     Parent: R. Patel (mother)"
    start = text.index("Mateo")
    sibling = Finding(start, start + 5, "PERSON", 0.9, group="p:mateo")
    found = letter_initial_findings(text, [sibling], subject=["Kiran Patel"])
    assert ("P.", True) in [(text[f.start : f.end], f.is_subject) for f in found]


def test_an_inverted_name_takes_the_middle_initial_after_it() -> None:
    text = "PT: WOJTASZEK, HELENA R   MRN Q00571234\nRoommate: Ruiz, Ana M. (bed 2)"
    one, two = text.index("WOJTASZEK"), text.index("Ruiz")
    first = Finding(one, one + len("WOJTASZEK, HELENA"), "PERSON", 0.9, source="InvertedName")
    second = Finding(two, two + len("Ruiz, Ana"), "PERSON", 0.9, source="InvertedName")
    grown = absorb_middle_initials(text, [first, second])
    assert [text[f.start : f.end] for f in grown] == ["WOJTASZEK, HELENA R", "Ruiz, Ana M."]
    plain = Finding(0, 11, "PERSON", 0.9)  # "Helena Ruiz A ..." is no inverted name
    assert absorb_middle_initials("Helena Ruiz A note follows.", [plain]) == [plain]


def test_the_subjects_middle_initial_goes_for_consultation(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "CASE MANAGEMENT / SOCIAL WORK PROGRESS NOTES\n"
        "PT: WOJTASZEK, HELENA R   MRN Q00571234   ADM 7/19/2025 VIA ED\n"
        "Pt seen at bedside with daughter. Dx: vascular dementia (F01.50).\n"
    )
    out = redactor_for("consultation").redact(text, subject=["Helena Wojtaszek"]).text
    assert "WOJTASZEK" not in out and "HELENA" not in out
    assert " R   MRN" not in out
    assert "F01.50" in out


def test_a_given_name_and_a_surname_initial_is_a_person_found_or_not() -> None:
    text = (
        "Others present: Marisela K., Tobias and one more. Bernadette P. (on buprenorphine "
        "elsewhere) left early."
    )
    found = {text[f.start : f.end] for f in letter_initial_findings(text, [])}
    assert found == {"Marisela K.", "Bernadette P."}


def test_a_things_name_with_a_letter_is_no_given_name_and_initial() -> None:
    text = "Took Vitamin D. daily. Moved to the Sierra B. unit. See Appendix C. Plan B. is set."
    assert letter_initial_findings(text, []) == []


def test_an_initial_the_note_uses_again_and_again_is_the_subjects_though_shared() -> None:
    text = (
        "3/2 Visit w/ B.. B. showed me her drawings. Brock came by later.\n"
        "3/9 Foster mom says B. sleeping better. B. asked about school.\n"
    )
    start = text.index("Brock")
    brock = Finding(start, start + 5, "PERSON", 0.9, group="p:brock")
    found = letter_initial_findings(text, [brock], subject=["Brynlee Haskell"])
    assert found and all(f.is_subject for f in found)


def test_an_initial_used_once_with_two_owners_is_nobodys_in_particular() -> None:
    text = "Visit: B. showed me her drawings. Brock came by later.\n"
    start = text.index("Brock")
    brock = Finding(start, start + 5, "PERSON", 0.9, group="p:brock")
    found = letter_initial_findings(text, [brock], subject=["Brynlee Haskell"])
    assert found and not any(f.is_subject for f in found)


#: A worker's running notes: the child is named once, inverted, in the header, then by her
#: letter alone, in every position a log puts a person ("w/ R..", "for R.", "R. + sibling").
RUNNING_NOTES = """\
FAMILY PRESERVATION — CONTACT NOTES
Youth: Vantongeren, Rosalind   Worker: PQ

3/03/25 HV. Dad asleep on couch, R. home alone w/ brother. Left snacks for R.. Safety plan.
3/10/25 R. + Dashiell at park w/ aunt. R. laughing, ate well.
3/17/25 Supervised visit. Dad brought sneakers for R. Placed R. w/ aunt overnight.
"""


def test_an_inverted_headers_given_name_owns_the_letter_the_log_uses() -> None:
    start = RUNNING_NOTES.index("Vantongeren")
    header = Finding(start, start + len("Vantongeren, Rosalind"), "PERSON", 0.9, group="p:r")
    found = letter_initial_findings(RUNNING_NOTES, [header])
    letters = [f for f in found if RUNNING_NOTES[f.start : f.end] == "R."]
    assert len(letters) == RUNNING_NOTES.count("R.") and all(f.group == "p:r" for f in letters)


def test_a_standing_letter_goes_in_every_position_under_consultation(
    redactor_for: Callable[[str], Redactor],
) -> None:
    out = redactor_for("consultation").redact(RUNNING_NOTES).text
    assert "R." not in out.replace("HV.", "")
    assert "Safety plan" in out and "Supervised visit" in out


def test_a_letter_used_once_after_a_preposition_is_left() -> None:
    text = "Eval per Dr. Quist. Reviewed Appendix B. Referred to Plan B. with Rosalind Vance.\n"
    start = text.index("Rosalind")
    name = Finding(start, start + len("Rosalind Vance"), "PERSON", 0.9, group="p:rv")
    assert letter_initial_findings(text, [name]) == []


def test_initials_of_another_person_make_no_outline_of_the_childs_letter() -> None:
    text = (
        "3/2 HV. Mom asleep. Paged on-call J.D. 1720. C. moved to aunt's home.\n"
        "3/9 Visit. C. asked for grandma. Foster mom says C. sleeping better.\n"
    )
    found = letter_initial_findings(text, [], subject=["Cora Redcloud"])
    assert [text[f.start : f.end] for f in found] == ["C.", "C.", "C."]


def test_the_subjects_standing_initial_goes_at_a_sentences_end_and_after_a_date() -> None:
    text = (
        "3/2/25 HV. Kids alone w/ C.. C. made toast. Placed C. w/ aunt.\n"
        "3/20/25 C. moved to kin. Gift for C.. Powwow, C. danced. HV. C. + cousins at lake.\n"
    )
    found = letter_initial_findings(text, [], subject=["Cora Redcloud"])
    assert len(found) == text.count("C.") and all(f.is_subject for f in found)
