"""A table's header row names its columns, never a person: "| Field | Detail |", "| Name |
Relationship | Age |".

Records written in Markdown carry tables of contacts, attendees and placements, and NER,
reading a header row without a sentence around it, takes a capitalised column name for a
person or a place ("Detail", "Item", "Attendee"). A court or a researcher then reads
"| [PERSON] | Relationship |" and cannot tell what the column holds. A header row is the row
right above the separator of dashes ("|---|---|"); a finding that NER or strict mode guessed
inside it, made only of common English words (Zipf 4 or more in `wordfreq`: "Name",
"Detail", "Relationship"), is dropped. A rare word there ("| Okafor | ... |") stays found,
and findings of cue-based recognizers are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.wordlists import zipf
from redact.findings import Finding

#: Recognizers that guess a name from capitals and context.
GUESSING_SOURCES = frozenset({"SpacyRecognizer", "StrictCapitalisedRecognizer"})
NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})
#: A column name this common in English is a label ("Name", "Item", "Detail").
MIN_LABEL_ZIPF = 4.0
#: A Markdown header row and the separator row under it.
_HEADER = re.compile(r"^[ \t]*\|[^\n]*\|[ \t]*\n[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|", re.MULTILINE)
_WORD = re.compile(r"[^\W\d_]+")


def header_rows(text: str) -> list[tuple[int, int]]:
    """Offsets of each Markdown table's header row (without its line break)."""
    return [(m.start(), text.index("\n", m.start())) for m in _HEADER.finditer(text)]


def _a_label(text: str, finding: Finding) -> bool:
    words = _WORD.findall(text, finding.start, finding.end)
    return bool(words) and all(zipf(word) >= MIN_LABEL_ZIPF for word in words)


def without_header_cells(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` without the guessed names that are column names of a table's header row."""
    rows = header_rows(text)
    if not rows:
        return list(findings)
    return [
        f
        for f in findings
        if f.is_subject
        or f.source not in GUESSING_SOURCES
        or f.entity_type not in NAME_TYPES
        or not any(start <= f.start and f.end <= end for start, end in rows)
        or not _a_label(text, f)
    ]
