"""OfflineEmailRecognizer: Presidio's e-mail matching, validated without the network."""

from __future__ import annotations

import socket
from typing import NoReturn

import pytest

from redact.detect.recognizers.email import OfflineEmailRecognizer


def _spans(text: str) -> list[str]:
    recognizer = OfflineEmailRecognizer()
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return sorted(text[r.start : r.end] for r in results)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> NoReturn:
        raise AssertionError("the e-mail recognizer tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mother's e-mail is jane.doe@example.com now.", "jane.doe@example.com"),
        ("write to foo@bar.co.uk.", "foo@bar.co.uk"),
    ],
)
def test_catches(text: str, expected: str) -> None:
    assert _spans(text) == [expected]


@pytest.mark.parametrize("text", ["a@b.c0m", "x@y.invalidtld", "@tina996", "She has 3 children."])
def test_leaves_alone(text: str) -> None:
    assert _spans(text) == []
