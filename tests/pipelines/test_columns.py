"""Every column of a table export is governed by the policy, through the real `redact batch`.

A CSV with canaries in every column (staff names with credentials, agency note and client
ids, exact visit dates, client names) goes out under each built-in policy; each test reads
what the recipient gets: the released CSV, the manifest, stdout and stderr.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from redact.cli import app
from redact.release import ReleaseLog

runner = CliRunner()

ROWS = [
    ["CN-48213", "771204", "2024-03-18", "home_visit", "Marguerite Okonkwo, LCSW",
     "Talia Brandvold", "Home visit with Ms. Brandvold at home; safety plan reviewed."],
    ["CN-48214", "771204", "2024-04-02", "phone", "Desmond Ferrante",
     "Talia Brandvold", "Phone check-in about school attendance; no new concerns."],
    ["CN-48215", "883310", "2024-05-09", "intake", "Marguerite Okonkwo, LCSW",
     "Osric Pemberton", "Intake completed; referred for housing support."],
]  # fmt: skip
HEADER = ["note_id", "client_id", "note_date", "note_type", "author", "client_name", "text"]
#: What must never reach a recipient who may not learn the agency's ids, dates or staff.
COLUMN_CANARIES = [
    "CN-48213", "CN-48214", "CN-48215", "771204", "883310", "2024-03-18", "2024-04-02",
    "2024-05-09", "Okonkwo", "Marguerite", "Ferrante", "Desmond", "Brandvold", "Pemberton",
]  # fmt: skip
SUBJECT = ["--subject", "Talia Brandvold"]
AUTHORITY = ["--recipient", "County Court", "--authority", "Order 24-7"]
KINDS_LINE = (
    "column kinds: note_id=identifier, client_id=identifier, note_date=date, "
    "note_type=category, author=person, client_name=person, text=text"
)


@dataclass(frozen=True)
class Release:
    """What the recipient gets from one run, and how the run ended."""

    code: int
    stderr: str
    stdout: str
    out: Path

    @property
    def table(self) -> pd.DataFrame:
        return pd.read_csv(self.out / "export.csv", dtype=str, keep_default_na=False)

    @property
    def manifest_ids(self) -> list[str]:
        with (self.out / "manifest.csv").open(newline="") as handle:
            return [row["id"] for row in csv.DictReader(handle)]

    def everything(self) -> str:
        """Every released file, the manifest, stdout and stderr (not the review page)."""
        files = [p for p in self.out.rglob("*") if p.is_file() and "review" not in p.name]
        parts = [p.read_text(errors="replace") for p in files if ".redact-state" not in p.parts]
        return "\n".join([*parts, self.stdout, self.stderr])


def _export(folder: Path, extra: dict[str, list[str]] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    frame = pd.DataFrame(ROWS, columns=HEADER)
    for column, values in (extra or {}).items():
        frame.insert(len(frame.columns) - 1, column, values)
    path = folder / "export.csv"
    frame.to_csv(path, index=False)
    return path


def _release(tmp: Path, policy: str, *extra: str, source: Path | None = None) -> Release:
    source = source or _export(tmp / "in")
    out = tmp / f"out-{policy}"
    result = runner.invoke(
        app,
        ["batch", str(source), "--purpose", policy, "--out", str(out), "--quiet",
         "--id-column", "note_id", "--log", str(tmp / "log.sqlite3"), *extra],
    )  # fmt: skip
    return Release(result.exit_code, result.stderr, result.stdout, out)


def _absent(release: Release, canaries: list[str]) -> list[str]:
    text = release.everything()
    return [c for c in canaries if c in text]


def test_research_pseudonymises_ids_keeps_years_and_removes_staff(tmp_path: Path) -> None:
    release = _release(tmp_path, "research-safe-harbor", "--recipient", "University IRB 88")
    assert release.code == 0, release.stderr
    assert KINDS_LINE in release.stderr
    table = release.table
    assert list(table.columns) == HEADER
    assert all(v.startswith("ID-") for v in table["note_id"])
    ids = list(table["client_id"])
    assert ids[0] == ids[1] != ids[2], "a client's rows still link, under a pseudonym"
    assert list(table["note_date"]) == ["2024", "2024", "2024"]
    assert list(table["note_type"]) == ["home_visit", "phone", "intake"]
    assert list(table["author"]) == ["[PERSON], LCSW", "[PERSON]", "[PERSON], LCSW"]
    assert list(table["client_name"]) == ["[PERSON]"] * 3
    assert release.manifest_ids == list(table["note_id"]), "the manifest names rows the same way"
    assert _absent(release, COLUMN_CANARIES) == []
    review = (release.out / "review.NOT-FOR-RELEASE.html").read_text()
    assert f"{table['note_id'][0]} = CN-48213" in review, "the reviewer can find the row"


def test_consultation_keeps_month_and_year_and_pseudonymises_people(tmp_path: Path) -> None:
    release = _release(tmp_path, "consultation")
    assert release.code == 0, release.stderr
    table = release.table
    assert list(table["note_date"]) == ["2024-03", "2024-04", "2024-05"]
    authors = list(table["author"])
    assert authors[0] == authors[2] and authors[0].startswith("Person ")
    assert authors[0].endswith(", LCSW") and authors[1] != authors[0]
    assert all(v.startswith("ID-") for v in table["note_id"])
    assert _absent(release, COLUMN_CANARIES) == []


def test_social_media_leaves_ids_out_and_every_date(tmp_path: Path) -> None:
    release = _release(tmp_path, "social-media")
    assert release.code == 0, release.stderr
    table = release.table
    assert list(table.columns) == ["note_date", "note_type", "author", "client_name", "text"]
    assert list(table["note_date"]) == ["[DATE]"] * 3
    assert release.manifest_ids == ["export.csv#row1", "export.csv#row2", "export.csv#row3"]
    assert _absent(release, COLUMN_CANARIES) == []


STAFF = ["Marguerite Okonkwo, LCSW", "Desmond Ferrante", "Marguerite Okonkwo, LCSW"]


@pytest.mark.parametrize(
    ("policy", "extra", "author"),
    [
        ("court-subpoena", AUTHORITY, "keep"),
        ("client-request", [], "keep"),
        ("mandated-report", AUTHORITY, "keep"),
    ],
)
def test_policies_about_the_subject_keep_ids_dates_and_the_subject(
    tmp_path: Path, policy: str, extra: list[str], author: str
) -> None:
    release = _release(tmp_path, policy, *SUBJECT, *extra)
    assert release.code == 0, release.stderr
    table = release.table
    assert list(table["note_id"]) == ["CN-48213", "CN-48214", "CN-48215"]
    assert list(table["client_id"]) == ["771204", "771204", "883310"]
    assert list(table["note_date"]) == ["2024-03-18", "2024-04-02", "2024-05-09"]
    names = list(table["client_name"])
    assert names[:2] == ["Talia Brandvold", "Talia Brandvold"], "the subject stays"
    authors = list(table["author"])
    # these policies keep professionals: the notes' authors stay, as their signatures do
    assert author == "keep" and authors == STAFF
    assert names[2] == "[PERSON]" if policy != "mandated-report" else names[2].startswith("Person ")
    assert _absent(release, ["Pemberton", "Osric"]) == []


def test_provider_referral_leaves_the_agencys_ids_out(tmp_path: Path) -> None:
    release = _release(tmp_path, "provider-referral", *SUBJECT, *AUTHORITY)
    assert release.code == 0, release.stderr
    table = release.table
    assert "note_id" not in table.columns and "client_id" not in table.columns
    assert list(table["note_date"]) == ["2024-03-18", "2024-04-02", "2024-05-09"]
    assert _absent(release, ["CN-48213", "771204", "Pemberton"]) == []
    assert list(table["author"]) == STAFF, "the next provider knows who wrote each note"


def test_client_ids_are_never_released_for_research_but_are_accounted(tmp_path: Path) -> None:
    release = _release(
        tmp_path, "research-safe-harbor", "--recipient", "IRB", "--client-column", "client_id"
    )
    assert release.code == 0, release.stderr
    assert _absent(release, ["771204", "883310"]) == []
    with ReleaseLog.open(tmp_path / "log.sqlite3") as log:
        (entry,) = log.entries()
    assert dict(entry.documents[0].subjects) == {"771204": 2, "883310": 1}
    recorded = str(entry.extra["table_columns"])
    assert "client_id=identifier:pseudonym" in recorded
    assert "author=person:placeholder" in recorded and "Okonkwo" not in recorded


def test_a_client_column_cannot_be_declared_anything_but_an_identifier(tmp_path: Path) -> None:
    release = _release(
        tmp_path, "consultation", "--client-column", "client_id",
        "--column-kind", "client_id=category",
    )  # fmt: skip
    assert release.code == 2
    assert "client_id" in release.stderr and not release.out.exists()


UNKNOWN = {"referral_source": ["Lakeshore Family Center", "Brightwater Clinic", "Mercy House"]}


@pytest.mark.parametrize("policy", ["research-safe-harbor", "social-media"])
def test_an_unknown_column_stops_research_and_public_releases_before_any_work(
    tmp_path: Path, policy: str
) -> None:
    source = _export(tmp_path / "in", UNKNOWN)
    release = _release(tmp_path, policy, "--recipient", "IRB", source=source)
    assert release.code == 2
    assert "referral_source" in release.stderr and "--column-kind" in release.stderr
    assert not release.out.exists(), "nothing was written"
    assert not (tmp_path / "log.sqlite3").exists(), "nothing was released"
    assert _absent(release, ["Lakeshore", "Brightwater", *COLUMN_CANARIES]) == []


def test_other_policies_redact_an_unknown_column_as_text(tmp_path: Path) -> None:
    source = _export(tmp_path / "in", UNKNOWN)
    release = _release(tmp_path, "consultation", source=source)
    assert release.code == 0, release.stderr
    assert "referral_source=unknown" in release.stderr
    assert _absent(release, COLUMN_CANARIES) == []


def test_declared_kinds_let_a_research_release_run(tmp_path: Path) -> None:
    source = _export(tmp_path / "in", UNKNOWN)
    declared = tmp_path / "columns.yaml"
    declared.write_text("referral_source: text\nauthor: person\n")
    release = _release(
        tmp_path, "research-safe-harbor", "--recipient", "IRB", "--columns", str(declared),
        "--column-kind", "note_type=category", source=source,
    )  # fmt: skip
    assert release.code == 0, release.stderr
    assert "referral_source=text" in release.stderr
    assert "[ORGANIZATION]" in " ".join(release.table["referral_source"])


def test_a_declared_column_in_no_table_is_an_error(tmp_path: Path) -> None:
    release = _release(tmp_path, "consultation", "--column-kind", "autor=person")
    assert release.code == 2 and "autor" in release.stderr


def test_a_column_that_turns_up_after_the_sample_fails_its_table(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    rows = [{"note_id": f"N{i}", "text": "Seen."} for i in range(260)]
    rows[250]["surprise"] = "Wendeline Korsgaard"
    (source / "notes.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    release = _release(tmp_path, "consultation", "--chunk-rows", "100", source=source)
    assert release.code == 1
    (row,) = [r for r in _manifest_rows(release) if r["source"].endswith("notes.jsonl")]
    assert row["status"] == "failed" and "surprise" in row["reason"]
    assert not (release.out / "notes.jsonl").exists()
    assert _absent(release, ["Wendeline", "Korsgaard"]) == []


def _manifest_rows(release: Release) -> list[dict[str, str]]:
    """The agency's full manifest: statuses and reasons are not in the recipient's."""
    with (release.out / "manifest.NOT-FOR-RELEASE.csv").open(newline="") as handle:
        return list(csv.DictReader(handle))


def test_typed_parquet_columns_are_governed_and_written(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    frame = pd.DataFrame(
        {
            "note_id": ["CN-48213", "CN-48214", "CN-48215"],
            "client_id": [771204, 771204, 883310],
            "note_date": pd.to_datetime(["2024-03-18", "2024-04-02", "2024-05-09"]),
            "minutes": [45, 30, 60],
            "text": ["Seen at home.", "Phone call.", "Intake done."],
        }
    )
    frame.to_parquet(source / "visits.parquet")
    release = _release(tmp_path, "research-safe-harbor", "--recipient", "IRB", source=source)
    assert release.code == 0, release.stderr
    out = pd.read_parquet(release.out / "visits.parquet")
    assert list(out["note_date"]) == ["2024", "2024", "2024"]
    assert out["client_id"].iloc[0] == out["client_id"].iloc[1] != "771204"
    assert list(out["minutes"]) == [45, 30, 60], "a category keeps its type"
