"""Throughput of `redact batch --engine dask` against the local engine, one run side by side.

Both engines get the same CSV of short synthetic notes, the same policy and the same release
key, and two worker processes each: `--workers 2` (a local process pool) and `--engine dask
--workers 2` (a LocalCluster of two single-threaded worker processes, started by the command
and counted in its time). The script then checks that the two output folders are identical,
byte for byte, and prints one table row per engine.

    python benchmarks/dask_vs_local.py --rows 100000 --work /tmp/dask-bench
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import random
import secrets
import subprocess
import sys
import time
from pathlib import Path

from faker import Faker

SHORT = (
    "Called {name} about housing.",
    "Home visit with {name}; no concerns.",
    "{name} missed the appointment on {day}.",
    "Spoke with {name} at {phone}.",
    "Client reports stable mood.",
    "Text to {email} re: school pickup.",
)


def write_csv(path: Path, count: int, seed: int = 7) -> None:
    """`count` short one-line synthetic notes (seeded Faker pools; nothing here is real)."""
    fake = Faker("en_US")
    fake.seed_instance(seed)
    names = [fake.name() for _ in range(500)]
    days = [fake.date() for _ in range(200)]
    phones = [fake.phone_number() for _ in range(200)]
    emails = [fake.email() for _ in range(200)]
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["note_id", "client_id", "text"])
        for i in range(count):
            text = rng.choice(SHORT).format(
                name=rng.choice(names), day=rng.choice(days), phone=rng.choice(phones),
                email=rng.choice(emails),
            )  # fmt: skip
            writer.writerow([f"n{i + 1}", 100000 + i % 5000, text])


def _tree(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _run(engine: str, source: Path, out: Path, key: Path, log: Path, workers: int) -> float:
    command = [
        sys.executable, "-m", "redact", "batch", str(source), "--purpose", "social-media",
        "--id-column", "note_id", "--out", str(out), "--log", str(log), "--quiet",
        "--workers", str(workers), "--engine", engine, "--key-file", str(key),
    ]  # fmt: skip
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    """Generate the CSV, run both engines, compare, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--work", type=Path, default=Path("/tmp/redact-dask-bench"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    source = args.work / f"notes-{args.rows}.csv"
    if not source.exists():
        write_csv(source, args.rows)
    key = args.work / "release.key"
    key.write_bytes(secrets.token_bytes(32))
    os.chmod(key, 0o600)
    print(f"{args.rows:,} rows, {source.stat().st_size / 1e6:.1f} MB, {os.cpu_count()} CPUs")
    print(f"{'engine':<28}{'seconds':>10}{'rows/s':>10}")
    outs = {}
    for engine in ("local", "dask"):
        out = args.work / f"out-{engine}"
        if out.exists():
            subprocess.run(["rm", "-rf", str(out)], check=True)
        seconds = _run(engine, source, out, key, args.work / f"log-{engine}.sqlite3", args.workers)
        label = f"{engine} --workers {args.workers}"
        print(f"{label:<28}{seconds:>10.1f}{args.rows / seconds:>10.1f}", flush=True)
        outs[engine] = _tree(out)
    same = outs["local"] == outs["dask"]
    print("outputs byte-identical:", "yes" if same else "NO")
    key.unlink()


if __name__ == "__main__":
    main()
