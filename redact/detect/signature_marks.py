"""Initials that sign a note entry: "... by phone 0945. -MY", "-gh", "-kw lcsw".

Aides, nurses and social workers sign each entry of a running note with their initials after
its last sentence, in whatever case they typed ("-GH", "-gh"), sometimes with their
credential after them. The initials are a person (the writer), whether or not the note names
them in full anywhere, and even when they spell a word ("-MY", "-IS"): what marks them is
where they stand, not what they spell:

- after the end of a sentence on the same line (".", "!", "?", a closing bracket or quote, or
  the time that ends an entry), then a dash or a slash;
- two or three letters, then at most two credentials ("STNA", "lcsw");
- then the end of the line, of the text, or the date that starts the next entry.

Initials after a label that says they sign ("Staff initials: RO", "Signed: kw") are too, and
so are the initials that stamp who exported or printed the copy ("exported 10/3 by jf", or
the system's user name: "printed 4/30/2025 by jkowal"), and
so is a given name in the same place: a worker answering a client's text messages signs
"... before we talk. -Yesenia" (a listed given name, not a word as common as "-Love"), or
"... tonight. -Trang" (a name no list holds, that English hardly knows).

A dash before a credential or a role word alone ("-RN", "-SW", "-PT") signs with the role,
not a name, and stays; so do common short words a dash may set off ("-ok", "-no").
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.initials import initial_owners
from redact.detect.meaning import credentials, is_meaning, normalise
from redact.detect.wordlists import english_words, given_names, zipf
from redact.entities import NAME_TYPES
from redact.findings import Finding

SOURCE = "SignatureMark"
SCORE = 0.75
#: A three-letter mark this common as a word is the word ("-and", "-see").
MAX_WORD_ZIPF = 4.0

#: Letters a dash sets off that are not a signature: roles, times, short answers.
_NOT_MARKS = frozenset(
    {
        "ok", "no", "na", "yes", "tbd", "etc", "am", "pm", "sw", "cm", "cw", "pt", "ot", "st",
        "md", "do", "np", "pa", "rn", "lpn", "cna", "hha", "er", "ed", "dc", "po", "prn",
        "bid", "tid", "qid", "hs", "qd", "fyi", "asap", "nka", "nkda", "wnl", "ua", "bp",
        "hr", "rr", "ft", "lb", "kg", "mg", "ml", "cc", "id", "mrn", "dob", "pcp", "icu",
        "sob", "loc", "adl", "adls", "iadl", "est", "cst", "pst", "mst", "edt", "cdt", "pdt",
        "tx", "dx", "hx", "rx", "sx", "fx", "px", "iv", "im", "bm", "wc", "ekg", "ecg",
        "std", "sti", "hiv", "tb", "ct", "mri", "eeg", "ptsd", "adhd", "iep", "snap", "wic",
    }
)  # fmt: skip
#: A credential or job's letters after the mark ("STNA", "lcsw", "RN").
_CREDENTIAL = r"\p{L}{2,6}(?:-\p{L}{1,4})?"
_MARK = regex.compile(
    r"(?:(?<=[.!?)\]\"'”’;]|\d)[ \t]+|(?:^|(?<=\n))[ \t]*)"  # after a sentence, or a line start
    # the letter of a double surname's second half may follow a hyphen ("— kl-b")
    r"[-–—/][ \t]?(?P<mark>\p{L}{2,3}(?:-\p{L}(?![\p{L}]))?)"
    rf"(?P<creds>(?:[ \t]*,?[ \t]+{_CREDENTIAL}){{0,2}})"
    r"[ \t]*(?=\r?\n|$|[ \t]*\d{1,2}/\d{1,2}(?:/\d{2,4})?[ \t]+\d)"
)
_WORD = regex.compile(r"\p{L}+(?:-\p{L}+)?")
#: A given name signing an entry where initials would ("... before we talk. -Yesenia").
_NAMED = regex.compile(
    r"(?<=[.!?)\]\"'”’;]|\d)[ \t]+[-–—][ \t]?(?P<mark>\p{Lu}\p{Ll}{2,})(?P<creds>)"
    r"[ \t]*(?=\r?\n|$|[ \t]*\d{1,2}/\d{1,2}(?:/\d{2,4})?[ \t]+\d)"
)
#: A given name this common as a word signs nothing ("-Love", "-Will").
MAX_NAMED_ZIPF = 5.0
#: Initials after a label that says they sign: "Staff initials: RO", "Signed: kw".
_LABELLED = regex.compile(
    r"(?<![\p{L}])(?i:initials|init|initialed[ \t]+by|signed|sig)[ \t]*[:#][ \t]*"
    r"(?P<mark>\p{L}{2,3})(?P<creds>)(?![\p{L}\d'’.-])"
)

#: Initials that stamp who made a copy of the record: "exported 10/3/2025 by jf", "printed
#: 9/8 by RH", "faxed 2:10 PM by kb." at the end of a header line.
_STAMPED = regex.compile(
    r"(?<![\p{L}])(?i:exported|printed|entered|scanned|faxed|typed|transcribed|compiled"
    r"|pulled|uploaded|prepared|copied)(?:[ \t]+(?:on[ \t]+)?[\d/:.-]+(?:[ \t]*(?i:am|pm))?)?"
    r"[ \t]+(?i:by)[ \t]+(?P<mark>\p{Ll}[\p{Ll}\d._]{3,15}|\p{L}{2,3})(?P<creds>)"
    r"(?=[ \t]*(?:[.,;)]|\r?\n|$)|[ \t]+(?:for|on|at|to|and)(?![\p{L}]))"
)
#: Letters this common as a word after a stamp's "by" are the word ("by me", "by us").
MAX_STAMP_ZIPF = 4.0
#: A longer lower-case word after a stamp's "by" is the user name a records system prints
#: ("printed 4/30 by jkowal"): no English word ("by hand", "by mail", "by fax") and rare.
MAX_USER_NAME_ZIPF = 2.5


def _a_stamp(mark: str) -> bool:
    """Initials, or a system's user name, after a stamp's "by" (`_STAMPED`)."""
    if len(mark) <= 3:
        return zipf(mark) < MAX_STAMP_ZIPF
    word = mark.strip("._")
    return word not in english_words() and zipf(word) < MAX_USER_NAME_ZIPF and not is_meaning(word)


def _credentials_only(creds: str) -> bool:
    """Whether what follows the mark is credentials and job letters only ("STNA", "lcsw")."""
    return all(
        normalise(word) in credentials() or is_meaning(word) or word.isupper()
        for word in _WORD.findall(creds)
    )


def _a_mark(letters: str) -> bool:
    """Whether two or three letters after a dash may be a person's initials ("kl-b" too)."""
    folded = letters.casefold()
    if "-" in folded:
        return _a_mark(letters.split("-")[0])
    if folded in _NOT_MARKS or folded in credentials() or is_meaning(letters):
        return False
    if not (letters.isupper() or letters.islower()):
        return False  # "-Ok", "-Jo": a word or a name written as one
    return len(letters) == 2 or zipf(folded) < MAX_WORD_ZIPF


#: A name no list holds signs an entry ("-Trang", "-Abdiweli") when English hardly knows it.
MAX_UNLISTED_NAMED_ZIPF = 3.0


def _unlisted_name(folded: str) -> bool:
    return (
        zipf(folded) < MAX_UNLISTED_NAMED_ZIPF
        and folded not in english_words()
        and not is_meaning(folded)
    )


def signature_mark_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """PERSON findings for the initials that sign a note's entries (see the module
    docstring); initials of a name found in the text join that name's group."""
    owners = initial_owners(text, findings)
    taken = [(f.start, f.end) for f in findings if f.entity_type in NAME_TYPES]
    added = []
    stamps = [m for m in _STAMPED.finditer(text) if _a_stamp(m.group("mark"))]
    for match in (*_MARK.finditer(text), *_LABELLED.finditer(text), *stamps):
        letters = match.group("mark")
        start, end = match.span("mark")
        if any(s < end and start < e for s, e in taken):
            continue
        if not _credentials_only(match.group("creds")):
            continue
        owner = owners.get(letters.upper())
        if owner is None and not _a_mark(letters):
            continue
        added.append(
            Finding(
                start, end, "PERSON", SCORE, source=SOURCE,
                group=owner.group if owner else "", is_subject=owner.is_subject if owner else False,
            )
        )  # fmt: skip
    for match in _NAMED.finditer(text):
        start, end = match.span("mark")
        name = match.group("mark").casefold()
        if any(s < end and start < e for s, e in taken):
            continue  # "-Kira": the subject's or another found name signs as that person
        listed = name in given_names() and zipf(name) < MAX_NAMED_ZIPF
        if not listed and not _unlisted_name(name):
            continue
        added.append(Finding(start, end, "PERSON", SCORE, source=SOURCE))
    return added


__all__ = ["SOURCE", "signature_mark_findings"]
