"""Meaning kept, names still removed: realistic sentences through the real Redactor.

Every sentence is synthetic. Each must-survive row is run in its normal case, in CAPITALS
and in lower case, under the four purposes a records office uses most; each must-go row
names words that must not reach the recipient.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.meaning_filter import keep_meaning
from redact.findings import Finding

POLICIES = ("research-safe-harbor", "consultation", "court-subpoena", "social-media")
CASES: dict[str, Callable[[str], str]] = {
    "as written": lambda s: s,
    "capitals": str.upper,
    "lower case": str.lower,
}

#: (sentence, terms that must survive it).
SURVIVE: list[tuple[str, tuple[str, ...]]] = [
    ("Labs: HbA1c 7.2, up from 6.8; COVID-19 negative.", ("HbA1c 7.2", "6.8", "COVID-19")),
    ("HHA confirmed bruising on L forearm and R hip; POA held by the grandson.",
     ("HHA", "L forearm", "R hip", "POA")),
    # an agency's acronym (DSS, DCFS) names a state's agency: it follows the AGENCY rule
    ("Referral made; SNF placement pending, DNR/MOLST on file.", ("SNF", "DNR", "MOLST")),
    ("The client was diagnosed with PTSD (F43.10) and ADHD, combined type (F90.2).",
     ("PTSD", "F43.10", "ADHD", "F90.2")),
    ("Dx: major depressive disorder, recurrent (F33.1); Z63.0 noted at intake.",
     ("Dx", "F33.1", "Z63.0")),
    ("Current meds: sertraline 50 mg daily, Adderall XR 10 mg and guanfacine at bedtime.",
     ("sertraline", "Adderall", "guanfacine")),
    ("PMH of HTN, COPD and CABG x3. Reports SOB on exertion; albuterol PRN, metoprolol BID.",
     ("PMH", "HTN", "COPD", "CABG", "SOB", "albuterol", "PRN", "metoprolol", "BID")),
    ("Teacher Vanderbilt forms were returned. PHQ-9 score was 14 and GAD-7 score was 9.",
     ("Vanderbilt", "PHQ-9", "GAD-7")),
    ("His ACE score is 6 and the CANS was updated.", ("ACE", "CANS")),
    ("The younger child attends Head Start, the baby is in Early Head Start, and the family "
     "receives WIC, SNAP and TANF.", ("Head Start", "Early Head Start", "WIC", "SNAP", "TANF")),
    ("An IEP meeting is set; a 504 plan was declined. PBIS and Check-In/Check-Out continue.",
     ("IEP", "504 plan", "PBIS", "Check-In/Check-Out")),
    ("Referral made to Triple P. The DAEP placement ended.", ("Triple P", "DAEP")),
    ("A Section 8 voucher is pending and Medicaid was renewed.", ("Section 8", "Medicaid")),
    ("Landlord served a notice to vacate. Foster placement was discussed with Mom and Dad.",
     ("Landlord", "Foster", "Mom", "Dad")),
    # A third party's DWI is withheld whole (third_party_history); the client's own stays.
    ("Client completed the DWI education program.", ("DWI",)),
    ("Re: home visit. Cc: Caseworker. Attn: Guardian. Client was present.",
     ("Re", "Caseworker", "Cc", "Attn", "Guardian", "Client")),
    ("Session led by Priya Raman, LMSW, with Tomas Ortiz, LCSW, and Ana Reyes, LICSW.",
     ("LMSW", "LCSW", "LICSW")),
    ("Fax the release to the records unit. Tel and Fax numbers are on file.", ("Tel", "Fax")),
]  # fmt: skip

STRICT = ("research-safe-harbor", "social-media")
READABLE = ("consultation",)

#: (sentence, words that must be gone, the policies asked).
MUST_GO: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("Session led by Priya Raman, LMSW, with Tomas Ortiz, LCSW.",
     ("Priya", "Raman", "Tomas", "Ortiz"), STRICT + READABLE),
    ("Met with Rose Whitaker at the clinic; she asked about her PHQ-9.", ("Rose", "Whitaker"),
     STRICT + READABLE),
    # NER does not know this one in prose; strict mode and the title do.
    ("Met with Hope Castillo, who brought the IEP paperwork.", ("Hope", "Castillo"), STRICT),
    ("Ms. Hope Castillo brought the IEP paperwork.", ("Hope", "Castillo"), STRICT + READABLE),
    ("Will Brennan, the landlord, agreed to repairs.", ("Will", "Brennan"), STRICT + READABLE),
    ("Faith Okonkwo, LCSW, will see the family weekly.", ("Faith", "Okonkwo"),
     STRICT + READABLE),
    ("Ms. Foster said the rent is late.", ("Foster",), STRICT + READABLE),
    ("Dr. Vanderbilt reviewed the chart with the team.", ("Vanderbilt",), STRICT + READABLE),
    ("Referred by Dana Foster, LMSW. Foster placement was not pursued.", ("Dana",),
     STRICT + READABLE),
]  # fmt: skip


def _present(term: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text, re.IGNORECASE) is not None


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize(("sentence", "terms"), SURVIVE)
def test_terms_of_meaning_survive(
    redactor_for: Callable[[str], Redactor],
    policy: str,
    case: str,
    sentence: str,
    terms: tuple[str, ...],
) -> None:
    text = CASES[case](sentence)
    released = redactor_for(policy).redact(text).text
    lost = [t for t in terms if not _present(t, released)]
    assert not lost, f"{lost} lost from {released!r}"


@pytest.mark.parametrize("case", ["as written", "capitals"])
@pytest.mark.parametrize(
    ("sentence", "names", "policy"),
    [(sentence, names, policy) for sentence, names, policies in MUST_GO for policy in policies],
)
def test_names_next_to_terms_are_still_removed(
    redactor_for: Callable[[str], Redactor],
    case: str,
    sentence: str,
    names: tuple[str, ...],
    policy: str,
) -> None:
    text = CASES[case](sentence)
    released = redactor_for(policy).redact(text).text
    leaked = [n for n in names if _present(n, released)]
    assert not leaked, f"{leaked} leaked in {released!r}"


def test_a_credential_is_never_typed_as_a_person(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Notes by Priya Raman, LMSW."
    result = redactor_for("research-safe-harbor").redact(text)
    credential = text.index("LMSW")
    assert not any(
        f.start <= credential < f.end and f.entity_type == "PERSON" for f in result.findings
    )


def test_a_capitals_note_keeps_its_clinical_words_and_loses_its_names(
    redactor_for: Callable[[str], Redactor],
) -> None:
    note = (
        "PT IS A 67 YO M WITH PMH OF HTN, CAD S/P CABG X3, COPD. ADMITTED WITH SOB AND "
        "HYPERKALEMIA.\nSTARTED ON DOPAMINE DRIP, LASIX 40 MG IV BID.\n"
        "SEEN BY DR OSTROWSKI IN CARDIOLOGY. WIFE MARGARET AT BEDSIDE.\n"
    )
    released = redactor_for("research-safe-harbor").redact(note).text
    for term in ("PMH", "HTN", "CABG", "X3", "COPD", "SOB", "HYPERKALEMIA", "DOPAMINE",
                 "LASIX", "BID", "CARDIOLOGY"):  # fmt: skip
        assert _present(term, released), f"{term} lost from {released!r}"
    for name in ("OSTROWSKI", "MARGARET"):
        assert not _present(name, released), f"{name} leaked in {released!r}"


def _finding(text: str, part: str, entity_type: str, source: str) -> Finding:
    start = text.index(part)
    return Finding(start, start + len(part), entity_type, 0.85, source=source)


def _kept(text: str, findings: list[Finding]) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.entity_type) for f in keep_meaning(text, findings)]


def test_numbers_phones_and_cue_based_names_are_never_touched() -> None:
    text = "Tel 555-0143. Her son Will came. PTSD noted."
    findings = [
        _finding(text, "555-0143", "PHONE_NUMBER", "PhoneShapeRecognizer"),
        _finding(text, "Will", "PERSON", "RelationNameRecognizer"),
        _finding(text, "PTSD", "ORGANIZATION", "StrictCapitalisedRecognizer"),
    ]
    assert _kept(text, findings) == [("555-0143", "PHONE_NUMBER"), ("Will", "PERSON")]


def test_terms_at_the_edges_are_trimmed_but_not_names() -> None:
    text = "Worker Dana Roe LMSW met Foster Jones at Lincoln Head Start."
    findings = [
        _finding(text, "Worker Dana Roe LMSW", "PERSON", "SpacyRecognizer"),
        _finding(text, "Foster Jones", "PERSON", "SpacyRecognizer"),
        _finding(text, "Lincoln Head Start", "ORGANIZATION", "SpacyRecognizer"),
    ]
    assert _kept(text, findings) == [
        ("Dana Roe", "PERSON"),
        ("Foster Jones", "PERSON"),
        ("Lincoln", "ORGANIZATION"),
    ]


def test_a_word_of_meaning_that_opens_a_bodys_name_stays_in_it() -> None:
    text = "Visits move to Kinship Harbor Family Visitation Center in May; Head Start Lincoln too."
    findings = [
        _finding(text, "Kinship Harbor Family Visitation Center", "ORGANIZATION",
                 "SpacyRecognizer"),
        _finding(text, "Head Start Lincoln", "ORGANIZATION", "SpacyRecognizer"),
    ]  # fmt: skip
    assert _kept(text, findings) == [
        ("Kinship Harbor Family Visitation Center", "ORGANIZATION"),
        ("Lincoln", "ORGANIZATION"),  # no head noun after it: the programme is cut off
    ]


def test_a_clinical_acronym_read_as_an_agency_and_a_code_read_as_a_licence_are_dropped() -> None:
    text = "Hx of COPD; Dx F90.2. Licence D1234567 on file."
    findings = [
        _finding(text, "COPD", "AGENCY", "InstitutionRecognizer"),
        _finding(text, "F90", "US_DRIVER_LICENSE", "UsLicenseRecognizer"),
        _finding(text, "D1234567", "US_DRIVER_LICENSE", "UsLicenseRecognizer"),
    ]
    assert _kept(text, findings) == [("D1234567", "US_DRIVER_LICENSE")]


def test_a_state_and_a_titled_word_stay() -> None:
    text = "Moved to MD. Dr. Vanderbilt called."
    findings = [
        _finding(text, "MD", "LOCATION", "SpacyRecognizer"),
        _finding(text, "Vanderbilt", "PERSON", "SpacyRecognizer"),
    ]
    assert _kept(text, findings) == [("MD", "LOCATION"), ("Vanderbilt", "PERSON")]


def test_part_of_a_longer_term_and_an_address_of_terms_are_dropped() -> None:
    text = "Supports: PBIS Tier 2 Check-In/Check-Out. Dx F90.2 per the FIE."
    findings = [
        _finding(text, "Check-In", "ORGANIZATION", "StrictCapitalisedRecognizer"),
        _finding(text, "F90", "ORGANIZATION", "StrictCapitalisedRecognizer"),
        _finding(text, "PBIS Tier 2", "STREET_ADDRESS", "StreetAddressRecognizer"),
    ]
    assert _kept(text, findings) == []


def test_a_credential_after_a_name_is_not_a_state_but_a_state_after_a_town_is() -> None:
    text = "Letter to Anneke Roe, MD. She lives in Baltimore, MD now."
    findings = [
        _finding(text, "Anneke Roe", "PERSON", "SpacyRecognizer"),
        _finding(text, "MD.", "LOCATION", "SpacyRecognizer"),
        _finding(text, "Baltimore", "LOCATION", "SpacyRecognizer"),
        _finding(text, "MD now", "LOCATION", "SpacyRecognizer"),
    ]
    findings[1] = Finding(findings[1].start, findings[1].start + 2, "LOCATION", 0.85,
                          source="SpacyRecognizer")  # fmt: skip
    findings[3] = Finding(findings[3].start, findings[3].start + 2, "LOCATION", 0.85,
                          source="SpacyRecognizer")  # fmt: skip
    assert _kept(text, findings) == [
        ("Anneke Roe", "PERSON"),
        ("Baltimore", "LOCATION"),
        ("MD", "LOCATION"),
    ]


def test_plurals_multipliers_and_school_roles() -> None:
    text = "Vanderbilts x3 returned. JPO Kristen Dahl called. Coach Ruiz agreed."
    findings = [
        _finding(text, "Vanderbilts x3", "PERSON", "SpacyRecognizer"),
        _finding(text, "JPO Kristen Dahl", "PERSON", "SpacyRecognizer"),
        _finding(text, "Coach Ruiz", "PERSON", "SpacyRecognizer"),
    ]
    assert _kept(text, findings) == [("Kristen Dahl", "PERSON"), ("Ruiz", "PERSON")]


def test_codes_and_middle_initials_in_capitals_lines_are_still_removed(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "SIGNED: OWEN M GALLAGHER, M.D.    QT47\nWIFE MARGARET AT BEDSIDE."
    released = redactor_for("research-safe-harbor").redact(text).text
    assert "OWEN M" not in released and "[PERSON], M.D" in released
    for gone in ("OWEN", "GALLAGHER", "QT47", "MARGARET"):
        assert not _present(gone, released), f"{gone} leaked in {released!r}"
    assert _present("M.D", released)
    readable = redactor_for("consultation").redact(text).text
    for gone in ("OWEN", "GALLAGHER", "MARGARET"):
        assert not _present(gone, readable), f"{gone} leaked in {readable!r}"


def test_a_role_written_as_a_label_stays_in_a_post(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Therapist: Lucas Brandt, LPC."
    released = redactor_for("social-media").redact(text).text
    for term in ("Therapist", "LPC"):
        assert _present(term, released), f"{term} lost from {released!r}"
    assert not _present("Brandt", released)


@pytest.mark.parametrize("policy", ["consultation", "research-safe-harbor"])
def test_names_after_relations_and_role_abbreviations_in_capitals(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "CM SPOKE WITH LANDLORD TERRENCE OYELARAN RE: RENT ARREARS. SECTION 8 RECERT DUE.\n"
        "GRANDSON DESHAUN HAS AN IEP FOR SLD. PT TAKES SERTRALINE AND LISINOPRIL.\n"
        "SEEN BY NP KOWALCZYK. NEXT VISIT WITH SW BARNABY QUILL. SON WILL CALL.\n"
    )
    released = redactor_for(policy).redact(text).text
    for name in ("TERRENCE", "OYELARAN", "DESHAUN", "KOWALCZYK", "BARNABY", "QUILL"):
        assert not _present(name, released), f"{name} leaked in {released!r}"
    for term in ("LANDLORD", "SECTION 8", "IEP", "SLD", "SERTRALINE", "LISINOPRIL", "NP", "SW",
                 "SON WILL CALL"):  # fmt: skip
        assert _present(term, released), f"{term} lost from {released!r}"


#: A hospital social-work note in capitals and its lower-case twin (synthetic patient).
CAPITALS_NOTE = (
    "ST. BRENDAN MEDICAL CENTER - CARE MANAGEMENT PROGRESS NOTE\n"
    "PT: OKAFOR-LINDQVIST, BERNADETTE   MRN B00731942   DOB 11/14/1939\n"
    "INS: MEDICARE A/B MBI 5RT7KD2XN48; MASSHEALTH ID 300291847712 (STD)\n"
    "8/02 0945 SW INITIAL ASSESSMENT. PT IS 85 YO F W/ PMH HTN, DM2, AFIB ON ELIQUIS, "
    "ADM S/P FALL W/ L HIP FX (S72.002A), ORIF 8/01. DTR MARGUERITE OKAFOR AT BEDSIDE.\n"
    "8/04 1400 SW F/U. 2 SNF REFERRALS SENT. Pemberton ACCEPTED PENDING MASSHEALTH LTC "
    "APPLICATION FOR POSSIBLE LONG TERM STAY.\n"
)


@pytest.mark.parametrize("policy", POLICIES)
def test_a_hospital_note_in_capitals_keeps_its_clinical_words_and_programmes(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    released = redactor_for(policy).redact(CAPITALS_NOTE).text
    for term in ("AFIB ON ELIQUIS", "L HIP FX", "S72.002A", "ORIF", "MEDICARE A/B", "LTC"):
        assert term in released, (term, released)
    assert released.count("MASSHEALTH") == 2, released
    gone = ["MARGUERITE", "300291847712"]  # a relative; a member number
    if policy in {"research-safe-harbor", "social-media"}:  # the patient and her facility
        gone += ["BERNADETTE", "B00731942", "Pemberton"]
    for word in gone:
        assert word not in released, (word, released)


@pytest.mark.parametrize("policy", POLICIES)
def test_programmes_in_a_treatment_plan_table_and_a_titled_pcp(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "Goal\tSteps\tWho\tStatus\n"
        "Emotional health\tWeekly TF-CBT with Dr. Okonkwo-Hale\tclient\tmet\n"
        "Parenting\tNurturing Parenting group; Lucinda's Child-Parent Psychotherapy\tmother\tmet\n"
        "Follow-up: PCP Dr. Vasquez-Thornbury within 14 days; r hip fx s/p ORIF.\n"
    )
    released = redactor_for(policy).redact(text, subject=["Lucinda Marchetti"]).text
    for term in (
        "Weekly TF-CBT", "Nurturing Parenting", "Child-Parent Psychotherapy", "PCP",
        "r hip fx", "ORIF",
    ):  # fmt: skip
        assert term in released, (term, released)
    if policy in {"research-safe-harbor", "social-media"}:  # others keep a professional
        assert "Okonkwo" not in released and "Thornbury" not in released, released
    if policy in {"research-safe-harbor", "social-media"}:  # the subject's name goes
        assert "Lucinda" not in released, released


#: A veterans' housing record under the strict purposes: the programme written short, the
#: client's role word heading a paragraph and a diagnosis led by a rare clinical adjective.
VETERANS_HOUSING = (
    "CLINICAL (self-report, VA records pending ROI)\n"
    "Posttraumatic stress disorder, chronic (F43.12), service connected 50%.\n"
    "Neurocognitive disorder, mild.\n\n"
    "## Why now\n"
    "Veteran (PTSD, type 2 diabetes) at imminent risk; the park owner filed.\n\n"
    "Goals: catch up lot rent with TFA, then a GPD bed if the lease ends. "
    "TFA paid $1,210 lot rent to Cedar Flats Mobile Home Park. "
    "Met with Harlan Voss and his daughter Teagan Voss.\n"
)


@pytest.mark.parametrize("policy", STRICT)
def test_a_veterans_housing_record_keeps_its_programmes_roles_and_diagnoses(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    released = redactor_for(policy).redact(VETERANS_HOUSING).text
    kept = ("Posttraumatic stress disorder, chronic", "Neurocognitive disorder", "Veteran",
            "TFA", "GPD", "PTSD", "F43.12")  # fmt: skip
    lost = [t for t in kept if t not in released]
    assert not lost, f"{lost} lost from {released!r}"
    leaked = [n for n in ("Harlan", "Voss", "Teagan", "Cedar Flats") if n in released]
    assert not leaked, f"{leaked} leaked in {released!r}"


def test_a_name_before_a_diagnosis_head_inside_a_sentence_is_still_removed(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Reviewed the chart with Lindqvist disorder clinic staff on Tuesday."
    released = redactor_for("social-media").redact(text).text
    assert "Lindqvist" not in released


#: (record, terms that must survive it): service history, federal programmes, care roles
#: and diagnoses led by a rare adjective or an eponym, as realistic strict releases.
STRICT_SURVIVE: list[tuple[str, tuple[str, ...]]] = [
    ("Client is a 61-year-old Army veteran (OEF/OIF) referred by the HCHV outreach team. "
     "He served in the Marine Corps Reserve and later the National Guard.",
     ("Army", "OEF/OIF", "HCHV", "Marine Corps Reserve", "National Guard")),
    ("Enrolled in HUD-VASH; Permanent Supportive Housing application went through "
     "Coordinated Entry. Rapid Rehousing was denied. Completed the Grant and Per Diem "
     "program; applied for the Shallow Subsidy.",
     ("Permanent Supportive Housing", "Coordinated Entry", "Rapid Rehousing",
      "Grant and Per Diem", "Shallow Subsidy")),
    ("Youth enrolled in MST and FFT. Mother referred to Nurse-Family Partnership and "
     "Parents as Teachers.", ("MST", "FFT", "Parents as Teachers")),
    ("Peer Support Specialist to assist with the SSDI appeal. Home Health Aide 3x/week via "
     "Medicaid Waiver. Speech-Language Pathologist provides 30 min weekly.",
     ("Peer Support Specialist", "Home Health Aide", "Speech-Language Pathologist")),
    ("Widow, 79, with Alzheimer's disease (G30.1) and Parkinson's disease. Daughter is her "
     "Health Care Proxy and holds Durable Power of Attorney.",
     ("Alzheimer's disease", "Parkinson's disease", "Health Care Proxy",
      "Durable Power of Attorney")),
    ("Client has Bipolar I disorder (F31.3) and Borderline personality disorder (F60.3). "
     "Attention-deficit/hyperactivity disorder, combined presentation.",
     ("Bipolar I disorder", "Borderline personality disorder",
      "Attention-deficit/hyperactivity disorder")),
    ("Client is a Marine veteran with Traumatic brain injury. Enrolled in Whole Health; "
     "Vet Center counseling biweekly; MST-related PTSD per C&P exam.",
     ("Marine", "Traumatic brain injury", "Whole Health", "Vet Center", "C&P")),
    ("0400 pt restless. Na 126. HYPONATREMIA worsening, fluid restricted. Hx of "
     "RHABDOMYOLYSIS after a fall.", ("HYPONATREMIA", "RHABDOMYOLYSIS")),
    ("Student has Specific Learning Disability in reading (Dyslexia); Scoliosis noted. CASA "
     "Volunteer visited. Representative Payee manages the SSI funds.",
     ("Dyslexia", "Scoliosis", "CASA Volunteer", "Representative Payee")),
    ("Veteran enrolled in Supported Employment (IPS) and the Homeless Patient Aligned Care "
     "Team (H-PACT); legal aid via the Medical-Legal Partnership. Columbia-Suicide Severity "
     "Rating Scale negative; Child Behavior Checklist returned.",
     ("Supported Employment", "IPS", "H-PACT", "Medical-Legal Partnership",
      "Columbia-Suicide Severity Rating Scale", "Child Behavior Checklist")),
]  # fmt: skip


@pytest.mark.parametrize("policy", STRICT)
@pytest.mark.parametrize(("record", "terms"), STRICT_SURVIVE)
def test_strict_releases_keep_service_programmes_roles_and_diagnoses(
    redactor_for: Callable[[str], Redactor], policy: str, record: str, terms: tuple[str, ...]
) -> None:
    released = redactor_for(policy).redact(record).text
    lost = [t for t in terms if t not in released]
    assert not lost, f"{lost} lost from {released!r}"


#: (sentence, words that must go under the strict purposes): names that look like the
#: terms above.
STRICT_MUST_GO: list[tuple[str, tuple[str, ...]]] = [
    ("Maria's disease has not slowed her down; Mr. Parkinson visited.", ("Maria", "Parkinson")),
    ("pt calm today, visited by dtr. NATALIA brought her lunch.", ("NATALIA",)),
    ("Client has Moreno disorder per Dr. Hale.", ("Moreno", "Hale")),
    ("She works at Marine Bank in Moline.", ("Marine Bank", "Moline")),
    ("Olivia and Rep. Okonjo met the family; Representative Delacroix called.",
     ("Olivia", "Okonjo", "Delacroix")),
    ("Stayed at the Salvation Army shelter; her caseworker Ines Barragan called.",
     ("Salvation", "Ines", "Barragan")),
]  # fmt: skip


@pytest.mark.parametrize("policy", STRICT)
@pytest.mark.parametrize(("sentence", "names"), STRICT_MUST_GO)
def test_names_shaped_like_service_or_diagnosis_words_still_go(
    redactor_for: Callable[[str], Redactor], policy: str, sentence: str, names: tuple[str, ...]
) -> None:
    released = redactor_for(policy).redact(sentence).text
    leaked = [n for n in names if n in released]
    assert not leaked, f"{leaked} leaked in {released!r}"


def test_a_recovery_programme_in_capitals_is_not_an_organisation(
    redactor_for: Callable[[str], Redactor],
) -> None:
    """NER reads "NA" (Narcotics Anonymous) as an organisation; a consultant needs it."""
    text = "He identified NA Tuesday nights and his sponsor as supports. Seen by N. A. Okafor."
    released = redactor_for("consultation").redact(text).text
    assert "identified NA " in released
    assert "Okafor" not in released


def test_a_dosing_note_keeps_its_tests_and_registries(
    redactor_for: Callable[[str], Redactor],
) -> None:
    """NER reads a drug screen's metabolites and the registries a prescriber checks as
    people and organisations ("bup+", "EtG", "PDMP", "MCO")."""
    text = (
        "Wed 3/12 UDS: bup+, norbup+, fentanyl+ (trace), EtG neg. Expected early.\n"
        "PDMP clean. MCO prior auth renewed. -Dr. Velamuri"
    )
    released = redactor_for("consultation").redact(text).text
    for term in ("bup+", "norbup+", "EtG", "PDMP", "MCO"):
        assert term in released
    assert "Velamuri" not in released


def test_a_route_after_a_dose_is_no_name_in_a_strict_release(
    redactor_for: Callable[[str], Redactor],
) -> None:
    """Strict mode reads "SL" (sublingual) after "16 mg/4 mg" as an organisation."""
    released = redactor_for("research-safe-harbor").redact("Dose 16 mg/4 mg SL daily.").text
    assert "16 mg/4 mg SL" in released


def test_a_part_2_intake_keeps_its_labels_credentials_and_citations(
    redactor_for: Callable[[str], Redactor],
) -> None:
    """Strict mode read "Payer", "Assessor", "ADC", "AMA" and the "CFR" of a citation as
    names of people and organisations."""
    text = (
        "Payer: WV Medicaid\nAssessor: Renee Callowhill, LCSW, ADC\n"
        "Left AMA on day 4. We neither confirm nor deny (42 CFR 2.13)."
    )
    released = redactor_for("research-safe-harbor").redact(text).text
    for term in ("Payer:", "Assessor:", "ADC", "left AMA", "42 CFR 2.13"):
        assert term.casefold() in released.casefold()
    assert "Callowhill" not in released


@pytest.mark.parametrize("policy", STRICT)
def test_a_coded_abbreviation_an_opening_diagnosis_and_a_possessives_term_survive(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    """Strict mode read "NAFLD" before its code, "Pertussis" at a sentence start and the
    "ADHD" after a child's possessive as names."""
    text = (
        "Screening done. NAFLD (K76.0) noted.\nPertussis booster given at the visit.\n"
        "The aunt understands Kaylee Ostrowski's ADHD and her sleep plan."
    )
    released = redactor_for(policy).redact(text).text
    for term in ("NAFLD (K76.0)", "Pertussis", "ADHD"):
        assert term in released, released
    assert "Kaylee" not in released and "Ostrowski" not in released


@pytest.mark.parametrize("policy", STRICT)
def test_a_crisis_line_and_a_state_programme_survive(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "AT 2215 988 CALL FROM SISTER (R. OYELARAN-BOATENG) REQUESTING WELFARE CHECK.\n"
        "cc: Lake County WIC; Oregon Medicaid / Cascadia Ridge Health Plan care manager\n"
    )
    released = redactor_for(policy).redact(text).text
    for term in ("988 CALL", "Oregon Medicaid"):
        assert term in released, released
    for name in ("OYELARAN", "Cascadia"):
        assert name not in released, released


def test_a_slash_between_spaces_splits_a_finding_only_when_a_side_changes() -> None:
    text = "cc: Oregon Medicaid / Cascadia Ridge Health Plan care manager"
    start = text.index("Oregon")
    end = text.index(" care")
    found = keep_meaning(
        text, [Finding(start, end, "ORGANIZATION", 0.85, source="SpacyRecognizer")]
    )
    assert [text[f.start : f.end] for f in found] == ["Cascadia Ridge Health"]
    plain = "cc: Cascadia Ridge / Bellwether Group"
    whole = Finding(4, len(plain), "ORGANIZATION", 0.85, source="SpacyRecognizer")
    assert keep_meaning(plain, [whole]) == [whole]


def test_a_meetings_weekday_is_no_name_beside_a_programme() -> None:
    text = "He identified AA Thursday nights and his sponsor as supports."
    start = text.index("AA")
    found = [Finding(start, start + 11, "PERSON", 0.6, source="StrictCapitalisedRecognizer")]
    assert keep_meaning(text, found) == []


@pytest.mark.parametrize(
    ("text", "mention", "dropped"),
    [
        ("Diagnosis: bulimia nervosa, purging type (F50.2).", "bulimia nervosa", True),
        ("Admitted for anorexia nervosa with bradycardia.", "anorexia nervosa", True),
        ("texted maria lopez about the ride.", "maria lopez", False),
    ],
)
def test_a_diagnosis_in_lower_case_is_no_person(text: str, mention: str, dropped: bool) -> None:
    start = text.index(mention)
    guess = Finding(start, start + len(mention), "PERSON", 0.85, source="SpacyRecognizer")
    assert (keep_meaning(text, [guess]) == []) is dropped


@pytest.mark.parametrize(
    ("text", "misread", "kept"),
    [
        ("Atty. Lorenzo Quarshie filed the reply.", "Atty", "Lorenzo Quarshie"),
        ("See the order (Dkt. 87) and Pltf. Ex. 4.", "Dkt", None),
        ("Visits on Thursdays with Corbin Maltby.", "Thursdays", "Corbin Maltby"),
    ],
)
def test_a_title_or_label_shortened_with_a_dot_and_a_plural_weekday_are_no_names(
    text: str, misread: str, kept: str | None
) -> None:
    findings = [_finding(text, misread, "PERSON", "SpacyRecognizer")]
    if kept:
        findings.append(_finding(text, kept, "PERSON", "SpacyRecognizer"))
    assert _kept(text, findings) == ([(kept, "PERSON")] if kept else [])


def test_a_vowelless_word_before_a_dot_stays_a_name_when_short_or_with_a_y() -> None:
    text = "Seen by Dr. Ng. Then Lynn. came by."
    findings = [_finding(text, "Ng", "PERSON", "SpacyRecognizer"),
                _finding(text, "Lynn", "PERSON", "SpacyRecognizer")]  # fmt: skip
    assert [t for t, _ in _kept(text, findings)] == ["Ng", "Lynn"]


def test_cued_drugs_acronyms_eponyms_and_signature_credentials_are_not_names() -> None:
    text = (
        "Seen at home, 88 yo w/ Alzheimer's, KPS 40%. Restarted Zorvanta 100mg.\n"
        "Odile Brannigan-Faye, CFLE\nFamily life educator\nAsked Parkinson's son to call."
    )
    findings = [
        _finding(text, "Alzheimer", "ORGANIZATION", "StrictCapitalisedRecognizer"),
        _finding(text, "KPS", "ORGANIZATION", "SpacyRecognizer"),
        _finding(text, "Zorvanta", "PERSON", "SpacyRecognizer"),
        _finding(text, "Odile Brannigan-Faye, CFLE", "PERSON", "SpacyRecognizer"),
        _finding(text, "Parkinson", "PERSON", "SpacyRecognizer"),
    ]
    assert _kept(text, findings) == [
        ("Odile Brannigan-Faye", "PERSON"),
        ("Parkinson", "PERSON"),  # a surname too: a disease only with its noun
    ]


def test_a_programme_before_its_terms_is_no_name() -> None:
    text = "Family Care Waiver ISP signed. Riverside Therapy ISP and Darnell Okoro ISP too."
    findings = [
        _finding(text, "Family Care Waiver ISP", "ORGANIZATION", "StrictCapitalisedRecognizer"),
        _finding(text, "Riverside Therapy ISP", "ORGANIZATION", "SpacyRecognizer"),
        _finding(text, "Darnell Okoro ISP", "PERSON", "SpacyRecognizer"),
    ]
    assert _kept(text, findings) == [
        ("Riverside Therapy", "ORGANIZATION"),  # a practice named after its town
        ("Darnell Okoro", "PERSON"),
    ]


#: (record, terms a strict release keeps): services, stages, benefits and roles in care
#: that NER and strict mode took for names, dates or addresses.
STRICT_SERVICE_TERMS: list[tuple[str, tuple[str, ...]]] = [
    ("Services:\nHome nursing, PT, OT\tLakeshore Home Health\n", ("PT, OT",)),
    ("Orders: PT eval and treat; OT eval; dietitian consult.", ("OT eval",)),
    ("The son holds a DPOA-HC for his mother since 2019.", ("DPOA-HC",)),
    ("PT recommends SNF vs home with 24h supervision.", ("SNF vs home",)),
    ("Dx: N18.4 CKD 4a; E11.9 DM2.", ("CKD 4a",)),
    ("She missed the 5 pm Meals on Wheels drop-off.", ("Meals on Wheels",)),
    ("Residential Habilitation\tCedar Ridge Supports, Amos Delgado\n",
     ("Residential Habilitation",)),
    ("Covered under BadgerCare Plus since May.", ("BadgerCare Plus",)),
    ("A hospice aide comes twice a week; the VR counselor called.",
     ("hospice aide", "VR counselor")),
]  # fmt: skip


@pytest.mark.parametrize("policy", STRICT)
@pytest.mark.parametrize(("record", "terms"), STRICT_SERVICE_TERMS)
def test_strict_releases_keep_services_stages_benefits_and_roles_in_care(
    redactor_for: Callable[[str], Redactor], policy: str, record: str, terms: tuple[str, ...]
) -> None:
    released = redactor_for(policy).redact(record).text
    lost = [t for t in terms if t not in released]
    assert not lost, f"{lost} lost from {released!r}"


#: Names beside the same cues still go.
STRICT_NAMES_BESIDE_SERVICES: list[tuple[str, tuple[str, ...]]] = [
    ("Home nursing, PT, OT\tLakeshore Home Health\n", ("Lakeshore",)),
    ("Residential Habilitation\tCedar Ridge Supports, Amos Delgado\n", ("Amos", "Delgado")),
    ("Attn: Ms. Yvonne Carrow-Bend, EFA program coordinator", ("Yvonne", "Carrow-Bend")),
    ("Signed, Tobiah Kerrigan-Sato, MSW, QBHP", ("Tobiah", "Kerrigan-Sato")),
]  # fmt: skip


@pytest.mark.parametrize("policy", STRICT)
@pytest.mark.parametrize(("record", "names"), STRICT_NAMES_BESIDE_SERVICES)
def test_names_beside_services_and_credentials_still_go(
    redactor_for: Callable[[str], Redactor], policy: str, record: str, names: tuple[str, ...]
) -> None:
    released = redactor_for(policy).redact(record).text
    leaked = [n for n in names if n in released]
    assert not leaked, f"{leaked} leaked in {released!r}"


def test_a_section_of_a_code_is_no_date_and_a_scale_part_no_agency() -> None:
    text = "Records held under Ga. Code § 31-22-9. Screened with NTG-EDSD in May."
    findings = [
        _finding(text, "31-22-9", "DATE_TIME", "CaseNoteDateRecognizer"),
        _finding(text, "EDSD", "AGENCY", "InstitutionRecognizer"),
    ]
    assert _kept(text, findings) == []


def test_a_familys_size_is_no_role_in_care_in_a_post(
    redactor_for: Callable[[str], Redactor],
) -> None:
    released = redactor_for("social-media").redact("Proud dad of 3 and hospice nurse.").text
    assert "dad of 3" not in released, released
