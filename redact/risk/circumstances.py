"""Circumstances a client's circle would recognise, and how many kinds a text combines.

A post without a single name is still recognised when it combines what the neighbours
know: a tiny apartment, a mother working nights, a father in jail, a child's drawing for
him, the grandmother driving in to help. No one of these is identifying; together they
describe one family. Each pattern here finds one such circumstance and names it with a
word of ours ("grandmother", "jail", "night shift"), in one of seven kinds:

- `family`: particular members of a family ("her grandmother", "the youngest", "a family
  of five"), not people in general ("parents", "their children");
- `event`: what happened to them (an arrest, jail, a removal, a death, a birth, an
  eviction, a deportation, a hospital stay);
- `work`: jobs and shifts ("works nights", "two jobs", "lost his job");
- `home`: the place and its details (a tiny apartment, a motel, bunk beds, the yellow
  house, "drives in from two towns over");
- `time`: when (a holiday, a season, a birthday; not "last week": every post is recent);
- `age`: how old someone is ("six", "a toddler", "a third grader");
- `detail`: a distinctive object (a drawing, a wheelchair, a puppy, a trophy).

`assess` counts the kinds present (together with the other cue families' findings: a rare
event is an event, a profession work, a described place a home, an age an age) and a text
that combines three kinds or more is high risk. Patterns find kinds of wording, never
particular people or places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from redact.folded import FoldedPattern

Circumstance = Literal["family", "event", "work", "home", "time", "age", "detail"]

#: Plain words for each kind, as a reason names them.
KIND_WORDS: dict[Circumstance, str] = {
    "family": "who is in the family",
    "event": "what happened to them",
    "work": "work",
    "home": "home",
    "time": "when",
    "age": "ages",
    "detail": "a distinctive detail",
}


def _w(*alternatives: str, guard: bool = True) -> FoldedPattern:
    """Whole words and phrases; `guard` as in `FoldedPattern` (chosen by measurement: it
    pays for all but the lists that open with very common words)."""
    body = "|".join(alternatives)
    return FoldedPattern(rf"(?<![\w-])(?:{body})(?![\w-])", guard=guard)


_NUMBER = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"

#: (kind, our word, role words): family members and pets count only as someone's ("her
#: grandmother", "the youngest", "Ana's dog"), which `find` checks in the words before.
ROLES: tuple[tuple[Circumstance, str, str], ...] = (
    ("family", "mother", r"mother|mom|mum|mama|stepmother|stepmom"),
    ("family", "father", r"father|dad|papa|stepfather|stepdad"),
    ("family", "grandparent", r"grand(?:mother|father|ma|pa|parents?)|granny|abuela|nana"),
    ("family", "sibling", r"brother|sister|twin|half-(?:brother|sister)"),
    ("family", "child", r"son|daughter|baby|toddler|infant|newborn|little one"),
    ("family", "other relative", r"aunt|uncle|cousin|niece|nephew|godmother|godfather"),
    ("detail", "pet", r"dog|puppy|cat|kitten|hamster|rabbit|bird|fish tank|parrot"),
)

#: The words before a role that make it someone's: a determiner or a possessive, and at
#: most one word between ("her older brother").
_WHOSE_BEFORE = re.compile(
    r"(?<![\w-])(?:the|her|his|their|my|our|a|an|this|that|whose|your|\w*['’]s)\s+(?:\w+\s+)?$"
)
_ROLE = FoldedPattern(
    r"(?<![\w-])(?:" + "|".join(f"({words})" for _, _, words in ROLES) + r")(?![\w-])"
)
_LOOK_BACK = 40

#: (kind, our word, pattern). The word is what a reason names; several patterns may share it.
TABLE: tuple[tuple[Circumstance, str, FoldedPattern], ...] = (
    ("family", "child", _w(r"the (?:youngest|oldest|eldest|middle (?:one|child))")),
    ("family", "partner", _w(
        r"(?:her|his|their|my) (?:\w+ )?(?:boyfriend|girlfriend|husband|wife|partner"
        r"|fianc[ée]e?)",
    )),
    ("family", "household size", _w(
        rf"(?:family|household) of {_NUMBER}|{_NUMBER} (?:people|of them|kids|children)"
        r" (?:in|share|sharing|crammed)",
        rf"(?:one|two|a single) (?:bed)?rooms? for {_NUMBER}"
        r"|single (?:mother|mom|father|dad|parent)",
        guard=False,
    )),
    ("event", "jail", _w(
        r"in (?:jail|prison|county|lockup|detention|juvie)|locked up|incarcerated|behind bars"
        r"|serving (?:time|a sentence)|(?:went|sent) (?:to|back to) (?:jail|prison)"
        r"|parole|probation officer|(?:out|released) (?:of|from) (?:jail|prison)",
    )),
    ("event", "arrest", _w(r"arrest(?:ed)?|picked up by (?:the )?police|taken into custody")),
    ("event", "removal", _w(
        r"removed from (?:the|their|her|his) (?:home|care|mother|father|parents)"
        r"|taken into (?:foster )?care|placed in (?:foster|kinship) care|(?:CPS|DCFS|DCF|the state)"
        r" (?:took|removed|came)|lost custody|foster (?:home|placement)",
        guard=False,
    )),
    ("event", "death", _w(
        r"died|passed away|funeral|was killed|overdosed|(?:her|his|their) death",
    )),
    ("event", "birth", _w(r"was born|gave birth|new baby|newborn|pregnan(?:t|cy)|due in \w+")),
    ("event", "eviction", _w(r"evicted|eviction")),
    ("event", "losing their home", _w(r"lost (?:the|their|her|his) (?:apartment|house|home)")),
    ("event", "deportation", _w(r"deported|deportation|detained by (?:ICE|immigration)")),
    ("event", "hospital stay", _w(
        r"(?:in|to) the hospital|hospitali[sz]ed|(?:ICU|NICU)", guard=False
    )),
    ("event", "separation", _w(r"divorce[ds]?|(?:walked out|left (?:them|the family))|deployed")),
    ("work", "night shift", _w(
        r"works? (?:nights|overnights|graveyards?|the night shift)|working (?:nights|overnights)"
        r"|(?:night|overnight|graveyard|third|late|early) shifts?",
    )),
    ("work", "several jobs", _w(r"(?:two|three|2|3) jobs|double shifts|doubles")),
    ("work", "workplace", _w(
        r"(?:works?|working|worked|job|employed) (?:at|in) (?:a|an|the) (?:\w+ ){0,2}"
        r"(?:nursing home|hospital|factory|plant|warehouse|restaurant|diner|store|school|hotel"
        r"|motel|farm|mine|mill|office|salon|daycare|casino|kitchen|shop|bakery|gas station)",
    )),
    ("work", "job loss", _w(r"lost (?:her|his|their|my) job|laid off|fired from|out of work")),
    ("home", "small home", _w(
        r"(?:tiny|small|cramped|crowded|one-bedroom|two-bedroom|studio|basement|attic)"
        r" (?:apartment|flat|room|house|home|trailer|place|unit)",
        r"(?:apartment|flat|place|home|trailer) (?:is|was) (?:tiny|small|cramped|crowded)",
        r"mattress(?:es)? on the floor|bunk beds?|sleep(?:s|ing)? on the (?:couch|floor|sofa)",
    )),
    ("home", "where they live", _w(
        r"(?:live|lives|living|stay|stays|staying) (?:in|at) (?:a|the|their|her|his) (?:car|van"
        r"|motel|shelter|trailer|garage|basement|camper)",
        r"trailer park|public housing|the projects|walk-up"
        r"|(?:\d+|third|fourth|fifth)(?:st|nd|rd|th)? floor",
        r"the (?:yellow|blue|red|green|white|pink|purple|orange|brown)"
        r" (?:house|door|trailer|building)",
        guard=False,
    )),
    ("home", "who comes from where", _w(
        r"drives? in from|(?:two|three|four|a few|several|\d+) towns? over|moved (?:here )?from"
        r"|down the street"
        r"|next door|across the (?:street|hall)",
    )),
    ("time", "holiday", _w(
        r"christmas|thanksgiving|easter|hanukkah|ramadan|eid|diwali|halloween|new year'?s"
        r"|fourth of july|mother'?s day|father'?s day|valentine'?s|spring break|winter break",
    )),
    ("time", "birthday", _w(r"(?:her|his|their|my) (?:\w+ )?birthday")),
    ("time", "season", _w(r"(?:last|this|that|next) (?:winter|summer|spring|fall|autumn)")),
    ("age", "age", _w(
        rf"{_NUMBER}(?:-| )years?(?:-| )old|(?:is|was|turned|just turned|who is|aged?) {_NUMBER}"
        r"(?! (?:times|days|weeks|months|minutes|hours|people|of))",
        r"toddler|preschooler|kindergartner|teenager|(?:first|second|third|fourth|fifth"
        r"|sixth|seventh|eighth|ninth|\d(?:st|nd|rd|th))[- ]grader",
        guard=False,
    )),
    ("detail", "drawing or letter", _w(
        r"drawing|picture (?:she|he|they) (?:drew|made|painted)|card (?:she|he|they) made"
        r"|letter (?:she|he|they) wrote|(?:hand-?made|homemade) (?:card|gift)",
    )),
    ("detail", "belonging", _w(
        r"wheelchair|walker|crutches|oxygen tank|hearing aids?|car seat|crib|trophy|trophies"
        r"|guitar|piano|violin|keyboard|teddy bear|stuffed (?:animal|bear|bunny|dog)|quilt"
        r"|shrine|jersey|prom dress"
        r"|(?:pink|purple|red|blue|yellow) (?:bike|coat|backpack|car|truck)",
        guard=False,
    )),
)  # fmt: skip


def find(text: str) -> Iterator[tuple[str, int, int]]:
    """(our word, start, end) of every circumstance in `text`, roles first, then the table."""
    folded = text.lower()
    for match in _ROLE.finditer(text):
        before = folded[max(0, match.start() - _LOOK_BACK) : match.start()]
        if _WHOSE_BEFORE.search(before) and match.lastindex is not None:
            yield ROLES[match.lastindex - 1][1], match.start(), match.end()
    for _, word, pattern in TABLE:
        for match in pattern.finditer(text):
            yield word, match.start(), match.end()


def kind_of(word: str) -> Circumstance | None:
    """The kind a category word of this module belongs to; None for other families' words."""
    return _KIND.get(word)


_KIND: dict[str, Circumstance] = {
    **{word: kind for kind, word, _ in ROLES},
    **{word: kind for kind, word, _ in TABLE},
}
