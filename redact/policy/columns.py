"""What a purpose policy does with each column of a table, by the column's kind.

A table export carries identifying details outside its text column too: the author's name,
the agency's client and note ids, exact visit dates. Each column has a kind (text, date,
identifier, person, category), and the policy's own entity rules decide what that kind
becomes, so a column is never governed more loosely than the same value written in a note:

- date: the rule for DATE_TIME (DATE_OF_BIRTH for a birth-date column, AGE for an age
  column): kept, generalised (to the year or month; ages to bands or 90+), or a placeholder;
- identifier: kept or masked when the rule for its entity type (CASE_NUMBER unless the
  column says otherwise: an ssn, phone or e-mail column) does so; otherwise what the
  policy's `columns.identifier` says: a keyed pseudonym (rows still link), a placeholder, or
  the column dropped;
- person: the rule for PERSON; the subject stays under policies that keep the subject; a
  column of staff (`author`, `worker`, `clinician`: who wrote the note) stays under policies
  that keep professionals (`professionals: keep`), like the author's signature in a note;
- category: kept (a note type, a programme code);
- text: redacted like a note.

A column whose kind is unknown is redacted as text, or, under policies whose `columns.unknown`
is `refuse` (releases to people with no right to anyone's identity), stops the run before
any work: a guess about a column nobody described is how a release leaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict

from redact.findings import Action

if TYPE_CHECKING:
    from redact.policy.model import Policy


class ColumnKind(StrEnum):
    """What a table column holds."""

    TEXT = "text"
    DATE = "date"
    IDENTIFIER = "identifier"
    PERSON = "person"
    CATEGORY = "category"


class ColumnAction(StrEnum):
    """What happens to every cell of a column."""

    KEEP = "keep"
    REDACT = "redact"  # run through the Redactor like a note
    GENERALIZE = "generalize"  # dates: year, or month and year
    MASK = "mask"  # all but the last characters hidden
    PSEUDONYM = "pseudonym"  # a keyed pseudonym, the same for the same value in the release
    PLACEHOLDER = "placeholder"  # `[PERSON]`, `[DATE]`, `[CASE_NUMBER]`
    REMOVE = "remove"  # `[REDACTED]`
    DROP = "drop"  # the column is left out of the output


class ColumnRules(BaseModel):
    """A policy's `columns:` section. Without one, the strictest choices apply."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    #: An identifier column whose entity rule does not keep or mask it.
    identifier: Literal["pseudonym", "placeholder", "drop"] = "drop"
    #: A column whose kind is neither declared nor confidently inferred.
    unknown: Literal["refuse", "text"] = "refuse"


#: Entity types an identifier column may stand for (by its name); CASE_NUMBER by default.
IDENTIFIER_TYPES = frozenset(
    {
        "CASE_NUMBER",
        "MEDICAL_RECORD_NUMBER",
        "MEMBER_ID",
        "US_SSN",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "US_DRIVER_LICENSE",
        "MEDICAL_LICENSE",
        "ZIP_CODE",
    }
)
DEFAULT_ENTITY: dict[ColumnKind, str] = {
    ColumnKind.DATE: "DATE_TIME",
    ColumnKind.IDENTIFIER: "CASE_NUMBER",
    ColumnKind.PERSON: "PERSON",
}


@dataclass(frozen=True)
class ColumnPlan:
    """One column's kind and what the policy does with it. Holds names, never values."""

    column: str
    kind: ColumnKind
    action: ColumnAction
    entity_type: str = ""
    granularity: Literal["year", "month"] = "year"
    keep_last: int = 4
    keep_subject: bool = False
    band: int | None = None  # ages under `generalize`
    over: int | None = None


#: Words of a column name that say it holds staff: the note's author, the worker.
STAFF_WORDS = frozenset(
    {"author", "worker", "staff", "clinician", "caseworker", "counselor", "counsellor",
     "therapist", "supervisor", "signer", "writer", "reviewer", "provider", "officer",
     "practitioner", "physician", "nurse", "employee", "prescriber", "pharmacist", "doctor",
     "dispenser"}
)  # fmt: skip
_NAME_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def staff_column(column: str) -> bool:
    """True when the column's name says it holds staff (`author`, `case_worker`, `StaffName`)."""
    return any(word.casefold() in STAFF_WORDS for word in _NAME_WORD.findall(column))


_PERSON_ACTIONS = {
    Action.KEEP: ColumnAction.KEEP,
    Action.PSEUDONYM: ColumnAction.PSEUDONYM,
    Action.REMOVE: ColumnAction.REMOVE,
}


def plan_column(
    policy: Policy, column: str, kind: ColumnKind | None, entity_type: str = ""
) -> ColumnPlan:
    """The plan for one column; `kind=None` (unknown) is redacted as text.

    The caller refuses unknown columns first when `policy.columns.unknown` is `refuse`.
    """
    if kind is None or kind is ColumnKind.TEXT:
        return ColumnPlan(column, kind or ColumnKind.TEXT, ColumnAction.REDACT)
    if kind is ColumnKind.CATEGORY:
        return ColumnPlan(column, kind, ColumnAction.KEEP)
    entity_type = entity_type or DEFAULT_ENTITY[kind]
    rule = policy.rule_for(entity_type)
    if kind is ColumnKind.DATE:
        if rule.action is Action.KEEP:
            action = ColumnAction.KEEP
        elif rule.action is Action.GENERALIZE:
            action = ColumnAction.GENERALIZE
        else:
            action = ColumnAction.PLACEHOLDER
        return ColumnPlan(
            column, kind, action, entity_type, rule.granularity or "year",
            band=rule.band, over=rule.over,
        )  # fmt: skip
    if kind is ColumnKind.PERSON:
        action = _PERSON_ACTIONS.get(rule.action, ColumnAction.PLACEHOLDER)
        if policy.professionals == "keep" and staff_column(column):
            action = ColumnAction.KEEP
        return ColumnPlan(column, kind, action, entity_type, keep_subject=policy.keep_subject)
    if rule.action is Action.KEEP:
        action = ColumnAction.KEEP
    elif rule.action is Action.MASK:
        action = ColumnAction.MASK
    elif rule.action is Action.GENERALIZE and entity_type == "ZIP_CODE":
        action = ColumnAction.GENERALIZE  # three digits, as in the text
    else:
        action = ColumnAction(policy.columns.identifier)
    return ColumnPlan(column, kind, action, entity_type, keep_last=rule.keep_last)


def refuses_unknown(policy: Policy) -> bool:
    """True when a column of unknown kind must stop the run."""
    return policy.columns.unknown == "refuse"
