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
