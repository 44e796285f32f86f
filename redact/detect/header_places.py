"""Facilities and towns in a terse note's header line: "detox flowsheet — spectrum westboro —
1/17", "PT/OT TX NOTE 4/2 — SPAULDING CAMBRIDGE — RM 218B", "HOSPICE RN VISIT NOTE  8/8  CAPE
COD HOSPICE".

A chart note written all in capitals or all in lower case opens with one line: what the note
is, then, between dashes or wide gaps, the date, the unit and where it was written. Where it
was written is the facility's short name and often its town, in the line's one case, so
neither capitals nor the word lists tell them from the words around them, and the names are
often English words ("spectrum", "cape cod", "holy family"). The line's layout is the cue: in
a header whose first part names a kind of note, a later part made of plain words that are no
date, no unit, no clinical term and no setting ("rehab", "detox", "unit 4 west") is a place.
Its last word is a town when it is a listed US town ("spaulding cambridge"), so a policy that
keeps facilities still removes the town; the rest is the facility.
"""

from __future__ import annotations

import regex

from redact.detect.hospital_stays import SETTINGS
from redact.detect.meaning import is_meaning
from redact.detect.place_names import us_places
from redact.findings import Finding

SOURCE = "HeaderPlace"
SCORE = 0.55
#: The most words a facility's short name in a header has ("mclean proctor house").
MAX_WORDS = 3
#: The most words a header part naming a place has ("oak knoll unit b").
MAX_PART = 5

#: Words of a note's title: the first part of a header line must hold one.
_NOTE_KINDS = regex.compile(
    r"(?i:\b(?:note|notes|log|flowsheet|flow[ \t]+sheet|triage|handoff|hand-off|eval"
    r"|evaluation|assessment|visit|summary|observation|obs|progress|report|sbar)\b)"
)
#: What parts a header: a spaced dash, a bar, a tab or two spaces and more.
_SEPARATOR = regex.compile(r"[ \t]+[—–-][ \t]+|[ \t]*\|[ \t]*|\t+|[ \t]{2,}")
#: Header words that say which part of the building, shift or chart, not where.
_HEADER_WORDS = frozenset({
    "east", "west", "north", "south", "n", "s", "e", "w", "main", "upper", "lower", "tower",
    "pod", "side", "annex", "campus", "shift", "day", "days", "night", "nights", "eve",
    "evening", "am", "pm", "note", "notes", "page", "of", "the", "and", "at", "@", "fl",
    "bldg", "building", "level", "lvl", "bay", "station", "desk", "ext", "hall", "tele",
    "telemetry", "med-surg", "medsurg", "surgical", "medical", "obs",
    # what a header says of the note itself
    "confidential", "privileged", "draft", "addendum", "late", "entry", "amended", "corrected",
    "copy", "final", "preliminary", "continued", "cont", "cont'd",
})  # fmt: skip
#: One word of a header part: letters, with an inner apostrophe, ampersand, dot or hyphen.
_WORD = regex.compile(r"[\p{L}][\p{L}'’&.\-]*")


def _one_case(line: str) -> bool:
    """Whether the line's letters are all capitals or all lower case."""
    letters = [ch for ch in line if ch.isalpha()]
    return bool(letters) and (
        all(ch.isupper() for ch in letters) or all(ch.islower() for ch in letters)
    )


def _plain(word: str) -> bool:
    """Whether a header word may be part of a place's name."""
    folded = word.casefold().strip(".")
    return not (
        len(folded) < 2
        or folded in _HEADER_WORDS
        or folded in SETTINGS
        or is_meaning(folded)
        or regex.fullmatch(r"\p{L}\.?", word) is not None  # an initial: a person's
    )


def _part_findings(text: str, start: int, end: int) -> list[Finding]:
    """A place for the plain words that open one header part: one to three of them, since a
    part led by a role or a unit ("clinician rqs", "unit 3b") names a person or a room, and
    a longer run is a programme's or an agency's full name, which others type."""
    tokens = list(regex.finditer(r"\S+", text[start:end]))
    if len(tokens) > MAX_PART or any(t.group().endswith(":") for t in tokens):
        return []  # a phrase ("not part of the treatment record") or a label, no place
    run = []
    for token in tokens:
        if not (_WORD.fullmatch(token.group()) and _plain(token.group())):
            break
        run.append(token)
    if not run or len(run) > MAX_WORDS:
        return []
    found = []
    # the town closes the part ("spaulding cambridge"); before a setting ("briarwood
    # nursing & rehab") the word is the facility's own name
    if len(run) == len(tokens) and run[-1].group().casefold() in us_places():
        found.append(Finding(start + run[-1].start(), start + run[-1].end(), "LOCATION",
                             SCORE, source=SOURCE))  # fmt: skip
        run = run[:-1]
    if run:
        found.append(Finding(start + run[0].start(), start + run[-1].end(),
                             "HEALTHCARE_FACILITY", SCORE, source=SOURCE))  # fmt: skip
    return found


def header_place_findings(text: str) -> list[Finding]:
    """HEALTHCARE_FACILITY and LOCATION findings in the later parts of a one-case note's
    first line, when its first part names a kind of note."""
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    line = stripped.split("\n", 1)[0].rstrip()
    if not line or not _one_case(line):
        return []
    cuts = list(_SEPARATOR.finditer(line))
    if not cuts or not _NOTE_KINDS.search(line[: cuts[0].start()]):
        return []
    found = []
    bounds = [cut.end() for cut in cuts]
    ends = [cut.start() for cut in cuts[1:]] + [len(line)]
    for lo, hi in zip(bounds, ends, strict=True):
        found += _part_findings(text, offset + lo, offset + hi)
    return found


__all__ = ["header_place_findings"]
