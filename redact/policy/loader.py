"""The one place that loads policies: built-in names or a user's YAML file.

A missing or invalid file is an error naming the file and the problem; there is no fallback
to a default policy, because a silently broader release is the failure we exist to prevent.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from difflib import get_close_matches
from importlib import resources
from pathlib import Path

import yaml
from pydantic import ValidationError

from redact.errors import PolicyError
from redact.policy.model import Policy

BUILTIN_PACKAGE = "redact.policies"


@dataclass(frozen=True)
class LoadedPolicy:
    """A validated policy with where it came from and the hash of its bytes (for the log)."""

    policy: Policy
    origin: str
    sha256: str


def builtin_names() -> list[str]:
    """Names of the built-in policies, sorted."""
    folder = resources.files(BUILTIN_PACKAGE)
    return sorted(
        p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml")
    )


def _read_source(name_or_path: str | Path) -> tuple[bytes, str]:
    text = str(name_or_path)
    if text in builtin_names():
        data = resources.files(BUILTIN_PACKAGE).joinpath(f"{text}.yaml").read_bytes()
        return data, f"built-in:{text}"
    path = Path(text)
    if path.suffix in {".yaml", ".yml"} or path.exists():
        try:
            return path.read_bytes(), str(path)
        except OSError as exc:
            raise PolicyError(f"cannot read policy file {path}: {exc.strerror}") from exc
    names = builtin_names()
    close = get_close_matches(text, names, n=1, cutoff=0.5)
    hint = f"did you mean '{close[0]}'? " if close else ""
    raise PolicyError(f"unknown policy '{text}'; {hint}built-in policies: {', '.join(names)}")


def parse_policy(data: bytes, origin: str) -> Policy:
    """Validate YAML bytes into a `Policy`, or raise `PolicyError` naming the origin."""
    try:
        raw = yaml.safe_load(data)
    except yaml.YAMLError as exc:
        raise PolicyError(f"policy {origin} is not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise PolicyError(f"policy {origin} must be a mapping")
    try:
        return Policy.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'policy'}: {err['msg']}"
            for err in exc.errors()
        )
        raise PolicyError(f"policy {origin} is invalid: {problems}") from exc


def load_policy(name_or_path: str | Path) -> LoadedPolicy:
    """Load a built-in policy by name, or a YAML policy file by path."""
    data, origin = _read_source(name_or_path)
    return LoadedPolicy(parse_policy(data, origin), origin, hashlib.sha256(data).hexdigest())
