"""The CLI against a PostgreSQL log: `--log postgresql://...` for note, list, verify,
checkpoint; the URL's password never printed."""

from __future__ import annotations

from typer.testing import CliRunner

from redact.cli import app

runner = CliRunner()


def test_note_list_verify_checkpoint_on_postgres(pg_url: str) -> None:
    for i in range(2):
        done = runner.invoke(
            app,
            ["note", "-", "--purpose", "social-media", "--subject-ref", "CL-5", "--log", pg_url],
            input=f"Ana Silva called {i} times.",
        )
        assert done.exit_code == 0, done.stderr
        assert "logged in postgresql://" in done.stderr
    listed = runner.invoke(app, ["log", "list", "--log", pg_url])
    assert [line.split()[0] for line in listed.stdout.splitlines()] == ["#1", "#2"]
    head = runner.invoke(app, ["log", "checkpoint", "--log", pg_url]).stdout.strip()
    verified = runner.invoke(app, ["log", "verify", "--head", head, "--log", pg_url])
    assert verified.exit_code == 0 and "2 release(s), chain intact" in verified.stdout
    accounting = runner.invoke(app, ["log", "accounting", "--subject-ref", "CL-5", "--log", pg_url])
    assert accounting.stdout.count("\n") == 3


def test_password_in_url_is_not_printed(pg_server: str) -> None:
    url = pg_server.replace("postgres@", "postgres:Xy-pass-9876@") + "/missing_db"
    result = runner.invoke(app, ["log", "verify", "--log", url])
    assert result.exit_code == 1
    assert "Xy-pass-9876" not in result.stdout + result.stderr and "***" in result.stderr
