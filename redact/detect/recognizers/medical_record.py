"""Hospital and clinic medical record numbers.

Notes about hospital stays, psychiatric holds and clinic referrals quote the record number
("MRN 00482913", "medical record #889213"). It is a HIPAA identifier: anyone with access to
that hospital's system can pull the full chart with it.

A record number is just digits, so it is only taken after a keyword ("MRN", "medical
record", "chart", "patient ID", "hospital number"); the keyword stays outside the span.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPattern, CuedPatternRecognizer

#: Keywords that stand for a record number on their own: "MRN 00482913", "MR# 4481".
_ABBREVIATION = r"(?:mrn|mr\s*#|med\s*rec\.?(?:\s*(?:no|#|number)\.?)?)"
#: Keywords that need a marker: "medical record number", "chart no.", "patient ID".
_RECORD = (
    r"(?:medical\s+records?|health\s+records?|hospital|chart|patient|patient\s+account"
    r"|encounter|admission)"
)
_MARKER = r"(?:number|num|no|nbr|id|#)\.?"
#: Between the label and the id; markdown emphasis ("**MRN:** 123") is allowed.
_GLUE = r"(?:[*_]{0,3}\s*(?:is|was|:|#))?[*_]{0,3}\s*(?:#\s*)?"
#: Whose record it is, between the label and the number, in a family's file: "chart no. for
#: Mila ORP-448210", "MRN of Owen Pike: 4481-223".
_FOR_WHOM = r"(?:\s+(?:for|of)\s+(?-i:\p{Lu})[\p{L}'’-]+(?:\s+(?-i:\p{Lu})[\p{L}'’-]+)?)?"
#: Digits or letters with inner dashes; at least one digit and four characters.
_ID = (
    r"(?=[\w\-.]*\d)(?=[\w\-.]{4})"
    r"[A-Z0-9](?:[A-Z0-9]|[\-.](?=[A-Z0-9]))*(?<=\d[A-Z]{0,2})(?![\w\-/])"
)


class MedicalRecordNumberRecognizer(CuedPatternRecognizer):
    """Find medical record numbers (entity MEDICAL_RECORD_NUMBER).

    - "MRN" or "med rec" + identifier ("MRN: 4481-223"): 0.85;
    - record word + marker + identifier ("medical record #889213", "chart no. 5512"): 0.8.
    """

    ENTITY: ClassVar[str] = "MEDICAL_RECORD_NUMBER"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        CuedPattern(
            "record number (abbreviation)",
            rf"(?<=\b{_ABBREVIATION}{_FOR_WHOM}{_GLUE}){_ID}",
            0.85,
            cue=rf"\b{_ABBREVIATION}",
        ),
        CuedPattern(
            "record number (keyword and marker)",
            rf"(?<=\b{_RECORD}\s*{_MARKER}{_FOR_WHOM}{_GLUE}){_ID}",
            0.8,
            cue=rf"\b{_RECORD}",
        ),
    )

    CONTEXT: ClassVar[tuple[str, ...]] = (
        "mrn",
        "medical",
        "record",
        "chart",
        "hospital",
        "patient",
    )
