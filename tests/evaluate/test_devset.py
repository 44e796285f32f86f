"""Gate: what each policy promises, measured on the synthetic development set.

sample_data/devset/devset.jsonl holds realistic records (the case files' documents and
short standalone notes) with every identifier labelled by role and every meaning that must
survive labelled by kind. Each test redacts it under one policy with the real model, passing
each document's subject names, and checks the headline numbers against the values measured
when the floors were set, with a margin of 0.02 for the noise of pseudonyms and timing.

A regression fails here. When a change improves a number, run this file with `-s` (each test
prints what it measured), move the floor (or the ceiling, for the leak rate) to the new
value with the same margin and say so in the commit. Never loosen one to make a change pass.
"""

from __future__ import annotations

import filecmp
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from redact.evaluate.corpus import read_corpus
from redact.evaluate.promise_report import format_summary
from redact.evaluate.promise_run import score_policy
from redact.redactor import Redactor
from tests.conftest import SAMPLE_DATA

DEVSET = SAMPLE_DATA / "devset" / "devset.jsonl"
ROLES = {"subject", "third_party", "professional", "place", "organisation"}
KINDS = {
    "diagnosis",
    "icd10",
    "medication",
    "programme",
    "credential",
    "role_word",
    "age",
    "billing_code",
}
MARGIN = 0.02

#: policy -> measured on 2026-12-06 after the protection work (must-go recall, leak rate,
#: subject kept, meaning kept, precision); subject kept is None where the policy does not
#: keep the subject. Before it: court-subpoena (0.687, 0.227, 0.895, 0.844, 0.633),
#: research-safe-harbor (0.930, 0.065, -, 0.359, 0.588), consultation (0.787, 0.173, -,
#: 0.629, 0.696), social-media (0.935, 0.057, -, 0.290, 0.576). Court-subpoena's subject
#: kept fell by 0.02: the subject's dates inside withheld passages (substance use
#: treatment) and report numbers now masked to their last four count as lost.
#: Then (the third-party and nickname work): recall up and the leak rate down under every
#: policy, meaning and subject kept unchanged or up; token precision down by up to 0.06
#: under the four policies that withhold third parties' history, because the devset does
#: not label third parties' facts (its generator drops the sources' FACT marks), so the
#: words of a withheld fact ("Father ... died 2019 (suicide)", "Mrs. ... has type 2
#: diabetes") count as removed words that are no identifier. Before it: court-subpoena
#: (0.795, 0.117, 0.876, 0.891, 0.640), client-request (0.782, 0.108, 0.934, 0.949, 0.747),
#: research-safe-harbor (0.946, 0.042, -, 0.680, 0.639), social-media (0.952, 0.037, -,
#: 0.679, 0.624), consultation (0.854, 0.091, -, 0.871, 0.748), mandated-report (0.730,
#: 0.138, 0.934, 0.945, 0.687), provider-referral (0.716, 0.155, 0.947, 0.957, 0.741).
#: Re-measured after the session-18 merge (leaks, professionals, the lead's detection
#: classes, speed): court-subpoena (0.886, 0.077, 0.888, 0.918, 0.571), client-request
#: precision 0.631 (facts of third parties now withheld are counted as removed words: the
#: devset labels no facts) and professionals kept no longer count as must-go. Then on 77
#: documents, with the fourth case file (aps-elder-kinship-school) and its classes, and on
#: 93 with the fifth (dv-youth-diversion: more kept professionals and agencies, and DV
#: writing's third-party facts, so lower precision under the subject-keeping policies).
#: Session 19, on 109 documents (the sixth case file, veterans-housing): lower-case
#: message names, initials and signature marks, third parties under the subject-keeping
#: policies, DV parties, organisations and places by their heads, ages and credentials
#: kept, programme names, the subject's own forms. Before it (same 109 documents, main at
#: 7570b68) court-subpoena must-go recall was about 0.85, social-media 0.95 (0.962 and
#: 0.962 on the 93 of session 18); meaning kept 0.93 and 0.76.
#: Session 20, on 158 documents (three new case files: refugee resettlement, outpatient
#: substance-use treatment under 42 CFR Part 2, probation and reentry; one short group
#: note): names of many cultures and in message logs, professionals kept by role and the
#: client's employer's staff removed, organisations and places, the subject's own numbers,
#: over-redaction (misreadings), labelled numbers. Two scoring rules changed with it: a
#: role word before a name ("Nurse", "Judge") is outside the PERSON span, as the redactor
#: keeps it; and subject and meaning spans inside a passage withheld by topic are counted
#: apart (IN_WITHHELD below), since the policy withholds them on purpose. Before it (main
#: at eb56e7a on the same 158 documents and scoring): must-go recall court-subpoena 0.902,
#: client-request 0.918, mandated-report 0.860, provider-referral 0.857, consultation
#: 0.938, research-safe-harbor 0.980, social-media 0.980.
#: Session 21, on 255 documents (six new case files written to find classes, not to pass:
#: tribal child welfare under ICWA, a Baker Act hold, an unaccompanied minor and his
#: sponsor, NICU and perinatal care, a runaway youth with a chosen name, disability benefits
#: and workers' compensation). Main at 9bb0623 on the same 255 documents: must-go recall
#: court-subpoena 0.882, client-request 0.891, mandated-report 0.852, provider-referral
#: 0.848, consultation 0.951, research-safe-harbor 0.969, social-media 0.971; meaning kept
#: 0.974/0.978/0.976/0.977/0.928/0.883/0.866 in the same order.
#: Session 22, on 308 documents (three new case files written to find classes: HIV care
#: under Ryan White with a JSONL export, an adolescent eating-disorder IOP with group and
#: family sessions, an IDD waiver group home with an .xlsx export; two hand-wrapped short
#: notes). Each case file is now redacted as one release, each short note as its own
#: (`release`; `promise_run.RELEASE_FIELD`). 5a02905 on the same 308 documents (one release,
#: as it scored): must-go recall court-subpoena 0.940, client-request 0.946, mandated-report
#: 0.925, provider-referral 0.922, consultation 0.965, research-safe-harbor 0.975,
#: social-media 0.976; meaning kept 0.982/0.988/0.986/0.987/0.944/0.914/0.890. This code
#: scored as one release: 0.973/0.975/0.964/0.963/0.978/0.985/0.985.
#: Session 23, on 379 documents (four new case files written to find classes: a custody
#: evaluation with a guardian ad litem, hospice end-of-life care, juvenile detention, an EAP
#: therapist answering an insurer; fifteen terse clinical notes). Each release is now read
#: whole for its names before it is redacted, as `redact batch` does (`start_release(texts)`).
#: 6f49073 on the same 379 documents: must-go recall court-subpoena 0.941, client-request
#: 0.941, mandated-report 0.919, provider-referral 0.919, consultation 0.959,
#: research-safe-harbor 0.971, social-media 0.972; meaning kept 0.995/0.996/0.996/0.994/
#: 0.967/0.957/0.947; subject kept 0.977/0.976/0.988/0.976.
#: Session 24, on 412 documents (two new case files: an adoption home study with the
#: school's IEP and 504 records, a public guardian's conservatorship with financial
#: exploitation; two short notes on workplaces). Workplaces found by their cue and again
#: release-wide, lower-case names in a message's person slots, claims typed as the
#: client's case, meaning by cue (brand drugs, clinical acronyms, level-of-care
#: programmes).
#: Session 25, on 448 documents (two new case files: school social work with juvenile
#: probation and family therapy, a geriatric ED stay with a Medicare Advantage appeal).
#: 5ec3f7a on the same 448 documents: must-go recall court-subpoena 0.976, client-request
#: 0.982, mandated-report 0.979, provider-referral 0.979, consultation 0.969,
#: research-safe-harbor 0.977, social-media 0.978; subject kept 0.971/0.971/0.979/0.969;
#: meaning kept 0.996/0.997/0.996/0.997/0.981/0.972/0.963.
#: Session 26, on 488 documents (two new case files: a college counselling centre with a
#: Title IX process, a court-mandated domestic violence intervention group; gold
#: credentials and age cues moved outside the names and ages they follow, as elsewhere).
#: Session 27, on 516 documents (two new case files: street outreach with a jail's mental
#: health unit, an Army Family Advocacy Program; the scorer no longer reads the words of the
#: Part 2 re-disclosure notice the Redactor appends as leaks). b3cc53f (session 26's code) on
#: the same 516 documents: must-go recall court-subpoena 0.974, research-safe-harbor 0.987,
#: consultation 0.981, social-media 0.987, client-request 0.980, mandated-report 0.978,
#: provider-referral 0.975; leak rate 0.024/0.017/0.022/0.011/0.021/0.023/0.026; subject kept
#: 0.986/0.985/0.986/0.977; precision 0.550/0.705/0.793/0.649/0.633/0.603/0.731.
#: Session 28, on 548 documents (two new case files: an asylum psychological evaluation in a
#: medical-legal partnership, dialysis and transplant social work). 73be09b on the same 548
#: documents, scored as then: must-go recall court-subpoena 0.977, research-safe-harbor
#: 0.988, consultation 0.982, social-media 0.989, client-request 0.984, mandated-report
#: 0.980, provider-referral 0.979; leak rate 0.020/0.014/0.018/0.009/0.013/0.016/0.018;
#: subject kept 0.986/0.986/0.986/0.981; precision 0.558/0.710/0.799/0.655/0.642/0.612/0.742.
#: Two measurement changes came in with it (see redact/evaluate/promise.py): a year only a
#: date shows ("March 2025") is no leak of an identifier number that opens on it ("2025 CRB
#: 004417" gone whole), nor a placeholder's word ("[SCHOOL]") a leak of "SCHOOL" (research
#: leaks 108 -> 74 of 8814 on the same redactions); and under mandated-report and
#: provider-referral, which keep contact details for the subject, a third party's phone,
#: e-mail or street address must go (they were not scored: on 73be09b provider-referral
#: recall falls to 0.917, mandated-report to 0.922). Those two policies' numbers below are
#: on that stricter promise, which is why they sit far under the others.
#: Session 29, on 575 documents (two new case files: disaster-recovery case management, a
#: children's advocacy centre's forensic interview and MDT). 88de89e on the same 575
#: documents: must-go recall court-subpoena 0.980, research-safe-harbor 0.987, consultation
#: 0.981, social-media 0.988, client-request 0.988, mandated-report 0.948, provider-referral
#: 0.945; leak rate 0.015/0.010/0.015/0.009/0.009/0.054/0.060; subject kept
#: 0.983/0.984/0.983/0.988; meaning kept 0.986/0.961/0.969/0.952/0.989/0.989/0.990.
MEASURED: dict[str, tuple[float, float, float | None, float, float]] = {
    "court-subpoena": (0.981, 0.015, 0.983, 0.994, 0.561),
    "research-safe-harbor": (0.989, 0.009, None, 0.976, 0.716),
    "consultation": (0.983, 0.014, None, 0.982, 0.804),
    "social-media": (0.989, 0.009, None, 0.970, 0.660),
    "client-request": (0.988, 0.009, 0.988, 0.995, 0.639),
    "mandated-report": (0.963, 0.040, 0.983, 0.996, 0.624),
    "provider-referral": (0.961, 0.043, 0.988, 0.996, 0.753),
}
#: Subject and meaning spans inside passages withheld by topic, as measured with MEASURED:
#: a ceiling (with a tenth more for noise), so that a topic which starts swallowing the
#: client's own record cannot hide it from the meaning and subject numbers.
#: On 255 documents the six new case files add passages their policies withhold on purpose
#: (HIV prevention and reproductive health, other youths' disclosures, substance use beside
#: a crisis): main at 9bb0623 counts the same on them.
#: On 308 documents the HIV case file adds passages withheld as communicable disease (the
#: client's own HIV care, under the court, research, social media and a mandated report),
#: and the IOP and group-home files other members' disclosures and housemates' health:
#: 5a02905 counts 281/122/14/177/62/160/33 on them.
#: Session 23, on 323 documents: the fifteen terse clinical notes add passages withheld by
#: topic on purpose (a detox note under 42 CFR Part 2, a night shift's protective-order and
#: shelter plans, a psychiatric admission's substance use); the counts are the same before
#: and after that session's detection changes (297/121/10/188/60/157/27). On 379 documents
#: the custody case file withholds the children's health and a new partner's conviction in
#: the father's copy, the hospice, detention and EAP files a family's, peers' and a score
#: line's substance use (332/136/11/209/81/161/28). On 412 documents the adoption and
#: guardianship files add a birth family's history and a ward's relatives' (339/140/11/
#: 213/89/161/28). On 448 documents the school-probation and geriatric ED files add a
#: family therapy's and a group's members' disclosures and a grandson's history
#: (356/142/11/225/91/161/28). On 488 documents the Title IX file adds a survivors'
#: group's disclosures and the intervention group file its members' and a partner's
#: substance use and health (382/145/12/244/98/166/31). On 516 documents the street outreach and
#: Family Advocacy files add passages withheld by topic (389/145/12/250/98/166/31). On 548
#: documents the asylum and dialysis files add a few more (395/145/12/252/100/168/31). On
#: 575 the disaster-recovery and child advocacy centre files add a son's drinking and a
#: child's disclosure (403/148/13/255/106/172/33; main at 88de89e counts the same).
IN_WITHHELD: dict[str, int] = {
    "court-subpoena": 403,
    "research-safe-harbor": 148,
    "consultation": 13,
    "social-media": 255,
    "client-request": 106,
    "mandated-report": 172,
    "provider-referral": 33,
}
#: Professionals' names kept, where the policy keeps professionals (issue 18, item 5), as
#: measured when roles came in. The four policies that keep them were re-measured then:
#: professionals no longer count as must-go (recall and leak rate rose, as the names they
#: removed were the hardest), and token precision fell (court-subpoena 0.640 -> 0.581),
#: because removing a professional's name is no longer a hit: the same removals that are
#: not identifiers now weigh against fewer hits.
#: Session 19: 0.908-0.912, down from 0.92-0.93: the new name rules also find workers
#: written without a cue ("calling for miss rowntree", "To: Rowntree, Tamika"); recall first.
#: Session 20, on 158 documents: staff known by their words release-wide, by a role phrase,
#: a table's author column or a .docx comment's author (0.988-0.992 on the 109 documents).
#: Session 21, on 255 documents: 0.872-0.913 (main at 9bb0623: 0.860-0.901). The new case
#: files name reporters (a hotline reporter's identity is protected, so a worker who
#: reports goes), staff by initials only, and clergy of the client's own church, who are
#: private third parties now (a hospital's or hospice's chaplain is staff).
#: Session 22, on 308 documents: 0.897-0.941, titles of more services (coordinators,
#: advocates, disability and HIV-care staff) and each release's staff remembered apart.
PROFESSIONAL_KEPT: dict[str, float | None] = {
    # session 29, on 575 documents: the disaster-recovery and advocacy centre files name
    # committee members, a contractor and a PO once each (28, on 548: .893/.915/.912/.924;
    # main at 88de89e measures the same on 575)
    "court-subpoena": 0.886,
    "client-request": 0.907,
    "mandated-report": 0.904,
    "provider-referral": 0.915,
    "research-safe-harbor": None,
    "consultation": None,
    "social-media": None,
}


@pytest.mark.parametrize("policy", sorted(MEASURED))
def test_policy_keeps_its_promises_on_the_devset(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    report = score_policy(read_corpus(DEVSET), redactor_for(policy), corpus=DEVSET.name)
    print("\n" + format_summary([report]))
    # professionals kept under four policies are scored as kept, no longer as must-go
    assert report.documents >= 60 and report.must_go.spans + report.professional.spans > 300
    recall, leak_rate, subject, meaning, precision = MEASURED[policy]
    got = report.summary()
    assert got["must_go_recall"] is not None and got["must_go_recall"] >= recall - MARGIN
    assert got["leak_rate"] is not None and got["leak_rate"] <= leak_rate + MARGIN
    assert got["meaning_kept"] is not None and got["meaning_kept"] >= meaning - MARGIN
    assert got["precision"] is not None and got["precision"] >= precision - MARGIN
    professional = PROFESSIONAL_KEPT[policy]
    if professional is None:
        assert got["professional_kept"] is None
    else:
        kept = got["professional_kept"]
        assert kept is not None and kept >= professional - MARGIN
    if subject is None:
        assert got["subject_kept"] is None
    else:
        assert got["subject_kept"] is not None and got["subject_kept"] >= subject - MARGIN
    assert report.in_withheld <= IN_WITHHELD[policy] * 1.1 + 1


def test_every_builtin_policy_is_measured_or_says_why_not() -> None:
    from redact.evaluate.promise_run import NOT_SCORED
    from redact.policy.loader import builtin_names

    assert set(MEASURED) | set(NOT_SCORED) == set(builtin_names())
    assert not set(MEASURED) & set(NOT_SCORED)


def test_devset_spans_are_exact_and_labelled() -> None:
    """Every span's text is what its offsets hold; roles, kinds and labels are known ones."""
    from redact.entities import ENTITY_TYPES

    lines = DEVSET.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 60
    for line in lines:
        record = json.loads(line)
        text = record["text"]
        assert isinstance(record["subject"], list)
        for span in record["spans"]:
            assert text[span["start"] : span["end"]] == span["text"], record["id"]
            if span["label"] == "MEANING":
                assert span["kind"] in KINDS, record["id"]
            else:
                assert span["label"] in ENTITY_TYPES and span["role"] in ROLES, record["id"]


def test_devset_and_case_files_are_what_the_generator_makes(tmp_path: Path) -> None:
    """Regenerating gives byte-identical files: nothing in them was edited by hand."""
    pytest.importorskip("docx")
    script = SAMPLE_DATA / "devset" / "generate.py"
    env = {**os.environ, "PYTHONPATH": str(SAMPLE_DATA.parent)}
    subprocess.run(
        [sys.executable, str(script), "--out", str(tmp_path)], check=True, env=env,
        capture_output=True,
    )  # fmt: skip
    assert filecmp.cmp(tmp_path / "devset" / "devset.jsonl", DEVSET, shallow=False)
    for made in sorted((tmp_path / "casefiles").rglob("*")):
        committed = SAMPLE_DATA / "casefiles" / made.relative_to(tmp_path / "casefiles")
        if made.is_file():
            assert filecmp.cmp(made, committed, shallow=False), str(committed)
