"""AgeRecognizer: the number of an age, next to an age cue."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.age import AgeRecognizer


@pytest.fixture(scope="module")
def recognizer() -> AgeRecognizer:
    return AgeRecognizer()


def _found(recognizer: AgeRecognizer, text: str) -> list[str]:
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Client is a 34-year-old female.", ["34"]),
        ("She is a 34 year old mother of two.", ["34"]),
        ("He is 16 years old.", ["16"]),
        ("Child, age 7, was present.", ["7"]),
        ("Her daughter, aged 15, attends school.", ["15"]),
        ("Age: 42", ["42"]),
        ("Age/Sex: 92/F", ["92"]),
        ("84YOM ADM S/P FALL", ["84"]),
        ("PT 79 YOF W/ CHF", ["79"]),
        ("M/84 SEEN IN ED", ["84"]),
        ("AGE / GENDER: 45/M, walk-in", ["45"]),
        ("16 yo male seen in clinic.", ["16"]),
        ("16 y/o female, no concerns.", ["16"]),
        ("i'm 31 y/o.", ["31"]),
        ("a woman in her 40s", ["40s"]),
        ("a man in his mid-30s", ["30s"]),
        ("He just turned 18 on Monday.", ["18"]),
        ("I'll turn 23.", ["23"]),
        ("My father retired at the age of 61", ["61"]),
        ("Written when he was 78.", ["78"]),
        ("Her 6-month-old daughter was asleep.", ["6"]),
        ("The children, ages 3, 5 and 8, were home.", ["3", "5", "8"]),
        ("She is 16 and pregnant.", ["16"]),
        ("Patient is 101 years of age.", ["101"]),
        ("Father: Wesley Baker, 36, Abilene, TX.", ["36"]),
        ("Mother's boyfriend, Curtis Hollenbeck, 41, resides there.", ["41"]),
        ("Referral: Nayeli Rosas, 14, 9th gr, 11 absences.", ["14"]),
        ("Curtis Hollenbeck (41) left early.", ["41"]),
        ("Her stepdad, 44, works nights.", ["44"]),
        ("Father: [PERSON], 36, [LOCATION].", ["36"]),
        ("She said I'm 94 and I'll be 95 on 11/2.", ["94", "95"]),
        ("lives with her grandma (71) and two cousins", ["71"]),
        ("Pt 71 y/o, lives alone.", ["71"]),
        ("71yo per chart.", ["71"]),
        ("36M presenting with anxiety.", ["36"]),
        ("Grandmother, 71F, attends.", ["71"]),
        ("hospice visit. pt 94f, sleeping most of day", ["94"]),
        ("triage: pt (92m) bib ems", ["92"]),
        ("DOB: 2/9/31 (94 y)       Bed 4", ["94"]),
        ("d.o.b. 11-02-1930 (95)", ["95"]),
        ("Date of birth 07/19/1929 (96 yrs), lives alone", ["96"]),
        ("pt 96f s/p fall at home", ["96"]),
        ("He is a 15-year-old student.", ["15"]),
        ("Alleged perpetrator: Trent Roe (grandson), 28, unemployed.", ["28"]),
        ("Her nephew, 19, drives her to dialysis.", ["19"]),
        # an age over 89 in words, set off after a name or a relation word
        ("Widower Anselm Quayle, ninety-one, lives alone.", ["ninety-one"]),
        ("her husband, ninety six, still drives", ["ninety six"]),
        ("Aunt Ottilie Brandvold (one hundred and two) attended.", ["one hundred and two"]),
        # a household list: a relation word and a number closing the item
        ("Household: son 7, daughter 4; lives with grandmother 92.", ["7", "4", "92"]),
        ("Father 45; Mother 44.", ["45", "44"]),
        # an "Ages:" line naming whose age each number is
        ("Ages: client 38, son 7, grandmother 92.", ["38", "7", "92"]),
        ("Ages - patient 91 and caregiver 60", ["91", "60"]),
        # a name in capitals, initials or with a nickname before the comma or bracket
        ("LIVES W/ SISTER ROSWITHA (93), WALKER AT ALL TIMES.", ["93"]),
        ("RESIDENT O.T.K., 91, REFUSED MEDS.", ["91"]),
        ('Father: Dashiell Obi ("Dash"), 24, unemployed.', ["24"]),
        ("Next of kin: brother Anselm Quayle, 97 (555-0143 home)", ["97"]),
        # an age cue with words between, or "now" in apposition
        ("Decedent: Quayle, Marit   age at death 95   MR# 221", ["95"]),
        ("The ward, now 93, has lived there since 2019.", ["93"]),
        # a kin or courtesy word before a name in any case, the age alone in brackets
        ("ROOMMATE, MRS. DELPHINE ARCENEAUX (97), IS HARD OF HEARING.", ["97"]),
        ("PT'S BROTHER LEON (91) VISITS SUNDAYS.", ["91"]),
        ("lives w spouse walt (93), who drives.", ["93"]),
        # a name's age before a bracketed phone number, initials before the age
        ("Spouse Walter Brinkley, 93 (555-201-4411) called.", ["93"]),
        ("Screened: R.T.M., 95, lives alone.", ["95"]),
        # an age at an event of the record, an age set off after "now"
        ("DOD 3/2/2025   age at death 97   MR# X1", ["97"]),
        ("Age at admission: 91.", ["91"]),
        ("The member, now 94, lives alone.", ["94"]),
    ],
)
def test_finds_the_age(recognizer: AgeRecognizer, text: str, expected: list[str]) -> None:
    assert _found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He was 3 hours late.",
        "Took 16 mg of sertraline.",
        "Anxiety rated 7/10.",
        "Meeting at 3:30 lasted 45 minutes.",
        "Room 16 on floor 2.",
        "She was 15 minutes late.",
        "Called 3 times.",
        "The score was 7.",
        "The car turned 90 degrees.",
        "Unions declined in the 60s.",
        "She paid 1,500 dollars in rent.",
        "Case #34 was reviewed.",
        "Lives in Apt 5F with mom.",
        "Raised $36M in bonds.",
        "walked 40m in the hall today.",
        "set thermostat to 68f overnight",
        "Born March, 15, 2019.",
        "Seen June 5, 2019 at home.",
        "Houston, TX, 77002",
        "Grade 10, 12, 14.",
        "Mesquite Flats Elementary, 2, 3",
        "Suite 12, 4th floor.",
        "Refill for ninety days, ninety tablets.",
        "Paid Hollis Gant, ninety dollars, for the ramp.",
        "Her sister 2 years older lives nearby.",
        "Sees father 3x/week.",
        "Client 2, Client 3 absent.",
        "STARTED ZOLOFT (50) AND SEROQUEL (100) AT HS.",
        "SEE SECTION C.F.R., 42 (PART 2).",
        "Rent, now 950, is due.",
        "HR (94), RR 18, SPO2 92%.",
        "Meds: lisinopril (10), metformin (500).",
        "Balance, now 92, due 6/1.",
        "See exhibit (12) and appendix (3).",
        "Seen 3/14/24 (2 visits) at home.",
        "DOB: 2/9/31 (per chart)",
    ],
)
def test_ignores_other_numbers(recognizer: AgeRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []


def test_span_contains_the_digits_only(recognizer: AgeRecognizer) -> None:
    text = "a 34-year-old"
    [result] = recognizer.analyze(text, entities=["AGE"], nlp_artifacts=None)
    assert (result.entity_type, text[result.start : result.end]) == ("AGE", "34")
    assert result.score >= 0.6


@pytest.mark.parametrize("text", ["Age: 3/4 of the time.", "seen 12/15 at home", "Age 12/15."])
def test_a_slash_is_a_date_or_a_fraction_unless_a_sex_follows(
    recognizer: AgeRecognizer, text: str
) -> None:
    assert _found(recognizer, text) == []
