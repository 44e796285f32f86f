"""Build annotated notes: a kind's template rendered with one cast's slots."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from generator import templates_clinical, templates_letters
from generator.cast import Cast, build_cast, note_slots, visit_dates
from generator.kinds import Kind
from generator.people import FEMALE_LOCALES, MALE_LOCALES, Casting
from generator.render import Rendered, render

KINDS: tuple[Kind, ...] = (*templates_clinical.KINDS, *templates_letters.KINDS)
#: The order of the notes/ folder: one note per kind, numbered 01..12.
NOTE_ORDER = (
    "progress_note",
    "intake_assessment",
    "group_session_note",
    "couples_session",
    "home_visit",
    "court_report",
    "email_school_counsellor",
    "referral_letter",
    "supervision_summary",
    "crisis_call_note",
    "discharge_summary",
    "collateral_contact",
)
#: Kinds whose story (pregnancy, miscarriage) needs a female client.
FEMALE_ONLY = frozenset({"couples_session", "discharge_summary"})
WORDS = (150, 600)


def kind(key: str) -> Kind:
    return next(k for k in KINDS if k.key == key)


@dataclass(frozen=True, slots=True)
class Note:
    id: str
    file: str
    rendered: Rendered
    cast: Cast
    topics: tuple[str, ...]

    def record(self) -> dict[str, Any]:
        """The annotations.jsonl line; asserts every span's offsets once more."""
        text = self.rendered.text
        spans = []
        for s in sorted(self.rendered.spans, key=lambda s: (s.start, s.end)):
            assert text[s.start : s.end] == s.text, (self.id, s)
            spans.append({"start": s.start, "end": s.end, "label": s.label, "text": s.text})
        return {
            "id": self.id,
            "file": self.file,
            "text": text,
            "spans": spans,
            "subject": {"names": self.cast.subject_names, "client_id": self.cast.client_id},
            "topics": list(self.topics),
        }


def check_note(note: Note) -> None:
    """A full note names its client every way, and is of realistic length."""
    words = len(note.rendered.text.split())
    assert WORDS[0] <= words <= WORDS[1], (note.id, words)
    people = {s.text for s in note.rendered.spans if s.label == "PERSON"}
    assert set(note.cast.subject_names) <= people, note.id
    assert f"{note.cast.client.first}'s" in note.rendered.text, note.id


def make_note(
    c: Casting,
    k: Kind,
    cast: Cast,
    visits: tuple[dt.date, dt.date, dt.date],
    note_id: str,
    file: str,
    template: str | None = None,
) -> Note:
    rendered = render(template or k.template, note_slots(cast, visits))
    note = Note(note_id, file, rendered, cast, k.topics)
    check_note(note)
    return note


def main_notes(c: Casting) -> list[Note]:
    """One note per kind, each about a different client from a different name locale."""
    pool = list(MALE_LOCALES)
    c.rng.shuffle(pool)
    notes = []
    for i, key in enumerate(NOTE_ORDER, start=1):
        female = key in FEMALE_ONLY or c.rng.random() < 0.65
        allowed = FEMALE_LOCALES if female else MALE_LOCALES
        locale = next((loc for loc in pool if loc in allowed), allowed[0])
        if locale in pool:
            pool.remove(locale)
        cast = build_cast(c, locale, female)
        note_id = f"{i:02d}_{key}"
        notes.append(make_note(c, kind(key), cast, visit_dates(c), note_id, f"notes/{note_id}.txt"))
    return notes
