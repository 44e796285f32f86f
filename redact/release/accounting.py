"""An accounting of disclosures (45 CFR 164.528): what was released about one client, to whom,
why, and under what authority, from the release log alone.

One row per release about the subject: a release whose subject reference is the client's,
or a batch whose table rows carry the client's id (`DocumentRecord.subjects`). The
description says what kinds of information went out (from the policy facts recorded with
the release) and how much was removed, in counts by type; never any text.

A staged release (see `approval`) is disclosed when it is approved: its row is dated by the
approval and names the reviewer (`approved_by`). A staged release not yet approved is not
a disclosure; it is listed after the disclosures with the status `awaiting approval`, so
the agency sees what is pending. A rejected staged release was never disclosed: no row.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date

from redact.entities import plain_words
from redact.release.records import APPROVED, REJECTED, STAGED, DocumentRecord, ReleaseEntry
from redact.topics.registry import TOPICS

#: HIPAA: an accounting covers the six years before the request.
DEFAULT_YEARS = 6
#: `AccountingRow.status` of a disclosure, and of a staged release not yet approved.
DISCLOSED = "disclosed"
AWAITING = "staged, awaiting approval (not disclosed)"


@dataclass(frozen=True)
class AccountingRow:
    """One disclosure about the subject."""

    release_id: int
    date: str
    recipient: str
    recipient_address: str
    description: str
    purpose: str
    authority: str
    approved_by: str = ""
    status: str = DISCLOSED


COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(AccountingRow))


def default_since(today: date) -> date:
    """The first day of the default period: six years before `today`."""
    try:
        return today.replace(year=today.year - DEFAULT_YEARS)
    except ValueError:  # 29 February
        return today.replace(year=today.year - DEFAULT_YEARS, day=28)


def _kinds(names: Iterable[str]) -> str:
    return ", ".join(plain_words(name) for name in names)


def _counted(counts: dict[str, int]) -> str:
    return ", ".join(f"{plain_words(kind)} ({n})" for kind, n in sorted(counts.items()))


def _topics_counted(counts: dict[str, int]) -> str:
    return ", ".join(f"{_topic_words(topic)} ({n})" for topic, n in sorted(counts.items()))


def _topic_words(topic_id: str) -> str:
    topic = TOPICS.get(topic_id)
    return topic.label if topic is not None else topic_id.replace("_", " ")


def describe_release(entry: ReleaseEntry, docs: tuple[DocumentRecord, ...], rows: int) -> str:
    """What went out: how many documents, the policy, kinds kept, counts removed or withheld."""
    removed: dict[str, int] = {}
    withheld: dict[str, int] = {}
    for doc in docs:
        for kind, n in doc.counts.items():
            target = withheld if kind.startswith("withheld:") else removed
            name = kind.removeprefix("withheld:")
            target[name] = target.get(name, 0) + n
    extra = entry.extra
    what = f"{rows} record(s) in {len(docs)} file(s)" if rows else f"{len(docs)} document(s)"
    title = extra.get("policy_title") or entry.purpose
    parts = [f"{what}, redacted for: {title}"]
    kept = [k for k in str(extra.get("kept_types") or "").split(",") if k]
    if extra.get("keeps_subject"):
        parts.append("the client's own name kept")
    if kept:
        parts.append(f"disclosed as written where present: {_kinds(kept)}")
    parts.append(f"removed or masked: {_counted(removed)}" if removed else "nothing removed")
    if withheld:
        parts.append(f"passages withheld: {_topics_counted(withheld)}")
    if extra.get("sealed"):
        parts.append("sent as an encrypted package")
    return "; ".join(parts)


def _about(entry: ReleaseEntry, subject_ref: str) -> tuple[tuple[DocumentRecord, ...], int] | None:
    """The entry's documents about the subject and their row count (0: whole documents)."""
    if entry.subject_ref == subject_ref:
        return entry.documents, 0
    docs = tuple(doc for doc in entry.documents if subject_ref in doc.subjects)
    if not docs:
        return None
    return docs, sum(doc.subjects[subject_ref] for doc in docs)


def _row(
    entry: ReleaseEntry, docs: tuple[DocumentRecord, ...], count: int, day: str, **more: str
) -> AccountingRow:
    return AccountingRow(
        release_id=entry.id,
        date=day,
        recipient=entry.recipient or "",
        recipient_address=str(entry.extra.get("recipient_address") or ""),
        description=describe_release(entry, docs, count),
        purpose=entry.purpose,
        authority=entry.authority or "",
        **more,
    )


def _approved_row(
    approval: ReleaseEntry, staged: ReleaseEntry, docs: tuple[DocumentRecord, ...], count: int
) -> AccountingRow:
    """A staged release, disclosed on the day it was approved, under the approval's id."""
    row = _row(staged, docs, count, approval.time[:10], approved_by=approval.actor)
    if approval.extra.get("sealed"):
        row = replace(row, description=row.description + "; sent as an encrypted package")
    return replace(
        row,
        release_id=approval.id,
        description=f"{row.description}; staged as release #{staged.id}",
    )


def accounting(
    entries: Iterable[ReleaseEntry], subject_ref: str, since: date
) -> list[AccountingRow]:
    """Every release about `subject_ref` on or after `since` (UTC date), oldest first, then
    the staged releases about the subject still awaiting approval."""
    rows = []
    pending: dict[int, tuple[ReleaseEntry, tuple[DocumentRecord, ...], int]] = {}
    first = since.isoformat()
    for entry in entries:
        if entry.stage == APPROVED:
            staged = pending.pop(entry.staged_id or 0, None)
            if staged is not None and entry.time[:10] >= first:
                rows.append(_approved_row(entry, *staged))
            continue
        if entry.stage == REJECTED:  # never released: neither a disclosure nor pending
            pending.pop(entry.staged_id or 0, None)
            continue
        about = _about(entry, subject_ref)
        if about is None:
            continue
        if entry.stage == STAGED:
            pending[entry.id] = (entry, *about)
        elif entry.time[:10] >= first:
            rows.append(_row(entry, *about, entry.time[:10]))
    for entry, docs, count in pending.values():
        if entry.time[:10] >= first:
            rows.append(_row(entry, docs, count, entry.time[:10], status=AWAITING))
    return rows


def to_csv(rows: Iterable[AccountingRow]) -> str:
    """The accounting as CSV, with a header row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([getattr(row, name) for name in COLUMNS])
    return out.getvalue()


def to_html(rows: Iterable[AccountingRow], subject_ref: str, since: date, until: date) -> str:
    """The accounting as a self-contained HTML page, every value escaped."""
    esc = html.escape
    head = "".join(f"<th>{esc(name.replace('_', ' '))}</th>" for name in COLUMNS)
    rows = list(rows)
    body = _html_rows(row for row in rows if row.status == DISCLOSED)
    pending = _html_rows(row for row in rows if row.status != DISCLOSED)
    title = f"Accounting of disclosures: client {esc(subject_ref)}"
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>body{{font-family:sans-serif}}"
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px;"
        "vertical-align:top;text-align:left}</style></head><body>"
        f"<h1>{title}</h1><p>Disclosures from {since.isoformat()} to {until.isoformat()} "
        "(45 CFR 164.528), from the agency's release log.</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        + ("" if body else "<p>No disclosures in this period.</p>")
        + (
            "<h2>Staged, awaiting approval (not disclosed)</h2><p>Written but not released: "
            "nothing goes out until a reviewer approves it.</p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{pending}</tbody></table>"
            if pending
            else ""
        )
        + "</body></html>\n"
    )


def _html_rows(rows: Iterable[AccountingRow]) -> str:
    esc = html.escape
    return "".join(
        "<tr>" + "".join(f"<td>{esc(str(getattr(row, name)))}</td>" for name in COLUMNS) + "</tr>"
        for row in rows
    )
