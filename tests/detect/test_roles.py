"""Professionals and the agency's own details, read from a record's conventions, under every
policy: synthetic records (invented people, agencies and numbers), the real model."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact.detect.roles import RoleMemory, agency_spans, find_roles, professional_spans
from redact.findings import Finding
from redact.redactor import Redactor

COURT_REPORT = """\
BRIGHTWATER FAMILY SERVICES
2207 Old Mill Road, Canandaigua, NY 14424

FAMILY COURT OF THE STATE OF NEW YORK, COUNTY OF ONTARIO
In the Matter of Desmond Oyelowo-Hart, a Child under Eighteen.    Docket NN-04417-25
Hon. Rosalind Achebe, presiding

PERMANENCY HEARING REPORT
Reporter: Nadia Kowalczyk, RN, school nurse at Pinecrest Elementary.
Desmond lives with his grandmother, Mrs. Evangeline Hart, at 88 Birch Hollow Lane.
Caseworker Tobias Lindqvist visited the home on 5/14/25. Mr. Lindqvist found the home safe.
Nurse Kowalczyk reported bruising on 4/30/25. Dr. Imelda Fairweather examined Desmond.

Respectfully submitted,

/s/ Tobias Lindqvist
Tobias Lindqvist, LMSW
Foster Care Caseworker
Brightwater Family Services
2207 Old Mill Road, Canandaigua, NY 14424
"""

REFERRAL_LETTER = """\
Lakeshore Behavioral Health Center
415 Harbor Street, Suite 3, Oswego, NY 13126
Tel (315) 555-0142

June 2, 2025

Dr. Wendell Abernathy
Harborview Psychiatry
90 Lighthouse Ave, Fulton, NY 13069

Re: Referral for medication evaluation, Marisol Quintanilla-Reyes

Dear Dr. Abernathy:

I am referring Marisol Quintanilla-Reyes for evaluation of major depressive disorder. Her
partner, Gideon Strand, can be reached at 315-555-0199.

Sincerely,

Priya Venkataraman, LCSW
Clinical Social Worker
Lakeshore Behavioral Health Center
"""


def _survives(output: str, *strings: str) -> list[str]:
    return [s for s in strings if s not in output]


def _gone(output: str, *strings: str) -> list[str]:
    return [s for s in strings if s in output]


@pytest.mark.parametrize("policy", ["court-subpoena", "provider-referral", "client-request"])
def test_court_report_keeps_its_author_judge_and_letterhead(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(COURT_REPORT, subject=["Desmond Oyelowo-Hart"]).text
    assert _survives(
        out, "Tobias Lindqvist, LMSW", "/s/ Tobias Lindqvist", "Mr. Lindqvist",
        "Caseworker Tobias Lindqvist", "Hon. Rosalind Achebe", "Dr. Imelda Fairweather",
        "BRIGHTWATER FAMILY SERVICES", "Brightwater Family Services",
    ) == []  # fmt: skip
    # the reporter (a nurse with a credential) and the relatives are third parties
    assert _gone(out, "Kowalczyk", "Nadia", "Evangeline") == []


@pytest.mark.parametrize("policy", ["court-subpoena", "provider-referral", "client-request"])
def test_the_agency_address_stays_where_the_policy_keeps_the_agency(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(COURT_REPORT, subject=["Desmond Oyelowo-Hart"]).text
    assert out.count("2207 Old Mill Road, Canandaigua, NY 14424") == 2


@pytest.mark.parametrize("policy", ["court-subpoena", "provider-referral"])
def test_an_emails_signature_keeps_the_agency_address(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    email = (
        "Hi Wendell,\nThe visit moved to Saturday.\nThx,\n"
        "Marisabel Quarshie, MSW | Permanency Worker II\n"
        "Harrow Child & Family Services | 7714 W 103rd St, Palos Hills IL 60465 | o: x214\n"
    )
    out = redactor_for(policy).redact(email).text
    assert "Harrow Child & Family Services | 7714 W 103rd St, Palos Hills IL 60465" in out
    assert "Marisabel Quarshie, MSW" in out


@pytest.mark.parametrize("policy", ["consultation", "social-media", "research-safe-harbor"])
def test_court_report_loses_professionals_and_agency_elsewhere(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(COURT_REPORT, subject=["Desmond Oyelowo-Hart"]).text
    assert _gone(
        out, "Lindqvist", "Achebe", "Fairweather", "Kowalczyk", "Old Mill Road", "14424",
        "Brightwater",
    ) == []  # fmt: skip


@pytest.mark.parametrize("policy", ["provider-referral", "court-subpoena"])
def test_referral_letter_keeps_its_signer_and_letterhead_not_the_partner(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(REFERRAL_LETTER, subject=["Marisol Quintanilla-Reyes"]).text
    assert _survives(
        out, "Priya Venkataraman, LCSW", "Lakeshore Behavioral Health Center",
        "415 Harbor Street", "Dr. Abernathy", "major depressive disorder",
    ) == []  # fmt: skip
    assert _gone(out, "Gideon", "Strand") == []


@pytest.mark.parametrize("policy", ["consultation", "social-media"])
def test_referral_letter_loses_its_signer_and_letterhead_elsewhere(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(REFERRAL_LETTER).text
    assert _gone(out, "Venkataraman", "Abernathy", "Lakeshore", "Harbor Street", "Gideon") == []


def test_a_party_label_vetoes_every_mention_of_that_person() -> None:
    text = "Reporter: Ann Lee, RN\nLater Ann Lee, RN called again.\nWorker: Bo Park, MSW"
    ann = [Finding(10, 17, "PERSON", 0.9, group="p:a"), Finding(28, 35, "PERSON", 0.9, group="p:a")]
    bo = Finding(text.index("Bo Park"), text.index("Bo Park") + 7, "PERSON", 0.9, group="p:b")
    spans = professional_spans(text, [*ann, bo])
    assert spans == [(bo.start, bo.end)]


def test_a_label_that_ends_in_a_staff_word_inside_another_word_is_no_staff_label() -> None:
    text = "Roommate assigned: Dorian Pettibone (room 9C).\nSigned: Ona Reyes, LCSW"
    dorian = Finding(19, 35, "PERSON", 0.9, group="p:d")
    ona = Finding(text.index("Ona"), text.index("Ona") + 9, "PERSON", 0.9, group="p:o")
    assert professional_spans(text, [dorian, ona]) == [(ona.start, ona.end)]


def test_a_screener_and_the_worker_a_case_is_assigned_to_are_staff() -> None:
    text = "Screened by: L. Okafor, intake. Assigned to Tomas Brandvold, field worker, Region 2."
    screener = Finding(13, 22, "PERSON", 0.9, group="p:l")
    start = text.index("Tomas")
    worker = Finding(start, start + 15, "PERSON", 0.9, group="p:t")
    assert professional_spans(text, [screener, worker]) == [(13, 22), (start, start + 15)]


def test_a_professional_is_remembered_across_the_documents_of_a_release() -> None:
    memory = RoleMemory()
    first = "Prepared by: Ona Reyes"
    professional_spans(first, [Finding(13, 22, "PERSON", 0.9, group="p:o")], memory)
    later = "Met with Reyes today."
    found = professional_spans(later, [Finding(9, 14, "PERSON", 0.9, group="p:o")], memory)
    assert found == [(9, 14)]


@pytest.mark.parametrize(
    ("first", "later", "name"),
    [
        ("Prepared by: Renée de la O", "Dear Ms. de la O: thanks", "Ms. de la O"),
        ("Prepared by: Rubén de la O", "Housing: R. de la O, by 11/1.", "R. de la O"),
        ("Prepared by: Anneke van der Berg", "Seen by Dr. van der Berg today.", "van der Berg"),
    ],
)
def test_a_particle_surname_is_remembered_whole(first: str, later: str, name: str) -> None:
    # "de la O" has no word of three letters: the surname with its particles is the word
    memory = RoleMemory()
    signer = first.index(":") + 2
    professional_spans(first, [Finding(signer, len(first), "PERSON", 0.9, group="p:o")], memory)
    start = later.index(name)
    span = Finding(start, start + len(name), "PERSON", 0.9, group="p:o")
    assert professional_spans(later, [span], memory) == [(start, start + len(name))]


def test_a_client_address_in_a_first_line_is_not_the_agency() -> None:
    text = "Home visit at 14 Elm St, Utica NY 13501\n\nClient doing well."
    street = Finding(14, 39, "STREET_ADDRESS", 0.9)
    assert agency_spans(text, [street]) == []


def test_a_one_line_row_has_no_letterhead() -> None:
    text = "Kids placed w/ aunt at Sunrise Family Center, 12 Oak St."
    org = Finding(23, 44, "ORGANIZATION", 0.9)
    assert find_roles(text, [org], professionals=True, agency=True).agency == ()


def test_two_people_read_as_one_name_are_neither_kept() -> None:
    text = "Witnesses Hodan W. + Jace K-H. AP Salcido recommending DAEP."
    start = text.index("Jace")
    merged = Finding(start, text.index(" recommending"), "PERSON", 0.8, group="p:j")
    salcido = Finding(
        text.index("Salcido"), text.index(" recommending"), "PERSON", 0.8, group="p:j"
    )
    assert professional_spans(text, [merged, salcido]) == []


@pytest.mark.parametrize("policy", ["provider-referral", "court-subpoena"])
def test_a_referral_header_keeps_both_clinicians_and_the_agency(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    header = (
        "REFERRAL FOR PSYCHIATRIC EVALUATION\n"
        "To: Ravi Chandrasekhar, MD — Northgate Psychiatric Associates, fax 555-301-7788\n"
        "From: Yvonne Castellanos, LMFT, Riverbend Counseling Center\n"
        "Date: 2/3/2025\n\nPatient: Tomas Hirvonen. Reason: major depressive disorder.\n"
    )
    out = redactor_for(policy).redact(header, subject=["Tomas Hirvonen"]).text
    assert (
        _survives(
            out, "Chandrasekhar, MD", "Yvonne Castellanos, LMFT", "Riverbend Counseling Center"
        )
        == []
    )


def test_reviewers_and_copied_staff_stay_for_a_court_and_the_parent_does_not(
    redactor_for: Callable[[str], Redactor],
) -> None:
    block = (
        "Respectfully submitted,\n\n/s/ Oren Vasquez-Lind\nOren Vasquez-Lind, LMSW\n"
        "Juvenile Probation Officer II\n\n"
        "Reviewed and approved: Martina Kessler, Casework Supervisor     Date: 11/03/2025\n"
        "cc: Corey Lindahl (attorney for the child); Paula Renwick, Asst. County Attorney\n"
        "cc: Sharon Quist (parent)\n"
    )
    court = redactor_for("court-subpoena").redact(block, subject=["Isaiah Moreno"]).text
    assert _survives(court, "Oren Vasquez-Lind, LMSW", "Martina Kessler", "Paula Renwick") == []
    assert _gone(court, "Sharon", "Quist") == []
    elsewhere = redactor_for("consultation").redact(block).text
    assert _gone(elsewhere, "Vasquez", "Kessler", "Lindahl", "Renwick", "Quist") == []


def test_a_relative_with_a_credential_is_a_third_party(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Placement with her grandmother Odile Fairbanks, RN, was approved by Judge Okafor."
    out = redactor_for("court-subpoena").redact(text, subject=["Lina Moravec"]).text
    assert _gone(out, "Odile", "Fairbanks") == [] and "Judge Okafor" in out


def test_a_relatives_counsellor_is_a_professional() -> None:
    text = "Keep visits supervised. Mother's CASAC Joanne Feeley at Crouse, ROI on file."
    start = text.index("Joanne")
    feeley = Finding(start, start + len("Joanne Feeley"), "PERSON", 0.9, group="p:f")
    assert professional_spans(text, [feeley]) == [(feeley.start, feeley.end)]


@pytest.mark.parametrize("credential", ["IBCLC", "NNP-BC", "CNM", "RRT"])
def test_a_perinatal_credential_after_a_name_makes_a_professional(credential: str) -> None:
    text = f"Lactation consult with Mara Quell, {credential}, at the bedside."
    start = text.index("Mara")
    quell = Finding(start, start + len("Mara Quell"), "PERSON", 0.9, group="p:q")
    assert professional_spans(text, [quell]) == [(quell.start, quell.end)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a tribe's official, a service's worker, a staff aside, a coordinator's title before
        ("Attn: Marguerite Fairweather, ICWA Representative", "Marguerite Fairweather"),
        ("Intake with Rajan Kumar Thapa (employment specialist) on Monday.", "Rajan Kumar Thapa"),
        ("Assigned: Lorna Pickett, intake/assessment caseworker, unit 2", "Lorna Pickett"),
        ("INTERPRETER: Somali, Yusuf Ali Mohamed (staff); backup by phone.", "Yusuf Ali Mohamed"),
        ("To: Treatment Court Coordinator Gloria Mendes", "Gloria Mendes"),
        ("Supervisor signs off; case coordinator Luis F. Amaral concurs.", "Luis F. Amaral"),
        ("Flight with staff escort Emil Haugen.", "Emil Haugen"),
        ("From: Keisha Varga, Probation Agent, field office", "Keisha Varga"),
        ("Enrolled in grade 4 (homeroom Mr. Quillan) this fall.", "Mr. Quillan"),
        ("Family Resource Center coordinator: Ronan Quillan", "Ronan Quillan"),
        ("She has an Indian Education advocate, Mr. Tallbird.", "Mr. Tallbird"),
        ("TH + Dep. Haugen (BCSO) at the apartment.", "Dep. Haugen"),
        # the lawyers of a criminal case, by label, before or after the name
        ("Public defender: Marcus Trujillo-Vigil, LOPD, 505-835-2200.", "Marcus Trujillo-Vigil"),
        ("Defense attorney: Odalys Brennan-Kask called re the hearing.", "Odalys Brennan-Kask"),
        ("He met with public defender Ingrid Solberg before court.", "Ingrid Solberg"),
        ("Letter copied to Tamsin Okereke, Assistant Public Defender.", "Tamsin Okereke"),
        # a doctorate or a licence written with points, as a declaration or a letter signs
        ("________________\nMiriam Oduya-Fairbanks, Ph.D., Licensed Psychologist",
         "Miriam Oduya-Fairbanks"),
        ("Evaluator: Sam Ikeda, Psy.D.\nDate of report: 4/2/2025", "Sam Ikeda"),
        ("Respectfully,\n\nGordon Achebe-Lind, M.S.W.\nFamily Court Services",
         "Gordon Achebe-Lind"),
        ("Copy: Renata Oyelaran, J.D., counsel for the agency", "Renata Oyelaran"),
    ],
)  # fmt: skip
def test_a_service_role_around_a_name_makes_a_professional(
    redactor_for: Callable[[str], Redactor], text: str, name: str
) -> None:
    out = redactor_for("court-subpoena").redact(text, subject=["Lina Moravec"]).text
    assert name in out, out


@pytest.mark.parametrize(
    "text",
    [
        "The benefits form lists Dorota Wilk, authorized representative, as the contact.",
        "Emergency contact: Ferdinand Oakes, staff at the bakery.",
        "His aunt Beatrix Lomond, a family advocate, came along.",
        "Household: Karen Wilk, D.O.B. 03/04/1990, mother's partner.",
    ],
)
def test_a_private_person_with_a_role_word_is_still_a_third_party(
    redactor_for: Callable[[str], Redactor], text: str
) -> None:
    out = redactor_for("court-subpoena").redact(text, subject=["Lina Moravec"]).text
    assert "[PERSON]" in out and "Wilk" not in out and "Oakes" not in out, out
    assert "Lomond" not in out, out


# Records with third parties around the subject (invented people, agencies and numbers):
# under the policies that keep the subject, relatives, neighbours, foster carers and the
# other parent go, with their courtesy titles, schools and workplaces; the subject and the
# professionals stay.
HOME_STUDY = """\
WESTBROOK COUNTY DEPARTMENT OF FAMILY SERVICES
Kinship Foster Home Study (Certification)

Applicants: Bernadine K. Falkowski and Reinhold T. Falkowski
Child placed: Quentin Adebayo-Marsh (DOB 02/11/2016)
Worker: Anjali Sreenivasan, LMSW, Homefinder

Household members
Name	Relationship	Age	Occupation / school	Clearances
Bernadine Falkowski	great-aunt (applicant)	58	retired bus driver	SCR clear 5/2/25
Reinhold Falkowski	great-uncle (applicant)	61	second shift, Wexcombe Packaging plant	SCR clear
Corwin Falkowski	adult son, weekends	23	Tamsworth Valley Community College	SCR clear 5/9/25

Health: Mrs. Falkowski has high blood pressure, controlled with lisinopril.
Mr. Falkowski is in good health.
Supports: Mrs. Falkowski's sister Wilhelmina Pruszynski lives nearby.
Next-door neighbour Mr. Delacorte has known the family for 20 years.
Quentin will start 4th grade at Brookhaven Elementary.
Mrs. Falkowski's husband works nights at Ridgemont distribution center.
CW called Mrs. Falkowski on 6/3/25 to explain next steps.

Anjali Sreenivasan, LMSW
Homefinder, Westbrook County Department of Family Services
"""

CAPTIONED_REPORT = """\
FAMILY COURT OF THE STATE OF NEW YORK
COUNTY OF WESTBROOK
---------------------------------------------------------------x
In the Matter of

QUENTIN J. ADEBAYO-MARSH (DOB 2/11/2016),              Docket No. NN-04411-25

A Child under Eighteen Years of Age Alleged
to be Neglected by

CHANTELLE M. ADEBAYO and DEVERAUX R. MARSH,

                              Respondents.
---------------------------------------------------------------x

1. PLACEMENT. Quentin remains in the kinship foster home of Bernadine and Reinhold Falkowski.
2. SERVICES TO RESPONDENT FATHER. Mr. Marsh was charged on 4/12.
Per PD, Mr. Marsh has an open warrant.
3. VISITS. Ms. Adebayo's friend Tiffani Brauer came to one visit without approval;
Ms. Brauer waited in the lobby.
4. Downstairs neighbour Mrs. Oyelaran-Pike told CW that Quentin was often left alone.

Respectfully submitted,

Anjali Sreenivasan, LMSW
Caseworker, Westbrook County Department of Family Services
"""

SCHOOL_EMAIL = """\
From: Graciela Ostrander <gostrander@brookhaven.example.org>
Sent: Tuesday, October 7, 2025 3:12 PM
Subject: Quentin A-M. - IEP meeting

Thank you for coming in. Quentin's IEP will continue with speech services.
His great-aunt Mrs. Falkowski attended.
Mr. Falkowski could not come because he works nights at Wexcombe Packaging plant.

Quentin said his cousin Corwin picks him up on Fridays.
Corwin started his second year at Tamsworth Valley HS.

Graciela Ostrander, MSW
School Social Worker | Brookhaven Elementary
Westbrook Central School District
"""

PARENT_EMAIL = """\
From: Dawn Thibodeaux <dthib77@mailbox.example.com>
Sent: Monday, September 8, 2025 7:02 AM
Subject: Caspian

Hi Ms. Ostrander,

Caspian had a rough weekend at his dad's. His father is not allowed to pick him up.
My sister Jolene Varga will get him on Thursday.

Thank you,
Dawn Thibodeaux
"""


@pytest.mark.parametrize("policy", ["provider-referral", "court-subpoena", "client-request"])
def test_a_home_study_keeps_the_child_and_the_homefinder_not_the_household(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(HOME_STUDY, subject=["Quentin Adebayo-Marsh"]).text
    assert _survives(
        out, "Quentin Adebayo-Marsh", "Quentin will start", "Anjali Sreenivasan, LMSW",
        "great-aunt (applicant)",
    ) == []  # fmt: skip
    # courtesy titles go with the names they title: "Mrs. [PERSON]" still says who
    assert _gone(
        out, "Falkowski", "Bernadine", "Reinhold", "Corwin", "Pruszynski", "Delacorte",
        "Mrs.", "Mr.",
    ) == []  # fmt: skip


@pytest.mark.parametrize("policy", ["provider-referral", "court-subpoena"])
def test_a_home_study_removes_the_households_schools_and_workplaces(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(HOME_STUDY, subject=["Quentin Adebayo-Marsh"]).text
    assert _gone(out, "Wexcombe", "Tamsworth", "Ridgemont", "Brookhaven") == []
    assert "\t58\t" in out and "\t61\t" in out  # the ages in the table stay ages


@pytest.mark.parametrize("policy", ["provider-referral", "court-subpoena", "client-request"])
def test_a_court_caption_in_capitals_loses_the_parents_and_keeps_the_child(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(CAPTIONED_REPORT, subject=["Quentin Adebayo-Marsh"]).text
    assert _survives(
        out, "QUENTIN J. ADEBAYO-MARSH", "Respondents.", "Quentin remains",
        "Anjali Sreenivasan, LMSW",
    ) == []  # fmt: skip
    assert _gone(
        out, "CHANTELLE", "DEVERAUX", "Falkowski", "Bernadine", "Brauer", "Tiffani",
        "Oyelaran", "Mr. Marsh", " and Reinhold",
    ) == []  # fmt: skip


@pytest.mark.parametrize("policy", ["provider-referral", "court-subpoena"])
def test_a_school_email_loses_the_family_and_the_school_keeps_its_writer(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(SCHOOL_EMAIL, subject=["Quentin Adebayo-Marsh"]).text
    assert _survives(out, "Graciela Ostrander, MSW", "School Social Worker", "IEP") == []
    # the school that writes about its pupil locates him: SCHOOL goes where the rule says
    assert _gone(out, "Falkowski", "Corwin", "Wexcombe", "Tamsworth", "Brookhaven") == []


@pytest.mark.parametrize("policy", ["provider-referral", "court-subpoena", "client-request"])
def test_a_parent_named_like_a_word_is_neither_the_subject_nor_staff(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(PARENT_EMAIL, subject=["Caspian Thibodeaux"]).text
    assert "Caspian had a rough weekend" in out
    assert _gone(out, "Dawn", "Jolene", "Varga") == []


@pytest.mark.parametrize("policy", ["provider-referral", "court-subpoena"])
def test_a_neighbours_signed_statement_is_not_a_professionals_signature(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    statement = (
        "Statement of neighbour, taken 3/4/25 by CW J. Alvarez-Dunn:\n\n"
        "I live downstairs from the family. The kids were alone all weekend.\n\n"
        "Signed,\nMarguerite Oyelaran-Pike\n(315) 555-0123\n"
    )
    out = redactor_for(policy).redact(statement, subject=["Quentin Adebayo-Marsh"]).text
    assert _gone(out, "Marguerite", "Oyelaran") == []
    assert "J. Alvarez-Dunn" in out


def test_someone_with_the_subjects_surname_is_never_staff(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "Reinhart Thibodeaux, shift supervisor at the depot, called about Caspian Thibodeaux."
    out = redactor_for("provider-referral").redact(text, subject=["Caspian Thibodeaux"]).text
    assert "Reinhart" not in out and "Caspian Thibodeaux" in out


def test_a_one_line_note_ending_in_a_line_break_has_no_letterhead() -> None:
    text = "Grandson, 12, 7th grade at Harborside Middle School; daughter stays.\n"
    school = Finding(text.index("Harborside"), text.index(";"), "SCHOOL", 0.9)
    assert find_roles(text, [school], professionals=True, agency=True).agency == ()


def test_a_third_partys_phone_goes_with_their_name_where_phones_are_kept(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "Downstairs neighbour Mrs. Oyelaran-Pike (315-555-0191) told CW the children were "
        "alone. Client cell 315-555-0100. Sister Jolene Varga, cell 315-555-0142, helps.\n"
    )
    out = redactor_for("provider-referral").redact(text, subject=["Quentin Adebayo-Marsh"]).text
    assert "315-555-0100" in out  # the client's: the next provider must reach him
    assert _gone(out, "555-0191", "555-0142", "Oyelaran", "Jolene") == []


#: Synthetic case-note entries signed as staff sign them: a name and its own initials, on
#: one line or (a Word comment's author) on two; the grandmother's name is a party's.
SIGNED_ENTRIES = (
    "3/4 Home visit. Grandmother Odalys Brennan reports the child slept well.\n"
    "Renata Szabo-Lind RSL\n"
    "3/11 Called school re attendance; follow up next week.\n"
    "T. Vukasin\nTV\n"
)


@pytest.mark.parametrize("policy", ["client-request", "court-subpoena"])
def test_a_name_signed_with_its_own_initials_is_staff(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(SIGNED_ENTRIES, subject=["Maya Brennan"]).text
    assert "Renata Szabo-Lind RSL" in out and "T. Vukasin\nTV" in out
    assert "Odalys" not in out


STAFF_THREAD = """\
From: Okonkwo-Baptiste, Rhiannon <rokonkwobaptiste@dcyf.example.gov>
Sent: Tuesday, March 4, 2025 9:12 AM
To: Feldhaus, Gareth <gfeldhaus@dcyf.example.gov>
Subject: safety plan

Gareth,

Quillan's aunt, Delphine Marchetti, a nurse at St. Brendan's, called about visits. His
neighbour, a teacher, Ottoline Varga, says she saw bruises in January.
I spoke with Hollis Vandermeer from probation yesterday; he wants the plan by Friday.
Referred by Tomasz Wielgosz, an ongoing caseworker, on 2/11.

| Attendee | Role |
|---|---|
| Anselm Drobny | school psychologist |
| Corinna Marchetti | mother |

| Role | Name |
|---|---|
| Attorney | Philippa Ngata-Ruiz |

Thanks,
Rhiannon
"""


@pytest.mark.parametrize("policy", ["court-subpoena", "mandated-report"])
def test_staff_named_without_a_title_stay_and_relatives_with_a_job_go(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(STAFF_THREAD, subject=["Quillan Marchetti"]).text
    assert _survives(
        out, "Okonkwo-Baptiste, Rhiannon", "Feldhaus, Gareth", "Hollis Vandermeer from probation",
        "Tomasz Wielgosz, an ongoing caseworker", "| Anselm Drobny |", "| Philippa Ngata-Ruiz |",
        "Thanks,\nRhiannon",
    ) == []  # fmt: skip
    assert _gone(out, "Delphine", "Ottoline", "Varga", "Corinna") == []


@pytest.mark.parametrize("policy", ["consultation", "social-media"])
def test_staff_named_without_a_title_go_where_professionals_go(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(STAFF_THREAD, subject=["Quillan Marchetti"]).text
    assert _gone(out, "Okonkwo", "Feldhaus", "Vandermeer", "Wielgosz", "Drobny", "Ngata") == []


def test_a_workers_name_in_a_clients_texts_is_staff_across_the_release(
    redactor_for: Callable[[str], Redactor],
) -> None:
    redactor = redactor_for("court-subpoena")
    subject = ["Quillan Marchetti"]
    redactor.redact("Case plan signed by C. Okafor (JPC) and Rhiannon Okonkwo-Baptiste, MSW.",
                    subject=subject)  # fmt: skip
    texts = "ok so rhiannon came by. my PO is mr okafor. my sister lorena drove me. okafor said ok"
    out = redactor.redact(texts, subject=subject).text
    assert _survives(out, "rhiannon came by", "mr okafor", "okafor said") == []
    assert _gone(out, "lorena") == []


def test_a_name_with_a_work_address_or_a_service_after_it_is_staff() -> None:
    text = "To: Ruel, Tamsin <truel@county.example.gov>\nTC w/ Ada Quist (VA HUD-VASH) re voucher."
    ruel = Finding(4, 16, "PERSON", 0.9, group="p:r")
    quist = Finding(text.index("Ada"), text.index("Ada") + 9, "PERSON", 0.9, group="p:q")
    assert professional_spans(text, [ruel, quist]) == [(4, 16), (quist.start, quist.end)]
    private = "From: Dawn Roe <droe@mailbox.example.com>"
    assert professional_spans(private, [Finding(6, 14, "PERSON", 0.9, group="p:d")]) == []


def test_a_relative_with_a_credential_after_the_name_is_family() -> None:
    text = "Visited with Ada Quist, RN, her aunt, and Bo Park, RN, the school nurse."
    ada = Finding(13, 22, "PERSON", 0.9, group="p:a")
    bo = Finding(text.index("Bo Park"), text.index("Bo Park") + 7, "PERSON", 0.9, group="p:b")
    assert professional_spans(text, [ada, bo]) == [(bo.start, bo.end)]


def test_a_job_said_of_a_name_is_staff_and_a_relation_said_of_it_is_family() -> None:
    text = (
        "Bo Lund has been the family's caseworker since May. Cy Moss is a nurse.\n"
        "Ada Quist, a neighbour who is a teacher, called. Later Ada Quist, RN, called."
    )
    bo = Finding(0, 7, "PERSON", 0.9, group="p:b")
    cy = Finding(text.index("Cy Moss"), text.index("Cy Moss") + 7, "PERSON", 0.9, group="p:c")
    ada = [
        Finding(m, m + 9, "PERSON", 0.9, group="p:a")
        for m in (text.index("Ada Quist"), text.rindex("Ada Quist"))
    ]
    assert professional_spans(text, [bo, cy, *ada]) == [(0, 7)]


def test_a_legend_of_staff_initials_names_staff_and_not_family() -> None:
    text = "Codes: TO = T. Okonjo, LM = Lena Marsh (maternal aunt)."
    okonjo = Finding(12, 21, "PERSON", 0.9, group="p:t")
    marsh = Finding(text.index("Lena"), text.index("Lena") + 10, "PERSON", 0.9, group="p:l")
    assert professional_spans(text, [okonjo, marsh]) == [(12, 21)]


EMPLOYER_LETTER = """\
Maplecrest Counseling Associates
77 Juniper Ave, Salem, OR 97301
Tel 503-555-0144

May 5, 2025

Corinne Vasbinder
HR Business Partner, Leave Administration
Tillamook Board Mills, Inc.
410 Dockside Rd, Newberg, OR 97132

RE: Anselm Dupree-Kwan: intermittent FMLA certification

Dear Ms. Vasbinder:

Mr. Dupree-Kwan has been in treatment for major depressive disorder since January.

Sincerely,

Halvard Engstrom, LCSW
Clinical Social Worker
Maplecrest Counseling Associates
"""


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request", "mandated-report"])
def test_an_employers_hr_contact_is_a_third_party_and_the_signer_stays(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(EMPLOYER_LETTER, subject=["Anselm Dupree-Kwan"]).text
    assert _gone(out, "Vasbinder", "Corinne") == []
    assert _survives(out, "Halvard Engstrom, LCSW", "major depressive disorder") == []


@pytest.mark.parametrize("policy", ["court-subpoena", "mandated-report", "provider-referral"])
def test_a_supervisor_at_the_workplace_is_a_third_party(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    text = (
        "Client works nights as a loader at Wexford Cold Chain, supervisor Dmitri Halloran;"
        " on leave since 3/4.\n"
        "Attn: Ilse Marchetti, Leave Coordinator, re return-to-work date.\n"
        "Called Wexford Cold Chain HR Benedetta Sorensen about a later start.\n"
        "Caseworker: Ruth Okafor-Lind, LMSW   Supervisor: P. Zielinski, LCSW\n"
    )
    out = redactor_for(policy).redact(text, subject=["Tariq Osei-Bonsu"]).text
    assert _gone(out, "Halloran", "Dmitri", "Marchetti", "Sorensen", "Benedetta") == []
    assert _survives(out, "Ruth Okafor-Lind, LMSW", "P. Zielinski, LCSW") == []


@pytest.mark.parametrize("policy", ["court-subpoena", "mandated-report"])
def test_a_supervisor_row_in_an_employment_table_is_a_third_party(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    text = (
        "| Item | Detail |\n|---|---|\n"
        "| Employer | Lindgren Poultry Co., 900 Mill Rd |\n"
        "| Supervisor | Anneliese Vandersloot (night line) |\n"
        "| Position | trimmer, $16.50/hr |\n\n"
        "Ms. Vandersloot asked about the start date.\n"
    )
    out = redactor_for(policy).redact(text, subject=["Amina Farah Yusuf"]).text
    assert _gone(out, "Vandersloot", "Anneliese") == []


@pytest.mark.parametrize("policy", ["court-subpoena", "mandated-report"])
def test_the_agencys_own_supervisor_stays_a_professional(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    text = (
        "CW called the great-aunt at 6:50 PM; she agreed to take both children tonight."
        " Emergency removal approved by Supervisor Brzezinski 7:20 PM.\n"
        "Assigned caseworker: Leona Ashcombe, LMSW     Supervisor: R. Brzezinski, LMSW\n"
    )
    out = redactor_for(policy).redact(text, subject=["Kaylee Dunmore"]).text
    assert _survives(out, "Supervisor Brzezinski", "Leona Ashcombe, LMSW") == []


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request", "provider-referral"])
def test_the_workplace_said_after_a_supervisor_and_a_carriers_adjuster_are_third_parties(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    # "supervisor X on the shift": the workplace comes after the name; an adjuster acts for
    # the employer's insurer, never for the case; "Supv" is how terse notes write it
    text = (
        "Injured lifting a case. Reported to supervisor Haverkamp on the shift;"
        " Haverkamp wrote it up the next day.\n"
        "2/6 Called adjuster Wendeborn re: the IME. Referred to atty.\n"
        "8/12 Working trial, front end, 12 hr/wk. Supv Quiroga at the store. -TW\n"
        "VRC: Tomasz Wren, CRC\n"
    )
    out = redactor_for(policy).redact(text, subject=["Dariusz Pelczar"]).text
    assert _gone(out, "Haverkamp", "Wendeborn", "Quiroga") == []
    assert _survives(out, "Tomasz Wren, CRC") == []


@pytest.mark.parametrize("policy", ["court-subpoena", "mandated-report"])
def test_a_supervisor_at_a_working_trial_is_a_third_party(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    text = (
        "| Step | What | Who |\n"
        "| 1 | Working trial, front end, 12 hr/wk, supervisor Marisela Quiroga; stool at"
        " register | customer, VR counselor |\n"
        "Quiroga at the store is fine with the stool.\n"
    )
    out = redactor_for(policy).redact(text, subject=["Dariusz Pelczar"]).text
    assert _gone(out, "Quiroga", "Marisela") == []
    assert _survives(out, "VR counselor") == []


@pytest.mark.parametrize("policy", ["court-subpoena", "provider-referral"])
def test_a_benefits_advocate_a_hearing_reporter_and_a_claims_rep_stay(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    # who acted in a disability claim: the court keeps them as it keeps a caseworker
    text = (
        "Intake date: 01/14/2025   Advocate: Ilona Brzostek, benefits advocate\n"
        "Field office contact: claims rep Mr. Abernathy, by phone.\n"
        "Hearing reporter: D. Yankowski\n"
        "Also present: Ilona Brzostek (benefits advocate); the claimant's wife, Halina.\n"
    )
    out = redactor_for(policy).redact(text, subject=["Dariusz Pelczar"]).text
    assert _survives(out, "Ilona Brzostek", "Abernathy", "D. Yankowski") == []
    assert _gone(out, "Halina") == []


def test_a_title_before_the_next_persons_initials_is_not_the_name_before_it() -> None:
    text = "Mtg at Band ICWA ofc w/ DB, Geri, GAL RFK. Geri fingerprints done."
    first, second = (i for i in range(len(text)) if text.startswith("Geri", i))
    names = [Finding(s, s + 4, "PERSON", 0.8, group="g") for s in (first, second)]
    assert professional_spans(text, names) == []


HANDOFF = """BAKER ACT TRANSPORT / HAND-OFF
PERSON: DELACROIX, TRISTAN MICHAEL
TRANSPORTING OFC: OFC. B. KESSINGER   UNIT: 2B14
SUPERVISOR NOTIFIED: SGT. R. ABERNATHY-COLE
ROOMMATE: NATHANIEL OSEI-BONSU

Copies: Office of the Public Defender (APD Marisa Quintanilla-Roe); the Respondent.
"""


def test_ranks_in_capitals_and_a_public_defender_are_professionals(
    redactor_for: Callable[[str], Redactor],
) -> None:
    out = redactor_for("court-subpoena").redact(HANDOFF, subject=["Tristan Delacroix"]).text
    assert _survives(out, "R. ABERNATHY-COLE", "B. KESSINGER", "Marisa Quintanilla-Roe") == []
    assert _gone(out, "OSEI-BONSU", "NATHANIEL") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("10/2 1340 SW: MEETING W/ NNP T. OKONKWO-BELL, MOTHER AT BEDSIDE.", "T. OKONKWO-BELL"),
        ("Delivery attended by CNM Ruthanne Vasquez; infant to NICU.", "Ruthanne Vasquez"),
    ],
)
def test_a_clinical_licence_before_a_name_makes_a_professional(text: str, name: str) -> None:
    at = text.index(name)
    for start in (at, text.rindex(" ", 0, at - 1) + 1):  # with or without the licence inside
        found = Finding(start, at + len(name), "PERSON", 0.9, group="p:x")
        assert professional_spans(text, [found]) == [(found.start, found.end)]


WORK_WITNESS = """\
Intake. Client Darnell Pruitt hurt his shoulder lifting pallets.
Witness: coworker Reggie Tolliver, cell (555) 201-3344. Tolliver drove him home.
Marta Quill, his co-worker, also saw it.
Adjuster: Corinne Vasko, (555) 909-1212. Called adjuster Vasko at the carrier re: IME.
Caseworker Tobias Lind met him on 5/14.
"""


@pytest.mark.parametrize("policy", ["court-subpoena", "mandated-report"])
def test_coworkers_and_the_insurers_adjuster_are_third_parties(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(WORK_WITNESS, subject=["Darnell Pruitt"]).text
    assert _gone(out, "Tolliver", "Reggie", "Marta", "Quill", "Vasko", "Corinne") == []
    assert _survives(out, "Darnell Pruitt", "Caseworker Tobias Lind", "coworker", "Adjuster") == []


def test_a_comment_written_under_a_signature_is_no_agency_line() -> None:
    """A reviewer's comment appended under the signature block is prose: an organisation
    NER reads in it ("Adjuster Wendeborn") is not the agency's own name."""
    text = (
        "Plan reviewed with the customer; next review in ninety days.\n"
        "Signed,\n"
        "Odalys Ferreira, CRC, Vocational Rehabilitation Counselor\n"
        "Dariusz Pelczar, customer\n"
        "Bo - the trial work months count from March 2025. Adjuster Wendeborn will ask"
        " for the pay stubs; send them through counsel only.\n"
        "Priya Raman\n"
    )

    def at(words: str, entity_type: str) -> Finding:
        start = text.index(words)
        return Finding(start, start + len(words), entity_type, 0.85)

    findings = [
        at("Odalys Ferreira", "PERSON"),
        at("Adjuster Wendeborn", "ORGANIZATION"),
        at("Wendeborn", "PERSON"),
    ]
    roles = find_roles(text, findings, professionals=True, agency=True)
    assert roles.is_professional(findings[0])
    assert not roles.is_agency(findings[1]) and not roles.is_agency(findings[2])


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Present: client; MCM L. Okonjo-Pratt; DIS Ramon Quintero (county health "
            "department), interview record HD-25-0012.",
            ["L. Okonjo-Pratt", "Ramon Quintero"],
        ),
        ("Counselled by RPh Ingrid Solberg on adherence.", ["Ingrid Solberg"]),
    ],
)
def test_hiv_care_titles_before_a_name_make_a_professional(
    redactor_for: Callable[[str], Redactor], text: str, kept: list[str]
) -> None:
    out = redactor_for("court-subpoena").redact(text, subject=["Jerome Whitfield"]).text
    assert all(name in out for name in kept), out


GROUP_HOME_EVENT = """\
Event report. Staff on duty: Priya Castellano, DSP; Dmitri Oyelowo, CMT.
At lunch housemate Arlo Haugland fell. Staff Castellano stayed with him while paramedic
R. Vandersloot, EMT-P took over. House manager Lorna Betancourt, QIDP, notified 12:40.
"""


@pytest.mark.parametrize("policy", ["court-subpoena", "mandated-report"])
def test_a_group_homes_staff_are_professionals_by_credential_and_title(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(GROUP_HOME_EVENT, subject=["Teodor Vickery"]).text
    kept = ["Priya Castellano, DSP", "Dmitri Oyelowo, CMT", "Staff Castellano",
            "R. Vandersloot, EMT-P", "Lorna Betancourt, QIDP"]  # fmt: skip
    assert _survives(out, *kept) == []
    assert _gone(out, "Arlo", "Haugland") == []


def test_disability_services_words_survive_research(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "Plan: Day Habilitation 15 h/wk and Residential Habilitation; Vineland-3 composite 54;"
        " SIS-A Support Needs Index 96; Individual Support Plan signed by the Support"
        " Coordinator and the House Manager, Lorna Betancourt, QIDP. Staff on duty: Priya"
        " Castellano, DSP; Dmitri Oyelowo, CMT."
    )
    out = redactor_for("research-safe-harbor").redact(text).text
    kept = ["Day Habilitation", "Residential Habilitation", "Vineland-3", "SIS-A",
            "Support Needs Index", "Individual Support Plan", "House Manager", "DSP",
            "CMT"]  # fmt: skip
    assert _survives(out, *kept) == []
    assert _gone(out, "Lorna", "Betancourt", "Priya", "Castellano", "Oyelowo") == []


def test_a_sports_coach_is_no_professional_of_the_record_but_a_job_coach_is(
    redactor_for: Callable[[str], Redactor],
) -> None:
    note = "Bowls Thursdays with coach Bram. Job coach Ilse Varga faded support to 4 h/wk."
    out = redactor_for("court-subpoena").redact(note, subject=["Tobin Achterberg"]).text
    assert "Bram" not in out and "Ilse Varga" in out


@pytest.mark.parametrize("policy", ["court-subpoena", "provider-referral"])
def test_a_facilitys_shift_supervisor_youth_officer_and_nurse_are_staff(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    # a detention centre's own staff: the shift is the facility's, not a workplace of the
    # client's; "YSO" (youth services officer) and "Nurse" are titles of office
    text = (
        "Reviewed: R. Castellano-Pike, shift supervisor, 6/2/25\n"
        "Reporting staff: YSO Marguerite Okafor-Lind. Nurse Thorvaldsen checked both youth.\n"
        "Peer Desmond Quarrie was moved to 4B.\n"
    )
    out = redactor_for(policy).redact(text, subject=["Tobiah Renwick"]).text
    assert _survives(out, "Castellano-Pike", "Marguerite Okafor-Lind", "Thorvaldsen") == []
    assert _gone(out, "Quarrie") == []


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request", "provider-referral"])
def test_a_supervisor_on_the_shop_floor_is_a_third_party(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    # no employer named on the line: the co-worker, the forklift, the union and the
    # grievance say the supervisor is the workplace's, not the agency's
    text = (
        "After a co-worker's forklift hit the rack she yelled at supervisor Anatoly Brezhnev.\n"
        "Union steward filed a grievance over the write-up from supervisor Greta Lindahl.\n"
        "Clinician: Morwenna Trask, LCSW   Clinical supervisor: Y. Abernethy, LICSW\n"
    )
    out = redactor_for(policy).redact(text, subject=["Ofelia Barragan"]).text
    assert _gone(out, "Brezhnev", "Anatoly", "Lindahl", "Greta") == []
    assert _survives(out, "Morwenna Trask, LCSW", "Y. Abernethy, LICSW") == []


def test_teachers_by_grade_and_a_plural_staff_labels_list_stay_for_a_court(
    redactor_for: Callable[[str], Redactor],
) -> None:
    notes = (
        "## 2/11/2025 — Ingrid Fairholm-Bey, 3rd grade teacher\n"
        "- Jaylen reads at grade level.\n\n"
        "## 2/12/2025 — Osvaldo Trembath, kindergarten teacher\n"
        "- Amari settles quickly.\n\n"
        "Facilitator(s): Renata Oyelaran, MSW; Corbin Maltby (co-facilitator)\n"
        "Visits were observed by monitor Tamsin Okereke (ordered by Comm. R. Vandermolen).\n"
        "Present: Dolores Ashgrove (maternal aunt)\n"
    )
    court = redactor_for("court-subpoena").redact(notes, subject=["Tavon Pruitt"]).text
    kept = ("Ingrid Fairholm-Bey", "Osvaldo Trembath", "Renata Oyelaran", "Corbin Maltby",
            "Tamsin Okereke", "R. Vandermolen")  # fmt: skip
    assert _survives(court, *kept) == []
    assert _gone(court, "Jaylen", "Amari", "Dolores", "Ashgrove") == []
    elsewhere = redactor_for("consultation").redact(notes).text
    assert _gone(elsewhere, "Fairholm", "Trembath", "Oyelaran", "Maltby") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Accounts reviewed by Oskar Demir-Lund, CFE, on 8/2.", "Oskar Demir-Lund"),
        ("Visit with Rhea Castellano, NCG, at the facility.", "Rhea Castellano"),
        ("Care conference led by Ines Barlow, LBSW.", "Ines Barlow"),
        ("cc: Tomasz Whitcombe, Deputy Public Fiduciary", "Tomasz Whitcombe"),
        ("Gideon Ferrante (State Bar No. 031557)\nAttorney for Petitioner", "Gideon Ferrante"),
    ],
)
def test_guardianship_staff_and_an_attorney_by_bar_number_are_professionals(
    text: str, name: str
) -> None:
    start = text.index(name)
    person = Finding(start, start + len(name), "PERSON", 0.9, group="p:x")
    assert professional_spans(text, [person]) == [(person.start, person.end)]


def test_a_relative_who_is_the_fiduciary_is_still_family() -> None:
    text = "Her nephew, Lars Ekholm, the family's fiduciary, cashed the cheques."
    start = text.index("Lars")
    person = Finding(start, start + len("Lars Ekholm"), "PERSON", 0.9, group="p:l")
    assert professional_spans(text, [person]) == []


def test_a_students_coach_is_school_staff_a_court_keeps(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "He runs cross-country (Coach Imani Brackett-Lowe) and has missed two meets.\n"
        "His coach, Imani Brackett-Lowe, says he is on time since October.\n"
    )
    out = redactor_for("court-subpoena").redact(text, subject=["Tavish Ruud"]).text
    assert "Coach Imani Brackett-Lowe" in out and "coach, Imani Brackett-Lowe" in out
    research = redactor_for("research-safe-harbor").redact(text, subject=["Tavish Ruud"]).text
    assert "Brackett" not in research


def test_a_lower_case_signature_with_a_licence_keeps_its_professional_under_the_court(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = "hv 5/2. mom and baby well, wic appt made. next visit 5/16.\nt. abernathy-quist, msw\n"
    out = redactor_for("court-subpoena").redact(text).text
    assert "t. abernathy-quist, msw" in out
    out = redactor_for("consultation").redact(text).text
    assert "abernathy" not in out and "msw" in out


@pytest.mark.parametrize("policy", ["provider-referral", "court-subpoena"])
def test_a_clinician_signed_with_a_state_credential_is_kept_whole(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    fax = (
        "PRIOR AUTHORIZATION REQUEST\n"
        "Rendering: Yesenia Blackhawk-Adeyemi, LSCSW, NPI 1770042211, KS lic. 9021\n"
        "Member: Tobin R. Ashcombe   DOB 04/02/2010\n"
        "Peer-to-peer: Yesenia, 785-555-0114 x 207\n"
    )
    out = redactor_for(policy).redact(fax, subject=["Tobin R. Ashcombe"]).text
    assert "Yesenia Blackhawk-Adeyemi, LSCSW" in out
    if policy == "court-subpoena":  # a licence number is a placeholder there, not a case
        assert "9021" not in out


@pytest.mark.parametrize("policy", ["court-subpoena", "provider-referral"])
def test_a_universitys_offices_after_a_name_make_staff(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "Re: housing move for the student\n\n"
        "cc: Imogen Farrow-Blake, Deputy Student Conduct Coordinator\n"
        "    Theo Marchbanks, Dean of Students\n"
        "    Wren Castellano, Resident Advisor, 4th floor\n"
        "Her friend Corin Alder helped her pack."
    )
    out = redactor_for(policy).redact(text, subject=["Ysolde Brannigan"]).text
    for name in ("Imogen Farrow-Blake", "Theo Marchbanks", "Wren Castellano"):
        assert name in out, out
    assert "Corin" not in out, out


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request", "mandated-report"])
def test_a_supervisor_where_a_private_person_works_days_is_a_third_party(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    # when or how long comes between "works" and the workplace: still the workplace
    text = (
        "Partner works nights at the county 911 center; her supervisor Rosalind Thackery"
        " knows about the order.\n"
        "Brother worked six years for a roofer, supervisor Emeric Dunphy.\n"
    )
    out = redactor_for(policy).redact(text, subject=["Kwame Ashby-Boateng"]).text
    assert _gone(out, "Thackery", "Rosalind", "Dunphy", "Emeric") == []


@pytest.mark.parametrize(
    ("heading", "family"),
    [
        ("# Collateral contacts — Okafor / Lindqvist, 2024FA000112", "Lindqvist"),
        ("Visit log: Marchetti-Dunn family", "Marchetti-Dunn"),
        ("HOME STUDY — PELLETIER", "PELLETIER"),
    ],
)
def test_a_family_name_in_a_heading_is_not_the_agency(heading: str, family: str) -> None:
    text = f"{heading}\n\nSpoke with Rosalind {family} by phone on 2/4."
    start = text.index(family)
    org = Finding(start, start + len(family), "ORGANIZATION", 0.85)
    later = text.index("Rosalind")
    person = Finding(later, later + len("Rosalind ") + len(family), "PERSON", 0.85)
    assert agency_spans(text, [org, person]) == []


def test_an_agency_in_a_heading_stays_the_agency() -> None:
    text = "Lakeside Family Services\n\nSpoke with Rosalind Pike by phone."
    org = Finding(0, 24, "ORGANIZATION", 0.85)
    later = text.index("Rosalind")
    person = Finding(later, later + 13, "PERSON", 0.85)
    assert (0, 24) in agency_spans(text, [org, person])
