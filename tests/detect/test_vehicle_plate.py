"""VehiclePlateRecognizer: plates after a keyword; nothing without one."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.vehicle_plate import VehiclePlateRecognizer


def _spans(text: str) -> list[str]:
    recognizer = VehiclePlateRecognizer()
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return sorted(text[r.start : r.end] for r in results)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Father drives a grey sedan, license plate 7ABC123.", "7ABC123"),
        ("plate # XYZ-1234", "XYZ-1234"),
        ("license plate LTR-3391 on a grey truck", "LTR-3391"),
        ("TX plate NLV 6082 seen twice", "NLV 6082"),
        ("plates NLV-6082", "NLV-6082"),
        ("tag number ABC 123 on the truck", "ABC 123"),
        ("Texas plate ABC-1234 seen outside", "ABC-1234"),
        ("the license plate was 5KJ 9923 and", "5KJ 9923"),
        ("plate 7abc123", "7abc123"),
        ("in a silver sedan (MD tag 8CX4417)", "8CX4417"),
        ("temp tag 48213X on the back", "48213X"),
        ("someone keyed the silver equinox tn BNX 4427", "BNX 4427"),
        ("he drives a black f150, TX KLM-2291, parks on the corner", "KLM-2291"),
        ("her gray honda civic ca 7ABC123 was outside again", "7ABC123"),
        ("Ex's truck (white Ram, OH JHT 5521) seen at the school", "JHT 5521"),
    ],
)
def test_catches(text: str, expected: str) -> None:
    assert _spans(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "She ate 2 plates of pasta.",
        "A plate 12 inches wide.",
        "The kids played tag 3 times.",
        "Plate number unknown.",
        "She has 3 children.",
        "ABC-1234 was mentioned without context.",
        "bought a red truck in tx 2019 and sold it",
        "the silver van tn 2019 HONDA",
        "She wore a blue shirt, NY 10027 zip.",
    ],
)
def test_leaves_alone(text: str) -> None:
    assert _spans(text) == []
