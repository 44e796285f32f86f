"""A records request for batch processing: notes as .txt/.md/.docx and a CSV export."""

from __future__ import annotations

import datetime as dt
from typing import Any

from generator.cast import FIRST_DAY, LAST_DAY, Cast, build_cast, note_slots
from generator.export_rows import ROW_KINDS
from generator.notes import Note, kind, make_note
from generator.people import FEMALE_LOCALES, Casting
from generator.render import as_markdown, as_table_header, render

#: (kind, file extension) of the requester's notes, in date order.
REQUEST_NOTES = (
    ("intake_assessment", "txt"),
    ("progress_note", "md"),
    ("home_visit", "txt"),
    ("collateral_contact", "md"),
    ("email_school_counsellor", "txt"),
    ("court_report", "docx"),
    ("discharge_summary", "md"),
)
CSV_COLUMNS = ("note_id", "client_id", "note_date", "note_type", "author", "text")
ROWS_REQUESTER, ROWS_OTHERS = 34, (3, 3)


def request_notes(c: Casting, cast: Cast) -> list[Note]:
    """The requester's notes, spread over the request period, one file format each."""
    window = (LAST_DAY - FIRST_DAY).days // len(REQUEST_NOTES)
    notes = []
    for i, (key, ext) in enumerate(REQUEST_NOTES):
        start = FIRST_DAY + dt.timedelta(days=i * window)
        v1 = c.date(start, start + dt.timedelta(days=window // 3))
        v2 = v1 + dt.timedelta(days=c.rng.randint(7, 30))
        visits = (v1, v2, v2 + dt.timedelta(days=c.rng.randint(7, 30)))
        k = kind(key)
        template = {"md": as_markdown, "docx": as_table_header}.get(ext, str)(k.template)
        note_id = f"{i + 1:02d}_{key}"
        notes.append(
            make_note(c, k, cast, visits, note_id, f"request/notes/{note_id}.{ext}", template)
        )
    return notes


def _row_dates(c: Casting, n: int) -> list[dt.date]:
    """n sorted dates spanning June 2024 to March 2026 (first and last month pinned)."""
    inner = [c.date(FIRST_DAY, LAST_DAY) for _ in range(n - 2)]
    return sorted(
        [c.date(FIRST_DAY, dt.date(2024, 6, 30)), *inner, c.date(dt.date(2026, 3, 1), LAST_DAY)]
    )


def export_rows(c: Casting, requester: Cast) -> tuple[list[dict[str, str]], list[dict[str, Any]]]:
    """CSV rows (most about the requester, a few about other clients) and their annotations."""
    others = [
        build_cast(c, c.rng.choice(FEMALE_LOCALES), c.rng.random() < 0.5) for _ in ROWS_OTHERS
    ]
    owners = [requester] * ROWS_REQUESTER + [
        o for o, n in zip(others, ROWS_OTHERS, strict=True) for _ in range(n)
    ]
    dates = _row_dates(c, len(owners))
    c.rng.shuffle(owners)
    authors = [c.person(c.rng.random() < 0.7).full for _ in range(3)]
    seen: set[str] = set()
    rows, records = [], []
    next_id = c.rng.randint(40000, 49000)
    for owner, day in zip(owners, dates, strict=True):
        note_type = (
            "intake"
            if owner.client_id not in seen
            else c.rng.choice(("progress", "progress", "home_visit", "group", "phone"))
        )
        seen.add(owner.client_id)
        k = c.rng.choice(ROW_KINDS[note_type])
        rendered = render(k.template, note_slots(owner, (day, day, day + dt.timedelta(days=14))))
        next_id += c.rng.randint(1, 40)
        note_id = f"N{next_id}"
        rows.append(
            {
                "note_id": note_id,
                "client_id": owner.client_id,
                "note_date": day.isoformat(),
                "note_type": note_type,
                "author": c.rng.choice(authors),
                "text": rendered.text,
            }
        )
        note = Note(note_id, "request/export.csv", rendered, owner, k.topics)
        records.append(note.record())
    return rows, records
