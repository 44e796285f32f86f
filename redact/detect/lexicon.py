"""The people of a whole release: names gathered from every document before any is redacted.

A records request is many documents, and the short ones carry no context of their own: a
table row says "Intake w/ Mack and mom Rosalind", a comment in a .docx says "Ashdown has an
open warrant". The same names are written out in full elsewhere in the release ("Marcus
\"Mack\" Ellery-Fontaine", "mom's boyfriend Gerald Ashdown"). A first, cheap pass (patterns
only, no NER) gathers the names that are certainly people:

- a name with a nickname in quotes inside it or declared after it ("Wesley \"Wes\" Baker",
  "Marcus Ellery-Fontaine (goes by \"Mack\")");
- a given name and a surname ("Kaden Strickland", see `person_shapes`);
- a capitalised name after a relation word ("mom's boyfriend Gerald Ashdown").

Then every document looks for those names and their words (a word two people share is
left to each document), and a nickname or a first name alone gets the pseudonym of the full
name it belongs to, in every document. The pass is deterministic: the same inputs give the
same names, whatever the number of workers, the engine, or a resumed run.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from redact.detect.labelled_names import attention_names
from redact.detect.letter_nicknames import (
    is_letter_nickname,
    letter_nickname_forms,
    letter_nickname_people,
)
from redact.detect.names import (
    MAX_LOWER_ZIPF,
    canonical_name,
    fold_accents,
    lower_case_is_a_name,
    name_words,
    searchable_alone,
    whole_word_mentions,
    word_parts,
)
from redact.detect.person_shapes import is_given_name, is_surname_like
from redact.detect.quoted_nicknames import quoted_nickname_people
from redact.detect.wordlists import zipf
from redact.findings import Finding

SOURCE = "release-names"
SCORE = 0.7

_CAP = r"\p{Lu}[\p{L}'’]*\p{Ll}"
_SURNAME = rf"{_CAP}(?:-{_CAP})?"
_QUOTED_NICK = regex.compile(
    rf"(?<![\p{{L}}'’.-])({_CAP})[ \t]+\(?[\"“]({_CAP})[\"”]\)?[ \t]+({_SURNAME})(?![\p{{L}}'’-])"
)
_DECLARED_NICK = regex.compile(
    rf"(?<![\p{{L}}'’.-])({_CAP}(?:[ ]\p{{Lu}}\.)?[ ]{_SURNAME})[ \t]*[,(][ \t]*"
    r"(?i:goes[ \t]+by|known[ \t]+as|a\.?k\.?a\.?|nicknamed?)[ \t:]*[\"“]?"
    rf"({_CAP})[\"”]?"
)
_PAIR = regex.compile(rf"(?<![\p{{L}}'’.-])({_CAP})[ ]({_SURNAME})(?![\p{{L}}'’-])")
_RELATION = regex.compile(
    r"\b(?:mom|mother|dad|father|boyfriend|girlfriend|bf|gf|husband|wife|partner|son"
    r"|daughter|brother|sister|grandmother|grandfather|grandma|grandpa|aunt|uncle|cousin"
    r"|friend|stepdad|stepmom|stepfather|stepmother|neighbou?r)(?:'s)?,?[ \t]+"
    rf"({_CAP}[ ]{_SURNAME})(?![\p{{L}}'’-])"
)


@dataclass(frozen=True)
class ReleaseNames:
    """Full names (as written, accents folded) and each searchable form -> its canonical name.

    Tuples, sorted: picklable to workers and identical however the pass was run.
    """

    full_names: tuple[str, ...] = ()
    forms: tuple[tuple[str, str], ...] = ()
    nicknames: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.forms)

    def canonical_of(self, canonical: str) -> str | None:
        """The full name (in `canonical_name` form) that a name in that form ("mack",
        "ellery fontaine") belongs to, if the release names one person so."""
        return self._table().get(canonical)

    def _table(self) -> dict[str, str]:
        table: dict[str, str] | None = getattr(self, "_cache", None)
        if table is None:
            table = {canonical_name(form): canonical for form, canonical in self.forms}
            table.update({canonical: canonical for _, canonical in self.forms})
            object.__setattr__(self, "_cache", table)
        return table

    def __getstate__(self) -> dict[str, object]:
        return {"full_names": self.full_names, "forms": self.forms, "nicknames": self.nicknames}

    def __setstate__(self, state: dict[str, object]) -> None:
        object.__setattr__(self, "full_names", state["full_names"])
        object.__setattr__(self, "forms", state["forms"])
        object.__setattr__(self, "nicknames", state["nicknames"])


def _people_in(text: str) -> Iterable[tuple[str, tuple[str, ...]]]:
    """(full name as written, nicknames) of each person certainly named in `text`."""
    for match in _QUOTED_NICK.finditer(text):
        yield f"{match.group(1)} {match.group(3)}", (match.group(2),)
    for match in _DECLARED_NICK.finditer(text):
        yield match.group(1), (match.group(2),)
    yield from letter_nickname_people(text)
    yield from quoted_nickname_people(text)
    for name in attention_names(text):  # "attn. Grace Liufau"
        yield name, ()
    for match in _PAIR.finditer(text, overlapped=True):
        if is_given_name(match.group(1)) and is_surname_like(match.group(2)):
            yield match.group(0), ()
    for match in _RELATION.finditer(text):
        given, _, surname = match.group(1).partition(" ")
        if is_surname_like(surname) and (is_given_name(given) or is_surname_like(given)):
            yield match.group(1), ()


def gather_names(texts: Iterable[str]) -> ReleaseNames:
    """The names certainly naming people in `texts`, with their words and nicknames."""
    people: dict[str, tuple[str, set[str]]] = {}
    for text in texts:
        for written, nicknames in _people_in(text):
            canonical = canonical_name(written)
            if len(canonical.split()) < 2:
                continue
            _, aliases = people.setdefault(canonical, (fold_accents(written), set()))
            aliases.update(nicknames)
    owners: dict[str, set[str]] = {}
    written_as: dict[str, str] = {}

    def own(form: str, canonical: str) -> None:
        folded = fold_accents(form)
        written_as.setdefault(folded.casefold(), folded)
        owners.setdefault(folded.casefold(), set()).add(canonical)

    for canonical, (written, aliases) in sorted(people.items()):
        own(written, canonical)
        for word in name_words(written):
            for part in word_parts(word):
                if searchable_alone(part, written):
                    own(part, canonical)
        for alias in sorted(aliases):
            if searchable_alone(alias, alias) or is_letter_nickname(alias):
                own(alias, canonical)
    forms = tuple(
        sorted((written_as[form], next(iter(c))) for form, c in owners.items() if len(c) == 1)
    )
    full = tuple(sorted({written for written, _ in people.values()}))
    nicknames = tuple(
        sorted({written_as[fold_accents(a).casefold()] for _, aliases in people.values()
                for a in aliases if fold_accents(a).casefold() in written_as})
    )  # fmt: skip
    return ReleaseNames(full, forms, nicknames)


def release_name_findings(text: str, names: ReleaseNames) -> list[Finding]:
    """A PERSON finding for each mention in `text` of a name (or its word, or nickname)
    gathered from the release; `Detector` groups them like any other name."""
    if not names:
        return []
    folded = fold_accents(text)
    wanted: set[str] = set(names.full_names)
    nicknames = set(names.nicknames)
    for form, _ in names.forms:
        wanted.update({form, form.upper()})
        rare = form in nicknames and zipf(form) < MAX_LOWER_ZIPF
        if lower_case_is_a_name(form) or rare:
            wanted.add(form.lower())
        if form in nicknames:
            wanted.update(letter_nickname_forms(form))  # "jj", "jjs" for "JJ"
    found = []
    for start, end, _ in whole_word_mentions(folded, wanted):
        found.append(Finding(start, end, "PERSON", SCORE, source=SOURCE))
    return found
