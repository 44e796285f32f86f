"""Demographic details that narrow who a post is about: job, marital status, family size,
nationality and religion.

"A divorced loan officer with three kids" in a small town points to one person. TAB and
PANORAMA annotate such details as quasi-identifiers (DEM). Used only by strict policies
(`strict_capitalised`), as NRP: readable policies keep them (consultation keeps NRP too).

- a job title from Faker's English job lists ("rolling machine operator", "accountant"),
  in any case, as whole words;
- marital status: "married", "divorced", "widowed", "separated from";
- family size: "three amazing kids", "4 kids", "2 little ones", "mother of two",
  "dad of 2", "parent of three", "our little one".
"""

from __future__ import annotations

import re
from functools import cache
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.demonyms import DEMONYMS
from redact.detect.wordlists import job_titles
from redact.folded import FoldedPattern

_WORD = re.compile(r"\w+")
_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a\s+trio\s+of|trio\s+of)"
_ADJECTIVES = r"(?:(?:little|amazing|awesome|incredible|wonderful|beautiful|lovely|young|small|grown|teenage|adorable|energetic|crazy|precious)\s+){0,2}"  # noqa: E501
_CHILDREN = r"(?:kids?|kiddos?|children|child|sons?|daughters?|boys|girls|little\s+ones?|legends|grandchildren|grandkids|teens|toddlers)"  # noqa: E501
_PARENT = r"(?:mother|mom|mum|mommy|father|dad|daddy|parent|mama|papa)"
#: Case-insensitive, matched on the lower-cased text (`redact.folded`): `re` tries an
#: IGNORECASE alternation at every position, which was most of this recognizer's time.
_PATTERNS = (
    (FoldedPattern(r"\b(?:married|divorced|widowed|separated|remarried|engaged)\b"), 0.5),
    (FoldedPattern(rf"\b{_NUMBER}\s+{_ADJECTIVES}{_CHILDREN}\b"), 0.5),
    (FoldedPattern(rf"\b{_PARENT}\s+of\s+{_NUMBER}\b"), 0.5),
    (FoldedPattern(r"\b(?<=our\s)little\s+ones?\b|\b(?<=my\s)little\s+ones?\b"), 0.4),
)
#: A comma before a capitalised word: a name or a credential stands before the job on its
#: line ("Dana Roe, CRPS, peer specialist"); a listed title's commas are followed by lower
#: case ("Court, municipal, and license clerk").
_NAME_COMMA = re.compile(r",[ \t]*[^\W\d_a-z]")
#: A short line of words, commas, apostrophes and hyphens (at most seven words).
_TITLE_LINE = re.compile(r"[ \t]*((?:[^\W\d_][\w'’\-]*,?[ \t]+){0,6}[^\W\d_][\w'’\-]*)")
_DEMONYM_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")
_LOWER_CASE_VERBS = frozenset({"polish", "polishes"})
#: A hashtag and its words: "#MomOf4" -> Mom, Of, 4; "#EngineerAtHeart" -> Engineer, At, Heart.
_HASHTAG = re.compile(r"(?<![\w#])#(\w{2,})")
_TAG_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
#: Words that make a hashtag a demographic detail.
_TAG_DEMOGRAPHICS = frozenset(
    {
        "married", "divorced", "widowed", "widow", "widower", "single", "engaged", "newlywed",
        "newlyweds", "mom", "mum", "mommy", "mama", "dad", "daddy", "papa", "mother", "father",
        "wife", "husband", "hubby", "wifey", "parent", "parenting", "grandma", "grandpa",
        "granny", "twins", "twin", "stepmom", "stepdad", "fostermom", "fosterdad", "boymom",
        "girlmom", "girldad", "veteran", "retired", "pregnant",
    }
)  # fmt: skip
#: Longest job title, in words.
_MAX_JOB_WORDS = 8
#: Last words of a job title not in the lists ("talking-books clerk", "dairy scientist").
JOB_HEADS = frozenset(
    {
        "clerk", "operator", "technician", "specialist", "administrator", "manager",
        "attendant", "installer", "engineer", "scientist", "consultant", "writer", "librarian",
        "controller", "driver", "assistant", "director", "cleaner", "distributor", "mechanic",
        "analyst", "coordinator", "supervisor", "inspector", "repairer", "worker", "teller",
        "cashier", "packager", "planner", "therapist", "counselor", "counsellor", "nurse",
        "secretary", "receptionist", "accountant", "auditor", "programmer", "developer",
        "designer", "electrician", "plumber", "carpenter", "welder", "machinist", "salesperson",
        "agent", "broker", "officer", "examiner", "investigator", "tender", "helper", "aide",
    }
)  # fmt: skip
#: Words that end the modifiers of a job head, looking left ("as a", "the", "our").
_MODIFIER_STOP = frozenset(
    {
        "a", "an", "the", "as", "is", "was", "am", "are", "be", "been", "my", "our", "his",
        "her", "their", "your", "this", "that", "to", "for", "with", "at", "in", "on", "of",
        "by", "from", "i", "he", "she", "we", "they", "you", "it", "and", "or", "but", "not",
        "no", "former", "new", "old", "good", "best", "great",
        # "sertraline via psychiatrist", "anxiety disorder per counselor": what is before
        # these is a drug or a diagnosis, not a kind of psychiatrist
        "via", "per", "through", "w",
    }
)  # fmt: skip
_MAX_MODIFIERS = 3


@cache
def _job_index() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """Job titles as word tuples, and the set of their first words."""
    phrases = frozenset(
        words for job in job_titles() if (words := tuple(_WORD.findall(job))) and len(words) <= 8
    )
    return phrases, frozenset(p[0] for p in phrases)


def _title_line_start(text: str, start: int, end: int) -> int:
    """Where a job title that ends a short line of words begins: the line's first word.

    Signatures put a job on its own line, often longer than any listed title ("Court,
    municipal, and license clerk", "Network and computer systems administrator").
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[end:line_end].strip():
        return start
    if _NAME_COMMA.search(text, line_start, start):
        return start  # "Tessa Roe, Child Protection Worker": the name is not the job's
    line = _TITLE_LINE.fullmatch(text, line_start, end)
    return line.start(1) if line is not None else start


def _demonyms(text: str) -> list[RecognizerResult]:
    """Nationality and religion words in any case ("i am cambodian", "proud saudis").

    "polish" is taken only as "Polish": in lower case it is mostly the verb.
    """
    return [
        RecognizerResult(DemographicRecognizer.ENTITY, m.start(), m.end(), 0.5)
        for m in _DEMONYM_WORD.finditer(text)
        if m.group().casefold() in DEMONYMS and m.group() not in _LOWER_CASE_VERBS
    ]


class DemographicRecognizer(EntityRecognizer):
    """Job titles, marital status and family size (entity NRP; strict policies only)."""

    ENTITY: ClassVar[str] = "NRP"

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[self.ENTITY],
            name="DemographicRecognizer",
            supported_language=supported_language,
        )

    def load(self) -> None:
        """Build the job-title index now, not on the first text."""
        self._phrases, self._first_words = _job_index()
        self._starters = self._first_words | JOB_HEADS

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Findings for job titles and the marital and family patterns."""
        if self.ENTITY not in entities:
            return []
        results = [
            RecognizerResult(self.ENTITY, m.start(), m.end(), score)
            for pattern, score in _PATTERNS
            for m in pattern.finditer(text)
        ]
        return results + self._jobs(text) + self._hashtags(text) + _demonyms(text)

    def _is_plural_job(self, word: str) -> bool:
        """ "nurses", "architects", "photographers": a one-word job or job head, plural."""
        if len(word) < 5 or not word.endswith("s"):
            return False
        for singular in (word[:-1], word[:-2] if word.endswith("es") else ""):
            if singular and (singular in JOB_HEADS or (singular,) in self._phrases):
                return True
        return False

    def _hashtags(self, text: str) -> list[RecognizerResult]:
        """Hashtags that describe the writer or the client: #MarriedLife, #MomOf4, #PilotLife.

        A hashtag is split at capitals and digits; if one of its words is a marital status,
        a family role or a one-word job, the whole tag (without "#") is a finding.
        """
        results = []
        for tag in _HASHTAG.finditer(text):
            words = [w.casefold() for w in _TAG_WORD.findall(tag.group(1))]
            if any(w in _TAG_DEMOGRAPHICS or w in JOB_HEADS or (w,) in self._phrases
                   for w in words):  # fmt: skip
                results.append(RecognizerResult(self.ENTITY, tag.start(1), tag.end(1), 0.5))
        return results

    @staticmethod
    def _modifiers_start(
        text: str, tokens: list[re.Match[str]], folded: list[str], head: int
    ) -> int:
        """Start of up to three modifier words before a job head, on one line."""
        start = tokens[head].start()
        for j in range(head - 1, max(-1, head - 1 - _MAX_MODIFIERS), -1):
            gap = text[tokens[j].end() : start]
            if folded[j] in _MODIFIER_STOP or not folded[j].isalpha():
                break
            if gap not in (" ", "-") and not (gap in ("'", "’") and folded[j + 1] == "s"):
                break  # a possessive joins: "Children's librarian"
            start = tokens[j].start()
        return start

    def _jobs(self, text: str) -> list[RecognizerResult]:
        tokens = list(_WORD.finditer(text))
        folded = [t.group().casefold() for t in tokens]
        starters = self._starters
        # Only a word that starts a job title, or may be a plural job, can start a finding:
        # picked out in one comprehension, the rest of the words cost no loop step.
        candidates = [
            i for i, word in enumerate(folded)
            if word in starters or (len(word) >= 5 and word[-1] == "s")
        ]  # fmt: skip
        results = []
        reached = 0
        for i in candidates:
            if i < reached:
                continue
            best = 0
            if folded[i] in starters:
                for n in range(min(_MAX_JOB_WORDS, len(tokens) - i), 0, -1):
                    if tuple(folded[i : i + n]) in self._phrases or (
                        n == 1 and folded[i] in JOB_HEADS
                    ):
                        best = n
                        break
            if not best and self._is_plural_job(folded[i]):
                best = 1
            if best:
                start, end = tokens[i].start(), tokens[i + best - 1].end()
                while best == 1 and i > 0 and start == tokens[i].start():
                    start = self._modifiers_start(text, tokens, folded, i)
                    break
                start = _title_line_start(text, start, end)
                results.append(RecognizerResult(self.ENTITY, start, end, 0.5))
                reached = i + best
        return results
