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
"""

from __future__ import annotations

import regex

from redact.detect.person_shapes import is_given_name, is_surname_like

_CAP = r"\p{Lu}[\p{L}'’]*\p{Ll}"
_AFTER_NAME = regex.compile(
    rf"(?<![\p{{L}}'’.-])({_CAP})(?:[ ]\p{{Lu}}\.)?[ ]({_CAP}(?:-{_CAP})?)"
    rf"[ \t]*(?:\([ \t]*)?[\"“]({_CAP})[\"”]"
)


def quoted_nickname_people(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(given name and surname, (nickname,)) for each full name followed by a quoted
    nickname in `text`."""
    if '"' not in text and "“" not in text:
        return []
    people: list[tuple[str, tuple[str, ...]]] = []
    for match in _AFTER_NAME.finditer(text):
        given, surname, nickname = match.group(1), match.group(2), match.group(3)
        if is_given_name(given) and is_surname_like(surname) and nickname != given:
            people.append((f"{given} {surname}", (nickname,)))
    return people
