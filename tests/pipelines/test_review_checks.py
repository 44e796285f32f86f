"""The "check these" list: what may have survived, in kept text only. Synthetic people."""

from __future__ import annotations

import pytest

from pipelines.records import ReviewDoc, Segment
from pipelines.review_checks import (
    AFTER_LABEL,
    ELSEWHERE,
    IDENTIFIER,
    NAME_LIKE,
    find_flags,
)


def _flags(*docs: ReviewDoc) -> list[tuple[str, str]]:
    return [
        (docs[f.doc].segments[f.segment].original[f.start : f.end], f.reason)
        for f in find_flags(docs)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Visit with Mrs. Quenneville at home.", [("Quenneville", NAME_LIKE)]),
        ("Medicaid ID: QX44172290 on file.", [("QX44172290", AFTER_LABEL)]),
        (
            "DOB 03/14/2012, SSN 123-45-6789.",
            [("03/14/2012", AFTER_LABEL), ("123-45-6789", AFTER_LABEL)],
        ),
        ("Case # 24-JV-0192 stays open.", [("24-JV-0192", AFTER_LABEL)]),
        ("Called 315-555-0137 twice.", [("315-555-0137", IDENTIFIER)]),
        ("Record CN-48213 was closed.", [("CN-48213", IDENTIFIER)]),
        # What is not worth a look: common words, years, dates, ages, labels with no value.
        ("The Court and the Mother met in 2025 on 10/12; a 48-year-old attended.", []),
        ("Medicaid renewal is pending. Follow-up in March.", []),
        # Codes of meaning, abbreviations, words of records, names that are common words.
        ("Dx F90.2 noted in 10th grade; see Exh. B. Truancy and Adjudication hearing.", []),
        ("Will and Grant met Rose at the Court.", []),
        (
            "Brannigan came with Okafor-Bell.",
            [("Brannigan", NAME_LIKE), ("Okafor-Bell", NAME_LIKE)],
        ),
    ],
)
def test_what_is_flagged_in_text_left_as_it_was(text: str, expected: list[tuple[str, str]]) -> None:
    assert _flags(ReviewDoc("a.txt", (Segment(text),))) == expected


def test_a_word_removed_in_one_document_and_left_in_another_is_flagged() -> None:
    one = ReviewDoc("one.txt", (
        Segment("Her uncle "), Segment("Tiko", "[PERSON]", "PERSON"), Segment(" stayed."),
    ))  # fmt: skip
    two = ReviewDoc("two.txt", (Segment("tiko brought her; Tuesday she left."),))
    flags = find_flags([one, two])
    assert [(f.doc, f.reason, f.removed_in) for f in flags] == [(1, ELSEWHERE, "one.txt")]


def test_changed_and_policy_kept_text_is_never_flagged() -> None:
    doc = ReviewDoc("a.txt", (
        Segment("Client "),
        Segment("Quenneville", None, "PERSON"),  # the subject, kept by the policy
        Segment(" called "),
        Segment("315-555-0137", "[PHONE]", "PHONE_NUMBER"),
        Segment("."),
    ))  # fmt: skip
    assert find_flags([doc]) == []


def test_the_list_is_bounded() -> None:
    doc = ReviewDoc("a.txt", (Segment(" ".join(f"ID{n:06d}" for n in range(50))),))
    assert len(find_flags([doc], limit=10)) == 10
