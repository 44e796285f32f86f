"""The scoring rules as tables: coverage, leaks, token precision, interval helpers. No model."""

from __future__ import annotations

import pytest

from redact.evaluate.metrics import (
    Interval,
    TokenCounts,
    leaks,
    mask,
    merge_intervals,
    overlaps,
    removed_regions,
    strictly_covered,
    token_counts,
)
from redact.findings import Action, Finding

TEXT = "Call Maria Alvarez at (217) 555-0143 on 3/14."
NAME = (5, 18)  # "Maria Alvarez"
PHONE = (22, 36)  # "(217) 555-0143"


@pytest.mark.parametrize(
    ("span", "regions", "covered"),
    [
        (NAME, [(5, 18)], True),  # exactly covered
        (NAME, [(0, 40)], True),  # inside a larger region
        (NAME, [(5, 10), (11, 18)], True),  # the gap is only the space
        (NAME, [(5, 10)], False),  # surname left
        (NAME, [(5, 17)], False),  # one letter left
        (NAME, [(6, 18)], False),  # first letter left
        (NAME, [], False),
        (PHONE, [(23, 26), (28, 31), (32, 36)], True),  # brackets, space, hyphen uncovered
        (PHONE, [(23, 26), (28, 31)], False),  # last four digits left
        (PHONE, [(22, 35)], False),
    ],
)
def test_strict_coverage_counts_letters_and_digits_only(
    span: Interval, regions: list[Interval], covered: bool
) -> None:
    assert strictly_covered(TEXT, *span, merge_intervals(regions)) is covered


@pytest.mark.parametrize(
    ("text", "regions", "covered"),
    [
        ("a & b", [(2, 3)], True),  # a span of punctuation only must have it covered
        ("a & b", [], False),
        ("a   b", [], True),  # blank: nothing to cover
    ],
)
def test_spans_without_letters_or_digits(text: str, regions: list[Interval], covered: bool) -> None:
    assert strictly_covered(text, 1, 4, merge_intervals(regions)) is covered


@pytest.mark.parametrize(
    ("span_text", "output", "leaked"),
    [
        ("Maria Alvarez", "Call [PERSON] today.", False),
        ("Maria Alvarez", "Call [PERSON] Alvarez today.", True),  # a 3+ letter word survives
        ("Maria Alvarez", "Call Maria today.", True),
        ("Maria Alvarez", "Call Alvarezes today.", False),  # only whole words count
        ("Maria Alvarez", "call maria today.", False),  # case-sensitive
        ("Al Wu", "Then Al Wu left.", True),  # short words: the whole text is a word sequence
        ("Al Wu", "Then Al left with Wu.", False),  # short words alone are not a leak
        ("NY", "Moved to NY.", True),
        ("NY", "Moved to NYC.", False),
        ("March 14, 2026", "On [DATE] 2026 we met.", True),  # a generalised year leaks
        ("(217) 555-0143", "Call [PHONE].", False),
        ("(217) 555-0143", "Call (217) [PHONE].", True),
        ("@tina996", "follow [HANDLE]", False),
        ("@tina996", "follow @tina996 now", True),
        ("   ", "anything", False),
    ],
)
def test_leak_check(span_text: str, output: str, leaked: bool) -> None:
    assert leaks(span_text, output) is leaked


@pytest.mark.parametrize(
    ("text", "regions", "gold", "touched", "in_gold"),
    [
        ("Met Maria Alvarez today", [(4, 17)], [(4, 17)], 2, 2),
        ("Met Maria Alvarez today", [(0, 17)], [(4, 17)], 3, 2),  # "Met" is a false positive
        ("Met Maria Alvarez today", [(4, 9)], [(4, 17)], 1, 1),
        ("Met Maria Alvarez today", [], [(4, 17)], 0, 0),
        ("Met Maria Alvarez today", [(5, 6)], [], 1, 0),  # a touched word counts once, whole
        ("Met Maria Alvarez today", [(4, 23)], [(4, 9), (10, 17)], 3, 2),  # two gold spans
        ("a-b c", [(0, 5)], [(2, 3)], 3, 1),  # words are \w+ runs
    ],
)
def test_token_counts(
    text: str,
    regions: list[Interval],
    gold: list[Interval],
    touched: int,
    in_gold: int,
) -> None:
    assert token_counts(text, merge_intervals(regions), gold) == TokenCounts(touched, in_gold)


def test_token_counts_add_and_precision() -> None:
    total = TokenCounts(3, 2) + TokenCounts(1, 1)
    assert total == TokenCounts(4, 3)
    assert total.precision == 0.75
    assert TokenCounts().precision is None


@pytest.mark.parametrize(
    ("intervals", "merged"),
    [
        ([], ()),
        ([(5, 9), (0, 3)], ((0, 3), (5, 9))),
        ([(0, 3), (3, 5)], ((0, 5),)),  # touching intervals join
        ([(0, 10), (2, 4)], ((0, 10),)),
        ([(4, 4), (1, 2)], ((1, 2),)),  # empty dropped
    ],
)
def test_merge_intervals(intervals: list[Interval], merged: tuple[Interval, ...]) -> None:
    assert merge_intervals(intervals) == merged


@pytest.mark.parametrize(
    ("start", "end", "hit"),
    [(0, 2, False), (0, 3, True), (9, 10, True), (10, 20, False), (6, 7, False), (6, 8, True)],
)
def test_overlaps(start: int, end: int, hit: bool) -> None:
    assert overlaps(((2, 5), (7, 10)), start, end) is hit


def test_kept_findings_are_not_removed_regions() -> None:
    findings = [
        Finding(0, 4, "PERSON", 0.9, Action.KEEP),
        Finding(5, 9, "PERSON", 0.9, Action.PSEUDONYM),
        Finding(9, 12, "DATE_TIME", 0.9, Action.GENERALIZE),
    ]
    assert removed_regions(findings) == ((5, 12),)


def test_mask_replaces_each_region() -> None:
    assert mask("Maria met Rosa.", ((0, 5), (10, 14))) == "[REDACTED] met [REDACTED]."
