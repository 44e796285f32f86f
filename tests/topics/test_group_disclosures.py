"""Other people's disclosures in group and couples sessions; the client's own words stay."""

from __future__ import annotations

import pytest

from redact.topics.base import NO_CONTEXT, TopicContext
from redact.topics.group_disclosures import TOPIC

CLIENT = TopicContext(subject_names=("Ana Julia Dias", "Ana Julia", "Ms. Dias"))

MUST = [
    "Another member, J., disclosed that she relapsed over the weekend.",
    "Her partner Tom shared that he has been sleeping in his car.",
    "Group member Lisa reported that her son was removed by CPS.",
    "During check-in, two participants shared their cravings.",
    "Client listened as another member described her miscarriage.",
    "Tom disclosed that he lost his job in March.",
    "Lisa, another member, said she is being evicted.",
    "Her husband stated that he does not want another child.",
    "One of the members talked about her brother's suicide.",
    "Other members shared their own experiences with custody court.",
    "Marco (Mr. Ruiz) talked about his custody case and said he feels judged.",
    "Dana was quiet and disclosed only that she is using again.",
]

MUST_NOT = [
    "Ms. Dias shared that she was proud of her progress.",
    "Ana Julia disclosed that she is afraid of losing her housing.",
    "Client shared her goals for the coming month.",
    "The group discussed coping skills for the holidays.",
    "Writer facilitated the group with a co-facilitator.",
    "Client was supportive of other members.",
    "Dr. Albuquerque shared the lab results with the team.",
    "Her partner attended the session.",
    "She said she would bring the forms next week.",
    "Eight members attended; the topic was grief.",
]


@pytest.mark.parametrize("sentence", MUST)
def test_withholds(sentence: str) -> None:
    assert TOPIC.matches(sentence, CLIENT)


@pytest.mark.parametrize("sentence", MUST_NOT)
def test_keeps(sentence: str) -> None:
    assert not TOPIC.matches(sentence, CLIENT)


def test_subject_named_as_partner_is_kept() -> None:
    tom = TopicContext(subject_names=("Tom Reyes", "Tom"))
    assert not TOPIC.matches("Her partner Tom shared that he was scared.", tom)


def test_without_names_every_named_person_is_someone_else() -> None:
    assert TOPIC.matches("Ana Julia disclosed that she is afraid.", NO_CONTEXT)


def test_pronoun_opens_a_continuation() -> None:
    assert TOPIC.continues("She said it was the worst week of her life.")
    assert not TOPIC.continues("Client responded with empathy.")
