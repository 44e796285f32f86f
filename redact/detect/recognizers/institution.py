"""Named schools, healthcare facilities and agencies: "Lincoln Elementary", "Mercy Hospital", "DCF".

The institutions in a family's life narrow down where they live and who they are: the child's
school, the clinic where a parent is treated, the court that holds the case. Policies treat
them differently (a school is removed for research, an agency is often kept for a court), so
each kind is its own entity type: SCHOOL, HEALTHCARE_FACILITY and AGENCY.

A name is one to five capitalised words followed by a head noun that says what kind of place
it is ("... Elementary", "... Medical Center", "... Family Court"), or a head noun followed by
"of" and a name ("University of Oregon", "Department of Children and Families"). Matching is
case-sensitive, so "the school" or "high school" never match; generic phrases that are
capitalised ("High School", "Family Court", "Mental Health") need at least one real name word
in front, which a stop list of determiners, generic adjectives and sentence-starting verbs
keeps from being taken as one. A name right after a house number is a street ("12 Oak Court");
after a number and a tab it is the next cell of a table row ("22<TAB>Cayuga Community College").
A well-known agency acronym ("DCF", "CPS", "NYPD"), or a police or sheriff's acronym
("TPD", "KCSO", "PCSD"), is taken on its own.
"""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import (
    AnalysisExplanation,
    EntityRecognizer,
    Pattern,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.recognizers.cued import CuedPattern, LeanPattern, Scan

#: Nouns that end an institution's name; they cannot also be one of its name words, so that
#: "Lincoln Elementary and Jefferson High School" gives two findings, not one.
_HEAD_WORDS = (
    r"(?:Schools?|Elementary|Academy|College|University|Hospital|Clinic|Center|Centre|Court"
    r"|Department|Services|Agency|Administration|Society|Charities|Authority|Shelter|Jail"
    r"|Penitentiary|Correctional)\b"
)
#: Words that cannot start a name: determiners, verbs and labels that start sentences in
#: notes, weekdays and months.
_FIRST_STOP = (
    r"(?:A|An|The|This|That|These|Those|Her|His|Their|Our|My|Your|Its|Same|Other|Another"
    r"|Each|Every|Any|Some|No|Not|Which|What|Whose|Both|All|And|Or|But|So|Then|At|To|From|With"
    r"|In|On|For|Via|By|Of|As|After|Before|During|Since|Until|While|When|Where|Today"
    r"|Yesterday|Tomorrow|Also|Please|Per|Note|Notes|Plan|Summary|Client|Worker|Writer"
    r"|Mother|Father|Mom|Dad|Parent|Parents|Youth|He|She|They|We|I|It"
    r"|Attends|Attended|Attending|Attend|Visited|Visits|Called|Calls|Contacted|Spoke|Met"
    r"|Went|Goes|Transported|Enrolled|Referred|Discharged|Admitted|Faxed|Emailed|Left"
    r"|Arrived|Drove|Picked|Dropped|Toured|Applied|Started|Graduated|Transferred|Moved"
    r"|Returned|Reports|Reported|States|Stated|Says|Said|Is|Was|Are|Were|Has|Had|Will"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December)\b"
)
#: Generic words: a name made only of these ("High School", "Family Court", "Mental
#: Health Center") names a kind of place, not one place, and is not taken.
_GENERIC = (
    r"(?i:Local|Nearby|Public|Private|Previous|Former|Current|New|Area|Elementary|Middle|High"
    r"|Junior|Senior|Primary|Secondary|Summer|Sunday|Night|Law|Medical|Nursing|Grad"
    r"|Graduate|Boarding|Driving|Charter|Alternative|Special|Home|Day|Online|Virtual|Trade"
    r"|Vocational|Community|Mental|Behavioral|Urgent|Emergency|Family|Social|Human"
    r"|Protective|Juvenile|Superior|District|Supreme|Circuit|Municipal|Probate|Drug|Federal"
    r"|State|County|City|National|Regional|Customer|Support|Legal|Police|Treatment|Recovery"
    r"|Health|Healthcare|Care|General|Memorial|Psychiatric|Rehabilitation|Children['’]s"
    r"|Youth|Housing|Services?|Early|Learning|Crisis|Counseling|Wellness|Administrative"
    r"|Constitutional|Criminal|Civil|Military|Labou?r|Appeals?|Assize|Tax|Benefits|Acute"
    r"|Subacute|Inpatient|Outpatient|Cardiac|Pulmonary|Physical|Stroke|Rehab|Peds|Hospice"
    r"|Skilled|Assisted|Intermediate|Long-?Term|Adult|Facility|Living)\b"
)
#: One capitalised word of a name: "Lincoln", "Mary's", "Children's", "A&M", "St.", "UCSF".
_WORD = (
    # a preposition in capitals is no name word: "BIB EMS FROM SUNNYBROOK ALF" names
    # "SUNNYBROOK ALF" only
    rf"(?!{_HEAD_WORDS}|(?:FROM|TO|AT|WITH|VIA|PER|BY|IN|INTO|ON|FOR)(?![\p{{L}}\d]))(?:(?:St|Mt|Ft)\.|\p{{Lu}}(?:[\p{{L}}\d]|['’&.-](?=\p{{L}}))*"
    r"(?:['’]s)?)(?![\p{L}\d])"
)
#: What may join two name words: a space, or "and" / "&" / "of" / "the" / "for" between spaces.
_JOIN = r"(?:[ \t]+(?:(?:and|&|of|the|for|de|la|del|on)[ \t]+)?)"
#: One to five name words, not after a house number (a number and one or two spaces: a tab
#: after a number ends a table cell, an age or a grade); the first is not a stop word, and at
#: least one is not a generic word. "Child" is not generic ("Child Protective Services" is
#: one agency), but "Child Care" and "Child Development" are kinds of centre.
_NAME = (
    rf"(?=\p{{Lu}})(?<![\p{{L}}\d])(?<!\d[ ]{{1,2}})"
    rf"(?!{_FIRST_STOP}|Child[ \t]+(?:Care|Development)\b)"
    rf"(?=(?:{_GENERIC}{_JOIN})*(?!{_GENERIC}){_WORD})"
    rf"{_WORD}(?:{_JOIN}{_WORD}){{0,4}}"
)
#: A name after "of" / "for" ("University of Oregon", "Department of Children and Families").
#: It may end in a head noun: "Department of Social Services".
_OF_NAME = rf"(?:the[ \t]+)?{_WORD}(?:{_JOIN}{_WORD}){{0,5}}(?:[ \t]+{_HEAD_WORDS})?"
_SP = r"[ \t]+"
#: Characters a name before a head noun may span: five long words and their joins.
_NAME_REACH = 160
#: Every institution starts with a capital letter that does not continue a word.
_WORD_START = r"(?<![\p{L}\d])\p{Lu}"
#: Every character a name and the space after it may hold (name words, joining words,
#: "St.", "A&M", "Mary's"): a match starts inside the run of them that ends at its head.
_NAME_RUN = r"[\p{L}\p{N}'’&. \t-]*"
#: Where a name-then-head match may start: capitalised words up to `_NAME_REACH` before
#: the head noun (the cue), never after it, and never before a character no name holds.
_BEFORE_HEAD: dict[str, Any] = {
    "reach": 0,
    "before": _NAME_REACH,
    "starts": _WORD_START,
    "back": _NAME_RUN,
}
_OF_HEAD_SCHOOL = r"(?:University|College|Academy|Institute|School)"
_OF_HEAD_AGENCY = (
    r"(?:Department|Dept\.|Division|Bureau|Office|Administration|Agency|Ministry|Commission)"
)

_SCHOOL_HEAD = (
    r"(?:(?:Elementary|Middle|Junior[ \t]+High|Senior[ \t]+High|High|Intermediate|Primary"
    r"|Preparatory|Prep|Montessori|Charter)(?:[ \t]+School)?|School[ \t]+District|HS|H\.S\."
    # the short forms of notes and rosters: "Aspen Hill Elem", "Garfield Jr. High"
    r"|Elem\.?(?![\p{L}])|Jr\.?[ \t]+High|JHS"
    r"|Public[ \t]+Schools|School|Academy|(?:Community|Junior|Technical|State)[ \t]+College"
    r"|College|(?:State[ \t]+)?University|Preschool|Pre-?K|Day[ \t]?care|Child[ \t]+Care"
    r"[ \t]+Center|(?:Early[ \t]+)?Learning[ \t]+Center|Head[ \t]+Start|Kindergarten"
    r"|Seminary|Conservatory)"
)
_HEALTH_HEAD = (
    r"(?:(?:Children['’]s[ \t]+|Community[ \t]+|General[ \t]+|Memorial[ \t]+|Psychiatric"
    r"[ \t]+|Rehabilitation[ \t]+)?Hospital|Medical[ \t]+(?:Center|Centre|Group|Clinic)"
    r"|Health[ \t]+(?:Center|Centre|System|Services|Clinic)|Health[ \t]?[Cc]are(?:[ \t]+"
    r"Center)?|Clinic(?:[ \t]+(?:North|South|East|West|Central|Downtown))?"
    r"|Infirmary|Urgent[ \t]+Care|(?:Behavioral|Mental)[ \t]+Health(?:[ \t]+"
    r"(?:Center|Services|Hospital|Clinic))?|Psychiatric[ \t]+(?:Center|Institute)"
    r"|(?:Treatment|Recovery|Rehabilitation|Rehab|Detox|Crisis|Counseling|Counselling"
    r"|Wellness|Dialysis|Cancer|Birth|Trauma|Surgery|Surgical|Addiction)[ \t]+Center"
    r"|Nursing[ \t]+(?:Home|Center|Facility|and[ \t]+Rehabilitation[ \t]+Center)"
    r"|Hospice(?:[ \t]+House)?|Pediatrics|Family[ \t]+(?:Practice|Medicine)"
    # where an elder lives and is cared for, as a chart or a capitals note writes it:
    # "Maple Ridge ALF", "Westbrook Rehab & Nursing", "Magnolia Gardens Health & Rehab",
    # "Saguaro Vista Care Center", "Cambridge Peds" ("ALF" read from capitals is "Alf")
    r"|A(?:LF|lf)|Assisted[ \t]+Living(?:[ \t]+(?:Facility|Center|Centre|Community|Residence))?"
    r"|(?:Nursing|Health|Healthcare)[ \t]+(?:&|and)[ \t]+Rehab(?:ilitation)?(?:[ \t]+Center)?"
    r"|Rehab(?:ilitation)?[ \t]+(?:&|and)[ \t]+(?:Nursing|Healthcare)(?:[ \t]+Center)?"
    r"|(?:Skilled[ \t]+)?Nursing[ \t]+(?:&|and)[ \t]+Rehab|Care[ \t]+(?:Center|Centre)"
    r"|Skilled[ \t]+Nursing(?:[ \t]+Facility)?|Peds"
    # an Indian Health Service unit by its town ("Red Lake IHS")
    r"|IHS)"
)
_AGENCY_HEAD = (
    r"(?:(?:Family|Juvenile|District|Superior|Circuit|Probate|Municipal|Drug|Dependency"
    r"|Housing|Youth|Children['’]s)[ \t]+Court|Court|(?:Social|Human|Family|Protective"
    r"|Legal|Community|Children['’]s|Youth)[ \t]+Services?|Services|Administration|Agency"
    r"|(?:Housing|Transit)[ \t]+Authority|Authority|Commission|Legal[ \t]+Aid(?:[ \t]+Society)?"
    r"|Society|Charities|Ministries|Coalition|Board|Council|Police(?:[ \t]+Department)?"
    r"|Sheriff['’]s[ \t]+(?:Office|Department)|Probation"
    # where someone is held: "Summit County Jail", "SUMMIT CO JAIL", "Marion Correctional"
    r"|Jail|Detention[ \t]+(?:Center|Centre|Facility)"
    # a county's guardian of last resort, a disability provider named by its service:
    # "Yavapai County Public Fiduciary", "Oak Bluff Community Living"
    r"|Public[ \t]+(?:Fiduciary|Guardian|Administrator)|Community[ \t]+Living"
    # a local nonprofit named by what it does: "Kentucky River Long-Term Recovery Group",
    # "Cumberland Valley Family Resource Network", "Smoky Ridge Children's Advocacy Center"
    r"|Long[ \t-]Term[ \t]+Recovery[ \t]+(?:Group|Network|Alliance|Committee)"
    r"|(?:Family[ \t]+)?(?:Resource|Outreach)[ \t]+(?:Network|Group|Alliance)"
    r"|(?:Children['’]s[ \t]+|Child[ \t]+|Family[ \t]+|Victim[ \t]+)?Advocacy"
    r"[ \t]+(?:Center|Centre)"
    r"|Correctional(?:[ \t]+(?:Facility|Institution|Center|Centre|Complex))?|Penitentiary"
    r"(?:[ \t]+Department)?|\p{Lu}\p{L}+['’]s[ \t]+(?:Office|Department)|Department)"
)
#: Agency acronyms common in child-welfare, benefits and court records.
_AGENCY_ACRONYMS = (
    r"(?:DCF|DCFS|DCS|DCYF|DFPS|DHS|DHHS|DSS|DSHS|DJJ|DMH|DPSS|ACS|APS|CPS|CYS|OCFS|HHS|HRA"
    r"|SSA|USCIS|[A-Z]{2,4}PD|[A-Z]{2,3}S[OD])"
)
#: A court with an ordinal names one court, in any case: "391st District Court", "IN THE
#: 214TH DISTRICT COURT", "Second Judicial District Court".
_NUMBERED_COURT = (
    r"(?i:(?<![\p{L}\d])(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{L}+teenth|twentieth|thirtieth|fortieth)"
    r"(?:[ \t]+judicial)?(?:[ \t]+(?:district|circuit|superior|county|family|juvenile|probate"
    r"|municipal|criminal|civil|chancery|justice|domestic[ \t]+relations))*[ \t]+court)"
    r"(?![\p{L}\d])"
)
#: A line in capitals ("MONROE COUNTY DEPARTMENT OF SOCIAL SERVICES"), read as title case so
#: that the same names are found as in "Monroe County Department of Social Services".
_CAPITALS_LINE = regex.compile(r"^[^\p{Ll}\n]*\p{Lu}{2}[^\p{Ll}\n]*$", regex.MULTILINE)
_WORD_IN_CAPITALS = regex.compile(r"\p{Lu}[\p{Lu}'’]*")
#: Small words that stay lower case in a name ("Department of ...") or end one ("... in").
_SMALL_WORDS = frozenset(
    {"OF", "AND", "THE", "FOR", "ON", "DE", "LA", "DEL", "IN", "AT", "TO", "WITH", "BY",
     "FROM", "AS", "A", "AN", "OR", "VIA", "PER"}
)  # fmt: skip


#: A form's column gap (a tab, three spaces), and a field label's colon.
_COLUMN_GAP = regex.compile(r"\t|[ ]{3}")
_LABEL_COLON = regex.compile(r"[ \t]*:")


def _field_label_across_gap(text: str, start: int, end: int) -> bool:
    """Whether a match runs over a form's column gap into the next field's label ("HODAN
    MIDDLE:" of "FIRST: HODAN    MIDDLE: ABDULLAHI"): its head is the label's word."""
    return (
        _COLUMN_GAP.search(text, start, end) is not None
        and _LABEL_COLON.match(text, end) is not None
    )


def _title_word(match: regex.Match[str]) -> str:
    word = match.group()
    return word.lower() if word in _SMALL_WORDS else word[0] + word[1:].lower()


#: A run of two or more words in capitals inside a line of mixed case: a letterhead's name
#: before its department ("GRANITE FALLS MEDICAL CENTER · Emergency Department"), a
#: facility in a sentence ("was seen at ALDER CREEK HOSPITAL last week").
_CAPITALS_RUN = regex.compile(
    r"(?<![\p{L}\d])\p{Lu}[\p{Lu}'’.&-]*\p{Lu}(?:[ \t]+\p{Lu}[\p{Lu}'’.&-]*(?![\p{L}\d]))+"
)


def read_capitals_as_title_case(text: str) -> str | None:
    """`text` with every line in capitals, and every run of two or more words in capitals
    in another line, in title case (same length), or None if there is none."""
    pieces: list[str] = []
    last = 0
    spans = [line.span() for line in _CAPITALS_LINE.finditer(text)]
    runs = [run.span() for run in _CAPITALS_RUN.finditer(text)]
    spans += [r for r in runs if not any(s <= r[0] and r[1] <= e for s, e in spans)]
    for start, end in sorted(spans):
        if start < last:
            continue
        cased = _WORD_IN_CAPITALS.sub(_title_word, text[start:end])
        if len(cased) != end - start:
            continue
        pieces += [text[last:start], cased]
        last = end
    if not pieces:
        return None
    return "".join([*pieces, text[last:]])


#: The end of an institution name: not followed by more of a word.
_END = r"(?![\p{L}\d])"
#: A payer's benefit named after a kind of care is no facility: "Medicare Hospice Benefit",
#: "Medicaid Nursing Home coverage", "MEDICARE HOSPICE BENEFIT ELECTION".
_NOT_A_BENEFIT = r"(?![ \t]+(?i:benefits?|coverage|waiver|election)(?![\p{L}\d]))"


class InstitutionRecognizer(EntityRecognizer):
    """Find named schools, healthcare facilities and agencies.

    Entities and scores (a head noun in the pattern is the cue):

    - SCHOOL: name + "Elementary", "High School", "Academy", "College" ...: 0.7;
      "University of X", "College of X": 0.75;
    - HEALTHCARE_FACILITY: name + "Hospital", "Clinic", "Medical Center", "Behavioral
      Health", "Treatment Center" ...: 0.7; "Hospital of X": 0.7; a named shelter
      ("Harbor House shelter", "Safe Haven Shelter"): 0.65;
    - AGENCY: "Department of X", "Office of X", "Administration for X": 0.75;
      name + "Family Court", "Social Services", "Charities", "Society", "Police Department" ...:
      0.65; an agency acronym ("DCF", "CPS", "NYPD"): 0.6.

    Presidio's PatternRecognizer serves one entity type, so this is an EntityRecognizer with
    its own small loop over precompiled patterns.
    """

    ENTITIES: ClassVar[tuple[str, ...]] = ("SCHOOL", "HEALTHCARE_FACILITY", "AGENCY")

    PATTERNS: ClassVar[tuple[tuple[str, Pattern], ...]] = (
        (
            "SCHOOL",
            CuedPattern(
                "name + school head", rf"{_NAME}{_SP}{_SCHOOL_HEAD}{_END}", 0.7,
                cue=_SCHOOL_HEAD, **_BEFORE_HEAD,
            ),
        ),
        (
            "SCHOOL",
            CuedPattern(
                "university of + name",
                rf"(?:{_NAME}{_SP})?{_OF_HEAD_SCHOOL}{_SP}of{_SP}{_OF_NAME}{_END}",
                0.75,
                cue=rf"{_OF_HEAD_SCHOOL}{_SP}of\b", **_BEFORE_HEAD,
            ),
        ),
        (
            "HEALTHCARE_FACILITY",
            CuedPattern(
                "name + facility head",
                rf"{_NAME}{_SP}{_HEALTH_HEAD}(?:{_SP}(?:of|for){_SP}{_OF_NAME})?{_END}"
                rf"{_NOT_A_BENEFIT}",
                0.7,
                cue=_HEALTH_HEAD, **_BEFORE_HEAD,
            ),
        ),
        (
            "HEALTHCARE_FACILITY",
            CuedPattern(
                "named shelter",
                rf"{_NAME}(?:{_SP}Shelter{_END}|(?={_SP}(?i:shelter|safe[ \t]+house)\b))",
                0.65,
                cue=r"(?i:shelter|safe[ \t]+house)", **_BEFORE_HEAD,
            ),
        ),
        (
            "AGENCY",
            CuedPattern(
                "department of + name",
                rf"(?:{_NAME}{_SP})?{_OF_HEAD_AGENCY}{_SP}(?:of|for|on){_SP}{_OF_NAME}{_END}",
                0.75,
                cue=rf"{_OF_HEAD_AGENCY}{_SP}(?:of|for|on)\b", **_BEFORE_HEAD,
            ),
        ),
        (
            "AGENCY",
            CuedPattern(
                "name + agency head", rf"{_NAME}{_SP}{_AGENCY_HEAD}{_END}", 0.65,
                cue=_AGENCY_HEAD, **_BEFORE_HEAD,
            ),
        ),
        (
            "AGENCY",
            CuedPattern(
                "numbered court", _NUMBERED_COURT, 0.7, cue=r"(?i:court)\b", before=_NAME_REACH,
                starts=r"(?<![\p{L}\d])[\p{L}\d]",  # an ordinal starts a word
            ),
        ),
        # every acronym starts with two capitals: a word that does not is passed over at once
        ("AGENCY", LeanPattern("agency acronym", rf"\b(?=[A-Z]{{2}}){_AGENCY_ACRONYMS}\b", 0.6)),
    )  # fmt: skip

    CONTEXT: ClassVar[tuple[str, ...]] = (
        "school",
        "attends",
        "enrolled",
        "hospital",
        "admitted",
        "clinic",
        "agency",
        "court",
        "referred",
    )

    #: Case-sensitive: capitalisation is what tells a name from ordinary words.
    FLAGS: ClassVar[int] = regex.MULTILINE

    _SCANS: ClassVar[tuple[tuple[str, Scan], ...]] = tuple(
        (entity, Scan.of(p, regex.MULTILINE)) for entity, p in PATTERNS
    )

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES),
            supported_language=supported_language,
            context=list(self.CONTEXT),
        )

    def load(self) -> None:
        """Nothing to load: the patterns are compiled with the class."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Run every pattern of the requested entity types over the text."""
        wanted = set(entities) if entities else set(self.ENTITIES)
        results: list[RecognizerResult] = []
        cased = read_capitals_as_title_case(text)
        readings = [text] if cased is None else [text, cased]
        for entity, scan in self._SCANS:
            if entity not in wanted:
                continue
            pattern = scan.pattern
            found = [m.span() for reading in readings for m in scan.matches(reading)]
            for start, end in dict.fromkeys(found):
                if start == end or _field_label_across_gap(text, start, end):
                    continue  # "FIRST: HODAN    MIDDLE: ...": a name and the next field's label
                explanation = AnalysisExplanation(
                    recognizer=type(self).__name__,
                    original_score=pattern.score,
                    pattern_name=pattern.name,
                    pattern=pattern.regex,
                    textual_explanation=(
                        f"Detected by `{type(self).__name__}` using pattern `{pattern.name}`"
                    ),
                )
                results.append(
                    RecognizerResult(
                        entity_type=entity,
                        start=start,
                        end=end,
                        score=pattern.score,
                        analysis_explanation=explanation,
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        },
                    )
                )
        deduplicated: list[RecognizerResult] = EntityRecognizer.remove_duplicates(results)
        return deduplicated
