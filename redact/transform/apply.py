"""Applying decided findings to a text: the only step that slices the original.

Findings arrive sorted and non-overlapping (see `redact.policy.decide`). The result also
records where each replacement landed in the output, which the review page uses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from redact.findings import PERSON_KEY, Finding
from redact.policy.model import Policy
from redact.transform.operators import replacement
from redact.transform.pseudonym import ReleaseKey


@dataclass(frozen=True)
class Placed:
    """A finding and the span of its replacement in the output text."""

    finding: Finding
    out_start: int
    out_end: int


@dataclass(frozen=True)
class Transformed:
    """The output text and where every finding landed in it."""

    text: str
    placed: tuple[Placed, ...]


def _canonical_names(text: str, findings: Sequence[Finding]) -> dict[str, str]:
    """For each mention group, the key of the group's pseudonym: the person key detection
    gave it (`redact.detect.names.key_groups`), else its longest mention."""
    best: dict[str, str] = {}
    for finding in findings:
        if finding.group.startswith(PERSON_KEY):
            best[finding.group] = finding.group
        elif finding.group:
            mention = text[finding.start : finding.end]
            if len(mention) > len(best.get(finding.group, "")):
                best[finding.group] = mention
    return best


def apply_findings(
    text: str, findings: Sequence[Finding], policy: Policy, key: ReleaseKey
) -> Transformed:
    """Replace every finding's span by its replacement, left to right."""
    canonical = _canonical_names(text, findings)
    pieces: list[str] = []
    placed: list[Placed] = []
    cursor = 0
    out_len = 0
    for finding in findings:
        if finding.start < cursor:
            raise ValueError("findings overlap; resolve them before applying")
        pieces.append(text[cursor : finding.start])
        out_len += finding.start - cursor
        original = text[finding.start : finding.end]
        new = replacement(finding, original, canonical.get(finding.group, original), policy, key)
        pieces.append(new)
        placed.append(Placed(finding, out_len, out_len + len(new)))
        out_len += len(new)
        cursor = finding.end
    pieces.append(text[cursor:])
    return Transformed("".join(pieces), tuple(placed))
