"""The page under load: bodies bounded as they stream, Word bombs refused before parsing,
parsing killed when its time is up, and other requests answered while a slow one runs.

These run the real app in a real uvicorn server on 127.0.0.1 (the test client reads a
whole body before the app sees it, which would hide what is tested here).
"""

from __future__ import annotations

import io
import select
import socket
import threading
import time
import zipfile

import docx
import httpx
import pytest

from redact.documents.archive_limits import check_zip_limits
from redact.errors import DocumentReadError
from redact.web.limits import MAX_BODY_BYTES
from redact.web.parse_worker import docx_text_with_limit
from tests.web.conftest import LivePage

CANARY = "Wilhelmina Quarrington"


@pytest.fixture
def served(live_page: LivePage) -> tuple[str, dict[str, str]]:
    """The page in a real server on a free local port: its base address and token header."""
    return live_page.url, live_page.token


def _bomb(paragraphs: int) -> bytes:
    """A .docx whose body is `paragraphs` empty paragraphs: tiny packed, huge parsed."""
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                head, _, tail = data.decode().partition("<w:body>")
                data = (head + "<w:body>" + "<w:p/>" * paragraphs + tail).encode()
            target.writestr(item.filename, data)
    return out.getvalue()


def test_a_body_over_the_limit_is_refused_as_it_streams_in(
    served: tuple[str, dict[str, str]],
) -> None:
    """A chunked body with no length: the answer comes once the limit is passed, long
    before the 200 MB the client would send."""
    base, token = served
    port = int(base.rsplit(":", 1)[1])
    head = (
        f"POST /api/redact HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        f"X-Redact-Token: {token['X-Redact-Token']}\r\nContent-Type: application/json\r\n"
        "Transfer-Encoding: chunked\r\n\r\n"
    ).encode()
    piece = b"x" * (1024 * 1024)
    chunk = b"%x\r\n" % len(piece) + piece + b"\r\n"
    sent = 0
    answer = b""
    with socket.create_connection(("127.0.0.1", port), timeout=60) as connection:
        connection.sendall(head + b"%x\r\n" % 10 + b'{"text": "' + b"\r\n")
        for _ in range(200):
            try:
                connection.sendall(chunk)
            except OSError:
                break  # the server answered and closed
            sent += len(piece)
            readable, _, _ = select.select([connection], [], [], 0.05)
            if readable:
                break
        connection.settimeout(30)
        while b"too-large" not in answer:
            try:
                received = connection.recv(65536)
            except OSError:
                break
            if not received:
                break
            answer += received
    assert sent < MAX_BODY_BYTES + 8 * 1024 * 1024
    assert answer.startswith(b"HTTP/1.1 413")
    assert b"too-large" in answer


def test_a_declared_length_over_the_limit_is_refused_before_reading(
    served: tuple[str, dict[str, str]],
) -> None:
    base, token = served
    body = b"x" * (MAX_BODY_BYTES + 1)
    response = httpx.post(f"{base}/api/upload", content=body, headers=token, timeout=60)
    assert response.status_code == 413


def test_a_word_bomb_is_refused_before_it_is_parsed(served: tuple[str, dict[str, str]]) -> None:
    base, token = served
    bomb = _bomb(1_000_000)
    assert len(bomb) < 200_000
    headers = token | {"X-Upload-Kind": "docx", "Content-Type": "application/octet-stream"}
    started = time.perf_counter()
    response = httpx.post(f"{base}/api/upload", content=bomb, headers=headers, timeout=120)
    assert response.status_code == 422
    assert "times its size" in response.json()["error"]["message"]
    assert time.perf_counter() - started < 10  # refused from the zip's directory, not parsed


@pytest.mark.parametrize(
    ("limits", "message"),
    [({"max_parts": 5}, "parts (the limit is 5)"), ({"max_bytes": 1024}, "MiB unpacked")],
)
def test_zip_limits_name_the_numbers_not_the_content(limits: dict[str, int], message: str) -> None:
    document = docx.Document()
    document.add_paragraph(CANARY + " " + "lorem ipsum " * 200)
    buffer = io.BytesIO()
    document.save(buffer)
    with pytest.raises(DocumentReadError, match=r"the file") as raised:
        check_zip_limits(buffer.getvalue(), "the file", **limits)
    assert message.split(" (")[0].split()[-1] in str(raised.value)
    assert CANARY not in str(raised.value)


def test_parsing_that_runs_out_of_time_is_stopped() -> None:
    document = docx.Document()
    document.add_paragraph(CANARY)
    buffer = io.BytesIO()
    document.save(buffer)
    with pytest.raises(DocumentReadError, match="took longer") as raised:
        docx_text_with_limit(buffer.getvalue(), seconds=0.001)
    assert CANARY not in str(raised.value)
    assert docx_text_with_limit(buffer.getvalue()).strip() == CANARY


def test_another_request_is_answered_while_a_slow_one_runs(
    served: tuple[str, dict[str, str]],
) -> None:
    base, token = served
    note = "Met Maria Alvarez on 3/14/2026 at 12 Elm Street; her son Mateo called. " * 1500
    done = threading.Event()
    outcome: list[int] = []

    def slow() -> None:
        response = httpx.post(
            f"{base}/api/redact",
            json={"text": note, "purpose": "social-media"},
            headers=token,
            timeout=300,
        )
        outcome.append(response.status_code)
        done.set()

    worker = threading.Thread(target=slow)
    worker.start()
    time.sleep(1.0)  # the slow review is under way
    quick = httpx.get(f"{base}/api/purposes", timeout=60)
    answered_while_busy = not done.is_set()
    worker.join(timeout=300)
    assert quick.status_code == 200 and quick.json()["purposes"]
    assert answered_while_busy, "the quick request waited for the slow one"
    assert outcome == [200]
