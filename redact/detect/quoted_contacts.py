"""A nickname in quotes that a contact list or a partner list gives before who the person is:
`3. "Skeet" — needle-sharing contact, 2023`, `"Bird", a friend from the shelter`.

Partner services, safety plans and contact tracing list people the way the client names
them: a street name or a nickname in quotes, then a dash or a comma and what the person is
to the client. No full name ever follows, so the rules that read a nickname beside a name
(`redact.detect.names.declared_nicknames`) have nothing to hold on to, and a nickname that
English also has as a word ("Skeet", "Bird", "Boo") is no name to NER. The quotes and the
relation word right after them say it is a person; the name then goes wherever the note
repeats it (`redact.detect.names.propagate_names`).
"""

from __future__ import annotations

import regex

from redact.findings import Finding

#: What a listed person is to the client, within three words after the dash or comma.
_RELATION = (
    r"(?:ex-?|former |current |new |old |regular |main |casual |sexual |needle-?sharing"
    r" |drug |using )?(?:partners?|contacts?|boyfriend|girlfriend|bf|gf|ex|hookup|lover"
    r"|friend|best friend|roommate|cousin|neighbou?r|dealer|connect|plug|pimp|john|date)"
)
_QUOTED_CONTACT = regex.compile(
    r"[\"“](\p{Lu}[\p{L}'’-]*)[\"”][ \t]*(?:[—–,(]|[ \t]-)[ \t]*"
    # the name the note gives them may come first, with its comma: '"T" — Terrence, ex-partner'
    r"(?:(?i:an?|the|his|her|their|my)[ \t]+)?(?:[\p{L}-]+,?[ \t]+){0,2}?"
    rf"(?i:{_RELATION})(?![\p{{L}}-])"
    # "the partner agency", "a contact clinic": an institution, not a person
    r"(?![ \t]+(?i:agenc|organi[sz]ation|site|clinic|program|school|hospital|service|office))"
)
SCORE = 0.7
SOURCE = "quoted-contact"


def quoted_contact_findings(text: str) -> list[Finding]:
    """PERSON findings for nicknames in quotes followed by what the person is to the client."""
    if '"' not in text and "“" not in text:
        return []
    return [
        Finding(m.start(1), m.end(1), "PERSON", SCORE, source=SOURCE)
        for m in _QUOTED_CONTACT.finditer(text)
    ]
