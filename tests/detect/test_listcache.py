"""The word-list cache: read back what was built, rebuilt when missing, broken or off."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.detect import listcache


@pytest.fixture
def cache_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("REDACT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_the_first_call_builds_and_writes_the_second_reads(cache_in: Path) -> None:
    builds: list[int] = []

    def build() -> frozenset[str]:
        builds.append(1)
        return frozenset({"efimiya", "batukayev"})

    first = listcache.cached("names", ("faker",), build)
    second = listcache.cached("names", ("faker",), build)
    assert first == second == frozenset({"efimiya", "batukayev"})
    assert len(builds) == 1
    assert [p.suffix for p in cache_in.iterdir()] == [".marshal"]  # no temporary file left


def test_a_corrupt_file_is_rebuilt_and_replaced(cache_in: Path) -> None:
    listcache.cached("zipf", ("wordfreq",), lambda: {"court": 5.1})
    [path] = cache_in.iterdir()
    path.write_bytes(b"\x00garbage")
    assert listcache.cached("zipf", ("wordfreq",), lambda: {"court": 5.1}) == {"court": 5.1}
    assert listcache.cached("zipf", ("wordfreq",), lambda: {}) == {"court": 5.1}


def test_an_unwritable_cache_is_not_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("REDACT_CACHE_DIR", str(blocker / "cache"))
    assert listcache.cached("names", ("faker",), lambda: frozenset({"a"})) == frozenset({"a"})


def test_off_means_always_build(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDACT_CACHE_DIR", "off")
    assert listcache.cache_dir() is None
    assert listcache.cached("names", ("faker",), lambda: frozenset({"b"})) == frozenset({"b"})


def test_the_key_changes_with_the_derivation_and_the_package_versions() -> None:
    base = listcache.cache_key("zipf", ("wordfreq",), extra="1.5")
    assert base != listcache.cache_key("zipf", ("wordfreq",), extra="2.0")
    assert base != listcache.cache_key("zipf", ("wordfreq", "faker"), extra="1.5")
    assert base == listcache.cache_key("zipf", ("wordfreq",), extra="1.5")


def test_the_cached_lists_equal_freshly_built_ones(cache_in: Path) -> None:
    from redact.detect import wordlists

    for build, name, packages, extra in [
        (wordlists._build_person_names, "person-names", ("faker",), ""),
        (wordlists._build_job_titles, "job-titles", ("faker",), ""),
    ]:
        fresh = build()
        assert listcache.cached(name, packages, build, extra) == fresh
        assert listcache.cached(name, packages, lambda: frozenset(), extra) == fresh
