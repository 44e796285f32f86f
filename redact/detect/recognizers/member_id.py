"""Medicaid, Medicare and health-insurance member, policy and group numbers.

Eligibility checks and referrals copy a client's benefit numbers into the note ("Medicaid
ID 1234567890", "member ID XJH123456789"). Each one is a key into a benefits system that
holds the person's name, address and claims history, so it is as identifying as an SSN.

Like case numbers, these are only taken after a keyword; the keyword stays outside the span.
The Medicare Beneficiary Identifier (MBI) is the exception: its eleven characters follow a
fixed scheme (digit, letter, letter-or-digit, digit, ... with S, L, O, I, B and Z never
used), specific enough to be found without a keyword at a moderate score.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPattern, CuedPatternRecognizer, LeanPattern

#: Programme names: a number right after one of these is a member number even without "ID".
_PROGRAM = (
    r"(?:medicaid|medicare|medi-cal|masshealth|tenncare|soonercare|badgercare|tricare"
    r"|champva|mbi|hicn"
    # a state's Medicaid client number by its own name: "DCN" (departmental client number),
    # "CIN" (client identification number), and programmes named for the state
    r"|dcn|cin|healthnet|kancare|peachcare|husky health"
    # a drug assistance programme's enrolment ("ADAP GA-ADAP-0447192") and Arizona's
    # Medicaid and its long-term care ("AHCCCS A70418823", "ALTCS PENDING (A70418823)")
    r"|adap|ahcccs|altcs)"
)
#: A programme's part or the enrolment's state between it and the number: "MEDICARE A
#: (7XK4RT9MW63)", "Medicare Part B", "ADAP active (GA-ADAP-0447192)", "ALTCS PENDING (...)".
_STATUS = (
    r"(?:\s+(?:part\s+)?[ab](?:/[ab])?(?![\w\-])|\s+(?:active|pending|approved|enrolled"
    r"|eligible|applied|recertified))?"
)
#: Generic words that need a marker ("member ID", "policy no.") before the number.
_HOLDER = (
    r"(?:member|membership|subscriber|policy|group|beneficiary|recipient|insurance|insured"
    r"|plan|coverage|benefits?|chip|husky|ebt)"
)
_MARKER = r"(?:id|ident|identifier|number|num|no|#|card(?:\s+(?:number|no|#))?)\.?"
#: Between the label and the id; markdown emphasis ("**Medicaid ID:** 123") is allowed.
_GLUE = r"(?:[*_]{0,3}\s*(?:is|was|:|#|\())?[*_]{0,3}\s*(?:#\s*)?"
#: Letters and digits with inner dashes or dots, at least one digit and four characters.
_ID = (
    r"(?=[\w\-.]*\d)(?=[\w\-.]{4})"
    r"[A-Z0-9](?:[A-Z0-9]|[\-.](?=[A-Z0-9]))*(?<=\d[A-Z]{0,3})(?![\w\-/])"
)
#: Medicare Beneficiary Identifier letters: the alphabet without S, L, O, I, B and Z.
_MBI_ALPHA = "[AC-HJKMNP-RT-Y]"
_MBI_ALNUM = "[AC-HJKMNP-RT-Y0-9]"


class MemberIdRecognizer(CuedPatternRecognizer):
    """Find benefit and insurance member, policy and group numbers (entity MEMBER_ID).

    - programme name + marker + identifier ("Medicaid #: MA12345678"): 0.85;
    - programme name + identifier of six or more characters ("MassHealth 100012345678"):
      0.7, so "Medicaid 2019" is not taken;
    - generic holder word + marker + identifier ("policy number 55-AB-99012"): 0.8;
    - a bare MBI ("1EG4-TE5-MK73"), by its fixed character scheme: 0.5.
    """

    ENTITY: ClassVar[str] = "MEMBER_ID"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        CuedPattern(
            "member id (programme and marker)",
            rf"(?<=\b{_PROGRAM}\s*{_MARKER}{_GLUE}){_ID}",
            0.85,
            cue=rf"\b{_PROGRAM}\s*{_MARKER}",
            starts=r"\w",
        ),
        CuedPattern(
            "member id (programme only, six or more characters)",
            rf"(?<=\b{_PROGRAM}{_STATUS}{_GLUE})(?=[\w\-.]{{6}}){_ID}",
            0.7,
            cue=rf"\b{_PROGRAM}{_STATUS}{_GLUE}(?=[\w\-.]*\d)",
        ),
        CuedPattern(
            "member id (holder and marker)",
            rf"(?<=\b{_HOLDER}\s+{_MARKER}{_GLUE}){_ID}",
            0.8,
            cue=rf"\b{_HOLDER}\s+{_MARKER}",
        ),
        LeanPattern(
            "Medicare beneficiary identifier (bare)",
            rf"\b[1-9]{_MBI_ALPHA}{_MBI_ALNUM}\d-?{_MBI_ALPHA}{_MBI_ALNUM}\d-?"
            rf"{_MBI_ALPHA}{{2}}\d{{2}}\b",
            0.5,
        ),
    )

    CONTEXT: ClassVar[tuple[str, ...]] = (
        "medicaid",
        "medicare",
        "insurance",
        "member",
        "subscriber",
        "policy",
        "beneficiary",
        "mbi",
        "coverage",
        "plan",
    )
