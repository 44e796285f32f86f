"""A small immutable, hashable, picklable mapping for counts and extra fields.

Release records are frozen: once an entry is hashed, nothing reachable from it may change.
`types.MappingProxyType` would do, but it cannot be pickled, and records travel to workers.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TypeVar

V = TypeVar("V")


class FrozenMap(Mapping[str, V]):
    """A read-only copy of a mapping with string keys, kept in sorted key order."""

    __slots__ = ("_data",)

    def __init__(self, source: Mapping[str, V] | None = None) -> None:
        items = dict(source or {})
        self._data: dict[str, V] = {key: items[key] for key in sorted(items)}

    def __getitem__(self, key: str) -> V:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        return hash(frozenset(self._data.items()))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self._data == dict(other.items())
        return NotImplemented

    def __repr__(self) -> str:
        return f"FrozenMap({self._data!r})"

    def __getstate__(self) -> dict[str, V]:
        return self._data

    def __setstate__(self, state: dict[str, V]) -> None:
        self._data = state
