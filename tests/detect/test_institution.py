"""InstitutionRecognizer: named schools, healthcare facilities and agencies."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.institution import InstitutionRecognizer


@pytest.fixture(scope="module")
def recognizer() -> InstitutionRecognizer:
    return InstitutionRecognizer()


def _found(recognizer: InstitutionRecognizer, text: str) -> list[tuple[str, str]]:
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return [(r.entity_type, text[r.start : r.end]) for r in sorted(results, key=lambda r: r.start)]


@pytest.mark.parametrize(
    ("text", "entity", "span"),
    [
        ("Mateo attends Lincoln Elementary.", "SCHOOL", "Lincoln Elementary"),
        # a local nonprofit named by what it does
        (
            "Approved by the Kentucky River Long-Term Recovery Group in October.",
            "AGENCY",
            "Kentucky River Long-Term Recovery Group",
        ),
        (
            "Referred by Hope Valley Outreach Group for rent.",
            "AGENCY",
            "Hope Valley Outreach Group",
        ),
        (
            "Interviewed at Smoky Ridge Children's Advocacy Center.",
            "AGENCY",
            "Smoky Ridge Children's Advocacy Center",
        ),
        (
            "Letter from Cumberland Valley Family Resource Network",
            "AGENCY",
            "Cumberland Valley Family Resource Network",
        ),
        ("She goes to Jefferson High School.", "SCHOOL", "Jefferson High School"),
        ("Transferred to Westbrook Middle School.", "SCHOOL", "Westbrook Middle School"),
        ("He was at St. Mary's Academy last year.", "SCHOOL", "St. Mary's Academy"),
        ("Enrolled at Riverside Community College.", "SCHOOL", "Riverside Community College"),
        # a table row: the age's cell ends at the tab, the school's begins after it
        (
            "Colm Vance\tadult son\t23\tHaldane Valley Community College\tclear",
            "SCHOOL",
            "Haldane Valley Community College",
        ),
        (
            "Kia Ruiz\tfoster child\t6\tBellmere Elementary, grade 1",
            "SCHOOL",
            "Bellmere Elementary",
        ),
        ("Ari started senior yr at Clover Ridge HS. Doing ok.", "SCHOOL", "Clover Ridge HS"),
        ("She studies at the University of Oregon.", "SCHOOL", "University of Oregon"),
        ("Admitted to Mercy Hospital overnight.", "HEALTHCARE_FACILITY", "Mercy Hospital"),
        (
            "Referred to the Northgate Accountability Board.",
            "AGENCY",
            "Northgate Accountability Board",
        ),
        ("Served per KCSO deputy on Friday.", "AGENCY", "KCSO"),
        ("Served per PCSD deputy on Friday.", "AGENCY", "PCSD"),
        (
            "Report to the Thurston County Sheriff's Office.",
            "AGENCY",
            "Thurston County Sheriff's Office",
        ),
        (
            "Seen at Boston Children's Hospital.",
            "HEALTHCARE_FACILITY",
            "Boston Children's Hospital",
        ),
        ("Follow-up at Riverbend Clinic.", "HEALTHCARE_FACILITY", "Riverbend Clinic"),
        (
            "Transferred to St. Vincent Medical Center.",
            "HEALTHCARE_FACILITY",
            "St. Vincent Medical Center",
        ),
        (
            "Referred to Oakwood Behavioral Health.",
            "HEALTHCARE_FACILITY",
            "Oakwood Behavioral Health",
        ),
        (
            "Completed detox at Sunrise Treatment Center.",
            "HEALTHCARE_FACILITY",
            "Sunrise Treatment Center",
        ),
        ("Mom and kids moved to Harbor House shelter.", "HEALTHCARE_FACILITY", "Harbor House"),
        (
            "Report made to the Department of Children and Families.",
            "AGENCY",
            "Department of Children and Families",
        ),
        ("DCF opened a case.", "AGENCY", "DCF"),
        ("CPS was notified by the school.", "AGENCY", "CPS"),
        ("Child Protective Services visited.", "AGENCY", "Child Protective Services"),
        ("Hearing at Franklin County Family Court.", "AGENCY", "Franklin County Family Court"),
        ("Food boxes from Catholic Charities.", "AGENCY", "Catholic Charities"),
        ("Referred to Legal Aid Society.", "AGENCY", "Legal Aid Society"),
        (
            "Applied to the Social Security Administration.",
            "AGENCY",
            "Social Security Administration",
        ),
        (
            "The Springfield Police Department responded.",
            "AGENCY",
            "Springfield Police Department",
        ),
        # where a relative is held, in a terse note's capitals too
        ("He is held in the Summit County Jail since June.", "AGENCY", "Summit County Jail"),
        ("FOB REMAINS IN SUMMIT CO JAIL, BOOKING #2025", "AGENCY", "SUMMIT CO JAIL"),
        # a school by the short forms of notes and rosters
        ("Enrolled at Birch Hollow Elem in 2nd grade.", "SCHOOL", "Birch Hollow Elem"),
        ("Moved from Westview JHS in March.", "SCHOOL", "Westview JHS"),
        # where an elder lives, as a chart or a capitals note writes it
        ("93 YOM BIB EMS FROM SUNNYBROOK ALF S/P FALL", "HEALTHCARE_FACILITY", "SUNNYBROOK ALF"),
        (
            "Moved to Cedar Hollow Assisted Living on 5/1.",
            "HEALTHCARE_FACILITY",
            "Cedar Hollow Assisted Living",
        ),
        ("SW NOTE - WESTBROOK REHAB & NURSING", "HEALTHCARE_FACILITY", "WESTBROOK REHAB & NURSING"),
        ("Resides at Tamarack Health & Rehab.", "HEALTHCARE_FACILITY", "Tamarack Health & Rehab"),
        ("PCP at Fenwick Peds since birth.", "HEALTHCARE_FACILITY", "Fenwick Peds"),
        ("Room 4 at Palo Verde Care Center.", "HEALTHCARE_FACILITY", "Palo Verde Care Center"),
        # a county's guardian of last resort, a provider named by its service
        ("Guardian: Yavapai County Public Fiduciary.", "AGENCY", "Yavapai County Public Fiduciary"),
        ("Day program at Oak Bluff Community Living.", "AGENCY", "Oak Bluff Community Living"),
        ("Seen by peds at Red Lake IHS on 3/27.", "HEALTHCARE_FACILITY", "Red Lake IHS"),
        ("Shots at Maple Kids Clinic North.", "HEALTHCARE_FACILITY", "Maple Kids Clinic North"),
    ],
)
def test_finds_the_institution(
    recognizer: InstitutionRecognizer, text: str, entity: str, span: str
) -> None:
    assert _found(recognizer, text) == [(entity, span)]


def test_two_schools_joined_by_and_are_two_findings(recognizer: InstitutionRecognizer) -> None:
    text = "Lincoln Elementary and Jefferson High School"
    assert _found(recognizer, text) == [
        ("SCHOOL", "Lincoln Elementary"),
        ("SCHOOL", "Jefferson High School"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The school called about attendance.",
        "She dropped out of high school.",
        "He was taken to the hospital.",
        "High School graduation is planned.",
        "The School Board met and the board agreed.",
        "She lives at 12 Oak Court.",
        "Family Court hearing set for May.",
        "Mental Health referral made.",
        "Community Health Center hours changed.",
        "The Court declared the application admissible.",
        "Attended the clinic with her mother.",
        "Kids go to Child Care Center after school.",
        "Supreme Administrative Court dismissed the appeal.",
        "He was in County Jail and the jail called.",
        # a payer's benefit for a kind of care, in any case
        "Elected the Medicare Hospice Benefit on 2/3.",
        "MEDICAID NURSING HOME COVERAGE PENDING",
        "Tricare Hospice benefits explained to the wife.",
        "DC TO ACUTE REHAB VS SNF",
        "Discharged to inpatient rehab; Cardiac Rehab referral placed.",
        # kinds of care, not one place
        "She needs Assisted Living and a Care Center.",
        "Plan: skilled nursing facility vs home.",
        "Nursing and rehab goals reviewed.",
    ],
)
def test_ignores_generic_mentions(recognizer: InstitutionRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []


def test_only_requested_entities(recognizer: InstitutionRecognizer) -> None:
    text = "DCF took him to Mercy Hospital from Lincoln Elementary."
    results = recognizer.analyze(text, entities=["SCHOOL"], nlp_artifacts=None)
    assert [text[r.start : r.end] for r in results] == ["Lincoln Elementary"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("IN THE 214TH DISTRICT COURT", "214TH DISTRICT COURT"),
        ("The hearing is in the 3rd Circuit Court on Monday.", "3rd Circuit Court"),
        (
            "Second Judicial District Court, Children's Court Division",
            "Second Judicial District Court",
        ),
        ("filed with the 17th judicial district court today", "17th judicial district court"),
    ],
)
def test_a_numbered_court_in_any_case(
    recognizer: InstitutionRecognizer, text: str, span: str
) -> None:
    assert ("AGENCY", span) in _found(recognizer, text)


def test_a_court_without_its_number_is_a_kind_of_court(recognizer: InstitutionRecognizer) -> None:
    assert _found(recognizer, "The case went to family court in the district.") == []


@pytest.mark.parametrize(
    ("text", "entity", "span"),
    [
        ("WAYNE COUNTY DEPARTMENT OF SOCIAL SERVICES", "AGENCY",
         "WAYNE COUNTY DEPARTMENT OF SOCIAL SERVICES"),
        ("PT ADMITTED TO ST. BRENDAN GENERAL HOSPITAL 7/2", "HEALTHCARE_FACILITY",
         "ST. BRENDAN GENERAL HOSPITAL"),
        ("REFERRED TO DEPARTMENT OF HUMAN SERVICES", "AGENCY", "DEPARTMENT OF HUMAN SERVICES"),
        # the heads of terse nursing notes: an assisted living, a paediatric practice
        ("82 YO M BIB EMS FROM WILLOW GLEN ASSISTED LIVING", "HEALTHCARE_FACILITY",
         "WILLOW GLEN ASSISTED LIVING"),
        ("PCP DR. ALVAREZ AT SOMERVILLE PEDS, IMMS UTD", "HEALTHCARE_FACILITY", "SOMERVILLE PEDS"),
        ("SS NOTE — OAKHAVEN NURSING & REHAB — QUARTERLY", "HEALTHCARE_FACILITY",
         "OAKHAVEN NURSING & REHAB"),
        ("ADMIT TO MAPLEWOOD HOSPICE HOUSE RM 4", "HEALTHCARE_FACILITY",
         "MAPLEWOOD HOSPICE HOUSE"),
    ],
)  # fmt: skip
def test_a_line_in_capitals_is_read_as_title_case(
    recognizer: InstitutionRecognizer, text: str, entity: str, span: str
) -> None:
    assert (entity, span) in _found(recognizer, text)


@pytest.mark.parametrize(
    ("text", "entity", "span"),
    [
        # a letterhead's name in capitals before its department in title case
        ("ALDER FALLS MEDICAL CENTER · Emergency Department · Care Management",
         "HEALTHCARE_FACILITY", "ALDER FALLS MEDICAL CENTER"),
        ("Seen last spring at QUARRY BEND HOSPITAL, then discharged home.",
         "HEALTHCARE_FACILITY", "QUARRY BEND HOSPITAL"),
        ("Records faxed to OSWEGO COUNTY DEPARTMENT OF SOCIAL SERVICES on 3/2.", "AGENCY",
         "OSWEGO COUNTY DEPARTMENT OF SOCIAL SERVICES"),
    ],
)  # fmt: skip
def test_a_run_of_capitals_in_a_line_of_mixed_case_is_read_as_title_case(
    recognizer: InstitutionRecognizer, text: str, entity: str, span: str
) -> None:
    assert (entity, span) in _found(recognizer, text)


def test_a_run_of_generic_capitals_in_a_mixed_line_is_no_name(
    recognizer: InstitutionRecognizer,
) -> None:
    assert _found(recognizer, "Plan: F/U AT THE CLINIC, SOCIAL SERVICES aware.") == []


def test_capitals_do_not_make_kinds_of_place_into_names(recognizer: InstitutionRecognizer) -> None:
    assert _found(recognizer, "PT TO FOLLOW UP WITH SOCIAL SERVICES AT THE CLINIC") == []


def test_the_department_of_name_includes_its_head_noun(recognizer: InstitutionRecognizer) -> None:
    found = _found(recognizer, "Referred to the Department of Social Services.")
    assert ("AGENCY", "Department of Social Services") in found


def test_a_house_number_and_a_space_still_make_a_street(recognizer: InstitutionRecognizer) -> None:
    text = "Home: 12 Oak Court, Fairport."
    results = recognizer.analyze(text, entities=["AGENCY"], nlp_artifacts=None)
    assert [text[r.start : r.end] for r in results] == []


def test_a_facility_before_a_benefit_word_elsewhere_is_still_one(
    recognizer: InstitutionRecognizer,
) -> None:
    text = "Admitted to Linden Ridge Hospice; benefit period 2 began."
    assert _found(recognizer, text) == [("HEALTHCARE_FACILITY", "Linden Ridge Hospice")]


@pytest.mark.parametrize(
    "text",
    [
        "APPLICANT LAST NAME: FERRANTE    FIRST: LUCIA    MIDDLE: AMPARO",
        "Surname: Okafor\tGiven: Nneka\tMiddle: Grace",
    ],
)
def test_a_name_and_the_next_fields_label_across_a_column_gap_are_no_school(
    recognizer: InstitutionRecognizer, text: str
) -> None:
    assert _found(recognizer, text) == []


def test_a_school_beside_a_column_gap_is_still_found(recognizer: InstitutionRecognizer) -> None:
    text = "SCHOOL: Lakeview Middle School    GRADE: 7"
    assert ("SCHOOL", "Lakeview Middle School") in _found(recognizer, text)


def test_a_name_set_wide_before_its_head_is_still_an_institution(
    recognizer: InstitutionRecognizer,
) -> None:
    text = "MAILED TO:  Harlow County   Social Services, 12 Main St"
    assert any(
        kind == "AGENCY" and "Social Services" in found for kind, found in _found(recognizer, text)
    ), _found(recognizer, text)
