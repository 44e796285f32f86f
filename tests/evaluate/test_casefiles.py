"""Leak ceilings: each synthetic case file under sample_data/casefiles/ through `redact batch`.

Runs a case file the way the shared checker (`../shared/tools/casefile.py`) does: `redact
batch` over the whole request under each purpose in its expect.json, with the same options,
then reads everything the recipient gets (every released file, every XML part of a .docx,
the file names, the manifest, stdout and stderr). The checker's own reading is imported when
../shared is present; otherwise the same rules are applied here.

The counts below are what the code measured when the case files were written (leaked
`absent` strings, and `present` strings lost). They are ceilings, not goals: detection is
being improved in parallel, so lower a ceiling to the new count when a change brings it down,
and say so in the commit. Never raise one to make a change pass.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from typer.testing import CliRunner

from redact.cli import app
from tests.conftest import SAMPLE_DATA, SHARED, TEST_KEY

CASEFILES = SAMPLE_DATA / "casefiles"

#: case file -> purpose -> (leaked absent strings, lost present strings). First measured
#: 2026-12-06 on the code before the protection work (child-welfare 20/5, 32/10, 44/4, 30/1;
#: outpatient 7/4, 17/7, 23/5, 17/2; hospital 6/1, 21/15, 37/6, 20/3), lowered to what the
#: merged work gives. dv-youth-diversion (written 2026-12-06 by probe1) measured 6/2, 7/6,
#: 14/5, 7/2 on the code it was written against, lowered with the fixes it found; its
#: court-subpoena and research runs lose '504 plan' since s18-merge's relative blocks (a
#: case-plan table cell 'mother, housing advocate' heads the rows after it).
#: Outpatient social-media loses one more present string than before: the
#: `author` column's "front desk" is a person column, replaced whole under that policy.
#: Lowered again after the third-party and nickname work (child-welfare court-subpoena 6 -> 0:
#: a third party's order of protection, criminal contempt and diabetes, "lolo", "deb",
#: "B. Dombrowski"; outpatient court-subpoena 4 -> 0: a father's suicide, a partner's
#: escitalopram, her mother's cancer and hypothyroidism; consultation: a DIN, a client
#: number in a heading, a preferred name, an inverted name in capitals, a name before a
#: credential that NER read as a place, an institution's distinctive word in a short row,
#: a date before a colon).
#: Since professionals are kept under court-subpoena (issue 18, item 5), its `present` lists
#: their full names too: hospital loses two of them inside passages withheld for substance
#: use treatment (a doctor's consult, the facility's admissions contact), and outpatient
#: one (a .docx comment's author, which the .docx writer drops).
#: Measured again on the whole session-18 merge, five case files and the shared one: 16 leaks
#: of 3,178, 536 of 573 meanings kept.
#: Session 19, after its merge (names in messages, initials, third parties under the
#: subject-keeping policies, DV parties, organisations and places, meaning): 9 leaks of
#: 3,721 over six case files and the shared one (was 16 of 3,178 on five), 670 of 678
#: meanings kept. Left: month-level dates consultation keeps by design (7), a facility named
#: by its town in a capitals line, a neighbour's hospice fact; lost: professionals'
#: names under court-subpoena that the new name rules remove.
#: Session 20, after its merge, nine case files and the shared one: 12 leaks of 5,475 (the
#: three new case files leaked 152 on their first run), 930 of 1,004 meanings kept. A date
#: no finer than the policy's granularity ("October 2025" under consultation, "DOB 1985"
#: where birth dates keep the year) is no longer listed as absent: the policy releases it.
#: Session 29: every ceiling lowered to what its merged main measured (64 of them; the
#: per-line notes say what leaked when a ceiling was set, some of it fixed since).
CEILINGS: dict[str, dict[str, tuple[int, int]]] = {
    "child-welfare-foster": {
        "court-subpoena": (1, 0),  # s23: "DWI 2009" in a .docx comment naming Dale
        "research-safe-harbor": (0, 0),
        "consultation": (0, 0),
        "social-media": (0, 0),
    },
    "outpatient-couples": {
        "court-subpoena": (0, 1),
        "research-safe-harbor": (1, 0),  # s23: "T1873" read as a billing code
        "consultation": (1, 0),  # s23: "T1873" read as a billing code
        "social-media": (1, 0),  # s23: "T1873" read as a billing code
    },
    "dv-youth-diversion": {
        "court-subpoena": (0, 1),
        "research-safe-harbor": (0, 0),
        "consultation": (0, 0),
        "social-media": (0, 0),
    },
    # first 4/1, 8/5, 16/4, 5/2 on the merged code of session 18
    "aps-elder-kinship-school": {
        "court-subpoena": (0, 0),
        "research-safe-harbor": (0, 0),
        "consultation": (0, 0),
        "social-media": (0, 0),
    },
    # first 4/3, 12/7, 21/4, 12/3 on main at 7570b68
    "veterans-housing": {
        "court-subpoena": (1, 0),
        "research-safe-harbor": (0, 0),
        "consultation": (0, 0),
        "social-media": (0, 0),
    },
    # written in session 23 (hospice); first 4/10, 4/3, 5/3, 2/2 on main at 6f49073. Left:
    # the husband's health passage under the court, the chaplain (named once with "rev" and
    # no chaplaincy word, remembered as a party) and the funeral director lost, the
    # "Comorbid:" line withheld as a third party's health, lower-case "rev" before a removed
    # name, a lower-case employer ("warwick sd"), "MDiv", "PPS 10%", "hospice aide".
    # s25 (research): ages over 89 after a name in capitals, lower-case staff initials, a
    # congregation in lower case, a funeral home: research 1/2 -> 0/0, consultation 2/2 ->
    # 0/0, social media 1/1 -> 0/1
    "hospice-end-of-life": {
        "court-subpoena": (1, 9),
        "research-safe-harbor": (0, 0),
        "consultation": (0, 0),
        "social-media": (0, 0),
    },
    "hospital-medical-sw": {
        "court-subpoena": (0, 0),
        "research-safe-harbor": (0, 0),
        "consultation": (0, 0),
        "social-media": (0, 0),
    },
    # written in session 20 (sud); first 12/18, 6/20, 10/2, 6/2 on main at eb56e7a. The
    # meanings lost under court-subpoena, research and social-media sit in passages those
    # policies withhold (42 CFR Part 2 under the court and social-media, communicable
    # disease), as the policies say; left: 'bed 14B' and a church in lower case
    # s25 (research): 'bed 14B' and the lower-case church found: research 2/3 -> 0/2,
    # consultation 2/0 -> 1/0, social media 2/2 -> 0/2
    "sud-mat-outpatient": {
        "court-subpoena": (0, 18),
        "research-safe-harbor": (0, 2),
        "consultation": (0, 0),
        "social-media": (0, 2),
    },
    # written in session 20 (world); first 33/13, 15/8, 28/4, 14/3 on main at eb56e7a; left:
    # two of a third party's facts under the court (the camp's name goes since session 21);
    # lost: professionals' names under the court, 'latent TB', 'English Learner', 'Quran'
    "refugee-resettlement": {
        "court-subpoena": (2, 8),
        "research-safe-harbor": (0, 5),
        "consultation": (0, 2),
        "social-media": (0, 2),
    },
    # written in session 21 (icwa); first 13/6, 6/16, 18/6, 6/10 on main at 9bb0623 (the
    # social-media and research losses then included peoples' names that policy removes);
    # left: bare initials "DB" in a short row whose person is named only in other
    # documents; lost under the court: the substance-use passage it withholds ('Rule 25',
    # 'MFIP') and a professional sharing a surname with the mother's other name; research
    # and consultation lose 'Northstar Kinship Assistance' (NER reads "Northstar" as an
    # organisation) and research 'MAXIS'
    "tribal-icwa-adoption": {
        "court-subpoena": (0, 3),
        "research-safe-harbor": (1, 1),  # s29-consult measured
        "consultation": (1, 1),
        "social-media": (1, 0),
    },
    # written in session 20 (orgs4); first 5/18, 7/13, 9/2, 7/2 on main at eb56e7a; lost
    # under the court: the substance-use passages it withholds (42 CFR Part 2) and
    # professionals' names; left: a third party's protection order
    "reentry-probation": {
        "court-subpoena": (1, 15),
        "research-safe-harbor": (0, 1),
        "consultation": (0, 0),
        "social-media": (0, 1),
    },
    # written in session 21 (uac); first 18/8, 4/9, 8/2, 4/2 on main at 9bb0623. Left under
    # the court: facts after "Background
    # check:" with no holder in the sentence (a DWI, a removal), a cousin's plan to cross and
    # a smuggler's drug-running, a pastor (read as a professional by his title), "Ms.
    # Domingo" (the sister, read as the subject by the shared surname) and "Wilson (9)";
    # elsewhere a lone "chepe" opening a CSV row and an airport code ("HRL"). Lost:
    # professionals' names under the court, "UC Assessment", "Latent TB", "ibuprofen"
    # s21-parties: the sponsor's pastor (hermano) and "Ms." before the boy's surname (his
    # sister) go under the court (leaks 11 -> 5)
    # s22-keepers: professionals' names kept under the court (lost 7 -> 5); consultation
    # measured at 1 leak on this branch
    # s23-release: court-subpoena leaks 5 -> 3, measured on that branch
    "uac-sponsor-release": {
        "court-subpoena": (3, 5),
        "research-safe-harbor": (0, 4),
        "consultation": (0, 1),
        "social-media": (0, 1),
    },
    # written in session 21 (nicu); first 9/24, 1/27, 3/7, 0/2 on main at 9bb0623. Left: a
    # friend's nickname ("jazzy car is in the shop", "; Jazzy is the back-up ride") and a
    # pastor by his first name, kept under the court as a titled professional; lost under
    # the court and research: passages withheld as reproductive health (prenatal care,
    # lactation) and 42 CFR Part 2, with the professionals' names in them
    # s21-parties: the family's pastor goes under the court (leaks 2 -> 1)
    # s22-keepers: subject and professionals' names linked under the court (lost 18 -> 17)
    "nicu-perinatal": {
        "court-subpoena": (0, 17),
        "research-safe-harbor": (0, 11),
        "consultation": (0, 0),
        "social-media": (0, 2),
    },
    # written in session 21 (youth); first 5/5, 7/9, 12/2, 7/1 on main at 9bb0623; left: a
    # friend's nickname that English has as a word ("kit loves u"), a school's first word
    # in lower case ("from cascade"), a nurse practitioner's surname in a .docx cell under
    # consultation; lost under the court: passages withheld for HIV prevention (PrEP), a
    # .docx comment's author, a lawyer's name typed in lower case in a message
    # s23-release: the friend's nickname goes ("kit"); left "cascade" and, under
    # consultation, "Sethi" (leaks 1/2/3/2 -> 0/1/2/1), measured on that branch
    "rhy-mckinney-vento": {
        "court-subpoena": (0, 5),
        "research-safe-harbor": (1, 3),
        "consultation": (1, 0),  # s24-meaning: "Descovy" kept, a brand read by its cue
        "social-media": (1, 0),
    },
    # written in session 21 (ssdi); first 4/4, 11/5, 13/1, 1/3 on main at 9bb0623 (where
    # social-media refused the VR notes and the text log as high-risk, which it now
    # releases); left: a lower-case log's pharmacy, street and agency, a counselor's given
    # name ('tom'), initials 'rh', the caption's given name under consultation; lost: the
    # subject's name in the caption under the court (kept since s21-kept: column gaps),
    # 'CareerLink', 'VR counselor'
    # s22-places: the pharmacy named by its owner and street in the texts goes (leaks -2 each
    # under research, consultation and social media)
    # written in session 23 (eap); first 4/4, 4/3, 6/3, 4/1 on main at 6f49073. Left: the
    # score line withheld under court-subpoena for its AUDIT-C (a substance-use screen, Part 2),
    # an HR credential (SPHR) taken with the HR manager's name, and "quality technician" inside
    # a passage social-media withholds
    # s24-meaning: the HR credential (SPHR) stays, after a full name at a signature's end
    "eap-insurer-claims": {
        "court-subpoena": (0, 3),
        "research-safe-harbor": (0, 0),
        "consultation": (0, 0),
        "social-media": (0, 1),
    },
    "ssdi-workers-comp": {
        "court-subpoena": (0, 1),
        "research-safe-harbor": (2, 1),
        "consultation": (3, 1),
        "social-media": (2, 1),
    },
    # written in session 21 (crisis); first 5/7, 13/2, 20/1, 12/0 on main at 9bb0623; left:
    # a pastor in the client's support network read as a professional under the court, a
    # state road and an apartment complex in capitals, a hospital's initials, a chain store
    # named alone; lost under the court: passages withheld as substance use (the discharge
    # diagnoses, 'suicidal ideation' beside 'had been drinking') and a 988 contact id
    # s21-parties: the client's pastor is a third party now (leaks 1 -> 0 under the court)
    # s22-places: the state road in capitals and the chain store by its number and street go
    # (consultation leaks 5 -> 3)
    # s24-subject: the client's Medicaid plan id after a bare "ID" is a member id (court lost
    # 5 -> 4)
    "crisis-baker-act": {
        "court-subpoena": (0, 4),
        "research-safe-harbor": (0, 0),
        "consultation": (2, 0),
        "social-media": (0, 0),
    },
    # written in session 22 (hiv); first 13/19, 11/26, 17/8, 12/7 on 5a02905 (the JSONL
    # export's nested contact went out as one "[PERSON]" string). Left under the court: a
    # partner's test result and group members' HIV facts written without the disease or a
    # holder ('Tested negative at ...', 'long-term survivor since 1991', 'i been knew since
    # 2022'), a mother's housing and charity use, 'knows status'; everywhere: lower-case
    # names addressed inside a message ('lou call me', 'get checked rell'), a group chat's
    # name and a place in lower case; under consultation an insurer, 'DFCS', a Grindr handle
    # with no cue, 'East Lake'. Lost under the court and research: passages withheld as
    # communicable disease (the client's own B20, Biktarvy, CD4; a diagnosis list under a
    # heading naming an infectious disease clinic), 'CPS' (a peer specialist) as an agency
    # s24-subject: the client's ADAP and Medicaid ids after a bare "ID" are member ids (lost
    # 16 -> 15 under the court)
    # s25-subject: measured 7/15, 2/18, 6/2, 3/5 on branch s25-subject (fewer leaks under
    # every policy than the ceilings allowed; not traced to one change)
    "hiv-ryan-white": {
        "court-subpoena": (7, 15),
        "research-safe-harbor": (2, 17),
        "consultation": (5, 1),
        "social-media": (3, 5),
    },
    # written in session 22 (group); first 10/7, 1/5, 1/3, 1/1 on main at 5a02905 (12/8,
    # 1/6, 1/4, 1/1 once a relative's facts were marked apart from the name): other
    # members' disclosures after a line's label, a member by given name and initial, a
    # multi-family group's parents, a brother's ADHD and a stepfather's OVI, a peer's step
    # up to partial hospitalization, teammates NER joined into an organisation, "Labs 6/10";
    # lost: "anorexia nervosa" read as a person, "Member ID" read as a group member, RD/LD/
    # CEDS. Left, lost: under the court a peer mentor whose initials are a group member's
    # ("J.T."), two teachers by title only ("Mr. Ferrante", "Ms. Akinola (English 12)") and
    # the insurer's authorisation number (an ID_NUMBER after its label); 'FBT' only in the
    # .docx properties, which the writer drops; 'ARFID' under research inside a withheld
    # group disclosure
    "ed-iop-adolescent": {
        "court-subpoena": (2, 4),  # s23: "Lily K." in a group note
        "research-safe-harbor": (0, 1),
        "consultation": (0, 1),
        "social-media": (0, 0),
    },
    # written in session 22 (idd), with the first .xlsx export (two sheets, a hidden sheet
    # named for a housemate, a cell comment, properties; read here as XML, see RELEASED);
    # first 18/8, 17/7, 22/4, 17/2 on main at 5a02905 (a hidden sheet's name, "Attendees:"
    # withholding an ISP meeting's list, DSP/CMT staff removed under the court, lower-case
    # initials in shift notes, a housemate's seizure and injury, IDD programme words).
    # Left: lower-case initials in a table's short unsigned rows ("cb loud at bkfst") and a
    # log's 3-letter staff initials before a credential ("by tnb cmt"), a lower-case given
    # name in texts ("gary at riverbend"), "d. haverkamp", a child's name beside a found one
    # ("Harper and Wyatt"), an employer's short name, a behaviour analyst's "Cert. #",
    # "sunshine lanes"; under the court, a housemate's facts in parentheses inside a
    # sentence about the client and in a comment, a coworker, a possessive without its
    # apostrophe ("wyatts"); lost: staff in a list and "Reported by:" under the court,
    # 'NTG-EDSD', 'legal guardian' under social-media.
    "idd-waiver-group-home": {
        # s24 (employers), measured once the release's employers are found in every
        # document: leaks 13 -> 11 (court), 11 -> 10 (research, social media); research
        # loses 1, not 2
        # s25 (research): lower-case staff initials and surnames, "Community Living", a
        # congregation in lower case: 11/5, 10/1, 17/1, 10/1 -> 8/4, 7/1, 11/1, 6/1
        "court-subpoena": (5, 3),
        "research-safe-harbor": (1, 0),
        "consultation": (3, 0),
        "social-media": (1, 1),
    },
    # written in session 23 (juvenile); first 8/5, 8/3, 9/2, 8/1 on main at 6f49073 (street
    # nicknames that are English words, "Tank", "lil smoke", a roster's "Mikey", points rows'
    # initials). Left: a peer's and the mother's boyfriend's facts in a log and a group
    # note under the court, "droush" (a user name of staff the release gathers no full name
    # for), a property bag number; lost: the docx keywords' "MAYSI-2", a clinician and two
    # diagnoses inside a withheld substance-use sentence, "ART", "JPO" under social-media.
    "juvenile-detention": {
        "court-subpoena": (3, 4),
        "research-safe-harbor": (0, 1),
        "consultation": (1, 1),
        "social-media": (0, 1),
    },
    # written in session 23 (custody); first 6/10, 6/0, 7/0, 5/1 on main at 6f49073; left:
    # lower-case names English has as words in texts ("ali", "gene"), "Brightwater /
    # Szymanski" as a file's short title, a grandfather's illness after "his", an employer
    # in an e-mail signature ("QA Analyst III | Epic"), a bare month; lost under the court:
    # the children's diagnoses and medicine in sentences the third-party topic withholds
    # (a child is a third party of the father's file), the new partner's interlock in his
    # withheld conviction sentence, a teacher named only as "Mr. Reinholt's class", and a
    # comment author's name the checker cannot see in an XML attribute
    # written in session 24 (newcase-b): a county public fiduciary's guardianship and
    # conservatorship file, the first case run under all seven purposes; first 10/14, 18/7,
    # 22/5, 17/2, 10/8, 8/10, 11/13 (court, research, consultation, social media, mandated
    # report, referral, client) on main at 15ba98f. Left: a facility room number ("RM/BED:
    # 214-B", rooms are no identifier to the tool), the caregiver's and the son's facts told
    # of themselves ("She said she is undocumented..."), the late sister's name a ward calls
    # staff by ("LUPE"), a relative's account's last four masked with asterisks ("****6604",
    # our own mask's shape) and under the court's mask (keep 4), "ck 2291" without its
    # sign, "Bas vdM", "TPD", an organisation in a lower-case voicemail and a ledger row;
    # lost: a diagnosis sentence withheld after "born in Nogales, Sonora" (NER's person),
    # a lower-case self-introduction ("this is marisela quezada fraud investigations"),
    # "ALTCS", "WANDERGUARD", "Adult Protective Services" under the de-identifying policies
    # s25 (research): rooms and beds, ages over 89 after a courtesy title, the county's
    # public fiduciary: research 9 -> 8, social media 8 -> 7, mandated 6 -> 4, referral
    # 6 -> 4, client 7 -> 6 leaks
    "public-guardian-conservatorship": {
        # s25 merge: one more lost under the court, the client's request, the referral and
        # the mandated report: "Priyanka Raghunathan, court-appointed attorney" is now found
        # as a person (the consult branch's staff names) and "court-appointed attorney" is
        # read as no role, so the ward's attorney goes
        "court-subpoena": (5, 6),
        # s25-subject: measured 4/1, 4/1, 6/5 on branch s25-subject
        "research-safe-harbor": (5, 2),
        "consultation": (6, 2),
        "social-media": (4, 2),
        "mandated-report": (4, 2),
        "provider-referral": (4, 2),
        "client-request": (5, 6),
    },
    "custody-gal-evaluation": {
        # s24-meaning: "Parents Apart" (a course before "class") and "guardian ad litem" stay
        # s24-lowernames: "ali", "d", "gene" go
        # s29-consult: measured 1/8, 0/0, 0/0, 0/0
        "court-subpoena": (1, 8),
        "research-safe-harbor": (0, 0),
        "consultation": (0, 0),
        "social-media": (0, 0),
    },
    # written in session 24 (newcase-a): an adoption agency's home study and post-placement
    # file with the school's IEP and 504 records, the first case file run under
    # client-request and provider-referral too. First 4/2, 6/1, 9/1, 6/0, 7/2, 10/2
    # (court, research, consultation, social media, client, provider) on main at 15ba98f.
    # Left: a grandfather's "pancreatic cancer" four words after "Her father died" and a
    # relative's quoted "learning problems run in our family" (court, client), the couple's
    # "secondary infertility" (client: reproductive health is the client's own there),
    # a bare "4/10" that reads as a pain score. Lost under the court and client: the
    # agency's licence number "CPA-0418" and a doctor named inside a parent's withheld
    # health history.
    "adoption-homestudy-iep": {
        "court-subpoena": (2, 2),
        "research-safe-harbor": (1, 0),
        "consultation": (1, 0),
        "social-media": (1, 0),
        "client-request": (3, 2),
        "provider-referral": (0, 0),
    },
    # written in session 25 (school social work, juvenile probation, family therapy); first
    # 10/7, 8/4, 13/4, 7/2, 13/3, 10/3, 10/3 on main at 5ec3f7a. Left: a therapy practice
    # named "<Word> Family Therapy" (no head noun the institution recognizer knows) in an .md
    # heading and after "Name, LMFT,"; a father's licence loss in the student's own lower-case
    # text; under the client's request, family members' disclosures that are no health or
    # legal history (a brother bullied, a loan) and a .docx comment. Lost: a court report's
    # recommendation and the FFT assessment withheld whole under 42 CFR Part 2 for "random
    # UAs" and "cannabis use"; two counsellors named inside a relative's or a group member's
    # disclosure; a crime's name and "BadgerCare Plus" under research; role words standing
    # as a CSV row's author ("attendance clerk", "front office") where authors are replaced.
    "school-probation-family-therapy": {
        "court-subpoena": (1, 6),
        "research-safe-harbor": (0, 3),
        "consultation": (0, 3),
        "social-media": (0, 2),
        "client-request": (4, 2),
        "provider-referral": (0, 2),
        "mandated-report": (0, 2),
    },
    # written in session 25 (newcase-d): a hospital's social-work file on a 91-year-old
    # after a fall (ED assessment, nursing notes in capitals and lower-case shorthand, a
    # discharge plan .docx with a tracked insertion and deletion, a Medicare Advantage
    # denial and appeal, an APS referral, a caregiver-stress note, a home-health fax, a
    # portal thread, a contacts CSV). First 5/2, 14/6, 18/3, 12/0, 5/2, 1/2, 1/2 (court,
    # research, consultation, social media, client, provider, mandated) on main at
    # 5ec3f7a, lowered with its classes (diseases in capitals, lab acronyms, rooms and
    # beds, lower-case inverted names and town-state-ZIP, staff by "Screened by"/"Assigned
    # to", instruments named "Interview"). Left: a grandson's heroin use and probation in a
    # sentence that goes on about the patient's pension, "since the dui" with only "he"
    # for its holder, the daughter's cancer in a .docx comment (court, client); a late
    # husband's nickname in quotes ('calling for "stan"'); "kl-b" and "j marchetti DPT"
    # signing nursing entries; "ext. 2241"; an account's "...0274"; a lower-case
    # "manchester 03104" with no state; "Brightwater Pharmacy" and
    # "BEAS" under consultation. Lost: "DPOA-HC", "NHRS", "FACC", "G0151", "CKD 3b" under
    # research (capitals read by strict mode), "NHRS" and "FACC" under consultation; none
    # since s26-meaning (a term with a suffix, a stage beside a term, a benefit acronym by
    # its nouns, stacked credentials in a signature).
    "geriatric-ed-medicare-appeal": {
        "court-subpoena": (3, 0),
        "research-safe-harbor": (0, 0),
        "consultation": (0, 0),
        "social-media": (0, 0),
        "client-request": (3, 0),
        "provider-referral": (0, 0),
        "mandated-report": (0, 0),
    },
    # written in session 26 (casee): a university counseling centre and a Title IX process
    # about an undergraduate with a particle surname (intake with student ID and residence
    # hall room, lower-case progress notes, a Title IX incident report, a no-contact
    # directive on letterhead, an Instagram/Discord log with digit-led handles, an
    # accommodation letter .docx with a tracked change, an e-mail thread with pronouns and
    # extensions, a survivors' group note, a sessions CSV). First 4/5, 12/5, 16/3, 12/5,
    # 8/5, 2/5 (court, research, consultation, social media, client, provider) on main at
    # b750f5f; four over-strict fact marks were then dropped (a witness's account of the
    # evidence, two passages that disclose nothing, a counsel's "atty" inside his name).
    # Lowered with its classes (particle surnames of the subject, titles of office, lower-case
    # dotted initials, a double surname's rare half, recovery and complaints of others,
    # deadline dates, a wrong generalised year). Left: campus places in lower case ("the
    # commons", "north dining", "wexler science"), a fraternity in Greek letters and its
    # initials ("krs"), a room number after a hall ("Harlow 318B"), an agency in lower case
    # ("harbor house"), "Disability and Access Center" on a title line, "10/10" after a
    # name; the respondent's earlier complaint (court, client). Lost: the RA labelled
    # "Reporter:" (a party by design), a staff name in lower case before the document that
    # shows her as staff ("h. marchetti-voss"), "Ms. Kowalski-Dunn"; "Healing After Harm"
    # (research).
    "college-counseling-title-ix": {
        "court-subpoena": (1, 4),
        "research-safe-harbor": (6, 1),
        "consultation": (9, 0),
        "social-media": (6, 0),
        "client-request": (1, 4),
        "provider-referral": (0, 4),
    },
    # s26 (casef): a court-mandated domestic violence intervention group, Dayton OH. First
    # measured 3/11, 7/1, 8/1, 6/0, 7/1, 2/1 (court, research, consultation, social media,
    # client, mandated report): the subject's particle surname split ("Mr. De" + "los
    # Reyes"), ledger card tails ("visa ****4417"), staff initials credited with an act
    # ("approved by LP"), a workplace supervisor kept as staff ("works days at"). Left: the
    # child's first name after "Safety plan reviewed:" (read as a reviewer), the agency's
    # all-capitals letterhead name, the partner's miscarriage under the client's request
    # (third-party health the holder rules miss), "Dayton" under consultation. Lost under
    # the subpoena: the diagnoses and programmes inside withheld substance-use treatment
    # passages (42 CFR Part 2), and the .docx's last-modified-by. Research, consultation and
    # social media count "LP" and "MO" found by chance in the .xlsx's compressed bytes (the
    # checker reads an .xlsx as text). The test's own run (a fixed key) counts 2/11, 1/1,
    # 3/1, 1/0, 3/1, 1/1; the shared checker's (a new key) 1/11, 3/1, 5/1, 2/0, 2/1, 1/1:
    # the ceilings are the larger of the two.
    "group-anger-management-probation": {
        "court-subpoena": (1, 11),
        "research-safe-harbor": (0, 1),
        "consultation": (2, 1),
        "social-media": (0, 0),
        "client-request": (2, 1),
        "mandated-report": (1, 1),
    },
    # written in session 27 (newcase): a PATH street outreach team and a county jail's
    # mental-health unit, Albuquerque NM, with an HMIS service export. First measured by the
    # shared checker on main at b3cc53f: court 3/4, consultation 10/0, client 3/4, and
    # research and social media refused the whole release (R012: the export's title-case
    # `note_type`, "Street Outreach contact", was a column of unknown kind). Lowered with
    # its classes (type columns in title case, a log entry's day before a 24-hour time, a
    # cashtag, "Ms. de la O", the public defender as staff). Left: the partner's probation
    # hold, the cellmate's assault and the partner's PO in a .docx cell under the court and
    # the client's request (third parties' facts with only "he"/"she" or a table cell for
    # their holder); lower-case places in the texts ("lomas", "st martins", "2nd" of a
    # cross street), "ABQ Solid Waste", the pod and cell "4B-12", "UNM PC" in a short row
    "street-outreach-jail-mh": {
        "court-subpoena": (3, 0),
        "research-safe-harbor": (4, 2),
        "consultation": (8, 1),
        "social-media": (4, 1),
        "client-request": (3, 0),
    },
    # written in session 27 (newcase): an Army installation's Family Advocacy Program and
    # New Parent Support Program, Fort Campbell, with a JSONL case-system export. First
    # measured by the shared checker on main at b3cc53f: 5/10, 5/2, 6/1, 5/1, 4/7 (court,
    # research, consultation, social media, referral). Lowered with its classes (ranks before
    # names, "23 SEP 25", a nickname after an inverted name in capitals, "St." as a
    # particle). Left: the daughter "Nova" and "Mrs. A. St. Clair" (relatives sharing the
    # subject's particle surname) under the court and the referral, a plate after a state in
    # lower case ("tn BNX 4427"), a neighbour's house number "6419A", the unit ("B Co 2-327
    # IN") and "R4 clinic" under the de-identifying policies, "BJ" (the subject's initials
    # nickname). Lost under the court and the referral: officers named by rank (a rank is
    # no sign of staff), an alcohol-use diagnosis inside a withheld Part 2 passage.
    "military-family-advocacy": {
        # s29-consult: "Mrs. A. St. Clair" and "ST. CLAIR, ASHLEY N" beside the sponsor
        # Brandon St. Clair are his wife, not him
        "court-subpoena": (1, 10),
        "research-safe-harbor": (4, 1),
        "consultation": (4, 1),
        "social-media": (4, 1),
        "provider-referral": (1, 7),
    },
    # s28 (newcase), written against main at 73be09b and measured by the shared checker
    # before any fix: 15/6, 10/1, 15/1, 10/1, 19/6 (court, research, consultation, social
    # media, client request; five of those leaks were marking errors of the first draft:
    # "Mami" and "Barrister" as parts of names, "mtn" as an organisation). Lowered with the
    # classes it found: a quoted nickname after a three-word name or a suffix ("Manu",
    # "Junior"), a name after a job word in a message ("lawyer agbor", "the doctor woman
    # oduya", "the interpreter fon"), a contact saved as kin word and name ("ma bea"). Left:
    # names English has as words typed in lower case ("junior", "rose", "divine"), a town in
    # lower case named only elsewhere ("bamenda"), "3/4" as a date, a UNHCR registration
    # number, a gendarme captain kept as an officer, relatives' facts in the client's
    # account. Lost under the court and the client: professionals in capitals or with a
    # courtesy title only, the interpreter vendor's account number.
    "asylum-psych-eval-mlp": {
        "court-subpoena": (9, 6),
        "research-safe-harbor": (5, 1),
        "consultation": (8, 1),
        "social-media": (5, 1),
        "client-request": (13, 5),
    },
    # s28 (newcase), measured before any fix: 4/6, 2/3, 5/3, 2/2, 1/5 (court, research,
    # consultation, social media, referral; "uncle" was a marking error). Left: the
    # subject's name with a possessive "s" and no apostrophe in lower case ("tou vangs
    # daughter"), a portal sender with a credential ("from bridget o'hallinan, rd:"),
    # relatives' and the other driver's facts under the court. Lost: professionals named
    # once (the plaintiff's attorney, the donor advocate, a surgeon as a row's author),
    # "ua tsaug" (Hmong "thank you") read as a name, "NLDAC".
    "dialysis-transplant-sw": {
        "court-subpoena": (3, 5),
        "research-safe-harbor": (1, 3),
        "consultation": (4, 3),
        "social-media": (1, 2),
        "provider-referral": (0, 4),
    },
    # s29 (newcase), on main 88de89e before any fix (leaks/lost): 2/13, 8/6, 9/5, 8/1, 0/13
    # (court, research, consultation, social media, referral). Fixed: an agency's
    # letterhead in capitals ("... LONG-TERM RECOVERY GROUP"), a hospital in lower case
    # ("at mountain regional"), FEMA/ONA/MHU kept. Left: a town under 1,000 people in any
    # case ("Vicco"; the gazetteer stops at 1,000), a deed's "Book 412 Page 88", "the
    # 14th" and "labor day" as dates, "Client W", a car programme ("Wheels of Hope"), a
    # congregation with "Old Regular Baptist", the son's facts under the court ("showed up
    # at site drunk", "he was high"). Lost under the court and the referral: professionals
    # named once (committee members, a contractor, the son's PO), "brother everett" (a
    # marking error: he is a church member), the subject inverted in .docx properties.
    "disaster-recovery-dcm": {
        "court-subpoena": (2, 12),
        "research-safe-harbor": (6, 3),
        "consultation": (7, 3),
        "social-media": (6, 1),
        "provider-referral": (0, 12),
    },
    # s29 (newcase), on main 88de89e before any fix: 3/5, 6/3, 7/1, 2/2, 1/5 (court,
    # research, consultation, social media, mandated report). Fixed: an SSN's last four
    # after dot leaders, a licence number after its credential ("LCSW #7104"), "3/6" heading
    # a table row or an entry, a children's advocacy centre in capitals, CPSS-5 and CVC
    # kept. Left: the offender's initials in quotes ("DK"), an employer by a chain's name in
    # lower case ("Pilot travel center"), "April" alone, the offender's record under the
    # court. Lost: "Forensic Interviewer" as a signature's title, professionals named once,
    # "ms greer", the subject's name inverted in .docx properties.
    "cac-forensic-mdt": {
        "court-subpoena": (3, 5),
        "research-safe-harbor": (2, 1),
        "consultation": (2, 1),
        "social-media": (0, 2),
        "mandated-report": (1, 5),
    },
}


def _shared_checker() -> ModuleType | None:
    path = SHARED / "tools" / "casefile.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("shared_casefile", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _released_text(out_dir: str) -> str:
    """Everything a recipient reads in `out_dir` (the checker's rules, when it is absent)."""
    parts = []
    for root, _dirs, files in os.walk(out_dir):
        for name in files:
            path = os.path.join(root, name)
            hidden = "/." in path[len(out_dir) :]
            if name.startswith("review") or "NOT-FOR-RELEASE" in name.upper() or hidden:
                continue
            parts.append(os.path.relpath(path, out_dir))
            if name.endswith((".docx", ".xlsx")):
                with zipfile.ZipFile(path) as archive:
                    for member in archive.namelist():
                        if member.endswith((".xml", ".rels", ".vml")):
                            xml = archive.read(member).decode("utf-8", "replace")
                            parts.append(re.sub(r"<[^>]+>", " ", xml))
                            parts.append(" ".join(re.findall(r'Target="([^"]+)"', xml)))
            else:
                parts.append(Path(path).read_text(encoding="utf-8", errors="replace"))
    return "\n".join(parts)


def _found(needle: str, hay: str) -> bool:
    pattern = re.escape(needle)
    if needle[:1].isalnum():
        pattern = r"(?<![\w])" + pattern
    if needle[-1:].isalnum():
        pattern += r"(?![\w])"
    return re.search(pattern, hay, re.IGNORECASE) is not None


CHECKER = _shared_checker()
FOUND: Callable[[str, str], bool] = CHECKER.found if CHECKER else _found


def RELEASED(out_dir: str) -> str:  # noqa: N802 (the checker's reading, as a constant was)
    """The checker's reading of a release; ours where a workbook was released: the shared
    checker reads an .xlsx as bytes, where compressed data matches short strings by chance
    and the sheets' words are never seen, so its XML parts are read as a .docx's are."""
    workbook = any(name.endswith(".xlsx") for _root, _dirs, files in os.walk(out_dir)
                   for name in files)  # fmt: skip
    if CHECKER is None or workbook:
        return _released_text(out_dir)
    return str(CHECKER.released_text(out_dir))


def _batch_args(case: Path, expect: dict, purpose: str, out: Path) -> list[str]:  # type: ignore[type-arg]
    """The checker's `redact batch` command line for one purpose, without the program name.

    One addition: a fixed release key, so that consultation's pseudonyms (which could happen
    to spell an absent name) are the same on every run.
    """
    run, table = expect["runs"][purpose], expect["table"]
    args = ["batch", str(case / "request"), "--purpose", purpose, "--out", str(out)]
    args += ["--log", str(out.parent / "log.sqlite3"), "--quiet"]
    args += ["--key-file", str(out.parent / "release.key")]  # pseudonyms the same every run
    args += ["--text-column", table["text_column"], "--id-column", table["id_column"]]
    if run.get("subject", True):
        for name in expect["subject"]:
            args += ["--subject", name]
    if run.get("scope"):
        args += ["--subject-ref", expect["subject_ref"], "--client-column", table["client_column"]]
        args += ["--date-column", table["date_column"]]
        args += ["--from", expect["period"][0], "--to", expect["period"][1]]
    for field in ("recipient", "authority"):
        if run.get(field):
            args += ["--" + field, run[field]]
    return args


@pytest.mark.parametrize("name", sorted(CEILINGS))
def test_case_file_leaks_stay_under_their_ceilings(name: str, tmp_path: Path) -> None:
    case = CASEFILES / name
    expect = json.loads((case / "expect.json").read_text(encoding="utf-8"))
    assert set(expect["runs"]) == set(CEILINGS[name])
    (tmp_path / "release.key").write_bytes(TEST_KEY.secret)
    measured = {}
    for purpose, run in expect["runs"].items():
        out = tmp_path / purpose
        result = CliRunner().invoke(app, _batch_args(case, expect, purpose, out))
        assert (out / "manifest.csv").exists(), f"{purpose}: exit {result.exit_code}"
        hay = "\n".join([RELEASED(str(out)), result.stdout, result.stderr])
        leaks = sum(FOUND(s, hay) for s in run["absent"])
        lost = sum(not FOUND(s, hay) for s in run["present"])
        measured[purpose] = (leaks, lost)
    print(name, json.dumps(measured))
    for purpose, (leaks, lost) in measured.items():
        ceiling_leaks, ceiling_lost = CEILINGS[name][purpose]
        assert leaks <= ceiling_leaks, f"{name}/{purpose}: {leaks} leaks > {ceiling_leaks}"
        assert lost <= ceiling_lost, f"{name}/{purpose}: {lost} present strings lost"
