"""The vocabulary of meaning: package lists loaded, hand lists folded, names kept out."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect import meaning
from redact.detect.meaning import (
    credentials,
    drug_names,
    icd10_codes,
    inside_longer_term,
    is_clinical,
    is_clinical_term,
    is_icd10_code,
    is_kin_word,
    is_meaning,
    normalise,
)


def test_icd10_codes_come_from_the_package() -> None:
    codes = icd10_codes().split()
    assert len(codes) > 50_000
    assert {"F902", "F4310", "Z630", "F32"} <= set(codes)


@pytest.mark.parametrize("code", ["F90.2", "F43.10", "Z63.0", "f32.9", "S72.001A", "F32"])
def test_written_icd10_codes_are_recognised(code: str) -> None:
    assert is_icd10_code(code)
    assert is_meaning(code)


@pytest.mark.parametrize("token", ["F99.99", "U12.3", "F9", "A1234567", "Z63.", "555.0143"])
def test_other_code_shapes_are_not_icd10(token: str) -> None:
    assert not is_icd10_code(token)


def test_drug_names_hold_generic_and_brand_names() -> None:
    drugs = drug_names()
    assert {"sertraline", "adderall", "lasix", "metoprolol", "dopamine", "guanfacine"} <= drugs
    # canonical names the package lists only as such, with a MedlinePlus page
    assert {"estradiol", "testosterone", "progesterone"} <= drugs
    assert not {"water", "gold", "honey"} & drugs


@pytest.mark.parametrize(
    "phrase",
    ["Check-In/Check-Out", "check in check out", "PHQ-9", "phq 9", "Head Start",
     "EARLY HEAD START", "504 plan", "Adderall", "METOPROLOL", "Landlord's", "Dx",
     "LMSW", "Triple P", "Section 8", "Medicaid", "McKinney-Vento", "GSA", "PrEP", "HRT",
     "TLP", "CSWA", "Homeless Liaison", "Youth Worker", "Residential Habilitation",
     "day hab", "Vineland-3", "SIS-A", "Person-Centered Plan", "CESP", "BCaBA", "job coach",
     "Direct Support Professional", "housemate", "NCG", "LBSW", "CFE"],
)  # fmt: skip
def test_terms_are_found_in_any_case_and_spelling(phrase: str) -> None:
    assert is_meaning(phrase)


@pytest.mark.parametrize(
    "phrase",
    ["Hamilton Anxiety Rating Scale", "ZARIT BURDEN SCALE", "Beck Hopelessness Inventory",
     "Caregiver Strain Questionnaire", "Pediatric Symptom Checklist",
     "Structured Caregiver Burden Interview", "Lawton Functional Index"],
)  # fmt: skip
def test_an_instrument_named_by_its_kind_is_meaning(phrase: str) -> None:
    assert is_meaning(phrase)


@pytest.mark.parametrize(
    "phrase", ["Scale", "Mesa Scale Works", "Inventory Dept", "Tipton", "Interview", "Index Card"]
)
def test_a_kind_word_alone_or_inside_a_name_is_not_an_instrument(phrase: str) -> None:
    assert not is_meaning(phrase)


@pytest.mark.parametrize("name", ["Allegra", "Wilson", "Parkinson", "Margaret", "Whitaker"])
def test_package_words_that_are_names_are_not_meaning(name: str) -> None:
    # "Allegra" is a brand, "Wilson" and "Parkinson" name diseases: all are names too.
    assert not is_meaning(name)


def test_hand_listed_role_words_win_over_the_name_lists() -> None:
    assert is_meaning("Foster")


def test_diagnosis_words_and_ambiguous_acronyms_count_only_without_case() -> None:
    # In prose "Bursa" is a city and "BNP" a party; in a capitals note they are clinical.
    for word in ("HYPERKALEMIA", "bursa", "BNP", "IV"):
        assert is_clinical(word) and not is_meaning(word)


def test_clinical_terms_are_a_narrower_set_than_meaning() -> None:
    assert is_clinical_term("COPD") and is_clinical_term("PHQ-9") and is_clinical_term("F90.2")
    assert not is_clinical_term("Head Start") and not is_clinical_term("Caseworker")
    assert is_clinical("dopamine") and not is_clinical("healey")


def test_normalise_folds_case_separators_and_possessives() -> None:
    assert normalise("Check-In/Check-Out") == "check in check out"
    assert normalise("Landlord’s") == "landlord"
    assert normalise("  PHQ-9 ") == "phq 9"
    assert "lcsw" in credentials() and "foster" not in credentials()


@pytest.mark.parametrize("phrase", ["A&Ox2", "AOx3", "A+Ox4", "A & O x 3", "a&ox1"])
def test_orientation_scores_are_meaning(phrase: str) -> None:
    assert is_meaning(phrase)


@pytest.mark.parametrize("phrase", ["Ox", "Oxley", "AOx9", "Box2"])
def test_other_words_are_not_orientation(phrase: str) -> None:
    assert not is_meaning(phrase)


def test_remembered_answers_are_the_computed_ones() -> None:
    """`is_meaning` remembers its answers: asked twice, each phrase gets what the lists
    give it when computed afresh, the terms and the names alike."""
    phrases = [
        "IEP", "IEPs", "504 plan", "F90.2", "A&Ox3", "PACE", "Home Health Aide",
        "Head Start", "Lincoln", "Rosa Delgado", "the", "", "  ", "M.D.", "Parents as Teachers",
    ]  # fmt: skip
    computed = [is_meaning.__wrapped__(p) for p in phrases]
    assert computed[:3] == [True, True, True] and computed[9] is False
    for _ in range(2):
        assert [is_meaning(p) for p in phrases] == computed


@pytest.mark.parametrize("phrase", ["L4-L5", "L5-S1", "C5-6", "T12", "L4/5", "RFC", "SGA", "IME"])
def test_spinal_levels_and_disability_benefit_terms_are_meaning(phrase: str) -> None:
    assert is_meaning(phrase)


@pytest.mark.parametrize("phrase", ["Lot 5", "Lowry", "C0", "LS5"])
def test_other_short_codes_are_not_spinal_levels(phrase: str) -> None:
    assert not is_meaning(phrase)


@pytest.mark.parametrize(
    "term",
    ["SI", "SI/HI", "MVA", "Baker Act", "Marchman Act", "Florida Assertive Community Treatment",
     "Mobile Response Team", "Crisis Stabilization Unit", "988"],
)  # fmt: skip
def test_crisis_terms_are_meaning_in_prose(term: str) -> None:
    assert is_meaning(term)


def test_crisis_terms_survive_in_prose(redactor_for: Callable[[str], Redactor]) -> None:
    text = (
        "Hx: PTSD from MVA 2019. 2 prior IP: 2021 (SI), 3/2023 (OD sertraline).\n"
        "Pt endorses SI, denies HI. Baker Act initiated. Referred to Florida Assertive "
        "Community Treatment (FACT).\n"
    )
    out = redactor_for("consultation").redact(text, ["Tristan Delacroix"]).text
    for term in ("MVA", "(SI)", "endorses SI", "Baker Act", "Florida Assertive Community"):
        assert term in out, term


@pytest.mark.parametrize("word", ["Kookum", "unci", "Abuela", "AYEEYO", "Tatay", "Bà"])
def test_kin_words_of_clients_languages(word: str) -> None:
    assert is_kin_word(word)


@pytest.mark.parametrize("word", ["Lola", "Tia", "Nana", "lolo", "Rosa", "Grandma"])
def test_names_and_pet_names_are_no_kin_words(word: str) -> None:
    assert not is_kin_word(word)


def test_a_word_inside_a_longer_term() -> None:
    text = "Referred to REFUGEE CASH ASSISTANCE and to Cash Roe."
    cash = text.index("CASH")
    assert inside_longer_term(text, cash, cash + 4)
    other = text.index("Cash Roe")
    assert not inside_longer_term(text, other, other + 4)


def test_remembered_answers_follow_the_text_asked_of() -> None:
    programme = "Referred to Florida Assertive Community Treatment today."
    person = "Referred to Florida Reyes, her aunt, today."
    start = programme.index("Florida")  # the same span in both texts
    for _ in range(2):  # asked again, and in turns, each text keeps its own answer
        assert inside_longer_term(programme, start, start + 7)
        assert not inside_longer_term(person, start, start + 7)


def test_a_dietitians_credentials_and_the_eating_disorder_team_survive(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "Dietitian: Nadia Petrov, RDN, LDN, CEDS-S. Peer mentor Gus Albrecht and the "
        "Primary therapist Lena Voss, LPCC, CEDRD, met the family."
    )
    out = redactor_for("research-safe-harbor").redact(text, ["Wren Ostby"]).text
    for term in ("Dietitian", "RDN", "LDN", "CEDS-S", "Peer mentor", "Primary therapist", "CEDRD"):
        assert term in out, term
    assert "Petrov" not in out and "Voss" not in out and "Albrecht" not in out


@pytest.mark.parametrize(
    "phrase", ["A & O x 4", "L3 - L4", "Early Head Start", "Home Health Aides", "Case Manager"]
)
def test_terms_of_several_words_are_found_past_the_first_word_check(phrase: str) -> None:
    assert is_meaning(phrase)


@pytest.mark.parametrize(
    "phrase", ["Quillon Abernathy", "Torvik said", "Zephyrine and Odo", "Harrowgate Lane 12"]
)
def test_phrases_led_by_a_word_that_starts_no_term_are_no_terms(phrase: str) -> None:
    assert not is_meaning(phrase)


def test_the_first_word_check_answers_as_the_full_lookup(monkeypatch: pytest.MonkeyPatch) -> None:
    prose = (
        "Met with Ilsabet Vorhaus and her case manager re: Early Head Start and Speech "
        "Therapy; pt A & O x 3, L2 - L3 pain, Home Health Aides twice weekly per "
        "Dr. Quenby. Dx: PTSD, F43.10. Attends Family Drug Court on Tuesdays."
    )
    words = prose.split()
    phrases = {
        " ".join(words[i : i + size]).strip(".,;:")
        for size in range(1, 5)
        for i in range(len(words) - size + 1)
    }
    checked = {phrase: meaning.is_meaning.__wrapped__(phrase) for phrase in phrases}
    assert any(checked.values())
    monkeypatch.setattr(meaning, "_starts_no_term", lambda phrase: False)
    assert {phrase: meaning.is_meaning.__wrapped__(phrase) for phrase in phrases} == checked


@pytest.mark.parametrize("term", ["SICU", "MICU", "DISPO", "IDT", "idg"])
def test_a_charts_units_dispositions_and_team_meetings_are_meaning(term: str) -> None:
    assert is_meaning(term)


@pytest.mark.parametrize("letters", ["FACEP", "FAAP", "DPT", "OTR/L", "SLP"])
def test_fellowships_and_rehabilitation_credentials_are_credentials(letters: str) -> None:
    assert normalise(letters) in credentials()


def test_a_fellowship_after_a_removed_name_stays(redactor_for: Callable[[str], Redactor]) -> None:
    text = "Our medical director, Ingrid Solvang-Ruiz, MD, FACEP, reviewed the request."
    out = redactor_for("social-media").redact(text).text
    assert "Solvang" not in out and "MD, FACEP" in out
