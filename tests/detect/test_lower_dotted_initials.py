"""Lower-case dotted initials: a person where a person stands, an abbreviation elsewhere."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.lower_dotted_initials import lower_dotted_initial_findings


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("11/3 indiv. ran into t.r. outside the gym, shaking after.", ["t.r."]),
        ("respondent k.l. moved to another section.", ["k.l."]),
        ("pt anxious. d.w. texted her at 2 am again.", ["d.w."]),
        ("met w/ a.j.m. and her mom re: housing.", ["a.j.m."]),
        ("per roommate r.s. she did not sleep.", ["r.s."]),
    ],
)
def test_dotted_initials_where_a_person_stands(text: str, initials: list[str]) -> None:
    found = [text[f.start : f.end] for f in lower_dotted_initial_findings(text, [])]
    assert found == initials


@pytest.mark.parametrize(
    "text",
    [
        "had a b.m. this morning, soft, no blood.",
        "last b.m. was 3 days ago per pt.",
        "spotting p.v. overnight, pad changed x2.",
        "tylenol 650 mg p.o. q6h prn. given at 9 a.m.",
        "shared coping skills, e.g. box breathing, i.e. paced.",
    ],
)
def test_clinical_and_latin_abbreviations_are_no_one(text: str) -> None:
    assert lower_dotted_initial_findings(text, []) == []


def test_the_subjects_own_initials_are_left_to_the_subject_steps() -> None:
    text = "session w/ m.o. about the hearing."
    assert lower_dotted_initial_findings(text, [], ["Mireille Okonjo"]) == []


@pytest.mark.parametrize("policy", ["court-subpoena", "research-safe-harbor"])
def test_a_third_partys_lower_case_initials_go(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = "10/4 indiv 50. saw g.h. near the library, froze, left. had a b.m. after lunch."
    out = redactor_for(policy).redact(text, subject=["Mireille Okonjo"]).text
    assert "g.h." not in out, out
    assert "b.m." in out, out
