"""RelationNameRecognizer: a name right after a relation word, without the relation."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.relation_name import RelationNameRecognizer


@pytest.fixture(scope="module")
def recognizer() -> RelationNameRecognizer:
    return RelationNameRecognizer()


def _found(recognizer: RelationNameRecognizer, text: str) -> list[str]:
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Met with her son Mateo at the home.", ["Mateo"]),
        # a form label in markdown bold, and a name that is also a common word
        ("**Sibling:** Mason, age 2", ["Mason"]),
        ("**Brother**: Hunter, 4", ["Hunter"]),
        ("I called his mother, Rosa Delgado, to confirm.", ["Rosa Delgado"]),
        ("The client's grandmother Ms. Ruth attended.", ["Ruth"]),
        ("Her foster parent Janet reported no concerns.", ["Janet"]),
        ("Her boyfriend Tyrell was present.", ["Tyrell"]),
        ("Spoke with the caseworker, Aisha Khan, by phone.", ["Aisha Khan"]),
        ("His stepdad Bill drove him to school.", ["Bill"]),
        ("Her sister-in-law Priya watches the kids.", ["Priya"]),
        ("Her son Jean-Luc O'Neil came to the office.", ["Jean-Luc O'Neil"]),
        ("The mother Rosa M. Delgado signed the plan.", ["Rosa M. Delgado"]),
        ("Her sons Mateo and Luis were at school.", ["Mateo", "Luis"]),
        ("Children: Ana, Leo and Mia.", ["Ana", "Leo", "Mia"]),
        ("Mother: Rosa Delgado", ["Rosa Delgado"]),
        ("her daughter April attends daycare.", ["April"]),
        ("Her Son Mateo was asleep.", ["Mateo"]),
        ("CW met with the GAL, Maria Lopez, after court.", ["Maria Lopez"]),
        ("Her son Mateo And his friend left early.", ["Mateo"]),
        ("His great-grandmother Odessa lives nearby.", ["Odessa"]),
        ('Child said "Aunt Lolo" does her hair now.', ["Lolo"]),
        ("Uncle Ray Tate picked them up.", ["Ray Tate"]),
        ("Pt tearful. Wife Marzena supportive.", ["Marzena"]),
        ("Husband Tadeusz drove her to the visit.", ["Tadeusz"]),
        ("Grandma Ines present at the visit.", ["Ines"]),
        ("Went to Tía Rosa for the weekend.", ["Rosa"]),
        # a nickname in quotes after the relation word
        ('Mom staying w/ friend "Bucky" in town.', ["Bucky"]),
        ("Her cousin “Peanut” drove.", ["Peanut"]),
    ],
)
def test_finds_the_name_only(
    recognizer: RelationNameRecognizer, text: str, expected: list[str]
) -> None:
    assert _found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I asked her son Did he eat today.",
        "Visited her mother Tuesday at noon.",
        "his brother And then he left.",
        "Saw her mother April 3 for a visit.",
        "Her son attends Lincoln Elementary.",
        "her son Lincoln Elementary",
        "Child Protective Services opened a case.",
        "Mother reported that the children were fed.",
        "The father stated he would return.",
        "Her son is doing well in school.",
        "Her son. Mateo said he was hungry.",
        "Parent Teacher Association meeting tonight.",
        "Her worker Monday was out sick.",
        "her son I think was tired.",
        "Aunt and uncle were both present.",
        "[10/28 7:15 AM] worker: Sorry to hear that. Let's reschedule.",
        "[10/30 8:30 AM] worker: Thanks. Reminder: court is 11/12.",
        "Her son ER visit was on Monday; mother: PO said ok.",
        "Scores: PHQ 17, GAD 12 (moderate).",
        "Grandma picks up both children Tuesdays at 3:10.",  # a schedule's plural weekday
    ],
)
def test_ignores_ordinary_sentences(recognizer: RelationNameRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []


def test_score_passes_default_threshold(recognizer: RelationNameRecognizer) -> None:
    text = "her son Mateo"
    results = recognizer.analyze(text, entities=["PERSON"], nlp_artifacts=None)
    assert [r.entity_type for r in results] == ["PERSON"]
    assert results[0].score >= 0.6


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("His son, DJ, is 12 and in sixth grade.", "DJ"),
        ("Her daughter KK was at the visit.", "KK"),
        ("Marcus's son from a prior relationship, DJ (age 12), lives with his mother.", "DJ"),
        ("Kids: TJ (6 yo) and Mia.", "TJ"),
    ],
)
def test_a_letters_nickname_after_a_relation_or_before_an_age(
    recognizer: RelationNameRecognizer, text: str, name: str
) -> None:
    assert name in _found(recognizer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DCFS home visit done. FOB Tre calling from jail.", ["Tre"]),
        ("PGM Loretta not on visitor list", ["Loretta"]),
        ("Twin A Zuri 6 wks old. Twin B Kaden likely BPD.", ["Zuri", "Kaden"]),
        ('mob named babies: twin a "Zuri", twin b "Kaden".', ["Zuri", "Kaden"]),
    ],
)
def test_bedside_relations_cue_a_name(
    recognizer: RelationNameRecognizer, text: str, expected: list[str]
) -> None:
    assert _found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text", ["MOB AT BEDSIDE W/ MGM.", "FOB REMAINS IN JAIL", "Twin A passed the hearing screen."]
)
def test_bedside_relations_before_capitals_or_verbs_cue_nothing(
    recognizer: RelationNameRecognizer, text: str
) -> None:
    assert _found(recognizer, text) == []


def test_capitals_after_a_bedside_relation_are_the_notes_own(
    recognizer: RelationNameRecognizer,
) -> None:
    assert _found(recognizer, "EYE EXAM TWIN A: ROP STAGE 1 ZONE II. MOB PRESENT.") == []
