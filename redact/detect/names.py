"""Every mention of a found name goes, not only the mention NER happened to tag.

NER tags "Maria Alvarez" in the first line and misses "Maria" three paragraphs later, or
"Alvarez's" in a list. Once a name is found anywhere in a document, its full form and each of
its words (first name alone, surname alone, possessives, with a preceding initial) are
searched for and added, tied to the same mention group so they share one pseudonym.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from redact.entities import NAME_TYPES
from redact.findings import Finding

#: Words inside name spans that are not names themselves.
NOT_NAME_WORDS = frozenset(
    {
        "mr", "mrs", "ms", "mx", "miss", "dr", "prof", "rev", "judge", "officer", "det",
        "sgt", "the", "and", "of", "de", "la", "del", "van", "von", "da", "di", "le", "al",
        "jr", "sr", "ii", "iii", "client", "mother", "father", "son", "daughter", "baby",
    }
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_INITIAL_BEFORE = re.compile(r"(?:\b[A-Z]\.\s?){1,2}$")
MIN_WORD_LENGTH = 2
PROPAGATED_SCORE = 0.7


def name_words(mention: str) -> list[str]:
    """The words of a name mention that can stand alone as a name ("Maria", "Alvarez")."""
    words = []
    for match in _WORD.finditer(mention):
        word = re.sub(r"['’]s$", "", match.group(0))
        if len(word) >= MIN_WORD_LENGTH and word.casefold() not in NOT_NAME_WORDS:
            words.append(word)
    return words


def _variants(word: str) -> set[str]:
    """Case variants searched for: as found, Title case and UPPER case."""
    return {word, word[:1].upper() + word[1:].lower(), word.upper()}


def _word_groups(text: str, names: Sequence[Finding]) -> dict[str, str]:
    """Map each name word to the group of the longest name containing it; shared words to own."""
    owners: dict[str, set[str]] = {}
    for finding in sorted(names, key=lambda f: -f.length):
        for word in name_words(text[finding.start : finding.end]):
            for variant in _variants(word):
                owners.setdefault(variant, set()).add(finding.group)
    return {
        word: (next(iter(groups)) if len(groups) == 1 else f"w:{word.casefold()}")
        for word, groups in owners.items()
    }


def assign_groups(text: str, findings: Iterable[Finding]) -> list[Finding]:
    """Give each name finding a mention group: mentions of one person share one."""
    result = []
    names = sorted((f for f in findings), key=lambda f: -f.length)
    groups: list[tuple[set[str], str]] = []
    for finding in names:
        if finding.entity_type not in NAME_TYPES or finding.group:
            result.append(finding)
            continue
        words = {w.casefold() for w in name_words(text[finding.start : finding.end])}
        owners = [g for ws, g in groups if words and words <= ws]
        if len(owners) == 1:
            group = owners[0]
        elif owners:  # "Ms. Bieniak" when both Nela and Grzegorz Bieniak are named
            group = "w:" + " ".join(sorted(words))
        else:
            group = f"n{len(groups)}"
            groups.append((words, group))
        result.append(_regroup(finding, group))
    return result


def _regroup(finding: Finding, group: str) -> Finding:
    return Finding(
        finding.start, finding.end, finding.entity_type, finding.score,
        finding.action, finding.source, group, finding.is_subject,
    )  # fmt: skip


def _is_word_character(text: str, index: int) -> bool:
    """What `re` counts as a word character (`\\w`) at `index`; False outside the text."""
    if not 0 <= index < len(text):
        return False
    char = text[index]
    return char.isalnum() or char == "_"


def _boundary(text: str, index: int) -> bool:
    """Whether `\\b` holds at `index`."""
    return _is_word_character(text, index - 1) != _is_word_character(text, index)


def whole_word_mentions(text: str, words: Iterable[str]) -> list[tuple[int, int, str]]:
    """(start, end, word) of each mention, as `re` finds `\\b(w1|w2|...)\\b` with the
    longest words first: leftmost, the longest word at a place, never overlapping.

    Found with `str.find`: the names differ from note to note, and compiling that
    alternation anew for every note cost more than searching for each word.
    """
    candidates: list[tuple[int, int, str]] = []
    for word in words:
        if not word:
            continue
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            if _boundary(text, start) and _boundary(text, end):
                candidates.append((start, -len(word), word))
            start = text.find(word, start + 1)
    mentions: list[tuple[int, int, str]] = []
    reached = 0
    for start, negative_length, word in sorted(candidates):
        if start >= reached:
            reached = start - negative_length
            mentions.append((start, reached, word))
    return mentions


def propagate_names(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` plus every other mention of each name word found in them."""
    names = [f for f in findings if f.entity_type in NAME_TYPES and f.group]
    word_groups = _word_groups(text, names)
    if not word_groups:
        return list(findings)
    subject_groups = {f.group for f in names if f.is_subject}
    added = []
    subject_spans = [(f.start, f.end) for f in findings if f.is_subject]
    for start, end, word in whole_word_mentions(text, word_groups):
        if any(s <= start and end <= e for s, e in subject_spans):
            continue  # a word of the subject's own mention ("Omair Jamaal"), not a third party
        initial = _INITIAL_BEFORE.search(text, max(0, start - 6), start)
        if initial is not None:
            start = initial.start()
        group = word_groups[word]
        added.append(
            Finding(
                start, end, "PERSON", PROPAGATED_SCORE, source="name-propagation",
                group=group, is_subject=group in subject_groups,
            )
        )  # fmt: skip
    return [*findings, *added]


#: A title right before a name, removed with it in strict mode ("Mr Karl Strobel").
_TITLE_BEFORE = re.compile(
    r"\b(?:Mrs|Mr|Ms|Mx|Miss|Mister|Messrs|Mme|Dr|Prof|Professor|Doctor|Sir|Dame|Lady|Lord"
    r"|Judge|Justice|Rev|Reverend)\.?[ \t]+$",
    re.IGNORECASE,  # posts write "mr. elliott"
)
_TITLE_REACH = 12


def absorb_titles(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """Name findings widened to take the title before them ("Mr Redfearn", "Dr. Wells").

    Strict policies remove the title with the name: a rare title, or a gendered one in a
    small community, narrows who is meant, and recall comes first. Readable policies keep
    "Dr. [PERSON]" (the title recognizer leaves titles out of its spans).
    """
    widened = []
    for finding in findings:
        if finding.entity_type in NAME_TYPES:
            title = _TITLE_BEFORE.search(text, max(0, finding.start - _TITLE_REACH), finding.start)
            if title is not None:
                finding = Finding(
                    title.start(), finding.end, finding.entity_type, finding.score,
                    finding.action, finding.source, finding.group, finding.is_subject,
                )  # fmt: skip
        widened.append(finding)
    return widened
