"""Names in lower-case transcriptions and notes: relations as cues outside message logs,
rare surnames known from the release, the lower-case half of a hyphenated name, and short
forms that are given names themselves."""

from __future__ import annotations

import re

import pytest

from redact import Redactor
from redact.detect.lexicon import gather_names
from redact.detect.lower_case_names import lower_case_name_findings
from redact.detect.person_shapes import grow_names
from redact.findings import Finding


def _present(term: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text, re.IGNORECASE) is not None


def test_a_relation_is_a_cue_in_a_lower_case_paragraph() -> None:
    text = (
        "oct 3 2025 4:10 pm from unknown\n"
        "yeah hi this is about my dad um my husband ansel says he can drive him on tuesday\n"
    )
    found = [text[f.start : f.end] for f in lower_case_name_findings(text)]
    assert found == ["ansel"]


def test_relations_in_capitalised_prose_cue_only_given_names() -> None:
    # A terse note mixes capitals and lower case ("son ricky in tulsa"): a given name typed
    # in lower case after a kin word is a person's there too; a common word is not.
    text = "Her husband ansel was not home. The worker met the client."
    assert [text[f.start : f.end] for f in lower_case_name_findings(text)] == ["ansel"]
    common = "Her husband will call. Her son said the worker met the client."
    assert lower_case_name_findings(common) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Partner jorge is on probation and has not finished the program.", "jorge"),
        ("Home visit. Son mateo (age 9) present.", "mateo"),
        ("Per client, Boyfriend dante stays most nights.", "dante"),
        ("Sister keisha called to reschedule.", "keisha"),
        ("NEPHEW tavon stays weekends.", "tavon"),
    ],
)
def test_a_kin_word_opening_a_sentence_cues_a_lower_case_name(text: str, name: str) -> None:
    # A terse note opens a sentence on the kin word and types the name in lower case.
    assert [text[f.start : f.end] for f in lower_case_name_findings(text)] == [name]


def test_a_kin_word_opening_a_sentence_takes_no_common_word() -> None:
    text = "Partner is supportive. Son said he was hungry. Sister works nights. Son will call."
    assert lower_case_name_findings(text) == []


def test_the_lower_case_half_of_a_hyphenated_name_is_grown_into() -> None:
    text = "client: quillfeather-osei, r.   acct on file"
    start = text.index("quillfeather")
    finding = Finding(start, start + len("quillfeather"), "PERSON", 0.6)
    grown = grow_names(text, [finding])
    assert [text[f.start : f.end] for f in grown] == ["quillfeather-osei"]
    common = "he is a kowalczyk-like figure"  # a common word after the hyphen is no name
    start = common.index("kowalczyk")
    finding = Finding(start, start + len("kowalczyk"), "PERSON", 0.6)
    assert [common[f.start : f.end] for f in grow_names(common, [finding])] == ["kowalczyk"]


@pytest.mark.parametrize("policy", ["consultation", "research-safe-harbor"])
def test_release_names_reach_lower_case_transcripts(policy: str) -> None:
    docs = [
        "Caseworker: Odette Pellingham, LSW. Client: Bernadette Szalai-Voorhis. "
        "Grandson Valentino Okwuosa attends the middle school.",
        "hi this is a message for miss pellingham about mrs szalai-voorhis, "
        "val is home sick again and i can't get the pharmacy to pick up",
        "Notes from the school: Val was absent on Friday.",
    ]
    redactor = Redactor(policy, release_names=gather_names(docs))
    released = "\n".join(redactor.redact(d).text for d in docs)
    leaked = [w for w in ("pellingham", "szalai", "voorhis", "val") if _present(w, released)]
    assert not leaked, f"{leaked} leaked in {released!r}"


def test_an_aides_log_keeps_weekdays_and_visit_times_and_loses_short_forms() -> None:
    docs = [
        "Household: grandmother; grandson Teodoro Quispe-Vance, 10.",
        "5/12 0900-1130 arr 0900. pill box Tues/Wed AM still full. gs teo home (no sch).\n"
        "5/14 0900-1130 called teo's cell, no answer.",
    ]
    redactor = Redactor("court-subpoena", release_names=gather_names(docs))
    released = redactor.redact(docs[1]).text
    assert "5/12 0900-1130" in released and "Tues/Wed AM" in released
    assert not _present("teo", released), released


def test_a_care_role_in_capitals_is_a_title_before_a_lower_case_name() -> None:
    text = "7/9 0900-1100 RN svetlana present for sup visit. HHA to continue. SW called rn."
    found = [text[f.start : f.end] for f in lower_case_name_findings(text)]
    assert found == ["svetlana"]


def test_a_common_given_name_after_a_relation_joins_the_release_names() -> None:
    names = gather_names(["Her son, Peter Vandersloot, will drive her to the hearing."])
    assert "Peter Vandersloot" in names.full_names
    docs = [
        "Her son, Peter Vandersloot, will drive her to the hearing.",
        "yeah this is petey um my mom wants to know about the hearing",
    ]
    redactor = Redactor("consultation", release_names=gather_names(docs))
    assert "petey" not in redactor.redact(docs[1]).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("0200 pacing, talking to unseen others. redirected by MHW dmitri.", "dmitri"),
        ("1900 refused dinner. DSP kendra sat w/ him.", "kendra"),
    ],
)
def test_a_residential_or_ward_role_in_capitals_is_a_title(text: str, name: str) -> None:
    assert [text[f.start : f.end] for f in lower_case_name_findings(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hi ms dahl, the twins had a rough weekend. teta mona showed up at the game.", "mona"),
        ("ciocia basia will take them sunday.", "basia"),
    ],
)
def test_kin_words_of_more_languages_name_a_person(text: str, name: str) -> None:
    assert name in [text[f.start : f.end] for f in lower_case_name_findings(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('0300 pt confused, calling for "walt". reoriented. K 5.1. CHF pathway.', "walt"),
        ('2200 RESTLESS, crying out for "rosie". PRN GIVEN.', "rosie"),
    ],
)
def test_whom_a_patient_calls_for_in_quotes_is_a_person(text: str, name: str) -> None:
    assert name in [text[f.start : f.end] for f in lower_case_name_findings(text)]


def test_a_quoted_word_called_for_that_is_no_name_stays() -> None:
    text = '0300 pt calling for "help". reoriented. K 5.1.'
    assert lower_case_name_findings(text) == []
