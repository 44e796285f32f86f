"""The NER's matrix library: numpy's BLAS on one thread by default, BLIS on request."""

from __future__ import annotations

import pytest
from thinc.api import NumpyOps, get_current_ops
from threadpoolctl import ThreadpoolController

from redact.detect.matrix import (
    BLAS_ENV_VAR,
    layers_multiplying_with,
    matrix_library,
    one_blas_thread,
)
from redact.errors import ConfigurationError


def test_numpy_is_the_default_and_the_environment_or_an_argument_chooses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(BLAS_ENV_VAR, raising=False)
    assert matrix_library() == "numpy"
    monkeypatch.setenv(BLAS_ENV_VAR, "blis")
    assert matrix_library() == "blis"
    assert matrix_library("numpy") == "numpy"


def test_an_unknown_library_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(BLAS_ENV_VAR, "mkl")
    with pytest.raises(ConfigurationError, match="REDACT_BLAS must be one of numpy, blis"):
        matrix_library()


@pytest.mark.parametrize(("library", "use_blis"), [("numpy", False), ("blis", True)])
def test_layers_made_in_the_block_keep_its_operations(library: str, use_blis: bool) -> None:
    before = get_current_ops()
    with layers_multiplying_with(library):
        ops = get_current_ops()
    assert isinstance(ops, NumpyOps)
    assert ops.use_blis is use_blis
    assert get_current_ops() is before


def _blas_threads() -> list[int]:
    pools = ThreadpoolController().info()
    return [pool["num_threads"] for pool in pools if pool["user_api"] == "blas"]


def test_one_blas_thread_inside_the_block_and_the_old_count_after() -> None:
    before = _blas_threads()
    assert before, "numpy's BLAS should be loaded with numpy"
    with one_blas_thread():
        assert _blas_threads() == [1] * len(before)
    assert _blas_threads() == before
