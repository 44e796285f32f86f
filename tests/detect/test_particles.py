"""Surnames with particles are one name, never "[PERSON] der [PERSON]"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.particles import join_particles, particle_surnames
from redact.findings import Finding


def test_two_names_with_only_particles_between_are_one() -> None:
    text = "Wilhelmina Van der Berg and Lena von Trapp met Ana Diaz."
    findings = [
        Finding(0, 14, "PERSON", 0.8), Finding(19, 23, "PERSON", 0.8),
        Finding(28, 32, "PERSON", 0.8), Finding(37, 42, "PERSON", 0.8),
        Finding(47, 55, "PERSON", 0.8),
    ]  # fmt: skip
    joined = sorted(text[f.start : f.end] for f in join_particles(text, findings))
    assert joined == ["Ana Diaz", "Lena von Trapp", "Wilhelmina Van der Berg"]


def test_other_words_between_names_keep_them_apart() -> None:
    text = "Maria and Jose came."
    findings = [Finding(0, 5, "PERSON", 0.8), Finding(10, 14, "PERSON", 0.8)]
    assert join_particles(text, findings) == findings


@pytest.mark.parametrize("policy", ["research-safe-harbor", "consultation"])
def test_no_particle_is_left_between_placeholders(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = 'Alleged victim: Wilhelmina "Billie" Van der Berg, DOB 02/11/1932, lives alone.'
    out = redactor_for(policy).redact(text).text
    assert " der " not in out and "Berg" not in out and "Wilhelmina" not in out


@pytest.mark.parametrize(
    ("text", "name", "grown"),
    [
        ("Case manager: Marisol del Toro (M. del Toro)", "Marisol", "Marisol del Toro"),
        ("Household: Wilmer Ortiz de León, 31", "Wilmer Ortiz", "Wilmer Ortiz de León"),
        ("Ana de la Cruz called", "Ana", "Ana de la Cruz"),
        ("Elmer\tdel Toro\t08/15/2025", "Elmer", "Elmer"),  # a table's next cell
        ("saw Juan de La Habana", "Juan", "Juan"),  # "La": an article, not a surname
    ],
)
def test_a_particle_surname_after_a_name_is_part_of_it(text: str, name: str, grown: str) -> None:
    start = text.index(name)
    found = particle_surnames(text, [Finding(start, start + len(name), "PERSON", 0.85)])
    assert text[found[0].start : found[0].end] == grown


def test_an_initial_before_a_particle_surname_of_a_found_name() -> None:
    text = "Case manager: Marisol del Toro (M. del Toro); M. del Rio is not her."
    start = text.index("Marisol")
    found = particle_surnames(text, [Finding(start, start + 7, "PERSON", 0.85)])
    assert [text[f.start : f.end] for f in found] == ["Marisol del Toro", "M. del Toro"]


@pytest.mark.parametrize(
    ("text", "name", "grown"),
    [
        # a name that ends on a capitalised particle runs on to the surname
        ("Children: Inés De la Peña, 6", "Inés De", "Inés De la Peña"),
        ("Referred by Jorge De los Ríos yesterday", "Jorge De", "Jorge De los Ríos"),
        ("Kids: Lotte Van der Wiel", "Lotte Van", "Lotte Van der Wiel"),
        ("Son: Mauro Del", "Mauro Del", "Mauro Del"),  # nothing after it to take
        # capital particles before a found surname, after a label or punctuation
        ("Payer: DE LAS HERAS, MARTA  acct", "HERAS, MARTA", "DE LAS HERAS, MARTA"),
        ("Guardian (van der Zee) signed", "Zee", "van der Zee"),
        ("| Member | De los Ángeles |", "Ángeles", "De los Ángeles"),
    ],
)
def test_particles_at_either_end_of_a_name_are_part_of_it(text: str, name: str, grown: str) -> None:
    start = text.index(name)
    found = particle_surnames(text, [Finding(start, start + len(name), "PERSON", 0.85)])
    assert text[found[0].start : found[0].end] == grown


@pytest.mark.parametrize(
    "text",
    [
        "He said the model el Gomez liked it.",  # after a word of the sentence: left alone
        "Family: Ruiz y Ortega",  # "y" joins two surnames; it never opens one
    ],
)
def test_particles_after_a_word_or_a_conjunction_are_not_taken(text: str) -> None:
    name = text.split()[-2] if text.endswith("it.") else "Ortega"
    start = text.index(name)
    found = particle_surnames(text, [Finding(start, start + len(name), "PERSON", 0.85)])
    assert (found[0].start, found[0].end) == (start, start + len(name))


def test_the_subject_with_a_spanish_particle_surname_is_kept_whole_under_a_subpoena(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "Progress report for Mr. De las Casas, who began group in May. "
        "Mr. De las Casas attends weekly; his daughter Pilar De las Casas, 5, lives with"
        " her mother."
    )
    out = (
        redactor_for("court-subpoena")
        .redact(text, subject=["Anselmo De las Casas", "Anselmo J. De las Casas"])
        .text
    )
    assert out.count("Mr. De las Casas") == 2
    assert "Pilar" not in out and "[PERSON] las" not in out


def test_an_all_capitals_particle_surname_leaves_no_particle_behind(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Participant: DE LAS CASAS, ANSELMO JOSE        Member ID: QX-55120"
    out = redactor_for("research-safe-harbor").redact(text).text
    assert "DE LAS" not in out and "CASAS" not in out and "ANSELMO" not in out


def test_an_inverted_name_takes_its_particle_surname_before_the_comma() -> None:
    text = "Payer: DE LA TORRE, IMELDA  acct"
    start = text.index("IMELDA")
    found = particle_surnames(text, [Finding(start, start + 6, "PERSON", 0.85)])
    assert text[found[0].start : found[0].end] == "DE LA TORRE, IMELDA"


@pytest.mark.parametrize(
    ("text", "name", "grown"),
    [
        ("Housing\tRenée de la O\t11/1", "Renée", "Renée de la O"),
        ("Voicemail from Luis de la O. He will call back.", "Luis", "Luis de la O"),
        ("Ana de la Oaks called", "Ana", "Ana de la Oaks"),
    ],
)
def test_a_lone_capital_after_de_la_is_a_surname(text: str, name: str, grown: str) -> None:
    start = text.index(name)
    found = particle_surnames(text, [Finding(start, start + len(name), "PERSON", 0.85)])
    assert text[found[0].start : found[0].end] == grown


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Housing: R. de la O, 11/1", "R. de la O"),
    ],
)
def test_a_particle_surname_after_an_initial_is_a_name(text: str, surname: str) -> None:
    found = [text[f.start : f.end] for f in particle_surnames(text, [])]
    assert surname in found
