"""Finding the passages a policy withholds by topic, and the markers that replace them.

A passage is one or more whole sentences. It starts at a sentence the topic matches and
grows over the following sentences of the same paragraph while the topic continues:

1. the next sentence matches the topic itself;
2. the next sentence opens as a continuation (`Topic.continues`: "She has been...",
   "This...", "In addition..."; for group disclosures, any pronoun, but only after a
   sentence that opens with the other person: the topic is told which sentence the
   continuation hangs on, the passage's first or the last that matched on its own
   without being a continuation);
3. the matching sentence is a heading: it ends with ":", or it opens with a label the
   topic matches on its own ("Process content: ...", "Substance use treatment: ..."),
   so the rest of its paragraph is what the heading announces (for the third-party topic,
   a label with its value on the line, "Respondent's criminal history: DUI 2018", heads
   the rest of its line only: a form's next lines are other fields);
4. the passage opened a list item ("- ", "* ", "1. ") and the next sentence is still in
   that item: the topic is asked with `same_item` (group disclosures take the whole item
   of another member, with what the worker did about it).

A sentence that does not open its line is judged together with its line's label:
"Father: Gil M., 41. Prior felony conviction (2017)." asks about "Father: Prior
felony conviction (2017).", so whose fact it is stays in view. Before its sentences are
judged, each topic reads the whole text once (`Topic.prepare`: a group note's roster).

A whole-text topic (`WholeTextTopic`: the duty-to-warn topic, which withholds everything
that is not about a threat) picks its own passages from the sentences instead, and its
passages may cross blank lines. Otherwise a passage never crosses a blank line. Passages
of different topics that overlap are merged into one, which names every topic; passages
carry offsets and topic ids, never text, and only the transform slices the original.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from redact.topics import substance_use
from redact.topics.base import Topic, TopicContext, WholeTextTopic
from redact.topics.blocks import block_owners
from redact.topics.registry import get_topic
from redact.topics.sentences import Sentence, sentences
from redact.wrapped_prose import sentence_runs_on

#: The re-disclosure notice of 42 CFR 2.32(a)(1), in our words, kept close to the
#: regulation's statement. It must accompany a consented release of Part 2 records.
PART2_NOTICE = (
    "This record was disclosed to you from records protected by federal confidentiality "
    "rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, "
    "or testimony that describes the information in it, in any civil, criminal, "
    "administrative or legislative proceeding by any federal, state or local authority "
    "against the patient, unless the patient consents, except as provided at 42 CFR "
    "2.12(c)(5) or as a court authorises under 42 CFR 2.64 or 2.65. The federal rules also "
    "prohibit any other use or disclosure of this record unless at least one of these "
    "applies: further use or disclosure is expressly permitted by the written consent of "
    "the person whose information is disclosed in this record, or is otherwise permitted "
    "by 42 CFR part 2; you are a covered entity or business associate and received the "
    "record for treatment, payment or health care operations; or you received the record "
    "from a covered entity or business associate as permitted by 45 CFR part 164, subparts "
    "A and E. A general authorization to release medical or other information is NOT "
    "enough to meet the requirements of written consent for further use or disclosure of "
    "this record (see 42 CFR 2.31)."
)

#: The abbreviated statement 42 CFR 2.32(a)(2) allows where space is short.
PART2_SHORT_NOTICE = "42 CFR part 2 prohibits unauthorized use or disclosure of these records."

_OUR_MARKER = re.compile(r"\[withheld(?::[^\]]*)?\]")
_LABEL = re.compile(r"^([A-Z][\w '/&()-]{0,40}?):\s")
_LINE_LABEL = re.compile(
    r"[ \t]*(?:[-*•‣▪]\s+)?\**([A-Z][\w '’/&()-]{0,40}?)\**:\**[ \t]"
    # a numbered section heading in capitals: "4. RESPONDENT KUEHL. Has not engaged..."
    r"|[ \t]*(?:\d{1,2}[.)][ \t]+)?([A-Z][A-Z '’/&-]{2,40}[A-Z])\.[ \t]"
)
_ITEM = re.compile(r"[ \t]*(?:[-*•‣▪]|\d{1,2}[.)]|[a-z][.)])[ \t]")


@dataclass(frozen=True, slots=True)
class WithheldPassage:
    """Offsets of whole sentences to withhold, the topic that withholds them, and any
    other topics whose passages overlapped and were merged into this one."""

    start: int
    end: int
    topic_id: str
    also: tuple[str, ...] = ()

    @property
    def topic_ids(self) -> tuple[str, ...]:
        """Every topic that withholds this passage, the primary first."""
        return (self.topic_id, *self.also)


def marker(topic: Topic, *, named: bool = True) -> str:
    """`[withheld: substance use treatment, 42 CFR Part 2]`, or `[withheld]` unnamed.

    Naming the topic tells a reader that something of that kind exists, which can itself be
    sensitive (the fact of Part 2 treatment is protected); `named=False` says only that
    something was withheld.
    """
    if not named:
        return "[withheld]"
    reason = f"{topic.label}, {topic.citation}" if topic.citation else topic.label
    return f"[withheld: {reason}]"


def passage_marker(passage: WithheldPassage, *, named: bool = True) -> str:
    """The marker of a passage, naming each of its topics: `[withheld: a, cite; b]`."""
    if not named:
        return "[withheld]"
    reasons = (marker(get_topic(t))[len("[withheld: ") : -1] for t in passage.topic_ids)
    return f"[withheld: {'; '.join(reasons)}]"


def _is_heading(text: str, sentence: Sentence, topic: Topic, context: TopicContext) -> bool:
    """Whether a matching sentence announces its paragraph: "Process notes:", "Process: ..."."""
    body = text[sentence.start : sentence.end]
    label = _LABEL.match(body)
    return body.endswith(":") or bool(label and topic.matches(label.group(1) + ":", context))


def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _judged(text: str, sentence: Sentence) -> str:
    """The sentence, after its line's label when it does not open the line itself."""
    body = text[sentence.start : sentence.end]
    start = _line_start(text, sentence.start)
    if start == sentence.start or not text[start : sentence.start].strip():
        return body
    label = _LINE_LABEL.match(text, start, sentence.start)
    return f"{label.group(1) or label.group(2)}: {body}" if label else body


def _in_blocks(
    text: str, found: Sequence[Sentence], judged: Sequence[str], subject: Sequence[str] = ()
) -> list[str]:
    """`judged`, with each sentence inside a third party's block (`blocks.block_owners`)
    after the block's head: "Father: Medical: type 2 diabetes"."""
    owners = block_owners(text, subject)
    if not owners:
        return list(judged)
    return [
        f"{owners[line]}: {j}" if (line := _line_start(text, s.start)) in owners else j
        for s, j in zip(found, judged, strict=True)
    ]


def _opens_item(text: str, sentence: Sentence) -> bool:
    """Whether the sentence opens a list item: a bullet or a number starts its line."""
    start = _line_start(text, sentence.start)
    return not text[start : sentence.start].strip() and bool(_ITEM.match(text, start, sentence.end))


def _in_item(text: str, sentence: Sentence) -> bool:
    """Whether the sentence goes on the item before it: it does not open an unindented line
    nor a new list item."""
    start = _line_start(text, sentence.start)
    if text[start : sentence.start].strip():
        return True  # mid-line
    indented = sentence.start > start
    return indented and not _ITEM.match(text, start, sentence.end)


_NAME_WORD = re.compile(r"[^\W\d_]{2,}")


def _subject_field(text: str, head: Sentence, sentence: Sentence, context: TopicContext) -> bool:
    """Whether `sentence` is a field of its own naming the subject, after a labelled head
    with its value on its line: "Members present (5): ...\nNote for: VELASQUEZ-TOOMEY, A."
    is the subject's own line, not the roster's."""
    body = text[head.start : head.end]
    if body.endswith(":") or not context.subject_names:
        return False
    start = _line_start(text, sentence.start)
    if start != sentence.start or start <= head.start or not _LINE_LABEL.match(text, start):
        return False
    own = {w.casefold() for n in context.subject_names for w in _NAME_WORD.findall(n)}
    words = {w.casefold() for w in _NAME_WORD.findall(text[sentence.start : sentence.end])}
    return bool(own & words)


#: A line that opens with the subject's own label and a name: "Client: Yesenia Marroquín
#: ("Yesi"), 19, first pregnancy" (the name words are checked against the subject's).
_SUBJECT_LABEL = re.compile(
    r"[ \t]*\**(?:client|patient|name|youth|child|subject|resident|participant|consumer"
    r"|student|elder|applicant|individual|re)\**:\**[ \t]+"
    r"(?P<name>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3})"
    r"(?:[ \t]*\([ \t]*[\"“']?(?P<alias>[^\W\d_][\w'’-]*)[\"”']?[ \t]*\))?[ \t]*[,;][ \t]*",
    re.IGNORECASE,
)


def _after_subject_label(text: str, start: int, end: int, context: TopicContext) -> int:
    """Where a passage starts once the subject's own label and name on its first line are
    left out: the header names the subject, whose name the policy keeps; only the fact
    after it is withheld."""
    if not context.subject_names or _line_start(text, start) != start:
        return start
    found = _SUBJECT_LABEL.match(text, start, end)
    if found is None or found.end() >= end:
        return start
    own = {w.casefold() for n in context.subject_names for w in _NAME_WORD.findall(n)}
    words = _NAME_WORD.findall(found.group("name")) + _NAME_WORD.findall(found.group("alias") or "")
    if not words or any(w.casefold() not in own for w in words):
        return start
    return found.end()


def _runs(
    text: str,
    found: Sequence[Sentence],
    judged: Sequence[str],
    topic: Topic,
    context: TopicContext,
) -> list[tuple[int, int]]:
    """(start, end) of each passage of one topic; `judged[i]` is what sentence i is judged by."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(found):
        first = found[i]
        if not topic.matches(judged[i], context):
            i += 1
            continue
        heading, end, i = _is_heading(text, first, topic, context), first.end, i + 1
        # A third party's labelled fact on a form ("Respondent's criminal history: DUI
        # 2018.") heads its own line only: the next lines are other fields, and whose they
        # are the blocks tell (`_in_blocks`).
        line_only = (
            heading
            and (_reads_blocks(topic) or _labels_head_line(topic))
            and not text[first.start : first.end].endswith(":")
        )
        item, opener = _opens_item(text, first), judged[i - 1]
        while i < len(found) and found[i].paragraph == first.paragraph:
            following = judged[i]
            same_item = item and _in_item(text, found[i])
            if line_only and "\n" in text[first.start : found[i].start]:
                heading = False
            if heading and _subject_field(text, first, found[i], context):
                heading = False
            body = text[found[i].start : found[i].end]
            if (
                topic.continues(body, context, same_item, opener=opener)
                or heading
                or _wrapped_tail(text, found[i - 1], found[i])
            ):
                pass
            elif topic.matches(following, context):
                opener = following  # a new anchor: what follows hangs on it
            else:
                break
            end, i = found[i].end, i + 1
        items = None
        if end == first.end and not heading and _splits_lists(topic):
            items = _list_items(text, first, judged[i - 1], topic, context)
        runs.extend(items if items is not None else [(first.start, end)])
    return runs


def _wrapped_tail(text: str, last: Sentence, following: Sentence) -> bool:
    """Whether `following` opens the next line with the tail of `last`, wrapped over the
    line break ("...NA meetings at the Dream⏎Center Tues/Thurs."): withholding `last` must
    take it, or the tail is released alone (`wrapped_prose.sentence_runs_on`)."""
    if text[last.end : following.start].count("\n") != 1:
        return False
    line = text[_line_start(text, last.end) : last.end]
    after_start = _line_start(text, following.start)
    after_end = text.find("\n", following.start)
    after = text[after_start : len(text) if after_end < 0 else after_end]
    return sentence_runs_on(line, after)


#: A list's label ("Diagnoses per Dr. Lee:") or its cue ("diagnosed with"): items follow.
_LIST_CUE = re.compile(
    r"\b(?:diagnosed with|diagnoses (?:of|include|are)|dx (?:of|includes?)|history of|hx of"
    r"|including|comorbid(?:ities)?(?: of)?)\s+",
    re.IGNORECASE,
)
#: An item of a list is short: a diagnosis and its specifier, a medicine and its dose.
_MAX_ITEM_WORDS = 8
_ITEM_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")


def _labels_head_line(topic: Topic) -> bool:
    """Whether a label with its value on the line heads that line only (a group note's
    roster), not the rest of its paragraph."""
    return bool(getattr(topic, "labels_head_line", False))


def _splits_lists(topic: Topic) -> bool:
    """Whether the topic withholds the items of a list, not the whole sentence (substance
    use: "conduct disorder (F91.2), cannabis use disorder, mild" keeps the first)."""
    return bool(getattr(topic, "splits_lists", False))


def _depth0_cuts(body: str) -> list[tuple[int, int]]:
    """(start, end) of the comma- or semicolon-separated parts of `body`, brackets kept
    whole ("adolescent-onset type (F91.2, per Dr. Ito)")."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(body):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char in ",;" and depth == 0:
            parts.append((start, index))
            start = index + 1
    parts.append((start, len(body)))
    return parts


def _list_items(
    text: str, sentence: Sentence, judged: str, topic: Topic, context: TopicContext
) -> list[tuple[int, int]] | None:
    """(start, end) of the items of a matching list sentence that hold the topic, or None
    to withhold the whole sentence.

    A list is what follows a label ("Dx:", "Meds:", "Diagnoses per ...:") or a cue
    ("diagnosed with"), cut at commas and semicolons outside brackets, every item short.
    A matching item takes the short lower-case specifiers after it ("cannabis use
    disorder, mild"). Fail closed: the whole sentence goes when it is no such list, when
    no item holds the topic alone, or when what would stay still matches the topic.
    """
    body = text[sentence.start : sentence.end]
    colon = body.find(":")
    cue = _LIST_CUE.search(body)
    if colon >= 0 and (cue is None or colon < cue.start()):
        lead = colon + 1
    elif cue is not None:
        lead = cue.end()
    else:
        return None
    if "," not in body[lead:] and ";" not in body[lead:]:
        return None
    items = [(lead + a, lead + b) for a, b in _depth0_cuts(body[lead:])]
    if any(len(_ITEM_WORD.findall(body[a:b])) > _MAX_ITEM_WORDS for a, b in items):
        return None
    hits = [topic.matches(body[a:b], context) for a, b in items]
    if not any(hits) or all(hits):
        return None
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(items):
        if not hits[index]:
            index += 1
            continue
        start, end = items[index]
        index += 1
        while index < len(items) and _is_specifier(body[items[index][0] : items[index][1]]):
            end, index = items[index][1], index + 1
        spans.append((start, end))
    kept = list(judged)
    offset = len(judged) - len(body)  # a line's label before the sentence
    for start, end in spans:
        kept[offset + start : offset + end] = " " * (end - start)
    if topic.matches("".join(kept), context):
        return None
    return [
        (sentence.start + _skip_space(body, a), sentence.start + _trim(body, b)) for a, b in spans
    ]


#: A specifier of the item before it: "mild", "in early remission", "severe (F10.20)".
_SPECIFIER = re.compile(
    r"\s*(?:and\s+)?(?:mild|moderate|severe|in (?:early |sustained )?remission|in a controlled"
    r" environment|on maintenance therapy|uncomplicated|with [a-z][\w -]{0,30}|unspecified"
    r"|by history|provisional|rule[- ]out|r/o|per [a-z][\w .]{0,20})"
    r"(?:\s*\([^)]{0,30}\))?\s*[.]?\s*$",
    re.IGNORECASE,
)


def _is_specifier(item: str) -> bool:
    return bool(_SPECIFIER.match(item))


def _skip_space(body: str, start: int) -> int:
    while start < len(body) and body[start].isspace():
        start += 1
    return start


def _trim(body: str, end: int) -> int:
    while end > 0 and body[end - 1] in " \t.":
        end -= 1
    return end


def _topic_runs(
    text: str,
    found: Sequence[Sentence],
    judged: Sequence[str],
    topic: Topic,
    context: TopicContext,
) -> list[tuple[int, int]]:
    """A whole-text topic's own passages, or the sentence-by-sentence runs of the others."""
    if isinstance(topic, WholeTextTopic):
        return topic.passages(text, found, context)
    return _runs(text, found, judged, topic, context)


def _merge(spans: list[tuple[int, int, int]], ids: Sequence[str]) -> list[WithheldPassage]:
    """Overlapping (start, end, topic index) spans as passages naming all their topics."""
    merged: list[tuple[int, int, set[int]]] = []
    for start, end, index in sorted(spans):
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2] | {index})
        else:
            merged.append((start, end, {index}))
    passages = []
    for start, end, indexes in merged:
        names = [ids[k] for k in sorted(indexes)]
        passages.append(WithheldPassage(start, end, names[0], tuple(names[1:])))
    return passages


def _reads_blocks(topic: Topic) -> bool:
    """Whether the topic judges a line inside a relative's block with the block's head
    (the third-party topic: whose diagnosis "Medical: ..." is)."""
    return bool(getattr(topic, "reads_blocks", False))


def find_withheld(
    text: str, topic_ids: Sequence[str], context: TopicContext
) -> list[WithheldPassage]:
    """The passages of `text` to withhold for the given topics, sorted and non-overlapping.

    An unknown topic id is a `PolicyError`. Topics are listed in the order given, which
    decides the primary topic of a merged passage.
    """
    ids = list(dict.fromkeys(topic_ids))
    topics = [get_topic(t) for t in ids]
    present = [(index, topic) for index, topic in enumerate(topics) if topic.may_appear_in(text)]
    found = sentences(text) if present else []
    judged = [_judged(text, s) for s in found]
    blocks = (
        _in_blocks(text, found, judged, context.subject_names)
        if any(_reads_blocks(t) for _, t in present)
        else []
    )
    spans = [
        (start, end, index)
        for index, topic in present
        for start, end in _topic_runs(
            text, found, blocks if _reads_blocks(topic) else judged, topic,
            topic.prepare(text, context),
        )
    ]  # fmt: skip
    return [
        replace(p, start=_after_subject_label(text, p.start, p.end, context))
        for p in _merge(spans, ids)
    ]


def needs_part2_notice(text: str, context: TopicContext) -> bool:
    """Whether a released text still holds substance-use treatment content.

    Call it on the text being released under a policy that does not withhold
    `substance_use`: if it is True, the release must carry `PART2_NOTICE`. Our own
    withheld markers are ignored, so a text whose Part 2 content was withheld is False.
    """
    plain = _OUR_MARKER.sub(lambda m: " " * len(m.group(0)), text)
    return any(
        substance_use.TOPIC.matches(plain[s.start : s.end], context) for s in sentences(plain)
    )
