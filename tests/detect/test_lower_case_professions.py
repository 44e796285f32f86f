"""Lower-case names after a professional's job word in a message, and message lines whose
contact is saved as a kin word and a name (`redact.detect.lower_case_names`). People
synthetic."""

from __future__ import annotations

from redact.detect.lower_case_names import lower_case_name_findings

LOG = """WhatsApp chat export - clinic phone with "ma bea"
12/02/2025, 07:15 - ma bea: the doctor woman oduya ask plenty question. i cry too much
26/02/2025, 18:31 - ma bea: aunty the interpreter fon be from bamenda
28/06/2025, 16:03 - ma bea: lawyer agbor send message from yaounde
3/4/25 10:01 - aunty tessa: ok. the lawyer lady beatriz call you?
3/4/25 10:02 - mama tunde: my worker deshawn is coming, landlord kessler too
3/4/25 10:03 - mama tunde: nurse kia said the doctor visit is friday, lawyer fees paid
3/4/25 10:04 - mama tunde: the interpreter said ok. the therapist appt moved
"""


def _found(text: str) -> set[str]:
    return {text[f.start : f.end] for f in lower_case_name_findings(text)}


def test_a_contact_saved_as_kin_and_a_name_is_a_speaker() -> None:
    # the label is her name in that phone: taken whole, kin word with it
    found = _found(LOG)
    assert {"ma bea", "aunty tessa", "mama tunde"} <= found
    assert not {"ma", "aunty", "mama"} & found


def test_a_name_after_a_job_word_with_or_without_a_word_for_sex() -> None:
    assert {"oduya", "fon", "agbor", "beatriz", "deshawn", "kia"} <= _found(LOG)


def test_common_words_after_a_job_word_stay() -> None:
    found = _found(LOG)
    assert not {"said", "visit", "fees", "appt", "ask", "send", "call"} & found
