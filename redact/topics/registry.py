"""The built-in topics by id: the one place policies look them up.

Ids are stable: policies and the release log name them. A policy that names an unknown
topic is a `PolicyError`, never silently ignored: a misspelt topic would otherwise release
exactly what the policy meant to withhold. (The id comes from a policy, not a document, so
the message may name it.)
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from redact.errors import PolicyError
from redact.topics import (
    communicable_disease,
    group_disclosures,
    psychotherapy_notes,
    reproductive_health,
    shelter_location,
    substance_use,
    third_party_history,
    threat,
)
from redact.topics.base import Topic

_BUILT_IN: tuple[Topic, ...] = (
    substance_use.TOPIC,
    communicable_disease.TOPIC,
    psychotherapy_notes.TOPIC,
    reproductive_health.TOPIC,
    shelter_location.TOPIC,
    group_disclosures.TOPIC,
    third_party_history.TOPIC,
    threat.TOPIC,
)

#: Read-only: no caller can add to or change the built-ins at run time.
TOPICS: Mapping[str, Topic] = MappingProxyType({t.id: t for t in _BUILT_IN})


def get_topic(topic_id: str) -> Topic:
    """The topic registered under `topic_id`; an unknown id is an error."""
    try:
        return TOPICS[topic_id]
    except KeyError:
        known = ", ".join(sorted(TOPICS))
        raise PolicyError(f"unknown topic {topic_id!r}; known topics: {known}") from None
