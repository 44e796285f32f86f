"""Synthetic people, places and identifiers: one `Cast` per note (a client and everyone around).

Names come from several Faker locales with Latin-script names; numbers and dates come from the
shared `random.Random`, never from the clock. Phone numbers use the fictional 555-01xx range and
e-mail addresses the reserved example.* domains.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass

from faker import Faker

from generator.render import Age, Slot, Tagged

#: Locales for names. en_PK (Arabic/Urdu-origin names) only has male first names in Faker.
FEMALE_LOCALES = (
    "es_MX",
    "vi_VN",
    "en_IN",
    "pt_BR",
    "pl_PL",
    "yo_NG",
    "tw_GH",
    "es_CO",
    "tr_TR",
    "en_US",
    "fr_FR",
    "zu_ZA",
)
MALE_LOCALES = (*FEMALE_LOCALES, "en_PK")

#: state, abbreviation, child-welfare agency, its short name, court pattern, area codes
STATES = (
    (
        "Massachusetts",
        "MA",
        "Department of Children and Families",
        "DCF",
        "{county} County Probate and Family Court",
        ("413", "508", "617"),
    ),
    (
        "Connecticut",
        "CT",
        "Department of Children and Families",
        "DCF",
        "Superior Court for Juvenile Matters at {city}",
        ("203", "860"),
    ),
    (
        "Texas",
        "TX",
        "Department of Family and Protective Services",
        "CPS",
        "{county} County District Court",
        ("210", "512", "915"),
    ),
    (
        "Illinois",
        "IL",
        "Department of Children and Family Services",
        "DCFS",
        "Circuit Court of {county} County",
        ("217", "309", "773"),
    ),
    (
        "New York",
        "NY",
        "Administration for Children's Services",
        "ACS",
        "{county} County Family Court",
        ("315", "518", "718"),
    ),
)
SHELTER_WORDS = (
    ("Harbor", "Willow", "Lantern", "Cedar", "Morning Star"),
    ("House", "Place", "Haven"),
)


def ascii_fold(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in " -"))


@dataclass(frozen=True, slots=True)
class Person:
    first: str
    last: str
    female: bool

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def titled(self) -> str:
        return f"{'Ms.' if self.female else 'Mr.'} {self.last}"


class Casting:
    """Makes people and identifiers; holds one seeded Faker per locale and the shared rng."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers: dict[str, Faker] = {}
        for i, loc in enumerate(MALE_LOCALES):
            fake = Faker(loc)
            fake.seed_instance(seed * 100 + i)
            self.fakers[loc] = fake
        self.us = self.fakers["en_US"]

    def person(self, female: bool, locale: str | None = None, last: str | None = None) -> Person:
        pool = FEMALE_LOCALES if female else MALE_LOCALES
        if locale is None or locale not in pool:  # none asked for, or no names of this gender
            locale = self.rng.choice(pool)
        fake = self.fakers[locale]
        first = fake.first_name_female() if female else fake.first_name_male()
        if last is None:
            last = (
                fake.last_name_female()
                if female and hasattr(fake, "last_name_female")
                else fake.last_name()
            )
        return Person(first, last, female)

    def date(self, start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.rng.randint(0, (end - start).days))

    def phone(self, area: str) -> str:
        n = f"{self.rng.randint(0, 99):02d}"
        forms = (f"({area}) 555-01{n}", f"{area}-555-01{n}", f"{area}.555.01{n}")
        return self.rng.choice(forms)

    def email(self, person: Person) -> str:
        first, last = ascii_fold(person.first).lower(), ascii_fold(person.last).lower()
        user = self.rng.choice(
            (
                f"{first}.{last}",
                f"{first[0]}{last}{self.rng.randint(1, 99)}",
                f"{first}{self.rng.randint(70, 99)}",
            )
        )
        domain = self.rng.choice(("example.com", "example.net", "example.org"))
        return f"{user.replace(' ', '')}@{domain}"

    def employer(self) -> str:
        last, city = self.us.last_name(), self.us.city()
        return self.rng.choice(
            (
                self.us.company(),
                f"{last} Auto Body",
                f"{city} Home Care",
                f"{last} Logistics",
                f"{last}'s Bakery",
            )
        )


def age_on(dob: dt.date, day: dt.date) -> Age:
    return Age(day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day)))


def pronouns(prefix: str, female: bool) -> dict[str, Slot]:
    words = (
        ("she", "her", "her", "woman", "mother")
        if female
        else ("he", "his", "him", "man", "father")
    )
    keys = ("she", "her", "her_o", "woman", "parent")
    slots: dict[str, Slot] = {
        f"{prefix}{k}": Tagged(None, w) for k, w in zip(keys, words, strict=True)
    }
    slots[f"{prefix}She"] = Tagged(None, words[0].capitalize())
    slots[f"{prefix}Her"] = Tagged(None, words[1].capitalize())
    return slots


def names(prefix: str, person: Person) -> dict[str, Slot]:
    return {
        prefix: Tagged("PERSON", person.full),
        f"{prefix}_first": Tagged("PERSON", person.first),
        f"{prefix}_ms": Tagged("PERSON", person.titled),
    }
