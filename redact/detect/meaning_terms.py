"""Hand lists of meaning for what no package ships: abbreviations, scales, programmes,
credentials and role words of social-work and clinical records.

Diagnoses, ICD-10 codes and drug names come from packages (`redact.detect.meaning`). These
lists are short on purpose: each entry is a term that NER or strict mode has been seen to
take for a name or an organisation, or a close sibling of one, and that says what happened
rather than who it happened to. A term here is never removed as a PERSON, ORGANIZATION,
NRP or LOCATION on its own; it still goes when it is part of a longer finding that is not
all meaning ("Lincoln Head Start" keeps "Head Start" and removes "Lincoln"), and any word
of a name found elsewhere in the document is still removed everywhere.

Entries are written as they appear in notes; lookups fold case and separators
(`redact.detect.meaning.normalise`). Ambiguous two-letter forms that are also US states or
common words ("MA", "MS", "PA", "OR", "SC") and names of places that are also
the name of a scale ("Columbia", "Edinburgh", "Vineland") are left out.
"""

from __future__ import annotations

#: Clinical and case-note abbreviations (history, diagnoses, orders, services, shorthand).
CLINICAL_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "PMH", "PMHx", "PSH", "FH", "FHx", "SH", "HPI", "ROS", "CC", "A&P", "A/P", "S/P", "s/p",
        "Dx", "Ddx", "Tx", "Hx", "Rx", "Sx", "Fx", "Bx", "Px", "Pt", "Pts", "PCP", "ED", "ER",
        "ICU", "PICU", "NICU", "CCU", "PACU", "EMS", "HTN", "CAD", "CABG", "CHF", "HFrEF",
        "HFpEF", "COPD", "CKD", "ESRD", "AKI", "DM", "DM1", "DM2", "T1DM", "T2DM", "IDDM",
        "NIDDM", "NSTEMI", "STEMI", "CVA", "TIA", "DVT", "UTI", "URI", "GERD",
        "OSA", "BPH", "HLD", "HCV", "HBV", "HIV", "AIDS", "STI", "STD", "TBI", "SOB", "DOE",
        "N/V", "NPO", "PRN", "BID", "TID", "QID", "QD", "QHS", "QAM", "QPM", "PO",
        "SQ", "NGT", "ODT", "XR", "XL", "SR", "CR", "UDS", "HbA1c", "A1c", "BMI", "WNL",
        "AOx3", "A&O", "AFib", "A-fib", "ORIF", "TKA", "THA", "TKR", "THR", "SDH", "PNA",
        "MDD", "GAD", "PTSD", "ADHD", "ODD", "ASD", "OCD", "BPD", "SUD", "AUD", "OUD",
        "DMDD", "SMI", "SED", "IDD", "FASD", "SIDS", "AVH", "NSSI", "IPV", "CSEC", "DWI", "DUI",
        "OWI", "MOUD", "NRT", "OBOT", "OTP", "PDMP", "PMP", "MCO", "EtG", "EtS", "COWS", "AMA",
        # a rule's citation ("42 CFR Part 2", "42 CFR 2.13", "45 C.F.R. 164"), not a body
        "CFR", "C.F.R.", "USC", "U.S.C.",
        "CIWA", "CIWA-Ar", "bup", "norbup",
        "ECT", "TMS", "CBT", "DBT", "TF-CBT", "EMDR", "PCIT", "ABA",
        "IOP", "SLP", "MSE", "F/U", "HEENT", "OB/GYN", "Peds", "Psych", "Neuro", "Nebs",
        "Labs", "Meds", "Vitals", "Psychiatry", "Cardiology", "Telemetry", "UA", "THC",
        "FSIQ", "VCI", "PRI", "WMI", "PSI", "IQ",
        # aging, long-term care and home care: settings, orders, proxies, aides
        "SNF", "ALF", "LTC", "LTAC", "DNR", "DNI", "MOLST", "POLST", "HCP", "POA", "DPOA",
        "HHA", "PCA", "VNA", "DME", "ADL", "ADLs", "IADL", "IADLs", "CHHA", "PERS",
        "COVID", "COVID-19", "Covid", "Covid-19", "RSV", "MRSA", "C-diff",
        # visits and contacts written short
        "HV", "OV", "TC", "LVM", "F2F",
        # units, dispositions and team meetings of a chart in capitals ("ADMIT SICU",
        # "DISPO: HOME", "8/19 IDT:"), seen taken for a person or a firm
        "MICU", "SICU", "TICU", "CVICU", "NSICU", "Dispo", "IDT", "IDG",
        # perinatal and neonatal care: the newborn's conditions, breathing support, feeds,
        # the ages a NICU counts in (day of life, corrected and postmenstrual age), the
        # pregnancy and the delivery, and who is who at the bedside (mother, father and
        # grandmothers of the baby written short: the relation, never the person)
        "RDS", "TTN", "CLD", "PDA", "IVH", "PVL", "NEC", "ROP", "NAS", "NOWS", "HIE",
        "GBS", "SGA", "LGA", "AGA", "LBW", "VLBW", "ELBW", "IUGR", "FGR", "PPHN", "A/B/D",
        "CPAP", "NIPPV", "HFNC", "HFOV", "LFNC", "ETT", "OGT", "PICC",
        "UVC", "UAC", "TPN", "MBM", "EBM", "DBM", "HMF", "KMC", "HUS", "CCHD",
        "DOL", "CGA", "PMA", "EGA", "EDD", "LMP", "PNC", "L&D", "C/S", "C-section", "NSVD",
        "SVD", "VBAC", "PPROM", "PROM", "PIH", "HELLP", "GDM", "PPD", "PMAD", "PPH",
        "MOB", "FOB", "MOC", "FOC", "MGM", "PGM", "MGF", "PGF", "NNP",
        "preeclampsia", "pre-eclampsia", "eclampsia", "postpartum", "antepartum", "perinatal",
        "prenatal", "neonatal", "NeoSure", "EnfaCare", "Prolacta", "Similac", "Enfamil",
        "Similac NeoSure", "Enfamil EnfaCare",
        # gender-affirming care and HIV prevention ("started HRT", "on PrEP")
        "HRT", "GAHT", "GAH", "PrEP", "PEP", "nPEP", "Gender-Affirming Care",
        "Gender-Affirming Hormone Therapy", "Hormone Replacement Therapy",
        # crisis work: suicidal ideation (in prose too: NER takes "(SI)" for a body),
        # the accident a trauma dates from
        "SI", "SI/HI", "HI/SI", "MVA", "MVC",
    }
)  # fmt: skip

#: Short abbreviations that are also the acronyms of parties, firms, places or numerals
#: ("BNP", "IV", "CT", "MI"): no evidence of a name in a capitals note, but in prose an
#: organisation called so is removed as before.
CASELESS_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "IV", "IM", "SL", "GT", "OD", "DR", "MI", "PE", "CP", "ECG", "EKG",
        "EEG", "EMG", "MRI", "CT", "CXR", "BMP", "CMP", "CBC", "LFT", "LFTs", "BAL",
        "BAC", "ABG", "INR", "PTT", "TSH", "BNP", "BP", "HR", "RR", "SpO2", "O2", "NAD",
        "PERRLA", "VS", "VSS", "ADD", "RAD", "ID", "DD", "FAS", "HI", "SIB", "DV",
        "CSA", "MAT", "PHP", "OT", "PT", "LOC", "FU", "RTC", "GI", "GU", "MSK",
        "ENT", "OB", "GYN", "Tele", "PM", "AM", "YO", "Y/O", "MG", "ML", "MCG", "KG", "LB",
    }
)  # fmt: skip

#: Screening tools and rating scales ("PHQ-9 score 14", "Vanderbilt forms").
ASSESSMENTS: frozenset[str] = frozenset(
    {
        "PHQ-9", "PHQ-2", "PHQ-A", "PHQ", "GAD-7", "GAD-2", "Vanderbilt", "ACE", "ACEs",
        "ACE score", "CANS", "ANSA", "CBCL", "TRF", "YSR", "SDQ", "ASQ", "ASQ-3", "ASQ-SE",
        "ASQ:SE-2", "M-CHAT", "PSC-17", "PSC", "CRAFFT", "AUDIT", "AUDIT-C", "CAGE", "DAST",
        "DAST-10", "SBIRT", "C-SSRS", "ASQ suicide", "PCL-5", "PCL", "UCLA PTSD",
        "CATS", "BDI", "BDI-II", "BAI", "MoCA", "MMSE", "SLUMS", "Conners 3",
        "BASC", "BASC-3", "BRIEF", "BRIEF-2", "WISC", "WISC-V", "WAIS", "WIAT", "Woodcock-Johnson",
        "ADOS", "ADOS-2", "CARS", "SCARED", "CDI", "CDI-2", "MFQ", "EPDS",
        "AIMS", "GAF", "CGAS", "DLA-20", "LOCUS", "CALOCUS", "CASII", "ASAM",
        "SAFE-T", "Brief Trauma", "SPDAT", "VI-SPDAT", "NCFAS", "SDM", "NICHQ",
        "NICHQ Vanderbilt", "CPSS-5", "CPSS", "STAAR", "MAP", "DIBELS", "Lexile", "PSAT",
        "Columbia-Suicide Severity Rating Scale", "Columbia Suicide Severity Rating Scale",
        # intellectual and developmental disability: support needs, adaptive behaviour,
        # dementia screening in Down syndrome, functional assessment of behaviour
        "SIS", "SIS-A", "Supports Intensity Scale", "Support Needs Index", "ICAP",
        "Inventory for Client and Agency Planning", "NTG-EDSD", "DSQIID", "Vineland",
        "Vineland-3", "ABAS", "ABAS-3", "QABF",
    }
)  # fmt: skip

#: Programmes, benefits, plans and interventions ("enrolled in Head Start", "an IEP").
PROGRAMMES: frozenset[str] = frozenset(
    {
        "Head Start", "Early Head Start", "WIC", "SNAP", "TANF", "Triple P", "IEP", "IFSP",
        "504", "504 plan", "Section 504", "PBIS", "Check-In/Check-Out", "Check In Check Out",
        "CICO", "DAEP", "JJAEP", "AEP", "Section 8", "Medicaid", "Medicare", "CHIP", "SSI",
        "SSDI", "LIHEAP", "HEAP", "HUD", "IDEA", "FAPE", "MTSS", "RTI", "ESY", "Title I",
        "Title IV-E",
        # what a plan makes the client pay ("Copay is $20", "the Deductible resets")
        "Copay", "Copays", "Co-pay", "Co-pays", "Copayment", "Co-payment", "Coinsurance",
        "Deductible", "Spend-down", "Spenddown", "Share of Cost",
        # disability benefits, workers' compensation and vocational rehabilitation
        "RFC", "SGA", "TWP", "Trial Work Period", "Ticket to Work", "IPE", "IME", "FCE", "MMI",
        "TTD", "TPD", "ALJ", "DDS", "SOAR", "Title II", "Title XVI", "Medical Source Statement",
        "ICPC", "ICWA", "TPR", "CHINS",
        # the Indian Child Welfare Act and its state and federal neighbours
        "CHIPS", "MIFPA", "Indian Child Welfare Act", "Indian Health Service", "IHS", "CDIB",
        "ASFA", "Adoption and Safe Families Act", "MEPA", "Multiethnic Placement Act",
        "Family First Prevention Services Act", "FFPSA", "IV-E", "Kinship Assistance",
        "Tribal Customary Adoption", "MFIP", "Rule 25", "MAXIS",
        # the Army's substance use programme a Family Advocacy referral names
        "SUDCC",
        "CINA", "PINS", "FINS", "JINS", "GAL", "CASA", "ISP",
        "FSP", "BIP", "FBA", "ARD", "MDR", "SST", "SART", "Job Corps", "Healthy Start",
        "Nurse-Family Partnership", "Parents as Teachers", "Wraparound", "Safe Care",
        "SafeCare", "Kinship", "Kinship Care", "Foster Care", "Respite", "Respite Care",
        "Free and Reduced Lunch", "Pre-K", "PreK", "Lifeline",
        "Alateen", "Al-Anon", "Big Brothers Big Sisters", "Boys & Girls Club",
        # school and special education: services, placements, eligibility, laws, data
        "Tier 1", "Tier 2", "Tier 3", "Tier I", "Tier II", "Tier III", "SpEd", "Special Ed",
        "Special Education", "FIE", "FIIE", "REED", "OHI", "Other Health Impairment", "SLD",
        "Specific Learning Disability", "Emotional Disturbance", "Speech Impairment",
        "Intellectual Disability", "ISS", "OSS", "LRE", "PLAAFP", "ESL", "ELL", "EL", "LEP",
        "GT", "IB", "GPA", "EOC", "EOY", "ARD committee", "FERPA", "HIPAA", "ROI",
        "MOU", "SWIS", "Restorative Circle", "Second Step", "Zones of Regulation",
        # public insurance programmes, by their federal and state names
        "Medicare Part A", "Medicare Part B", "Medicare Part C", "Medicare Part D",
        "Medicare A/B", "Medicare Advantage", "Medigap", "Medicaid Waiver", "MassHealth",
        "Medi-Cal", "Apple Health", "BadgerCare", "TennCare", "SoonerCare", "KanCare",
        "HUSKY", "PeachCare", "CHIP Perinatal", "Dual Eligible", "QMB", "SLMB", "LIS",
        # benefits, housing, food and work programmes
        "EAP", "HUD-VASH", "VASH", "SSVF", "HOPWA", "ERAP", "RRH", "Housing Choice Voucher",
        # homelessness and veterans' housing: temporary financial assistance, Grant and Per
        # Diem, Health Care for Homeless Veterans, coordinated entry, the data system
        "TFA", "GPD", "HCHV", "CES", "HMIS", "ESG", "VRRAP", "VR&E",
        "Section 8 voucher", "FUP", "CACFP", "NSLP", "EBT", "Summer EBT", "SNAP-Ed",
        "ADAP", "SCSEP", "IHSS", "CDPAP", "HCBS", "Money Follows the Person",
        # HIV care: the Ryan White programme's parts (named after a person, so NER reads a
        # name), its service categories, and HOPWA's rent and utility assistance
        "Ryan White Part A", "Ryan White Part B", "Ryan White Part C", "Ryan White Part D",
        "Ryan White Part F", "Ryan White HIV/AIDS Program", "Ryan White Program",
        "Ryan White CARE Act", "Medical Case Management", "Emergency Financial Assistance",
        "EFA", "STRMU", "TBRA",
        "Meals on Wheels", "Text4baby", "CCDF", "CCAP", "ECEAP", "EHS", "HIPPY",
        "Healthy Families", "Healthy Families America", "NFP",
        # refugee and immigration programmes and statuses
        "Refugee Cash Assistance", "Refugee Medical Assistance",
        "Matching Grant", "SIJS", "DACA", "TPS", "VAWA", "U visa", "T visa",
        # the federal programme for unaccompanied children (ORR): its services and reviews
        "SIJ", "Special Immigrant Juvenile", "Special Immigrant Juvenile Status", "TVPRA",
        "Post-Release Services", "PRS", "Home Study", "UC Assessment", "Family Reunification",
        "Sponsor Care Agreement", "Legal Orientation Program", "LOPC", "Know Your Rights",
        # child welfare: guardianship, adoption, older youth
        "KinGAP", "Subsidized Guardianship", "Adoption Assistance", "ETV",
        "Extended Foster Care", "Address Confidentiality Program", "ACP",
        # housing and veterans' programmes by their federal names
        "Permanent Supportive Housing", "Rapid Rehousing", "Rapid Re-Housing",
        "Coordinated Entry", "Housing First", "Transitional Housing", "Grant and Per Diem",
        "Shallow Subsidy", "Emergency Housing Voucher", "EHV", "Community Care",
        "VA Community Care", "Veteran Directed Care", "Aid and Attendance", "Whole Health",
        "Vet Center", "C&P", "C&P exam", "Compensation and Pension", "Chafee",
        "Chafee Program", "Independent Living Program", "Early Intervention", "Part C",
        "Supported Employment", "IPS", "Individual Placement and Support", "H-PACT",
        "Medical-Legal Partnership", "MLP", "TEFRA",
        # infants and new parents: developmental follow-up, safe sleep and car seats
        "Help Me Grow", "Cribs for Kids", "Safe Sleep", "Baby & Me Tobacco Free", "Moms2B",
        # runaway and homeless youth: the school's duty (McKinney-Vento), the federal RHY
        # programmes (Basic Center, Transitional Living, Street Outreach), a school club
        "McKinney-Vento", "McKinney-Vento Act", "McKinney-Vento Homeless Assistance Act",
        "RHY", "RHYA", "Basic Center", "Basic Center Program", "TLP",
        "Transitional Living Program", "Street Outreach", "Street Outreach Program", "SOP",
        "Host Home", "Host Homes", "GSA", "Gender and Sexuality Alliance",
        "Gay-Straight Alliance", "Unaccompanied Youth", "Unaccompanied Homeless Youth",
        "UHY", "FAFSA", "Emancipation", "DBT skills group", "DBT Skills",
        # evidence-based interventions written short ("MST" is also military sexual trauma)
        "MST", "FFT", "Prolonged Exposure", "Written Exposure Therapy",
        "CPP", "EFT", "CPT", "IPT", "SFBT", "TBRI", "PMTO", "MTFC", "TFCO", "Seeking Safety",
        "Circle of Security", "Incredible Years", "Motivational Interviewing",
        "Four Horsemen", "Sound Relationship House",
        # mutual-help programmes named by a word and "Recovery" (an agency's "Recovery
        # Center" is not one of these)
        "SMART Recovery", "Celebrate Recovery", "Refuge Recovery", "Recovery Dharma",
        # crisis services and the laws of involuntary examination and treatment: a state's
        # name in one ("Florida Assertive Community Treatment") is the programme's, and a
        # law named for a person ("Baker Act", "Kendra's Law") names no one in the record
        "Baker Act", "Marchman Act", "Kendra's Law", "Laura's Law", "Lanterman-Petris-Short",
        "Assertive Community Treatment", "Florida Assertive Community Treatment",
        "FACT team", "ACT team", "Assisted Outpatient Treatment", "AOT",
        "Mobile Response Team", "Mobile Crisis", "Mobile Crisis Team", "Mobile Crisis Unit",
        "Crisis Stabilization Unit", "CSU", "Crisis Intervention Team", "CIT",
        "Crisis Text Line", "988", "988 Lifeline", "Safety Planning Intervention",
        "Stanley-Brown Safety Planning Intervention", "Emergency Protective Custody",
        # intellectual and developmental disability services under a Medicaid (HCBS)
        # waiver: the plan, the services it funds, the state's eligibility review
        "Individual Support Plan", "Individual Service Plan", "Individualized Service Plan",
        "Person-Centered Plan", "Person-Centered Service Plan", "PCSP", "Behavior Support Plan",
        "Behaviour Support Plan", "BSP", "Positive Behavior Support", "Day Habilitation",
        "Day Hab", "Residential Habilitation", "Res Hab", "Supported Living",
        "Individualized Supported Living", "Community Integration", "Level of Care",
        "ICF/IID", "ICF/ID", "Targeted Case Management", "TCM", "Supported Decision-Making",
        "Vocational Rehabilitation", "Self-Directed Supports", "Consumer-Directed Services",
        # disaster recovery: the federal agencies and their assistance (a national body
        # names no town), the case management and the local group that funds what is left
        "FEMA", "SBA", "SBA disaster loan", "Individual Assistance", "IHP",
        "Individuals and Households Program", "ONA", "Other Needs Assistance", "NFIP",
        "MHU", "Manufactured Housing Unit", "DCM", "Disaster Case Management",
        "Disaster Case Manager", "LTRG", "Long-Term Recovery Group", "VOAD",
        "Unmet Needs", "Unmet Needs Roundtable", "Duplication of Benefits",
        "Disaster Legal Services", "Crisis Counseling Program", "CCP",
        # a children's advocacy centre's team and services: the forensic interview, the
        # exam, the advocate, crime victims' compensation
        "MDT", "SANE", "SAFE exam", "CVC", "Crime Victims Compensation",
        "Forensic Interview", "Child Forensic Interview", "NCAC", "Victim-Witness",
    }
)  # fmt: skip

#: Military service: branch, component and campaign ("an Army veteran, OEF/OIF", "served
#: in the Marine Corps Reserve"). What the client did, never where they can be found; a
#: longer name that holds one ("Salvation Army") is no service and stays whole, so these
#: are never cut off the edge of a finding.
MILITARY_SERVICE: frozenset[str] = frozenset(
    {
        "Army", "Navy", "Air Force", "Marine Corps", "Marines", "Coast Guard", "Space Force",
        "National Guard", "Army National Guard", "Air National Guard", "Army Reserve",
        "Navy Reserve", "Air Force Reserve", "Marine Corps Reserve", "Coast Guard Reserve",
        "Marine", "Airman", "Soldier", "Sailor", "OEF", "OIF", "OND", "OEF/OIF",
        "OEF/OIF/OND", "Desert Storm",
    }
)  # fmt: skip

#: Public health-insurance programmes: a plan named after one ("MassHealth Standard",
#: "Medicaid Basic") is the programme, not an insurer that locates the client.
PUBLIC_INSURANCE: frozenset[str] = frozenset(
    {
        "Medicaid", "Medicare", "MassHealth", "Medi-Cal", "Apple Health", "BadgerCare",
        "TennCare", "SoonerCare", "KanCare", "HUSKY", "PeachCare", "CHIP",
    }
)  # fmt: skip

#: Programme acronyms that are also everyday words or names ("pace", "act", "gap"): a
#: programme only when written in capitals ("PACE evaluation", "the ACT team"). "AA" and
#: "NA" (Alcoholics and Narcotics Anonymous: "identified NA Tuesday nights as a support")
#: are a programme in capitals too, and never a name on their own: initials are found by
#: their cues (`redact.detect.initials`), which this list does not touch.
UPPER_CASE_PROGRAMMES: frozenset[str] = frozenset(
    {"PACE", "ACT", "FACT", "GAP", "HOPE", "AA", "NA"}
)

#: Professional credentials after a name ("Dana Roe, LMSW"). Never a name by themselves.
CREDENTIALS: frozenset[str] = frozenset(
    {
        "LMSW", "LCSW", "LCSW-C", "LICSW", "LISW", "LISW-S", "LSW", "CSW", "ACSW", "MSW", "BSW",
        "LPC", "LPCC", "LPC-S", "LCPC", "LMHC", "LMFT", "MFT", "LCADC", "LADC", "CADC",
        "CASAC", "CAC", "CPRS", "PhD", "PsyD", "EdD", "MD", "DO", "DNP", "RN", "BSN",
        "MSN", "LPN", "LVN", "NP", "FNP", "PMHNP", "APRN", "PA-C", "BCBA", "RBT", "OTR",
        "CCC-SLP", "MEd", "M.Ed", "MPH", "JD", "Esq", "CPSP", "QMHP", "QIDP", "CCM", "CRC",
        "LSSP", "NCSP", "NCC", "CNA", "STNA", "CMA", "EMT", "LCDC", "LICDC", "CSAC", "SUDP",
        # addiction counselling and recovery support
        "ADC", "AADC", "NCAC", "CPRC", "CARC", "CRSS",
        # perinatal and neonatal care: lactation, neonatal nurse practitioners, midwives,
        # respiratory therapists
        "IBCLC", "CLC", "NNP", "NNP-BC", "CNM", "CPM", "RRT", "CRT", "RNC-NIC",
        "RNC-OB", "CCRN", "LCSW-R", "LSW-S",
        # nursing specialty certifications a nurse signs with after "RN": hospice and
        # palliative, emergency and paediatric emergency, progressive and medical-surgical
        # care, oncology, wound and ostomy, perioperative, paediatric, neuroscience, diabetes
        "CHPN", "CHPNA", "CEN", "CPEN", "PCCN", "CMSRN", "OCN", "CWOCN", "CWON", "CNOR",
        "CPN", "CNRN", "CDCES", "RN-BC", "TCRN", "CFRN", "SANE-A", "SANE-P",
        # licensed associates practising under supervision (state titles)
        "CSWA", "LSWA", "LCSW-A", "LPC-A", "LPCA", "LMFT-A", "LMFTA", "MFTA", "LCMHC-A",
        "LPC-I", "LMHCA", "LMSW-A", "APCC", "ASW", "AMFT",
        # dietitians and eating-disorder specialists ("Rachel Roe, MS, RD, LD, CEDS")
        "RD", "RDN", "LD", "LDN", "CEDS", "CEDS-S", "CEDRD", "CEDRD-S",
        # disability services: direct support, medication technicians, employment support,
        # behaviour analysts, developmental disability professionals, paramedics
        "DSP", "CMT", "CESP", "BCBA-D", "BCaBA", "QDDP", "EMT-P", "CDSP",
        # guardianship and fiduciary work: certified and master guardians, a fraud examiner
        # who reviews the ward's accounts, a baccalaureate social worker in a nursing home
        "NCG", "NMG", "CPG", "CFE", "CPA", "LBSW",
        # state titles of clinical and graduate social workers and counsellors: Kansas's
        # specialist clinical social worker, Minnesota's graduate and independent ones,
        # South Carolina's, Louisiana's board-approved supervisor, Nebraska's mental health
        # practitioner, New Hampshire's and North Carolina's clinical counsellors,
        # Wisconsin's advanced practice social worker, Tennessee's mental health service
        # provider; peer specialists and community health workers
        "LSCSW", "LGSW", "LISW-CP", "LMSW-CP", "LCSW-BACS", "LIMHP", "LMHP", "LCMHC",
        "LCMHCS", "APSW", "CAPSW", "CICSW", "LPC-MHSP", "LAMFT", "LCAT", "LCAS",
        "CPSS", "CHW", "CRPS", "CPRP",
        # physicians' fellowships after the degree ("Ann Roe, MD, FACP") and rehabilitation
        # therapists (physical, occupational, speech): hospital and home-health letters
        "FACP", "FACC", "FAAP", "FACS", "FACEP", "FAAFP", "FAPA", "DPT", "MSPT", "COTA",
        "OTR/L", "SLP",
    }
)  # fmt: skip

#: Kin words of the languages clients speak, that English records keep untranslated and
#: address people by ("stay with Kookum", "Unci Lorraine", "Abuela Rosa", "Ayeeyo and the
#: kids"): grandmothers and grandfathers in Ojibwe and Cree (kookum, nokomis, mishomis),
#: Dakota and Lakota (unci, kunsi, tunkasila), Navajo, Spanish, Somali, Hmong, Vietnamese,
#: Tagalog, Arabic, Hindi and Urdu, Yiddish, Russian, Italian, Greek, Korean, Chinese; the
#: aunts, uncles and godparents of the same languages; aunties, elders. A relation, never a
#: name: the name follows it. A kin word that is also a given name in any locale ("Tia",
#: "Lola", "Nana", "Baba", "Oma", "Tito") is left out: "Lola Reyes" may be a woman's name;
#: so are the doubled syllables families make pet names of ("lolo", "popo", "bubby").
KIN_WORDS: frozenset[str] = frozenset(
    {
        "kookum", "kokum", "kokom", "kookom", "nokomis", "nookomis", "mishomis", "mishoomis",
        "nimishoomis", "nookomisiban", "unci", "uncheedah", "unchi", "kunsi", "kunshi",
        "tunkasila", "tunkashila", "auntie", "elder",
        # Navajo: my grandmother (maternal), my grandfather, my mother
        "shimasani", "shimásání", "shicheii", "shimá",
        # Spanish
        "abuela", "abuelo", "abuelita", "abuelito", "tío", "madrina",
        "padrino", "comadre", "compadre", "mamá", "papá",
        # Somali: grandmother, grandfather, aunts, uncles
        "ayeeyo", "awoowe", "habaryar", "eedo", "adeer", "abti",
        # Hmong: grandmothers, grandfathers, mother, father
        "niam", "txiv", "yawm", "yawg", "pog", "tais",
        # Vietnamese, written with their tones: grandmother, grandfather, aunts, uncles
        "bà", "ông", "bà ngoại", "bà nội", "ông ngoại", "ông nội", "dì", "chú", "bác",
        # Tagalog
        "tita", "kuya", "nanay", "tatay",
        # Arabic, Hindi and Urdu
        "teta", "sitti", "jiddo", "jeddo", "khalto", "khalo", "nani", "mausi", "chachi",
        # Yiddish, Russian, Italian, Greek, Korean, Chinese
        "bubbe", "zayde", "zaidy", "babushka", "dedushka", "nonna", "nonno",
        "yiayia", "papou", "halmeoni", "halmoni", "harabeoji", "nainai", "laolao",
    }
)  # fmt: skip

#: Role words, relations and form labels: what someone is, or a field of a form.
ROLE_WORDS: frozenset[str] = frozenset(
    {
        "Landlord", "Landlady", "Foster", "Foster Mom", "Foster Dad", "Foster Mother",
        "Foster Father", "Foster Parent", "Foster Parents", "Mom", "Dad", "Mommy", "Daddy",
        "Mother", "Father", "Grandma", "Grandpa", "Grandmother", "Grandfather", "Granny",
        "Stepmom", "Stepdad", "Stepmother", "Stepfather", "Aunt", "Uncle", "Sibling",
        "Siblings", "Caregiver", "Guardian", "Legal Guardian", "Client", "Patient", "Worker",
        "Caseworker", "Case Worker", "Case Manager", "Social Worker", "Supervisor",
        "Therapist", "Counselor", "Clinician", "Psychiatrist", "Pediatrician", "Teacher",
        "Principal", "Probation Officer", "Parole Officer", "Officer", "Detective",
        "Investigator", "Advocate", "Interpreter", "Nurse", "Doctor", "Provider", "Referral",
        "Dx", "Tel", "Fax", "Re", "Cc", "Bcc", "Attn", "Ph", "Cell", "Phone", "Email",
        "E-mail", "Subject", "Note", "Notes", "Plan", "Assessment", "Intake", "Disposition",
        "Collateral", "Contact", "Home Visit", "Staffing", "Youth", "Minor", "Juvenile",
        "Respondent", "Petitioner", "Student", "Resident", "Veteran", "Veterans", "Tenant",
        "Applicant", "Claimant", "Participant", "Peer Specialist", "Peer Support Specialist",
        "Peer Support", "Home Health Aide", "Housing Navigator", "Community Health Worker",
        # HIV care's team: the Ryan White case manager, the health department's partner
        # services worker, housing and peer staff
        "Medical Case Manager", "Disease Intervention Specialist", "Housing Coordinator",
        "Peer Navigator",
        # a NICU's bedside team
        "Lactation Consultant", "Respiratory Therapist", "Charge Nurse", "Charge RN",
        "Bedside Nurse", "Neonatologist", "Neonatal Nurse Practitioner", "Midwife",
        "Doula", "Primary Nurse",
        # an eating-disorder programme's team and its reviewers
        "Dietitian", "Dietician", "Nutritionist", "Registered Dietitian", "Peer Mentor",
        "Primary Therapist", "Family Therapist", "Utilization Reviewer", "Care Manager",
        # a treatment programme's intake form: who assessed, who pays, who prescribes
        "Assessor", "Payer", "Payor", "Prescriber", "Peer Recovery Coach", "Recovery Coach",
        # who decides for a client, and the papers that say so
        "Health Care Proxy", "Health Care Surrogate", "Power of Attorney",
        "Durable Power of Attorney", "Advance Directive", "Living Will",
        "Representative Payee", "Rep Payee", "Payee", "Volunteer", "CASA Volunteer",
        # what a field or a document holds ("my SSN is ...", "IBAN:", "ATM card")
        "SSN", "DOB", "MRN", "IBAN", "SWIFT", "BIC", "ATM", "PIN", "URL", "PDF", "TV", "ASAP",
        "FYI", "CEO", "CEOs", "CFO", "HR", "ID",
        # roles written short, and school and court roles
        "SW", "SSW", "CW", "CM", "JPO", "PO", "SRO", "Coach", "Parent", "Parents",
        "Counsellor", "Nurse Practitioner", "Bailiff", "Clerk", "Campus", "School",
        "Facilitator", "Co-facilitator", "Follow-up", "Follow up", "Aftercare", "Recert",
        "Liaison", "Homeless Liaison", "School Liaison", "McKinney-Vento Liaison",
        "Youth Worker", "Youth Advocate", "Outreach Worker", "Street Outreach Worker",
        "School Counselor", "School Counsellor", "Track Coach", "Host Parent",
        "Recertification", "Arrears",
        # ordinary words written short in forms ("Rm 12", "Exh. 3", "Gr 9")
        "Exh", "Gr", "Asst", "Rm", "Ofc", "Sec", "Dept", "Appt", "Mtg", "Hrs", "Wk", "Yr",
        "Approx", "Ext", "Pg", "Ref", "Attachment", "Exhibit",
        # tribal and county child-welfare roles
        "ICWA Representative", "ICWA Specialist", "ICWA Worker", "Tribal Representative",
        "Child Protection Worker", "Child Protection Social Worker", "Adoption Worker",
        "Mental Health Practitioner", "Mental Health Professional", "Cultural Resource Specialist",
        "Qualified Expert Witness",
        # a group home's and a day programme's staff
        "House Manager", "Residential Manager", "Direct Support Professional",
        "Direct Support Staff", "Support Coordinator", "Service Coordinator", "Job Coach",
        "Job Developer", "Employment Specialist", "Behavior Analyst", "Behaviour Analyst",
        "Paramedic", "Housemate", "Roommate", "Day Program", "Day Programme",
        # whom a court appoints for a child or an incapacitated party, in its Latin
        "Guardian ad Litem", "Attorney ad Litem", "Ad Litem", "Next Friend",
    }
    | {w.title() for w in KIN_WORDS}
)  # fmt: skip
