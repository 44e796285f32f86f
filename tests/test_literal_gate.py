"""The literal gate never changes a result: it only skips scans that would find nothing."""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Callable

import pytest

import redact.risk.assess  # its word lists are among those checked
import redact.topics.registry  # noqa: F401
from redact.detect.engine import all_recognizers
from redact.detect.recognizers.cued import Scan
from redact.detect.recognizers.institution import read_capitals_as_title_case
from redact.folded import FoldedPattern
from redact.literal_gate import SHORTEST_TEXT, Gated, LiteralGate, gates_off
from redact.redactor import Redactor
from tests.conftest import SAMPLE_DATA, TEST_KEY

DEVSET = SAMPLE_DATA / "devset" / "devset.jsonl"
#: Neutral words that make a text long enough to be gated (`SHORTEST_TEXT`).
_FILLER = " Plan reviewed with the team; goals unchanged." * 8


def _long(text: str) -> str:
    assert len(text + _FILLER) >= SHORTEST_TEXT
    return text + _FILLER


def _devset_texts() -> list[str]:
    with DEVSET.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines]


def _texts() -> list[str]:
    """Whole notes, each of their lines made long enough to be gated, and the notes'
    capitals read as title case."""
    notes = _devset_texts()
    lines = [_long(line) for note in notes for line in note.splitlines() if line.strip()]
    title_cased = [cased for cased in map(read_capitals_as_title_case, notes) if cased]
    return notes + lines + title_cased


def test_a_word_list_needs_one_of_its_alternatives_longest_runs() -> None:
    gate = LiteralGate.of(r"(?<![\w-])(?:(?:house|kitchen) ?fires?|arson)(?![\w-])")
    assert gate is not None
    assert set(gate.needs) == {"house", "kitchen", "arson"}  # the longest strings win
    assert not gate.may_match(_long("She moved in with her aunt in March."))
    assert gate.may_match(_long("An ARSON investigation"))
    assert gate.may_match(_long("the Kitchen Fire"))
    assert gate.may_match("She moved in with her aunt in March.")  # short: always scanned


@pytest.mark.parametrize(
    "source",
    [
        r"\w+ly",  # no run of three letters
        r"(?:aa|na) meetings?|al",  # one alternative of two letters: in nearly every note
        r"[\d.]+-\w+",  # a class of digits and more, a dash
        r"ſome",  # a letter `re` matches with another that lowers differently
    ],
)
def test_patterns_without_telling_strings_are_never_gated(source: str) -> None:
    assert LiteralGate.of(source, re.IGNORECASE) is None


def test_a_pattern_of_numbers_needs_a_digit() -> None:
    gate = LiteralGate.of(r"(?<![\w$])(?:\$\s?\d[\d,]*|\d+ (?:dollars|usd))(?!\w)")
    assert gate is not None
    assert gate.digit
    assert not gate.may_match(_long("She paid [AMOUNT] for rent on [DATE]."))
    assert gate.may_match(_long("She paid $40."))
    assert gate.may_match(_long("She paid \u0664\u0660 dollars."))  # Arabic-Indic digits too


def test_regex_module_syntax_re_reads_otherwise_is_never_gated() -> None:
    assert LiteralGate.of_regex(r"(?:harbour){e<=1}") is None
    gate = LiteralGate.of_regex(r"\p{Lu}\w+ Hospital")  # a property: a class, no letter
    assert gate is not None
    assert gate.needs == (" hospital",)
    assert LiteralGate.of_regex(r"(?<!\bDr\.? )Harbour") is not None  # a look-behind
    assert LiteralGate.of_regex(r"(?r)Harbour") is None  # scanned backwards
    assert LiteralGate.of_regex(r"Hospital", 0x4000) is None  # FULLCASE
    assert LiteralGate.of_regex(r"\bHospital\b") is not None


def test_a_text_whose_lower_case_is_not_what_re_compares_is_always_scanned() -> None:
    gate = LiteralGate.of(r"(?<!\w)(?:sister)(?!\w)", re.IGNORECASE)
    assert gate is not None
    text = _long("her ſiſter came")  # a long s matches "s" case-insensitively, but lowers
    assert re.search(r"sister", text, re.IGNORECASE)  # to itself
    assert "sister" not in text.lower()
    assert gate.may_match(text)
    assert gate.may_match(_long("İstanbul"))  # lowers to another length: always scanned
    assert not gate.may_match(_long("her brother came"))


def _folded_patterns() -> list[FoldedPattern | Gated]:
    return [
        o for o in gc.get_objects() if isinstance(o, FoldedPattern | Gated) and o.gate is not None
    ]


def _scans() -> list[Scan]:
    scans: list[Scan] = []
    for recognizer in all_recognizers(strict=True):
        scans += getattr(recognizer, "_scans", [])
        scans += [scan for _, scan in getattr(recognizer, "_SCANS", ())]
    return [scan for scan in scans if scan.gate is not None]


def test_gated_word_lists_and_scans_exist() -> None:
    assert len(_folded_patterns()) >= 40  # risk cues, circumstances, topics
    assert len(_scans()) >= 15  # cued recognizers' cues


@pytest.mark.parametrize(
    ("name", "patterns"),
    [("word lists", _folded_patterns), ("recognizer scans", _scans)],
)
def test_every_gated_pattern_finds_what_it_finds_without_its_gate(
    name: str, patterns: Callable[[], list[FoldedPattern] | list[Scan]]
) -> None:
    texts = _texts()
    for pattern in patterns():
        find = pattern.matches if isinstance(pattern, Scan) else pattern.finditer
        for text in texts:
            gated = [m.span() for m in find(text)]
            with gates_off():
                assert gated == [m.span() for m in find(text)], (name, text[:40])


def _results(policy: str, texts: list[str]) -> list[tuple[object, ...]]:
    """Everything a recipient gets, and every finding but the name of the recognizer that
    found it (which of two recognizers finding the same span is named can vary from run to
    run, gates or not). A fresh Redactor: a release remembers the professionals it met."""
    redactor = Redactor(policy, key=TEST_KEY)
    return [
        (
            r.text,
            [(f.start, f.end, f.entity_type, f.score, f.action, f.group, f.is_subject, f.withheld)
             for f in r.findings],
            r.warnings,
            r.risk,
            r.part2_notice,
        )
        for r in redactor.redact_many(texts)
    ]  # fmt: skip


@pytest.mark.parametrize("policy", ["social-media", "court-subpoena"])
def test_redaction_is_the_same_with_the_gates_off(policy: str) -> None:
    texts = [
        # no word of any gated list: every gate closes
        _long("Met with Dana Whitfield at 10:30."),
        # words of several lists: gates open
        "Client's mother Rosa Delgado (DOB 03/14/1961) called from her cell 555-201-7788 "
        "after the house fire; she attends AA meetings and works the night shift at the "
        "county hospital. Case number CW-55120, Medicaid ID 99812345." + _FILLER,
        *_devset_texts()[:12],
    ]
    gated = _results(policy, texts)
    with gates_off():
        assert _results(policy, texts) == gated
    assert gated[1][1]  # the second text has findings to compare
