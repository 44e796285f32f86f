"""EmployerRecognizer: an employer's name after a work cue."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.employer import EmployerRecognizer


@pytest.fixture(scope="module")
def recognizer() -> EmployerRecognizer:
    return EmployerRecognizer()


def _found(recognizer: EmployerRecognizer, text: str) -> list[str]:
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dad works at Target on weekends.", ["Target"]),
        ("She is employed by Acme Logistics since 2019.", ["Acme Logistics"]),
        ("He works for Castillo and Sons as a nurse.", ["Castillo and Sons"]),
        ("Mom got a job at Walmart.", ["Walmart"]),
        ("She is a cashier at Kroger.", ["Kroger"]),
        # the workplace noun goes with the name: "[EMPLOYER]", as the gold spans mark it
        ("He works the night shift at Amazon warehouse.", ["Amazon warehouse"]),
        ("He works for Johnson & Johnson.", ["Johnson & Johnson"]),
        ("She works at AT&T.", ["AT&T"]),
        ("Employer: Walmart", ["Walmart"]),
        ("Works at 7-Eleven nights.", ["7-Eleven"]),
        ("He was laid off from Ford Motor Company.", ["Ford Motor Company"]),
        ("She works at the local Walmart.", ["Walmart"]),
        ("Father worked at Home Depot until March.", ["Home Depot"]),
        ("She works at McDonald's.", ["McDonald's"]),
        (
            "Her husband (works nights at Fenwick Circle warehouse) sleeps days.",
            ["Fenwick Circle warehouse"],
        ),
        (
            "great-uncle\t64\tnight shift, Fenwick Circle warehouse\tclear",
            ["Fenwick Circle warehouse"],
        ),
        ("He has shown up at her job at Arby's on 72nd. Police called.", ["Arby's on 72nd"]),
        ("She works at Kroger on Elm Street now.", ["Kroger on Elm Street"]),
        ("ROI signed for FMLA letter to Tallis Timber HR, Janelle W.", ["Tallis Timber"]),
        ("Dad works part-time at Home Depot.", ["Home Depot"]),
        (
            "Employment: laid off March 2024 from Harlan Tool & Die (machinist).",
            ["Harlan Tool & Die"],
        ),
        ("Mom, part-time at Dollar General since May.", ["Dollar General"]),
        ("Income: SSI; part-time nights at Sheetz.", ["Sheetz"]),
        # a job lost there, a legal form after a comma, a trade, hours written "h/wk"
        ("Trigger: job loss at Heddon Freight Lines 2 wks ago.", ["Heddon Freight Lines"]),
        ("Stressor: lost his job at Pruitt Pallet last month.", ["Pruitt Pallet"]),
        (
            "Line lead on second shift at Tarrow Polymer, LLC (Easton plant) since 2014.",
            ["Tarrow Polymer, LLC", "Easton plant"],
        ),
        ("- Dental hygienist at Oakview Family Dental. Two kids.", ["Oakview Family Dental"]),
        ("Hair stylist at Lux & Lather since spring.", ["Lux & Lather"]),
        ("Supported job: 8 h/wk at Penwick Feed & Seed with coach.", ["Penwick Feed & Seed"]),
        ("Subscriber: father, employer group Osterhout Tree Care LLC", ["Osterhout Tree Care LLC"]),
    ],
)
def test_finds_the_employer(recognizer: EmployerRecognizer, text: str, expected: list[str]) -> None:
    assert _found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She works at home.",
        "He works at night.",
        "Mom works with Mateo on homework.",
        "She works for her uncle.",
        "He started at Lincoln Elementary.",
        "Client works hard at school.",
        "Worker met with Mom at the office.",
        "She is looking for a job.",
        "He works at Monday appointments.",
        "Flooding: Dez HR 112 during conflict.",
        "Spent two nights at St. Joseph's after the fall.",  # a stay, not a job
    ],
)
def test_ignores_ordinary_sentences(recognizer: EmployerRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []


def test_a_branch_is_no_weekday(recognizer: EmployerRecognizer) -> None:
    assert _found(recognizer, "He works at Target on Monday.") == ["Target"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the abbreviation's dot is the name's
        ("| Employer | Halvorsen Seafoods Co., 12 Pier Rd |", ["Halvorsen Seafoods Co."]),
        ("| **Employer:** | Brandywine Mills |", ["Brandywine Mills"]),
        (
            "61\tretired, Onondaga County Water Authority cafeteria",
            ["Onondaga County Water Authority"],
        ),
        ("She retired in 2019 from Carrier Corporation.", ["Carrier Corporation"]),
        (
            "Work: Direct hire at Great Plains Cold Storage, 2nd shift.",
            ["Great Plains Cold Storage"],
        ),
        (
            "Corinne Vasbinder\nHR Business Partner, Leave Administration\n"
            "Tillamook Board Mills, Inc.\n410 Dockside Rd",
            ["Tillamook Board Mills, Inc."],  # the legal form is the name's
        ),
        (
            "Dale Orcutt\nHuman Resources Manager\nTarrow Polymer, LLC\n1200 Foundry Rd",
            ["Tarrow Polymer, LLC"],
        ),
        # a form's occupation field: the job, a comma, where it is done
        (
            "  Occupation: pharmacist, Providence Holy Family Hospital outpatient pharmacy",
            ["Providence Holy Family Hospital"],
        ),
        ("  Occupation: high-school shop teacher, Mead School District", ["Mead School District"]),
        ("Employment: CNA, Brookdale Senior Living (nights)", ["Brookdale Senior Living"]),
        # a table's employment row
        (
            "Employment\tBuckeye Overhead Door\tsame employer, 40 hrs\tself-report",
            ["Buckeye Overhead Door"],
        ),
    ],
)
def test_finds_the_employer_in_tables_and_letters(
    recognizer: EmployerRecognizer, text: str, expected: list[str]
) -> None:
    assert _found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Occupation: student, Spokane Falls Community College",
        "Employment\tUnemployed since March\tself-report",
        "Employment\tFull-time\tverified",
        "Occupation: Retired",
        "Employment: None, on SSDI",
    ],
)
def test_an_occupation_field_without_an_employer_names_none(
    recognizer: EmployerRecognizer, text: str
) -> None:
    assert _found(recognizer, text) == []


def test_a_heart_rate_line_names_no_employer(recognizer: EmployerRecognizer) -> None:
    assert _found(recognizer, "HR 112, BP 130/84\nMarisol slept poorly.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Started at Bayfront. Shift lead is Corinne.", ["Bayfront"]),
        ("He started at Perdue on nights, $17/hr.", ["Perdue"]),
        ("Began work at Lakeshore Millwork as a sander.", ["Lakeshore Millwork"]),
    ],
)
def test_a_start_at_a_place_named_alone_is_a_job(
    recognizer: EmployerRecognizer, text: str, expected: list[str]
) -> None:
    assert _found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Started at Intensive Outpatient after detox.",
        "She started at Roosevelt Middle.",
        "Started at Lincoln Elementary in the fall.",
        "Dose started at 8 mg.",
    ],
)
def test_a_start_at_a_school_or_a_level_of_care_is_no_job(
    recognizer: EmployerRecognizer, text: str
) -> None:
    assert _found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hours worked a week between the verb and its preposition, or alone before "at"
        (
            "and works 25 hours a week at Blue Heron Taco Co. on 51st.",
            ["Blue Heron Taco Co. on 51st"],
        ),
        ("Trial, front end, 15 hr/wk at Rite Aid (Oak St)", ["Rite Aid"]),
        # a crew is a job title
        ("Employment: kitchen crew at Tidewater Grand Hotel (Kemah)", ["Tidewater Grand Hotel"]),
        # a job title, a comma and a business's name in a household table
        ("Ruth Okoye\taunt\t58\tserver, Silver Fox Casino\tclear", ["Silver Fox Casino"]),
        # openings and those who hire
        ("job search assist, Meijer and Kohl's leads via the center", ["Meijer and Kohl's"]),
        ("Met Menards store mgr Sam Reyes on 6/2.", ["Menards"]),
        # a warehouse's site code
        ("Client asked about Amazon DTW5 but the shuttle is far.", ["Amazon DTW5"]),
        ("Job interview at Kohl's Pine St with the hiring lead.", ["Kohl's Pine St"]),
        ("Applied at Menards on 3/4.", ["Menards"]),
    ],
)
def test_employers_named_by_hours_crews_openings_and_sites(
    recognizer: EmployerRecognizer, text: str, expected: list[str]
) -> None:
    assert _found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Forensic interview at Child Advocacy Center on 3/3.",  # no job interview
        "Application to Housing Authority sent.",
        "Meds: Wellbutrin SR 150 mg daily.",
        "nurse, Mercy Hospital, called back.",  # a hospital is no business head
        "Tanner stage ABC1 noted.",  # a lower-case word before the code
    ],
)
def test_no_employer_without_a_work_cue(recognizer: EmployerRecognizer, text: str) -> None:
    assert _found(recognizer, text) == []
