"""Other people's disclosures in group and couples sessions; the client's own words stay."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact.redactor import Redactor
from redact.topics.base import NO_CONTEXT, TopicContext
from redact.topics.group_disclosures import TOPIC
from redact.topics.withhold import find_withheld

CLIENT = TopicContext(subject_names=("Ana Julia Dias", "Ana Julia", "Ms. Dias"))

MUST = [
    "Another member, J., disclosed that she relapsed over the weekend.",
    "Her partner Tom shared that he has been sleeping in his car.",
    "Group member Lisa reported that her son was removed by CPS.",
    "During check-in, two participants shared their cravings.",
    "Client listened as another member described her miscarriage.",
    "Tom disclosed that he lost his job in March.",
    "Lisa, another member, said she is being evicted.",
    "Her husband stated that he does not want another child.",
    "One of the members talked about her brother's suicide.",
    "Other members shared their own experiences with custody court.",
    "Marco (Mr. Ruiz) talked about his custody case and said he feels judged.",
    "Dana was quiet and disclosed only that she is using again.",
]

MUST_NOT = [
    "Peer support specialist Rick Ostrowski to check in weekly.",  # a peer worker is staff
    "Peer recovery coach Lena will call him Friday about the VA appointment.",
    "Ms. Dias shared that she was proud of her progress.",
    "Ana Julia disclosed that she is afraid of losing her housing.",
    "Client shared her goals for the coming month.",
    "The group discussed coping skills for the holidays.",
    "Writer facilitated the group with a co-facilitator.",
    "Client was supportive of other members.",
    "Dr. Albuquerque shared the lab results with the team.",
    "Her partner attended the session.",
    "She said she would bring the forms next week.",
    "Eight members attended; the topic was grief.",
    "I've shared the discharge summary with you by fax.",  # the writer is no one else
    "We discussed the safety plan and she agreed to it.",
    "You disclosed nothing new, per your message.",
]


@pytest.mark.parametrize("sentence", MUST)
def test_withholds(sentence: str) -> None:
    assert TOPIC.matches(sentence, CLIENT)


@pytest.mark.parametrize("sentence", MUST_NOT)
def test_keeps(sentence: str) -> None:
    assert not TOPIC.matches(sentence, CLIENT)


def test_subject_named_as_partner_is_kept() -> None:
    tom = TopicContext(subject_names=("Tom Reyes", "Tom"))
    assert not TOPIC.matches("Her partner Tom shared that he was scared.", tom)


def test_without_names_every_named_person_is_someone_else() -> None:
    assert TOPIC.matches("Ana Julia disclosed that she is afraid.", NO_CONTEXT)


def test_pronoun_opens_a_continuation() -> None:
    assert TOPIC.continues("She said it was the worst week of her life.")
    assert not TOPIC.continues("Client responded with empathy.")


GROUP_NOTE = (
    "Group session - week 3 of 6\n"
    "Facilitators: Gail Moreno, LCSW; Pete Lindqvist, LMSW\n"
    "Present: A. Dias, Kyla Moss, R.T., Jonah Ferris\n"
)
ANA = TopicContext(subject_names=("Ana Julia Dias", "Ana Julia", "Ms. Dias"))


def _in_group(sentence: str) -> bool:
    context = TOPIC.prepare(GROUP_NOTE + sentence + "\n", ANA)
    return TOPIC.matches(sentence, context)


@pytest.mark.parametrize(
    "sentence",
    [
        "- Kyla Moss said her mom's car got repossessed.",
        "- R.T. (Rosa Tran, 9th) mostly quiet, said she was fine.",
        "Kyla: family is moving to a motel next week.",
        "GM met with Kyla after group; report made to CPS, intake #4410.",
        "kyla said she has not eaten since Friday.",
        "jonah told everyone his brother overdosed.",
        "PL noticed fresh cuts on r.t.'s arm.",
        "Jonah Ferris admitted he hits a cart before school.",
    ],
)
def test_group_note_withholds_other_members(sentence: str) -> None:
    assert _in_group(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Julia practiced a calming script with Kyla and chose to walk away.",
        "Ms. Dias said she is proud of her attendance.",
        "Gail Moreno said the group will meet again Tuesday.",
        "Reviewed group rules.",
        "Client has a 504 plan for ADHD (F90.2).",
    ],
)
def test_group_note_keeps_the_subject_and_the_staff(sentence: str) -> None:
    assert not _in_group(sentence)


def test_a_note_that_is_not_a_group_note_has_no_members() -> None:
    context = TOPIC.prepare("Home visit. Kyla was at school.", ANA)
    assert not context.group
    assert not TOPIC.matches("Kyla was at school.", context)


def test_a_list_item_goes_on_until_it_names_the_subject() -> None:
    assert TOPIC.continues("BW to connect him with the liaison.", ANA, same_item=True)
    assert not TOPIC.continues("BW to connect him with the liaison.", ANA, same_item=False)
    assert not TOPIC.continues("Ms. Dias offered support.", ANA, same_item=True)


def test_a_capitalised_word_that_the_note_also_writes_in_lower_case_is_not_a_member() -> None:
    note = GROUP_NOTE + "Others shared their week.\nAna Julia thanked the others for listening.\n"
    context = TOPIC.prepare(note, ANA)
    assert context.members is not None
    assert not context.members.search("others")
    assert not TOPIC.matches("Writer thanked the others for coming.", context)


@pytest.mark.parametrize(
    "sentence",
    [
        "Member 2: disclosed that her father was deported in June.",
        "- Peer B said his mom kicked him out.",
        "Participant #3 - reports cutting on her thighs.",
        "K.S. disclosed that he vapes before school.",
    ],
)
def test_numbered_and_initialled_members(sentence: str) -> None:
    assert TOPIC.matches(sentence, CLIENT)


@pytest.mark.parametrize(
    "heading",
    ["Attendees:", "Participants:", "Residents: ", "**Members:**", "Peers -"],
)
def test_a_rosters_plural_heading_is_no_lettered_member(heading: str) -> None:
    # "Attendees:" read as "Attendee S:" withheld a planning meeting's whole attendee list
    assert not TOPIC.matches(heading, CLIENT)
    assert not TOPIC.matches(heading + "\n- Norma Villeneuve, aunt\n- Dale Ferris, MSW", CLIENT)


def test_the_subjects_own_initials_are_the_subject() -> None:
    isaiah = TopicContext(subject_names=("Isaiah Quinn-Baxter", "Ike"))
    assert not TOPIC.matches("I.Q.B. disclosed that he was scared.", isaiah)
    assert not TOPIC.matches("IQB shared that he was scared.", isaiah)


_DBT = TopicContext(subject_names=("Dana Okonjo-Reyes", "Dana"))
_DBT_NOTE = (
    "DBT skills group session note\nFacilitators: Mara Quill, LCSW\n"
    "Members present (4): Dana O., Jaylen P., Marisol, Keegan T.\n\n"
)


def _withheld(body: str) -> list[str]:
    text = _DBT_NOTE + body
    return [text[p.start : p.end] for p in find_withheld(text, [TOPIC.id], _DBT)]


def test_a_pronoun_after_the_client_with_a_member_in_a_clause_is_the_client_again() -> None:
    # The member's teasing goes with its sentence; the client's own medication stays.
    withheld = _withheld(
        "Dana was engaged and calm. She practiced the grounding skill when Jaylen teased "
        "her about her ex. She reported taking fluoxetine daily and sleeping better."
    )
    assert any("Jaylen teased" in w for w in withheld)
    assert not any("fluoxetine" in w for w in withheld)


def test_a_pronoun_after_a_sentence_a_member_opens_is_still_the_member() -> None:
    withheld = _withheld("Jaylen said he was drinking again. He reported that he lost his job.")
    assert any("lost his job" in w for w in withheld)
    labelled = _withheld("Marisol: She said her dad is in jail. She cried and said she is using.")
    assert any("she is using" in w for w in labelled)
    described = _withheld(
        "Client listened as another member described her relapse. She said it began at a party."
    )
    assert any("began at a party" in w for w in described)


def test_a_list_item_the_client_opens_does_not_carry_a_member_clause_on() -> None:
    withheld = _withheld(
        "- She used the skill when Jaylen joked about her ex. She takes fluoxetine (F33.1).\n"
        "- Jaylen said his brother got arrested. He was upset."
    )
    assert not any("fluoxetine" in w for w in withheld)
    assert any("He was upset" in w for w in withheld)


def test_the_client_keeps_her_medication_under_court_subpoena(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = _DBT_NOTE + (
        "Dana was engaged. She practiced the skill when Jaylen joked about her ex. She "
        "reported taking sertraline daily for major depressive disorder (F33.1). Jaylen said "
        "his uncle was deported. He was tearful."
    )
    for policy in ("court-subpoena", "client-request"):
        out = redactor_for(policy).redact(text, subject=["Dana Okonjo-Reyes", "Dana"]).text
        assert "sertraline" in out and "F33.1" in out, policy
        assert "deported" not in out and "tearful" not in out, policy


def test_a_couples_note_withholds_the_partners_own_report(
    redactor_for: Callable[[str], Redactor],
) -> None:
    # the roster sits in the heading, after a dash; the partner reports her own score and
    # medicine, which are hers, not the client's
    text = (
        "Couples session #6 — 10/22/2025 — Clients: Marcus Odum and Keisha Odum-Lyles\n"
        "Marcus reports he has stayed sober 60 days and attends SMART Recovery.\n"
        "Keisha also reported her PHQ-9 is 17 and she started Zoloft 50 mg.\n"
    )
    out = redactor_for("provider-referral").redact(text, subject=["Marcus Odum"]).text
    assert "Zoloft" not in out and "PHQ-9 is 17" not in out
    assert "sober 60 days" in out and "SMART Recovery" in out


def test_a_health_plans_member_line_is_no_group_member() -> None:
    header = "Member ID: QX55120-01   Group No.: 88213\nDiagnosis: bulimia nervosa (F50.2)"
    assert not TOPIC.matches(header, ANA)
    assert not TOPIC.matches("Member services can be reached at the number below.", ANA)
    assert TOPIC.matches("Members shared what helps them at dinner.", ANA)


def test_a_member_named_after_a_lines_label_is_a_member() -> None:
    text = GROUP_NOTE + (
        "Check-in: Tova (15) said she skipped breakfast every day this week.\n"
        "Tova came in late on Thursday.\n"
    )
    context = TOPIC.prepare(text, ANA)
    assert TOPIC.matches("Check-in: Tova (15) said she skipped breakfast.", context)
    assert TOPIC.matches("Tova came in late on Thursday.", context)


def test_a_member_by_given_name_and_initial_opens_a_sentence() -> None:
    sentence = "Renny D. walked out early; later she said her dad threw a chair."
    context = TOPIC.prepare(GROUP_NOTE + sentence + "\n", ANA)
    assert TOPIC.matches(sentence, context)
    own = "Ana Julia walked out early; Renny D. followed her."
    assert not TOPIC.matches(own, TOPIC.prepare(GROUP_NOTE + own + "\n", ANA))


@pytest.mark.parametrize(
    "sentence",
    [
        "Lux returned and disclosed that she moved in with her aunt.",
        "Osric arrived late and shared that he was suspended.",
    ],
)
def test_a_member_who_did_something_and_disclosed(sentence: str) -> None:
    assert TOPIC.matches(sentence, CLIENT)


_MULTI_FAMILY = (
    "MULTI-FAMILY GROUP - week 2\nFamilies present: four.\n"
    "Other families: Omar's father, Mr. Haddad, said he was laid off in May.\n"
    "Wren's older sister Ida asked how to help at lunch.\n"
    "Ana Julia's mother said she eats better at home.\n"
)


def test_a_multi_family_group_withholds_the_other_families() -> None:
    withheld = [
        _MULTI_FAMILY[p.start : p.end] for p in find_withheld(_MULTI_FAMILY, [TOPIC.id], ANA)
    ]
    assert any("laid off" in w for w in withheld)
    assert any("Ida asked" in w for w in withheld)
    assert not any("eats better" in w for w in withheld)
