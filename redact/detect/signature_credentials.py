"""A credential no list holds, known by where a signature puts it: "Ruth Roe, MDiv".

Credentials are many (every profession, every state title) and the curated list
(`redact.detect.meaning_terms.CREDENTIALS`) holds the ones social work writes most. A
signature line puts any credential in one place: after a full name and a comma, at the end
of the line or before a tab, another comma and the next credential ("Jo Roe, SPHR",
"Ruth Roe, MDiv<TAB>chaplain", "Ann Lee, DMin, BCC"). NER takes the letters for an
organisation or into the name, and a court loses who signed in what capacity.

A word is credential-shaped when it is two to six letters (a hyphen and a short suffix
allowed: "LISW-S") and either all capitals of at least three letters ("SPHR") or two or
more capitals with small letters between ("MDiv", "DMin", "PsyD"), and no common English
word ("CARE", "HOPE" name programmes). Initials after an inverted surname ("Roe, JT") are
never taken: the name before the comma must be at least two words, none of them a
credential, and a word of two capitals alone is never credential-shaped.

A signature often stacks credentials and ends with the role ("Abigail Roe, MSW, APSW",
"Hamid Roe, MD, FACC", "Yuki Roe, LSWAA, Adoption Support Caseworker", "A. Roe, MSW,
APSW; Jonah Vue, school counselor", "Abigail Roe, APSW (school social worker)"): the
credentials already read between the name and the word are skipped back over
(`after_name_and_credentials`), and a role after the comma, a semicolon or a bracket may
follow it.
"""

from __future__ import annotations

import re

from redact.detect.meaning import credentials, normalise
from redact.detect.wordlists import zipf

#: A credential's shape: "SPHR", "MDiv", "DMin", "LISW-S", "SHRM-CP".
_SHAPE = re.compile(r"(?:[A-Z]{3,6}|[A-Z][a-z]{0,3}[A-Z][A-Za-z]{0,3})(?:-[A-Z]{1,4})?")
#: A word this common in English is a word, not letters after a name ("CARE", "HOPE").
MAX_ZIPF = 3.0
#: A full name of two to four capitalised words (initials allowed) right before the comma.
_NAME_BEFORE = re.compile(
    r"(?:^|(?<=[\s>|]))(?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’-]*[a-z][\w'’-]*[ \t]*,[ \t]*$"
)
#: Another credential, or nothing more on the line, after one; or a semicolon or a bracket
#: (the next signer, the role in words), or a role of up to four words after a comma
#: ("Adoption Support Caseworker").
_SIGNATURE_AFTER = re.compile(
    r"[ \t]*(?:$|\n|\t|\||;|\(|,[ \t]*[A-Z][A-Za-z-]{1,9}(?:,|[ \t]*$|\n|\t)"
    r"|,[ \t]*(?:[A-Za-z][\w-]*[ \t]+){0,3}(?i:[\w-]*(?:worker|manager|coordinator|counsel+or"
    r"|therapist|specialist|director|supervisor|clinician|advocate|navigator|nurse|physician"
    r"|consultant|officer|liaison|practitioner|psychologist|psychiatrist))(?![\w-]))"
)
#: One credential already read before the word, with its comma: ", MSW".
_CREDENTIAL_BEFORE = re.compile(r",[ \t]*([A-Za-z][A-Za-z.-]{1,9})[ \t]*,[ \t]*$")
#: At most this many credentials stand between a name and the one read.
MAX_STACKED = 3
_REACH = 60


#: A firm's legal form after its name ("Cedar Counseling, PLLC"): the name is a firm's,
#: and the whole line stays a finding.
FIRM_SUFFIXES = frozenset(
    {"llc", "pllc", "inc", "llp", "lllp", "ltd", "corp", "co", "pc", "pa", "lp", "plc", "gmbh"}
)


def credential_shaped(word: str) -> bool:
    """Whether `word` looks like a credential's letters ("SPHR", "MDiv"), not a word nor a
    firm's legal form ("PLLC")."""
    folded = word.casefold()
    return (
        _SHAPE.fullmatch(word) is not None
        and zipf(folded) < MAX_ZIPF
        and folded.replace(".", "") not in FIRM_SUFFIXES
    )


def signature_credential(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a credential-shaped word after "Full Name," that ends a
    signature line or leads the next credential."""
    if not credential_shaped(text[start:end]):
        return False
    if _SIGNATURE_AFTER.match(text, end) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = after_name_and_credentials(text, start)
    return _NAME_BEFORE.search(text, max(line_start, before - _REACH), before) is not None


def after_name_and_credentials(text: str, start: int) -> int:
    """Where the text after the name ends before the credential at `start`: `start` itself,
    or, when credentials stand between ("Roe, MSW, APSW" for "APSW"), just after the
    comma that follows the name."""
    for _ in range(MAX_STACKED):
        previous = _CREDENTIAL_BEFORE.search(text, max(0, start - 16), start)
        if previous is None:
            break
        word = previous.group(1)
        if normalise(word) not in credentials() and not credential_shaped(word):
            break
        start = previous.start() + 1
    return start


#: The comma and the credential at the end of a name NER read whole: "Jo Roe, SPHR".
_TAIL = re.compile(r",[ \t]*([A-Za-z-]{2,12})[ \t]*$")


def without_credential_tail(text: str, start: int, end: int) -> int:
    """Where a name finding "Jo Roe, SPHR" should end: before its comma when what follows
    the comma is a signature credential, else `end` unchanged."""
    tail = _TAIL.search(text, start, end)
    if tail is None or not signature_credential(text, tail.start(1), tail.end(1)):
        return end
    return tail.start()


__all__ = [
    "after_name_and_credentials",
    "credential_shaped",
    "signature_credential",
    "without_credential_tail",
]
