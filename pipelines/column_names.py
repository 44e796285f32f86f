"""Which column names go through the policy, and which stay as written.

A column's name is read by the recipient like a file name ("Called Ana Ruiz", "SSN
458-21-7736", a client's name as a workbook's header), so it is treated like one
(`pipelines.naming`). But a file name's strict reading takes every uncommon word for a
name, and a table's headers are mostly words of a schema ("note_date", "Date of Birth",
"caseworker", "Medicaid ID"): read strictly they would come out as "PERSON of Birth". A
header made only of plain words stays as written: each word a word of records, a common
English word (`PLAIN_ZIPF`; a word that is also a given name or surname must be very
common, `NAME_ZIPF`), an abbreviation of three letters or fewer ("dob", "ssn",
"id"), or a number of two digits or fewer ("q2", "Unnamed: 3"). Anything else, a rare
word, a longer number, an e-mail address, goes through the policy.
"""

from __future__ import annotations

import re

from pipelines.name_words import RECORD_WORDS
from redact.detect.wordlists import person_names, zipf

#: Least word frequency (Zipf scale) of a common English word: "medicaid" (3.7) and
#: "unnamed" (3.6) are, given names and surnames ("marisol" 2.5, "anand" 3.1) are not.
PLAIN_ZIPF = 3.5
#: A word that is also someone's given name or surname must be this common to be plain
#: ("rose", "hope", "date" are; "martinez", "garcia" are not).
NAME_ZIPF = 4.8
#: Words of a header: letter runs (camelCase split), digit runs, and anything else.
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+|[^\W\d_]+|[^\w\s._:#()/-]")
_SCHEMA_WORDS = frozenset({"caseworker", "caseload", "unnamed", "dob", "ssn", "zip", "id"})


def _plain(word: str) -> bool:
    lower = word.lower()
    if word.isdigit():
        return len(word) <= 2
    if not word.isalpha():
        return False  # "@", and any other character a schema does not use
    if lower in RECORD_WORDS or lower in _SCHEMA_WORDS:
        return True
    if lower in person_names():
        return zipf(lower) >= NAME_ZIPF
    return len(lower) <= 3 or zipf(lower) >= PLAIN_ZIPF


def plain_header(name: str) -> bool:
    """True if every word of the column name `name` is a plain word (see the module)."""
    return all(_plain(word) for word in _WORD.findall(name))


__all__ = ["NAME_ZIPF", "PLAIN_ZIPF", "plain_header"]
