"""A note kind: its file key, the sensitive topics its template contains, and the template."""

from __future__ import annotations

from dataclasses import dataclass

TOPICS = (
    "substance_use",
    "communicable_disease",
    "psychotherapy_notes",
    "reproductive_health",
    "shelter_location",
    "group_disclosures",
)


@dataclass(frozen=True, slots=True)
class Kind:
    key: str
    topics: tuple[str, ...]
    template: str

    def __post_init__(self) -> None:
        unknown = set(self.topics) - set(TOPICS)
        if unknown:
            raise ValueError(f"kind {self.key}: unknown topics {sorted(unknown)}")
