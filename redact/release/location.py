"""Where a release log is, and opening it: an SQLite file (the default) or a PostgreSQL URL.

Every command opens its log through `open_release_log`, so a `postgresql://` URL given as
`--log` or `$REDACT_LOG` works everywhere a path does.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from redact.release.agency_key import key_from_environment
from redact.release.paths import LOG_ENV_VAR, default_log_path
from redact.release.store import ReleaseStore

#: A location that names a PostgreSQL database rather than a file.
_URL = re.compile(r"postgres(?:ql)?://", re.IGNORECASE)
#: The same URL after `pathlib.Path` folded its `//` (a URL passed through a Path option).
_FOLDED_URL = re.compile(r"^(postgres(?:ql)?):/(?!/)", re.IGNORECASE)

LogLocation = str | Path


def is_database_url(location: LogLocation) -> bool:
    """True for `postgresql://...` (or `postgres://...`), also after a Path folded it."""
    return _URL.match(_unfold(location)) is not None


def log_location(given: str | None = None) -> LogLocation:
    """`--log` if given, else `$REDACT_LOG`, else the default file; a URL stays a string."""
    if given:
        return given if is_database_url(given) else Path(given).expanduser()
    configured = os.environ.get(LOG_ENV_VAR, "")
    if configured and is_database_url(configured):
        return configured
    return default_log_path()


def describe(location: LogLocation) -> str:
    """The location for messages: a path, or a URL without its password."""
    if is_database_url(location):
        from redact.release.pg_setup import safe_url

        return safe_url(_unfold(location))
    return str(location)


def log_exists(location: LogLocation) -> bool:
    """False only for a log file that does not exist yet (a database is checked on open)."""
    return is_database_url(location) or Path(location).exists()


def open_release_log(location: LogLocation) -> ReleaseStore:
    """Open the log at a path (SQLite, created if new) or URL (PostgreSQL, schema if new).

    Appends are made under the agency key named by `$REDACT_LOG_KEY`, when it is set.
    """
    store: ReleaseStore
    if is_database_url(location):
        from redact.release.pg_log import PostgresReleaseLog

        key = key_from_environment()
        store = PostgresReleaseLog.open(_unfold(location))
    else:
        from redact.release.sqlite_log import ReleaseLog

        key = key_from_environment(Path(location))
        store = ReleaseLog.open(location)
    store.agency_key = key
    return store


def _unfold(location: LogLocation) -> str:
    text = str(location)
    if isinstance(location, Path):
        return _FOLDED_URL.sub(r"\1://", text, count=1)
    return text
