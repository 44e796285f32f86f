"""One letter and a dot standing for a name: "K. clingy at goodbye", "Mason (2) D.", "G. Liufau".

Visit logs and running notes shorten the child's name to its first letter once the child
is named ("K. showed me her room"), a family's surname to its initial after the children's
given names ("Children: Kayleigh (6) & Mason (2) D."), and a worker's given name to its
initial before the surname ("G. Liufau coordinator", "M. Oyelaran:" as a message's sender).
Three rules, each tied to a name found in the same text, so that "Vitamin D." or "Plan B."
is never a person:

- a given-name initial: a capital and a dot, where a sentence's subject stands (at a line's
  or sentence's start, or after a lower-case word such as "reports") and before a lower-case
  word, whose letter begins the given name of a person found in the text; it joins that
  person when only one found person's name begins so;
- a surname initial: a capital and a dot right after a found given name, or after one and
  its age in brackets ("Mason (2) D."): it is that person's;
- a given name and a surname initial, found name or not: "Crystal M. (on methadone ...)",
  a listed given name (no common English word, no term) and its letter, not after an
  article ("the Sierra B. unit");
- an initial before a surname: "G. Liufau" is one PERSON, found name or not (the surname a
  listed name or a word English does not know); a found name grows over the initial before
  it (`absorb_initials`).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.meaning import is_meaning
from redact.detect.names import NOT_NAME_WORDS, fold_accents, name_words, person_key
from redact.detect.person_shapes import is_given_name, is_surname_like
from redact.detect.span_index import SpanIndex
from redact.detect.subject import SUBJECT_GROUP
from redact.entities import NAME_TYPES
from redact.findings import Finding

SOURCE = "LetterInitial"
SCORE = 0.7

#: A word before a letter and a dot that makes them a thing's name, not a person's.
_THING_BEFORE = frozenset(
    {
        "vitamin", "vit", "hep", "hepatitis", "plan", "part", "type", "grade", "group",
        "section", "tier", "schedule", "appendix", "exhibit", "attachment", "unit", "room",
        "building", "bldg", "wing", "ward", "pod", "level", "stage", "class", "step", "phase",
        "form", "option", "item", "question", "box", "figure", "table", "zone", "area", "floor",
        "hall", "gate", "block", "lot", "apt", "suite", "axis", "cluster", "category", "code",
        "list", "line", "row", "column", "track", "team", "cottage", "dorm", "bed", "bus",
        "route", "exit", "highway", "hwy", "channel", "model", "size", "blood", "strep",
        "influenza", "flu", "medicare", "letter", "rating", "score", "no", "number",
    }
)  # fmt: skip
#: A capital and a dot, not inside a word or an abbreviation; a dash before it only after a
#: space ("-G. HAMMOND, LICSW" signs a note).
_INITIAL = r"(?<![\p{L}\d.'’&/])(?<![\p{L}\d]-)(\p{Lu})\."
#: A given-name initial before a lower-case word: "K. clingy", "K. showed".
_SUBJECT_INITIAL = regex.compile(_INITIAL + r"(?=[ \t]+\p{Ll}[\p{Ll}'’]+(?![\p{L}]))")
#: What may stand right before it: a line's start, a sentence's end, or a lower-case word.
_LINE_OR_SENTENCE = regex.compile(r"(?:^|[\n.;:!?)\]]|\d)[ \t]*$")
_WORD_BEFORE = regex.compile(r"(?<![\p{L}])(\p{Ll}[\p{Ll}'’]*)[ \t]+$")
#: A letter and a dot after a word for a person, in quotes or not: 'Client "J."', "Pt K.",
#: "Mother R. (38)": whoever the note means by that role, by the first letter of their name.
_ROLE_INITIAL = regex.compile(
    r"(?<![\p{L}])(?i:client|pt|patient|resident|member|youth|consumer|participant|mother"
    r"|father|mom|dad|son|daughter|sister|brother|child|minor|student|caller|reporter"
    r"|victim|respondent|petitioner|husband|wife|partner|grandmother|grandfather)"
    r"[ \t]+[\"“']?(\p{Lu})\.[\"”']?(?![\p{L}\d.])"
)
#: A surname initial after a given name and, maybe, its age: "Mason D.", "Mason (2) D.".
_AFTER_NAME = regex.compile(r"[ \t]+(?:\(\d{1,2}\)[ \t]+)?(\p{Lu})\.(?![\p{L}\d.])")
#: A capital and a dot before a capitalised word: "G. Liufau", "M. Oyelaran:", "G. HAMMOND".
_BEFORE_SURNAME = regex.compile(
    _INITIAL + r"[ \t]?(\p{Lu}[\p{L}'’]*\p{L}(?:-\p{Lu}[\p{L}'’]*\p{L})?)(?![\p{L}'’-]|\.\p{L})"
)

#: A listed given name and a surname's initial, as group notes and rosters shorten a
#: member: "Crystal M. (on methadone ...)", "Ruthanne G., Priyanka and two others".
_GIVEN_AND_INITIAL = regex.compile(
    r"(?<![\p{L}\d.'’&/-])(\p{Lu}\p{Ll}+)[ \t]\p{Lu}\.(?![\p{L}\d.'’-])"
)
#: An article or a preposition of place before it makes the pair a thing's name.
_PLACE_WORD_BEFORE = regex.compile(r"(?i:\b(?:the|a|an|in|at|on|into|onto))[ \t]+$")


def _thing_before(text: str, start: int) -> bool:
    """Whether the word before `start` names a thing the letter is the name of ("Plan B."),
    or a house number makes the letter a street's direction ("6617 W. Fairview Ave")."""
    window = text[max(0, start - 20) : start]
    if _HOUSE_NUMBER.search(window):
        return True
    word = regex.search(r"(\p{L}+)\.?[ \t]*$", window)
    return word is not None and word.group(1).casefold() in _THING_BEFORE


#: A house number, not a date's or a time's last figures ("3/10/25 R. laughing").
_HOUSE_NUMBER = regex.compile(r"(?<![\d/:.])\d[\p{L}\d-]*[ \t]+$")
#: The subject's standing initial where a log uses it as a name but no lower-case word
#: follows: at a sentence's end ("alone w/ A.. A. made"), before "+" or "&" ("A. + cousins"),
#: after a comma ("powwow, A. danced"), before shorthand ("Placed A. w/ aunt"). Only for
#: the subject's letter the note uses again and again (`_standing`).
_STANDING_INITIAL = regex.compile(_INITIAL + r"(?=\.|[ \t]+[+&][ \t]|[ \t]+\p{Ll})")
_STANDING_BEFORE = regex.compile(r"(?:(?<![\p{L}])\p{L}[\p{L}'’]*/?|[,\n.;:!?]|^)[ \t]*$")


def _standing_subject_initials(
    text: str, owners: dict[str, Finding | None], taken: SpanIndex
) -> list[Finding]:
    """The subject's standing initial in the places `_STANDING_INITIAL` names."""
    letters = {letter for letter, owner in owners.items() if owner is _SUBJECT}
    added: list[Finding] = []
    for letter in letters:
        if not _standing(text, letter):
            continue
        for match in _STANDING_INITIAL.finditer(text):
            start, end = match.span()
            if match.group(1) != letter or not taken.free(start, end):
                continue
            if _thing_before(text, start):
                continue
            if _STANDING_BEFORE.search(text[max(0, start - 40) : start]) is None:
                continue
            added.append(_person(start, end, _SUBJECT))
            taken.add(start, end)
    return added


#: A street's type after "W. Fairview": the initial is a direction, the word a street's name.
_STREET_AFTER = regex.compile(
    r"[ \t]+(?i:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|ct|court|pl"
    r"|place|pkwy|parkway|hwy|highway|cir|circle|ter|terrace|trl|trail)\b"
)


def _given_initials(
    text: str, names: Sequence[Finding], subject: Sequence[str]
) -> dict[str, Finding | None]:
    """The first letter of each found given name -> its person (None when two people's given
    names begin with it). A given name is the first word of a name of two words or more, or
    a listed given name alone ("Kayleigh"); a surname alone ("Szymanski") gives none. The
    subject's given names count as found: a short note may name the child by letter only;
    where another person's given name begins with her letter too, the letter is still hers
    when the note uses it alone again and again (`_standing`)."""
    owners: dict[str, Finding | None] = {}
    mine: set[str] = set()  # the letters her given names begin with
    for name in subject:
        words = name_words(name)
        if len(words) >= 2 or (words and is_given_name(words[0])):
            letter = fold_accents(words[0][:1]).upper()
            owners.setdefault(letter, _SUBJECT)
            mine.add(letter)
    for finding in names:
        words = _given_first(text[finding.start : finding.end])
        if not words or not (len(words) >= 2 or finding.is_subject or is_given_name(words[0])):
            continue
        letter = fold_accents(words[0][:1]).upper()
        if not letter.isalpha():
            continue
        if letter not in owners:
            owners[letter] = finding
            continue
        other = owners[letter]
        if other is not None and (not finding.group or other.group != finding.group):
            owners[letter] = None
    for letter, owner in owners.items():
        if owner is None and letter in mine and _standing(text, letter):
            owners[letter] = _SUBJECT
    return owners


def _given_first(mention: str) -> list[str]:
    """A name's words, the given name first: a header's inverted "Vantongeren, Rosalind" is
    Rosalind's, and her letter is "R"."""
    surname, comma, given = mention.partition(",")
    if comma and name_words(given) and name_words(surname):
        return name_words(given) + name_words(surname)
    return name_words(mention)


#: A capital and a dot alone, as a note writes a name's initial.
_LONE_INITIAL = r"(?<![\p{{L}}\d.'’&/])(?<![\p{{L}}\d]-){}\.(?![\p{{L}}\d])"
#: Uses of one initial that make it the note's standing name for someone.
STANDING_USES = 3


def _standing(text: str, letter: str) -> bool:
    """Whether the note writes `letter` and a dot alone again and again ("w/ A.. A. made
    ramen ... Kookum says A. sleeping better"): a visit log so shortens the person it is
    about, the subject, though someone else's given name begins with the same letter."""
    pattern = regex.compile(_LONE_INITIAL.format(regex.escape(letter)))
    return len(pattern.findall(text)) >= STANDING_USES


#: A letter and a dot starting a line or a sentence: an outline's item ("A. ...", "B. ...").
#: A sentence starts after a space; the second letter of initials ("on-call D.B. 1720") is
#: no item, and would make the child's "A." an outline's first.
_ITEM = regex.compile(r"(?:^|\n[ \t]*|[.;:!?][ \t]+)(\p{Lu})\.[ \t]")


def _enumerated(items: set[str], letter: str) -> bool:
    """Whether the letters next to `letter` start lines or sentences too (`items`): an
    outline's items, not a person."""
    return bool(items & {chr(ord(letter) - 1), chr(ord(letter) + 1)})


#: The subject as the owner of a letter (their mentions stand elsewhere, or nowhere).
_SUBJECT = Finding(0, 1, "PERSON", 1.0, group=SUBJECT_GROUP, is_subject=True)


def _subject_surname_initials(subject: Sequence[str]) -> frozenset[str]:
    """The first letters of the subject's surnames: a surname initial after the children's
    given names is the family's, the subject's included."""
    letters = set()
    for name in subject:
        words = name_words(name)
        if len(words) >= 2:
            letters.add(fold_accents(words[-1][:1]).upper())
    return frozenset(letters)


def _person(start: int, end: int, owner: Finding | None) -> Finding:
    return Finding(
        start, end, "PERSON", SCORE, source=SOURCE,
        group=owner.group if owner else "", is_subject=owner.is_subject if owner else False,
    )  # fmt: skip


def _initialled_surname(word: str) -> bool:
    """A surname after an initial: a surname-like word, or a double surname one half of
    which is surname-like by itself, the other any word that is no term ("D. ABERNATHY-SOW
    LPN", "M. Diallo-Ba"): the initial before it already says a person is named, and the
    lists do not hold every short surname."""
    if is_surname_like(word):
        return True
    halves = word.split("-")
    return (
        len(halves) == 2
        and any(is_surname_like(h) for h in halves)
        and not any(h.casefold() in NOT_NAME_WORDS or is_meaning(h) for h in halves)
    )


def letter_initial_findings(
    text: str, findings: Sequence[Finding], subject: Sequence[str] = ()
) -> list[Finding]:
    """PERSON findings for single letters that stand for a found person's name, and for an
    initial before a surname (see the module docstring)."""
    names = [f for f in findings if f.entity_type in NAME_TYPES]
    taken = SpanIndex(names)
    free = taken.free

    added: list[Finding] = []
    for match in _BEFORE_SURNAME.finditer(text):
        surname = match.group(2)
        start, end = match.start(), match.end()
        if not free(start, end) or _thing_before(text, start) or _STREET_AFTER.match(text, end):
            continue
        if surname.casefold() in NOT_NAME_WORDS or is_meaning(surname):
            continue
        if _initialled_surname(surname.title() if surname.isupper() else surname):
            key = person_key(match.group())  # with every other "Liufau" of the release
            added.append(Finding(start, end, "PERSON", SCORE, source=SOURCE, group=key))
            taken.add(start, end)
    for match in _GIVEN_AND_INITIAL.finditer(text):
        start, end = match.span()
        given = match.group(1)
        if not free(start, end) or not is_given_name(given) or is_meaning(given):
            continue
        if given.casefold() in NOT_NAME_WORDS or given.casefold() in _THING_BEFORE:
            continue
        if _PLACE_WORD_BEFORE.search(text, max(0, start - 12), start):
            continue  # "moved to the Sierra B. unit"
        added.append(Finding(start, end, "PERSON", SCORE, source=SOURCE))
        taken.add(start, end)
    if not names and not subject:
        return added
    owners = _given_initials(text, names, subject)
    items: set[str] | None = None
    for match in _SUBJECT_INITIAL.finditer(text):
        letter = match.group(1)
        start, end = match.span()
        if letter not in owners or not free(start, end) or _thing_before(text, start):
            continue
        before = text[max(0, start - 40) : start]
        at_start = _LINE_OR_SENTENCE.search(before) is not None
        if not (at_start or _WORD_BEFORE.search(before)):
            continue
        if items is None:
            items = set(_ITEM.findall(text))
        if at_start and _enumerated(items, letter):
            continue
        added.append(_person(start, end, owners[letter]))
        taken.add(start, end)
    for match in _ROLE_INITIAL.finditer(text):
        start, end = match.start(1), match.end(1) + 1
        if free(start, end):
            added.append(_person(start, end, owners.get(match.group(1))))
            taken.add(start, end)
    added += _standing_letters(text, owners, taken)
    added += _standing_subject_initials(text, owners, taken)
    family = _subject_surname_initials(subject)
    for name in names:
        after = _AFTER_NAME.match(text, name.end)
        if after is not None and free(*after.span(1)):
            start, end = after.start(1), after.end(1) + 1
            subjects = after.group(1) in family  # "Kayleigh (6) & Mason (2) D.": the family's
            added.append(_person(start, end, _SUBJECT if subjects else name))
            taken.add(start, end)
    return added


#: A lone letter and a dot not before a capitalised word or another letter ("R. Haskell",
#: "R.N."): after a preposition, a "+" or at a clause's end ("w/ R..", "for R. Placed").
_ANY_LONE = regex.compile(r"(?<![\p{L}\d.'’&/])(?<![\p{L}\d]-)(\p{Lu})\.(?![\p{L}\d])")
#: The capitalised word or the letter and dot right after it.
_NEXT_CAPITAL = regex.compile(r"[ \t]*(\p{Lu}[\p{L}'’-]*)(\.?)")


def _before_a_name(text: str, end: int) -> bool:
    """Whether a capitalised word that may be a surname, or another initial, follows: "R.
    Haskell" is an initial and a surname; "R. Placed" ends a sentence."""
    after = _NEXT_CAPITAL.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    if len(word) == 1:
        return bool(after.group(2))
    return is_surname_like(word.title() if word.isupper() else word)


def _standing_letters(
    text: str, owners: dict[str, Finding | None], taken: SpanIndex
) -> list[Finding]:
    """A found person's letter wherever else the note puts it alone, once it is the note's
    standing name for them (`_standing`: three uses or more): "left snacks for R..", "R. +
    Dashiell", "Placed R. w/ aunt". A letter used once or twice is left to the cued rules."""
    added: list[Finding] = []
    standing: dict[str, bool] = {}
    for match in _ANY_LONE.finditer(text):
        letter = match.group(1)
        start, end = match.span()
        if owners.get(letter) is None or not taken.free(start, end):
            continue
        if letter not in standing:
            standing[letter] = _standing(text, letter)
        if not standing[letter] or _thing_before(text, start) or _before_a_name(text, end):
            continue
        added.append(_person(start, end, owners[letter]))
        taken.add(start, end)
    return added


_INITIAL_BEFORE = regex.compile(r"(?<![\p{L}\d.'’&/])(?<![\p{L}\d]-)\p{Lu}\.[ \t]?$")


#: A middle initial after an inverted name ("PRZYBYLSKI, WALTER[ F]", "Ruiz, Ana[ M.]").
_INITIAL_AFTER = regex.compile(r"[ \t]+\p{Lu}\.?(?![\p{L}\d'’-])")


def absorb_middle_initials(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """Inverted names grown over the middle initial after them ("PRZYBYLSKI, WALTER[ F]" in a
    hospital header): the initial narrows who is meant, and goes with the name."""
    grown = []
    for finding in findings:
        if finding.entity_type in NAME_TYPES and "," in text[finding.start : finding.end]:
            middle = _INITIAL_AFTER.match(text, finding.end)
            if middle is not None:
                finding = Finding(
                    finding.start, middle.end(), finding.entity_type, finding.score,
                    finding.action, finding.source, finding.group, finding.is_subject,
                )  # fmt: skip
        grown.append(finding)
    return grown


def absorb_initials(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """Name findings grown over a given name's initial right before them ("[G. ]Liufau"): the
    initial narrows who is meant, and goes with the name."""
    grown = []
    for finding in findings:
        if finding.entity_type in NAME_TYPES and finding.start:
            initial = _INITIAL_BEFORE.search(text, max(0, finding.start - 3), finding.start)
            if (
                initial is not None
                and not _thing_before(text, initial.start())
                and not _STREET_AFTER.match(text, finding.end)
            ):
                finding = Finding(
                    initial.start(), finding.end, finding.entity_type, finding.score,
                    finding.action, finding.source, finding.group, finding.is_subject,
                )  # fmt: skip
        grown.append(finding)
    return grown


__all__ = ["absorb_initials", "absorb_middle_initials", "letter_initial_findings"]
