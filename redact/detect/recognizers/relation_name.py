"""Names introduced by a family or social relation: "her son Mateo", "the caseworker, Aisha Khan".

Case notes name the people around a client through their relation to the client far more
often than through a full formal name: children, partners, grandparents, foster parents,
workers. A first name alone ("Mateo") is often missed by a statistical NER model, yet next to
"her son" it is certainly a person. The relation word is the cue, so it is matched by a
look-behind and stays outside the span: the output reads "her son [PERSON]", which keeps the
relation a reader needs while removing who it is.

A capitalised word after a relation word is not always a name: a sentence may start there in
badly punctuated notes ("her son Did not attend"), or a date follows ("her mother Tuesday").
Each name word is therefore checked against a small stop list of capitalised function words,
weekdays and months, and a name directly followed by an institution noun ("her son Lincoln
Elementary") is left to the institution recognizer.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPatternRecognizer, LeanPattern

#: Core relation words (singular; an optional plural "s" is added below).
_CORE_RELATIONS = (
    # family
    "mother|father|mom|mum|mommy|dad|daddy|parent|son|daughter|child|children|kid|baby|infant"
    "|toddler|grandchildren|stepchildren"
    "|brother|sister|sibling|twin|grandmother|grandfather|grandma|grandpa|granny|grandparent"
    "|grandson|granddaughter|grandchild|aunt|auntie|uncle|cousin|niece|nephew"
    "|wife|husband|spouse|partner|boyfriend|girlfriend|bf|gf|fianc[eé]e?|paramour"
    "|godmother|godfather|godparent|guardian|caregiver|caretaker|relative"
    # social and professional
    "|friend|roommate|neighbou?r|landlord|landlady|co-?worker|boss|supervisor|employer"
    "|teacher|principal|coach|counsel(?:l)?or|therapist|clinician|psychiatrist|psychologist"
    "|pediatrician|paediatrician|physician|doctor|nurse|case ?worker|case ?manager"
    "|social worker|worker|advocate|attorney|lawyer|public defender|guardian ad litem"
    "|probation officer|parole officer|officer|pastor|priest|sponsor|mentor|interpreter"
)
#: "step", "half-", "ex-", "foster", "great-grand" ... in front of a relation.
_PREFIX = (
    r"(?:(?:great[- ])*(?:step[- ]?|half[- ]|ex[- ]|foster[ ]|adoptive[ ]|biological[ ]"
    r"|birth[ ]|best[ ]|former[ ]|new[ ]|older[ ]|younger[ ]|oldest[ ]|youngest[ ]"
    r"|little[ ]|big[ ]|baby[ ]|twin[ ])?)"
)
_RELATION = rf"(?i:{_PREFIX}(?:{_CORE_RELATIONS})(?:s|-in-law|s-in-law)?)"
#: A title between relation and name: "grandmother Ms. Ruth".
_TITLE = r"(?:(?:Mrs|Mr|Ms|Mx|Miss|Dr)\.?[ \t]+)"
#: Between relation and name: a space, or a comma / colon / dash then a space.
_SEP = r"(?:[ \t]*[,:][ \t]*|[ \t]+[-–][ \t]+|[ \t]+)"

#: A possessive in front of a capitalised relation word: "Her Son", "Client's Mother".
_POSSESSIVE = r"(?i:her|his|their|my|our|your|\p{L}+['’]s?)[ \t]+"
#: Kin words used as a title before a name, capitalised as a title is: "Aunt Lolo", "Uncle
#: Ray", "Grandma Ines", "Tía Rosa", and a partner opening a terse note's sentence ("Wife
#: Neecy supportive."). Unlike other relation words, these do not begin the names of
#: institutions.
_KIN_TITLE = (
    r"(?:Aunt|Auntie|Aunty|Uncle|Cousin|Grandma|Grandpa|Granny|Gramma|Grampa|Nana|Nanna"
    r"|Papa|Abuela|Abuelo|Abuelita|Abuelito|T[ií]a|T[ií]o|Big[ ]Mama|Great[- ]Aunt"
    r"|Great[- ]Uncle|Wife|Husband|Spouse|Boyfriend|Girlfriend|Fianc[eé]e?)"
)
#: A newborn's family as a NICU or an obstetric note writes it: mother, father, maternal
#: and paternal grandmother or grandfather of the baby ("FOB Tre", "PGM Loretta"), and a
#: twin by its letter ("Twin A Zuri", "twin b \"Kaden\""). Written in capitals, these are
#: still relations, where a capitalised "Mother" may begin an institution's name.
_BEDSIDE_RELATION = (
    r"(?:\b(?:FOB|MOB|FOC|MOC|[MP]G[MF]|[MP]GG[MF]|(?i:fob|mob|mgm|pgm|mgf|pgf))"
    r"|\b(?i:twin|triplet)[ \t]+(?:[A-D]|(?-i:[a-d])))(?![\p{L}\d])"
    r"(?:[ \t]*[,:][ \t]*|[ \t]+)[\"“]?"
)
#: Markdown's bold or italics around a form label: "**Sibling:** Mason".
_BOLD = r"(?:\*{1,2}|_{1,2})?"
#: Where a relation word counts: written in lower case ("her son", "foster parent"), or
#: capitalised after a possessive or as a form label ("Mother: Rosa"). A capitalised relation
#: on its own is too often part of a name itself ("Child Protective Services").
_WORD_CUE = (
    rf"(?:\b(?=\p{{Ll}}){_RELATION}{_SEP}|\b{_POSSESSIVE}{_RELATION}{_SEP}"
    rf"|\b{_RELATION}{_BOLD}[ \t]*:{_BOLD}[ \t]*|\b(?:GAL|CASA){_SEP}|\b{_KIN_TITLE}[ \t]+)"
)
#: Every cue of a capitalised name; a nickname in capitals ("DJ") only after a relation
#: word, since capitals after a bedside abbreviation are the note's own ("TWIN A: ROP").
_CUE = rf"(?:{_WORD_CUE}|{_BEDSIDE_RELATION})"
#: Capitalised words that are not names: function words that start a sentence, weekdays,
#: months that are not also given names, and words for relations and roles themselves.
_STOP_WORDS = (
    "A|An|The|And|But|Or|Nor|So|Yet|If|Then|Than|That|This|These|Those|There|Here|When|Where"
    "|While|Who|Whom|Whose|What|Why|How|Which|Because|Although|Though|However|Also|Both"
    "|Either|Neither|Not|No|Yes|Ok|Okay|Please|Per|Via|On|In|At|To|From|With|Without|For|Of"
    "|By|As|About|After|Before|During|Since|Until|Into|Onto|Over|Under|Between|Through"
    "|He|She|They|We|You|It|His|Her|Hers|Their|Theirs|Our|Your|Its|Him|Them|Us|Me|My|Mine"
    "|Is|Are|Was|Were|Be|Been|Being|Am|Has|Have|Had|Do|Does|Did|Done|Will|Would|Shall"
    "|Should|Can|Could|May|Might|Must|Said|Says|Stated|States|Reported|Reports|Told|Tells"
    "|Asked|Called|Came|Went|Got|Gets|Left|Arrived|Attended|Denied|Agreed|Refused|Shared"
    "|Explained|Indicated|Noted|Today|Tonight|Tomorrow|Yesterday|Now|Later|Soon|Currently"
    "|Recently|Previously|Again|Still|Just|Only|Every|Each|All|Any|Some|None|Other|Another"
    # a weekday, also in the plural a schedule writes ("picks up the children Tuesdays")
    "|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?"
    "|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun"
    "|January|February|March|July|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
    "|Mom|Mum|Dad|Mommy|Daddy|Mother|Father|Grandma|Grandpa|Client|Worker|Writer|Staff"
    "|Christmas|Thanksgiving|Easter|Halloween|English|Spanish"
    # a message's first word after a speaker label ("worker: Sorry to hear that")
    "|Hi|Hello|Hey|Dear|Thanks|Thank|Sorry|Sure|Great|Good|Fine|Yeah|Yep|Nope|Welcome"
    "|Congrats|Congratulations|Reminder|Update|Let|Lets|Call|Text|See|Bring|Remember"
    "|Mr|Mrs|Ms|Mx|Miss|Dr|Elementary|Middle|High|School|Academy|College|University"
    "|Hospital|Clinic|Medical|Center|Centre|Court|Department|Services|County|Officer"
    "|Officers|Public"
)
#: Months that are also given names are only stopped before a day number ("April 3").
_MONTH_NAMES = r"(?:April|June|August)\b[ \t]*\d"
#: Nouns that make the capitalised words an institution, not a person.
_INSTITUTION_HEADS = (
    r"(?:Elementary|Middle|High|School|Academy|College|University|Hospital|Clinic|Medical"
    r"|Health|Center|Centre|Court|Department|Services|County|Church|Street|St|Avenue|Ave"
    r"|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln)\b"
)
#: One name word: "Mateo", "O'Neil", "Jean-Luc", "McKenzie", "D'Angelo".
_NAME_WORD = (
    rf"(?!(?:{_STOP_WORDS})\b)(?!{_MONTH_NAMES})"
    r"\p{Lu}['’]?\p{L}*\p{Ll}(?:-\p{Lu}\p{L}*\p{Ll})?(?![\p{L}\d])"
)
#: A middle initial: "Rosa M. Delgado".
_INITIAL = r"\p{Lu}\.(?=[ \t]+\p{Lu})"
#: One to three name words, optionally with a middle initial.
_NAME = (
    rf"{_NAME_WORD}(?:[ \t]+{_INITIAL})?(?:[ \t]+{_NAME_WORD}){{0,2}}"
    rf"(?![ \t]+{_INSTITUTION_HEADS})"
)


#: A nickname of two or three capitals ("DJ", "KK", "TJW"), not an acronym a note uses.
_LETTERS = (
    r"(?!(?:OK|NO|ID|MD|DO|RN|NP|PA|DV|PO|ER|ED|OR|CPS|APS|DSS|DCF|ACS|GAL|CASA|IEP|ICU"
    r"|SW|CM|TX|US|AM|PM|IT|HR|ADHD|PTSD|II|III|IV|VI|JR|SR|IRL|LOL|OMG|TBH|IDK|FYI"
    # English written in capitals ("MY BROTHER IS ON THE ...")
    r"|IS|AT|ON|IN|TO|OF|AN|AS|BE|BY|GO|HE|IF|ME|MY|SO|UP|WE|AND|THE|HIS|HER|WAS|ARE|HAS"
    r"|HAD|NOT|BUT|FOR|YOU|SHE|ALL|CAN|GOT|GET|OUT|NOW|WHO|DID|SAY|SAW|YES|WAS|OUR|ITS)"
    r"(?![\p{L}\d]))\p{Lu}{2,3}(?![\p{L}\d&/'’-])"
)
#: An age in parentheses right after a name: "(age 12)", "(12 yo)", "(aged 6)".
_AGE_AFTER = (
    r"[ \t]*\((?:age[ \t]*|aged[ \t]*)\d{1,2}\)"
    r"|[ \t]*\(\d{1,2}[ \t]*(?:yo|y/o|yrs?|years?(?:[ \t]+old)?)\)"
)


class RelationNameRecognizer(CuedPatternRecognizer):
    """Find a person's name right after a relation word (entity PERSON).

    - relation + name ("her son Mateo", "his mother, Rosa Delgado", "stepdad Bill",
      "grandmother Ms. Ruth"): 0.7. The relation is the cue, so the score passes the usual
      threshold on its own; the span is the name only.
    - the second and later names of a list after a plural relation ("her sons Mateo and
      Luis", "children: Ana, Leo and Mia"): 0.6.

    Matching is case-sensitive: names must be capitalised, relation words are matched in
    any case but must be followed by the name on the same line.
    """

    ENTITY: ClassVar[str] = "PERSON"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        LeanPattern(
            # a nickname in quotes after the relation too: 'staying w/ friend "Bucky"'
            "relation + name",
            rf"(?=\p{{Lu}})(?<={_CUE}[\"“]?{_TITLE}?){_NAME}",
            0.7,
        ),
        LeanPattern(
            "relation + list of names (later names)",
            rf"(?=\p{{Lu}})(?<={_CUE}{_TITLE}?{_NAME}(?:[ \t]*,[ \t]*{_TITLE}?{_NAME})*"
            rf"(?:(?:[ \t]*,)?[ \t]+(?:and|&)|[ \t]*,)[ \t]+{_TITLE}?){_NAME}",
            0.6,
        ),
        LeanPattern(
            # "his son, DJ, is 12", "Marcus's son from before, DJ (age 12)": capitals
            # after a relation word, or before an age, are what the family calls a child
            "letters nickname after a relation or before an age",
            rf"(?=\p{{Lu}}{{2}})(?:(?<={_WORD_CUE}){_LETTERS}"
            rf"|(?<![\p{{L}}\d]){_LETTERS}(?={_AGE_AFTER}))",
            0.6,
        ),
    )

    CONTEXT: ClassVar[tuple[str, ...]] = (
        "son",
        "daughter",
        "mother",
        "father",
        "brother",
        "sister",
        "grandmother",
        "grandfather",
        "partner",
        "boyfriend",
        "girlfriend",
        "caseworker",
    )

    #: Case-sensitive: capitalisation is what tells a name from an ordinary word.
    FLAGS: ClassVar[int] = re.MULTILINE
