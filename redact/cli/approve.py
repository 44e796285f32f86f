"""`redact approve`: a reviewer signs off a staged batch release, and it is released.

Also the two small pieces `redact batch` needs for staging: whether a run is staged (asked
for with `--stage`, or required by the policy) and the one line that says so, with the
exact command that approves it.
"""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from redact import __version__
from redact.cli.common import (
    PackageOption,
    PasswordFileOption,
    configure_logging,
    default_actor,
    fail,
    handle_errors,
)
from redact.policy.model import Policy
from redact.release import describe, log_location, open_release_log
from redact.release.approval import Approver
from redact.release.location import log_exists
from redact.release.package import PackageRequest
from redact.release.sign_off import sign_off
from redact.release.staged_files import read_record

if TYPE_CHECKING:
    from pipelines.runner import BatchReport


def staging_requested(policy: Policy, stage: bool) -> bool:
    """A batch is staged when asked to be, or when its policy requires approval."""
    return stage or policy.approval == "required"


def staged_line(
    report: BatchReport,
    out: Path,
    policy: Policy,
    log: str | None,
    package: Path | None,
    password_file: Path | None,
) -> str:
    """The one stderr line of a staged batch: what waits where, and the approval command."""
    command = ["redact", "approve", str(out), "--reviewer", "NAME"]
    if log:
        command += ["--log", describe(log_location(log))]
    if package is not None:
        command += ["--package", str(package)]
        if password_file is not None:
            command += ["--password-file", str(password_file)]
    why = (
        f"policy {policy.name} requires sign-off"
        + (" by a second person" if policy.two_person else "")
        if policy.approval == "required"
        else "--stage"
    )
    return (
        f"redact: staged, awaiting approval ({why}): release #{report.release_id}, "
        f"{report.released} document(s) in {out}, failed {report.failed}, out of scope "
        f"{report.out_of_scope}; nothing is released until a reviewer checks "
        f"{report.review_page.name} and runs: {shlex.join(command)}"
    )


def staged_end(
    report: BatchReport,
    out: Path,
    policy: Policy,
    log: str | None,
    package: Path | None,
    password_file: Path | None,
) -> None:
    """End a staged batch: the staged line, and exit 1 if documents failed (as a release does)."""
    typer.echo(staged_line(report, out, policy, log, package, password_file), err=True)
    if report.failed:
        typer.echo(
            f"redact: {report.failed} document(s) failed; see {report.agency_manifest}", err=True
        )
        raise typer.Exit(1)


def _package_request(target: Path | None, password_file: Path | None) -> PackageRequest | None:
    """`redact batch`'s package options, read the same way (a password file, or typed)."""
    if target is None:
        return None
    from redact.cli.batch import _package

    return _package(target, password_file)


@handle_errors
def approve(
    out: Annotated[
        Path,
        typer.Argument(
            exists=True, file_okay=False, help="The staged batch's output folder (--out)."
        ),
    ],
    reviewer: Annotated[
        str, typer.Option("--reviewer", help="Who checked the release and signs it off.")
    ],
    log: Annotated[
        str | None,
        typer.Option(
            help="Release log the batch was staged in: a file or postgresql://... "
            "(default: $REDACT_LOG or the user data dir)."
        ),
    ] = None,
    package: PackageOption = None,
    password_file: PasswordFileOption = None,
    reject: Annotated[
        bool,
        typer.Option(
            "--reject",
            help="Reject the staged release instead: nothing is released and it no longer "
            "waits for approval (correct the request and stage it again).",
        ),
    ] = False,
) -> None:
    """Sign off a staged release: check its outputs are unchanged, log the approval, release.

    Refuses if any file in the folder was modified, added or removed since staging, if the
    release was already approved or rejected, or, under a two-person policy (two_person:
    true), if the reviewer is the person who staged it. With --package, seals the released
    files and the manifest as `redact batch --package` does. With --reject, logs that the
    reviewer rejected it: nothing is released.

    Example:
        redact approve out/request --reviewer "R. Okafor" --log records/release-log.sqlite3
    """
    configure_logging(False)
    if password_file is not None and package is None:
        raise fail("--password-file needs --package", 2)
    if reject and package is not None:
        raise fail("--reject releases nothing: it takes no --package", 2)
    read_record(out)  # no staged release: say so before asking for a password
    location = log_location(log)
    if not log_exists(location):
        raise fail(f"no release log at {location}", 2)
    request = _package_request(package, password_file)
    with open_release_log(location) as release_log:
        done = sign_off(
            out,
            release_log,
            Approver(reviewer, default_actor(None)),
            __version__,
            reject=reject,
            package=request,
        )
    staged, entry = done.staged, done.entry
    if reject:
        typer.echo(
            f"release #{entry.id}: staged release #{staged.id} rejected by {entry.actor}; "
            f"nothing was released. Delete {out}, correct the request and stage it again"
        )
        return
    sealed = f"; sealed in {package}" if package is not None else ""
    typer.echo(
        f"release #{entry.id}: staged release #{staged.id} ({len(staged.documents)} file(s) "
        f"in {out}) approved by {entry.actor} and released{sealed} · logged in "
        f"{describe(location)}"
    )
