"""Lower-case names finished from their neighbours, and lists finished from their names."""

from __future__ import annotations

from redact.detect.name_neighbours import name_neighbour_findings
from redact.findings import Finding


def _added(text: str, *names: str) -> list[str]:
    found = [Finding(text.index(n), text.index(n) + len(n), "PERSON", 0.85) for n in names]
    return [text[f.start : f.end] for f in name_neighbour_findings(text, found)]


def test_a_lower_case_name_grows_over_initials_and_rare_words() -> None:
    text = "follow up with benjamin a seiler in a couple of months."
    assert _added(text, "seiler") == ["benjamin a seiler"]


def test_a_lower_case_name_grows_over_a_word_english_does_not_know() -> None:
    assert _added("follow up with monika žilková soon", "monika") == ["monika žilková"]


def test_common_words_and_capitalised_names_are_left_alone() -> None:
    assert _added("naomi will call you back tomorrow.", "naomi") == []
    assert _added("We met Maria and the kids.", "Maria") == []
    assert _added("talked to naomi about it", "naomi") == []


def test_a_list_that_is_mostly_names_is_all_names() -> None:
    text = "they had 6: silvana, adam, christopher, kristina, chad and caleb."
    added = _added(text, "silvana", "christopher", "kristina", "caleb")
    assert added == ["adam", "chad"]


def test_a_list_that_is_mostly_not_names_adds_nothing() -> None:
    text = "She bought bread, milk, eggs, grace and butter."
    assert _added(text, "grace") == []


def test_a_hyphenated_kin_word_is_no_part_of_the_name_after_it() -> None:
    from redact.detect.name_neighbours import name_neighbour_findings
    from redact.findings import Finding

    text = "per sister-in-law rochelle, pt fell. met rivas-okafor dana today."
    start = text.index("rochelle")
    grown = name_neighbour_findings(text, [Finding(start, start + 8, "PERSON", 0.6)])
    assert grown == []
    start = text.index("dana")
    grown = name_neighbour_findings(text, [Finding(start, start + 4, "PERSON", 0.6)])
    assert [text[f.start : f.end] for f in grown] == ["rivas-okafor dana"]


def test_a_whole_name_does_not_grow_over_the_next_persons_possessive() -> None:
    from redact.detect.name_neighbours import name_neighbour_findings
    from redact.findings import Finding

    text = "yeah this is dorrit vance wenna's son calling. ask for odell wexby's nephew."
    start = text.index("dorrit")
    grown = name_neighbour_findings(text, [Finding(start, start + 12, "PERSON", 0.6)])
    assert grown == []
    start = text.index("odell")
    grown = name_neighbour_findings(text, [Finding(start, start + 5, "PERSON", 0.6)])
    assert [text[f.start : f.end] for f in grown] == ["odell wexby's"]


def test_spanish_words_beside_a_name_are_not_its_parts() -> None:
    assert _added("con el cuñado elmer en los techos", "elmer") == []


def test_the_pronoun_i_is_no_initial_between_a_name_and_the_next_word() -> None:
    assert _added("can u tell mr haldane i cant come thurs", "haldane") == []
    assert _added("ask ms ferreira i dont know", "ferreira") == []
