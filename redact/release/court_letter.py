"""A draft letter asking a court to withdraw or limit its order (NASW 1.07(j)).

When a court orders disclosure without the client's consent and disclosure could harm the
client, a social worker should ask the court to withdraw the order, limit it as narrowly as
possible, or keep the records under seal. Clinicians rarely write such letters because they
start from a blank page; this one starts from what the release actually did: the recipient
and authority typed for it, the period asked for, the number of documents, the kinds of
information removed and the passages withheld. It names no person and quotes no record:
the clinician adds the client and the argument before sending.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from redact.policy.model import Policy
from redact.policy.requirements import ReleaseFields
from redact.release.disclosure_scope import disclosure_scope

#: The heading that marks the letter as a draft nobody should send unread.
DRAFT_MARK = "DRAFT FOR THE CLINICIAN TO EDIT BEFORE SENDING"


@dataclass(frozen=True)
class LetterFacts:
    """What the letter is built from: the policy, the release and what it released."""

    policy: Policy
    fields: ReleaseFields
    period: tuple[date | None, date | None] = (None, None)
    documents: int = 0
    under_seal: bool = False
    day: date | None = None


def _period(period: tuple[date | None, date | None]) -> str:
    start, end = period
    if start and end:
        return f"records dated from {start.isoformat()} to {end.isoformat()}"
    if start:
        return f"records dated from {start.isoformat()} on"
    if end:
        return f"records dated up to {end.isoformat()}"
    return "the records named in the order, with no narrower period asked for"


def court_letter(facts: LetterFacts) -> str:
    """The letter as plain text, with bracketed places for what only the clinician knows."""
    fields = facts.fields
    scope = disclosure_scope(facts.policy)
    recipient = fields.recipient or "[the court]"
    authority = fields.authority or "[the order or subpoena]"
    removed = "; ".join(scope.removed) or "nothing"
    changed = "; ".join(f"{', '.join(kinds)} ({how})" for how, kinds in scope.changed)
    topics = "; ".join(scope.withheld_topics)
    lines = [
        DRAFT_MARK,
        "",
        (facts.day or date.today()).isoformat(),
        "",
        f"To: {recipient}",
        f"Re: {authority}",
        "Client: [client's name or the court's reference]",
        "",
        f"Dear {recipient},",
        "",
        f"Our agency has received {authority}, which asks for confidential social-work "
        "records of a client who has not consented to their disclosure. Under standard "
        "1.07(j) of the NASW Code of Ethics we respectfully ask the court to withdraw the "
        "order or to limit it to the information the proceeding needs, because disclosure "
        "could harm the client: [reasons, in the clinician's words].",
        "",
        "So that the court can see how narrow a disclosure we propose, this is what we have "
        "prepared, and nothing more:",
        f"- {facts.documents} document(s) or table row(s): {_period(facts.period)};",
        f"- removed from every document: {removed};",
    ]
    if changed:
        lines.append(f"- shortened: {changed};")
    if topics:
        lines.append(f"- withheld as whole passages: {topics}.")
    if facts.under_seal:
        lines += [
            "",
            "Should the court require the records, we ask that they be maintained under "
            "seal and unavailable for public access; every document carries a notice to "
            "that effect.",
        ]
    lines += [
        "",
        "Respectfully,",
        "",
        "[Name, credentials]",
        "[Agency, address, telephone]",
    ]
    return "\n".join(lines) + "\n"


__all__ = ["DRAFT_MARK", "LetterFacts", "court_letter"]
