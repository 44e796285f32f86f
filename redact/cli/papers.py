"""The papers that go with a release but are not part of it: the client summary, the
letter to the court, and the request that the records be kept under seal.

Shared by `redact note` and `redact batch`. The summary and the letter are for the social
worker (the summary names the client), so they are refused inside the folder that goes to
the recipient, and written owner-only.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from redact.cli.common import fail
from redact.documents.atomic import write_text_atomic
from redact.policy.model import Policy
from redact.policy.requirements import ReleaseFields
from redact.release.client_summary import SummaryFacts, write_client_summary
from redact.release.court_letter import LetterFacts, court_letter
from redact.release.under_seal import SealRequest

UnderSealOption = Annotated[
    bool,
    typer.Option(
        help="Ask that the records be kept under seal (NASW 1.07(j)): a notice naming the "
        "authority in every released document, and a cover page. Needs --authority."
    ),
]
ClientSummaryOption = Annotated[
    Path | None,
    typer.Option(
        help="Write a plain-language summary to go through with the client before the "
        "disclosure (.html, else text): who receives what, why, what stays behind."
    ),
]
CourtLetterOption = Annotated[
    Path | None,
    typer.Option(
        help="Write a draft letter asking the court to withdraw or limit the order, from "
        "what this release holds, for the clinician to edit."
    ),
]


def seal_request(under_seal: bool, fields: ReleaseFields) -> SealRequest | None:
    """The seal request, or None; refused without an authority to name."""
    if not under_seal:
        return None
    if not (fields.authority or "").strip():
        raise fail("--under-seal needs --authority (the order the notice names)", 2)
    return SealRequest(fields.authority or "", fields.recipient, date.today())


def check_paper_paths(out: Path | None, *papers: Path | None) -> None:
    """Refuse a summary or letter inside the recipient's folder, before any work."""
    if out is None:
        return
    root = out.resolve()
    for paper in papers:
        if paper is not None and paper.resolve().is_relative_to(root):
            raise fail(
                f"{paper} is inside --out, which goes to the recipient; write it elsewhere", 2
            )


def write_summary(target: Path | None, facts: SummaryFacts) -> None:
    """The client summary, when asked for."""
    if target is not None:
        write_client_summary(target, facts)
        typer.echo(f"client summary: {target}", err=True)


def write_letter(target: Path | None, facts: LetterFacts) -> None:
    """The draft letter to the court, when asked for (owner-only: a draft, not a release)."""
    if target is not None:
        write_text_atomic(target, court_letter(facts), mode=0o600)
        typer.echo(f"draft letter to the court: {target}", err=True)


def client_name(subject: list[str] | None) -> str | None:
    """The client's own name for the summary: the first --subject given."""
    return subject[0] if subject else None


__all__ = [
    "ClientSummaryOption",
    "CourtLetterOption",
    "Policy",
    "UnderSealOption",
    "check_paper_paths",
    "client_name",
    "seal_request",
    "write_letter",
    "write_summary",
]
