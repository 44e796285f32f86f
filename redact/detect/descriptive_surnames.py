"""Two-word descriptive surnames are one name: "Two Crows", "Little Bear", "Iron Cloud".

Many Native American family names are an English phrase of a describing word and a noun
("Marcus Two Crows", "Geraldine Little Bear", "Many Horses", "Standing Elk"). NER reads the
common words as words: it tags "Marcus Wanbli" and "Crows" apart, or "Geraldine Little" and
leaves "Bear", and the propagation of a found name never searches "Two" or "Little" alone.
A message log writes them in lower case ("duane little bear", "marlys two crows").

So a describing word of `FIRST` and a noun of `SECOND` written together after a person's
given name (a listed one, or a word English does not know: "Wicahpi Two Crows"), or after a
courtesy title ("Mrs. Little Bear"), are the person's name; then every other mention of the
same pair in the document is a name too ("tell little bear fam to call", "adoption by
Little Bear"), in the case it was found in or in lower case. Both lists are closed sets of
ordinary English words, not names: the shape is what is recognised. A pair alone that was
never seen after a given name stays a phrase ("a little bear", "Red Cross").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

import regex

from redact.detect.meaning_terms import KIN_WORDS
from redact.detect.wordlists import english_words, given_names, zipf
from redact.findings import Finding

SOURCE = "DescriptiveSurname"
SCORE = 0.75

#: The describing word of a two-word surname: numbers, sizes, colours, manners.
FIRST = frozenset(
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "ten", "hundred",
        "little", "big", "many", "iron", "red", "white", "black", "yellow", "blue", "gray",
        "grey", "brown", "green", "spotted", "standing", "running", "walking", "sitting",
        "flying", "charging", "crazy", "lone", "long", "high", "good", "bad", "young", "old",
        "kills", "chasing", "swift", "tall", "brave", "broken", "holy", "plenty", "pretty",
        "strong", "hollow", "morning", "bull", "bear", "crow", "eagle", "elk", "wolf",
        "thunder", "cloud", "shot", "fast", "afraid", "day", "night", "sky", "star", "clear",
        "fire", "sun", "mad", "lame", "hawk", "otter", "turtle", "loud", "smoke", "rain",
    }
)  # fmt: skip
#: The noun of a two-word surname: animals, birds, sky and land, things carried, people.
SECOND = frozenset(
    {
        "bear", "bears", "crow", "crows", "eagle", "eagles", "hawk", "hawks", "wolf",
        "wolves", "horse", "horses", "elk", "deer", "buffalo", "bull", "bulls", "fox", "owl",
        "crane", "cranes", "coyote", "badger", "rabbit", "turtle", "otter", "beaver", "loon",
        "goose", "fish", "dog", "dogs", "bird", "birds", "feather", "feathers", "cloud",
        "clouds", "thunder", "lightning", "sky", "star", "stars", "sun", "moon", "wind",
        "winds", "water", "rain", "snow", "fire", "rock", "stone", "tree", "river", "lance",
        "arrow", "arrows", "knife", "shield", "robe", "blanket", "hat", "horn", "horns",
        "tail", "wing", "wings", "heart", "hand", "hands", "foot", "boy", "man", "woman",
        "child", "chief", "warrior", "enemy", "medicine", "pipe", "road", "hail", "eyes",
        "calf", "moose", "mouse", "weasel", "shell", "bow", "kettle", "boots",
    }
)  # fmt: skip
#: Courtesy titles before a surname alone.
_TITLE = r"(?:Mr|Mrs|Ms|Mx|Miss|Dr)\.?"
_CAP = r"\p{Lu}[\p{Ll}'’]+"
_LOW = r"\p{Ll}[\p{Ll}'’]+"
#: The end of a surname: a word's end, or before a possessive ("Two Crows's home",
#: "many horses' car").
_END = r"(?:(?=['’]s?(?![\p{L}]))|(?![\p{L}'’-]))"
#: A given name, an optional middle name or initial, then the pair (and a second surname
#: joined by a hyphen: "Two Crows-Renville"); capitalised, or all in lower case.
_CAPITALISED = regex.compile(
    rf"(?<![\p{{L}}'’.-])(?P<given>{_CAP})(?:[ ](?:\p{{Lu}}\.|{_CAP}|\"{_CAP}\"|“{_CAP}”))?"
    rf"[ ](?P<first>{_CAP})[ ](?P<second>\p{{Lu}}\p{{Ll}}+)(?:-{_CAP})?{_END}"
)
_LOWER = regex.compile(
    rf"(?<![\p{{L}}'’.-])(?P<given>{_LOW})[ ](?P<first>{_LOW})[ ](?P<second>\p{{Ll}}+)" + _END
)
_TITLED = regex.compile(
    rf"(?<![\p{{L}}'’.-]){_TITLE}[ ](?P<first>{_CAP})[ ](?P<second>\p{{Lu}}\p{{Ll}}+)" + _END
)
#: Rarer than this, and no English word, a capitalised word before the pair is a given
#: name no list holds ("Wicahpi", "Marlys").
MAX_UNKNOWN_ZIPF = 2.5
#: A lower-case given name must be rarer than this as a word ("duane", not "will").
MAX_LOWER_GIVEN_ZIPF = 3.5


def _pair(first: str, second: str) -> bool:
    return first.casefold() in FIRST and second.casefold() in SECOND


def _given(word: str, lower: bool) -> bool:
    folded = word.casefold()
    if folded in KIN_WORDS:
        return False  # "Unci Lorraine Two Crows": the name starts after the kin word
    if lower:
        listed = folded in given_names() and zipf(folded) < MAX_LOWER_GIVEN_ZIPF
        return listed or (zipf(folded) == 0.0 and folded not in english_words())
    if folded in given_names():
        return zipf(folded) < MAX_UNKNOWN_ZIPF * 2
    return zipf(folded) < MAX_UNKNOWN_ZIPF and folded not in english_words()


#: A describing word, one space and a noun, in case-folded text: every name this module
#: finds holds such a pair, so a text without one is settled by this one scan. The shapes
#: above read every run of three lower-case words (overlapping), and most notes hold no pair.
_FOLDED_PAIR = re.compile(
    "(?:" + "|".join(sorted(FIRST, key=lambda w: (-len(w), w))) + ") "
    "(?:" + "|".join(sorted(SECOND, key=lambda w: (-len(w), w))) + ")"
)


def may_hold_pair(text: str) -> bool:
    """False only when `text` holds no describing word and noun written as a pair.

    Exact as a gate: a pair `_pair` accepts is two words joined by one space whose case
    folds are listed, and case folding maps each character on its own, so the folded text
    holds the folded pair, space and all."""
    return _FOLDED_PAIR.search(text.casefold()) is not None


def descriptive_names(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, surname pair) of each whole name with a descriptive surname in `text`
    (the longest: "Marcus Wanbli Two Crows", not also "Wanbli Two Crows")."""
    if not may_hold_pair(text):
        return
    taken_to = -1
    for pattern, lower in ((_CAPITALISED, False), (_LOWER, True)):
        for match in pattern.finditer(text, overlapped=True):
            if match.end() <= taken_to:
                continue
            if _pair(match["first"], match["second"]) and _given(match["given"], lower):
                taken_to = match.end()
                yield match.start(), match.end(), f"{match['first']} {match['second']}"
    for match in _TITLED.finditer(text):
        if _pair(match["first"], match["second"]):
            yield match.start(), match.end(), f"{match['first']} {match['second']}"


_QUOTED = regex.compile(r"[ ][\"“](\p{Lu}[\p{Ll}'’]+)[\"”]")


def descriptive_people(text: str) -> Iterable[tuple[str, tuple[str, ...]]]:
    """(whole name, nicknames) of each person `text` names with a given name and a
    descriptive surname, for the release's list of names: 'Geraldine "Geri" Little Bear'
    gives "Geraldine Little Bear" and "Geri"."""
    for start, end, _pair_words in descriptive_names(text):
        written = text[start:end]
        if regex.match(_TITLE + "[ ]", written):
            continue
        nicknames = tuple(_QUOTED.findall(written))
        yield _QUOTED.sub("", written), nicknames


def descriptive_pairs(name: str) -> list[str]:
    """The descriptive surname pairs inside a whole name ("Two Crows" of "Marcus Two Crows")."""
    words = name.split()
    pairs = ((a, b.split("-")[0]) for a, b in itertools.pairwise(words))
    return [f"{a} {b}" for a, b in pairs if _pair(a, b)]


def in_descriptive_pair(word: str, mention: str) -> bool:
    """Whether `word` is a word of a descriptive surname pair of the name `mention`."""
    if word.casefold() not in FIRST and word.casefold() not in SECOND:
        return False
    return any(word in pair.split(" ") for pair in descriptive_pairs(mention))


def descriptive_surname_findings(text: str, findings: Sequence[Finding] = ()) -> list[Finding]:
    """PERSON findings: each whole name with a descriptive surname, and every other mention
    of that surname pair in the text (as written, capitalised, in capitals, in lower case)."""
    found: list[Finding] = []
    pairs: set[str] = set()
    for start, end, pair in descriptive_names(text):
        found.append(Finding(start, end, "PERSON", SCORE, source=SOURCE))
        pairs.add(pair.casefold())
    for pair in sorted(pairs):
        words = r"[ ]".join(regex.escape(w) for w in pair.split())
        mention = regex.compile(rf"(?<![\p{{L}}'’-])(?i:{words})(?![\p{{L}}'’]|-\p{{Ll}})")
        for match in mention.finditer(text):
            written = match.group()
            if written.islower() or written.istitle() or written.isupper():
                found.append(Finding(match.start(), match.end(), "PERSON", SCORE, source=SOURCE))
    return found


__all__ = [
    "FIRST",
    "SECOND",
    "descriptive_names",
    "descriptive_pairs",
    "descriptive_people",
    "descriptive_surname_findings",
    "in_descriptive_pair",
]
