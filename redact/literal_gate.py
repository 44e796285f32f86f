"""Words a pattern cannot match without, looked for in a text before it is scanned at all.

Most of our case-insensitive word lists (risk cues, circumstances, withheld topics) find
nothing in most notes, and `re` still walks every position of the text for each of them.
Every match of such a list holds one of a few fixed strings: the longest run of letters
of each alternative ("fire" for "(?:house|kitchen) ?fires?", "arson" for "arson"). Looking
those up in the lower-cased text is a handful of fast substring searches; a list none of
whose strings occurs cannot match and is not scanned. A pattern with an alternative that
has no such run of three letters or more ("\\d+ towns? over" has "town") is always scanned.

The answer is never wrong, only sometimes useless: the strings are worked out from the
pattern's own parse (`re._parser`), letters are compared in lower case on both sides, and a
text whose lower-case form is not what `re` compares case-insensitively (a dotted capital
I, a long s, Greek final sigma and the other characters of `re._casefix`) is always
scanned. `gates_off` turns every gate off, for tests that compare results with and without.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]

#: Texts shorter than this are scanned without asking: a sentence is scanned about as fast
#: as its strings are looked up.
SHORTEST_TEXT = 256
#: The shortest string worth looking for: shorter ones occur in nearly every note.
SHORTEST = 3
#: A pattern needing more strings than this is always scanned (the look-ups would cost more).
MOST_STRINGS = 64

#: Characters `re` matches case-insensitively with others that lower-case differently
#: ("ſ" with "s", "ς" with "σ"), except "i" and "s" themselves: a text holding one is
#: always scanned, and a pattern holding one is never gated.
_CASEFIX = frozenset(
    chr(code)
    for key, others in _EXTRA_CASES.items()
    for code in (key, *others)
    if chr(code) not in "is"
)
_CASEFIX_CHAR = re.compile("[" + "".join(sorted(_CASEFIX)) + "]")
_REPEATS = frozenset({sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT})

_enabled = [True]

#: The need for a digit (any character `\\d` matches), among the strings a pattern needs.
DIGIT = r"\d"
_DIGIT = re.compile(r"\d")

#: `regex` flags `re` has not (FULLCASE, VERSION1, WORD, REVERSE, BESTMATCH, ...).
_REGEX_ONLY_FLAGS = 0x4000 | 0x100 | 0x800 | 0x400 | 0x1000 | 0x8000 | 0x10000
_RE_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE
#: `regex` syntax that `re` reads otherwise: fuzzy counts, inline version/fullcase/word
#: flags (the letters of an inline flag group, not a look-around's contents), its own
#: escapes, nested sets, named lists.
_REGEX_ONLY = re.compile(r"\{[eisd][^}]*\}|\(\?[a-zA-Z0-9-]*[rfVwb]|\\[GXmMKpPLN]|\[\[|\\L<")
#: A Unicode property (`\p{Lu}`, `\P{N}`, `\pL`), or an escaped backslash (left alone).
_PROPERTY = re.compile(r"\\\\|\\[pP](?:\{[^}]*\}|[A-Za-z])")


def _without_properties(source: str) -> str:
    """`source` with each Unicode property read as two characters of no known letter.

    A property matches a character of a class, never one fixed letter: for the strings a
    match needs, it is like `\\W\\w` (two class elements, which need nothing and end a run
    of letters), in a set (`[\\p{L}']`) as well as outside one. `re` cannot read it.
    """
    return _PROPERTY.sub(lambda m: m.group() if m.group() == "\\\\" else r"\W\w", source)


#: Strings one of which every match holds; None: nothing is known.
_Needs = frozenset[str] | None


class _UnknownError(Exception):
    """A pattern whose strings cannot be trusted: it is never gated."""


def _char(code: int) -> str:
    lower = chr(code).lower()
    if len(lower) != 1 or lower in _CASEFIX or chr(code) in _CASEFIX:
        raise _UnknownError
    return lower


def _length(need: str) -> int:
    """How telling a string is: its length; a digit counts as a string of three letters
    (every note has one, but a released text with its numbers removed often has none)."""
    return SHORTEST if need == DIGIT else len(need)


def _better(first: _Needs, second: _Needs) -> _Needs:
    """The more telling of two sets: its shortest string longer, then fewer strings."""
    if first is None or second is None:
        return first if second is None else second
    rank_first = (min(map(_length, first)), -len(first))
    return first if rank_first >= (min(map(_length, second)), -len(second)) else second


def _digits_only(items: list[tuple[object, object]]) -> bool:
    """Whether a character class matches digits only ("\\d", "[0-9]", "[2-9]")."""
    for op, value in items:
        if op is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
            continue
        if op is sre.RANGE and ord("0") <= value[0] <= value[1] <= ord("9"):  # type: ignore[index]
            continue
        if op is sre.LITERAL and chr(value).isdecimal():  # type: ignore[arg-type]
            continue
        return False
    return bool(items)


def _element(op: object, value: object) -> _Needs:
    """What one element of a sequence needs (a literal is handled by `_sequence`)."""
    if op is sre.IN:
        return frozenset({DIGIT}) if _digits_only(value) else None  # type: ignore[arg-type]
    if op is sre.SUBPATTERN:
        return _needs(value[3])  # type: ignore[index]
    if op is sre.ATOMIC_GROUP:
        return _needs(value)
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in value[1]:  # type: ignore[index]
            needs = _needs(branch)
            if needs is None:
                return None
            found |= needs
        return frozenset(found)
    if op in _REPEATS:
        repeat: tuple[int, int, object] = value  # type: ignore[assignment]
        return _needs(repeat[2]) if repeat[0] >= 1 else None
    return None  # any character, a look-around, an anchor: needs nothing known


def _needs(items: object) -> _Needs:
    """Strings one of which every match of the sequence `items` holds, or None."""
    best: _Needs = None
    run: list[str] = []
    for op, value in list(items):  # type: ignore[call-overload]
        if op is sre.LITERAL:
            run.append(_char(value))
            continue
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run = []
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: the letters on either side still follow each other
        best = _better(best, _element(op, value))
    if run:
        best = _better(best, frozenset({"".join(run)}))
    return best


class LiteralGate:
    """Strings one of which is in every match of a pattern, to tell it cannot match a text."""

    def __init__(self, needs: frozenset[str]) -> None:
        #: In lower case, longest first (a longer string is rarer).
        self.needs = tuple(sorted(needs - {DIGIT}, key=lambda need: (-len(need), need)))
        #: Whether a digit anywhere lets a match be (`DIGIT` among the needs).
        self.digit = DIGIT in needs

    @classmethod
    def of(cls, source: str, flags: int = 0) -> LiteralGate | None:
        """The gate of a pattern, or None when nothing useful is known of its matches."""
        try:
            needs = _needs(sre_parse.parse(source, flags))
        except (_UnknownError, re.error, RecursionError):
            return None
        if not needs or len(needs) > MOST_STRINGS or min(map(_length, needs)) < SHORTEST:
            return None
        return cls(needs)

    @classmethod
    def of_regex(cls, source: str, flags: int = 0) -> LiteralGate | None:
        """The gate of a pattern for the `regex` module, read as `re` reads it.

        Only in `regex`'s version 0 and with simple case folding do the two read a pattern
        alike; a construct of its own (a fuzzy match, a nested set, a property) that `re`
        would misread or reject is never gated. A Unicode property is read as a class of
        no known letter (`_without_properties`).
        """
        source = _without_properties(source)
        if flags & _REGEX_ONLY_FLAGS or _REGEX_ONLY.search(source):
            return None
        return cls.of(source, flags & _RE_FLAGS)

    def may_match(self, text: str) -> bool:
        """False only when no match of the pattern can be found in `text`."""
        if not _enabled[0] or len(text) < SHORTEST_TEXT:
            return True
        if self.digit and _DIGIT.search(text):
            return True
        lower = _lower(text)
        if lower is None:
            return True
        return any(map(lower.__contains__, self.needs))


class Gated:
    """A compiled `re` pattern whose `finditer` first asks its gate (if it has one)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.gate = LiteralGate.of(pattern.pattern, pattern.flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)`, or nothing when the gate says it cannot match."""
        if self.gate is not None and not self.gate.may_match(text):
            return iter(())
        return self.pattern.finditer(text)


@lru_cache(maxsize=8)
def _lower(text: str) -> str | None:
    """The text in lower case, or None when lower case cannot be trusted to compare as
    `re` does case-insensitively (see the module's docstring)."""
    lower = text.lower()
    if len(lower) != len(text):
        return None
    if not lower.isascii() and _CASEFIX_CHAR.search(lower):
        return None
    return lower


@contextmanager
def gates_off() -> Iterator[None]:
    """Every gate lets every text through while this lasts (tests compare the two)."""
    _enabled[0] = False
    try:
        yield
    finally:
        _enabled[0] = True
