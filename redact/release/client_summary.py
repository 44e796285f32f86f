"""The page a social worker goes through with a client before a disclosure (NASW 1.07).

Standard 1.07 asks social workers to discuss with clients the possible implications of a
disclosure before it is made. This page holds what that conversation needs, in plain
words: who will receive the records, for what purpose and under what authority, which kinds
of information go and which stay behind, and what the recipient may do with them.

It is built from the policy and the release fields, never from the records: the only name
on it is the client's own (the first `--subject`), so it can be printed and handed over.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from redact.documents.atomic import write_text_atomic
from redact.entities import plain_words
from redact.policy.model import Policy
from redact.policy.requirements import ReleaseFields
from redact.release.disclosure_scope import DisclosureScope, disclosure_scope

#: 45 CFR 164.508(c)(2)(iii): an authorisation must say that what is disclosed may be
#: re-disclosed by the recipient and no longer be protected by the Privacy Rule.
REDISCLOSURE = (
    "Once the records are shared, the recipient may be able to share them again, and federal "
    "health privacy law may no longer protect them, unless another law forbids it."
)

#: 42 CFR 2.32: the notice that accompanies a disclosure of substance use treatment records.
PART2_NOTICE = (
    "If these records include information from a substance use disorder treatment program, "
    "federal rules (42 CFR Part 2) forbid the recipient to use or share that information "
    "further without your written consent, except where those rules allow it, and forbid "
    "its use to investigate or prosecute you for a crime."
)

_SUBSTANCE_USE = "substance_use"


@dataclass(frozen=True)
class SummaryFacts:
    """What the page says: the policy, the release fields, the client's name, the period."""

    policy: Policy
    fields: ReleaseFields
    client_name: str | None = None
    period: tuple[date | None, date | None] = (None, None)
    #: Items removed or changed by kind, once the records have been redacted.
    counts: Mapping[str, int] = field(default_factory=dict)
    documents: int | None = None


@dataclass(frozen=True)
class _Section:
    heading: str
    lines: tuple[str, ...]


def _period(period: tuple[date | None, date | None]) -> str | None:
    start, end = period
    if start and end:
        return f"Only records dated from {start.isoformat()} to {end.isoformat()}."
    if start:
        return f"Only records dated from {start.isoformat()} on."
    if end:
        return f"Only records dated up to {end.isoformat()}."
    return None


def _what_goes(facts: SummaryFacts, scope: DisclosureScope) -> tuple[str, ...]:
    lines = ["Your name stays on the records." if scope.keeps_subject else
             "Your name is taken out of the records."]  # fmt: skip
    if facts.documents is not None:
        lines.append(f"Number of documents: {facts.documents}.")
    period = _period(facts.period)
    if period:
        lines.append(period)
    if scope.shared:
        lines.append(f"Shared as written: {', '.join(scope.shared)}.")
    lines += [f"Shared in part, {how}: {', '.join(kinds)}." for how, kinds in scope.changed]
    return tuple(lines)


def _what_stays(facts: SummaryFacts, scope: DisclosureScope) -> tuple[str, ...]:
    lines = [f"Taken out: {'; '.join(scope.removed)}."] if scope.removed else []
    if scope.withheld_topics:
        topics = "; ".join(scope.withheld_topics)
        lines.append(f"Left out entirely, as whole passages: {topics}.")
    if facts.counts:
        counted = ", ".join(f"{plain_words(k)} {n}" for k, n in sorted(facts.counts.items()))
        lines.append(f"In these records that meant these changes: {counted}.")
    return tuple(lines)


def _after(policy: Policy) -> tuple[str, ...]:
    lines = [REDISCLOSURE]
    if _SUBSTANCE_USE not in policy.withhold_topics:
        lines.append(PART2_NOTICE)
    lines.append(
        "You can ask questions, ask for less to be shared, and ask later for a list of "
        "every disclosure of your records (an accounting of disclosures). Where you gave "
        "consent, you can take it back in writing for anything not yet shared."
    )
    return tuple(lines)


def _sections(facts: SummaryFacts) -> list[_Section]:
    policy, fields = facts.policy, facts.fields
    scope = disclosure_scope(policy)
    who = (
        f"Who will receive the records: {fields.recipient or 'not yet named'}.",
        f"Why: {policy.title}.",
        f"On what authority: {fields.authority or 'not yet named'}.",
    )
    return [
        _Section("Who will receive what, and why", who),
        _Section("What will be shared", _what_goes(facts, scope)),
        _Section("What will not be shared", _what_stays(facts, scope)),
        _Section("After the records are shared", _after(policy)),
    ]


def _title(facts: SummaryFacts) -> str:
    name = (facts.client_name or "").strip()
    return f"Sharing your records: a summary for {name}" if name else "Sharing your records"


def summary_text(facts: SummaryFacts) -> str:
    """The summary as plain text."""
    parts = [_title(facts), ""]
    for section in _sections(facts):
        parts += [section.heading, *(f"- {line}" for line in section.lines), ""]
    parts.append("Questions to talk through: Is anything here you do not want shared? "
                 "Who else might see it once it is sent?")  # fmt: skip
    return "\n".join(parts) + "\n"


def summary_html(facts: SummaryFacts) -> str:
    """The summary as one self-contained HTML page (no scripts, no external assets)."""
    title = html.escape(_title(facts))
    body = [f"<h1>{title}</h1>"]
    for section in _sections(facts):
        items = "".join(f"<li>{html.escape(line)}</li>" for line in section.lines)
        body.append(f"<h2>{html.escape(section.heading)}</h2><ul>{items}</ul>")
    body.append(
        "<h2>Questions to talk through</h2><ul><li>Is anything here you do not want "
        "shared?</li><li>Who else might see it once it is sent?</li></ul>"
    )
    style = (
        "body{font:16px/1.5 system-ui,sans-serif;max-width:42em;margin:2em auto;padding:0 1em}"
        "h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.5em}"
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{style}</style></head><body>"
        + "".join(body)
        + "</body></html>\n"
    )


def write_client_summary(target: Path, facts: SummaryFacts) -> None:
    """The summary at `target`: HTML for .html/.htm, else text; owner-only (it names the
    client)."""
    html_page = target.suffix.lower() in {".html", ".htm"}
    text = summary_html(facts) if html_page else summary_text(facts)
    write_text_atomic(target, text, mode=0o600)


__all__ = [
    "PART2_NOTICE",
    "REDISCLOSURE",
    "SummaryFacts",
    "summary_html",
    "summary_text",
    "write_client_summary",
]
