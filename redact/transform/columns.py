"""Applying column plans to the cells of a table chunk (every column but the text ones).

Pure functions of a value, its column's plan, the release key and the row's subject names.
Identifier pseudonyms are keyed by the entity type and the value only (not the column), so
the same client id is the same pseudonym in every table and chunk of a release, and rows
still link; person pseudonyms are the ones the text uses (`ReleaseKey.pseudonym`), so the
author column's pseudonym is the name's pseudonym in the notes too.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, cast

import pandas as pd

from redact.detect.job_titles import is_role
from redact.detect.names import person_key
from redact.detect.subject_key import subject_key
from redact.entities import label_for
from redact.policy.columns import ColumnAction, ColumnKind, ColumnPlan
from redact.transform.ages import generalize_age
from redact.transform.dates import UNPARSEABLE, generalize_date
from redact.transform.operators import REMOVED, mask, placeholder
from redact.transform.pseudonym import ReleaseKey, normalize_name
from redact.transform.zip3 import generalize_zip

#: Base32 characters of an identifier pseudonym: 50 bits, so a million distinct ids almost
#: never collide (two clients sharing one pseudonym would merge their rows for a researcher).
ID_CODE_LENGTH = 10
#: `L. Harjo, LCSW`: a name followed by credentials (tokens with two or more capitals).
_CREDENTIALS = re.compile(
    r",\s*((?:[A-Z][A-Za-z.\-]{0,9}[A-Z][A-Za-z.\-]{0,9})(?:\s*[,/]\s*[A-Z][A-Za-z.\-]{0,9}"
    r"[A-Z][A-Za-z.\-]{0,9})*)\s*$"
)
_NAME_SEPARATOR = re.compile(r"\s*[;|]\s*")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})(?:-\d{2})?(?:[T ][\d:.+\-Z]*)?\s*$")


def identifier_pseudonym(key: ReleaseKey, entity_type: str, value: str) -> str:
    """`ID-K7QXM2A9PB`: the same for the same (key, type, value), unlinkable without the key."""
    message = f"column\0{entity_type}\0{value.strip().casefold()}".encode()
    digest = hmac.new(key.secret, message, hashlib.sha256).digest()
    return "ID-" + base64.b32encode(digest).decode()[:ID_CODE_LENGTH]


def generalize_date_cell(value: str, granularity: str) -> str:
    """An ISO date stays ISO (`2025`, `2025-08`); other spellings as in the text."""
    match = _ISO_DATE.match(value)
    if match:
        year, month = match.groups()
        return year if granularity == "year" else f"{year}-{month}"
    result = generalize_date(value, "month" if granularity == "month" else "year")
    return result if result != UNPARSEABLE else placeholder("DATE_TIME")


def _split_credentials(name: str) -> tuple[str, str]:
    match = _CREDENTIALS.search(name)
    if match is None:
        return name, ""
    return name[: match.start()], name[match.start() :]


def person_cell(value: str, plan: ColumnPlan, key: ReleaseKey, subject: Sequence[str]) -> str:
    """Each name of the cell (`;`-separated) replaced; credentials after a comma kept, and a
    part that is a role and no name ("front desk", "Case Manager") kept whole."""
    subjects = {normalize_name(s) for s in subject}
    out = []
    for part in _NAME_SEPARATOR.split(value.strip()):
        name, credentials = _split_credentials(part)
        if (
            plan.action is ColumnAction.KEEP
            or (plan.keep_subject and normalize_name(name) in subjects)
            or is_role(part)  # "front desk", "Case Manager": who wrote it, and no name
        ):
            out.append(part)
        elif plan.action is ColumnAction.PSEUDONYM:
            # keyed as the text keys the same person (`key_groups`, `subject_key`): the
            # worker in a table's column is the worker signed in the notes
            person = subject_key(subject) if normalize_name(name) in subjects else None
            out.append(key.pseudonym("PERSON", person or person_key(name)) + credentials)
        elif plan.action is ColumnAction.REMOVE:
            out.append(REMOVED + credentials)
        else:
            out.append(placeholder("PERSON") + credentials)
    return "; ".join(out)


def _missing(value: object) -> bool:
    """None, NaN, NaT or pandas' NA: nothing to govern."""
    return value is None or (not isinstance(value, str) and bool(pd.isna(cast(Any, value))))


def govern_cell(value: object, plan: ColumnPlan, key: ReleaseKey, subject: Sequence[str]) -> object:
    """One non-text cell as the recipient gets it; missing cells stay missing."""
    if plan.action is ColumnAction.KEEP or _missing(value):
        return value
    text = value.isoformat() if isinstance(value, date | datetime) else str(value)
    if not text.strip():
        return value
    if plan.kind is ColumnKind.PERSON:
        return person_cell(text, plan, key, subject)
    if plan.action is ColumnAction.GENERALIZE and plan.entity_type == "AGE":
        return generalize_age(text, plan.band, plan.over)
    if plan.action is ColumnAction.GENERALIZE and plan.entity_type == "ZIP_CODE":
        return generalize_zip(text)
    if plan.action is ColumnAction.GENERALIZE:
        return generalize_date_cell(text, plan.granularity)
    if plan.action is ColumnAction.MASK:
        return mask(text, plan.keep_last)
    if plan.action is ColumnAction.PSEUDONYM:
        return identifier_pseudonym(key, plan.entity_type, text)
    if plan.action is ColumnAction.REMOVE:
        return REMOVED
    return f"[{label_for(plan.entity_type or 'REDACTED')}]"


def _govern_column(
    values: list[object], plan: ColumnPlan, key: ReleaseKey, subjects: Sequence[Sequence[str]]
) -> list[object]:
    """A column's cells governed; a value seen before (the same author, date or client on
    many rows) is looked up, not recomputed."""
    seen: dict[tuple[object, tuple[str, ...]], object] = {}
    out = []
    for row, value in enumerate(values):
        subject = tuple(subjects[row]) if row < len(subjects) else ()
        try:
            memo_key = (value, subject if plan.keep_subject else ())
            if memo_key not in seen:
                seen[memo_key] = govern_cell(value, plan, key, subject)
            out.append(seen[memo_key])
        except TypeError:  # an unhashable cell (a list in JSONL)
            out.append(govern_cell(value, plan, key, subject))
    return out


def govern_frame(
    frame: pd.DataFrame,
    plans: Sequence[ColumnPlan],
    key: ReleaseKey,
    subjects: Sequence[Sequence[str]],
) -> pd.DataFrame:
    """A copy of `frame` with every planned non-text column governed and dropped ones gone.

    `subjects[i]` are row i's subject names (kept in person columns under policies that keep
    the subject). Text columns (`REDACT`) are left for the Redactor.
    """
    out = frame.copy(deep=True)
    dropped = []
    for plan in plans:
        if plan.column not in out.columns or plan.action in (
            ColumnAction.KEEP,
            ColumnAction.REDACT,
        ):
            continue
        if plan.action is ColumnAction.DROP:
            dropped.append(plan.column)
            continue
        out[plan.column] = pd.Series(
            _govern_column(out[plan.column].tolist(), plan, key, subjects),
            index=out.index,
            dtype=object,
        )
    return out.drop(columns=dropped)
