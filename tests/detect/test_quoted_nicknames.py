"""A quoted nickname after a full name is gathered for the whole release. People synthetic."""

from __future__ import annotations

from redact import Redactor
from redact.detect.lexicon import gather_names
from redact.detect.quoted_nicknames import quoted_nickname_people
from tests.conftest import TEST_KEY

PLAN = 'Youth: Marisela T. Okonjo-Brandt ("Mari"), 16. Mother: Ines Brandt.'
ROWS = ["Mari shaky but gave a full account.", "mari: cant sleep again", "Mari's plan reviewed."]


def test_the_name_and_its_quoted_nickname_are_read() -> None:
    assert quoted_nickname_people(PLAN) == [("Marisela Okonjo-Brandt", ("Mari",))]
    assert quoted_nickname_people('Theodora Quinn "Teddy" called.') == [
        ("Theodora Quinn", ("Teddy",))
    ]
    assert quoted_nickname_people('Filed under the "Order" heading by the Court.') == []


def test_short_rows_of_the_release_lose_the_nickname() -> None:
    names = gather_names([PLAN, *ROWS])
    assert dict(names.forms)["Mari"] == "marisela okonjo brandt"
    redactor = Redactor("consultation", key=TEST_KEY, release_names=names)
    for row in ROWS:
        out = redactor.redact(row).text
        assert "Mari" not in out and "mari:" not in out
    assert "gave a full account" in redactor.redact(ROWS[0]).text


def test_a_longer_name_or_a_suffix_before_the_quoted_nickname() -> None:
    assert quoted_nickname_people('Husband: Emmanuel Tabe Enow ("Manu"), held since 2022') == [
        ("Emmanuel Tabe Enow", ("Manu",))
    ]
    assert quoted_nickname_people('Luz Marina Ochoa Restrepo "Lucha" came alone.') == [
        ("Luz Marina Ochoa Restrepo", ("Lucha",))
    ]
    assert quoted_nickname_people('Son: Tyrone Earl Beckwith Jr. ("Tiny"), 6') == [
        ("Tyrone Earl Beckwith", ("Tiny",))
    ]
    # a role word before the name is not part of it; a phrase is no name
    assert quoted_nickname_people('Mother Anne Marie Kowal "Annie" called.') == [
        ("Anne Marie Kowal", ("Annie",))
    ]
    assert quoted_nickname_people('Dana Roe of Housing "Supervisor" signed.') == []


def test_a_message_log_loses_the_nickname_of_a_longer_name() -> None:
    intake = 'Husband: Emmanuel Tabe Enow ("Manu"), detained since 2022.'
    log = "28/06/2025, 16:03 - ma bea: they move manu, nobody know where"
    names = gather_names([intake, log])
    redactor = Redactor("consultation", key=TEST_KEY, release_names=names)
    out = redactor.redact(log).text
    assert "manu" not in out.lower() and "nobody know where" in out
