"""A weekday written beside a date belongs to the date: "Wed 3/12", "date: mon, sep 22, 2025".

Safe Harbor removes every element of a date but the year, and a weekday is one: with the
year the recipient keeps, "Wed" beside "3/12" narrows the day to one of four or five. Email
headers and terse notes write the weekday in every case and abbreviation ("tue,", "Thurs.",
"WED"), and the date recognizers take the date after it but not the word, so the recipient
read "mon, 2025". A weekday right before a date finding (a comma or a full stop between
them at most), or in brackets right after one ("3/12 (Wed)"), joins the finding. A weekday
with no date beside it ("seen Mon") is no date element and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from redact.findings import Finding

DATE_TYPES = frozenset({"DATE_TIME", "DATE_OF_BIRTH"})

_WEEKDAY = (
    r"(?i:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)"
)
#: A weekday closing the text before a date: "Wed ", "mon, ", "Thurs. ".
_BEFORE = re.compile(rf"(?<![\w/-])({_WEEKDAY})\.?,?[ \t]+$")
#: A weekday in brackets opening the text after a date: " (Wed)".
_AFTER = re.compile(rf"^[ \t]*\([ \t]*{_WEEKDAY}\.?[ \t]*\)")
#: How far back a weekday and its separators can reach.
_REACH = 12


def with_weekdays(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` with each date grown over a weekday written right before or after it."""
    grown = []
    for finding in findings:
        if finding.entity_type not in DATE_TYPES:
            grown.append(finding)
            continue
        start, end = finding.start, finding.end
        low = max(0, start - _REACH)
        before = _BEFORE.search(text[low:start])
        if before is not None:
            start = low + before.start(1)
        after = _AFTER.match(text[end : end + _REACH])
        if after is not None:
            end += after.end()
        if (start, end) != (finding.start, finding.end):
            finding = replace(finding, start=start, end=end)
        grown.append(finding)
    return grown
