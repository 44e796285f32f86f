"""TitledNameRecognizer: a name after an honorific or title, without the title."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.titled_name import TitledNameRecognizer


@pytest.fixture(scope="module")
def recognizer() -> TitledNameRecognizer:
    return TitledNameRecognizer()


def _found(recognizer: TitledNameRecognizer, text: str) -> list[str]:
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spoke with Ms. Nguyen today.", ["Nguyen"]),
        ("Dr. Potter reviewed the medications.", ["Potter"]),
        ("The applicant was represented by Mr A. Demetriades, a lawyer.", ["A. Demetriades"]),
        (
            "by a Cypriot national, Mrs Anna Evagorou Christou (the applicant)",
            ["Anna Evagorou Christou"],
        ),
        ("Their Agent, Mr Z.M. Necatigil, replied.", ["Z.M. Necatigil"]),
        ("Judge Alvarez ordered a home study.", ["Alvarez"]),
        ("Officer Daniels responded to the call.", ["Daniels"]),
        ("Det. Ramirez called back.", ["Ramirez"]),
        ("Prof. Kim wrote a letter of support.", ["Kim"]),
        ("Rev. Johnson visited the family.", ["Johnson"]),
        ("Miss Ellie is the preschool teacher.", ["Ellie"]),
        ("Mx. Rivera uses they/them pronouns.", ["Rivera"]),
        ("Appointment with Dr. van der Berg on Friday.", ["van der Berg"]),
        # a surname of one letter after its particles
        ("Dear Ms. de la O: thank you for the unit.", ["de la O"]),
        ("Attn: Mr. Rubén de la O, Leasing Specialist", ["Rubén de la O"]),
        ("Seen with Dr. A. de la O, then home.", ["A. de la O"]),
        ("Mr. O'Neil and Mrs. McKenzie-Smith attended.", ["O'Neil", "McKenzie-Smith"]),
        (
            "The applicant, Mr Louis Osaze Darren Omoregie, is Nigerian.",
            ["Louis Osaze Darren Omoregie"],
        ),
        ("Represented by Ms E.-L. Kiiski.", ["E.-L. Kiiski"]),
        ("A Polish national, Mr January Jagiełło, applied.", ["January Jagiełło"]),
        ("Hello, this is Dr. Kyle Kuefer.", ["Kyle Kuefer"]),
    ],
)
def test_finds_the_name_without_the_title(
    recognizer: TitledNameRecognizer, text: str, expected: list[str]
) -> None:
    assert _found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She lives at 45 Maple Dr. Apt 3.",
        "The family moved to 12 Oak Dr Springfield.",
        "Missed the Dr. Appointment on Monday.",
        "Nurse Practitioner visit scheduled.",
        "the Principal Public Prosecutor appealed.",
        "mr. elliott did not answer.",
        "She saw the doctor and the judge.",
        "Client asked Mr. to wait.",
    ],
)
def test_ignores_ordinary_sentences(recognizer: TitledNameRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []


def test_honorific_scores_higher_than_role(recognizer: TitledNameRecognizer) -> None:
    honorific = recognizer.analyze("Ms. Nguyen", entities=["PERSON"], nlp_artifacts=None)
    role = recognizer.analyze("Officer Daniels", entities=["PERSON"], nlp_artifacts=None)
    assert honorific[0].score > role[0].score >= 0.6


def test_a_number_earlier_in_the_sentence_is_not_an_address(
    recognizer: TitledNameRecognizer,
) -> None:
    assert _found(recognizer, "On 3/14/2026 CW met Ms. Nguyen and Dr. Potter.") == [
        "Nguyen",
        "Potter",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("1SG Okafor was present for the sponsor.", "Okafor"),
        ("MPO issued by CPT Lindqvist on 9/1.", "Lindqvist"),
        ("Referred by SSgt Maribel Truong, unit victim advocate.", "Maribel Truong"),
    ],
)
def test_a_name_after_a_military_rank_is_found(
    recognizer: TitledNameRecognizer, text: str, name: str
) -> None:
    assert name in _found(recognizer, text)


def test_a_billing_code_after_cpt_is_no_name(recognizer: TitledNameRecognizer) -> None:
    assert _found(recognizer, "CPT 90837 x 12; CPT Code 90847 billed.") == []
