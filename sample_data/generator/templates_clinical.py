"""Templates for sessions and contacts. Slot names are listed in cast.py; all text is fiction."""

from __future__ import annotations

from generator.kinds import Kind

PROGRESS = Kind(
    "progress_note",
    ("substance_use",),
    """\
PROGRESS NOTE - OUTPATIENT CASE MANAGEMENT
Client: {c}
DOB: {dob:slash}
Case #: {case}
Medicaid ID: {mcd}
Date of service: {v2:slash}
Location: {clinic}

S: {c_first} is a {age:hy} {woman} seen today at {clinic} for {her} scheduled case-management \
session. {She} reports {she} has been attending the opioid treatment program daily and remains \
on methadone 80 mg, dosed at the window each morning before work. {She} stated, "I haven't used \
since {v1:md}, and I want to keep it that way for my kids." {c_first} continues to work at \
{employer} on the early shift and says the dosing schedule is "tight but doable."

O: {c_ms} arrived on time, was casually dressed, and was alert and oriented. Affect was bright \
and congruent. Urine drug screen from {v1:long} was negative for non-prescribed substances per \
the MAT prescriber, {doc_dr}. {Her} {kid_rel} {kid_first} ({kid_age:age}), a student at {school}, \
waited in the lobby with {her} grandmother, {gm}.

A: {c_first}'s recovery appears stable. Barriers remain transportation and childcare during \
dosing hours. {c_ms} is motivated and engaged. Risk of relapse is moderate given recent loss of \
{her} housing voucher appointment.

P: Writer will call the Housing Authority on {c_first}'s behalf and confirm bus passes. Client \
agreed to attend two NA meetings per week and to continue counseling with {ther} at {clinic}. \
Writer reminded client of {abbr} safety plan requirements and reviewed the release of \
information for {hospital} (MRN {mrn}). Next appointment {v3:iso}. Client can be reached at \
{phone} or {email}; preferred contact is text. \
Current address on file: {street}, {city}, {st} {zip}.

{worker}, LCSW
""",
)

INTAKE = Kind(
    "intake_assessment",
    ("substance_use",),
    """\
INTAKE ASSESSMENT
Client name: {c}
Date of birth: {dob:long}
Client ID: {cid}
Medicaid ID: {mcd}
Intake date: {v1:long}
Referral source: {agency}

Reason for referral: {c} is a {age:hy} {woman} referred by {cw}, an ongoing caseworker with \
{abbr} (Case #{case}), after a report that {her} {kid_rel}, {kid} ({kid_age:age}), missed nine \
days of school at {school} in one month. {c_ms} lives with {her} two children at {street}, \
{city}, {state} {zip}. {Her} younger child, {kid2_first}, is {kid2_age:age}.

Family history: {c_first} was born in {city} and raised largely by {her} mother, {gm}. {She} \
describes the relationship with {ptn}, the children's other parent, as "on and off." {ptn_first} \
works at {ptn_employer} and has the children on alternating weekends.

Substance use history: {c_ms} reports drinking since adolescence, with heavy use (a pint of vodka \
most days) for several years until {her} admission to detox at {hospital} last winter \
(MRN {mrn}). {She} has attended AA meetings "on and off" since then and has a sponsor. \
{She} denies other drug use. AUDIT score today: 21.

Employment and income: {c_first} works part-time at {employer} as a cashier and receives SNAP.

Mental status: Cooperative, tearful when discussing {kid_first}'s attendance. No SI/HI.

Contact: cell {phone}, e-mail {email}. {c_first}'s Instagram {handle} was given as an \
alternative way to reach {her_o}; writer explained this will not be used for clinical contact.

Plan: Weekly case management; referral to IOP at {clinic}; school meeting with counselor \
{couns} on {v2:md}. Follow-up scheduled {v2:slash}.

Completed by {worker}, MSW, on {v1:iso}.
""",
)

GROUP = Kind(
    "group_session_note",
    ("group_disclosures", "substance_use", "communicable_disease"),
    """\
GROUP SESSION NOTE - PARENTING IN RECOVERY GROUP
Client: {c}
DOB: {dob:short}
Client ID: {cid}
Medicaid ID: {mcd}
Session date: {v2:abbr}
Facilitators: {worker}, LCSW; {ther}, LMHC

Members present: {c}, {m1}, {m2}, {m3}, {m4}. Group met at {clinic} \
for ninety minutes in the evening.

Topic: Staying connected to your children during treatment.

{c_first} opened the check-in and said {her} {kid_rel} {kid_first} ({kid_age:age}) \
had {kher} first good report card this year from {school}. {c_ms} stated {she} is still working \
at {employer} and is "finally sleeping." Peers affirmed {c_first}'s progress.

{m1_first} disclosed that {m1she} relapsed on alcohol the weekend of {v1:mday} after a fight \
with {m1her} sister and has not yet told {m1her} probation officer. Group members encouraged \
{m1her_o} to call {m1her} sponsor.

{m2_first} shared with the group that {m2she} learned last month {m2she} is HIV positive and \
has started medication at the infectious disease clinic at {hospital}. {m2_first} said {m2she} \
is afraid {m2her} family will find out. Facilitator reminded members of the group agreement on \
confidentiality.

{m3_first} ({m3_ms}) talked about {m3her} custody case in {court} and said {m3she} feels \
judged by {abbr}. {m4_first} was quiet and disclosed only that {m4she} is "using again, but \
less." {m4_ms} accepted a referral to detox after group.

Clinical observations: Members were engaged. {c_first} offered support to {m2_first} and \
shared {her} own experience of being in recovery since {v1:slash}.

Plan: Next group {v3:iso}. Writer will follow up individually with {m4_first} and with \
{c_ms} at {phone} regarding {her} request for a letter to the {abbr} worker, {cw}. \
{c_first} gave a new mailing address, {street}, {city}, {st} {zip}, and e-mail {email}. \
Case #{case}; MRN {mrn}.
""",
)

COUPLES = Kind(
    "couples_session",
    ("psychotherapy_notes", "reproductive_health"),
    """\
COUPLES SESSION NOTE
Clients: {c} and {ptn}
Primary client DOB: {dob:iso}
Case #: {case}
Medicaid ID: {mcd}
Session date: {v2:long}
Clinician: {ther}, LICSW

{c} ({age:age}) and {her} {ptn_rel} {ptn} attended their sixth conjoint session at {clinic}. \
{c_ms} called on {v1:md} from {phone} to ask for an earlier appointment after an argument \
that "got loud."

Presenting concerns: The couple has been trying to conceive for two years. {c_first} \
disclosed a miscarriage on {v1:long} at eleven weeks, treated at {hospital} (MRN {mrn}), and \
said {she} has not been able to talk about it with anyone except {her} mother, {gm}. \
{ptn_first} said {pshe} "didn't know what to say" and threw {pher_o}self into work at \
{ptn_employer}. The couple disagree about starting IVF; {ptn_ms} is worried about cost.

Process: When {c_first} cried, {ptn_first} looked at {pher} phone; clinician named this and \
{ptn_first} said it reminded {pher_o} of {pher} parents' silence after {pher} own brother died. \
Clinician observed a pursue-withdraw cycle and reflected that {c_first}'s anger seems to protect \
grief. {c_ms} acknowledged feeling "like my body failed us." Clinician noted a strong \
pull to reassure and chose instead to slow the pace. Both partners softened in the last ten \
minutes and held hands. {c_first} said {she} was hurt that {ptn_first} had \
commented on {her} Instagram post ({handle}) about the loss. The family has no involvement \
with the {agency}.

{c_first}'s {kid_rel} from a prior relationship, {kid_first} ({kid_age:age}), attends \
{school}; both partners agree {kid_first} has been anxious since the loss.

Plan: Continue weekly sessions. Referral to perinatal loss support group. {c_first} will \
schedule follow-up with {her} OB-GYN, {doc_dr}. Next session {v3:slash}. Contact: \
{email}. Home address {street}, {city}, {st} {zip}. {c_first} works at {employer}.
""",
)

HOME_VISIT = Kind(
    "home_visit",
    (),
    """\
HOME VISIT NOTE
Client: {c}
DOB: {dob:slash}
Client ID: {cid}
Case #: {case}
Visit date: {v2:slash}
Address: {street}, {city}, {st} {zip}

Writer conducted an announced home visit with {c} ({age:age}) and {her} children, {kid}, \
who is {kid_age:yo}, and {kid2_first} ({kid2_age:age}). The visit was scheduled by phone on \
{v1:md}; {c_ms} confirmed by text from {phone}.

Home environment: The apartment is a two-bedroom on the second floor. Home was clean and \
adequately furnished; there was food in the refrigerator and cabinets. Smoke detector tested \
and working. {kid_first} showed writer {kher} room and {kher} homework from {school}. \
{c_first}'s mother, {gm}, was present and stated she picks the children up after school \
three days a week while {c_first} works at {employer}.

Health: {c_ms} reported {kid2_first} was seen at {clinic} (MRN {mrn}) on {v1:long} \
for an ear infection and is up to date on immunizations. Pediatrician is {doc_dr}. \
{c_first} has Medicaid ({mcd}) for {her_o}self and the children.

Interactions: {c_first} was warm and redirected the children calmly. {kid_first} asked \
when {kher} father, {ptn}, would visit next; {c_first} answered honestly and at an \
age-appropriate level.

Concerns: Landlord has not fixed the bathroom window. Writer gave {c_ms} the number for \
the {city} housing inspector and tenant legal aid.

Plan: Writer will e-mail an update from {worker_email} to {abbr} caseworker {cw} \
by {v3:dm}. Next home visit {v3:long}. {c_first}'s e-mail for appointment reminders: {email}.

{worker}, BSW, Family Support Worker
""",
)

CRISIS = Kind(
    "crisis_call_note",
    ("shelter_location",),
    """\
CRISIS CALL NOTE
Caller: {c}
DOB: {dob:slash}
Client ID: {cid}
Call date/time: {v2:iso}, late evening
Callback number: {phone2}

{c_first} called the after-hours line stating {her} {ptn_rel}, {ptn}, had pushed {her_o} \
into a wall and taken {her} phone during an argument at their home at {street}, {city}, \
{st} {zip}. {c_ms} was calling from a neighbor's phone. {She} stated {her} {kid_rel}, \
{kid_first} ({kid_age:age}), was asleep in the next room and did not witness the incident.

Risk assessment: {c} ({age:age}) reported prior incidents on {v1:md} and in the spring, \
escalating in frequency. {ptn_first} has access to a firearm. {She} denied injuries requiring \
medical care but agreed to be seen at {hospital} (MRN {mrn}) if pain increased. \
Writer completed the Danger Assessment; score indicates severe danger. No SI/HI reported by caller.

Intervention: Writer discussed options, including police involvement and a protective order \
through {court}. {c_first} chose to go to a confidential domestic-violence shelter tonight. \
Writer coordinated with advocate {m1} at {shelter} (hotline {shelter_phone}), located at \
{shelter_street}, {city}. Transportation arranged via cab voucher shortly after midnight \
on {v2:mday}, billed to Medicaid ID {mcd}. {c_first} will keep {kid_first} home from \
{school} tomorrow. {ptn_first} has been messaging {c_first}'s friends; {c_first} set {her} \
own account, {handle}, to private during the call.

Collateral: Writer notified on-call {abbr} worker {cw} per mandated-reporter policy \
(Case #{case}). {c_ms} was informed of the report and of {her} right to request a copy.

Follow-up: Writer will call {c_first} at the shelter on {v3:slash}. Do not release shelter \
name, address or telephone to {ptn_first} or to {ptn_ms}'s employer, {ptn_employer}. \
{c_first}'s work at {employer} has been told only that {she} is on leave. E-mail on file: \
{email}.

{worker}, LICSW, Emergency Services
""",
)

KINDS = (PROGRESS, INTAKE, GROUP, COUPLES, HOME_VISIT, CRISIS)
