"""Billing codes are meaning: procedure (CPT, HCPCS) and provider taxonomy codes survive."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.billing_codes import billing_code_spans, drop_billing_codes
from redact.findings import Finding


def _codes(text: str) -> list[str]:
    return [text[s:e] for s, e in billing_code_spans(text)]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Billed CPT 90834, 90846 and 90847 for the family session.", ["90834", "90846", "90847"]),
        ("Proc code H0004 x 4 units; HCPCS: T1017", ["H0004", "T1017"]),
        ("11/03/2025  90832-95  30 min  telehealth", ["90832-95"]),
        ("Svc 96127 (PHQ-A) and 99214 on the same DOS.", ["96127", "99214"]),
        (
            "Rendering taxonomy 2084P0800X; billing taxonomy 261QM0801X",
            ["2084P0800X", "261QM0801X"],
        ),
        ("Taxonomy code: 101Y00000X", ["101Y00000X"]),
        # a claim export's row: the procedure beside its diagnosis code, no billing word
        ("2025-02-11 90791 F41.1 intake, spouse present", ["90791"]),
        # a code ending its sentence keeps its period out of the way
        ("Couples session, 50 min, CPT 90847. Next in two weeks.", ["90847"]),
        ("Intake done; billed 90791. Units: 1", ["90791"]),
    ],
)
def test_codes_written_as_billed_are_found(text: str, codes: list[str]) -> None:
    assert _codes(text) == codes


@pytest.mark.parametrize(
    "text",
    [
        # a ZIP, a labelled number, and a five-digit number in a text with no billing at all
        "Claim note: mailed to 1820 Ocean Blvd, Long Beach, CA 90803 on the 4th.",
        "Session note: Member ID 90871 on the card is wrong, called the plan.",
        "She walked 90845 steps this month, proud of it.",
        # a code that is no procedure's, in a text that bills
        "Session billed; zip code 65802, gate code 40917 for the home visit.",
        # a number that ends in X but has no taxonomy shape nor cue
        "Voucher 5550012399X issued.",
        # a diagnosis code on the line does not make a ZIP a procedure
        "Moved to Fresno CA 93701, dx F41.1 unchanged.",
        # a decimal is no code
        "Billed units: 90845.5 total this quarter.",
    ],
)
def test_numbers_that_are_not_codes_are_left(text: str) -> None:
    assert _codes(text) == []


def test_a_finding_loses_the_code_and_a_bare_count_after_it() -> None:
    text = "10/2/2025  90853  45 min  group, 6 members"
    date_read = Finding(11, 20, "DATE_TIME", 0.85)  # "90853  45"
    code_read = Finding(11, 16, "ZIP_CODE", 0.1)
    kept = Finding(0, 9, "DATE_TIME", 0.7)
    assert drop_billing_codes(text, [kept, date_read, code_read]) == [kept]


@pytest.mark.parametrize("policy", ["research-safe-harbor", "consultation", "court-subpoena"])
def test_the_redactor_keeps_the_codes_and_removes_the_numbers(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "Claim line 3: DOS 08/14/2025, CPT 90837-HO, dx F41.1, 1 unit, $172.00.\n"
        "Rendering NPI 1396027751, taxonomy 1041C0700X. Member ID WQP661204873.\n"
        "Weekly 90837 sessions authorised through 12/31/2025 (auth #A-77120-553).\n"
    )
    out = redactor_for(policy).redact(text, ["Leonie Abernathy-Cruz"]).text
    for code in ("90837-HO", "F41.1", "1041C0700X", "Weekly 90837 sessions"):
        assert code in out, (policy, out)
    # an authorisation is the client's case at her insurer: a court keeps it as it keeps
    # her case numbers (`redact.detect.labelled`); her member id is masked to its last four
    removed = ("WQP661204873",) if policy == "court-subpoena" else ("WQP661204873", "A-77120-553")
    for number in removed:
        assert number not in out, (policy, out)
