"""Policies are complete, typed and fail closed."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.entities import ENTITY_TYPES
from redact.errors import PolicyError
from redact.findings import Action
from redact.policy.loader import builtin_names, load_policy

BUILTINS = [
    "social-media",
    "consultation",
    "research-safe-harbor",
    "court-subpoena",
    "client-request",
    "mandated-report",
    "provider-referral",
    "duty-to-warn",
]


def test_every_required_builtin_exists() -> None:
    assert set(BUILTINS) <= set(builtin_names())


@pytest.mark.parametrize("name", BUILTINS)
@pytest.mark.parametrize("entity_type", ENTITY_TYPES)
def test_every_builtin_has_an_explicit_rule_for_every_type(name: str, entity_type: str) -> None:
    policy = load_policy(name).policy
    assert entity_type in policy.rules


@pytest.mark.parametrize("name", BUILTINS)
def test_unknown_types_get_the_strictest_action(name: str) -> None:
    assert load_policy(name).policy.rule_for("SOME_FUTURE_TYPE").action is Action.REMOVE


@pytest.mark.parametrize(
    ("name", "keeps_subject", "required"),
    [
        ("social-media", False, ()),
        ("consultation", False, ()),
        ("court-subpoena", True, ("recipient", "authority")),
        ("client-request", True, ()),
        ("mandated-report", True, ("recipient", "authority")),
        ("provider-referral", True, ("recipient", "authority")),
        ("duty-to-warn", True, ("recipient", "authority")),
    ],
)
def test_builtin_subject_and_required_fields(
    name: str, keeps_subject: bool, required: tuple[str, ...]
) -> None:
    policy = load_policy(name).policy
    assert policy.keep_subject is keeps_subject
    assert policy.required_fields == required


@pytest.mark.parametrize(
    ("name", "approval", "two_person"),
    [
        ("court-subpoena", "required", True),
        ("research-safe-harbor", "required", True),
        ("mandated-report", "required", False),
        ("social-media", "optional", False),
        ("consultation", "optional", False),
        ("client-request", "optional", False),
        ("provider-referral", "optional", False),
    ],
)
def test_builtin_sign_off(name: str, approval: str, two_person: bool) -> None:
    policy = load_policy(name).policy
    assert (policy.approval, policy.two_person) == (approval, two_person)


def test_social_media_acts_on_everything() -> None:
    policy = load_policy("social-media").policy
    assert policy.acted_on_types() == frozenset(ENTITY_TYPES)


def test_policy_hash_is_of_the_file_bytes(tmp_path: Path) -> None:
    source = load_policy("consultation")
    copy = tmp_path / "mine.yaml"
    copy.write_bytes(_builtin_bytes("consultation"))
    assert load_policy(copy).sha256 == source.sha256


def _builtin_bytes(name: str) -> bytes:
    from importlib import resources

    return resources.files("redact.policies").joinpath(f"{name}.yaml").read_bytes()


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda y: y.replace("threshold: 0.35", "threshold: 0.35\nsurprise: 1"), "surprise"),
        (lambda y: y.replace("{action: pseudonym}", "{action: obliterate}", 1), "PERSON"),
        (lambda y: y.replace("  PERSON: {action: pseudonym}\n", ""), "no rule for entity types"),
        (lambda y: y.replace("threshold: 0.35", "threshold: 7"), "threshold"),
        (lambda y: y.replace("  PHONE_NUMBER:", "  PHONE_NUMBR:"), "PHONE_NUMBR (did you mean"),
        (lambda y: y.replace("threshold: 0.35", "threshold: 1.0"), "allow_weaker"),
        (lambda y: y.replace("threshold: 0.35", "threshold: 0.35\napproval: yes"), "approval"),
        (
            lambda y: y.replace("threshold: 0.35", "threshold: 0.35\ntwo_person: maybe"),
            "two_person",
        ),
        (lambda y: "- just\n- a list\n", "must be a mapping"),
        (lambda y: "rules: [unclosed", "not valid YAML"),
    ],
)
def test_invalid_policies_are_errors_naming_the_file(
    tmp_path: Path, edit: object, message: str
) -> None:
    path = tmp_path / "broken.yaml"
    assert callable(edit)
    path.write_text(edit(_builtin_bytes("consultation").decode()))
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)


def test_missing_policy_file_is_an_error_not_a_default(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read policy file"):
        load_policy(tmp_path / "absent.yaml")


def test_unknown_policy_name_lists_the_builtins() -> None:
    with pytest.raises(PolicyError, match="social-media"):
        load_policy("tiktok")


def test_a_misspelt_policy_name_suggests_the_nearest() -> None:
    with pytest.raises(PolicyError, match="did you mean 'court-subpoena'"):
        load_policy("court-subpena")


def test_other_types_makes_a_short_policy_valid(tmp_path: Path) -> None:
    path = tmp_path / "short.yaml"
    path.write_text(
        "name: short\nversion: 1\ntitle: t\ndescription: d\nthreshold: 0.4\n"
        "keep_subject: false\nwithhold_topics: []\nrules:\n  PERSON: {action: pseudonym}\n"
        "other_types: {action: placeholder}\n"
    )
    policy = load_policy(path).policy
    assert policy.rule_for("PERSON").action is Action.PSEUDONYM
    assert policy.rule_for("ZIP_CODE").action is Action.PLACEHOLDER
    assert policy.rule_for("NOT_A_KNOWN_TYPE").action is Action.REMOVE


def test_a_misspelt_type_is_refused_even_where_other_types_would_cover_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "typo.yaml"
    path.write_text(
        "name: typo\nversion: 1\ntitle: t\ndescription: d\nthreshold: 0.4\n"
        "keep_subject: false\nwithhold_topics: []\nrules:\n  PHONE_NUMBR: {action: remove}\n"
        "other_types: {action: keep}\n"
    )
    with pytest.raises(PolicyError, match="PHONE_NUMBR"):
        load_policy(path)


def test_a_weakened_policy_must_say_so_and_its_releases_carry_a_warning(
    tmp_path: Path,
) -> None:
    path = tmp_path / "weak.yaml"
    text = _builtin_bytes("consultation").decode().replace("threshold: 0.35", "threshold: 1.0")
    path.write_text(text + "allow_weaker: true\n")
    policy = load_policy(path).policy
    assert policy.allow_weaker and policy.threshold == 1.0
    assert any("allow_weaker" in w for w in policy.warnings)


#: Who keeps professionals' names and the agency's own name and address (issue 18, item 5).
ROLE_CHOICES = {
    "court-subpoena": "keep",
    "provider-referral": "keep",
    "client-request": "keep",
    "mandated-report": "keep",
    "consultation": "remove",
    "social-media": "remove",
    "research-safe-harbor": "remove",
}


@pytest.mark.parametrize(("name", "choice"), sorted(ROLE_CHOICES.items()))
def test_each_builtin_says_what_happens_to_professionals_and_the_agency(
    name: str, choice: str
) -> None:
    policy = load_policy(name).policy
    assert (policy.professionals, policy.agency) == (choice, choice)
    assert policy.keeps_roles is (choice == "keep")


def test_a_role_choice_other_than_keep_or_remove_is_refused(tmp_path: Path) -> None:
    text = (Path(__file__).parents[2] / "redact/policies/court-subpoena.yaml").read_text()
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace("professionals: keep", "professionals: sometimes"))
    with pytest.raises(PolicyError, match="professionals"):
        load_policy(bad)


def test_a_policy_without_role_fields_removes_professionals_and_the_agency(
    tmp_path: Path,
) -> None:
    text = (Path(__file__).parents[2] / "redact/policies/court-subpoena.yaml").read_text()
    old = tmp_path / "old.yaml"
    old.write_text(text.replace("professionals: keep\n", "").replace("agency: keep\n", ""))
    policy = load_policy(old).policy
    assert (policy.professionals, policy.agency, policy.keeps_roles) == ("remove", "remove", False)
