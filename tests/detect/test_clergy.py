"""A congregation's clergy are private third parties; an institution's chaplain is staff:
synthetic sentences (invented people and churches), the real model end to end."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact.detect.clergy import clergy_cue
from redact.redactor import Redactor


def _cue(text: str, name: str) -> bool | None:
    start = text.index(name)
    return clergy_cue(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("she said pastor wes is praying for her", "wes"),
        ("Rev. Alden Whitcomb of her congregation visited the home.", "Alden Whitcomb"),
        ("a letter from Iglesia Bautista Central, pastor Hno. Ramiro Soto.", "Ramiro Soto"),
        ("went to church with hno tomas on sunday", "tomas"),
        ("Dale Hargrove, her pastor, called the worker.", "Dale Hargrove"),
        ("Deacon Marcus Bell drives him to meetings.", "Marcus Bell"),
        ("Imam Yusuf Karimi wrote a character letter.", "Yusuf Karimi"),
        # a chaplain named in the next sentence, or signing the entry, is someone else
        (
            "Member of Grace Moravian; pastor Rev. Odell Brightwater. Hospice chaplain follows.",
            "Odell Brightwater",
        ),
        (
            "anointing by pastor rev. linus quarry set for 5/2. -rev. a. ho, chaplain",
            "linus quarry",
        ),
    ],
)
def test_a_congregations_clergy_are_parties(text: str, name: str) -> None:
    assert _cue(text, name) is False


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rev. Maureen Oakes, hospice chaplain, sat with the family.", "Maureen Oakes"),
        ("Pastor Ian Reedy (spiritual care) met the patient on 4 West.", "Ian Reedy"),
        ("Rabbi Noa Stein of the chaplaincy service saw him.", "Noa Stein"),
        ("His pastor visited. Hospice chaplain Rev. Tamsin Orrell prayed.", "Tamsin Orrell"),
        ("sang hymns w/ wife. -rev. j. velasquez-moor, chaplain", "j. velasquez-moor"),
    ],
)
def test_an_institutions_chaplain_is_staff(text: str, name: str) -> None:
    assert _cue(text, name) is True


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Caseworker Tobias Lind visited.", "Tobias Lind"),
        ("Chaplain Dana Kessler met the family.", "Dana Kessler"),
        ("Her elder brother Kofi Mensah came along.", "Kofi Mensah"),
    ],
)
def test_no_clergy_title_says_nothing(text: str, name: str) -> None:
    assert _cue(text, name) is None


NOTE = """\
Progress note. Client Darnell Pruitt attended.
He said pastor ron is praying for him, and Rev. Alden Whitcomb of his church visited.
Rev. Maureen Oakes, hospital chaplain, met with him on the unit.
"""


@pytest.mark.parametrize("policy", ["court-subpoena", "mandated-report"])
def test_the_clients_pastor_goes_and_the_chaplain_stays(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(NOTE, subject=["Darnell Pruitt"]).text
    assert "Darnell Pruitt" in out
    assert "Maureen Oakes" in out
    assert "ron" not in out.split("pastor", 1)[1][:6]
    assert "Whitcomb" not in out and "Alden" not in out
