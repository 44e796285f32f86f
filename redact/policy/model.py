"""A purpose policy as typed data: what happens to each entity type, and what a release needs.

Policies fail closed: an unknown key, a bad action, or a known entity type without a rule is
an error at load time, never a silent default. A type we have never heard of (a new
recognizer, a user's custom one) gets the strictest action, `remove`.
"""

from __future__ import annotations

from difflib import get_close_matches
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from redact.entities import ENTITY_TYPES
from redact.findings import ACTION_STRICTNESS, Action
from redact.policy.columns import ColumnRules
from redact.topics.registry import TOPICS

ReleaseField = Literal["recipient", "authority", "subject_ref", "actor"]
#: What a policy does with professionals' names and with the agency's own name and address.
RoleChoice = Literal["keep", "remove"]


class Rule(BaseModel):
    """What to do with one entity type, with the parameters of its action."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    action: Action
    granularity: Literal["year", "month"] | None = None  # dates under `generalize`
    band: int | None = Field(default=None, ge=2, le=50)  # ages under `generalize`
    over: int | None = Field(default=None, ge=1, le=120)  # ages above this become "N+"
    keep_last: int = Field(default=4, ge=0, le=8)  # characters kept under `mask`


STRICTEST_RULE = Rule(action=ACTION_STRICTNESS[0])

#: A higher detection threshold than this lets most findings through: a policy must say so.
WEAK_THRESHOLD = 0.9


def weakened_warning(threshold: float) -> str:
    """The warning a release under a deliberately weakened policy carries (and logs)."""
    return (
        f"This policy sets a detection threshold of {threshold:g} (allow_weaker: true): "
        "findings scored below it are released as they are."
    )


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
    #: A threshold above `WEAK_THRESHOLD` releases most of what detection finds; only a
    #: policy that says so may set one, and its releases carry (and log) a warning.
    allow_weaker: bool = False
    #: `required`: a batch release under this policy is staged (written and logged, not
    #: released) until a reviewer signs it off with `redact approve`.
    approval: Literal["required", "optional"] = "optional"
    #: The person who staged a release may not be the one who approves it.
    two_person: bool = False
    #: The names of professionals acting in their role (a report's author in its signature
    #: block, the worker, the judge, a doctor): `keep` where the recipient must know who
    #: wrote or did what (a court, the next provider, the client), `remove` otherwise; then
    #: they follow the PERSON rule like anyone else. See `redact.detect.roles`.
    professionals: RoleChoice = "remove"
    #: The agency's own name and postal address on its letterhead, signature block and
    #: footer: `keep` where the recipient must know whose record it is, `remove` otherwise;
    #: then they follow the rules of their types. Its phone numbers follow PHONE_NUMBER.
    agency: RoleChoice = "remove"

    @model_validator(mode="before")
    @classmethod
    def _weakening_is_declared(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        threshold = data.get("threshold")
        if not isinstance(threshold, int | float) or threshold <= WEAK_THRESHOLD:
            return data
        if data.get("allow_weaker") is not True:
            raise ValueError(
                f"threshold {threshold:g} is above {WEAK_THRESHOLD:g} and would release most "
                "findings; set 'allow_weaker: true' if that is really meant"
            )
        warning = weakened_warning(float(threshold))
        warnings = list(data.get("warnings") or ())
        if warning not in warnings:
            data = {**data, "warnings": [*warnings, warning]}
        return data

    @model_validator(mode="after")
    def _rules_name_known_types(self) -> Policy:
        unknown = sorted(t for t in self.rules if t not in ENTITY_TYPES)
        if unknown:
            hints = []
            for name in unknown:
                close = get_close_matches(name, ENTITY_TYPES, n=1)
                hints.append(f"{name} (did you mean {close[0]}?)" if close else name)
            raise ValueError("rules for unknown entity types: " + ", ".join(hints))
        return self

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

    @property
    def keeps_roles(self) -> bool:
        """True when professionals or the agency's own details stay (roles must be found)."""
        return self.professionals == "keep" or self.agency == "keep"

    def acted_on_types(self) -> frozenset[str]:
        """Entity types this policy changes; detection can skip the rest."""
        return frozenset(t for t in ENTITY_TYPES if self.rule_for(t).action is not Action.KEEP)
