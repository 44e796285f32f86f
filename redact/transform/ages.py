"""Age generalisation: a band ("30-39") or a top-coded value ("90+").

Only the number inside the age expression changes ("a 34-year-old" -> "a 30-39-year-old"),
so the sentence still reads. A band already in the text is rewritten to itself, which keeps
redaction idempotent.
"""

from __future__ import annotations

import re

from redact.entities import label_for

_NUMBER = re.compile(r"(\d{1,3})(?:\s*[-–]\s*\d{1,3}|\+)?")


def generalize_age(text: str, band: int | None, over: int | None) -> str:
    """Replace the first number of an age expression by its band and/or top code."""
    match = _NUMBER.search(text)
    if match is None:
        return f"[{label_for('AGE')}]"
    age = int(match.group(1))
    if over is not None and age > over:
        replacement = f"{over + 1}+"
    elif band is not None:
        low = age - age % band
        replacement = f"{low}-{low + band - 1}"
    else:
        return text
    return text[: match.start()] + replacement + text[match.end() :]
