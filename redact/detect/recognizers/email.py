"""E-mail addresses, validated against the bundled public-suffix snapshot only.

Presidio's `EmailRecognizer` checks each match with `tldextract.extract`, whose default
extractor fetches the public suffix list from the internet on first use and writes a cache
under the user's home. Case notes may be redacted on machines that must not talk to the
network, and a fetch would also make results depend on the day it ran. This subclass keeps
Presidio's pattern and scoring but validates with an extractor built on the snapshot that
ships inside tldextract: no URL to fetch, no cache directory.
"""

from __future__ import annotations

from typing import Final

import tldextract
from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import EmailRecognizer

from redact.detect.recognizers.cued import CuedPattern, CuedPatternRecognizer

#: Built once per process from the bundled snapshot; it never fetches or writes a cache.
_OFFLINE_TLD_EXTRACT: Final = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


#: Every match starts inside the run of address characters before an "@", so Presidio's
#: pattern is tried only there: the cue is the "@", and the run is read backwards from it
#: (read forwards, from every word's first character, it cost as much as the pattern).
_LOCAL_PART_RUN = r"[!#$%&'*+\-/=?^_`{|}~.\w]*"


def _patterns() -> list[Pattern]:
    return [
        CuedPattern(p.name, p.regex, p.score, "@", reach=0, back=_LOCAL_PART_RUN)
        for p in EmailRecognizer.PATTERNS
    ]


class OfflineEmailRecognizer(CuedPatternRecognizer, EmailRecognizer):
    """Presidio's e-mail recognizer (entity EMAIL_ADDRESS) that never touches the network.

    Its pattern is tried only where an "@" follows a run of address characters.
    """

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(patterns=_patterns(), supported_language=supported_language)

    def validate_result(self, pattern_text: str) -> bool:
        """Accept a match whose domain has a known public suffix ("b.com" yes, "b.c0m" no)."""
        return bool(_OFFLINE_TLD_EXTRACT(pattern_text).fqdn)
