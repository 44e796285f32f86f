"""default_log_path: $REDACT_LOG first, then the user data directory."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from redact.release import default_log_path


def test_env_var_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("REDACT_LOG", str(tmp_path / "audit.sqlite3"))
    assert default_log_path() == tmp_path / "audit.sqlite3"


def test_env_var_expands_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("REDACT_LOG", "~/audit.sqlite3")
    assert default_log_path() == tmp_path / "audit.sqlite3"


@pytest.mark.parametrize("value", [None, ""])
def test_user_data_dir_otherwise(monkeypatch: pytest.MonkeyPatch, value: str | None) -> None:
    if value is None:
        monkeypatch.delenv("REDACT_LOG", raising=False)
    else:
        monkeypatch.setenv("REDACT_LOG", value)
    expected = Path(platformdirs.user_data_dir("redact", appauthor=False))
    assert default_log_path() == expected / "release-log.sqlite3"
