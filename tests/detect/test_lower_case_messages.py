"""Names typed in lower case in message exports, voicemail transcripts, portal threads and
terse home-health notes, found by `redact.detect.lower_case_names` and removed by a real
Redactor under every kind of policy; common words that are also given names stay."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.lexicon import gather_names, release_name_findings
from redact.detect.lower_case_names import lower_case_name_findings


def _present(term: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text, re.IGNORECASE) is not None


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in lower_case_name_findings(text)]


SMS_EXPORT = (
    "[10/4/25, 7:02:11 PM] kenzie: hi its imani from the front desk\n"
    "[10/4/25, 7:05 PM] client: ok. my cousin thaddeus can drive me\n"
    "[10/4/25, 7:06 PM] client: but quentin keeps calling my phone\n"
)
VOICEMAIL = (
    "oct 9 2025 10:14 am from 216-555-0182\n"
    "hey this is lashonda lashonda pettiford calling for mr okonkwo about my grandson "
    "keandre he didn't get his meds ok bye\n"
)
AIDE_NOTE = (
    "10/12 0900-1100 HHA visit. BP 132/80. pt ambulating w/ walker. gs tyrese home, no "
    'school. pt states "yolanda took my checkbook." called yolanda\'s cell 216-555-0139, '
    'no answer. nephew "bo" asleep on couch. -T. Greer HHA\n'
)
PORTAL = (
    "03/14/2025 21:02  From kwame.o: rough week. me and shanice had it out again\n"
    "03/14/2025 21:05  From kwame.o: shanice (my gf) took the baby to her moms\n"
)
#: Given names that are English words, written as words: none of them is anyone.
COMMON_WORDS = (
    "pt states she has faith in god and hope for the future. will f/u with pcp re: mark "
    "on left arm. it's sunny today, this is hard for her. son will call back. grace period "
    "for rent ends friday."
)

PEOPLE = {
    SMS_EXPORT: ("kenzie", "imani", "thaddeus", "quentin"),
    VOICEMAIL: ("lashonda", "pettiford", "okonkwo", "keandre"),
    AIDE_NOTE: ("tyrese", "yolanda", "bo"),
    PORTAL: ("kwame", "shanice"),
}


def test_a_bracketed_time_stamp_makes_a_message_log() -> None:
    found = _found(SMS_EXPORT)
    assert {"kenzie", "imani", "thaddeus", "quentin"} <= set(found)
    short = "2/3 9:14p  zeke: ok\n2/3 9:15p  zeke: marisela says hi\n"
    assert "marisela" in _found(short)  # "9:14p": a time with a bare "p"
    phone = (
        "Sat, Oct 4 at 7:02 PM - Me: where r u\n"
        "Sat, Oct 4 at 7:09 PM - Them: at my aunties w tavion\n"
        "2025-10-05 08:14 | Me: ok\n"
    )
    assert _found(phone) == ["tavion"]


def test_a_capitalised_note_with_time_stamped_lines_is_read_only_in_its_messages() -> None:
    note = (
        "10:30 Plan: continue current regimen, inter alia diet and rest.\n"
        "The family (von Trapp relatives) visited; alia and von are words here.\n"
    )
    assert _found(note) == []


def test_a_caller_names_themselves_and_their_surname() -> None:
    found = _found(VOICEMAIL)
    assert "lashonda pettiford" in found
    assert {"okonkwo", "keandre"} <= set(found)


def test_kin_words_quotes_and_possessives_cue_names_in_a_capitalised_note() -> None:
    found = _found(AIDE_NOTE)
    assert found.count("yolanda") == 2
    assert {"tyrese", "bo"} <= set(found)


def test_a_parenthesis_of_kin_and_a_pairing_make_a_portal_name() -> None:
    assert _found(PORTAL).count("shanice") == 2


def test_common_words_that_are_given_names_are_left() -> None:
    assert _found(COMMON_WORDS) == []
    prose = "The client will call back. She said it's fine and this is hard."
    assert _found(prose) == []


def test_a_title_takes_a_rare_surname_but_not_a_common_word() -> None:
    text = "left msg for miss thistlewood re: bill. dr appt moved. ms office closed."
    assert _found(text) == ["thistlewood"]


@pytest.mark.parametrize(
    ("policy", "subject"),
    [
        ("social-media", None),
        ("court-subpoena", ["Wilhelmina Castro"]),
        ("consultation", None),
        ("provider-referral", ["Wilhelmina Castro"]),
    ],
)
def test_lower_case_names_never_reach_the_recipient(
    redactor_for: Callable[[str], Redactor], policy: str, subject: list[str] | None
) -> None:
    redactor = redactor_for(policy)
    for text, names in PEOPLE.items():
        released = redactor.redact(text, subject=subject).text
        leaked = [name for name in names if _present(name, released)]
        assert not leaked, f"{leaked} leaked under {policy}: {released!r}"
    kept = redactor.redact(COMMON_WORDS, subject=subject).text
    for word in ("faith", "hope", "will", "mark", "sunny", "grace"):
        assert _present(word, kept), f"{word!r} lost under {policy}: {kept!r}"


def test_the_release_carries_lower_case_names_to_its_other_documents() -> None:
    docs = [
        "oct 9 2025 10:14 am from 216-555-0182\n"
        "hi this is marty kowalczek the grandson up north call me back",
        "10/14 0900 HHA visit. pt asked if kowalczek boy called. BP 128/76.",
        "Intake 3/1/25. Her granddaughter Destiny Ravenscroft (16) lives with her.",
        "[3/2/25 9:14pm] client: destiny didnt come home again",
    ]
    names = gather_names(docs)
    assert {"marty", "kowalczek"} <= set(names.single_names)
    redactor = Redactor("court-subpoena", release_names=names)
    released = "\n".join(redactor.redact(d, subject=["Wilhelmina Castro"]).text for d in docs)
    leaked = [w for w in ("marty", "kowalczek", "destiny") if _present(w, released)]
    assert not leaked, f"{leaked} leaked in {released!r}"


AIDE_CHECKLIST = (
    "Aide: R. Okafor   Client: Pruitt, L.\n"
    "Tasks: bath [x] meals [x] meds reminder [x]\n"
    "Notes: client's nephew darius came by, took $40 from purse per client. per "
    "sister-in-law rochelle, pt fell last week. pt's ex, brandon, not allowed in home.\n"
)


def test_in_law_and_comma_kin_cues_keep_the_kin_word(
    redactor_for: Callable[[str], Redactor],
) -> None:
    assert {"darius", "rochelle", "brandon"} <= set(_found(AIDE_CHECKLIST))
    released = redactor_for("court-subpoena").redact(AIDE_CHECKLIST, subject=["Lorraine Pruitt"])
    for name in ("darius", "rochelle", "brandon"):
        assert not _present(name, released.text), released.text
    assert "sister-in-law" in released.text and "nephew" in released.text


def test_mr_and_mrs_take_surnames_that_are_english_words() -> None:
    text = (
        "landlord mr brown threatening to change locks. mrs. young (neighbor) called. "
        "hx ms flare 2019. MR mild. spoke w/ mr. about it."
    )
    assert _found(text) == ["brown", "young"]


def test_a_weak_cue_takes_a_given_name_that_is_only_a_noun() -> None:
    assert _found("[5/2 9:14pm] zoe: got into it with cody again") == ["zoe", "cody"]
    assert _found("[5/2 9:15pm] zoe: went with grace and mom") == ["zoe"]


PORTAL_HEADERS = (
    "Message thread: Refill request\n"
    "From: Patient (ronnie.p)  Sent: 4/2/2025 9:12 AM\n"
    "From: tanisha.wells87   To: Care Team   Date: 4/3/2025\n"
    "Sender: kiki_r\n"
    "From: marcus b (patient)\n"
    "Attachment: refill_form.pdf   Portal: mychart.example.org\n"
)
AIDE_LOG = (
    "Home Health Aide Daily Log\n"
    "Date: 11/2   Aide: pat   Client: Mrs. Ellingsworth\n"
    "Notes: client in good spirits. client's friend from church, loretta, brought soup. "
    'neighbor kid (tommy) mowed lawn. told aide "my boy dwayne is coming sunday". '
    "sugar (high) noted, (will) recheck.\n"
)


def test_person_fields_of_a_portal_thread_and_an_aide_log() -> None:
    assert _found(PORTAL_HEADERS) == ["ronnie.p", "tanisha.wells87", "kiki_r", "marcus b"]
    assert _found(AIDE_LOG) == ["pat", "loretta", "tommy", "dwayne"]


@pytest.mark.parametrize("policy", ["social-media", "court-subpoena", "consultation"])
def test_portal_and_aide_log_names_never_reach_the_recipient(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    redactor = redactor_for(policy)
    subject = ["Harriet Ellingsworth"] if policy == "court-subpoena" else None
    released = "\n".join(
        redactor.redact(t, subject=subject).text for t in (PORTAL_HEADERS, AIDE_LOG)
    )
    names = ("ronnie", "tanisha", "wells87", "kiki_r", "marcus", "loretta", "tommy", "dwayne")
    leaked = [name for name in names if _present(name, released)]
    assert not leaked, f"{leaked} leaked under {policy}: {released!r}"
    assert "(high)" in released and "(will) recheck" in released


def test_a_log_exported_without_time_stamps_has_its_speakers_found() -> None:
    log = (
        "Exported conversation with 216-555-0100\n"
        "tasha: ya omw\n"
        "me: ok hurry\n"
        "tasha: tell keisha i said hi\n"
        "plan: f/u next wk\n"
        "plan: recheck bp\n"
    )
    assert _found(log) == ["tasha", "tasha", "keisha"]
    fields = "Visit 11/2. Seen at home.\nplan: f/u next wk\nplan: recheck bp\nsage: 2 tsp\n"
    assert _found(fields) == []  # a note's fields, once or twice, are nobody


_PHONE_LOG = (
    "4/02/25 8:15 PM  in: ugh hunter keeps texting me since friday\n"
    "4/02/25 8:31 PM  in: talked to kay about it and she said block him\n"
    "4/02/25 8:40 PM  out: Good plan. Please save the messages for your advocate.\n"
)
_NOUN_LOG = "4/03/25 7:02 AM  in: the hunter keeps calling about the deer on our road lol\n"


@pytest.mark.parametrize("policy", ["social-media", "research-safe-harbor", "court-subpoena"])
def test_names_that_text_or_are_talked_to_are_removed(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    """A noun given name before a verb of texting, and a name after "talked to", go; a
    determiner keeps "the hunter" a noun."""
    out = redactor_for(policy).redact(_PHONE_LOG, []).text
    assert "ugh hunter" not in out and "kay" not in out, (policy, out)
    assert "block him" in out
    noun = redactor_for(policy).redact(_NOUN_LOG, []).text
    assert "the hunter keeps calling" in noun, (policy, noun)


_CONTACTS = (
    "Phone review 6/9/25 with client consent. Client's phone shows repeated texts from "
    'contact "dee w" (719) 555-0182 and contact "marcus t" (719) 555-0190; she saved her '
    'ex as "jojo" and blocked him. Client said "not a" problem anymore.'
)


@pytest.mark.parametrize("policy", ["social-media", "research-safe-harbor", "client-request"])
def test_contacts_saved_in_a_phone_are_removed(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    """A quoted contact of a name and an initial goes whole; a quoted nickname after a
    word of saving goes; a quotation of words stays."""
    out = redactor_for(policy).redact(_CONTACTS, []).text
    for leak in ('"dee', "dee w", "marcus t", "jojo"):
        assert leak not in out, (policy, out)
    assert '"not a" problem' in out and "blocked him" in out


_SYLLABLE_LOG = (
    "05/11/2025 23:51  From kestrel.b77: rough night. pri and i had it out again about rent\n"
    "05/19/2025 22:40  From kestrel.b77: pri's at her moms for the week\n"
)
_INDEX_NOTE = "Testing 5/2/25: WAIS-IV FSIQ 88, VCI 90, PRI 92, WMI 85; rough night per mother."


@pytest.mark.parametrize("policy", ["social-media", "research-safe-harbor"])
def test_a_short_form_that_is_also_an_acronym_goes_in_a_message(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    """ "pri and i": a lower-case syllable that begins many given names is a person where
    only a person stands, though "PRI" is an index of a scale; the index stays in a note."""
    out = redactor_for(policy).redact(_SYLLABLE_LOG, []).text
    assert "pri and i" not in out and "pri's" not in out, (policy, out)
    assert "rough night" in out
    note = redactor_for(policy).redact(_INDEX_NOTE, []).text
    assert "PRI 92" in note and "VCI 90" in note, (policy, note)


def test_a_two_word_contact_label_makes_a_whatsapp_log() -> None:
    text = (
        "4/12/25, 19:02 - hodan w: salaam the heater is not working, baby cold\n"
        "4/12/25, 21:45 - hodan w: ok. abdi fix it with umm khalid husband\n"
    )
    found = {text[f.start : f.end] for f in lower_case_name_findings(text)}
    assert "hodan w" in found
    assert "abdi" in found


def test_a_contact_label_whose_surname_is_also_a_word_is_a_name() -> None:
    text = "4/05/25, 10:12 - lupita domingo: buenos dias miss soy la hermana\n"
    found = {text[f.start : f.end] for f in lower_case_name_findings(text)}
    assert "lupita domingo" in found


def test_a_two_word_label_of_english_words_is_no_speaker() -> None:
    text = "9:00 case manager: met with the family.\n10:30 home visit: all present.\n"
    assert lower_case_name_findings(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("pt worried re mother-in-law HAWO JAMA ELMI. FTJ pending.", "HAWO JAMA ELMI"),
        ("Husband ABDIRIZAK prefers night shifts.", "ABDIRIZAK"),
    ],
)
def test_a_name_in_capitals_after_a_kin_word(text: str, name: str) -> None:
    found = [text[f.start : f.end] for f in lower_case_name_findings(text)]
    assert found == [name]


@pytest.mark.parametrize(
    "text", ["Son SOB today, wife ICU nurse.", "Mother HIV negative.", "Wife DOB 1985."]
)
def test_a_term_in_capitals_after_a_kin_word_is_no_name(text: str) -> None:
    assert lower_case_name_findings(text) == []


@pytest.mark.parametrize(
    ("text", "full", "alone"),
    [
        # the family name first: the given name is in no list
        ("CASE MANAGER: Nguyen Thi Thu Trang, MSW\n", "Nguyen Thi Thu Trang", "Trang"),
        # a Somali name of three given names
        ("Mother-in-law: Hawo Jama Elmi, in the camp.\n", "Hawo Jama Elmi", "Hawo"),
        # a double surname
        ("Contact: Luz Marina Ochoa Restrepo, HR\n", "Luz Marina Ochoa Restrepo", "Restrepo"),
        # two rare words, one a listed name
        ("Hmong neighbour Nhia Vang offered rides.\n", "Nhia Vang", "Nhia"),
    ],
)
def test_a_run_of_name_words_is_gathered_for_the_release(text: str, full: str, alone: str) -> None:
    names = gather_names([text])
    assert full in names.full_names
    assert alone in dict(names.forms)


@pytest.mark.parametrize(
    "text",
    ["Court: Sąd Rejonowy in the town.\n", "Speaks Maay Maay at home.\n", "Fern Valley Rd\n"],
)
def test_an_institution_or_a_language_is_not_gathered(text: str) -> None:
    assert gather_names([text]).full_names == ()


def test_a_rare_given_name_of_another_culture_is_a_name_in_a_message() -> None:
    text = (
        "7/15/25, 12:40 - hodan w: bashir sick fever. sahra say go to er\n"
        "7/15/25, 12:44 - hodan w: ok im finna go now\n"
    )
    found = {text[f.start : f.end] for f in lower_case_name_findings(text)}
    assert "sahra" in found
    assert "finna" not in found and "er" not in found


def test_a_name_run_after_a_common_first_word_is_gathered_but_not_its_parts() -> None:
    names = gather_names(["Pa Nhia Vang offered rides.\n", "CASE MANAGER: Nguyen Thi Thu Trang\n"])
    assert names.full_names == ("Nguyen Thi Thu Trang", "Nhia Vang")
    assert {"Nhia", "Trang"} <= set(dict(names.forms))


CHANNEL_LOG = (
    "[IG DM] 9/14 1:12a  jayy.wav503: u good?? ur not answering\n"
    "[SMS] 9/16 7:02p  mama: dont tell brandon\n"
    "[discord DM] 9/21 11:48p  4kitcat: did u see it\n"
    "[discord DM] 9/21 11:50p  _junebug_: ya its tyler from 4th period\n"
    "[SMS] 11/2 6:05p  juni: also tash mom said i can stay there sundays\n"
)


@pytest.mark.parametrize(
    "name", ["jayy.wav503", "brandon", "4kitcat", "_junebug_", "tyler", "tash"]
)
def test_a_log_that_tags_each_line_with_its_channel_is_read_as_a_log(name: str) -> None:
    # speaker labels after "[IG DM]", user names opening on a digit or an underscore, an
    # introduction with where the person is from, someone's kin without the "'s"
    assert name in _found(CHANNEL_LOG)


@pytest.mark.parametrize(
    "text",
    [
        "9/14 1:12a  ana: my mom said ok\n",
        "9/14 1:12a  ana: the mom said no\n",
        "9/14 1:12a  ana: its cold in my room\n",
        "9/14 1:12a  ana: its time from now on\n",
    ],
)
def test_kin_and_introductions_need_a_name(text: str) -> None:
    assert _found(text) == ["ana"]


def test_a_speaker_saved_with_an_emoji_is_a_name() -> None:
    text = (
        "5/2 8:01 PM kiki💖: u up\n"
        "5/2 8:03 PM me: ya\n"
        "5/2 8:05 PM marlo 🐐: pull up\n"
        "5/2 8:09 PM kiki💖: omw ❤️\n"
    )
    assert sorted(_found(text)) == ["kiki", "kiki", "marlo"]


def test_a_common_word_saved_with_an_emoji_is_a_name_but_a_kin_word_is_not() -> None:
    text = "6/1 9:00 PM river 🌊: u coming\n6/1 9:02 PM mama 💕: call me\n6/1 9:03 PM me: ok\n"
    assert _found(text) == ["river"]


def test_a_release_name_as_a_speaker_goes_even_when_english_has_the_word() -> None:
    names = gather_names(['Client: Dana Okafor (goes by "River"), age 17.'])
    text = "6/1 9:00 PM river: u coming\n6/1 9:02 PM me: the river is high\n"
    found = [text[f.start : f.end] for f in release_name_findings(text, names)]
    assert found == ["river"]


@pytest.mark.parametrize("label", ["ma bea", "aunty tessa", "tio rigo", "mama nkechi"])
def test_a_contact_saved_by_a_kin_word_and_a_name_is_taken_whole(label: str) -> None:
    text = (
        f"15/01/2025, 09:02 - {label}: good morning, i reach the clinic\n"
        f"15/01/2025, 09:40 - {label}: they say come back friday\n"
    )
    found = {text[f.start : f.end] for f in lower_case_name_findings(text)}
    assert label in found
