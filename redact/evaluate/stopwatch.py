"""Time spent producing a stream's items, apart from the time spent scoring them."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class Stopwatch(Generic[T]):
    """Iterates `items`, adding to `seconds` only the time taken to produce each item."""

    def __init__(self, items: Iterable[T]) -> None:
        self._items = iter(items)
        self.seconds = 0.0

    def __iter__(self) -> Iterator[T]:
        while True:
            started = time.perf_counter()
            item = next(self._items, None)
            self.seconds += time.perf_counter() - started
            if item is None:
                return
            yield item
