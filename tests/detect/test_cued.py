"""Cued scanning finds exactly what a full scan finds, and only costs near cues."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import regex
from presidio_analyzer import PatternRecognizer

from benchmarks.corpus import NoteMaker
from redact.detect.engine import all_recognizers
from redact.detect.recognizers.cued import (
    CuedPattern,
    CuedPatternRecognizer,
    Scan,
    cue_windows,
    cued_matches,
)
from redact.detect.recognizers.institution import InstitutionRecognizer
from tests.conftest import SAMPLE_DATA, corpus_texts

#: Texts built to sit at the edges: cues at the start and end, cues in runs, long glue.
EDGE_TEXTS = [
    "plate 7ABC123",
    "7ABC123 plate",
    "case no. CW-55120 and case number: 2024-00123, case file no. IC 119/05",
    "Medicaid ID:    MA12345678; MassHealth 100012345678; policy number 55-AB-99012",
    "MRN 00482913 MR# 4481 medical record #889213 chart no. 5512 patient account no. 7781",
    "plate plate plate 5KJ 9923 tag # XYZ-1234 vehicle registration number AB12CDE",
    "**Case #:** 123-4567\n**MRN:** 44-1812\n**Medicaid ID:** 99887766",
    "",
]


def _sample_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((SAMPLE_DATA / "notes").glob("*"))]
    texts += [
        p.read_text(encoding="utf-8") for p in sorted((SAMPLE_DATA / "request").rglob("*.txt"))
    ]
    return texts + list(NoteMaker(11).notes(150)) + EDGE_TEXTS


def _cued_recognizers() -> Iterator[CuedPatternRecognizer]:
    for recognizer in all_recognizers(strict=True):
        if isinstance(recognizer, CuedPatternRecognizer):
            yield recognizer


def _spans(results: list) -> list[tuple[int, int, str, float]]:  # type: ignore[type-arg]
    return sorted((r.start, r.end, r.entity_type, r.score) for r in results)


def _assert_same_as_full_scan(texts: list[str]) -> int:
    compared = 0
    for recognizer in _cued_recognizers():
        entities = recognizer.supported_entities
        for text in texts:
            cued = recognizer.analyze(text, entities)
            full = PatternRecognizer.analyze(recognizer, text, entities)  # Presidio's own scan
            assert _spans(cued) == _spans(full), (recognizer.name, len(text))
            compared += len(full)
    return compared


def test_every_cued_pattern_finds_what_presidio_finds_on_notes() -> None:
    assert _assert_same_as_full_scan(_sample_texts()) > 50  # the notes do hold such numbers


def test_cued_scan_matches_full_scan_on_the_shared_corpora(shared_dir: Path) -> None:
    texts = corpus_texts(shared_dir, 150)
    assert _assert_same_as_full_scan(texts) > 0


def _all_scans() -> Iterator[tuple[str, Scan]]:
    for recognizer in _cued_recognizers():
        for scan in recognizer._scans:
            yield recognizer.name, scan
    for _, scan in InstitutionRecognizer._SCANS:
        yield "InstitutionRecognizer", scan


def test_every_scan_finds_what_finditer_finds() -> None:
    texts = [
        *_sample_texts(),
        "Lincoln Elementary and Jefferson High School; University of Oregon; the "
        "Department of Children and Families; Harbor House shelter; Mercy General Hospital",
        "MONROE COUNTY DEPARTMENT OF SOCIAL SERVICES; IN THE 214TH DISTRICT COURT; the 3rd "
        "court_x; Second Judicial District Court, St. Mary's A&M-Kingsville Children's Hospital"
        " - Lincoln, Park School; 12 Oak Court; Texas A&M University of Law, Dept. of Labor",
        "see www.example.org, sub.domain.example.co.uk/path?x=1 or e.g. a.m. and foo-bar.com.",
        "Storgatan 12, Hauptstraße 5, Nils Hansens Vej 7, Erzsébet tér 3, Drottninggatan 45",
        "Storgatan\n12; Hauptstraße  \t 5; 4 Koskikatu 25 B; Hattie 3; Brigade 4; Mama tee 9",
        "Pivovarská 276, Via Lorenzo 12, ul. Miła 53, C/Mayor 5, 12 Nieuwe Baan 473, Oulu 2019",
        "on October 25, 2025 at Room 204; Zoloft 50 mg; van der Berg\n 12; Sept 12; x Ab 3",
        "e-mail: first.last+tag@mail.example.org, a@b@c.com; @handle; x@y; ..@..; é@x.fr",
        "Phone: (555) 123-4567, phone 555 1234 567; cell +1 555 123 4567; tel (0)30 1234 5678",
        "Medicaid ID: AB-1234.5, Medicaid number ſ12345, MassHealth no. K12345 (Kelvin sign)",
        "lives on Maple Street; North Oak Avenue_2, Streets of Elm, the 5th Avenue, Ave\nRoad",
        "between 5 May 2006 and 24 October 2008; from  3rd   March to 5 April 2020; Between 1"
        " Jan. - 3 Feb. 2021; on 30 May, 10 July and 17 October 1997; x12 March to 4 April 2020"
        "; Jan.Feb 3 and March 4, 2020; betweenMay 3 and June 4 2020; from\t12\tMarch – 14 "
        "March 2022; between 123 March and 4 April 2020; From 31st December to 2nd January 2024",
    ]
    found = 0
    for name, scan in _all_scans():
        for text in texts:
            cued = [m.span() for m in scan.matches(text)]
            assert cued == [m.span() for m in scan.compiled.finditer(text)], (name, len(text))
            found += len(cued)
    assert found > 100


def test_the_recognizers_that_need_speed_use_cues() -> None:
    names = {r.name for r in _cued_recognizers()}
    assert {
        "CaseNumberRecognizer", "MemberIdRecognizer", "VehiclePlateRecognizer",
        "MedicalRecordNumberRecognizer", "UrlRecognizer",
    } <= names  # fmt: skip


def test_windows_merge_nearby_cues_and_stay_inside_the_text() -> None:
    cue = regex.compile(r"\bcase\b", regex.I)
    text = "case case" + " " * 100 + "case"
    windows = cue_windows(text, cue, reach=10, before=0)
    assert windows == [range(0, 20), range(109, 114)]


def test_windows_from_the_line_start_reach_back_to_the_line_only() -> None:
    cue = regex.compile(r"\d")
    text = "first line\nsecond 1 and 2\nthird"
    assert cue_windows(text, cue, reach=0, before=0, from_line_start=True) == [range(11, 26)]


def test_windows_reach_back_over_a_run_no_further_than_before() -> None:
    cue = regex.compile(r"School")
    back = regex.compile(r"[\p{L} ]*", regex.REVERSE)
    text = "We met, at Lincoln Park School"  # the run of letters and spaces ends at the comma
    assert cue_windows(text, cue, reach=0, before=100, back=back) == [range(7, 31)]
    assert cue_windows(text, cue, reach=0, before=5, back=back) == [range(19, 31)]


def test_no_cue_means_no_attempt() -> None:
    compiled = regex.compile(r"\d+")
    assert list(cued_matches("12 34", compiled, [])) == []


def test_matches_inside_windows_are_leftmost_and_do_not_overlap() -> None:
    compiled = regex.compile(r"\d+")
    found = [m.group() for m in cued_matches("ab 123 45 6", compiled, [range(0, 8)])]
    assert found == ["123", "45"]  # "45" starts inside the window and is read whole


def test_a_cued_pattern_keeps_its_cue_and_reach() -> None:
    pattern = CuedPattern("p", r"x", 0.5, cue=r"y", reach=3, before=2)
    assert (pattern.cue, pattern.reach, pattern.before, pattern.score) == ("y", 3, 2, 0.5)


@pytest.mark.parametrize("text", ["plate 7ABC123", "PLATE # 7abc123"])
def test_plate_still_found(text: str) -> None:
    recognizer = next(r for r in _cued_recognizers() if r.name == "VehiclePlateRecognizer")
    assert [text[r.start : r.end].lower() for r in recognizer.analyze(text, [])] == ["7abc123"]


def test_every_pattern_of_every_recognizer_compiles() -> None:
    scans = list(_all_scans())
    assert len(scans) > 50
    for name, scan in scans:
        assert scan.compiled.pattern == scan.pattern.regex, name


def test_a_note_without_the_cue_never_compiles_the_pattern() -> None:
    scan = Scan.of(CuedPattern("p", r"(?<=plate )\w+", 0.5, cue=r"plate"), 0)
    assert list(scan.matches("no such word here")) == []
    assert "compiled" not in vars(scan)
    assert [m.group() for m in scan.matches("plate ABC1")] == ["ABC1"]
