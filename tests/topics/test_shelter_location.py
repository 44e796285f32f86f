"""Domestic-violence shelter and safe-house locations; other shelters stay."""

from __future__ import annotations

import pytest

from redact.topics.base import NO_CONTEXT
from redact.topics.shelter_location import TOPIC

MUST = [
    "Client and her children entered a domestic violence shelter on Friday.",
    "She is staying at a safe house outside the county.",
    "The shelter is located behind the old fire station on Elm Street.",
    "She was relocated to an undisclosed location after the protective order was served.",
    "Shelter staff report she follows the curfew and attends groups.",
    "She fled with the children to a shelter after he threatened her.",
    "Writer met client at the women's shelter.",
    "Client moved into the shelter last night.",
]

MUST_NOT = [
    "The family adopted a dog from the animal shelter.",
    "He slept at the homeless shelter downtown last winter.",
    "Client waited at the bus shelter for twenty minutes.",
    "Schools were told to shelter in place during the storm.",
    "He works at a sheltered workshop three days a week.",
    "Safety plan reviewed with client; she knows the hotline number.",
    "Basic needs: food, clothing and shelter are met.",
    "Client reports she feels safe in her apartment.",
    "The tax shelter question was referred to her accountant.",
]


@pytest.mark.parametrize("sentence", MUST)
def test_withholds(sentence: str) -> None:
    assert TOPIC.matches(sentence, NO_CONTEXT)


@pytest.mark.parametrize("sentence", MUST_NOT)
def test_keeps(sentence: str) -> None:
    assert not TOPIC.matches(sentence, NO_CONTEXT)


@pytest.mark.parametrize(
    "sentence",
    [
        "Address Confidentiality Program application for client and children started.",
        "Mother: Dana Reyes (ACP participant, mail via ACP).",
        "Safety plan reviewed monthly; new phone; Address Confidentiality Program.",
        "Client's current address is confidential; mail goes through the Address Confidentiality "
        "Program.",
    ],
)
def test_an_address_confidentiality_programme_places_no_one(sentence: str) -> None:
    assert not TOPIC.matches(sentence, NO_CONTEXT)
