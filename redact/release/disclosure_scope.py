"""What a policy discloses and withholds, in words a client or a judge understands.

The client summary (1.07: the conversation before a disclosure) and the letter asking a
court to limit its order both describe the same thing: which kinds of information a release
carries, in what form, and which it leaves out. It is read from the policy alone, so it can
be shown before anything is redacted and never holds a word of a record.
"""

from __future__ import annotations

from dataclasses import dataclass

from redact.entities import ENTITY_TYPES, plain_words
from redact.findings import Action
from redact.policy.model import Policy, Rule
from redact.topics.registry import get_topic

#: The plain words of the PERSON type, which a subject-keeping policy removes for others only.
_NAMES = plain_words("PERSON")

#: The topics whose labels read as passages of someone else's life rather than a subject.
_TOPIC_WORDS = {
    "group_disclosures": "what other members of a group said",
    "third_party_history": "other people's history (family members, partners)",
}


@dataclass(frozen=True)
class DisclosureScope:
    """Kinds of information a policy lets through (some changed) and leaves out."""

    shared: tuple[str, ...]
    #: (how, kinds): "only the last 4 characters", ("Social Security numbers", ...)
    changed: tuple[tuple[str, tuple[str, ...]], ...]
    removed: tuple[str, ...]
    withheld_topics: tuple[str, ...]
    keeps_subject: bool


def _how(rule: Rule) -> str:
    if rule.action is Action.MASK:
        return f"only the last {rule.keep_last} characters"
    if rule.granularity is not None:
        return f"only the {rule.granularity}"
    if rule.band is not None:
        return f"only a {rule.band}-year range"
    if rule.over is not None:
        return f"shown as '{rule.over}+' above {rule.over}"
    return "in a shortened form"


def topic_words(topic_id: str) -> str:
    """A withheld topic in plain words."""
    return _TOPIC_WORDS.get(topic_id, get_topic(topic_id).label)


def disclosure_scope(policy: Policy) -> DisclosureScope:
    """The policy's rules for every type, grouped by what a reader gets of them."""
    shared: list[str] = []
    changed: dict[str, list[str]] = {}
    removed: list[str] = []
    for entity_type in ENTITY_TYPES:
        rule = policy.rule_for(entity_type)
        kind = plain_words(entity_type)
        if rule.action is Action.KEEP:
            shared.append(kind)
        elif rule.action in (Action.MASK, Action.GENERALIZE):
            changed.setdefault(_how(rule), []).append(kind)
        elif kind == _NAMES and policy.keep_subject:
            removed.append("names of other people (family, partners, other clients)")
        else:
            removed.append(kind)
    topics = tuple(topic_words(t) for t in policy.withhold_topics)
    grouped = tuple((how, tuple(kinds)) for how, kinds in changed.items())
    return DisclosureScope(tuple(shared), grouped, tuple(removed), topics, policy.keep_subject)


__all__ = ["DisclosureScope", "disclosure_scope", "topic_words"]
