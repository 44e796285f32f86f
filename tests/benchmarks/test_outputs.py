"""The output dump that a speed-up is checked against: deterministic, compared by id only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.outputs import CORPORA, POLICIES, compare, dump
from redact.detect import deadline

NOTE = "Met with Oriel Fensham (DOB 03/14/1988) at 14 Quarry Rd; her son Tavi, 6, attended."


def _root(tmp_path: Path) -> Path:
    root = tmp_path / "root"
    for index, corpus in enumerate(CORPORA):
        path = root / corpus
        path.parent.mkdir(parents=True, exist_ok=True)
        record = {"id": f"doc{index}", "text": NOTE, "spans": [], "subject": ["Oriel Fensham"]}
        path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return root


def test_two_dumps_of_one_tree_are_identical_and_compare_clean(tmp_path: Path) -> None:
    root = _root(tmp_path)
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    limit = deadline.BASE_SECONDS
    dump(first, root)
    dump(second, root)
    assert limit == deadline.BASE_SECONDS  # the process's own time limit comes back
    assert first.read_bytes() == second.read_bytes()
    lines = [json.loads(line) for line in first.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(POLICIES) * len(CORPORA)
    social = next(line for line in lines if line["policy"] == "social-media")
    assert "Fensham" not in social["text"]
    assert compare(first, second) == 0


def test_compare_names_the_differing_document_never_its_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before, after = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    old = {"policy": "consultation", "id": "n1", "text": "Seen by [PERSON].", "warnings": []}
    new = {**old, "text": "Seen by Wystan Ebbe."}
    before.write_text(json.dumps(old) + "\n", encoding="utf-8")
    after.write_text(json.dumps(new) + "\n", encoding="utf-8")
    assert compare(before, after) == 1
    printed = capsys.readouterr().out
    assert "consultation n1" in printed
    assert "Wystan" not in printed
