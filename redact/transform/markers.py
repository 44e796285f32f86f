"""The text our transforms write, recognisable again.

Redacting an already redacted text must change nothing: detection drops findings that lie
inside one of these markers, so "[PERSON]" or "Person K7QX" is never redacted a second time.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redact.transform.pseudonym import CODE_LENGTH, NOUNS

_NOUNS = "|".join(sorted({*NOUNS.values(), "Entity"}))
MARKER = re.compile(
    rf"\[[A-Z][A-Z_]*\]"  # placeholders and [REDACTED]
    r"|\[withheld(?::[^\]]*)?\]"  # withheld passages
    rf"|\b(?:{_NOUNS}) [A-Z2-7]{{{CODE_LENGTH}}}\b"  # pseudonyms
    r"|\b\d{3}XX\b"  # generalised ZIP codes
    r"|(?<![\w*])\*{3,}[0-9A-Z]{0,8}(?![\w*])"  # masked numbers, not markdown emphasis
    r"|(?<!\w)(?<!\d-)(?P<band>\d{0,2})0-(?P=band)9(?!\w|-\d)"  # ten-year age bands: 0-9, 30-39
    r"|(?<![\w:.+\-])\d{2,3}\+(?![\d:])"  # top-coded ages (90+), not a UTC offset's "00+"
)


#: A card's word right before four stars and four digits: a payment ledger or a card
#: terminal prints "visa ****4417", "MC ****0932" itself, and those last four digits find
#: the card. Our own mask never writes that after a card's word: a card number has 13 to 19
#: digits, so its mask has nine stars or more (an 8-digit account's "acct ****5678" is ours
#: and stays a marker, so redacting twice still changes nothing).
_CARD_TAIL = re.compile(r"\*{4}[0-9]{4}")
_CARD_WORD = re.compile(
    r"(?i:\b(?:visa|mc|mastercard|amex|discover|card)s?\b)[ \t]*"
    r"(?:(?i:no|nbr|ending(?:[ \t]+in)?)\.?)?[ \t]*[#:]?[ \t]*$"
)


def _printed_card_tail(text: str, marker: re.Match[str]) -> bool:
    """True when a starred marker is a card's last four as a source prints them."""
    return (
        _CARD_TAIL.fullmatch(marker.group()) is not None
        and _CARD_WORD.search(text, max(0, marker.start() - 30), marker.start()) is not None
    )


@lru_cache(maxsize=2)
def marker_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every marker in `text`, but a card's last four as a ledger prints
    them ("visa ****4417", `_CARD_TAIL`).

    Detection asks twice per text (before and after names are propagated); the scan is
    the same, so the last texts' answers are kept.
    """
    return tuple(m.span() for m in MARKER.finditer(text) if not _printed_card_tail(text, m))
