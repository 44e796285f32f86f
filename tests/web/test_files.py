"""The page's files: a .docx comes back as a .docx, a PDF as a redacted PDF (real model)."""

from __future__ import annotations

import base64
import io
from pathlib import Path
from typing import Any

import pypdf
from fastapi.testclient import TestClient

from redact.release import ReleaseLog
from tests.documents.docx_note_samples import CANARIES, KEPT, layout_of, note_docx
from tests.documents.pdf_samples import text_pdf

LINES = [
    "Progress note. Met with Marisol Okafor at home on 03/14/2026.",
    "Phone 217-555-0196. Diagnosis F41.1; continues sertraline 50 mg daily.",
]


def _upload(client: TestClient, token: dict[str, str], kind: str, data: bytes) -> Any:
    headers = token | {"X-Upload-Kind": kind, "Content-Type": "application/octet-stream"}
    response = client.post("/api/upload", content=data, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def _release(
    client: TestClient, token: dict[str, str], kind: str, data: bytes, text: str, **more: Any
) -> Any:
    body = {"text": text, "purpose": "consultation", "actor": "test-clinician", "kind": kind,
            "file": base64.b64encode(data).decode(), **more}  # fmt: skip
    return client.post("/api/release-file", json=body, headers=token)


def test_a_word_note_comes_back_as_a_word_note_with_header_and_table(
    client: TestClient, token: dict[str, str], log_path: Path
) -> None:
    source = note_docx()
    opened = _upload(client, token, "docx", source)
    assert "pages" not in opened
    response = _release(client, token, "docx", source, opened["text"])
    assert response.status_code == 200, response.text
    payload = response.json()
    assert payload["kind"] == "docx" and payload["media_type"].endswith("document")
    header, rows, body = layout_of(base64.b64decode(payload["file"]))
    assert "progress note for" in header[0]
    assert [r[0] for r in rows] == ["Client", "Phone", "Programme"] and rows[2][1] == "WIC"
    words = "\n".join([*header, *(c for r in rows for c in r), *body])
    assert [c for c in CANARIES if c in words] == [] and [k for k in KEPT if k not in words] == []
    assert words in payload["text"]
    with ReleaseLog.open(log_path) as log:
        [entry] = log.entries()
    assert entry.actor == "test-clinician" and entry.extra["channel"] == "redact serve"


def test_a_pdf_shows_its_text_and_comes_back_redacted_with_the_keeps_applied(
    client: TestClient, token: dict[str, str]
) -> None:
    source = text_pdf(LINES, title="Marisol Okafor")
    opened = _upload(client, token, "pdf", source)
    text = opened["text"]
    assert "Marisol Okafor" in text and opened["pages"] == "1 page"
    review = client.post(
        "/api/redact", json={"text": text, "purpose": "consultation"}, headers=token
    ).json()
    phone = next(f for f in review["findings"] if f["entity_type"] == "PHONE_NUMBER")
    response = _release(client, token, "pdf", source, text, keep=[[phone["start"], phone["end"]]])
    assert response.status_code == 200, response.text
    payload = response.json()
    released = base64.b64decode(payload["file"])
    assert released.startswith(b"%PDF") and payload["media_type"] == "application/pdf"
    reader = pypdf.PdfReader(io.BytesIO(released))
    layer = "\n".join(page.extract_text() or "" for page in reader.pages)
    assert "Marisol" not in layer and "Okafor" not in layer and "03/14/2026" not in layer
    assert "217-555-0196" in layer and "sertraline" in layer  # kept by the clinician
    assert not reader.metadata and payload["overrides"] == {"override_kept:PHONE_NUMBER": 1}


def test_a_file_whose_note_was_edited_is_not_released_as_that_file(
    client: TestClient, token: dict[str, str], log_path: Path
) -> None:
    source = text_pdf(LINES)
    text = _upload(client, token, "pdf", source)["text"]
    response = _release(client, token, "pdf", source, text.replace("Progress", "Edited"))
    assert response.status_code == 422
    assert "changed after the file was opened" in response.json()["error"]["message"]
    assert "Marisol" not in response.text
    with ReleaseLog.open(log_path) as log:
        assert list(log.entries()) == []
