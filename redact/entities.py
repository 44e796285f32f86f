"""The entity types this tool knows, in one place.

Recognizers emit these names, policies give each a rule, and a test walks the list to check
that every built-in policy covers every type. A type outside this list still gets a rule: the
policy's strictest one (see `redact.policy.model.Policy.rule_for`).
"""

from __future__ import annotations

from typing import Final

#: Entity type -> short human label used in placeholders and summaries.
ENTITY_LABELS: Final[dict[str, str]] = {
    "PERSON": "PERSON",
    "LOCATION": "LOCATION",
    "ORGANIZATION": "ORGANIZATION",
    "NRP": "NRP",
    "DATE_TIME": "DATE",
    "AGE": "AGE",
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "URL": "URL",
    "IP_ADDRESS": "IP_ADDRESS",
    "US_SSN": "SSN",
    "US_ITIN": "ITIN",
    "CREDIT_CARD": "CARD_NUMBER",
    "IBAN_CODE": "IBAN",
    "US_BANK_NUMBER": "ACCOUNT_NUMBER",
    "US_DRIVER_LICENSE": "DRIVER_LICENSE",
    "US_PASSPORT": "PASSPORT",
    "MEDICAL_LICENSE": "LICENSE_NUMBER",
    "STREET_ADDRESS": "ADDRESS",
    "ZIP_CODE": "ZIP",
    "CASE_NUMBER": "CASE_NUMBER",
    "MEMBER_ID": "MEMBER_ID",
    "MEDICAL_RECORD_NUMBER": "MRN",
    "REPORT_NUMBER": "REPORT_NUMBER",
    "ID_NUMBER": "ID_NUMBER",
    "SOCIAL_HANDLE": "HANDLE",
    "SCHOOL": "SCHOOL",
    "HEALTHCARE_FACILITY": "FACILITY",
    "AGENCY": "AGENCY",
    "EMPLOYER": "EMPLOYER",
    "VEHICLE_PLATE": "PLATE",
    "DATE_OF_BIRTH": "DOB",
    "MONEY": "AMOUNT",
}

ENTITY_TYPES: Final[tuple[str, ...]] = tuple(ENTITY_LABELS)

#: Each type in words a client understands, for the accounting of disclosures and other
#: records read by people who do not know our type codes.
PLAIN_WORDS: Final[dict[str, str]] = {
    "PERSON": "names of people",
    "LOCATION": "places",
    "ORGANIZATION": "names of organisations",
    "NRP": "nationality, religion or political group",
    "DATE_TIME": "dates",
    "AGE": "ages",
    "PHONE_NUMBER": "phone numbers",
    "EMAIL_ADDRESS": "e-mail addresses",
    "URL": "web addresses",
    "IP_ADDRESS": "internet (IP) addresses",
    "US_SSN": "Social Security numbers",
    "US_ITIN": "taxpayer numbers (ITIN)",
    "CREDIT_CARD": "card numbers",
    "IBAN_CODE": "bank account numbers (IBAN)",
    "US_BANK_NUMBER": "bank account numbers",
    "US_DRIVER_LICENSE": "driver's licence numbers",
    "US_PASSPORT": "passport numbers",
    "MEDICAL_LICENSE": "professional licence numbers",
    "STREET_ADDRESS": "street addresses",
    "ZIP_CODE": "ZIP codes",
    "CASE_NUMBER": "case and file numbers",
    "MEMBER_ID": "insurance and Medicaid numbers",
    "MEDICAL_RECORD_NUMBER": "medical record numbers",
    "SOCIAL_HANDLE": "social media names",
    "SCHOOL": "names of schools",
    "HEALTHCARE_FACILITY": "names of clinics and hospitals",
    "AGENCY": "names of agencies",
    "EMPLOYER": "names of employers",
    "VEHICLE_PLATE": "licence plates",
    "DATE_OF_BIRTH": "dates of birth",
    "MONEY": "amounts of money",
    "REPORT_NUMBER": "report and incident numbers",
    "ID_NUMBER": "other identity numbers",
}


def plain_words(entity_type: str) -> str:
    """A type in words a client understands; an unknown type in lower case, as words."""
    return PLAIN_WORDS.get(entity_type, entity_type.replace("_", " ").lower())


#: Types whose value is a person's name; the subject matcher and name propagation use these.
#: Broad NER types: when they overlap a specific pattern finding, the specific type wins.
GENERIC_TYPES: Final[frozenset[str]] = frozenset({"DATE_TIME", "ORGANIZATION", "LOCATION", "NRP"})

NAME_TYPES: Final[frozenset[str]] = frozenset({"PERSON"})


def label_for(entity_type: str) -> str:
    """The placeholder label of a type; unknown types get their own name, upper-cased."""
    return ENTITY_LABELS.get(entity_type, entity_type.upper())
