"""Seeded synthetic case notes for the benchmarks, and the dense corpus. Nothing here is real.

The generated notes come in two shapes: full notes of realistic length (about 800 to 2,500
characters: a visit, the family, contacts, dates, numbers and a plan) for the speed table,
and short one-line notes (about 150 characters) for the memory runs over 100,000 and
1,000,000 rows. Faker fills pools of names, places and numbers once; notes are then drawn
from the pools with a seeded `random.Random`, so a million rows stream out in seconds and
the same seed gives the same corpus. CSVs are written row by row: memory does not grow
with the row count.

Generated notes are sparse: a name or a number every hundred characters or so, in long
sentences of ordinary words. Real records are denser (about two labelled identifiers and a
clinical term every hundred characters: captions, signature blocks, rows, terse notes), and
every step after NER costs more per identifier. The dense corpus is the development set's
texts (`sample_data/devset/`, written by the team from how records look), repeated in order
to the size wanted, so the speed table is measured on both.
"""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from faker import Faker

POOL = 400
DEVSET = Path(__file__).resolve().parent.parent / "sample_data" / "devset" / "devset.jsonl"
CSV_COLUMNS = ("note_id", "client_id", "note_date", "text")


@dataclass(frozen=True)
class Pools:
    """Values drawn once from Faker, combined freely afterwards."""

    first: tuple[str, ...]
    last: tuple[str, ...]
    cities: tuple[str, ...]
    streets: tuple[str, ...]
    states: tuple[str, ...]
    zips: tuple[str, ...]
    companies: tuple[str, ...]
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    ssns: tuple[str, ...]


def make_pools(seed: int) -> Pools:
    """Pools of synthetic values, the same for the same seed."""
    fake = Faker("en_US")
    fake.seed_instance(seed)
    n = range(POOL)
    return Pools(
        first=tuple(fake.first_name() for _ in n),
        last=tuple(fake.last_name() for _ in n),
        cities=tuple(fake.city() for _ in n),
        streets=tuple(fake.street_address() for _ in n),
        states=tuple(fake.state_abbr() for _ in n),
        zips=tuple(fake.zipcode() for _ in n),
        companies=tuple(fake.company() for _ in n),
        phones=tuple(fake.numerify("(###) 555-####") for _ in n),
        emails=tuple(fake.free_email() for _ in n),
        ssns=tuple(fake.ssn() for _ in n),
    )


OPENINGS = (
    "Home visit with {client} ({age}-year-old) at {street}, {city}, {state} {zip} on {date}.",
    "Office session with {client} on {date}; {relative_role} {relative} attended the second half.",
    "Phone contact with {client} on {date} at {phone}, regarding the safety plan.",
    "Intake assessment for {client}, DOB {dob}, case number CW-{case}, referred by {agency}.",
)
BODY = (
    "{client_first} reported that {pronoun} has been sleeping better since the last visit "
    "and has kept the appointment with {doctor} at {clinic}.",
    "{client_first}'s {relative_role} {relative} works at {company} and picks the children up "
    "from {school} most afternoons.",
    "The family moved from {city2} in {month}; rent at the new apartment is paid through "
    "{month2} with help from the county.",
    "Worker called {agency} at {phone2} to confirm the Medicaid id {medicaid} and the next "
    "review date of {date2}.",
    "{client_first} said {pronoun} felt anxious about the hearing on {date2} and asked whether "
    "{relative_first} could come along.",
    "Collateral contact with {teacher}, the school counsellor at {school}, who said the "
    "younger child's attendance improved in {month}.",
    "{client_first} can be reached by e-mail at {email} when the phone is off.",
    "Ms. {last} described a conflict with a neighbour; no police involvement, and the "
    "children were not present.",
    "Worker reviewed the budget with {client_first}: food stamps, the utility assistance "
    "application and the bus pass were discussed in detail.",
    "The plan for next month: two home visits, a check-in call on {date2}, and a meeting "
    "with {teacher} and {relative_first} about the after-school program.",
    "{client_first} shared that {pronoun} is looking for work at {company} in {city2} and "
    "has an interview scheduled for {weekday}.",
    "Safety planning was revisited; {client_first} knows how to reach the crisis line and "
    "has {relative_first}'s number saved.",
)
CLOSINGS = (
    "Next visit scheduled for {date2}. Worker: {worker}, MSW.",
    "Plan: continue weekly sessions; reassess in 90 days. {worker}, LCSW",
    "Case remains open. Contact {worker} at {phone2} with questions.",
)
SHORT = (
    "Called {client} at {phone} on {date}; rescheduled visit to {date2}.",
    "{client} ({age}) met with {worker} at {agency}; discussed housing in {city}.",
    "Left message for {relative} about {client_first}'s appointment on {date2}.",
    "Home visit at {street}, {city}: {client_first} and {relative_first} present.",
    "E-mail from {client} ({email}) asking to move the {weekday} session.",
)
ROLES = ("mother", "father", "sister", "brother", "aunt", "grandmother", "partner", "son")
MONTHS = ("January", "March", "April", "June", "August", "October", "November")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
AGENCIES = ("Family Services of Onondaga", "the county DSS office", "Catholic Charities")
SCHOOLS = ("Lincoln Elementary School", "Roosevelt Middle School", "Westside High School")
CLINICS = ("St. Joseph's Hospital", "Upstate Community Clinic", "the Northside health center")


class NoteMaker:
    """Draws notes from pools with one seeded random generator."""

    def __init__(self, seed: int = 7) -> None:
        self.pools = make_pools(seed)
        self.rng = random.Random(seed)

    def _slots(self) -> dict[str, str]:
        p, r = self.pools, self.rng
        first, last = r.choice(p.first), r.choice(p.last)
        relative_first = r.choice(p.first)
        return {
            "client": f"{first} {last}", "client_first": first, "last": last,
            "relative": f"{relative_first} {r.choice(p.last)}", "relative_first": relative_first,
            "relative_role": r.choice(ROLES), "teacher": f"{r.choice(p.first)} {r.choice(p.last)}",
            "worker": f"{r.choice(p.first)} {r.choice(p.last)}",
            "doctor": f"Dr. {r.choice(p.last)}", "pronoun": r.choice(("she", "he")),
            "age": str(r.randint(8, 80)), "dob": f"{r.randint(1, 12)}/{r.randint(1, 28)}/"
            f"{r.randint(1950, 2015)}", "date": f"{r.choice(MONTHS)} {r.randint(1, 28)}, 2025",
            "date2": f"{r.randint(1, 12)}/{r.randint(1, 28)}/2025",
            "month": r.choice(MONTHS), "month2": r.choice(MONTHS), "weekday": r.choice(WEEKDAYS),
            "street": r.choice(p.streets), "city": r.choice(p.cities),
            "city2": r.choice(p.cities), "state": r.choice(p.states), "zip": r.choice(p.zips),
            "company": r.choice(p.companies), "phone": r.choice(p.phones),
            "phone2": r.choice(p.phones), "email": r.choice(p.emails), "ssn": r.choice(p.ssns),
            "case": str(r.randint(100000, 999999)), "medicaid": f"{r.choice('ABCDEFGH')}"
            f"{r.choice('JKLMNP')}{r.randint(10000, 99999)}{r.choice('QRSTU')}",
            "agency": r.choice(AGENCIES), "school": r.choice(SCHOOLS),
            "clinic": r.choice(CLINICS),
        }  # fmt: skip

    def note(self, low: int = 800, high: int = 2500) -> str:
        """One full note of about `low` to `high` characters."""
        slots, r = self._slots(), self.rng
        target = r.randint(low, high)
        paragraphs = [r.choice(OPENINGS).format(**slots)]
        body = list(BODY)
        r.shuffle(body)
        size = len(paragraphs[0])
        for sentence in body * 3:
            if size >= target - 80:
                break
            paragraphs.append(sentence.format(**slots))
            size += len(paragraphs[-1]) + 1
        paragraphs.append(r.choice(CLOSINGS).format(**slots))
        return " ".join(paragraphs[:2]) + "\n\n" + " ".join(paragraphs[2:])

    def short_note(self) -> str:
        """One short note of about 150 characters."""
        slots = self._slots()
        return " ".join(self.rng.choice(SHORT).format(**slots) for _ in range(2))

    def notes(self, count: int, short: bool = False) -> Iterator[str]:
        """`count` notes, lazily."""
        for _ in range(count):
            yield self.short_note() if short else self.note()


def write_csv(path: Path, count: int, short: bool = False, seed: int = 7) -> Path:
    """A CSV of `count` synthetic notes (note_id, client_id, note_date, text), row by row."""
    maker = NoteMaker(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for i, text in enumerate(maker.notes(count, short)):
            writer.writerow((f"n{i + 1}", 100000 + i % 5000, f"2025-{i % 12 + 1:02d}-15", text))
    return path


def devset_texts(path: Path = DEVSET) -> list[str]:
    """The development set's texts, in file order."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def dense_notes(chars: int, path: Path = DEVSET) -> list[str]:
    """Development-set texts, repeated in order until they hold at least `chars` characters."""
    texts = devset_texts(path)
    notes: list[str] = []
    total = 0
    while total < chars:
        text = texts[len(notes) % len(texts)]
        notes.append(text)
        total += len(text)
    return notes
