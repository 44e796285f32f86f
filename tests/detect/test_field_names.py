"""Names in form fields labelled as a person's: "Member: CORA J WENTWORTH   DOB: ..."."""

from __future__ import annotations

import pytest

from redact.detect.field_names import field_name_findings


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in field_name_findings(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Member: CORA J WENTWORTH   DOB: 02/11/2007", ["CORA J WENTWORTH"]),
        ("Subscriber: DENNIS R WENTWORTH (father), group 44", ["DENNIS R WENTWORTH"]),
        ("Member: MARK T OWENS\nMember ID: QZ1", ["MARK T OWENS"]),
        ("Insured: Lena M. Ruiz", ["Lena M. Ruiz"]),
        ("Patient: OTTILIE BRANDAUER          MRN 4471", ["OTTILIE BRANDAUER"]),
        ("Beneficiary: IMOGEN R HALVERSEN-TATE; Plan: Gold", ["IMOGEN R HALVERSEN-TATE"]),
    ],
)
def test_a_person_after_a_person_label(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Subscriber: SAME AS ABOVE",
        "Member: SELF",
        "Patient: SEE ATTACHED LIST",
        "Beneficiary: MEDICAID HMO PLAN",
        "Recipient: DEPT OF HUMAN SERVICES",
        "Patient: John Smith was seen today",  # prose: NER's
        "Member ID: QZ88812   Group: 0076",
        "Patient: PT SEEN IN ED",
    ],
)
def test_no_person_where_the_value_is_no_name(text: str) -> None:
    assert _found(text) == []
