"""A relative's block (a head naming them, then lines about them) is judged as theirs."""

from __future__ import annotations

from collections.abc import Callable

from redact.redactor import Redactor
from redact.topics.base import TopicContext
from redact.topics.blocks import block_owners
from redact.topics.withhold import find_withheld

CHILD = TopicContext(subject_names=("Amaya Reyes", "Amaya"))

INTAKE = """FAMILY COMPOSITION
Father: Gil Moreno, 41, lives in Utica
  Medical: type 2 diabetes, on metformin
  Legal: DWI 2015
Mother's boyfriend (Curtis Hale):
Employment: nights at the warehouse
Medical: hypertension; takes lisinopril.
CLIENT
Medical: asthma, uses albuterol inhaler. Diagnosis: ADHD, combined type (F90.2).
"""

#: A household table as a .docx gives it: one cell a paragraph, U+2029 between paragraphs.
TABLE = "\n\u2029\n".join([
    "Household member", "Relationship", "Age", "Health",
    "Ines Varga", "maternal grandmother (applicant)", "63", "COPD, on oxygen at night",
    "Amaya Reyes", "foster child", "7", "asthma",
    "Home: 2-bedroom apartment, second floor, smoke and CO detectors in each room, medications "
    "locked in the hall closet.",
    "Health: Amaya has asthma and uses an inhaler before recess.",
])  # fmt: skip


def _withheld(text: str) -> list[str]:
    return [text[p.start : p.end] for p in find_withheld(text, ["third_party_history"], CHILD)]


def test_lines_under_a_relatives_label_or_heading_belong_to_the_relative() -> None:
    owners = block_owners(INTAKE)
    lines = {INTAKE[s : INTAKE.index("\n", s)].strip(): who for s, who in owners.items()}
    assert lines == {
        "Medical: type 2 diabetes, on metformin": "Father",
        "Legal: DWI 2015": "Father",
        "Employment: nights at the warehouse": "Mother's boyfriend",
        "Medical: hypertension; takes lisinopril.": "Mother's boyfriend",
    }


def test_a_relatives_medical_lines_go_and_the_subjects_stay() -> None:
    assert _withheld(INTAKE) == [
        "Medical: type 2 diabetes, on metformin\n  Legal: DWI 2015",
        "Medical: hypertension; takes lisinopril.",
    ]


def test_a_table_rows_cells_belong_to_the_relative_in_its_relationship_cell() -> None:
    assert _withheld(TABLE) == ["COPD, on oxygen at night"]


def test_a_blank_line_or_a_prose_line_ends_a_block() -> None:
    text = "Father: Gil Moreno, 41\n\nMedical: asthma, uses an inhaler.\n"
    assert block_owners(text) == {}
    prose = (
        "Father: Gil Moreno, 41\nAmaya was seen at the clinic on 3/2 and her asthma is well "
        "controlled with the inhaler, per the school nurse.\nMedical: asthma.\n"
    )
    assert block_owners(prose) == {}


#: A case plan's goal table as a .docx gives it: Goal | Steps | Who | Target | Status.
PLAN = "\n".join([
    "Goal", "Steps", "Who", "Target", "Status",
    "Housing", "Move to maternal aunt's apartment in Kent", "grandmother, case manager",
    "6/30/25", "pending",
    "Education", "Bus pass to Cedar Ridge; IEP for dyslexia (F81.0)", "school counselor",
    "9/1/25", "in progress",
    "Family", "Weekly family session", "grandmother", "ongoing", "met",
    "Health", "Asthma action plan; albuterol inhaler at school", "school nurse", "5/1/25", "met",
    "Strengths: funny, loves soccer. Barriers: missed school after the move.",
])  # fmt: skip


def test_a_relative_in_a_plans_who_cell_opens_no_block_over_the_next_goal() -> None:
    lines = {PLAN[s : PLAN.find("\n", s)] for s in block_owners(PLAN)}
    assert not any("IEP" in line or "albuterol" in line or "Strengths" in line for line in lines)
    withheld = "".join(_withheld(PLAN))
    assert "IEP for dyslexia (F81.0)" not in withheld
    assert "albuterol" not in withheld


def test_a_plan_under_court_subpoena_keeps_the_clients_programmes(
    redactor_for: Callable[[str], Redactor],
) -> None:
    out = redactor_for("court-subpoena").redact(PLAN, subject=["Amaya Reyes", "Amaya"]).text
    assert "IEP for dyslexia" in out and "F81.0" in out and "albuterol" in out


def test_a_household_tables_relative_still_owns_her_row_after_a_status_word() -> None:
    cells = ["Name", "Relationship", "Age", "Health", "Status"]
    cells += ["Ines Varga", "maternal grandmother", "63", "COPD, on oxygen", "pending"]
    table = "\n\u2029\n".join(cells)
    assert _withheld(table) == ["COPD, on oxygen"]


#: Collateral contacts of a custody evaluation, one section a person (synthetic people).
COLLATERALS = """# Collateral contacts, Okonjo-Pratt

## 3/3/2025 — Wendell Aasgaard, mother's fiancé (home visit, Oregon WI)
- Drives a delivery route. Admits a prior DUI in 2021, license reinstated 2023.
- Keeps a handgun in a locked safe in the basement.

## 3/9/2025 — Ifeoma Okonjo-Pratt, father
- Has a prior DUI (2016); completed the program.

**Maxine Tolland, maternal aunt**
- Was diagnosed with bipolar disorder last year; lives alone.

## 3/12/2025 — Priscilla Vang, 2nd grade teacher
- Child diagnosed with ADHD per the school psychologist.
"""


def test_a_section_headed_by_a_third_party_holds_its_lines() -> None:
    context = TopicContext(subject_names=("Ifeoma Okonjo-Pratt", "Ifeoma"))
    found = [
        COLLATERALS[p.start : p.end]
        for p in find_withheld(COLLATERALS, ["third_party_history"], context)
    ]
    assert any("Admits a prior DUI in 2021" in passage for passage in found), found
    assert any("diagnosed with bipolar disorder" in passage for passage in found), found
    # the subject's own section (he is "father" of his own file) and a teacher's stay
    assert not any("2016" in passage for passage in found)
    assert not any("psychologist" in passage for passage in found)


def test_a_named_heading_opens_a_block_that_a_blank_line_or_heading_ends() -> None:
    owners = block_owners(COLLATERALS, ("Ifeoma Okonjo-Pratt",))
    owned = {COLLATERALS[start : COLLATERALS.index("\n", start)] for start in owners}
    assert "- Keeps a handgun in a locked safe in the basement." in owned
    assert "- Has a prior DUI (2016); completed the program." not in owned
    assert "- Child diagnosed with ADHD per the school psychologist." not in owned


BIRTH_FAMILY = """# Birth Family Summary

## Birth mother

Odile Ferrand, born 1996. She went to school in Lyon.
She was incarcerated for six months in 2021 on a theft charge.

## Alleged (putative) father

Whereabouts unknown. He was in prison in Walla Walla until 2020.
Amaya asked about him in May and was told he lives out of state.

## Child's history

Amaya was hospitalized for asthma in 2022.
"""


def test_a_markdown_heading_naming_a_relatives_part_holds_its_section() -> None:
    """'## Birth mother' heads every line up to the next heading, over the blank line after
    it; a line naming the subject is judged on its own; the subject's section stays."""
    withheld = _withheld(BIRTH_FAMILY)
    assert any("incarcerated for six months" in w for w in withheld)
    assert any("in prison in Walla Walla" in w for w in withheld)
    assert not any("hospitalized for asthma" in w for w in withheld)
    owners = block_owners(BIRTH_FAMILY, ["Amaya Reyes", "Amaya"])
    heads = {BIRTH_FAMILY[s : BIRTH_FAMILY.index("\n", s)]: who for s, who in owners.items()}
    assert heads["Whereabouts unknown. He was in prison in Walla Walla until 2020."] == "father"
    assert "Amaya asked about him in May and was told he lives out of state." not in heads
