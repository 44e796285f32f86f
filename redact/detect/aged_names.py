"""Names listed with an age in parentheses: "Siblings: Ana (12), Wilson (9)".

Intake forms and family histories list a household's children and siblings as a name and an
age in parentheses, one after another. NER reads the first item as a person and the next
ones as anything ("Wilson" an organisation, "Hunter" nothing), and a name that is also an
English word or a surname ("Mason", "Wilson", "Hunter") has no other cue. The list is the
cue: when two or more items of the shape "Name (age)" follow each other on a line, or one
follows a word for people ("Siblings:", "children", "kids"), every item is a person, as long
as one item at least is a name by the lists (or a household word heads the line) and none is
a term of meaning ("Zoloft (50), Abilify (5)" are doses; "Math (85), Reading (72)" no one).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.meaning import is_meaning
from redact.detect.wordlists import english_words, person_names, zipf
from redact.findings import Finding

SOURCE = "AgedName"
SCORE = 0.75
#: An item whose words English knows better than this is taken only in a list whose
#: other evidence holds (a household word, a listed name beside it).
MAX_EVIDENCE_ZIPF = 4.0

_WORD = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?"
#: An age as a form writes it in parentheses: "12", "6 mos", "8 mo", "2 yrs", "3 y/o".
_AGE = r"\((?:\d{1,2}(?:[ \t]*(?i:mos?|months?|m|yrs?|years?|y/?o|y|wks?|weeks?))?\.?)\)"
_ITEM = rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]*{_AGE}"
_ITEM_RE = regex.compile(rf"(?<![\p{{L}}'’-]){_ITEM}")
#: The same item typed in lower case, one word: "kids milos (6) and ana (3)".
_LOWER_ITEM_RE = regex.compile(rf"(?<![\p{{L}}'’-])(?P<name>\p{{Ll}}[\p{{Ll}}'’]+)[ \t]*{_AGE}")
#: What may join two items: a comma, a semicolon, "and", "&", a slash.
_JOIN = regex.compile(r"[ \t]*(?:[,;/&]|(?i:and))[ \t]*(?:(?i:and)[ \t]+)?")
#: Words for people that head a list of them: "Siblings in Guatemala:", "children".
_PEOPLE = regex.compile(
    r"(?i:\b(?:siblings?|children|child|kids?|sons?|daughters?|brothers?|sisters?"
    r"|half-?(?:brothers?|sisters?|siblings?)|step-?(?:children|brothers?|sisters?)"
    r"|grandchildren|grandkids|household|members|minors|youth|cousins|nieces|nephews"
    r"|twins|infants|babies)\b)"
)
#: Words of the line that are never a person's name inside an item.
_NOT_NAME = frozenset({"age", "ages", "aged", "and", "the", "of", "dob", "gr", "grade"})


def _words(name: str) -> list[str]:
    return name.split()


def _lead_trimmed(text: str, item: regex.Match[str]) -> tuple[int, int]:
    """The item's name without the English words a line puts before it ("Mother Rosa (34)",
    "Children Ana (4)"): a word English knows that no name list holds."""
    start, end = item.span("name")
    for word in regex.finditer(r"\S+", text[start:end]):
        folded = word.group().casefold()
        if folded in person_names() or folded not in english_words():
            return start + word.start(), end
    return end, end


def _plain(name: str) -> bool:
    """No term of meaning and no heading word among the item's words."""
    return not is_meaning(name) and not any(w.casefold() in _NOT_NAME for w in _words(name))


def _named(name: str) -> bool:
    """An item that is a name by itself: each word a listed name or one English does not
    know, one at least rarer than `MAX_EVIDENCE_ZIPF` as a word."""
    words = [w.casefold() for w in _words(name)]
    if not all(w in person_names() or w not in english_words() for w in words):
        return False
    return any(zipf(w) < MAX_EVIDENCE_ZIPF for w in words)


def _runs(text: str, items: regex.Pattern[str] = _ITEM_RE) -> list[list[regex.Match[str]]]:
    """Runs of items joined on one line."""
    runs: list[list[regex.Match[str]]] = []
    for item in items.finditer(text):
        if runs:
            last = runs[-1][-1]
            join = _JOIN.fullmatch(text, last.end(), item.start())
            if join is not None or last.end() == item.start():
                runs[-1].append(item)
                continue
        runs.append([item])
    return runs


def aged_name_findings(text: str, findings: Sequence[Finding] = ()) -> list[Finding]:
    """PERSON findings for the names of a list of people with their ages (see the module
    docstring); an item already found as a person is left to its finding."""
    if "(" not in text:
        return []
    taken = [(f.start, f.end) for f in findings if f.entity_type == "PERSON"]
    found: list[Finding] = []
    for run in _runs(text):
        line_start = text.rfind("\n", 0, run[0].start()) + 1
        headed = _PEOPLE.search(text, line_start, run[0].start()) is not None
        if len(run) < 2 and not headed:
            continue
        spans = [_lead_trimmed(text, m) for m in run]
        if any(start == end for start, end in spans):
            continue
        names = [text[start:end] for start, end in spans]
        if not all(_plain(n) for n in names):
            continue
        if not headed and not any(_named(n) for n in names):
            continue
        for start, end in spans:
            if any(s <= start and end <= e for s, e in taken):
                continue
            found.append(Finding(start, end, "PERSON", SCORE, source=SOURCE))
    return found + _lower_case_items(text, taken)


def _lower_case_items(text: str, taken: list[tuple[int, int]]) -> list[Finding]:
    """The same list typed in lower case ("met w/ mom and kids milos (6) and ana (3)"): only
    after a word for people on the line, and only when every item is a name by the lists
    (`_named`), since a lower-case word has no capital to say so."""
    found = []
    for run in _runs(text, _LOWER_ITEM_RE):
        line_start = text.rfind("\n", 0, run[0].start()) + 1
        if _PEOPLE.search(text, line_start, run[0].start()) is None:
            continue
        names = [m.group("name") for m in run]
        if not all(_plain(n) and _named(n) for n in names):
            continue
        for match in run:
            start, end = match.span("name")
            if not any(s <= start and end <= e for s, e in taken):
                found.append(Finding(start, end, "PERSON", SCORE, source=SOURCE))
    return found


__all__ = ["aged_name_findings"]
