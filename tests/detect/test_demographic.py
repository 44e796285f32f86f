"""DemographicRecognizer: job titles, marital status and family size."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.demographic import DemographicRecognizer


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
