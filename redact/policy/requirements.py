"""Who a release goes to and under what authority, and whether the policy's needs are met."""

from __future__ import annotations

from dataclasses import dataclass

from redact.errors import MissingReleaseFieldError
from redact.policy.model import Policy

FIELD_OPTIONS = {
    "recipient": "--recipient",
    "authority": "--authority",
    "subject_ref": "--subject-ref",
    "actor": "--actor",
}


@dataclass(frozen=True)
class ReleaseFields:
    """What the release log records about a disclosure besides its content."""

    actor: str
    recipient: str | None = None
    authority: str | None = None
    subject_ref: str | None = None


def check_required(policy: Policy, fields: ReleaseFields) -> None:
    """Refuse a release whose policy needs fields that were not given."""
    missing = [name for name in policy.required_fields if not (getattr(fields, name) or "").strip()]
    if missing:
        options = ", ".join(FIELD_OPTIONS[name] for name in missing)
        raise MissingReleaseFieldError(
            f"purpose '{policy.name}' requires {', '.join(missing)}; give {options}"
        )
