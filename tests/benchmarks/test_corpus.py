"""The benchmark corpus: seeded, realistic lengths, written row by row."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from benchmarks.corpus import (
    CSV_COLUMNS,
    DEVSET,
    NoteMaker,
    dense_notes,
    devset_texts,
    write_csv,
)


def test_same_seed_same_notes() -> None:
    assert list(NoteMaker(5).notes(5)) == list(NoteMaker(5).notes(5))
    assert list(NoteMaker(5).notes(5)) != list(NoteMaker(6).notes(5))


def test_full_notes_have_realistic_length_and_identifiers() -> None:
    notes = list(NoteMaker(1).notes(60))
    assert all(700 <= len(n) <= 2800 for n in notes)
    assert all("\n\n" in n for n in notes)
    assert sum("555-" in n for n in notes) > 30  # phone numbers


def test_short_notes_are_short() -> None:
    notes = list(NoteMaker(1).notes(200, short=True))
    assert 100 <= sum(map(len, notes)) / len(notes) <= 220


def test_write_csv(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "n.csv", 25, short=True, seed=3)
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 26
    assert rows[1][0] == "n1" and rows[1][3] == next(NoteMaker(3).notes(1, short=True))


def test_dense_notes_repeat_the_development_set_to_the_size_asked() -> None:
    texts = devset_texts()
    assert len(texts) >= 60 and all(texts)
    size = sum(map(len, texts))
    notes = dense_notes(size + 1)
    assert notes[: len(texts)] == texts and notes[len(texts)] == texts[0]
    assert sum(map(len, notes[:-1])) < size + 1 <= sum(map(len, notes))
    assert dense_notes(0) == []


def test_the_dense_corpus_is_dense_in_identifiers() -> None:
    """What it is for: about two labelled identifiers every hundred characters."""
    with DEVSET.open(encoding="utf-8") as handle:
        docs = [json.loads(line) for line in handle if line.strip()]
    spans = sum(1 for d in docs for s in d["spans"] if s["label"] != "MEANING")
    assert 100 * spans / sum(len(d["text"]) for d in docs) >= 1.5
