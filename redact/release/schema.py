"""The release log's schema: two append-only tables and a meta table, for SQLite and PostgreSQL.

Version 2 added two nullable document columns (`fingerprint`, `subjects_json`); a version 1
log is migrated on open by adding them, and its entries hash as before (see `hashing`).
Version 3 added two nullable release columns for staging and sign-off: `stage` (NULL for
an ordinary release) and `staged_id` (the staged entry an approval releases). A tool that
reads only version 2 refuses a version 3 log rather than count staged entries as releases.

Triggers abort any UPDATE or DELETE on `releases` and `release_documents`. They stop
mistakes and casual edits through ordinary SQL; someone with the file can drop them, which
is what the hash chain (and a head hash kept elsewhere) is for.
"""

from __future__ import annotations

SCHEMA_VERSION = 3

#: Statements that bring a log from the key's version to the next one.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        "ALTER TABLE release_documents ADD COLUMN fingerprint TEXT",
        "ALTER TABLE release_documents ADD COLUMN subjects_json TEXT",
    ),
    2: (
        "ALTER TABLE releases ADD COLUMN stage TEXT",
        "ALTER TABLE releases ADD COLUMN staged_id BIGINT",
    ),
}

RELEASE_COLUMNS: tuple[str, ...] = (
    "id",
    "time",
    "actor",
    "purpose",
    "policy_name",
    "policy_sha256",
    "recipient",
    "authority",
    "subject_ref",
    "counts_json",
    "warnings_json",
    "tool_version",
    "model_name",
    "model_version",
    "key_id",
    "extra_json",
    "prev_hash",
    "entry_hash",
    "stage",
    "staged_id",
)

DOCUMENT_COLUMNS: tuple[str, ...] = (
    "release_id",
    "position",
    "doc_id",
    "source",
    "input_sha256",
    "output_sha256",
    "counts_json",
    "fingerprint",
    "subjects_json",
)

APPEND_ONLY_TABLES: tuple[str, ...] = ("releases", "release_documents")

_TABLES: tuple[str, ...] = (
    """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
)""",
    """
CREATE TABLE releases (
    id            INTEGER PRIMARY KEY,
    time          TEXT NOT NULL,
    actor         TEXT NOT NULL,
    purpose       TEXT NOT NULL,
    policy_name   TEXT NOT NULL,
    policy_sha256 TEXT NOT NULL,
    recipient     TEXT,
    authority     TEXT,
    subject_ref   TEXT,
    counts_json   TEXT NOT NULL,
    warnings_json TEXT NOT NULL,
    tool_version  TEXT NOT NULL,
    model_name    TEXT NOT NULL,
    model_version TEXT NOT NULL,
    key_id        TEXT,
    extra_json    TEXT NOT NULL,
    prev_hash     TEXT NOT NULL,
    entry_hash    TEXT NOT NULL UNIQUE,
    stage         TEXT,
    staged_id      BIGINT
)""",
    """
CREATE TABLE release_documents (
    release_id    INTEGER NOT NULL REFERENCES releases(id),
    position      INTEGER NOT NULL,
    doc_id        TEXT NOT NULL,
    source        TEXT NOT NULL,
    input_sha256  TEXT NOT NULL,
    output_sha256 TEXT NOT NULL,
    counts_json   TEXT NOT NULL,
    fingerprint   TEXT,
    subjects_json TEXT,
    PRIMARY KEY (release_id, position)
)""",
)

_TRIGGER = """
CREATE TRIGGER {table}_no_{verb} BEFORE {op} ON {table}
BEGIN
    SELECT RAISE(ABORT, 'release log is append-only: {op} on {table} refused');
END
"""


def create_statements() -> tuple[str, ...]:
    """The statements that create every table and trigger of a new log, one by one.

    One by one, not as a script: `executescript` would commit the caller's transaction.
    """
    triggers = tuple(
        _TRIGGER.format(table=table, verb=op.lower(), op=op)
        for table in APPEND_ONLY_TABLES
        for op in ("UPDATE", "DELETE")
    )
    return _TABLES + triggers


_PG_TABLES: tuple[str, ...] = tuple(
    statement.replace("INTEGER PRIMARY KEY", "BIGINT PRIMARY KEY").replace(
        "release_id    INTEGER", "release_id    BIGINT"
    )
    for statement in _TABLES
)

_PG_FUNCTION = """
CREATE FUNCTION release_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'release log is append-only: % on % refused', TG_OP, TG_TABLE_NAME;
END
$$"""

_PG_TRIGGER = """
CREATE TRIGGER {table}_no_{verb} BEFORE {op} ON {table}
FOR EACH {level} EXECUTE FUNCTION release_log_append_only()"""


def pg_create_statements() -> tuple[str, ...]:
    """The PostgreSQL statements for a new log: the same tables, and triggers that refuse
    UPDATE, DELETE and TRUNCATE."""
    triggers = tuple(
        _PG_TRIGGER.format(table=table, verb=op.lower(), op=op, level=level)
        for table in APPEND_ONLY_TABLES
        for op, level in (("UPDATE", "ROW"), ("DELETE", "ROW"), ("TRUNCATE", "STATEMENT"))
    )
    return (*_PG_TABLES, _PG_FUNCTION, *triggers)
