"""The agency key: a keyed chain cannot be recomputed, cut short or emptied unseen.

Each attack is made as an attacker with write access to the log would make it (own
connection, triggers dropped, hashes recomputed with the public rule), and `verify` under
the key must name it; without the key the same attacks pass, and `verify` says it cannot
see them.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redact.cli import app
from redact.errors import ReleaseLogError
from redact.release import ReleaseLog, open_release_log
from redact.release.agency_key import KEY_ENV_VAR, AgencyKey, load_agency_key, write_new_key
from redact.release.hashing import recompute_hash
from tests.release.factories import make_draft, tamper

runner = CliRunner()


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "keys" / "agency.key"
    path.parent.mkdir()
    write_new_key(path)
    return path


@pytest.fixture
def key(key_file: Path) -> AgencyKey:
    return load_agency_key(key_file)


def _keyed_log(path: Path, key: AgencyKey, entries: int) -> ReleaseLog:
    log = ReleaseLog.open(path)
    log.agency_key = key
    for n in range(1, entries + 1):
        log.append(make_draft(n))
    return log


def _recompute_from(path: Path, start: int, key: AgencyKey | None = None) -> None:
    """Rewrite every hash from entry `start` on with the public rule (or another key)."""
    with ReleaseLog.open(path) as reader:
        entries = reader.entries()
    prev = entries[start - 2].entry_hash if start > 1 else "0" * 64
    statements = []
    for entry in entries[start - 1 :]:
        fixed = dataclasses.replace(entry, prev_hash=prev)
        digest = recompute_hash(fixed, key)
        statements.append(
            (
                "UPDATE releases SET prev_hash = ?, entry_hash = ? WHERE id = ?",
                (prev, digest, entry.id),
            )
        )
        prev = digest
    tamper(path, *statements)


def test_a_keyed_log_verifies_under_its_key_and_not_without(log_path: Path, key: AgencyKey) -> None:
    with _keyed_log(log_path, key, 3) as log:
        report = log.verify(key=key)
        assert (report.ok, report.entries, report.keyed) == (True, 3, True)
        log.agency_key = None
        unkeyed = log.verify()
    assert (
        not unkeyed.ok and "is keyed" in str(unkeyed.reason) and key.key_id in str(unkeyed.reason)
    )


def test_an_edit_with_the_chain_recomputed_is_caught_only_with_the_key(
    log_path: Path, key: AgencyKey
) -> None:
    _keyed_log(log_path, key, 4).close()
    tamper(log_path, "UPDATE releases SET purpose = 'social-media' WHERE id = 2")
    _recompute_from(log_path, 2)
    with ReleaseLog.open(log_path) as log:
        report = log.verify(key=key)
    assert (report.ok, report.first_bad_id) == (False, 2)


def test_a_chain_recomputed_under_another_key_is_caught(log_path: Path, key: AgencyKey) -> None:
    _keyed_log(log_path, key, 3).close()
    _recompute_from(log_path, 1, AgencyKey(b"x" * 32))
    with ReleaseLog.open(log_path) as log:
        report = log.verify(key=key)
    assert not report.ok


@pytest.mark.parametrize("cut", ["DELETE FROM releases WHERE id = 3", "DELETE FROM releases"])
def test_a_cut_tail_or_an_emptied_log_is_caught_with_the_key(
    log_path: Path, key: AgencyKey, cut: str
) -> None:
    _keyed_log(log_path, key, 3).close()
    tamper(log_path, "DELETE FROM release_documents WHERE release_id = 3", cut)
    with ReleaseLog.open(log_path) as log:
        plain = log.verify(key=None)
        keyed = log.verify(key=key)
    assert not plain.ok  # a keyed log is never passed without its key
    assert not keyed.ok and ("seal" in str(keyed.reason))


def test_a_removed_key_record_with_a_plain_chain_is_caught(log_path: Path, key: AgencyKey) -> None:
    _keyed_log(log_path, key, 3).close()
    tamper(log_path, "DELETE FROM meta WHERE key LIKE 'agency_%'")
    _recompute_from(log_path, 1)
    with ReleaseLog.open(log_path) as log:
        assert log.verify().ok  # the attacker's plain chain, on its own, looks intact
        report = log.verify(key=key)
    assert not report.ok and "never keyed" in str(report.reason)


def test_a_keyed_log_refuses_appends_without_its_key_or_with_another(
    log_path: Path, key: AgencyKey
) -> None:
    _keyed_log(log_path, key, 1).close()
    with ReleaseLog.open(log_path) as log:
        with pytest.raises(ReleaseLogError, match="REDACT_LOG_KEY"):
            log.append(make_draft(2))
        log.agency_key = AgencyKey(b"y" * 32)
        with pytest.raises(ReleaseLogError, match="keyed with agency key id"):
            log.append(make_draft(2))
        assert log.size() == 1


def test_an_old_plain_log_becomes_keyed_from_its_next_release(
    log_path: Path, key: AgencyKey
) -> None:
    with ReleaseLog.open(log_path) as log:
        log.append(make_draft(1))
        log.append(make_draft(2))
        log.agency_key = key
        log.append(make_draft(3))
        assert log.verify(key=key).ok
    _recompute_from(log_path, 3)
    with ReleaseLog.open(log_path) as log:
        assert not log.verify(key=key).ok


@pytest.mark.parametrize(
    ("content", "message"), [("abcd\n", "at least 32"), ("not hex\n", "not hexadecimal")]
)
def test_bad_key_files_are_refused(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.key"
    path.write_text(content)
    with pytest.raises(ReleaseLogError, match=message):
        load_agency_key(path)


def test_a_key_beside_the_log_is_refused(log_path: Path) -> None:
    log_path.parent.mkdir(parents=True)
    beside = log_path.parent / "agency.key"
    write_new_key(beside)
    with pytest.raises(ReleaseLogError, match="log's folder"):
        load_agency_key(beside, log_path)


def test_the_environment_key_is_used_by_every_command_that_opens_the_log(
    log_path: Path, key_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(KEY_ENV_VAR, str(key_file))
    with open_release_log(log_path) as log:
        log.append(make_draft(1))
    monkeypatch.delenv(KEY_ENV_VAR)
    unkeyed = runner.invoke(app, ["log", "verify", "--log", str(log_path)])
    assert unkeyed.exit_code == 1 and "is keyed" in unkeyed.stderr
    keyed = runner.invoke(app, ["log", "verify", "--log", str(log_path), "--key", str(key_file)])
    assert keyed.exit_code == 0, keyed.stderr
    assert "checked under the agency key" in keyed.stderr


def test_verify_without_key_or_head_says_what_it_cannot_see(log_path: Path) -> None:
    with ReleaseLog.open(log_path) as log:
        log.append(make_draft(1))
        log.append(make_draft(2))
    tamper(log_path, "DELETE FROM release_documents WHERE release_id = 2")
    tamper(log_path, "DELETE FROM releases WHERE id = 2")
    result = runner.invoke(app, ["log", "verify", "--log", str(log_path)])
    assert result.exit_code == 0  # a cut tail leaves a valid shorter chain ...
    assert "cannot be detected without a checkpoint (--head) or the agency key" in result.stderr


def test_keygen_writes_an_owner_only_key_and_never_replaces_one(tmp_path: Path) -> None:
    path = tmp_path / "new.key"
    first = runner.invoke(app, ["log", "keygen", str(path)])
    assert first.exit_code == 0, first.stderr
    assert path.stat().st_mode & 0o777 == 0o600
    assert len(bytes.fromhex(path.read_text().strip())) == 32
    again = runner.invoke(app, ["log", "keygen", str(path)])
    assert again.exit_code != 0 and "never replaced" in again.stderr


def test_a_keyed_postgres_log_catches_a_cut_tail(pg_url: str, key: AgencyKey) -> None:
    import psycopg

    from redact.release.pg_log import PostgresReleaseLog

    with PostgresReleaseLog.open(pg_url) as log:
        log.agency_key = key
        for n in range(1, 4):
            log.append(make_draft(n))
        assert log.verify(key=key).ok
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("ALTER TABLE release_documents DISABLE TRIGGER ALL")
        conn.execute("ALTER TABLE releases DISABLE TRIGGER ALL")
        conn.execute("DELETE FROM release_documents WHERE release_id = 3")
        conn.execute("DELETE FROM releases WHERE id = 3")
    with PostgresReleaseLog.open(pg_url) as log:
        report = log.verify(key=key)
    assert not report.ok and "seal" in str(report.reason)
