"""redact: minimum-necessary redaction of social-work client records.

The public names are imported lazily, so that `redact log verify` or a worker that only needs
the release log does not pay for loading spaCy.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

_EXPORTS = {
    "Action": "redact.findings",
    "Finding": "redact.findings",
    "Overrides": "redact.result",
    "RedactionResult": "redact.result",
    "Redactor": "redact.redactor",
    "redact_frame": "redact.frame",
}

if TYPE_CHECKING:
    from redact.findings import Action as Action
    from redact.findings import Finding as Finding
    from redact.frame import redact_frame as redact_frame
    from redact.redactor import Redactor as Redactor
    from redact.result import Overrides as Overrides
    from redact.result import RedactionResult as RedactionResult

__all__ = [*_EXPORTS, "__version__"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'redact' has no attribute {name!r}")
