"""The release log's records: frozen, checked on construction, and free of document text.

None of these types has a field for text content. A document is known by its id, its
source name, the hashes of its input and output, and counts by entity type; a person by an
agency client id; a pseudonym key by its id. Checks fail closed and name fields, not values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from redact.errors import ReleaseLogError
from redact.release import checks
from redact.release.checks import ExtraValue

#: The previous hash of the first entry in a chain.
GENESIS_HASH = "0" * 64

#: An ordinary release: the outputs went out when it was logged (every entry before staging).
RELEASED = "released"
#: Outputs written and logged but not released: waiting for a reviewer's approval.
STAGED = "staged"
#: A reviewer's approval of a staged entry (`staged_id`): the release happens here.
APPROVED = "approved"
#: A reviewer's rejection of a staged entry (`staged_id`): nothing of it is released.
REJECTED = "rejected"
STAGES: tuple[str, ...] = (RELEASED, STAGED, APPROVED, REJECTED)
#: The stages that decide a staged entry; each staged entry is decided at most once.
SIGN_OFFS: tuple[str, ...] = (APPROVED, REJECTED)
#: The `extra` key under which an approval names the hash of the staged entry it releases.
STAGED_HASH = "staged_hash"


def _set(obj: object, name: str, value: object) -> None:
    object.__setattr__(obj, name, value)


@dataclass(frozen=True)
class DocumentRecord:
    """One released document: who it is and what was done, never what it says.

    `fingerprint` (optional) is a winnowed set of hashed word shingles of the *released*
    text (see `redact.release.fingerprint`), so a leaked copy can be traced; `subjects`
    (optional) maps agency client ids to how many of the document's rows are about each,
    for a table whose rows are about different clients.
    """

    doc_id: str
    source: str
    input_sha256: str
    output_sha256: str
    counts: Mapping[str, int]
    fingerprint: str | None = None
    subjects: Mapping[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        checks.text("doc_id", self.doc_id)
        checks.text("source", self.source)
        checks.sha256_hex("input_sha256", self.input_sha256)
        checks.sha256_hex("output_sha256", self.output_sha256)
        _set(self, "counts", checks.counts("counts", self.counts))
        _set(self, "fingerprint", checks.fingerprint("fingerprint", self.fingerprint))
        _set(self, "subjects", checks.counts("subjects", self.subjects))


@dataclass(frozen=True)
class ReleaseDraft:
    """What a command hands to the log: everything but the id, time and hashes."""

    actor: str
    purpose: str
    policy_name: str
    policy_sha256: str
    recipient: str | None
    authority: str | None
    subject_ref: str | None
    documents: tuple[DocumentRecord, ...]
    counts: Mapping[str, int]
    warnings: tuple[str, ...]
    tool_version: str
    model_name: str
    model_version: str
    key_id: str | None
    extra: Mapping[str, ExtraValue] = field(default_factory=dict)
    #: One of `STAGES` (see `redact.release.approval`).
    stage: str = RELEASED
    #: For an approval or rejection: the id of the staged entry it decides; None otherwise.
    staged_id: int | None = None

    def __post_init__(self) -> None:
        for name in (
            "actor",
            "purpose",
            "policy_name",
            "tool_version",
            "model_name",
            "model_version",
        ):
            checks.text(name, getattr(self, name))
        for name in ("recipient", "authority", "subject_ref", "key_id"):
            checks.optional_text(name, getattr(self, name))
        checks.sha256_hex("policy_sha256", self.policy_sha256)
        if isinstance(self.documents, str | bytes | Mapping) or not isinstance(
            self.documents, Iterable
        ):
            raise ReleaseLogError("field 'documents' must be a sequence of DocumentRecord")
        documents = tuple(self.documents)
        if not all(isinstance(doc, DocumentRecord) for doc in documents):
            raise ReleaseLogError("field 'documents' must contain only DocumentRecord")
        _set(self, "documents", documents)
        _set(self, "counts", checks.counts("counts", self.counts))
        _set(self, "warnings", checks.texts("warnings", self.warnings))
        _set(self, "extra", checks.extra("extra", self.extra))
        if self.stage not in STAGES:
            raise ReleaseLogError(f"field 'stage' must be one of {', '.join(STAGES)}")
        if self.stage in SIGN_OFFS:
            checks.positive_id("staged_id", self.staged_id)
        elif self.staged_id is not None:
            raise ReleaseLogError("field 'staged_id' is only for an approval or rejection")


@dataclass(frozen=True, kw_only=True)
class ReleaseEntry(ReleaseDraft):
    """A draft as the log holds it: numbered, timed, and chained to the entry before it.

    `entry_hash` is the SHA-256 of the canonical JSON of every other field, the document
    list, `time` and `prev_hash` included (see `redact.release.hashing`).
    """

    id: int
    time: str
    prev_hash: str
    entry_hash: str

    def __post_init__(self) -> None:
        super().__post_init__()
        checks.positive_id("id", self.id)
        checks.utc_time("time", self.time)
        checks.sha256_hex("prev_hash", self.prev_hash)
        checks.sha256_hex("entry_hash", self.entry_hash)


@dataclass(frozen=True)
class VerifyReport:
    """What `verify` found. `reason` names entry ids and what failed, never field values.

    `entries_after_head` is set when a head was given and found: how many entries were
    appended after that checkpoint.
    """

    ok: bool
    entries: int
    first_bad_id: int | None
    reason: str | None
    entries_after_head: int | None = None
    #: True when the chain was checked under the agency key, its end seal included.
    keyed: bool = False
