"""Nicknames in quotes right after a full name: `Ariadna M. Velasquez-Toomey ("Ari")`.

The release's first pass (`redact.detect.lexicon`) gathers a nickname written inside the
name (`Wesley "Wes" Baker`) or declared with words (`goes by "Mack"`). Case plans and court
papers more often write it after the whole name, in quotes, with or without brackets:
`Ariadna M. Velasquez-Toomey ("Ari")`, `Theodora Quinn "Teddy"`. The note itself finds it
(`redact.detect.names.declared_nicknames`), but the release's other documents, the short
table rows and message logs that say only "Ari shaky" or "ari: ok", need it gathered too.

Only a given name that the name lists know, then a surname (with an optional middle
initial), then a capitalised word in double quotes: a quoted title or phrase after a name
(`Dana Roe "Supervisor"`) would need the given-name test to pass and a capitalised
one-word quote, and is rare enough in records to accept.

Many names are longer: a middle name or two family names (`Emmanuel Tabe Enow ("Manu")`,
`Luz Marina Ochoa Restrepo "Lucha"`) and a generational suffix (`Tyrone Earl Beckwith Jr.
("Tiny")`). Up to two more words between the given name and the last one are read when
each is a name (shaped like a surname, or a listed given name however common: "Earl"), so
a phrase ("Dana Roe of Housing") is not; the person is the whole name as written, without
the suffix.
"""

from __future__ import annotations

import regex

from redact.detect.person_shapes import is_given_name, is_surname_like
from redact.detect.wordlists import given_names

_CAP = r"\p{Lu}[\p{L}'’]*\p{Ll}"
_WORD = rf"{_CAP}(?:-{_CAP})?"
#: A generational suffix between the name and its quoted nickname ("Jr.", "III").
_SUFFIX = r"(?:,?[ ](?:Jr|Sr|II|III|IV)\.?)?"
_AFTER_NAME = regex.compile(
    rf"(?<![\p{{L}}'’.-])({_CAP})(?:[ ]\p{{Lu}}\.)?((?:[ ]{_WORD}){{0,2}})[ ]({_WORD}){_SUFFIX}"
    rf"[ \t]*(?:\([ \t]*)?[\"“]({_CAP})[\"”]"
)


def quoted_nickname_people(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(given name and surname, (nickname,)) for each full name followed by a quoted
    nickname in `text`."""
    if '"' not in text and "“" not in text:
        return []
    people: list[tuple[str, tuple[str, ...]]] = []
    taken_to = -1
    # overlapped: "Mother Anne Marie Kowal" is read again from "Anne"; the longest name
    # that passes is the person, never a shorter part of it as another one
    for match in _AFTER_NAME.finditer(text, overlapped=True):
        given, middle, surname, nickname = match.group(1, 2, 3, 4)
        words = middle.split()
        if match.end() <= taken_to or nickname == given:
            continue
        if not (is_given_name(given) and is_surname_like(surname)):
            continue
        if all(is_surname_like(w) or w.casefold() in given_names() for w in words):
            taken_to = match.end()
            people.append((" ".join([given, *words, surname]), (nickname,)))
    return people
