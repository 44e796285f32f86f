"""Where the release log lives unless a command is told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

#: Environment variable naming the release log file.
LOG_ENV_VAR = "REDACT_LOG"
LOG_FILE_NAME = "release-log.sqlite3"


def default_log_path() -> Path:
    """`$REDACT_LOG` if set and not empty, else `<user data dir>/redact/release-log.sqlite3`."""
    configured = os.environ.get(LOG_ENV_VAR, "")
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_data_dir("redact", appauthor=False)) / LOG_FILE_NAME
