"""Names NER reads as something else, found by their shape (synthetic names)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.person_shapes import (
    is_surname_like,
    person_shape_findings,
    relabel_person_shaped,
    unwrap_people,
)
from redact.findings import Finding


def _relabelled(text: str, misread: str, entity_type: str = "ORGANIZATION") -> list[str]:
    start = text.index(misread)
    finding = Finding(start, start + len(misread), entity_type, 0.85, source="SpacyRecognizer")
    return [
        f"{text[f.start : f.end]}:{f.entity_type}" for f in relabel_person_shaped(text, [finding])
    ]


@pytest.mark.parametrize(
    ("text", "misread", "expected"),
    [
        # a given name and an uncommon word in a roster: NER's organisation is a person
        (
            "DBT group roster: Brenna Tull absent, Omar Haddad left early.",
            "Brenna Tull",
            "Brenna Tull:PERSON",
        ),
        # a child and its age in a terse note: the name, not the age
        ("Other resident fled partner in Kent. Son Theo 3.", "Theo 3", "Theo:PERSON"),
    ],
)
def test_ners_misread_person_becomes_a_person(text: str, misread: str, expected: str) -> None:
    assert _relabelled(text, misread) == [expected]


@pytest.mark.parametrize(
    ("text", "misread"),
    [
        ("Dad took a job at Jordan Valley last spring.", "Jordan Valley"),
        ("Family attends Grace Church on Sundays.", "Grace Church"),
        ("Room 4 then Suite 12 at the shelter.", "Suite 12"),
    ],
)
def test_an_organisation_or_a_place_stays_one(text: str, misread: str) -> None:
    assert _relabelled(text, misread) == [f"{misread}:ORGANIZATION"]


def test_a_nickname_in_capitals_inside_a_name_is_one_person() -> None:
    text = 'Ex-boyfriend Tremaine "TJ" Colquitt (18) also to be blocked.'
    found = [text[f.start : f.end] for f in person_shape_findings(text, [])]
    assert 'Tremaine "TJ" Colquitt' in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Date: 11/4/2025     Facilitator: Chidera Okonjo, LCSW     Present: 6", "Chidera Okonjo"),
        ("Reviewed with Tadeusz Wroblewski, LICSW, before the staffing.", "Tadeusz Wroblewski"),
    ],
)
def test_two_unlisted_words_before_a_credential_are_a_person(text: str, name: str) -> None:
    found = [text[f.start : f.end] for f in person_shape_findings(text, [])]
    assert found == [name]


def test_an_institution_before_a_credential_is_not_a_person() -> None:
    text = "Letter from Riverbend Clinic, MD office, and Oakhurst Pediatrics, PA."
    assert person_shape_findings(text, []) == []


def test_a_credentialled_facilitator_is_pseudonymised_for_consultation(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "DV SUPPORT GROUP NOTE\n"
        "Date: 11/4/2025     Facilitator: Chidera Okonjo, LCSW     Members present: 5\n"
        "Note for: Marisol Quintero\n"
        "Marisol described her week and her plan for the holidays.\n"
    )
    out = redactor_for("consultation").redact(text, subject=["Marisol Quintero"]).text
    assert "Chidera" not in out and "Okonjo" not in out
    assert "LCSW" in out
    court = redactor_for("court-subpoena").redact(text, subject=["Marisol Quintero"]).text
    assert "Chidera Okonjo, LCSW" in court


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a Somali three-part name: the first given name is in no list Faker ships
        ("Mother-in-law (pending): Hawo Jama Elmi, in the camp.", ["Hawo", "Jama", "Elmi"]),
        # the same in capitals, as a form writes it
        ("pt worried re mother-in-law HAWO JAMA ELMI. FTJ pending.", ["HAWO", "JAMA", "ELMI"]),
        # a Nepali name of three words
        ("**Specialist:** Bhim Bahadur Gurung (B.B. Gurung)", ["Bhim", "Bahadur", "Gurung"]),
    ],
)
def test_rare_given_names_before_a_found_name_are_part_of_it(
    redactor_for: Callable[[str], Redactor], text: str, gone: list[str]
) -> None:
    out = redactor_for("consultation").redact(text, subject=["Hodan Warsame"]).text
    assert not [word for word in gone if word in out], out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a nationality before a name is no part of it
        ("Hmong neighbour Pa Nhia Vang offered rides.", "Hmong"),
        # nor an acronym before a name in capitals, nor a town before a name
        ("Enrolled in ESL with Jama Elmi.", "ESL"),
        ("Louisville Jama Elmi called.", "Louisville"),
    ],
)
def test_a_known_word_before_a_name_stays(
    redactor_for: Callable[[str], Redactor], text: str, kept: str
) -> None:
    result = redactor_for("consultation").redact(text, subject=["Hodan Warsame"])
    people = [text[f.start : f.end] for f in result.findings if f.entity_type == "PERSON"]
    assert people and not [p for p in people if kept in p], people


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a worker's act opening the sentence after an address, before a lower-case name
        ("Visited client at 1207 Birch Lane. Messaged tomas about the bus pass.", "Messaged"),
        ("Home visit at 4410 Larkspur Rd. Texted rosa about the school meeting.", "Texted"),
        ("Met at 34 Main Street. Faxed ofelia the release form.", "Faxed"),
        ("Seen at 22 Willow Ave. Escorted jamal to the clinic.", "Escorted"),
    ],
)
def test_a_verb_opening_a_sentence_is_no_given_name_of_the_name_after_it(
    redactor_for: Callable[[str], Redactor], text: str, kept: str
) -> None:
    out = redactor_for("research-safe-harbor").redact(text, subject=["Hodan Warsame"]).text
    assert kept in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Neighbour Umm Khalid walks the kids; her husband Abu Khalid drives.",
        "4/26/25, 08:15 - hodan w: umm khalid say the bus come 7:20 not 7:40?",
    ],
)
def test_a_kunya_is_part_of_the_name(redactor_for: Callable[[str], Redactor], text: str) -> None:
    out = redactor_for("consultation").redact(text, subject=["Hodan Warsame"]).text
    assert not [w for w in ("Umm", "umm", "Abu", "Khalid", "khalid") if w in out], out


def test_an_inverted_name_after_a_label_grows_over_its_surname(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Patient: Warsame, Hodan A.   MRN SRH-0088142\nPlan: Reviewed, Mary agreed.\n"
    out = redactor_for("consultation").redact(text).text
    assert "Warsame" not in out and "Hodan" not in out
    assert "Reviewed" in out


def test_a_rare_name_in_capitals_after_a_name_in_capitals_is_part_of_it(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Spouse: MOHAMUD ELMI ABDIRIZAK, DOB 1985. Mother MOHAMUD ELMI LTBI positive."
    out = redactor_for("consultation").redact(text).text
    assert "ABDIRIZAK" not in out and "ELMI" not in out
    assert "DOB" in out and "LTBI" in out


@pytest.mark.parametrize(
    ("text", "misread"),
    [
        ("Transportation: carpool with Hope Mukendi after work.", "Hope Mukendi"),
        ("Attended: Oksana Petrivna Bondarenko, Liu Xiaoyan.", "Oksana Petrivna Bondarenko"),
        ("Ayaan's classmate Paris Jean-Baptiste will be her buddy.", "Paris Jean-Baptiste"),
    ],
)
def test_a_whole_name_of_another_culture_misread_as_an_organisation_is_a_person(
    text: str, misread: str
) -> None:
    assert _relabelled(text, misread) == [f"{misread}:PERSON"]


@pytest.mark.parametrize(
    "misread",
    ["Mesa Verde", "Kentucky Refugee Ministries", "Masjid Al-Noor", "Sangre de Cristo"],
)
def test_an_organisation_of_name_like_words_stays_one(misread: str) -> None:
    text = f"Referred to {misread} today."
    assert _relabelled(text, misread) == [f"{misread}:ORGANIZATION"]


@pytest.mark.parametrize(
    ("text", "misread", "expected"),
    [
        # a name of another culture's list, alone: NER's organisation is a child
        ("Kids seen by peds: Mukami anemic, iron started.", "Mukami", "Mukami:PERSON"),
        # a given name and an initial, NER leaving the point out: the point goes too
        ("Leave paperwork faxed to plant HR, Rochelle T..", "Rochelle T", "Rochelle T.:PERSON"),
        ("Called Brianna K about the ride.", "Brianna K", "Brianna K:PERSON"),
    ],
)
def test_a_lone_name_or_a_given_name_and_initial_misread_is_a_person(
    text: str, misread: str, expected: str
) -> None:
    assert _relabelled(text, misread) == [expected]


@pytest.mark.parametrize(
    ("text", "misread"),
    [
        ("Coverage through Humana since May.", "Humana"),
        ("Referred to Centene for follow-up.", "Centene"),
        ("Sent to Vector B for review.", "Vector B"),
    ],
)
def test_an_organisation_of_one_word_or_with_a_letter_stays_one(text: str, misread: str) -> None:
    assert _relabelled(text, misread) == [f"{misread}:ORGANIZATION"]


def test_an_organisation_wrapping_a_person_and_sentence_words_is_dropped() -> None:
    text = "Took Kalani Mersh w/ mom to clinic. Seen at Mersh Family Dental."
    findings = [
        Finding(0, 20, "ORGANIZATION", 0.85, source="SpacyRecognizer"),
        Finding(5, 17, "PERSON", 0.85, source="SpacyRecognizer"),
        Finding(44, 63, "ORGANIZATION", 0.85, source="SpacyRecognizer"),
        Finding(44, 49, "PERSON", 0.5, source="name-propagation"),
    ]
    kept = [text[f.start : f.end] for f in unwrap_people(text, findings)]
    assert kept == ["Kalani Mersh", "Mersh Family Dental", "Mersh"]


@pytest.mark.parametrize("surname", ["Adebayo-Moss", "Nwachukwu-Hughes", "Oduya-Bass"])
def test_a_double_surname_whose_common_half_ends_in_s_is_a_surname(surname: str) -> None:
    # only a possessive's "'s" comes off a half: "Moss" is not read as "mo"
    assert is_surname_like(surname)


def test_an_initial_and_such_a_surname_after_a_role_is_pseudonymised(
    redactor_for: Callable[[str], Redactor],
) -> None:
    out = redactor_for("consultation").redact("JPO T. Adebayo-Moss emailed attendance.").text
    assert "Adebayo" not in out and "Moss" not in out and "JPO" in out


@pytest.mark.parametrize(
    ("word", "surname"),
    [
        # a sure half and a rare half that is no English word, though unlisted
        ("Pellegrino-Voss", True),
        ("Okafor-Lee", True),
        # hyphenated words of a record are no double surnames
        ("Follow-Up", False),
        ("Walk-In", False),
        ("Self-Care", False),
    ],
)
def test_a_double_surnames_rare_unlisted_half(word: str, surname: bool) -> None:
    assert is_surname_like(word) is surname


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She lives near Darnell Price and his mother.", "Darnell Price"),
        ("We talked about Tyrell Hall and the baby.", "Tyrell Hall"),
        ("Uncle (Marcus Young) picked her up.", "Marcus Young"),
        ("Client met Loretta King at church on Sunday.", "Loretta King"),
    ],
)
def test_a_common_word_surname_after_a_given_name_no_dictionary_holds_is_a_name(
    text: str, name: str
) -> None:
    found = [text[f.start : f.end] for f in person_shape_findings(text, [])]
    assert found == [name]


@pytest.mark.parametrize(
    "text",
    [
        "She attends Grace Church on Sundays.",  # a given name that is a word too
        "Will Power is the name of the group.",
        "Keisha Said she would come.",  # a heading's verb, not her family name
        "Referred to Marcus Center for Youth.",  # an institution's word
    ],
)
def test_a_word_after_a_given_name_that_is_a_word_or_a_verb_is_no_surname(text: str) -> None:
    assert person_shape_findings(text, []) == []


def test_the_sentences_opener_stays_out_of_a_name_ner_read_as_an_organisation() -> None:
    assert _relabelled(
        "Later Darnell Price called the office about the rent.", "Later Darnell Price"
    ) == ["Darnell Price:PERSON"]


def test_a_third_partys_common_word_surname_goes_under_a_subpoena(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Later Darnell Price called the office. Went to see Marcus Young at the jail."
    out = redactor_for("court-subpoena").redact(text, subject=["Priya Natarajan"]).text
    assert "Price" not in out and "Young" not in out
    assert out.startswith("Later ") and "at the jail" in out


@pytest.mark.parametrize(
    ("text", "misread"),
    [
        ("ya she can. ronda said shay is back in town tho", "ronda"),
        ("ok so darlene told me the bus was late", "darlene"),
    ],
)
def test_a_lower_case_given_name_ner_read_as_an_organisation_is_a_person(
    text: str, misread: str
) -> None:
    assert _relabelled(text, misread) == [f"{misread}:PERSON"]


def test_a_kin_word_ner_read_as_an_organisation_in_a_message_names_no_one() -> None:
    assert _relabelled("ya nana darlene can pick them up", "nana") == []


def test_a_lower_case_common_word_read_as_an_organisation_stays_one() -> None:
    assert _relabelled("we went to the store after", "store") == ["store:ORGANIZATION"]


@pytest.mark.parametrize(
    ("text", "misread"),
    [
        ("Called the parents of Tyrese M. & Jordan K. about the fight.", "Jordan K."),
        ("Peer conflict with Hope W. at lunch.", "Hope W."),
        ("Roommate Brooklyn S. was moved to C wing.", "Brooklyn S."),
    ],
)
def test_a_given_name_and_its_initial_is_a_person_whatever_else_the_name_is(
    text: str, misread: str
) -> None:
    assert _relabelled(text, misread) == [f"{misread}:PERSON"]


def test_a_name_ending_in_an_initial_takes_no_given_name_after_its_comma(
    redactor_for: Callable[[str], Redactor],
) -> None:
    note = "Present: Jaylen O., Kai D.\nKai D. was moved to Yakima.\n"
    out = redactor_for("court-subpoena").redact(note, ["Jaylen Okonkwo"]).text
    assert out.startswith("Present: Jaylen O., [PERSON]") and "Kai" not in out
