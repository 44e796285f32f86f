"""Citations of law: found by their form, and the names NER reads in them dropped."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.citations import citation_spans, within_citation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Disclosure limited under 42 CFR Part 2 today.", ["42 CFR Part 2"]),
        ("per 45 C.F.R. § 164.512(b), records", ["45 C.F.R. § 164.512(b)"]),
        ("see 42 U.S.C. 11434a for the duty", ["42 U.S.C. 11434a"]),
        ("reported under RCW 26.44.030 and MCL 722.623.", ["RCW 26.44.030", "MCL 722.623"]),
        ("follows the Indian Child Welfare Act here", ["Indian Child Welfare Act"]),
        ("the McKinney-Vento Homeless Assistance Act of 1987 applies",
         ["McKinney-Vento Homeless Assistance Act of 1987"]),
        # a state's code as court papers abbreviate it, before a section sign
        ("appointed under Minn. Stat. § 518.165 in May", ["Minn. Stat. § 518.165"]),
        ("best interests (Tex. Fam. Code § 153.002) apply", ["Tex. Fam. Code § 153.002"]),
        ("see N.Y. Fam. Ct. Act § 1046(a) and Ga. Code Ann. § 19-9-3.",
         ["N.Y. Fam. Ct. Act § 1046(a)", "Ga. Code Ann. § 19-9-3"]),
    ],
)  # fmt: skip
def test_finds_citations(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in citation_spans(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "DCFS 2023-0412 opened; BP 120/80; temp 98.6.",  # a case number has dashes
        "Seen at Harbor Clinic 12 Main St, Room 4.",
        "She will act on it tomorrow.",
        "Paid $40 § fee to Marisol Avendano today.",  # a section sign with no number after
    ],
)
def test_leaves_other_numbers_and_words_alone(text: str) -> None:
    assert citation_spans(text) == ()


def test_within_citation() -> None:
    text = "Reported per ORC 2151.421 by the worker."
    start = text.index("ORC")
    assert within_citation(text, start, start + 3)
    assert not within_citation(text, text.index("worker"), len(text) - 1)


@pytest.mark.parametrize("policy", ["social-media", "research-safe-harbor", "consultation"])
def test_citations_survive_and_names_beside_them_go(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "Per hospital policy and KRS 620.030, Odalys Brennerman made a report. The "
        "placement follows the Wisconsin Indian Child Welfare Act; records are protected "
        "by 42 CFR Part 2."
    )
    released = redactor_for(policy).redact(text).text
    for kept in ("KRS 620.030", "Wisconsin Indian Child Welfare Act", "42 CFR Part 2"):
        assert kept in released, released
    assert "Odalys" not in released and "Brennerman" not in released


@pytest.mark.parametrize("policy", ["court-subpoena", "research-safe-harbor"])
def test_abbreviated_state_codes_and_court_abbreviations_survive(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "The guardian ad litem was appointed under Minn. Stat. § 518.165 and Tex. Fam. Code "
        "§ 153.002 applies. Atty. Lorenzo Quarshie filed a reply (Dkt. 87) for Odalys "
        "Brennerman, who picks up the children Thursdays."
    )
    released = redactor_for(policy).redact(text).text
    kept = ["Minn. Stat. § 518.165", "Tex. Fam. Code § 153.002", "(Dkt. 87)", "Thursdays"]
    if policy == "court-subpoena":  # the attorney acts in his role: the court's own people
        kept.append("Atty. Lorenzo Quarshie filed")
    for phrase in kept:
        assert phrase in released, released
    assert "Odalys" not in released and "Brennerman" not in released
