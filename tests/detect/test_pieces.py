"""Long texts in overlapping pieces: every character owned once, nothing lost at a cut."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.pieces import Piece, owned, split_pieces
from redact.findings import Finding

PARAGRAPH = (
    "The worker reviewed the safety plan with the family and discussed school attendance, "
    "the housing application and the next appointment at the clinic.\n\n"
)


@pytest.mark.parametrize("size", [500, 1_000, 4_000])
def test_pieces_own_the_whole_text_once_and_see_past_their_cuts(size: int) -> None:
    text = PARAGRAPH * 60
    pieces = split_pieces(text, size, margin=200)
    assert pieces[0].own_start == 0 and pieces[-1].own_end == len(text)
    for before, after in itertools.pairwise(pieces):
        assert before.own_end == after.own_start, "owned spans tile the text"
        assert before.end > before.own_end and after.start < after.own_start, "margins overlap"
        assert text[before.own_end - 2 : before.own_end] == "\n\n", "cut at a paragraph break"
    assert all(p.end - p.start <= size + 2 * 200 + 400 for p in pieces)
    assert all(text[p.start - 1].isspace() for p in pieces if p.start), "no word is cut"


def test_a_short_text_is_one_piece() -> None:
    assert split_pieces("Short note.", 100) == [Piece(0, 11, 0, 11)]


def test_a_text_without_breaks_is_still_cut() -> None:
    pieces = split_pieces("x" * 2_500, 1_000, margin=50)
    owned_spans = [(p.own_start, p.own_end) for p in pieces]
    assert owned_spans == [(0, 1_000), (1_000, 2_000), (2_000, 2_500)]


def test_owned_findings_move_to_text_offsets_and_only_the_owner_keeps_them() -> None:
    piece = Piece(900, 2_100, 1_000, 2_000)
    found = [Finding(50, 60, "PERSON", 0.9), Finding(150, 160, "PERSON", 0.9)]
    assert [(f.start, f.end) for f in owned(found, piece)] == [(1_050, 1_060)]


def test_names_at_every_cut_are_found_and_removed(
    redactor_for: Callable[[str], Redactor],
) -> None:
    """A small piece size stands in for spaCy's million-character limit."""
    redactor = redactor_for("social-media")
    body = PARAGRAPH * 8
    names = ["Marisol Quintanilla", "Dariusz Wojcik", "Oyelaran Adebayo", "Tamsin Featherstone"]
    text = "".join(f"{body}Home visit with {name}, phone 614-555-01{i}7.\n\n" for i, name in
                   enumerate(names))  # fmt: skip
    redactor.detector.piece_chars = len(body) + 20  # each name sits across a cut
    try:
        assert len(split_pieces(text, redactor.detector.piece_chars)) >= 4
        out = redactor.redact(text).text
    finally:
        from redact.detect.pieces import PIECE_CHARS

        redactor.detector.piece_chars = PIECE_CHARS
    for name in names:
        for word in name.split():
            assert word not in out
    assert "614-555" not in out
    assert out.count("safety plan") == 4 * 8, "the text between the names is untouched"


def test_a_name_cut_in_two_is_found_whole(redactor_for: Callable[[str], Redactor]) -> None:
    redactor = redactor_for("social-media")
    lead = "the family met the worker at the office and talked about school " * 20
    text = lead + "with Marisol Quintanilla about the plan " + lead
    size = len(lead) + len("with Marisol Quin")  # the cut falls inside the name
    pieces = split_pieces(text, size, margin=300)
    assert text[pieces[0].own_end :].startswith("Quintanilla"), "cut between the two words"
    redactor.detector.piece_chars = size
    try:
        out = redactor.redact(text).text
    finally:
        from redact.detect.pieces import PIECE_CHARS

        redactor.detector.piece_chars = PIECE_CHARS
    assert "Marisol" not in out and "Quintanilla" not in out
