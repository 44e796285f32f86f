"""A table's plan: roles, declarations and inference combined, then the policy's actions."""

from __future__ import annotations

import pandas as pd
import pytest

from redact.documents.column_kinds import KindGuess
from redact.documents.column_plan import column_kinds, table_plan, unknown_columns
from redact.errors import ColumnKindError
from redact.policy.columns import ColumnAction as A
from redact.policy.columns import ColumnKind as K
from redact.policy.loader import load_policy

FRAME = pd.DataFrame(
    {
        "ref": ["A-1", "A-2"],
        "seen": ["2024-03-18", "2024-04-02"],
        "who": ["Dana Whitlock", "Ruth Abernathy"],
        "attachments": [None, ""],
        "origin": ["Abilene", "San Marcos"],
        "text": ["Met at home.", "Called."],
    }
)
ROLES = {"text": KindGuess(K.TEXT), "ref": KindGuess(K.IDENTIFIER, "CASE_NUMBER")}


def test_roles_then_declarations_then_inference() -> None:
    kinds = column_kinds(FRAME, ROLES, {"who": K.PERSON})
    assert {c: g.kind for c, g in kinds.items()} == {
        "ref": K.IDENTIFIER,
        "seen": K.DATE,  # every value a date
        "who": K.PERSON,  # declared
        "attachments": K.TEXT,  # empty in the sample: anything later is redacted as text
        "origin": None,  # short capitalised words: no confident kind
        "text": K.TEXT,
    }
    assert unknown_columns(kinds) == ["origin"]


def test_a_declaration_cannot_contradict_a_role() -> None:
    with pytest.raises(ColumnKindError, match="'ref' is declared category"):
        column_kinds(FRAME, ROLES, {"ref": K.CATEGORY})


def test_the_plan_follows_the_policy() -> None:
    kinds = column_kinds(FRAME, ROLES, {"who": K.PERSON, "origin": K.CATEGORY})
    plan = table_plan(kinds, load_policy("research-safe-harbor").policy)
    actions = {p.column: p.action for p in plan.plans}
    assert actions == {
        "ref": A.PSEUDONYM,
        "seen": A.GENERALIZE,
        "who": A.PLACEHOLDER,
        "attachments": A.REDACT,
        "origin": A.KEEP,
        "text": A.REDACT,
    }
    assert plan.redacted_columns == ("attachments", "text")
