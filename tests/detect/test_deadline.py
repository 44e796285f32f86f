"""The per-text alarm: it stops a runaway match, restores what it found, and steps aside
where an alarm cannot be used."""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from types import FrameType

import pytest
import regex

from redact.detect.deadline import (
    CALL_TIMEOUT_SECONDS,
    call_timeout,
    deadline,
    seconds_for,
)
from redact.errors import DetectionTimeoutError

#: Exponential backtracking even for the `regex` module: "a" * 60 takes far longer than a test.
RUNAWAY = regex.compile(r"(a|aa)+c")
RUNAWAY_TEXT = "a" * 60


def test_the_alarm_stops_a_runaway_match_and_is_cleared_after() -> None:
    start = time.perf_counter()
    with pytest.raises(DetectionTimeoutError, match="time limit"), deadline(0.3):
        assert call_timeout() is None
        RUNAWAY.search(RUNAWAY_TEXT)
    assert time.perf_counter() - start < 5
    assert call_timeout() == CALL_TIMEOUT_SECONDS
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_block_that_ends_in_time_leaves_no_alarm_behind() -> None:
    with deadline(5.0):
        assert regex.search(r"b", "abc") is not None
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    time.sleep(0.01)


def test_outside_the_main_thread_each_call_gets_the_time_left() -> None:
    seen: list[float | None] = []
    raised: list[BaseException] = []

    def work() -> None:
        with deadline(0.2):
            seen.append(call_timeout())
        try:
            with deadline(0.05):
                time.sleep(0.1)
                RUNAWAY.search(RUNAWAY_TEXT, timeout=call_timeout())
        except DetectionTimeoutError as error:
            raised.append(error)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen[0] is not None and 0 < seen[0] <= 0.2
    assert len(raised) == 1


def test_a_timeout_swallowed_by_a_library_still_stops_the_text() -> None:
    def library_call() -> None:
        with contextlib.suppress(Exception):  # a library that catches everything, goes on
            RUNAWAY.search(RUNAWAY_TEXT)

    start = time.perf_counter()
    with pytest.raises(DetectionTimeoutError), deadline(0.2):
        library_call()
        library_call()
    assert time.perf_counter() - start < 5
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_the_time_limit_is_not_a_timeout_error_that_presidio_would_catch() -> None:
    assert not issubclass(DetectionTimeoutError, TimeoutError)


def test_a_program_that_uses_sigalrm_itself_keeps_it() -> None:
    fired: list[int] = []

    def own(signum: int, frame: FrameType | None) -> None:
        fired.append(signum)

    previous = signal.signal(signal.SIGALRM, own)
    try:
        with deadline(0.05):
            left = call_timeout()
            assert left is not None and 0 < left <= 0.05  # kept by the clock instead
        assert signal.getsignal(signal.SIGALRM) is own
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert fired == []


def test_nested_limits_leave_the_outer_one_in_charge() -> None:
    with deadline(5.0):
        with deadline(0.01):
            time.sleep(0.05)
        assert call_timeout() is None
    assert call_timeout() == CALL_TIMEOUT_SECONDS


def test_longer_texts_get_longer() -> None:
    assert seconds_for("") == 5.0
    assert seconds_for("x" * 100_000) == pytest.approx(15.0)
    assert seconds_for("", first=True) > seconds_for("")  # compiling and loading on first use


def test_a_runaway_recognizer_stops_detection_of_that_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from redact.detect import deadline as module
    from redact.detect.detector import Detector
    from redact.detect.recognizers.cued import CuedPatternRecognizer, LeanPattern

    detector = Detector(entity_types=["PERSON"])
    assert detector.detect("Met Maria Alvarez today.")  # the first text may take longer
    runaway = CuedPatternRecognizer(
        supported_entity="PERSON", patterns=[LeanPattern("runaway", RUNAWAY.pattern, 0.5)]
    )
    detector.analyzer.registry.add_recognizer(runaway)
    monkeypatch.setattr(module, "BASE_SECONDS", 0.3)
    text = "Maria Alvarez " + RUNAWAY_TEXT
    with pytest.raises(DetectionTimeoutError) as raised:
        detector.detect(text)
    assert "Maria" not in str(raised.value) and "aaaa" not in str(raised.value)
    assert detector.detect("Met Maria Alvarez today.")  # the next text is detected as usual
