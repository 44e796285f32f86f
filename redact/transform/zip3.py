"""ZIP code generalisation to the first three digits, as HIPAA Safe Harbor allows.

Safe Harbor keeps three digits only where the three-digit area holds more than 20,000
people; for the others it requires 000. The list below is the set of such prefixes from the
2000 Census, as published in HHS's de-identification guidance.
"""

from __future__ import annotations

import re
from typing import Final

RESTRICTED_PREFIXES: Final[frozenset[str]] = frozenset(
    {
        "036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830",
        "831", "878", "879", "884", "890", "893",
    }
)  # fmt: skip

_DIGITS = re.compile(r"\d{5}")


def generalize_zip(text: str) -> str:
    """`02139-4307` -> `021XX`; restricted areas -> `000XX`; no ZIP -> `[ZIP]`."""
    match = _DIGITS.search(text)
    if match is None:
        return "[ZIP]"
    prefix = match.group(0)[:3]
    return ("000" if prefix in RESTRICTED_PREFIXES else prefix) + "XX"
