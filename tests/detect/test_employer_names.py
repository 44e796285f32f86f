"""An employer a work cue names is the same employer in every document of the release:
synthetic texts, the real pipeline end to end."""

from __future__ import annotations

import pickle
from collections.abc import Callable

import pytest

from redact.detect.employer_names import employer_name_findings, employers_in
from redact.detect.lexicon import gather_names
from redact.findings import Finding
from redact.redactor import Redactor

INTAKE = "Client is a line lead on second shift at Tarrow Polymer, LLC (Easton plant) since 2014."
SESSION = (
    "Exposure: standing at the loading bay at Tarrow with a pallet jack.\n"
    "RTW letter to HR at Tarrow Polymer.\n"
    "first week back at tarrow went ok. TARROW called."
)
PORTAL = "4/1/25 7:30 PM dana: drove by tarrow today and sat in the lot like u said"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (INTAKE, ["Tarrow Polymer", "Tarrow"]),
        (
            "Trigger: job loss at Heddon Freight Lines 2 wks ago.",
            ["Heddon Freight Lines", "Heddon"],
        ),
        # a common first word is no short name; care is no employer
        ("Works at Great Lakes Cold Storage.", ["Great Lakes Cold Storage"]),
        ("Nurse at Bramwell Regional Hospital.", []),
        # someone one works with is a person, not a workplace
        ("Client is working with Tiko on a budget.", []),
        (
            "Subscriber: father, employer group Osterhout Tree Care LLC",
            ["Osterhout Tree Care", "Osterhout"],
        ),
    ],
)
def test_the_employers_a_work_cue_names(text: str, expected: list[str]) -> None:
    assert list(employers_in(text)) == expected


def test_the_release_gathers_its_employers_but_not_its_peoples_names() -> None:
    names = gather_names([INTAKE, "Mother Ilse Osterhout. Works for Osterhout Tree Care LLC."])
    assert "Tarrow" in names.employers and "Tarrow Polymer" in names.employers
    assert "Osterhout Tree Care" in names.employers
    assert "Osterhout" not in names.employers  # the family's surname


def test_the_release_employers_travel_to_workers() -> None:
    names = gather_names([INTAKE])
    assert pickle.loads(pickle.dumps(names)).employers == names.employers == (
        "Tarrow", "Tarrow Polymer"
    )  # fmt: skip


def test_an_agency_that_writes_is_no_employer_of_its_release() -> None:
    letter = "KESTREL PATHWAYS\n12 Main St\n\nI am a shift lead at Kestrel Pathways since 2019."
    intake = "Resident works at Kestrel Pathways as a cook; mom is a cashier at Obrecht Foods."
    names = gather_names([letter, intake])
    assert "Kestrel Pathways" not in names.employers and "Kestrel" not in names.employers
    assert "Obrecht Foods" in names.employers


def test_every_form_of_a_release_employer_is_found() -> None:
    found = employer_name_findings(SESSION, [], ("Tarrow", "Tarrow Polymer"))
    assert [SESSION[f.start : f.end] for f in found] == [
        "Tarrow", "Tarrow Polymer", "tarrow", "TARROW"
    ]  # fmt: skip
    assert {f.entity_type for f in found} == {"EMPLOYER"}


def test_a_surname_is_never_taken_for_the_family_business() -> None:
    text = "Gianna Osterhout attends group. Dad at Osterhout Tree Care most days."
    person = Finding(0, 16, "PERSON", 0.85)
    found = employer_name_findings(
        text, [person], ("Osterhout", "Osterhout Tree Care"), subject=["Gianna Osterhout"]
    )
    assert [text[f.start : f.end] for f in found] == ["Osterhout Tree Care"]


def test_this_texts_own_employer_is_found_again() -> None:
    text = "Entered Benning's Grocery on Carthage Ave. No contact with Benning's Grocery."
    store = Finding(8, 25, "EMPLOYER", 0.6)
    found = employer_name_findings(text, [store])
    assert [text[f.start : f.end] for f in found] == ["Benning's Grocery"]
    assert found[0].start == text.rindex("Benning's")


@pytest.mark.parametrize("policy", ["mandated-report", "provider-referral", "court-subpoena"])
def test_the_employer_goes_in_every_document_of_the_release(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    redactor = redactor_for(policy)
    texts = [INTAKE, SESSION, PORTAL]
    redactor.start_release(texts)
    for text in texts:
        out = redactor.redact(text, subject=["Dana Vukovich"]).text
        assert "tarrow" not in out.casefold(), out
