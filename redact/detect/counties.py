"""Whether a capitalised word names a county: "Dane" of "Dane County", "Rock Co.".

A case style or an exhibit's header puts the court's county right after a party's name and
a comma ("Szymanski v. Brightwater, Dane County"), which reads like "Surname, Given": the
county would then be taken for a relative's given name and looked for everywhere.
"""

from __future__ import annotations

import regex

_COUNTY_AFTER = regex.compile(r"[ \t]+(?:County|Co\.|Parish|Borough)(?!\p{L})")


def county_follows(text: str, end: int) -> bool:
    """Whether a county word follows the word ending at `end` ("Dane" of "Dane County"):
    the word is a court's place, not a given name after a surname."""
    return _COUNTY_AFTER.match(text, end) is not None


__all__ = ["county_follows"]
