"""Places and stores typed in lower case in messages: "her mom is in parkview again".

A client's text messages name the hospital a relative is in, the town they stay in and the
store they work at as they are typed: "shes at brookdale again", "the lady at walmart said
they're hiring". NER reads capitals and sees nothing there, the place-name gazetteer does
not know a hospital's or a subdivision's name, and the bank heads of `org_heads` do not
apply. Two shapes make such a word a place in a message line or a lower-case paragraph,
after a word that places someone ("at", "in", "from", "to", "near", "outside"):

- a compound of two place-name elements, as hospitals, nursing homes, subdivisions and
  small towns are named ("parkview", "lakeside", "oakbrook", "westgate", "glenwood"),
  that English uses little as a word (a common word such as "highland" or "woodland" is
  left alone);
- the name of a national chain of stores, restaurants or pharmacies ("walmart", "kroger"):
  where a client works, shops or waits is where they live, and capitalised, NER removes it.

A chain store placed by its street ("the lady at walmart on pueblo blvd", "the dollar
general off hwy 50") is one branch in one town: the store and its street are taken together
as a LOCATION, so that a policy that keeps organisations (a court) does not keep the store
while removing its street.

A chain store named as a site ("at the amazon place", "the walmart warehouse") is that one
site, the article with it; after a word of work in the words before ("my mom work doubles
at the amazon place") it is where someone works, an EMPLOYER.

Terms of meaning and programme names are never taken. Only offsets leave this module.
"""

from __future__ import annotations

import regex

from redact.detect.case_style import caseless_spans
from redact.detect.meaning import is_meaning
from redact.detect.org_heads import lower_case_lines
from redact.detect.wordlists import zipf
from redact.findings import Finding

SOURCE = "LowerCasePlace"
SCORE = 0.6
#: A compound of place elements is a place's name when English uses it less than this.
MAX_COMPOUND_ZIPF = 3.3

_FIRST = (
    r"park|lake|river|oak|pine|cedar|maple|elm|willow|birch|ash|west|east|north|south|green"
    r"|brook|spring|fair|glen|high|mount|bay|sun|sunny|shady|clear|rose|stone|rock|wood|hill"
    r"|mid|bright|silver|gold|golden|crest|valley|forest|meadow|harbor|harbour|bridge|mill"
    r"|cherry|apple|spruce|holly|ivy|summer|ever|sea|bear|eagle|hawk|fox|deer|cross|kings"
    r"|queens|crown|wind|saddle|grand|clover|laurel|magnolia|twin|prairie|canyon|mesa|vista"
    r"|red|white|black|blue|cold|cool|deep|spring|still|mary|saint|good|mercy|haven|sky"
)
_SECOND = (
    r"view|side|wood|woods|dale|vale|field|fields|gate|land|crest|ridge|brook|haven|mont"
    r"|more|moor|ton|ville|burg|burgh|port|mead|park|hurst|wick|ford|stead|way|point|pointe"
    r"|shore|hill|hills|grove|glen|creek|lake|stone|water|bridge|cliff|heights|meadow"
    r"|meadows|bend|springs|acres|pines|oaks|terrace|manor|crossing|court|landing|hollow"
    r"|chase|mark|water|haven|knoll|brae|lawn|bury|borough|combe|ham|ley|leigh"
)
_COMPOUND = regex.compile(rf"(?:{_FIRST})(?:{_SECOND})")


def is_place_compound(word: str) -> bool:
    """Whether a lower-case word is two place-name elements English uses little as a word
    ("harborcreek", "oakbrook"; not "highland")."""
    return _COMPOUND.fullmatch(word) is not None and zipf(word) < MAX_COMPOUND_ZIPF


#: National chains of stores, restaurants, pharmacies and gas stations, in lower case.
CHAIN_STORES = _CHAINS = frozenset(
    {
        "walmart", "target", "amazon", "kroger", "safeway", "costco", "walgreens", "cvs",
        "rite aid", "riteaid",
        "aldi", "publix", "meijer", "wegmans", "albertsons", "winco", "lowes",
        "dollar general", "dollar tree", "family dollar", "mcdonalds", "mcdonald's",
        "wendys", "wendy's", "burger king", "taco bell", "chick fil a", "chickfila",
        "dunkin", "starbucks", "popeyes", "arbys", "arby's", "kfc",
        "home depot", "menards", "kmart", "sams club", "sam's club", "food lion",
        "piggly wiggly", "circle k", "7 eleven", "7-eleven", "speedway", "wawa", "sheetz",
        "quiktrip", "kum and go", "amazon warehouse", "fedex",
        "ups store", "goodwill", "big lots", "tj maxx", "marshalls", "old navy",
        "autozone", "jiffy lube", "dennys", "denny's", "ihop", "waffle house", "applebees",
        "applebee's", "chilis", "chili's", "olive garden", "pizza hut", "dominos",
        "domino's", "little caesars", "jack in the box", "whataburger", "culvers",
        "dairy queen", "hy-vee", "hyvee", "giant eagle", "stop and shop", "shoprite",
        "food 4 less", "king soopers", "fred meyer", "ralphs", "vons",
    }
)  # fmt: skip
_CHAIN_ALTERNATION = "|".join(
    regex.escape(name).replace(r"\ ", r"[ \t]+") for name in sorted(_CHAINS, key=len, reverse=True)
)
_PLACED = regex.compile(
    r"(?<![\w'’-])(?:at|in|from|to|into|near|outside|behind|by|@)[ \t]+(?:the[ \t]+)?"
    rf"(?:(?P<chain>{_CHAIN_ALTERNATION})|(?P<word>[a-z]{{6,}}))(?![\w'’@/-]|\.\w)"
)


#: A chain store named as one site: "the amazon place", "the walmart warehouse".
_SITE_NOUN = regex.compile(
    r"[ \t]+(?:place|warehouse|plant|building|distribution[ \t]+center|dc)(?![\w'’-])"
)
#: A word of work in the few words before a site: "my mom work doubles at".
_WORK_BEFORE = regex.compile(
    r"(?<![\w'’-])(?:work|works|working|worked|job|jobs|shift|shifts|doubles|hired|employed"
    r"|clock(?:ed|s)?[ \t]+in)(?:[ \t]+[a-z'’]+){0,2}[ \t]+(?:at|@|for)[ \t]+(?:the[ \t]+)?\Z"
)
#: Characters before a site looked at for a word of work.
_WORK_REACH = 40


#: A bar, diner or shop named by a possessive after a placing word: "at tj's", "to rosie's".
_POSSESSIVE_PLACED = regex.compile(
    r"(?<![\w'’-])(?:at|to|from|near|by|@)[ \t]+(?P<shop>[a-z][a-z&.]{0,15}['’]s)(?![\w'’-])"
)
#: A workplace by its own short name after a word of work: "works nights at dunmore",
#: "got hired at brightline", "back at riverbend
#: monday", "first day back at halvard". A word after "back at" is a workplace only when
#: the line speaks of work or says when ("monday", "tmrw", "on the 14th").
_WORK_SITE = regex.compile(
    r"(?<![\w'’-])(?:(?P<work>work|works|working|worked|job|shift|shifts|doubles|hired|employed"
    r"|clock(?:ed|s)?[ \t]+in|quit|fired|laid[ \t]+off|overtime)(?:[ \t]+[a-z'’]+){0,2}?"
    r"[ \t]+(?:at|@|for|from)|(?P<back>back|return(?:ing)?|start(?:ing|ed|s)?)[ \t]+(?:at|to))"
    r"[ \t]+(?P<word>[a-z][a-z-]{3,})(?![\w'’@/-])"
)
#: A word in the line that says "back at X" is about work, or when the client goes back.
_WORK_LINE = regex.compile(
    r"(?<![\w'’-])(?:work|job|shift|plant|boss|supervisor|hr|manager|co-?workers?|overtime"
    r"|lab|floor|line|rtw|light[ \t]+duty|clock[ \t]+in|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|tmrw|tomorrow|tmr|next[ \t]+week|on[ \t]+the[ \t]+\d{1,2}"
    r"(?:st|nd|rd|th))(?![\w'’-])"
)
#: A workplace's short name is a word English uses less than this.
MAX_WORK_SITE_ZIPF = 2.5


def _work_sites(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of a workplace's short name in lower case after a word of work."""
    spans = []
    for match in _WORK_SITE.finditer(text, start, end):
        word = match.group("word")
        if zipf(word) >= MAX_WORK_SITE_ZIPF or is_meaning(word):
            continue
        if match.group("back") and not _WORK_LINE.search(text, start, end):
            continue
        spans.append(match.span("word"))
    return spans


#: A street after a chain store: one to three lower-case words ending in a street type, or
#: a highway or a numbered street ("on pueblo blvd", "off hwy 50", "on 29th st").
_STORE_STREET = regex.compile(
    r"[ \t]+(?:on|off|at)[ \t]+(?:(?!(?:after|before|with|for|from|then|and|my|her|his"
    r"|their|to|at|in)[ \t])(?:[a-z][a-z'’-]*|\d{1,3}(?:st|nd|rd|th))[ \t]+){1,3}?"
    r"(?:st|street|ave|avenue|blvd|boulevard|rd|road|dr|drive|ln|lane|pkwy|parkway|hwy"
    r"|highway|way|pike|ct|court)\.?(?![\w'’-])"
    r"|[ \t]+(?:on|off)[ \t]+(?:hwy|highway|route|rt|us|i-?)[ \t]*\d{1,3}(?![\w'’-])"
)


#: A street named by its name alone after a chain store, as people say it: "the 7-eleven on
#: colonial", "the cvs on semoran", "publix on alafaya", "circle k on 4th". The word must
#: not be one that follows "on" for other reasons (a day, a shift, a break, a pronoun or
#: article).
_STORE_STREET_NAME = regex.compile(
    r"[ \t]+(?:on|off)[ \t]+(?P<street>[A-Za-z][a-z'’-]{3,}|\d{1,3}(?:st|nd|rd|th))"
    r"(?![\w'’@-])"
)
#: The streets every town has, too common as words for the frequency bar: after a chain
#: store and "on" they are its street ("mcdonalds on main", "the cvs on state").
_TOWN_STREETS = frozenset(
    {"main", "state", "market", "church", "central", "center", "park", "front", "college",
     "washington", "broadway"}
)  # fmt: skip
_NOT_STREET_NAMES = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "weekends", "weekdays", "weekend", "break", "shift", "duty", "call", "time", "sale",
        "lunch", "payday", "fire", "camera", "video", "there", "here", "foot", "line",
        "purpose", "accident", "tuesdays", "mondays", "fridays", "saturdays", "sundays",
    }
)  # fmt: skip
#: A street word this common in English is a word, not the street ("on that", "on their").
MAX_STREET_NAME_ZIPF = 5.0
#: A lake, mount or fort and its name in a message: "the park by lake underhill", "lake
#: fredrick saturday?", "mount dora", "fort myers".
_NAMED_FEATURE = regex.compile(
    r"(?<![\w'’-])(?:lake|mount|mt|fort|ft|port|camp|lakes)[ \t]+(?P<name>[a-z][a-z'’-]{3,})"
    r"(?![\w'’@-])"
)
#: The name after "lake" is a word English uses less than this ("lake underhill", not
#: "lake house" or "lake today").
MAX_FEATURE_NAME_ZIPF = 4.0


#: A chain store in any case and any text, with its kind of shop: "the Publix pharmacy",
#: "at the 7-eleven". Taken only with a street after it (one branch in one town).
_CHAIN_ANYWHERE = regex.compile(
    r"(?<![\w'’-])(?i:the|at|to|from|by)[ \t]+"
    rf"(?P<chain>(?i:{_CHAIN_ALTERNATION})(?:[ \t]+(?i:pharmacy|store|gas[ \t]+station))?)"
    r"(?![\w'’@/-])"
)


def _street_name(text: str, start: int, end: int) -> int | None:
    """The end of a bare street name after a chain store ("on colonial"), or None."""
    street = _STORE_STREET_NAME.match(text, start, end)
    if street is None:
        return None
    word = street.group("street").casefold()
    if word[0].isdigit() or word in _TOWN_STREETS:
        return street.end()
    if word in _NOT_STREET_NAMES or zipf(word) >= MAX_STREET_NAME_ZIPF or is_meaning(word):
        return None
    return street.end()


#: A hospital typed by its name and its kind in a message: "mamaw is at mountain regional",
#: "took him to baptist memorial", "shes in st marys general". One or two words before the
#: head; the words are the hospital's, never a pronoun or an article. A name before
#: "hospital" is `org_names`' ("stoddard hospital" loses its name, the word "hospital" stays).
_LOWER_HOSPITAL = regex.compile(
    r"(?<![\w'’-])(?:at|in|to|from|into|@)[ \t]+(?:the[ \t]+)?"
    r"(?P<name>(?:[a-z][a-z'’.-]+[ \t]+){1,2}(?:regional|memorial|general|medical[ \t]+center))"
    r"(?![\w'’-])"
)
_NOT_HOSPITAL_WORDS = frozenset(
    {
        "my", "his", "her", "their", "our", "your", "a", "an", "the", "this", "that", "same",
        "other", "old", "new", "big", "local", "a&p", "er", "in", "at", "to", "county",
        "state", "va", "childrens", "children's", "kids", "main", "and", "or", "of",
        "attorney", "surgeon", "inspector", "consul", "secretary", "postmaster",
    }
)  # fmt: skip


def _lower_hospitals(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of a hospital by its name and kind in lower case ("at mountain regional")."""
    spans = []
    for match in _LOWER_HOSPITAL.finditer(text, start, end):
        words = match.group("name").split()[:-1]
        if any(w in _NOT_HOSPITAL_WORDS for w in words) or match.group("name") in _CHAINS:
            continue
        if any(is_meaning(w) for w in words):
            continue
        spans.append(match.span("name"))
    return spans


def _named_features(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of a lake, mount or fort with its name in lower case."""
    return [
        match.span()
        for match in _NAMED_FEATURE.finditer(text, start, end)
        if zipf(match.group("name")) < MAX_FEATURE_NAME_ZIPF and not is_meaning(match.group("name"))
    ]


def lower_case_place_findings(text: str) -> list[Finding]:
    """LOCATION findings for compounds of place elements and ORGANIZATION findings for
    chain stores after a placing word in a message line or a lower-case paragraph; in any
    text, a chain store with its street ("the Publix pharmacy on Alafaya") is a LOCATION."""
    found: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    for start, end in [*caseless_spans(text), *lower_case_lines(text)]:
        for match in _PLACED.finditer(text, start, end):
            if match.group("chain"):
                span, kind = match.span("chain"), "ORGANIZATION"
                street = _STORE_STREET.match(text, span[1], end)
                bare = None if street is not None else _street_name(text, span[1], end)
                site = _SITE_NOUN.match(text, span[1], end)
                if street is not None:
                    span, kind = (span[0], street.end()), "LOCATION"
                elif bare is not None:
                    span, kind = (span[0], bare), "LOCATION"
                elif site is not None:  # "at the amazon place": the article goes with it
                    first = match.start("chain")
                    if text[max(0, first - 4) : first] == "the ":
                        first -= 4
                    span, kind = (first, site.end()), "LOCATION"
                if _WORK_BEFORE.search(text[max(start, span[0] - _WORK_REACH) : span[0]]):
                    kind = "EMPLOYER"
            else:
                word = match.group("word")
                if not is_place_compound(word):
                    continue
                if is_meaning(word):
                    continue
                span, kind = match.span("word"), "LOCATION"
            if span not in seen:
                seen.add(span)
                found.append(Finding(*span, kind, SCORE, source=SOURCE))
        for match in _POSSESSIVE_PLACED.finditer(text, start, end):
            # "wings at tj's on cameron", "at rosie's off route 9": one place, by its street
            street = _STORE_STREET.match(text, match.end(), end)
            store_end = street.end() if street else _street_name(text, match.end(), end)
            span = (match.start("shop"), store_end or 0)
            if store_end is not None and span not in seen:
                seen.add(span)
                found.append(Finding(*span, "LOCATION", SCORE, source=SOURCE))
        for span in _work_sites(text, start, end):
            if span not in seen:
                seen.add(span)
                found.append(Finding(*span, "EMPLOYER", SCORE, source=SOURCE))
        for span in _named_features(text, start, end):
            if span not in seen:
                seen.add(span)
                found.append(Finding(*span, "LOCATION", SCORE, source=SOURCE))
        for span in _lower_hospitals(text, start, end):
            if span not in seen:
                seen.add(span)
                found.append(Finding(*span, "HEALTHCARE_FACILITY", SCORE, source=SOURCE))
    for match in _CHAIN_ANYWHERE.finditer(text):
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        street = _STORE_STREET.match(text, match.end(), line_end)
        store_end = street.end() if street else _street_name(text, match.end(), line_end)
        if store_end is not None and (match.start("chain"), store_end) not in seen:
            seen.add((match.start("chain"), store_end))
            found.append(Finding(match.start("chain"), store_end, "LOCATION", SCORE, source=SOURCE))
    return found
