"""Templates for reports, letters and summaries. Slot names are listed in cast.py; all fiction."""

from __future__ import annotations

from generator.kinds import Kind

COURT = Kind(
    "court_report",
    ("substance_use",),
    """\
REPORT TO THE COURT
Court: {court}
In re: {kid}, a minor (DOB {kid_dob:slash})
Parent: {c}
Docket/Case #: {case}
Hearing date: {hearing:long}
Prepared by: {worker}, LICSW

Purpose: This report is submitted at the request of the court and guardian ad litem {gal} to \
update the court on {c_ms}'s progress since the review hearing of {v1:long}.

Background: {c} ({age:age}, DOB {dob:iso}) is the {parent} of {kid} \
({kid_age:age}). The family came to the attention of the {agency} after a report \
filed {v1:slash} concerning inadequate supervision. {c_first} resides at {street}, {city}, \
{state} {zip}.

Services and compliance: {c_first} completed a substance use evaluation at {clinic} and has \
been enrolled in medication-assisted treatment (buprenorphine) since early this year. Random \
toxicology screens on {v1:md}, {v2:md} and {v3:md} were negative for opioids. {She} attends \
weekly counseling and a parenting class. {c_ms} has worked steadily at {employer} for four \
months. Records from {hospital} (MRN {mrn}) were reviewed with a signed release.

Child's functioning: {kid_first} attends {school}, where {kher} teacher, {teacher}, reports \
improved attendance. {kid_first}'s pediatrician, {doc_dr}, reports {kshe} is healthy and \
developmentally on track. {kid_first} told this writer {kshe} "likes the weekends at home."

Relatives: The grandmother, {gm}, has been a consistent support and is willing to \
supervise visits. The other parent, {ptn}, has not engaged with services.

Recommendation: This writer recommends that unsupervised weekend visits in {c_first}'s home \
continue and that the court consider reunification at the next review. {abbr} caseworker \
{cw} concurs.

Respectfully submitted on {v3:long}. {worker} may be reached at {worker_phone} or \
{worker_email}. Client ID {cid}; Medicaid ID {mcd}.
""",
)

EMAIL = Kind(
    "email_school_counsellor",
    (),
    """\
EMAIL - SCHOOL COUNSELOR
From: {worker} <{worker_email}>
To: {couns} <{school_email}>
Date: {v2:abbr}
Subject: {kid_first} - attendance and support plan

Dear {couns_ms},

Thank you for taking my call on {v1:md}. As discussed, I am the family support worker for \
{kid} ({kid_age:age}, DOB {kid_dob:slash}), who is in {teacher_ms}'s class at {school}. \
{kid_first}'s {parent}, {c}, signed a release on {v1:iso} allowing me to share limited \
information with the school (our client ID {cid}; Case #{case}).

{c_ms} asked me to let you know that the family moved last month to {street}, {city}, {st} \
{zip}, so {kid_first} will now take the bus from the new stop. {c_first}'s best number is \
{phone}, and {she} prefers e-mail at {email}. Please note that {c_first} works at {employer} \
until mid-afternoon and cannot take calls during shifts.

{kid_first} has seemed tired and worried at home since the move. {c_first} is a \
{age:hy} single {parent} and is doing a good job with a lot on {her} plate; {her} younger \
child, {kid2_first}, is {kid2_age:age}. {kid_first}'s grandmother, {gm}, may also pick \
{kher_o} up on Tuesdays and Thursdays and is on the emergency card.

Could we set up a brief meeting with you, {teacher}, and {c_ms} during the week of \
{v3:long}? I can also join by phone at {worker_phone}. {kid_first} sees {doc_dr} at \
{clinic} (MRN {mrn}, Medicaid {mcd}), and I can ask for a note if the school needs one.

Best regards,
{worker}
Family Support Worker, on behalf of the {agency}
""",
)

REFERRAL = Kind(
    "referral_letter",
    ("communicable_disease",),
    """\
REFERRAL LETTER
To: {doc}, Intake Coordinator, {clinic}
From: {worker}, LICSW, Medical Social Work, {hospital}
Date: {v2:long}
Re: {c}, DOB {dob:slash}, MRN {mrn}

Dear {doc_dr},

I am writing to refer {c}, a {age:hy} patient of our infectious disease clinic, for \
community case management and behavioral health services at {clinic}. {c_ms} was diagnosed \
with HIV on {v1:long} and started antiretroviral therapy the same week. {Her} most recent viral \
load was undetectable. {She} has asked that {her} HIV status not be shared with {her} \
employer, {employer}, or with {her} family, with the exception of {her} {ptn_rel}, {ptn}.

{c_first} lives at {street}, {city}, {state} {zip} with {her} {kid_rel} {kid_first} \
({kid_age:age}), who attends {school}. {c_first}'s main needs are help with transportation \
to appointments, a Ryan White application, and short-term counseling for adjustment to the \
diagnosis. {She} has Medicaid (ID {mcd}). {She} has no history of substance use.

{c_ms} is open to services and prefers morning appointments. {She} can be reached at \
{phone} or by e-mail at {email}. A signed authorization to release information, dated \
{v2:iso}, is enclosed. Please note that the {abbr} also has an open case with the family \
(Case #{case}, worker {cw}); the authorization does not cover disclosure of HIV-related \
information to {abbr}.

{c_first}'s next clinic visit with us is {v3:slash}. Please contact me at {worker_phone} \
with any questions.

Sincerely,
{worker}, LICSW
""",
)

SUPERVISION = Kind(
    "supervision_summary",
    ("psychotherapy_notes",),
    """\
SUPERVISION / CONSULTATION SUMMARY
Supervisee: {worker}, LCSW
Supervisor: {sup}, LICSW
Date: {v2:slash}
Case discussed: {c} (client ID {cid})

Case summary: {c_first} is a {age:hy} {woman} (DOB {dob:long}) seen weekly since \
{v1:long} at {clinic} for depression following the removal of {her} {kid_rel}, {kid} \
({kid_age:age}), by the {agency}. {kid_first} is placed with {kher} grandmother, {gm}, and attends \
{school}. {c_ms} works at {employer}.

Process content: {worker} described feeling protective and angry on {c_first}'s behalf \
after {c_first} recounted the removal in detail. In session on {v2:md}, {c_first} said, \
"You're the only one who doesn't look at me like I'm a bad mother," and then missed the next \
appointment. The supervisor explored whether the clinician's own history of a parent in \
recovery is shaping countertransference. {worker} reported a dream {c_first} shared about \
locked doors, which {c_first} linked to {her} father; the clinician wondered about \
interpreting this and held back. Discussion of {c_ms}'s shame, idealization of the \
clinician, and the risk of rupture when the clinician's leave begins on {v3:dm}.

Ethical and legal issues: The {abbr} caseworker, {cw}, has requested session notes for \
{court} (Case #{case}). Supervisor advised sending a brief treatment summary only, not \
psychotherapy notes, and only with {c_first}'s written authorization. {c_first}'s attorney \
is {atty}.

Plan: Clinician to prepare {c_first} for the leave; coverage clinician {ther} to meet \
{c_ms} jointly on {v3:iso}. Clinician will review the safety plan; client's cell {phone}, \
e-mail {email}, address {street}, {city}, {st} {zip}. Medicaid ID {mcd}; MRN at {hospital}: {mrn}.
""",
)

DISCHARGE = Kind(
    "discharge_summary",
    ("reproductive_health",),
    """\
DISCHARGE SUMMARY
Client: {c}
DOB: {dob:slash}
Client ID: {cid}
Medicaid ID: {mcd}
Admission date: {v1:slash}
Discharge date: {v3:slash}

Reason for services: {c} was referred to the home-visiting program at {clinic} when \
{she} was fourteen weeks pregnant, at {age:age}, by {her} OB provider at {hospital} (MRN {mrn}). \
Goals were prenatal care attendance, a safe sleep plan, and stable housing.

Course: {c_first} attended all prenatal appointments with {doc_dr}. {She} delivered a \
healthy infant at {hospital} on {v2:long}. {c_ms} chose to start an IUD at the six-week \
postpartum visit and discussed the decision openly with writer. {She} screened positive for \
postpartum depression on {v2:md} and began counseling with {ther}; the most recent \
screen was negative. {Her} older child, {kid_first} ({kid_age:age}), attends {school} and \
has adjusted well to the baby.

Housing and income: The family moved to {street}, {city}, {st} {zip} around {v2:mday}. \
{c_first} returned to work at {employer} and {her} {ptn_rel}, {ptn}, is employed at \
{ptn_employer}. Grandmother {gm} provides childcare.

Status at discharge: All goals met. No open {abbr} case (prior Case #{case} closed). \
{c_first}'s contact information at discharge: {phone}; {email}.

Recommendations: Continue pediatric care at {clinic}; WIC; counseling as needed. \
{c_ms} knows {she} may self-refer back to the program.

{worker}, MSW, Home Visitor - reviewed with {sup}, LICSW, on {v3:iso}
""",
)

COLLATERAL = Kind(
    "collateral_contact",
    (),
    """\
COLLATERAL CONTACT NOTE
Client: {c}
DOB: {dob:iso}
Client ID: {cid}
Contact date: {v2:long}
Contact type: Telephone
Collateral: {teacher}, teacher, {school}

Writer spoke by phone with {teacher_ms}, {kid_first}'s homeroom teacher at {school}, with a \
release signed by {c} on {v1:slash}. {teacher_ms} reported that {kid} ({kid_age:age}) has had \
four tardies since {v1:dm} but no absences. {kid_first} is reading at grade level and \
participates in class. {teacher_ms} observed that {kid_first} has been "more settled" since \
{kher} {parent} started the new job at {employer}.

{teacher_ms} stated {kid_first}'s grandmother, {gm}, usually does pickup and is "very \
involved." The teacher has {c_first}'s number as {phone} and e-mail as {email}; writer \
confirmed these are current, and that the family's address is {street}, {city}, {st} {zip}.

Writer also left a message for {kid_first}'s pediatrician, {doc_dr}, at {clinic} \
regarding the school's request for an updated physical; {kid_first}'s last well visit was \
{v1:long}. Medicaid ID {mcd} and {hospital} MRN {mrn} were given to the clinic at \
{c_ms}'s request.

Writer called {c_first} at {phone} after the contact and summarized what the teacher said. \
{c_first} ({age:age}) was pleased. {c_ms}'s {abbr} caseworker, {cw}, was updated by e-mail \
(Case #{case}). No concerns identified.

Plan: Next collateral contact with the school in one month, around {v3:mday}.

{worker}, BSW
""",
)

KINDS = (COURT, EMAIL, REFERRAL, SUPERVISION, DISCHARGE, COLLATERAL)
