"""A tiny hand-written gold corpus, shared by the run and CLI tests.

Offsets are computed from the quoted substrings so the table stays readable. What the
`social-media` policy does with each document was checked by hand against the real model;
the expected numbers below follow from it.
"""

from __future__ import annotations

import json
from pathlib import Path

#: (text, [(span text, label, identifier_type)]) per document.
DOCUMENTS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Maria Alvarez called 217-555-0143 on March 14, 2026.",
        [
            ("Maria Alvarez", "PERSON", "DIRECT"),
            ("217-555-0143", "CODE", "DIRECT"),
            ("March 14, 2026", "DATETIME", "QUASI"),
        ],
    ),
    (
        "The applicant, a vegetarian, moved to Springfield with her son Mateo.",
        [
            ("vegetarian", "DEM", "QUASI"),  # no recognizer for diets: missed, leaked
            ("Springfield", "LOC", "QUASI"),
            ("Mateo", "PERSON", "DIRECT"),
        ],
    ),
    (
        # "Quiet Lanterns" (a band, not annotated) is taken for a person: two false-positive words.
        "Her favourite band is Quiet Lanterns and she drives a red corolla.",
        [("corolla", "MISC", "QUASI")],  # lower case: missed, even in strict mode,
    ),
]

#: Words of the corpus that must never be printed by `redact evaluate`.
CANARIES = ("Maria", "Alvarez", "0143", "vegetarian", "Springfield", "Mateo", "corolla", "Lanterns")


def write_corpus(path: Path) -> Path:
    """Write DOCUMENTS as JSONL at `path`, with a document field `source` on each line."""
    lines = []
    for number, (text, spans) in enumerate(DOCUMENTS):
        gold = []
        for value, label, kind in spans:
            start = text.index(value)
            gold.append(
                {"start": start, "end": start + len(value), "label": label, "text": value,
                 "identifier_type": kind}
            )  # fmt: skip
        record = {"id": f"doc-{number}", "text": text, "spans": gold, "source": f"s{number % 2}"}
        lines.append(json.dumps(record))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
