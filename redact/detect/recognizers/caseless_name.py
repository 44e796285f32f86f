"""Names in lines written in capitals, found by the name lists, for every policy.

NER reads case: in "SEEN WITH WIFE MARGARET AND DR OSTROWSKI" it finds little or takes
every word. Strict mode (`capitalised`) takes known names there for posts and research
sets; readable policies (consultation, court) have no strict mode, so without this a
capitals note kept its names. Here a capitals line (`redact.detect.case_style`) gives
PERSON for a word in a name position:

- after a title ("DR OSTROWSKI", "MS. HOPE"): the next one or two words that are not very
  common English words nor clinical terms, whatever they are ("DR VANDERBILT" is a
  doctor), within the field (a form's "PCP: DR ROE   HCP: ..." ends the name at the gap);
- after a relation or role word ("WIFE MARGARET", "NP KOWALCZYK"): a known given name or
  surname that is not a very common word ("SON WILL ATTEND" is no name), or a word English
  does not know, and one more such word right after it;
- two or more known names in a row ("ROSE WHITAKER", "WILL BRENNAN", "OWEN M GALLAGHER"),
  or a known name and a word English does not know ("ROSA QUETZALLI"), at least one of them
  not a very common word, none of them a clinical term ("PT", "BID").
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.case_style import capitals_lines, is_unknown_word
from redact.detect.meaning import is_clinical
from redact.detect.wordlists import person_names, zipf_table

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
#: Words joined by a space or two, or a title's dot; three spaces or a tab set a form's
#: fields apart ("PCP: DR ROE   HCP: ..."), and a name does not run on over them.
_GAP = re.compile(r"[ ]{1,2}|\.[ ]{0,2}")
#: "LUCIEN'S": the name without its possessive.
_POSSESSIVE = re.compile(r"['’]s\Z")
#: A name hyphenated over a line break ("OKONKWO-" and "BRANDT" on the next line).
_WRAPPED = re.compile(r"-[ \t]*\n[ \t]*([^\W\d_]+)")
#: A clinical term this short after a title is an acronym, not the name ("PER DR COPD
#: PROTOCOL"); a longer one right after the title is the name ("DR. VANDERBILT").
MAX_TITLED_ACRONYM = 5
_TITLES = frozenset(
    {"mr", "mrs", "ms", "mx", "miss", "dr", "prof", "judge", "officer", "det", "fr", "rev", "hon"}
)
_RELATIONS = frozenset(
    {
        "wife", "husband", "spouse", "partner", "boyfriend", "girlfriend", "mother", "father",
        "mom", "dad", "son", "daughter", "brother", "sister", "aunt", "uncle", "cousin",
        "grandmother", "grandfather", "grandma", "grandpa", "niece", "nephew", "friend",
        "neighbor", "neighbour", "guardian", "caregiver", "stepmother", "stepfather",
        "grandson", "granddaughter", "landlord", "landlady", "worker", "caseworker",
        "parents", "sibling", "siblings", "stepson", "stepdaughter", "fiance", "fiancee",
        "roommate", "sponsor", "aide",
        # roles written short before a name ("NP KOWALCZYK", "SW QUILL")
        "sw", "cm", "cw", "np", "rn", "lpn", "jpo", "sro", "gal",
    }
)  # fmt: skip
#: Function words that some locale's name list holds ("the", "can", "per").
_NOT_NAMES = frozenset({"the", "and", "can", "per", "son", "for", "not", "are", "but", "see"})
#: A title's name: any word less common than this ("OSTROWSKI", "VANDERBILT", not "THE").
TITLED_MAX_ZIPF = 5.0
#: A known name in a pair or after a relation: less common than this as a word.
NAME_MAX_ZIPF = 6.5
#: At least one name of a pair must be less common than this ("ROSE", not "WILL MAY").
PAIR_ANCHOR_ZIPF = 5.0
SCORE = 0.6


class CaselessNameRecognizer(EntityRecognizer):
    """Known names in name positions of lines written in capitals."""

    ENTITIES: ClassVar[list[str]] = ["PERSON"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES),
            name="CaselessNameRecognizer",
            supported_language=supported_language,
        )

    def load(self) -> None:
        """Load the word lists now, not on the first text."""
        self._names = person_names()
        self._zipf = zipf_table()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """PERSON results for names in capitals lines."""
        if "PERSON" not in entities:
            return []
        results: list[RecognizerResult] = []
        for start, end in capitals_lines(text):
            words = [_word(m) for m in _WORD.finditer(text, start, end)]
            results += self._line(text, words)
        return [_over_wrap(text, result) for result in results]

    def _known(self, word: str) -> bool:
        return (
            word in self._names
            and word not in _NOT_NAMES
            and self._zipf.get(word, 0.0) < NAME_MAX_ZIPF
            and not is_clinical(word)
        )

    def _line(self, text: str, words: list[tuple[int, int, str]]) -> list[RecognizerResult]:
        results = []
        i = 0
        while i < len(words):
            start, _end, word = words[i]
            run_end = i
            if word in _TITLES or word in _RELATIONS:
                titled = word in _TITLES
                j = i + 1
                while (
                    j < len(words)
                    and j - i <= 2
                    and _joined(text, words[j - 1][1], words[j][0], after_title=j == i + 1)
                    and (self._titled(words, i, j) if titled else self._related(words, i, j))
                ):
                    j += 1
                if j > i + 1:
                    results.append(
                        RecognizerResult("PERSON", words[i + 1][0], words[j - 1][1], SCORE)
                    )
                    i = j
                    continue
            while run_end + 1 < len(words) and self._known(words[run_end][2]):
                step = self._next_name(text, words, run_end)
                if not step:
                    break
                run_end += step
            if run_end > i and any(
                self._zipf.get(w, 0.0) < PAIR_ANCHOR_ZIPF for _, _, w in words[i : run_end + 1]
            ):
                results.append(RecognizerResult("PERSON", start, words[run_end][1], SCORE))
                i = run_end + 1
                continue
            i += 1
        return results

    def _next_name(self, text: str, words: list[tuple[int, int, str]], i: int) -> int:
        """How many words on from `i` the next name of a run is: 1, 2 past a middle initial
        ("OWEN M GALLAGHER"), or 0 when the run ends."""
        for step in (1, 2):
            j = i + step
            if j >= len(words) or not _GAP.fullmatch(text, words[j - 1][1], words[j][0]):
                return 0
            if self._known(words[j][2]) or (step == 1 and is_unknown_word(words[j][2])):
                return step
            if len(words[j][2]) != 1:
                return 0
        return 0

    def _related(self, words: list[tuple[int, int, str]], relation: int, j: int) -> bool:
        """A known name after a relation word, the first not a very common word ("SON WILL
        ATTEND" is no name, "WIFE MARGARET" is), or a word English does not know
        ("GRANDSON DESHAUN", "SW BARNABY QUILL")."""
        word = words[j][2]
        if is_unknown_word(word):
            return True
        if j == relation + 1 and self._zipf.get(word, 0.0) >= PAIR_ANCHOR_ZIPF:
            return False
        return self._known(word)

    def _titled(self, words: list[tuple[int, int, str]], title: int, j: int) -> bool:
        """A word of the name after a title: the first whatever it is ("DR VANDERBILT");
        the second a known name or a word English does not know ("DR ANA VIEIRA"), not the
        next word of the sentence ("DR MCCLELLAN NOTIFIED") nor a clinical term ("DR.
        ANSARI LABETALOL" gives the doctor, not the drug)."""
        word = words[j][2]
        first = j == title + 1
        parts = [part for part in word.split("-") if part]
        if not first and not all(self._known(p) or is_unknown_word(p) for p in parts):
            return False
        return (
            len(word) >= 2
            and word not in _NOT_NAMES
            and self._zipf.get(word, 0.0) < TITLED_MAX_ZIPF
            and (not is_clinical(word) or (first and len(word) > MAX_TITLED_ACRONYM))
        )


def _joined(text: str, end: int, start: int, after_title: bool) -> bool:
    """Whether two words are one name's: a title's dot may stand between the title and the
    name ("DR. OKONJO"), never between two names ("OKONJO. METOPROLOL" ends a sentence)."""
    gap = _GAP.fullmatch(text, end, start)
    return gap is not None and (after_title or "." not in gap.group())


def _word(match: re.Match[str]) -> tuple[int, int, str]:
    """(start, end, folded word) of a word, without a possessive ("LUCIEN'S" is "lucien")."""
    folded = match.group().casefold()
    possessive = _POSSESSIVE.search(folded)
    if possessive is None:
        return match.start(), match.end(), folded
    return match.start(), match.end() - 2, folded[: possessive.start()]


def _over_wrap(text: str, result: RecognizerResult) -> RecognizerResult:
    """A name whose last word ends its line with a hyphen goes on to the next line's first
    word: a typed note wraps a double-barrelled surname there ("MBEKI-" / "LARSSON")."""
    match = _WRAPPED.match(text, result.end)
    if match is None:
        return result
    return RecognizerResult(result.entity_type, result.start, match.end(1), result.score)
