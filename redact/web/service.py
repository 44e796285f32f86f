"""What the page does, without HTTP: list purposes, review a note, release it.

One Redactor per purpose is built on first use and kept for the life of the server, so the
model loads once and pseudonyms stay consistent across the notes of a session. Only the
built-in policies can be named from the page: a request never makes the server read a file.
Redaction and release run one at a time, because the spaCy pipeline is not shared safely
between threads and the release log is appended in order anyway.
"""

from __future__ import annotations

import base64
import binascii
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from redact.disclose import disclose_note
from redact.documents.docx_note import DocxNote, redact_docx_note
from redact.documents.pages import PagesOutcome, redact_pages
from redact.entities import label_for
from redact.errors import DocumentReadError, MissingReleaseFieldError, PolicyError, RedactError
from redact.findings import Action, Finding
from redact.policy.loader import builtin_names, load_policy
from redact.policy.requirements import ReleaseFields
from redact.redactor import Redactor
from redact.release import describe
from redact.release.under_seal import SealRequest, stamped
from redact.result import Overrides, RedactionResult
from redact.web.schemas import FileReleaseRequest, RedactRequest, ReleaseRequest
from redact.web.upload import FILE, PAGE_KINDS, check_pages, open_upload

RedactorFor = Callable[[str], Redactor]

#: How the page names the release fields in its messages.
FIELD_LABELS = {
    "recipient": "Recipient",
    "authority": "Legal authority",
    "subject_ref": "Client id",
    "actor": "Your name",
}

#: The media type of each kind of released file.
MEDIA_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "tif": "image/tiff",
    "tiff": "image/tiff",
}

#: Recorded in the release log, so an entry shows it came from a reviewed page.
RELEASE_CHANNEL = "redact serve"


def redactor_cache(model: str | None = None) -> RedactorFor:
    """A function giving the (cached) Redactor of a built-in purpose."""
    cache: dict[str, Redactor] = {}
    lock = threading.Lock()

    def get(purpose: str) -> Redactor:
        with lock:
            if purpose not in cache:
                cache[purpose] = Redactor(load_policy(purpose), model=model)
            return cache[purpose]

    return get


def overrides_of(request: RedactRequest) -> Overrides:
    """The clinician's corrections as the Redactor takes them."""
    return Overrides(keep=frozenset(request.keep), add=tuple(request.add))


def was_overridden(finding: Finding, overrides: Overrides, redactor: Redactor) -> bool:
    """True when the clinician kept a finding the policy would have changed."""
    if finding.action is not Action.KEEP or (finding.start, finding.end) not in overrides.keep:
        return False
    policy = redactor.policy
    by_policy = finding.is_subject and policy.keep_subject
    return not by_policy and policy.rule_for(finding.entity_type).action is not Action.KEEP


def override_counts(
    findings: Iterable[Finding], overrides: Overrides, redactor: Redactor
) -> dict[str, int]:
    """Release-log facts: how many findings were kept and spans added, by type. No text."""
    kept = Counter(f.entity_type for f in findings if was_overridden(f, overrides, redactor))
    added = Counter(entity_type for _, _, entity_type in overrides.add)
    counts = {f"override_kept:{t}": n for t, n in kept.items()}
    counts.update({f"override_added:{t}": n for t, n in added.items()})
    return dict(sorted(counts.items()))


def _origin(finding: Finding, overrides: Overrides, redactor: Redactor) -> str:
    """How a finding came to be: added or kept by the clinician, withheld, or detected."""
    if finding.withheld:
        return "withheld"  # a passage the policy withholds for its topic: not overridable here
    if finding.source == "override":
        return "added"
    if was_overridden(finding, overrides, redactor):
        return "kept"
    return "detected"


def review_payload(
    result: RedactionResult, overrides: Overrides, redactor: Redactor
) -> dict[str, object]:
    """The page's view of a result: output text, findings placed in both texts, warnings."""
    findings = [
        {
            "start": placed.finding.start,
            "end": placed.finding.end,
            "entity_type": placed.finding.entity_type,
            "label": label_for(placed.finding.entity_type),
            "action": placed.finding.action.value,
            "origin": _origin(placed.finding, overrides, redactor),
            "topics": list(placed.finding.withheld),
            "out_start": placed.out_start,
            "out_end": placed.out_end,
        }
        for placed in result.placed
    ]
    return {
        "text": result.text,
        "findings": findings,
        "warnings": list(result.warnings),
        "counts": result.counts,
    }


def purpose_summary(name: str) -> dict[str, object]:
    """A built-in purpose as the page lists it."""
    policy = load_policy(name).policy
    return {
        "name": policy.name,
        "title": policy.title,
        "description": " ".join(policy.description.split()),
        "required_fields": list(policy.required_fields),
        "keep_subject": policy.keep_subject,
        "warnings": list(policy.warnings),
    }


def check_fields(redactor: Redactor, fields: ReleaseFields) -> None:
    """Refuse a release missing the purpose's required fields, naming them as the page does."""
    missing = [
        FIELD_LABELS[name]
        for name in redactor.policy.required_fields
        if not (getattr(fields, name) or "").strip()
    ]
    if missing:
        raise MissingReleaseFieldError(
            f"purpose '{redactor.policy.name}' requires: {', '.join(missing)}"
        )


def _blank_to_none(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


class ReviewService:
    """The page's operations over a release log and a cache of Redactors."""

    def __init__(self, log_path: Path, redactor_for: RedactorFor) -> None:
        self.log_path = log_path
        self._redactor_for = redactor_for
        self._lock = threading.Lock()

    def redactor(self, purpose: str) -> Redactor:
        """The Redactor of a built-in purpose; any other name is refused."""
        if purpose not in builtin_names():
            raise PolicyError(f"unknown purpose; built-in purposes: {', '.join(builtin_names())}")
        return self._redactor_for(purpose)

    def purposes(self) -> list[dict[str, object]]:
        """Every built-in purpose with its description and required fields."""
        return [purpose_summary(name) for name in builtin_names()]

    def review(self, request: RedactRequest) -> dict[str, object]:
        """Redact a note with the clinician's corrections; nothing is stored."""
        overrides = overrides_of(request)
        with self._lock:
            redactor = self.redactor(request.purpose)
            result = redactor.redact(request.text, request.subject, overrides)
        return review_payload(result, overrides, redactor)

    def release(self, request: ReleaseRequest) -> dict[str, object]:
        """Log the release (hashes and counts, with override counts), then return the text."""
        overrides = overrides_of(request)
        with self._lock:
            redactor = self.redactor(request.purpose)
            fields = _fields_of(request)
            check_fields(redactor, fields)
            preview = redactor.redact(request.text, request.subject, overrides)
            return self._disclose(request, redactor, fields, overrides, preview)

    def release_file(self, request: FileReleaseRequest) -> dict[str, object]:
        """Release a .docx, PDF or scan as a redacted file of its kind, with the text.

        The file is read again (a .docx first in a child process with a time limit; a PDF
        or scan, whose pages are counted first, once, as it is redacted) and must give the
        very text that was reviewed. It is redacted with the person's corrections and built
        (and, for pages, read back and verified) before anything is logged; the answer
        carries the file as base64.
        """
        try:
            data = base64.b64decode(request.file, validate=True)
        except (binascii.Error, ValueError):
            raise DocumentReadError(f"cannot read {FILE}: the file was not sent whole") from None
        if request.kind in PAGE_KINDS:
            check_pages(request.kind, data)  # read once, below; its text is compared there
        elif open_upload(request.kind, data).text != request.text:
            raise DocumentReadError(
                f"cannot release {FILE}: the note was changed after the file was opened "
                "(release it as text, or open the file again)"
            )
        overrides = overrides_of(request)
        with self._lock:
            redactor = self.redactor(request.purpose)
            fields = _fields_of(request)
            check_fields(redactor, fields)

            def run(text: str) -> RedactionResult:
                return redactor.redact(text, request.subject, overrides)

            made: DocxNote | PagesOutcome
            if request.kind == "docx":
                made = redact_docx_note(data, FILE, run)
            else:
                made = redact_pages(data, FILE, f".{request.kind}", run)
            if made.original != request.text:
                raise DocumentReadError(
                    f"cannot release {FILE}: the note was changed after the file was opened "
                    "(release it as text, or open the file again)"
                )
            payload = self._disclose(request, redactor, fields, overrides, made.result)
        if payload["text"] != made.result.text:
            raise RedactError("the redaction changed between two runs; nothing handed over")
        seal = _seal(request.under_seal, fields)
        output = (
            stamped(FILE + "." + request.kind, made.output, seal) if seal else None
        ) or made.output
        payload["file"] = base64.b64encode(output).decode("ascii")
        payload["kind"] = request.kind
        payload["media_type"] = MEDIA_TYPES[request.kind]
        payload["note"] = made.note
        return payload

    def _disclose(
        self,
        request: ReleaseRequest,
        redactor: Redactor,
        fields: ReleaseFields,
        overrides: Overrides,
        preview: RedactionResult,
    ) -> dict[str, object]:
        """Append the release to the log and give the page's view of it (caller holds the lock)."""
        seal = _seal(request.under_seal, fields)
        extra: dict[str, str | int | bool | None] = {"channel": RELEASE_CHANNEL}
        extra.update(override_counts(preview.findings, overrides, redactor))
        if seal is not None:
            extra["under_seal"] = True
        disclosure = disclose_note(
            request.text,
            source="web-page",
            redactor=redactor,
            fields=fields,
            log_path=self.log_path,
            subject=request.subject,
            overrides=overrides,
            extra=extra,
        )
        payload = review_payload(disclosure.result, overrides, redactor)
        payload["release_id"] = disclosure.entry.id
        payload["log_path"] = describe(self.log_path)  # a database URL without its password
        payload["overrides"] = {k: v for k, v in extra.items() if k.startswith("override_")}
        payload["notice"] = seal.text() + "\n" if seal is not None else ""
        return payload


def _seal(under_seal: bool, fields: ReleaseFields) -> SealRequest | None:
    """The under-seal notice's request; it names the authority, so one must be given."""
    if not under_seal:
        return None
    if not fields.authority:
        raise MissingReleaseFieldError(f"under seal requires: {FIELD_LABELS['authority']}")
    return SealRequest(fields.authority, fields.recipient, date.today())


def _fields_of(request: ReleaseRequest) -> ReleaseFields:
    return ReleaseFields(
        actor=request.actor.strip(),
        recipient=_blank_to_none(request.recipient),
        authority=_blank_to_none(request.authority),
        subject_ref=_blank_to_none(request.subject_ref),
    )
