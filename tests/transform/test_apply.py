"""The transform: offsets in bounds, nothing removed survives, twice changes nothing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redact.findings import Action, Finding
from redact.policy.decide import resolve_overlaps
from redact.policy.loader import load_policy
from redact.transform.apply import apply_findings
from redact.transform.markers import marker_spans
from redact.transform.operators import mask
from redact.transform.pseudonym import ReleaseKey

SOCIAL = load_policy("social-media").policy
CONSULTATION = load_policy("consultation").policy
KEY = ReleaseKey(b"t" * 32)

words = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", min_size=3,
                max_size=9)  # fmt: skip


@st.composite
def texts_with_spans(draw: st.DrawFn) -> tuple[str, list[Finding]]:
    tokens = draw(st.lists(words, min_size=1, max_size=30))
    secrets = draw(st.sets(st.sampled_from(tokens)))
    kind = draw(st.sampled_from(["PERSON", "LOCATION", "EMAIL_ADDRESS"]))
    text = " ".join(tokens)
    findings = []
    cursor = 0
    for token in tokens:
        if token in secrets:
            findings.append(Finding(cursor, cursor + len(token), kind, 0.9, Action.PLACEHOLDER))
        cursor += len(token) + 1
    return text, findings


@settings(max_examples=200)
@given(texts_with_spans())
def test_offsets_in_bounds_and_no_removed_text_survives(case: tuple[str, list[Finding]]) -> None:
    text, findings = case
    resolved = resolve_overlaps(findings)
    out = apply_findings(text, resolved, SOCIAL, KEY)
    for placed in out.placed:
        assert 0 <= placed.finding.start < placed.finding.end <= len(text)
        assert 0 <= placed.out_start <= placed.out_end <= len(out.text)
    removed = {text[f.start : f.end] for f in resolved}
    assert not removed & set(out.text.split())


@settings(max_examples=100)
@given(texts_with_spans())
def test_output_markers_are_recognised_so_a_second_pass_changes_nothing(
    case: tuple[str, list[Finding]],
) -> None:
    text, findings = case
    out = apply_findings(text, resolve_overlaps(findings), SOCIAL, KEY)
    markers = marker_spans(out.text)
    for placed in out.placed:
        assert (placed.out_start, placed.out_end) in markers


def test_pseudonyms_of_one_group_use_the_longest_mention() -> None:
    text = "Maria Alvarez came. Maria left."
    findings = [
        Finding(0, 13, "PERSON", 0.9, Action.PSEUDONYM, group="n0"),
        Finding(20, 25, "PERSON", 0.9, Action.PSEUDONYM, group="n0"),
    ]
    out = apply_findings(text, findings, CONSULTATION, KEY)
    pseudonym = KEY.pseudonym("PERSON", "Maria Alvarez")
    assert out.text == f"{pseudonym} came. {pseudonym} left."


def test_mask_keeps_the_last_four() -> None:
    policy = load_policy("court-subpoena").policy
    text = "SSN 123-45-6789."
    out = apply_findings(text, [Finding(4, 15, "US_SSN", 0.9, Action.MASK)], policy, KEY)
    assert out.text == "SSN *******6789."


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("123-45-6789", "*******6789"),
        ("WX-55 120 88", "*******2088"),
        ("NY 66120457Q", "********457Q"),
        ("4471", "****"),
        ("A12", "***"),
        # a source's own mask shows only the tail: keeping four would keep it all
        ("x8830", "*****"),
        ("X 4417", "******"),
        ("xxxx6604", "********"),
        ("XXXX-XXXX-XXXX-0553", "*******************"),
    ],
)
def test_mask_leaves_only_the_last_four_letters_or_digits(original: str, expected: str) -> None:
    masked = mask(original, 4)
    assert masked == expected
    assert marker_spans(masked) == ((0, len(masked)),)


@pytest.mark.parametrize(
    "text",
    ["2024-03-15T14:30:00+02:00", "at 14:30:00+02:00", "v1.00+", "+90+"],
)
def test_offsets_and_versions_are_not_age_markers(text: str) -> None:
    assert not any(text[s:e].endswith("+") for s, e in marker_spans(text))


def test_top_coded_ages_are_markers() -> None:
    assert marker_spans("a 90+-year-old man") == ((2, 5),)


def test_a_birth_year_that_tells_an_age_over_89_goes_under_safe_harbor() -> None:
    policy = load_policy("research-safe-harbor").policy
    text = "DOB 11-02-1931; sister DOB 3/9/1990"
    findings = [
        Finding(4, 14, "DATE_OF_BIRTH", 0.9, Action.GENERALIZE),
        Finding(27, 35, "DATE_OF_BIRTH", 0.9, Action.GENERALIZE),
    ]
    assert apply_findings(text, findings, policy, KEY).text == "DOB [DOB]; sister DOB 1990"
