"""Lower-case given names that English also has as words, found by the person's slot they
stand in (`redact.detect.message_slots`), through `lower_case_name_findings`."""

from __future__ import annotations

import pytest

from redact.detect.lower_case_names import lower_case_name_findings
from redact.detect.message_slots import handle_part_spans, kin_name_spans, slot_name_spans


def _found(text: str) -> set[str]:
    return {text[f.start : f.end] for f in lower_case_name_findings(text)}


def _slots(text: str) -> set[str]:
    return {text[s:e] for s, e in slot_name_spans(text, ((0, len(text)),))}


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("pls dont bring rosa to practice again", "rosa"),
        ("can u take dale home after", "dale"),
        ("ok. so sorry about ruth", "ruth"),
        ("ok. so sorry about ruth, call me", "ruth"),
        ("dean at the shop wants him sundays", "dean"),
        ("home early. said dale at work yelled at him", "dale"),
        ("thanks so much. rosa made him a card", "rosa"),
        ("im outside. ruth is waiting in the car", "ruth"),
        ("babies be safe. dean call me after ur appt", "dean"),
    ],
)
def test_a_given_name_english_knows_in_a_persons_slot(line: str, name: str) -> None:
    assert name in _slots(line)


@pytest.mark.parametrize(
    "line",
    [
        "pls bring water to the visit",
        "can u take mark to the store",  # "mark" is an English verb: never on this cue
        "sorry about that, running late",
        "ok. the doctor is waiting",
        "my mom made dinner. the grace at church was long",
        "sorry about faith",  # a common noun too often: above the slot's bar
        "bring joy to the kids",
        "ok. pastor at the church said no",  # a title the name lists hold
    ],
)
def test_words_in_the_same_slots_stay(line: str) -> None:
    assert _slots(line) == set()


def test_a_slot_is_read_in_a_message_log_whatever_its_speakers_are_called() -> None:
    log = (
        "3/08/25 4:17p  kim: can u come sat\n"
        "3/08/25 4:50p  court: dont bring rosa to the game\n"  # "court": a nickname
    )
    assert "rosa" in _found(log)


def test_outside_a_log_or_a_lower_case_paragraph_slots_are_not_read() -> None:
    note = "Met with Ms. Reyes. She was sorry about ruth and asked us to bring dale to group."
    assert {"ruth", "dale"}.isdisjoint(_found(note))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("wife patience is primary cg, appears tired", "patience"),
        ("husband lance is primary cg", "lance"),  # an English verb, yet after a kin word
        ("present: son-in-law lance okonkwo and grandson", "lance okonkwo"),
        ("Present: daughter halina and son-in-law frank okonkwo.", "frank okonkwo"),
    ],
)
def test_a_kin_word_before_a_name_and_an_act_or_a_surname(text: str, name: str) -> None:
    assert name in {text[s:e] for s, e in kin_name_spans(text)}


@pytest.mark.parametrize(
    "text",
    [
        "son will is coming friday",
        "daughter also has a cold",
        "wife frank about the drinking",  # no act, no surname after
        "son frank and open",
        "son judge was fair",
    ],
)
def test_kin_words_before_ordinary_words_stay(text: str) -> None:
    assert kin_name_spans(text) == set()


def test_a_word_a_user_name_of_the_log_holds_is_that_person() -> None:
    log = (
        "8/20 1:14 AM @j.bell.tavi: u been talking about me\n"
        "8/20 1:15 AM @rome.eats.atl: nope. go get checked tavi\n"
        "8/20 1:16 AM kim: atl is far\n"
    )
    assert [log[s:e] for s, e in sorted(handle_part_spans(log))] == ["tavi"]
    assert "tavi" in _found(log)


def test_english_words_of_a_user_name_are_no_names() -> None:
    log = "8/20 1:14 AM @sunny.days.bell: sunny days ahead\n"
    assert handle_part_spans(log) == set()
