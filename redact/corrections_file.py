"""Reading and writing corrections: the YAML file, and `--keep`/`--redact` options.

The file is small and written by people (or downloaded from the review page)::

    # redact corrections: terms kept or redacted in every document of a release
    keep:
      - Head Start
    redact:
      - text: lolo
        type: PERSON

It fails closed: an unknown key, a term that is not text, or an entity type we do not know
(with the nearest type named) is an error naming the file and the entry's position, never
the term, since a term is often a name.
"""

from __future__ import annotations

from collections.abc import Iterable
from difflib import get_close_matches
from pathlib import Path

import yaml

from redact.corrections import Corrections, normal_term
from redact.entities import ENTITY_TYPES
from redact.errors import ConfigurationError

HEADER = "# redact corrections: terms kept or redacted in every document of a release"
DEFAULT_TYPE = "PERSON"
_KEYS = frozenset({"keep", "redact"})
_ENTRY_KEYS = frozenset({"text", "type"})


def entity_type(name: str, where: str) -> str:
    """A known entity type (case-insensitive), or an error naming the nearest one."""
    wanted = name.strip().upper()
    if wanted in ENTITY_TYPES:
        return wanted
    close = get_close_matches(wanted, ENTITY_TYPES, n=1, cutoff=0.5)
    hint = f" (did you mean {close[0]}?)" if close else ""
    raise ConfigurationError(
        f"{where}: unknown entity type '{name.strip()[:40]}'{hint}; "
        f"known types: {', '.join(ENTITY_TYPES)}"
    )


def _term(value: object, where: str) -> str:
    if not isinstance(value, str | int) or isinstance(value, bool) or not normal_term(str(value)):
        raise ConfigurationError(f"{where}: a term must be non-empty text")
    return str(value).strip()


def parse_corrections(raw: object, origin: str) -> Corrections:
    """Validate the loaded YAML of a corrections file."""
    if raw is None:
        return Corrections()
    if not isinstance(raw, dict):
        raise ConfigurationError(f"corrections {origin} must be a mapping with keep: and redact:")
    unknown = sorted(str(k) for k in raw if k not in _KEYS)
    if unknown:
        raise ConfigurationError(
            f"corrections {origin}: unknown key(s) {', '.join(unknown)} (known: keep, redact)"
        )
    keep_raw = raw.get("keep") or []
    redact_raw = raw.get("redact") or []
    if not isinstance(keep_raw, list) or not isinstance(redact_raw, list):
        raise ConfigurationError(f"corrections {origin}: keep and redact must be lists")
    keep = tuple(_term(v, f"corrections {origin}, keep #{i + 1}") for i, v in enumerate(keep_raw))
    redact: list[tuple[str, str]] = []
    for i, entry in enumerate(redact_raw):
        where = f"corrections {origin}, redact #{i + 1}"
        if isinstance(entry, str):
            redact.append((_term(entry, where), DEFAULT_TYPE))
            continue
        if not isinstance(entry, dict) or "text" not in entry:
            raise ConfigurationError(f"{where}: needs 'text:' (and 'type:', default PERSON)")
        extra = sorted(str(k) for k in entry if k not in _ENTRY_KEYS)
        if extra:
            raise ConfigurationError(f"{where}: unknown key(s) {', '.join(extra)}")
        kind = entry.get("type", DEFAULT_TYPE)
        if not isinstance(kind, str):
            raise ConfigurationError(f"{where}: type must be an entity type name")
        redact.append((_term(entry["text"], where), entity_type(kind, where)))
    return Corrections(keep, tuple(redact))


def load_corrections(path: Path) -> Corrections:
    """Read and validate a corrections file; any problem is a `ConfigurationError`."""
    try:
        data = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise ConfigurationError(f"cannot read corrections file {path}") from None
    try:
        raw = yaml.safe_load(data)
    except yaml.YAMLError:
        raise ConfigurationError(f"corrections {path} is not valid YAML") from None
    return parse_corrections(raw, str(path))


def from_options(
    keep: Iterable[str] = (), redact: Iterable[str] = (), path: Path | None = None
) -> Corrections:
    """The corrections of a command: the file first, then `--keep` and `--redact TERM[=TYPE]`."""
    base = load_corrections(path) if path is not None else Corrections()
    keep_terms = tuple(_term(t, f"--keep #{i + 1}") for i, t in enumerate(keep))
    pairs = []
    for i, option in enumerate(redact):
        where = f"--redact #{i + 1}"
        term, sep, kind = option.rpartition("=")
        if not sep or not normal_term(term):
            term, kind = option, DEFAULT_TYPE
        pairs.append((_term(term, where), entity_type(kind, where)))
    return base.merged(Corrections(keep_terms, tuple(pairs)))


def dump_corrections(corrections: Corrections) -> str:
    """The file's text, in the format above (what `load_corrections` reads back)."""
    lines = [HEADER]
    lines.append("keep:" if corrections.keep else "keep: []")
    lines += [f"  - {_scalar(term)}" for term in corrections.keep]
    lines.append("redact:" if corrections.redact else "redact: []")
    for term, kind in corrections.redact:
        lines += [f"  - text: {_scalar(term)}", f"    type: {kind}"]
    return "\n".join(lines) + "\n"


def _scalar(term: str) -> str:
    """A term as a YAML scalar: plain where that reads back the same, else double-quoted."""
    dumped = yaml.safe_dump(term, default_flow_style=True, allow_unicode=True, width=10_000)
    return dumped.removesuffix("\n...\n").strip()
