"""People in every case and form, through the real Redactor: what must go, what must stay.

Realistic snippets of intake notes, court reports, group notes, text-message logs and table
rows (all people synthetic). Under `court-subpoena` the subject (a student, "Marcus
Ellery-Fontaine", who goes by "Mack") stays and everyone else goes; under `consultation` and
`research-safe-harbor` everyone goes, the client included.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.names import person_key
from tests.conftest import TEST_KEY

SUBJECT = ("Marcus Ellery-Fontaine", "Mack")


def _survives(needle: str, text: str) -> bool:
    """Whether `needle` is in `text` as a whole word (case-insensitive), as a reader sees it."""
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", text, re.IGNORECASE) is not None


# (snippet, must be gone under every policy, must stay under court-subpoena)
CASES = [
    (
        "| Name | Relation |\n| Rosalind Ellery | Mother |\n| Beatrice Ellery | Grandmother |",
        ["Rosalind", "Beatrice"],
        ["Mother", "Grandmother"],
    ),
    (
        'Student: Marcus Ellery-Fontaine (goes by "Mack"), grade 10.\n'
        'Father: Thaddeus "Thad" Fontaine, lives out of town; Thad calls on birthdays.',
        ["Thaddeus", "Thad"],
        ["Marcus Ellery-Fontaine", "Mack", "Father"],
    ),
    (
        "9/15  7:31 AM   mack: its just my moms bf trevor trippin again\n"
        "9/15  7:33 AM   Worker: Come see me 2nd period.\n"
        "10/3 11:48 PM   mack: kellan keep posting me on his story\n"
        "10/17 6:30 PM   mack: he swung first ask idris\n"
        "10/17 6:31 PM   mack: priya is sick",
        ["trevor", "kellan", "idris", "priya"],
        ["mack", "Worker", "posting"],
    ),
    (
        "Placed with kin, Gerald & Maureen Ashdown. Grandma Lucia Petrescu present.",
        ["Gerald", "Maureen", "Ashdown", "Lucia", "Petrescu"],
        ["Placed with kin", "Grandma", "present"],
    ),
    (
        "HV w/ JPO. Mom, Celi (8) and mom's bf Trevor present, Trevor left after 10 min.",
        ["Celi", "Trevor"],
        ["Mom", "(8)", "left after 10 min"],
    ),
    (
        "WITNESSES\n- Idris Mahamud, Gr 11, ID 213377 - written statement\n"
        "- Kellan Oyelaran-Hughes, Gr 10 - written statement\n"
        "- Soren Pettigrew said his family got evicted.\n"
        "Later Oyelaran said it was fine. Hughes agreed. Idris M. wrote a note.",
        ["Idris", "Mahamud", "Kellan", "Oyelaran", "Hughes", "Soren", "Pettigrew"],
        ["WITNESSES", "Gr 11", "written statement"],
    ),
    (
        "STUDENTS INVOLVED\n1. Ellery-Fontaine, Marcus   Gr 10\n2. Okonkwo, Tobias R.   Gr 10\n"
        "- Hodan Warsame, Gr 11\nHodan W. wrote that Tobias swung first.",
        ["Okonkwo", "Tobias", "Hodan", "Warsame"],
        ["Ellery-Fontaine", "Marcus", "swung first"],
    ),
    (
        "Present (4): M. Ellery-Fontaine, S. Pettigrew, R.K., J.O.\n"
        "R.K. (Rafaela Kincaid) disclosed a fight. J.O. (Jonah Okafor, 9th) was quiet, but "
        "BW noticed scratches. Role-played with S.P. and chose to walk away. Mr and Mrs T. came.",
        ["Pettigrew", "R.K.", "J.O.", "Rafaela", "Kincaid", "Jonah", "Okafor", "S.P.", "T."],
        ["Ellery-Fontaine", "noticed scratches", "walk away", "9th"],
    ),
    (
        "Spoke with dr healey today. Dr van der Meulen called back. Later Meulen said ok. "
        "Dr. Anneke van der Meulen, child psychiatrist. Will write to Dr. v.d.M. about it.",
        ["healey", "Meulen", "Anneke", "v.d.M."],
        ["Spoke with", "child psychiatrist"],
    ),
    (
        "Grandma Ellery present for the home visit. Mr. Fontaine called from the facility. "
        "Therapist: Dr. Ingrid Solberg-Haas. Ellery-Fontaine denied drug use.",
        ["Grandma Ellery", "Mr. Fontaine", "Ingrid", "Solberg", "Haas"],
        # "Mr." goes with the name it titles (`take_honorifics`): it says only that a man
        # was meant; "Grandma" and "Therapist" say the role and stay
        ["Grandma", "Therapist", "Ellery-Fontaine denied drug use"],
    ),
    (
        "Mother Rosalind Quiñones attended. Quinones said the school called her twice.",
        ["Rosalind"],
        ["Mother", "attended"],
    ),
]


#: The professionals among the cases' people: a court keeps them (`professionals: keep`),
#: every other purpose removes them with everyone else.
PROFESSIONALS = frozenset({"healey", "Meulen", "Anneke", "v.d.M.", "Ingrid", "Solberg", "Haas"})


@pytest.mark.parametrize(("text", "gone", "kept"), CASES)
def test_court_subpoena_keeps_the_subject_and_removes_everyone_else(
    redactor_for: Callable[[str], Redactor], text: str, gone: list[str], kept: list[str]
) -> None:
    out = redactor_for("court-subpoena").redact(text, subject=SUBJECT).text
    assert [g for g in gone if g not in PROFESSIONALS and _survives(g, out)] == []
    assert [k for k in kept if not _survives(k, out)] == []
    assert [p for p in gone if p in PROFESSIONALS and not _survives(p, out)] == []


@pytest.mark.parametrize("policy", ["consultation", "research-safe-harbor"])
@pytest.mark.parametrize(("text", "gone", "kept"), CASES)
def test_other_purposes_remove_every_person(
    redactor_for: Callable[[str], Redactor],
    policy: str,
    text: str,
    gone: list[str],
    kept: list[str],
) -> None:
    out = redactor_for(policy).redact(text).text
    subject_words = ["Marcus", "Ellery", "Fontaine", "Ellery-Fontaine", "Mack"]
    assert [g for g in [*gone, *subject_words] if _survives(g, out)] == []


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        (
            "The U.S. Army letter arrived at 9 A.M.; reply by 5 P.M. to P.O. Box 12, e.g. soon.",
            ["U.S.", "A.M.", "P.M.", "P.O."],
        ),
        (
            "Dx ADHD (F90.2); IEP and 504 plan in place; PBIS Tier 2; DAEP for 30 days.",
            ["ADHD", "IEP", "PBIS", "Tier 2", "DAEP"],
        ),
        ("Seen by Dr. Patel, LMSW and LCSW present for the MDR.", ["LMSW", "LCSW", "MDR"]),
        ("Worker: Ok. Client: fine. Mom: came at 3. | Grandmother |", ["Worker", "Client", "Mom"]),
        ("BW to connect him with the liaison. Group rules (LH) reviewed.", ["BW", "LH"]),
    ],
)
def test_abbreviations_programmes_and_roles_are_not_people(
    redactor_for: Callable[[str], Redactor], text: str, terms: list[str]
) -> None:
    result = redactor_for("consultation").redact(text)
    people = [f for f in result.findings if f.entity_type == "PERSON"]
    for term in terms:
        start = text.index(term)
        end = start + len(term)
        assert not any(f.start < end and start < f.end for f in people), term


def test_a_relative_sharing_the_subject_surname_is_not_the_subject(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "Marcus Ellery-Fontaine was seen with his mother, Rosalind Ellery. "
        "Ellery-Fontaine said Ms. Ellery works nights. Wesley Fontaine is his uncle. "
        "Fontaine, Wesley (uncle) called."
    )
    out = redactor_for("court-subpoena").redact(text, subject=SUBJECT).text
    assert "Rosalind" not in out and "Wesley" not in out
    assert out.startswith("Marcus Ellery-Fontaine was seen")
    assert "Ellery-Fontaine said" in out


def test_consultation_gives_a_person_one_pseudonym_in_every_form(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        'Client: Theodora "Teddy" Albescu-Quinn, 34. Teddy said her son Matteo/Matty is sick. '
        "Albescu-Quinn lives on Whitcombe Street. No problem Teddy. Matty is home. "
        "Quinn reported that Matteo missed school."
    )
    out = redactor_for("consultation").redact(text).text
    client = TEST_KEY.pseudonym("PERSON", person_key("Theodora Albescu-Quinn"))
    assert out.count(client) == 5, out  # full name, "Teddy" twice, "Albescu-Quinn", "Quinn"
    for word in ["Theodora", "Teddy", "Albescu", "Quinn", "Matteo", "Matty", "Whitcombe"]:
        assert not _survives(word, out), word
    pseudonyms = re.findall(r"Person [A-Z2-7]{6}\b", out)
    son = [p for p in pseudonyms if p != client]
    assert len(set(son)) == 1 and len(son) == 3, out  # "Matteo/Matty", "Matty", "Matteo"
    assert "-Person" not in out and "Person " + "Person" not in out  # one per hyphenated name


def test_a_street_and_a_person_never_share_a_pseudonym(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Home visit at 2418 Pulliam St Apt 6B with Celi Warrick. Apt clean. Celi is 8."
    out = redactor_for("consultation").redact(text).text
    pseudonyms = re.findall(r"Person [A-Z2-7]{6}\b", out)
    assert "Pulliam" not in out and "Celi" not in out
    assert len(set(pseudonyms)) == 1  # Celi only; the address is a placeholder
    assert "[ADDRESS]" in out


def test_an_inverted_name_in_a_list_gets_the_same_pseudonym(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "STUDENTS\n1. Ellery-Fontaine, Marcus   Gr 10\nMarcus Ellery-Fontaine was referred."
    out = redactor_for("consultation").redact(text).text
    client = TEST_KEY.pseudonym("PERSON", person_key("Marcus Ellery-Fontaine"))
    assert out.count(client) == 2, out


def test_an_initial_none_of_the_subjects_names_begins_with_is_a_relative(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "Children: Amaya (6) & Luis (2) R.     Parent: D. Reyes-Ocampo (mother)\n"
        "AMAYA L. REYES-OCAMPO (DOB 3/2/2019). A. Reyes-Ocampo attended; Mrs. D. Reyes-Ocampo "
        "was late.\n"
    )
    subject = ["Amaya Reyes-Ocampo", "Amaya Lucia Reyes-Ocampo"]
    out = redactor_for("court-subpoena").redact(text, subject=subject).text
    assert "D. Reyes-Ocampo" not in out
    assert "AMAYA L. REYES-OCAMPO" in out and "A. Reyes-Ocampo attended" in out


def test_a_surname_comma_given_name_after_a_label_is_one_name_in_capitals_too(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "PT: WOJCIECHOWSKI, EDMUND F   DOB 1939   RM 4E-210\n"
        "Mr. Wojciechowski was seen on the unit with his daughter.\n"
    )
    out = redactor_for("consultation").redact(text).text
    assert "EDMUND" not in out and "Wojciechowski" not in out.title()


def test_a_name_before_a_credential_is_a_person_even_where_ner_saw_a_place(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "To: Ravindra Bhandarkar, MD — Valley Psychiatric Associates, fax 541-485-7700\n"
    out = redactor_for("consultation").redact(text).text
    assert "Ravindra" not in out and "Bhandarkar" not in out
    assert ", MD" in out


@pytest.mark.parametrize("given", ["Dawn", "Grace", "Frank", "Crystal", "Joy"])
def test_a_relative_named_like_a_word_is_not_the_subject(
    redactor_for: Callable[[str], Redactor], given: str
) -> None:
    text = f"{given} Thibodeaux called about Caspian. Caspian Thibodeaux is doing well."
    out = redactor_for("court-subpoena").redact(text, subject=["Caspian Thibodeaux"]).text
    assert not _survives(given, out), out
    assert "Caspian Thibodeaux is doing well" in out


def test_a_titled_parent_after_a_relation_word_is_not_the_subject(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "His mother, Ms. Grunewald, has limited contact. Tobiah Grunewald is doing well."
    out = redactor_for("provider-referral").redact(text, subject=["Tobiah Grunewald"]).text
    assert out.startswith("His mother, [PERSON], has limited contact.")
    assert "Tobiah Grunewald is doing well" in out
