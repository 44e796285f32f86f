"""Nicknames made of letters: "JJ", "TJ", "KK", declared with the full name.

A youth called Jaylon Jerome is "JJ" to everyone, and a text log writes it "jj" and "jjs"
(his, with no apostrophe). The name steps search a name word alone only when it is long
enough or a listed given name, so that "Gr" and "Rm" are never searched for; a nickname of
two or three capitals fails that test although the record itself declares it a name
("Jaylon \"JJ\" Pruett", "Marcus (goes by \"DJ\")"). Here such a declared nickname is
searchable in every case, and with a bare possessive "s" in lower case (message logs).

The declaration is what makes it safe: "JJ" written alone, with no name around it in the
release, is not looked for.
"""

from __future__ import annotations

import regex

#: Two or three capitals, the same letter or not ("JJ", "AJ", "KK", "TJW"); no vowel run
#: that would make an ordinary acronym's word ("OK" is listed out below).
_LETTERS = regex.compile(r"\p{Lu}{2,3}")
#: Capitals that are words or form labels, never a person's nickname.
_NOT_NICKNAMES = frozenset({"OK", "NO", "ID", "DOB", "SSN", "MD", "RN", "DV", "IPV", "PO", "ER"})

_CAP = r"\p{Lu}[\p{L}'’]*\p{Ll}"
#: Given name, a letters nickname in quotes, surname ("Jaylon \"JJ\" Pruett").
_QUOTED = regex.compile(
    rf"(?<![\p{{L}}'’.-])({_CAP})[ \t]+\(?[\"“](\p{{Lu}}{{2,3}})[\"”]\)?[ \t]+"
    rf"({_CAP}(?:-{_CAP})?)(?![\p{{L}}'’-])"
)


def is_letter_nickname(word: str) -> bool:
    """Whether `word` is a nickname of two or three capitals (not a label or a word)."""
    return _LETTERS.fullmatch(word) is not None and word not in _NOT_NICKNAMES


def letter_nickname_people(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(full name as written, (nickname,)) for each "Given \"JJ\" Surname" in `text`."""
    return [
        (f"{m.group(1)} {m.group(3)}", (m.group(2),))
        for m in _QUOTED.finditer(text)
        if is_letter_nickname(m.group(2))
    ]


def letter_nickname_forms(word: str) -> frozenset[str]:
    """Forms searched for a letters nickname: as written, lower case, and a bare possessive
    in lower case ("jjs"); empty for any other word."""
    if not is_letter_nickname(word):
        return frozenset()
    lower = word.lower()
    return frozenset({word, lower, lower + "s"})
