"""Finding residual-risk cues: one function per family, each returning offsets, never text.

After redaction a text can still point at one person through what it says rather than
whom it names: a house fire, the only bakery on the square, a firefighter father, five
children, $1,200. Each cue family looks for one kind of such detail. Our own markers
("[PERSON]", "Person K7QX", "021XX", "[withheld: ...]") are blanked out first, so the
digits of a pseudonym or a generalised ZIP are never reported as surviving numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from redact.folded import FoldedPattern
from redact.literal_gate import Gated
from redact.risk import circumstances as c
from redact.risk import vocabulary as v
from redact.transform.markers import MARKER

CueKind = Literal[
    "rare_event",
    "exact_number",
    "profession",
    "rare_diagnosis",
    "family_structure",
    "described_place",
    "circumstance",
]

#: The category of a surviving number that is not money, an age or a count.
OTHER_NUMBER = "other number"

_WITHHELD = re.compile(r"\[withheld(?::[^\]]*)?\]")

#: The case-insensitive number and profession patterns, matched on lower-cased text where
#: their source allows (`redact.folded`): same matches, about a third of the time for the
#: counts and the professions (whose loose form settles most texts in one fast scan).
_COUNT = FoldedPattern(v.COUNT.pattern, v.COUNT.flags)
_PROFESSION = FoldedPattern(v.PROFESSION.pattern, v.PROFESSION.flags)


@dataclass(frozen=True, slots=True)
class RiskCue:
    """One specific detail: its family, its category word from our vocabulary, its span."""

    kind: CueKind
    start: int
    end: int
    category: str = ""


@lru_cache(maxsize=4)
def _blank_markers(text: str) -> str:
    """The text with our markers blanked out, offsets unchanged.

    Every cue family starts here with the same text; the cache does the blanking once.
    """
    for pattern in (_WITHHELD, MARKER):
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


def _from_table(kind: CueKind, table: v.Table, text: str) -> list[RiskCue]:
    plain = _blank_markers(text)
    return sorted(
        (RiskCue(kind, m.start(), m.end(), category) for category, p in table
         for m in p.finditer(plain)),
        key=lambda c: (c.start, c.end),
    )  # fmt: skip


def rare_events(text: str) -> list[RiskCue]:
    """Fires, court cases, arrests, deaths, accidents, disasters, violent crime, news."""
    return _from_table("rare_event", v.RARE_EVENTS, text)


def rare_diagnoses(text: str) -> list[RiskCue]:
    """Conditions rare enough to single someone out in a town or a school."""
    return _from_table("rare_diagnosis", v.RARE_DIAGNOSES, text)


def family_structure(text: str) -> list[RiskCue]:
    """Twins, large families, grandparent households and other unusual structures."""
    return _from_table("family_structure", v.FAMILY_STRUCTURES, text)


def described_places(text: str) -> list[RiskCue]:
    """Places described instead of named: the only X on the square, next to the church."""
    return _from_table("described_place", v.DESCRIBED_PLACES, text)


#: The number patterns, each scanned only where the strings it needs occur
#: (`redact.literal_gate`): most released texts have no digit left.
_NUMBER_FAMILIES: tuple[tuple[str, Gated | FoldedPattern], ...] = (
    ("money", Gated(v.MONEY)),
    ("age", Gated(v.AGE)),
    ("count", _COUNT),
    ("date", Gated(v.DATE)),
    ("identifier-like", Gated(v.LONG_NUMBER)),
)
_OTHER_NUMBER = Gated(v.NUMBER)


def exact_numbers(text: str) -> list[RiskCue]:
    """Numbers that survived redaction: money, ages, counts, dates, identifier-like runs of
    five or more digits (often an identifier detection missed), then any other number.

    Age bands ("30-39"), top codes ("90+") and bare years (what date generalisation
    leaves) are not exact and are skipped. A digit inside money, an age or a count is
    reported once, under that category.
    """
    plain = _blank_markers(text)
    cues: list[RiskCue] = []
    taken: list[tuple[int, int]] = []
    for category, pattern in _NUMBER_FAMILIES:
        for m in pattern.finditer(plain):
            if not taken or not any(s < m.end() and m.start() < e for s, e in taken):
                cues.append(RiskCue("exact_number", m.start(), m.end(), category))
                taken.append(m.span())
    for m in _OTHER_NUMBER.finditer(plain):
        inside = bool(taken) and any(s <= m.start() and m.end() <= e for s, e in taken)
        if not inside and not v.YEAR.match(m.group(0)):
            cues.append(RiskCue("exact_number", m.start(), m.end(), OTHER_NUMBER))
    return sorted(cues, key=lambda c: (c.start, c.end))


def _profession_word(found: str) -> str:
    """The vocabulary entry a match stands for: the category comes from our list."""
    normal = " ".join(found.lower().split())
    return next(p for p in v.PROFESSIONS if normal in (p, p + "s"))


def professions(text: str) -> list[RiskCue]:
    """Occupations given as someone's job: "works as a baker", "her father, a firefighter"."""
    plain = _blank_markers(text)
    found = list(_PROFESSION.finditer(plain))
    if v.TRADE_CUE.search(plain):
        found += v.TRADE.finditer(plain)
    cues = [
        RiskCue("profession", m.start(), m.end(), _profession_word(m.group("profession")))
        for m in found
    ]
    return sorted(cues, key=lambda c: (c.start, c.end))


def circumstances(text: str) -> list[RiskCue]:
    """Circumstances a client's circle would know: family members, events, work, home,
    times, ages, distinctive objects (`redact.risk.circumstances`). One cue per match,
    its category our word for it ("grandmother", "jail", "night shift")."""
    found = c.find(_blank_markers(text))
    cues = (RiskCue("circumstance", start, end, word) for word, start, end in found)
    return sorted(cues, key=lambda cue: (cue.start, cue.end))


#: Every cue family, in the order reports list them.
CUE_FAMILIES: tuple[Callable[[str], list[RiskCue]], ...] = (
    rare_events,
    rare_diagnoses,
    exact_numbers,
    professions,
    family_structure,
    described_places,
    circumstances,
)
