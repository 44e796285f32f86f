"""A time limit on the recognizers' pass over one text, kept by an alarm where one can be.

A pathological text must not hang a batch, so every regex call of ours carried the `regex`
module's own timeout, as Presidio's calls do. That costs: about 2 µs to set up each call,
and a fifth more time on every scan (measured on case notes; 2 ms a note in all). The
`regex` module looks for signals while it matches, so one alarm per text stops a runaway
match as surely, and stops a runaway recognizer written in Python too.

Running out of time raises `DetectionTimeoutError`, ours, and never a `TimeoutError`:
Presidio catches `TimeoutError` around its own regex calls, logs it and goes on without
that pattern, which would release the text as if it were clean. Should a library swallow
ours too, the alarm fires again every `REPEAT_SECONDS` until the block ends, and the block
checks the clock once more when it ends: a text whose time ran out is never released.

Signals reach only the main thread, and only where the platform has SIGALRM. Where an
alarm cannot be used (a request thread of `redact serve`, a Dask worker thread, Windows,
or a program that uses SIGALRM itself), the same limit is kept by the clock: each regex
call of ours gets the time left (at most `CALL_TIMEOUT_SECONDS`), a call that runs out
raises, and the block's end checks the clock.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from redact.errors import DetectionTimeoutError

#: The cap on one regex call where no alarm is set (Presidio's own value).
CALL_TIMEOUT_SECONDS = 5.0

#: An alarmed text gets this long, plus a second per `CHARACTERS_PER_SECOND` characters:
#: about a tenth of the speed the recognizers run at on this project's benchmark notes.
BASE_SECONDS = 5.0
CHARACTERS_PER_SECOND = 10_000

#: The first text a detector sees also pays for compiling patterns and loading word lists
#: on first use (seconds on a busy machine): it gets this much more time.
FIRST_TEXT_EXTRA_SECONDS = 60.0

#: Once the time is out, the alarm fires again this often until the block ends.
REPEAT_SECONDS = 0.05

MESSAGE = "detection ran past its time limit; nothing of the text is released"

_state = threading.local()


def call_timeout() -> float | None:
    """The timeout for one regex call: none while this thread's alarm is set, else the time
    left of this thread's limit (at most `CALL_TIMEOUT_SECONDS`)."""
    if getattr(_state, "alarmed", False):
        return None
    until: float | None = getattr(_state, "until", None)
    if until is None:
        return CALL_TIMEOUT_SECONDS
    left = until - time.monotonic()
    if left <= 0:
        raise DetectionTimeoutError(MESSAGE)
    return min(CALL_TIMEOUT_SECONDS, left)


def check() -> None:
    """Raise `DetectionTimeoutError` if this thread's limit has passed or its alarm fired."""
    until: float | None = getattr(_state, "until", None)
    if getattr(_state, "expired", False) or (until is not None and time.monotonic() > until):
        raise DetectionTimeoutError(MESSAGE)


def seconds_for(text: str, first: bool = False) -> float:
    """The time limit of the recognizers' pass over `text` (`first`: a detector's first)."""
    extra = FIRST_TEXT_EXTRA_SECONDS if first else 0.0
    return BASE_SECONDS + extra + len(text) / CHARACTERS_PER_SECOND


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise `DetectionTimeoutError` in the block once `seconds` have passed.

    By an alarm where one can be set, by the clock elsewhere (see the module's docstring).
    Inside a block that already has a limit, the outer limit stays in charge.
    """
    if getattr(_state, "until", None) is not None:
        yield
        return
    _state.until = time.monotonic() + seconds
    _state.expired = False
    alarmed = _alarm_available()
    previous = None
    if alarmed:
        previous = signal.signal(signal.SIGALRM, _expire)
        signal.setitimer(signal.ITIMER_REAL, seconds, REPEAT_SECONDS)
        _state.alarmed = True
    try:
        yield
        check()
    finally:
        if alarmed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        _state.alarmed = False
        _state.until = None
        _state.expired = False


def _alarm_available() -> bool:
    """Whether this thread may set the alarm: main thread, SIGALRM unused by anyone else."""
    return (
        hasattr(signal, "SIGALRM")
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None)
        and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    )


def _expire(signum: int, frame: FrameType | None) -> None:
    _state.expired = True
    raise DetectionTimeoutError(MESSAGE)
