"""`redact serve`: prints its address and binds 127.0.0.1 only, with the Host check on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from redact.cli import app

runner = CliRunner()


def test_serve_binds_the_local_address_and_prints_it(
    log_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, Any]] = []

    def fake_run(web_app: Any, **options: Any) -> None:
        calls.append({"app": web_app, **options})

    monkeypatch.setattr(uvicorn, "run", fake_run)
    result = runner.invoke(app, ["serve", "--port", "8799", "--log", str(log_path)])
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8799/" in result.stdout and str(log_path) in result.stdout
    [call] = calls
    assert call["host"] == "127.0.0.1" and call["port"] == 8799
    served = TestClient(call["app"], base_url="http://127.0.0.1:8799")
    assert served.get("/").status_code == 200
    assert served.get("/", headers={"Host": "127.0.0.1:8765"}).status_code == 403
    assert not log_path.exists()


def test_serve_refuses_a_port_out_of_range() -> None:
    result = runner.invoke(app, ["serve", "--port", "70000"])
    assert result.exit_code == 2
