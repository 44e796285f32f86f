"""Names gathered from a whole release: one word after the client's tie to the person.

"Her boyfriend Tiko" in one note makes "tiko" in another note of the release a name; a
common word after the same cue ("her friend Hope") is not searched alone. All synthetic.
"""

from __future__ import annotations

import pytest

from redact.detect.lexicon import gather_names, release_name_findings


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Spoke with her boyfriend Kwabi on the phone.", "kwabi"),
        ("Client's neighbour Oyelaran checks on her.", "oyelaran"),
        ("Her roommate Zsofika moved out in May.", "zsofika"),
        ("His daughter Ximara stays weekends.", "ximara"),
    ],
)
def test_one_name_after_a_tie_is_a_name_of_the_release(note: str, name: str) -> None:
    names = gather_names([note])
    assert name in names.single_names
    later = f"Called back; {name} answered and said the car broke down."
    found = release_name_findings(later, names)
    assert [later[f.start : f.end] for f in found] == [name]


@pytest.mark.parametrize(
    "note",
    [
        "Her friend Hope came to the visit.",
        "His son Will is doing better.",
        "Her partner Bill drove.",
        "Her friend said she would come.",  # no name after the cue
    ],
)
def test_a_common_word_after_a_tie_is_not_searched_alone(note: str) -> None:
    assert gather_names([note]).single_names == ()


def test_an_institutions_word_inside_a_service_name_is_the_service() -> None:
    names = gather_names(["Referred to Habilitation Services for day programme."])
    assert ("Habilitation", "AGENCY") in names.institution_words
    text = "Plan includes Day Habilitation and respite; Habilitation called."
    assert [text[f.start : f.end] for f in release_name_findings(text, names)] == [
        "Habilitation"
    ]  # the agency alone, not the service


def test_a_pharmacys_own_word_is_found_alone_in_another_note_of_the_release() -> None:
    names = gather_names(["Pharmacy: Quillmoor Pharmacy, 40 Elm St, Tel (603) 555-0190"])
    assert ("Quillmoor", "ORGANIZATION") in names.institution_words
    later = "MED LIST REVIEWED, PILL PACKS FROM QUILLMOOR. F/U PCP 7/31."
    found = release_name_findings(later, names)
    assert [(later[f.start : f.end], f.entity_type) for f in found] == [
        ("QUILLMOOR", "ORGANIZATION")
    ]


@pytest.mark.parametrize(
    ("note", "name", "later"),
    [
        (
            "Home visit with Kazuo Pellegrini, LMSWA, on Tuesday.",
            "Kazuo Pellegrini",
            "left a msg for kazuo about the respite form",
        ),
        (
            "Household: stepsister Anouk Brandvold-Okeke (13).",
            "Anouk Brandvold-Okeke",
            "we saw anouk's game on saturday",
        ),
    ],
)
def test_a_given_name_no_list_holds_is_a_person_with_a_credential_or_double_surname(
    note: str, name: str, later: str
) -> None:
    """A rare given name no list holds, before a surname with a credential after it or a
    double surname of two surnames: the release's person, found in lower case elsewhere."""
    names = gather_names([note])
    assert name in names.full_names
    found = release_name_findings(later, names)
    assert name.split()[0].lower() in [later[f.start : f.end] for f in found]


@pytest.mark.parametrize(
    "note", ["Moved from Walla Walla, WA in May.", "Lives near Spokane Valley, WA."]
)
def test_a_town_and_its_state_is_no_credentialed_person(note: str) -> None:
    assert gather_names([note]).full_names == ()


def test_a_name_someone_calls_himself_is_a_name_of_the_release() -> None:
    """'calling herself "kiki"' in one e-mail: "kiki" alone in the reply is her too."""
    names = gather_names(['fyi she has been calling herself "kiki" since the move'])
    assert "kiki" in names.single_names
    later = "i'll walk kiki to the office at 8"
    assert [later[f.start : f.end] for f in release_name_findings(later, names)] == ["kiki"]
