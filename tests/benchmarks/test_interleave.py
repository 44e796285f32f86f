"""Scenarios timed in turns: every chunk goes to every scenario, totals add up, memory kept."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from benchmarks.interleave import Contender, interleave

ROOT = Path(__file__).resolve().parents[2]

#: A scenario in a few lines: holds `mb` MB, sleeps 0.05 s per chunk, records the order.
SERVER = """
import json, sys, time
name, mb, log = sys.argv[1], int(sys.argv[2]), sys.argv[3]
held = bytearray(mb * 2**20)
print("loading"); print("ready", flush=True)
for line in sys.stdin:
    if line.strip() == "end":
        break
    with open(log, "a") as f:
        f.write(f"{name}:{line.strip()}\\n")
    start = time.perf_counter(); time.sleep(0.05)
    print(json.dumps({"seconds": time.perf_counter() - start, "cpu_seconds": 0.001}), flush=True)
print(json.dumps({"maxrss_mb": 1.0}), flush=True)
"""


def test_every_chunk_reaches_every_scenario_in_rotating_order(tmp_path: Path) -> None:
    log = tmp_path / "order.txt"
    commands = {
        name: [sys.executable, "-c", SERVER, name, str(mb), str(log)]
        for name, mb in (("a", 10), ("b", 60))
    }
    totals = interleave(commands, chunks=3)
    assert log.read_text().split() == ["a:0", "b:0", "b:1", "a:1", "a:2", "b:2"]
    for name in "ab":
        assert totals[name].chunks == 3
        assert totals[name].seconds >= 0.15
        assert totals[name].cpu_seconds == pytest.approx(0.003)
        assert totals[name].report == {"maxrss_mb": 1.0}
    assert totals["b"].peak_tree_mb > totals["a"].peak_tree_mb + 30  # each its own memory


@pytest.mark.parametrize("delay", [0.0, 0.5])  # dead before or after its chunk is sent
def test_a_scenario_that_dies_fails_the_run_loudly(delay: float) -> None:
    dying = f"import sys, time; print('ready', flush=True); time.sleep({delay}); sys.exit(4)"
    commands = {"broken": [sys.executable, "-c", dying]}
    with pytest.raises(RuntimeError, match="broken exited 4"):
        interleave(commands, chunks=1)


def test_writing_to_a_scenario_that_has_exited_fails_loudly() -> None:
    contender = Contender("gone", [sys.executable, "-c", "print('ready', flush=True)"], None)
    contender.wait_ready()
    contender.process.wait()  # its end of the pipe is closed: writing to it breaks the pipe
    with pytest.raises(RuntimeError, match="gone exited 0"):
        contender.run_chunk(0)
    contender._done.set()


@pytest.mark.parametrize("scenario", ["floor", "our_ner"])
def test_the_ner_scenarios_serve_real_chunks_of_notes(scenario: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "benchmarks.speed", "_serve", scenario, "--notes", "6",
               "--chunk-notes", "3"]  # fmt: skip
    totals = interleave({scenario: command}, chunks=2, env=env)[scenario]
    assert totals.chunks == 2
    assert totals.seconds > 0 and totals.cpu_seconds > 0
    assert totals.peak_tree_mb > 100  # a spaCy model is loaded
