"""Address blocks: the lines under a street line belong to the address too.

Letters, referrals and e-mail signatures write an address over several lines:

    14 Crown Street
     Suite 321
     LONDON
     United Kingdom 75419

Patterns find the street line and often the suite, but a town in capitals or a country
followed by a postcode, alone on its line, looks like nothing in particular. When a street
address ends its line, the next lines are taken as part of it while each is short and made
only of address words: capitalised words or words in capitals, numbers, unit words ("Suite",
"Apt."), a state code, a bracketed note ("(Greek)"). A line that goes on into a sentence
("United Kingdom 75419? I am in Sutri...") ends the block; its address part is taken only
when it ends in a postcode, as is a line after one blank line. Empty fields of an export
("nan", "null") count as address words: they sit between a town and its postcode. A house
number standing before the street on its line ("77009 P.O. Box 255") is taken as well, and
so are the short lines of words right over a street line, where letterheads and signatures
put the person's and the firm's names.
"""

from __future__ import annotations

import regex

from redact.detect.signature_credentials import without_credential_tail
from redact.findings import Finding

ADDRESS = "STREET_ADDRESS"
SOURCE = "AddressBlock"
SCORE = 0.6

#: Lines over a street line taken as the name of whoever is there, and their type.
MAX_HEADING_LINES = 3
HEADING = "ORGANIZATION"
HEADING_SCORE = 0.4
#: A heading line: a quote marker or stray symbols, then two to forty characters of words
#: joined by spaces, hyphens, commas, "&" or "and"; no digits, no label colon.
_HEADING_LINE = regex.compile(
    r"[^\w\n]*([\p{L}][\p{L}'’.\-]*(?:(?:[ \t]*,[ \t]*|[ \t]+&[ \t]+|[ \t]+)"
    r"[\p{L}][\p{L}'’.\-]*){0,4})[ \t]*"
)

_HEADING_WORD = regex.compile(r"[\p{L}][\p{L}'’.\-]*")
#: Words that make a line a sentence or a label, not a name.
_NOT_HEADING_WORDS = frozenset(
    {
        "to", "at", "on", "in", "is", "was", "are", "were", "be", "she", "he", "they", "we",
        "i", "you", "it", "the", "a", "an", "of", "for", "with", "from", "by", "said", "says",
        "moved", "lives", "live", "living", "address", "my", "her", "his", "their", "our",
        "your", "send", "sent", "mail", "new", "old", "home", "dear", "thanks", "regards",
    }
)  # fmt: skip

#: Lines after the street line that may still be the address.
MAX_LINES = 4
#: Words on one continuation line.
MAX_WORDS = 6

#: One address word: capitalised or in capitals (any letters after the first, "ΧΑΝ∆ΡΙΑ"),
#: a number or code starting with a digit, a bracketed note, a unit word, an empty export
#: field, or a particle before a capitalised word ("Soto del Barco", "Ostrov nad Ohrí").
_WORD = regex.compile(
    r"(?:\p{Lu}[^\s,:;?!()]*|\d[^\s,:;?!()]*|\([\p{Lu}][^()\n]{0,30}\)"
    r"|(?i:suite|apt|apartment|unit|floor|fl|box|p\.?o\.?|ste|rm|room|#)\.?"
    r"|(?i:nan|null|none|n/a)"
    r"|(?:de|del|della|di|da|do|dos|das|des|du|la|le|les|el|los|las|van|von|der|den|nad|pod"
    r"|na|y)(?=[ \t]+\p{Lu}))"
    r"(?![^\s,;?!])"
)
_GAP = regex.compile(r"[ \t]*,?[ \t]*")
#: What may open a continuation line: indentation, quote markers, a comma, stray symbols.
_LINE_OPENER = regex.compile(r"[^\w\n(]*")
_POSTCODE_END = regex.compile(r"(?:\d{4,}|\p{Lu}\d\p{Lu} ?\d\p{Lu}\d|\d{2}-\d{3})$")
_NUMBER_BEFORE = regex.compile(r"(?<![\w\-/.,])(\d{1,6})[ \t]+$")
_LINE_END = regex.compile(r"[ \t,.]*(?:\n|$)")
#: One blank line: a block may go on after it only with a line that ends in a postcode.
#: A line that is a date, month written out: "November 12, 2025", "12 Nov. 2025". Its year
#: ends it as a postcode would.
_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_LINE = regex.compile(
    rf"(?:{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}[ \t]+{_MONTH}),?[ \t]+(?:19|20)\d\d"
)
_BLANK_LINE = regex.compile(r"[ \t]*\n")


def address_block_findings(text: str, findings: list[Finding]) -> list[Finding]:
    """New findings for the lines under each street address that ends its line, and for
    the name lines over one that starts its line."""
    added: list[Finding] = []
    for finding in findings:
        if finding.entity_type != ADDRESS:
            continue
        added += _number_before(text, finding)
        added += _heading_lines(text, finding)
        end_of_line = _LINE_END.match(text, finding.end)
        if end_of_line is None or end_of_line.end() >= len(text):
            continue
        added += _continuation(text, end_of_line.end())
    return added


def _heading_lines(text: str, finding: Finding) -> list[Finding]:
    """The lines over an address that starts its line, as in a letterhead or a signature:

        Dreux Joly
        Paxata
        PSC 3294, Box 9168

    Each of up to `MAX_HEADING_LINES` lines above, while it holds only a few words of
    letters (a person, a firm, "Smith, Fox and Lee"), is taken as an organisation, less a
    credential after a name ("Jo Roe, SPHR" takes "Jo Roe"); a person
    found there by NER keeps its own, more specific type when the overlap is resolved.
    """
    line_start = text.rfind("\n", 0, finding.start) + 1
    if text[line_start : finding.start].strip(" \t>?*-"):
        return []
    added = []
    end = line_start - 1
    for _ in range(MAX_HEADING_LINES):
        if end <= 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line = _HEADING_LINE.fullmatch(text, start, end)
        if line is None or not _is_heading(line.group(1)):
            break
        cut = without_credential_tail(text, line.start(1), line.end(1))  # "Jo Roe, SPHR"
        added.append(Finding(line.start(1), cut, HEADING, HEADING_SCORE, source=SOURCE))
        end = start - 1
    return added


def _is_heading(line: str) -> bool:
    """Names, not a sentence: every word capitalised, or none; no function words."""
    words = [w for w in _HEADING_WORD.findall(line) if w not in ("and", "&")]
    if any(w.casefold() in _NOT_HEADING_WORDS for w in words):
        return False
    capitals = [w[0].isupper() for w in words]
    return all(capitals) or not any(capitals)


def _number_before(text: str, finding: Finding) -> list[Finding]:
    line_start = text.rfind("\n", 0, finding.start) + 1
    found = _NUMBER_BEFORE.search(text, line_start, finding.start)
    if found is None:
        return []
    return [Finding(found.start(1), found.end(1), ADDRESS, SCORE, source=SOURCE)]


def _continuation(text: str, position: int) -> list[Finding]:
    """Findings for up to `MAX_LINES` address lines from `position` (a line start)."""
    added: list[Finding] = []
    for _ in range(MAX_LINES):
        blank = _BLANK_LINE.match(text, position)
        after_blank = blank is not None
        if after_blank:
            position = blank.end()  # type: ignore[union-attr]
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        start = _LINE_OPENER.match(text, position, line_end).end()  # type: ignore[union-attr]
        end, words = _address_prefix(text, start, line_end)
        if words == 0:
            break
        if _DATE_LINE.fullmatch(text, start, end):
            break  # a letter's date under its letterhead ("November 12, 2025"): no postcode
        whole_line = not text[end:line_end].strip(" \t.,")
        postcode = bool(_POSTCODE_END.search(text[start:end]))
        if (not whole_line or after_blank) and not postcode:
            break
        added.append(Finding(start, end, ADDRESS, SCORE, source=SOURCE))
        if not whole_line or line_end >= len(text):
            break
        position = line_end + 1
    return added


def _address_prefix(text: str, start: int, line_end: int) -> tuple[int, int]:
    """(end, word count) of the run of address words from `start` on one line."""
    end, words, position = start, 0, start
    while position < line_end and words < MAX_WORDS + 1:
        word = _WORD.match(text, position, line_end)
        if word is None:
            break
        end, words = word.end(), words + 1
        position = _GAP.match(text, end, line_end).end()  # type: ignore[union-attr]
    if words > MAX_WORDS:
        return start, 0
    return end, words
