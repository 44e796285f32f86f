"""The rule-based sentence and paragraph splitter: offsets, abbreviations, line structure."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.corpus import NoteMaker
from redact.topics.sentences import (
    _INITIALS,
    _NEVER_FINAL,
    _TIMES,
    _WORD_BEFORE,
    _is_final,
    paragraphs,
    sentences,
)


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She came. He left.", ["She came.", "He left."]),
        ("Seen by Dr. Lee today. Ms. Dias agreed.", ["Seen by Dr. Lee today.", "Ms. Dias agreed."]),
        ("Another member, J., disclosed it. Done.", ["Another member, J., disclosed it.", "Done."]),
        ("Bring papers, e.g. Lease copies. Fine.", ["Bring papers, e.g. Lease copies.", "Fine."]),
        ("Seen on Sept. 29 at home. Fine.", ["Seen on Sept. 29 at home.", "Fine."]),
        ('She said, "I stopped." Then she left.', ['She said, "I stopped."', "Then she left."]),
        ("Really? Yes! Good.", ["Really?", "Yes!", "Good."]),
        ("Arrived at 9 a.m. She was calm.", ["Arrived at 9 a.m.", "She was calm."]),
        ("Met at 9 a.m. on Monday.", ["Met at 9 a.m. on Monday."]),
        ("Total was 3.5 hours. Next.", ["Total was 3.5 hours.", "Next."]),
        ("version 2.0 of the plan", ["version 2.0 of the plan"]),
        ("- R.T. (Rosa, 9th) was quiet. Next.", ["- R.T. (Rosa, 9th) was quiet.", "Next."]),
        ("Met with I.Q.B. Monday. Fine.", ["Met with I.Q.B. Monday.", "Fine."]),
        ("Left at 3 p.m. Then home.", ["Left at 3 p.m.", "Then home."]),
    ],
)
def test_sentence_ends(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_lines_are_sentences_but_wrapped_prose_is_joined() -> None:
    text = "Client: Ana\nDOB: 01/05/1978\nShe has been attending\nthe program daily. Good."
    assert texts(text) == [
        "Client: Ana",
        "DOB: 01/05/1978",
        "She has been attending\nthe program daily.",
        "Good.",
    ]


def test_numbered_list_items_keep_their_number() -> None:
    assert texts("Plan:\n1. Attend meetings.\n2. Call Ms. Smith.") == [
        "Plan:",
        "1. Attend meetings.",
        "2. Call Ms. Smith.",
    ]


def test_paragraphs_split_at_blank_lines_and_are_trimmed() -> None:
    text = "  First one.\nStill first.\n\n \n Second.\n"
    assert [text[s:e] for s, e in paragraphs(text)] == ["First one.\nStill first.", "Second."]
    assert [s.paragraph for s in sentences(text)] == [0, 0, 1]


def test_empty_and_blank_texts_have_no_sentences() -> None:
    assert sentences("") == []
    assert sentences(" \n\n \t") == []


@given(st.text(alphabet="ab .!?\n\"'JDr", max_size=200))
def test_offsets_are_in_bounds_ordered_and_trimmed(text: str) -> None:
    found = sentences(text)
    cursor = 0
    for s in found:
        assert cursor <= s.start < s.end <= len(text)
        piece = text[s.start : s.end]
        assert piece == piece.strip()
        cursor = s.end
    # every non-blank character lies in some sentence
    covered = {i for s in found for i in range(s.start, s.end)}
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())


def _final_by_line_search(text: str, line_start: int, point: int) -> bool:
    """`_is_final` as first written: the word before the point searched from the line start."""
    if text[point] != ".":
        return True
    found = _WORD_BEFORE.search(text, line_start, point)
    if found is None or found.end() != point:  # "$" also matches before a final "\n"
        return True
    word = found.group(1).lower().rstrip(".")
    if word in _NEVER_FINAL or (len(word) == 1 and word.isalpha()):
        return False
    if _INITIALS.match(word) and word not in _TIMES:
        return False
    return not (word.isdigit() and len(word) <= 2 and not text[line_start : found.start()].strip())


@given(st.text(alphabet='ab1_. \n("“é٣Dr', max_size=40), st.integers(0, 40))
def test_the_word_before_a_point_is_read_from_its_own_start(text: str, line_start: int) -> None:
    line_start = min(line_start, len(text))
    for point in range(line_start, len(text)):
        assert _is_final(text, line_start, point) == _final_by_line_search(text, line_start, point)


def test_the_word_before_a_point_on_real_notes() -> None:
    notes = [*NoteMaker(3).notes(40), "1. Item\n(Dr. Lee) “e.g. x. J. Sept. 12. 7. Ok.", ""]
    for text in notes:
        for point in (i for i, ch in enumerate(text) if ch == "."):
            line_start = text.rfind("\n", 0, point) + 1
            for start in (0, line_start):
                assert _is_final(text, start, point) == _final_by_line_search(text, start, point)
