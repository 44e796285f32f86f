"""A residual-risk report: how specific a redacted text still is, and why.

For posts and teaching material, removing names is not enough: a reader who knows the
town recognises "the house fire on the square" without one. The report gives a level and
the reasons behind it, worded from our fixed vocabulary so it never quotes the text.

Scoring, deliberately simple so a reviewer can predict it:

- *Strong* cues single a person out on their own: a rare event, a rare diagnosis, a place
  described instead of named ("the only bakery on the square").
- *Specific* cues narrow the field: a profession, an unusual family structure, an exact
  amount of money, an exact age, an exact count.
- *Incidental* cues are other surviving numbers (a dose, a score, a time): listed as
  reasons, but they do not raise the level.

`high`: a strong cue together with any other strong or specific cue of another kind, or
specific cues of three or more kinds. `medium`: any strong or specific cue. `low`:
nothing, or incidental numbers only.

And the combination, which is how a client's circle recognises a post: every cue is also a
*circumstance* of one of seven kinds (`redact.risk.circumstances`: who is in the family,
what happened to them, work, home, when, ages, a distinctive detail; a rare event is an
event, a profession work, a described place home, an exact age an age). Three kinds or
more make the text `high` whatever the cues' weights, two kinds at least `medium`, and the
report says in plain words which circumstances combine and why a neighbour would know.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from redact.risk.circumstances import KIND_WORDS, Circumstance, kind_of
from redact.risk.cues import CUE_FAMILIES, OTHER_NUMBER, CueKind, RiskCue

Level = Literal["low", "medium", "high"]

_STRONG: frozenset[CueKind] = frozenset({"rare_event", "rare_diagnosis", "described_place"})

#: How each kind reads in a reason, with its categories in brackets.
_PHRASES: dict[CueKind, str] = {
    "rare_event": "a rare event ({}) is described",
    "rare_diagnosis": "a rare diagnosis ({}) is mentioned",
    "exact_number": "exact numbers ({}) survived redaction",
    "profession": "a profession ({}) is named",
    "family_structure": "an unusual family structure ({}) is described",
    "described_place": "a place is described without its name ({})",
}


@dataclass(frozen=True)
class RiskReport:
    """The level, the reasons (our words, never the text's), and the cues' offsets."""

    level: Level
    reasons: tuple[str, ...]
    cues: tuple[RiskCue, ...]

    def to_dict(self) -> dict[str, object]:
        """The JSON form for manifests and the review page: no text."""
        return {
            "level": self.level,
            "reasons": list(self.reasons),
            "cues": [
                {"kind": c.kind, "category": c.category, "start": c.start, "end": c.end}
                for c in self.cues
            ],
        }


def _is_incidental(cue: RiskCue) -> bool:
    return cue.kind == "exact_number" and cue.category == OTHER_NUMBER


#: The circumstance the other cue families' findings are: a rare event is an event.
_AS_CIRCUMSTANCE: dict[CueKind, Circumstance] = {
    "rare_event": "event",
    "profession": "work",
    "family_structure": "family",
    "described_place": "home",
}
#: Exact numbers that tell about the people, with our word for each: an age, a count.
_NUMBER_CIRCUMSTANCE: dict[str, tuple[Circumstance, str]] = {
    "age": ("age", "an exact age"),
    "count": ("family", "how many there are"),
}

#: This many kinds of circumstance together make a text high risk; two make it medium.
HIGH_COMBINATION = 3


def _circumstance(cue: RiskCue) -> tuple[Circumstance, str] | None:
    """The kind of circumstance a cue is, and our word for it; None when it is none."""
    if cue.kind == "circumstance":
        kind = kind_of(cue.category)
        return (kind, cue.category) if kind else None
    if cue.kind == "exact_number":
        return _NUMBER_CIRCUMSTANCE.get(cue.category)
    other = _AS_CIRCUMSTANCE.get(cue.kind)
    return (other, cue.category) if other else None


def combination(cues: tuple[RiskCue, ...]) -> dict[Circumstance, list[str]]:
    """Kind of circumstance -> our words for what was found of it, in the text's order."""
    found: dict[Circumstance, list[str]] = {}
    for cue in cues:
        circumstance = _circumstance(cue)
        if circumstance is None:
            continue
        kind, word = circumstance
        if word not in found.setdefault(kind, []):
            found[kind].append(word)
    return found


def _level(cues: tuple[RiskCue, ...]) -> Level:
    kinds = {c.kind for c in cues if not _is_incidental(c) and c.kind != "circumstance"}
    combined = len(combination(cues))
    if (kinds & _STRONG and len(kinds) >= 2) or len(kinds) >= 3:
        return "high"
    if combined >= HIGH_COMBINATION:
        return "high"
    return "medium" if kinds or combined >= 2 else "low"


def _combination_reason(cues: tuple[RiskCue, ...]) -> str | None:
    """The combination in plain words, when two kinds or more come together."""
    found = combination(cues)
    if len(found) < 2:
        return None
    parts = "; ".join(
        f"{words_of}: {', '.join(found[kind])}" for kind, words_of in KIND_WORDS.items()
        if kind in found
    )  # fmt: skip
    if len(found) >= HIGH_COMBINATION:
        return (
            f"{len(found)} kinds of circumstance are combined ({parts}): no one of them "
            "identifies anyone, but together they describe one family, and a neighbour, a "
            "relative or the client would know whose story it is without a single name"
        )
    return (
        f"2 kinds of circumstance are combined ({parts}): together they narrow the story "
        "to few families; one more specific detail would let people who know them recognise it"
    )


def _reasons(cues: tuple[RiskCue, ...]) -> tuple[str, ...]:
    """One reason per kind, in the order of `_PHRASES`, naming each category once."""
    reasons = []
    for kind, phrase in _PHRASES.items():
        categories = list(dict.fromkeys(c.category for c in cues if c.kind == kind))
        if categories:
            reasons.append(phrase.format(", ".join(categories)))
    combined = _combination_reason(cues)
    return (*reasons, combined) if combined else tuple(reasons)


def assess_risk(redacted_text: str) -> RiskReport:
    """Assess how specific a redacted text still is."""
    cues = tuple(
        sorted(
            (cue for family in CUE_FAMILIES for cue in family(redacted_text)),
            key=lambda c: (c.start, c.end, c.kind),
        )
    )
    return RiskReport(_level(cues), _reasons(cues), cues)
