"""A county named after "County of" ("FOR THE COUNTY OF MULTNOMAH", "County of Lorain").

Court captions and some agencies put the county's name after the word: "IN THE CIRCUIT
COURT OF THE STATE OF OREGON FOR THE COUNTY OF MULTNOMAH". NER reads "Multnomah County"
but rarely a name standing after "of", least of all in capitals; a county narrows a client
down as a town does. The name is one to three capitalised words on the same line, and
stops before a word that starts a body's name ("County of Lorain Department of ...").
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPatternRecognizer, LeanPattern

#: A capitalised word of a county's name, in title case or in capitals.
_WORD = r"\p{Lu}[\p{L}'’.]*(?:-\p{Lu}[\p{L}'’.]*)?"
#: Words that begin the name of a body after the county, not the county's name.
_NOT_NAME = (
    r"(?!(?i:department|dept|court|board|sheriff|office|division|juvenile|family|probate"
    r"|superior|circuit|district|human|social|health|public|state|county|in|and|the)"
    r"(?![\p{L}]))"
)


class CountyOfRecognizer(CuedPatternRecognizer):
    """Find the name after "County of" / "Parish of" / "Borough of" (LOCATION, 0.7)."""

    ENTITY: ClassVar[str] = "LOCATION"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        LeanPattern(
            "name after 'County of'",
            rf"(?<=\b(?i:county|parish|borough)[ \t]+(?i:of)[ \t]+){_NOT_NAME}{_WORD}"
            rf"(?:[ \t]{_NOT_NAME}{_WORD}){{0,2}}(?![\p{{L}}\d])",
            0.7,
        ),
    )

    #: Case-sensitive: a county's name is capitalised, the words around it are not.
    FLAGS: ClassVar[int] = 0
