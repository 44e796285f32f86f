"""Substance-use treatment (42 CFR Part 2): what is withheld and what is not.

Decision documented here and in the module: a plain denial or absence of use is NOT
withheld (it identifies nobody as having a disorder); treatment, recovery support,
medication, screens and relapse ARE.
"""

from __future__ import annotations

import pytest

from redact.topics.base import NO_CONTEXT
from redact.topics.substance_use import TOPIC

MUST = [
    "He went to rehab for his drinking last year.",
    "He was admitted to rehab for opioid detox.",
    "Client attends AA meetings three times a week and has a sponsor.",
    "She reports she has been attending the opioid treatment program daily.",
    "Remains on methadone 80 mg, dosed at the window each morning.",
    "He was discharged from detox on Friday and referred to an IOP at the clinic.",
    "Urine drug screen from last week was negative for non-prescribed substances.",
    "Diagnosis: opioid use disorder, moderate, in early remission.",
    "Client relapsed on alcohol after her mother's funeral.",
    "She has 90 days clean and is proud of her sobriety.",
    "Writer referred client to a substance abuse evaluation as ordered by the court.",
    "He was prescribed Suboxone by his MAT provider.",
    "Client goes to NA on Tuesdays.",
    "Her father is an alcoholic and was in rehab twice.",
    "Client denies alcohol use but continues to attend AA.",
    # slang and chat style
    "- Kyle said he hits a cart before 1st period to stay calm.",
    "idk he was smoking weed behind the gym again",
    "UA 3/4/25 positive THC; UA 4/1/25 negative.",
    "she got high before class and the teacher noticed",
    "they were popping xans at the party",
    "they were doing coke in the bathroom at the party",
    "he tried shrooms over spring break",
    # the use itself, its route, and what only this treatment measures or hands out
    "Client reports daily IV fentanyl use x 3 years.",
    "Partner also injects and has not entered treatment.",
    "COWS at intake 14 (moderate).",
    "UDS bup+ norbup+ fent trace EtG neg.",
    "Take-homes: weekly after 4 negative screens.",
    "Level of care: Level 1 OBOT.",
    "3/15 11:31p tj: yea at moms. gizmo drove me he been clean 2 yrs",
    "5/31 10:50p tj: messed up. had beers at the cookout. no dope tho",
    "She has stayed clean since March.",
]

MUST_NOT = [
    # rehabilitation after an injury or surgery is not substance-use treatment
    "PT LIVES ALONE. D/C TO SPRINGFIELD REHAB WHEN MEDICALLY CLEARED.",
    "Discharged to acute rehab after her hip fracture.",
    "Rehab potential good; PT/OT following.",
    "Family prefers short-term rehab close to home.",
    "Client denies alcohol use.",
    "No history of substance use.",
    "She denies any drug or alcohol use and no substance use concerns were identified.",
    "He has an AA degree from the community college.",
    "Allergies: NA",
    "She is in recovery from knee surgery and uses a walker.",
    "Client reports a relapse of depression after losing her job.",
    "Her son is addicted to video games, according to his teacher.",
    "Client drinks coffee every morning before work.",
    "The family moved to Sacramento, CA in June.",
    "She served non-alcoholic punch at the party.",
    "Substance use history: denies.",
    "Client was sober-minded and thoughtful in today's discussion of the budget.",
    "Admits vaping (nicotine) sometimes, denies other drugs.",
    "His risk score was high and his anxiety was high before class.",
    "She was positive about the new school.",
    "Pushed a shopping cart to the store with his grandmother.",
    "Her father injects insulin twice a day.",
    "Client denies IV drug use.",
    "The cows were sold at auction last spring.",
    "He got clean clothes from the pantry.",
    "Keep the kitchen clean for two days before the inspection.",
    "That jacket is dope.",
]


@pytest.mark.parametrize("sentence", MUST)
def test_withholds(sentence: str) -> None:
    assert TOPIC.matches(sentence, NO_CONTEXT)


@pytest.mark.parametrize("sentence", MUST_NOT)
def test_keeps(sentence: str) -> None:
    assert not TOPIC.matches(sentence, NO_CONTEXT)


def test_identity() -> None:
    assert (TOPIC.id, TOPIC.label, TOPIC.citation) == (
        "substance_use",
        "substance use treatment",
        "42 CFR Part 2",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "SNF referrals sent via the portal: Pemberton Rehab & Nursing, Alder Creek Care Center.",
        "She was discharged on 3/2 to Pemberton Rehab & Nursing for rehabilitation.",
        "Accepted at Brightwater Nursing and Rehabilitation Center pending Medicaid.",
        "Bed offer from LAKEVIEW HEALTH & REHAB for Monday.",
    ],
)
def test_a_nursing_homes_name_is_not_addiction_treatment(sentence: str) -> None:
    assert not TOPIC.matches(sentence, NO_CONTEXT)


@pytest.mark.parametrize(
    "sentence",
    [
        "She is in rehab and nursing her newborn.",
        "Referred to Seaside Rehab & Recovery for detox.",
        "He went to rehab last spring after the DUI.",
    ],
)
def test_rehab_that_is_not_a_nursing_homes_name_is_still_withheld(sentence: str) -> None:
    assert TOPIC.matches(sentence, NO_CONTEXT)


@pytest.mark.parametrize(
    ("sentence", "withheld"),
    [
        (
            'Otis said he wants to go home; he agreed to rehab at Brookfield "to get strong '
            'enough for the stairs."',
            False,
        ),
        ("She will do rehab to walk again after the fracture.", False),
        (
            "He agreed to rehab at Brookfield for his opioid use; he wants to walk his "
            "daughter down the aisle.",
            True,
        ),
        ("He agreed to go to rehab.", True),
    ],
)
def test_rehab_for_the_bodys_sake_is_not_addiction_treatment(sentence: str, withheld: bool) -> None:
    assert TOPIC.matches(sentence, NO_CONTEXT) is withheld


@pytest.mark.parametrize(
    ("sentence", "withheld"),
    [
        ("AUDIT score today: 21.", True),
        ("DAST-10 = 6 at intake.", True),
        ("CRAFFT 3, referred to counselor.", True),
        ("CAGE-AID score was 2.", True),
        ("The agency will audit 12 files this month.", False),
        ("Annual AUDIT of billing records due.", False),
    ],
)
def test_a_substance_use_screen_with_its_score_is_withheld(sentence: str, withheld: bool) -> None:
    assert TOPIC.matches(sentence, NO_CONTEXT) is withheld
