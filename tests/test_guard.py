"""A leading look-behind checked in Python finds exactly what the whole pattern finds."""

from __future__ import annotations

import re

import pytest

from redact.guard import guarded_finditer, guarded_search, split_guard


@pytest.mark.parametrize(
    ("source", "split"),
    [
        (r"(?<![\w-])(?:house fire|fire)(?![\w-])", (r"[\w-]", r"(?:house fire|fire)(?![\w-])")),
        (r"(?<!\w)(?:a(?:b|c))", (r"\w", r"(?:a(?:b|c))")),
        (r"(?<![\]x])(?:a[)]b)", (r"[\]x]", r"(?:a[)]b)")),
        (r"(?<!\w)(?:a)|b", None),  # the guard would cover only the first alternative
        (r"(?<!\w)a", None),
        (r"(?<!ab)(?:x)", None),
        (r"(?:a)(?<!\w)", None),
        (r"(?<!\w)(?:a)(?!\w)x", None),
    ],
)
def test_only_a_guard_over_the_whole_pattern_is_split(
    source: str, split: tuple[str, str] | None
) -> None:
    assert split_guard(source) == split


TEXTS = [
    "greenhouse fire; a house fire; -fire; fire-fire; firefire; Fire at the house fire",
    "fire",
    "",
    "the firehouse fire",
]


@pytest.mark.parametrize("text", TEXTS)
def test_guarded_matches_are_the_whole_patterns_matches(text: str) -> None:
    source = r"(?<![\w-])(?:house fire|fire|house)(?![\w-])"
    split = split_guard(source)
    assert split is not None
    guard, body = re.compile(split[0]), re.compile(split[1], re.I)
    expected = [m.span() for m in re.finditer(source, text, re.I)]
    assert [m.span() for m in guarded_finditer(body, guard, text)] == expected
    assert guarded_search(body, guard, text) is bool(expected)


def test_a_rejected_start_does_not_hide_a_match_inside_it() -> None:
    body, guard = re.compile(r"(?:house fire|fire)"), re.compile(r"[\w-]")
    assert [m.group() for m in guarded_finditer(body, guard, "greenhouse fire")] == ["fire"]
