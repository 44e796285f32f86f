"""An employer named again by its rare first word is the employer: synthetic text, the real
pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact.detect.employer_mentions import employer_mention_findings
from redact.findings import Finding
from redact.redactor import Redactor


def test_the_short_name_is_found_where_the_full_name_was() -> None:
    text = "Employer: Quenneville Plastics\nStarted at Quenneville on 3/2."
    full = Finding(10, 30, "EMPLOYER", 0.7)
    found = employer_mention_findings(text, [full])
    assert [(text[f.start : f.end], f.entity_type) for f in found] == [("Quenneville", "EMPLOYER")]


def test_a_common_word_or_a_surname_is_no_short_name() -> None:
    text = "Works at Great Lakes Cold Storage and at Castillo and Sons. Great news. Mr. Castillo."
    lakes = Finding(9, 33, "EMPLOYER", 0.65)
    castillo = Finding(text.index("Castillo"), text.index(" and Sons.") + 9, "EMPLOYER", 0.65)
    assert employer_mention_findings(text, [lakes, castillo]) == []


@pytest.mark.parametrize("policy", ["mandated-report", "court-subpoena"])
def test_the_short_name_goes_where_the_employer_goes(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    text = (
        "| Employer | Quenneville Plastics Co., 12 Mill Rd |\n\n"
        "Started at Quenneville. Supervisor Okwuosa on days.\n"
    )
    out = redactor_for(policy).redact(text, subject=["Amina Farah Yusuf"]).text
    assert "Quenneville" not in out


def test_a_stores_possessive_name_is_found_again_but_not_a_friends() -> None:
    text = "Interview at Kohl's Elm St.\nKeywords: SSDI; Kohl's; Wendy's; trial work"
    kohls = Finding(13, 26, "EMPLOYER", 0.6)
    wendys = Finding(text.index("Wendy's"), text.index("Wendy's") + 7, "EMPLOYER", 0.6)
    found = employer_mention_findings(text, [kohls, wendys])
    assert [(text[f.start : f.end], f.start) for f in found] == [("Kohl's", text.rindex("Kohl's"))]
