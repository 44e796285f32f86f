"""Names after the words Spanish speakers put before them, and before their verbs.

Records of Central American clients (a shelter's intake, a sponsor's WhatsApp messages, a
clinician's note of what a child said) name people as they are called at home: "doña
Juana", "don Aníbal", "Hno. Eliseo Barrios" (a church's brother), "tío Rigo", "abuelita
Masa", "el cuñado elmer", and in a message a given name before a Spanish verb: "wilmer dice
q es flojo", "brayan llamó". NER reads most of it as nothing, a place or an organisation.

- A courtesy title (don, doña, señor/Sr., señora/Sra., señorita/Srta., Hno./Hna.) is said
  with a given name and goes with it (`absorb_courtesy_titles`): it is how that person is
  called, and unlike "Dr." or "Judge" tells a reader nothing of a part they had.
- A kin word (tío, tía, primo, abuelita, cuñado, padrino...) says the part and stays, as
  "Aunt" does; the name after it goes.
- After either, a capitalised word is a name (with up to three more and the particles "de",
  "del", "de la" after a title); a lower-case one is a name when the name lists have it and
  neither English nor Spanish uses it much as a word ("doña juana", not "tío dice").
- In any text, a lower-case listed given name that is no common word, before a Spanish verb
  a person does ("wilmer dice", "fredy no contesta").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache

import regex

from redact.detect.meaning import is_clinical
from redact.detect.wordlists import (
    english_non_nouns,
    given_names,
    job_titles,
    person_names,
    zipf,
)
from redact.entities import NAME_TYPES
from redact.findings import Finding

SOURCE = "SpanishCue"
SCORE = 0.7
#: A lower-case listed name after a cue is taken below these frequencies as a word: in
#: English (as after an English kin word) and in Spanish ("juana" 4.1; "dice" 5.7).
MAX_ENGLISH_ZIPF = 4.6
MAX_SPANISH_ZIPF = 4.3
#: Before a verb, with no word before it, a name must be rarer still in both languages.
MAX_BARE_ZIPF = 3.6

_COURTESY = r"don|doña|dona|se[ñn]or|se[ñn]ora|se[ñn]orita|sr|sra|srta|hno|hna"
_KIN = (
    r"t[íi]o|t[íi]a|tiito|tiita|prim[oa]|abuelit[oa]|abuel[oa]|cu[ñn]ad[oa]|suegr[oa]"
    r"|sobrin[oa]|herman[oa]|hermanit[oa]|padrino|madrina|compadre|comadre|nuera|yerno"
    r"|hij[oa]|mam[áa]|pap[áa]|mami|papi"
)
#: A name word: a capital, then letters; a hyphen may join another ("Ochoa-Treviño").
_CAP = r"\p{Lu}[\p{Ll}\p{Lu}'’]*\p{Ll}(?:-\p{Lu}\p{L}*\p{Ll})?"
_PARTICLE = r"(?i:de[ \t]+la|de[ \t]+los|del|de|la)[ \t]+"
_STOP = (
    r"(?:El|La|Los|Las|Lo|Un|Una|Y|O|De|Del|En|Con|Por|Para|Que|Se|Su|Sus|Mi|Es|The|And|A|An"
    r"|In|On|At|To|Of|For|With|From|He|She|They|His|Her|Is|Was|Has|Had)(?![\p{L}])"
)
_NAME = rf"(?!{_STOP}){_CAP}(?:[ \t]+(?:{_PARTICLE})?(?!{_STOP}){_CAP}){{0,3}}"
_ONE_NAME = rf"(?!{_STOP}){_CAP}"
_LOWER = r"[a-zñáéíóú][a-zñáéíóú'’]*[a-zñáéíóú]"
_TITLE = rf"(?<![\p{{L}}'’-])(?i:{_COURTESY})(?:\.[ \t]*|[ \t]+)"
_KIN_WORD = rf"(?<![\p{{L}}'’-])(?i:{_KIN})(?:[ \t]*,)?[ \t]+"
_TITLED = regex.compile(rf"{_TITLE}(?:(?P<cap>{_NAME})|(?P<low>{_LOWER}))(?![\p{{L}}'’])")
_KIN_NAMED = regex.compile(rf"{_KIN_WORD}(?:(?P<cap>{_ONE_NAME})|(?P<low>{_LOWER}))(?![\p{{L}}'’])")
_VERB = (
    r"dice|dijo|dec[íi]a|llam[óo]|llama|quiere|quer[íi]a|mand[óo]|manda|vino|viene|est[áa]"
    r"|estaba|sigue|trabaja|tiene|ten[íi]a|sabe|pregunt[óo]|contest[óo]|no[ \t]+contesta"
    r"|me[ \t]+dijo|se[ \t]+fue|habl[óo]|puede|va[ \t]+a"
)
#: An alias with its article, quoted or after a word of naming: 'the guide "el Chino"',
#: "known as la Güera", "le dicen el Flaco". The article stays: the word after it goes.
_ALIAS = regex.compile(
    rf"(?:[\"“]|(?i:called|known[ \t]+as|alias|aka|a\.k\.a\.|nicknamed|le[ \t]+dicen"
    rf"|apodado|apodada)[ \t]+[\"“]?)(?i:el|la)[ \t]+(?P<cap>{_ONE_NAME})(?![\p{{L}}'’])"
)
#: Two surnames joined by a particle, as Spanish writes a surname ("Méndez del Valle",
#: "Ortiz de León"): a listed name that Spanish does not use as a word ("Casa del
#: Migrante", "Iglesia de Dios", "San Pedro de ..." are not), then a capitalised word.
_DOUBLE_SURNAME = regex.compile(
    rf"(?<![\p{{L}}'’-])(?P<first>{_CAP})[ \t]+(?:de[ \t]+la|del|de)[ \t]+"
    rf"(?!{_STOP}){_CAP}(?![\p{{L}}'’-])"
)
#: The first surname is taken when Spanish uses it less than this as a word.
MAX_SURNAME_SPANISH_ZIPF = 4.0
_BEFORE_VERB = regex.compile(
    rf"(?<![\p{{L}}\d'’@#.-])(?P<low>{_LOWER})[ \t]+(?:{_VERB})(?![\p{{L}}])"
)
#: What every match of `_ALIAS` and of `_BEFORE_VERB` holds: "el" or "la" before a capital,
#: a Spanish verb after a space. A scan for the cue alone, without the leading look-behind
#: and the name before it, is a few times faster, and most notes hold neither.
_ALIAS_CUE = regex.compile(r"(?i:el|la)[ \t]+\p{Lu}")
_VERB_CUE = regex.compile(rf"[ \t](?:{_VERB})(?![\p{{L}}])")
#: "Sr." is also "senior" ("sr case manager"): only a capitalised word after these is a name.
_SHORT_TITLES = frozenset({"sr", "sra", "srta"})


@cache
def _job_heads() -> frozenset[str]:
    """The last words of job titles: "manager", "worker", "nurse"."""
    return frozenset(title.split(",")[0].split()[-1] for title in job_titles())


def _role_words(name: str) -> bool:
    """True when the capitalised words are a job's ("Sr. Case Manager"), not a name."""
    words = name.split()
    return len(words) > 1 and words[-1].casefold() in _job_heads()


@cache
def _spanish_zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "es"))


def _listed(word: str, bar_english: float, bar_spanish: float) -> bool:
    """A listed given name that neither English nor Spanish uses much as a word."""
    if len(word) < 3 or word not in given_names() or word in english_non_nouns():
        return False
    if is_clinical(word):
        return False
    return zipf(word) < bar_english and _spanish_zipf(word) < bar_spanish


def spanish_cue_findings(text: str) -> list[Finding]:
    """PERSON findings for names after a Spanish title or kin word, or before a Spanish verb."""
    spans: set[tuple[int, int]] = set()
    for pattern in (_TITLED, _KIN_NAMED):
        for m in pattern.finditer(text):
            if m.group("cap") is not None:
                if not _role_words(m.group("cap")):
                    spans.add(m.span("cap"))
                continue
            cue = text[m.start() : m.start("low")].strip(" \t.,").casefold()
            if cue in _SHORT_TITLES or (cue == "don" and not text[m.start()].islower()):
                continue
            if _listed(m.group("low"), MAX_ENGLISH_ZIPF, MAX_SPANISH_ZIPF):
                spans.add(m.span("low"))
    if _ALIAS_CUE.search(text):
        for m in _ALIAS.finditer(text):
            spans.add(m.span("cap"))
    for m in _DOUBLE_SURNAME.finditer(text):
        first = m.group("first").casefold()
        if first in person_names() and _spanish_zipf(first) < MAX_SURNAME_SPANISH_ZIPF:
            spans.add(m.span())
    for m in _BEFORE_VERB.finditer(text) if _VERB_CUE.search(text) else ():
        if _listed(m.group("low"), MAX_BARE_ZIPF, MAX_BARE_ZIPF):
            spans.add(m.span("low"))
    return [Finding(s, e, "PERSON", SCORE, source=SOURCE) for s, e in sorted(spans)]


_TITLE_BEFORE = regex.compile(rf"{_TITLE}$")
_TITLE_REACH = 10


def absorb_courtesy_titles(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """Name findings widened to take a Spanish courtesy title before them ("doña [Juana]")."""
    widened = []
    for finding in findings:
        if finding.entity_type in NAME_TYPES:
            window = max(0, finding.start - _TITLE_REACH)
            title = _TITLE_BEFORE.search(text, window, finding.start)
            if title is not None:
                finding = replace(finding, start=title.start())
        widened.append(finding)
    return widened


#: Spanish words that are never a name, however a list of names spells them.
_FUNCTION_WORDS = frozenset(
    {
        "a", "al", "con", "de", "del", "el", "la", "las", "lo", "los", "mi", "mis", "tu", "tus",
        "su", "sus", "en", "y", "o", "q", "que", "ya", "no", "yo", "se", "es", "un", "una",
        "por", "para", "pero", "ir", "le", "les", "me", "te", "nos", "muy", "mas", "más",
    }
)  # fmt: skip
#: A Spanish word that is no listed given name is trimmed when Spanish uses it this much.
MIN_SPANISH_WORD_ZIPF = 3.5
_NER_SOURCE = "SpacyRecognizer"
_NAME_LIKE = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})
_WORD = regex.compile(r"[\p{L}'’]+")


def is_spanish_word(word: str) -> bool:
    """A lower-case word Spanish uses much and no list of given names has (or a function word)."""
    if word in _FUNCTION_WORDS:
        return True
    if word in given_names():
        return False
    return _spanish_zipf(word) >= MIN_SPANISH_WORD_ZIPF and _spanish_zipf(word) > zipf(word) + 1


def is_spanish_non_name(word: str) -> bool:
    """A Spanish function word, or a common Spanish word no list of names has ("cuñado";
    not "rivas", a surname too)."""
    return word in _FUNCTION_WORDS or (is_spanish_word(word) and word not in person_names())


def trim_spanish_words(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """NER findings in lower case cut to what is not a common Spanish word, or dropped.

    The English model reads a Spanish message typed in lower case as a run of places and
    organisations: "con el cuñado", "la iglesia", "los domingos", "chepe ya quiere ir".
    Removed, they hide what a reader needs and, grown with a name beside them, take whole
    clauses; the name they hold ("chepe") stays, and the cues above find the rest.
    """
    kept = []
    for finding in findings:
        piece = text[finding.start : finding.end]
        if (
            finding.source != _NER_SOURCE
            or finding.entity_type not in _NAME_LIKE
            or piece != piece.lower()
        ):
            kept.append(finding)
            continue
        words = [m for m in _WORD.finditer(piece) if not is_spanish_word(m.group().casefold())]
        if not words:
            continue
        start, end = finding.start + words[0].start(), finding.start + words[-1].end()
        if (start, end) != (finding.start, finding.end):
            finding = replace(finding, start=start, end=end)
        kept.append(finding)
    return kept
