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
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

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


def _level(cues: tuple[RiskCue, ...]) -> Level:
    kinds = {c.kind for c in cues if not _is_incidental(c)}
    if (kinds & _STRONG and len(kinds) >= 2) or len(kinds) >= 3:
        return "high"
    return "medium" if kinds else "low"


def _reasons(cues: tuple[RiskCue, ...]) -> tuple[str, ...]:
    """One reason per kind, in the order of `_PHRASES`, naming each category once."""
    reasons = []
    for kind, phrase in _PHRASES.items():
        categories = list(dict.fromkeys(c.category for c in cues if c.kind == kind))
        if categories:
            reasons.append(phrase.format(", ".join(categories)))
    return tuple(reasons)


def assess_risk(redacted_text: str) -> RiskReport:
    """Assess how specific a redacted text still is."""
    cues = tuple(
        sorted(
            (cue for family in CUE_FAMILIES for cue in family(redacted_text)),
            key=lambda c: (c.start, c.end, c.kind),
        )
    )
    return RiskReport(_level(cues), _reasons(cues), cues)
