"""Initials that stand for a person: "B.V.W. nosebleed", "A.T. (Amani ...)", "BW noticed".

Records shorten names to initials, the more so the more sensitive they are: group notes
list members as "D.P., M.Y., A.T.", court captions name a child "I.Q.B.", staff sign "LH".
Initials of a name found in the same document are certainly that person; other dotted
initials are a person unless they are a common abbreviation ("U.S.", "P.M.", "P.O.").

- Derived: for each name found (with two or more words, hyphen halves counted), its
  initials, all of them or first and last ("Brody Van Wyk": "B.V.W.", "B.W."; "Jace
  Kimura-Holt": "J.K.H.", "K-H."), with or without dots. Without dots they are taken only
  as the subject of a sentence or in parentheses ("BW noticed", "(LH)"), never when they
  are also a common acronym ("SW", "MD"). They join the name's group: the subject's
  initials are the subject's.
- Dotted: two to four capitals each followed by a dot (a hyphen may join the last two:
  "A.M.V.-T." for a double surname), not a common abbreviation.
- Bare derived initials also count when they sign a note on a line of their own ("— KD"),
  right after the very name they are the initials of ("Priscilla Obi PO"), and anywhere in
  a text that declares them for a name ("TP = T. Pazdernik", "Jordan Lee (JL)"), whatever
  word they spell; credentials never ("Mary Davis MD").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from redact.detect.names import NOT_NAME_WORDS, fold_accents
from redact.detect.subject import SUBJECT_GROUP
from redact.entities import NAME_TYPES
from redact.findings import Finding

SOURCE = "Initials"
DERIVED_SCORE = 0.8
DOTTED_SCORE = 0.5

#: Dotted abbreviations that are not a person's initials.
ABBREVIATIONS = frozenset(
    {
        "US", "UK", "EU", "UN", "AM", "PM", "DC", "PO", "BA", "BS", "MA", "MS", "MD", "RN",
        "JD", "NY", "LA", "AD", "BC", "IE", "EG", "NB", "PS", "QC", "SOS", "OK", "TV", "DO",
        "NP", "PA", "GP", "ER", "OT", "PT", "VA", "HR", "IT", "ID", "DOB", "USA", "CE", "BCE",
        "NJ", "NC", "SC", "ND", "SD", "NH", "NM", "RI", "WV", "ST", "CO", "NW", "NE", "SW",
        "SE", "AKA", "ETA", "FYI", "ASAP", "LLC", "INC", "MSW", "LPN", "DDS", "DVM", "JR",
        "SR", "RSVP", "VIP", "CPA", "PHD",
    }
)  # fmt: skip
_DOTTED = regex.compile(r"(?<![\p{L}\d.'’])(?:\p{Lu}\.[ \t]?-?){1,3}\p{Lu}\.(?![\p{L}\d])")
_PARTICLE_WORDS = regex.compile(r"\p{L}[\p{L}'’-]*")


@lru_cache(maxsize=8192)
def _initial_sets(mention: str) -> tuple[str, ...]:
    """Letter sequences a name is shortened to: all initials, first and last, the
    halves of a hyphenated surname ("QB" of "Quiñones-Baker"), and of a name of four words
    or more the words before the last ("NTT" of "Nguyen Thi Thu Trang"). An inverted name
    is read in the order a person is named ("Kowalczyk, Dana" signs "DK", and a peer "K.D."
    is someone else). Remembered per mention: a release names the same people in every
    note."""
    surname, comma, given = mention.partition(",")
    if comma and given.strip() and "," not in given:
        mention = f"{given.strip()} {surname.strip()}"
    letters: list[str] = []
    spelled: list[str] = []  # the letters with middle initials
    last: list[str] = []
    sets: set[str] = set()
    particles = ""
    for word in _PARTICLE_WORDS.findall(mention):
        if word.casefold() in NOT_NAME_WORDS and not word[:1].isupper():
            particles += word[:1]  # "van der Meulen": "v.d.M."
            continue
        if particles and word[:1].isupper():
            sets.add(particles + fold_accents(word[:1]))
            if letters:
                sets.add(letters[0] + particles + fold_accents(word[:1]))
            particles = ""
        if len(word) == 1 and word.isupper():
            if letters:
                spelled.append(fold_accents(word))  # a middle initial: "A.M.V.T." too
            else:  # a given name's initial: "M. Ybarra" signs "MY", "D. Kaczmarek" "DK"
                letters.append(fold_accents(word))
                spelled.append(fold_accents(word))
            continue
        if word.casefold() in NOT_NAME_WORDS or len(word) < 2:
            continue
        halves = [h for h in word.split("-") if h[:1].isupper()]
        if not halves:  # a lower-case word in the span (OCR: "Nela Bieniak was"): no letter
            continue
        last = [fold_accents(h[:1]) for h in halves]
        letters += last
        spelled += last
        if len(last) >= 2:
            sets.add("".join(last))
    if len(letters) < 2:
        return ()
    sets |= {"".join(letters), letters[0] + last[-1], "".join(spelled)}
    if len(letters) >= 4:  # "Nguyen Thi Thu Trang" initials "NTT": the words before the last
        sets.add("".join(letters[:-1]))
    return tuple(s for s in sets if 2 <= len(s) <= 5)


#: Initials as written, whosever they are: letters each followed by a dot or a hyphen
#: ("B.V.W.", "B. W.", "K-H.", "Q.-B.", "v.d.M."), or two to four bare capitals ("BW").
#: One pattern for every document: they are then looked up among the names' initials
#: (a pattern built from each document's names cost a compilation per table row).
_WRITTEN = regex.compile(
    r"(?<![\p{L}\d.'’-])(?:(?:\p{L}(?:\.[ \t]?-?|-)){1,4}\p{L}\.?|\p{Lu}{2,4})(?![\p{L}\d-])"
)


#: A signature line of initials: "— KD", "-KD", "/KD", "KD" alone on its line.
_SIGNED_BEFORE = regex.compile(r"(?:^|\n)[ \t]*(?:[—–\-/][ \t]*)?$")
_SIGNED_AFTER = regex.compile(r"[ \t]*(?:\r?\n|$)")


#: The second of two co-signers' initials ending a line: "... own bed". TH/DB".
_COSIGNED_BEFORE = regex.compile(r"(?<![\p{L}\d])\p{Lu}{2,4}/$")
#: A table cell of its own: "Transport\tvehicle\tAKB\tJan", "| Who | AKB |".
_CELL_BEFORE = regex.compile(r"(?:\t|\|[ \t]*)$")
_CELL_AFTER = regex.compile(r"(?:\t|[ \t]*\||[ \t]*(?:\r?\n|$))")


def _bare_is_a_person(text: str, start: int, end: int) -> bool:
    """Bare capitals ("BW") count as initials in parentheses, before a lower-case word,
    signing a note on a line of their own ("— KD") or with a co-signer at a line's end
    ("TH/DB"), or alone in a table's cell (a plan's "Who" column: "AKB")."""
    before = text[start - 1 : start]
    after = text[end : end + 2]
    signed = (
        _SIGNED_BEFORE.search(text, max(0, start - 6), start) is not None
        or _COSIGNED_BEFORE.search(text, max(0, start - 5), start) is not None
    )
    cell = _CELL_BEFORE.search(text, max(0, start - 4), start) is not None
    return (
        (before == "(" and after[:1] == ")")
        or (len(after) == 2 and after[0] in " \t" and after[1].islower())
        or (signed and _SIGNED_AFTER.match(text, end) is not None)
        or (cell and _CELL_AFTER.match(text, end) is not None)
    )


#: A word that names who said or did something right before initials: "Slept ok per SE",
#: "call DB", "Mtg w/ DB, Geri": a person, even where the letters spell a compass point.
_ATTRIBUTED_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:per|w/|with|call|called|cc|by|told|informed|notified)[ \t]+$"
)


#: A signed score right after bare initials: a behaviour-points row ("JW +3 school").
_SCORED_AFTER = regex.compile(r"[ \t]+[+-]\d")


def _scored(text: str, end: int) -> bool:
    return _SCORED_AFTER.match(text, end) is not None


#: A verb in the past tense right after bare initials: the letters did something.
_ACTS_AFTER = regex.compile(
    r"[ \t]+(?:\p{Ll}{2,}ed|said|told|took|got|left|came|went|threw|hit|ran|broke)\b"
)


def _acts(text: str, end: int) -> bool:
    return _ACTS_AFTER.match(text, end) is not None


def _attributed(text: str, start: int) -> bool:
    return _ATTRIBUTED_BEFORE.search(text, max(0, start - 12), start) is not None


def initial_owners(
    text: str,
    findings: Sequence[Finding],
    subject: Sequence[str] = (),
    release: Sequence[str] = (),
) -> dict[str, Finding]:
    """The name finding each letter sequence ("BVW", "BW") is the initials of; a sequence two
    people share maps to an ungrouped PERSON (a person, but neither of them). The subject's
    names count as found where no one else has their initials: a note may name the client
    by initials alone ("Mrs. A-K")."""
    owners: dict[str, Finding] = {}
    for finding in sorted(findings, key=lambda f: (-f.length, f.start)):
        if finding.entity_type in NAME_TYPES:
            for letters in _initial_sets(text[finding.start : finding.end]):
                other = owners.setdefault(letters, finding)
                if other.group != finding.group:  # two people with these initials
                    owners[letters] = Finding(other.start, other.end, "PERSON", other.score)
    outside = len(text)  # the subject's names stand nowhere in the text
    for name in subject:
        for letters in _initial_sets(name):
            owners.setdefault(
                letters,
                Finding(outside, outside + 1, "PERSON", 1.0, group=SUBJECT_GROUP, is_subject=True),
            )
    for name in release:  # a person the release names in full: "TV -5" in a points row
        for letters in _initial_sets(name):
            owners.setdefault(letters, Finding(outside, outside + 1, "PERSON", DERIVED_SCORE))
    return owners


#: Between a name and its own initials after it: "Priscilla Obi PO", "D. Kaczmarek, DK".
_GAP_BEFORE = regex.compile(r"[ \t]*,?[ \t]*$")
#: Credentials a name's initials may spell: after the name they are the credential
#: ("Mary Davis MD"), never initials.
_CREDENTIAL_LETTERS = frozenset(
    {"MD", "DO", "RN", "NP", "PA", "MA", "MS", "SW", "CM", "PT", "OT", "JD", "DC", "LPN", "CNA",
     "MSW", "BSW", "LSW", "PHD", "APRN", "LCSW", "CSW", "LPC", "MFT"}
)  # fmt: skip


#: Letters that are a worker's role where they act ("PO called", "SW visited"), not initials.
_ROLE_LETTERS = _CREDENTIAL_LETTERS | {
    "PO", "JPO", "PD", "DA", "GAL", "CPS", "DCS", "APS", "CW", "CO", "YSO", "DO", "ER", "SRO"
}  # fmt: skip


def _named_right_before(
    text: str, ends: dict[int, Finding], start: int, letters: str
) -> Finding | None:
    """The name right before bare capitals that are its own initials: a name signed with
    its initials ("Kiara Doyle KD", "D. Kaczmarek DK"), whatever word they spell."""
    if letters in _CREDENTIAL_LETTERS:
        return None
    gap = _GAP_BEFORE.search(text, max(0, start - 3), start)
    name = ends.get(gap.start()) if gap is not None else None
    if name is None or letters not in _initial_sets(text[name.start : name.end]):
        return None
    return name


#: Initials declared for a name: "TP = T. Pazdernik", "RO: R. Okwuosa", "Jordan Lee (JL)".
_CODE_BEFORE = regex.compile(r"(?<![\p{L}\d])(\p{Lu}{2,4})[ \t]*[=:–—-][ \t]*$")
_CODE_AFTER = regex.compile(r"[ \t]*\([ \t]*(\p{Lu}{2,4})[ \t]*\)")
_GIVEN_INITIAL_BEFORE = regex.compile(r"(?<![\p{L}\d.])\p{Lu}\.[ \t]?$")


def _declared(text: str, findings: Sequence[Finding]) -> dict[str, Finding]:
    """Initials a text declares for a found name ("TP = T. Pazdernik", "Jordan Lee (JL)"):
    every bare use of them in the text is that person ("TP notified"), whatever word or
    abbreviation they spell (credentials excepted)."""
    declared: dict[str, Finding] = {}
    for finding in findings:
        if finding.entity_type not in NAME_TYPES:
            continue
        start = finding.start
        initial = _GIVEN_INITIAL_BEFORE.search(text, max(0, start - 3), start)
        if initial is not None:  # "T. [Pazdernik]": the initial is the given name's
            start = initial.start()
        sets = _initial_sets(text[start : finding.end])
        before = _CODE_BEFORE.search(text, max(0, start - 12), start)
        after = _CODE_AFTER.match(text, finding.end)
        for code in (before, after):
            letters = code.group(1) if code is not None else ""
            if letters in sets and letters not in _CREDENTIAL_LETTERS:
                declared.setdefault(letters, finding)
    return declared


def initials_findings(
    text: str,
    findings: Sequence[Finding],
    subject: Sequence[str] = (),
    release: Sequence[str] = (),
) -> list[Finding]:
    """PERSON findings for the initials of found names (and the subject's, and those of the
    people `release` names in full), and other dotted initials."""
    owners = initial_owners(text, findings, subject, release)
    ends = {  # the longest name ending at each offset: "Rosalind Achebe", not "Achebe"
        f.end: f for f in sorted(findings, key=lambda f: f.length) if f.entity_type in NAME_TYPES
    }
    declared = _declared(text, findings)
    added = []
    taken: list[tuple[int, int]] = []
    if owners or declared:
        for match in _WRITTEN.finditer(text):
            found = match.group()
            letters = "".join(c for c in found if c.isalpha())
            owner = owners.get(letters)
            bare = "." not in found and "-" not in found
            if bare and letters in declared:
                owner = declared[letters]
            elif owner is None:
                continue
            elif bare and owner.start >= len(text) and not owner.is_subject:
                # a person the release names elsewhere: only letters that score, act or
                # are credited with something
                if letters in _ROLE_LETTERS or not (
                    _scored(text, match.end())
                    or _acts(text, match.end())
                    or _attributed(text, match.start())  # "approved by SK", "per OP"
                ):
                    continue
            elif bare and (named := _named_right_before(text, ends, match.start(), letters)):
                owner = named
            elif bare and letters not in _CREDENTIAL_LETTERS and _attributed(text, match.start()):
                pass  # "per SE" for Shannon Ekstrom
            elif bare and letters not in _ROLE_LETTERS and _scored(text, match.end()):
                pass  # "TV -5", "JW +3": a unit's points log scores people
            elif bare and letters not in _ROLE_LETTERS and _acts(text, match.end()):
                pass  # "TV refused meds": letters that act are a person, whatever they spell
            elif bare and (letters in ABBREVIATIONS or not _bare_is_a_person(text, *match.span())):
                continue
            if owner.start <= match.start() < owner.end:
                continue
            added.append(
                Finding(
                    match.start(), match.end(), "PERSON", DERIVED_SCORE, source=SOURCE,
                    group=owner.group, is_subject=owner.is_subject,
                )
            )  # fmt: skip
            taken.append(match.span())
    dotted: set[str] = set()
    abbreviated: list[regex.Match[str]] = []
    for match in _DOTTED.finditer(text):
        letters = "".join(c for c in match.group() if c.isalpha())
        if any(s <= match.start() < e for s, e in taken):
            continue
        if letters in ABBREVIATIONS:
            abbreviated.append(match)
            continue
        if _cites_law(text, match.start(), match.end()):
            continue  # "25 U.S.C. § 1915", "R.C. 5101.69", "M.G.L. c. 19A": a code, no one
        dotted.add(letters)
        added.append(Finding(match.start(), match.end(), "PERSON", DOTTED_SCORE, source=SOURCE))
    added += _listed_with_people(text, abbreviated, added)
    return added + _bare_of_dotted(text, dotted, taken)


#: Between two initials of one list: "and", "&", "+", "or", a comma ("B.H. and R.N.", "D.P.,
#: M.S., A.T.", a terse row's "w/ B.H. + R.N.").
_LIST_JOIN = regex.compile(r"[ \t]*(?:,|;|&|\+|and|or)[ \t]*(?:(?:and|&|or)[ \t]+)?")


def _listed_with_people(
    text: str, abbreviated: Sequence[regex.Match[str]], people: Sequence[Finding]
) -> list[Finding]:
    """PERSON findings for dotted letters that spell an abbreviation ("R.N.", "M.S.") but
    stand in a list joined to initials taken as a person ("the other juveniles (B.H. and
    R.N.)"): in a list of people's initials they are initials too."""
    starts = {f.start for f in people if f.source == SOURCE}
    ends = {f.end for f in people if f.source == SOURCE}
    found: list[Finding] = []
    for match in abbreviated:
        after = _LIST_JOIN.match(text, match.end())
        before = _LIST_JOIN_BEFORE.search(text, max(0, match.start() - 12), match.start())
        if (after and after.end() > match.end() and after.end() in starts) or (
            before and before.start() in ends
        ):
            found.append(Finding(match.start(), match.end(), "PERSON", DOTTED_SCORE, source=SOURCE))
    return found


_LIST_JOIN_BEFORE = regex.compile(r"[ \t]*(?:,|;|&|\+|and|or)[ \t]*(?:(?:and|&|or)[ \t]+)?$")


#: What follows a code's abbreviation in a legal citation: a section mark, a chapter ("c. 19A",
#: "ch. 6"), a dotted section number ("5101.69"), a part ("Part 2").
_CITATION_AFTER = regex.compile(
    r"[ \t]*(?:§|(?:c|ch|sec|art)\.[ \t]*\d|\d+[.-]\d+|(?i:part)[ \t]+\d)"
)
#: A title number before a code ("25 U.S.C.", "42 C.F.R.") with a section number after it.
_TITLE_NUMBER_BEFORE = regex.compile(r"(?<![\d.,/:-])\d{1,3}[ \t]+$")
_NUMBER_AFTER = regex.compile(r"[ \t]+\d")


def _cites_law(text: str, start: int, end: int) -> bool:
    """Whether dotted capitals are a code's abbreviation in a legal citation, not initials."""
    if _CITATION_AFTER.match(text, end):
        return True
    return bool(
        _TITLE_NUMBER_BEFORE.search(text, max(0, start - 6), start)
        and _NUMBER_AFTER.match(text, end)
    )


#: Bare capitals, two to four: "DB" of "D.B.".
_BARE = regex.compile(r"(?<![\p{L}\d.'’-])\p{Lu}{2,4}(?![\p{L}\d-])")


def _bare_of_dotted(text: str, dotted: set[str], taken: list[tuple[int, int]]) -> list[Finding]:
    """The same initials written without dots where a note named someone "D.B." ("call
    DB", "TH/DB"), where a person stands: after a word of attribution, in parentheses,
    before a lower-case word, or signing."""
    if not dotted:
        return []
    found = []
    for match in _BARE.finditer(text):
        letters = match.group()
        if letters not in dotted or letters in _CREDENTIAL_LETTERS:
            continue
        if any(s <= match.start() < e for s, e in taken):
            continue
        if _attributed(text, match.start()) or _bare_is_a_person(text, *match.span()):
            found.append(Finding(*match.span(), "PERSON", DOTTED_SCORE, source=SOURCE))
    return found
