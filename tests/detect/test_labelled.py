"""Labelled values: what a label names is found whole, with the label's type, in every layout."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.labelled import labelled_values, settle_labelled
from redact.findings import Finding


def _values(text: str) -> list[tuple[str, str]]:
    return [(item.entity_type, text[item.start : item.end]) for item in labelled_values(text)]


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        ("Mother's SSN 458-21-7736, cell on file.", "US_SSN", "458-21-7736"),
        ("SSN: 123-45-6789", "US_SSN", "123-45-6789"),
        # a markdown header's bold label, closed right after "no."
        ("**Juvenile cause no.** 19-4-01127-08 · **Worker** TBD", "CASE_NUMBER", "19-4-01127-08"),
        ("Social Security # 078 05 1120.", "US_SSN", "078 05 1120"),
        ("soc. sec. no. 219-09-9999", "US_SSN", "219-09-9999"),
        ("SS# 501-33-0184", "US_SSN", "501-33-0184"),
        ("S.S.N. 501-33-0184", "US_SSN", "501-33-0184"),
        ("SS No. 501-33-0184", "US_SSN", "501-33-0184"),
        ("SSN#: 501-33-0184", "US_SSN", "501-33-0184"),
        # a form that asks only for the last digits says so between the label and them
        ("Father: DOB 2/2/1979, SSN last 4: 5108, cell on file", "US_SSN", "5108"),
        ("Stepmother SSN (last 4) 2290 per DHS form", "US_SSN", "2290"),
        ("SS# last four 0417", "US_SSN", "0417"),
        # a form's dot leaders between the label and its value
        ("  SSN (last 4) ... 6620   Language ... English", "US_SSN", "6620"),
        ("Soc. Sec. # (last four) ...... 0912", "US_SSN", "0912"),
        ("Medicaid ID ........ 4410398827", "MEMBER_ID", "4410398827"),
        # a credential between a licence label and its number: a professional's licence
        ("Clinical Director\nTN License LCSW #7104", "MEDICAL_LICENSE", "7104"),
        ("KY license CSW No. 52219, Hazard", "MEDICAL_LICENSE", "52219"),
        ("Lic. LMSW 12044 (NY)", "MEDICAL_LICENSE", "12044"),
        # after any other label the capitals are the value's own: a plate's letters
        ("the car, Arizona plate CZR 4471, is hers", "VEHICLE_PLATE", "CZR 4471"),
        ("plate LMT 2209 seen at the house", "VEHICLE_PLATE", "LMT 2209"),
        ("Medicaid number is 1234567890", "MEMBER_ID", "1234567890"),
        ("EBT card 5077 1234 5678 9012", "MEMBER_ID", "5077 1234 5678 9012"),
        ("Medicaid #: NY 66120457Q", "MEMBER_ID", "NY 66120457Q"),
        ("Medicaid CIN: XY54321Z", "MEMBER_ID", "XY54321Z"),
        # a tribe's roll and cards, and Minnesota's Medical Assistance person number
        ("enrolled member, Enrollment No. LL-0934-17752; Tribal", "MEMBER_ID", "LL-0934-17752"),
        ("Tribal ID card 00117-4482.", "MEMBER_ID", "00117-4482"),
        ("CDIB No. M-0482-11937 (degree 1/2)", "MEMBER_ID", "M-0482-11937"),
        ("Red Lake enrolled #RL-88412. Doing well", "MEMBER_ID", "RL-88412"),
        ("MA PMI 01948226.", "MEMBER_ID", "01948226"),
        ("consent on file (Resolution 2025-214).", "CASE_NUMBER", "2025-214"),
        ("MA#: 7100 4432 8819      Medicare", "MEMBER_ID", "7100 4432 8819"),
        ("co-signed A. Velamuri, MD, DEA FV4417023", "MEDICAL_LICENSE", "FV4417023"),
        ("DATA number on file: XV4417023; NPI", "MEDICAL_LICENSE", "XV4417023"),
        ("prescriber NPI 1730295581. -AV", "MEDICAL_LICENSE", "1730295581"),
        # a professional's licence by any name: a lawyer's bar number, a credential, a
        # certificate, a state licence after a clinical title (never a case a court keeps,
        # never a driving licence masked to its last four)
        ("Ines Ortega-Ruiz (State Bar No. 114402)", "MEDICAL_LICENSE", "114402"),
        ("counsel for the petitioner (Kan. Bar No. 27719); J. Doe", "MEDICAL_LICENSE", "27719"),
        ("MN BOSE credential no. 50318-220", "MEDICAL_LICENSE", "50318-220"),
        ("Tobias Ngata, PhD, BCBA · Cert. #1-14-2290 · office", "MEDICAL_LICENSE", "1-14-2290"),
        ("Licensed Clinical Social Worker, Idaho License C7712", "MEDICAL_LICENSE", "C7712"),
        ("Dana Roe, LCSW - license 40917", "MEDICAL_LICENSE", "40917"),
        ("Father: RN at Mercy; driver license WDL8823X", "US_DRIVER_LICENSE", "WDL8823X"),
        ("Medical Assistance ID 100293847", "MEMBER_ID", "100293847"),
        ("Driver's Lic: T650-118-442-079 (MD)", "US_DRIVER_LICENSE", "T650-118-442-079"),
        ("Probation: PO Albrecht; MVA tag 3DK-7721", "VEHICLE_PLATE", "3DK-7721"),
        ("Referred by police, incident TPD 25-051-2214.", "REPORT_NUMBER", "TPD 25-051-2214"),
        ("Medicaid ID #: 538217604 (STAR / Superior)", "MEMBER_ID", "538217604"),
        ("Medicaid: 538217604", "MEMBER_ID", "538217604"),
        ("Policy # WX-55 120 88, renewed", "MEMBER_ID", "WX-55 120 88"),
        ("subscriber ID 99812233A", "MEMBER_ID", "99812233A"),
        ("member id: HX 4471 0092", "MEMBER_ID", "HX 4471 0092"),
        ("IN RE: GUARDIANSHIP OF   )   Case No. 2024 GU 01177", "CASE_NUMBER", "2024 GU 01177"),
        ("MRN\n00482913", "MEDICAL_RECORD_NUMBER", "00482913"),
        ("Your MRN: CPBH-00731958", "MEDICAL_RECORD_NUMBER", "CPBH-00731958"),
        ("| MRN | 00482913 |", "MEDICAL_RECORD_NUMBER", "00482913"),
        ("medical record #889213", "MEDICAL_RECORD_NUMBER", "889213"),
        ("chart no. 55120", "MEDICAL_RECORD_NUMBER", "55120"),
        ("acct 4471-0092", "US_BANK_NUMBER", "4471-0092"),
        ("Account number 000123456789.", "US_BANK_NUMBER", "000123456789"),
        ("Case # 2025-JV-0147, opened", "CASE_NUMBER", "2025-JV-0147"),
        ("docket no. 24-JV-0192", "CASE_NUMBER", "24-JV-0192"),
        ("CAUSE NO. J-25-0147", "CASE_NUMBER", "J-25-0147"),
        ("Client ID: A-55102.", "CASE_NUMBER", "A-55102"),
        ("Case 2024-00123 closed", "CASE_NUMBER", "2024-00123"),
        ("SWI intake #84102377 made", "REPORT_NUMBER", "84102377"),
        ("incident #RA-25-3016", "REPORT_NUMBER", "RA-25-3016"),
        ("JPD Referral #: 25-0388", "REPORT_NUMBER", "25-0388"),
        ("police report 25-041662", "REPORT_NUMBER", "25-041662"),
        ("Student ID 215093 was entered.", "ID_NUMBER", "215093"),
        ("Van Wyk, Brody T.   ID 215093   Gr 10", "ID_NUMBER", "215093"),
        ("Local Student ID: 214738     TSDS", "ID_NUMBER", "214738"),
        ("TSDS Unique ID: 6281047395", "ID_NUMBER", "6281047395"),
        ("JCMS PID: 3907215", "ID_NUMBER", "3907215"),
        ("Student ID\n219406", "ID_NUMBER", "219406"),
        ("Student ID\t219406", "ID_NUMBER", "219406"),
        ("**Student ID:** 219406", "ID_NUMBER", "219406"),
        ("DL: 12345678", "US_DRIVER_LICENSE", "12345678"),
        ("TX DL# 04418832", "US_DRIVER_LICENSE", "04418832"),
        ("driver's license number is D1234-5678", "US_DRIVER_LICENSE", "D1234-5678"),
        ("license plate LTR-3391", "VEHICLE_PLATE", "LTR-3391"),
        ("TX plate NLV 6082 seen", "VEHICLE_PLATE", "NLV 6082"),
        # a plate's letters after its digits are its own (a state's prefix before them)
        ("Plate: OK 318 BDW (blue 2011 Corolla)", "VEHICLE_PLATE", "OK 318 BDW"),
        ("plate 4GHT 227 CA Toyota", "VEHICLE_PLATE", "4GHT 227"),
        ("VIN: 1HGCM82633A004352", "VEHICLE_PLATE", "1HGCM82633A004352"),
        ("DOC# 1234567", "ID_NUMBER", "1234567"),
        ("birth cert # 142-2011-009931", "ID_NUMBER", "142-2011-009931"),
        ("Superior STAR Health, Grp 99120.", "MEMBER_ID", "99120"),
        ("DFPS Case ID: 48213379   Stage ID 51220987", "ID_NUMBER", "51220987"),
        ("TDCJ #02231456", "ID_NUMBER", "02231456"),
        ("Inmate No. 445512", "ID_NUMBER", "445512"),
        ("Auburn Correctional Facility (DIN 21-A-0417); parole hold", "ID_NUMBER", "21-A-0417"),
        ("Officer badge 3321", "ID_NUMBER", "3321"),
        ("CPS case #: 4412-998", "CASE_NUMBER", "4412-998"),
        ("APS report 26-44120", "REPORT_NUMBER", "26-44120"),
        ("Claim # 77120-B", "CASE_NUMBER", "77120-B"),
        # a claim or an authorisation is the client's case in an insurer's system
        (
            "Long-term disability claim no. LTD-402-88130, examiner on leave",
            "CASE_NUMBER",
            "LTD-402-88130",
        ),
        ("EAP session 1 of 6 (auth EAP-26-11873)", "CASE_NUMBER", "EAP-26-11873"),
        ("Prior authorization #: PR26-4410937 for 8 visits", "CASE_NUMBER", "PR26-4410937"),
        ("Grp 5530118 PA# PA2026-7714402 90834", "CASE_NUMBER", "PA2026-7714402"),
        ("Precert no. 66120-TX approved", "CASE_NUMBER", "66120-TX"),
        # a claim written as an SSN is the wage earner's SSN, masked as one
        ("SSA claim # 318-64-2290B filed", "US_SSN", "318-64-2290B"),
        ("Claim No. 318642290A", "US_SSN", "318642290A"),
        # a benefit's own id, whatever its short label
        ("Medi-Cal BIC: 97310562B40871", "MEMBER_ID", "97310562B40871"),
        ("Ins ID QRT550192834 Grp 0088123", "MEMBER_ID", "QRT550192834"),
        ("Ins. # XK-22019 (Aetna)", "MEMBER_ID", "XK-22019"),
        ("VA claim no.: C 31 552 804", "MEMBER_ID", "C 31 552 804"),
        ("KanCare DCN: 20581734", "MEMBER_ID", "20581734"),
        # a bare "ID" in a clause that names a benefit or a health plan is its member id
        (
            "her Medicaid plan (Prairie Sky Health Plan, ID 7730192846) pays",
            "MEMBER_ID",
            "7730192846",
        ),
        ("SNAP renewed 4/2, ID 5512088341, next review in May", "MEMBER_ID", "5512088341"),
        ("enrolled in WIC (household ID 52-4471093)", "MEMBER_ID", "52-4471093"),
        ("| Insurance | Sunrise Care Plan, Helix ID HLX-3301927 |", "MEMBER_ID", "HLX-3301927"),
        # and not in a clause about anything else
        ("safety plan reviewed, ID 44120987 on file", "ID_NUMBER", "44120987"),
        ("Medicaid pending. Student ID 44120987", "ID_NUMBER", "44120987"),
        ("Intake No.: 2026-0419-8832", "REPORT_NUMBER", "2026-0419-8832"),
        ("MRN: MM-2231-0091, Acct #: 88120344", "US_BANK_NUMBER", "88120344"),
        # an account written with a letter is a provider's account of its client, no bank's
        (
            "Pt: Okafor, B.   MRN 22018834   Acct HV00412299817",
            "MEDICAL_RECORD_NUMBER",
            "HV00412299817",
        ),
        (
            "home care visit log - client: r. tsosie  acct HCS-40917",
            "MEDICAL_RECORD_NUMBER",
            "HCS-40917",
        ),
        (
            "Medical alert pendant\tGuardian Alert\taccount # GA-7720318",
            "MEDICAL_RECORD_NUMBER",
            "GA-7720318",
        ),
        # a masked bank account keeps its type; so does a checking account
        ("transfer to acct XXXX-6604 on 3/2", "US_BANK_NUMBER", "XXXX-6604"),
        ("Electric bill, account no. 5521-009-3317", "US_BANK_NUMBER", "5521-009-3317"),
        ("Principal applicant (38), A-number A207-331-590, arrived", "CASE_NUMBER", "A207-331-590"),
        ("Alien Registration No. A 207 331 591 (spouse)", "CASE_NUMBER", "A 207 331 591"),
        ("USCIS # 207331592 on the I-94", "CASE_NUMBER", "207331592"),
        (
            "Other resident (fled partner). ProviderOne 204471963WA. Son 3.",
            "MEMBER_ID",
            "204471963WA",
        ),
        ("Insurance: AHCCCS ID A12345678, renewal due", "MEMBER_ID", "A12345678"),
        ("Accession L24-1107-55310 (outside lab).", "MEDICAL_RECORD_NUMBER", "L24-1107-55310"),
        ("Pharmacy NCPDP 3305528, fax on file.", "MEDICAL_LICENSE", "3305528"),
        # a cheque's number, short as it is: the account it was drawn on and its payee
        ("Rent paid by cheque #5127 on the 3rd.", "US_BANK_NUMBER", "5127"),
        ("chk no. 8806 to the landlord", "US_BANK_NUMBER", "8806"),
        ("Check No. 1190 was returned unpaid.", "US_BANK_NUMBER", "1190"),
        ("ck# 0417 for groceries", "US_BANK_NUMBER", "0417"),
        # a ledger's cheque column, with no "#": "ck" and the cheque's number
        ("7/22/25\tDr. Lindgren-Amadi, report\tck 1004\t\t$650.00", "US_BANK_NUMBER", "1004"),
        ("Rent to Maple Court by ck 3387 ($925.00) on 3/1.", "US_BANK_NUMBER", "3387"),
        ("9/12/25  Companion Care LLC  ck 2291 from Y. Mbatha  $950.00", "US_BANK_NUMBER", "2291"),
        # a Social Security claim number is the wage earner's SSN with a letter
        ("Survivor benefit, claim no. 204-77-1385C, since May.", "US_SSN", "204-77-1385C"),
        # a sentence that wraps after "is" or "as", and a value typed in lower case
        ("The card gives her medicaid number as\nRK30441907T today.", "MEMBER_ID", "RK30441907T"),
        ("his docket number is\n25-DR-4410 per the clerk", "CASE_NUMBER", "25-DR-4410"),
        ("her member id is wq55120384 per the card", "MEMBER_ID", "wq55120384"),
        # a label of three letters or more printed against its digits
        ("SSN508219934 on the form", "US_SSN", "508219934"),
        ("MBI:2KR5TE8WQ19 on file", "MEMBER_ID", "2KR5TE8WQ19"),
        # a prescription's number: the patient's key in the pharmacy's system
        ("Pharm: Publix #1187. Rx# 6604418.", "MEMBER_ID", "6604418"),
        ("Pill packs\tBrightwater Pharmacy\tRx RX-4478102\t7/24", "MEMBER_ID", "RX-4478102"),
        ("Dose to 16/4 mg. Rx #RX 0884512 sent to the pharmacy", "MEMBER_ID", "RX 0884512"),
        # the pharmacy's own prefix after the label, spaced, with no marker
        ("0830 8/2 mg SL observed. Rx RX 5517093 to Walgreens.", "MEMBER_ID", "RX 5517093"),
        ("refill called in, rx RX 7730418, pick up Fri", "MEMBER_ID", "RX 7730418"),
        ("refill called in, prescription no. 2210934, Walgreens", "MEMBER_ID", "2210934"),
        # a phone number after an ordinary word is the number one calls there
        ("2901 Dryden Dr, Madison WI 53704 | Intake 608-241-6677", "PHONE_NUMBER", "608-241-6677"),
        ("Riverside Community Hospital\n951-788-3000\n", "PHONE_NUMBER", "951-788-3000"),
        ("after 5 call the hospital 503-555-0142, ask for her", "PHONE_NUMBER", "503-555-0142"),
        ("Intake #: 25-0412-7781 opened", "REPORT_NUMBER", "25-0412-7781"),
        # a police or sheriff's case is another system's matter, numbered as a report
        ("his brother was arrested (Eugene PD case 19-40417)", "REPORT_NUMBER", "19-40417"),
        ("CAD INC# 25-318847   OPD CASE# 2025-00461183", "REPORT_NUMBER", "2025-00461183"),
        ("per Lane County Sheriff's Office case no. 23-004471,", "REPORT_NUMBER", "23-004471"),
        ("Springfield Police Department case number 22-118304.", "REPORT_NUMBER", "22-118304"),
        ("Referred by Det. Pruitt (KCSO case 25-018833)", "REPORT_NUMBER", "25-018833"),
        # the agency's own case, and a court's, stay case numbers
        ("DCFS case no. 2024-00123, worker D. Roe", "CASE_NUMBER", "2024-00123"),
        ("IN RE: the matter of M.O., Case No. 2024-JV-00318", "CASE_NUMBER", "2024-JV-00318"),
    ],
)
def test_finds_the_value_whole(text: str, entity_type: str, value: str) -> None:
    assert (entity_type, value) in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "school enrollment 2025-26 is done",
        "conflict resolution 2 sessions a week",
        "eligible for enrollment in the Band",
        "In case 3 children attend, book a bigger room.",
        "Case opened 5/28 by intake.",
        "Intake on 10/16/2025 at 3:52 pm.",
        "Incident 2025-10-16 in the cafeteria.",
        "Report 2 times a week to the JPO.",
        "Her 504 policy was reviewed.",
        "Ins 12 units with supper",
        "Harrisburg, PA 17101",
        "claims 3 visits were missed",
        "group #3 met on Tuesday",
        "The plate was 12 inches wide.",
        "Jane Roe, MA, LPC saw her on 3 occasions.",
        "He wore a name tag at group.",
        "The DEA raided the pharmacy in 2019.",
        "Consent on file: yes, signed 3/2.",
        "Medicaid 2019 renewal lapsed.",
        "Rx 20mg daily with food",
        "Rx for 10000 units of heparin, per the order",
        "Rx: sertraline 50 mg, 30 tabs",
        "Student 15 years old.",
        "account for 20 minutes of the session",
        "The file has 12345 pages",
        "She is the client 2nd in line.",
        "Student ID pending, see office.",
        "Client SSN on file.",
        "504 plan (ADHD F90.2), free lunch",
        "Treatment plan F43.10 reviewed.",
        "Plan code: Z62.810 per the psychiatrist",
        "see Doc 2 for details",
        "Plan 2025-2026 school year.",
        "New photo ID 2019 expired.",
        "Policy 7.2 applies to staff.",
        "Report 2 of 3 filed.",
        "She ss 12345 typed",
        "Patient: 92-year-old female, seen at home.",
        "Client: 6-month-old infant, seen with mother.",
        "Patient: 45yo F, walk-in.",
        # a number joined to a word after a verb that is also a label: a count of a thing
        "Client reports 6-pack at a cookout, no opioid use.",
        "Referral 12-step group, Tuesdays.",
        # "check" as a verb, and a creatine kinase level
        "Please check 2 times a day.",
        "CK 1450 on admission, trending down.",
    ],
)
def test_leaves_alone(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "KINSHIP BRIDGE VISITATION CENTER | Intake 608-241-6677",
        "Call the referral 414.555.0199 line (M-F) to schedule.",
        "Hotline 1-800-422-4453, 24/7.",
        "FAP Clinical Supervisor, Blanchfield Army Community Hospital\n270-798-6014\n",
        "Referral: 414-555-0199 (Mon-Fri)",
    ],
)
def test_an_offices_line_after_an_ordinary_word_is_a_phone_never_a_record(text: str) -> None:
    assert all(kind == "PHONE_NUMBER" for kind, _ in _values(text))


def test_settling_cuts_other_findings_off_the_value_and_the_label() -> None:
    text = "Medicaid CIN: XY54321Z, seen by Dana Whitfield."
    person_label = Finding(0, 12, "PERSON", 0.85)
    date_in_value = Finding(16, 22, "DATE_TIME", 0.85)
    person = Finding(32, 46, "PERSON", 0.85)
    settled = settle_labelled(text, [person_label, date_in_value, person])
    spans = sorted((f.entity_type, text[f.start : f.end]) for f in settled)
    assert spans == [("MEMBER_ID", "XY54321Z"), ("PERSON", "Dana Whitfield")]


def test_a_name_running_into_a_label_keeps_the_name() -> None:
    text = "1. Quinones-Baker, Isaiah     ID 214738   Gr 10"
    name = Finding(19, 33, "PERSON", 0.85)  # "Isaiah     ID"
    settled = settle_labelled(text, [name])
    spans = sorted((f.entity_type, text[f.start : f.end]) for f in settled)
    assert spans == [("ID_NUMBER", "214738"), ("PERSON", "Isaiah")]


def test_settling_again_adds_nothing_and_keeps_the_values() -> None:
    text = "Student ID 215093; Student ID 213377"
    once = settle_labelled(text, [])
    twice = settle_labelled(text, [*once, Finding(0, 7, "PERSON", 0.85)], add=False)
    assert sorted((f.entity_type, text[f.start : f.end]) for f in twice) == [
        ("ID_NUMBER", "213377"),
        ("ID_NUMBER", "215093"),
    ]


def test_a_birth_date_label_is_no_name() -> None:
    text = "Re: Gertrude V. (DOB 11-02-1931), 94 y/o"
    label = Finding(text.index("DOB"), text.index("DOB") + 9, "ORGANIZATION", 0.85)
    settled = settle_labelled(text, [label])
    assert [text[f.start : f.end] for f in settled] == ["11-02"]  # numbers_first cuts the rest


def test_a_birth_date_label_before_a_month_name_is_no_name() -> None:
    text = "a 54-year-old man (DOB March 4, 1971) seen weekly"
    label = Finding(text.index("DOB"), text.index("DOB") + 3, "ORGANIZATION", 0.85)
    assert settle_labelled(text, [label]) == []


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        ("Client enrolled in WIC (WIC ID TX-0093317) and CHIP.", "MEMBER_ID", "TX-0093317"),
        ("Has Medicaid (Bluebonnet Health ID 77310452).", "MEMBER_ID", "77310452"),
        ("Insurance: Apple Health ProviderOne ID 402918331WA", "MEMBER_ID", "402918331WA"),
        ("Goes by: Jojo   HMIS ID: QR-55102   DOB: 4/4/1970", "CASE_NUMBER", "QR-55102"),
        ("Signed for TANF only. Resident # SH-40118 | prepared by", "CASE_NUMBER", "SH-40118"),
        ("Pt: WHITFIELD, J.  ADAP GA-ADAP-0447192  Ph 404-555", "MEMBER_ID", "GA-ADAP-0447192"),
        ("Insurance: ADAP #TX-ADAP-55120, recert due in May", "MEMBER_ID", "TX-ADAP-55120"),
        ("ALTCS ID A70418823 (pending)", "MEMBER_ID", "A70418823"),
    ],
)
def test_a_benefit_or_programme_id_has_its_own_type(
    text: str, entity_type: str, value: str
) -> None:
    found = [(text[f.start : f.end], f.entity_type) for f in labelled_values(text)]
    assert (value, entity_type) in found, found


def test_the_subjects_benefit_ids_stay_under_her_own_request(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Client enrolled in WIC (WIC ID TX-0093317). Health: good. Mental health 3x weekly."
    out = redactor_for("client-request").redact(text, subject=["Odalys Ferreira"]).text
    assert out == text, out


def test_her_account_at_a_provider_stays_for_her_and_keeps_four_digits_for_the_court(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Pt: Ferreira, Odalys   MRN 22018834   Acct HV00412299817\nBank acct 4471009283."
    names = ["Odalys Ferreira"]
    own = redactor_for("client-request").redact(text, subject=names).text
    assert "Acct HV00412299817" in own and "4471009283" not in own, own
    court = redactor_for("court-subpoena").redact(text, subject=names).text
    assert "HV00412299817" not in court and "9817" in court, court


def test_an_a_number_after_a_hash_and_an_i94_number_are_labelled() -> None:
    text = "Spouse DOB 1985, A# 219-774-507, I-94 83641920528. Grade A # 2 pencil."
    found = {text[f.start : f.end]: f.entity_type for f in labelled_values(text)}
    assert found == {"219-774-507": "CASE_NUMBER", "83641920528": "CASE_NUMBER"}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Enrolled both; student IDs 3308114 and 3308115 issued.", ["3308114", "3308115"]),
        ("Inmate numbers: 771203, 771388", ["771203", "771388"]),
        ("SSN 219-09-9999 and 078-05-1120 on file", ["219-09-9999", "078-05-1120"]),
    ],
)
def test_one_label_names_every_value_of_its_shape_listed_after_it(
    text: str, values: list[str]
) -> None:
    assert [text[v.start : v.end] for v in labelled_values(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Case 25-F-118 and 2 other matters pending.", ["25-F-118"]),
        ("Client ID 44821, age 34, seen today.", ["44821"]),
    ],
)
def test_what_follows_a_value_in_another_shape_is_not_its_list(
    text: str, values: list[str]
) -> None:
    assert [text[v.start : v.end] for v in labelled_values(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        "Mental health: EPDS 14 on 9/16.",
        "Mental health: PHQ 14 today.",
        "Plan: GAD-7 at the next visit.",  # a scale's own name with its digit
    ],
)
def test_a_scale_and_its_score_after_a_label_is_no_id(text: str) -> None:
    assert labelled_values(text) == []


@pytest.mark.parametrize("text", ["The DL4 printer jammed.", "covid19 test negative"])
def test_a_short_word_against_digits_is_no_label(text: str) -> None:
    assert labelled_values(text) == []


def test_the_state_that_issued_a_plate_belongs_to_its_label() -> None:
    text = "Stopped; OH tag KD 30418 on the van."
    [item] = labelled_values(text)
    assert text[item.label_start : item.label_end] == "OH tag"
    assert text[item.start : item.end] == "KD 30418"


def test_a_label_before_another_labels_value_leaves_it_to_that_label() -> None:
    assert _values("Group NPI 1336284019") == [("MEDICAL_LICENSE", "1336284019")]


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        # the label's "No." at the end of its line, the value on the next
        ("Social Security No.\n078 05 1120", "US_SSN", "078 05 1120"),
        ("Medicaid No.\nWA 66120457Q", "MEMBER_ID", "WA 66120457Q"),
        # what is written of the number: its end
        ("Father: Luis Reyes, SSN ending 4417, employed", "US_SSN", "4417"),
        ("acct ending in 0093 was closed", "US_BANK_NUMBER", "0093"),
        # a licence with its issuing state first, in a format with an asterisk
        ("Father: Luis Reyes, DL WA REYESL*221KD", "US_DRIVER_LICENSE", "WA REYESL*221KD"),
        ("Driver license: REYESL*221KD (WA)", "US_DRIVER_LICENSE", "REYESL*221KD"),
    ],
)
def test_a_value_on_its_own_line_after_its_end_or_after_its_state_is_found(
    text: str, entity_type: str, value: str
) -> None:
    assert (entity_type, value) in _values(text)
