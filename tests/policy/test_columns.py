"""Each built-in policy maps every column kind to an action, from its own entity rules."""

from __future__ import annotations

import pytest
import yaml

from redact.policy.columns import ColumnAction, ColumnKind, plan_column, refuses_unknown
from redact.policy.loader import builtin_names, load_policy, parse_policy

A = ColumnAction
#: policy -> (date, granularity, identifier, person)
EXPECTED = {
    "research-safe-harbor": (A.GENERALIZE, "year", A.PSEUDONYM, A.PLACEHOLDER),
    "consultation": (A.GENERALIZE, "month", A.PSEUDONYM, A.PSEUDONYM),
    "social-media": (A.PLACEHOLDER, "year", A.DROP, A.PLACEHOLDER),
    "court-subpoena": (A.KEEP, "year", A.KEEP, A.PLACEHOLDER),
    "client-request": (A.KEEP, "year", A.KEEP, A.PLACEHOLDER),
    "mandated-report": (A.KEEP, "year", A.KEEP, A.PSEUDONYM),
    "provider-referral": (A.KEEP, "year", A.DROP, A.PLACEHOLDER),
    "duty-to-warn": (A.KEEP, "year", A.PSEUDONYM, A.KEEP),
}


def test_every_builtin_is_in_the_table() -> None:
    assert set(EXPECTED) == set(builtin_names())


@pytest.mark.parametrize(("name", "expected"), sorted(EXPECTED.items()))
def test_kinds_map_to_the_policys_rules(name: str, expected: tuple[A, str, A, A]) -> None:
    policy = load_policy(name).policy
    date, granularity, identifier, person = expected
    planned = plan_column(policy, "note_date", ColumnKind.DATE)
    assert (planned.action, planned.granularity) == (date, granularity)
    assert plan_column(policy, "client_id", ColumnKind.IDENTIFIER).action is identifier
    assert plan_column(policy, "guardian", ColumnKind.PERSON).action is person
    staff = A.KEEP if policy.professionals == "keep" else person
    assert plan_column(policy, "author", ColumnKind.PERSON).action is staff
    assert plan_column(policy, "CaseWorker", ColumnKind.PERSON).action is staff
    assert plan_column(policy, "note_type", ColumnKind.CATEGORY).action is A.KEEP
    assert plan_column(policy, "text", ColumnKind.TEXT).action is A.REDACT
    assert plan_column(policy, "mystery", None).action is A.REDACT


@pytest.mark.parametrize("name", ["research-safe-harbor", "social-media"])
def test_public_and_research_policies_refuse_unknown_columns(name: str) -> None:
    assert refuses_unknown(load_policy(name).policy)


@pytest.mark.parametrize("name", ["consultation", "court-subpoena", "client-request"])
def test_other_policies_redact_unknown_columns_as_text(name: str) -> None:
    assert not refuses_unknown(load_policy(name).policy)


def test_an_identifier_column_follows_its_own_entity_rule() -> None:
    policy = load_policy("court-subpoena").policy
    ssn = plan_column(policy, "ssn", ColumnKind.IDENTIFIER, "US_SSN")
    assert (ssn.action, ssn.keep_last) == (A.MASK, 4), "as in the text: last four digits"
    phone = plan_column(policy, "phone", ColumnKind.IDENTIFIER, "PHONE_NUMBER")
    assert phone.action is A.PSEUDONYM, "the policy does not keep phone numbers"
    dob = plan_column(policy, "dob", ColumnKind.DATE, "DATE_OF_BIRTH")
    assert (dob.action, dob.granularity) == (A.GENERALIZE, "year")


def test_person_columns_keep_the_subject_only_where_the_policy_does() -> None:
    assert plan_column(load_policy("court-subpoena").policy, "n", ColumnKind.PERSON).keep_subject
    assert not plan_column(load_policy("consultation").policy, "n", ColumnKind.PERSON).keep_subject


def test_a_user_policy_without_a_columns_section_gets_the_strictest_choices() -> None:
    data = load_policy("court-subpoena").policy.model_dump(mode="json")
    data.pop("columns")
    data["name"] = "mine"
    policy = parse_policy(yaml.safe_dump(data).encode(), "mine.yaml")
    assert refuses_unknown(policy)
    assert plan_column(policy, "phone", ColumnKind.IDENTIFIER, "PHONE_NUMBER").action is A.DROP
    assert plan_column(policy, "case_id", ColumnKind.IDENTIFIER).action is A.KEEP


@pytest.mark.parametrize(
    ("name", "action", "over", "band"),
    [
        ("research-safe-harbor", A.GENERALIZE, 89, None),
        ("consultation", A.GENERALIZE, None, 10),
        ("social-media", A.PLACEHOLDER, None, None),
        ("court-subpoena", A.KEEP, None, None),
    ],
)
def test_an_age_column_follows_the_age_rule(
    name: str, action: A, over: int | None, band: int | None
) -> None:
    plan = plan_column(load_policy(name).policy, "age", ColumnKind.DATE, "AGE")
    assert (plan.action, plan.over, plan.band) == (action, over, band)


def test_a_zip_column_keeps_three_digits_for_research() -> None:
    policy = load_policy("research-safe-harbor").policy
    assert plan_column(policy, "zip", ColumnKind.IDENTIFIER, "ZIP_CODE").action is A.GENERALIZE
