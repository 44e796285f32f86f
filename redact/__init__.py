"""redact: minimum-necessary redaction of social-work client records."""

from __future__ import annotations

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

from redact.findings import Action, Finding  # noqa: E402
from redact.redactor import Overrides, RedactionResult, Redactor  # noqa: E402

__all__ = ["Action", "Finding", "Overrides", "RedactionResult", "Redactor", "__version__"]
