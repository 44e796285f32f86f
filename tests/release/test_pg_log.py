"""The release log in a real PostgreSQL database: same chain, shared verification,
append-only triggers, and one valid chain under concurrent writers."""

from __future__ import annotations

import itertools
import multiprocessing
from collections import Counter

import psycopg
import pytest

from redact.errors import ReleaseLogError
from redact.release import GENESIS_HASH, ReleaseLog, open_release_log
from redact.release.chain import HEAD_NOT_FOUND
from redact.release.hashing import draft_fields, recompute_hash
from redact.release.pg_log import PostgresReleaseLog
from tests.release._append_worker import append_many
from tests.release.factories import make_document, make_draft, sha

PER_WORKER = 200


def _tamper(url: str, *statements: str) -> None:
    """Edit as an attacker with database rights would: triggers disabled first."""
    with psycopg.connect(url, autocommit=True) as conn:
        for table in ("releases", "release_documents"):
            conn.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        for statement in statements:
            conn.execute(statement)


def test_round_trip_matches_the_sqlite_format(pg_url: str) -> None:
    doc = make_document(1, fingerprint="wnw1:AAAAAAAAAAE=", subjects={"CL-7": 2})
    draft = make_draft(1, documents=(doc, make_document(2)), extra={"n": 0, "x": None})
    with open_release_log(pg_url) as log:
        assert isinstance(log, PostgresReleaseLog)
        entry = log.append(draft)
        second = log.append(make_draft(2))
        assert (entry.id, entry.prev_hash, second.prev_hash) == (1, GENESIS_HASH, entry.entry_hash)
        assert draft_fields(entry) == draft_fields(draft)
        assert recompute_hash(entry) == entry.entry_hash
        assert log.get(1) == entry and log.entries() == [entry, second]
        assert log.head() == second.entry_hash and log.size() == 2
    with open_release_log(pg_url) as reopened:
        assert reopened.get(1).documents[0].subjects == {"CL-7": 2}
        assert reopened.verify().ok


def test_triggers_refuse_update_delete_and_truncate(pg_url: str) -> None:
    with open_release_log(pg_url) as log:
        log.append(make_draft(1))
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for statement in (
            "UPDATE releases SET actor = 'x'",
            "DELETE FROM release_documents",
            "TRUNCATE releases CASCADE",
        ):
            with pytest.raises(psycopg.Error, match="append-only"):
                conn.execute(statement)


@pytest.mark.parametrize(
    ("statements", "first_bad_id", "reason"),
    [
        (["UPDATE releases SET recipient = 'Someone else' WHERE id = 3"], 3, "hash does not"),
        (
            [f"UPDATE release_documents SET output_sha256 = '{sha('x')}' WHERE release_id = 2"],
            2,
            "hash does not",
        ),
        (
            [
                "DELETE FROM release_documents WHERE release_id = 3",
                "DELETE FROM releases WHERE id = 3",
            ],
            4,
            "a row was deleted",
        ),
    ],
)
def test_verify_names_edits_and_deletions(
    pg_url: str, statements: list[str], first_bad_id: int, reason: str
) -> None:
    with open_release_log(pg_url) as log:
        for i in range(1, 6):
            log.append(make_draft(i))
    _tamper(pg_url, *statements)
    with open_release_log(pg_url) as log:
        report = log.verify()
    assert (report.ok, report.first_bad_id) == (False, first_bad_id)
    assert report.reason is not None and reason in report.reason


def test_checkpoint_catches_a_deleted_tail(pg_url: str) -> None:
    with open_release_log(pg_url) as log:
        for i in range(1, 6):
            log.append(make_draft(i))
        head = log.head()
    _tamper(pg_url, "DELETE FROM release_documents WHERE release_id > 3",
            "DELETE FROM releases WHERE id > 3")  # fmt: skip
    with open_release_log(pg_url) as log:
        assert log.verify().ok
        assert log.verify(head=head).reason == HEAD_NOT_FOUND


def test_a_database_with_a_foreign_releases_table_is_refused(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE releases (id int)")
    with pytest.raises(ReleaseLogError, match="not a release log"):
        open_release_log(pg_url)


def test_bad_password_is_not_echoed(pg_server: str) -> None:
    url = pg_server.replace("postgres@", "nobody:s3cret-Passw0rd@") + "/nowhere"
    with pytest.raises(ReleaseLogError) as caught:
        open_release_log(url)
    assert "s3cret-Passw0rd" not in str(caught.value)


def test_two_processes_append_200_each_and_keep_one_chain(pg_url: str) -> None:
    with open_release_log(pg_url):
        pass  # the schema exists before the race; the race on creating it is the next test
    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Barrier(2)
    workers = [ctx.Process(target=append_many, args=(pg_url, n, PER_WORKER, ready)) for n in (1, 2)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(timeout=300)
    assert [p.exitcode for p in workers] == [0, 0]
    with open_release_log(pg_url) as log:
        report = log.verify()
        entries = log.entries()
    assert (report.ok, report.entries) == (True, 2 * PER_WORKER), report.reason
    assert [e.id for e in entries] == list(range(1, 2 * PER_WORKER + 1))
    assert Counter(e.actor for e in entries) == {"worker-1": PER_WORKER, "worker-2": PER_WORKER}
    actors = [e.actor for e in entries]
    assert sum(a != b for a, b in itertools.pairwise(actors)) > 1  # they interleaved


def test_two_first_openers_create_one_schema(pg_url: str) -> None:
    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Barrier(2)
    workers = [ctx.Process(target=append_many, args=(pg_url, n, 5, ready)) for n in (1, 2)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(timeout=120)
    assert [p.exitcode for p in workers] == [0, 0]
    with open_release_log(pg_url) as log:
        assert (log.verify().ok, log.size()) == (True, 10)


def test_sqlite_and_postgres_hash_the_same_draft_alike(pg_url: str, log: ReleaseLog) -> None:
    with open_release_log(pg_url) as pg:
        a, b = pg.append(make_draft(1)), log.append(make_draft(1))
    assert draft_fields(a) == draft_fields(b)
    assert recompute_hash(a) == a.entry_hash and recompute_hash(b) == b.entry_hash


def test_a_version_2_database_is_migrated_and_keeps_staged_and_approval_entries(
    pg_url: str,
) -> None:
    with open_release_log(pg_url) as log:
        old = log.append(make_draft(1))
    _tamper(
        pg_url,
        "ALTER TABLE releases DROP COLUMN stage",
        "ALTER TABLE releases DROP COLUMN staged_id",
        "UPDATE meta SET value = '2' WHERE key = 'schema_version'",
    )
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for table in ("releases", "release_documents"):
            conn.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
    with open_release_log(pg_url) as log:
        assert log.entries() == [old]
        staged = log.append(make_draft(2, stage="staged"))
        approval = log.append(
            make_draft(
                2,
                documents=(),
                stage="approved",
                staged_id=staged.id,
                extra={"staged_hash": staged.entry_hash},
            )
        )
    with open_release_log(pg_url) as reopened:
        assert [e.stage for e in reopened.entries()] == ["released", "staged", "approved"]
        assert reopened.get(approval.id) == approval
        assert reopened.verify(head=old.entry_hash).ok
