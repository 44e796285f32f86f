"""Timing scenarios side by side: each in its own process, all fed the same chunks in turns.

On a shared machine the speed of the cores drifts by a third within a minute. Scenarios run
one after another each see a different machine, and their ratios carry that drift (one run
measured our redaction at 0.69× the NER floor, the same code measured in turns at 0.9×).
Here every scenario is loaded in its own process first; then each chunk of the corpus is
given to every scenario in turn, the first of a round rotating, so drift falls on all of
them alike. Each scenario stays in its own process, so its memory is still its own, and
reports the CPU time it spent as well as the wall time.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

from benchmarks.measure import SAMPLE_SECONDS, tree_rss_kb

READY = "ready"
END = "end"


@dataclass
class Totals:
    """What one scenario spent over every chunk, and its peak memory."""

    seconds: float = 0.0
    cpu_seconds: float = 0.0
    chunks: int = 0
    peak_tree_mb: float = 0.0
    report: dict[str, object] = field(default_factory=dict)


class Contender:
    """A scenario served by a subprocess that processes the chunks it is told to.

    The subprocess prints `READY` once loaded and warmed up, then answers each chunk index
    read on stdin with a JSON line {"seconds", "cpu_seconds"}, and `END` with a final JSON
    report. The tree's RSS is sampled meanwhile, as `run_measured` does.
    """

    def __init__(self, name: str, command: list[str], env: dict[str, str] | None) -> None:
        self.name = name
        self.totals = Totals()
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
        )
        self._done = threading.Event()
        self._sampler = threading.Thread(target=self._sample, daemon=True)
        self._sampler.start()

    def _sample(self) -> None:
        while not self._done.is_set():
            mb = tree_rss_kb(self.process.pid) / 1024
            self.totals.peak_tree_mb = max(self.totals.peak_tree_mb, mb)
            self._done.wait(SAMPLE_SECONDS)

    def _died(self) -> RuntimeError:
        code = self.process.wait()
        return RuntimeError(f"scenario {self.name} exited {code} before answering")

    def _line(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise self._died()
        return line.strip()

    def wait_ready(self) -> None:
        """Block until the scenario has loaded what it needs."""
        while self._line() != READY:
            pass

    def send(self, command: str) -> dict[str, object]:
        """Send one command and return the JSON line that answers it."""
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(command + "\n")
            self.process.stdin.flush()
        except OSError:  # it exited before reading: a broken pipe
            with contextlib.suppress(OSError):
                self.process.stdin.close()
            raise self._died() from None
        line = self._line()
        while not line.startswith("{"):
            line = self._line()
        answer: dict[str, object] = json.loads(line)
        return answer

    def run_chunk(self, index: int) -> None:
        """Have the scenario process chunk `index`; add its times to the totals."""
        answer = self.send(str(index))
        self.totals.seconds += float(answer["seconds"])  # type: ignore[arg-type]
        self.totals.cpu_seconds += float(answer["cpu_seconds"])  # type: ignore[arg-type]
        self.totals.chunks += 1

    def close(self) -> Totals:
        """End the scenario, keep its final report and stop sampling."""
        self.totals.report = self.send(END)
        self.process.wait()
        self._done.set()
        self._sampler.join()
        single = float(self.totals.report.get("maxrss_mb", 0.0))  # type: ignore[arg-type]
        self.totals.peak_tree_mb = max(self.totals.peak_tree_mb, single)
        return self.totals


def interleave(
    commands: dict[str, list[str]], chunks: int, env: dict[str, str] | None = None
) -> dict[str, Totals]:
    """Run every chunk through every scenario in turns; totals per scenario.

    Scenarios are started and loaded one at a time (loading is not timed), then round `i`
    gives chunk `i` to each, starting with a different one each round.
    """
    contenders: list[Contender] = []
    try:
        for name, command in commands.items():
            contender = Contender(name, command, env)
            contenders.append(contender)
            contender.wait_ready()
        for index in range(chunks):
            for contender in _rotated(contenders, index):
                contender.run_chunk(index)
        return {c.name: c.close() for c in contenders}
    finally:
        for contender in contenders:
            if contender.process.poll() is None:
                contender.process.kill()
            contender._done.set()


def _rotated(items: Sequence[Contender], by: int) -> list[Contender]:
    shift = by % len(items) if items else 0
    return [*items[shift:], *items[:shift]]
