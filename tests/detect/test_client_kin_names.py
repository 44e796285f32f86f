"""A lower-case given name after a kin word of a client's language, in any note
(`redact.detect.client_kin_names`)."""

from __future__ import annotations

import pytest

from redact.detect.client_kin_names import client_kin_name_findings


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in client_kin_name_findings(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Client reports she stayed with abuela rosa over the weekend.", "rosa"),
        ("Youth said teta samira came to the game and upset him.", "samira"),
        ("Per mom, her sitto mona watches the baby while she works.", "mona"),
        ("Mother states Abuela mercedes picks the children up on Tuesdays.", "mercedes"),
        ("9/2 4:10 pm  dani: nonna lucia cooked for everyone", "lucia"),
    ],
)
def test_the_name_after_the_kin_word_is_found_and_the_kin_word_stays(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "abuela says she can keep them",
        "teta is sick again; oma and opa came sunday",
        "Abuela will pick up the kids. tio came by.",
        "mi abuela esta enferma y vive con mi tio",
        "teta may come; tia hope you are ok",  # English verbs and virtues
    ],
)
def test_words_after_a_kin_word_stay(text: str) -> None:
    assert _found(text) == []
