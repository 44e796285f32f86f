"""The core promise on the sample notes: under social-media, no planted identifier survives.

The generator records every identifier it plants (sample_data/annotations/*.jsonl), so this
checks names, dates, ages, phones, e-mails, addresses, ZIP codes, ids, schools, facilities,
agencies, employers, handles and places, note by note and row by row.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator

import pytest

from redact import Redactor
from tests.conftest import SAMPLE_DATA

ANNOTATIONS = ["notes.jsonl", "request_notes.jsonl", "request_export.jsonl"]


def _records() -> Iterator[dict[str, object]]:
    for name in ANNOTATIONS:
        for line in (SAMPLE_DATA / "annotations" / name).read_text().splitlines():
            yield json.loads(line)


RECORDS = list(_records())


def _survives(span_text: str, output: str) -> bool:
    pattern = r"(?<![\w\[])" + re.escape(span_text) + r"(?![\w\]])"
    return re.search(pattern, output) is not None


@pytest.mark.parametrize("record", RECORDS, ids=[str(r["id"]) for r in RECORDS])
def test_no_planted_identifier_survives_social_media(
    redactor_for: Callable[[str], Redactor], record: dict[str, object]
) -> None:
    text = str(record["text"])
    spans = record["spans"]
    assert isinstance(spans, list) and spans
    output = redactor_for("social-media").redact(text).text
    survivors = [s["label"] for s in spans if _survives(s["text"], output)]
    assert survivors == [], f"labels of surviving identifiers: {survivors}"
