"""Which library multiplies the NER model's matrices, and on how many threads.

thinc, under spaCy, multiplies with BLIS unless told otherwise. On the machine where #5 was
measured, numpy's OpenBLAS ran the NER model's products (20,000 × 288 by 288 × 288, float32)
at about three times BLIS's speed on one core, and the whole NER took a fifth less time.
Sums taken in another order can in principle flip a near tie between two labels; on 1,895
documents of the four shared corpora (11,665 entities) and 400 benchmark notes, not one
entity differed, and recall on the corpora is unchanged to the third decimal.
`REDACT_BLAS=blis` gives back thinc's default.

OpenBLAS starts a thread per core. A redaction process is meant to use one core (a batch
uses `--workers` processes for more), so the NER's products run on one thread, and the
thread count of the program around us is restored after each batch.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Final

from thinc.api import use_ops
from threadpoolctl import ThreadpoolController

from redact.errors import ConfigurationError

BLAS_ENV_VAR: Final = "REDACT_BLAS"

#: The matrix libraries a model can be loaded with; the first is the default.
LIBRARIES: Final = ("numpy", "blis")


def matrix_library(choice: str | None = None) -> str:
    """The library to load a model with: `choice`, else `REDACT_BLAS`, else numpy's BLAS."""
    chosen = choice or os.environ.get(BLAS_ENV_VAR) or LIBRARIES[0]
    if chosen not in LIBRARIES:
        raise ConfigurationError(
            f"{BLAS_ENV_VAR} must be one of {', '.join(LIBRARIES)}; got {chosen!r}"
        )
    return chosen


@contextmanager
def layers_multiplying_with(library: str) -> Iterator[None]:
    """Within the block, thinc layers are made to multiply with `library`.

    thinc gives each layer the operations current when the layer is made, so a model
    loaded in the block keeps them; the current operations are restored after.
    """
    with use_ops("numpy", use_blis=library == "blis"):
        yield


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Limit numpy's BLAS to one thread for the block, then restore what it was."""
    with _controller().limit(limits=1, user_api="blas"):
        yield


@cache
def _controller() -> ThreadpoolController:
    """The thread pools of the BLAS libraries loaded in this process (found once)."""
    return ThreadpoolController()
