"""Numbers after a bare "No." or "#": a reference whatever word comes before it.

`labelled.py` knows label words ("SSN", "case", "intake"); records also number things with
words it cannot list: a court caption's right-hand column ("Petitioner,    No. 25-2-04418-1"),
an agency's own system ("JUVIS # 1187340", "adult resident #HL-30916", "Bed #A-1142"). The
marker itself says the next token is a number of something; when that token looks like a
reference (a hyphen or slash, letters with digits, or five digits or more) it is an
identifier. "No." names a court's or agency's file (CASE_NUMBER: a court keeps its own
docket), "#" anything else (ID_NUMBER). Counts and short numbers ("No. 2", "#3", "room
#204") are not references, and a number after a place word ("Apt #", "P.O. Box #") or a
phone number is left to the address and phone recognizers; a value with a run of
lower-case letters is a hashtag ("#2025goals"), not a reference.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.labelled import Labelled, value_at

#: A marker and the glue before its value; group `mark` is "#" or the "No." form.
#: A "#" may be glued to its label word ("Rx# 6604418", "INC#", "Acct#"), a "No." not.
_MARKER = re.compile(r"(?P<mark>(?<![\d#&_])#|(?<![\w#&])(?:No|NO|no)\.(?=[ \t#:]))[ \t:#]*")

#: A value that is a reference, not a count: a hyphen or slash, letters with digits, or
#: five digits or more.
_REFERENCE = re.compile(r"[\-/]|[A-Za-z].*\d|\d.*[A-Za-z]|\d{5}")

#: A phone number, left to the phone recognizers ("Tel No. 253-555-0187").
_PHONE = re.compile(r"\(?\d{3}\)?[ .\-]?\d{3}[ .\-]\d{4}")

#: A run of lower-case letters: a hashtag ("#2025goals") or a word, not a reference.
_WORDY = re.compile(r"[a-z]{3}")

#: Words before the marker that make the number part of an address or a count.
_PLACE_BEFORE = re.compile(
    r"\b(?i:apt|apartment|unit|suite|ste|room|rm|lot|space|bldg|building|floor|box|bed|exit"
    r"|route|hwy|highway|item|step|page|question|session|week|day|visit)\.?[ \t]*$"
)


def marked_values(text: str, labelled: Sequence[Labelled] = ()) -> list[Labelled]:
    """Each reference after a bare "No." or "#" that no label in `labelled` already holds."""
    if "#" not in text and "o." not in text and "O." not in text:
        return []
    taken = [(item.start, item.end) for item in labelled]
    found: list[Labelled] = []
    for marker in _MARKER.finditer(text):
        start = marker.end()
        end = value_at(text, start)
        if end is None:
            continue
        value = text[start:end]
        if not _REFERENCE.search(value) or _PHONE.fullmatch(value) or _WORDY.search(value):
            continue
        if _PLACE_BEFORE.search(text, max(0, marker.start() - 16), marker.start()):
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        kind = "ID_NUMBER" if marker.group("mark") == "#" else "CASE_NUMBER"
        found.append(Labelled(marker.start(), marker.end(), start, end, kind))
    return found
