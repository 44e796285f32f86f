"""`redact evaluate`: the table, the JSON, filters, and that nothing is logged or leaked."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from redact.cli import app
from tests.evaluate.corpus_factory import CANARIES, write_corpus

runner = CliRunner()


def _run(args: list[str]) -> tuple[int, str, str]:
    result = runner.invoke(app, ["evaluate", *args])
    return result.exit_code, result.stdout, result.stderr


def test_prints_an_aligned_table_and_writes_no_release_log(tmp_path: Path, log_path: Path) -> None:
    corpus = write_corpus(tmp_path / "gold.jsonl")
    code, out, err = _run([str(corpus), "--policy", "social-media"])
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "corpus: gold.jsonl"
    assert lines[1].startswith("engine: redact (policy social-media), model ")
    header = next(i for i, line in enumerate(lines) if line.startswith("label"))
    assert lines[header].split() == ["label", "spans", "recall", "leak", "rate"]
    assert lines[header + 1 : header + 4] == [
        "--------  -----  ------  ---------",
        "CODE          1   1.000      0.000",
        "DATETIME      1   1.000      0.000",
    ]
    assert "ALL           7   0.714      0.286" in lines
    assert "token precision: 0.833 (10 of 12 touched words in a gold span of any label)" in out
    assert "3 documents, 7 spans, " in out and "characters/s" in out
    assert not log_path.exists()
    for canary in CANARIES:
        assert canary not in out + err


def test_json_with_where_and_label_filters(tmp_path: Path, log_path: Path) -> None:
    corpus = write_corpus(tmp_path / "gold.jsonl")
    code, out, err = _run(
        [str(corpus), "--where", "identifier_type=DIRECT,QUASI", "--where", "source=s0",
         "--label", "PERSON", "--label", "MISC", "--label", "DEM", "--json"]
    )  # fmt: skip
    assert code == 0, err
    payload = json.loads(out)
    assert payload["where"] == {"identifier_type": ["DIRECT", "QUASI"], "source": ["s0"]}
    assert payload["labels"] == ["DEM", "MISC", "PERSON"]
    assert payload["by_label"]["PERSON"] == {
        "spans": 1, "covered": 1, "leaked": 0, "recall": 1.0, "leak_rate": 0.0
    }  # fmt: skip
    assert payload["by_label"]["MISC"]["recall"] == 0.0  # doc-2 (s0): "Corolla" missed
    assert payload["by_label"]["DEM"]["spans"] == 0  # the DEM span is in doc-1 (s1)
    assert payload["overall"]["spans"] == 2
    assert payload["token_precision"] == {"touched": 12, "in_gold": 10, "precision": 0.8333}
    assert set(payload["per_second"]) == {"documents", "spans", "characters"}
    assert not log_path.exists()
    for canary in CANARIES:
        assert canary not in out + err


def test_limit_and_bad_arguments(tmp_path: Path, log_path: Path) -> None:
    corpus = write_corpus(tmp_path / "gold.jsonl")
    code, out, err = _run([str(corpus), "--limit", "1", "--json"])
    assert code == 0, err
    assert json.loads(out)["documents"] == 1
    code, _, err = _run([str(corpus), "--where", "identifier_type"])
    assert code == 2 and "expected FIELD=V1,V2" in err
    code, _, err = _run([str(corpus), "--engine", "spacy"])
    assert code == 2 and "must be one of redact, vanilla" in err
    assert not log_path.exists()


def test_a_malformed_corpus_names_the_line_and_exits_3(tmp_path: Path, log_path: Path) -> None:
    corpus = tmp_path / "gold.jsonl"
    corpus.write_text('{"id": "a", "text": "Maria", "spans": []}\n{"id": "b", "text": "Maria"\n')
    code, out, err = _run([str(corpus)])
    assert code == 3
    assert f"{corpus} line 2: not valid JSON" in err
    assert "Maria" not in out + err
    assert not log_path.exists()


def test_promise_for_one_policy_and_all_policies(tmp_path: Path, log_path: Path) -> None:
    record = {
        "id": "r1",
        "text": "Court report: Dana Whitlock (client) and her brother Curtis Ames, ADHD (F90.2).",
        "subject": ["Dana Whitlock"],
    }
    text = str(record["text"])
    marks = [("Dana Whitlock", "PERSON", "subject"), ("Curtis Ames", "PERSON", "third_party")]
    spans: list[dict[str, object]] = [
        {"start": text.index(t), "end": text.index(t) + len(t), "label": label, "role": role}
        for t, label, role in marks
    ]
    spans += [
        {"start": text.index(t), "end": text.index(t) + len(t), "label": "MEANING", "kind": kind}
        for t, kind in (("ADHD", "diagnosis"), ("F90.2", "icd10"))
    ]
    corpus = tmp_path / "dev.jsonl"
    corpus.write_text(json.dumps({**record, "spans": spans}) + "\n", encoding="utf-8")
    code, out, err = _run([str(corpus), "--promise", "--policy", "court-subpoena"])
    assert code == 0, err
    assert out.startswith("policy: court-subpoena   corpus: dev.jsonl")
    assert "must-go recall: 1.000 (1 of 1 spans)" in out  # the brother; the subject stays
    assert "subject kept:   1.000 (1 of 1)" in out
    assert "meaning kept:   1.000 (2 of 2)" in out
    code, out, err = _run([str(corpus), "--all-policies", "--json"])
    assert code == 0, err
    payload = json.loads(out)
    assert "court-subpoena" in payload and "social-media" in payload
    social = payload["social-media"]
    assert social["keep_subject"] is False and social["subject_kept"]["spans"] == 0
    assert social["must_go"]["spans"] == 2  # under social-media the subject must go too
    assert set(social["must_go_by_role"]) == {"subject", "third_party"}
    assert "duty-to-warn" not in payload  # it releases passages, not spans: not scored
    code, out, err = _run([str(corpus), "--all-policies"])
    assert code == 0, err
    assert "not scored: duty-to-warn: releases only the passages about a threat" in out
    code, _, err = _run([str(corpus), "--promise", "--engine", "vanilla"])
    assert code == 2
    assert not log_path.exists()
    for name in ("Dana", "Whitlock", "Curtis", "Ames"):
        assert name not in out + err
