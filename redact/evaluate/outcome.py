"""What an engine under evaluation hands back for one text, and the engine interface.

An engine is anything that turns a stream of texts into, for each, the regions of the input
it removed and the output text. The Redactor and the vanilla Presidio baseline both fit, so
one scorer serves both and their numbers are comparable.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from redact.evaluate.metrics import Interval


@dataclass(frozen=True)
class Outcome:
    """Merged removed regions of one input (offsets into it), and the text released."""

    removed: tuple[Interval, ...]
    output: str


class Engine(Protocol):
    """A redactor under evaluation: built once, then fed one stream of texts."""

    @property
    def name(self) -> str:
        """Short name shown in reports ("redact", "vanilla")."""
        ...

    @property
    def policy(self) -> str | None:
        """The policy in force, or None for an engine without one."""
        ...

    @property
    def model(self) -> str:
        """The spaCy model name."""
        ...

    def run(self, texts: Iterable[str]) -> Iterator[Outcome]:
        """One outcome per text, in input order, reading the stream lazily."""
        ...
