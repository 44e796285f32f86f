"""Clergy named in a record: staff of the case or private people.

A hospital, hospice or prison chaplain acts in the case as a professional does, and keeps
their name where professionals are kept (court, referral). A pastor, reverend, deacon,
imam, rabbi or "hermano" of the client's or the family's own congregation is a private
third party: naming them tells the recipient which faith community the client belongs to,
and they act for the client, not for the case. So a clergy title alone ("pastor wes",
"Rev. Ada Quist of her church", "pastor Hno. Tomas Ruiz") makes the name a party's; the
word chaplain (or chaplaincy, spiritual or pastoral care) close by makes it staff's.
"""

import re

import regex

#: Clergy titles written before a name, in English and Spanish ("Hno." is hermano, as
#: congregations call their pastors and elders). Kin words (father, sister) are already
#: parties' cues in `redact.detect.roles`.
_CLERGY_TITLE = (
    r"pastor|pastora|reverend|rev|revd|fr|deacon|deaconess|imam|rabbi|minister|elder|bishop"
    r"|hno|hna|hermano|hermana|padre"
)
_GIVEN = r"(?:[A-Z][\w'’-]*\.?[ \t]+){0,3}"
_CLERGY_BEFORE = re.compile(
    rf"\b(?i:{_CLERGY_TITLE})\.?[ \t]+(?:(?i:{_CLERGY_TITLE})\.?[ \t]+)?" + _GIVEN + "$"
)
#: A title inside the finding ("Rev. Ada Quist" read whole by NER).
_CLERGY_INSIDE = re.compile(rf"(?i:{_CLERGY_TITLE})\.?[ \t]+\S")
#: A clergy role after the name: "Wes Doyle, her pastor", "Ada Quist (pastor)".
_CLERGY_AFTER = re.compile(
    r"[ \t]*[,(–—-][ \t]*(?:(?i:a|an|the|her|his|their|my|our|[\w-]+['’]s)[ \t]+)?"
    r"(?:[\w'’-]+[ \t]+){0,2}?(?i:pastor|minister|priest|imam|rabbi|deacon|reverend)\b"
)
#: Words that make clergy the case's own: an institution's chaplain.
_CHAPLAINCY = re.compile(r"(?i:chaplain|chaplaincy|spiritual care|pastoral care)")
#: Characters read on either side of the name for a chaplaincy word.
CHAPLAINCY_WINDOW = 80
#: The end of a sentence or clause, which the chaplaincy word must not lie beyond: in "her
#: pastor Rev. Ann Roe. Hospice chaplain Rev. Bo Lin saw her." the chaplain is Lin alone. A
#: period after a word of one to three letters closes an abbreviation ("Rev.", "r.", "St."),
#: not a sentence.
_SENTENCE_END = regex.compile(r"(?:[;!?]|(?<!(?<!\p{L})\p{L}{1,3})\.)(?=[ \t])")
CUE_WINDOW = 40


def clergy_cue(text: str, start: int, end: int) -> bool | None:
    """True for an institution's chaplain, False for a congregation's clergy (a private
    third party), None when no clergy title stands with the name."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, start - CUE_WINDOW) : start]
    after = text[end : min(line_end, end + CUE_WINDOW)]
    if not (
        _CLERGY_BEFORE.search(before)
        or _CLERGY_INSIDE.match(text, start, end)
        or _CLERGY_AFTER.match(after)
    ):
        return None
    lo = max(line_start, start - CHAPLAINCY_WINDOW)
    hi = min(line_end, end + CHAPLAINCY_WINDOW)
    for boundary in _SENTENCE_END.finditer(text, lo, start):
        lo = boundary.end()
    closing = _SENTENCE_END.search(text, end, hi)
    hi = closing.start() if closing else hi
    return _CHAPLAINCY.search(text, lo, hi) is not None
