"""A title before an initial stands for a person: "Mrs. A-K", "Mr and Mrs T.", "Ms. R.".

Workers shorten a family's long or hyphenated surname to its initials after a title, in
e-mails and hurried notes ("I'm the APS worker for her grandmother (Mrs. A-K)", "Mr and
Mrs T. came to the meeting"). The titled-name recognizer wants a capitalised word after
the title, and the initials step knows only the initials of names found in the same
document, so a lone or hyphenated initial after a title reached the recipient. An
honorific followed by one capital (with or without a dot) or two joined by a hyphen, and
then no more letters, is taken as a person; so is one letter after "dr", "mr" or "mrs"
typed in lower case in a message ("needs a new script from dr o"), and one after a title
written in capitals with its dot in a note typed in capitals ("MR. S. (NEIGHBOUR) VISITED";
the dot, since "MS" alone is multiple sclerosis and "DR" a police report). It scores above NER
(0.9), so that where NER finds the same span the finding is ours, and the step that drops
NER's all-capitals "persons" as acronyms ("LMSW") leaves it alone.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPattern, CuedPatternRecognizer

_TITLE = r"\b(?-i:Mrs|Mr|Ms|Mx|Miss|Dr)\.?[ \t]+"
_INITIALS = r"(?-i:\p{Lu})\.?(?:[ \t]?-[ \t]?(?-i:\p{Lu})\.?)?(?![\p{L}\d'’&-])"
#: In a message typed in lower case: "script from dr o", "ask mr k". Not "ms" (multiple
#: sclerosis) nor "miss" ("miss a day"), and not the pronoun "i" ("dr i think").
_LOWER_TITLE = r"\b(?-i:dr|mr|mrs)\.?[ \t]+"
_LOWER_INITIAL = r"(?-i:[a-hj-z])\.?(?![\p{L}\d'’&@/-])"
#: A student's "ms t" and "coach k" ("ms t r u there", "coach k said she would"): a teacher
#: or a coach by the initial students call them by. "ms" takes no letter that is a word
#: ("ms a bit worse": the disease), and neither title a pronoun ("coach u know").
_LOWER_SCHOOL_TITLE = r"\b(?-i:ms|coach)\.?[ \t]+"
_LOWER_SCHOOL_INITIAL = r"(?-i:[b-hj-tv-z])\.?(?![\p{L}\d'’&@/-])"
#: "Coach K", "Coach D.": a coach by an initial, capitalised.
_COACH = r"\b(?-i:Coach)[ \t]+"
#: In a note typed in capitals: "MR. S. VISITED", "MRS. K-O CALLED" (the title's dot needed).
_CAPS_TITLE = r"\b(?-i:MRS|MR|MS|MX|DR)\.[ \t]+"


class TitledInitialsRecognizer(CuedPatternRecognizer):
    """Find an initial or hyphenated initials after an honorific (entity PERSON, 0.9)."""

    ENTITY: ClassVar[str] = "PERSON"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        CuedPattern(
            "honorific + initials",
            rf"(?<={_TITLE}){_INITIALS}",
            0.9,
            cue=_TITLE,
            reach=0,
        ),
        CuedPattern(
            "capitals honorific + initials",
            rf"(?<={_CAPS_TITLE}){_INITIALS}",
            0.9,
            cue=_CAPS_TITLE,
            reach=0,
        ),
        CuedPattern(
            "lower-case school title + initial",
            rf"(?<={_LOWER_SCHOOL_TITLE}){_LOWER_SCHOOL_INITIAL}",
            0.9,
            cue=_LOWER_SCHOOL_TITLE,
            reach=0,
        ),
        CuedPattern(
            "coach + initials",
            rf"(?<={_COACH}){_INITIALS}",
            0.9,
            cue=_COACH,
            reach=0,
        ),
        CuedPattern(
            "lower-case honorific + initial",
            rf"(?<={_LOWER_TITLE}){_LOWER_INITIAL}",
            0.9,
            cue=_LOWER_TITLE,
            reach=0,
        ),
    )
