"""NER's misreadings dropped, identifiers still removed: synthetic notes, real Redactor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from redact import Redactor
from redact.detect.misreadings import drop_misreadings, drop_session_names
from redact.findings import Finding

POLICIES = ("research-safe-harbor", "consultation", "court-subpoena")

#: (note, words the recipient must read, words that must not reach them).
CASES: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    (
        "PROGRESS NOTE - Men's Anger Management Group (CBT), 3/4/25\n"
        "Present: client Corwin Blaylock. Corwin practised the skills.",
        ("Men's Anger Management Group",),
        ("Corwin", "Blaylock"),
    ),
    (
        "Client Ilse Marchetti attended. Next group 11/18. Plan: continue weekly.",
        ("Next group", "Plan"),
        ("Ilse", "Marchetti"),
    ),
    (
        "Oksana Prewitt reported 63 days clean and 3 weeks sober from alcohol; she has "
        "worked there 2 yrs.",
        ("63 days clean", "3 weeks sober", "2 yrs"),
        ("Oksana", "Prewitt"),
    ),
    (
        "Ms. Prewitt attends NA twice a week; her MCO is reviewing the IOP referral and her "
        "MA ID 7720019384 is active.",
        ("NA", "MCO", "IOP", "MA ID"),
        ("Prewitt", "7720019384"),
    ),
    (
        "Her ex, Tobias Wrenfield, drives a silver Altima and his brother a white F-150.",
        ("silver Altima", "white F-150"),
        ("Tobias", "Wrenfield"),
    ),
    (
        "DISCHARGE SUMMARY - Inpatient Psychiatry\nPatient: Hollis Fairweather-Ng   "
        "Discharge date: 01/17/2026\nReason for admission: Suicidal ideation.\n"
        "Disposition: Discharged home to his sister's apartment on Wrexley Ave.",
        (
            "DISCHARGE SUMMARY - Inpatient Psychiatry",
            "Suicidal ideation",
            "Discharged home",
            "Discharge date",
        ),
        ("Hollis", "Fairweather", "Wrexley"),
    ),
    (
        "Supervisee: Marguerite Oduya, LMSW   Format: Individual, in person\n"
        "Review Motivational Interviewing module; client attends SMART Recovery.",
        ("Format: Individual", "Motivational Interviewing", "SMART Recovery"),
        ("Marguerite", "Oduya"),
    ),
    (
        "Clients: Evander Quaile and Rosamund Quaile   Session #4\n"
        "Homework: Stress-reducing conversation daily. Her daughter Tamsin visits Sundays.",
        ("Session #4", "Stress-reducing conversation", "visits Sundays"),
        ("Evander", "Rosamund", "Tamsin"),
    ),
    (
        "Quillan's teacher (ELA) reports 9 absences; his aunt lives on Keswick Ave.",
        ("(ELA)",),
        ("Keswick",),
    ),
    (
        "Mom (Adaeze Okonkwo) lost her Child Care Subsidy in June. Maternal "
        "grandmother Chiamaka will provide childcare Mon-Fri.",
        ("Child Care Subsidy", "childcare Mon-Fri"),
        ("Adaeze", "Okonkwo", "Chiamaka"),
    ),
    (
        "Wendell Okafor came to the office. He said his cousin lives on Calloway St. She "
        "called later.",
        ("She called",),
        ("Wendell", "Okafor", "Calloway"),
    ),
    (
        "Family Session Note - Brackenridge Family Counseling, 88 Tolliver Ave\n"
        "Client: Sunniva Oakhurst-Pell. Her brother Thaddeus attended.",
        ("Family Session Note - ",),
        ("Sunniva", "Oakhurst", "Thaddeus"),
    ),
    (
        "UR call re Dontrell Vasquez-Amaya: requesting 14 additional days; she has been sober "
        "30 consecutive days and was seen again after two full weeks.",
        ("14 additional days", "30 consecutive days", "two full weeks"),
        ("Dontrell", "Vasquez"),
    ),
]


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize(("note", "kept", "gone"), CASES)
def test_meaning_survives_and_names_go(
    redactor_for: Callable[[str], Redactor],
    policy: str,
    note: str,
    kept: tuple[str, ...],
    gone: tuple[str, ...],
) -> None:
    out = redactor_for(policy).redact(note).text
    withheld = "[withheld" in out  # Part 2 withholds substance use outside consultation
    assert policy != "consultation" or not withheld
    for words in kept:
        assert withheld or words in out, (policy, words, out)
    if policy != "court-subpoena":  # a court keeps the parties' names
        for words in gone:
            assert words not in out, (policy, words, out)


@pytest.mark.parametrize("policy", ("consultation", "research-safe-harbor"))
def test_a_plate_after_tag_is_removed_and_never_a_month(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    note = "He keeps driving past her place (MD tag 8CX4417) at night."
    out = redactor_for(policy).redact(note).text
    assert "8CX4417" not in out
    assert "August" not in out


def test_a_plate_read_as_a_date_becomes_a_vehicle_plate() -> None:
    text = "Seen in a car with VA tag 9ZT1042 today."
    start = text.index("9ZT1042")
    found = Finding(start, start + 7, "DATE_TIME", 0.85, source="SpacyRecognizer")
    [plate] = drop_misreadings(text, [found])
    assert plate.entity_type == "VEHICLE_PLATE"


@pytest.mark.parametrize("written", ["Weds 6/11", "Thurs. 10/2/25", "Friday 7-18"])
def test_a_weekday_and_a_date_read_as_a_person_is_a_date(written: str) -> None:
    text = f"Home visit {written} with mom; next visit in two weeks."
    start = text.index(written)
    found = Finding(start, start + len(written), "PERSON", 0.85, source="SpacyRecognizer")
    [date] = drop_misreadings(text, [found])
    assert (date.start, date.end, date.entity_type) == (start, start + len(written), "DATE_TIME")


@pytest.mark.parametrize("written", ["Tues 5/6", "Weds. 11/2", "Thursday 3/14"])
def test_a_weekday_before_a_date_is_cut_off_a_person(written: str) -> None:
    text = f"Visited {written} at the clinic."
    found = Finding(
        0, text.index(written) + written.index(" "), "PERSON", 0.85, source="SpacyRecognizer"
    )
    assert drop_misreadings(text, [found]) == []


@pytest.mark.parametrize(
    ("found", "day"),
    [
        ("Tues PM", "Tues PM"),
        ("Thurs AM", "Thurs AM"),
        ("Mon PM DBT", "Mon PM"),
        ("Sat morning", "Sat morning"),
    ],
)
def test_a_weekday_and_a_part_of_the_day_read_as_a_name_is_a_date(found: str, day: str) -> None:
    text = f"Attended the {found} skills group again."
    start = text.index(found)
    org = Finding(start, start + len(found), "ORGANIZATION", 0.85, source="SpacyRecognizer")
    [date] = drop_misreadings(text, [org])
    assert (text[date.start : date.end], date.entity_type) == (day, "DATE_TIME")


def test_a_weekday_before_a_name_leaves_the_name_found() -> None:
    text = "Seen Tues PM Kendra Boyle at the office."
    start = text.index("Tues")
    person = Finding(start, text.index(" at"), "PERSON", 0.85, source="SpacyRecognizer")
    assert [f.entity_type for f in drop_misreadings(text, [person])] == ["PERSON"]


def test_a_weekday_date_keeps_its_date_policy_under_the_court() -> None:
    result = Redactor("court-subpoena").redact("Missed group Weds 6/11; seen Fri 6/13.")
    assert "Weds 6/11" in result.text and "[PERSON]" not in result.text


def test_a_cued_finding_and_a_name_of_names_stay() -> None:
    text = "Mark Green met her. Next, Hope called from the Red Cross."
    person = Finding(0, 10, "PERSON", 0.85, source="SpacyRecognizer")
    cued = Finding(26, 30, "PERSON", 0.85, source="RelationNameRecognizer")
    org = Finding(text.index("Red"), text.index("Red") + 9, "ORGANIZATION", 0.85,
                  source="SpacyRecognizer")  # fmt: skip
    assert drop_misreadings(text, [person, cued, org]) == [person, cued, org]


def test_a_date_with_a_day_and_month_is_still_a_date() -> None:
    text = "Seen on 10/14/25 for 41 days clean."
    date = Finding(8, 16, "DATE_TIME", 0.85, source="SpacyRecognizer")
    span = Finding(21, 28, "DATE_TIME", 0.85, source="SpacyRecognizer")
    assert drop_misreadings(text, [date, span]) == [date]


def test_a_street_read_as_a_person_is_an_address() -> None:
    text = "She stays with an aunt on Keswick Ave most nights."
    start = text.index("Keswick")
    found = Finding(start, start + 11, "PERSON", 0.85, source="SpacyRecognizer")
    [street] = drop_misreadings(text, [found])
    assert street.entity_type == "STREET_ADDRESS"


def test_a_strict_run_stops_at_a_field_gap() -> None:
    text = "Clients: Evander Quaile   Session #4"
    found = Finding(9, 32, "PERSON", 0.6, source="StrictCapitalisedRecognizer")
    [name] = drop_misreadings(text, [found])
    assert text[name.start : name.end] == "Evander Quaile"


def test_a_nickname_at_a_line_start_stays() -> None:
    text = "Group went well.\nTink: said she was tired."
    found = Finding(17, 21, "PERSON", 0.85, source="SpacyRecognizer")
    assert drop_misreadings(text, [found]) == [found]


def test_an_inflected_word_opening_a_sentence_is_no_organisation() -> None:
    text = "Fetal movement good. Screened EPDS = 8."
    start = text.index("Screened")
    found = Finding(start, start + 8, "ORGANIZATION", 0.5, source="StrictCapitalisedRecognizer")
    assert drop_misreadings(text, [found]) == []


@pytest.mark.parametrize("policy", ("research-safe-harbor", "consultation"))
def test_a_phone_in_brackets_keeps_its_open_bracket(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    note = (
        "Sister Annunziata Pell (410-555-0133) has the firearm secured. Lien stays with "
        "foster mom Doreen Kasprzyk (cell 708.555.0147) since she has strep."
    )
    out = redactor_for(policy).redact(note).text
    assert "410-555-0133" not in out and "0147" not in out
    assert "(" in out and out.count("(") == out.count(")") == 2


def test_a_nationality_after_a_year_and_a_country_after_in_stay() -> None:
    text = "He likes a 2017 Polish comedy. In Czech Republic they sing."
    nrp = Finding(16, 22, "NRP", 0.85, source="SpacyRecognizer")
    place = Finding(34, 48, "LOCATION", 0.85, source="SpacyRecognizer")
    assert drop_misreadings(text, [nrp, place]) == [nrp, place]


def test_a_make_before_a_persons_surname_is_a_person() -> None:
    text = "Her uncle Ford Lopez drove her."
    person = Finding(10, 20, "PERSON", 0.85, source="SpacyRecognizer")
    assert drop_misreadings(text, [person]) == [person]


def test_a_clock_time_read_as_an_organisation_is_a_time() -> None:
    text = "Neighbour heard yelling ~11pm."
    start = text.index("~")
    (found,) = drop_misreadings(
        text, [Finding(start, start + 5, "ORGANIZATION", 0.85, source="SpacyRecognizer")]
    )
    assert found.entity_type == "DATE_TIME"


@pytest.mark.parametrize("mention", ["met w/", "met w"])
def test_a_verb_and_the_shorthand_for_with_is_no_organisation(mention: str) -> None:
    text = "met w/ aunt re: pickup"
    assert (
        drop_misreadings(
            text, [Finding(0, len(mention), "ORGANIZATION", 0.85, source="SpacyRecognizer")]
        )
        == []
    )


def test_an_organisation_read_as_a_person_is_an_organisation() -> None:
    text = "Referred by Quillfeather Behavioral Health Center last spring."
    start = text.index("Quill")
    end = text.index(" last")
    (found,) = drop_misreadings(
        text, [Finding(start, end, "PERSON", 0.85, source="SpacyRecognizer")]
    )
    assert found.entity_type == "ORGANIZATION"


def test_a_surname_after_a_given_name_stays_a_person() -> None:
    text = "Seen with Mariela Centeno today."
    start = text.index("Mariela")
    person = Finding(
        start, start + len("Mariela Centeno"), "PERSON", 0.85, source="SpacyRecognizer"
    )
    assert drop_misreadings(text, [person]) == [person]


def test_a_lower_case_relation_word_alone_is_no_person_but_its_name_is() -> None:
    text = "0930 seen w son + stepdaughter. stepdaughter (Marisol) asked for the key."
    words = [(m, "stepdaughter") for m in (text.index("stepdaughter"), text.rindex("stepdaughter"))]
    found = [Finding(s, s + len(w), "PERSON", 0.85, source="SpacyRecognizer") for s, w in words]
    name = Finding(text.index("Marisol"), text.index("Marisol") + 7, "PERSON", 0.85,
                   source="SpacyRecognizer")  # fmt: skip
    assert drop_misreadings(text, [*found, name]) == [name]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Deputy Clerk, Probate Division\nfax on file", "Probate Division"),
        (
            "Tobias Renner, LMSW\nUtilization Review / Case Management",
            "Utilization Review / Case Management",
        ),
        ("Ms. Abara appeared for the State.", "State"),
    ],
)
def test_a_unit_of_an_organisation_in_common_words_is_no_organisation(text: str, unit: str) -> None:
    start = text.index(unit)
    org = Finding(start, start + len(unit), "ORGANIZATION", 0.85, source="SpacyRecognizer")
    assert drop_misreadings(text, [org]) == []
    assert drop_session_names(text, [replace(org, source="OrgName")]) == []


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Referred to Riverside Case Management.", "Riverside Case Management"),
        ("Seen at Okafor Review Unit.", "Okafor Review Unit"),
        ("She called State Farm.", "State Farm"),
    ],
)
def test_an_organisation_named_by_a_place_or_a_name_stays(text: str, organisation: str) -> None:
    start = text.index(organisation)
    org = Finding(start, start + len(organisation), "ORGANIZATION", 0.85, source="SpacyRecognizer")
    assert drop_misreadings(text, [org]) == [org]


def test_a_ner_date_around_a_code_of_five_digits_is_no_date() -> None:
    text = "CPT: 90834 x 10, 90846 x 2, start 11/10/25"
    start = text.index("10, 90846")
    date = Finding(start, start + len("10, 90846 x"), "DATE_TIME", 0.85, source="SpacyRecognizer")
    assert drop_misreadings(text, [date]) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [("IDC vote 5-2, MET criteria for abuse.", "MET"), ("Call placed, CODE team paged.", "CODE")],
)
def test_a_common_word_in_capitals_is_no_organisation(text: str, word: str) -> None:
    start = text.index(word)
    org = Finding(start, start + len(word), "ORGANIZATION", 0.85, source="SpacyRecognizer")
    assert drop_misreadings(text, [org]) == []


def test_a_number_after_a_building_word_is_no_year() -> None:
    text = "Sponsor moved to barracks bldg 9220 until the order ends."
    start = text.index("9220")
    year = Finding(start, start + 4, "DATE_TIME", 0.85, source="SpacyRecognizer")
    assert drop_misreadings(text, [year]) == []


def test_a_reference_ner_took_for_a_date_is_still_removed_as_a_reference() -> None:
    text = "progress notes - okafor, d (mhc-204417) - clinician jt"
    start = text.index("mhc-204417")
    date = Finding(start, start + len("mhc-204417"), "DATE_TIME", 0.85, source="SpacyRecognizer")
    assert [f.entity_type for f in drop_misreadings(text, [date])] == ["ID_NUMBER"]


@pytest.mark.parametrize(
    ("written", "after"),
    [("72-hour", " hold"), ("90-day", " review"), ("30-day", " notice"), ("10-day", " supply")],
)
def test_a_length_made_an_adjective_is_no_date_even_in_a_post(written: str, after: str) -> None:
    text = f"Client had a {written}{after} last month."
    start = text.index(written)
    finding = Finding(start, start + len(written), "DATE_TIME", 0.85, source="SpacyRecognizer")
    assert drop_misreadings(text, [finding], durations_are_dates=True) == []


def test_a_length_of_time_itself_stays_a_date_in_a_post() -> None:
    text = "She was sober for 90 days before the move."
    start = text.index("90 days")
    finding = Finding(start, start + 7, "DATE_TIME", 0.85, source="SpacyRecognizer")
    assert drop_misreadings(text, [finding], durations_are_dates=True) == [finding]


@pytest.mark.parametrize(
    ("text", "misread"),
    [
        ("Spoke w/ aunt by phone; she will take the kids.", "Spoke"),
        ("Brought the kids to the clinic for shots.", "Brought"),
        ("Met with client at the library.", "Met"),
    ],
)
def test_an_irregular_verb_opening_a_sentence_is_no_person(text: str, misread: str) -> None:
    finding = Finding(0, len(misread), "PERSON", 0.85, source="SpacyRecognizer")
    assert drop_misreadings(text, [finding]) == []


def test_an_irregular_form_that_is_a_given_name_stays_a_person() -> None:
    text = "Hung said he would come to the meeting."
    finding = Finding(0, 4, "PERSON", 0.85, source="SpacyRecognizer")
    assert drop_misreadings(text, [finding]) == [finding]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("CLIENT: OSEI, MARGARET A     DOB: 06-14-1971 (54 y/o F)", "06-14-1971"),
        ("03.28.2025 SW: spoke with Ms. Osei's landlord about the repair.", "03.28.2025"),
        ("Her last visit was 28.03.2025, per the clinic's printout.", "28.03.2025"),
    ],
)
def test_a_day_in_figures_read_as_a_phone_is_a_date(text: str, day: str) -> None:
    start = text.index(day)
    phone = Finding(start, start + len(day), "PHONE_NUMBER", 0.4, source="PhoneRecognizer")
    assert [f.entity_type for f in drop_misreadings(text, [phone])] == ["DATE_TIME"]


def test_a_birth_date_read_as_a_phone_keeps_the_year_for_the_court_and_all_of_it_for_her() -> None:
    text = "RESIDENT: KOWALCZYK, IRENE     DOB: 09-30-1948     Unit 2B\nPhone: 412-555-0139"
    court = Redactor("court-subpoena").redact(text, ["Irene Kowalczyk"]).text
    assert "DOB: 1948" in court and "[PHONE]" in court and "412-555-0139" not in court
    own = Redactor("client-request").redact(text, ["Irene Kowalczyk"]).text
    assert "DOB: 09-30-1948" in own


def test_a_phone_in_the_shape_of_a_north_american_number_stays_a_phone() -> None:
    text = "Cell 304-555-0192 after 5."
    start = text.index("304")
    phone = Finding(start, start + 12, "PHONE_NUMBER", 0.4, source="PhoneRecognizer")
    assert [f.entity_type for f in drop_misreadings(text, [phone])] == ["PHONE_NUMBER"]


@pytest.mark.parametrize(
    "text",
    [
        "Report to the court.\n\n    Electronically signed by Dana Whitcomb\n"
        "    Dana Whitcomb, Guardian ad Litem\n",
        "Respectfully submitted,\nDigitally signed by Omar Haddad, LMSW on 9/2/2025\n",
        "Exhibit list attached.\n  Previously filed as Exhibit C; Electronically served 9/4.\n",
    ],
)
def test_a_signature_blocks_adverb_is_no_place(
    redactor_for: Callable[[str], Redactor], text: str
) -> None:
    out = redactor_for("court-subpoena").redact(text, subject=["Nate Brightwater"]).text
    assert out == text, out


def test_a_town_opening_an_address_line_is_still_a_place(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Mother moved in July.\n    Kimberly, WI 54136\nReading, PA 19601\n"
    out = redactor_for("court-subpoena").redact(text, subject=["Nate Brightwater"]).text
    assert "Kimberly" not in out and "Reading" not in out, out
