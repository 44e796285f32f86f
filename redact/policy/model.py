"""A purpose policy as typed data: what happens to each entity type, and what a release needs.

Policies fail closed: an unknown key, a bad action, or a known entity type without a rule is
an error at load time, never a silent default. A type we have never heard of (a new
recognizer, a user's custom one) gets the strictest action, `remove`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from redact.entities import ENTITY_TYPES
from redact.findings import ACTION_STRICTNESS, Action
from redact.policy.columns import ColumnRules
from redact.topics.registry import TOPICS

ReleaseField = Literal["recipient", "authority", "subject_ref", "actor"]


class Rule(BaseModel):
    """What to do with one entity type, with the parameters of its action."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    action: Action
    granularity: Literal["year", "month"] | None = None  # dates under `generalize`
    band: int | None = Field(default=None, ge=2, le=50)  # ages under `generalize`
    over: int | None = Field(default=None, ge=1, le=120)  # ages above this become "N+"
    keep_last: int = Field(default=4, ge=0, le=8)  # characters kept under `mask`


STRICTEST_RULE = Rule(action=ACTION_STRICTNESS[0])


class Policy(BaseModel):
    """A minimum-necessary policy for one purpose of disclosure."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    version: int = Field(ge=1)
    title: str
    description: str
    threshold: float = Field(ge=0.0, le=1.0)
    keep_subject: bool
    required_fields: tuple[ReleaseField, ...] = ()
    rules: dict[str, Rule]
    other_types: Rule | None = None
    warnings: tuple[str, ...] = ()
    withhold_topics: tuple[str, ...]
    topic_markers: Literal["named", "unnamed"] = "named"
    risk_report: bool = False
    refuse_high_risk: bool = False
    #: Strict detection for texts that may become public: every capitalised word that is not
    #: a common English word is taken as identifying, titles go with names, and demographic
    #: details (jobs, marital status, family size) are found. Costs readability.
    strict_capitalised: bool = False
    #: What table columns of each kind become (see `redact.policy.columns`). Without the
    #: section, the strictest: identifier columns dropped, unknown columns refused.
    columns: ColumnRules = ColumnRules()

    @model_validator(mode="after")
    def _every_type_has_a_rule(self) -> Policy:
        missing = [t for t in ENTITY_TYPES if t not in self.rules]
        if missing and self.other_types is None:
            raise ValueError(
                "no rule for entity types: " + ", ".join(missing) + " (add rules or 'other_types')"
            )
        return self

    @model_validator(mode="after")
    def _topics_exist(self) -> Policy:
        unknown = [t for t in self.withhold_topics if t not in TOPICS]
        if unknown:
            raise ValueError(
                f"unknown topics: {', '.join(unknown)} (known: {', '.join(sorted(TOPICS))})"
            )
        return self

    def rule_for(self, entity_type: str) -> Rule:
        """The rule for a type: its own, else `other_types` for known types, else the strictest."""
        rule = self.rules.get(entity_type)
        if rule is not None:
            return rule
        if entity_type in ENTITY_TYPES and self.other_types is not None:
            return self.other_types
        return STRICTEST_RULE

    def acted_on_types(self) -> frozenset[str]:
        """Entity types this policy changes; detection can skip the rest."""
        return frozenset(t for t in ENTITY_TYPES if self.rule_for(t).action is not Action.KEEP)
