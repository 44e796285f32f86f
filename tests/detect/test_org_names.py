"""org_name_findings: banks, insurers, businesses, parishes, lots and lower-case streets."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.org_names import SOURCE, org_name_findings


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.entity_type) for f in org_name_findings(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coverage through Bitterroot Health Plan since May.",
         [("Bitterroot Health Plan", "ORGANIZATION")]),
        ("Pension goes to Copper Basin Savings and Loan each month.",
         [("Copper Basin Savings and Loan", "ORGANIZATION")]),
        ("Paid Tamarack Federal Credit Union by money order.",
         [("Tamarack Federal Credit Union", "ORGANIZATION")]),
        ("Landlord is Halvard Ridge Property Management LLC, per lease.",
         [("Halvard Ridge Property Management LLC", "ORGANIZATION")]),
        ("Worked 9 years for Ostrander Pallet Co. before the injury.",
         [("Ostrander Pallet Co.", "ORGANIZATION")]),
        ("Volunteers at Lakeview Grace Fellowship on Sundays.",
         [("Lakeview Grace Fellowship", "ORGANIZATION")]),
        ("Service officer from American Legion Post 117 called.",
         [("American Legion Post 117", "ORGANIZATION")]),
        # a union local numbered by district and local, or with a letter
        ("Steward from IBEW Local 3-417 sat in on the meeting.",
         [("IBEW Local 3-417", "ORGANIZATION")]),
        ("He pays dues to SEIU Local 32BJ since March.", [("SEIU Local 32BJ", "ORGANIZATION")]),
        ("Moved to Juniper Hollow Apartments, unit 4.",
         [("Juniper Hollow Apartments", "STREET_ADDRESS")]),
        ("Referred to Legal Aid of Western Montana for the eviction.",
         [("Legal Aid of Western Montana", "ORGANIZATION")]),
        ("Referred to Willamette Youth Law Project about emancipation.",
         [("Willamette Youth Law Project", "ORGANIZATION")]),
        ("BRIDGEWATER YOUTH COLLECTIVE — Drop-in group note",
         [("BRIDGEWATER YOUTH COLLECTIVE", "ORGANIZATION")]),
        # where a death is handled
        ("Family chose Brightwater Funeral Chapel for Friday.",
         [("Brightwater Funeral Chapel", "ORGANIZATION")]),
        ("BODY RELEASED 0610 TO HALVERSON-MOORE FUNERAL HOME, MILTON",
         [("HALVERSON-MOORE FUNERAL HOME", "ORGANIZATION")]),
    ],
)  # fmt: skip
def test_a_name_before_a_head_noun(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_a_line_in_capitals_is_read_as_title_case() -> None:
    text = "Plaintiff: HALVARD RIDGE PROPERTY MANAGEMENT LLC\nv.\nDefendant: J. DOE"
    assert _found(text) == [("HALVARD RIDGE PROPERTY MANAGEMENT LLC", "ORGANIZATION")]
    header = "NORTH FORK VETERANS HOUSING PARTNERSHIP\nIntake"
    assert _found(header) == [("NORTH FORK VETERANS HOUSING PARTNERSHIP", "ORGANIZATION")]


@pytest.mark.parametrize(
    "text",
    [
        "She has no Health Plan and no Credit Union account.",
        "The Catholic Church runs the shelter.",
        "Community Food Bank hours changed.",
        "Car Insurance lapsed in March.",
        "Enrolled in the Nurse-Family Partnership in 2024.",
        "Our Mission is housing first.",
    ],
)
def test_generic_names_and_programmes_are_not_taken(text: str) -> None:
    assert [e for _, e in _found(text) if e == "ORGANIZATION"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Family attends St. Wenceslaus the Martyr parish.", "St. Wenceslaus the Martyr parish"),
        ("Food boxes from St. Eustace weekly.", "St. Eustace"),
        ("Her AA meeting is at St. Cuthbert's on Tuesdays.", "St. Cuthbert's"),
        ("the tuesday nite meeting at st ignatius's, she said", "st ignatius's"),
        ("dropped off coats at st anselm church yesterday", "st anselm church"),
    ],
)
def test_a_saint_that_names_a_parish_or_pantry(text: str, expected: str) -> None:
    assert _found(text) == [(expected, "ORGANIZATION")]


@pytest.mark.parametrize(
    "text",
    [
        "Sister lives in St. Louis now.",  # a town: the place recognizers' own
        "Takes St. John's wort for mood, per client.",  # a medicine
        "Apartment at 12 Elm St Apartments building.",  # a street, not a saint
        "lives on main st mom's house is next door",  # a street, not a saint
    ],
)
def test_a_town_a_medicine_and_a_street_are_no_parish(text: str) -> None:
    assert [s for s, e in _found(text) if e == "ORGANIZATION" and "St" in s[:3]] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lives at Cottonwood Flats MHP lot 31 with her son.", ["lot 31"]),
        ("Neighbor in lot 7, watches the dog.", ["lot 7"]),
        ("Trailer is on space 12 of the park.", ["space 12"]),
        ("Waited in parking lot 3 for an hour.", []),
        ("It helped a lot 2 weeks ago.", []),
        ("Parked in space 12 at the clinic garage.", []),  # no park, trailer or mobile home
    ],
)
def test_lot_and_space_numbers(text: str, expected: list[str]) -> None:
    assert [s for s, e in _found(text) if e == "STREET_ADDRESS" and s[0].islower()] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the place on birch st takes vouchers", ["birch st"]),
        ("walmart on fountain blvd is hiring", ["fountain blvd"]),
        ("his cousin stays off cutler rd near the mill", ["cutler rd"]),
        ("we drove down the dirt road to the river", []),
        ("he was on call dr said", []),
        ("she lives on the main road", []),
        # a house number before the street, as a message writes an address
        ("fyi we moved to 2216 w fullerton ave apt 3", ["2216 w fullerton ave"]),
        ("my aunt is at 9 main st now", ["9 main st"]),
        ("took 2 the road trip", []),
        ("she has 3 kids st", []),
    ],
)
def test_lower_case_streets(text: str, expected: list[str]) -> None:
    assert [s for s, e in _found(text) if e == "STREET_ADDRESS"] == expected


def test_a_store_after_a_word_of_shopping() -> None:
    assert _found("He shops at Piggly Wiggly most days.") == [("Piggly Wiggly", "ORGANIZATION")]
    assert _found("Cashed the check at Quik Cash Loans.") == [("Quik Cash Loans", "ORGANIZATION")]
    assert _found("She shopped at The Mall for shoes.") == []  # a determiner starts no name


def test_findings_carry_offsets_and_the_source() -> None:
    text = "Bank: Tamarack Federal Credit Union."
    (finding,) = org_name_findings(text)
    assert (finding.start, finding.end, finding.source) == (6, 35, SOURCE)


def test_the_redactor_removes_them_and_keeps_programmes(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "Insurance: Bitterroot Health Plan. Family attends St. Wenceslaus parish. "
        "Lives at Cottonwood Flats MHP lot 31. Client Ana Ruiz (own chart); Copper Basin "
        "Health Plan ID CBH-551203. Enrolled in WIC and Head Start.\n"
        "text log: the place on birch st takes vouchers"
    )
    released = redactor_for("social-media").redact(text).text
    for gone in ("Bitterroot", "Wenceslaus", "Cottonwood", "lot 31", "Copper", "Plan ID", "birch"):
        assert gone not in released, (gone, released)
    for kept in ("WIC", "Head Start"):
        assert kept in released, (kept, released)


def test_the_agency_itself_stays_under_a_subject_keeping_policy(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "NORTH FORK VETERANS HOUSING PARTNERSHIP\n1200 Grand Ave, Laramie, WY 82070\n\n"
        "Client Dale Okafor paid lot rent from Copper Basin Savings."
    )
    released = redactor_for("court-subpoena").redact(text, subject=["Dale Okafor"]).text
    assert "NORTH FORK VETERANS HOUSING PARTNERSHIP" in released, released
    assert "Dale Okafor" in released, released


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("| Address | Cottonwood Flats MHP, lot 31, Laramie 82070 |", ["82070"]),
        ("Mailing: PO Box 12, Rock Springs 82901-1234", ["82901-1234"]),
        ("Invoice 44120 paid by Medicaid 88451", []),  # no town before the number
    ],
)
def test_a_zip_code_after_a_town_without_a_state(text: str, expected: list[str]) -> None:
    assert [s for s, e in _found(text) if e == "ZIP_CODE"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IN THE DISTRICT COURT OF WASHAKIE COUNTY, WYOMING", ["WASHAKIE COUNTY"]),
        ("Moved from Tangipahoa Parish last spring.", ["Tangipahoa Parish"]),
        ("Washakie County Department of Family Services", []),  # an agency's own name
        ("Sunnyvale County is in no list.", []),
    ],
)
def test_a_listed_county_with_its_head(text: str, expected: list[str]) -> None:
    assert [s for s, e in _found(text) if e == "LOCATION"] == expected


def test_words_in_capitals_inside_a_mixed_line() -> None:
    text = "Plaintiff: HALVARD RIDGE LLC, d/b/a PINON FLATS MOBILE HOME PARK\nv."
    assert _found(text) == [
        ("HALVARD RIDGE LLC", "ORGANIZATION"),
        ("PINON FLATS MOBILE HOME PARK", "STREET_ADDRESS"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4/01 9:03 PM  in: got served today. its corporate now. halvard ridge property mgmt "
         "owns it", ["halvard ridge property mgmt"]),
        ("5/02 8:00 AM  in: i went to the trailer park and my church today with mom", []),
        ("6/02 10:30 AM  in: paid lot rent at the copper basin branch, got the receipt",
         ["copper basin branch"]),
        ("6/03 10:30 AM  in: dropped the books at the main branch of the library ok", []),
    ],
)  # fmt: skip
def test_a_body_by_its_head_in_a_lower_case_line(text: str, expected: list[str]) -> None:
    assert [s for s, e in _found(text) if e == "ORGANIZATION"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Picked up for shoplifting at the Kwik Stop on Ferris in May.", ["Kwik Stop"]),
        ("Mom says they met at the Sunoco off Route 12 last night.", ["Sunoco"]),
        ("Hearing at the Family Court on Monday.", []),  # a weekday, and no name word
        ("Waited at the Head Start on Elm for pickup.", []),  # a programme
    ],
)
def test_a_business_placed_by_its_street(text: str, expected: list[str]) -> None:
    assert [s for s, e in _found(text) if e == "ORGANIZATION"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ROI signed for letter to Hollis Pallet HR, Dana W.", [("Hollis Pallet", "EMPLOYER")]),
        ("Faxed to Quarry Ridge Foods Human Resources today.",
         [("Quarry Ridge Foods", "EMPLOYER")]),
        ("Called HR about the leave.", []),
        ("County HR has the form.", []),
    ],
)  # fmt: skip
def test_an_employer_by_its_department(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_an_employer_by_its_department_under_consultation(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "ROI signed for FMLA letter to Hollis Pallet HR, Dana W.."
    released = redactor_for("consultation").redact(text).text
    assert "Hollis" not in released and "Pallet" not in released, released
    assert "HR" in released, released


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He showed up at her job at Arby's on 96th twice.", ["96th"]),
        ("Hearing at Family Court on 22nd, per notice.", []),  # a day of the month
        ("she moved on 72nd", []),  # no place's name before "on", no street type
        ("she moved on 72nd street", ["72nd street"]),  # a street by its type
    ],
)
def test_a_numbered_street_after_a_place(text: str, expected: list[str]) -> None:
    assert [s for s, e in _found(text) if e == "STREET_ADDRESS"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("says i can stay at his place on hillcrest if it goes bad", ["hillcrest"]),
        ("Sister's house on Quintana has a spare room.", ["Quintana"]),
        ("He lives on disability and stays on campus weekdays.", []),
        ("lives on ssi since 2019", []),  # a programme, not a street
    ],
)
def test_a_street_named_alone_after_a_word_of_dwelling(text: str, expected: list[str]) -> None:
    assert [s for s, e in _found(text) if e == "STREET_ADDRESS"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10/2 6:10 PM  in: got a food box at st bernadettes but they ran out of milk",
         ["st bernadettes"]),
        ("10/2 6:10 PM  in: the ambulance took her to saint agatha yesterday", ["saint agatha"]),
        ("10/2 6:10 PM  in: my cousin moved to st louis last spring", []),
        ("10/2 6:10 PM  in: she takes st johns wort for her mood", []),
    ],
)  # fmt: skip
def test_lower_case_saints_without_a_possessive(text: str, expected: list[str]) -> None:
    """A saint's given name after a placing word names a parish or a hospital even typed
    without an apostrophe; a town of that name and the herb are left."""
    assert [t for t, kind in _found(text) if kind == "ORGANIZATION"] == expected


@pytest.mark.parametrize("policy", ["social-media", "research-safe-harbor"])
def test_a_typed_saint_parish_is_removed(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = "10/2 6:10 PM  in: got a food box at st bernadettes but they ran out of milk"
    out = redactor_for(policy).redact(text, []).text
    assert "bernadette" not in out and "food box" in out, (policy, out)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10/2 6:10 PM  in: she works at the laundromat on 5th st now", ["5th st"]),
        ("10/2 6:10 PM  in: the shelter off 14th street was full again", ["14th street"]),
        ("10/2 6:10 PM  in: court is on the 3rd of june", []),
    ],
)
def test_lower_case_numbered_streets(text: str, expected: list[str]) -> None:
    """A numbered street typed in lower case with its type, after a placing word."""
    assert [t for t, kind in _found(text) if kind == "STREET_ADDRESS"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3/3/25 8:15 PM  in: i was at stoddard hospital all night w my son", ["stoddard"]),
        ("3/3/25 8:05 PM  in: my mom is at briarcliff nursing home now", ["briarcliff"]),
        ("3/3/25 8:30 PM  in: he got booked at the otero county jail last nite", ["otero"]),
        ("3/3/25 8:10 PM  in: the kids go to garfield elementary since march", ["garfield"]),
        ("3/3/25 8:00 PM  in: i was at the big hospital all night again ok", []),
        ("3/3/25 8:00 PM  in: took him to the va hospital again today for meds", []),
        ("3/3/25 8:00 PM  in: we go to sunday church and then lunch at home", []),
        # the name is what follows the last word that is none: "a note for hillcrest
        # elementary", "drove her to briarcliff nursing home"
        ("mom asks about a school note for hillcrest elementary; teacher called", ["hillcrest"]),
        ("son drove her over to briarcliff nursing home yesterday, she is settled", ["briarcliff"]),
        ("she goes to night school and then we go to sunday church on weekends", []),
    ],
)
def test_lower_case_institutions_by_their_head(text: str, expected: list[str]) -> None:
    """A hospital, nursing home, jail or school typed in lower case loses its name; the
    head stays, and a common or meaning word before it is no name."""
    found = [f for f in org_name_findings(text) if f.entity_type == "ORGANIZATION"]
    assert [text[f.start : f.end] for f in found] == expected


@pytest.mark.parametrize("policy", ["social-media", "research-safe-harbor"])
def test_a_typed_hospital_is_removed(redactor_for: Callable[[str], Redactor], policy: str) -> None:
    text = "3/3/25 8:15 PM  in: i was at stoddard hospital all night w my son, his asthma again"
    out = redactor_for(policy).redact(text, []).text
    assert "stoddard" not in out and "hospital" in out and "asthma" in out, out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Joint visit with Syracuse PD Officer D. Whitfield.", [("Syracuse PD", "AGENCY")]),
        ("Mom + Ari to Tacoma PD for statement.", [("Tacoma PD", "AGENCY")]),
        ("secure messaging, VA Tomah VAMC PACT", [("VA Tomah VAMC", "AGENCY")]),
        ("Seen at Pierce County Sheriff's Office.", [("Pierce County Sheriff's Office", "AGENCY")]),
        ("Medicaid (Magnolia Health ID 88401276).", [("Magnolia Health", "ORGANIZATION")]),
        ("R.T. lives at Bloomington Arms; sister calls.", [("Bloomington Arms", "STREET_ADDRESS")]),
        ("Lemoyne attendance teacher Ms. Carrow called.", [("Lemoyne", "SCHOOL")]),
        ("PTSD dx at MultiCare Mary Bridge in 2023", [("MultiCare Mary Bridge", "ORGANIZATION")]),
        # a brand with what kind of provider or payer it is: the kind word stays when it is
        # itself meaning ("EAP")
        ("Referred via the TrueNorth EAP line.", [("TrueNorth", "ORGANIZATION")]),
        (
            "PCP at StoneBridge Family Medicine since May.",
            [("StoneBridge Family Medicine", "ORGANIZATION")],
        ),
    ],
)
def test_agencies_insurers_residences_schools_and_brands(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(text[f.start : f.end], f.entity_type) for f in org_name_findings(text)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "The PD came out. Called PD twice.",
        "Mental Health ID card was lost. Student Health ID renewed.",
        "Brothers in Arms. Coat of Arms.",
        "Her school nurse called. Maria school nurse. The principal agreed.",
        "Enrolled in HealthySteps and ParentCorps; uses FreeStyle Libre and FaceTime.",
        "RT @ZodiacFacts : #WorkFromHome #TeamWork https://WholePrices.ch/",
    ],
)
def test_no_agency_school_or_brand_without_a_name(text: str) -> None:
    assert org_name_findings(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Background cleared for Great Lakes Cold Storage (Comstock).",
            [("Great Lakes Cold Storage", "EMPLOYER")],
        ),
        (
            "Siuslaw Timber Products, Inc. 88 Industrial Way",
            [("Siuslaw Timber Products", "EMPLOYER")],
        ),
        ("a disturbance at the Knights Inn on Beckley Rd", [("Knights Inn", "ORGANIZATION")]),
        (
            "Resident found with a syringe. Sent to Bronson ED.",
            [("Bronson", "HEALTHCARE_FACILITY")],
        ),
        ("Seen in the Main ED, then transferred to the ED.", []),
        # a hospital's initials before its unit, in the chart's case
        ("fell 3/2, seen at pbmc ed, no fx.", [("pbmc", "HEALTHCARE_FACILITY")]),
        ("SENT TO WRH ER VIA EMS", [("WRH", "HEALTHCARE_FACILITY")]),
        ("went to our ed and then to the icu", []),
    ],
)
def test_workplaces_motels_and_hospitals_by_their_unit(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(text[f.start : f.end], f.entity_type) for f in org_name_findings(text)]
    assert found == expected


def test_a_numbered_street_after_a_noun_of_a_place() -> None:
    text = "can i go to the plasma place on 5th sat morning? due on 5th or on the 5th"
    found = [text[f.start : f.end] for f in org_name_findings(text)]
    assert found == ["5th"]


def test_a_staffing_agency_is_an_employer() -> None:
    text = "Through Kazoo Labor Link he was placed. Child Labor laws. Department of Labor."
    found = [(text[f.start : f.end], f.entity_type) for f in org_name_findings(text)]
    assert found == [("Kazoo Labor Link", "EMPLOYER")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TRANSFERRED FROM SVH ED AFTER CT", ["SVH"]),
        ("pt was seen at lgh in june for same", ["lgh"]),
        ("Admitted from UCMC on Friday.", ["UCMC"]),
    ],
)
def test_a_hospital_acronym_after_a_placing_word(text: str, expected: list[str]) -> None:
    found = [f for f in org_name_findings(text) if f.entity_type == "HEALTHCARE_FACILITY"]
    assert [text[f.start : f.end] for f in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Moved to NH with her aunt.",
        "hx reviewed from PMH",
        "pt back to bph baseline",
        "at each visit",
    ],
)
def test_a_state_a_term_or_a_word_is_no_hospital_acronym(text: str) -> None:
    found = [f for f in org_name_findings(text) if f.entity_type == "HEALTHCARE_FACILITY"]
    assert found == []


def test_hr_before_a_number_is_a_heart_rate() -> None:
    text = "0800 DILTIAZEM HELD PER DR. ANSARI. ATENOLOL HELD FOR HR 52, MD AWARE."
    assert [f for f in org_name_findings(text) if f.entity_type == "EMPLOYER"] == []


def test_a_saint_in_a_note_written_in_capitals() -> None:
    text = "PT 81 YO F ADM 3/2 FROM ST BRENDANS W/ PNA."
    assert ("ST BRENDANS", "ORGANIZATION") in _found(text)


@pytest.mark.parametrize(
    ("text", "span", "entity"),
    [
        ("Pharmacy: Silverlake Pharmacy, 22 Main St, Tel 555-0101", "Silverlake Pharmacy",
         "ORGANIZATION"),
        ("FFT with P. Ro, LMFT, Juniper Path Family Therapy, weekly", "Juniper Path Family Therapy",
         "HEALTHCARE_FACILITY"),
        ("# Stillwater Counseling — Session Note", "Stillwater Counseling", "HEALTHCARE_FACILITY"),
        # a ledger's payee after its check number and a column gap
        ("03/02/24    #3327        Red Mesa Auto Sales        $18,950.00", "Red Mesa Auto Sales",
         "ORGANIZATION"),
    ],
)  # fmt: skip
def test_a_pharmacy_a_car_lot_and_a_practice_are_named_by_their_head(
    text: str, span: str, entity: str
) -> None:
    assert (span, entity) in [
        (text[f.start : f.end], f.entity_type) for f in org_name_findings(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Referred to Physical Therapy and Grief Counseling; Functional Family Therapy began.",
        "Dialectical Behavior Therapy, Multisystemic Therapy and Somatic Experiencing Therapy",
        "Trauma-Focused Cognitive Behavioral Therapy and Parent-Child Interaction Therapy",
        "Meds picked up at the Outpatient Pharmacy.",
    ],
)
def test_kinds_of_therapy_and_generic_pharmacies_are_no_practices(text: str) -> None:
    assert org_name_findings(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Cedar Lane Counseling, PLLC · 410 N Front St, Suite 3", "Cedar Lane Counseling"),
        ("MIAMI VALLEY PATHWAYS COUNSELING\nDomestic Violence Intervention Program",
         "MIAMI VALLEY PATHWAYS COUNSELING"),
        ("Referred to Oak Hollow Counseling for the intake on Monday.", "Oak Hollow Counseling"),
        ("She sees a therapist at Blue Ridge Family Therapy weekly.", "Blue Ridge Family Therapy"),
    ],
)  # fmt: skip
def test_a_practice_named_by_plain_words_of_a_landscape_or_a_town(text: str, span: str) -> None:
    assert (span, "HEALTHCARE_FACILITY") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Court ordered Substance Abuse Counseling and Sex Offender Counseling.",
        "Speech Language Therapy twice a week; Sand Tray Therapy at school.",
        "Exposure Response Prevention Therapy for the OCD.",
    ],
)
def test_kinds_of_therapy_named_by_plain_nouns_are_no_practices(text: str) -> None:
    assert [span for span, _ in _found(text) if "Therapy" in span or "Counseling" in span] == []
