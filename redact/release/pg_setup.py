"""Open a release log in a PostgreSQL database: connect, check or create the schema.

The tables, columns and chain are those of the SQLite log (`schema`); triggers refuse
UPDATE, DELETE and TRUNCATE. Creating or migrating the schema happens under the same
advisory lock that appends take, so two first openers cannot both create it. A database
that holds some of the log's tables but not a release log is refused, never adopted.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from redact.errors import ReleaseLogError
from redact.release.schema import MIGRATIONS, SCHEMA_VERSION, pg_create_statements

logger = logging.getLogger(__name__)

#: The advisory lock key every writer of a release log takes (an arbitrary 63-bit number).
LOCK_KEY = 0x7265646163740001

_LOG_TABLES = ("meta", "releases", "release_documents")


def safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def connect(url: str) -> Any:
    """An autocommit connection to the log at `url`, its schema created or checked."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - depends on the installation
        raise ReleaseLogError(
            "a PostgreSQL release log needs psycopg: pip install 'psycopg[binary]'"
        ) from None
    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=30)
    except psycopg.Error as exc:
        raise ReleaseLogError(f"cannot open release log {safe_url(url)}: {exc}") from None
    try:
        _prepare_schema(conn, safe_url(url))
    except psycopg.Error as exc:
        conn.close()
        raise ReleaseLogError(f"cannot open release log {safe_url(url)}: {exc}") from None
    except BaseException:
        conn.close()
        raise
    return conn


def _tables(conn: Any) -> set[str]:
    rows = conn.execute(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = current_schema() AND table_name = ANY(%s)",
        (list(_LOG_TABLES),),
    ).fetchall()
    return {str(name) for (name,) in rows}


def _version(conn: Any) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return None if row is None else str(row[0])


def _prepare_schema(conn: Any, where: str) -> None:
    if set(_LOG_TABLES) <= _tables(conn) and _version(conn) == str(SCHEMA_VERSION):
        return
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
        found = _tables(conn)
        if not found:
            for statement in pg_create_statements():
                conn.execute(statement)
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('schema_version', %s)",
                (str(SCHEMA_VERSION),),
            )
            logger.info("release log schema created")
            return
        if found != set(_LOG_TABLES):
            raise ReleaseLogError(f"{where} has some release-log tables but is not a release log")
        version = _version(conn)
        while version is not None and version.isdigit() and int(version) in MIGRATIONS:
            for statement in MIGRATIONS[int(version)]:
                conn.execute(statement)
            version = str(int(version) + 1)
            conn.execute("UPDATE meta SET value = %s WHERE key = 'schema_version'", (version,))
        if version != str(SCHEMA_VERSION):
            raise ReleaseLogError(
                f"release log {where} has schema version {version or 'none'}; "
                f"this version of redact reads version {SCHEMA_VERSION}"
            )
