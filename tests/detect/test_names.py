"""Name propagation: once a name is found, its other mentions go too."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from redact import Redactor
from redact.detect.names import (
    NICKNAME_SOURCE,
    assign_groups,
    declared_nicknames,
    name_words,
    propagate_names,
    whole_word_mentions,
)
from redact.findings import Finding


def _person(text: str, name: str, occurrence: int = 0) -> Finding:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(name, start + 1)
    return Finding(start, start + len(name), "PERSON", 0.85, source="ner")


def _mentions(text: str, findings: list[Finding]) -> list[str]:
    grouped = assign_groups(text, findings)
    return sorted(text[f.start : f.end] for f in propagate_names(text, grouped))


@pytest.mark.parametrize(
    ("text", "found", "expected_mentions"),
    [
        (
            "Maria Alvarez arrived. Later Maria said Alvarez's car broke.",
            "Maria Alvarez",
            ["Alvarez", "Alvarez", "Maria", "Maria", "Maria Alvarez"],
        ),
        (
            "Nguyen Van An called. NGUYEN called again.",
            "Nguyen Van An",
            ["NGUYEN", "Nguyen", "Nguyen Van An"],  # "An" alone would hit every "An"
        ),
        ("Worker met M. Okafor; Okafor left.", "Okafor", ["M. Okafor", "Okafor", "Okafor"]),
    ],
)
def test_other_mentions_are_added(text: str, found: str, expected_mentions: list[str]) -> None:
    assert _mentions(text, [_person(text, found)]) == expected_mentions


def test_mentions_share_the_group_of_the_full_name() -> None:
    text = "Maria Alvarez arrived. Maria left."
    found = propagate_names(text, assign_groups(text, [_person(text, "Maria Alvarez")]))
    assert {f.group for f in found} == {"n0"}


def test_a_shared_surname_is_its_own_group() -> None:
    text = "Jose Lopez and Ana Lopez came. Lopez paid."
    grouped = assign_groups(text, [_person(text, "Jose Lopez"), _person(text, "Ana Lopez")])
    found = propagate_names(text, grouped)
    lone = [f for f in found if f.start == text.index("Lopez paid")]
    assert lone and all(f.group == "w:lopez" for f in lone)


@pytest.mark.parametrize(
    ("mention", "words"),
    [
        ("Ms. Nguyen", ["Nguyen"]),
        ("Maria's", ["Maria"]),
        ("Jean-Luc O'Neil Jr", ["Jean-Luc", "O'Neil"]),
        ("the client", []),
    ],
)
def test_name_words(mention: str, words: list[str]) -> None:
    assert name_words(mention) == words


def test_a_surname_shared_by_two_named_people_is_not_given_to_either() -> None:
    text = "Nela Bieniak and her son Grzegorz Bieniak came. Bieniak left. Ms. Bieniak stayed."
    findings = [_person(text, "Nela Bieniak"), _person(text, "Grzegorz Bieniak")]
    findings.append(_person(text, "Bieniak", occurrence=2))
    findings.append(_person(text, "Ms. Bieniak"))
    grouped = {text[f.start : f.end] + str(f.start): f.group for f in assign_groups(text, findings)}
    assert grouped["Nela Bieniak0"] != grouped["Grzegorz Bieniak25"]
    assert grouped[f"Bieniak{text.index('Bieniak left')}"] == "w:bieniak"
    # the title fits one of them: Grzegorz is a man's name only
    assert grouped[f"Ms. Bieniak{text.index('Ms.')}"] == grouped["Nela Bieniak0"]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The applicant, Mr Karl Strobel, said.", "Karl Strobel", "Mr Karl Strobel"),
        ("Ask Dr. Wells today.", "Wells", "Dr. Wells"),
        ("Ask Mrs Baker today.", "Baker", "Mrs Baker"),
        ("Then Wells left.", "Wells", "Wells"),
        ("ROSARY W/ CHAPLAIN FR. KOWALEWSKI.", "KOWALEWSKI", "FR. KOWALEWSKI"),
        ("got a ride fr Wells today", "Wells", "Wells"),  # "fr" without a dot: "from"
    ],
)
def test_absorb_titles(text: str, name: str, expected: str) -> None:
    from redact.detect.names import absorb_titles

    start = text.index(name)
    finding = Finding(start, start + len(name), "PERSON", 0.85)
    (widened,) = absorb_titles(text, [finding])
    assert text[widened.start : widened.end] == expected


def _mentions_by_regex(text: str, words: list[str]) -> list[tuple[int, int, str]]:
    longest_first = sorted(set(words), key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in longest_first) + r")\b")
    return [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(text)]


@given(
    st.text(alphabet="Anaé-'’_1 .\n", max_size=30),
    st.lists(st.text(alphabet="Anaé-'’_1", min_size=1, max_size=5), min_size=1, max_size=5),
)
def test_whole_word_mentions_are_what_the_alternation_finds(text: str, words: list[str]) -> None:
    assert whole_word_mentions(text, set(words)) == _mentions_by_regex(text, words)


def test_whole_word_mentions_on_a_note() -> None:
    text = "Ana Lee-Ana saw ANA, Ana's son Anabel and Lee; Ana-Lee Ana_x 2Ana Lee."
    words = ["Ana", "ANA", "Lee", "Ana-Lee", "Anabel", "Lee-Ana"]
    found = whole_word_mentions(text, words)
    assert found == _mentions_by_regex(text, words) and len(found) == 8


def test_a_programme_head_is_not_spread_but_a_name_like_head_is() -> None:
    text = (
        "Her son attends the Bridges Afterschool Program. She applied to the Low Income "
        "Energy Assistance Program. Coach Grant called; Grant will call back."
    )
    found = assign_groups(
        text,
        [
            Finding(text.index("Bridges"), text.index("Program") + 7, "PERSON", 0.85),
            Finding(text.index("Coach") + 6, text.index("Coach") + 11, "PERSON", 0.85),
        ],
    )
    spread = propagate_names(text, found, strict=True)  # strict spreads common words too
    assert "Program" not in [text[f.start : f.end] for f in spread]  # the second programme's
    later = text.index("Grant will")  # a head that is a name too still spreads
    assert any(f.start == later and f.end == later + 5 for f in spread)


def test_a_nickname_given_with_a_pronoun_is_the_persons(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = 'Hodan says the family call her "Hoodo". Everyone calls him "Junior" at school.'
    court = redactor_for("court-subpoena").redact(text, subject=["Hodan Warsame"]).text
    assert '"Hoodo"' in court  # the subject's own nickname, kept with her
    assert "Junior" not in court
    out = redactor_for("consultation").redact(text, subject=["Hodan Warsame"]).text
    assert "Hoodo" not in out and "Junior" not in out


@pytest.mark.parametrize(
    "text",
    [
        'Connie: in a housecoat, pleasant, called me "Lupe" (her late sister).',
        'Connie was confused today and kept calling me "Marisol", her daughter\'s name.',
        'Visit 3/2. Connie knew me at first, then called me "Teodora" and asked for her sons.',
    ],
)
def test_a_name_the_subject_calls_the_writer_is_someone_elses(
    redactor_for: Callable[[str], Redactor], text: str
) -> None:
    court = redactor_for("court-subpoena").redact(text, subject=["Concepcion Ybarra", "Connie"])
    assert "Connie" in court.text
    for name in ("Lupe", "Marisol", "Teodora"):
        assert name not in court.text


@pytest.mark.parametrize("policy", ["social-media", "research-safe-harbor"])
def test_kin_words_stay_and_the_names_after_them_go(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    """A kin word of the client's language is how the family addresses someone: never a
    nickname, never the first word of a name."""
    text = (
        'Maya lives with her maternal grandmother, Rosalind Deerfoot ("Kookum"), since May.\n'
        "Unci Bernadette Fool Bull teaches her beadwork on Saturdays.\n"
        "Mateo stays with Abuela Reyna Castillo after school.\n"
        "Adoption update. Unci Bernadette called re visits."
    )
    out = redactor_for(policy).redact(text).text
    for kin in ('("Kookum")', "Unci", "Abuela"):
        assert kin in out, out
    for name in ("Rosalind", "Deerfoot", "Bernadette", "Fool Bull", "Reyna", "Castillo"):
        assert name not in out, out


def test_a_name_word_is_not_propagated_into_a_longer_term() -> None:
    text = (
        "Central Florida Crisis Network called.\n"
        "Referred for Florida Assertive Community Treatment."
    )
    found = [Finding(8, 30, "PERSON", 0.6, source="StrictCapitalisedRecognizer", group="g1")]
    spread = propagate_names(text, found, strict=True)
    term = text.index("Florida Assertive")
    assert not any(f.start == term for f in spread)


@pytest.mark.parametrize(
    "text",
    [
        'Contacts: 1. "Bam" (Lamont), cousin. Bam said he would come by; Bam has the keys.',
        'Partners named: "Tee" — Terrance, 2022. Client says Tee never knew.',
    ],
)
def test_a_quoted_nickname_before_its_name_goes_with_it(
    redactor_for: Callable[[str], Redactor], text: str
) -> None:
    out = redactor_for("research-safe-harbor").redact(text).text
    assert not re.search(r"\b(?:Bam|Tee|Lamont|Terrance)\b", out), out


@pytest.mark.parametrize(
    ("text", "found", "lower"),
    [
        ("Her neighbour Tikaan came by. Later tikaan called.", "Tikaan", "tikaan"),
        ("Spoke with Oyelaran at school. oyelaran's mom agreed.", "Oyelaran", "oyelaran"),
    ],
)
def test_a_rare_name_word_is_found_in_lower_case_too(text: str, found: str, lower: str) -> None:
    assert lower in _mentions(text, [_person(text, found)])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Her friend Hope came by. I hope the lease goes through.", "Hope"),
        ("Uncle Bill drove. The bill was paid in full.", "Bill"),
        ("Cousin Will stayed. She will call back.", "Will"),
    ],
)
def test_a_name_that_is_a_common_word_stays_capitalised_only(text: str, found: str) -> None:
    assert found.lower() not in _mentions(text, [_person(text, found)])


@pytest.mark.parametrize(
    ("text", "nickname", "declared"),
    [
        ("Rafaela Ostrowski called: Bim will drive.", "Bim", False),  # a phone log's verb
        ("Rafaela Ostrowski called Bim about the rent.", "Bim", False),
        ("Rafaela Ostrowski (called Bim by the family) attended.", "Bim", True),
        ('Rafaela Ostrowski, called "Bim", attended.', "Bim", True),
    ],
)
def test_called_declares_a_nickname_only_in_brackets_or_quotes(
    text: str, nickname: str, declared: bool
) -> None:
    grouped = assign_groups(text, [_person(text, "Rafaela Ostrowski")])
    found = declared_nicknames(text, grouped)
    nicknames = [text[f.start : f.end] for f in found if f.source == NICKNAME_SOURCE]
    assert (nickname in nicknames) is declared


def test_called_in_a_capitals_line_declares_no_nickname() -> None:
    text = "BROTHER TOBIAS WEKESA CALLED FROM DULUTH, ASKS FOR UPDATE."
    name = Finding(8, text.index(" CALLED"), "PERSON", 0.8, group="g1")
    nicknames = [f for f in declared_nicknames(text, [name]) if f.source == "nickname"]
    assert [text[f.start : f.end] for f in nicknames] == []
    quoted = 'CLIENT ROSALIE BIRD, KNOWN AS "WREN", ATTENDED.'
    owner = Finding(7, 19, "PERSON", 0.8, group="g2")
    found = [f for f in declared_nicknames(quoted, [owner]) if f.source == "nickname"]
    assert [quoted[f.start : f.end] for f in found] == ["WREN"]


@pytest.mark.parametrize(
    ("text", "found", "spread", "not_spread"),
    [
        # a capitals chart: NER's name took the team and the service with it
        (
            "WILLOWMERE PALLIATIVE - ICT NOTE\n3/2 ICT MET. PALLIATIVE RN VISIT AT WILLOWMERE.",
            "WILLOWMERE PALLIATIVE - ICT",
            ["WILLOWMERE"],
            ["ICT", "PALLIATIVE"],
        ),
        # a drug and a clinical abbreviation NER ran a lower-case name into
        (
            "dr quiller incr oxycodone. later oxycodone held; quiller aware. HCP ok.",
            "dr quiller incr oxycodone",
            ["quiller"],
            ["oxycodone"],
        ),
        (
            "GRANDDAUGHTER HCP MIREILLE OSTROWSKA CALLED. HCP PAPERS SIGNED, OSTROWSKA AWARE.",
            "HCP MIREILLE OSTROWSKA",
            ["OSTROWSKA"],
            ["HCP"],
        ),
    ],
)
def test_a_term_in_a_name_span_is_not_spread_as_a_name(
    text: str, found: str, spread: list[str], not_spread: list[str]
) -> None:
    """A chart's acronyms, drugs and common words in capitals that NER put in a name span
    go with that span only: searched for alone they would take every mention of the term."""
    seed = _person(text, found)
    added = [
        text[f.start : f.end]
        for f in propagate_names(text, assign_groups(text, [seed]))
        if f.start >= seed.end
    ]
    for word in spread:
        assert word in added
    for word in not_spread:
        assert word not in added


def test_a_name_found_alone_is_spread_even_if_a_term_spells_it() -> None:
    """ "pri" (Priya) found as a name on its own is hers wherever it stands, though "PRI"
    is also a clinical abbreviation: only a term riding in a longer name span is left."""
    text = "pri and i talked. later pri's sister came."
    added = _mentions(text, [_person(text, "pri")])
    assert added == ["pri", "pri", "pri"]  # the finding and both later mentions


LETTER = (
    "NORTHFIELD COMMUNITY MENTAL HEALTH\n"
    "418 Linden Street, Suite 200 · Northfield, MN 55057 · Tel (507) 555-0140\n\n"
    "RE: Referral for Tobias Lindahl-Mercer\n\n"
    "Dear Dr. Oyelaran,\nCurrent meds: sertraline 75 mg (Dr. Patel, Allina Northfield). "
    "His mother, Renee Lindahl, is supportive.\nSincerely,\nJenna Halvorsen, LICSW\n"
)


@pytest.mark.parametrize("policy", ["provider-referral", "consultation"])
def test_a_town_in_a_person_ner_read_is_not_spread_over_the_agency_address(
    policy: str, redactor_for: Callable[[str], Redactor]
) -> None:
    out = redactor_for(policy).redact(LETTER, subject=["Tobias Lindahl-Mercer"]).text
    assert "Renee" not in out
    if policy == "provider-referral":
        assert "Suite 200 · Northfield, MN 55057" in out
    else:
        assert "Northfield, MN" not in out and "418 Linden" not in out


# (note, the client's full name, the relative's titled mention): the relative shares words
# with the client's name, and a title with a relation or the other gender makes them another
@pytest.mark.parametrize(
    ("note", "client", "relative"),
    [
        (
            "Client Marisol Oyelaran-Pike, 41, lives with her husband. Her mother-in-law "
            "Mrs. Oyelaran visits weekly. Ms. Oyelaran-Pike reports poor sleep.",
            "Marisol Oyelaran-Pike",
            "Mrs. Oyelaran",
        ),
        (
            "Client: Danielle Whitacre-Lund (she/her). Mr. Lund picked up the children; "
            "Ms. Whitacre-Lund was upset.",
            "Danielle Whitacre-Lund",
            "Mr. Lund",
        ),
        (
            "Grace Nakamura-Bell presented tearful. Her grandmother, Mrs. Nakamura, raised her. "
            "Nakamura-Bell agrees to plan.",
            "Grace Nakamura-Bell",
            "Mrs. Nakamura",
        ),
        (
            "Kayleigh Dombrowski, 15, came with Ms. Dombrowski, who is her mother. Kayleigh "
            "Dombrowski is sleeping better.",
            "Kayleigh Dombrowski",
            "Ms. Dombrowski",
        ),
    ],
)
def test_a_relative_named_by_title_and_the_clients_surname_is_another_person(
    redactor_for: Callable[[str], Redactor], note: str, client: str, relative: str
) -> None:
    out = redactor_for("consultation").redact(note).text
    pseudonyms = re.findall(r"Person [A-Z2-7]{6}\b", out)
    assert len(pseudonyms) == 3, out
    first, second, third = pseudonyms
    assert first == third != second, out


def test_a_titled_half_of_a_double_surname_twice_is_one_relative(
    redactor_for: Callable[[str], Redactor],
) -> None:
    note = (
        "Lorena Ferreira-Holt attended. Mr. Holt, her father, called twice; Mr. Holt "
        "declined to join. Ferreira-Holt said she feels safer."
    )
    out = redactor_for("consultation").redact(note).text
    client, father, father_again, client_again = re.findall(r"Person [A-Z2-7]{6}\b", out)
    assert client == client_again and father == father_again and client != father, out
