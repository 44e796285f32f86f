"""The fixed vocabulary of residual-risk cues: a category word and the pattern that finds it.

Reasons in a risk report name these category words ("fire", "money", "firefighter"),
never the matched text, so a report can be shown, logged or stored without quoting the
document. Patterns are compiled once, here.
"""

from __future__ import annotations

import re

from redact.folded import FoldedPattern

Table = tuple[tuple[str, FoldedPattern], ...]


def _w(*alternatives: str) -> FoldedPattern:
    body = "|".join(alternatives)
    # Whole words and phrases: `re` skips through the text three times faster with the
    # look-behind checked in Python (measured on the benchmark notes' redacted output).
    return FoldedPattern(rf"(?<![\w-])(?:{body})(?![\w-])", guard=True)


RARE_EVENTS: Table = (
    (
        "fire",
        _w(
            r"(?:house|apartment|kitchen|trailer|wild|grease) ?fires?|arson|burn(?:ed|t) down"
            r"|set (?:a )?fire|(?:a|the) fire(?! (?:station|department|drill|alarm|exit"
            r"|extinguisher"
            r"|fighter))"
        ),
    ),
    (
        "court case",
        _w(
            r"trial|lawsuit|sued|convicted|sentenced|indicted|acquitted|jury|pleaded guilty"
            r"|criminal (?:case|charges?)|court case|testif(?:y|ied) (?:in|at|against)"
        ),
    ),
    ("arrest", _w(r"arrested|incarcerated|in (?:jail|prison)|went to prison|police raid")),
    (
        "death",
        _w(
            r"died|death|passed away|killed|funeral|homicide|murder(?:ed)?|fatal(?:ly)?|took (?:her"
            r"|his|their) own life"
        ),
    ),
    (
        "accident",
        _w(
            r"(?:car|motorcycle|bus|plane|train|workplace|boating) (?:accident|crash)|crash(?:ed)?"
            r"|hit by a (?:car|truck|bus|train)|drown(?:ed|ing)"
        ),
    ),
    ("disaster", _w(r"flood(?:ed|ing)?|hurricane|tornado|earthquake|explosion")),
    (
        "violent crime",
        _w(
            r"shooting|shot|stabb(?:ed|ing)|kidnapp(?:ed|ing)|abduct(?:ed|ion)|armed robbery"
            r"|hostage"
        ),
    ),
    (
        "news coverage",
        _w(
            r"in the news|newspaper|news (?:story|report|coverage)|made (?:the )?(?:headlines"
            r"|(?:local |national |evening )?news)"
            r"|media coverage|went viral|on (?:the )?(?:tv|television|local news)"
        ),
    ),
)

MONEY = re.compile(
    r"(?<![\w$])(?:\$\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|million|thousand))?"
    r"|\d[\d,]*(?:\.\d+)? (?:dollars|usd))(?!\w)",
    re.IGNORECASE,
)
AGE = re.compile(
    r"(?<![\w-])(?<!\d-)(?:aged? \d{1,3}|\d{1,3}[- ]years?[- ]old|\d{1,3} ?(?:yo|y/o|y\.o\.))"
    r"(?![\w+-]|-\d)",
    re.IGNORECASE,
)
_NUMBER_WORD = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|twenty|a dozen|\d+"
)
COUNT = re.compile(
    rf"(?<![\w-])(?:{_NUMBER_WORD}) (?:\w+ )?(?:children|kids|sons|daughters|siblings|brothers"
    r"|sisters|grandchildren|stepchildren|foster (?:children|kids|placements)|placements|pets"
    r"|dogs|cats|cars|jobs|arrests|marriages|husbands|wives|pregnancies|evictions|moves)(?!\w)",
    re.IGNORECASE,
)
DATE = re.compile(
    r"(?<![\w/.-])(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2})"
    r"(?![\w/]|[.-]\d)"
)
#: Five or more digits, separators allowed: more likely a missed identifier than a quantity.
#: Not a run that ends in a count joined to its unit: "1000 90-day recert" is a clock time
#: and a review's length, no identifier.
LONG_NUMBER = re.compile(r"(?<![\w-])\d(?:[ .-]?\d){4,}(?![\w+]|-\d|-[^\W\d_])")
NUMBER = re.compile(r"(?<![\w.,/:-])\d+(?:[.,:/]\d+)*(?![\w+]|-\d)")
YEAR = re.compile(r"^(?:19|20)\d\d$")

PROFESSIONS = (
    "teacher", "nurse", "firefighter", "police officer", "detective", "sheriff", "deputy",
    "judge", "lawyer", "attorney", "doctor", "physician", "surgeon", "dentist", "pharmacist",
    "pastor", "priest", "minister", "rabbi", "imam", "nun", "mayor", "council member",
    "senator", "politician", "journalist", "reporter", "news anchor", "baker", "butcher",
    "chef", "farmer", "rancher", "fisherman", "miner", "pilot", "flight attendant", "soldier",
    "marine", "professor", "principal", "coach", "librarian", "mail carrier", "truck driver",
    "bus driver", "electrician", "plumber", "mechanic", "carpenter", "veterinarian",
    "architect", "engineer", "accountant", "banker", "realtor", "hairdresser", "barber",
    "bartender", "waitress", "cashier", "janitor", "custodian", "musician", "artist", "actor",
    "athlete", "nanny", "home health aide", "social worker", "correctional officer",
    "paramedic", "midwife", "tattoo artist", "florist", "funeral director", "crossing guard",
)  # fmt: skip
_PROF = "|".join(p.replace(" ", r"\s+") for p in sorted(PROFESSIONS, key=len, reverse=True))
#: An occupation after words that make it someone's job: "works as a baker", ", a nurse".
PROFESSION = re.compile(
    rf"(?:(?:works|worked|working|employed|job|career|position|living) as (?:a|an|the)"
    rf"|(?:is|was|became|becoming) (?:a|an|the)|, (?:a|an)|(?:the|a|an) (?:town'?s|local|only)"
    rf"|retired|former)\s+(?:\w+\s+)?(?P<profession>{_PROF})s?(?!\w)",
    re.IGNORECASE,
)
#: An occupation followed by "by trade": looked for only where "by trade" occurs, since an
#: alternation of every occupation tried at every position is slow.
TRADE = re.compile(rf"(?P<profession>{_PROF}) by (?:trade|profession)", re.IGNORECASE)
TRADE_CUE = re.compile(r" by (?:trade|profession)", re.IGNORECASE)

RARE_DIAGNOSES: Table = (
    ("ALS", _w(r"(?-i:ALS)|amyotrophic lateral sclerosis|Lou Gehrig'?s disease")),
    ("Huntington's disease", _w(r"Huntington'?s(?: disease| chorea)?")),
    ("cystic fibrosis", _w(r"cystic fibrosis")),
    ("muscular dystrophy", _w(r"(?:Duchenne )?muscular dystrophy")),
    ("spina bifida", _w(r"spina bifida")),
    ("Tourette syndrome", _w(r"Tourette'?s?(?: syndrome)?")),
    (
        "genetic syndrome",
        _w(
            r"Prader-Willi|Rett syndrome|fragile X|Angelman|Williams syndrome|progeria"
            r"|Ehlers-Danlos"
            r"|rare (?:genetic )?(?:disease|disorder|condition|syndrome)"
        ),
    ),
    ("dwarfism", _w(r"dwarfism|achondroplasia")),
    ("albinism", _w(r"albinism|albino")),
    ("hemophilia", _w(r"ha?emophilia")),
    ("organ transplant", _w(r"(?:heart|liver|kidney|lung|bone marrow) transplant")),
    ("amputation", _w(r"amputee|amputat(?:ed|ion)")),
    (
        "dissociative identity disorder",
        _w(r"dissociative identity disorder|(?-i:DID)|multiple personality"),
    ),
    ("rare cancer", _w(r"rare (?:form of |type of )?cancer|sarcoma|mesothelioma")),
)

FAMILY_STRUCTURES: Table = (
    ("multiple birth", _w(r"twins?|triplets?|quadruplets?|quintuplets?")),
    (
        "large family",
        _w(
            r"(?:one of )?(?:six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|[6-9]"
            r"|1\d) (?:\w+ )?(?:children|kids|siblings|grandchildren|foster children)"
            r"|sibling group of (?:[4-9]|\w+)"
        ),
    ),
    (
        "same-sex parents",
        _w(
            r"two (?:moms|mothers|mums|dads|fathers)|(?:her|his) (?:wife|husband) and (?:she"
            r"|he) (?:are|have)"
        ),
    ),
    (
        "raised by grandparents",
        _w(
            r"raised by (?:her|his|their) (?:great-)?grand\w+|grand(?:mother|father|parents?) (?:is"
            r"|are) raising"
        ),
    ),
    ("plural marriage", _w(r"polygam\w+|sister wives|plural marriage")),
    ("surrogacy", _w(r"surrogate (?:mother|pregnancy)|gestational carrier")),
    ("international adoption", _w(r"adopted from (?:overseas|abroad|\[[A-Z_]+\]|[A-Z]\w+)")),
    (
        "teen parent",
        _w(
            r"teen(?:age)? (?:mother|mom|father|dad|parent)|gave birth at (?:1[0-6]|ten|eleven"
            r"|twelve"
            r"|thirteen|fourteen|fifteen|sixteen)"
        ),
    ),
)

_PLACE = (
    r"church|mosque|synagogue|temple|school|bakery|diner|caf[eé]|bar|pub|gas station"
    r"|post office|library|park|river|lake|bridge|factory|mill|mine|farm|stadium|courthouse"
    r"|fire station|hospital|pharmacy|laundromat|grocery(?: store)?|market|square|train station"
    r"|bus station|water tower|cemetery|motel|trailer park|casino|plant|restaurant|store|shop"
    r"|salon|gym|mall|barbershop|clinic|plaza|harbor|marina"
)
DESCRIBED_PLACES: Table = (
    (
        "one of a kind",
        _w(
            r"the (?:town'?s |village'?s |county'?s |city'?s "
            r"|island'?s )?only (?:\w+ ){0,3}?(?:in|on"
            r"|at|near|for|within|along|off|of) (?:the |this |our )?(?:\w+ )?(?:town|village|county"
            r"|city|area|neighbou?rhood|square|street|block|road|island|corner|miles|region|valley"
            r"|reservation)|the (?:town|village|county|city|island)'?s only \w+"
        ),
    ),
    (
        "landmark",
        _w(
            rf"(?:next (?:door )?to|across (?:the street )?from|behind|above|beside"
            rf"|around the corner from|down the (?:road|street|block) from|opposite"
            rf"|a block from|over) (?:the|a) (?:\w+ )?(?:{_PLACE})"
        ),
    ),
    (
        "small community",
        _w(
            r"(?:small|tiny|little) (?:town|village|community|island)|(?:town|village) of (?:about "
            r"|around |only )?[\d,]+|population of (?:about |around |only )?[\d,]+"
        ),
    ),
    (
        "distinctive building",
        _w(
            r"the (?:red|yellow|blue|green|pink|purple|orange|white) (?:house|building|trailer"
            r"|door)"
            r"|the (?:house|building) with the (?:\w+ ){0,2}(?:fence|porch|door|roof|mural|sign"
            r"|flag)"
        ),
    ),
)
