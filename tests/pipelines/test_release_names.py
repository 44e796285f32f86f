"""The names of a whole release reach its short documents: table rows, .docx comments.

A request holds a note that names everyone in full and a table whose rows say only "Mack"
or "mom Rosalind". The first pass gathers the names; every row then finds them, and a
nickname gets the pseudonym of the full name it was declared for. All people synthetic.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from pipelines.runner import run_batch
from pipelines.spec import BatchSpec, TableOptions
from redact.detect.lexicon import gather_names, release_name_findings
from redact.detect.names import person_key
from redact.policy.loader import load_policy
from redact.policy.requirements import ReleaseFields
from tests.conftest import TEST_KEY

NOTE = (
    'Student: Marcus Ellery-Fontaine (goes by "Mack"), grade 10.\n'
    "Mother: Rosalind Ellery. Mom's boyfriend Gerald Ashdown stays over sometimes.\n"
    'Father: Thaddeus "Thad" Fontaine, lives out of town.\n'
)
ROWS = [
    ("N-1", "Intake w/ Mack and mom Rosalind. Mack is worried about school."),
    ("N-2", "HV: Mom and Gerald present, Gerald left after 10 min."),
    ("N-3", "Thad called; Ashdown was not mentioned."),
]


def test_gathered_names_hold_full_names_words_and_nicknames() -> None:
    names = gather_names([NOTE, "Rosalind Fontaine-Ellery is someone else."])
    forms = dict(names.forms)
    assert forms["Mack"] == "marcus ellery fontaine"
    assert forms["Thad"] == forms["Thaddeus"] == "thaddeus fontaine"
    assert forms["Ashdown"] == forms["Gerald"] == "gerald ashdown"
    assert "Rosalind" not in forms  # two people called Rosalind: left to each document
    assert "Fontaine" not in forms  # a surname two people share
    assert names.canonical_of("mack") == "marcus ellery fontaine"


def _request(root: Path) -> Path:
    request = root / "request"
    request.mkdir()
    (request / "intake.txt").write_text(NOTE, encoding="utf-8")
    with (request / "export.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["note_id", "text"])
        writer.writerows(ROWS)
    return request


def _spec(request: Path, out: Path, policy: str, workers: int = 1, **fields: str) -> BatchSpec:
    subject = ("Marcus Ellery-Fontaine", "Mack") if policy == "court-subpoena" else ()
    return BatchSpec(
        inputs=(request,), out_dir=out, policy=load_policy(policy),
        fields=ReleaseFields("tester", **fields), tables=TableOptions(id_column="note_id"),
        subject=subject, workers=workers, key=TEST_KEY,
    )  # fmt: skip


def _released(out: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(out.rglob("*.txt"))) + (
        "\n" + next(out.rglob("export.csv")).read_text(encoding="utf-8")
    )


@pytest.mark.parametrize("policy", ["consultation", "research-safe-harbor"])
def test_short_rows_lose_the_names_the_release_introduced(tmp_path: Path, policy: str) -> None:
    request = _request(tmp_path)
    spec = _spec(request, tmp_path / "out", policy, recipient="A study")
    run_batch(spec, tmp_path / "log.sqlite3", quiet=True)
    released = _released(tmp_path / "out")
    for name in ["Mack", "Marcus", "Rosalind", "Gerald", "Ashdown", "Thad", "Ellery"]:
        assert not re.search(rf"\b{name}\b", released), name


def test_a_nickname_in_a_row_gets_the_pseudonym_of_the_full_name(tmp_path: Path) -> None:
    request = _request(tmp_path)
    out = tmp_path / "out"
    run_batch(_spec(request, out, "consultation"), tmp_path / "log.sqlite3", quiet=True)
    client = TEST_KEY.pseudonym("PERSON", person_key("Marcus Ellery-Fontaine"))
    boyfriend = TEST_KEY.pseudonym("PERSON", person_key("Gerald Ashdown"))
    rows = next(out.rglob("export.csv")).read_text(encoding="utf-8")
    assert rows.count(client) == 2 and rows.count(boyfriend) == 3, rows
    assert client in (next(out.rglob("intake.txt"))).read_text(encoding="utf-8")


def test_court_subpoena_keeps_the_subject_nickname_in_rows_and_removes_relatives(
    tmp_path: Path,
) -> None:
    request = _request(tmp_path)
    out = tmp_path / "out"
    spec = _spec(request, out, "court-subpoena", recipient="Family Court", authority="Order 7")
    run_batch(spec, tmp_path / "log.sqlite3", quiet=True)
    rows = next(out.rglob("export.csv")).read_text(encoding="utf-8")
    assert "Intake w/ Mack and mom [PERSON]" in rows and "Mack is worried" in rows
    assert "Gerald" not in rows and "Thad" not in rows and "Ashdown" not in rows


def test_one_and_two_workers_give_the_same_bytes(tmp_path: Path) -> None:
    request = _request(tmp_path)
    outs = []
    for workers in (1, 2):
        out = tmp_path / f"out{workers}"
        spec = _spec(request, out, "consultation", workers)
        run_batch(spec, tmp_path / f"{workers}.db", quiet=True)
        outs.append(out)
    for path in sorted(outs[0].rglob("*")):
        if path.is_file() and not path.name.endswith(".html") and ".redact-state" not in str(path):
            twin = outs[1] / path.relative_to(outs[0])
            assert path.read_bytes() == twin.read_bytes(), path.name


def test_a_user_name_from_a_log_is_found_in_the_other_documents() -> None:
    log = (
        "8/9 3:14 AM 2sleepy.nat: bro u still up\n"
        "8/9 3:20 AM 9livesjuju: u need to talk to somebody fr\n"
    )
    comment = "Juju is a friend from the lofi server (9livesjuju); 2sleepy.nat too. 10mg at 9am."
    names = gather_names([log, comment])
    found = {comment[f.start : f.end] for f in release_name_findings(comment, names)}
    assert {"9livesjuju", "2sleepy.nat"} <= found
    assert not found & {"10mg", "9am"}


#: A request about Ingeborg Salcedo-Prideaux (subject; "Inge" to her family): two notes and
#: a table export that name her, her ex-partner and her cousin in every form records use.
CONSISTENCY_NOTES = {
    "intake.txt": (
        'Intake: Ingeborg "Inge" Salcedo-Prideaux, 41. Her ex-partner Florian Achterberg '
        'has supervised visits. Her cousin Perpetua "Pepa" Oduya helps with school pick-up. '
        "Her neighbour Tovah checks on the kids.\n"
    ),
    "visit.md": (
        "Home visit. Ms. Salcedo-Prideaux was tired; Inge's mother called twice. Flo was "
        "late for the visit and Achterberg's lawyer rang. tovah brought groceries.\n"
    ),
}
CONSISTENCY_ROWS = [
    ("R-1", "inge called: Pepa will drive. salcedo-prideaux asked about the bus pass."),
    ("R-2", "Florian Achterberg cancelled. Tovah at the door when I left."),
]


def _consistency_request(root: Path) -> Path:
    request = root / "request"
    request.mkdir()
    for name, text in CONSISTENCY_NOTES.items():
        (request / name).write_text(text, encoding="utf-8")
    with (request / "export.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["note_id", "text"])
        writer.writerows(CONSISTENCY_ROWS)
    return request


def test_one_person_is_one_pseudonym_in_every_file_of_a_release(tmp_path: Path) -> None:
    request = _consistency_request(tmp_path)
    out = tmp_path / "out"
    spec = BatchSpec(
        inputs=(request,), out_dir=out, policy=load_policy("consultation"),
        fields=ReleaseFields("tester", recipient="Peer consultation"),
        tables=TableOptions(id_column="note_id"),
        subject=("Ingeborg Salcedo-Prideaux", "Inge"), key=TEST_KEY,
    )  # fmt: skip
    run_batch(spec, tmp_path / "log.sqlite3", quiet=True)
    released = {
        name: next(out.rglob(name)).read_text(encoding="utf-8")
        for name in ("intake.txt", "visit.md", "export.csv")
    }
    everything = "\n".join(released.values())
    for word in ["Ingeborg", "Inge", "Salcedo", "Prideaux", "Florian", "Flo", "Achterberg",
                 "Perpetua", "Pepa", "Oduya", "Tovah"]:  # fmt: skip
        assert not re.search(rf"(?i)\b{word}\b", everything), word
    subject = TEST_KEY.pseudonym("PERSON", person_key("Ingeborg Salcedo-Prideaux"))
    ex = TEST_KEY.pseudonym("PERSON", person_key("Florian Achterberg"))
    cousin = TEST_KEY.pseudonym("PERSON", person_key("Perpetua Oduya"))
    assert len({subject, ex, cousin}) == 3
    pseudonym = re.compile(r"Person [A-Z2-7]{6}")
    assert pseudonym.findall(released["intake.txt"])[:3] == [subject, ex, cousin]
    # "Ms. Salcedo-Prideaux", "Inge's", "Flo", "Achterberg's"; the mother is not named
    assert pseudonym.findall(released["visit.md"])[:4] == [subject, subject, ex, ex]
    rows = released["export.csv"]
    assert rows.count(subject) == 2 and rows.count(cousin) == 1 and rows.count(ex) == 1, rows
    neighbour = set(pseudonym.findall(released["intake.txt"])[3:])
    assert len(neighbour) == 1 and neighbour <= set(pseudonym.findall(released["visit.md"]))
    assert neighbour <= set(pseudonym.findall(rows))
