"""One client's world as template slots: relatives, contacts, identifiers, providers, staff."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.people import (
    SHELTER_WORDS,
    STATES,
    Casting,
    Person,
    age_on,
    ascii_fold,
    names,
    pronouns,
)
from generator.render import Slot, Tagged

FIRST_DAY, LAST_DAY = dt.date(2024, 6, 1), dt.date(2026, 3, 31)


@dataclass(frozen=True, slots=True)
class Cast:
    client: Person
    client_id: str
    dob: dt.date
    kid_dob: dt.date
    kid2_dob: dt.date
    slots: dict[str, Slot]

    @property
    def subject_names(self) -> list[str]:
        return [self.client.full, self.client.first, self.client.titled]


def _tag(label: str, value: str) -> Tagged:
    return Tagged(label, value)


def build_cast(c: Casting, locale: str, female: bool) -> Cast:
    rng, us = c.rng, c.us
    client = c.person(female, locale)
    kid = c.person(rng.random() < 0.5, locale, last=client.last)
    kid2 = c.person(rng.random() < 0.5, locale, last=client.last)
    partner = c.person(not female, locale if rng.random() < 0.7 else None)
    grandma = c.person(True, locale)
    state, st, agency, abbr, court, areas = rng.choice(STATES)
    city, county = us.city(), us.last_name()
    area = rng.choice(areas)
    dob = c.date(dt.date(1968, 1, 1), dt.date(1998, 6, 30))
    kids_from = max(dt.date(2008, 1, 1), dt.date(dob.year + 19, 1, 1))
    kid_dob = c.date(kids_from, dt.date(2018, 6, 30))
    kid_years = age_on(kid_dob, dt.date(2025, 1, 1)).years
    kid2_dob = c.date(kid_dob + dt.timedelta(days=400), dt.date(2022, 12, 31))
    worker, sup = c.person(rng.random() < 0.7), c.person(rng.random() < 0.7)
    school = (
        f"{us.last_name()} Elementary School"
        if kid_years <= 10
        else f"{city} Middle School"
        if kid_years <= 13
        else f"{us.last_name()} High School"
    )
    hospital = rng.choice(
        (
            f"{us.last_name()} Memorial Hospital",
            f"{city} General Hospital",
            f"St. {us.first_name_male()}'s Medical Center",
        )
    )
    clinic = rng.choice(
        (
            f"{city} Community Health Center",
            f"{us.last_name()} Family Health",
            f"{us.last_name()} Behavioral Health",
        )
    )
    handle = f"@{ascii_fold(client.first).lower()}_{ascii_fold(client.last)[:4].lower()}"
    client_id = str(rng.randint(100000, 999999))
    slots: dict[str, Slot] = {
        **names("c", client),
        **pronouns("", female),
        **names("kid", kid),
        **pronouns("k", kid.female),
        "kid_rel": Tagged(None, "daughter" if kid.female else "son"),
        "kid2_first": _tag("PERSON", kid2.first),
        "kid2_rel": Tagged(None, "daughter" if kid2.female else "son"),
        **names("ptn", partner),
        **pronouns("p", partner.female),
        "ptn_rel": Tagged(
            None, rng.choice(("partner", "husband", "boyfriend") if female else ("partner", "wife"))
        ),
        **names("gm", grandma),
        "phone": _tag("PHONE_NUMBER", c.phone(area)),
        "phone2": _tag("PHONE_NUMBER", c.phone(area)),
        "email": _tag("EMAIL_ADDRESS", c.email(client)),
        "handle": _tag("SOCIAL_HANDLE", handle),
        "street": _tag("STREET_ADDRESS", us.street_address()),
        "city": _tag("LOCATION", city),
        "state": _tag("LOCATION", state),
        "st": _tag("LOCATION", st),
        "zip": _tag("ZIP_CODE", us.zipcode_in_state(st)),
        "case": _tag("CASE_NUMBER", f"{rng.randint(2019, 2025)}-{rng.randint(1, 99999):05d}"),
        "cid": _tag("CASE_NUMBER", client_id),
        "mcd": _tag("MEMBER_ID", str(rng.randint(10**11, 10**12 - 1))),
        "mrn": _tag("MEDICAL_RECORD_NUMBER", f"{rng.randint(10**7, 10**8 - 1):08d}"),
        "school": _tag("SCHOOL", school),
        "hospital": _tag("HEALTHCARE_FACILITY", hospital),
        "clinic": _tag("HEALTHCARE_FACILITY", clinic),
        "school_email": _tag(
            "EMAIL_ADDRESS",
            f"counseling@{ascii_fold(school).split()[0].lower()}-{st.lower()}.example.edu",
        ),
        "agency": _tag("AGENCY", f"{state} {agency}"),
        "abbr": _tag("AGENCY", abbr),
        "court": _tag("AGENCY", court.format(county=county, city=city)),
        "employer": _tag("EMPLOYER", c.employer()),
        "ptn_employer": _tag("EMPLOYER", c.employer()),
        "worker": _tag("PERSON", worker.full),
        "worker_email": _tag(
            "EMAIL_ADDRESS",
            f"{ascii_fold(worker.first)[0].lower()}."
            f"{ascii_fold(worker.last).lower().replace(' ', '')}"
            f"@{abbr.lower()}.{st.lower()}.example.gov",
        ),
        "worker_phone": _tag("PHONE_NUMBER", c.phone(area)),
        "sup": _tag("PERSON", sup.full),
        "shelter": _tag("LOCATION", " ".join(rng.choice(w) for w in SHELTER_WORDS)),
        "shelter_street": _tag("STREET_ADDRESS", us.street_address()),
        "shelter_phone": _tag("PHONE_NUMBER", c.phone(area)),
    }
    for key in ("doc", "teacher", "couns", "gal", "atty", "cw", "ther"):
        slots.update(names(key, c.person(rng.random() < 0.6)))
    for i in range(1, 5):
        member = c.person(rng.random() < 0.6)
        slots.update(names(f"m{i}", member))
        slots.update(pronouns(f"m{i}", member.female))
    doc_last = slots["doc_ms"]
    assert isinstance(doc_last, Tagged)
    slots["doc_dr"] = _tag("PERSON", "Dr. " + doc_last.value.split(" ", 1)[1])
    return Cast(client, client_id, dob, kid_dob, kid2_dob, slots)


def visit_dates(c: Casting) -> tuple[dt.date, dt.date, dt.date]:
    first = c.date(FIRST_DAY, LAST_DAY - dt.timedelta(days=120))
    second = first + dt.timedelta(days=c.rng.randint(7, 45))
    return first, second, second + dt.timedelta(days=c.rng.randint(7, 60))


def note_slots(cast: Cast, visits: tuple[dt.date, dt.date, dt.date]) -> dict[str, Slot]:
    """The cast's slots plus the dates and ages that depend on when the note was written."""
    v1, v2, v3 = visits
    return {
        **cast.slots,
        "v1": v1,
        "v2": v2,
        "v3": v3,
        "hearing": v3 + dt.timedelta(days=21),
        "dob": cast.dob,
        "kid_dob": cast.kid_dob,
        "age": age_on(cast.dob, v2),
        "kid_age": age_on(cast.kid_dob, v2),
        "kid2_age": age_on(cast.kid2_dob, v2),
    }
