"""The kind of each table column: declared by the user, or inferred from its name and values.

Inference is deliberately narrow. A name says most (`client_id`, `note_date`, `author`,
`entered_by`); values settle the rest only when they leave no doubt (every sampled value a
date, an e-mail address or a phone number; short lower-case codes such as `home_visit`;
small numbers). Anything else is unknown, and the policy decides whether an unknown column
is redacted as text or stops the run. Only names and kinds are ever reported, never values.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from redact.errors import ColumnKindError
from redact.policy.columns import ColumnKind

_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")

#: Name tokens that make a column an identifier, and the entity type it stands for.
_ID_TOKENS: dict[str, str] = {
    "id": "CASE_NUMBER", "ids": "CASE_NUMBER", "uuid": "CASE_NUMBER", "guid": "CASE_NUMBER",
    "number": "CASE_NUMBER", "no": "CASE_NUMBER", "num": "CASE_NUMBER", "nbr": "CASE_NUMBER",
    "ref": "CASE_NUMBER", "reference": "CASE_NUMBER",
    "mrn": "MEDICAL_RECORD_NUMBER", "ssn": "US_SSN", "medicaid": "MEMBER_ID",
    "phone": "PHONE_NUMBER", "telephone": "PHONE_NUMBER", "tel": "PHONE_NUMBER",
    "mobile": "PHONE_NUMBER", "cell": "PHONE_NUMBER", "fax": "PHONE_NUMBER",
    "email": "EMAIL_ADDRESS", "mail": "EMAIL_ADDRESS", "npi": "MEDICAL_LICENSE",
    "license": "US_DRIVER_LICENSE", "licence": "US_DRIVER_LICENSE", "zip": "ZIP_CODE",
    "zipcode": "ZIP_CODE", "postcode": "ZIP_CODE", "postal": "ZIP_CODE",
}  # fmt: skip
_DATE_TOKENS = frozenset({"date", "dob", "birth", "birthday", "datetime", "timestamp"})
_DATE_SUFFIXES = frozenset({"at", "on", "time"})  # created_at, signed_on, start_time
_PERSON_TOKENS = frozenset(
    {"author", "worker", "staff", "clinician", "name", "by", "provider", "parent", "guardian",
     "caseworker", "counselor", "counsellor", "therapist", "supervisor", "signer", "writer",
     "reviewer", "officer", "contact", "firstname", "lastname", "fullname", "user", "username",
     "login", "handle",
     # a dosing or medication log's staff and witnesses: `nurse`, `prescriber`, `witness_initials`
     "nurse", "physician", "practitioner", "prescriber", "doctor", "pharmacist", "dispenser",
     "witness", "initials", "employee", "advocate", "aide"}
)  # fmt: skip
#: Free text, places and institutions, medications: all are redacted like a note (the
#: Redactor finds the names, places and schools in them; the topics withhold what they must).
_TEXT_TOKENS = frozenset(
    {"text", "note", "notes", "comment", "comments", "summary", "narrative", "description",
     "details", "body", "content", "assessment", "plan", "observations", "remarks", "concerns",
     "goals", "progress", "message", "reason", "address", "street", "city", "town", "county",
     "location", "site", "school", "office", "agency", "facility", "placement", "employer",
     "hospital", "clinic", "shelter", "residence", "neighborhood", "neighbourhood",
     # a medication and its dose: read like a note, so a withheld topic (a Part 2 drug, "16 mg/4
     # mg Suboxone") is withheld from the column as from the note beside it
     "medication", "medications", "meds", "drug", "dose", "dosage", "route", "strength",
     "prescription"}
)  # fmt: skip
#: A value of this many words is prose, whatever the column is called.
PROSE_WORDS = 8
_CATEGORY_TOKENS = frozenset(
    {"type", "kind", "category", "status", "program", "programme", "service", "setting",
     "code", "level", "outcome", "result", "mode", "method", "format", "flag", "priority",
     "tier", "unit", "team", "stage", "phase", "source",
     # a contact's relation to the client ("contact.relation": mother, partner, landlord)
     "relation", "relationship"}
)  # fmt: skip
#: Numbers that could identify or need a rule of their own are never taken as categories.
_NOT_NUMERIC_CATEGORY = frozenset({"zip", "zipcode", "postal", "year", "yob", "postcode"})

_ISO_DATE = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
_CLOCK = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?$")
_US_DATE = re.compile(r"^\d{1,2}/\d{1,2}/(?:\d{2}|\d{4})$")
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_PHONE = re.compile(r"^\+?1?[\s.-]?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}$")
#: `52907`, `RA-SW-1041`, `N45008`: one token with four digits or more is an id of some kind.
_ID_VALUE = re.compile(r"^(?=(?:\D*\d){4})[A-Za-z0-9][A-Za-z0-9\-_#/]*$")
_CODE = re.compile(r"^[a-z][a-z0-9_\-/]{0,30}$")
_SMALL_NUMBER = re.compile(r"^-?\d{1,3}(?:\.\d+)?$")
#: Two capitalised words in a row look like a name or a place, never a confident category;
#: so does "Smith, John", a name inverted.
_PROPER_NAME = re.compile(r"\b[A-Z][\w'.-]*,?\s+[A-Z][\w'.-]*")
#: Name tokens that say a column holds a type of record, whatever its case: an HMIS or EHR
#: export writes its `note_type` or `service_type` in title case ("Street Outreach Contact",
#: "Coordinated Entry"), two capitalised words that elsewhere could be a name or a place.
_TYPE_TOKENS = frozenset({"type", "kind", "category", "status"})
#: A short label of words only: no digits, no initial or title's dot, no comma of "Last, First",
#: at most four words ("Jail in-reach", "Case Management - Phone").
_TYPE_LABEL = re.compile(
    r"^(?=.{1,40}$)[A-Za-z][A-Za-z'&/-]*(?:[ ]+(?:-[ ]+)?[A-Za-z][A-Za-z'&/-]*){0,3}$"
)
_BOOLEAN = frozenset({"y", "n", "yes", "no", "true", "false", "t", "f", "0", "1"})


@dataclass(frozen=True)
class KindGuess:
    """A column's kind (None when unknown) and the entity type it stands for, if any."""

    kind: ColumnKind | None
    entity_type: str = ""


def name_tokens(column: str) -> list[str]:
    """`noteDate`, `note_date`, `Note Date` -> ['note', 'date']."""
    return [t.lower() for t in _WORD.findall(column)]


#: Tokens that name an identifier wherever they stand (`phone_number`, `ssn_last4`).
_SPECIFIC_ID = (
    "mrn", "ssn", "medicaid", "phone", "telephone", "mobile", "fax", "email", "npi", "zip",
    "zipcode", "postcode", "postal",
)  # fmt: skip


def _by_name(tokens: Sequence[str]) -> KindGuess | None:
    if not tokens:
        return None
    for token in _SPECIFIC_ID:
        if token in tokens:
            return KindGuess(ColumnKind.IDENTIFIER, _ID_TOKENS[token])
    if tokens[-1] in _ID_TOKENS:
        return KindGuess(ColumnKind.IDENTIFIER, _ID_TOKENS[tokens[-1]])
    if "age" in tokens:
        return KindGuess(ColumnKind.DATE, "AGE")  # an age is a date element (Safe Harbor)
    if "dob" in tokens or "birth" in tokens or "birthday" in tokens:
        return KindGuess(ColumnKind.DATE, "DATE_OF_BIRTH")
    if _DATE_TOKENS & set(tokens) or (len(tokens) > 1 and tokens[-1] in _DATE_SUFFIXES):
        return KindGuess(ColumnKind.DATE, "DATE_TIME")
    if tokens[-1] in _TEXT_TOKENS or (tokens[-1] == "name" and _TEXT_TOKENS & set(tokens)):
        return KindGuess(ColumnKind.TEXT)  # `staff_notes`, `school_name`, `placement`
    if tokens[-1] in _CATEGORY_TOKENS:
        return None  # `provider_type`, `contact_method`: the values decide
    if _PERSON_TOKENS & set(tokens):
        return KindGuess(ColumnKind.PERSON, "PERSON")
    return None


def _all(values: Sequence[str], pattern: re.Pattern[str]) -> bool:
    return bool(values) and all(pattern.match(v) for v in values)


def _by_values(tokens: Sequence[str], values: Sequence[str]) -> KindGuess | None:
    if not values:
        return None
    if any(len(v.split()) >= PROSE_WORDS for v in values):
        return KindGuess(ColumnKind.TEXT)
    if _all(values, _ISO_DATE) or _all(values, _US_DATE) or _all(values, _CLOCK):
        return KindGuess(ColumnKind.DATE, "DATE_TIME")
    if _all(values, _EMAIL):
        return KindGuess(ColumnKind.IDENTIFIER, "EMAIL_ADDRESS")
    if _all(values, _PHONE):
        return KindGuess(ColumnKind.IDENTIFIER, "PHONE_NUMBER")
    if all(v.lower() in _BOOLEAN for v in values):
        return KindGuess(ColumnKind.CATEGORY)
    if _all(values, _ID_VALUE):
        return KindGuess(ColumnKind.IDENTIFIER, "CASE_NUMBER")
    if _all(values, _CODE):
        return KindGuess(ColumnKind.CATEGORY)
    if _all(values, _SMALL_NUMBER) and not _NOT_NUMERIC_CATEGORY & set(tokens):
        return KindGuess(ColumnKind.CATEGORY)
    short = all(len(v) <= 40 and not _PROPER_NAME.search(v) for v in values)
    if short and tokens and tokens[-1] in _CATEGORY_TOKENS:
        return KindGuess(ColumnKind.CATEGORY)  # `program`: WIC, SNAP, Head Start is two words
    if tokens and tokens[-1] in _TYPE_TOKENS and _all(values, _TYPE_LABEL):
        return KindGuess(ColumnKind.CATEGORY)  # `note_type`: "Street Outreach Contact"
    return None


def infer_kind(column: str, values: Iterable[object]) -> KindGuess:
    """The kind of a column from its name, else from a sample of its values; else unknown."""
    tokens = name_tokens(column)
    by_name = _by_name(tokens)
    if by_name is not None and by_name.kind is not ColumnKind.PERSON:
        return by_name
    sample = [str(v).strip() for v in values if v is not None and v == v and str(v).strip()]
    by_values = _by_values(tokens, sample)
    if by_name is None:
        return by_values or KindGuess(None)
    if by_values is not None and by_values.kind is ColumnKind.IDENTIFIER:
        return by_values  # a `contact` column of e-mail addresses is an identifier
    return by_name


def parse_declarations(pairs: Iterable[str]) -> dict[str, ColumnKind]:
    """`--column-kind author=person` options as {column: kind}."""
    declared: dict[str, ColumnKind] = {}
    for pair in pairs:
        column, sep, kind = pair.partition("=")
        if not sep or not column.strip():
            raise ColumnKindError(f"--column-kind '{pair}': use COLUMN=KIND")
        declared[column.strip()] = _kind(kind.strip(), f"--column-kind {column.strip()}")
    return declared


def load_declarations(path: Path) -> dict[str, ColumnKind]:
    """A `--columns` YAML file: a mapping of column name to kind."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ColumnKindError(
            f"cannot read column kinds file {path}: {type(exc).__name__}"
        ) from None
    if isinstance(raw, dict) and set(raw) == {"columns"} and isinstance(raw["columns"], dict):
        raw = raw["columns"]
    if not isinstance(raw, dict):
        raise ColumnKindError(f"column kinds file {path} must map column names to kinds")
    return {str(c): _kind(str(k), f"{path}: {c}") for c, k in raw.items()}


def _kind(text: str, where: str) -> ColumnKind:
    try:
        return ColumnKind(text.lower())
    except ValueError:
        known = ", ".join(k.value for k in ColumnKind)
        raise ColumnKindError(f"{where}: unknown column kind '{text}' (known: {known})") from None


def describe_kinds(kinds: Mapping[str, KindGuess]) -> str:
    """`note_id=identifier, author=person, notes=unknown`: names and kinds only."""
    return ", ".join(f"{c}={g.kind.value if g.kind else 'unknown'}" for c, g in kinds.items())
