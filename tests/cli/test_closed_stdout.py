"""A reader that goes away (`redact ... | head`) ends the command quietly, not as an error."""

from __future__ import annotations

import subprocess
import sys


def test_a_closed_stdout_ends_quietly() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "redact", "policies", "show", "court-subpoena"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # as `head` does once it has read what it wants
    stderr = process.stderr.read().decode()
    process.wait(timeout=60)
    assert "internal error" not in stderr and "BrokenPipe" not in stderr
    assert process.returncode == 0
