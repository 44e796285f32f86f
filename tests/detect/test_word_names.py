"""Given names English has as common words ("junior", "rose", "hope", "will"), found by the
person-only place a message puts them in (`redact.detect.word_names`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.lower_case_names import lower_case_name_findings
from redact.detect.word_names import word_name_spans


def _in_log(line: str) -> str:
    return f"2/1 4:10 PM  keisha: hey\n2/1 4:12 PM  keisha: {line}\n"


def _spans(text: str) -> set[str]:
    return {text[s:e] for s, e in word_name_spans(text, ((0, len(text)),))}


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("can u tell grace to bring the forms", "grace"),
        ("ok tell junior i said thx", "junior"),
        ("asked faith if she ate", "faith"),
        ("i dropped off hope at school", "hope"),
        ("picking up will from daycare now", "will"),
        ("picked up rose from her dads", "rose"),
        ("my daughter rose is with her dad", "rose"),
        ("my niece destiny got suspended again", "destiny"),
        ("her son junior.", "junior"),
    ],
)
def test_a_word_name_in_a_person_only_place(line: str, name: str) -> None:
    assert name in _spans(_in_log(line))


@pytest.mark.parametrize(
    "line",
    [
        "my son will be home at 5. i hope so. tell him i said hi",
        "he is a junior this year, junior high was rough",
        "will do. rose early today. ask if they have hope for him",
        "picked up the meds from walgreens",
        "tell case to call me",  # a role word the name lists hold
        "my brother grand is his nickname",
    ],
)
def test_the_same_words_as_words_are_left(line: str) -> None:
    assert _spans(_in_log(line)) == set()


def test_a_word_name_speaking_once_beside_a_person_is_a_speaker() -> None:
    text = "4/2 8:01 PM  marisol: where r u\n4/2 8:03 PM  junior: mom im at the park\n"
    found = {text[f.start : f.end] for f in lower_case_name_findings(text)}
    assert {"marisol", "junior"} <= found


def test_a_log_of_fields_has_no_speakers() -> None:
    text = "9:00 plan: call back\n9:30 hope: none stated\n"
    assert lower_case_name_findings(text) == []


@pytest.mark.parametrize("policy", ["social-media", "research-safe-harbor", "court-subpoena"])
def test_the_redactor_removes_them(redactor_for: Callable[[str], Redactor], policy: str) -> None:
    text = (
        "4/2 8:01 PM  marisol: tell junior to call me\n"
        "4/2 8:10 PM  marisol: picked up rose from daycare. i hope he ok\n"
    )
    out = redactor_for(policy).redact(text, subject=["Marisol Ayala"]).text
    assert "junior" not in out and "rose" not in out and "i hope he ok" in out
