"""Policy decisions as a pure function: findings in, decided non-overlapping findings out.

Recall comes first: when spans overlap, the union is redacted, and a finding the policy keeps
never shields text that another finding says must go. When overlapping findings disagree on
type, the union gets the strictest action among them, because generalising or masking a span
that also holds a name would leave the name in place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from redact.detect.roles import AGENCY_ADDRESS_TYPES, NAME_LIKE, NO_ROLES, Roles
from redact.entities import GENERIC_TYPES, NAME_TYPES
from redact.findings import ACTION_STRICTNESS, Action, Finding
from redact.policy.contacts import drop_third_party_contacts
from redact.policy.model import Policy
from redact.policy.number_owners import drop_third_party_numbers

#: The source of name findings added by name propagation (`redact.detect.names`).
PROPAGATED = "name-propagation"
_PARTIAL_ACTIONS = frozenset({Action.GENERALIZE, Action.MASK})
_DATE_LIKE = frozenset({"DATE_TIME", "DATE_OF_BIRTH", "AGE"})
#: Types whose generalisation replaces the whole span ("5-May-2021" -> "2021"), so that
#: anything found inside the span ("May-2021" taken for a name) is gone with it.
_REWRITTEN_WHOLE = frozenset({"DATE_TIME", "DATE_OF_BIRTH"})
#: What `agency: keep` may keep of the agency's own lines. A school or an employer named
#: there still goes where the policy's rule says so: it is where someone studies or works
#: (the school that writes about its pupil, the HR office that writes about its employee),
#: and it locates that person as surely as in the body.
_AGENCY_KEPT = AGENCY_ADDRESS_TYPES - {"SCHOOL", "EMPLOYER"}


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
        policy.agency == "keep" and finding.entity_type in _AGENCY_KEPT and roles.is_agency(finding)
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


#: The parts of an address that a whole street address found over them speaks for.
_ADDRESS_PARTS = frozenset({"ZIP_CODE", "LOCATION"})


def _whole_address(cluster: Sequence[Finding], dominant: Finding, start: int, end: int) -> Finding:
    """The street address that covers the whole cluster, over its ZIP code or town: the
    recipient of "[ZIP]" for "5520 W 95th St, Oak Lawn IL 60453" is told the wrong thing,
    and a ZIP code's generalisation would leave the street."""
    if dominant.entity_type not in _ADDRESS_PARTS:
        return dominant
    for finding in cluster:
        if (
            finding.entity_type == "STREET_ADDRESS"
            and (finding.start, finding.end) == (start, end)
            and finding.action is not Action.KEEP
        ):
            return finding
    return dominant


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
    dominant = _whole_address(cluster, dominant, start, end)
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


def decide(
    findings: Iterable[Finding], policy: Policy, roles: Roles = NO_ROLES, text: str = ""
) -> list[Finding]:
    """Threshold, rules and overlap resolution in one call; `roles` are the professionals'
    names and the agency's own details found in the text (`redact.detect.roles`). With the
    `text`, a kept contact detail of someone whose name goes goes too
    (`drop_third_party_contacts`), and so does a number shortened for the subject's sake
    that the text gives to someone else (`drop_third_party_numbers`)."""
    assigned = assign_actions(findings, policy, roles)
    # a policy that keeps everyone's name (duty-to-warn: the person threatened must be
    # found) keeps their contact details and numbers too
    others_go = policy.rule_for("PERSON").action is not Action.KEEP
    if text and others_go:
        assigned = drop_third_party_contacts(text, assigned)
    if text and others_go and policy.keep_subject:
        assigned = drop_third_party_numbers(text, assigned)
    return resolve_overlaps(assigned)


#: A courtesy, academic or clerical title right before a name ("Mrs. ", "mr ", "Dr. ",
#: "Rev. "): part of how the person is addressed, not a job the record describes. "Mrs."
#: says sex and marital status, "Dr." that few people in a small place are meant.
_HONORIFIC = (
    r"(?:Mrs|Mr|Ms|Mx|Miss|Mister|Messrs|Mmes?|Mme|Sir|Dame"
    r"|Dr|Drs|Doctor|Prof|Professor|Rev|Revd|Reverend)\.?[ \t]+"
)
#: One title, or a couple's ("Mr. and Mrs. Hollis").
_HONORIFIC_BEFORE = re.compile(
    rf"(?<![\w.])(?:{_HONORIFIC}(?:and|&)[ \t]+)?{_HONORIFIC}$", re.IGNORECASE
)
_HONORIFIC_REACH = 24


def take_honorifics(text: str, decided: Sequence[Finding]) -> list[Finding]:
    """Removed names widened over the courtesy title before them: "Mrs. Lindqvist" goes
    whole.

    The title recognizer leaves titles outside its spans so that a kept name reads as
    written; a name that goes takes its "Mr."/"Ms."/"Dr." with it, since "Ms. [PERSON]"
    still says a woman was meant (a neighbour, a foster mother) and "Dr. [PERSON]" narrows
    the town's doctors to a few; annotators mostly count the title as part of the name, so a
    title left behind is a partial removal. Role words ("Judge", "Nurse", "Officer",
    "Aunt") stay: they say what part the person had in the case, which the reader needs.
    `decided` is sorted and non-overlapping (`decide`); a title another finding holds is left
    alone.
    """
    widened: list[Finding] = []
    for finding in decided:
        if finding.entity_type in NAME_TYPES and finding.action is not Action.KEEP:
            lo = max(0, finding.start - _HONORIFIC_REACH)
            if widened:
                lo = max(lo, widened[-1].end)
            title = _HONORIFIC_BEFORE.search(text, lo, finding.start)
            if title is not None:
                finding = replace(finding, start=title.start())
        widened.append(finding)
    return widened
