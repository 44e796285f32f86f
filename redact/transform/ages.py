"""Age generalisation: a band ("30-39") or a top-coded value ("90+").

Only the number inside the age expression changes ("a 34-year-old" -> "a 30-39-year-old"),
so the sentence still reads. A band already in the text is rewritten to itself, which keeps
redaction idempotent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.entities import label_for
from redact.findings import Action, Finding
from redact.policy.model import Policy

_NUMBER = re.compile(r"(\d{1,3})(?:\s*[-–]\s*\d{1,3}|\+)?")
#: The "s" of a decade of life right after the number: "40s", "90's".
_DECADE_AFTER = re.compile(r"['’]?s\b")


_WORD_VALUES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "ninety": 90, "hundred": 100,
}  # fmt: skip
#: An age in words as the age recognizer takes them: 90 or more ("ninety-three", "one
#: hundred and two"), at the start of the span.
_SPELLED = re.compile(
    r"(?i:ninety(?:[ \t-]+(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?:one|a)[ \t-]+hundred(?:[ \t-]+(?:and[ \t-]+)?"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?![a-z])"
)


def spelled_number(text: str) -> tuple[int, int] | None:
    """The value and end of an age in words at the start of `text`, or None."""
    match = _SPELLED.match(text)
    if match is None:
        return None
    words = [w for w in re.findall(r"[a-z]+", match.group().lower()) if w in _WORD_VALUES]
    if "hundred" in words:
        return 100 + sum(_WORD_VALUES[w] for w in words[words.index("hundred") + 1 :]), match.end()
    return sum(_WORD_VALUES[w] for w in words), match.end()


def generalize_age(text: str, band: int | None, over: int | None) -> str:
    """Replace the first number of an age expression by its band and/or top code."""
    match = _NUMBER.search(text)
    if match is None:
        spelled = spelled_number(text)
        if spelled is None:
            return f"[{label_for('AGE')}]"
        value, end = spelled
        if over is not None and value > over:
            return f"{over + 1}+{text[end:]}"  # "ninety-three" -> "90+"
        if band is not None:
            low = value - value % band
            return f"{low}-{low + band - 1}{text[end:]}"
        return text
    age = int(match.group(1))
    decade = _DECADE_AFTER.match(text, match.end())
    if over is not None and age > over:
        replacement = f"{over + 1}+"
        if decade is not None:  # "in his 90s" -> "in his 90+", not "90+s"
            return text[: match.start()] + replacement + text[decade.end() :]
    elif decade is not None and band is not None and age % 10 == 0 and band <= 10:
        return text  # "in her 40s" is a ten-year band already
    elif band is not None:
        low = age - age % band
        replacement = f"{low}-{low + band - 1}"
    else:
        return text
    return text[: match.start()] + replacement + text[match.end() :]


def keep_unchanged_ages(text: str, findings: Sequence[Finding], policy: Policy) -> list[Finding]:
    """Decided findings with every age the policy's generalisation leaves as written set to
    `keep`.

    Safe Harbor generalises only ages over 89 ("90+"): "age 7" and "Pruett (18)" reach the
    recipient unchanged. Calling them generalised would tell the release log, the counts and
    the evaluation that the number was changed when it was not, so such an age is a keep.
    An age merged with anything else (a name beside it) was given another action by the
    overlap rules and is left alone.
    """
    rule = policy.rule_for("AGE")
    if rule.action is not Action.GENERALIZE:
        return list(findings)
    return [
        f.with_action(Action.KEEP)
        if f.entity_type == "AGE"
        and f.action is Action.GENERALIZE
        and generalize_age(text[f.start : f.end], rule.band, rule.over) == text[f.start : f.end]
        else f
        for f in findings
    ]
