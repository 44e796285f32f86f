"""Hand lists of meaning for safety, court and benefit records: protection orders,
domestic-violence services, juvenile justice, and the public names of state benefit plans.

A domestic-violence agency's and a juvenile court's records are written in their own terms,
and NER takes them for names: "DVPO" and "Apple Health" become an organisation,
"McKinney-Vento" a person (a hyphenated name's shape), "Juvenile Probation" an agency
before "Counselor". A court reading a diversion file needs to see that a protection order
was granted and that a youth completed a dating-violence curriculum; a researcher needs the
programme. Like `redact.detect.meaning_terms` (which these extend, kept apart so that each
domain's list can be read and grown on its own), the entries say what happened, never who
it happened to: kinds of order, service, programme, plan and role, named as any agency in
the country would name them. No person, agency or place is listed: a named shelter or
board stays an identifier.

Left out: words that are ordinary English or names in other senses ("SANE", "ART",
"Safe at Home" as a phrase of prose).
"""

from __future__ import annotations

#: Kinds of court order and the laws and programmes of victim services.
SAFETY_PROGRAMMES: frozenset[str] = frozenset(
    {
        # protection orders, by the names states give them
        "Protection Order", "Protective Order", "Order of Protection", "Restraining Order",
        "No-Contact Order", "No Contact Order", "DVPO", "DVRO", "PFA", "PPO", "TRO", "TPO",
        "EPO", "CPO", "SAPO", "ERPO", "DVPOs", "PFAs",
        # victim services, their laws and funds
        "Address Confidentiality Program", "Address Confidentiality Programme", "ACP",
        "VAWA", "VOCA", "FVPSA", "U visa", "T visa", "Crime Victims Compensation",
        "Crime Victim Compensation", "Victim Compensation", "Victims Compensation",
        "Danger Assessment", "Lethality Assessment", "Lethality Assessment Program",
        "Safety Plan", "Safety Planning", "Batterer Intervention", "Batterer Intervention Program",
        "Safe Dates", "Expect Respect", "Coaching Boys into Men", "Duluth Model", "Title IX",
        "McKinney-Vento", "McKinney Vento", "Hotline",
        # domestic-violence services by their abbreviation ("called the DV hotline"): "DV"
        # alone may be anyone's initials, before a service it is the kind of service
        "DV Hotline", "DV Shelter", "DV Services", "DV Program", "DV Programme",
        "DV Advocacy", "DV Court", "DV Unit", "DV Screen", "DV Screening", "DV Group",
        "DV Survivors Group", "DV Support Group", "DV Counseling", "DV Counselling",
        "IPV Screen", "IPV Screening", "IPV Services",
        # juvenile justice: diversion, courts, risk tools, interventions
        "Diversion", "Pre-Trial Diversion", "Pretrial Diversion", "Diversion Agreement",
        "Teen Court", "Youth Court", "Drug Court", "Juvenile Drug Court", "Restorative Justice",
        "Community Service", "Functional Family Therapy", "Multisystemic Therapy",
        "Aggression Replacement Training", "Thinking for a Change", "Moral Reconation Therapy",
        "PACT", "YLS/CMI", "SAVRY", "MAYSI-2", "JDAI", "YouthBuild", "GED",
        # detention: the federal standard every facility screens by, and its alternatives
        "PREA", "Prison Rape Elimination Act", "PREA Screening", "PREA Risk Screening",
        "Home Detention", "Electronic Monitoring", "Detention Risk Assessment", "DRAI",
        # public names of state Medicaid and benefit plans (not who holds them)
        "Apple Health", "ProviderOne", "MassHealth", "Medi-Cal", "TennCare", "SoonerCare",
        "BadgerCare", "HUSKY Health", "MO HealthNet", "KanCare", "NJ FamilyCare", "AHCCCS",
        "PeachCare", "MaineCare", "Oregon Health Plan", "OHP", "CalFresh", "CalWORKs",
        "WorkFirst", "Basic Food", "Healthy Connections", "Hoosier Healthwise",
    }
)  # fmt: skip

#: Roles in these agencies, and kinds of public agency named by what they do.
SAFETY_ROLE_WORDS: frozenset[str] = frozenset(
    {
        "Youth Advocate", "Legal Advocate", "Housing Advocate", "DV Advocate",
        "Shelter Advocate", "Children's Advocate", "Victim Advocate", "Victim Witness Advocate",
        "Court Advocate", "Hotline Advocate", "Juvenile Probation Counselor",
        "Juvenile Probation Officer", "Probation Counselor", "Diversion Coordinator",
        "Diversion Officer", "Intake Officer", "Court Liaison", "School Liaison", "JPC", "JPO",
        "Youth Services Officer", "Youth Specialist", "Detention Officer", "YSO",
        "Shelter Staff", "Resident", "Residents", "Petitioner", "Respondent", "Protected Party",
        "Restrained Party", "Abuser", "Perpetrator", "Survivor", "Victim",
        # a federal office names no place; a state's own agencies ("DCYF", "DSHS", "DYS")
        # name the agency and so the state's part of the country: they are AGENCY
        # findings (`recognizers.institution`), kept where a policy keeps agencies
        "OJJDP",
    }
)  # fmt: skip
