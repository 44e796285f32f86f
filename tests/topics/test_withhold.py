"""Passages: whole sentences, grown while the topic continues, never across paragraphs."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import pytest

from redact.errors import PolicyError
from redact.redactor import Redactor
from redact.topics import withhold
from redact.topics.base import NO_CONTEXT, TopicContext
from redact.topics.registry import TOPICS, get_topic
from redact.topics.sentences import sentences
from redact.topics.withhold import (
    PART2_NOTICE,
    PART2_SHORT_NOTICE,
    WithheldPassage,
    find_withheld,
    marker,
    needs_part2_notice,
    passage_marker,
)
from tests.conftest import SAMPLE_DATA


def withheld(text: str, *topics: str, context: TopicContext = NO_CONTEXT) -> list[str]:
    return [text[p.start : p.end] for p in find_withheld(text, topics, context)]


def test_a_matching_sentence_is_withheld_whole_with_exact_offsets() -> None:
    text = "Client arrived on time. She attends AA meetings weekly. Housing is stable."
    [passage] = find_withheld(text, ["substance_use"], NO_CONTEXT)
    assert passage == WithheldPassage(24, 55, "substance_use")
    assert text[passage.start : passage.end] == "She attends AA meetings weekly."


def test_a_pronoun_continuation_extends_the_passage() -> None:
    text = "She attends AA. She has been sober for a year. She works at a bakery."
    assert withheld(text, "substance_use") == ["She attends AA. She has been sober for a year."]


def test_a_continuation_opener_extends_but_a_plain_she_does_not() -> None:
    text = "She attends AA. This helps her mornings. She works at a bakery."
    assert withheld(text, "substance_use") == ["She attends AA. This helps her mornings."]


def test_consecutive_matches_form_one_passage() -> None:
    text = "On methadone 80 mg. Drug screen negative. Plans to visit her aunt."
    assert withheld(text, "substance_use") == ["On methadone 80 mg. Drug screen negative."]


def test_a_passage_never_crosses_a_blank_line() -> None:
    text = "She attends AA.\n\nShe has been working more hours."
    assert withheld(text, "substance_use") == ["She attends AA."]


def test_a_matching_heading_withholds_the_rest_of_its_paragraph() -> None:
    text = (
        "Process notes (kept separately from the record):\n"
        "Client spoke about her father at length.\nShe cried.\n\nPlan: meet weekly."
    )
    assert withheld(text, "psychotherapy_notes") == [
        "Process notes (kept separately from the record):\n"
        "Client spoke about her father at length.\nShe cried."
    ]


def test_a_label_the_topic_matches_withholds_the_rest_of_its_paragraph() -> None:
    text = "Process: When she cried, he looked away. Both softened.\n\nPlan: weekly sessions."
    assert withheld(text, "psychotherapy_notes") == [
        "Process: When she cried, he looked away. Both softened."
    ]


def test_a_label_the_topic_does_not_match_extends_nothing() -> None:
    text = "S: She attends AA. Kids are well."
    assert withheld(text, "substance_use") == ["S: She attends AA."]


def test_group_disclosure_continues_on_any_pronoun() -> None:
    text = (
        "Another member disclosed a relapse. She said her sister found her. Client offered support."
    )
    assert withheld(text, "group_disclosures") == [
        "Another member disclosed a relapse. She said her sister found her."
    ]


def test_overlapping_topics_merge_into_one_passage_naming_both() -> None:
    text = "Intake. He is HIV-positive and on methadone. Next visit Monday."
    [passage] = find_withheld(text, ["substance_use", "communicable_disease"], NO_CONTEXT)
    assert text[passage.start : passage.end] == "He is HIV-positive and on methadone."
    assert passage.topic_ids == ("substance_use", "communicable_disease")
    assert passage_marker(passage) == (
        "[withheld: substance use treatment, 42 CFR Part 2; "
        "HIV/AIDS or communicable-disease status]"
    )


def test_passages_are_sorted_and_disjoint() -> None:
    text = "She is pregnant. Kids fine. She attends NA. Rent paid. She is pregnant again."
    passages = find_withheld(text, ["substance_use", "reproductive_health"], NO_CONTEXT)
    assert [p.topic_id for p in passages] == [
        "reproductive_health",
        "substance_use",
        "reproductive_health",
    ]
    assert all(a.end <= b.start for a, b in pairwise(passages))


def test_no_topics_or_no_match_withholds_nothing() -> None:
    assert find_withheld("She attends AA.", [], NO_CONTEXT) == []
    phrase_topics = [t for t in TOPICS if t != "not_about_threat"]
    assert find_withheld("Housing is stable.", phrase_topics, NO_CONTEXT) == []
    # the duty-to-warn topic is inverted: what is not about a threat is withheld
    assert find_withheld("Housing is stable.", ["not_about_threat"], NO_CONTEXT) != []


def test_unknown_topic_is_a_policy_error() -> None:
    with pytest.raises(PolicyError, match="substance_abuse"):
        find_withheld("text", ["substance_abuse"], NO_CONTEXT)


@pytest.mark.parametrize(
    ("topic_id", "expected"),
    [
        ("substance_use", "[withheld: substance use treatment, 42 CFR Part 2]"),
        ("reproductive_health", "[withheld: reproductive health]"),
        (
            "shelter_location",
            "[withheld: shelter or safe-house location, 42 U.S.C. 10406(c)(5)]",
        ),
    ],
)
def test_markers(topic_id: str, expected: str) -> None:
    assert marker(get_topic(topic_id)) == expected
    assert marker(get_topic(topic_id), named=False) == "[withheld]"


def test_part2_notice_needed_only_when_treatment_content_is_released() -> None:
    assert needs_part2_notice("She attends AA meetings weekly.", NO_CONTEXT)
    assert not needs_part2_notice("Client denies alcohol use.", NO_CONTEXT)
    released = "Seen today. [withheld: substance use treatment, 42 CFR Part 2] Rent paid."
    assert not needs_part2_notice(released, NO_CONTEXT)


def test_part2_notice_carries_the_required_elements() -> None:
    for phrase in ("42 CFR part 2", "written consent", "2.31", "NOT", "proceeding"):
        assert phrase in PART2_NOTICE
    assert "42 CFR part 2" in PART2_SHORT_NOTICE


def test_every_registered_topic_has_a_stable_id_and_label() -> None:
    assert sorted(TOPICS) == [
        "communicable_disease",
        "group_disclosures",
        "not_about_threat",
        "psychotherapy_notes",
        "reproductive_health",
        "shelter_location",
        "substance_use",
        "third_party_history",
    ]
    for topic_id, topic in TOPICS.items():
        assert topic.id == topic_id
        assert topic.label


def test_a_topic_absent_from_the_whole_note_is_skipped_and_changes_nothing() -> None:
    substance = get_topic("substance_use")
    note = "Met with client at home. She is sleeping better.\n\nPlan: follow up next week."
    assert not substance.may_appear_in(note)
    assert substance.may_appear_in(note + " She attends AA meetings.")
    assert get_topic("group_disclosures").may_appear_in(note)  # decided sentence by sentence


def test_skipping_absent_topics_gives_the_same_passages_on_every_sample_note() -> None:
    ids = list(TOPICS)
    checked = 0
    for path in sorted((SAMPLE_DATA / "notes").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found = sentences(text)
        judged = [withhold._judged(text, s) for s in found]
        every_sentence = sorted(
            (start, end, topic_id)
            for topic_id in ids
            for topic in [get_topic(topic_id)]
            for start, end in withhold._topic_runs(
                text, found, judged, topic, topic.prepare(text, NO_CONTEXT)
            )
        )
        passages = find_withheld(text, ids, NO_CONTEXT)
        covered = [(p.start, p.end) for p in passages]
        for start, end, _ in every_sentence:
            assert any(s <= start and end <= e for s, e in covered), path.name
            checked += 1
    assert checked > 5  # the sample notes do hold withheld topics


def test_a_sentence_is_judged_with_its_lines_label() -> None:
    text = "Father: Gil M., 41. Limited contact; prior felony conviction (2017). No calls back.\n"
    assert withheld(text, "third_party_history") == [
        "Limited contact; prior felony conviction (2017)."
    ]


def test_a_group_members_list_item_is_withheld_whole_and_the_next_item_is_not() -> None:
    text = (
        "Group session notes. Present: A. Dias, Kyla Moss\n"
        "- Kyla Moss said her family was evicted. Shelter till Friday. GM to call the liaison.\n"
        "- Ana Julia shared her goals.\n"
    )
    context = TopicContext(subject_names=("Ana Julia Dias", "Ana Julia"))
    found = find_withheld(text, ["group_disclosures"], context)
    assert [text[p.start : p.end] for p in found] == [
        "- Kyla Moss said her family was evicted. Shelter till Friday. GM to call the liaison."
    ]


def test_a_continuation_is_read_from_the_sentence_not_its_lines_label() -> None:
    text = "S: Client attends the methadone clinic daily. She has been dosing at 7 am. Rent paid.\n"
    assert withheld(text, "substance_use") == [
        "S: Client attends the methadone clinic daily. She has been dosing at 7 am."
    ]


_MATEO = TopicContext(subject_names=("Mateo Quintanilla", "Mateo"))


def _released(text: str, topics: list[str], context: TopicContext = _MATEO) -> str:
    out = text
    for passage in reversed(find_withheld(text, topics, context)):
        out = out[: passage.start] + "[W]" + out[passage.end :]
    return out


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "Diagnoses per Sandia Youth Psychiatry: oppositional defiant disorder (F91.3), "
            "cannabis use disorder, moderate (F12.20). He attends MST.",
            ["oppositional defiant disorder (F91.3)", "He attends MST."],
            ["cannabis", "F12.20", "moderate"],
        ),
        (
            "Dx: MDD, recurrent (F33.1); alcohol use disorder, severe (F10.20); PTSD (F43.10).",
            ["MDD, recurrent (F33.1)", "PTSD (F43.10)"],
            ["alcohol", "F10.20"],
        ),
        (
            "Meds: sertraline 50 mg daily, buprenorphine 8 mg SL daily, melatonin 3 mg qHS.",
            ["sertraline 50 mg daily", "melatonin 3 mg qHS"],
            ["buprenorphine"],
        ),
        (
            "He was diagnosed with ADHD, combined type (F90.2), and cannabis use disorder, mild.",
            ["ADHD, combined type (F90.2)"],
            ["cannabis", "mild"],
        ),
    ],
)
def test_a_list_keeps_its_items_that_are_not_substance_use(
    text: str, kept: list[str], gone: list[str]
) -> None:
    released = _released(text, ["substance_use"])
    assert all(k in released for k in kept), released
    assert not any(g in released for g in gone), released


@pytest.mark.parametrize(
    "text",
    [
        "He uses cannabis daily, attends NA on Tuesdays, and lives with his aunt.",  # not a list
        "Dx: alcohol use disorder, moderate. This has been in remission since May.",  # goes on
        "Dx: MDD (F33.1), alcohol use disorder, severe (F10.20), in a sober living home since "
        "March after detox and a long residential stay at the county program.",  # long items
    ],
)
def test_a_sentence_that_is_no_short_list_is_withheld_whole(text: str) -> None:
    released = _released(text, ["substance_use"])
    assert released.startswith("[W]"), released
    assert "Tuesdays" not in released and "MDD" not in released


def test_a_diagnosis_list_under_court_subpoena(redactor_for: Callable[[str], Redactor]) -> None:
    text = (
        "PREDISPOSITION REPORT\nMateo Quintanilla is a 15-year-old in 9th grade. Diagnoses per "
        "Sandia Youth Psychiatry: oppositional defiant disorder (F91.3), cannabis use "
        "disorder, moderate (F12.20). He has an IEP and takes guanfacine ER 2 mg.\n"
    )
    out = redactor_for("court-subpoena").redact(text, subject=["Mateo Quintanilla"]).text
    assert "oppositional defiant disorder" in out and "F91.3" in out
    assert "cannabis" not in out and "F12.20" not in out
    assert "IEP" in out and "guanfacine" in out


GROUP_NOTE = (
    "DATING VIOLENCE PREVENTION GROUP - Harborlight youth room\n"
    "Date: 5/14/2025   Facilitators: Nadia Pruitt, BSW; Colm Abernethy, MSW intern\n"
    "Members present (4): Lorelei K., Bryn T., Marisol, Dayna P.\n"
    "Note for: KASPRZAK-OYELARAN, L.\n"
    "\n"
    "Topic: healthy boundaries. Lori described her boyfriend checking her phone and said "
    "she wants to block him. Bryn disclosed that her stepfather hits her mother.\n"
)
GROUP_SUBJECT = ["Lorelei Kasprzak-Oyelaran", "Lorelei J. Kasprzak-Oyelaran"]


def test_the_subjects_own_line_after_a_roster_is_not_the_rosters() -> None:
    context = TopicContext(subject_names=tuple(GROUP_SUBJECT))
    found = withheld(GROUP_NOTE, "group_disclosures", context=context)
    assert any(p.startswith("Members present") for p in found), found
    assert not [p for p in found if "KASPRZAK" in p], found


@pytest.mark.parametrize("policy", ["court-subpoena", "client-request"])
def test_the_subject_under_a_short_form_is_the_subject_to_topics(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    out = redactor_for(policy).redact(GROUP_NOTE, subject=GROUP_SUBJECT).text
    assert "Note for: KASPRZAK-OYELARAN, L." in out, out
    assert "Lori described her boyfriend checking her phone" in out, out
    assert "Bryn" not in out and "stepfather" not in out, out


HOME_VISIT = (
    "Nurse-Family Partnership home visit\n"
    'Client: Marisela Quintanar ("Mari"), 20, first pregnancy, 28 wks. Lives with aunt.\n'
    "Aunt: Consuelo Quintanar, 47, pregnant with twins.\n"
)


def test_the_subjects_own_header_keeps_her_name_and_withholds_the_fact() -> None:
    context = TopicContext(subject_names=("Marisela Quintanar", "Mari"))
    found = withheld(HOME_VISIT, "reproductive_health", context=context)
    assert found[0] == "20, first pregnancy, 28 wks.", found
    assert found[1].startswith("Aunt: Consuelo"), found


def test_the_subjects_header_through_a_redactor(redactor_for: Callable[[str], Redactor]) -> None:
    out = (
        redactor_for("court-subpoena")
        .redact(HOME_VISIT, subject=["Marisela Quintanar", "Mari"])
        .text
    )
    assert 'Client: Marisela Quintanar ("Mari"), [withheld' in out, out
    assert "pregnancy" not in out and "Consuelo" not in out and "twins" not in out, out


ROSTER_THEN_SESSION = (
    "Members present (5): Luca R., Idris, Wojcik (late), Mr. Ferrante, Tobin P.\n"
    "Client (Anselm Varga-Reyes, DOB 02/09/1988) shared that his partner moved out.\n"
    "Member Idris disclosed a relapse; Tobin P. confronted him.\n"
    "Anselm reports he started a new job."
)


def test_a_roster_with_its_names_on_the_line_heads_that_line_only() -> None:
    """A paragraph with no blank line after the roster is not all the roster's: the
    client's own lines stay, the other member's disclosure goes."""
    context = TopicContext(subject_names=("Anselm Varga-Reyes",))
    found = withheld(ROSTER_THEN_SESSION, "group_disclosures", context=context)
    assert any(p.startswith("Members present") for p in found), found
    assert any("Idris disclosed" in p for p in found), found
    assert not [p for p in found if "Anselm" in p], found


def test_a_county_abbreviation_does_not_end_the_sentence() -> None:
    context = TopicContext(subject_names=("Anselm Varga-Reyes",))
    text = "Member Idris disclosed that his PO (Fulton Co. Probation) called him again."
    assert withheld(text, "group_disclosures", context=context) == [text]


@pytest.mark.parametrize(
    ("text", "topic", "tail"),
    [
        (
            "He has kept every visit. He attends NA meetings at the Dream\n"
            "Center Tues/Thurs. He has a new job.",
            "substance_use",
            "Center Tues/Thurs.",
        ),
        (
            "Per the mother, her sister Dana was convicted of felony child endangerment\n"
            "in Ohio. The children visit weekly.",
            "third_party_history",
            "in Ohio.",
        ),
        (
            "Client reports she completed detox at Riverbend and now goes to Cocaine\n"
            "Anonymous on Mondays. Housing is stable.",
            "substance_use",
            "Anonymous on Mondays.",
        ),
    ],
)
def test_a_withheld_sentence_takes_its_tail_wrapped_onto_the_next_line(
    text: str, topic: str, tail: str
) -> None:
    """A record wrapped by hand at no steady width: the tail of a withheld sentence on the
    next line is no sentence of its own, and must not be released alone."""
    context = TopicContext(subject_names=("Martin Ostrowski",))
    found = withheld(text, topic, context=context)
    assert any(p.endswith(tail) for p in found), found
    assert not any(p.endswith("stable.") or p.endswith("weekly.") or "new job" in p for p in found)


@pytest.mark.parametrize(
    "text",
    [
        "Diagnosis: alcohol use disorder, moderate\nMedications: none",
        "- attends AA weekly with his sponsor at the church\n- works at the mill",
        "Client says he attends NA meetings most weeks with his cousin\nRECOMMENDATIONS",
    ],
)
def test_a_line_of_its_own_after_a_withheld_sentence_stays(text: str) -> None:
    last = text.rsplit("\n", 1)[1]
    found = withheld(text, "substance_use")
    assert not any(last in p for p in found), found
