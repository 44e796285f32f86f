"""Release-wide corrections: matching (pure), and the Redactor applying them (real model)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

import pytest

from redact import Redactor
from redact.corrections import SOURCE, Corrections, summarise
from redact.findings import Action, Finding
from tests.conftest import TEST_KEY

#: Synthetic (no real person): a programme NER takes for an organisation or place, a
#: nickname detection does not know, written in three cases.
NOTE = (
    "Kendra Alvey attends Hillcrest Head Start three mornings a week. Her cousin, called "
    "Peanut by everyone, stayed for the visit; peanut's mother called later. PEANUT drew a "
    "picture.\n"
)


@pytest.mark.parametrize(
    ("text", "term", "found"),
    [
        ("Bibi came", "bibi", ["Bibi"]),
        ("bibi's mother", "Bibi", ["bibi"]),
        ("Bibiana came", "bibi", []),  # whole words only
        ("Head\n  Start staff", "head start", ["Head\n  Start"]),  # any white space inside
        ("Case # 12 and case #12", "Case # 12", ["Case # 12"]),
        ("HEAD START", "Head Start", ["HEAD START"]),
    ],
)
def test_terms_match_whole_words_and_phrases_in_any_case(
    text: str, term: str, found: list[str]
) -> None:
    corrections = Corrections(keep=(term,))
    assert [text[s:e] for s, e in corrections.kept_spans(text)] == found
    added = Corrections(redact=((term, "PERSON"),)).added_findings(text)
    assert [text[f.start : f.end] for f in added] == found
    assert all(f.entity_type == "PERSON" and f.source == SOURCE for f in added)


def test_a_kept_term_keeps_what_lies_inside_it_but_not_what_covers_more() -> None:
    text = "Head Start staff and Head Start Smith"
    decided = [
        Finding(0, 10, "ORGANIZATION", 0.8, Action.PLACEHOLDER),  # exactly the term
        Finding(5, 10, "PERSON", 0.8, Action.PSEUDONYM),  # inside it
        Finding(21, 37, "PERSON", 0.8, Action.PSEUDONYM),  # more than the term
    ]
    kept, applied = Corrections(keep=("head start",)).apply(text, decided)
    assert [f.action for f in kept] == [Action.KEEP, Action.KEEP, Action.PSEUDONYM]
    assert applied == Counter({"keep:ORGANIZATION": 1, "keep:PERSON": 1})


def test_a_kept_phrase_wins_over_a_redacted_word_inside_it() -> None:
    text = "Head Start, then Start alone"
    corrections = Corrections(keep=("Head Start",), redact=(("Start", "PERSON"),))
    added = corrections.added_findings(text)
    decided = [f.with_action(Action.PLACEHOLDER) for f in added]
    out, applied = corrections.apply(text, decided, added)
    assert [(text[f.start : f.end], f.action) for f in out] == [
        ("Start", Action.KEEP), ("Start", Action.PLACEHOLDER)
    ]  # fmt: skip
    assert applied == Counter({"redact:PERSON": 1, "keep:PERSON": 1})


def test_merged_corrections_hold_each_term_once_and_pickle() -> None:
    import pickle

    a = Corrections(keep=("Head Start",), redact=(("Bibi", "PERSON"),))
    b = Corrections(keep=("head  start",), redact=(("bibi", "ORGANIZATION"),))
    merged = a.merged(b)
    assert merged.keep == ("head start",)
    assert merged.redact == (("bibi", "ORGANIZATION"),)
    assert merged.kept_spans("HEAD START") == [(0, 10)]  # cached pattern built
    again = pickle.loads(pickle.dumps(merged))
    assert again == merged and again.kept_spans("Head Start") == [(0, 10)]
    assert not Corrections() and merged


def test_the_log_summary_holds_counts_by_type_never_a_term() -> None:
    facts = summarise(Counter({"keep:DATE_TIME": 2, "redact:PERSON": 3, "keep:AGENCY": 1}))
    assert facts == {
        "corrections_applied": 6,
        "corrections_kept": "AGENCY:1 DATE_TIME:2",
        "corrections_redacted": "PERSON:3",
    }


@pytest.fixture(scope="module")
def corrected() -> Iterator[Redactor]:
    yield Redactor(
        "social-media",
        key=TEST_KEY,
        corrections=Corrections(keep=("Hillcrest Head Start",), redact=(("peanut", "PERSON"),)),
    )


def test_the_redactor_applies_corrections_to_every_occurrence(corrected: Redactor) -> None:
    result = corrected.redact(NOTE)
    assert "Kendra" not in result.text and "Alvey" not in result.text
    assert "Hillcrest Head Start" in result.text, "kept as written"
    assert "peanut" not in result.text.casefold(), "every case of the nickname"
    counts = dict(result.corrections)
    assert counts["redact:PERSON"] == 3
    assert result.counts.get("PERSON", 0) >= 4  # the client and the three nicknames
    assert "[PERSON]'s mother" in result.text, "an added term follows the PERSON rule"


def test_without_corrections_detection_alone_gets_them_wrong(
    redactor_for: Callable[[str], Redactor],
) -> None:
    """The case the corrections are for: the plain policy removes the programme's name and
    leaves a form of the nickname."""
    plain = redactor_for("social-media").redact(NOTE)
    assert "Hillcrest Head Start" not in plain.text
    assert "peanut" in plain.text.casefold()
    assert plain.corrections == ()
