"""`redact note` imports only what it needs: not the web app, the batch runner or pandas."""

from __future__ import annotations

import subprocess
import sys

import pytest

from redact.cli import COMMANDS, GROUPS, _command_name, build_app

HEAVY = ["pandas", "pyarrow", "fastapi", "uvicorn", "docx", "pipelines", "redact.evaluate"]


def test_note_alone_does_not_import_heavy_modules() -> None:
    code = (
        "import sys; from redact.cli import build_app; build_app('note'); "
        f"print([m for m in {HEAVY!r} if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["note", "visit.txt"], "note"),
        (["--version"], None),
        ([], None),
        (["log", "list"], "log"),
    ],
)
def test_command_name(argv: list[str], expected: str | None) -> None:
    assert _command_name(argv) == expected


def test_full_app_has_every_command_and_one_has_one() -> None:
    import typer.main

    full = typer.main.get_command(build_app())
    assert set(full.commands) == {*COMMANDS, *GROUPS}  # type: ignore[attr-defined]
    one = typer.main.get_command(build_app("note"))
    assert set(one.commands) == {"note"}  # type: ignore[attr-defined]
    unknown = typer.main.get_command(build_app("nonsense"))
    assert set(unknown.commands) == {*COMMANDS, *GROUPS}  # type: ignore[attr-defined]
