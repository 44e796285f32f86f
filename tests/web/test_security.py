"""The page's guard: local Host only, a token on every change, no caching, nothing external."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from redact.redactor import Redactor
from redact.web import create_app
from redact.web.security import SECURITY_HEADERS, host_allowed, origin_allowed
from tests.web.conftest import LOCAL, NOTE

POSTS = ("/api/redact", "/api/release", "/api/upload")
ASSETS = ("/", "/static/app.js", "/static/app.css")


@pytest.mark.parametrize(
    ("host", "port", "allowed"),
    [
        ("127.0.0.1", None, True),
        ("127.0.0.1:8765", None, True),
        ("localhost:8765", 8765, True),
        ("LOCALHOST:8765", 8765, True),
        ("127.0.0.1:8766", 8765, False),
        ("127.0.0.1", 8765, False),
        ("evil.example", None, False),
        ("evil.example:8765", 8765, False),
        ("127.0.0.1.evil.example:8765", 8765, False),
        ("localhost.evil.example", None, False),
        ("[::1]:8765", 8765, False),
        ("0.0.0.0:8765", 8765, False),
        ("127.0.0.1:x", None, False),
        ("", None, False),
        (None, None, False),
    ],
)
def test_host_allowed(host: str | None, port: int | None, allowed: bool) -> None:
    assert host_allowed(host, port) is allowed


@pytest.mark.parametrize(
    ("origin", "allowed"),
    [
        (None, True),
        ("http://127.0.0.1:8765", True),
        ("http://localhost:8765", True),
        ("https://127.0.0.1:8765", False),
        ("http://evil.example", False),
        ("http://127.0.0.1:8765.evil.example", False),
        ("null", False),
    ],
)
def test_origin_allowed(origin: str | None, allowed: bool) -> None:
    assert origin_allowed(origin, 8765) is allowed


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8765", "127.0.0.1.nip.io"])
@pytest.mark.parametrize("path", ["/", "/api/purposes", "/static/app.js"])
def test_a_foreign_host_is_refused(client: TestClient, host: str, path: str) -> None:
    response = client.get(path, headers={"Host": host})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "host"
    assert response.headers["cache-control"].startswith("no-store")


def test_the_port_is_checked_when_the_server_knows_it(log_path: Path) -> None:
    app = create_app(log_path, port=8765)
    assert TestClient(app, base_url="http://127.0.0.1:8765").get("/").status_code == 200
    assert TestClient(app, base_url="http://127.0.0.1:9999").get("/").status_code == 403


@pytest.mark.parametrize("path", POSTS)
@pytest.mark.parametrize("given", [None, "", "wrong-token"])
def test_a_post_without_the_session_token_is_refused(
    client: TestClient, log_path: Path, path: str, given: str | None
) -> None:
    headers = {} if given is None else {"X-Redact-Token": given}
    body = {"text": NOTE, "purpose": "consultation", "actor": "jo"}
    response = client.post(path, json=body, headers=headers)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "token"
    assert not log_path.exists()


@pytest.mark.parametrize(
    "headers",
    [{"Origin": "http://evil.example"}, {"Origin": "null"}, {"Sec-Fetch-Site": "cross-site"}],
)
def test_a_cross_site_post_is_refused_even_with_the_token(
    client: TestClient, token: dict[str, str], headers: dict[str, str]
) -> None:
    response = client.post(
        "/api/redact", json={"text": NOTE, "purpose": "consultation"}, headers=token | headers
    )
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "origin"


def test_the_token_is_in_the_page_and_new_for_each_app(web_app: FastAPI, log_path: Path) -> None:
    page = TestClient(web_app, base_url=LOCAL).get("/").text
    token = str(web_app.state.token)
    assert f'<meta name="redact-token" content="{token}">' in page
    assert len(token) >= 40
    assert create_app(log_path).state.token != token


@pytest.mark.parametrize(
    "path", [*ASSETS, "/api/purposes", "/static/favicon.svg", "/missing", "/docs"]
)
def test_every_response_carries_no_store_and_the_policy_headers(
    client: TestClient, path: str
) -> None:
    response = client.get(path)
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value, name
    assert "default-src 'self'" in response.headers["content-security-policy"]


def test_error_responses_carry_the_headers_too(client: TestClient, token: dict[str, str]) -> None:
    response = client.post("/api/redact", json={"text": NOTE, "purpose": "x"}, headers=token)
    assert response.status_code == 404
    assert response.headers["cache-control"] == "no-store, max-age=0"


@pytest.mark.parametrize("path", ["/docs", "/redoc", "/openapi.json"])
def test_framework_docs_that_load_cdn_scripts_are_off(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 404


EXTERNAL = re.compile(r"(?i:(https?:)?//[a-z0-9.-]+\.[a-z]{2,}|@import|\bwss?:)|\burl\(")


@pytest.mark.parametrize("path", ASSETS)
def test_the_page_refers_to_nothing_outside_itself(client: TestClient, path: str) -> None:
    text = client.get(path).text
    assert not EXTERNAL.search(text), EXTERNAL.search(text)
    for ref in re.findall(r'(?:src|href)="([^"]*)"', text):
        assert ref.startswith(("/static/", "#")), ref


def test_the_page_stores_nothing_in_the_browser(client: TestClient) -> None:
    script = client.get("/static/app.js").text
    for api in ("localStorage", "sessionStorage", "indexedDB", "document.cookie", "innerHTML"):
        assert api not in script
    assert "sendBeacon" not in script and "XMLHttpRequest" not in script


def test_validation_errors_do_not_echo_the_request(
    client: TestClient, token: dict[str, str]
) -> None:
    body = {"text": ["Maria Alvarez"], "purpose": "consultation", "keep": [["Mateo", 2]]}
    response = client.post("/api/redact", json=body, headers=token)
    assert response.status_code == 422
    assert "Maria" not in response.text and "Mateo" not in response.text
    assert "text" in response.json()["error"]["message"]


def test_an_unexpected_error_answers_with_its_type_only(
    log_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(_: str) -> Redactor:
        raise RuntimeError("Maria Alvarez 217-555-0143")

    app = create_app(log_path, redactor_for=broken)
    client = TestClient(app, base_url=LOCAL, raise_server_exceptions=True)
    with caplog.at_level(logging.DEBUG):
        response = client.post(
            "/api/redact",
            json={"text": NOTE, "purpose": "consultation"},
            headers={"X-Redact-Token": str(app.state.token)},
        )
    assert response.status_code == 500
    assert response.json()["error"]["message"] == "internal error (RuntimeError)"
    assert response.headers["cache-control"].startswith("no-store")
    assert "Maria" not in response.text and "Maria" not in caplog.text
    assert not log_path.exists()
