"""Street addresses: US style, and the common European street forms.

Where a client lives is among the most dangerous facts in a note: for a survivor of
domestic violence in a shelter, an address in a released record can be a threat to life.
spaCy's NER finds cities (GPE) but not "1420 North Maple Avenue, Apt 3B".

The recognizer looks for the parts an address is made of:

- a house number, capitalised name words and a street type ("12 Elm St", "6606 Rodriguez
  Throughway"); the street types are the common USPS suffixes, in full and abbreviated;
- European forms, where the street type comes first ("4 Rue de la Paix", "Via Lorenzo 12")
  or is the end of the street name ("Koskikatu 25", "Friedhofstrasse 33", "Erzsébet tér 19.");
- PO boxes, rural and highway-contract routes ("Rt. 2 Box 442", "Box 442, HCR 1"), military
  addresses ("PSC 3294, Box 9168, APO AA 61487") and
  numbered highways ("12345 State Route 7");
- apartment and suite numbers, alone or after a street ("Apt. 864", "Suite 200");
- after a street, ", City, ST 12345" is taken into the same span when present.

Matching is case-sensitive (flags below): the name words must be capitalised, which is what
keeps "she has 3 children in the court" from reading as "3 ... Court". Court types ("2
Family Court hearings") are refused for the same reason. Lower-case addresses ("12 elm st")
are missed; a street name without a house number ("lives on Maple Street") scores 0.3 and
needs Presidio's context enhancer ("address", "lives", "street") to pass.
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPattern, CuedPatternRecognizer, LeanPattern

#: Street types: full word and abbreviations (USPS Publication 28 style, plus "Str", "Close").
_STREET_TYPE_WORDS: Final = (
    "Alley|Aly|Annex|Arcade|Avenue|Ave|Av|Bayou|Beach|Bend|Bluff|Bluffs|Boulevard|Blvd"
    "|Branch|Bridge|Brook|Bypass|Byp|Canyon|Cape|Causeway|Cswy|Circle|Cir|Cliff|Cliffs|Close"
    "|Common|Commons|Corner|Corners|Court|Ct|Courts|Cove|Cv|Creek|Crescent|Cres|Crest"
    "|Crossing|Xing|Crossroad|Curve|Dale|Divide|Drive|Dr|Drives|Estate|Estates|Expressway"
    "|Expy|Extension|Ext|Falls|Ferry|Field|Fields|Flat|Flats|Ford|Forest|Forge|Fork|Forks"
    "|Freeway|Fwy|Garden|Gardens|Gdns|Gateway|Glen|Green|Grove|Grv|Harbor|Harbour|Haven"
    "|Heights|Hts|Highway|Hwy|Hill|Hills|Hollow|Inlet|Island|Isle|Junction|Jct|Knoll|Knolls"
    "|Lake|Lakes|Landing|Lane|Ln|Lodge|Loop|Manor|Meadow|Meadows|Mews|Mill|Mills|Motorway"
    "|Mount|Mountain|Orchard|Oval|Overpass|Park|Parkway|Pkwy|Pass|Passage|Path|Pike|Pine"
    "|Pines|Place|Pl|Plain|Plaza|Plz|Point|Port|Prairie|Ranch|Ridge|Rdg|River|Road|Rd|Route"
    "|Row|Run|Shore|Shores|Skyway|Spring|Springs|Spur|Square|Sq|Stravenue|Stream|Street|St"
    "|Str|Summit|Terrace|Ter|Throughway|Trwy|Trace|Track|Trafficway|Trail|Trl|Tunnel"
    "|Turnpike|Tpke|Underpass|Valley|Viaduct|View|Village|Vista|Walk|Way|Wy|Wells|Wynd"
)
#: Each type as written and in capitals ("Street", "STREET"); never in lower case.
_STREET_TYPE_FORMS = [form for t in _STREET_TYPE_WORDS.split("|") for form in (t, t.upper())]
_STREET_TYPE = "(?:" + "|".join(_STREET_TYPE_FORMS) + r")\.?"

#: Court types: "2 Family Court hearings" is not an address.
_COURT_TYPES = (
    r"(?:Family|Juvenile|Drug|Probate|Superior|District|Supreme|County|Circuit|Municipal"
    r"|Housing|Youth|Appeals?|Appellate|Criminal|Civil|Dependency|Treatment|Health|Traffic"
    r"|Claims|High|Magistrates?|Crown|Federal|State|City|Tribal|Divorce)"
)
#: Before a street type: it is not "Court" right after a court type.
_NOT_A_COURT = rf"(?:(?!Court|COURT|Ct\b)|(?<!{_COURT_TYPES}[ \t]+))"

#: A dose or a duration after a number ("LASIX 40 MG IV GIVEN PER DR. ...") makes it a
#: quantity; no house number is followed by one ("Ft", "L" and "G" name streets: not here).
_DOSE_UNIT = r"[ \t]+(?i:mg|mcg|ml|kg|meq|mmol|cc|units?|mins?|minutes|hrs?|hours|days)\b"
_HOUSE_NUMBER = rf"(?<![\w\-/.,])\d{{1,6}}[A-Za-z]?(?:-\d{{1,5}}[A-Za-z]?)?(?!{_DOSE_UNIT})"
_DIRECTION = r"(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?"
#: A capitalised name word ("Maple", "O'Brien", "St.") or an ordinal ("5th").
#: Function words are not name words ("12 Cue The Lonely Island" is a song).
_NAME_WORD = (
    r"(?:(?!(?:The|And|Of|For|To|In|On|At|With|From|By|A|An)\b)\p{Lu}[\p{L}'’\-]*\.?"
    r"|\d{1,3}(?:st|nd|rd|th))"
)
#: An international name word: capitalised, or a lower-case particle ("de", "delle", "van").
_INTL_WORD = r"\p{Lu}[\p{L}'’\-]*\.?"
_PARTICLE = (
    r"(?:de|del|della|delle|dei|degli|di|da|do|dos|das|des|du|la|le|les|el|los|las|van|von"
    r"|der|den|y|e|d'|dell')"
)
#: Separator between address parts: spaces, at most one comma and one line break.
_SEP = r"(?:[ \t]*,[ \t]*(?:\n[ \t]*)?|[ \t]*\n[ \t]*,?[ \t]*|[ \t]+)"

_US_STATE = (
    r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE"
    r"|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|VI|GU"
    r"|AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)"
)
#: A postcode at the end of an address: US ZIP, European 4-5 digits ("1010", "53-320",
#: "340 12", "3610-114"), Canadian ("B0J 2H0") or UK ("SW1A 1AA").
_POSTCODE = (
    r"(?:\d{4,5}(?:-\d{3,4})?|\d{3} \d{2}|\d{2}-\d{3}|[A-Z]\d[A-Z] ?\d[A-Z]\d"
    r"|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})(?![\w\-])"
)
_UNIT_WORD = (
    r"(?i:apt|apartment|suite|ste|unit|bldg|building|fl|floor|rm|room|lot|trlr|trailer|spc"
    r"|space|dept)"
)
#: A unit's number or letters ("4B", "12-C", "B", "PH"); two letters alone are no English
#: word, which in a note written in capitals follows the unit word ("LIVES IN APT ON E 7TH").
_UNIT_ID = (
    r"(?:\d{1,5}[A-Za-z]?(?:-[A-Za-z0-9]{1,3})?|[A-Z]\d{0,4}|[A-Z]{2}\d{1,4}"
    r"|(?!(?:ON|IN|AT|TO|OF|IS|IT|AS|BY|OR|NO|UP|SO|DO|GO|WE|HE|ME|MY|US|AN|BE|IF|AM|PM)\b)"
    r"[A-Z]{2})(?![\w\-])"
)
_UNIT = rf"(?:{_UNIT_WORD}\.?[ \t]*#?[ \t]*|#[ \t]?){_UNIT_ID}"
#: A city, region or country: capitalised words, "(Greek)" allowed.
_PLACE_WORD = r"(?:\p{Lu}[\p{L}'’.\-]*|\(\p{Lu}[\p{L}'’.\- ]*\))"
_PLACE = rf"{_PLACE_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_PLACE_WORD}){{0,3}}"
#: What may follow a street: units, then places ending in a state ("Boston, MA 02110") or in
#: a postcode ("Utrecht, Netherlands 3511"). A place with neither is not taken, so the span
#: never runs on into the next sentence's capitalised words.
_TAIL = (
    rf"(?:{_SEP}{_UNIT}){{0,2}}"
    rf"(?:(?:{_SEP}{_PLACE}){{1,3}}"
    rf"(?:{_SEP}{_US_STATE}(?![\p{{L}}\d])(?:{_SEP}(?:{_PLACE}[ \t]+)?{_POSTCODE})?"
    rf"|[ \t]*,?[ \t]*{_POSTCODE}))?"
)

#: Street types written first in Romance, Slavic and Greek addresses. "Via Zoom" is a meeting.
_TYPE_FIRST = (
    r"(?:Rue|rue|Rua|Avenida|Avda\.?|Av\.?|Alameda|Travessa|Praça|Largo|Estrada|Calle|Carrer"
    r"|Camino|Paseo|Plaza|Ronda|Via(?![ \t]+(?:Zoom|Teams|Phone|Telephone|E-?mail|Text|Skype"
    r"|FaceTime|Video|Mail|Fax|Webex|Google|WhatsApp)\b)|Viale|Vicolo|Corso|Piazza|Piazzale"
    r"|Piazzetta|Strada|Contrada|Lungomare|Chemin|Allée|Impasse|Quai|Avenue|Boulevard|Ulica"
    r"|ulica|ul\.|Ul\.|Aleja|al\.|Aleea|Calea|Bulevardul|Odos|Leoforos|Οδός|Λεωφόρος"
    r"|Πλατεία|Λ\.)"
)
_TYPE_FIRST_NAME = (
    rf"{_TYPE_FIRST}(?:[ \t]+{_PARTICLE})*[ \t]+{_INTL_WORD}"
    rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_INTL_WORD}){{0,4}}"
)
#: Street-type endings of Nordic, Dutch, German, Baltic and Finnish street names.
#: "tie" not after "t" (Hattie, Lottie); "gade" not in Brigade or Renegade.
_TYPE_SUFFIX = (
    r"(?:katu|kuja|(?<!t)tie|polku|raitti|väylä|kaari|rinne|gatan|gata|vägen|väg|gränd"
    r"|stigen|backen|torget|veien|vegen|veg|vei|stien|bakken|plassen|vej|vejen|(?<!Bri|Rene)gade"
    r"|stræde|vænget|vænge|plads|torv|straat|laan|weg|plein|gracht|kade|dreef|singel|steeg|straße|strasse"
    r"|gasse|platz|allee|damm|ufer|chaussee|vegur|braut|stræti|straeti|stígur|maantee|puiestee"
    r"|tänav|iela|gatvė|cesta|ulica)"
)
#: The same types written as a separate word: "Erzsébet tér", "Luite tee", "Nils Hansens Vej".
_TYPE_WORD = (
    r"(?:utca|u\.|út|útja|tér|körút|köz|tee|tänav|maantee|iela|gatvė|cesta|ulica|vej|Vej|gade"
    r"|Gade|allé|Allé|vei|veien|gate|gata|Straße|Strasse|Weg|Platz|Allee|Straat|Laan|Plein)"
)
_TYPE_LAST_NAME = (
    rf"(?:{_INTL_WORD}[ \t]+){{0,2}}"
    rf"(?:\p{{Lu}}\p{{L}}{{2,}}?{_TYPE_SUFFIX}|{_INTL_WORD}[ \t]+{_TYPE_WORD})(?![\p{{L}}])"
)
_TRAILING_NUMBER = r"\d{1,5}[A-Za-z]?(?![\p{L}\d])\.?"

#: Where a street-type-last address can be: a number after white space, just after a
#: street type. The number is a cheap place for the engine to stop; the look-behind is
#: tried there only. As a plain alternation of the types, the cue cost as much as the
#: pattern (each a whole-text scan of about 0.8 ms a note).
_TYPE_LAST_CUE = (
    r"[ \t]+\d(?<=(?:"
    + _TYPE_SUFFIX.replace("(?<!t)", "").replace("(?<!Bri|Rene)", "")
    + rf"|{_TYPE_WORD})[ \t]+\d)"
)
#: The common US street types, for a street named without a house number.
_COMMON_TYPE = (
    r"(?:Street|Avenue|Ave|Boulevard|Blvd|Road|Rd|Lane|Drive|Terrace|Parkway|Pkwy"
    r"|Crescent|Highway|Hwy)"
)

#: The common types in capitals, and "ST" (in capitals a numbered street's "ST" is no saint).
_COMMON_TYPE_CAPS = "ST|" + _COMMON_TYPE.removeprefix("(?:").removesuffix(")").upper()


#: One side of a street corner: one to five words or numbers, no sentence punctuation; not
#: "the room" ("the corner of the room and the hallway").
_CORNER_SIDE = (
    r"(?!(?i:the|a|an|my|her|his|our|their|this|that|its)\b)[\p{L}\d][\p{L}\d'’.\-]*"
    r"(?:[ \t]+(?!and\b)[\p{L}\d][\p{L}\d'’.\-]*){0,4}?"
)
_CORNER_SIDE_END = r"(?=[ \t]*(?:[,;:!?)]|\.(?:\s|$)|\n|$))"


#: One street of a crossing: an ordinal ("5th") or one or two capitalised words, with an
#: optional street type ("Eastern", "North Ave", "Martin Luther King Jr Blvd" is too long
#: and is found by the street-name rule instead).
_CROSS_WORD = (
    r"(?!(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may"
    r"|june|july|august|september|october|november|december)\b)"
    r"(?-i:\p{Lu}\p{Ll})[\p{L}'’\-]*"
)
_CROSS_SIDE = (
    r"(?:(?:N|S|E|W|North|South|East|West)\.?[ \t]+)?"
    rf"(?:\d{{1,3}}(?:st|nd|rd|th)|{_CROSS_WORD}(?:[ \t]+{_CROSS_WORD})?)"
)
_CROSS_TYPE = (
    r"[ \t]+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Pkwy|Parkway"
    r"|Hwy|Highway|Pike|Way|Pl|Place)\.?"
)
#: A word that places something at a crossing: "near the store on Eastern & Broadway".
_CROSS_CUE = r"\b(?i:on|at|near|by|off|around|from|outside)[ \t]+"


class StreetAddressRecognizer(CuedPatternRecognizer):
    """Find street addresses and their parts (entity STREET_ADDRESS).

    Scores: military address 0.8; PO box or rural route 0.7; numbered US street 0.6;
    numbered highway 0.6; European street with a number 0.5; apartment, suite, unit, lot or
    trailer alone ("Unit 14", capitalised, with a number) 0.4;
    a street corner ("the corner of Elm and 5th") 0.5; a US street name without a number 0.3.
    """

    ENTITY: ClassVar[str] = "STREET_ADDRESS"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        LeanPattern(
            "military address",
            r"(?i:(?<![\w])(?:PSC|CMR|Unit)[ \t]+\d{3,5},?[ \t]+Box[ \t]+\d{1,5}"
            r"(?:[ \t]*,?[ \t]*\n?[ \t]*(?:APO|FPO|DPO)[ \t]+A[AEP](?:[ \t]+\d{5})?)?)",
            0.8,
        ),
        LeanPattern(
            "PO box or rural route",
            r"(?i:(?<![\w])(?:p\.?[ \t]?o\.?[ \t]*box|post[ \t]+office[ \t]+box"
            r"|(?:rural[ \t]+route|star[ \t]+route|rr|rt\.?|rte\.?|hcr?)[ \t]*\d{1,3},?[ \t]*box)"
            r"[ \t]*#?[ \t]*\d{1,6}"
            r"|(?<![\w])box[ \t]+\d{1,6},?[ \t]*(?:rural[ \t]+route|rr|rt\.?|rte\.?|hcr?)"
            r"[ \t]*\d{1,3})(?![\w\-])" + _TAIL,
            0.7,
        ),
        LeanPattern(
            "numbered street",
            # a tab after the number ends a table cell (an age, a grade): "23<TAB>Monroe
            # Valley Community College" is no street
            rf"{_HOUSE_NUMBER}(?:[ \t]+\d{{1,5}})?[ ]+(?:{_DIRECTION}[ \t]+)?"
            rf"(?:{_NAME_WORD}[ \t]+){{1,4}}{_NOT_A_COURT}{_STREET_TYPE}"
            rf"(?![\p{{L}}\d'’])(?:[ \t]+{_DIRECTION}(?![\p{{L}}]))?{_TAIL}",
            0.6,
        ),
        LeanPattern(
            # a street named without its type ("220 Broadway", "1450 Euclid", "88 Main"),
            # known for one by the town and state that follow it: "220 Broadway, Lorain OH
            # 44052", "1450 Euclid, Cleveland, OH"; a count of things or an age and sex
            # ("34 Male, Toledo OH") is no street
            "numbered street without its type",
            rf"{_HOUSE_NUMBER}[ ]+(?:{_DIRECTION}[ \t]+)?"
            r"(?!(?:Male|Female|Years?|Yrs?|Months?|Kids|Children|Adults|Clients|Members"
            r"|Families|Percent|Days|Weeks|Hours|Units|Beds|Dollars)\b)"
            r"(?:\p{Lu}[\p{L}'’\-]{2,}[ \t]+){0,2}\p{Lu}[\p{L}'’\-]{2,}"
            rf"(?=(?:{_SEP}{_UNIT}){{0,2}}(?:{_SEP}{_PLACE}){{1,3}}{_SEP}{_US_STATE}"
            rf"(?![\p{{L}}\d])){_TAIL}",
            0.6,
        ),
        LeanPattern(
            "numbered highway",
            rf"{_HOUSE_NUMBER}[ \t]+(?:{_DIRECTION}[ \t]+)?"
            r"(?:State|County|US|U\.S\.|Farm[ \t]+to[ \t]+Market)?[ \t]*"
            rf"(?:Route|Rte|Highway|Hwy|Road|Rd)[ \t]+\d{{1,4}}[A-Z]?(?![\w\-]){_TAIL}",
            0.6,
        ),
        LeanPattern(
            "street type first",
            # a direction may stand between ("4410 E. Calle Aurora", "9781 N Camino del Oro")
            rf"(?:{_HOUSE_NUMBER}[ \t]+(?:{_DIRECTION}[ \t]+)?{_TYPE_FIRST_NAME}"
            rf"(?:,?[ \t]+{_TRAILING_NUMBER})?"
            rf"|(?<![\p{{L}}]){_TYPE_FIRST_NAME},?[ \t]+{_TRAILING_NUMBER}){_TAIL}",
            0.5,
        ),
        CuedPattern(
            "street type last",
            rf"(?:{_HOUSE_NUMBER}[ \t]+)?(?<![\p{{L}}]){_TYPE_LAST_NAME}[ \t]+"
            rf"{_TRAILING_NUMBER}{_TAIL}",
            0.5,
            cue=_TYPE_LAST_CUE,
            from_line_start=True,
            starts=r"[\p{Lu}\d]",
        ),
        CuedPattern(
            "street corner",
            rf"(?i:the[ \t]+corner[ \t]+of)[ \t]+{_CORNER_SIDE}[ \t]+and[ \t]+{_CORNER_SIDE}"
            rf"{_CORNER_SIDE_END}",
            0.5,
            cue=r"\bcorner[ \t]+of\b",
            reach=0,
            before=12,  # "the " before "corner"
        ),
        CuedPattern(
            "street crossing",
            # "on Eastern & Broadway", "at Greenmount/North Ave", "near Monroe St and 5th":
            # with "&" or "/" both sides stand alone; with "and", one side must carry a
            # street type, or "Walmart and Target" would be a crossing
            rf"(?<={_CROSS_CUE}){_CROSS_SIDE}"
            rf"(?:{_CROSS_TYPE}[ \t]*(?:&|/|and)[ \t]*{_CROSS_SIDE}(?:{_CROSS_TYPE})?"
            rf"|[ \t]*(?:&|/)[ \t]*{_CROSS_SIDE}(?:{_CROSS_TYPE})?"
            rf"|[ \t]+and[ \t]+{_CROSS_SIDE}{_CROSS_TYPE})(?![\p{{L}}\d])",
            0.5,
            cue=_CROSS_CUE,
            reach=0,
        ),
        LeanPattern(
            "apartment or suite",
            rf"(?<![\p{{L}}])(?:(?i:apt|apartment|suite|ste)\.?"
            r"|(?-i:Unit|UNIT|Lot|LOT|Trailer|Trlr|Space|Spc)\.?(?=[ \t]*#?[ \t]*\d))"
            rf"[ \t]*#?[ \t]*{_UNIT_ID}",
            0.4,
        ),
        LeanPattern(
            # a room or bed in a hospital or a facility, where the person sleeps: "RM 412-B",
            # "room 214-A", "Rm/Bed: 118", "bed 12B"; the number only (the word stays). A
            # bed's letter says a patient's place, and so do the chart's "RM" and "Bed";
            # "Met in Room 204" and "room 3" of an interview suite are no one's
            "room or bed",
            r"(?<=(?<![\p{L}])(?:(?i:rm|bed|rm/bed|room/bed)\.?[ \t]*[#:]?[ \t]*"
            r"(?=\d{3,5}(?:-?[A-Da-d])?(?![\w\-/])|\d{1,2}-?[A-Da-d](?![\w\-/]))"
            r"|(?i:room)[ \t]*[#:]?[ \t]*(?=\d{1,5}-?[A-Da-d](?![\w\-/]))))"
            r"\d{1,5}-?[A-Da-d]?(?![\w\-/])",
            0.4,
        ),
        LeanPattern(
            # a room after its ward or a roommate's: "4 West 412-B", "4W-412B", "5 NORTH
            # 518", "ROOMMATE 214-A"; a ward is a floor and a side, no one's
            "room after its ward",
            r"(?<=(?<![\p{L}\d])(?:\d{1,2}[ \t]?(?:West|WEST|East|EAST|North|NORTH|South|SOUTH"
            r"|W|E|N|S)[ \t]*[-–]?|(?i:roommate)(?:[ \t]+in)?)[ \t]*)"
            r"\d{3,4}-?[A-Da-d]?(?![\w\-/])",
            0.4,
        ),
        LeanPattern(
            # "W 38th St", "East 5th Avenue": after an ordinal, "St" is a street, never a saint
            "numbered street without a house number",
            rf"(?<![\p{{L}}\d'’\-])(?:{_DIRECTION}[ \t]+)?\d{{1,3}}(?:st|nd|rd|th)[ \t]+"
            rf"(?:St|{_COMMON_TYPE})\.?(?![\p{{L}}\d])",
            0.5,
        ),
        LeanPattern(
            # the same in a note written in capitals: "ON E 7TH ST", "W 38TH AVE"
            "numbered street in capitals without a house number",
            rf"(?<![\p{{L}}\d'’\-])(?:{_DIRECTION}[ \t]+)?\d{{1,3}}(?:ST|ND|RD|TH)[ \t]+"
            rf"(?:{_COMMON_TYPE_CAPS})\.?(?![\p{{L}}\d])",
            0.5,
        ),
        CuedPattern(
            "street name without number",
            rf"(?<![\p{{L}}\d'’\-])(?:{_NAME_WORD}[ \t]+){{1,3}}{_COMMON_TYPE}(?![\p{{L}}\d])",
            0.3,
            cue=rf"\p{{Lu}}[a-z]+(?![a-z])(?<=[ \t]{_COMMON_TYPE})",
            from_line_start=True,
            starts=r"[\p{Lu}\d]",
        ),
    )

    CONTEXT: ClassVar[tuple[str, ...]] = (
        "address",
        "live",
        "lives",
        "reside",
        "resides",
        "moved",
        "located",
        "street",
        "apartment",
        "home",
        "shelter",
        "mail",
    )

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language=supported_language,
            # Case matters (see the module docstring); keywords carry their own (?i:...).
            global_regex_flags=re.MULTILINE,
        )
