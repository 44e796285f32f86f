"""Lower-case names in message logs cued by a kin word of another language, a first word
before a verb of speech, a person's act or feeling, a possessive, or a pairing with a
name already found (`redact.detect.lower_case_names`)."""

from __future__ import annotations

import pytest

from redact.detect.lower_case_names import lower_case_name_findings

LOG = """agency phone - chat with "farhiya d"
3/02/25, 18:40 - farhiya d: hooyo fadumo is in nairobi, she need the paper
3/02/25, 18:52 - Office: We will ask about the follow-to-join case this week.
3/04/25, 07:15 - farhiya d: abuela consuelo come friday for the kids
3/09/25, 21:03 - farhiya d: idris and warsan have fever since morning
3/09/25, 21:04 - farhiya d: sorry. duane was mad at me again last night
3/11/25 8:10p worker: proud of u. keep rickys # handy for the weekend
3/12/25 9:30p farhiya d: we ate at brandon's party, it was ok
3/14/25 9:30p farhiya d: ok. ramon said the room is still there
3/15/25 9:31p in: jarell came by the store. i left
"""


def _found(text: str) -> set[str]:
    return {text[f.start : f.end] for f in lower_case_name_findings(text)}


def test_a_name_after_a_kin_word_of_another_language() -> None:
    assert {"fadumo", "consuelo"} <= _found(LOG)


def test_a_first_word_before_a_verb_of_speech_after_a_speaker_label() -> None:
    assert "jarell" in _found(LOG)


def test_a_listed_given_name_before_a_persons_act_or_feeling() -> None:
    assert {"duane", "ramon"} <= _found(LOG)


def test_possessives_of_a_given_name_with_and_without_the_apostrophe() -> None:
    assert {"brandon", "rickys"} <= _found(LOG)


def test_a_word_joined_by_and_to_a_found_name() -> None:
    assert {"idris", "warsan"} <= _found(LOG)


def test_ordinary_words_in_the_same_places_stay() -> None:
    text = (
        "3/02/25, 18:40 - farhiya d: the hunter said the room is ok. my uncle's car broke\n"
        "3/02/25, 18:41 - farhiya d: meeting at st lucy's basement. bread and milk ok\n"
        "3/02/25, 18:42 - farhiya d: everyone was mad. the doctor said rest\n"
    )
    assert _found(text) - {"farhiya d", "farhiya"} == set()


def test_outside_a_message_log_the_cues_are_not_read() -> None:
    prose = "The worker noted that ramon said the room is available; hooyo fadumo called.\n"
    assert _found(prose) == set()


def test_a_greeting_in_a_clients_language_names_whom_it_greets() -> None:
    text = (
        "5/01/25, 09:12 - amina k: salaam wendimu the landlord came again\n"
        "5/01/25, 09:20 - Office: We will call him.\n"
        "5/02/25 10:01 AM in: hola yesenia the bus is late\n"
        "5/02/25 10:05 AM in: hello again the form is done\n"
    )
    assert _found(text) - {"amina k", "amina"} == {"wendimu", "yesenia"}


def test_a_writer_named_by_her_own_handle_and_a_sibling_before_a_kin_word() -> None:
    log = (
        "[discord DM] 9/21 11:52p  2rosebud: rose misses u. call me\n"
        "[SMS] 9/22 8:15a  auntie_d: crying for chaske and her brother kesi again\n"
        "[discord DM] 9/22 9:02p  2rosebud: bud light is gross\n"
    )
    found = _found(log)
    assert {"rose", "chaske"} <= found
    assert "bud" not in found and "light" not in found


def test_a_bare_possessive_before_a_kin_word_names_whose_kin() -> None:
    log = (
        "10/3 11:58 pm  kenna.dy: can u not tell him i was at codys brothers in augusta fri\n"
        "10/4 8:02 am  kenna.dy: crashing at jaydens cousins tonight\n"
        "10/4 8:05 am  kenna.dy: bryces gf keeps texting me\n"
        "10/4 8:09 am  kenna.dy: we went to marisols grandmas after school\n"
        "10/4 8:12 am  kenna.dy: my moms brothers car broke. the girls sisters came\n"
    )
    found = _found(log) - {"kenna.dy"}
    assert found == {"codys", "jaydens", "bryces", "marisols"}


def test_a_name_and_a_surnames_initial_before_what_a_person_does_to_others() -> None:
    log = (
        "10/23 8:47 pm  7priyav: also luis said tyler g made them delete pics\n"
        "10/23 8:48 pm  7priyav: marcus d texted me again. bri h threatened her\n"
        "10/23 8:49 pm  7priyav: hep c made it worse. pod b kept yelling. plan b made me sick\n"
    )
    found = _found(log)
    assert {"tyler g", "marcus d", "bri h"} <= found
    assert not {"hep c", "pod b", "plan b", "hep", "pod", "plan"} & found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Home visit at 4410 Larkspur Rd. Texted rosa about the school meeting.", "rosa"),
        ("Visited client at 1207 Birch Lane. Messaged tomas about the bus pass.", "tomas"),
        ("- Emailed priya re: IEP\n- Called school nurse", "priya"),
        ("Seen at home. Left a voicemail for dominique. Met with jamal after.", "dominique"),
        ("Seen at home. Left a voicemail for dominique. Met with jamal after.", "jamal"),
    ],
)
def test_a_lower_case_name_after_a_sentences_opening_act_of_contact(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Saw client at 88 Grove St. Called back about the lease. Called mom after.",
        "Asked about the rent. Told grace the plan was fine. Spoke with will later.",
        "- Called school nurse\n- Texted back re: ride",
    ],
)
def test_ordinary_words_after_an_act_of_contact_stay(text: str) -> None:
    assert not _found(text)


def test_a_workers_rank_or_role_before_a_surname_in_a_message() -> None:
    log = (
        "9/12 9:21 pm  ash: chaplain mcbride came by, then det ruiz\n"
        "9/13 8:02 am  ash: seeing np sethi rn. my po hendricks wants a ua\n"
        "9/14 7:40 pm  ash: tell pastor okafor i cant come\n"
    )
    assert {"mcbride", "ruiz", "sethi", "hendricks", "okafor"} <= _found(log)


def test_a_role_word_before_a_common_word_is_no_name_in_a_message() -> None:
    log = (
        "9/12 9:21 pm  ash: np lol. po box is full. chaplain visited\n"
        "9/13 8:02 am  ash: my therapist is cool. advocate said go. nurse came by\n"
    )
    found = _found(log)
    assert not found & {"lol", "box", "visited", "is", "said", "came"}, found


def test_a_speaker_label_english_has_as_a_word_taking_turns_with_a_person() -> None:
    log = (
        "11/29/24 6:12p  court: where r u. its 6\n"
        "11/29/24 6:15p  nate: 10 min\n"
        "11/29/24 6:40p  court: this is ridiculous\n"
    )
    assert {"court", "nate"} <= _found(log)


def test_a_timelines_field_labels_are_no_speakers() -> None:
    timeline = "10:30 plan: call landlord\n11:00 court: hearing moved\n12:00 court: continued\n"
    assert _found(timeline) == set()
    roles = "3/1 9:00a  dre: hey\n3/1 9:05a  note: left vm\n3/1 9:07a  note: called back\n"
    assert "note" not in _found(roles)
