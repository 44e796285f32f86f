"""Names after an honorific or a professional title: "Ms. Nguyen", "Judge Alvarez", "Det. Ramirez".

Notes and court papers refer to professionals and family members by title and surname
("Dr. Potter", "Officer Daniels", "Mr A. Demetriades"). A statistical NER model often misses a
bare surname, especially an unusual one, while the title in front of it is an almost certain
sign of a person. The title is matched by a look-behind and stays outside the span: in
annotated corpora the name is usually marked without its title, and the output then reads
"Dr. [PERSON]", which keeps the role a reader needs.

"Dr" is also the abbreviation of "Drive" in street addresses ("45 Maple Dr. Apt 3"), so after
a house number and street name it is not taken as a title.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPattern, CuedPatternRecognizer

#: Professional and civic titles; abbreviations may carry a dot.
_PROFESSIONAL = (
    r"(?:Doctor|Professor|Judge|Justice|Magistrate|Commissioner|Officer|Ofc|Ofcr"
    r"|Det|Detective|Sgt|Sergeant|Lt|Lieutenant|Capt|Captain|Cpl|Corporal|Deputy|Trooper"
    r"|Sheriff|Agent|Rev|Reverend|Pastor|Fr|Rabbi|Imam|Bishop|Nurse|Coach|Principal"
    r"|Hon|Honorable|Ambassador|Senator|Rep|Representative|Mayor|Gov|Governor|Atty|Attorney)"
)
#: Military ranks as written before a name in a unit's and a Family Advocacy Program's
#: records ("SSG Marquis Hale", "1SG Ortiz", "CPT Oduya", "LCpl Reyes", "SrA Dunn"), in the
#: Army's, Marines', Air Force's and Navy's own abbreviations; case-sensitive ("CPT 90837" is
#: a billing code: a name must follow).
_MILITARY = (
    r"(?:PVT|PV2|PFC|SPC|CPL|SGT|SSG|SFC|MSG|1SG|SGM|CSM|WO1|CW[2-5]|2LT|1LT|CPT|MAJ|LTC|COL"
    r"|LCpl|SSgt|GySgt|MSgt|1stSgt|SgtMaj|2ndLt|1stLt|LtCol|A1C|SrA|TSgt|SMSgt|CMSgt|ENS"
    r"|LTJG|LCDR|CDR|CAPT|PO[1-3]|CPO|SCPO|MCPO)"
)
#: "45 Maple Dr." is a street, not a doctor: a house number and one to three capitalised
#: words before "Dr" make it "Drive".
_NOT_STREET = r"(?<!\d[\p{L}\d]*[ \t]+(?:\p{Lu}\p{L}*\.?[ \t]+){1,3})"
#: Honorifics, in front of a surname or a full name; the dot is optional (British usage).
#: "Dr" and "Prof" are as sure a sign of a person as "Mr".
_HONORIFIC = rf"(?:Mrs|Mr|Ms|Mx|Miss|Mister|Messrs|Mmes?|Dame|Sir|Prof|{_NOT_STREET}Dr)"
#: The honorifics alone, "Dr" after a street too: the cue of a name after one. A name
#: starts where the title's spaces end, so it is tried only there (`reach=0`).
_ANY_HONORIFIC = r"(?:Mrs|Mr|Ms|Mx|Miss|Mister|Messrs|Mmes?|Dame|Sir|Prof|Dr)"
#: Between title and name: an optional dot, then spaces (never a line break).
_AFTER_TITLE = r"\.?[ \t]+"

#: Capitalised words that cannot be a surname after a title. Months and weekdays are not
#: in it: after a title they are names ("Mr January Jagiełło", "Ms. April Reyes").
_STOP_WORDS = (
    "A|An|The|And|But|Or|So|If|Then|That|This|There|When|Where|Who|What|Why|How|Which|Also"
    "|Not|No|Yes|Per|On|In|At|To|From|With|For|Of|By|As|After|Before|He|She|They|We|You|It"
    "|His|Her|Their|Our|My|Is|Are|Was|Were|Has|Have|Had|Did|Does|Will|Would|Can|Could|Should"
    "|May|Said|Stated|Reported|Office|Offices|Appointment|Appointments|Visit|Report|Apt"
    "|Suite|Ste|Unit|Building|Bldg|Floor|Fl|Room|Rm|General|Director|Practitioner"
    "|Investigator|Manager|Supervisor|Assistant|Aide|Training|Notes|Station|Public"
    "|Prosecutor|Prosecutors|Officer|Officers|Judge|Judges|Counsel|Defender|Clerk"
    "|Payee|Payees"  # "Representative Payee": a role, whoever holds it
    "|Code|Codes|Modifier"  # "CPT Code 90837": a billing code's words after a rank's letters
    # an office after a title: "Deputy County Attorney", "Assistant District Attorney"
    "|County|District|City|State|Attorney|Attorneys|Solicitor"
)
#: A name particle that may precede a surname: "Dr. van der Berg", "Mr. de la Cruz".
_PARTICLES = r"(?:van|von|der|den|de|del|della|di|da|das|dos|du|la|las|los|le|bin|ibn|al|el)"
_PARTICLE = rf"(?:(?:{_PARTICLES}|St\.)[ \t]+)"
#: Cheap first check before the look-behind: a name starts with a capital or a particle.
_STARTS_NAME = rf"(?=\p{{Lu}}|{_PARTICLES}[ \t])"
#: One capitalised name word: "Nguyen", "O'Neil", "McKenzie", "Evagorou-Christou", "Şahin".
_NAME_WORD = (
    rf"(?!(?:{_STOP_WORDS})\b)\p{{Lu}}['’]?\p{{L}}*\p{{Ll}}(?:-\p{{Lu}}\p{{L}}*\p{{Ll}})?"
    r"(?![\p{L}\d])"
)
#: Initials: "A.", "Z.M.", "J. P.", "E.-L.", "Cz." (a capital, maybe one small letter, a dot).
_INITIALS = r"\p{Lu}\p{Ll}?\.(?:[ \t]?-?\p{Lu}\p{Ll}?\.)*"
#: The name: initials and/or one to four name words ("A. Demetriades", "Louis Osaze Darren
#: Omoregie", "Ellie"), or initials alone ("Mr F.L.", common in anonymised judgments).
#: A surname of one letter after its particles, as Mexican and New Mexican families write
#: "de la O": "Ms. de la O", "Mr. Rubén de la O".
_LETTER_SURNAME = rf"{_PARTICLE}+\p{{Lu}}(?![\p{{L}}\d'’.\-])"
_NAME = (
    rf"(?:{_INITIALS}[ \t]*)?(?:{_LETTER_SURNAME}|{_PARTICLE}*{_NAME_WORD}"
    rf"(?:[ \t]+(?:{_INITIALS}[ \t]+)?{_PARTICLE}*{_NAME_WORD}){{0,3}}"
    rf"(?:[ \t]+{_LETTER_SURNAME})?)"
    rf"|{_INITIALS}"
)


class TitledNameRecognizer(CuedPatternRecognizer):
    """Find a name right after an honorific or professional title (entity PERSON).

    - honorific + name ("Ms. Nguyen", "Mr A. Demetriades", "Mrs Anna Evagorou Christou",
      "Miss Ellie", "Mx. Rivera", "Dr. Potter", "Prof. Kim"): 0.85;
    - professional title + name ("Judge Alvarez", "Officer Daniels",
      "Det. Ramirez", "Rev. Johnson"): 0.7, lower because some of these words also start
      ordinary phrases ("Principal Investigator", "Nurse Practitioner").

    The span is the name without the title. Matching is case-sensitive: both the title and the
    name must be capitalised.
    """

    ENTITY: ClassVar[str] = "PERSON"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        CuedPattern(
            "honorific + name",
            rf"{_STARTS_NAME}(?<=\b{_HONORIFIC}{_AFTER_TITLE})(?:{_NAME})",
            0.85,
            cue=rf"\b{_ANY_HONORIFIC}{_AFTER_TITLE}",
            reach=0,
        ),
        CuedPattern(
            "professional title + name",
            rf"{_STARTS_NAME}(?<=\b{_PROFESSIONAL}{_AFTER_TITLE})(?:{_NAME})",
            0.7,
            cue=rf"\b{_PROFESSIONAL}{_AFTER_TITLE}",
            reach=0,
        ),
        CuedPattern(
            "military rank + name",
            rf"{_STARTS_NAME}(?<=\b{_MILITARY}[ \t]+)(?:{_NAME})",
            0.7,
            cue=rf"\b{_MILITARY}[ \t]+",
            reach=0,
        ),
    )

    CONTEXT: ClassVar[tuple[str, ...]] = ("mr", "mrs", "ms", "dr", "judge", "officer")

    #: Case-sensitive: capitalisation is what tells a name from an ordinary word.
    FLAGS: ClassVar[int] = re.MULTILINE
