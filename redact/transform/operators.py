"""Turning one finding into its replacement text, by action.

Presidio's anonymizer supplies the masking operator; placeholders, pseudonyms and
generalisation are ours because they need the policy's parameters and the release key.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from redact.entities import label_for
from redact.findings import Action, Finding
from redact.policy.model import Policy
from redact.topics.withhold import WithheldPassage, passage_marker
from redact.transform.ages import generalize_age
from redact.transform.dates import generalize_date
from redact.transform.pseudonym import ReleaseKey
from redact.transform.zip3 import generalize_zip

if TYPE_CHECKING:
    from presidio_anonymizer.operators import Mask

REMOVED = "[REDACTED]"


@cache
def _mask_operator() -> Mask:
    """Presidio's mask operator, imported on first use: importing the anonymizer imports
    the analyzer and spaCy, a second that a batch's parent process never needs."""
    from presidio_anonymizer.operators import Mask

    return Mask()


def placeholder(entity_type: str) -> str:
    """`[PERSON]`, `[DATE]`...: the type survives, the value does not."""
    return f"[{label_for(entity_type)}]"


def mask(original: str, keep_last: int) -> str:
    """All but the last `keep_last` characters replaced by `*` (Presidio's mask operator)."""
    hidden = max(len(original) - keep_last, 0)
    if hidden == 0:
        return "*" * len(original)
    masked: str = _mask_operator().operate(
        original, {"masking_char": "*", "chars_to_mask": hidden, "from_end": False}
    )
    return masked


def generalize(entity_type: str, original: str, policy: Policy) -> str:
    """Coarsen a date, date of birth, age or ZIP; other types fall back to a placeholder."""
    rule = policy.rule_for(entity_type)
    if entity_type in {"DATE_TIME", "DATE_OF_BIRTH"}:
        return generalize_date(original, rule.granularity or "year")
    if entity_type == "AGE":
        return generalize_age(original, rule.band, rule.over)
    if entity_type == "ZIP_CODE":
        return generalize_zip(original)
    return placeholder(entity_type)


def replacement(
    finding: Finding, original: str, canonical: str, policy: Policy, key: ReleaseKey
) -> str:
    """The text that stands in the output for `finding` (whose input text is `original`)."""
    action = finding.action
    if finding.withheld:
        passage = WithheldPassage(
            finding.start, finding.end, finding.withheld[0], finding.withheld[1:]
        )
        return passage_marker(passage, named=policy.topic_markers == "named")
    if action is Action.KEEP:
        return original
    if action is Action.REMOVE:
        return REMOVED
    if action is Action.PLACEHOLDER:
        return placeholder(finding.entity_type)
    if action is Action.PSEUDONYM:
        return key.pseudonym(finding.entity_type, canonical)
    if action is Action.MASK:
        return mask(original, policy.rule_for(finding.entity_type).keep_last)
    return generalize(finding.entity_type, original, policy)
