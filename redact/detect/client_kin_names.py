"""A lower-case given name after a kin word of a client's language, in any note.

Families name their elders by a kin word of their own language and a given name, and a
worker copies it as said, often in lower case inside an otherwise capitalised note: "stayed
with abuela rosa over the weekend", "teta samira came to the game", "her sitto mona
watches the baby". NER leans on capitals and misses the name; the English kin cues of
`lower_case_names` ("son ricky", "uncle ray") do not know these words. The kin word is the
cue: the word after it is a person's when it is a listed given name that English knows as
nothing but a noun, and not too common ("abuela says", "teta is" stay words).

The kin word itself is a relation, a term of meaning (`meaning_terms.KIN_WORDS`), and stays
outside the span: the reader still learns that a grandmother came. Only offsets leave here.
"""

from __future__ import annotations

import re
from functools import cache

from redact.detect.meaning import is_clinical, is_meaning
from redact.detect.meaning_terms import KIN_WORDS, ROLE_WORDS
from redact.detect.wordlists import english_non_nouns, given_names, zipf
from redact.findings import Finding

SOURCE = "ClientKinName"
SCORE = 0.6
#: After a kin word a listed given name is the kin's below this frequency ("rosa" 3.8,
#: "maria" 4.3), as after an English kin word.
MAX_KIN_NAME_ZIPF = 4.6

#: Kin words of the languages clients write in, typed in a note as English ones: Somali,
#: Spanish, Swahili and Arabic, South Asian, Filipino, European grandparents; Levantine
#: Arabic, Russian and Ukrainian, Polish, Haitian Creole, Tagalog, Korean and Mandarin
#: (pinyin). `lower_case_names` reads them as relations in a message log.
CLIENT_KIN_WORDS: frozenset[str] = frozenset(
    {
        "hooyo", "aabo", "ayeeyo", "awoowe", "abti", "eedo", "habaryar", "adeer", "walaal",
        "abuela", "abuelo", "abuelita", "abuelito", "prima", "primo", "hermana", "hermano",
        "bibi", "babu", "shangazi", "khala", "khalto", "ammi", "ammu", "abbu", "abba",
        "amma", "appa", "nani", "dadi", "chacha", "mamu", "kuya", "manang", "manong",
        "nonna", "nonno", "oma", "opa", "babcia", "dziadek", "bubbe", "zayde", "vovo",
        "teta", "sitto", "sitti", "jiddo", "jeddo", "amto", "ammo", "khalo", "babushka",
        "dedushka", "dyadya", "tyotya", "ciocia", "wujek", "tonton", "tatie", "grann",
        "tita", "tito", "halmoni", "halmeoni", "harabeoji", "nainai", "yeye", "laolao",
        "waipo", "gonggong", "jiejie", "gege", "meimei",
    }
)  # fmt: skip
#: Spanish aunt and uncle, and the English kin words of `KIN_WORDS`, are read elsewhere.
_ALSO = frozenset({"tia", "tio", "tía", "tío"})
_ENGLISH = frozenset({"auntie", "elder"})
#: Verbs of the kin word's own language that a name list also holds: "mi abuela esta
#: enferma" ("Esta" is a given name in some locale).
_VERBS_AFTER_KIN = frozenset(
    {"esta", "estaba", "era", "fue", "tiene", "vive", "dice", "viene", "va", "quiere", "ist",
     "war", "hat", "est", "sta"}
)  # fmt: skip


@cache
def _cue() -> re.Pattern[str]:
    words = (CLIENT_KIN_WORDS | KIN_WORDS | _ALSO) - _ENGLISH
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’@.-])(?i:{alternation})[ \t]+(?P<n>[a-z][a-z'’]*[a-z])(?![\w@-]|['’]\w)"
    )


@cache
def _kin_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in CLIENT_KIN_WORDS | KIN_WORDS | _ALSO | ROLE_WORDS)


def _kin_named(word: str) -> bool:
    """A listed given name that names the kin: no English verb, adjective or adverb, rare
    enough, and no kin, role, clinical or meaning word."""
    return (
        word in given_names()
        and word not in english_non_nouns()
        and zipf(word) < MAX_KIN_NAME_ZIPF
        and word not in _kin_words()
        and word not in _VERBS_AFTER_KIN
        and not is_meaning(word)
        and not is_clinical(word)
    )


def client_kin_name_spans(text: str) -> set[tuple[int, int]]:
    """Spans of lower-case given names right after a kin word of a client's language."""
    if not text:
        return set()
    return {m.span("n") for m in _cue().finditer(text) if _kin_named(m.group("n"))}


def client_kin_name_findings(text: str) -> list[Finding]:
    """PERSON findings for the spans of `client_kin_name_spans`."""
    return [
        Finding(s, e, "PERSON", SCORE, source=SOURCE)
        for s, e in sorted(client_kin_name_spans(text))
    ]


__all__ = ["CLIENT_KIN_WORDS", "client_kin_name_findings", "client_kin_name_spans"]
