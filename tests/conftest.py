"""Shared fixtures: the real spaCy model and Presidio, loaded once per test session."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from itertools import islice
from pathlib import Path

import pytest

from redact import Redactor
from redact.transform.pseudonym import ReleaseKey

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("REDACT_SHARED", REPO_ROOT.parent / "shared"))
SAMPLE_DATA = REPO_ROOT / "sample_data"

#: A fixed key so pseudonyms in assertions are stable; never used outside tests.
TEST_KEY = ReleaseKey(b"redact-test-key-0123456789abcdef")


#: The session's Redactors, one per policy name (loading the model is the slow part).
_REDACTORS: dict[str, Redactor] = {}


@pytest.fixture(scope="session")
def redactor_for() -> Callable[[str], Redactor]:
    """A cached Redactor per policy name, each with the real model and the test key."""

    def get(policy: str) -> Redactor:
        if policy not in _REDACTORS:
            _REDACTORS[policy] = Redactor(policy, key=TEST_KEY)
        return _REDACTORS[policy]

    return get


@pytest.fixture(autouse=True)
def _each_test_is_a_release_of_its_own() -> None:
    """A Redactor remembers who is staff across the texts of its release; a cached one must
    not carry what one test's texts taught it (a surname read as a worker's) into another
    test, or results would depend on the order tests run in."""
    for redactor in _REDACTORS.values():
        redactor.start_release()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (design notes, corpora); tests that need it skip, loudly, where it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"shared folder not found at {SHARED}; set REDACT_SHARED to run corpus tests")
    return SHARED


def corpus_texts(shared: Path, per_corpus: int) -> list[str]:
    """The texts of the first `per_corpus` documents of every shared corpus."""
    texts: list[str] = []
    for corpus in sorted((shared / "corpora").glob("*/*.jsonl")):
        with corpus.open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in islice(lines, per_corpus)]
    assert texts, f"no corpora found under {shared / 'corpora'}"
    return texts


@pytest.fixture
def log_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh release log for one test; REDACT_LOG points at it too."""
    path = tmp_path / "log" / "release-log.sqlite3"
    monkeypatch.setenv("REDACT_LOG", str(path))
    return path
