"""DemographicRecognizer: job titles, marital status and family size."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.corpus import NoteMaker
from redact.detect.recognizers.demographic import (
    _MAX_JOB_WORDS,
    _WORD,
    JOB_HEADS,
    DemographicRecognizer,
    _title_line_start,
)
from tests.conftest import corpus_texts


@pytest.fixture(scope="module")
def recognizer() -> DemographicRecognizer:
    return DemographicRecognizer()


def _spans(recognizer: DemographicRecognizer, text: str) -> list[str]:
    return sorted(text[r.start : r.end] for r in recognizer.analyze(text, ["NRP"]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I used to work there as Passenger booking clerk, but quit.", "Passenger booking clerk"),
        ("Hi all, as a loan officer, I keep records.", "loan officer"),
        ("She is an accountant in town.", "accountant"),
        ("Jamie Pratt, Talking-books clerk, wrote.", "Talking-books clerk"),
        ("Married life with Lisa keeps me busy.", "Married"),
        ("Balancing life as a divorced parent.", "divorced"),
        ("Our three amazing kids say hi.", "three amazing kids"),
        ("Married with 4 kids, every minute counts.", "4 kids"),
        ("Being a dad of 2, I know.", "dad of 2"),
        ("A cozy evening with our little one.", "little one"),
        ("Ideal for budding nurses or seasoned professionals.", "budding nurses"),
        ("Thanks to my wife! #MarriedLife #FamilyTime", "MarriedLife"),
        ("Support from Gerald and the kids #MomOf4", "MomOf4"),
        ("Great week at work #EngineerAtHeart", "EngineerAtHeart"),
        ("I am cambodian but I live in Belgium.", "cambodian"),
        ("We are proud saudis", "saudis"),
        (
            "Erik Baader\n\nCourt, municipal, and license clerk\n\nPhone:",
            "Court, municipal, and license clerk",
        ),
        ("Albert\n\nChildren's librarian\n", "Children's librarian"),
    ],
)
def test_catches(recognizer: DemographicRecognizer, text: str, expected: str) -> None:
    assert expected in _spans(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The client came to the office on time.",
        "Kids these days play outside.",
        "We talked about the weather and the bus.",
        "One of them said no.",
        "Loved the sunset #blessed #weekend",
        "Issue #42 is fixed.",
        "She will polish the table.",
    ],
)
def test_leaves_alone(recognizer: DemographicRecognizer, text: str) -> None:
    assert _spans(recognizer, text) == []


def test_only_when_asked(recognizer: DemographicRecognizer) -> None:
    assert recognizer.analyze("She is married.", ["PERSON"]) == []


def _jobs_word_by_word(recognizer: DemographicRecognizer, text: str) -> list[tuple[int, int]]:
    """The job finder as first written: every word a step of the loop."""
    tokens = list(_WORD.finditer(text))
    folded = [t.group().casefold() for t in tokens]
    found, i = [], 0
    while i < len(tokens):
        best = 0
        if folded[i] in recognizer._first_words or folded[i] in JOB_HEADS:
            for n in range(min(_MAX_JOB_WORDS, len(tokens) - i), 0, -1):
                if tuple(folded[i : i + n]) in recognizer._phrases or (
                    n == 1 and folded[i] in JOB_HEADS
                ):
                    best = n
                    break
        if not best and recognizer._is_plural_job(folded[i]):
            best = 1
        if best:
            start, end = tokens[i].start(), tokens[i + best - 1].end()
            if best == 1 and i > 0:
                start = recognizer._modifiers_start(text, tokens, folded, i)
            found.append((_title_line_start(text, start, end), end))
            i += best
        else:
            i += 1
    return found


def test_jobs_are_found_as_word_by_word(shared_dir: Path) -> None:
    recognizer = DemographicRecognizer()
    texts = [*NoteMaker(13).notes(60), *corpus_texts(shared_dir, 60)]
    texts += ["Registered nurses and nurse practitioners; chief executive officer", "nurses", ""]
    compared = 0
    for text in texts:
        ours = [(r.start, r.end) for r in recognizer._jobs(text)]
        assert ours == _jobs_word_by_word(recognizer, text)
        compared += len(ours)
    assert compared > 20


@pytest.mark.parametrize(
    ("text", "drug_or_diagnosis"),
    [
        ("Mood\tweekly CBT; quetiapine via psychiatrist\tPHQ-9 14", "quetiapine"),
        ("Also panic disorder per counselor. No meds.", "panic disorder"),
        ("Dose changes of lamotrigine through nurse practitioner only.", "lamotrigine"),
    ],
)
def test_a_drug_or_diagnosis_before_a_role_is_no_part_of_a_job(
    recognizer: DemographicRecognizer, text: str, drug_or_diagnosis: str
) -> None:
    assert not any(drug_or_diagnosis in span for span in _spans(recognizer, text))


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("Signed,\nNoreen Pike, Child Protection Social Worker\n", "Social Worker"),
        ("Reviewed with client,\nKendrick Mayhew, CRPS, peer specialist\n", "peer specialist"),
    ],
)
def test_a_job_line_does_not_run_back_over_a_name_and_a_comma(
    recognizer: DemographicRecognizer, text: str, job: str
) -> None:
    found = _spans(recognizer, text)
    assert any(span.endswith(job) for span in found), found
    assert not any("," in span for span in found), found
