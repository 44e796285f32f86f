"""What a withheld topic is: an id, a label and citation for the marker, and a sentence test.

A topic decides about one sentence at a time, from the sentence alone and a small context
(the names of the person the request is about, and what the topic read from the whole text
once, in `Topic.prepare`: a group note's roster). Topics return booleans, never text, so a
decision can be logged or counted without carrying what was withheld.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from redact.folded import FoldedPattern
from redact.topics.sentences import Sentence

if TYPE_CHECKING:
    from redact.topics.parties import Parties

#: Sentence openers that carry the previous sentence's topic on: "She has been...",
#: "This was...", "In addition, ...". Deliberately narrow: a bare "She" opens most sentences
#: of a note, and continuing on it would withhold whole paragraphs about other things.
CONTINUATION = re.compile(
    r"""^\W*(?:
        (?:she|he|they|client|pt|patient)\s+(?:has|have|had)\s+(?:been|not\s+been|also)\b
      | (?:she|he|they|client|pt|patient)\s+(?:also|still|continues|continue|remains|remain)\b
      | (?:this|these|that|those|it|additionally|also|furthermore|moreover|in\s+addition)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class TopicContext:
    """What a topic may know beyond the sentence: the names and aliases of the subject.

    `subject_names` are the names the person the request is about goes by ("Ana Julia
    Dias", "Ana Julia", "Ms. Dias"); the group-disclosure and third-party topics use them.
    `group` and `members` are filled in by the group-disclosure topic's `prepare` for one
    text: whether it is a group-session note, and a pattern matching the other members'
    names, initials and first names as the note writes them. They live only in memory,
    for the one text, and are never logged; so does `cues`.
    """

    subject_names: tuple[str, ...] = ()
    group: bool = False
    members: re.Pattern[str] | None = None
    #: Filled in by the third-party topic's `prepare`: the cue words the text holds, so
    #: that a sentence without any is passed over in one short scan (None: read it whole).
    cues: re.Pattern[str] | None = None
    #: Filled in by the third-party topic's `prepare`: who is who in a domestic-violence
    #: record (the subject's pronoun, whether "the respondent" is the other party):
    #: `redact.topics.parties`. None: not read.
    parties: Parties | None = None


NO_CONTEXT = TopicContext()


class Topic(Protocol):
    """A withholdable topic: one module per topic, registered in `redact.topics.registry`."""

    @property
    def id(self) -> str:
        """Stable identifier used in policies and the release log: `substance_use`."""
        ...

    @property
    def label(self) -> str:
        """Words for the marker: `substance use treatment`."""
        ...

    @property
    def citation(self) -> str:
        """The rule behind withholding, for the marker; empty when there is no single one."""
        ...

    def matches(self, sentence: str, context: TopicContext) -> bool:
        """True when the sentence holds content of this topic."""
        ...

    def continues(
        self,
        sentence: str,
        context: TopicContext = NO_CONTEXT,
        same_item: bool = False,
        opener: str = "",
    ) -> bool:
        """True when a sentence following a withheld one carries the topic on.

        `same_item`: the withheld passage opened a list item ("- ", "1. ") and this
        sentence is still inside it. `opener`: the sentence (as judged) that the passage's
        continuations hang on: the one that opened it, or the last one that matched
        without being a continuation; "" when unknown.
        """
        ...

    def prepare(self, text: str, context: TopicContext) -> TopicContext:
        """The context for judging the sentences of `text`: read the whole text once."""
        ...

    def may_appear_in(self, text: str) -> bool:
        """False only when no sentence of `text` can match: lets a note skip the topic."""
        ...


@runtime_checkable
class WholeTextTopic(Protocol):
    """A topic that picks its passages from the whole text at once, not sentence by sentence.

    The duty-to-warn topic is one: it withholds what is *not* about a threat, and who is
    threatened is learnt from the threat sentences before the others are judged.
    """

    def passages(
        self, text: str, found: Sequence[Sentence], context: TopicContext
    ) -> list[tuple[int, int]]:
        """(start, end) of each passage to withhold, from the text's sentences `found`."""
        ...


def _mask(text: str, pattern: FoldedPattern | None) -> str:
    """The text with every match of `pattern` blanked out, offsets unchanged."""
    if pattern is None:
        return text
    matches = pattern.finditer(text)
    first = next(matches, None)
    if first is None:  # most sentences hold no blocker: no copy of the text
        return text
    masked = list(text)
    for found in (first, *matches):
        masked[found.start() : found.end()] = " " * (found.end() - found.start())
    return "".join(masked)


@dataclass(frozen=True)
class PhraseTopic:
    """A topic defined by a curated phrase list plus context rules.

    - `phrases`: a match alone is enough ("methadone", "AA meetings").
    - `weak` and `anchors`: a weak cue counts only with an anchor in the same sentence
      ("shelter" with "domestic violence"); both lists are optional.
    - `blockers`: near misses, blanked out before the tests run, so "denies alcohol use"
      never counts but "denies alcohol use; attends AA" still does.
    """

    id: str
    label: str
    citation: str
    phrases: re.Pattern[str]
    blockers: re.Pattern[str] | None = None
    weak: re.Pattern[str] | None = None
    anchors: re.Pattern[str] | None = None
    continuation: re.Pattern[str] = CONTINUATION
    #: Withhold only the matching items of a list sentence ("Dx: ADHD (F90.2), cannabis
    #: use disorder, mild"), the rest of the list staying (`redact.topics.withhold`).
    splits_lists: bool = False

    def matches(self, sentence: str, context: TopicContext) -> bool:
        """True when a phrase, or a weak cue with an anchor, survives the blockers.

        Asked of every sentence of a note that may hold the topic, so the lists are
        matched on lower-cased text (`FoldedPattern`), with the same answers.
        """
        text = _mask(sentence, self._folded_blockers)
        if self._folded_phrases.search(text):
            return True
        if self._folded_weak is not None and self._folded_anchors is not None:
            return self._folded_weak.search(text) and self._folded_anchors.search(text)
        return False

    def continues(
        self,
        sentence: str,
        context: TopicContext = NO_CONTEXT,
        same_item: bool = False,
        opener: str = "",
    ) -> bool:
        """True when the sentence opens as a continuation of the one before.

        A phrase topic does not follow list items: "- Attends AA. Sees Dr. Lee for ADHD."
        withholds the first sentence only.
        """
        return bool(self.continuation.search(sentence))

    def prepare(self, text: str, context: TopicContext) -> TopicContext:
        """A phrase topic judges each sentence alone: the context is unchanged."""
        return context

    def may_appear_in(self, text: str) -> bool:
        """Whether a phrase or a weak cue occurs anywhere, blockers aside.

        A sentence matches only through one of them, so a note without any is skipped
        with one scan instead of one test per sentence.
        """
        if self._folded_phrases.search(text):
            return True
        return self._folded_weak is not None and self._folded_weak.search(text)

    @cached_property
    def _folded_phrases(self) -> FoldedPattern:
        return FoldedPattern(self.phrases.pattern, self.phrases.flags)

    @cached_property
    def _folded_weak(self) -> FoldedPattern | None:
        if self.weak is None or self.anchors is None:
            return None
        return FoldedPattern(self.weak.pattern, self.weak.flags)

    @cached_property
    def _folded_anchors(self) -> FoldedPattern | None:
        if self.weak is None or self.anchors is None:
            return None
        return FoldedPattern(self.anchors.pattern, self.anchors.flags)

    @cached_property
    def _folded_blockers(self) -> FoldedPattern | None:
        if self.blockers is None:
            return None
        return FoldedPattern(self.blockers.pattern, self.blockers.flags)


def words(*alternatives: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One compiled pattern matching any of the alternatives as whole words.

    Alternatives are regular expressions; whole-word boundaries are added around each.
    """
    body = "|".join(f"(?:{a})" for a in alternatives)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", flags)
