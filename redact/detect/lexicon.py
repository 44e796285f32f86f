"""The people of a whole release: names gathered from every document before any is redacted.

A records request is many documents, and the short ones carry no context of their own: a
table row says "Intake w/ Mack and mom Rosalind", a comment in a .docx says "Ashdown has an
open warrant". The same names are written out in full elsewhere in the release ("Marcus
\"Mack\" Ellery-Fontaine", "mom's boyfriend Gerald Ashdown"). A first, cheap pass (patterns
only, no NER) gathers the names that are certainly people:

- a name with a nickname in quotes inside it or declared after it ("Wesley \"Wes\" Baker",
  "Marcus Ellery-Fontaine (goes by \"Mack\")");
- a given name and a surname ("Kaden Strickland", see `person_shapes`);
- a capitalised name after a relation word ("mom's boyfriend Gerald Ashdown"), its given
  name any listed one, however common ("her son, Martin Kowal").
- a name alone, without a surname, that is certainly a person's: one word after a relation
  word ("Aunt Lolo", "Grandma Ines"), or a name a message log's cues make a person
  (`redact.detect.lower_case_names`: "can lolo bring the kids", "my sponser is deb").
  These are searched for as they are, in every document, in lower case too where the word
  is rare ("Aunt Lolo" in the visit log, "lolo" in the text messages); a name declared as
  one's preferred name or nickname ('Pref. name: "Dez"') is one of them.

Institutions by their distinctive word: "Lemoyne Elementary School" in the investigation and
"Crouse Chemical Dependency Treatment Services" in the court report make "Lemoyne" (a row's
"Lemoyne attendance teacher") and "Crouse" ("Is the appointment at Crouse?") the same
school and facility, of the same type, in every document; only a first word shaped like a
surname counts ("Lemoyne", not "Early" of "Early Head Start" nor "Central").

Identifiers too: a value after a label in one document ("Client #: CH-10442", "DIN
19-B-2276") is the same identifier, of the same type, where another document writes it
without its label (a heading "Session notes (CH-10442)", a table row "re: WO25P1873GD").

Then every document looks for those names and their words (a word two people share is
left to each document), and a nickname or a first name alone gets the pseudonym of the full
name it belongs to, in every document. The pass is deterministic: the same inputs give the
same names, whatever the number of workers, the engine, or a resumed run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from redact.detect.descriptive_surnames import descriptive_pairs, descriptive_people
from redact.detect.employer_names import employers_in, letterhead, outside_letterheads
from redact.detect.labelled import labelled_values
from redact.detect.labelled_names import attention_names
from redact.detect.letter_nicknames import (
    is_letter_nickname,
    letter_nickname_forms,
    letter_nickname_people,
)
from redact.detect.log_initials import release_log_initials
from redact.detect.lower_case_names import lower_case_name_findings, speaker_spans
from redact.detect.meaning import inside_longer_term
from redact.detect.names import (
    MAX_LOWER_ZIPF,
    canonical_name,
    fold_accents,
    lower_case_is_a_name,
    name_words,
    searchable_alone,
    whole_word_mentions,
    word_parts,
)
from redact.detect.naming_cues import self_named
from redact.detect.organisation_people import ends_in_org_head, is_org_head
from redact.detect.person_shapes import institution_after, is_given_name, is_surname_like
from redact.detect.place_names import us_places
from redact.detect.quoted_nicknames import quoted_nickname_people
from redact.detect.street_nicknames import declared_nicknames, nickname_mentions
from redact.detect.wordlists import english_words, given_names, person_names, zipf
from redact.findings import Finding

SOURCE = "release-names"
SCORE = 0.7
ID_SOURCE = "release-identifiers"
#: As sure as the labelled value it was read from, less a little: another finding with its
#: own label in this document wins.
ID_SCORE = 0.85
INSTITUTION_SOURCE = "release-institutions"
#: Below a name's score: a person who shares the word keeps being a person.
INSTITUTION_SCORE = 0.6
#: A word of a certain person's name that English hardly knows is searched in lower case
#: too ("miss rowntree" in a voicemail transcript, "marty kowal"), even when no list of
#: names holds it: the release has shown it to be a name.
MAX_LOWER_SURNAME_ZIPF = 2.5

_CAP = r"\p{Lu}[\p{L}'’]*\p{Ll}"
_SURNAME = rf"{_CAP}(?:-{_CAP})?"
_QUOTED_NICK = regex.compile(
    rf"(?<![\p{{L}}'’.-])({_CAP})[ \t]+\(?[\"“]({_CAP})[\"”]\)?[ \t]+({_SURNAME})(?![\p{{L}}'’-])"
)
_DECLARED_NICK = regex.compile(
    rf"(?<![\p{{L}}'’.-])({_CAP}(?:[ ]\p{{Lu}}\.)?[ ]{_SURNAME})[ \t]*[,(][ \t]*"
    r"(?i:goes[ \t]+by|known[ \t]+as|a\.?k\.?a\.?|nicknamed?)[ \t:]*[\"“]?"
    rf"({_CAP})[\"”]?"
)
_PAIR = regex.compile(rf"(?<![\p{{L}}'’.-])({_CAP})[ ]({_SURNAME})(?![\p{{L}}'’-])")
_RELATION = regex.compile(
    r"\b(?:mom|mother|dad|father|boyfriend|girlfriend|bf|gf|husband|wife|partner|son"
    r"|daughter|brother|sister|grandmother|grandfather|grandma|grandpa|aunt|uncle|cousin"
    r"|friend|stepdad|stepmom|stepfather|stepmother|neighbou?r)(?:'s)?,?[ \t]+"
    rf"({_CAP}[ ]{_SURNAME})(?![\p{{L}}'’-])"
)


@dataclass(frozen=True)
class ReleaseNames:
    """Full names (as written, accents folded) and each searchable form -> its canonical name.

    Tuples, sorted: picklable to workers and identical however the pass was run.
    """

    full_names: tuple[str, ...] = ()
    forms: tuple[tuple[str, str], ...] = ()
    nicknames: tuple[str, ...] = ()
    #: Names without a surname that are certainly people's ("Lolo", "deb"), as written.
    single_names: tuple[str, ...] = ()
    #: Labelled identifiers of the release and their types (("CH-10442", "CASE_NUMBER")).
    identifiers: tuple[tuple[str, str], ...] = ()
    #: The distinctive first words of the release's institutions (("Lemoyne", "SCHOOL")).
    institution_words: tuple[tuple[str, str], ...] = ()
    #: Nicknames the release declares ('aka "Tank"'), searched in every case
    #: (`redact.detect.street_nicknames`), English words or not.
    street_names: tuple[str, ...] = ()
    #: Employers a work cue names in the release ("Tarrow Polymer", "Tarrow"), found again
    #: in every document (`redact.detect.employer_names`).
    employers: tuple[str, ...] = ()
    #: Lower-case initials that stand for people in the release's signed logs, each with
    #: whether it signs ("tnb", True), found again in its table rows
    #: (`redact.detect.log_initials`).
    log_initials: tuple[tuple[str, bool], ...] = ()

    def __bool__(self) -> bool:
        return any(
            (self.forms, self.single_names, self.identifiers, self.institution_words,
             self.street_names, self.employers, self.log_initials)
        )  # fmt: skip

    def canonical_of(self, canonical: str) -> str | None:
        """The full name (in `canonical_name` form) that a name in that form ("mack",
        "ellery fontaine") belongs to, if the release names one person so."""
        return self._table().get(canonical)

    def _table(self) -> dict[str, str]:
        table: dict[str, str] | None = getattr(self, "_cache", None)
        if table is None:
            table = {canonical_name(form): canonical for form, canonical in self.forms}
            table.update({canonical: canonical for _, canonical in self.forms})
            object.__setattr__(self, "_cache", table)
        return table

    def __getstate__(self) -> dict[str, object]:
        return {
            "full_names": self.full_names,
            "forms": self.forms,
            "nicknames": self.nicknames,
            "single_names": self.single_names,
            "identifiers": self.identifiers,
            "institution_words": self.institution_words,
            "street_names": self.street_names,
            "employers": self.employers,
            "log_initials": self.log_initials,
        }

    def __setstate__(self, state: dict[str, object]) -> None:
        object.__setattr__(self, "full_names", state["full_names"])
        object.__setattr__(self, "forms", state["forms"])
        object.__setattr__(self, "nicknames", state["nicknames"])
        object.__setattr__(self, "single_names", state.get("single_names", ()))
        object.__setattr__(self, "identifiers", state.get("identifiers", ()))
        object.__setattr__(self, "institution_words", state.get("institution_words", ()))
        object.__setattr__(self, "street_names", state.get("street_names", ()))
        object.__setattr__(self, "employers", state.get("employers", ()))
        object.__setattr__(self, "log_initials", state.get("log_initials", ()))


#: A credential written after a name: three capitals or more after a comma ("LSWAA",
#: "NCSP"), never two ("Spokane Valley, WA" is a town and its state).
_CREDENTIAL_SHAPE = regex.compile(r"[ \t]*,[ \t]*\p{Lu}{3,6}(?:-\p{Lu}{1,4})?(?![\p{L}\d])")
#: A capitalised word right before a pair: the pair ends a longer name.
_NAME_WORD_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’-]*[ \t]+$")
#: A given name no list holds is at most this common ("Yuki", "Esme").
MAX_UNLISTED_GIVEN_ZIPF = 3.5


def _unlisted_given_name_pair(text: str, match: regex.Match[str]) -> bool:
    """A given name no list holds before a surname, when the text shows a person: a
    credential after the pair ("Yuki Marchetti, LSWAA"), or a double surname whose halves
    are both surnames ("Esme Castellanos-Lindahl"). The given name is rare and no English
    word, and the pair no town ("Walla Walla")."""
    given, surname = match.group(1), match.group(2)
    folded = given.casefold()
    if folded in english_words() or zipf(folded) >= MAX_UNLISTED_GIVEN_ZIPF:
        return False
    if not is_surname_like(surname) or match.group(0).casefold() in us_places():
        return False
    if _NAME_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start()):
        return False  # the end of a longer name ("Nguyen Thi Thu Trang, MSW"), read whole
    halves = surname.split("-")
    double = len(halves) == 2 and all(is_surname_like(h) for h in halves)
    return double or _CREDENTIAL_SHAPE.match(text, match.end()) is not None


def _people_in(text: str) -> Iterable[tuple[str, tuple[str, ...]]]:
    """(full name as written, nicknames) of each person certainly named in `text`; a part
    of a name with a descriptive surname ("Geraldine Little" of "Geraldine Little Bear")
    is not another person."""
    whole = [name for name, _ in descriptive_people(text)]
    for written, nicknames in _shaped_people(text):
        if written in whole or not any(written in name for name in whole):
            yield written, nicknames


def _shaped_people(text: str) -> Iterable[tuple[str, tuple[str, ...]]]:
    for match in _QUOTED_NICK.finditer(text):
        yield f"{match.group(1)} {match.group(3)}", (match.group(2),)
    for match in _DECLARED_NICK.finditer(text):
        yield match.group(1), (match.group(2),)
    yield from letter_nickname_people(text)
    yield from descriptive_people(text)  # "Geraldine \"Geri\" Little Bear"
    yield from quoted_nickname_people(text)
    for name in attention_names(text):  # "attn. Grace Liufau"
        yield name, ()
    for match in _PAIR.finditer(text, overlapped=True):
        listed = is_given_name(match.group(1)) and is_surname_like(match.group(2))
        if listed or _unlisted_given_name_pair(text, match):
            yield match.group(0), ()
    yield from _name_runs(text)
    for match in _RELATION.finditer(text):
        given, _, surname = match.group(1).partition(" ")
        listed = given.casefold() in given_names()  # "her son, Martin Kowal": common or not
        if is_surname_like(surname) and (listed or is_given_name(given) or is_surname_like(given)):
            yield match.group(1), ()


#: Two to four capitalised words in a row, none a common word: how names are written that
#: put the family name first ("Nguyen Thi Thu Trang") or whose given names no list holds
#: ("Hawo Jama Elmi", "Bhim Bahadur Gurung", "Luz Marina Ochoa Restrepo").
_RUN = regex.compile(
    rf"(?<![\p{{L}}'’.-])({_SURNAME}(?:[ ]{_SURNAME}){{1,3}})(?![\p{{L}}'’.-]|[ ]\p{{Lu}})"
)
#: Both words of a two-word run are rarer than this, and no town's name.
MAX_RARE_PAIR_ZIPF = 2.5


def _name_runs(text: str) -> Iterable[tuple[str, tuple[str, ...]]]:
    """Runs of words that are each a listed name or unknown to English (three or four),
    or each very rare, one of them a listed name (two), and no institution's name: a
    person's whole name."""
    taken_to = -1
    # overlapped: "[Nhia Vang]" of "Pa Nhia Vang"; never a part of a name already taken
    for match in _RUN.finditer(text, overlapped=True):
        words = match.group(1).split(" ")
        if match.end(1) <= taken_to or institution_after(text, match.end(1)):
            continue
        if _whole_name(words):
            taken_to = match.end(1)
            yield match.group(1), ()


def _whole_name(words: list[str]) -> bool:
    if len(words) >= 3:
        named = sum(is_surname_like(w) for w in words)
        return named >= 2 and all(map(_rare_word, words))
    return (
        words[0] != words[1]  # not "Maay Maay", a language
        and any(w.casefold() in person_names() for w in words)  # not "Sąd Rejonowy"
        and all(
            zipf(w.casefold()) < MAX_RARE_PAIR_ZIPF and w.casefold() not in us_places()
            for w in words
        )
    )


#: A word of a name run that is not a listed name is rarer than this, and no English word
#: ("Thu" of "Nguyen Thi Thu Trang", "Dil" of "Dil Maya Rai").
MAX_RUN_WORD_ZIPF = 3.5


def _rare_word(word: str) -> bool:
    folded = word.casefold()
    return is_surname_like(word) or (
        len(folded) >= 3 and folded not in english_words() and zipf(folded) < MAX_RUN_WORD_ZIPF
    )


_RELATION_ALONE = regex.compile(
    r"\b(?i:aunt|auntie|tia|tio|uncle|grandma|grandpa|granny|nana|nanna|abuela|abuelo|cousin"
    r"|sister|brother|stepdad|stepmom|godmother|godfather|sponsor"
    # the people a note names by one word after their tie to the client ("her boyfriend
    # Tiko"), and another note of the release writes in lower case ("tiko drove her")
    r"|friend|boyfriend|girlfriend|bf|gf|partner|roommate|neighbou?r|husband|wife|son"
    r"|daughter|niece|nephew|stepson|stepdaughter"
    r"|kookum|kokum|kokom|nokomis|mishomis|mishoomis|unci|kunsi|tunkasila)[ \t]+"
    rf"({_CAP})(?![\p{{L}}'’-]|[ \t]+\p{{Lu}})"
)


#: A nickname in quotes after a relation word ('staying w/ friend "Tater"', 'a friend,
#: "Tater",'): the quotes say it is what the person is called, whatever English word it is.
_RELATION_QUOTED = regex.compile(
    r"\b(?i:aunt|auntie|uncle|cousin|sister|brother|friend|boyfriend|girlfriend|bf|gf"
    r"|roommate|neighbou?r|partner|sponsor),?[ \t]+[\"“]"
    rf"({_CAP})[\"”]"
)


_DECLARED_ALONE = regex.compile(
    r"(?i:pref(?:erred)?\.?[ \t]+name|goes[ \t]+by|nick[ \t-]?name|a\.?k\.?a\.?|known[ \t]+as)"
    rf"[ \t]*:?[ \t]*[\"“]?({_CAP})[\"”]?(?![\p{{L}}'’-]|[ \t]+\p{{Lu}})"
)
#: A labelled value this short, or with fewer digits, is not searched for elsewhere.
MIN_IDENTIFIER = 5
MIN_IDENTIFIER_DIGITS = 3
_DIGIT = regex.compile(r"\d")


def _identifiers_in(text: str) -> Iterable[tuple[str, str]]:
    """(value, type) of each labelled identifier of `text` ("CH-10442", "CASE_NUMBER")."""
    for found in labelled_values(text):
        value = text[found.start : found.end].strip()
        digits = len(_DIGIT.findall(value))
        if found.entity_type and len(value) >= MIN_IDENTIFIER and digits >= MIN_IDENTIFIER_DIGITS:
            yield value, found.entity_type


#: An institution's first word shorter than this is an abbreviation, not its name.
MIN_INSTITUTION_WORD = 4
#: The head nouns of named institutions and the type each gives (as
#: `redact.detect.recognizers.institution` types them), found in one fast scan.
_INSTITUTION_HEADS = {
    **dict.fromkeys(("Elementary", "School", "Academy", "College", "Preschool"), "SCHOOL"),
    **dict.fromkeys(("Hospital", "Clinic", "Medicine", "Center", "Centre"), "HEALTHCARE_FACILITY"),
    **dict.fromkeys(("Services", "Agency", "Society", "Charities"), "AGENCY"),
    # a practice or a pharmacy named once in full, then by its own word ("pill packs from
    # BRIGHTWATER"): `redact.detect.org_names` finds the full name
    **dict.fromkeys(("Therapy", "Counseling", "Counselling"), "HEALTHCARE_FACILITY"),
    "Pharmacy": "ORGANIZATION",
}
_HEAD = re.compile(rf"\b({'|'.join(_INSTITUTION_HEADS)})\b")
#: Up to four capitalised words right before a head: the institution's name.
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’&-]*[ \t]+){1,4})$")


def _institution_words_in(text: str) -> Iterable[tuple[str, str]]:
    """(first word, type) of each named school, facility or agency whose first word is
    shaped like a surname ("Lemoyne" of "Lemoyne Elementary School")."""
    for head in _HEAD.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, head.start() - 80), head.start())
        if name is None:
            continue
        first = name.group(1).split()[0]
        if len(first) >= MIN_INSTITUTION_WORD and first.isalpha() and is_surname_like(first):
            yield first, _INSTITUTION_HEADS[head.group(1)]


#: A user name a message log's speaker label gives: lower-case letters with digits, a dot
#: or an underscore, three letters in a row at least ("9livesjuju", "2sleepy.nat").
_USER_NAME = regex.compile(
    r"(?=[a-z0-9._]*[a-z]{3})(?=[a-z0-9._]*[\d._])[a-z0-9]+(?:[._][a-z0-9]+)*"
)


def _single_names_in(text: str) -> Iterable[str]:
    """Names without a surname that are certainly people's: "Aunt Lolo", 'Pref. name:
    "Dez"', and what a message log's cues make a name ("can lolo bring the kids")."""
    for match in _DECLARED_ALONE.finditer(text):
        yield match.group(1)
    for match in _RELATION_ALONE.finditer(text):
        name = match.group(1)
        if is_given_name(name) or is_surname_like(name):
            yield name
    for match in _RELATION_QUOTED.finditer(text):
        yield match.group(1)
    for finding in self_named(text):  # 'calling himself "jj"': "(or jj :) )" in a reply
        yield text[finding.start : finding.end]
    for finding in lower_case_name_findings(text):
        # each word of a lower-case full name ("marty kowal"): the surname stands alone
        # in another document; a capitalised one NER finds where it stands
        for name in text[finding.start : finding.end].split():
            if (name.isalpha() and name.islower()) or _USER_NAME.fullmatch(name):
                yield name  # a user name too ("9livesjuju:" in a log, in a comment)


def gather_names(texts: Iterable[str]) -> ReleaseNames:
    """The names certainly naming people in `texts`, with their words and nicknames."""
    people: dict[str, tuple[str, set[str]]] = {}
    singles: set[str] = set()
    identifiers: dict[str, str] = {}
    institutions: dict[str, str] = {}
    street: set[str] = set()
    employers: set[str] = set()
    heads: list[str] = []
    log_letters: set[tuple[str, bool]] = set()
    for text in texts:
        log_letters.update(release_log_initials(text))
        employers.update(employers_in(text))
        heads.append(letterhead(text))
        street.update(fold_accents(text[s:e]) for s, e in declared_nicknames(text))
        for word, entity_type in _institution_words_in(text):
            institutions.setdefault(word, entity_type)
        # a team's label in a message log ("outreach: hi mari") is no one's name
        singles.update(fold_accents(n) for n in _single_names_in(text) if not is_org_head(n))
        for value, entity_type in _identifiers_in(text):
            identifiers.setdefault(value, entity_type)
        for written, nicknames in _people_in(text):
            # a family's descriptive surname ("Two Crows") is shared by its members, and
            # searched for as it is; "Two" or "Little" never alone
            singles.update(fold_accents(pair) for pair in descriptive_pairs(written))
            canonical = canonical_name(written)
            if len(canonical.split()) < 2 or ends_in_org_head(written):
                continue  # "High Desert Street Outreach": a body, not a person
            _, aliases = people.setdefault(canonical, (fold_accents(written), set()))
            aliases.update(nicknames)
    owners: dict[str, set[str]] = {}
    written_as: dict[str, str] = {}

    def own(form: str, canonical: str) -> None:
        folded = fold_accents(form)
        written_as.setdefault(folded.casefold(), folded)
        owners.setdefault(folded.casefold(), set()).add(canonical)

    for canonical, (written, aliases) in sorted(people.items()):
        own(written, canonical)
        for word in name_words(written):
            for part in word_parts(word):
                if searchable_alone(part, written):
                    own(part, canonical)
        pairs = descriptive_pairs(written)
        surname = pairs[-1] if pairs else written.split()[-1]
        for alias in sorted(aliases):
            if searchable_alone(alias, alias) or is_letter_nickname(alias):
                own(alias, canonical)
                # "Geri Little Bear" for 'Geraldine "Geri" Little Bear': one person
                own(f"{alias} {surname}", canonical)
    forms = tuple(
        sorted((written_as[form], next(iter(c))) for form, c in owners.items() if len(c) == 1)
    )
    full = tuple(sorted({written for written, _ in people.values()}))
    nicknames = tuple(
        sorted({written_as[fold_accents(a).casefold()] for _, aliases in people.values()
                for a in aliases if fold_accents(a).casefold() in written_as})
    )  # fmt: skip
    known = {form.casefold() for form, _ in forms} | {n.casefold() for n in nicknames}
    alone = tuple(sorted({n.casefold() for n in singles} - known))
    people_words = {form.casefold() for form, _ in forms} | set(alone)
    places = tuple(
        sorted((w, t) for w, t in institutions.items() if w.casefold() not in people_words)
    )
    return ReleaseNames(
        full, forms, nicknames, alone, tuple(sorted(identifiers.items())), places,
        tuple(sorted(street)),
        tuple(e for e in outside_letterheads(employers, heads) if e.casefold() not in people_words),
        _letters_of_one_kind(log_letters),
    )  # fmt: skip


def _letters_of_one_kind(letters: set[tuple[str, bool]]) -> tuple[tuple[str, bool], ...]:
    """Each log's letters once: a writer in any log of the release is a writer."""
    writers = {text for text, writer in letters if writer}
    return tuple(sorted({(text, text in writers) for text, _ in letters}))


#: A user name shorter than this ("jlee") is left alone: too many words and codes are.
MIN_USER_NAME = 6


def user_names(full_names: Iterable[str]) -> set[str]:
    """The log-in names systems print for people named in full: the first initial and the
    surname in lower case ("droush" for Daniel Roush), as an audit line or a printout's
    "printed by" gives them."""
    found = set()
    for name in full_names:
        words = [w for w in name.split() if w[:1].isalpha() and not w.endswith(".")]
        if len(words) >= 2 and words[-1].isalpha():
            user = (words[0][0] + words[-1]).casefold()
            if len(user) >= MIN_USER_NAME and user not in english_words():
                found.add(user)
    return found


def _lower_surnames(full_names: Iterable[str]) -> set[str]:
    """The last words of the release's full names in lower case, where English has no such
    word: a surname two people share (mother and son) is no form of either, but in a log's
    lower case ("youth deuce (whitlock)") it is still a name."""
    found = set()
    for name in full_names:
        last = name.split()[-1]
        folded = last.casefold()
        if (
            last.isalpha() and len(folded) > 3 and zipf(folded) < MAX_LOWER_ZIPF
            and folded not in english_words()
        ):  # fmt: skip
            found.add(folded)
    return found


#: A speaker label this long at least may be a given name cut short ("court" for
#: Courtney, "alex" for Alexandra); shorter ones ("al", "ed") are too many names' starts.
MIN_SHORTENED = 4
#: What a phone saves a relative or a worker as: never a name cut short ("mama", "staff").
_NOT_SHORTENED = frozenset(
    {"mama", "momma", "mommy", "mother", "papa", "daddy", "father", "brother", "sister",
     "auntie", "grandma", "granny", "nana", "baby", "babe", "hubby", "wifey", "home", "work",
     "boss", "staff", "worker", "client", "advocate", "office", "school", "unknown"}
)  # fmt: skip


def _given_names_of(names: ReleaseNames) -> frozenset[str]:
    """The first words of the release's full names ("courtney" of "Courtney Szymanski")."""
    return frozenset(
        words[0].casefold() for full in names.full_names if len(words := full.split()) >= 2
    )


def _shortened(label: str, givens: frozenset[str]) -> bool:
    """Whether a log's speaker label is a given name of the release cut short, as a phone
    saves a contact: "court" for Courtney, "cass" for Cassandra. A speaker is a person, so
    English having the word ("court", "max") does not make it one."""
    if len(label) < MIN_SHORTENED or not label.isalpha() or label in _NOT_SHORTENED:
        return False
    return any(g.startswith(label) and len(g) > len(label) for g in givens)


def release_name_findings(text: str, names: ReleaseNames) -> list[Finding]:
    """A PERSON finding for each mention in `text` of a name (or its word, or nickname)
    gathered from the release; `Detector` groups them like any other name."""
    if not names:
        return []
    folded = fold_accents(text)
    wanted: set[str] = set(names.full_names)
    nicknames = set(names.nicknames)
    for form, _ in names.forms:
        wanted.update({form, form.upper()})
        rare = form in nicknames and zipf(form) < MAX_LOWER_ZIPF
        if lower_case_is_a_name(form) or rare or zipf(form) < MAX_LOWER_SURNAME_ZIPF:
            wanted.add(form.lower())
        elif zipf(form) < MAX_LOWER_ZIPF and form.casefold() not in english_words():
            wanted.add(form.lower())  # "(whitlock)" in a log: a name English has no word for
        if form in nicknames:
            wanted.update(letter_nickname_forms(form))  # "jj", "jjs" for "JJ"
    wanted.update(user_names(names.full_names))  # "printed by droush"
    wanted.update(_lower_surnames(names.full_names))  # "(whitlock)", shared by a family
    for name in names.single_names:
        capitalised = " ".join(word[:1].upper() + word[1:] for word in name.split(" "))
        wanted.update({capitalised, name.upper()})  # "Two Crows" of "two crows" too
        if zipf(name) < MAX_LOWER_ZIPF:
            wanted.add(name)
    found = []
    for start, end, _ in whole_word_mentions(folded, wanted):
        found.append(Finding(start, end, "PERSON", SCORE, source=SOURCE))
    # a name of the release as a log's speaker, in lower case even when English has the
    # word ("rome: ok" where another document says 'goes by "Rome"'): a speaker is a person
    forms = {form.casefold() for form, _ in names.forms} | {n.casefold() for n in nicknames}
    givens = _given_names_of(names)
    for start, end in speaker_spans(folded) if forms else ():
        label = folded[start:end].casefold()
        if label in forms or _shortened(label, givens):
            found.append(Finding(start, end, "PERSON", SCORE, source=SOURCE))
    spans = {(f.start, f.end) for f in found}  # 'aka "Tank"' elsewhere: "tank"
    found += [
        f for f in nickname_mentions(text, names.street_names) if (f.start, f.end) not in spans
    ]
    types = dict(names.identifiers)
    for start, end, value in whole_word_mentions(text, types):
        found.append(Finding(start, end, types[value], ID_SCORE, source=ID_SOURCE))
    kinds = {form: kind for word, kind in names.institution_words for form in (word, word.upper())}
    for start, end, word in whole_word_mentions(text, kinds):
        if inside_longer_term(text, start, end):
            continue  # "Day Habilitation": a service of "... Habilitation Services", not it
        found.append(Finding(start, end, kinds[word], INSTITUTION_SCORE, source=INSTITUTION_SOURCE))
    return found
