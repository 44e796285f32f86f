"""Programme names made of ordinary words: "Weekend Backpack Program", "Kinship Navigator".

Schools, counties and charities name their services with a head noun ("Program",
"Programme", "Navigator") after plain words that say what the service does. NER reads such
a phrase as an organisation, and a records request that reads "referred to the [ORGANIZATION]"
has lost what the family was offered, which a court or a researcher needs. A phrase is a
programme name when its last word is such a head and every word before it is a common
English word that is not also a given name or surname ("Summer", "Foster" and "Black" are,
so "Black Hollow Program" is left to be removed) and not a place or a name NER would know by
its rarity ("Lorain County Program" keeps its finding). A head on its own ("Navigator", the
tail of "Kinship Navigator" when NER took only that) is a programme word too.
"""

from __future__ import annotations

import re

from redact.detect.wordlists import person_names, zipf

#: Nouns that end the name of a service rather than of a body that employs people.
PROGRAMME_HEADS = frozenset({"program", "programs", "programme", "programmes", "navigator"})
#: Each other word must be at least this common in English (wordfreq's Zipf scale).
MIN_ZIPF = 3.0
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_FILLERS = frozenset({"and", "&", "of", "for", "the", "on", "in", "to", "a"})


def is_programme_name(phrase: str) -> bool:
    """Whether `phrase` is a programme named by plain words and a programme head noun."""
    words = _WORD.findall(phrase)
    if not words or words[-1].casefold() not in PROGRAMME_HEADS:
        return False
    names = person_names()
    for word in words[:-1]:
        folded = word.casefold()
        if folded in _FILLERS:
            continue
        if folded in names or zipf(folded) < MIN_ZIPF:
            return False
    return True
