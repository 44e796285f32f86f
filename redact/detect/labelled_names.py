"""Names after a label that says what they are: 'Pref. name: "Dez"', 'Insurance: Evergreen
Health Plan PPO', 'Employer: Siuslaw Timber Products'.

A letter's "attn." or "c/o" names the person it is for, its "cc:" or "Copies to:" a person
it goes to (a given name and a surname that is rare as a word: "attn. Grace Liufau", not
"Attn: Records Unit"; no office's acronym: "Copy to Lakemont CBH"). An intake form names
the client's nickname, insurer and employer in fields, with no
sentence around them for NER. The label says what the value is: a preferred name is a
person (and every other "Dez" in the document then goes with it), so is another client,
member or resident ("Other client: Nasrullah", "Roommate assigned: Dorian Pettibone": a
mononym no list holds, beside the subject's record), an insurer an
organisation, an employer an employer. A value that is a term of meaning ("Insurance:
Medicaid") or one common word ("Employer: None", "Insurance: Self") is no name.
"""

from __future__ import annotations

import regex

from redact.detect.meaning import is_meaning
from redact.detect.wordlists import zipf
from redact.findings import Finding

SOURCE = "LabelledName"
SCORE = 0.9
#: Words that end a value: the label of the next field ("Ins Evergreen Health Plan ID ...").
_FIELD_WORDS = frozenset(
    {"id", "no", "nos", "number", "member", "group", "policy", "subscriber", "acct", "account"}
)
#: A one-word value this common is a word, not a name ("None", "Self", "Pending").
MAX_ONE_WORD_ZIPF = 4.0

_WORD = r"\p{Lu}[\p{L}\d&'’-]*"
_VALUE = rf"{_WORD}(?:[ \t]+(?:(?:of|and|&|the|de|la)[ \t]+)?{_WORD}){{0,5}}"
_LABELS = {
    "PERSON": (
        r"pref(?:erred)?\.?[ \t]*name|nick[ \t]?name|goes[ \t]+by|a\.?k\.?a\.?"
        r"|also[ \t]+known[ \t]+as"
    ),
    "OTHER": (
        r"(?:other|another)[ \t]+(?:client|member|resident|participant|patient|youth|parent)s?"
        r"|co-?clients?|(?:room|cell|bunk|house)[ \t]?mates?(?:[ \t]+assigned)?"
    ),
    "ORGANIZATION": r"insurance|insurer|ins\.?|payer|payor|health[ \t]+plan|carrier",
    "ATTENTION": r"attn\.?|attention|c/o|cc|copies[ \t]+to|copy[ \t]+to",
    "EMPLOYER": r"employer|employed[ \t]+(?:at|by)|works[ \t]+at|place[ \t]+of[ \t]+work",
}
_PATTERNS = {
    kind: regex.compile(
        rf"(?<![\p{{L}}])(?i:{label})(?![\p{{L}}])[ \t]*[:#\-–]?[ \t]*[\"“‘']?(?P<value>{_VALUE})"
    )
    for kind, label in _LABELS.items()
}


#: A surname after "attn." rarer than this as a word: "Grace Liufau", not "Records Unit".
MAX_ATTENTION_SURNAME_ZIPF = 3.0


def _a_name(value: str, kind: str = "") -> bool:
    words = value.split()
    if is_meaning(value) or all(is_meaning(w) for w in words):
        return False  # "PAYOR: MEDICAID LTC": a programme and a level of care, no payer's name
    if kind == "ATTENTION":  # a person the letter is for: given name and a rare surname
        return (
            2 <= len(words) <= 3
            and zipf(words[-1]) < MAX_ATTENTION_SURNAME_ZIPF
            and not words[-1].isupper()  # "Copy to Lakemont CBH": an office
        )
    return not (len(words) == 1 and zipf(value) >= MAX_ONE_WORD_ZIPF)


def _before_next_field(value: str) -> str:
    """The value up to the next field's label: "Evergreen Health Plan" of "Evergreen Health
    Plan ID EHP77...", whose number the labelled-value step types on its own."""
    words = value.split(" ")
    for index, word in enumerate(words):
        if index and word.casefold().rstrip(".:#") in _FIELD_WORDS:
            return " ".join(words[:index]).rstrip()
    return value


def labelled_name_findings(text: str) -> list[Finding]:
    """Findings for nicknames, insurers and employers written after their labels."""
    found = []
    for kind, pattern in _PATTERNS.items():
        for match in pattern.finditer(text):
            value = _before_next_field(match.group("value")).rstrip(".")
            if value and _a_name(value, kind):
                start = match.start("value")
                entity_type = "PERSON" if kind in {"ATTENTION", "OTHER"} else kind
                found.append(Finding(start, start + len(value), entity_type, SCORE, source=SOURCE))
    return found


def attention_names(text: str) -> list[str]:
    """The people a letter is addressed to ("attn. Grace Liufau"): the release gathers them
    (`redact.detect.lexicon`), so a table row's "G. Liufau" is found too."""
    return [
        match.group("value").rstrip(".")
        for match in _PATTERNS["ATTENTION"].finditer(text)
        if _a_name(match.group("value").rstrip("."), "ATTENTION")
    ]


__all__ = ["attention_names", "labelled_name_findings"]
