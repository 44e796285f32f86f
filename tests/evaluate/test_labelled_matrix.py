"""The labelled-identifier matrix (issue #18): every cell of `labelled_matrix` under every
built-in policy, through the real Redactor (one per policy, loaded once for the session).

A cell fails when the output does other than the policy promises for the value's type: a
kept value cut into pieces or partly redacted by another recognizer, a masked value with
more than its last four characters left, a removed value with a digit run left, the label
word gone, or a name found where the text has none. The promise is read from the policy
itself (`rule_for`), so a cell follows the policy when the policy changes: open questions
about a promise (is an insurer's claim number the agency's case number a court keeps whole?
does a member id masked to its last four keep letters?) are the policy's to answer. Each
policy redacts all cells as one batch (`redact_many`), so the whole matrix runs in well
under a minute.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.policy.loader import load_policy
from tests.evaluate.labelled_matrix import Cell, all_cells, problems

#: Every built-in policy but duty-to-warn, which withholds every passage that is not about a
#: threat (none of the cells is): its outputs are one marker each.
POLICIES = (
    "client-request",
    "consultation",
    "court-subpoena",
    "mandated-report",
    "provider-referral",
    "research-safe-harbor",
    "social-media",
)
CELLS = all_cells()

_OUTPUTS: dict[str, dict[str, str]] = {}


@pytest.fixture(scope="module")
def outputs(redactor_for: Callable[[str], Redactor]) -> Callable[[str], dict[str, str]]:
    """Each policy's outputs by cell id, redacted once per policy."""

    def get(policy: str) -> dict[str, str]:
        if policy not in _OUTPUTS:
            redactor = redactor_for(policy)
            redactor.start_release()
            results = redactor.redact_many(cell.text for cell in CELLS)
            _OUTPUTS[policy] = {
                cell.id: result.text for cell, result in zip(CELLS, results, strict=True)
            }
        return _OUTPUTS[policy]

    return get


def test_every_cell_is_unique_and_digit_free_outside_its_values() -> None:
    """The checks read any digit run of the value in the output as a leak: the context
    around the value must hold none of its own."""
    assert len({cell.id for cell in CELLS}) == len(CELLS)
    for cell in CELLS:
        context = cell.text
        for value in cell.values:
            context = context.replace(value, "")
        assert not any(ch.isdigit() for ch in context), cell.id


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize("cell", CELLS, ids=[cell.id for cell in CELLS])
def test_labelled_value_gets_the_policy_promise(
    cell: Cell, policy: str, outputs: Callable[[str], dict[str, str]]
) -> None:
    output = outputs(policy)[cell.id]
    found = problems(cell, output, load_policy(policy).policy)
    assert not found, f"{output!r}: {found}"
