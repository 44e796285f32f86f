"""Who is who in a domestic-violence record: the subject's pronoun, whether "the
respondent" is the other party, and whether the record is written from the victim's side.
Read from whole synthetic records (tests/topics/notes/dv_*)."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.topics.parties import NOBODY, Parties, read_parties
from redact.topics.third_party_history import _words_of

NOTES = Path(__file__).parent / "notes"


def _parties(name: str, *subject: str) -> Parties:
    return read_parties((NOTES / name).read_text(encoding="utf-8"), _words_of(subject))


def test_a_petition_in_the_subjects_own_words_makes_the_respondent_the_other_party() -> None:
    parties = _parties("dv_petition.txt", "Margit A. Solberg", "Margit Solberg")
    assert parties == Parties("i", respondent_other=True, victim_side=True, unnamed_is_abusers=True)


def test_a_caption_naming_the_subject_as_respondent_keeps_him_the_subject() -> None:
    text = (
        "STATE OF WASHINGTON,\n                Petitioner,      No. 25-8-01177-2\n     v.\n"
        "JORDAN T. WEBB,\n                Respondent.\n\n"
        "The respondent violated the no-contact order on 3/3 and has a prior conviction.\n"
    )
    parties = read_parties(text, _words_of(("Jordan T. Webb", "Jordan Webb")))
    assert not parties.respondent_other
    assert not parties.victim_side


def test_an_advocate_log_declares_the_clients_pronoun() -> None:
    parties = _parties("dv_advocate_log.txt", "Yesenia Ortiz-Blum", "Yesenia")
    assert parties == Parties("she", victim_side=True, unnamed_is_abusers=True)


def test_a_batterer_intervention_letter_is_not_the_victims_side() -> None:
    parties = _parties("dv_bip_letter.txt", "Gordon T. Hsieh", "Gordon Hsieh")
    assert parties == Parties(subject_pronoun="he", respondent_other=False, victim_side=False)


def test_the_pronoun_is_read_from_titles_and_sentences_about_the_subject() -> None:
    text = (
        "Ms. Achterberg arrived at 9. Dolores said she slept in her car. "
        "Dolores reports she wants to file for a protection order."
    )
    parties = read_parties(text, _words_of(("Dolores Achterberg", "Dolores")))
    assert parties.subject_pronoun == "she"


@pytest.mark.parametrize(
    "text",
    [
        "Dolores met with the worker. He said the apartment is ready.",  # one vote, not two
        "Mr. Achterberg and Ms. Achterberg came in together.",  # as many for each
    ],
)
def test_no_clear_pronoun_is_no_pronoun(text: str) -> None:
    assert read_parties(text, _words_of(("Dolores Achterberg",))).subject_pronoun is None


def test_a_protection_order_with_a_petitioner_makes_the_respondent_the_other_party() -> None:
    text = "Client is the petitioner; the DVPO hearing is 3/3. The respondent was served 2/28."
    assert read_parties(text, _words_of(("Maria Soto",))).respondent_other


def test_without_a_protection_order_the_respondent_stays_the_subject() -> None:
    text = "The respondent was adjudicated on 5/1 and placed on probation; petitioner: State."
    assert not read_parties(text, _words_of(("Derek Morales",))).respondent_other


def test_without_a_subject_only_the_victims_side_is_read() -> None:
    text = "Pronouns: she/her. Danger assessment completed; safety plan reviewed."
    assert read_parties(text, frozenset()) == Parties(victim_side=True, unnamed_is_abusers=True)
    assert read_parties("Progress note: attended group.", frozenset()) == NOBODY


def test_a_shelter_note_about_the_clients_order_makes_the_respondent_the_other_party() -> None:
    text = (
        "Shelter note: Maria's temporary protection order was granted on 5/2. "
        "The respondent was served 5/4 and has an open warrant in Pueblo."
    )
    assert read_parties(text, _words_of(("Maria Soto", "Maria"))).respondent_other


def test_a_suicide_safety_plan_is_no_sign_of_domestic_violence() -> None:
    text = "Safety plan reviewed for passive SI. Prior arrest for theft (2023), per client."
    assert read_parties(text, _words_of(("Kai Brandt", "Kai"))) == NOBODY


def test_the_subjects_own_case_keeps_unnamed_records_hers() -> None:
    text = (
        "Diversion referral. Youth lives in a DV shelter with her mother.\n"
        "Prior offenses: one arrest for shoplifting (2024), no conviction."
    )
    parties = read_parties(text, _words_of(("Noor Haddad", "Noor")))
    assert parties.victim_side
    assert not parties.unnamed_is_abusers


def test_a_criminal_captions_defendant_who_is_not_the_subject_is_the_other_party() -> None:
    text = (
        "STATE OF COLORADO,\n            Plaintiff,\n    v.\n"
        "TROY ELLISON,\n            Defendant.\n\n"
        "VICTIM IMPACT STATEMENT of Hannah Brook-Vasquez\n"
    )
    assert read_parties(text, _words_of(("Hannah Brook-Vasquez", "Hannah"))).respondent_other


def test_a_youth_in_juvenile_court_stays_the_respondent_without_a_caption() -> None:
    text = (
        "Diversion referral for assault 4. Youth lives in a DV shelter; a protection order "
        "protects her mother. The respondent admits the offense."
    )
    assert not read_parties(text, _words_of(("Noor Haddad", "Noor"))).respondent_other


@pytest.mark.parametrize(
    ("header", "pronoun"),
    [
        ("Client: Dolores Achterberg (she/her)   Intake 5/2", "she"),
        ("Client: Dolores Achterberg   Sex: F   DOB: 1991", "she"),
        ("Participant: Dolores Achterberg   Gender: Male", "he"),
        ("Client: Dolores Achterberg\nMother: Ana (she/her)", None),  # not the subject's line
    ],
)
def test_the_pronoun_is_read_from_the_subjects_header_line(
    header: str, pronoun: str | None
) -> None:
    assert read_parties(header, _words_of(("Dolores Achterberg",))).subject_pronoun == pronoun


def test_a_pronoun_after_someone_else_between_is_no_vote() -> None:
    text = (
        "Jordan's mother said she is worried. Jordan told Dr. Lee she was mean to him. "
        "Jordan said his sister thinks she knows best."
    )
    assert read_parties(text, _words_of(("Jordan Pike", "Jordan"))).subject_pronoun is None
