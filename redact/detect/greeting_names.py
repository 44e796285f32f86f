"""The name a message greets or thanks at the head of a line: "Hi Bo,", "hey jo -",
"Good morning Nhi,", "Thanks Lu!".

An e-mail or a text opens on whom it is written to, and a short given name there ("Bo",
"Jo", "Ty", "Lu") is too common a word, or too short, for the rules that take a rare name
standing alone. At the head of a line, between a greeting and the comma, dash, "!" or line
end that closes the salutation, one word stands for the person greeted; it is taken when the
name lists know it (or, capitalised, when it is rare as an English word), and never when it
is a way of addressing anyone ("Hi all,", "Hi Mom,", "Thanks team!", "Dear Doctor,").
"""

from __future__ import annotations

import regex

from redact.detect.meaning import is_kin_word, is_meaning
from redact.detect.wordlists import given_names, person_names, zipf
from redact.findings import Finding

SOURCE = "GreetingName"
SCORE = 0.6
#: A capitalised word no name list holds is taken below this frequency ("Nhi", "Sy", "Ky"):
#: in a salutation's slot a capitalised word is a name or a way of addressing anyone, and
#: the second kind is listed.
MAX_UNLISTED_ZIPF = 4.5

#: A greeting or a thanks that opens a line (after an optional "3/4 9:58pm Name: " of a
#: chat log).
_SALUTATION = regex.compile(
    r"^[ \t>\"“]*(?:[^\n]{1,40}?:[ \t]+)?"
    r"(?i:hi|hey|hello|hiya|heya|dear|good[ \t]+(?:morning|afternoon|evening)|morning"
    r"|evening|thanks|thank[ \t]+you|thx|ty|bye|night|congrats|hola|buenos[ \t]+d[ií]as)"
    r"[ \t,]+(?P<name>\p{L}[\p{L}'’]*)[ \t]*(?=[,!.:;–—-]|$)",
    regex.MULTILINE,
)
#: Ways of addressing anyone, and words that follow a greeting but name no one.
_ADDRESS_WORDS = frozenset(
    {"all", "team", "everyone", "everybody", "folks", "guys", "there", "sir", "maam",
     "ma'am", "madam", "mom", "mum", "dad", "doc", "doctor", "babe", "baby", "love", "hon",
     "honey", "sweetie", "sis", "bro", "friend", "friends", "yall", "y'all", "both",
     "again", "you", "u", "kiddo", "buddy", "boss", "coach", "officer", "nurse",
     "counselor", "counsellor", "judge", "ladies", "gentlemen", "family", "so", "for",
     "much", "ok", "okay", "yes", "no", "ya", "yo", "man", "dude",
     "mama", "papa", "auntie", "aunty", "uncle", "grandma", "grandpa", "nana", "papi",
     "mami", "mija", "mijo", "sister", "brother", "cousin", "neighbor", "neighbour",
     "worker", "miss", "mister", "teacher", "staff", "colleagues", "partner", "mr", "mrs",
     "ms", "mx", "dr", "prof", "rev", "sunshine", "darling", "dear", "gorgeous",
     "beautiful", "handsome", "stranger", "neighbors", "neighbours", "parents", "caregivers"}
)  # fmt: skip


def _names_someone(word: str) -> bool:
    folded = word.casefold()
    if len(folded) < 2 or folded in _ADDRESS_WORDS or is_kin_word(word) or is_meaning(word):
        return False
    if folded in given_names() or folded in person_names():
        return True
    return word[0].isupper() and zipf(folded) < MAX_UNLISTED_ZIPF


def greeting_name_findings(text: str) -> list[Finding]:
    """PERSON findings for the one word a line's greeting or thanks is addressed to."""
    return [
        Finding(m.start("name"), m.end("name"), "PERSON", SCORE, source=SOURCE)
        for m in _SALUTATION.finditer(text)
        if _names_someone(m.group("name"))
    ]
