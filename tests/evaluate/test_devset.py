"""Gate: what each policy promises, measured on the synthetic development set.

sample_data/devset/devset.jsonl holds realistic records (the three case files' documents and
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
KINDS = {"diagnosis", "icd10", "medication", "programme", "credential", "role_word", "age"}
MARGIN = 0.02

#: policy -> measured on 2026-12-06 after the protection work (must-go recall, leak rate,
#: subject kept, meaning kept, precision); subject kept is None where the policy does not
#: keep the subject. Before it: court-subpoena (0.687, 0.227, 0.895, 0.844, 0.633),
#: research-safe-harbor (0.930, 0.065, -, 0.359, 0.588), consultation (0.787, 0.173, -,
#: 0.629, 0.696), social-media (0.935, 0.057, -, 0.290, 0.576). Court-subpoena's subject
#: kept fell by 0.02: the subject's dates inside withheld passages (substance use
#: treatment) and report numbers now masked to their last four count as lost.
#: Re-measured after dv-youth-diversion joined the set (79 documents): the code before its
#: fixes gave, in the same order, court-subpoena (0.799, 0.117, 0.891, 0.887, 0.622),
#: research-safe-harbor (0.945, 0.043, -, 0.665, 0.641), consultation (0.864, 0.082, -,
#: 0.848, 0.728), social-media (0.948, 0.041, -, 0.677, 0.627), client-request (0.783,
#: 0.112, 0.926, 0.926, 0.679), mandated-report (0.733, 0.143, 0.930, 0.926, 0.606),
#: provider-referral (0.729, 0.153, 0.934, 0.935, 0.658); the floors below are after them.
MEASURED: dict[str, tuple[float, float, float | None, float, float]] = {
    "court-subpoena": (0.815, 0.101, 0.880, 0.903, 0.625),
    "research-safe-harbor": (0.957, 0.031, None, 0.719, 0.652),
    "consultation": (0.880, 0.067, None, 0.896, 0.740),
    "social-media": (0.958, 0.028, None, 0.773, 0.642),
    "client-request": (0.804, 0.091, 0.919, 0.942, 0.684),
    "mandated-report": (0.758, 0.119, 0.925, 0.942, 0.614),
    "provider-referral": (0.762, 0.120, 0.931, 0.952, 0.671),
}


@pytest.mark.parametrize("policy", sorted(MEASURED))
def test_policy_keeps_its_promises_on_the_devset(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    report = score_policy(read_corpus(DEVSET), redactor_for(policy), corpus=DEVSET.name)
    print("\n" + format_summary([report]))
    assert report.documents >= 60 and report.must_go.spans > 300
    recall, leak_rate, subject, meaning, precision = MEASURED[policy]
    got = report.summary()
    assert got["must_go_recall"] is not None and got["must_go_recall"] >= recall - MARGIN
    assert got["leak_rate"] is not None and got["leak_rate"] <= leak_rate + MARGIN
    assert got["meaning_kept"] is not None and got["meaning_kept"] >= meaning - MARGIN
    assert got["precision"] is not None and got["precision"] >= precision - MARGIN
    if subject is None:
        assert got["subject_kept"] is None
    else:
        assert got["subject_kept"] is not None and got["subject_kept"] >= subject - MARGIN


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
