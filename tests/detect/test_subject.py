"""The subject matcher through a real Redactor under subject-keeping policies: every form
of the subject's own name stays, a relative who shares the surname still goes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.names import attached_to_other_name
from redact.detect.subject import (
    mark_subject,
    particle_surname,
    spelled_middle_names,
    subject_mentions,
    subject_pattern,
    titled_double_initials,
)
from redact.findings import Finding

SUBJECT = ["Walter Przybylski", "Walter F. Przybylski"]


def test_a_middle_name_spelled_out_is_found() -> None:
    text = "ELDER Name: Walter Francis Przybylski   DOB: 3/2/1941\nWalter Fitzgerald visited."
    assert spelled_middle_names(text, SUBJECT) == ("Walter Francis Przybylski",)
    assert spelled_middle_names("Walter George Przybylski", SUBJECT) == ()


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request", "mandated-report"])
def test_the_subjects_full_name_with_a_middle_name_stays(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "ELDER Name: Walter Francis Przybylski          DOB: 3/2/1941\n"
        "Son: Robert Przybylski, 555-201-3344. His daughter, Ms. Przybylski, was not reached."
    )
    out = redactor_for(policy).redact(text, subject=SUBJECT).text
    assert "Walter Francis Przybylski" in out, out
    assert "Robert" not in out and "Ms. Przybylski" not in out, out


CHILD = ["Kayleigh Dombrowski", "Kayleigh Ann Dombrowski"]


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        # the subject's given name, a comma, a sibling: not "Surname, Given"
        (
            "Allegations: inadequate supervision (Kayleigh, Mason). Alleged subjects: mother.",
            ["(Kayleigh, "],
            ["Mason"],
        ),
        # a table cell of the subject and another person (a probation counselor, "(JPC)", is
        # a professional the court keeps now; the mother's partner is a third party)
        ("Plan\tKayleigh, T. Rennick (mother's partner)\t8/31/25", ["\tKayleigh, "], ["Rennick"]),
        ("Plan\tKayleigh, C. Okafor (JPC)\t8/31/25", ["\tKayleigh, ", "C. Okafor (JPC)"], []),
        # a sibling inverted still goes, the subject inverted stays
        (
            "DOMBROWSKI, Mason and Dombrowski, Kayleigh A. were seen.",
            ["Dombrowski, Kayleigh A."],
            ["Mason"],
        ),
    ],
)
def test_the_subject_beside_another_person_after_a_comma_stays_alone(
    redactor_for: Callable[[str], Redactor], text: str, kept: list[str], gone: list[str]
) -> None:
    out = redactor_for("court-subpoena").redact(text, subject=CHILD).text
    assert all(k in out for k in kept), out
    assert not [g for g in gone if g in out], out


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request"])
def test_a_title_with_the_initials_of_the_subjects_double_surname_stays(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "Text from the APS worker for Jaxon's grandmother (Mrs. O-M). Her nephew Mr. B-K "
        "and her daughter, Ms. Okafor-Mendel, were not reached."
    )
    out = (
        redactor_for(policy)
        .redact(text, subject=["Henrietta Okafor-Mendel", "Henrietta L. Okafor-Mendel"])
        .text
    )
    assert "(Mrs. O-M)" in out, out
    assert "B-K" not in out and "Ms. Okafor-Mendel" not in out and "Jaxon" not in out, out


@pytest.mark.parametrize("policy", ["court-subpoena", "provider-referral"])
def test_her_given_name_with_the_initials_of_her_double_surname_stays(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "skills group, week 3\nmembers present (5): Tamsin O-W, Bryce Halloran, Devi Ramnath, "
        "Priya Kaur.\nTamsin O-W shared a distress tolerance win; Devi practised TIPP."
    )
    out = redactor_for(policy).redact(text, subject=["Tamsin Oduya-Whitlock", "Tami"]).text
    assert out.count("Tamsin O-W") == 2, out
    assert "Bryce" not in out and "Devi" not in out, out


@pytest.mark.parametrize(
    ("written", "hers"),
    [("Tamsin O-W", True), ("Tami O.-W.", True), ("Tobias O-W", False), ("Tamsin O-B", False)],
)
def test_only_her_given_name_makes_the_initials_of_her_double_surname_hers(
    written: str, hers: bool
) -> None:
    text = f"Present: {written}, Bryce H."
    start = text.index(written)
    found = [Finding(start, start + len(written), "PERSON", 0.8)]
    marked = titled_double_initials(text, found, ["Tamsin Oduya-Whitlock", "Tami"])
    assert marked[0].is_subject is hers


def test_the_subjects_email_address_stays_whole_where_the_policy_keeps_it(
    redactor_for: Callable[[str], Redactor],
) -> None:
    # Its local part and its domain read as web addresses too: they do not cut it up.
    text = (
        "Client: Achterberg, Desmond J.   Cell: (541) 606-2187\n"
        "Email: dez.achterberg@protonmail.com   Alt: curtb.1966@yahoo.com\n"
        "He found the clinic through www.oregonhelpline-example.org last spring.\n"
    )
    out = redactor_for("provider-referral").redact(text, subject=["Desmond Achterberg"]).text
    assert "dez.achterberg@protonmail.com" in out and "curtb.1966@yahoo.com" in out, out
    assert "oregonhelpline-example" not in out, out
    court = redactor_for("court-subpoena").redact(text, subject=["Desmond Achterberg"]).text
    assert "protonmail" not in court and "yahoo" not in court, court


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request", "mandated-report"])
def test_a_daughter_named_for_the_subject_still_goes(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    # Her nickname looks like a short form of the subject's given name, and her surname is
    # half of the subject's double surname: she is still someone else.
    text = (
        'Client: OKONKWO-REYES, Tamsin L.   Goes by: "Tam"\n'
        'Children: Desmond Reyes (DOB 6/2/2016), Tamsin "Tami" Reyes (DOB 9/9/2019)\n'
        "Little Tami was napping. Tamsin signed the plan; Tam's goal is to keep both kids in "
        'school. Walter ("Walt") Okonkwo-Reyes, her uncle, called.\n'
    )
    subject = ["Tamsin Okonkwo-Reyes", "Tamsin L. Okonkwo-Reyes", "Tam"]
    out = redactor_for(policy).redact(text, subject=subject).text
    assert "Tami" not in out and "Desmond" not in out, out
    assert "OKONKWO-REYES, Tamsin L." in out and "Tamsin signed" in out, out
    assert "Tam's goal" in out, out


def test_the_subjects_own_declared_nickname_is_still_hers(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = 'Patient: Walter ("Walt") Przybylski, 84. Walt says he wants to go home.\n'
    out = redactor_for("court-subpoena").redact(text, subject=SUBJECT).text
    assert 'Walter ("Walt") Przybylski' in out and "Walt says" in out, out


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request"])
def test_a_relative_with_the_subjects_middle_initial_still_goes(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    # "R." is the subject's middle initial, but after a relation word it begins the
    # ex-wife's given name; "C." begins his own.
    text = (
        "Veteran: BALLANTYNE, CURTIS R.\n"
        "Ex-spouse R. Ballantyne is not on the lease. Her son C. Ballantyne signed the lease.\n"
    )
    out = redactor_for(policy).redact(text, subject=["Curtis R. Ballantyne", "Curt"]).text
    assert "R. Ballantyne" not in out, out
    assert "C. Ballantyne signed" in out and "BALLANTYNE, CURTIS R." in out, out


@pytest.mark.parametrize("policy", ["court-subpoena", "mandated-report", "client-request"])
def test_the_subjects_middle_name_alone_is_someone_else(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    # in many cultures the middle name is the father's given name, which a brother bears
    log = (
        "3/02/25, 19:10 - fadumo: he say we go stay with ibrahim in minneapolis. i dont want\n"
        "3/02/25, 19:12 - Caseworker: ok, call me tomorrow"
    )
    subject = ["Fadumo Ibrahim Jama", "Fadumo Jama"]
    out = redactor_for(policy).redact(log, subject=subject).text
    assert "ibrahim" not in out.casefold() and "fadumo:" in out


def test_the_subjects_whole_name_with_its_middle_name_stays(
    redactor_for: Callable[[str], Redactor],
) -> None:
    note = "Fadumo Ibrahim Jama attended with interpreter. Fadumo reports poor sleep."
    out = redactor_for("court-subpoena").redact(note, ["Fadumo Ibrahim Jama"]).text
    assert out == note


@pytest.mark.parametrize(
    "line",
    [
        "PRINCIPAL APPLICANT: JAMA, FADUMO IBRAHIM   DOB: 01/01/1990",
        "LAST NAME: JAMA    FIRST: FADUMO    MIDDLE: IBRAHIM",
        "1. JAMA, Fadumo Ibrahim   DOB 03/02/2016",
    ],
)
def test_her_middle_name_beside_her_other_names_or_in_its_field_is_hers(
    redactor_for: Callable[[str], Redactor], line: str
) -> None:
    out = redactor_for("court-subpoena").redact(line, ["Fadumo Ibrahim Jama"]).text
    assert "brahim" in out.casefold()


CHOSEN = ["Juniper Ostrowski", "Caleb James Ostrowski", "Juni"]


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request", "provider-referral"])
def test_a_chosen_name_and_a_legal_name_both_stay_and_a_first_name_list_is_not_inverted(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "Legal name (per state ID): OSTROWSKI, CALEB JAMES\n"
        'Goes by: Juniper ("Juni")    Pronouns: she/her\n'
        "Youth present (6): Juni, Destiny, Kai, Marco\n"
        'Her mom asked the office if "Caleb" has been at school.\n'
    )
    out = redactor_for(policy).redact(text, subject=CHOSEN).text
    for kept in ("OSTROWSKI, CALEB JAMES", 'Juniper ("Juni")', "): Juni, ", '"Caleb"'):
        assert kept in out, out
    assert "Destiny" not in out and "Marco" not in out, out


@pytest.mark.parametrize(
    ("subject", "kin", "own"),
    [
        ("Mateo Quintero", "Ms. Quintero says she left in 2015.", "Mr. Quintero attends school."),
        ("Rosalind Achterberg", "Mr. Achterberg picked her up.", "Ms. Achterberg is 15."),
    ],
)
def test_a_title_of_the_other_gender_before_her_surname_is_a_relatives(
    subject: str, kin: str, own: str, redactor_for: Callable[[str], Redactor]
) -> None:
    text = f"{subject} is in care. {kin} {own}"
    out = redactor_for("court-subpoena").redact(text, subject=[subject]).text
    assert kin not in out
    assert own in out and subject in out


@pytest.mark.parametrize("policy", ["court-subpoena", "provider-referral"])
def test_a_relative_typed_in_lower_case_with_the_subjects_surname_goes_whole(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    """A chat export names a contact "lupe marroquin": her given name is none of the
    subject's, so the surname after it is hers, not his."""
    text = (
        'agency phone - chat with "lupe marroquin" +1 832 555 0101\n'
        "4/05/25, 10:12 - lupe marroquin: buenos dias, memo is fine\n"
    )
    subject = ["Elmer Marroquin Cux", "Elmer Marroquin", "Memo"]
    out = redactor_for(policy).redact(text, subject=subject).text
    assert "marroquin" not in out and "lupe" not in out
    assert "memo is fine" in out


def test_a_given_name_and_a_middle_initial_before_the_subjects_surname_are_anothers() -> None:
    """ "Wenona R. Sixkiller" beside the subject "Tayen Sixkiller" is someone else: the
    given name before the initial is none of hers."""
    text = "| Wenona R. Sixkiller (mother) | rights terminated |"
    start = text.index("Sixkiller")
    own = {"tayen", "sixkiller", "m"}
    assert attached_to_other_name(text, start, start + len("Sixkiller"), own)
    mine = "| Tayen M. Sixkiller |"
    start = mine.index("Sixkiller")
    assert not attached_to_other_name(mine, start, start + len("Sixkiller"), own)


@pytest.mark.parametrize(
    "text",
    ["Stepfather: Anselm Michael Pietrowski-Vance, welder", "Applicant 2: Radomir John Vance"],
)
def test_a_given_name_and_a_common_middle_name_before_the_subjects_surname_are_anothers(
    text: str,
) -> None:
    """A spelled-out middle name too common to count alone ("Michael", "John") after a
    given name none of the subject's: the pair before her surname is another person's."""
    surname = "Pietrowski-Vance" if "Pietrowski" in text else "Vance"
    start = text.index(surname)
    own = {"odalys", "pietrowski", "vance", "pietrowski-vance"}
    assert attached_to_other_name(text, start, start + len(surname), own)
    mine = "Student: Odalys Pietrowski-Vance, grade 4"
    start = mine.index("Vance")
    assert not attached_to_other_name(mine, start, start + len("Vance"), own)


MOTHER = ["Ngozi Adeyemi", "Ngozi T. Adeyemi"]


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request"])
def test_her_inverted_name_with_the_middle_name_spelled_stays_and_her_mother_goes(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "PATIENT: ADEYEMI, NGOZI THERESA   DOB: 02/11/1990   SEX: F\n"
        "Theresa Adeyemi, her mother, was called at 6 pm.\n"
    )
    out = redactor_for(policy).redact(text, subject=MOTHER).text
    assert "ADEYEMI, NGOZI THERESA" in out, out
    assert "Theresa Adeyemi" not in out, out


def test_her_inverted_name_after_her_role_on_her_infants_form_stays(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Infant: ADEYEMI, BABY GIRL · Mother ADEYEMI, NGOZI · Confidential\n"
    out = redactor_for("court-subpoena").redact(text, subject=MOTHER).text
    assert "Mother ADEYEMI, NGOZI" in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Customer N. Adeyemi · DOB 1990 · plan signed", "Customer N. Adeyemi"),
        ("Client Ngozi Adeyemi arrived at 3 with the forms.", "Client Ngozi Adeyemi"),
    ],
)
def test_a_plain_word_read_into_her_name_does_not_remove_it(
    redactor_for: Callable[[str], Redactor], text: str, kept: str
) -> None:
    out = redactor_for("court-subpoena").redact(text, subject=MOTHER).text
    assert kept in out, out


def test_a_peoples_noun_before_her_surname_is_someone_else(
    redactor_for: Callable[[str], Redactor],
) -> None:
    out = (
        redactor_for("court-subpoena")
        .redact("Visited Sister Obiageli Adeyemi at the home.", subject=MOTHER)
        .text
    )
    assert "Obiageli" not in out, out


@pytest.mark.parametrize(
    ("text", "found", "hers"),
    [
        # two of her names read as a corner of two streets: hers
        ("he goes by Rowan / Ro since May", "Rowan / Ro", True),
        # a street named like her, with its number or its street word: a street still
        ("lives at 14 Rowan Way", "14 Rowan Way", False),
        ("corner of Rowan Way / Elm", "Rowan Way / Elm", False),
    ],
)
def test_a_street_address_made_of_her_names_only_is_hers(text: str, found: str, hers: bool) -> None:
    names = ["Rowan Pellegrini", "Ro"]
    start = text.index(found)
    street = Finding(start, start + len(found), "STREET_ADDRESS", 0.6, source="test")
    mentions = subject_mentions(text, subject_pattern(names))
    marked = [f for f in mark_subject(text, [street], mentions) if f.source == "test"]
    assert (marked[0].entity_type == "PERSON" and marked[0].is_subject) is hers


LOG = "4/2 9:14 PM grace: on my way\n4/2 9:20 PM tasha: ok grace\nwe said grace before dinner"


def test_her_name_in_lower_case_counts_where_another_step_found_a_person() -> None:
    pattern = subject_pattern(["Grace Ferrante-Obi", "Grace"])
    speaker = (LOG.index("grace"), LOG.index("grace") + 5)
    addressed = (LOG.index("ok grace") + 3, LOG.index("ok grace") + 8)
    people = {speaker, addressed}
    found = {(f.start, f.end) for f in subject_mentions(LOG, pattern, people) if f.is_subject}
    assert found == people  # "we said grace" is a word, found as no one
    assert subject_mentions(LOG, pattern) == []


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Annika J. ter Horst", "ter Horst"),
        ("Mateo de la Rosa", "de la Rosa"),
        ("Pieter van den Broek", "van den Broek"),
        ("Mateo Rosa", None),
        ("Annika", None),
    ],
)
def test_a_particle_surname_is_taken_whole(name: str, surname: str | None) -> None:
    assert particle_surname(name) == surname


PARTICLE_SUBJECT = ["Annika ter Horst", "Annika J. ter Horst", "Nika"]


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request", "provider-referral"])
@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("Dear Ms. ter Horst:\nThank you for coming in.", ["Ms. ter Horst"], []),
        ("Client: ter Horst, Annika J.   DOB 1/2/2004", ["ter Horst, Annika J."], []),
        ("TER HORST, ANNIKA J. · page 1 of 2", ["TER HORST, ANNIKA J."], []),
        (
            "Re: grades - A. ter Horst\nFather: Willem ter Horst, 555-310-2231",
            ["A. ter Horst"],
            ["Willem"],
        ),
    ],
)
def test_the_subjects_particle_surname_stays_whole(
    redactor_for: Callable[[str], Redactor],
    policy: str,
    text: str,
    kept: list[str],
    gone: list[str],
) -> None:
    out = redactor_for(policy).redact(text, subject=PARTICLE_SUBJECT).text
    for piece in kept:
        assert piece in out, out
    for piece in gone:
        assert piece not in out, out


@pytest.mark.parametrize(
    ("subject", "text", "relative", "hers"),
    [
        (
            "Rosa Delacroix-Ames",
            "Home visit to Ms. Delacroix-Ames. Michael Ames answered the door.",
            "Michael Ames",
            "Ms. Delacroix-Ames",
        ),
        (
            "Keisha Moore-Okafor",
            "Keisha Moore-Okafor came alone. David Okafor (father) was not present.",
            "David Okafor",
            "Keisha Moore-Okafor",
        ),
        (
            "Anna Dombrowski",
            "Anna Dombrowski attended. George Dombrowski, father, was not present.",
            "George Dombrowski",
            "Anna Dombrowski",
        ),
        (
            "Nova St. Clair",
            "Nova St. Clair attended session. Paul St. Clair is her uncle.",
            "Paul",
            "Nova St. Clair attended",
        ),
    ],
)
@pytest.mark.parametrize("policy", ["court-subpoena", "client-request", "provider-referral"])
def test_a_common_given_name_before_her_surname_is_someone_else(
    redactor_for: Callable[[str], Redactor],
    policy: str,
    subject: str,
    text: str,
    relative: str,
    hers: str,
) -> None:
    # Given names English uses as often as "Michael" or "Paul" are read as a name with her
    # surname by NER: her son or uncle, never the subject.
    out = redactor_for(policy).redact(text, subject=[subject]).text
    assert relative not in out, out
    assert hers in out, out


def test_a_relative_with_half_her_double_surname_has_a_pseudonym_of_his_own(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "Client Rosa Delacroix-Ames met with worker. Michael Ames answered the door. "
        "Rosa agreed to a follow-up."
    )
    out = redactor_for("consultation").redact(text, subject=["Rosa Delacroix-Ames"]).text
    pseudonyms = [w for w in out.split() if w.isupper() and len(w) == 6]
    assert len(pseudonyms) == 3 and pseudonyms[0] == pseudonyms[2] != pseudonyms[1], out


# (subject, note, the relative's surname mention as written, the subject's words that stay)
@pytest.mark.parametrize(
    ("subject", "note", "relative", "kept"),
    [
        (
            ["Kayleigh Dombrowski"],
            "Kayleigh Dombrowski, 15, attended with Ms. Dombrowski, who is her mother.",
            "Ms. Dombrowski",
            "Kayleigh Dombrowski",
        ),
        (
            ["Amelia Stroud"],
            "Amelia Stroud, 12. Ms. Stroud (maternal aunt) called; Amelia likes art.",
            "Ms. Stroud",
            "Amelia Stroud",
        ),
        (
            ["Joaquin Maldonado"],
            "Joaquin Maldonado, 9. Ms. Maldonado is the child's aunt and picks him up.",
            "Ms. Maldonado",
            "Joaquin Maldonado",
        ),
        (
            ["Brandon St. Clair"],
            "SSG St. Clair, B. (sponsor) and Mrs. A. St. Clair (spouse) were interviewed.",
            "A. St. Clair",
            "SSG St. Clair",
        ),
    ],
)
@pytest.mark.parametrize("policy", ["court-subpoena", "provider-referral"])
def test_a_relative_named_by_title_and_the_subjects_surname_goes(
    redactor_for: Callable[[str], Redactor],
    policy: str,
    subject: list[str],
    note: str,
    relative: str,
    kept: str,
) -> None:
    out = redactor_for(policy).redact(note, subject=subject).text
    assert relative not in out and kept in out, out


def test_the_subject_described_as_a_mother_stays(
    redactor_for: Callable[[str], Redactor],
) -> None:
    note = "Tanya Dombrowski seen. Ms. Dombrowski, mother of three, reports poor sleep."
    out = redactor_for("client-request").redact(note, subject=["Tanya Dombrowski"]).text
    assert "Ms. Dombrowski, mother of three" in out, out


@pytest.mark.parametrize(
    ("subject", "line", "gone"),
    [
        (["Brandon Michael St. Clair"], "SPOUSE (ALLEGED VICTIM): ST. CLAIR, ASHLEY N", "ASHLEY"),
        (["Marisol Archuleta-Baca"], "SISTER: ARCHULETA-BACA, YOLANDA R", "YOLANDA"),
        (["Tyler Brannigan"], "Emergency contact - BRANNIGAN, DENISE (mother)", "DENISE"),
    ],
)
def test_another_given_name_after_the_subjects_surname_in_capitals_is_a_relative(
    redactor_for: Callable[[str], Redactor], subject: list[str], line: str, gone: str
) -> None:
    out = redactor_for("court-subpoena").redact(line, subject=subject).text
    assert gone not in out and subject[0].split()[-1].upper() not in out, out
