"""Nicknames typed in lower case in message logs, found where only a person can stand.

"can lolo bring the kids", "my new sponser is deb", "tell jojo i said hi": no cue word a
list knows, no full name in the log, and wordfreq's web counts know "lolo" and "jojo" as
words. The place in the message makes them names; ordinary words in the same places stay.
All people synthetic.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact.detect.lexicon import gather_names, release_name_findings
from redact.detect.lower_case_names import lower_case_name_findings, nickname_like
from redact.redactor import Redactor

LOG = """TEXT MESSAGES - agency cell with Tamsin Oyelowo-Barr (mother)
3/01 8:02am  tamsin: can jojo pick up the kids from school tmrw? my car is in the shop
3/01 8:10am  Worker: Yes if she is on the approved list. Please bring her ID.
3/01 9:15am  tamsin: ok thanks. tell nene i said hi and that the meds are working
3/01 9:20am  tamsin: my new therapist is great btw. my new sponser is gigi from the thursday group
3/02 7:45pm  tamsin: can u call me back? can the judge see my file? will court be at 9
3/02 7:50pm  Worker: I will call at 4.
3/02 7:52pm  tamsin: ok lulu
3/02 8:01pm  tamsin: im at bubba's house till 6. the baby's room is done
3/02 8:05pm  tamsin: can someone bring the forms. did mom get the letter? can we go sat
3/02 8:06pm  tamsin: my phone is dead. my appt is at 3. my bday is next week. my worker is mad
3/03 9:01am  tamsin: can therapy be moved? does insurance cover it? can sertraline make u tired
3/03 9:02am  tamsin: ok sounds good. ok cool. thanks worker. hi guys. sorry about that
"""


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in lower_case_name_findings(text)]


def test_nicknames_in_places_only_a_person_stands_are_names() -> None:
    found = set(_found(LOG))
    assert {"jojo", "nene", "gigi", "lulu", "bubba"} <= found


def test_ordinary_words_in_the_same_places_stay() -> None:
    found = set(_found(LOG)) - {"tamsin"}
    assert found == {"jojo", "nene", "gigi", "lulu", "bubba"}


@pytest.mark.parametrize(
    "word", ["therapy", "insurance", "sertraline", "someone", "worker", "appt", "bday", "mom"]
)
def test_terms_roles_and_chat_words_are_never_nicknames(word: str) -> None:
    assert not nickname_like(word)


def test_outside_a_message_log_the_places_are_not_read() -> None:
    prose = "The worker asked whether jojo can pick up the children; tell nene the time.\n"
    assert _found(prose) == []


def test_a_nickname_seen_in_one_document_is_a_name_in_every_other() -> None:
    visit_log = "04/03/25 Visit. Child said Aunt Lolo does her hair now. Mom teary.\n"
    texts = "7/2 8:15pm  tamsin: my sister tiff said deb can take them sat\n"
    names = gather_names([visit_log, texts, LOG])
    assert {"lolo", "jojo", "gigi"} <= set(names.single_names)
    row = "HV 7/9: lolo and Gigi present; JOJO picked up the kids."
    found = [row[f.start : f.end] for f in release_name_findings(row, names)]
    assert found == ["lolo", "Gigi", "JOJO"]


def test_a_message_log_keeps_no_nickname_after_redaction(
    redactor_for: Callable[[str], Redactor],
) -> None:
    out = redactor_for("social-media").redact(LOG).text
    for nickname in ("jojo", "nene", "gigi", "lulu", "bubba"):
        assert nickname not in out.lower(), nickname
    for word in ("therapy", "insurance", "school", "judge", "letter", "forms"):
        assert word in out


def test_a_declared_preferred_name_and_a_labelled_id_reach_every_document() -> None:
    intake = 'Client: Okafor-Lind, Reuben T.   Pref. name: "Rube"   Client #: GH-20931\n'
    heading = "# Couples session notes Reuben Okafor-Lind (GH-20931) & partner\n- Rube said ok."
    names = gather_names([intake, heading])
    assert "rube" in names.single_names
    assert ("GH-20931", "CASE_NUMBER") in names.identifiers
    found = {
        (heading[f.start : f.end], f.entity_type) for f in release_name_findings(heading, names)
    }
    assert {("GH-20931", "CASE_NUMBER"), ("Rube", "PERSON")} <= found


def test_a_named_role_and_a_sentence_opening_speaker_inside_a_message() -> None:
    log = (
        "04/02/2025 08:30  From kiki.b22: my caseworker is rhonda right? school is closed\n"
        "04/03/2025 21:40  From kiki.b22: went to the park. dre was there and he was drunk\n"
        "04/03/2025 21:45  From kiki.b22: ok. school was closed. the bus was late\n"
    )
    assert set(_found(log)) == {"kiki.b22", "rhonda", "dre"}


def test_an_institutions_distinctive_word_reaches_every_document() -> None:
    report = "Ms. Reyes completed an evaluation at Brandvold Recovery Services on 3/27.\n"
    investigation = (
        "Reporter: school nurse, Tillery Elementary School. Early Head Start (Westside)."
    )
    names = gather_names([report, investigation])
    assert dict(names.institution_words) == {"Brandvold": "AGENCY", "Tillery": "SCHOOL"}
    row = "Tillery attendance teacher called; the appointment is at Brandvold."
    found = [(row[f.start : f.end], f.entity_type) for f in release_name_findings(row, names)]
    assert found == [("Tillery", "SCHOOL"), ("Brandvold", "AGENCY")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("4/2 9:10 pm  tay.b: omg kenzie p told everyone in 3rd hr", "kenzie p"),
        ("4/2 9:11 pm  tay.b: and lexi m reposted it again", "lexi m"),
    ],
)
def test_a_nickname_and_a_surnames_initial_before_an_act(text: str, name: str) -> None:
    spans = [text[f.start : f.end] for f in lower_case_name_findings(text)]
    assert name in spans


@pytest.mark.parametrize(
    "text",
    [
        "4/2 9:10 pm  tay.b: my aunt has hep c and the dr said its ok",
        "4/2 9:11 pm  tay.b: idk y. gonna b late lol. plan b is fine",
    ],
)
def test_a_word_and_a_letter_are_no_initialled_name(text: str) -> None:
    spans = [text[f.start : f.end] for f in lower_case_name_findings(text)]
    assert all(" " not in span for span in spans), spans


def test_a_listed_name_that_lied_is_a_person() -> None:
    text = "5/9 7:02 pm  tay.b: she said i started it but kayla was lying. and dani lied too\n"
    spans = {text[f.start : f.end] for f in lower_case_name_findings(text)}
    assert {"kayla", "dani"} <= spans
