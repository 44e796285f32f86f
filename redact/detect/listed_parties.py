"""A name listed with the client is a party, whatever the release remembers of it.

"Present: Delphine Asante-Moreau, Ruthanne G., Priyanka and two others." A group note lists
who attended: the client and other clients. A given name alone there may also be a
professional's elsewhere in the release ("Dr. Priyanka Menon" in another record), and the
release's memory of staff names (`redact.detect.roles.RoleMemory`) would keep it. A name
joined only by commas, "and" or "&" to the subject's mention, or to a name known as a party
there, on the same line, is one of the people listed with her: a party, not the worker who
wrote the note (who signs, or stands after a role word, and so has a cue of their own).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.findings import Finding

#: What may stand between two listed names: commas, semicolons, "and", "&", spaces.
_JOINER = re.compile(r"[ \t]*(?:[,;&][ \t]*|and[ \t]+)+", re.IGNORECASE)


def _runs(text: str, spans: Sequence[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Overlapping spans merged, then the merged spans on one line joined only by list
    joiners gathered into runs, in text order."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    runs: list[list[tuple[int, int]]] = []
    for span in merged:
        if runs and _JOINER.fullmatch(text, runs[-1][-1][1], span[0]):
            runs[-1].append(span)
        else:
            runs.append([span])
    return runs


def listed_with_parties(
    text: str, names: Sequence[Finding], parties: Sequence[Finding]
) -> set[tuple[int, int]]:
    """Offsets of the names in `names` listed together with one of `parties` (the subject's
    mentions, names cued as parties), and overlapping none of them."""
    anchors = [(p.start, p.end) for p in parties]
    listed: set[tuple[int, int]] = set()
    for run in _runs(text, [*anchors, *((f.start, f.end) for f in names)]):
        if len(run) < 2:
            continue
        held = [(s, e) for s, e in run if any(a < e and s < b for a, b in anchors)]
        if not held:
            continue
        for finding in names:
            span = (finding.start, finding.end)
            inside = any(s <= span[0] and span[1] <= e for s, e in run)
            if inside and not any(a < span[1] and span[0] < b for a, b in anchors):
                listed.add(span)
    return listed


__all__ = ["listed_with_parties"]
