"""The windowed phone recognizer finds what Presidio's finds over the whole text."""

from __future__ import annotations

from pathlib import Path

import pytest
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from benchmarks.corpus import NoteMaker
from redact.detect.recognizers.regional_phone import (
    REGION_MINIMUMS,
    REGIONS,
    RegionalPhoneRecognizer,
    digit_windows,
    fewest_digits,
    only_dates,
    region_minimums,
)
from tests.conftest import SAMPLE_DATA, corpus_texts

EDGE_TEXTS = [
    "(555) 123-4567",
    "call 555.123.4567 ext. 89 or +44 20 7946 0958; fax 030 1234567",
    "Tel: +49 (0)30 901820, mobile 06 12 34 56 78 at 10:30",
    "dates 3/14/2024 and 2024-03-14 are not phones; 12345 is a ZIP",
    "a555-123-4567b 555-123-4567:30",
    "0" * 40,
    "call 1640 now, or 01641, or 16 42",  # short German numbers, which Presidio reports
    "seen 4/3/2025 and 12/31/24; 4/3/2025 555-123-4567; 1/2/2003/555 1234567",
    "review on 04/03/2025, call 2025 555 0100 after 3/4/25",
    "",
]


def _spans(results: list) -> list[tuple[int, int, float]]:  # type: ignore[type-arg]
    return sorted((r.start, r.end, r.score) for r in results)


def _compare(texts: list[str]) -> int:
    ours, presidio = RegionalPhoneRecognizer(), PhoneRecognizer(supported_regions=REGIONS)
    found = 0
    for text in texts:
        expected = _spans(presidio.analyze(text, ["PHONE_NUMBER"]))
        assert _spans(ours.analyze(text, ["PHONE_NUMBER"])) == expected, len(text)
        found += len(expected)
    return found


def test_same_numbers_as_presidio_on_notes() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((SAMPLE_DATA / "notes").glob("*"))]
    assert _compare(texts + list(NoteMaker(5).notes(150)) + EDGE_TEXTS) > 20


def test_same_numbers_as_presidio_on_the_shared_corpora(shared_dir: Path) -> None:
    texts = corpus_texts(shared_dir, 200)
    assert _compare(texts) > 20


@pytest.mark.parametrize(
    ("text", "windows"),
    [
        ("no digits here", []),
        ("age 5, room 12", []),  # too few digits to be a number
        ("x" * 50 + "555-123-4567" + "y" * 50, [(20, 92)]),
        ("555-123-4567 and 555-987-6543", [(0, 29)]),  # near runs share one window
    ],
)
def test_windows_cover_runs_of_enough_digits(text: str, windows: list[tuple[int, int]]) -> None:
    assert digit_windows(text) == windows


def test_results_are_named_like_presidios() -> None:
    text = "call 555-123-4567 today"
    [found] = RegionalPhoneRecognizer().analyze(text, ["PHONE_NUMBER"])
    assert (text[found.start : found.end], found.recognition_metadata["recognizer_name"]) == (
        "555-123-4567", "PhoneRecognizer",
    )  # fmt: skip


def test_the_shortest_numbers_come_from_the_metadata() -> None:
    assert fewest_digits(("US",)) == 10
    assert fewest_digits(REGIONS) == 4  # Germany


def test_regions_are_skipped_only_below_what_their_numbers_can_have() -> None:
    minimums = region_minimums(REGIONS)
    assert minimums["DE"] == 4  # short German numbers
    assert minimums["US"] == minimums["CA"] == 7  # Canada's seven-digit local numbers
    assert all(4 <= n <= 10 for n in minimums.values())
    assert minimums == REGION_MINIMUMS  # what the disk cache gave back is what is computed


@pytest.mark.parametrize(
    "text",
    [
        "Kontakt: 030 901820",
        "Ruf 1640 an",
        "tel 0044 20 7946 0958",
        "+1 415 555 2671",
        "011 44 20 7946 0958",
        "ZIP 02139, born 3/4/1990",
        "0800 123 4567",
        "(11) 2345-6789",
    ],
)
def test_skipping_regions_changes_nothing(text: str) -> None:
    assert _compare([text, f"Client said: {text}. Later, {text}."]) >= 0


@pytest.mark.parametrize(
    ("piece", "dates_only"),
    [
        ("the hearing on 4/3/2025 and asked", True),
        ("dates 4/3/2025, 12/31/24 and 1/2/03.", True),
        ("on 4/3/2025 at (709) 555-3197", False),
        ("call (709) 555-3197", False),
        ("no digits at all", False),
        ("2024-03-14", False),  # not a slash date: the matcher decides it
    ],
)
def test_a_window_of_slash_dates_alone_is_skipped(piece: str, dates_only: bool) -> None:
    assert only_dates(piece) is dates_only
    assert _compare([piece]) >= 0  # and skipping it changes nothing


def test_remembered_verdicts_give_what_the_matcher_gives() -> None:
    """The same candidates again, glued to letters, at the edges and free, in every order."""
    texts = [
        "call 555-123-4567 today",
        "a555-123-4567b",
        "555-123-4567",
        "x555-123-4567",
        "+44 20 7946 0958 and 555-123-4567 again",
        "Ruf 1640 an; 1640b; 2025",
        "call 555-123-4567 today",
    ]
    for order in (texts, texts[::-1]):
        ours = RegionalPhoneRecognizer()
        presidio = PhoneRecognizer(supported_regions=REGIONS)
        for text in order:
            expected = _spans(presidio.analyze(text, ["PHONE_NUMBER"]))
            assert _spans(ours.analyze(text, ["PHONE_NUMBER"])) == expected, text
        assert ours.verdicts  # the second of each candidate was answered from the memo


def test_verdicts_are_kept_per_recognizer() -> None:
    """A release's numbers stay with its recognizer: a new one starts with none."""
    first = RegionalPhoneRecognizer()
    first.analyze("call 555-123-4567 today", ["PHONE_NUMBER"])
    assert first.verdicts and not RegionalPhoneRecognizer().verdicts


def test_candidates_too_short_for_a_region_are_turned_down_unparsed() -> None:
    """A year next to a number is not parsed for the US; a German four-digit one still is."""
    text = "in 2025 call 555-123-4567; Ruf 1640 an; +49 1640"
    ours = RegionalPhoneRecognizer()
    assert _spans(ours.analyze(text, ["PHONE_NUMBER"])) == _spans(
        PhoneRecognizer(supported_regions=REGIONS).analyze(text, ["PHONE_NUMBER"])
    )
    parsed = {(candidate, region) for candidate, region, *_ in ours.verdicts}
    assert ("2025", "US") not in parsed and ("1640", "US") not in parsed
    assert ("1640", "DE") in parsed


def test_candidates_too_short_skip_their_inner_groups_and_find_the_same() -> None:
    """Short candidates whose groups the matcher's inner patterns would try ("12-34",
    "5 678", "(12) 34", "1/2 3") give nothing, as Presidio's matcher finds; numbers
    between and after them are still found."""
    texts = [
        "ref 12-34, room 5 678; x 1 2 3 4 then 555-123-4567",
        "codes 123/45 6-78 and (12) 34, call (555) 123-4567 or 030 1234567",
        "grade 1/2 3, bed 4-5-6 7; Ruf 1640 an",
    ]
    assert _compare(texts) >= 3
