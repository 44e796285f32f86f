"""The Redactor end to end with the real model and Presidio, one test per built-in policy."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redact import Action, Redactor
from redact.detect.names import person_key
from redact.result import RedactionResult
from tests.conftest import TEST_KEY

NOTE = (
    "Home visit on March 14, 2026 with Maria Alvarez (DOB 04/02/1989), a 36-year-old mother "
    "of two. Maria's son Mateo, age 7, attends Lincoln Elementary School. Ms. Alvarez works at "
    "Kroger and lives at 1420 North Maple Avenue, Springfield, IL 62704. Her sister Rosa "
    "Delgado calls 217-555-0143 daily and e-mails rosa.delgado@example.com. Case #2024-00123, "
    "Medicaid ID 1234567890, MRN 00482913. Mateo told Dr. Potter at Mercy Hospital that Rosa "
    "yells. Next visit 3/21."
)
IDENTIFIERS = [
    "Maria", "Alvarez", "Mateo", "Rosa", "Delgado", "Potter", "217-555-0143",
    "rosa.delgado@example.com", "2024-00123", "1234567890", "00482913", "1420 North Maple",
    "62704", "Lincoln Elementary", "Kroger", "Mercy Hospital", "04/02/1989", "March 14",
]  # fmt: skip


def _survivors(text: str, identifiers: list[str]) -> list[str]:
    return [i for i in identifiers if i in text]


def test_social_media_leaves_no_identifier(redactor_for: Callable[[str], Redactor]) -> None:
    result = redactor_for("social-media").redact(NOTE, subject="Maria Alvarez")
    assert _survivors(result.text, IDENTIFIERS) == []
    assert "[PERSON]" in result.text and "[PHONE]" in result.text
    assert any("recognised by the client" in w for w in result.warnings)


def test_consultation_pseudonyms_are_consistent(redactor_for: Callable[[str], Redactor]) -> None:
    result = redactor_for("consultation").redact(NOTE)
    maria = TEST_KEY.pseudonym("PERSON", person_key("Maria Alvarez"))
    assert result.text.count(maria) >= 3  # full name, "Maria's", "Ms. Alvarez"
    assert TEST_KEY.pseudonym("PERSON", person_key("Rosa Delgado")) in result.text
    assert "March 2026" in result.text  # dates keep month and year
    assert "30-39-year-old" in result.text  # ages become bands
    assert _survivors(result.text, IDENTIFIERS) == []


def test_research_safe_harbor(redactor_for: Callable[[str], Redactor]) -> None:
    extra = " Her grandmother is 93 years old. The family moved from ZIP code 02139."
    result = redactor_for("research-safe-harbor").redact(NOTE + extra)
    assert "2026" in result.text and "March 14" not in result.text
    assert "021XX" in result.text  # ZIP to three digits
    assert "90+" in result.text
    assert _survivors(result.text, IDENTIFIERS) == []


def test_court_subpoena_keeps_subject_removes_third_parties(
    redactor_for: Callable[[str], Redactor],
) -> None:
    result = redactor_for("court-subpoena").redact(NOTE, subject="Maria Alvarez")
    assert "Maria Alvarez" in result.text and "Ms. Alvarez" in result.text
    assert _survivors(result.text, ["Mateo", "Rosa", "Delgado", "217-555-0143"]) == []
    assert "March 14, 2026" in result.text  # visit dates stay for the court
    assert "1989" in result.text and "04/02/1989" not in result.text  # birth date to year
    assert "Case #2024-00123" in result.text
    assert "7890" in result.text and "1234567890" not in result.text  # member id, last four


def test_client_request_keeps_the_client_and_removes_others(
    redactor_for: Callable[[str], Redactor],
) -> None:
    result = redactor_for("client-request").redact(NOTE, subject=["Maria Alvarez"])
    assert "Maria Alvarez" in result.text and "Maria's" in result.text
    assert _survivors(result.text, ["Mateo", "Rosa", "Delgado"]) == []
    assert "Mercy Hospital" in result.text  # institutions stay in the client's own record
    assert "Dr. Potter" in result.text  # and so do the professionals who treated her
    kept = [f for f in result.findings if f.action is Action.KEEP and f.entity_type == "PERSON"]
    assert kept, "the subject's mentions are listed as kept findings"


@pytest.mark.parametrize("policy", ["mandated-report", "provider-referral"])
def test_subject_policies_remove_third_parties(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    result = redactor_for(policy).redact(NOTE, subject="Maria Alvarez")
    assert "Maria Alvarez" in result.text
    assert _survivors(result.text, ["Rosa", "Delgado"]) == []
    assert "Dr. Potter" in result.text  # these policies keep professionals


def test_no_subject_under_a_subject_policy_warns(redactor_for: Callable[[str], Redactor]) -> None:
    result = redactor_for("client-request").redact(NOTE)
    assert "Maria" not in result.text
    assert any("no subject was given" in w for w in result.warnings)


def test_findings_carry_offsets_and_types_but_no_text(
    redactor_for: Callable[[str], Redactor],
) -> None:
    result = redactor_for("social-media").redact(NOTE)
    for finding in result.findings:
        assert 0 <= finding.start < finding.end <= len(NOTE)
        assert set(finding.to_dict()) == {"start", "end", "entity_type", "score", "action"}
        assert NOTE[finding.start : finding.end] not in repr(finding)


def test_redact_many_streams_in_order(redactor_for: Callable[[str], Redactor]) -> None:
    texts = [f"Note {i}: Maria Alvarez called 217-555-01{i:02d}." for i in range(40)] + [""]
    results = list(redactor_for("social-media").redact_many(iter(texts)))
    assert len(results) == len(texts)
    for i, result in enumerate(results[:-1]):
        assert result.text.startswith(f"Note {i}:") and "Maria" not in result.text
    assert results[-1].text == ""


def test_redact_many_matches_redact(redactor_for: Callable[[str], Redactor]) -> None:
    redactor = redactor_for("consultation")
    texts = [NOTE, "Rosa Delgado phoned on 3/14.", "Nothing identifying here."]
    assert [r.text for r in redactor.redact_many(texts)] == [redactor.redact(t).text for t in texts]


def _replacements(result: RedactionResult) -> list[tuple[int, int]]:
    return [(p.out_start, p.out_end) for p in result.placed if p.finding.action is not Action.KEEP]


@pytest.mark.parametrize("policy", ["social-media", "consultation", "court-subpoena"])
def test_a_second_pass_leaves_the_first_pass_replacements_as_they_are(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    # NER is context-sensitive, so a second pass may tag a plain word ("daily") that the
    # first did not; what must hold is that our own markers are never redacted again.
    redactor = redactor_for(policy)
    once = redactor.redact(NOTE, subject="Maria Alvarez")
    twice = redactor.redact(once.text, subject="Maria Alvarez")
    for placed in twice.placed:
        finding = placed.finding
        for start, end in _replacements(once):
            if finding.start < end and start < finding.end:
                before = once.text[finding.start : finding.end]
                assert twice.text[placed.out_start : placed.out_end] == before


sentences = st.sampled_from(
    [
        "Maria Alvarez visited on 3/14/2026.",
        "Her son Mateo is 7 years old.",
        "Call 217-555-0143 or write to rosa@example.com.",
        "The family lives at 12 Elm Street, Boston, MA 02139.",
        "Ms. Nguyen attends Jefferson High School.",
        "No concerns were raised.",
        "Case #2024-00123 was reviewed by Dr. Potter.",
    ]
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(sentences, min_size=1, max_size=6))
def test_property_offsets_and_idempotence(
    redactor_for: Callable[[str], Redactor], parts: list[str]
) -> None:
    redactor = redactor_for("social-media")
    text = " ".join(parts)
    result = redactor.redact(text)
    for finding in result.findings:
        assert 0 <= finding.start < finding.end <= len(text)
    for finding in result.findings:
        removed = text[finding.start : finding.end]
        if finding.action is not Action.KEEP and re.search(r"\w{3,}", removed):
            assert removed not in result.text
    assert redactor.redact(result.text).text == result.text


def test_overrides_keep_a_false_positive_and_add_a_miss(
    redactor_for: Callable[[str], Redactor],
) -> None:
    from redact import Overrides

    text = "Met Maria Alvarez. She mentioned the Open Door diner."
    redactor = redactor_for("social-media")
    first = redactor.redact(text)
    maria = next(f for f in first.findings if text[f.start : f.end] == "Maria Alvarez")
    diner = text.index("Open Door")
    overrides = Overrides(
        keep=frozenset({(maria.start, maria.end)}),
        add=((diner, diner + len("Open Door"), "LOCATION"),),
    )
    second = redactor.redact(text, overrides=overrides)
    assert "Maria Alvarez" in second.text
    assert "Open Door" not in second.text and "[LOCATION] diner" in second.text


def test_subject_kept_when_a_third_party_shares_the_surname(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (
        "Parent: Omair Jamaal. Mr. Jamaal is the father of Zara Jamaal (age 15). "
        "Zara attends school; Omair Jamaal drives her."
    )
    result = redactor_for("court-subpoena").redact(text, subject=["Omair Jamaal", "Mr. Jamaal"])
    assert result.text.count("Omair Jamaal") == 2 and "Mr. Jamaal is the father" in result.text
    assert "Zara" not in result.text


def test_a_release_read_first_finds_its_names_in_every_note(
    redactor_for: Callable[[str], Redactor],
) -> None:
    """A one-word name after a tie in one note is found in lower case in another, and a
    nickname declared in one note gets the full name's pseudonym in a note without it."""
    redactor = redactor_for("consultation")
    release = [
        "Her boyfriend Kwabi drove her to the clinic. Her aunt Philippa "
        '"Pippa" Okorafor keeps the children.',
        "Client said kwabi took her phone. Pippa called to check in.",
    ]
    redactor.start_release(release)
    out = [r.text for r in redactor.redact_many(release, ("Nadezhda Ferrante",))]
    assert not re.search(r"(?i)kwabi|pippa|philippa|okorafor", "\n".join(out))
    first, second = (re.findall(r"Person [A-Z2-7]{6}", text) for text in out)
    assert set(second) <= set(first)
    redactor.start_release()  # the next release knows none of them
    again = redactor.redact("Client said kwabi took her phone.", ("Nadezhda Ferrante",))
    assert "kwabi" in again.text
