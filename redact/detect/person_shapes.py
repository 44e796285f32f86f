"""Names NER reads as something else, or misses, found by their shape.

The small NER model often labels a person's full name as an organisation or a place
("Beatrice Ellery | Maternal grandmother" in a table, "Gerald & Maureen Ashdown", "M.
Fontaine" in a list of group members), and misses a full name at the start of a list item
("- Kaden Strickland said ..."). Policies that keep organisations (a subpoena answer) would
then release a grandmother's name. Three rules, all on capitalised words:

- an ORGANIZATION or LOCATION from NER whose words are a given name (or an initial) and
  surname-like words, with no institution word among them, is a PERSON;
- a given name followed by a surname-like word anywhere is a PERSON ("Kaden Strickland"),
  and so are two surname-like words before a credential ("Nkechi Ogundimu, LCSW");
- a name with a nickname in quotes inside it ("Wesley \"Wes\" Baker", "Theodora (\"Teddy\")
  Quinn") is one PERSON, nickname included.

A given name is one from the name lists that is not a common English word ("Beatrice",
"Alan"; not "Will" or "Rose"); a surname-like word is a listed name or a word English does not
know ("Strickland", "Pettigrew"), never a word like "Center" or "Way".
"""

from __future__ import annotations

from dataclasses import replace

import regex

from redact.detect.case_style import is_dictionary_form
from redact.detect.demonyms import DEMONYMS
from redact.detect.lone_given_names import is_lone_name
from redact.detect.lower_case_names import CHAT_WORDS, RELATION_WORDS, acronym_like
from redact.detect.meaning import credentials, is_kin_word, is_meaning, normalise
from redact.detect.names import GROWN, NOT_NAME_WORDS
from redact.detect.particles import PARTICLES
from redact.detect.place_names import us_places
from redact.detect.unknown_words import is_unknown_word
from redact.detect.wordlists import (
    country_names,
    english_words,
    given_names,
    person_names,
    plain_given_names,
    zipf,
)
from redact.detect.world_towns import world_towns
from redact.entities import NAME_TYPES
from redact.findings import Finding

SOURCE = "PersonShape"
SCORE = 0.6
RELABEL_SCORE = 0.7
#: A given name more common than this as an English word is not taken as one ("Will").
MAX_GIVEN_ZIPF = 4.5
#: A listed surname more common than this is a word ("Green", "Way").
MAX_SURNAME_ZIPF = 4.0
#: An unlisted word rarer than this is surname-like ("Pettigrew").
MAX_UNKNOWN_ZIPF = 3.0

#: Words that make capitalised words an institution, a place or a thing, not a person.
_INSTITUTION = frozenset(
    {
        "school", "elementary", "middle", "high", "academy", "college", "university", "isd",
        "district", "court", "county", "city", "state", "center", "centre", "services",
        "service", "department", "dept", "hospital", "clinic", "health", "medical", "church",
        "police", "probation", "office", "program", "programme", "group", "team", "inc",
        "llc", "pllc", "corp", "company", "co", "ltd", "bank", "association", "foundation",
        "street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "lane", "ln", "way",
        "boulevard", "blvd", "park", "trail", "manor", "apartments", "village", "house",
        "library", "shelter", "army", "general", "learning", "campus", "unit", "ward",
        "river", "lake", "valley", "mountain", "county's", "juvenile", "family", "behavioral",
    }
)  # fmt: skip

_WORD = regex.compile(r"\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*\.?|&")
_INITIAL = regex.compile(r"\p{Lu}\.")
_CAPITALISED = r"\p{Lu}[\p{L}'’]*\p{Ll}"
_PAIR = regex.compile(
    rf"(?<![\p{{L}}'’.-])(?:({_CAPITALISED})[ \t]*(?:&|and)[ \t]+)?({_CAPITALISED})[ ]"
    rf"({_CAPITALISED}(?:-{_CAPITALISED})?)(?![\p{{L}}'’-])"
)
_AFTER_NAME = regex.compile(rf"{_CAPITALISED}[ ]$")
#: A nickname in quotes: a word, or letters ("JJ", "T.J.").
_NICKNAME = rf"(?:{_CAPITALISED}|\p{{Lu}}{{2,3}}|\p{{Lu}}\.(?:\p{{Lu}}\.)+)"
#: The surname follows the nickname after one space: a column gap ('Goes by: Juniper
#: ("Juni")    Pronouns: she/her') or a field label's colon ends the name.
_NICKNAMED = regex.compile(
    rf"(?<![\p{{L}}'’.-]){_CAPITALISED}[ \t]+\(?[\"“]{_NICKNAME}[\"”]\)?[ ]"
    rf"{_CAPITALISED}(?:-{_CAPITALISED})?(?![\p{{L}}'’-]|[ \t]*:)"
)


def opens_sentence(text: str, start: int) -> bool:
    """Whether `start` opens a sentence or a line (quotes and brackets before it aside)."""
    before = text[:start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:\n"


def is_given_name(word: str) -> bool:
    """A listed given name that is not a common English word."""
    folded = word.casefold()
    return folded in given_names() and zipf(folded) < MAX_GIVEN_ZIPF and folded not in _INSTITUTION


#: A possessive's "'s" only: a character set would strip every final "s" ("Moss" to "mo").
_POSSESSIVE_END = regex.compile(r"['’]s?$")


def _surname_half(half: str, common_allowed: bool) -> bool:
    folded = _POSSESSIVE_END.sub("", half.casefold())
    if folded in _INSTITUTION or folded in NOT_NAME_WORDS:
        return False
    frequency = zipf(folded)
    listed = folded in person_names() and (common_allowed or frequency < MAX_SURNAME_ZIPF)
    # the other half of a double surname beside a sure one: a rare word that is no English
    # word ("Voss" of "Marchetti-Voss", unlisted, yet no word of the language either)
    unlisted = common_allowed and frequency < MAX_SURNAME_ZIPF and folded not in english_words()
    return listed or frequency < MAX_UNKNOWN_ZIPF or unlisted


def is_surname_like(word: str) -> bool:
    """A listed name that is not a common word, or a word English does not know. Of a double
    surname, one half so and the other any listed name: "Okonkwo-Hart", "Quinones-Baker"
    (Hart and Baker are common words, and common surnames)."""
    halves = word.split("-")
    if len(halves) == 1:
        return _surname_half(word, False)
    return all(_surname_half(h, True) for h in halves) and any(
        _surname_half(h, False) for h in halves
    )


def _a_given_name_alone(mention: str) -> bool:
    """One listed given name that is not a common word ("Mason", "MASON"), or a name that
    stands alone as a person (`is_lone_name`: "Hamdi"), or such a given name and an
    initial ("Janelle W"): NER's organisation is a misread person (a place named like one,
    "Jordan", stays a place)."""
    initialled = _GIVEN_AND_INITIAL.fullmatch(mention)
    if initialled:
        word = initialled.group(1)
        return is_given_name(word) or is_lone_name(word)
    if _LOWER_WORD.fullmatch(mention):  # "ronda said shay is back": a message's lower case
        return mention in plain_given_names()
    if _ONE_WORD.fullmatch(mention) is None:
        return False
    return is_given_name(mention) or (mention[1:].islower() and is_lone_name(mention))


_GIVEN_AND_INITIAL = regex.compile(r"(\p{Lu}\p{Ll}+)[ ]\p{Lu}\.?")


_ONE_WORD = regex.compile(r"\p{Lu}[\p{L}'’]*")
_LOWER_WORD = regex.compile(r"\p{Ll}{3,}")


def _person_shaped(mention: str) -> bool:
    """ "Beatrice Ellery", "Gerald & Maureen Ashdown", "M. Fontaine", "Jordan K."; not "Grace
    Hospital"."""
    words = [w.rstrip(".") if not _INITIAL.fullmatch(w) else w for w in _WORD.findall(mention)]
    if not 2 <= len(words) <= 5 or any(w.casefold() in _INSTITUTION for w in words):
        return False
    names = [w for w in words if w not in {"&", "and"}]
    if not all(w[:1].isupper() for w in names):
        return False
    first, last = names[0], names[-1]
    if len(names) == 2 and mention.endswith(".") and _INITIAL.fullmatch(last):
        # "Jordan K.": a roster's or a log's way to write a youth; the initial is the evidence,
        # so a given name that is also a common word or a country counts
        folded = first.casefold()
        return folded in given_names() and folded not in _INSTITUTION | NOT_NAME_WORDS
    starts = _INITIAL.fullmatch(first) is not None or is_given_name(first)
    return starts and not _INITIAL.fullmatch(last) and is_surname_like(last)


#: NER's organisation of a given name and a number: a child and its age ("Son Theo 3.").
_NAME_AND_AGE = regex.compile(r"(\p{Lu}\p{Ll}+)[ \t]+\d{1,2}")
_TWO_WORDS = regex.compile(rf"({_CAPITALISED})[ ]({_CAPITALISED})")


#: Two to four capitalised words, hyphenated ones too: a whole name NER may call an
#: organisation ("Hope Mukendi", "Oksana Petrivna Bondarenko").
_NAME_WORDS = regex.compile(
    rf"{_CAPITALISED}(?:-{_CAPITALISED})?(?:[ ]{_CAPITALISED}(?:-{_CAPITALISED})?){{1,3}}"
)
#: One word of such a name is rarer than this and no English word: the name of a culture
#: the lists hold little of ("Mukendi", "Petrivna").
MAX_FOREIGN_WORD_ZIPF = 3.0


def _foreign_whole_name(mention: str) -> bool:
    """Each word a listed given name or surname-like, none an institution's word, one
    unknown to English: NER's organisation is a person ("Hope Mukendi")."""
    if _NAME_WORDS.fullmatch(mention) is None:
        return False
    words = mention.split(" ")
    folded = [w.casefold() for w in words]
    if any(f in _INSTITUTION or f in NOT_NAME_WORDS for f in folded):
        return False
    if not all(
        f in given_names() or is_surname_like(w) for f, w in zip(folded, words, strict=True)
    ):
        return False
    return any(
        zipf(part) < MAX_FOREIGN_WORD_ZIPF and part not in english_words()
        for f in folded
        for part in f.split("-")
    )


def _misread_pair(mention: str) -> bool:
    """NER's organisation or place of two words, a given name and a word English seldom
    uses ("Brenna Tull" in a roster): a person. NER has called it a proper noun already,
    so the second word needs only be uncommon, not unknown (`MAX_SURNAME_ZIPF`). Or two to
    four words of a name, one unknown to English (`_foreign_whole_name`)."""
    if _foreign_whole_name(mention):
        return True
    pair = _TWO_WORDS.fullmatch(mention)
    if pair is None or not is_given_name(pair.group(1)):
        return False
    folded = pair.group(2).casefold()
    if _common_surname_after(pair.group(1), pair.group(2)):
        return True  # "Marcus Young": a given name no dictionary holds, a listed surname
    return (
        folded not in _INSTITUTION
        and folded not in NOT_NAME_WORDS
        and zipf(folded) < MAX_SURNAME_ZIPF
    )


#: Words for a relation or a role: NER tags them as a person in tables and headings
#: ("| Grandmother |"), but they name no one.
_ROLE_WORDS = frozenset(
    {
        "mother", "father", "mom", "dad", "mum", "parent", "parents", "guardian", "son",
        "daughter", "child", "brother", "sister", "sibling", "grandmother", "grandfather",
        "grandma", "grandpa", "grandparent", "aunt", "uncle", "cousin", "niece", "nephew",
        "stepmother", "stepfather", "stepdad", "stepmom", "wife", "husband", "partner",
        "boyfriend", "girlfriend", "client", "worker", "student", "teacher", "principal",
        "counselor", "caseworker", "respondent", "complainant", "victim", "witness",
        "relation", "relationship", "name", "role", "contact", "self", "maternal", "paternal",
        "therapist", "psychiatrist", "psychologist", "doctor", "physician", "pediatrician",
        "nurse", "officer", "judge", "attorney", "lawyer", "advocate", "facilitator",
        "interpreter", "supervisor", "manager", "clinician", "case", "social", "probation",
        "coach", "mentor", "tutor", "aide", "staff", "writer", "reporter", "author",
        "campus", "school", "district", "assistant", "senior", "intern",
    }
)  # fmt: skip
_ROLE_PHRASE = regex.compile(r"[\p{L}' -]+")


def _only_role_words(mention: str) -> bool:
    words = mention.replace("’", "'").removesuffix("'s").casefold().split()
    return (
        bool(words)
        and _ROLE_PHRASE.fullmatch(mention) is not None
        and all(w in _ROLE_WORDS for w in words)
    )


NER_SOURCE = "SpacyRecognizer"


def _unplaced_name(mention: str) -> bool:
    """One word NER calls a place that no list of places knows, a given name or a word
    English does not know ("Chepe and Dylan fine"): a person. A place named like a person
    ("Austin", "Mason", "Jordan") is in the lists and stays a place."""
    if _ONE_WORD.fullmatch(mention) is None or not mention[1:].islower():
        return False
    folded = mention.casefold()
    if folded in us_places() or folded in world_towns() or folded in country_names():
        return False
    return is_given_name(mention) or is_unknown_word(mention)


_LEADING_ROLE = regex.compile(rf"(\p{{L}}+)[ \t]+(?={_CAPITALISED})")
_LEADING_FILLER = regex.compile(r"(\p{Ll}+)[ \t]+(?=\p{L})")
_NAME_WORD = regex.compile(r"\p{L}[\p{L}'’]*")
#: An all-capitals word this short that is no known name is an acronym ("LMSW", "IEP").
MAX_ACRONYM = 5


def _may_be_a_name(mention: str, source: str) -> bool:
    """False for a PERSON that cannot be one: only relation or role words ("Grandmother"),
    or from NER only acronyms ("LMSW") or a number with no word that could be a name
    ("Tier 2"). Anything else NER calls a person stays one: recall comes first."""
    if _only_role_words(mention):
        return False
    if source != NER_SOURCE:
        return True
    words = _NAME_WORD.findall(mention)
    if all(w in CHAT_WORDS for w in words):
        return False  # "ya", "nah": a message log's fillers
    acronyms = [
        w for w in words
        if w.isupper() and len(w) <= MAX_ACRONYM and w.casefold() not in person_names()
    ]  # fmt: skip
    if words and len(acronyms) == len(words):
        return False  # "LMSW", "IEP"
    if any(c.isdigit() for c in mention):  # "Tier 2", "Room 4B": a name word or nothing
        return any(
            w.casefold() in person_names() or zipf(w) < MAX_SURNAME_ZIPF
            for w in words
            if w not in acronyms
        )
    return True


def relabel_person_shaped(
    text: str, findings: list[Finding], strict: bool = False
) -> list[Finding]:
    """NER organisations and places that are shaped like a person's name become PERSON;
    NER persons that are only relation or role words ("Maternal Grandmother") are dropped,
    and, unless `strict` (where any proper noun goes), those that cannot be a name."""
    relabelled = []
    for finding in findings:
        mention = text[finding.start : finding.end]
        if finding.entity_type in NAME_TYPES and (
            _only_role_words(mention) or not (strict or _may_be_a_name(mention, finding.source))
        ):
            continue
        if (
            finding.entity_type in {"ORGANIZATION", "LOCATION"}
            and finding.source == NER_SOURCE
            and mention.islower()
            and mention in RELATION_WORDS
        ):
            continue  # "ya nana darlene can": what a message calls her grandmother

        lead = _LEADING_ROLE.match(text, finding.start, finding.end)
        filler = _LEADING_FILLER.match(text, finding.start, finding.end)
        if finding.entity_type in NAME_TYPES and filler and filler.group(1) in CHAT_WORDS:
            lead = filler  # "nah celi": the name is "celi"
        if (
            finding.entity_type in NAME_TYPES
            and lead
            and (lead is filler or lead.group(1).casefold() in _ROLE_WORDS)
        ):
            finding = Finding(  # "Grandma Lucia Petrescu": the role stays, the name goes
                lead.end(), finding.end, finding.entity_type, finding.score, finding.action,
                finding.source, finding.group, finding.is_subject,
            )  # fmt: skip
        if finding.entity_type in {"ORGANIZATION", "LOCATION"}:
            finding = _without_sentence_opener(text, finding)
        shaped = _person_shaped(text[finding.start : finding.end])
        if not shaped and finding.entity_type in {"ORGANIZATION", "LOCATION"}:
            aged = _NAME_AND_AGE.fullmatch(text, finding.start, finding.end)
            if aged and is_given_name(aged.group(1)):  # "Son Theo 3.": NER's "Theo 3"
                finding = Finding(
                    finding.start, aged.end(1), finding.entity_type, finding.score,
                    finding.action, finding.source,
                )  # fmt: skip
                shaped = True
            else:
                shaped = _misread_pair(text[finding.start : finding.end])
        if not shaped and finding.entity_type in {"ORGANIZATION", "LOCATION"}:
            shaped = _credentialled(text, finding)
            left = _LEFT.search(text, max(0, finding.start - 40), finding.start)
            if shaped and left and (is_given_name(left.group(1)) or is_surname_like(left.group(1))):
                finding = Finding(  # "Anand Khatri, MD": the word before is the given name
                    left.start(), finding.end, finding.entity_type, finding.score,
                    finding.action, finding.source,
                )  # fmt: skip
        if (
            (finding.entity_type in {"ORGANIZATION", "LOCATION"} and shaped)
            or (
                finding.entity_type == "ORGANIZATION"
                and _a_given_name_alone(text[finding.start : finding.end])
            )
            or (
                finding.entity_type == "LOCATION"
                and finding.source == NER_SOURCE
                and _unplaced_name(text[finding.start : finding.end])
            )
        ):
            end = _unpossessed(text, finding.end)
            if (
                _GIVEN_AND_INITIAL.fullmatch(text, finding.start, end)
                and text[end : end + 1] == "."
            ):
                end += 1  # "Janelle W.": NER leaves the initial's point out
            finding = Finding(
                finding.start, end, "PERSON",
                max(finding.score, RELABEL_SCORE), finding.action, SOURCE,
            )  # fmt: skip
        relabelled.append(finding)
    return relabelled


#: Three words NER read as one organisation: the sentence's first word and a name after it.
_OPENER_AND_PAIR = regex.compile(rf"(\p{{Lu}}\p{{Ll}}+)[ ]({_CAPITALISED})[ ]({_CAPITALISED})")


def _without_sentence_opener(text: str, finding: Finding) -> Finding:
    """ "Later Darnell Price called": NER's organisation takes in the adverb that opens the
    sentence. The name is the two words after it, when they are a given name and a listed
    surname and the first word is one English knows and no given name; the opener stays in
    the text, and the pair is then read as any other."""
    match = _OPENER_AND_PAIR.fullmatch(text, finding.start, finding.end)
    if match is None or not opens_sentence(text, finding.start):
        return finding
    opener, given, surname = match.group(1), match.group(2), match.group(3)
    folded = opener.casefold()
    if folded not in english_words() or folded in given_names() or not is_given_name(given):
        return finding
    if not (is_surname_like(surname) or _common_surname_after(given, surname)):
        return finding
    return replace(finding, start=match.start(2))


_CREDENTIAL_AFTER = regex.compile(r"[ \t]*,[ \t]*(\p{L}[\p{L}.-]{1,8})(?![\p{L}])")
#: A name with a credential after it has at most this many words ("Ana M. de la Cruz").
MAX_CREDENTIALLED_WORDS = 4


def _credentialled(text: str, finding: Finding) -> bool:
    """A surname-like word with a credential after its comma: "Anand Khatri, MD", where
    NER read "Khatri" as a place; a town ("Baltimore, MD") is a common word."""
    after = _CREDENTIAL_AFTER.match(text, finding.end)
    if after is None or normalise(after.group(1)) not in credentials():
        return False
    words = text[finding.start : finding.end].split()
    if not words:
        return False
    if len(words) <= MAX_CREDENTIALLED_WORDS and is_given_name(words[0]):
        return True  # "Odalys Fairbanks-Nkemelu, LSCSW": a given name first, a credential after
    return all(is_surname_like(w) or is_given_name(w) for w in words)


def _credentialled_pair(text: str, first: str, second: str, end: int) -> bool:
    """Two surname-like words with a credential after their comma: "Nkechi Ogundimu,
    LCSW", a given name the lists do not hold, signed as staff sign."""
    after = _CREDENTIAL_AFTER.match(text, end)
    return (
        after is not None
        and normalise(after.group(1)) in credentials()
        and is_surname_like(first)
        and is_surname_like(second)
        and not {first.casefold(), second.casefold()} & _INSTITUTION
    )


def _unpossessed(text: str, end: int) -> int:
    """`end` moved before a possessive "'s": the name is "Maclean", not "Maclean's"."""
    return end - 2 if text[end - 2 : end] in {"'s", "’s"} else end


def _covered(start: int, end: int, names: list[Finding]) -> bool:
    return any(n.start <= start and end <= n.end for n in names)


def person_shape_findings(text: str, findings: list[Finding]) -> list[Finding]:
    """New PERSON findings: given name + surname pairs and nicknamed names."""
    names = [f for f in findings if f.entity_type in NAME_TYPES]
    added = []
    for match in _NICKNAMED.finditer(text):
        end = _unpossessed(text, _through_particles(text, match.end()))
        if not _covered(match.start(), end, names):
            added.append(Finding(match.start(), end, "PERSON", SCORE, source=SOURCE))
    for match in _PAIR.finditer(text, overlapped=True):
        partner, given, surname = match.group(1), match.group(2), match.group(3)
        start = match.start(2)
        after_name = _AFTER_NAME.search(text, max(0, match.start() - 40), match.start())
        if partner and is_given_name(partner) and after_name is None:
            start = match.start()  # "Gerald & Maureen Ashdown"; not "Ann Lee and Bo Kim"
        if (
            (is_given_name(given) or _credentialled_pair(text, given, surname, match.end()))
            and not given.endswith(_POSSESSIVES)  # "Kayleigh's Child-Parent Psychotherapy"
            and (is_surname_like(surname) or _common_surname_after(given, surname))
            and not institution_after(text, match.end())
            and not _covered(start, _unpossessed(text, match.end()), names)
        ):
            end = _unpossessed(text, match.end())
            added.append(Finding(start, end, "PERSON", SCORE, source=SOURCE))
    return added


_NEXT_WORD = regex.compile(r"[ \t]+(\p{L}+)")
#: The rest of a particle surname: lower-case particles, then its capitalised word.
_PARTICLE_TAIL = regex.compile(r"(?:[ \t]+(\p{Ll}+)){0,3}[ \t]+\p{Lu}[\p{L}'’-]+")


def _through_particles(text: str, end: int) -> int:
    """Where a name that ends on a particle ends: 'Wilhelmina "Billie" Van der Berg' runs on
    to 'Berg', so that no particle is left between two placeholders."""
    last = text[:end].rsplit(None, 1)[-1]
    tail = _PARTICLE_TAIL.match(text, end)
    if last.casefold() not in PARTICLES or tail is None:
        return end
    if all(word in PARTICLES for word in tail.captures(1)):
        return tail.end()
    return end


#: A given name in the possessive is followed by what is hers, never by her surname.
_POSSESSIVES = ("'s", "’s")


#: Listed surnames that are, capitalised after a given name, the sentence's own words: a
#: heading's verb or adverb ("Keisha Said", "Marcus Also"), not her family name.
_SENTENCE_WORDS = frozenset(
    {
        "said", "says", "called", "calls", "came", "went", "left", "also", "only", "still",
        "will", "may", "can", "did", "does", "was", "is", "has", "had", "and", "or", "but",
        "then", "today", "here", "there", "now", "again", "well", "more", "most", "all",
    }
)  # fmt: skip


def _common_surname_after(given: str, surname: str) -> bool:
    """A listed surname that is also a common word, after a given name English has no word
    for: "Darnell Price", "Tyrell Hall", "Loretta King", "Marcus Young". NER reads many such
    pairs as an organisation or not at all, and `is_surname_like` rightly refuses a common
    word alone; after a given name no dictionary holds, written with a capital mid-sentence,
    the word is her family name. A given name that is a word too ("Grace", "Will", "Tom")
    gives no such evidence ("Grace Church", "Will Power")."""
    folded_given, folded = given.casefold(), _POSSESSIVE_END.sub("", surname.casefold())
    return (
        is_given_name(given)
        and folded_given not in english_words()
        and folded in person_names()
        and folded not in _INSTITUTION
        and folded not in NOT_NAME_WORDS
        and folded not in _SENTENCE_WORDS
        and all(_surname_half(h, True) for h in folded.split("-"))
    )


def institution_after(text: str, end: int) -> bool:
    """ "Kaden Strickland Elementary": the pair names a school, not a person."""
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group(1).casefold() in _INSTITUTION


_RIGHT = regex.compile(rf"[ ]({_CAPITALISED}(?:-{_CAPITALISED})?)(?![\p{{L}}'’.-])")
_LEFT = regex.compile(rf"(?<![\p{{L}}'’.-])({_CAPITALISED})[ ]$")
#: A surname, a comma and the found given name, first on a line ("2. Okonkwo, Tobias") or
#: after a short label ("Patient: Warsame, Hodan A.").
_INVERTED = regex.compile(
    rf"^[ \t]*(?:[-*•]|\d{{1,3}}[.)])?[ \t]*(?:\p{{L}}[\p{{L}} .#/]{{0,20}}:[ \t]*)?"
    rf"({_CAPITALISED}(?:-{_CAPITALISED})?)[ \t]*,[ \t]*$",
    regex.MULTILINE,
)
#: A name that ends in an initial is written given name first ("Jaylen O., Kai D." in a
#: roster): what follows its comma is the next person, not its given name.
_ENDS_IN_INITIAL = regex.compile(r"(?<![\p{L}'’])\p{Lu}\.?$")
#: A given name after the comma, in capitals too ("PT: PRZYBYLSKI, WALTER F").
_GIVEN_AFTER_COMMA = regex.compile(r"[ \t]*,[ \t]*(\p{Lu}[\p{L}'’]*\p{L})(?![\p{L}'’-])")
#: What may stand before a list's surname on its line: a bullet, a number, a short label.
_LINE_HEAD = regex.compile(r"[ \t]*(?:[-*•]|\d{1,3}[.)])?[ \t]*(?:\p{L}[\p{L} .#/]{0,20}:[ \t]*)?")
_HYPHEN_RIGHT = regex.compile(rf"-{_CAPITALISED}(?![\p{{L}}'’])")
_HYPHEN_LEFT = regex.compile(rf"(?<![\p{{L}}'’.-]){_CAPITALISED}-$")
#: The other half of a hyphenated surname written in lower case ("abernathy-kowal" in a
#: message or an aide's note), taken with a lower-case name when English hardly knows it.
_HYPHEN_RIGHT_LOWER = regex.compile(r"-(\p{Ll}[\p{Ll}'’]+)(?![\p{L}'’-])")
_HYPHEN_LEFT_LOWER = regex.compile(r"(?<![\p{L}'’.-])(\p{Ll}[\p{Ll}'’]+)-$")
#: A lower-case half rarer than this as an English word is part of the name.
MAX_LOWER_HALF_ZIPF = 3.0


def _lower_half(text: str, finding: Finding) -> tuple[int, int]:
    """The finding grown over the lower-case other half of a hyphenated name, if any."""
    start, end = finding.start, finding.end
    if not text[start:end].islower():
        return start, end
    right = _HYPHEN_RIGHT_LOWER.match(text, end)
    if right is not None and zipf(right.group(1)) < MAX_LOWER_HALF_ZIPF:
        end = right.end()
    left = _HYPHEN_LEFT_LOWER.search(text, max(0, start - 40), start)
    if left is not None and zipf(left.group(1)) < MAX_LOWER_HALF_ZIPF:
        start = left.start()
    return start, end


#: A capitalised word, or a word in capitals, just before a name.
_LEFT_ANY = regex.compile(rf"(?<![\p{{L}}'’.-])({_CAPITALISED}|\p{{Lu}}[\p{{Lu}}'’]+)[ ]$")
#: Given names many cultures write before the family or father's name ("Hawo Jama Elmi",
#: "Bhim Bahadur Gurung", "Nguyen Thi Thu Trang") are in no list Faker ships; English
#: hardly knows them. Rarer than this, such a word just before a name is part of it.
MAX_FOREIGN_GIVEN_ZIPF = 3.1
#: At most this many such words are taken ("Bhim Bahadur [Gurung]").
MAX_FOREIGN_GIVEN_WORDS = 2


#: A kunya or a nasab word before a name is part of it: "Umm Khalid", "Abu Bakar", "ibn
#: Rashid", in any case ("umm khalid" in a message). Not "um", a filler in transcripts.
_KUNYA_LEFT = regex.compile(r"(?<![\p{L}'’.-])(?i:umm|abu|abou|ibn|bint|binti)[ ]$")


def _foreign_given_name(word: str, name: str) -> bool:
    """A word English hardly knows, in the name's own case, that is no place or term.

    A capitalised word before a name written in lower case is the sentence's, not the
    name's: "Texted rosa", "Messaged tomas" after an address's "Rd." open a sentence with
    the worker's act. Nor is a regular form of a dictionary word a given name ("Faxed",
    "Escorted"): English knows it, however rare it is."""
    folded = word.casefold()
    if word.isupper() != name.isupper() or len(word) < 3:
        return False  # "ESL Hodan", "Dr Hawo": an acronym or a title, not a name
    if name.islower() and not word.islower():
        return False
    return (
        zipf(folded) < MAX_FOREIGN_GIVEN_ZIPF
        and not is_kin_word(word)  # "Unci Lorraine": grandmother, then her name
        and folded not in NOT_NAME_WORDS
        and folded not in _INSTITUTION
        and folded not in english_words()
        and not is_dictionary_form(folded)
        and folded not in us_places()
        and folded not in DEMONYMS
    )


#: A middle initial between a rare given name and the found surname ("ABDIRIZAK M. [ELMI]").
_INITIAL_LEFT = regex.compile(r"(?<![\p{L}'’.-])\p{Lu}\.[ ]$")
#: A word in capitals right after a name in capitals ("[MOHAMUD ELMI] ABDIRIZAK").
_CAPS_RIGHT = regex.compile(r"[ ](\p{Lu}[\p{Lu}'’]+)(?![\p{L}'’.-])")


def _foreign_given_names(text: str, start: int, name: str, floor: int) -> int:
    """`start` moved left over the rare given names written before a found name."""
    for _ in range(MAX_FOREIGN_GIVEN_WORDS):
        initial = _INITIAL_LEFT.search(text, floor, start)
        before = initial.start() if initial is not None else start
        left = _LEFT_ANY.search(text, floor, before)
        if left is None or not _foreign_given_name(left.group(1), name):
            break
        start = left.start()
    return start


#: A word in capitals this short after a name is a form's label or an acronym, not a name.
MAX_FORM_ABBREVIATION = 3


def _caps_name_after(text: str, start: int, end: int) -> int:
    """`end` moved right over a rare name word in capitals after a name in capitals."""
    name = text[start:end]
    right = _CAPS_RIGHT.match(text, end)
    if (
        name.isupper()
        and right is not None
        and len(right.group(1)) > MAX_FORM_ABBREVIATION
        and not acronym_like(right.group(1))
        and not is_meaning(right.group(1))
        and _foreign_given_name(right.group(1), name)
    ):
        return right.end()  # not "DOB", "SSN", "MRN": a form's labels are short
    return end


def grow_names(text: str, findings: list[Finding]) -> list[Finding]:
    """PERSON findings grown over the rest of the name beside them.

    "[Hodan] Warsame, Gr 11": a surname-like word right after a found name is its surname;
    "Ofelia [Quiñones]": a given name right before one is its given name; "[Quiñones]-Baker":
    a hyphenated surname is one name, in lower case too ("[quiñones]-okafor"). The subject's
    own mentions are left as they are.
    """
    grown = []
    subject = [f for f in findings if f.is_subject]
    for finding in findings:
        if finding.entity_type not in NAME_TYPES or finding.is_subject:
            grown.append(finding)
            continue
        start, end = _lower_half(text, finding)
        if hyphen := _HYPHEN_RIGHT.match(text, end):
            end = hyphen.end()
        if hyphen := _HYPHEN_LEFT.search(text, max(0, start - 40), start):
            start = hyphen.start()
        right = _RIGHT.match(text, end)
        if (
            right is not None
            and is_surname_like(right.group(1))
            and not institution_after(text, right.end())
            and right.group(1).casefold() not in NOT_NAME_WORDS
        ):
            end = _unpossessed(text, right.end())
        end = _caps_name_after(text, start, end)
        line_start = text.rfind("\n", 0, start) + 1
        given_after = _GIVEN_AFTER_COMMA.match(text, end)
        if (
            given_after is not None
            and _LINE_HEAD.fullmatch(text, line_start, start)
            and is_given_name(given_after.group(1))
            and not _ENDS_IN_INITIAL.search(text, start, end)
        ):
            end = given_after.end()  # "1. Okonkwo, Tobias": surname, then given name
        left = _LEFT.search(text, max(line_start, start - 40), start)
        # `match`, not `search`: "^" holds only at the line's start (a search tried every
        # position of a long line, for every name on it)
        inverted = _INVERTED.match(text, line_start, start)
        if left is not None and is_given_name(left.group(1)):
            start = left.start()
        elif inverted is not None and is_surname_like(inverted.group(1)):
            start = inverted.start(1)  # "2. Okonkwo, Tobias R.": a list of surname, given name
        else:
            start = _foreign_given_names(text, start, text[start:end], max(line_start, start - 40))
        if kunya := _KUNYA_LEFT.search(text, max(line_start, start - 12), start):
            start = kunya.start()  # "Umm Khalid", "abu bakar": the kunya is the name
        if any(start < f.end and f.start < end for f in subject):
            start, end = finding.start, finding.end  # never into the subject's own name
        if (start, end) != (finding.start, finding.end):
            # grown, it may name someone else than its group ("Ellery" -> "Ellery-Fontaine"):
            # it is grouped again (`redact.detect.names.regroup`)
            group = GROWN + finding.group if finding.group else ""
            finding = Finding(
                start, end, finding.entity_type, finding.score, finding.action,
                finding.source, group,
            )  # fmt: skip
        grown.append(finding)
    return grown


#: What NER may wrap around a person and call an organisation: a verb opening the
#: sentence, "w/", a lower-case word ("Took Marcus Obi w/").
_WRAPPER_WORD = regex.compile(r"\S+")
#: A capitalised wrapper word this common, that no name list holds, is the sentence's.
MAX_WRAPPER_ZIPF = 4.0


def _only_wrapping(text: str, finding: Finding, words: list[regex.Match[str]]) -> bool:
    """Whether the words of an organisation outside the people in it are the sentence's:
    lower-case words, "w/", and a common capitalised word only where it opens the
    organisation at a sentence's start ("Took"); one lower-case word or "w/" at least, so
    that an institution's leading word around a name strict mode found ("Central [Florida
    Crisis Network]") is no wrapping."""
    if not any("/" in w.group() or w.group().strip(".,;:()").islower() for w in words):
        return False
    for word in words:
        bare = word.group().strip(".,;:()\"'“”‘’")
        if not bare or "/" in word.group() or bare.islower():
            continue
        folded = bare.casefold()
        opening = word.start() == finding.start and opens_sentence(text, finding.start)
        if (
            not opening
            or folded in _INSTITUTION
            or folded in person_names()
            or zipf(folded) < MAX_WRAPPER_ZIPF
        ):
            return False
    return True


def unwrap_people(text: str, findings: list[Finding]) -> list[Finding]:
    """Without NER's organisations and places that are only a person found inside them and
    words of the sentence around ("Took Marcus Obi w/"): the person is the finding, and a
    policy that removes organisations would otherwise remove the verb and "w/" with it."""
    people = [f for f in findings if f.entity_type == "PERSON"]
    if not people:
        return findings
    kept = []
    for finding in findings:
        if finding.entity_type in {"ORGANIZATION", "LOCATION"} and finding.source == NER_SOURCE:
            inside = [
                p for p in people
                if finding.start <= p.start and p.end <= finding.end
                and (p.start, p.end) != (finding.start, finding.end)
            ]  # fmt: skip
            outside = [
                w for w in _WRAPPER_WORD.finditer(text, finding.start, finding.end)
                if not any(p.start <= w.start() < p.end for p in inside)
            ]  # fmt: skip
            if inside and _only_wrapping(text, finding, outside):
                continue
        kept.append(finding)
    return kept
