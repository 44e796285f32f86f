"""Policy decisions as a pure function: findings in, decided non-overlapping findings out.

Recall comes first: when spans overlap, the union is redacted, and a finding the policy keeps
never shields text that another finding says must go. When overlapping findings disagree on
type, the union gets the strictest action among them, because generalising or masking a span
that also holds a name would leave the name in place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from redact.detect.roles import AGENCY_ADDRESS_TYPES, NAME_LIKE, NO_ROLES, Roles
from redact.entities import GENERIC_TYPES
from redact.findings import ACTION_STRICTNESS, Action, Finding
from redact.policy.model import Policy

#: The source of name findings added by name propagation (`redact.detect.names`).
PROPAGATED = "name-propagation"
_PARTIAL_ACTIONS = frozenset({Action.GENERALIZE, Action.MASK})
_DATE_LIKE = frozenset({"DATE_TIME", "DATE_OF_BIRTH", "AGE"})
#: Types whose generalisation replaces the whole span ("5-May-2021" -> "2021"), so that
#: anything found inside the span ("May-2021" taken for a name) is gone with it.
_REWRITTEN_WHOLE = frozenset({"DATE_TIME", "DATE_OF_BIRTH"})


def kept_for_role(finding: Finding, policy: Policy, roles: Roles) -> bool:
    """True when the policy keeps the finding for its role: a professional's name under
    `professionals: keep`, the agency's own name or address under `agency: keep`."""
    if (
        policy.professionals == "keep"
        and finding.entity_type in NAME_LIKE
        and roles.is_professional(finding)
    ):
        return True
    return (
        policy.agency == "keep"
        and finding.entity_type in AGENCY_ADDRESS_TYPES
        and roles.is_agency(finding)
    )


def assign_actions(
    findings: Iterable[Finding], policy: Policy, roles: Roles = NO_ROLES
) -> list[Finding]:
    """Drop findings under the policy's threshold and give each the action its rule says
    (or `keep`, for the subject and for the roles the policy keeps)."""
    decided = []
    for finding in findings:
        if finding.score < policy.threshold and not finding.is_subject:
            continue
        if (finding.is_subject and policy.keep_subject) or kept_for_role(finding, policy, roles):
            action = Action.KEEP
        else:
            action = policy.rule_for(finding.entity_type).action
        decided.append(finding.with_action(action))
    return decided


def _partial_is_safe(cluster: Sequence[Finding], dominant: Finding) -> bool:
    """True when the dominant finding's action may stand for the whole cluster.

    Generalising rewrites only part of a span (the digits of an age). That is safe when the
    rest of the union is the same kind of thing or a date around it ("36-year-old" tagged
    as a date by NER), or lies inside a date that is rewritten whole; anything else in the
    union (a name, a place) could survive, so the cluster then gets the strictest action.
    """
    if dominant.action is not Action.GENERALIZE:
        return True  # the others replace the whole union, or all of it but the last digits
    rewrites_all = dominant.entity_type in _REWRITTEN_WHOLE
    return all(
        f.entity_type in {dominant.entity_type, *_DATE_LIKE}
        or (rewrites_all and dominant.start <= f.start and f.end <= dominant.end)
        for f in cluster
    )


def _strictest(actions: Iterable[Action]) -> Action:
    return min(actions, key=ACTION_STRICTNESS.index)


def _merge_cluster(cluster: Sequence[Finding]) -> Finding:
    if len(cluster) == 1:
        return cluster[0]
    # A name word found again by propagation inside a longer specific finding ("Celi" in
    # "Celi Street", "Apt" in an address) does not give the whole its type and person.
    dominant = max(
        cluster,
        key=lambda f: (
            f.entity_type not in GENERIC_TYPES, f.source != PROPAGATED, f.score, f.length, -f.start
        ),
    )  # fmt: skip
    start = min(f.start for f in cluster)
    end = max(f.end for f in cluster)
    action = dominant.action
    if not _partial_is_safe(cluster, dominant):
        action = _strictest(f.action for f in cluster)
        if action in _PARTIAL_ACTIONS:
            action = Action.PLACEHOLDER
    return Finding(
        start,
        end,
        dominant.entity_type,
        max(f.score for f in cluster),
        action,
        dominant.source,
        dominant.group,
        all(f.is_subject for f in cluster),
    )


def _clusters(findings: Sequence[Finding]) -> list[list[Finding]]:
    """Group findings into runs of transitively overlapping spans, in order of start."""
    clusters: list[list[Finding]] = []
    end = -1
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if clusters and finding.start < end:
            clusters[-1].append(finding)
            end = max(end, finding.end)
        else:
            clusters.append([finding])
            end = finding.end
    return clusters


def resolve_overlaps(findings: Sequence[Finding]) -> list[Finding]:
    """Sorted, non-overlapping findings; redactions win over keeps."""
    redacted = [
        _merge_cluster(c) for c in _clusters([f for f in findings if f.action != Action.KEEP])
    ]
    kept = [_merge_cluster(c) for c in _clusters([f for f in findings if f.action == Action.KEEP])]
    kept = [k for k in kept if not any(k.overlaps(r) for r in redacted)]
    return sorted(redacted + kept, key=lambda f: f.start)


def decide(findings: Iterable[Finding], policy: Policy, roles: Roles = NO_ROLES) -> list[Finding]:
    """Threshold, rules and overlap resolution in one call; `roles` are the professionals'
    names and the agency's own details found in the text (`redact.detect.roles`)."""
    return resolve_overlaps(assign_actions(findings, policy, roles))
