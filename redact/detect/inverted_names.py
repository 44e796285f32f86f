"""A surname, a comma and an initial: "Achterberg, D.", "KOWAL, P.", "abernathy-kowal, p.".

Headers of plans and visit notes, portal banners and billing lines write the client the way
a file is sorted: surname first, then the given name's initial, in capitals or, in an aide's
hurried note, in lower case. NER reads neither ("Achterberg" as an organisation, "D." as
nothing), so the surname and its initial leak together. The shape is found directly:

- a surname (hyphenated or not) that is a listed name or a word English does not know, a
  comma, and one or two initials each with its dot ("Roe, D. J."), not a common abbreviation
  ("Washington, D.C.");
- a surname-like word, a comma and a listed given name ("From: Okonkwo-Bell, Adaeze",
  "HALLWORTH, JONAH R.", and in lower case "pt szymanska, dorota k") is one too;
- in capitals or with a capital, the shape is enough; in lower case ("abernathy-kowal, p.")
  it also needs a person's label before it on its line ("client:", "pt:") or a surname
  found as a name in the text or named as the subject, and every half rare as a word.

The mention joins the person whose name has that surname (the subject too: a policy that
keeps the subject keeps "Achterberg, D." with it).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.counties import county_follows
from redact.detect.initials import ABBREVIATIONS
from redact.detect.meaning import is_meaning
from redact.detect.names import NOT_NAME_WORDS, fold_accents, name_words, person_key
from redact.detect.person_shapes import is_given_name, is_surname_like
from redact.detect.span_index import SpanIndex
from redact.detect.subject import SUBJECT_GROUP, given_only
from redact.detect.wordlists import zipf
from redact.entities import NAME_TYPES
from redact.findings import Finding

SOURCE = "InvertedName"
SCORE = 0.8
#: A lower-case surname half rarer than this as a word may be a name.
MAX_LOWER_ZIPF = 3.0
#: A lower-case given name after the surname and its comma may be more common ("harriet").
MAX_LOWER_GIVEN_ZIPF = 4.0

_PART = r"\p{L}[\p{L}'’]*\p{L}"
_INVERTED = regex.compile(
    rf"(?<![\p{{L}}\d'’.@/-])(?P<surname>{_PART}(?:-{_PART})?)[ \t]*,[ \t]*"
    r"(?P<initials>\p{L}\.(?:[ \t]?\p{L}\.)?)(?![\p{L}\d]|[ \t]?\p{L}\.)"
)
#: A label that says the next words are a person's: "client:", "Pt:", "Re:".
_PERSON_LABEL = regex.compile(
    r"(?i:client|pt|patient|name|resident|member|consumer|youth|child|student|re|individual"
    r"|participant|recipient|beneficiary|subject|for)[ \t]*[:#-]?[ \t]*$"
)


def _people_by_surname(
    text: str, findings: Sequence[Finding], subject: Sequence[str]
) -> dict[str, Finding | None]:
    """Each word of a found name (folded) -> that name's finding; None when two people share
    it. The subject's names count as found."""
    people: dict[str, Finding | None] = {}
    for finding in findings:
        if finding.entity_type not in NAME_TYPES or not finding.group:
            continue
        for word in name_words(text[finding.start : finding.end]):
            key = fold_accents(word).casefold()
            other = people.setdefault(key, finding)
            if other is not None and other.group != finding.group:
                people[key] = None
    for name in subject:
        for word in name_words(name):
            key = fold_accents(word).casefold()
            if key not in people:
                people[key] = Finding(0, 1, "PERSON", 1.0, group=SUBJECT_GROUP, is_subject=True)
    return people


def _surname(word: str) -> bool:
    """A capitalised or all-capitals surname-like word ("Achterberg", "ABERNATHY-KOWAL")."""
    return is_surname_like(word.title() if word.isupper() else word)


def _overlapping(names: SpanIndex, start: int, end: int) -> Finding | None:
    """The name found over part of the mention ("[Achterberg, Desmond] J."), the subject's
    first: the mention is that person, whoever else shares the surname."""
    found = [f for _, _, f in names.overlapping(start, end) if f is not None and f.group]
    return max(found, key=lambda f: (f.is_subject, f.length), default=None)


def _lower_case_surname(surname: str) -> bool:
    return all(zipf(half) < MAX_LOWER_ZIPF for half in surname.split("-"))


def inverted_name_findings(
    text: str, findings: Sequence[Finding], subject: Sequence[str] = ()
) -> list[Finding]:
    """PERSON findings for "Surname, I." mentions (see the module docstring)."""
    if "," not in text:
        return []
    people: dict[str, Finding | None] | None = None
    index = SpanIndex(f for f in findings if f.entity_type in NAME_TYPES)
    added = []
    for match in _INVERTED.finditer(text):
        surname, initials = match.group("surname"), match.group("initials")
        letters = "".join(c for c in initials if c.isalpha())
        if letters.upper() in ABBREVIATIONS or surname.casefold() in NOT_NAME_WORDS:
            continue
        if is_meaning(surname):
            continue
        if people is None:
            people = _people_by_surname(text, findings, subject)
        owner = _overlapping(index, *match.span()) or people.get(fold_accents(surname).casefold())
        if surname.islower():
            line_start = text.rfind("\n", 0, match.start()) + 1
            labelled = _PERSON_LABEL.search(text, line_start, match.start()) is not None
            if not ((labelled or owner) and _lower_case_surname(surname)):
                continue
        elif not initials[:1].isupper() or (owner is None and not _surname(surname)):
            continue
        added.append(
            Finding(
                match.start(), match.end(), "PERSON", SCORE, source=SOURCE,
                group=owner.group if owner else person_key(match.group()),
                is_subject=owner.is_subject if owner else False,
            )
        )  # fmt: skip
    added += _lower_with_given_names(text, findings, subject, people, index)
    return added + _with_given_names(text, findings, subject, people, index)


#: "szymanska, dorota k": a portal export's or an aide's lower-case banner, surname first.
_LOWER = r"\p{Ll}[\p{Ll}'’]*\p{Ll}"
_LOWER_WITH_GIVEN = regex.compile(
    rf"(?<![\p{{L}}\d'’.@/-])(?P<surname>{_LOWER}(?:-{_LOWER})?)[ \t]*,[ \t]*"
    rf"(?P<given>{_LOWER})(?:[ \t]+\p{{Ll}}\.?)?(?![\p{{L}}\d'’-])"
)


def _lower_with_given_names(
    text: str,
    findings: Sequence[Finding],
    subject: Sequence[str],
    people: dict[str, Finding | None] | None,
    index: SpanIndex,
) -> list[Finding]:
    """PERSON findings for "surname, given m" in lower case after a person's label on its
    line ("pt szymanska, dorota k mrn ..."), or whose surname is a name found in the text
    or the subject's: both halves rare as words, the second a listed given name. A name
    that is already found whole is left as it is; one found in part ("[szymanska], dorota
    k") is taken whole, so the given name does not stay behind."""
    added = []
    for match in _LOWER_WITH_GIVEN.finditer(text):
        surname, given = match.group("surname"), match.group("given")
        start, end = match.span()
        if any(s <= start and end <= e for s, e, _ in index.overlapping(start, end)):
            continue
        if not (_lower_case_surname(surname) and zipf(given) < MAX_LOWER_GIVEN_ZIPF):
            continue
        if not is_given_name(given.title()) or is_meaning(surname) or is_meaning(given):
            continue
        if people is None:
            people = _people_by_surname(text, findings, subject)
        owner = _overlapping(index, start, end) or people.get(fold_accents(surname).casefold())
        line_start = text.rfind("\n", 0, start) + 1
        if owner is None and _PERSON_LABEL.search(text, line_start, start) is None:
            continue
        added.append(
            Finding(
                start, end, "PERSON", SCORE, source=SOURCE,
                group=owner.group if owner else person_key(match.group()),
                is_subject=owner.is_subject if owner else False,
            )
        )  # fmt: skip
    return added


#: "Okonkwo-Bell, Adaeze", "HALLWORTH, JONAH R.": a surname, a comma, a given name.
_CAP = r"\p{Lu}[\p{L}'’]*\p{L}"
_WITH_GIVEN = regex.compile(
    rf"(?<![\p{{L}}\d'’.@/-])(?P<surname>{_CAP}(?:-{_CAP})?)[ \t]*,[ \t]*"
    rf"(?P<given>{_CAP})(?:[ \t]+\p{{Lu}}\.)?(?![\p{{L}}\d'’-])"
)


def _with_given_names(
    text: str,
    findings: Sequence[Finding],
    subject: Sequence[str],
    people: dict[str, Finding | None] | None,
    index: SpanIndex,
) -> list[Finding]:
    """PERSON findings for "Surname, Given" (an e-mail's "From: Okonkwo-Bell, Adaeze", a
    plan's "Client: HALLWORTH, JONAH R."): a surname-like word, a comma, a listed given
    name. A found finding already covering the whole is left as it is."""
    added = []
    for match in _WITH_GIVEN.finditer(text):
        surname, given = match.group("surname"), match.group("given")
        start, end = match.span()
        if any(s <= start and end <= e for s, e, _ in index.overlapping(start, end)):
            continue
        if not (_surname(surname) and is_given_name(given.title() if given.isupper() else given)):
            continue
        if surname.casefold() in NOT_NAME_WORDS or is_meaning(surname):
            continue
        if county_follows(text, end):
            continue  # "Okafor v. Lindqvist, Rock County": the court's county
        if subject and given_only(surname, subject):
            continue  # "(Kayleigh, Mason)": the subject and a sibling, not a surname first
        if people is None:
            people = _people_by_surname(text, findings, subject)
        owner = _overlapping(index, *match.span()) or people.get(fold_accents(surname).casefold())
        added.append(
            Finding(
                match.start(), match.end(), "PERSON", SCORE, source=SOURCE,
                group=owner.group if owner else person_key(match.group()),
                is_subject=owner.is_subject if owner else False,
            )
        )  # fmt: skip
    return added


__all__ = ["inverted_name_findings"]
