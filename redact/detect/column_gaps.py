"""Name findings cut at a column gap of a fixed-width form.

Face sheets and court captions set fields in columns ("Mother: Chiamaka P. Obiora     Maternal
MRN: ..."; "GREGORY PAUL SZYMANSKI           Period of Disability"), and a recogniser reading
one line may run a name over the gap into the next field's label. Such a finding holds the
subject's name and a word that is not hers, so it is never taken for the subject, and the
subject's name goes. A run of three or more spaces (or a tab) inside a name finding is a
column gap: the finding is cut there. Each piece after the first is kept as a finding of
its own unless every word of it is a common English word and no listed given name (a field
label such as "Maternal", "Period of Disability"): a name in the next column still goes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from redact.detect.wordlists import given_names, zipf
from redact.entities import NAME_TYPES
from redact.findings import Finding

#: Three spaces or a tab: wider than any space inside a written name.
_GAP = regex.compile(r"[ ]{3,}|\t+")
_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
#: A word at least this common in English is a field label's word, not a name.
MIN_LABEL_ZIPF = 3.5


def _label_only(piece: str) -> bool:
    """Whether every word of `piece` is a common English word and no listed given name."""
    words = _WORD.findall(piece)
    return all(
        zipf(w.casefold()) >= MIN_LABEL_ZIPF and w.casefold() not in given_names() for w in words
    )


def cut_at_column_gaps(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """Name findings split at column gaps; label-only pieces after the first dropped."""
    out: list[Finding] = []
    for finding in findings:
        span = text[finding.start : finding.end]
        if finding.entity_type not in NAME_TYPES or _GAP.search(span.strip()) is None:
            out.append(finding)
            continue
        start = finding.start
        pieces: list[tuple[int, int]] = []
        for gap in _GAP.finditer(span):
            end = finding.start + gap.start()
            if end > start:
                pieces.append((start, end))
            start = finding.start + gap.end()
        if start < finding.end:
            pieces.append((start, finding.end))
        for i, (lo, hi) in enumerate(pieces):
            if i == 0 or not _label_only(text[lo:hi]):
                out.append(replace(finding, start=lo, end=hi))
    return out
