"""Short forms of known given names, and lower-case names in message logs, through the
whole Redactor: "pri" for Priya, "Mase" for Mason, "her sister anj", a user name as a
speaker label."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.lexicon import gather_names
from redact.detect.short_forms import release_forms_of_others, subject_short_forms

LOG = (
    "Couples intake with Priya Natarajan and Desmond Achterberg.\n"
    "03/02/2025 23:51  From dez.a86: rough night. pri and i had it out again about the yoga "
    "guy. im ok, just venting\n"
    "05/19/2025 22:40  From dez.a86: pri's at her mom's. her sister anj is here helping.\n"
)
NOTE = (
    "Mason Dombrowski-Kuehl (age 1) was asleep. Child stated that she gives Mase his bottle "
    "when he cries at night. Robert Lane said he would rob no one; the ant farm stayed."
)


@pytest.mark.parametrize("policy", ["court-subpoena", "consultation", "research-safe-harbor"])
def test_short_forms_and_log_names_go(redactor_for: Callable[[str], Redactor], policy: str) -> None:
    redactor = redactor_for(policy)
    out = redactor.redact(LOG, subject=["Desmond Achterberg"]).text
    for gone in ("Priya", "pri", "anj", "dez.a86"):
        assert gone not in out.replace("prior", ""), (policy, gone, out)
    assert "her sister" in out and "yoga" in out and "venting" in out
    note = redactor.redact(NOTE).text
    assert "Mase" not in note and "Mason" not in note
    assert "rob no one" in note and "ant farm" in note  # common words that begin like names


@pytest.mark.parametrize("policy", ["court-subpoena", "consultation"])
def test_pet_forms_of_a_known_name_go(redactor_for: Callable[[str], Redactor], policy: str) -> None:
    text = (
        'Grandson Trent Halvorsen has POA. She said "Trenty takes care of my checks." '
        "Her son Matteo is sick and Matty stayed home from school."
    )
    out = redactor_for(policy).redact(text, subject=["Ingrid Halvorsen"]).text
    for gone in ("Trent", "Trenty", "Matteo", "Matty"):
        assert gone not in out, (policy, gone, out)
    assert "takes care of my checks" in out and "stayed home from school" in out


def test_the_subjects_own_short_form_is_kept_where_the_subject_is(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Desmond Achterberg attended. Later des said the sessions help."
    out = redactor_for("court-subpoena").redact(text, subject=["Desmond Achterberg"]).text
    assert "Desmond Achterberg attended" in out and "des said" in out


def test_a_short_form_of_the_subjects_name_is_the_subject(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Walter F. Przybylski was admitted. Walt said he wants to go home; his son Kevin agreed."
    out = redactor_for("court-subpoena").redact(text, subject=["Walter F. Przybylski"]).text
    assert "Walt said" in out and "Kevin" not in out


@pytest.mark.parametrize("policy", ["court-subpoena", "consultation"])
def test_a_name_called_by_its_ending_goes(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "Her granddaughter Christina Oyelowo-Hart visits on Sundays. Grandmother said "
        '"Tina does my shopping," and tina\'s phone is on the fridge.'
    )
    out = redactor_for(policy).redact(text, subject=["Ruth Oyelowo-Hart"]).text
    assert "Tina" not in out and "tina" not in out, (policy, out)
    assert "does my shopping" in out


def test_the_subjects_own_ending_is_the_subjects(redactor_for: Callable[[str], Redactor]) -> None:
    text = "Philomena Szabo-Lind was seen. Mena said she is tired; her son Kasimir agreed."
    subject = ["Philomena Szabo-Lind", "Mena"]
    out = redactor_for("court-subpoena").redact(text, subject=subject).text
    assert "Philomena Szabo-Lind was seen" in out and "Mena said" in out
    assert "Kasimir" not in out


@pytest.mark.parametrize("policy", ["court-subpoena", "consultation"])
def test_a_doubled_first_syllable_is_the_named_person(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "Advocate Kiara Doyle met the youth.\n"
        "[8/28] 3:15p  client: diversion is DONE!! thx kiki, see u weds"
    )
    out = redactor_for(policy).redact(text, subject=["Noor Haddad"]).text
    assert "kiki" not in out and "Kiara" not in out
    assert "diversion is DONE" in out and "see u weds" in out


def test_the_subjects_name_by_its_ending_in_her_own_texts_is_hers() -> None:
    text = "10/28 7:41pm Client: hey its nessa. cant make thurs\n10/31 Client: this is Nessa"
    assert subject_short_forms(text, ["Vanessa Brandt"]) == ("Nessa", "nessa")


def test_an_ending_that_someone_else_is_called_is_not_the_subjects() -> None:
    text = "Katrina met her cousin Trina Boyd at the clinic; trina drove."
    assert subject_short_forms(text, ["Katrina Lowe"]) == ()


@pytest.mark.parametrize("policy", ["court-subpoena", "consultation"])
def test_the_subjects_ending_is_kept_or_pseudonymised_as_she_is(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = "Worker: No problem Vanessa.\nClient: thx. its nessa btw, new phone"
    out = redactor_for(policy).redact(text, subject=["Vanessa Brandt"]).text
    if policy == "court-subpoena":
        assert "No problem Vanessa." in out and "its nessa btw" in out
    else:
        assert "nessa" not in out.casefold()
        assert len(set(re.findall(r"Person \w{6}", out))) == 1, out


def test_a_pet_form_spelling_the_s_with_a_z_is_the_subjects() -> None:
    text = "Flooding: Dez HR 112 during conflict discussion. Roz called."
    assert subject_short_forms(text, ["Desmond Achterberg"]) == ("Dez",)


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request"])
def test_the_subjects_pet_form_read_as_an_employer_stays(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = "- Repair attempts practiced. Flooding: Dez HR 112 during conflict discussion."
    out = redactor_for(policy).redact(text, subject=["Desmond Achterberg"]).text
    assert "Flooding: Dez HR 112" in out, out


def test_a_nickname_declared_for_someone_else_is_not_the_subjects_short_form() -> None:
    text = 'Her ex, Deshawn "Shay" Tubby, moved out. ronda said shay is back in town.'
    assert subject_short_forms(text, ["Shawnee Ray Whitfield"]) == ()
    own = 'Shawnee "Shay" Whitfield attended. shay said she is fine.'
    assert subject_short_forms(own, ["Shawnee Ray Whitfield"]) == ("Shay", "shay")


def test_a_form_the_release_gives_another_person_is_not_the_subjects() -> None:
    names = gather_names(['Mother\'s paramour, Deshawn "Shay" Tubby, moved out in August.'])
    others = release_forms_of_others(names, ["Shawnee Ray Whitfield"])
    text = "ya she can. ronda said shay is back in town tho"
    assert subject_short_forms(text, ["Shawnee Ray Whitfield"], others) == ()
    assert subject_short_forms(text, ["Shawnee Ray Whitfield"]) == ("shay",)


@pytest.mark.parametrize(
    ("subject", "text", "term"),
    [
        (["Gerald Pomerleau"], "pt pomerleau, gerald. hx copd, dm2, gerd. pain 4/10.", "gerd"),
        (["Gerald Pomerleau"], "Gerald Pomerleau. Hx COPD, GERD.", "GERD"),
        (["Ciprian Vlad"], "CIPRIAN VLAD, ADM FOR UTI, ON CIPRO 500 BID.", "CIPRO"),
        (["Ciprian Vlad"], "Ciprian Vlad, adm for UTI, on Cipro 500 BID.", "Cipro"),
    ],
)
def test_a_term_of_meaning_is_no_short_form_of_the_subjects_name(
    subject: list[str], text: str, term: str
) -> None:
    """A diagnosis or a drug that begins as the subject's given name ("gerd" beside
    Gerald) is what it says, not her name."""
    assert term not in subject_short_forms(text, subject)


def test_a_diagnosis_beside_the_subjects_name_survives_research(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "pt pomerleau, gerald rm 522. hx copd, dm2, gerd. tol clears.\n-k. okafor rn"
    out = redactor_for("research-safe-harbor").redact(text, subject=["Gerald Pomerleau"]).text
    assert "gerd" in out and "copd" in out
    assert "pomerleau" not in out and "gerald" not in out
