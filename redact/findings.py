"""What detection found: offsets and a type, never the text.

A `Finding` travels through policy decisions, the transform, manifests and the release log.
It deliberately has no text field, so printing one, logging one or putting one in an
exception cannot leak what was found. Only the transform step slices the original text.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Action(StrEnum):
    """What a policy does with a finding."""

    REMOVE = "remove"  # replaced by an untyped marker: nothing about it survives
    PLACEHOLDER = "placeholder"  # replaced by its type: [PERSON]
    PSEUDONYM = "pseudonym"  # replaced by a keyed, consistent pseudonym: Person 7QX2
    GENERALIZE = "generalize"  # coarsened: a date to its year, an age to a band, a ZIP to 3 digits
    MASK = "mask"  # all but the last four characters hidden
    KEEP = "keep"  # left as it is (the subject of a client's own request, a public agency)


#: The entity type of a passage withheld for its topic (a whole sentence or paragraph).
WITHHELD = "WITHHELD"

#: Prefix of a mention group keyed by its person's fullest name (see
#: `redact.detect.names.key_groups`): the transform keys the group's pseudonym by it.
PERSON_KEY = "p:"

#: Strictness order, strictest first. An unknown entity type gets the strictest action.
ACTION_STRICTNESS: tuple[Action, ...] = (
    Action.REMOVE,
    Action.PLACEHOLDER,
    Action.PSEUDONYM,
    Action.MASK,
    Action.GENERALIZE,
    Action.KEEP,
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected span: offsets into the input, its type, a score, and the decided action.

    `group` ties mentions of one person together (a full name and its later first-name-only
    mentions) so that they share a pseudonym; it is a keyed digest, never the name itself.
    `source` names the recognizer, for evaluation and debugging, never the matched value.
    `withheld` is set on a whole passage withheld for its topics (entity type `WITHHELD`).
    """

    start: int
    end: int
    entity_type: str
    score: float
    action: Action = Action.REMOVE
    source: str = ""
    group: str = ""
    is_subject: bool = False
    withheld: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.start < 0 or self.end <= self.start:
            raise ValueError(f"invalid finding offsets {self.start}..{self.end}")

    @property
    def length(self) -> int:
        """Number of characters covered."""
        return self.end - self.start

    def overlaps(self, other: Finding) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def with_action(self, action: Action) -> Finding:
        """A copy with another action (findings are frozen)."""
        return Finding(
            self.start,
            self.end,
            self.entity_type,
            self.score,
            action,
            self.source,
            self.group,
            self.is_subject,
            self.withheld,
        )

    def to_dict(self) -> dict[str, object]:
        """The JSON form used by `redact note --format json` and manifests: no text."""
        data: dict[str, object] = {
            "start": self.start,
            "end": self.end,
            "entity_type": self.entity_type,
            "score": round(self.score, 3),
            "action": self.action.value,
        }
        if self.withheld:
            data["topics"] = list(self.withheld)
        return data
