"""A time limit on the recognizers' pass over one text, kept by an alarm where one can be.

A pathological text must not hang a batch, so every regex call of ours carried the `regex`
module's own timeout, as Presidio's calls do. That costs: about 2 µs to set up each call,
and a fifth more time on every scan (measured on case notes; 2 ms a note in all). The
`regex` module looks for signals while it matches, so one alarm per text stops a runaway
match as surely, and stops a runaway recognizer written in Python too.

Signals reach only the main thread, and only where the platform has SIGALRM. Where an
alarm cannot be used (a request thread of `redact serve`, a Dask worker thread, Windows,
or a program that uses SIGALRM itself), each regex call keeps its own timeout, as before.
Either way, running out of time raises `TimeoutError`, and nothing of that text is released.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

#: The cap on one regex call where no alarm is set (Presidio's own value).
CALL_TIMEOUT_SECONDS = 5.0

#: An alarmed text gets this long, plus a second per `CHARACTERS_PER_SECOND` characters:
#: about a tenth of the speed the recognizers run at on this project's benchmark notes.
BASE_SECONDS = 5.0
CHARACTERS_PER_SECOND = 10_000

_armed = threading.local()


def call_timeout() -> float | None:
    """The timeout for one regex call: none while this thread's alarm is set."""
    return None if getattr(_armed, "on", False) else CALL_TIMEOUT_SECONDS


def seconds_for(text: str) -> float:
    """The time limit of the recognizers' pass over `text`."""
    return BASE_SECONDS + len(text) / CHARACTERS_PER_SECOND


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise `TimeoutError` in the block once `seconds` have passed, where an alarm can be set.

    Where none can (see the module's docstring), or one is set already, the block runs
    as it is and regex calls keep their own timeouts (`call_timeout`).
    """
    if not _alarm_available():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    _armed.on = True
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        _armed.on = False
        signal.signal(signal.SIGALRM, previous)


def _alarm_available() -> bool:
    """Whether this thread may set the alarm: main thread, SIGALRM unused by anyone else."""
    return (
        hasattr(signal, "SIGALRM")
        and threading.current_thread() is threading.main_thread()
        and not getattr(_armed, "on", False)
        and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None)
        and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    )


def _expire(signum: int, frame: FrameType | None) -> None:
    raise TimeoutError("detection ran past its time limit; nothing of the text is released")
