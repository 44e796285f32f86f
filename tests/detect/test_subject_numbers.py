"""The subject's own report numbers in other systems, through a real Redactor: her intake, her
claim stay where the policy keeps case numbers; a relative's, an officer's badge, her student
ID, go."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor

CLIENT = ["Marisol Quintanilla", "Marisol T. Quintanilla"]

HEADER = (
    "RIVERBEND COUNTY HUMAN SERVICES - ADULT PROTECTIVE SERVICES\n"
    "Hotline Intake #: 24-APS-71902     Received: 10/02/2024 09:12\n"
    "Client: QUINTANILLA, MARISOL T.   DOB: 04/11/1952\n"
    "Son: Hector Quintanilla (DIN 21-A-5531), 555-410-2290\n"
    "Source: Riverbend PD Ofc. T. Marchetti, badge 6620, incident RPD 24-118-0093\n"
    "\n"
    "Ms. Quintanilla was seen at home on October 3. She said her son took her debit card. "
    "The worker filed the hotline report (intake 24-APS-71902) the same day.\n"
)


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request", "mandated-report"])
def test_the_subjects_intake_in_the_records_head_stays(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    out = redactor_for(policy).redact(HEADER, subject=CLIENT).text
    assert out.count("24-APS-71902") == 2, out  # and again in the body, the same number
    assert "RPD 24-118-0093" in out, out  # an incident the officer reported about her
    assert "21-A-5531" not in out and "Hector" not in out, out  # her son's inmate number
    assert "6620" not in out, out  # the officer's badge is his, not hers


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request"])
def test_a_claim_on_a_line_naming_the_subject_stays(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "Ridgeline Family Counseling\n"
        "\n"
        "We have seen the client since spring. She attends weekly and is making progress.\n"
        "RE: Marisol T. Quintanilla - claim no. K-220981 - leave certification\n"
        "Her sister, Dana Whitlock (claim no. K-100452), filed on the same day.\n"
    )
    out = redactor_for(policy).redact(text, subject=CLIENT).text
    assert "K-220981" in out, out
    assert "K-100452" not in out and "Whitlock" not in out, out


def test_the_next_provider_still_gets_no_case_numbers(
    redactor_for: Callable[[str], Redactor],
) -> None:
    out = redactor_for("provider-referral").redact(HEADER, subject=CLIENT).text
    assert "24-APS-71902" not in out and "21-A-5531" not in out, out


def test_without_a_subject_every_intake_follows_its_rule(
    redactor_for: Callable[[str], Redactor],
) -> None:
    out = redactor_for("court-subpoena").redact(HEADER).text
    assert "24-APS-71902" not in out, out


def test_the_subjects_identity_documents_follow_their_rule_and_her_other_ids_stay(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "Client: QUINTANILLA, MARISOL T.   Birth certificate no. 1952-004411   "
        "State ID: 88-412-907\n"
        "Student ID: 44120987   Intake #: 24-APS-71902\n"
    )
    out = redactor_for("court-subpoena").redact(text, subject=CLIENT).text
    assert "1952-004411" not in out and "88-412-907" not in out, out
    assert "44120987" in out, out  # her student id in her own record's head is her case there
    assert "24-APS-71902" in out, out


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request"])
def test_her_ids_on_lines_that_name_no_one_stay_and_others_go(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "Ridgeline Family Counseling\n"
        "\n"
        "Marisol Quintanilla was seen at the clinic on May 2 and is doing well at work now.\n"
        "Enrolled at Westbrook Adult School, student ID W7730412, evening classes.\n"
        "Her pharmacy filled Rx# 5520917 on 5/3; her son's student ID 88120431.\n"
        "\n"
        "Her brother Tomas Aldana came to the session.\n"
        "Employee ID: T-440193 at the warehouse.\n"
    )
    out = redactor_for(policy).redact(text, subject=CLIENT).text
    assert "W7730412" in out, out
    # her prescription's number is a member number at the pharmacy: the client reads it
    # whole, a court its last four digits (as it does her plan's member id)
    assert ("5520917" if policy == "client-request" else "0917") in out, out
    assert "88120431" not in out, out  # her son's
    assert "T-440193" not in out, out  # under her brother's name: his


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request"])
def test_her_claims_and_authorisations_stay_and_a_relatives_claim_does_not(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "Marisol was seen for session 3 of 6 (prior auth # PR24-5518302).\n"
        "Long-term disability claim no. LTD-771-20934, examiner Oscar Bellweather (800) "
        "555-0199, needs the summary by Friday.\n"
        "Her brother's claim no. LTD-771-88410 was denied last year.\n"
    )
    out = redactor_for(policy).redact(text, subject=CLIENT).text
    assert "PR24-5518302" in out and "LTD-771-20934" in out, out
    assert "LTD-771-88410" not in out, out


def test_a_claim_written_as_an_ssn_is_masked_as_one(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Marisol Quintanilla applied for SSI; SSA claim # 318-64-2290A was filed in May.\n"
    out = redactor_for("court-subpoena").redact(text, subject=CLIENT).text
    assert "318-64" not in out and "***" in out, out  # the last four stay, as for an SSN


def test_a_claim_handled_by_someone_is_still_hers(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "Marisol Quintanilla attended. She spoke with adjuster Oscar Bellweather at Keystone "
        "Mutual, claim KM-WC-24-5510923, about the wage benefit.\n"
        "Her neighbor Ray Soto's claim KM-WC-24-7781140 is unrelated.\n"
    )
    out = redactor_for("court-subpoena").redact(text, subject=CLIENT).text
    assert "KM-WC-24-5510923" in out, out
    assert "KM-WC-24-7781140" not in out, out


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request"])
def test_an_agency_named_for_children_gives_her_report_to_no_one_else(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "Assessment. Twins 31 wks, DOL 3. MOB Marisol tearful, engaged. "
        "Children services report #2024-1103-5512. Her sister's report #2024-1103-5590.\n"
    )
    out = redactor_for(policy).redact(text, subject=CLIENT).text
    assert "2024-1103-5512" in out, out
    assert "2024-1103-5590" not in out, out


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request"])
def test_her_number_on_a_line_naming_only_the_worker_stays(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "KINSHIP HOME STUDY\n"
        "Child: Quintanilla, Marisol\n"
        "\n"
        "The home was visited twice this spring and found safe for the children living there.\n"
        "Case RB-24-0311 / state system 41-5520937, prepared by T. Adeyemi, MSW, page 2\n"
        "\n"
        "Marisol spoke about her new school and her visits with her grandmother.\n"
        "Visit log 41-5520937 reviewed with supervisor K. Brandt, LCSW, on 5/3.\n"
        "Her cousin Dario Fuentes came along; Dario's foster ID 41-8830115, with his worker.\n"
    )
    out = redactor_for(policy).redact(text, subject=CLIENT).text
    assert out.count("41-5520937") == 2, out
    assert "41-8830115" not in out, out  # her cousin's, on the line that names him


POLICE_CASES = (
    "COURT REPORT - Juvenile Case No. 2024-JV-00318\n"
    "Client: QUINTANILLA, MARISOL T.   DOB: 04/11/1952\n"
    "\n"
    "Ms. Quintanilla attended every visit this period and is working part time.\n"
    "Officers responded to the uncle's apartment again (Eugene PD case 19-40417).\n"
    "The cousin was cited by the Lane County Sheriff's Office, case no. 23-004471.\n"
    "Ms. Quintanilla gave a statement to Salem Police Department, case #24-118304.\n"
)


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request"])
def test_a_police_case_is_hers_only_where_her_name_says_so(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    """A police or sheriff's case in a note's prose is another system's matter, mostly a
    relative's: masked to its last digits as a report number, unless her line names her."""
    out = redactor_for(policy).redact(POLICE_CASES, subject=CLIENT).text
    assert "2024-JV-00318" in out, out  # the court's own case
    assert "24-118304" in out, out  # her statement, her line
    assert "19-40417" not in out and "0417" in out, out
    assert "23-004471" not in out and "4471" in out, out
