"""The subject matcher: which mentions are of the person the release is about.

A client's own request or a subpoena about one client keeps that client's name and removes
everyone else's. The caller gives the subject's names and aliases ("Maria Alvarez",
"Mari"); we find each of them and each of their words, and mark name findings that fall
inside a subject mention as the subject's.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

import regex

from redact.detect.kin_context import kin_beside
from redact.detect.names import (
    MAX_LOWER_ZIPF,
    attached_to_other_name,
    fold_accents,
    name_words,
    word_parts,
    word_set,
)
from redact.detect.particles import PARTICLES
from redact.detect.wordlists import gendered_given_names, given_names, is_plain_english, zipf
from redact.entities import NAME_TYPES
from redact.findings import Finding

SUBJECT_GROUP = "subject"
#: Types of findings that become the subject's when they hold only the subject's name.
NAME_OR_MISREAD = NAME_TYPES | {"LOCATION", "ORGANIZATION", "NRP", "EMPLOYER"}
#: Findings that are one person's name whole, the subject's surname inside them included: a
#: newborn registered under the mother's surname ("OBIORA, BABY GIRL A") is the child, and
#: the mother's surname goes with it (`redact.detect.recognizers.infant_name`).
_WHOLE_NAMES = frozenset({"InfantNameRecognizer"})
_TRAILING = re.compile(r"^(?:['’]s)?[\s.,]*$")


def particle_surname(name: str) -> str | None:
    """The surname of `name` from its first particle on ("van der Linden" of "Sophia M. van
    der Linden", "de la Cruz"), or None. A record writes the surname whole without the given
    name ("Ms. van der Linden", "VAN DER LINDEN, SOPHIA"); its last word alone would read as
    someone else's name after words that are not hers."""
    words = name.split()
    for i, word in enumerate(words[1:-1], 1):
        # "St." of "St. Clair" is a particle with its dot
        if (
            word.casefold().rstrip(".") in PARTICLES
            and words[i - 1].casefold().rstrip(".") not in PARTICLES
        ):
            return " ".join(words[i:])
    return None


def subject_pattern(names: Sequence[str]) -> re.Pattern[str] | None:
    """One compiled pattern for every subject name, each of its words, each half of a
    hyphenated surname and a surname with its particles, longest first, accents folded
    (matched on folded text)."""
    forms: set[str] = set()
    for name in names:
        name = name.strip()
        if name:
            forms.add(name)
            forms.update(part for word in name_words(name) for part in word_parts(word))
            surname = particle_surname(name)
            if surname is not None:
                forms.add(surname)
    if not forms:
        return None
    folded = {fold_accents(f) for f in forms}
    alternation = "|".join(re.escape(f) for f in sorted(folded, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


def given_only(word: str, subject: Sequence[str]) -> bool:
    """Whether `word` is the subject's given name and no surname of hers: "Kayleigh" in
    "(Kayleigh, Mason)" is not a surname put first, so the comma joins two children."""
    folded = fold_accents(word).casefold()
    firsts = {fold_accents(w).casefold() for n in subject for w in name_words(n)[:1]}
    rest = {fold_accents(w).casefold() for n in subject for w in name_words(n)[1:]}
    return folded in firsts and folded not in rest


_INITIAL_WORD = re.compile(r"^([^\W\d_])\.?$")


def spelled_middle_names(text: str, subject: Sequence[str]) -> tuple[str, ...]:
    """The subject's full names in `text` with a middle name spelled out where the given
    name has only its initial: "Walter Francis Przybylski" for "Walter F. Przybylski" (a
    face sheet spells it out). Matched as a whole they are the subject; otherwise the
    surname after an unknown given name reads as a relative's."""
    found: set[str] = set()
    folded = fold_accents(text)
    for name in subject:
        words = name.split()
        if len(words) < 3:
            continue
        parts = [re.escape(fold_accents(w)) for w in words]
        middle = False
        for i in range(1, len(words) - 1):
            initial = _INITIAL_WORD.match(words[i])
            if initial is not None:
                parts[i] = rf"{re.escape(fold_accents(initial.group(1)))}[^\W\d_]{{2,}}"
                middle = True
        if middle:
            pattern = re.compile(r"\b" + r"[ \t]+".join(parts) + r"\b", re.IGNORECASE)
            found.update(text[m.start() : m.end()] for m in pattern.finditer(folded))
            # a form's "SURNAME, GIVEN MIDDLE": the same name, put back in reading order
            inverted = re.compile(
                r"\b(" + r"[ \t]+".join(parts[-1:]) + r"),[ \t]*("
                + r"[ \t]+".join(parts[:-1]) + r")\b",
                re.IGNORECASE,
            )  # fmt: skip
            found.update(
                f"{text[m.start(2) : m.end(2)]} {text[m.start(1) : m.end(1)]}"
                for m in inverted.finditer(folded)
            )
    return tuple(sorted(found))


#: A relation word right before a surname: "Grandma Reyes", "his aunt Baker", "his mother,
#: Ms. Reyes" (a courtesy title between them: the mother shares the child's surname), "Ex-spouse
#: R. Ballantyne" (an initial between them that does not begin the subject's given name).
_RELATION_BEFORE = regex.compile(
    r"\b(?i:mom|mother|dad|father|grandma|grandpa|grandmother|grandfather|granny|nana"
    r"|aunt|auntie|uncle|cousin|sister|brother|sibling|stepdad|stepmom|stepfather"
    r"|stepmother|stepbrother|stepsister|maternal|paternal|parent|husband|wife|spouse"
    r"|son|daughter)(?:['’]s)?(?:[ \t]*,)?[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+)?"
    r"(?:(?P<initial>\p{Lu})\.?[ \t]+)?$"
)
_TITLE_BEFORE = regex.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+$")
#: An initial right before a surname, not itself after a given name: "Parent: B. Dombrowski"
#: (not "Kayleigh A. Dombrowski", where it is a middle initial). A title may come first,
#: after any word: "and Mrs. A. St. Clair".
_INITIAL_BEFORE = regex.compile(
    r"(?:(?:^|(?<![\p{L}'’.-][ \t])(?<![\p{L}'’.-]))|\b(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+)"
    r"(\p{Lu})\.?[ \t]+$"
)
RELATIVE_SOURCE = "subject-relative"


#: A gendered courtesy title right before a surname, in English and Spanish.
#: An initial may stand between them: "Mrs. A. St. Clair" beside the subject Brandon St. Clair.
_WOMANS_TITLE = regex.compile(
    r"\b(?:Mrs|Ms|Miss|Sra|Srta|Señora|Senora|Doña|doña)\.?[ \t]+(?P<initial>\p{Lu}\.[ \t]*)?$"
)
_MANS_TITLE = regex.compile(
    r"\b(?:Mr|Sr|Señor|Senor|Don|don)\.?[ \t]+(?P<initial>\p{Lu}\.[ \t]*)?$"
)


def _subject_title(givens: set[str]) -> regex.Pattern[str] | None:
    """The courtesy title of the other gender than the subject's given names say: "Ms."
    when every listed given name of his is a man's only. None when unknown or mixed."""
    male, female = gendered_given_names()
    folded = {fold_accents(g) for g in givens} | givens
    his, hers = bool(folded & male), bool(folded & female)
    if his and not hers:
        return _WOMANS_TITLE
    if hers and not his:
        return _MANS_TITLE
    return None


def _relation_before(before: str, firsts: set[str]) -> bool:
    """Whether a relation word ends `before`, with no initial after it or one that begins
    none of the subject's given names ("Ex-spouse R. Ballantyne" beside Curtis R.)."""
    found = _RELATION_BEFORE.search(before)
    if found is None:
        return False
    initial = found.group("initial")
    return initial is None or initial.casefold() not in firsts


#: A nickname declared right after a given name: 'Tamsin "Tami"', "Tamsin (Tami)".
_NICKNAME_AFTER = regex.compile(r"[ \t]*[\"“”(][ \t]*(\p{Lu}[\p{L}'’-]*)[ \t]*[\"“”)]")


def _someone_elses_nickname(text: str, end: int, own: set[str]) -> bool:
    """Whether the subject's given name ending at `end` is followed by a nickname that is
    none of hers: 'Tamsin "Tami" Reyes' is her daughter, who shares her first name."""
    found = _NICKNAME_AFTER.match(text, end)
    return found is not None and fold_accents(found.group(1)).casefold() not in own


def _given_initials(forms: Sequence[str]) -> set[str]:
    """The first letters of the subject's given and middle names ("k", "a" for "Kayleigh Ann
    Dombrowski"), folded."""
    initials: set[str] = set()
    for form in forms:
        words = name_words(form)
        initials.update(fold_accents(w)[:1].casefold() for w in words[:-1] if w)
    return initials


def _other_initial(before: str, initials: set[str]) -> int | None:
    """Where in `before` an initial starts that is none of the subject's: "B. Dombrowski"
    beside the subject "Kayleigh Dombrowski" is her mother; None when there is none."""
    found = _INITIAL_BEFORE.search(before)
    if found is None or found.group(1).casefold() in initials:
        return None
    return found.start(1)


def _surname_forms(forms: Sequence[str]) -> tuple[set[str], set[str]]:
    """(surname words, halves of hyphenated surnames) among the subject's forms, folded."""
    surnames: set[str] = set()
    halves: set[str] = set()
    for form in forms:
        words = name_words(form)
        particled = particle_surname(form)  # "St. Clair" of "Nova St. Clair", whole
        if particled is not None:
            surnames.add(particled.casefold())
        for word in words[1:]:
            surnames.add(word.casefold())
            if "-" in word:
                parts = {p.casefold() for p in word_parts(word)[1:]}
                surnames |= parts
                halves |= parts
    return surnames, halves


_HYPHEN_AFTER = regex.compile(r"-(\p{L}[\p{L}'’]*)")
_HYPHEN_BEFORE = regex.compile(r"(\p{L}[\p{L}'’]*)-$")


def _other_double_surname(text: str, start: int, end: int, own: set[str]) -> bool:
    """The subject's surname as half of someone else's double surname: "Dombrowski-Kuehl"
    beside the subject "Kayleigh Dombrowski" (a sibling's, or a parent's, name)."""
    after = _HYPHEN_AFTER.match(text, end)
    before = _HYPHEN_BEFORE.search(text, max(0, start - 40), start)
    other = [m.group(1) for m in (after, before) if m is not None]
    return any(fold_accents(word).casefold() not in own for word in other)


def _whole_double_surname(text: str, start: int, end: int) -> tuple[int, int]:
    """The span grown over the other half of a hyphenated surname, if there is one."""
    after = _HYPHEN_AFTER.match(text, end)
    before = _HYPHEN_BEFORE.search(text, max(0, start - 40), start)
    return (before.start(1) if before else start), (after.end() if after else end)


def subject_mentions(
    text: str,
    pattern: re.Pattern[str] | None,
    people: Collection[tuple[int, int]] = (),
    read: Collection[tuple[int, int]] = (),
) -> list[Finding]:
    """A PERSON finding, marked as the subject, for each mention of the subject.

    Every form counts: full name, first name, surname, either half of a hyphenated surname,
    with a title or a possessive, without accents, in lower case (unless the word is a
    common English word: "baker"). A surname is someone else's, and found as a third party,
    with another given name before it ("Yolanda Quiñones", "Wesley \"Wes\" Baker") or after
    a comma ("Baker, Wesley"), after a relation word ("Grandma Reyes"), and for half of a
    hyphenated surname after a title ("Mr. Malloy" beside the subject "Reyes-Malloy"), and
    after an initial none of the subject's names begins with ("B. Dombrowski").

    A lower-case mention that is a common word ("rome", "connie") counts only where another
    step already found exactly that span a person (`people`: a message log's cue, a name
    the release declares): "rome thank u" in a log is Jerome's nickname, "rome" in prose the
    city. `read` holds the spans another step read as one name, person or misread place
    ("Paul St. Clair" an organisation): a given name too common as a word to count alone
    ("Michael", "Paul") before her surname makes it someone else's when read with it.
    """
    if pattern is None:
        return []
    # the alternation inside "\b(?:...)\b"
    body = pattern.pattern[len(r"\b(?:") : -len(r")\b")]
    forms = [form.replace("\\", "") for form in body.split("|")]
    own: set[str] = set().union(*(word_set(form) for form in forms))
    surnames, halves = _surname_forms(forms)
    initials = _given_initials(forms)
    # given names that are no surname of hers: "(Kayleigh, Mason)" is two children
    # and a name given alone ("Juni", a chosen name's short form) that is no surname of hers:
    # "Juni, Destiny, Kai" is a list of first names, not "Surname, Given"
    givens = {w.casefold() for f in forms for w in name_words(f)[:1]} - surnames
    # the first letters of her given names, from her full names ("c" for Curtis R. Ballantyne)
    firsts = {fold_accents(ws[0])[:1].casefold() for f in forms if len(ws := name_words(f)) > 1}
    middles = _lone_middle_names(forms)
    # "Ms. Domingo" beside the subject "Tomas Domingo" is his sister or mother
    other_title = _subject_title(givens)
    found = []
    other_middle_end = -1  # where a middle name of hers ended that was someone else's
    for m in pattern.finditer(fold_accents(text)):
        mention = m.group()
        if mention.islower() and zipf(mention) >= MAX_LOWER_ZIPF and m.span() not in people:
            continue
        folded = mention.casefold()
        line_start = text.rfind("\n", 0, m.start()) + 1
        before_start = max(line_start, m.start() - 30)
        before = text[before_start : m.start()]
        initial = _other_initial(before, initials) if initials and folded in surnames else None
        lone_middle = folded in middles and not _beside_her_name(text, m.start(), m.end(), own)
        if lone_middle or (folded in givens and _someone_elses_nickname(text, m.end(), own)):
            found.append(Finding(m.start(), m.end(), "PERSON", 0.85, source=RELATIVE_SOURCE))
            other_middle_end = m.end() if lone_middle else other_middle_end
            continue
        # "Michael Delacroix" beside the subject "Tristan Michael Delacroix": her father
        after_other_middle = other_middle_end >= 0 and bool(
            _SPACE_ONLY.fullmatch(text, other_middle_end, m.start())
        )
        # "Mrs. A. St. Clair" beside the subject Brandon St. Clair: his wife
        titled_other = other_title.search(before) if other_title is not None else None
        relative = (
            folded in surnames
            and not _her_inverted(text, m.end(), givens)
            and (
                after_other_middle
                or _other_double_surname(text, m.start(), m.end(), own)
                or attached_to_other_name(text, m.start(), m.end(), own, people=read)
                or _relation_before(before, firsts)
                or (folded in halves and _TITLE_BEFORE.search(before) is not None)
                or initial is not None
                or titled_other is not None
                or (_TITLE_BEFORE.search(before) is not None and kin_beside(text, *m.span()))
            )
        )
        if relative:
            start, end = _whole_double_surname(text, m.start(), m.end())
            if initial is not None:  # "B. Dombrowski" whole
                start = before_start + initial
            elif titled_other is not None and titled_other.group("initial"):
                start = before_start + titled_other.start("initial")  # "Mrs. A. St. Clair"
            start = _given_read_with(text, start, end, read)
            found.append(Finding(start, end, "PERSON", 0.85, source=RELATIVE_SOURCE))
            continue
        if len(name_words(mention)) <= 1 and attached_to_other_name(
            text, m.start(), m.end(), own, after_comma=folded not in givens, people=read
        ):
            continue
        found.append(
            Finding(m.start(), m.end(), "PERSON", 1.0, source="subject", group=SUBJECT_GROUP,
                    is_subject=True)
        )  # fmt: skip
    return found


#: A capitalised word and a space right before a surname.
_CAPITALISED_BEFORE = regex.compile(r"(?<![\p{L}'’.-])\p{Lu}\p{Ll}+[ \t]+$")


def _given_read_with(text: str, start: int, end: int, read: Collection[tuple[int, int]]) -> int:
    """Where a relative's name begins: at the capitalised word before the surname when
    another step read the two as one name ("Paul St. Clair", NER's organisation, which a
    policy may keep), else at `start`. Her relative's given name goes with the surname."""
    found = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    if found is not None and any(s == found.start() and end <= e for s, e in read):
        return found.start()
    return start


_GIVEN_AFTER_COMMA = regex.compile(r",[ \t]*(\p{L}[\p{L}'’-]*)")


def _her_inverted(text: str, end: int, givens: set[str]) -> bool:
    """Whether the surname ending at `end` is followed by a comma and her given name: "Mother
    OBIORA, CHIAMAKA" on her infant's form is she herself, labelled by her role there, not a
    relative who shares her surname."""
    found = _GIVEN_AFTER_COMMA.match(text, end)
    return found is not None and fold_accents(found.group(1)).casefold() in givens


_SPACE_ONLY = regex.compile(r"[ \t]+")
_WORD_BEFORE = regex.compile(r"(\p{L}[\p{L}'’-]*)[ \t,]*$")
#: A form's field for a middle name: "MIDDLE: ABDULLAHI", "Middle name: ...".
_MIDDLE_LABEL = regex.compile(r"(?i:middle)(?:[ \t]+(?i:name))?[ \t]*[:|][ \t*]*$")


def _beside_her_name(text: str, start: int, end: int, own: set[str]) -> bool:
    """Whether a word stands after another word of her names ("WARSAME, HODAN ABDULLAHI",
    "Hodan Abdullahi Warsame") or in a form's middle-name field: then it is hers. Before her
    surname alone it is not ("Abdullahi Warsame" is her father, whose given name she bears as
    her middle name)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = _WORD_BEFORE.search(text, max(line_start, start - 40), start)
    if before is not None and fold_accents(before.group(1).casefold()) in own:
        return True
    return _MIDDLE_LABEL.search(text, max(line_start, start - 20), start) is not None


def _lone_middle_names(forms: Sequence[str]) -> set[str]:
    """Her middle names that are listed given names and no first or last word of any of her
    names: alone, such a word is someone else ("take the kids to abdullahi" beside
    "Hodan Abdullahi Warsame": in many cultures the middle name is the father's given name,
    and a brother or cousin bears it). Her names' single words are forms of their own, so
    only her names of two words or more are read."""
    ends: set[str] = set()
    middles: set[str] = set()
    for form in forms:
        words = [w.casefold() for w in name_words(form)]
        if len(words) < 2:
            continue  # every word of her names is a form of its own
        ends.update(words[:1] + words[-1:])
        middles.update(w for w in words[1:-1] if len(w) > 2)
    return {w for w in middles - ends if w in given_names()}


def _covered(text: str, finding: Finding, mentions: Sequence[Finding]) -> bool:
    """True when every name word of `finding` lies inside subject mentions."""
    inside = [m for m in mentions if m.overlaps(finding)]
    if not inside:
        return False
    rest = text[finding.start : finding.end]
    for mention in sorted(inside, key=lambda m: -m.start):
        lo = max(mention.start, finding.start) - finding.start
        hi = min(mention.end, finding.end) - finding.start
        rest = rest[:lo] + " " + rest[hi:]
    left = name_words(rest)
    if not left or _TRAILING.match(rest.strip()):
        return True
    # a plain word NER took into her name before it: "Customer G. Szymanski", "Client Walt"
    first = min(inside, key=lambda m: m.start)
    lead = text[finding.start : max(finding.start, first.start)]
    return name_words(lead) == left and all(_plain_lead(word) for word in left)


#: People's nouns that make "Baby Obiora", "Sister Reyes" someone else beside her surname.
_PEOPLE_NOUN = regex.compile(
    r"(?i:baby|babies|infant|twin|boy|girl|child|kid|son|daughter|brother|sister|sibling"
    r"|mother|father|mom|dad|aunt|uncle|cousin|grand\w*|step\w*|nephew|niece|husband|wife"
    r"|spouse|partner|friend|neighbou?r|cousin|family|junior|senior|officer|doctor|nurse"
    r"|judge|pastor|father|reverend|deacon|elder|chief|captain|agent|detective)"
)


def _plain_lead(word: str) -> bool:
    """Whether a word before her name is a plain English word naming no one: a form's role
    ("Customer", "Client"), never a people's noun or a listed name."""
    return is_plain_english(word) and _PEOPLE_NOUN.fullmatch(word) is None


def _names_as_street(text: str, finding: Finding) -> bool:
    """A street address with no number that may be names only: "Juniper / Juni" read as a
    corner of two streets. Wholly her names (`_covered`), it is the subject."""
    return finding.entity_type == "STREET_ADDRESS" and not any(
        ch.isdigit() for ch in text[finding.start : finding.end]
    )


def mark_subject(
    text: str, findings: Sequence[Finding], mentions: Sequence[Finding]
) -> list[Finding]:
    """Name findings wholly inside subject mentions become the subject's (`mentions` may
    hold relatives' names too, found by the subject matcher: they are added as they are)."""
    if not mentions:
        return list(findings)
    subject = [m for m in mentions if m.is_subject]
    marked = []
    for finding in findings:
        if (
            (finding.entity_type in NAME_OR_MISREAD or _names_as_street(text, finding))
            and not finding.is_subject
            and _covered(text, finding, subject)
        ):
            # NER reads a name as a place or an organisation now and then ("Marcus" a
            # LOCATION): wholly the subject's name, it is the subject.
            finding = Finding(
                finding.start, finding.end, "PERSON", finding.score,
                finding.action, finding.source, SUBJECT_GROUP, True,
            )  # fmt: skip
        marked.append(finding)
    return [*marked, *mentions]


#: Between the subject and another person in one name finding: "(Kayleigh, Mason)", "Ari,
#: C. Okafor", "Kayleigh & Mason".
_SEPARATOR_AFTER = regex.compile(r"[ \t]*(?:,|&|\+|/|\band\b)[ \t]*(?=\p{Lu})")
_SEPARATOR_BEFORE = regex.compile(r"(?<=[\p{L}.'’])[ \t]*(?:,|&|\+|/|\band\b)[ \t]*$")


def split_off_subject(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """Name findings made after the subject was marked, cut back to spare her mentions.

    A name finding that runs from the subject's mention over a comma or a joiner
    into someone else ("(Kayleigh, Mason)" read as "Surname, Given"; "Ari, C. Okafor" in a
    table cell) keeps only the other person: the subject is decided alone, and stays.
    """
    subject = [f for f in findings if f.is_subject and f.source == "subject"]
    if not subject:
        return list(findings)
    out = []
    for finding in findings:
        if (
            finding.is_subject
            or finding.entity_type not in NAME_OR_MISREAD
            or finding.source == RELATIVE_SOURCE
            or finding.source in _WHOLE_NAMES
        ):
            out.append(finding)
            continue
        inside = [s for s in subject if s.overlaps(finding)]
        if not inside:
            out.append(finding)
            continue
        first = min(inside, key=lambda s: s.start)
        last = max(inside, key=lambda s: s.end)
        start, end = finding.start, finding.end
        after = _SEPARATOR_AFTER.match(text, first.end, end)
        if first.start <= start and after is not None and len(inside) == 1:
            start = after.end()
        before = _SEPARATOR_BEFORE.search(text, start, last.start)
        if last.end >= end and before is not None and len(inside) == 1 and start == finding.start:
            end = before.start()
        if (start, end) == (finding.start, finding.end) or end <= start:
            out.append(finding)
            continue
        out.append(replace(finding, start=start, end=end))
    return out


#: A title and the initials of a double surname: "Mrs. A-K", "Mr. V.-T.".
_TITLED_DOUBLE_INITIALS = regex.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+)?(\p{Lu})\.?[ \t]*-[ \t]*(\p{Lu})\.?"
)


#: A given name and the initials of a double surname: "Tamsin O-W", "Phil A.-K.".
_GIVEN_DOUBLE_INITIALS = regex.compile(
    r"(\p{L}[\p{L}'’]*)[ \t]+(\p{Lu})\.?[ \t]*-[ \t]*(\p{Lu})\.?"
)


_DOUBLE_INITIALS = regex.compile(r"(\p{Lu})\.?[ \t]*-[ \t]*(\p{Lu})\.?")
_GIVEN_BEFORE = regex.compile(r"(?<![\p{L}'’.-])(\p{L}[\p{L}'’]*)[ \t]+$")


def _her_givens(subject: Sequence[str]) -> set[str]:
    """Her given names, folded: the first word of each of her full names and each one-word
    name the request gives her ("Tami")."""
    return {fold_accents(words[0]).casefold() for n in subject if (words := name_words(n))}


def _double_initials_hers(text: str, finding: Finding, own: set[str], givens: set[str]) -> bool:
    """Whether `finding` is a title or one of her given names with the initials of her
    double surname: "Mrs. A-K", "Tamsin O-W" (a group roster shortens a long surname so)."""
    titled = _TITLED_DOUBLE_INITIALS.fullmatch(text, finding.start, finding.end)
    if (
        titled is not None
        and titled.group(1) + titled.group(2) in own
        and _TITLE_BEFORE.search(text, max(0, titled.start(1) - 6), titled.start(1))
    ):
        return True
    given = _GIVEN_DOUBLE_INITIALS.fullmatch(text, finding.start, finding.end)
    if given is None:  # the initials alone, found after her given name: "Tamsin [O-W]"
        alone = _DOUBLE_INITIALS.fullmatch(text, finding.start, finding.end)
        before = _GIVEN_BEFORE.search(text, max(0, finding.start - 40), finding.start)
        if alone is None or before is None:
            return False
        letters, first = alone.group(1) + alone.group(2), before.group(1)
    else:
        letters, first = given.group(2) + given.group(3), given.group(1)
    return letters in own and fold_accents(first).casefold() in givens


def titled_double_initials(
    text: str, findings: Sequence[Finding], subject: Sequence[str]
) -> list[Finding]:
    """A title or her given name with the initials of the subject's double surname ("Mrs.
    A-K" for Philomena Abernathy-Kowal, "Phil A-K") is the subject: a note or a group's
    roster shortens a long surname so. A single initial ("Ms. D.", "Phil A.") is left as
    found: a parent shares a child's surname, and a sibling may share a given name's
    initial; another given name with her initials ("Tobias A-K") is her brother."""
    own = set()
    for name in subject:
        words = name_words(name)
        if len(words) >= 2 and "-" in words[-1]:
            parts = [p for p in words[-1].split("-") if p]
            if len(parts) == 2:
                own.add("".join(fold_accents(p[:1]).upper() for p in parts))
    if not own:
        return list(findings)
    givens = _her_givens(subject)
    out = []
    for finding in findings:
        if (
            not finding.is_subject
            and finding.entity_type in NAME_TYPES
            and _double_initials_hers(text, finding, own, givens)
        ):
            finding = replace(finding, group=SUBJECT_GROUP, is_subject=True)
        out.append(finding)
    return out
