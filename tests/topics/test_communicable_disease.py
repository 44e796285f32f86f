"""HIV/AIDS and communicable-disease status: status, tests and treatment are withheld."""

from __future__ import annotations

import pytest

from redact.topics.base import NO_CONTEXT
from redact.topics.communicable_disease import TOPIC

MUST = [
    "Client disclosed that she is HIV-positive and has told no one in her family.",
    "His viral load is undetectable and his CD4 count is stable.",
    "She takes Biktarvy daily and sees the infectious disease clinic every three months.",
    "Client was diagnosed with hepatitis C last year and is starting treatment.",
    "He tested positive for tuberculosis during his shelter intake screening.",
    "Referred to the health department for STI testing and treatment.",
    "Client is on PrEP and asked about clinic hours.",
    "We talked about U=U and what it means for telling a new partner.",
    "he said hes been poz since 2015 and never told his mom",
    "She was treated for syphilis in 2019.",
    "His partner is living with AIDS and receives home care.",
    "Client completed a TB test for her new job; the result is pending.",
    # chat style, lower case
    "3/2 8:15 PM  kay: my bf made me go get an std test. came back clean tho",
    "she got checked for stds at the free clinic on saturday",
    "Youth reports he tested negative for STIs at the health department.",
    "u think he gave her an sti??",
    "he made me get tested for hiv at the clinic",
    "she was pos for chlamydia last year",
    "PPD placed L forearm 10/2; read 10/4, 12 mm induration.",
]

MUST_NOT = [
    "RE: Ana Ruiz, applicant no. HCV-2025-031876. To whom it may concern.",
    "Form ART-12 was filed with the court.",
    "Client's grandmother uses hearing aids and struggles on the phone.",
    "Staff completed first aid training this month.",
    "Her daughter enjoys art therapy on Wednesdays.",
    "Location of the follow-up meeting is TBD.",
    "Client missed the session because of a cold.",
    "Immunizations are up to date per the school nurse.",
    "She has a positive attitude about the new apartment.",
    "Her laugh is contagious and lifted the room.",
    "Client applied for financial aid at the community college.",
    "He received a flu shot at the pharmacy.",
    "The std. deviation of the reading scores was 2.1 points.",
    "Standard (std) attendance letter sent home.",
    # a plan tier after a member number, short-term disability
    "INS: MEDICAID ID 200117734408 (STD); SECONDARY NONE",
    "She filed an STD claim through her employer after the surgery.",
    "Approved for short-term disability (STD) through March.",
    # the benefit by its claim number, its examiner or its decision
    "Faxed the plan to the insurer, STD CLM-7730-2219, attn examiner.",
    "STD #55012 approved through 6/30; LTD application pending.",
    "Her STD examiner wants session dates only.",
    "STD/LTD forms completed and returned to HR.",
    # postpartum depression written short in a perinatal note
    "Mother, 19 yrs\tPPD on sertraline 50 mg\tperinatal psych f/u",
    "Screen positive for postpartum depression (PPD); referred to perinatal psychiatry.",
    # a city's police department
    "Mobile team on scene with Officer Vance #4410 from PPD CIT as backup.",
    "PPD responded to the apartment at 23:10; no arrest.",
]


@pytest.mark.parametrize("sentence", MUST)
def test_withholds(sentence: str) -> None:
    assert TOPIC.matches(sentence, NO_CONTEXT)


@pytest.mark.parametrize("sentence", MUST_NOT)
def test_keeps(sentence: str) -> None:
    assert not TOPIC.matches(sentence, NO_CONTEXT)
