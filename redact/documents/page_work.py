"""Pages as a unit of work: reading (OCR) and read-back OCR spread over workers when asked.

OCR is the slow part of a scanned PDF: seconds a page, where the redaction of its whole
text takes a fraction of a second. A document is still redacted as one text (so pseudonyms
and the subject's names hold across its pages), but the page-by-page work around it, the
reading of every page and the OCR of the released pages, can run anywhere: `map_pages`
runs a page function over groups of page indices, here in order by default, or through the
mapper a runner installs for the current task (`pages_mapped_by`; the Dask engine installs
one that sends the groups to the cluster's workers, see `pipelines.dask_runner`).

A page function takes the file's bytes and a list of page indices and returns one result
per index, in order; it is a module-level function, so it can be pickled to a worker.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from typing import Any, TypeVar

T = TypeVar("T")

#: A page function: (file bytes, page indices) -> one result per index, in order.
PageWork = Callable[[bytes, list[int]], list[Any]]
#: A mapper: runs a page function over the indices (in groups, anywhere), results in order.
PageMapper = Callable[[PageWork, bytes, Sequence[int]], list[Any]]

_MAPPER: ContextVar[PageMapper | None] = ContextVar("redact_page_mapper", default=None)


def map_pages(work: PageWork, data: bytes, indices: Sequence[int]) -> list[Any]:
    """`work` over `indices`: by the installed mapper when there are two pages or more."""
    mapper = _MAPPER.get()
    if mapper is None or len(indices) < 2:
        return work(data, list(indices))
    results = mapper(work, data, indices)
    if len(results) != len(indices):
        raise RuntimeError("the page mapper lost pages")
    return results


@contextlib.contextmanager
def pages_mapped_by(mapper: PageMapper | None) -> Iterator[None]:
    """Within the block, `map_pages` runs through `mapper` (None: in order, here)."""
    token = _MAPPER.set(mapper)
    try:
        yield
    finally:
        _MAPPER.reset(token)


def groups(indices: Sequence[int], slots: int, per_slot: int = 4) -> list[list[int]]:
    """The indices cut into about `slots * per_slot` groups of consecutive pages.

    A group opens the file once, so a long text PDF is not parsed once a page; enough
    groups per worker keep every worker busy when some pages need OCR and some do not.
    """
    wanted = max(1, slots * per_slot)
    size = max(1, -(-len(indices) // wanted))
    return [list(indices[i : i + size]) for i in range(0, len(indices), size)]


__all__ = ["PageMapper", "PageWork", "groups", "map_pages", "pages_mapped_by"]
