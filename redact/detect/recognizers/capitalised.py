"""Strict mode: every capitalised word that is not a common English word is identifying.

High-recall de-identification systems treat any proper noun they cannot explain as a name
or a place. A post about a client must not keep "Riisa", "Propublica" or "Bellerin" just
because the NER model has never seen them. Used only by policies with `strict_capitalised`
(social-media, research-safe-harbor); readable policies (consultation, court) never see it.

A word counts as capitalised when its first letter is upper case ("Oulu", "OULU", "McKay").
It is taken when it is rare as an English word (wordfreq), or a known given name or surname
(Faker, every locale; "Mary-Jane" by its parts) that is not very common as a word. At a
sentence start, where every word is capitalised, the bar is stricter. A run of capitalised
words that holds one taken word is taken whole ("Loveland Technologies", "Guilty
Pleasures"), less leading function words ("The"), but not less a leading name that is also a
common word when the run holds a name ("Hope Castillo"). A run that is a country's name
("Slovenia", "Czech Republic") is a LOCATION, even at a sentence start. In strict mode a
lower-case known name that is rare as a word is taken too ("follow up with patricia
desrosiers"), as are handles written with a space after the "@" or around the "/" ("@
skooba", "u / nicklovettnz").

In a line written in capitals (`redact.detect.case_style`) capitals say nothing: there a
word is taken only when the vocabulary says it may be a name (a known name that is not a
very common word, or a word English does not know, never a clinical term), and a known
name right next to a taken name joins it ("HOPE SMITH"). A middle initial
joins a name ("OWEN M GALLAGHER"), and a code of letters and digits is taken ("FB59").

Entity types: PERSON for a run holding a known name (so its other mentions are found too),
SOCIAL_HANDLE for handles, otherwise ORGANIZATION: a proper noun of unknown kind. It is one
of the broad types, so a more specific finding over the same words gives the label.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.case_style import (
    caseless_spans,
    is_dictionary_form,
    is_name_evidence,
    is_unknown_word,
    within,
)
from redact.detect.demonyms import DEMONYMS
from redact.detect.meaning import is_clinical, is_icd10_code
from redact.detect.place_names import us_places
from redact.detect.wordlists import country_names, is_plain_english, person_names, zipf_table
from redact.detect.world_towns import world_towns

#: A word: letters (digits allowed inside, "CPHPython2"), inner apostrophes and hyphens.
_WORD = re.compile(r"(?<![\w@#/])[^\W\d_][^\W_]*(?:['’\-][^\W_]+)*")
#: Words joined into one run: spaces or tabs, never a line break.
_JOIN = re.compile(r"[ \t]+")
#: What may stand between a sentence end and the next sentence's first word.
_OPENERS = " \t\"'“‘([*>•-–—#"
_SENTENCE_END = ".!?…\n"
_HANDLE = re.compile(r"(?:(?<![\w.+\-])@[ \t]?|\bu[ \t]?/[ \t]?)([A-Za-z_][A-Za-z0-9_]{1,29})\b")

#: Zipf frequency bars (see `wordfreq`): below them a word is rare enough to be a name.
RARE_MID = 4.0  # inside a sentence
RARE_START = 3.0  # at a sentence start
NAME_MID = 5.0  # a known name inside a sentence, unless it is a very common word
NAME_START = 4.0  # a known name at a sentence start
NAME_LOWER = 3.8  # a lower-case known name ("patricia", not "rose" or "hunter")
#: In a capitals line, a known name right before a taken name joins it below this
#: frequency ("WILL" of "WILL BRENNAN"), one right after it below the next ("SMITH HOPE",
#: not "SMITH WILL CALL"); it must have at least `MIN_NEIGHBOUR_NAME` letters.
PRECEDING_MAX_ZIPF = 6.5
FOLLOWING_MAX_ZIPF = 5.5
MIN_NEIGHBOUR_NAME = 3
#: A word of letters and digits this long in a capitals line is a code ("FB59", not "B12").
MIN_CODE_LENGTH = 4
#: An acronym that spells a common word ("ERA", "CARE", "HOPE"): at most this long and
#: at least this common as a word.
MAX_ACRONYM = 6
#: Two capitals are a person's initials as often as an acronym ("call DB", "TH/DB").
MIN_ACRONYM = 3
ACRONYM_WORD_ZIPF = 3.5
#: A field label's colon and its number.
_LABEL_BEFORE_NUMBER = re.compile(r":[ \t]*\d")
#: The words right before and after one, on its line.
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\w\n]*$")
_WORD_AFTER = re.compile(r"[^\w\n]*([^\W\d_]+)")
#: What sets off a header's parts: "Agency · Letter · CONFIDENTIAL", "Unit — Admissions" (not a
#: table's "|": a cell may hold an organisation's one-word name).
_SEPARATORS = frozenset("·•—–")
#: A field label's colon ("Pronouns: she/her"), not a time's or a ratio's.
_COLON_AFTER = re.compile(r"[ \t]*:(?!\d)")
#: Function words that some locale's name list holds ("the", "can", "per").
_NOT_NEIGHBOURS = frozenset({"the", "and", "can", "per", "son", "for", "not", "are", "but"})
#: Leading words of a run dropped when they are this common ("The", "In", "My").
LEADING_COMMON = 5.0

#: Capitalised words that are never identifying on their own, common or not.
ALLOWED = frozenset(
    {
        "i", "i'm", "i've", "i'll", "i'd", "ok", "okay", "rt", "dm", "pm", "am", "lol", "omg",
        "btw", "fyi", "asap", "faq", "usd", "eur", "gbp", "id", "dob", "ssn", "iban", "atm",
        "pin", "url", "pdf", "tv", "ceo", "re", "fw", "fwd", "cc", "bcc", "etc", "vs", "ps",
        "mr", "mrs", "ms", "mx", "dr", "prof", "jr", "sr", "st", "apt", "ste", "no", "nos",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "god", "christmas", "easter",
    }
)  # fmt: skip

NAME_SCORE = 0.6
PROPER_NOUN_SCORE = 0.5
HANDLE_SCORE = 0.6


def _at_sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


class StrictCapitalisedRecognizer(EntityRecognizer):
    """Capitalised words that are neither common words nor allowed (strict policies only)."""

    ENTITIES: ClassVar[list[str]] = ["PERSON", "ORGANIZATION", "SOCIAL_HANDLE"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES),
            name="StrictCapitalisedRecognizer",
            supported_language=supported_language,
        )

    def load(self) -> None:
        """Load the word lists now, not on the first text."""
        self._zipf = zipf_table()
        self._names = person_names()
        self._countries = country_names()
        self._places = us_places() | world_towns()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Findings for capitalised runs, lower-case rare names and spaced handles."""
        results = self._capitalised_runs(text) + self._lower_case_names(text)
        results += [
            RecognizerResult("SOCIAL_HANDLE", m.start(1), m.end(1), HANDLE_SCORE)
            for m in _HANDLE.finditer(text)
        ]
        return [r for r in results if r.entity_type in entities]

    def _taken(self, word: str, sentence_start: bool) -> tuple[bool, bool]:
        """(taken, is_a_known_name) for one capitalised word."""
        folded = word.casefold()
        if folded in ALLOWED or len(word) < 2:
            return False, False
        frequency = self._zipf.get(folded, 0.0)
        is_name = folded in self._names
        if not frequency and "-" in folded:  # "Mary-Jane" is a name by its parts
            is_name = all(part in self._names for part in folded.split("-"))
        if sentence_start:
            if not is_name and frequency < RARE_START and self._dictionary_word(folded):
                return False, False  # "Strangulation x2.", "Truancy petition filed."
            return frequency < RARE_START or (is_name and frequency < NAME_START), is_name
        return frequency < RARE_MID or (is_name and frequency < NAME_MID), is_name

    def _dictionary_word(self, folded: str) -> bool:
        """A word of the English dictionary, or a regular form of one, that names no town:
        at a sentence start, where every word is capitalised, such a word is the sentence's
        first word ("Strangulation", "Truancy", "Reunification", a worker's "Texted" or
        "Faxed"), however rare; a town the dictionary holds ("Tacoma") is still a place."""
        if "'" in folded or "’" in folded:
            return False  # "Maria's disease": a possessive is a name's ("maria" is a lunar sea)
        return (
            (is_plain_english(folded) or is_dictionary_form(folded))
            and folded not in self._places
            and folded not in self._countries
        )

    def _capitalised_runs(self, text: str) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        run: list[tuple[int, int, bool, bool]] = []  # (start, end, taken, is_name)

        def close() -> None:
            if run and all(text[s:e].casefold() in DEMONYMS for s, e, _, _ in run):
                run.clear()  # a people or its language alone ("Ojibwe") is NORP, not a name
                return  # ("The Austrian Government" is still an organisation)
            if len(run) == 1 and not run[0][3] and self._set_off_word(text, run[0][0], run[0][1]):
                run.clear()  # "· CONFIDENTIAL (FERPA)", "Pronouns: she/her"
                return
            if run and text[run[0][0] : run[-1][1]].casefold() in self._countries:
                results.append(
                    RecognizerResult("LOCATION", run[0][0], run[-1][1], PROPER_NOUN_SCORE)
                )
            elif any(taken for _, _, taken, _ in run):
                named = any(is_name and taken for _, _, taken, is_name in run)
                while (
                    run
                    and not run[0][2]
                    and self._zipf.get(text[run[0][0] : run[0][1]].casefold(), 0.0)
                    >= LEADING_COMMON
                    and not (named and self._given_name_before(text, run))
                ):
                    run.pop(0)
                results.append(
                    RecognizerResult(
                        "PERSON" if named else "ORGANIZATION",
                        run[0][0],
                        run[-1][1],
                        NAME_SCORE if named else PROPER_NOUN_SCORE,
                    )
                )
            run.clear()

        caseless = caseless_spans(text)
        pending: tuple[int, int] | None = None  # a name word that may join the next run
        for match in _WORD.finditer(text):
            word = match.group()
            if not word[0].isupper():
                if run:  # most words: lower case, with no run to close
                    close()
                continue
            joined = bool(run) and _JOIN.fullmatch(text, run[-1][1], match.start()) is not None
            if run and not joined:
                close()
            if not within(caseless, match.start(), match.end()):
                taken, is_name = self._taken(word, _at_sentence_start(text, match.start()))
                if taken and (
                    self._acronym_in_prose(text, match.start(), match.end())
                    or self._field_label(text, match.start(), match.end())
                ):
                    taken, is_name = False, False
                run.append((match.start(), match.end(), taken, is_name))
                continue
            taken, is_name = self._taken_caseless(word)
            if taken:
                if not run and pending and _JOIN.fullmatch(text, pending[1], match.start()):
                    run.append((*pending, False, True))
                run.append((match.start(), match.end(), True, is_name))
            elif run and run[-1][3] and self._name_neighbour(word, FOLLOWING_MAX_ZIPF):
                run.append((match.start(), match.end(), True, True))
            elif run and run[-1][3] and len(word) == 1:  # a middle initial: "OWEN M GALLAGHER"
                run.append((match.start(), match.end(), True, False))
            else:
                close()
            before = self._name_neighbour(word, PRECEDING_MAX_ZIPF)
            pending = (match.start(), match.end()) if before else None
        close()
        return results

    def _set_off_word(self, text: str, start: int, end: int) -> bool:
        """A dictionary word alone between a header's separators or before a field's colon
        ("... · CONFIDENTIAL (FERPA)", "Center — Admissions — ...", "Pronouns: she/her",
        "Urgency: routine"): a heading, a notice or a label, written capitalised as a
        sentence's first word is; a name, a town or a word English lacks is still taken."""
        before = text[max(0, start - 8) : start].rstrip(" \t*")
        set_off = before[-1:] in _SEPARATORS or _COLON_AFTER.match(text, end) is not None
        return set_off and self._dictionary_word(text[start:end].casefold())

    def _acronym_in_prose(self, text: str, start: int, end: int) -> bool:
        """A common English word in capitals alone among mixed-case words: an acronym or
        an emphasis ("the ERA packet", "she WILL call"), not a name. "Era" and "Will" are
        names, but prose writes a name with a capital letter, and a name in capitals
        comes with the rest of it ("HOPE MARTIN")."""
        word = text[start:end]
        if not word.isupper() or not MIN_ACRONYM <= len(word) <= MAX_ACRONYM:
            return False
        if self._zipf.get(word.casefold(), 0.0) < ACRONYM_WORD_ZIPF:
            return False
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        after = _WORD_AFTER.match(text, end)
        return not any(m is not None and m.group(1).isupper() for m in (before, after))

    def _field_label(self, text: str, start: int, end: int) -> bool:
        """A common word as a form's field label before its number ("Pages: 3", "Units:
        12"): "Pages" is a surname, but a label names the field, not a person."""
        return (
            _LABEL_BEFORE_NUMBER.match(text, end) is not None
            and self._zipf.get(text[start:end].casefold(), 0.0) >= RARE_MID
        )

    def _given_name_before(self, text: str, run: list[tuple[int, int, bool, bool]]) -> bool:
        """A common word leading a named run that is a name itself: "Hope" of "Hope Castillo"."""
        folded = text[run[0][0] : run[0][1]].casefold()
        return run[0][3] and len(run) > 1 and folded not in _NOT_NEIGHBOURS

    def _taken_caseless(self, word: str) -> tuple[bool, bool]:
        """(taken, is_a_known_name) for a word of a capitals line, where case says nothing.

        A known name that is not a very common word ("HEALEY", not "WILL"), a word English
        does not know ("RIISA"), or a code of four or more letters and digits ("FB59");
        never a clinical term or an ICD-10 code ("DOPAMINE", "PMH", "T2DM", "F432").
        """
        folded = word.casefold()
        if folded in ALLOWED:
            return False, False
        if any(ch.isdigit() for ch in word):  # "FB59", "XW277"; not "X3", "DM2", "T2DM"
            code = len(word) >= MIN_CODE_LENGTH and not is_clinical(word)
            return code and not is_icd10_code(word), False
        if folded in self._names:
            return is_name_evidence(word), True
        return is_unknown_word(word), False

    def _name_neighbour(self, word: str, max_zipf: float) -> bool:
        """A known name, even a common word, can join a name next to it ("HOPE SMITH")."""
        folded = word.casefold()
        return (
            len(folded) >= MIN_NEIGHBOUR_NAME
            and folded in self._names
            and folded not in ALLOWED
            and folded not in _NOT_NEIGHBOURS
            and self._zipf.get(folded, 0.0) < max_zipf
            and not is_clinical(folded)
        )

    def _lower_case_names(self, text: str) -> list[RecognizerResult]:
        results = []
        for match in _WORD.finditer(text):
            word = match.group()
            if not word.islower() or len(word) < 3:
                continue
            if (
                word in self._names
                and self._zipf.get(word, 0.0) < NAME_LOWER
                and not is_clinical(word)
            ):
                results.append(RecognizerResult("PERSON", match.start(), match.end(), NAME_SCORE))
        return results
