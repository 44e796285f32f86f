"""Policy decisions: thresholds, the subject, and overlap resolution (pure, no model)."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from redact.findings import Action, Finding
from redact.policy.decide import assign_actions, decide, resolve_overlaps
from redact.policy.loader import load_policy

CONSULTATION = load_policy("consultation").policy
CLIENT_REQUEST = load_policy("client-request").policy


def test_threshold_drops_weak_findings_but_never_the_subject() -> None:
    weak = Finding(0, 4, "PERSON", 0.1)
    weak_subject = Finding(5, 9, "PERSON", 0.1, is_subject=True)
    decided = assign_actions([weak, weak_subject], CONSULTATION)
    assert [(f.start, f.action) for f in decided] == [(5, Action.PSEUDONYM)]


def test_subject_kept_only_where_the_policy_keeps_it() -> None:
    subject = Finding(0, 5, "PERSON", 1.0, is_subject=True)
    assert assign_actions([subject], CLIENT_REQUEST)[0].action is Action.KEEP
    assert assign_actions([subject], CONSULTATION)[0].action is Action.PSEUDONYM


def test_overlapping_redactions_merge_into_their_union() -> None:
    merged = decide([Finding(0, 10, "PERSON", 0.9), Finding(5, 15, "PERSON", 0.8)], CONSULTATION)
    assert [(f.start, f.end, f.action) for f in merged] == [(0, 15, Action.PSEUDONYM)]


def test_specific_type_wins_over_generic_ner_type() -> None:
    merged = decide([Finding(0, 10, "DATE_TIME", 0.85), Finding(0, 10, "AGE", 0.6)], CONSULTATION)
    assert merged[0].entity_type == "AGE"


def test_a_street_address_over_its_zip_and_town_gives_the_whole_its_type() -> None:
    # "5520 W 95th St, Oak Lawn IL 60453": the ZIP scores higher, the address holds it
    found = [
        Finding(0, 32, "STREET_ADDRESS", 0.6),
        Finding(15, 23, "LOCATION", 0.6),
        Finding(27, 32, "ZIP_CODE", 0.7),
    ]
    merged = decide(found, CONSULTATION)
    assert [(f.start, f.end, f.entity_type) for f in merged] == [(0, 32, "STREET_ADDRESS")]


def test_mixed_types_never_keep_a_partial_action() -> None:
    # An age span overlapping a name: generalising the union would leave the name in place.
    merged = decide([Finding(0, 12, "AGE", 0.9), Finding(0, 5, "PERSON", 0.8)], CONSULTATION)
    assert merged[0].action is Action.PSEUDONYM


def test_a_finding_inside_a_date_goes_with_the_generalised_date() -> None:
    # "5-May-2021" with "May-2021" taken for a name: the date becomes "2021", name and all.
    merged = decide([Finding(9, 19, "DATE_TIME", 0.7), Finding(11, 19, "ORGANIZATION", 0.5)],
                    CONSULTATION)  # fmt: skip
    assert [(f.start, f.end, f.action) for f in merged] == [(9, 19, Action.GENERALIZE)]


def test_a_finding_running_out_of_a_date_is_not_generalised() -> None:
    merged = decide([Finding(9, 19, "DATE_TIME", 0.7), Finding(15, 25, "PERSON", 0.9)],
                    CONSULTATION)  # fmt: skip
    assert merged[0].action is Action.PSEUDONYM


def test_a_kept_finding_never_shields_a_redaction() -> None:
    kept = Finding(0, 20, "ORGANIZATION", 0.9)
    inside = Finding(5, 9, "PERSON", 0.9)
    decided = decide([kept, inside], CLIENT_REQUEST)
    assert [(f.entity_type, f.action) for f in decided] == [("PERSON", Action.PLACEHOLDER)]


spans = st.lists(
    st.tuples(
        st.integers(0, 200), st.integers(1, 30), st.sampled_from(["PERSON", "AGE", "ZIP_CODE"])
    ),
    max_size=25,
)


@given(spans)
def test_resolved_findings_are_sorted_disjoint_and_cover_every_redaction(
    raw: list[tuple[int, int, str]],
) -> None:
    findings = [Finding(s, s + n, t, 0.9, Action.PLACEHOLDER) for s, n, t in raw]
    resolved = resolve_overlaps(findings)
    for a, b in itertools.pairwise(resolved):
        assert a.end <= b.start
    for f in findings:
        assert any(r.start <= f.start and f.end <= r.end for r in resolved)


def test_professionals_and_agency_kept_only_where_the_policy_keeps_them() -> None:
    from redact.detect.roles import Roles

    court = load_policy("court-subpoena").policy
    author = Finding(0, 10, "PERSON", 0.9)
    misread = Finding(3, 10, "LOCATION", 0.6)  # NER reads part of the name as a place
    street = Finding(20, 35, "STREET_ADDRESS", 0.9)
    phone = Finding(40, 52, "PHONE_NUMBER", 0.9)  # the agency's phone follows its own rule
    relative = Finding(60, 70, "PERSON", 0.9)
    roles = Roles(professional=((0, 10),), agency=((20, 35), (40, 52)))
    kept = {
        (f.start, f.end): f.action
        for f in decide([author, misread, street, phone, relative], court, roles)
    }
    assert kept == {
        (0, 10): Action.KEEP, (20, 35): Action.KEEP, (40, 52): Action.PLACEHOLDER,
        (60, 70): Action.PLACEHOLDER,
    }  # fmt: skip
    elsewhere = decide([author, street], CONSULTATION, roles)
    assert [f.action for f in elsewhere] == [Action.PSEUDONYM, Action.PLACEHOLDER]


PROVIDER_REFERRAL = load_policy("provider-referral").policy


def test_a_removed_name_takes_its_courtesy_title_with_it() -> None:
    from redact.policy.decide import take_honorifics

    text = (
        "Downstairs neighbour Mrs. Petrakis called; Dr. Ansel and mr tolliver too, "
        "then Nurse Okafor and Rev. Lindgren."
    )
    names = [
        Finding(text.index("Petrakis"), text.index(" called"), "PERSON", 1.0),
        Finding(text.index("Ansel"), text.index(" and mr"), "PERSON", 1.0),
        Finding(text.index("tolliver"), text.index(" too"), "PERSON", 1.0),
        Finding(text.index("Okafor"), text.index(" and Rev"), "PERSON", 1.0),
        Finding(text.index("Lindgren"), len(text) - 1, "PERSON", 1.0),
    ]
    widened = take_honorifics(text, decide(names, CONSULTATION))
    # "Mrs.", "mr", "Dr." and "Rev." say how a person is addressed and go with the name;
    # "Nurse" says the part she had in the case and stays
    assert [text[f.start : f.end] for f in widened] == [
        "Mrs. Petrakis", "Dr. Ansel", "mr tolliver", "Okafor", "Rev. Lindgren",
    ]  # fmt: skip


def test_a_kept_name_keeps_its_title_outside_and_a_couple_goes_whole() -> None:
    from redact.policy.decide import take_honorifics

    text = "Mr. and Mrs. Hollingsworth came; Ms. Vance (client) too."
    hollander = Finding(text.index("Hollingsworth"), text.index(" came"), "PERSON", 1.0)
    client = Finding(text.index("Vance"), text.index(" (client"), "PERSON", 1.0, is_subject=True)
    widened = take_honorifics(text, decide([hollander, client], CLIENT_REQUEST))
    assert [(text[f.start : f.end], f.action) for f in widened] == [
        ("Mr. and Mrs. Hollingsworth", Action.PLACEHOLDER),
        ("Vance", Action.KEEP),
    ]


def test_a_title_another_finding_holds_is_left_to_it() -> None:
    from redact.policy.decide import take_honorifics

    text = "Mrs. Ruiz"
    title = Finding(0, 4, "ORGANIZATION", 0.9)
    name = Finding(5, 9, "PERSON", 1.0)
    widened = take_honorifics(text, decide([title, name], PROVIDER_REFERRAL))
    assert [(f.start, f.end) for f in widened] == [(0, 4), (5, 9)]


def test_the_agency_keep_does_not_keep_a_school_or_an_employer() -> None:
    from redact.detect.roles import Roles

    roles = Roles(agency=((0, 24), (30, 50)))
    school = Finding(0, 24, "SCHOOL", 0.9)
    agency = Finding(30, 50, "AGENCY", 0.9)
    decided = decide([school, agency], PROVIDER_REFERRAL, roles)
    assert [(f.entity_type, f.action) for f in decided] == [
        ("SCHOOL", Action.PLACEHOLDER),
        ("AGENCY", Action.KEEP),
    ]
