"""CaseNoteDateRecognizer: calendar dates in the forms notes use."""

from __future__ import annotations

import re

import pytest

from redact.detect.recognizers.date import CaseNoteDateRecognizer, reads_as_score


@pytest.fixture(scope="module")
def recognizer() -> CaseNoteDateRecognizer:
    return CaseNoteDateRecognizer()


def _found(recognizer: CaseNoteDateRecognizer, text: str) -> list[str]:
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Home visit on 03/14/2026 at the apartment.", ["03/14/2026"]),
        ("Seen 3/14/26.", ["3/14/26"]),
        ("Seen on 3/14 with mom.", ["3/14"]),
        ("Legal advocate to help with the protection-order petition 2/5.", ["2/5"]),
        ("Follow-up: ACT team intake 6/13, labs in 5 days.", ["6/13"]),
        ("DOB: 3/14", ["3/14"]),
        # a weekday typed in lower case or capitals before the day (`weekday_dates` joins
        # the weekday to the date later)
        ("date: tues 10/21     time: 6th hr", ["10/21"]),
        ("Seen WED 3/12 by the nurse.", ["3/12"]),
        ("group moved to thurs 4/3 this month", ["4/3"]),
        ("Statements she brought in 8/19: withdrawals weekly.", ["8/19"]),
        ("Seen 3/14/26: stable.", ["3/14/26"]),
        ("Court on 14 March.", ["14 March"]),
        ("Hearing set for 14 March 2026.", ["14 March 2026"]),
        ("Met March 14.", ["March 14"]),
        ("Met March 14, 2026 at noon.", ["March 14, 2026"]),
        ("Next visit Mar. 14th.", ["Mar. 14th"]),
        ("Date: 2026-03-14", ["2026-03-14"]),
        ("DOB: 1/2/1990", ["1/2/1990"]),
        ("The applicant was born in 1985 and lives in Nicosia.", ["1985"]),
        ("She has lived there since 2019.", ["2019"]),
        ("Tuesday, March 3 at 10am", ["Tuesday, March 3"]),
        ("When: 2000-04-16 11:34:35", ["2000-04-16 11:34:35"]),
        ("Timestamp: 2023-10-09 07:20 PM", ["2023-10-09 07:20 PM"]),
        ("In January 2000 the landowners appealed.", ["January 2000"]),
        ("on 20 April and 31 May 2007 the applicant", ["20 April", "31 May 2007"]),
        ("the 31/12/2020 decision", ["31/12/2020"]),
        ("Placement March 3-5, 2026", ["March 3-5, 2026"]),
        ("the 3rd of March", ["3rd of March"]),
        ("Between 1998 and 2001 he lived in Leeds.", ["1998", "2001"]),
        ("Reassessed in 1994, 1995 and 1997.", ["1994", "1995", "1997"]),
        ("Signed 14.03.2026 by both parents.", ["14.03.2026"]),
        ("Seen 5/28 with mom.", ["5/28"]),
        ("10/3 11:48 PM   zay: he keeps posting", ["10/3"]),
        ("Tues 5/6 group met.", ["5/6"]),
        ("9/15  7:31 AM   client: ok", ["9/15"]),
        ("Improved from 4/28 to 6/3.", ["4/28", "6/3"]),
        ("Visits: 1/14, 1/21 and 2/4; next 2/12.", ["1/14", "1/21", "2/4", "2/12"]),
        ("5/6 7:30 PM   mom: not home yet", ["5/6"]),
        ("7/8 0830-1030 aide arrived, client in bed", ["7/8"]),
        ("ICU NSG NOTE 2/3 0645\nPT RESTING", ["2/3"]),
        ("shift assessment 5/6 1930. pt calm", ["5/6"]),
        ("evening shift 1500-2300 3/8. quiet", ["3/8"]),
        ("ADM 1/4 FROM HOME, DC 1/9 TO REHAB", ["1/4", "1/9"]),
        ("pt d/c'd 2/5 w/ vna", ["2/5"]),
        ("PREV ADM WINTER '21 FOR PNA", ["WINTER '21"]),
        ("last seen at clinic summer '19.", ["summer '19"]),
        ("ON SERTRALINE UNTIL NOV '24, STOPPED", ["NOV '24"]),
        ("Call back 2/3 at 10:15.", ["2/3"]),
        ("neighbor reports yelling 3/8 ~11pm", ["3/8"]),
        ("dad dropped off 4/2 around 9 pm", ["4/2"]),
        ("Today is 21.5.21 and sunny.", ["21.5.21"]),
        ("Today is 5-May-2021 and sunny.", ["5-May-2021"]),
        ("Today is 05-MAY-21 and sunny.", ["05-MAY-21"]),
        ("Court on 21-May.", ["21-May"]),
        ("Today is May-2021.", ["May-2021"]),
        ("Enrolled 5/2021.", ["5/2021"]),
        ("In shelter since 2/3/2025: mother and brother.", ["2/3/2025"]),
        (
            "Seen 2/3/25: ok; 2025-03-04: home visit; 3/2025: moved",
            ["2/3/25", "2025-03-04", "3/2025"],
        ),
        ("Next visit May 5th at home.", ["May 5th"]),
        ("Graduated in '92 from high school.", ["'92"]),
        ("Class of '92 reunion.", ["'92"]),
        ("Stamp 2024-03-15T14:30:00+02:00 logged", ["2024-03-15T14:30:00+02:00"]),
        # a dosing log's compact dates and a drug-screen table's ranges
        ("05MAR25 0910 COWS 3.", ["05MAR25"]),
        ("Seen 3Apr2025 in clinic.", ["3Apr2025"]),
        ("| 11 of 12 IOP sessions, 3/6 to 4/1 |", ["3/6", "4/1"]),
        ("3/26-4/1 negative for opioids", ["3/26-4/1"]),
        # a test's day, even one shaped like a rating ("6/10")
        ("Labs 6/10 (sodium 138) unremarkable.", ["6/10"]),
        ("CMP drawn 8/3, weighed 8/4.", ["8/3", "8/4"]),
        ("EKG 2/9: sinus bradycardia.", ["2/9"]),
        # the day a patient goes home: "d/c home 4/5", a rating only without the cue
        ("plan: d/c home 4/5 w/ vna, rw, shower chair.", ["4/5"]),
        ("PT DISCHARGED HOME 3/4 WITH SON.", ["3/4"]),
        ("going home 6/10 if labs ok", ["6/10"]),
        # no rating out of ten is above ten: the tenth of November or December
        ("fell again in the yard 11/10, no injury", ["11/10"]),
        ("Widow called 12/10 re: headstone.", ["12/10"]),
        # a month alone after a preposition of time: a date element, year or no year
        ("By January Mila initiated hugs.", ["January"]),
        ("Visits resumed in late March.", ["March"]),
        ("Sober since last November; relapse mid-June.", ["November", "June"]),
    ],
)
def test_finds_the_date(recognizer: CaseNoteDateRecognizer, text: str, expected: list[str]) -> None:
    assert _found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Meeting at 3:30.",
        "Add 1/2 cup of sugar.",
        "Anxiety rated 7/10 today.",
        "Improved from 5/10 to 7/10.",
        "Room 12 on floor 3.",
        "Call 555-123-4567 after 5.",
        "She may 5 times a day check in.",
        "The 13/14/2020 entry is invalid.",
        "They budgeted in 2000 dollars.",
        "Mom said she would march 14 blocks.",
        "Letter from June Okafor, signed with April.",
        "She may march; the group meets in may.",
        "Client visited on Tuesday.",
        "Case 2024-00123 was reassigned.",
        "Said that 3/4 of the time he forgets.",
        "PHQ-9 score 14/27 today.",
        "GAD-7 score 8/21 today.",
        "A score of 9/21 this week.",
        "BP 120/80 at intake.",
        "Supervision 24/7 is required.",
        "A 50/50 custody split.",
        "Took 1/2 tablet at night.",
        "Rated the group 4/5 stars.",
        "Attended 5/7 days.",
        "Ate 1/2 and then 3/4 of the meal.",
        "Finished 3/4 10 minutes early.",
        "Version 3.11.4 installed.",
        "Router at 10.0.0.1 rebooted.",
        "Today is5/21 and sunny.",
        "Add 1/2 to 3/4 cup of milk.",
        "Code AB05MAR25 on the label.",
        "Lot 12MAR2599 recalled.",
        "Labs are 2/3 done; ate 7/10 of dinner.",
        "Gave 1/2 1000 mg tab at bedtime.",
        "Ate 3/4 2100 snack.",
        "Pain rated 7/10 at 9pm.",
        "Took 1/2 tab at 8pm.",
    ],
)
def test_ignores_other_numbers(recognizer: CaseNoteDateRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []


def test_bare_year_scores_below_full_date(recognizer: CaseNoteDateRecognizer) -> None:
    year = recognizer.analyze("since 2019", entities=["DATE_TIME"], nlp_artifacts=None)
    full = recognizer.analyze("on March 14, 2026", entities=["DATE_TIME"], nlp_artifacts=None)
    assert 0.35 < year[0].score < full[0].score


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Kovalenko will see her 5/7.", ["5/7"]),
        ("Referral from MDOC. Bed available 2/10.", ["2/10"]),
        ("She moves in 3/1 if the lease clears.", ["3/1"]),
        # a window or a deadline that closes or opens on a day
        ("The appeal window closes 1/10, per the notice.", ["1/10"]),
        ("Enrollment opens 2/5 for returning families.", ["2/5"]),
    ],
)
def test_a_day_after_a_verb_of_meeting_or_availability(
    recognizer: CaseNoteDateRecognizer, text: str, expected: list[str]
) -> None:
    # without a cue "5/7" and "2/10" read as fractions; a visit or a free bed is on a day
    assert _found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    ["He is available 5/7 days.", "She sees him 3/4 of the time.", "He leaves 3/4 of his food."],
)
def test_a_count_after_such_a_verb_stays_a_count(
    recognizer: CaseNoteDateRecognizer, text: str
) -> None:
    assert _found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3/4 Intake mtg w/ cust @ district office. -TW", ["3/4"]),
        ("Referral rec'd. -TW\n3/6 Called the carrier re: voc services. -TW", ["3/6"]),
        ("wk of 4/7 Vocational eval at the assessment ctr.", ["4/7"]),
        ("Job club x2 the week of 6/9.", ["6/9"]),
        # a military memorandum's and a pharmacy label's day, month and two-digit year
        ("On 23 SEP 25 the IDC met and reviewed the incident.", ["23 SEP 25"]),
        ("ETS 14 NOV 26, then home.", ["14 NOV 26"]),
        ("DEROS 07 MAR 27; PCS orders pending", ["07 MAR 27"]),
        # a street team's terse entries: the day, a 24-hour clock time, the workers' initials
        ("6/10 0740 TU. Camp swept by city.", ["6/10"]),
        ("Referral rec'd.\n3/4 2215 jb/kl called 911, pt agitated", ["3/4"]),
        ("[1/2] 0915 RK at the bridge camp, no contact", ["1/2"]),
    ],
)
def test_a_day_opening_a_log_entry_or_after_week_of(
    recognizer: CaseNoteDateRecognizer, text: str, expected: list[str]
) -> None:
    # "3/4" alone reads as a fraction; opening a terse log's entry it is the entry's day
    assert _found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fraction-looking day heading a table's row or a dated entry before its colon
        ("| 3/6 | in person | mother | Explained process. |", ["3/6"]),
        ("| Date | Contact |\n|---|---|\n| 1/2 | phone |", ["1/2"]),
        ("Forensic interview 3/6: clear disclosure.", ["3/6"]),
        ("Home visit 5/6: grandmother present.", ["5/6"]),
    ],
)
def test_a_day_heading_a_table_row_or_an_entry(
    recognizer: CaseNoteDateRecognizer, text: str, expected: list[str]
) -> None:
    assert _found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "PHQ-9 score 3/6: mild.",
        "| Recall | 3/5 |",
        "Took 1/2: then stopped",
        "Goals met 2/3: partly",
    ],
)
def test_a_score_in_a_cell_or_before_a_colon_stays_a_score(
    recognizer: CaseNoteDateRecognizer, text: str
) -> None:
    assert _found(recognizer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "3/4 of the group attended.",
        "1/2 Tab at bedtime.",
        "Ate 3/4 Thursday.",
        "1/2 1000 mg tab given",
        "3/4 1500 calories eaten",
    ],
)
def test_a_count_opening_a_line_stays_a_count(
    recognizer: CaseNoteDateRecognizer, text: str
) -> None:
    assert _found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("seen in ED 12/10, no fx", False),
        ("rated her pain 12/10", True),
        ("anxiety 8/10 today", True),
        ("12/10 pain, grimacing", True),
    ],
)
def test_a_pair_above_ten_out_of_ten_is_a_date_unless_a_score_cue_says(
    text: str, score: bool
) -> None:
    match = re.search(r"\d+/\d+", text)
    assert match is not None
    assert reads_as_score(text, *match.span()) is score


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Processed the 5/8 near-miss in session; SUDS 70.", ["5/8"]),
        ('HR pulled the 2/3 "write-up" after the grievance.', ["2/3"]),
        ("She brought up her 7/6 intake again.", ["7/6"]),
        # a fraction with no event after it stays a fraction
        ("Ate the 3/4 portion and left the rest.", []),
        ("Poured the 1/2 cup of rice.", []),
    ],
)
def test_an_event_named_by_its_day_is_a_date(
    recognizer: CaseNoteDateRecognizer, text: str, expected: list[str]
) -> None:
    found = _found(recognizer, text)
    assert [f for f in found if f in expected] == expected
    assert not [f for f in found if f in ("3/4", "1/2")]
