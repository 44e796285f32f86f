"""The page's endpoints with the real model: review, corrections, release, uploads."""

from __future__ import annotations

import hashlib
import io
import re
from pathlib import Path
from typing import Any

import docx
import pytest
from fastapi.testclient import TestClient

from redact.release import ReleaseLog
from redact.transform.pseudonym import CODE_LENGTH
from redact.web.upload import MAX_UPLOAD_BYTES
from tests.web.conftest import MISSED, NOTE, PHONE, span_of

PSEUDONYM = rf"Person [A-Z0-9]{{{CODE_LENGTH}}}"


def _post(client: TestClient, token: dict[str, str], path: str, **body: Any) -> Any:
    response = client.post(
        path, json={"text": NOTE, "purpose": "consultation", **body}, headers=token
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_purposes_list_every_builtin_with_its_fields(client: TestClient) -> None:
    data = client.get("/api/purposes").json()
    purposes = {p["name"]: p for p in data["purposes"]}
    assert {"consultation", "court-subpoena", "social-media", "client-request"} <= set(purposes)
    assert purposes["court-subpoena"]["required_fields"] == ["recipient", "authority"]
    assert purposes["consultation"]["warnings"] and purposes["consultation"]["description"]
    assert purposes["client-request"]["keep_subject"] is True
    assert {"type": "PERSON", "label": "PERSON"} in data["entity_types"]


def test_review_highlights_findings_in_both_texts(
    client: TestClient, token: dict[str, str]
) -> None:
    data = _post(client, token, "/api/redact")
    output = data["text"]
    assert re.fullmatch(
        rf"Met {PSEUDONYM} on March 2026 at the blue house by the mill\. "
        rf"Her son {PSEUDONYM} called \[REDACTED\]\.\n",
        output,
    ), output
    kinds = {f["entity_type"] for f in data["findings"]}
    assert kinds == {"PERSON", "DATE_TIME", "PHONE_NUMBER"}
    for f in data["findings"]:
        assert f["origin"] == "detected"
        assert NOTE[f["start"] : f["end"]] not in output or f["action"] == "keep"
    phone = next(f for f in data["findings"] if f["entity_type"] == "PHONE_NUMBER")
    assert NOTE[phone["start"] : phone["end"]] == PHONE
    assert output[phone["out_start"] : phone["out_end"]] == "[REDACTED]"
    assert data["warnings"] and data["counts"] == {"DATE_TIME": 1, "PERSON": 2, "PHONE_NUMBER": 1}


def test_keep_and_add_change_the_output(client: TestClient, token: dict[str, str]) -> None:
    data = _post(
        client,
        token,
        "/api/redact",
        keep=[span_of(NOTE, PHONE)],
        add=[[*span_of(NOTE, MISSED), "STREET_ADDRESS"]],
    )
    assert PHONE in data["text"] and MISSED not in data["text"]
    assert "at [ADDRESS]." in data["text"]
    origins = {f["entity_type"]: f["origin"] for f in data["findings"]}
    assert origins["PHONE_NUMBER"] == "kept" and origins["STREET_ADDRESS"] == "added"


def test_release_logs_override_counts_then_returns_the_text(
    client: TestClient, token: dict[str, str], log_path: Path
) -> None:
    corrections = {"keep": [span_of(NOTE, PHONE)], "add": [[*span_of(NOTE, MISSED), "LOCATION"]]}
    preview = _post(client, token, "/api/redact", **corrections)
    released = _post(client, token, "/api/release", actor="j.okafor", **corrections)
    assert released["text"] == preview["text"]
    assert released["release_id"] == 1
    assert released["overrides"] == {"override_added:LOCATION": 1, "override_kept:PHONE_NUMBER": 1}
    with ReleaseLog.open(log_path) as log:
        [entry] = log.entries()
        assert log.verify().ok
    assert entry.purpose == "consultation" and entry.actor == "j.okafor"
    assert entry.extra["channel"] == "redact serve"
    assert {k: v for k, v in entry.extra.items() if k.startswith("override_")} == {
        "override_added:LOCATION": 1,
        "override_kept:PHONE_NUMBER": 1,
    }
    assert dict(entry.counts) == {"DATE_TIME": 1, "LOCATION": 1, "PERSON": 2}
    [document] = entry.documents
    assert document.input_sha256 == hashlib.sha256(NOTE.encode()).hexdigest()
    assert document.output_sha256 == hashlib.sha256(released["text"].encode()).hexdigest()
    stored = b"".join(p.read_bytes() for p in log_path.parent.glob(log_path.name + "*"))
    for secret in ("Maria", "Alvarez", "Mateo", PHONE, "blue house", "March 2026"):
        assert secret.encode() not in stored, secret


def test_release_refuses_missing_required_fields_and_logs_nothing(
    client: TestClient, token: dict[str, str], log_path: Path
) -> None:
    body = {"text": NOTE, "purpose": "court-subpoena", "actor": "jo", "recipient": "  "}
    response = client.post("/api/release", json=body, headers=token)
    assert response.status_code == 422
    assert response.json()["error"] == {
        "code": "R003",
        "message": "purpose 'court-subpoena' requires: Recipient, Legal authority",
    }
    assert not log_path.exists()


def test_release_records_the_fields_of_a_subpoena(
    client: TestClient, token: dict[str, str], log_path: Path
) -> None:
    released = _post(
        client,
        token,
        "/api/release",
        purpose="court-subpoena",
        subject=["Maria Alvarez"],
        actor="jo",
        recipient="Family Court",
        authority="Subpoena 24-JV-0192",
        subject_ref="C-1042",
    )
    assert "Maria Alvarez" in released["text"] and "Mateo" not in released["text"]
    with ReleaseLog.open(log_path) as log:
        [entry] = log.entries()
    assert (entry.recipient, entry.authority, entry.subject_ref) == (
        "Family Court",
        "Subpoena 24-JV-0192",
        "C-1042",
    )
    assert entry.extra["channel"] == "redact serve"
    assert not [k for k in entry.extra if k.startswith("override_")]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"purpose": "consultation", "text": "  "}, "the note is empty"),
        ({"purpose": "consultation", "text": NOTE, "keep": [[5, 500]]}, "keep[0] is outside"),
        ({"purpose": "consultation", "text": NOTE, "add": [[3, 1, "PERSON"]]}, "add[0] is outside"),
        ({"purpose": "consultation", "text": NOTE, "add": [[0, 3, "NAME"]]}, "unknown entity type"),
        ({"purpose": "../policies/x.yaml", "text": NOTE}, "unknown purpose"),
        ({"purpose": "consultation", "text": NOTE, "extra": 1}, "extra"),
    ],
)
def test_bad_requests_are_refused_with_a_clear_message(
    client: TestClient, token: dict[str, str], body: dict[str, Any], message: str
) -> None:
    response = client.post("/api/redact", json=body, headers=token)
    assert response.status_code in {404, 422}
    assert message in response.json()["error"]["message"]
    assert "Maria" not in response.text


def _docx_bytes() -> bytes:
    document = docx.Document()
    document.add_paragraph("Met Maria Alvarez on 3/14/2026.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Phone"
    table.rows[0].cells[1].text = PHONE
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _upload(client: TestClient, token: dict[str, str], kind: str, data: bytes) -> Any:
    headers = token | {"X-Upload-Kind": kind, "Content-Type": "application/octet-stream"}
    return client.post("/api/upload", content=data, headers=headers)


def test_upload_reads_text_and_word_files(client: TestClient, token: dict[str, str]) -> None:
    text = _upload(client, token, "txt", "\ufeff".encode() + NOTE.encode())
    assert text.json() == {"text": NOTE, "characters": len(NOTE)}
    word = _upload(client, token, "docx", _docx_bytes()).json()
    assert word["text"] == f"Met Maria Alvarez on 3/14/2026.\nPhone\n{PHONE}\n"


@pytest.mark.parametrize(
    ("kind", "data", "message"),
    [
        ("txt", b"Maria \xff\xfe Alvarez", "not valid UTF-8 (byte offset 6)"),
        ("txt", b"Maria\x00Alvarez", "looks like a binary file"),
        ("txt", b"  \n", "it is empty"),
        ("txt", b"", "it is empty"),
        ("docx", b"Maria Alvarez", "not a valid .docx"),
        ("docx", b"PK\x03\x04Maria Alvarez", "not a valid .docx"),
        ("pdf", b"%PDF-1.7 Maria Alvarez", "not a valid PDF"),
        ("png", b"\x89PNG Maria Alvarez", "not a readable image"),
        ("exe", b"MZ Maria Alvarez", "use a .txt, .docx, .pdf or page image"),
        ("", b"Maria Alvarez", "use a .txt, .docx, .pdf or page image"),
        ("txt", b"Maria " * (MAX_UPLOAD_BYTES // 6 + 1), "too large"),
    ],
)
def test_unreadable_files_get_a_clear_error_without_their_content(
    client: TestClient, token: dict[str, str], kind: str, data: bytes, message: str
) -> None:
    response = _upload(client, token, kind, data)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "R004" and message in error["message"]
    assert "Maria" not in response.text


def test_a_corrupt_word_document_is_refused(client: TestClient, token: dict[str, str]) -> None:
    data = bytearray(_docx_bytes())
    data[len(data) // 2 : len(data) // 2 + 200] = b"\x00" * 200
    response = _upload(client, token, "docx", bytes(data))
    assert response.status_code == 422
    assert "not a valid .docx" in response.json()["error"]["message"]


def test_withheld_passages_are_marked_and_not_offered_for_keeping(
    client: TestClient, token: dict[str, str]
) -> None:
    note = "Met Maria on 3/14/2026. She remains on methadone 80 mg at the clinic daily.\n"
    data = _post(client, token, "/api/redact", text=note, purpose="social-media")
    withheld = [f for f in data["findings"] if f["entity_type"] == "WITHHELD"]
    assert withheld and all(f["origin"] == "withheld" for f in withheld)
    assert withheld[0]["topics"] == ["substance_use"]
    assert "methadone" not in data["text"]
    detected = [f for f in data["findings"] if f["entity_type"] != "WITHHELD"]
    assert all(f["origin"] == "detected" and f["topics"] == [] for f in detected)


def test_a_release_under_seal_returns_the_notice_and_logs_it(
    client: TestClient, token: dict[str, str], log_path: Path
) -> None:
    released = _post(
        client, token, "/api/release", purpose="court-subpoena", subject=["Maria Alvarez"],
        actor="jo", recipient="Family Court", authority="Subpoena 24-JV-0192", under_seal=True,
    )  # fmt: skip
    assert released["notice"].startswith("NOTICE: RECORDS TO BE MAINTAINED UNDER SEAL")
    assert "Subpoena 24-JV-0192" in released["notice"] and "Mateo" not in released["notice"]
    with ReleaseLog.open(log_path) as log:
        [entry] = log.entries()
    assert entry.extra["under_seal"] is True


def test_under_seal_without_an_authority_is_refused(
    client: TestClient, token: dict[str, str], log_path: Path
) -> None:
    body = {"text": NOTE, "purpose": "consultation", "actor": "jo", "under_seal": True}
    response = client.post("/api/release", json=body, headers=token)
    assert response.status_code == 422 and "Legal authority" in response.text
    assert not log_path.exists()
