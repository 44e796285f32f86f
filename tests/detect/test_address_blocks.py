"""Address blocks: lines under a street line are the address until a line is not."""

from __future__ import annotations

import pytest

from redact.detect.address_blocks import address_block_findings
from redact.findings import Finding


def _street(text: str, street: str) -> Finding:
    start = text.index(street)
    return Finding(start, start + len(street), "STREET_ADDRESS", 0.6)


def _added(text: str, street: str) -> list[str]:
    found = address_block_findings(text, [_street(text, street)])
    return [text[f.start : f.end] for f in found]


@pytest.mark.parametrize(
    ("text", "street", "expected"),
    [
        (
            "Send it to 14 Crown Street\n Suite 321\n LONDON\n United Kingdom 75419? I am away.",
            "14 Crown Street",
            ["Suite 321", "LONDON", "United Kingdom 75419"],
        ),
        (
            "Address:\n3482 Via Franscini 71 Suite 838\n   Tujetsch\n    nan\n    7188\n",
            "3482 Via Franscini 71 Suite 838",
            ["Tujetsch", "nan", "7188"],
        ),
        (
            ">228 Ringvej 144\n>Apt. 902\n>Qaqortoq\n>Greenlander 96817",
            "228 Ringvej 144",
            ["Apt. 902", "Qaqortoq", "Greenlander 96817"],
        ),
        (
            "50345 Wingertweg 126\n Suite 408\n Ependes\n\n Switzerland 82590",
            "Wingertweg 126",
            ["50345", "Suite 408", "Ependes", "Switzerland 82590"],
        ),
        ("Lives at 12 Oak Street.", "12 Oak Street", []),
        (
            "009 Slovenčeva 51\n Suite 632\n Črni Vrh nad Idrijo\n Slovenia 15755",
            "009 Slovenčeva 51",
            ["Suite 632", "Črni Vrh nad Idrijo", "Slovenia 15755"],
        ),
    ],
)
def test_lines_of_an_address_block_are_taken(text: str, street: str, expected: list[str]) -> None:
    assert _added(text, street) == expected


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Moved to 12 Oak Street\nShe reports feeling safer now.", "12 Oak Street"),
        ("12 Oak Street\nPhone: 555-0100", "12 Oak Street"),
        ("12 Oak Street\n\nPlan\nFollow up next week.", "12 Oak Street"),
        ("12 Oak Street\nMother Father Sister Brother Cousin Aunt Uncle", "12 Oak Street"),
    ],
)
def test_a_sentence_a_label_or_a_new_paragraph_is_not_taken(text: str, street: str) -> None:
    assert _added(text, street) == []


def test_only_street_addresses_start_a_block() -> None:
    text = "Mercy Hospital\n Suite 100\n BOSTON"
    assert address_block_findings(text, [Finding(0, 14, "HEALTHCARE_FACILITY", 0.7)]) == []


def test_added_findings_say_where_they_came_from() -> None:
    text = "14 Crown Street\n LONDON"
    [added] = address_block_findings(text, [_street(text, "14 Crown Street")])
    assert (added.entity_type, added.source) == ("STREET_ADDRESS", "AddressBlock")


def test_name_lines_over_a_street_line_are_taken() -> None:
    text = "Thanks,\n\nDreux Joly\nPaxata\nPSC 3294, Box 9168\nAPO AA 61487"
    found = address_block_findings(text, [_street(text, "PSC 3294, Box 9168")])
    headings = [text[f.start : f.end] for f in found if f.entity_type == "ORGANIZATION"]
    assert headings == ["Paxata", "Dreux Joly"]


def test_a_credential_after_a_name_line_is_left_out() -> None:
    text = "Regards,\nOrsolya Penhallow, CFLE\nBrackwater Mills\n88 Tannery Rd"
    found = address_block_findings(text, [_street(text, "88 Tannery Rd")])
    headings = [text[f.start : f.end] for f in found if f.entity_type == "ORGANIZATION"]
    assert headings == ["Brackwater Mills", "Orsolya Penhallow"]


@pytest.mark.parametrize(
    "text",
    [
        "Client lives at:\n12 Oak Street",
        "She said she moved on 3 May to\n12 Oak Street",
        "She said she moved\n12 Oak Street",
        "Best regards\n12 Oak Street",
        "Moved to 12 Oak Street",
    ],
)
def test_labels_sentences_and_text_before_the_street_are_not_headings(text: str) -> None:
    found = address_block_findings(text, [_street(text, "12 Oak Street")])
    assert [f for f in found if f.entity_type == "ORGANIZATION"] == []


@pytest.mark.parametrize("date", ["March 3, 2026", "3 March 2026", "Sept. 30th, 2025"])
def test_a_letters_date_under_the_letterhead_address_is_no_postcode_line(date: str) -> None:
    head = "Lakeview Family Services\n2290 W. Orchard Rd, Boise, ID 83704\n\n"
    text = f"{head}{date}\n\nDear Ms. Ansah"
    street = text.index("2290")
    found = address_block_findings(
        text, [Finding(street, text.index("83704") + 5, "STREET_ADDRESS", 0.8)]
    )
    assert [text[f.start : f.end] for f in found] == ["Lakeview Family Services"]
