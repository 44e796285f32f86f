"""Duty to warn or protect: release the threat, withhold everything else as passages.

A disclosure to warn a threatened person or the police (NASW 1.07(c), Tarasoff and the
state duty-to-warn laws) may carry only what the warning needs: who the client is, the
threat as the client stated it, the means and plan, who is threatened and how to find and
protect them. The rest of the record (history, diagnoses, medications, substance use,
other people, group content) stays confidential.

This is an inverted topic: `passages` returns the spans that are NOT about the threat,
and the policy withholds them like any topic's passage, behind one marker per run. A
sentence is released when

1. it is a header line naming the client or the note ("Client: ...", "DOB: ...",
   "Date of service: ..."), short enough to be a value, not prose;
2. it states or reports a threat (`threat_cues.THREAT`) or names a weapon (`WEAPON`),
   after denials and negations are blanked out ("denies SI/HI", "would never hurt her");
3. it is a line naming the person at risk ("Intended victim: ...");
4. it names the threatened person (a name or relation read from the threat sentences:
   "his ex-girlfriend", "Dana") and says who they are to the client, where they live,
   work or go, how to reach them, or what protects them, without their health or legal
   history (a sentence saying who they are adds its names: "Dana Whitfield is his
   ex-wife" lets "Ms. Whitfield" be found later);
5. it follows a released sentence in the same paragraph, opens with a pronoun and says
   where someone lives, works or goes ("She works nights at the plant on Route 9.").

Decisions are booleans over sentence offsets: nothing of the text is kept or logged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.topics import threat_cues as cues
from redact.topics.base import NO_CONTEXT, TopicContext
from redact.topics.sentences import Sentence

ID = "not_about_threat"

_NAME = re.compile(r"(?<![\w'’])[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?![\w'’])")
_PRONOUN_OPENER = re.compile(r"^\W*(?:she|he|they|her|his|their)\b", re.IGNORECASE)


def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def is_identity_line(text: str, sentence: Sentence) -> bool:
    start = _line_start(text, sentence.start)
    if text[start : sentence.start].strip():
        return False
    end = _line_end(text, sentence.start)
    return end - start <= cues.IDENTITY_LINE_MAX and bool(
        cues.IDENTITY_LINE.match(text, start, end)
    )


def _is_target_line(text: str, sentence: Sentence) -> bool:
    start = _line_start(text, sentence.start)
    return not text[start : sentence.start].strip() and bool(
        cues.TARGET_LINE.match(text, start, _line_end(text, sentence.start))
    )


def _plain(body: str) -> str:
    """The sentence with denials, negations and look-alikes blanked out, offsets unchanged."""
    return cues.BLOCKERS.sub(lambda m: " " * len(m.group(0)), body)


def is_threat(body: str) -> bool:
    """Whether a sentence states or reports a threat, or names a weapon."""
    plain = _plain(body)
    return bool(cues.THREAT.search(plain) or cues.WEAPON.search(plain))


def _subject_words(context: TopicContext) -> frozenset[str]:
    return frozenset(w.casefold() for name in context.subject_names for w in name.split())


def _targets(body: str, subject: frozenset[str]) -> set[str]:
    """Names and relations in a threat sentence that are not the client's own."""
    found = {m.group("relation").casefold() for m in cues.RELATION.finditer(body)}
    for match in _NAME.finditer(body):
        word = match.group(0).casefold()
        if word not in cues.NOT_NAMES and word not in subject:
            found.add(word)
    return found


def _mentions(body: str, targets: set[str]) -> bool:
    if not targets:
        return False
    lowered = body.casefold()
    relations = {m.group("relation").casefold() for m in cues.RELATION.finditer(body)}
    names = {m.group(0).casefold() for m in _NAME.finditer(body)}
    return bool((relations | names) & targets) or any(
        f" {t} " in f" {lowered} " for t in targets if " " in t
    )


def released(text: str, found: Sequence[Sentence], context: TopicContext) -> list[bool]:
    """For each sentence, whether a duty-to-warn disclosure releases it (rules 1 to 5)."""
    bodies = [text[s.start : s.end] for s in found]
    keep = [False] * len(found)
    subject = _subject_words(context)
    targets: set[str] = set()
    for i, (sentence, body) in enumerate(zip(found, bodies, strict=True)):
        if _is_target_line(text, sentence):
            keep[i] = True
            targets |= _targets(body.split(":", 1)[-1], subject)
        elif is_threat(body):
            keep[i] = True
            targets |= _targets(body, subject)
        elif is_identity_line(text, sentence):
            keep[i] = True
    for i, body in enumerate(bodies):
        if keep[i] or not _mentions(body, targets) or cues.HISTORY.search(body):
            continue
        if cues.RELATION.search(body):  # who the threatened person is: learn their names
            keep[i] = True
            targets |= _targets(body, subject)
        elif cues.LOCATOR.search(body) or cues.PROTECTION.search(body):
            keep[i] = True
    for i in range(1, len(found)):
        follows = keep[i - 1] and found[i - 1].paragraph == found[i].paragraph
        body = bodies[i]
        if (
            not keep[i]
            and follows
            and _PRONOUN_OPENER.match(body)
            and cues.LOCATOR.search(body)
            and not cues.HISTORY.search(body)
        ):
            keep[i] = True
    return keep


def withheld_spans(
    text: str, found: Sequence[Sentence], context: TopicContext
) -> list[tuple[int, int]]:
    """(start, end) of each run of sentences a duty-to-warn disclosure withholds.

    Consecutive withheld sentences make one run, across paragraphs, so the recipient reads
    one marker where the record went on about other things.
    """
    runs: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for sentence, kept in zip(found, released(text, found, context), strict=True):
        if kept:
            if current is not None:
                runs.append(current)
            current = None
        elif current is None:
            current = (sentence.start, sentence.end)
        else:
            current = (current[0], sentence.end)
    if current is not None:
        runs.append(current)
    return runs


class NotAboutThreat:
    """The inverted topic a `duty-to-warn` policy withholds: all that is not the threat."""

    id = ID
    label = "not needed to warn or protect"
    citation = "NASW 1.07(c)"

    def matches(self, sentence: str, context: TopicContext) -> bool:
        """A sentence alone is withheld unless it states a threat (used for checks only:
        `withheld_spans` reads the whole text, which finds who is threatened)."""
        return not is_threat(sentence)

    def continues(
        self,
        sentence: str,
        context: TopicContext = NO_CONTEXT,
        same_item: bool = False,
        opener: str = "",
    ) -> bool:
        """Runs are built by `passages`, never by continuation."""
        return False

    def prepare(self, text: str, context: TopicContext) -> TopicContext:
        """The whole text is read by `passages`: the context is unchanged."""
        return context

    def may_appear_in(self, text: str) -> bool:
        """Any text with words in it has something to withhold or release."""
        return bool(text.strip())

    def passages(
        self, text: str, found: Sequence[Sentence], context: TopicContext
    ) -> list[tuple[int, int]]:
        """The runs to withhold (see `withheld_spans`)."""
        return withheld_spans(text, found, context)


TOPIC = NotAboutThreat()
