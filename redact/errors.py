"""One catalogue of errors, each with a stable code.

Messages name files, fields, row ids and lengths, never the values found in a document:
an exception travels into logs and terminals, and a removed identifier must not go with it.
Only the CLI maps these to exit codes.
"""

from __future__ import annotations


class RedactError(Exception):
    """Base of every error this package raises on purpose."""

    code = "R000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class ModelNotInstalledError(RedactError):
    """The spaCy model is missing; we never download one at run time."""

    code = "R001"


class PolicyError(RedactError):
    """A policy file is missing, malformed, or leaves an entity type without a rule."""

    code = "R002"


class MissingReleaseFieldError(RedactError):
    """The purpose requires a release field (recipient, authority...) that was not given."""

    code = "R003"


class DocumentReadError(RedactError):
    """A document could not be read; nothing from it is released."""

    code = "R004"


class ReleaseLogError(RedactError):
    """The release log could not be opened or written."""

    code = "R005"


class LogIntegrityError(RedactError):
    """The release log's hash chain does not verify."""

    code = "R006"


class PseudonymKeyError(RedactError):
    """A pseudonym key is missing or too short."""

    code = "R007"


class RiskRefusedError(RedactError):
    """The policy refuses to release a text whose residual risk is too high."""

    code = "R008"


class TableColumnError(RedactError):
    """A table lacks a column the request names (text, id, subject, date, note type)."""

    code = "R009"


class ConfigurationError(RedactError):
    """An environment setting of ours has a value we do not know."""

    code = "R010"


class DetectionTimeoutError(RedactError):
    """Detection of one text ran past its time limit; nothing of that text is released.

    Deliberately not a `TimeoutError`: Presidio catches those around its own regex calls
    and goes on without the pattern, which would release the text as if it were clean.
    """

    code = "R011"


class ColumnKindError(RedactError):
    """A table column's kind is unknown under a policy that refuses to guess, or the
    declared kinds contradict each other or the table."""

    code = "R012"


class ApprovalRefusedError(RedactError):
    """A staged release cannot be approved: its outputs changed since staging, it was
    already approved, the reviewer is the person who staged it under a two-person policy,
    or the folder and the log do not agree on what was staged."""

    code = "R018"
