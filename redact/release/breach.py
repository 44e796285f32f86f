"""A breach report (NASW 1.07(n); HIPAA breach notification, 45 CFR 164.404) from the log.

Given copies found where they should not be, each is traced to the release(s) it most
likely came from (`trace`), and the report says, per release: when it went out, to whom,
for what purpose and under what authority, which documents the copies match, which clients
those documents are about (their agency references), and what kinds of information those
documents contained, counted by type in plain words. The review material of a release is
gone by design, so the report never holds removed text, and it holds no found text either.
The notification deadline is 60 calendar days from discovery.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, timedelta

from redact import __version__
from redact.entities import plain_words
from redact.release.records import DocumentRecord, ReleaseDraft, ReleaseEntry
from redact.release.trace import TraceMatch

#: The purpose the release log records a breach report under.
BREACH_PURPOSE = "breach-report"
#: HIPAA: notice without unreasonable delay, no later than 60 calendar days after discovery.
NOTIFY_WITHIN_DAYS = 60


@dataclass(frozen=True)
class BreachRow:
    """One release that found copies came from."""

    release_id: int
    released_on: str
    recipient: str
    recipient_address: str
    purpose: str
    authority: str
    documents: str
    clients: str
    information: str
    found_copies: str
    best_score: str


COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(BreachRow))


@dataclass(frozen=True)
class BreachReport:
    """The affected releases, the found copies that matched nothing, and the dates."""

    discovered: date
    rows: tuple[BreachRow, ...]
    unmatched: tuple[str, ...]

    @property
    def notify_by(self) -> date:
        """The last day to notify the affected clients."""
        return self.discovered + timedelta(days=NOTIFY_WITHIN_DAYS)

    @property
    def clients(self) -> tuple[str, ...]:
        """Every affected client reference, sorted."""
        found = {c for row in self.rows for c in row.clients.split("; ") if c}
        return tuple(sorted(found))


def _information(counts: dict[str, int]) -> str:
    withheld = sorted(k for k in counts if k.startswith("withheld:"))
    kinds = [f"{plain_words(k)} ({n})" for k, n in sorted(counts.items()) if k not in withheld]
    notes = [
        f"withheld passages on {k.removeprefix('withheld:').replace('_', ' ')}" for k in withheld
    ]
    return ", ".join(kinds + notes) if kinds or notes else "no identifiers found in them"


def breach_report(
    entries: dict[int, ReleaseEntry],
    matches: Sequence[tuple[str, Sequence[TraceMatch]]],
    discovered: date,
) -> BreachReport:
    """The report from each found copy's name and its trace matches (best first)."""
    by_release: dict[int, list[tuple[str, TraceMatch]]] = {}
    unmatched = []
    for name, found in matches:
        if not found:
            unmatched.append(name)
        for match in found:
            by_release.setdefault(match.release_id, []).append((name, match))
    rows = []
    for release_id in sorted(by_release):
        entry = entries[release_id]
        hits = by_release[release_id]
        doc_ids = sorted({m.doc_id for _, m in hits})
        docs = [d for d in entry.documents if d.doc_id in doc_ids]
        clients = {entry.subject_ref} if entry.subject_ref else set()
        counts: dict[str, int] = {}
        for doc in docs:
            clients.update(doc.subjects)
            for kind, n in doc.counts.items():
                counts[kind] = counts.get(kind, 0) + n
        rows.append(
            BreachRow(
                release_id=release_id,
                released_on=entry.time[:10],
                recipient=entry.recipient or "",
                recipient_address=str(entry.extra.get("recipient_address") or ""),
                purpose=entry.purpose,
                authority=entry.authority or "",
                documents="; ".join(doc_ids),
                clients="; ".join(sorted(c for c in clients if c)),
                information=_information(counts),
                found_copies="; ".join(sorted({name for name, _ in hits})),
                best_score=f"{max(m.score for _, m in hits):.2f}",
            )
        )
    return BreachReport(discovered, tuple(rows), tuple(unmatched))


def to_csv(report: BreachReport) -> str:
    """The affected releases as CSV, with a header row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in report.rows:
        writer.writerow([getattr(row, name) for name in COLUMNS])
    return out.getvalue()


def to_html(report: BreachReport) -> str:
    """A self-contained page for the privacy officer, every value escaped."""
    esc = html.escape
    head = "".join(f"<th>{esc(name.replace('_', ' '))}</th>" for name in COLUMNS)
    body = "".join(
        "<tr>" + "".join(f"<td>{esc(str(getattr(row, n)))}</td>" for n in COLUMNS) + "</tr>"
        for row in report.rows
    )
    clients = ", ".join(report.clients) or "none recorded"
    unmatched = "".join(f"<li>{esc(name)}</li>" for name in report.unmatched)
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>Breach report</title><style>body{font-family:sans-serif}"
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px;"
        "vertical-align:top;text-align:left}</style></head><body>"
        "<h1>Breach report</h1>"
        f"<p>Discovered on {report.discovered.isoformat()}. Affected clients must be notified "
        f"without unreasonable delay and <strong>no later than {report.notify_by.isoformat()}"
        f"</strong> ({NOTIFY_WITHIN_DAYS} days after discovery, 45 CFR 164.404).</p>"
        f"<p>Affected clients (agency references): {esc(clients)}.</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        + ("" if body else "<p>No found copy matched a logged release.</p>")
        + (f"<h2>Copies that matched no release</h2><ul>{unmatched}</ul>" if unmatched else "")
        + "<p>Kinds of information are counted from the release log; the text that was "
        "removed is not kept anywhere and is not in this report.</p></body></html>\n"
    )


def breach_draft(
    report: BreachReport, actor: str, found_sha256: Sequence[str], report_csv: str
) -> ReleaseDraft:
    """The release-log entry that records the breach report itself (hashes, ids, dates)."""
    found = hashlib.sha256("\n".join(sorted(found_sha256)).encode()).hexdigest()
    document = DocumentRecord(
        doc_id="breach-report.csv",
        source="breach report",
        input_sha256=found,
        output_sha256=hashlib.sha256(report_csv.encode("utf-8")).hexdigest(),
        counts={},
    )
    return ReleaseDraft(
        actor=actor,
        purpose=BREACH_PURPOSE,
        policy_name="none",
        policy_sha256=hashlib.sha256(b"").hexdigest(),
        recipient="privacy officer",
        authority="45 CFR 164.404 (breach notification); NASW 1.07(n)",
        subject_ref=None,
        documents=(document,),
        counts={},
        warnings=(),
        tool_version=__version__,
        model_name="none",
        model_version="none",
        key_id=None,
        extra={
            "breach_releases": ";".join(str(row.release_id) for row in report.rows),
            "breach_clients": ";".join(report.clients),
            "discovered": report.discovered.isoformat(),
            "notify_by": report.notify_by.isoformat(),
            "found_copies": len(found_sha256),
        },
    )
