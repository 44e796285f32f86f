"""Every output of the development set and the sample request, under every built-in policy.

    python -m benchmarks.outputs dump /tmp/before.jsonl     # on the tree before a change
    python -m benchmarks.outputs dump /tmp/after.jsonl      # on the tree after it
    python -m benchmarks.outputs compare /tmp/before.jsonl /tmp/after.jsonl

A speed-up must change nothing a recipient gets: this redacts every document of the
development set (release by release, as the evaluation reads it) and of the sample request's
notes and export rows under each of the seven policies, with one fixed release key so that
pseudonyms compare, and writes the redacted text, warnings and findings of each. `compare`
names the documents whose output differs (never their text). Deterministic: two dumps of
one tree are byte-identical.
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import groupby
from pathlib import Path

from redact.detect import deadline
from redact.evaluate.corpus import read_corpus
from redact.redactor import Redactor
from redact.transform.pseudonym import ReleaseKey

POLICIES = (
    "court-subpoena", "client-request", "mandated-report", "provider-referral",
    "consultation", "research-safe-harbor", "social-media",
)  # fmt: skip
CORPORA = (
    "sample_data/devset/devset.jsonl",
    "sample_data/annotations/request_notes.jsonl",
    "sample_data/annotations/request_export.jsonl",
)
#: A fixed key: the same pseudonyms in both dumps.
KEY = ReleaseKey(b"benchmarks.outputs fixed key.." + b"\0\0")


def dump(out: Path, root: Path) -> None:
    """Write one JSON line per (policy, document) to `out`."""
    # A loaded machine must not turn a slow text into a refusal in one dump only; the
    # process's own limit comes back afterwards (a test suite goes on in it).
    limit, deadline.BASE_SECONDS = deadline.BASE_SECONDS, 10_000.0
    try:
        _dump(out, root)
    finally:
        deadline.BASE_SECONDS = limit


def _dump(out: Path, root: Path) -> None:
    """The dump itself, under whatever time limit the caller set."""
    with out.open("w", encoding="utf-8") as sink:
        for policy in POLICIES:
            redactor = Redactor(policy, key=KEY)
            for corpus in CORPORA:
                documents = list(read_corpus(root / corpus))
                for named, grouped in groupby(documents, key=lambda d: d.field("release")):
                    release = list(grouped)
                    if named is None:
                        redactor.start_release()
                    else:
                        redactor.start_release(d.text for d in release)
                    results = redactor.redact_pairs((d.text, d.subject) for d in release)
                    for document, result in zip(release, results, strict=True):
                        findings = sorted(
                            (f.start, f.end, f.entity_type, str(f.action), f.group)
                            for f in result.findings
                        )
                        line = {"policy": policy, "id": document.id, "text": result.text,
                                "warnings": result.warnings, "findings": findings}  # fmt: skip
                        sink.write(json.dumps(line, default=str) + "\n")
            print(policy, file=sys.stderr, flush=True)


def compare(before: Path, after: Path) -> int:
    """Print the (policy, document id) of each differing output; the count of them."""
    old = before.read_text(encoding="utf-8").splitlines()
    new = after.read_text(encoding="utf-8").splitlines()
    differing = 0
    for a, b in zip(old, new, strict=False):
        if a != b:
            differing += 1
            record = json.loads(a)
            print(f"differs: {record['policy']} {record['id']}")
    if len(old) != len(new):
        print(f"line counts differ: {len(old)} and {len(new)}")
        differing += abs(len(old) - len(new))
    print(f"{len(old)} outputs, {differing} differing")
    return differing


def main(argv: list[str] | None = None) -> None:
    """Entry point: `dump OUT` or `compare BEFORE AFTER`."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.outputs")
    parser.add_argument("mode", choices=["dump", "compare"])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    ns = parser.parse_args(argv)
    if ns.mode == "dump":
        dump(ns.paths[0], ns.root)
    else:
        sys.exit(1 if compare(ns.paths[0], ns.paths[1]) else 0)


if __name__ == "__main__":
    main()
