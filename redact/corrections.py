"""Corrections for a whole release: terms kept, and terms redacted, in every document.

A reviewer who finds one false positive ("Head Start" taken for a place) or one missed name
(a nickname detection does not know) should not have to edit a policy. A correction names
the term once, and it holds in every document of the release: every text, table cell,
.docx part, PDF page and file name, because it is applied by the Redactor that all of them
go through.

Terms match as whole words or phrases, case-insensitive, with any run of white space
between a phrase's words. A *kept* term suppresses every finding that covers exactly that
term or lies inside it (a finding that covers more, "Head Start Smith", still goes). A
*redacted* term becomes a finding of its entity type at each occurrence, which then follows
the policy's rule for that type like any other finding. A kept phrase wins over a redacted
term inside it.

The terms themselves are never logged: only how many findings each correction changed,
by entity type (`applied` counts, `keep:TYPE` and `redact:TYPE`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from redact.findings import Action, Finding

#: The `source` of a finding added by a redacted term.
SOURCE = "correction"
#: A counted kept finding: `keep:PERSON`; a counted added one: `redact:PERSON`.
KEEP_PREFIX = "keep:"
REDACT_PREFIX = "redact:"
_SPACE = re.compile(r"\s+")


def normal_term(term: str) -> str:
    """A term as compared: white space collapsed, case folded."""
    return _SPACE.sub(" ", term).strip().casefold()


def _pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for all terms, longest first, each a whole word or phrase."""
    unique = sorted({normal_term(t) for t in terms if normal_term(t)}, key=lambda t: (-len(t), t))
    if not unique:
        return None
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in t.split(" ")) for t in unique)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Corrections:
    """Terms to keep and (term, entity type) pairs to redact, for every document of a release.

    Tuples, so it pickles to worker processes and hashes into a resume fingerprint.
    """

    keep: tuple[str, ...] = ()
    redact: tuple[tuple[str, str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.keep or self.redact)

    def merged(self, other: Corrections) -> Corrections:
        """Both sets of corrections, each term once (a later type for a term wins)."""
        keep = dict.fromkeys(normal_term(t) for t in (*self.keep, *other.keep))
        redact = {normal_term(t): kind for t, kind in (*self.redact, *other.redact)}
        return Corrections(tuple(keep), tuple(redact.items()))

    @cached_property
    def _keep_pattern(self) -> re.Pattern[str] | None:
        return _pattern(self.keep)

    @cached_property
    def _redact_pattern(self) -> re.Pattern[str] | None:
        return _pattern(term for term, _ in self.redact)

    @cached_property
    def _types(self) -> dict[str, str]:
        return {normal_term(term): kind for term, kind in self.redact}

    def __getstate__(self) -> dict[str, object]:
        return {"keep": self.keep, "redact": self.redact}

    def __setstate__(self, state: dict[str, object]) -> None:
        object.__setattr__(self, "keep", state["keep"])
        object.__setattr__(self, "redact", state["redact"])

    def added_findings(self, text: str) -> list[Finding]:
        """A finding of its type at every occurrence of a redacted term."""
        pattern = self._redact_pattern
        if pattern is None:
            return []
        types = self._types
        return [
            Finding(m.start(), m.end(), types[normal_term(m.group())], 1.0, source=SOURCE)
            for m in pattern.finditer(text)
        ]

    def kept_spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every occurrence of a kept term, in order."""
        pattern = self._keep_pattern
        return [] if pattern is None else [m.span() for m in pattern.finditer(text)]

    def apply(
        self, text: str, decided: Sequence[Finding], added: Sequence[Finding] = ()
    ) -> tuple[list[Finding], Counter[str]]:
        """Decided findings with kept terms' findings set to keep, and what changed.

        `added` are this text's `added_findings` (already among the decided ones). The
        counter holds `keep:TYPE` for each finding a kept term suppressed and `redact:TYPE`
        for each occurrence of a redacted term not inside a kept one.
        """
        spans = self.kept_spans(text)
        applied: Counter[str] = Counter()
        out: list[Finding] = []
        for finding in decided:
            inside = any(s <= finding.start and finding.end <= e for s, e in spans)
            if inside and finding.action is not Action.KEEP:
                applied[KEEP_PREFIX + finding.entity_type] += 1
                finding = finding.with_action(Action.KEEP)
            out.append(finding)
        for found in added:
            if not any(s <= found.start and found.end <= e for s, e in spans):
                applied[REDACT_PREFIX + found.entity_type] += 1
        return out, applied


NO_CORRECTIONS = Corrections()


def summarise(applied: Counter[str] | dict[str, int]) -> dict[str, str | int]:
    """Release-log facts from applied counts: totals and counts by type, never a term.

    `{"corrections_applied": 7, "corrections_kept": "ORGANIZATION:3",
    "corrections_redacted": "PERSON:4"}`.
    """
    kept = {k[len(KEEP_PREFIX) :]: n for k, n in applied.items() if k.startswith(KEEP_PREFIX)}
    added = {k[len(REDACT_PREFIX) :]: n for k, n in applied.items() if k.startswith(REDACT_PREFIX)}

    def cell(counts: dict[str, int]) -> str:
        return " ".join(f"{kind}:{n}" for kind, n in sorted(counts.items()) if n)

    return {
        "corrections_applied": sum(kept.values()) + sum(added.values()),
        "corrections_kept": cell(kept),
        "corrections_redacted": cell(added),
    }
