"""Words for a relation or another party, shared by the rules that read them.

Three rules read a word for someone else in the client's life: a lower-case name after it
in a message ("my sis tasha", `redact.detect.lower_case_names`), a number after it that is
not the subject's ("sponsor's A-number", `redact.detect.subject_numbers`), a contact
detail after it that goes with that person ("Sister's # 505-...",
`redact.policy.contacts`). Each adds words of its own (a message's slang, a party to a
case, a prefixed kin word), but the people they all mean are these: one list, so that a
word added for one rule reaches the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Relatives, partners and the others around a client, in the words every rule reads.
CORE_RELATIONS = frozenset(
    {
        "mom", "dad", "sister", "brother", "son", "daughter", "aunt", "uncle", "cousin",
        "niece", "nephew", "grandma", "grandpa", "stepmom", "stepdad", "wife", "husband",
        "partner", "boyfriend", "girlfriend", "roommate", "neighbor", "neighbour",
        "landlord", "friend", "sponsor",
    }
)  # fmt: skip


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of `words`, longest first, each escaped."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
