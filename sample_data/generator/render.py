"""Render a template with typed slots into text plus exact character spans.

A template is a `str.format`-style string. Each slot is either a `Tagged` string (a label, or
None for plain words such as pronouns), a `datetime.date` (always DATE_TIME; the format spec
picks the written form) or an `Age` (always AGE). Spans are recorded while the text is built,
so their offsets are exact by construction; nothing is found again by regex afterwards.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Tagged:
    """A slot value and its entity label (None: plain text, not an identifier)."""

    label: str | None
    value: str


@dataclass(frozen=True, slots=True)
class Age:
    """An age in years, written as `{age:hy}` 34-year-old, `{age:age}` age 34, `{age:yo}`."""

    years: int


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True, slots=True)
class Rendered:
    text: str
    spans: tuple[Span, ...]


Slot = Tagged | dt.date | Age

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(day: dt.date, spec: str) -> str:
    """Write a date the ways US case notes do; the spec names the form."""
    month = MONTHS[day.month - 1]
    forms = {
        "slash": f"{day.month:02d}/{day.day:02d}/{day.year}",  # 03/14/2026
        "md": f"{day.month}/{day.day}",  # 3/14
        "long": f"{month} {day.day}, {day.year}",  # March 14, 2026
        "iso": day.isoformat(),  # 2026-03-14
        "dm": f"{day.day} {month}",  # 14 March
        "short": f"{day.month}/{day.day}/{day.year % 100:02d}",  # 3/14/26
        "abbr": f"{month[:3]}. {day.day}, {day.year}",  # Mar. 14, 2026
        "mday": f"{month} {day.day}",  # March 14
    }
    return forms[spec or "slash"]


def format_age(age: Age, spec: str) -> str:
    forms = {
        "hy": f"{age.years}-year-old",
        "age": f"age {age.years}",
        "yo": f"{age.years} years old",
    }
    return forms[spec or "hy"]


def render(template: str, slots: Mapping[str, Slot]) -> Rendered:
    """Fill `template` from `slots`, recording a span for every labelled value."""
    parts: list[str] = []
    spans: list[Span] = []
    pos = 0
    for literal, field, spec, _conv in string.Formatter().parse(template):
        parts.append(literal)
        pos += len(literal)
        if field is None:
            continue
        slot = slots[field]
        label: str | None
        if isinstance(slot, Tagged):
            label, value = slot.label, slot.value
        elif isinstance(slot, Age):
            label, value = "AGE", format_age(slot, spec or "")
        else:
            label, value = "DATE_TIME", format_date(slot, spec or "")
        if label is not None:
            spans.append(Span(pos, pos + len(value), label, value))
        parts.append(value)
        pos += len(value)
    text = "".join(parts)
    for span in spans:
        assert text[span.start : span.end] == span.text, span
    return Rendered(text, tuple(spans))


def as_markdown(template: str) -> str:
    """The same note as Markdown: a `#` title and bold header labels (body unchanged)."""
    lines = template.split("\n")
    out = [f"# {lines[0].title()}"]
    in_header = True
    for line in lines[1:]:
        if not line:
            in_header = False
        if in_header and ": " in line:
            label, rest = line.split(": ", 1)
            line = f"- **{label}:** {rest}"
        out.append(line)
    return "\n".join(out)


def as_table_header(template: str) -> str:
    """Header lines become `Label<TAB>value` rows (the .docx writer turns them into a table)."""
    lines = template.split("\n")
    out = [lines[0]]
    in_header = True
    for line in lines[1:]:
        if not line:
            in_header = False
        if in_header and ": " in line:
            line = line.replace(": ", "\t", 1)
        out.append(line)
    return "\n".join(out)
