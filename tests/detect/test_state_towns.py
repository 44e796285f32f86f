"""A small town of the document's own state after a place word (`redact.detect.state_towns`)."""

from __future__ import annotations

import pytest

from redact.detect.state_towns import document_states, state_town_findings, town_state_pair_findings
from redact.findings import Finding


def _found(text: str, subject: tuple[str, ...] = ()) -> list[str]:
    return [text[f.start : f.end] for f in state_town_findings(text, [], subject)]


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (
            "Home: 12 Pine Rd, Grand Marais, MN 55604. The boy lives with his uncle in Walker "
            "under a Band placement.",
            ["Walker"],
        ),
        (
            "Mom is staying with a friend in Ponemah; office in Bemidji, Minnesota.",
            ["Ponemah", "Bemidji"],
        ),
        ("Language day camp in July at Bagley (Minnesota Chippewa Tribe).", ["Bagley"]),
    ],
)
def test_a_town_of_the_documents_state_is_a_place(text: str, towns: list[str]) -> None:
    assert _found(text) == towns


@pytest.mark.parametrize(
    "text",
    [
        "She lives in Walker now.",  # no state named: a surname stays a surname
        "Minnesota. Met in Walker Hall; stayed in Hope.",  # a building; a common word
        "Texas. Interview in Spanish at Mission.",
        "Minnesota. A call from Walker about the visit.",
    ],
)
def test_names_without_a_state_cue_stay(text: str) -> None:
    assert _found(text) == []


def test_the_subjects_name_is_never_a_town() -> None:
    assert _found("Cass Lake, MN. Visit in Walker.", ("Dana Walker",)) == []


def test_states_come_from_names_codes_and_towns() -> None:
    assert document_states("Apt 2, Duluth, MN 55802", []) == {"MN"}
    assert document_states("Moved to Oregon last year.", []) == {"OR"}
    assert document_states("OR and ED notes", []) == set()


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("PT LIVES WITH HER SON IN GARDEN CITY KS, PREFERS SNF THERE.", "GARDEN CITY KS"),
        ("Mailing address: PO Box 12, Council Grove, KS 66846", "Council Grove, KS 66846"),
        ("her brother moved to Hays KS last spring", "Hays KS"),
        # two-letter words of no state's code before it ("to", "at", "up") are passed over
        ("we went to see him at his place up by Hays KS", "Hays KS"),
        ("F/U with cardiology in Roanoke, VA in two weeks", "Roanoke, VA"),
        # lower case
        ("addr: 9 birch ct, council grove ks 66846 (2nd fl)", "council grove ks 66846"),
        # after a locative, a code that is also a word, and a lower-case note's code
        ("dtr lives in tulsa ok? no: son in dayton oh (937-555-0101)", "dayton oh"),
        ("MOTHER AND FATHER IN BANGOR ME NOTIFIED W/ CONSENT", "BANGOR ME"),
    ],
)
def test_a_town_with_its_states_code_is_a_place_in_any_case(text: str, town: str) -> None:
    found = [text[f.start : f.end] for f in town_state_pair_findings(text, [])]
    assert found == [town]


def test_a_pair_is_taken_whole_where_its_town_is_already_found() -> None:
    text = "grandson in akron oh (330-555-0144), calls sundays"
    town = text.index("akron")
    found = town_state_pair_findings(text, [Finding(town, town + 5, "LOCATION", 0.6)])
    assert [text[f.start : f.end] for f in found] == ["akron oh"]


@pytest.mark.parametrize(
    "text",
    [
        "SEEN BY DR ABEL SMITH MD THIS AM",  # a credential, not Maryland
        "PT ON 2L NC, SATS 94%",  # nasal cannula
        "WILL F/U AT SALEM VA",  # a code that is also a word needs a comma or a ZIP
        "Reviewed with the team in Kansas",  # a state alone is no town
        "she will go in august or later",  # lower-case letters with no ZIP are no state
        "f/u in salem va next wk",  # the VA hospital, after a locative too
        "lives in mesa or tempe, unsure",  # a lower-case code that is an everyday word
        "sent to dayton oh well",  # no locative before the town
    ],
)
def test_a_code_that_is_also_a_word_or_no_town_before_a_code_is_left(text: str) -> None:
    assert town_state_pair_findings(text, []) == []
