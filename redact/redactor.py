"""The Redactor: detect -> decide -> transform, for one note or a stream of them.

The single-note path is a stream of one. The Redactor owns what is costly to build (the
model, the analyzer) and the release key, so every text it redacts belongs to one release
and shares its pseudonyms.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from redact.corrections import NO_CORRECTIONS, Corrections
from redact.detect.address_names import ADDRESS_TYPE
from redact.detect.detector import DEFAULT_BATCH_SIZE, Detector
from redact.detect.lexicon import ReleaseNames, gather_names
from redact.detect.roles import NO_ROLES, RoleMemory, find_roles
from redact.detect.short_forms import subject_short_forms
from redact.detect.subject_numbers import subject_numbers
from redact.findings import Action, Finding
from redact.policy.contacts import CONTACT_TYPES
from redact.policy.decide import decide, take_honorifics
from redact.policy.loader import LoadedPolicy, load_policy
from redact.policy.model import Policy
from redact.policy.number_owners import PERSONAL_NUMBER_TYPES
from redact.policy.passages import merge_passages, passage_findings
from redact.result import NO_OVERRIDES, Overrides, RedactionResult, Subject, subject_names
from redact.risk.assess import assess_risk
from redact.topics.base import TopicContext
from redact.topics.withhold import PART2_NOTICE, find_withheld, needs_part2_notice
from redact.transform.ages import keep_unchanged_ages
from redact.transform.apply import apply_findings
from redact.transform.operators import keep_unchanged_dates
from redact.transform.pseudonym import ReleaseKey

PART2_WARNING = (
    "This release keeps substance use disorder treatment information protected by 42 CFR "
    "Part 2; the notice prohibiting re-disclosure was appended."
)
NO_SUBJECT_WARNING = (
    "This policy keeps the subject of the request, but no subject was given: every name "
    "was treated as a third party."
)


#: Found whatever the policy does with it (see `Redactor.__init__`).
MEMBER_TYPE = "MEMBER_ID"


class Redactor:
    """Redacts texts under one purpose policy, as one release."""

    def __init__(
        self,
        policy: str | Path | LoadedPolicy = "social-media",
        model: str | None = None,
        key: ReleaseKey | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        release_names: ReleaseNames | None = None,
        corrections: Corrections = NO_CORRECTIONS,
    ) -> None:
        self.loaded = policy if isinstance(policy, LoadedPolicy) else load_policy(policy)
        self.key = key if key is not None else ReleaseKey.generate()
        # A policy that keeps the subject keeps contact details for the subject's sake; they
        # are still found, so that a third party's go with their name (`decide`).
        # An address is found where the policy keeps it too: the street and town inside it
        # are then not taken for a person's name (`names_out_of_addresses`). So is a member
        # id: the subject's Medicare or ADAP number kept for the next provider is otherwise
        # read as a bare code, a case number, and removed with the agency's own.
        # Her own numbers kept whole or in part are found for the same reason: a mother's
        # SSN or birth date on the client's form goes whole (`drop_third_party_numbers`).
        wanted = (
            self.policy.acted_on_types()
            | (CONTACT_TYPES | PERSONAL_NUMBER_TYPES if self.policy.keep_subject else set())
            | {ADDRESS_TYPE, MEMBER_TYPE}
        )
        date_action = self.policy.rule_for("DATE_TIME").action
        self.detector = Detector(
            model,
            wanted,
            batch_size,
            strict=self.policy.strict_capitalised,
            durations_are_dates=date_action not in (Action.GENERALIZE, Action.KEEP),
        )
        if release_names is not None:  # names gathered from every document of the release
            self.detector.release_names = release_names
        self._given_names = self.detector.release_names
        #: Terms kept or redacted in every text of this release (`redact.corrections`).
        self.corrections = corrections
        self.roles = RoleMemory()  # professionals and parties known so far in the release

    def start_release(self, texts: Iterable[str] | None = None) -> None:
        """Forget who was staff and who was a party in the texts redacted so far: what comes
        next is another release (an evaluation corpus of many requests), where a name signed
        by a worker in one request says nothing of the same name in another.

        `texts`, the whole release's texts, are read first for the people they name
        (`redact.detect.lexicon.gather_names`, the batch runner's first pass): "Tiko" after
        "her boyfriend" in one note is then found as "tiko" in another, and "Teddy" gets
        Theodora's pseudonym in a note that never writes her full name. Without texts, the
        names given to the constructor (if any) stand for the release.
        """
        self.roles = RoleMemory()
        self.detector.release_names = (
            gather_names(texts) if texts is not None else self._given_names
        )

    @property
    def policy(self) -> Policy:
        """The validated policy in force."""
        return self.loaded.policy

    @property
    def model_name(self) -> str:
        """Name of the spaCy model in use."""
        return self.detector.model_name

    @property
    def model_version(self) -> str:
        """Version of the spaCy model in use."""
        return self.detector.model_version

    def redact(
        self, text: str, subject: Subject = None, overrides: Overrides = NO_OVERRIDES
    ) -> RedactionResult:
        """Redact one text; `subject` names the person the release is about.

        `overrides` carries a person's corrections (kept false positives, added misses), as
        made on the clinicians' page.
        """
        detection = next(self.detector.detect_stream([(text, subject_names(subject))]))
        return self._finish(detection.text, detection.subject, detection.findings, overrides)

    def redact_many(
        self, texts: Iterable[str], subject: Subject = None
    ) -> Iterator[RedactionResult]:
        """Redact a stream of texts about one subject; one result per input, in order."""
        names = subject_names(subject)
        return self.redact_pairs((text, names) for text in texts)

    def redact_pairs(self, items: Iterable[tuple[str, Sequence[str]]]) -> Iterator[RedactionResult]:
        """Redact (text, subject names) pairs, each with its own subject, in order."""
        for detection in self.detector.detect_stream(items):
            yield self._finish(detection.text, detection.subject, detection.findings)

    def _finish(
        self,
        text: str,
        names: Sequence[str],
        findings: list[Finding],
        overrides: Overrides = NO_OVERRIDES,
    ) -> RedactionResult:
        policy = self.policy
        roles = (
            find_roles(text, findings, policy.professionals == "keep", policy.agency == "keep",
                       self.roles)
            if policy.keeps_roles
            else NO_ROLES
        )  # fmt: skip
        if policy.keep_subject and names:  # her intake, her employee id: her case numbers
            findings = subject_numbers(text, findings, roles)
        added = self.corrections.added_findings(text)
        decided = decide(
            [*findings, *overrides.added_findings(len(text)), *added], policy, roles, text
        )
        decided = take_honorifics(text, decided)
        decided, corrected = self.corrections.apply(text, decided, added)
        decided = keep_unchanged_dates(text, keep_unchanged_ages(text, decided, policy), policy)
        decided = overrides.apply_keeps(decided)
        context = TopicContext(tuple(names))
        if policy.withhold_topics and names:  # "Ari" for Ariadna is the subject to topics too
            context = TopicContext((*names, *subject_short_forms(text, names)))
        if policy.withhold_topics:
            passages = find_withheld(text, policy.withhold_topics, context)
            decided = merge_passages(decided, passage_findings(passages))
        transformed = apply_findings(text, decided, policy, self.key)
        out = transformed.text
        warnings = list(policy.warnings)
        if policy.keep_subject and not names:
            warnings.append(NO_SUBJECT_WARNING)
        part2 = "substance_use" not in policy.withhold_topics and needs_part2_notice(out, context)
        if part2 and PART2_NOTICE not in out:
            out = out + ("" if out.endswith("\n") else "\n") + "\n" + PART2_NOTICE + "\n"
        if part2:
            warnings.append(PART2_WARNING)
        risk = assess_risk(out) if policy.risk_report else None
        if risk is not None and risk.level != "low":
            warnings.append(f"Residual risk {risk.level}: " + "; ".join(risk.reasons))
        return RedactionResult(
            out, tuple(decided), tuple(warnings), transformed.placed, risk, part2,
            tuple(sorted(corrected.items())),
        )  # fmt: skip
