"""Pages as a unit of work: `map_pages` in order by default, or through an installed mapper."""

from __future__ import annotations

import io
import shutil
from collections.abc import Sequence
from typing import Any

import pytest

from redact.documents.layout import read_image
from redact.documents.page_work import PageWork, groups, map_pages, pages_mapped_by
from tests.documents.pdf_samples import scan_image


def _double(data: bytes, indices: list[int]) -> list[Any]:
    return [(data, index * 2) for index in indices]


class _OnePageAtATime:
    """A mapper that runs each page as its own call, in reverse, and records the calls."""

    def __init__(self) -> None:
        self.calls: list[list[int]] = []

    def __call__(self, work: PageWork, data: bytes, indices: Sequence[int]) -> list[Any]:
        results: dict[int, Any] = {}
        for index in reversed(list(indices)):
            self.calls.append([index])
            [results[index]] = work(data, [index])
        return [results[index] for index in indices]


def test_without_a_mapper_pages_run_here_in_one_call() -> None:
    assert map_pages(_double, b"x", range(3)) == [(b"x", 0), (b"x", 2), (b"x", 4)]


def test_an_installed_mapper_runs_the_pages_and_their_order_holds() -> None:
    mapper = _OnePageAtATime()
    with pages_mapped_by(mapper):
        assert map_pages(_double, b"y", [4, 5, 6]) == [(b"y", 8), (b"y", 10), (b"y", 12)]
        assert map_pages(_double, b"y", [7]) == [(b"y", 14)]  # one page: not worth sending
    assert mapper.calls == [[6], [5], [4]]
    assert map_pages(_double, b"z", [1, 2]) == [(b"z", 2), (b"z", 4)]  # the block ended


@pytest.mark.parametrize(
    ("count", "slots", "sizes"),
    [(1, 2, [1]), (8, 2, [1] * 8), (9, 2, [2, 2, 2, 2, 1]), (300, 2, [38] * 7 + [34])],
)
def test_groups_are_consecutive_and_cover_every_page(
    count: int, slots: int, sizes: list[int]
) -> None:
    cut = groups(range(count), slots)
    assert [len(g) for g in cut] == sizes
    assert [i for g in cut for i in g] == list(range(count))


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_a_multi_frame_tiff_is_read_frame_by_frame_through_the_mapper() -> None:
    frames = [scan_image(["Frame one: Marisol Okafor."]), scan_image(["Frame two: sertraline."])]
    buffer = io.BytesIO()
    frames[0].save(buffer, "TIFF", save_all=True, append_images=frames[1:])
    data = buffer.getvalue()
    here = read_image(data, "fax.tif")
    mapper = _OnePageAtATime()
    with pages_mapped_by(mapper):
        spread = read_image(data, "fax.tif")
    assert mapper.calls == [[1], [0]]
    assert spread == here and "Okafor" in here.text and "sertraline" in here.text
