"""Presidio's own pattern recognizers, scanned by our loop.

Presidio's `PatternRecognizer` gives every regex call a timeout, and when one runs out it
skips that pattern with a warning: the text goes on as if nothing had been there. Our
loop (`CuedPatternRecognizer`) lets the time limit stop the text instead, so nothing of it
is released, and where an alarm keeps the time (`redact.detect.deadline`) its calls carry
no timeout of their own, which is a fifth faster. Validation, invalidation, scores and
explanations stay the Presidio class's own, so the results are Presidio's (tests compare
them). Patterns whose matches all begin near a run of digits are tried only there
(`digit_led.py`). A recognizer with its own `analyze` (IBAN) keeps Presidio's loop.
"""

from __future__ import annotations

from functools import cache
from typing import Any, TypeVar

from presidio_analyzer import Pattern, PatternRecognizer

from redact.detect.recognizers.cued import CuedPatternRecognizer
from redact.detect.recognizers.digit_led import presidio_digit_led

R = TypeVar("R", bound=PatternRecognizer)


def scanned_by_us(cls: type[R], patterns: list[Pattern] | None = None, **kwargs: Any) -> R:
    """An instance of Presidio's `cls` whose patterns our loop scans; its own by default."""
    declared: list[Pattern] = list(cls.PATTERNS)  # type: ignore[attr-defined]
    chosen = presidio_digit_led(patterns if patterns is not None else declared)
    kwargs.setdefault("name", cls.__name__)
    recognizer: R = _scanned_class(cls)(patterns=chosen, **kwargs)
    return recognizer


@cache
def _scanned_class(cls: type[R]) -> type[R]:
    """`cls` with our loop in front; refused for a class that analyzes in its own way.

    The class gets a name of its own (`Scanned...`): Presidio builds its default
    recognizers by looking classes up by name among every loaded subclass, so a class of
    ours named like one of Presidio's would be built instead of it in any other analyzer of
    the process. The instance keeps Presidio's recognizer name (`scanned_by_us`).
    """
    for klass in cls.__mro__[: cls.__mro__.index(PatternRecognizer)]:
        if "analyze" in vars(klass):
            raise TypeError(f"{cls.__name__} has its own analyze(); keep Presidio's loop")
    namespace = {"__doc__": cls.__doc__, "__module__": __name__}
    scanned: type[R] = type(f"Scanned{cls.__name__}", (CuedPatternRecognizer, cls), namespace)
    return scanned
