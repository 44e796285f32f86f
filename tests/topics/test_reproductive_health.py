"""Reproductive health: pregnancy, its loss or ending, contraception and fertility."""

from __future__ import annotations

import pytest

from redact.topics.base import NO_CONTEXT
from redact.topics.reproductive_health import TOPIC

MUST = [
    "Client is 14 weeks pregnant and has not started prenatal care.",
    "She had a miscarriage in March and is still grieving.",
    "Client asked for information about abortion services.",
    "She has an IUD placed at Planned Parenthood.",
    "Her OB/GYN appointment is next Tuesday.",
    "Client is experiencing postpartum depression after the birth of her second child.",
    "The couple has been trying to conceive for two years and started IVF.",
    "She took Plan B after the assault.",
    "Her due date is in early May.",
    "She chose to terminate the pregnancy.",
    # chat style, lower case
    "lol she took a plan b last nite dont tell nobody",
    "did a preg test in the bathroom at school, it was neg",
    "my mom put me on the pill in august",
    "went to the teen clinic after school for bc pills",
    "Student disclosed she is sexually active and asked about the clinic.",
    "got my iud out last month lol",
    "She was admitted to labor and delivery at 36 weeks.",
]

MUST_NOT = [
    "Her son was born in 2015 and attends second grade.",
    "Client works for the Department of Labor.",
    "Groceries are delivered on Fridays by the food bank.",
    "She is due for Medicaid recertification next month.",
    "If the landlord refuses, plan B is to ask her aunt for a room.",
    "Client could not conceive of leaving her job.",
    "He had an abdominal ultrasound for kidney stones.",
    "Client celebrated her daughter's birthday at the park.",
    "Mother's Day is hard for her since the separation.",
    "The labor union offered legal help with the dispute.",
    "we need a plan b if the bus doesn't come",
    "Plan: call the school counselor on Monday.",
    "He takes a pill for his ADHD every morning.",
    "Could she change the payment due date of her credit card?",
    "The rent due date moved to the 5th after the HAP contract.",
    "He worked for the county hospital as a midwife until 2019.",
    # a trade named by the unit it works on
    "Ms. Adeyemi, 41, a labor and delivery nurse at Mercy West, lives with her husband.",
    "His partner is an L&D charge nurse and works nights.",
    "She has worked in labor and delivery at the regional hospital since 2016.",
]


@pytest.mark.parametrize("sentence", MUST)
def test_withholds(sentence: str) -> None:
    assert TOPIC.matches(sentence, NO_CONTEXT)


@pytest.mark.parametrize("sentence", MUST_NOT)
def test_keeps(sentence: str) -> None:
    assert not TOPIC.matches(sentence, NO_CONTEXT)
