"""Output names: the names of files and folders go through the policy like the text does.

Names of files and folders are often names of clients ("Smith_John_intake.txt", "letter to
Dr Okafor.txt", "Jones, Mary - records request/"), and a recipient reads them as surely as
the text. Each name is made a short text (underscores, and hyphens or dots between letters,
become spaces: the same length, so offsets map back to the name), redacted by the release's
Redactor with the release's subject (a policy that keeps the subject keeps the subject's
name), and read strictly (`pipelines.name_words`): a file name has no context, so every
word that is not a common word, a word of records or the kept subject is taken for a name.
The name is then rebuilt from what survived: unchanged stretches keep their own
characters, each replacement becomes a safe word ("[PERSON]" -> "PERSON"), the extension
stays. A topic's withholding (a sentence about a shelter, a diagnosis) is no reading of a
name: "01_shelter_intake" names a kind of document, so the name is read word by word
instead of becoming the withholding notice. Names that end up the same are told apart by
input order ("_2"), so a release's names are unique and the same on every run.

The redaction runs where the Redactor is (in-process, a worker, or a Dask worker); putting
the treated names together into unique output paths is `pipelines.output_paths`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipelines.name_words import PARTICLE, RECORD_WORDS, Taken, number_spans, taken_spans
from pipelines.units import DOCX_SUFFIX, TEXT_SUFFIXES
from redact.documents.layout import IMAGE_SUFFIXES, PDF_SUFFIX
from redact.documents.tables import TABLE_SUFFIXES
from redact.entities import GENERIC_TYPES
from redact.findings import Action, Finding
from redact.result import RedactionResult
from redact.transform.operators import replacement

if TYPE_CHECKING:
    from redact.redactor import Redactor

KNOWN_SUFFIXES = frozenset(
    {*TEXT_SUFFIXES, DOCX_SUFFIX, *TABLE_SUFFIXES, PDF_SUFFIX, *IMAGE_SUFFIXES}
)
#: Longest stem kept: file systems allow 255 bytes, and a suffix may still follow.
MAX_STEM = 120

#: An e-mail address in a name; its local part stops at `_`, a name's word separator.
_EMAIL = re.compile(r"[^\W_](?:[^\W_]|[.+-](?=[^\W_]))*@[^\W_][\w-]*(?:\.[\w-]+)+")
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_SAFE_WORD = re.compile(r"[^\W_]+")
_JOINER = re.compile(r"[\s_.,\-]*")
_RECORD_WORD = re.compile(r"[^\W\d_]+")
#: Types whose findings in a name are read again word by word when they hold a word of
#: records: the model reads "Court Report" or "Dr" and a name as one organisation or person.
_OVERREAD = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})
_DATE_TYPES = frozenset({"DATE_TIME", "DATE_OF_BIRTH", "AGE"})


def name_text(name: str) -> str:
    """A name as a text of the same length: `_`, and `-` or `.` between letters, as spaces.

    An e-mail address in a name is left whole, so that it is found as one.
    """
    chars = list(name)
    inside = {i for m in _EMAIL.finditer(name) for i in range(m.start(), m.end())}
    for i, ch in enumerate(chars):
        if i in inside:
            continue
        between_letters = 0 < i < len(name) - 1 and name[i - 1].isalpha() and name[i + 1].isalpha()
        if ch == "_" or (ch in "-." and between_letters):
            chars[i] = " "
    return "".join(chars)


def split_suffix(name: str, is_file: bool) -> tuple[str, str]:
    """(stem, suffix) of a file name with a suffix we read; folders keep no suffix."""
    if is_file:
        stem, dot, suffix = name.rpartition(".")
        if dot and stem and f".{suffix.lower()}" in KNOWN_SUFFIXES:
            return stem, f".{suffix}"
    return name, ""


def subject_forms(subject: Sequence[str]) -> tuple[str, ...]:
    """The subject's names, also without accents (file names are often plain ASCII) and
    read as a name is (`name_text`: "Quinones-Baker" as "Quinones Baker")."""
    forms = list(subject)
    for name in subject:
        plain = "".join(
            ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)
        )
        for form in (plain, name_text(name), name_text(plain)):
            if form not in forms:
                forms.append(form)
    return tuple(forms)


def _splits_a_number(span: tuple[int, int], numbers: Sequence[Taken], dated: bool) -> bool:
    """Whether a finding cuts into a record number or a date, or reads a date as another
    type (`dated`: the finding is a date, birth date or age itself).

    Such a number is better read whole by the strict reading: as a date, it then follows
    the policy's date rule.
    """
    for start, end, kind in numbers:
        if span[0] < end and start < span[1]:
            whole = span == (start, end)
            if not whole or (kind == "DATE_TIME" and not dated):
                return True
    return False


def _free_of(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return not any(s < end and start < e for s, e in spans)


def _has_record_word(text: str) -> bool:
    return any(w.casefold() in RECORD_WORDS for w in _RECORD_WORD.findall(text))


@dataclass(frozen=True)
class StrictReading:
    """What the strict reading changes in a name after the Redactor's pass."""

    #: Spans the Redactor removed that are read again word by word instead.
    reread: frozenset[tuple[int, int]]
    #: Spans taken by the strict reading, with the entity type each is taken for.
    taken: tuple[Taken, ...]


def strict_reading(text: str, first: RedactionResult, people_removed: bool) -> StrictReading:
    """The strict reading of a name the Redactor has been over (see `pipelines.name_words`).

    A span the Redactor kept as the subject or as a specific type (an agency case number
    under a subpoena) stands. A span the model read as a person, organisation or place but
    that holds a word of records ("Court Report", "Dr" and a name) is read again word by
    word, so the record words survive and the name does not.
    """
    covered: list[tuple[int, int]] = []
    removed_names: list[tuple[int, int]] = []
    suspect: list[tuple[int, int]] = []
    reread: set[tuple[int, int]] = set()
    births: list[tuple[int, int]] = []
    numbers = number_spans(text)
    for finding in first.findings:
        span = (finding.start, finding.end)
        if finding.withheld:
            continue  # a topic's passage: a name is read word by word instead (see `changes`)
        dated = finding.entity_type in _DATE_TYPES
        if finding.action is Action.KEEP:
            if dated and not finding.is_subject and _splits_a_number(span, numbers, dated):
                # "2009" of "DOB_2009_06_05", kept as a year already: the whole date is read
                # again, so that its month and day go as the policy says
                reread.add(span)
                if finding.entity_type == "DATE_OF_BIRTH":
                    births.append(span)
            elif finding.is_subject or finding.entity_type not in GENERIC_TYPES:
                covered.append(span)
            continue
        if not (finding.is_subject or finding.withheld) and _splits_a_number(span, numbers, dated):
            reread.add(span)  # "24-JV-0192" read as "24-" and an organisation; a date as a phone
            if finding.entity_type == "DATE_OF_BIRTH":
                births.append(span)
            continue
        overread = finding.entity_type in _OVERREAD and not finding.is_subject
        if overread and not finding.withheld and _has_record_word(text[span[0] : span[1]]):
            reread.add(span)
            if finding.entity_type == "PERSON":
                suspect.append(span)
            continue
        covered.append(span)
        if finding.entity_type == "PERSON":
            removed_names.append(span)
    taken = [
        (s, e, "DATE_OF_BIRTH" if kind == "DATE_TIME" and not _free_of(s, e, births) else kind)
        for s, e, kind in taken_spans(text, covered, removed_names, suspect)
    ]
    if not people_removed:
        taken = [t for t in taken if t[2] not in ("PERSON", PARTICLE)]
    return StrictReading(frozenset(reread), tuple(taken))


def _safe(replacement: str) -> str:
    """A replacement as a file-name word: "[PERSON]" -> "PERSON", "***-**-7736" -> "xxx_xx_7736"."""
    return "_".join(_SAFE_WORD.findall(replacement.replace("*", "x"))) or "REDACTED"


#: A change to a name: (start, end, replacement text).
Change = tuple[int, int, str]


def changes(
    text: str, first: RedactionResult, reading: StrictReading, redactor: Redactor
) -> list[Change]:
    """Every change to a name, in order and not overlapping: the Redactor's, then the strict
    reading's (each replaced as the policy says for its type; particles as their name)."""
    found: list[Change] = []
    for placed in first.placed:
        finding = placed.finding
        if finding.action is Action.KEEP or (finding.start, finding.end) in reading.reread:
            continue
        if finding.withheld:  # "shelter intake" names a kind of document, not a place
            continue
        found.append((finding.start, finding.end, first.text[placed.out_start : placed.out_end]))
    policy = redactor.policy
    for start, end, kind in _merged(reading.taken):
        if kind == PARTICLE or any(s < end and start < e for s, e, _ in found):
            continue
        action = policy.rule_for(kind).action
        if action is Action.KEEP:
            continue
        finding = Finding(start, end, kind, 1.0, action)
        original = text[start:end]
        found.append((start, end, replacement(finding, original, original, policy, redactor.key)))
    found.sort()
    for start, end, kind in reading.taken:
        if kind != PARTICLE:
            continue
        after = [c for c in found if c[0] >= end and not text[end : c[0]].strip()]
        if after and not any(s < end and start < e for s, e, _ in found):
            found.append((start, end, after[0][2]))
    return sorted(found)


def _merged(taken: Sequence[Taken]) -> list[Taken]:
    """Overlapping taken spans as one (the first one's type)."""
    merged: list[Taken] = []
    for start, end, kind in sorted(taken):
        if merged and kind != PARTICLE and merged[-1][2] != PARTICLE and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2])
        else:
            merged.append((start, end, kind))
    return merged


def rebuild(name: str, found: Sequence[Change]) -> str:
    """The name with each change made a safe word, and runs of one placeholder made one."""
    pieces: list[tuple[str, bool]] = []
    cursor = 0
    for start, end, text in found:
        if start < cursor or end > len(name):
            continue
        pieces.append((name[cursor:start], False))
        pieces.append((_safe(text), True))
        cursor = end
    pieces.append((name[cursor:], False))
    merged: list[tuple[str, bool]] = []
    for text, changed in pieces:
        if (
            changed
            and len(merged) >= 2
            and merged[-2] == (text, True)
            and _JOINER.fullmatch(merged[-1][0])
        ):
            merged.pop()
            continue
        merged.append((text, changed))
    return "".join(text for text, _ in merged)


def tidy(stem: str) -> str:
    """A stem safe on any file system: no separators or reserved characters, not hidden."""
    cleaned = _UNSAFE.sub("_", stem).strip(" .")
    return cleaned[:MAX_STEM].rstrip(" .") or "document"


def treat_names(
    redactor: Redactor, names: Sequence[tuple[str, bool]], subject: Sequence[str]
) -> list[str]:
    """Each (name, is_file) treated under the policy; a stage function (needs the model)."""
    forms = subject_forms(subject)
    stems = [split_suffix(name, is_file) for name, is_file in names]
    texts = [name_text(stem) for stem, _ in stems]
    people_removed = redactor.policy.rule_for("PERSON").action is not Action.KEEP
    treated = []
    firsts = list(redactor.redact_pairs((text, forms) for text in texts))
    for (stem, suffix), text, first in zip(stems, texts, firsts, strict=True):
        reading = strict_reading(text, first, people_removed)
        treated.append(tidy(rebuild(stem, changes(text, first, reading, redactor))) + suffix)
    return treated
