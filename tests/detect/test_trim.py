"""trim_findings: articles, possessives and relative NER dates."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.trim import NER_SOURCE, STRICT_SOURCE, trim_findings
from redact.findings import Finding


def _trimmed(text: str, part: str, entity_type: str, source: str = NER_SOURCE) -> list[str]:
    start = text.index(part)
    finding = Finding(start, start + len(part), entity_type, 0.85, source=source)
    return [text[f.start : f.end] for f in trim_findings(text, [finding])]


@pytest.mark.parametrize(
    ("text", "part", "entity_type", "expected"),
    [
        ("Seen on 12 May 2001 at home.", "on 12 May 2001", "DATE_TIME", ["12 May 2001"]),
        ("It was three years ago now.", "three years ago", "DATE_TIME", ["three years"]),
        ("We met the morning after.", "the morning", "DATE_TIME", []),
        ("He moved last year.", "last year", "DATE_TIME", []),
        ("Ask the Ministry of Justice.", "the Ministry of Justice", "ORGANIZATION",
         ["Ministry of Justice"]),
        ("That is Maria's son.", "Maria's", "PERSON", ["Maria"]),
        ("Ms. Nguyen came.", "Nguyen", "PERSON", ["Nguyen"]),
        ("at the corner of Elm and 5th", "the corner of Elm and 5th", "STREET_ADDRESS",
         ["the corner of Elm and 5th"]),
        ("Write to a@example.com today.", "a@example.com", "EMAIL_ADDRESS", ["a@example.com"]),
        ("Write to an@example.com today.", "an@example.com", "EMAIL_ADDRESS",
         ["an@example.com"]),
        ("Pay into A1-2233 today.", "A1-2233", "IBAN_CODE", ["A1-2233"]),
        ("Bound to :: on all interfaces.", "::", "IP_ADDRESS", ["::"]),
        ("Anxiety rated 7/10 today.", "7/10", "DATE_TIME", []),
        ("Vitals: BP 120/80, pulse 72.", "120/80", "DATE_TIME", []),
        ("He forgets 3/4 of the time.", "3/4", "DATE_TIME", []),
        # a combination drug's strength: "Suboxone 8/2", "16/4 mg", "+4/1", "Norco 10/325"
        ("10:25 Suboxone 8/2 SL observed.", "8/2", "DATE_TIME", []),
        ("Dose to 16/4 mg daily.", "16/4", "DATE_TIME", []),
        ("12:45 +4/1. COWS 6.", "4/1", "DATE_TIME", []),
        ("buprenorphine 12/3 film daily", "12/3", "DATE_TIME", []),
        ("Seen 8/2 at home.", "8/2", "DATE_TIME", ["8/2"]),
        ("Court 4/1 at 9.", "4/1", "DATE_TIME", ["4/1"]),
        ("PHQ-9 score of 14/27.", "14/27", "DATE_TIME", []),
        ("Seen on 5/28 with mom.", "on 5/28", "DATE_TIME", ["5/28"]),
        ("Home-health aide 3x/week via the agency.", "3x/week", "DATE_TIME", []),
        ("Aide visits 2 x/wk.", "2 x/wk", "DATE_TIME", []),
        ("Takes it twice a day.", "twice a day", "DATE_TIME", []),
        ("ok thanks have a good weekend", "a good weekend", "DATE_TIME", []),
        ("Seen 3x since 6/24.", "6/24", "DATE_TIME", ["6/24"]),
        ("5/12 0900-1130 arr 0900.", "12 0900-1130", "PHONE_NUMBER", []),
        ("9/3 1400-1545 visit", "9/3 1400-1545", "PHONE_NUMBER", []),
        ("0910 16/4 mg SL observed.", "0910 16/4", "PHONE_NUMBER", []),
        ("Group. Time: 1800-1930  Room: B", "1800-1930", "PHONE_NUMBER", []),
        ("Call 1800-5550 ext 2.", "1800-5550", "PHONE_NUMBER", ["1800-5550"]),
        ("Call 216 555-0134 today.", "216 555-0134", "PHONE_NUMBER", ["216 555-0134"]),
        ("Send it to the 192.168.0.1 box.", "the 192.168.0.1", "IP_ADDRESS", ["192.168.0.1"]),
        # an ordinal before time words says which, not when; a count is a duration
        ("Sales rose within the first year of work.", "the first year", "DATE_TIME", []),
        ("It is her 10th year at the plant.", "10th year", "DATE_TIME", []),
        ("Sentenced to one year in prison.", "one year", "DATE_TIME", ["one year"]),
        ("Seen on the first of May.", "the first of May", "DATE_TIME", ["first of May"]),
        ("Rent is due on the 1st.", "the 1st", "DATE_TIME", ["1st"]),
    ],
)  # fmt: skip
def test_trims(text: str, part: str, entity_type: str, expected: list[str]) -> None:
    assert _trimmed(text, part, entity_type) == expected


def test_pattern_dates_are_not_dropped() -> None:
    assert _trimmed("Due next week.", "next week", "DATE_TIME", source="CaseNoteDate") == [
        "next week"
    ]


def test_a_strict_proper_noun_loses_its_possessive_and_an_ner_organisation_does_not() -> None:
    text = "Meza's song was played at McDonald's."
    assert _trimmed(text, "Meza's", "ORGANIZATION", source=STRICT_SOURCE) == ["Meza"]
    assert _trimmed(text, "McDonald's", "ORGANIZATION") == ["McDonald's"]


_TRANSCRIPT = (
    "[Voicemail] 6/3/25 4:12 PM from client Odalys Verhoeven: hey its me, call me back "
    "about the lease [Inaudible] the landlord said friday. [Crosstalk]"
)


@pytest.mark.parametrize("policy", ["social-media", "research-safe-harbor", "consultation"])
def test_bracketed_annotations_of_a_transcript_stay(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    """A bracketed English word labels the transcript; the caller's name still goes."""
    out = redactor_for(policy).redact(_TRANSCRIPT, ["Odalys Verhoeven"]).text
    for label in ("[Voicemail]", "[Inaudible]", "[Crosstalk]"):
        assert label in out, (policy, out)
    assert "Verhoeven" not in out and "Odalys" not in out


def test_a_bracketed_name_stays_a_name() -> None:
    assert _trimmed("[Hunter] called at 4", "Hunter", "PERSON") == ["Hunter"]
    assert _trimmed("[Voicemail] at 4", "Voicemail", "PERSON") == []
    assert _trimmed("[Crosstalk] at 4", "Crosstalk", "ORGANIZATION", STRICT_SOURCE) == []


@pytest.mark.parametrize(
    ("text", "part", "kept"),
    [
        ("06/05/2025 Rent paid by money order.", "Rent", False),
        ("06/05/2025 0900 Home visit with client.", "06/05/2025 0900 Home", False),
        ("0915 Phone call to landlord.", "0915 Phone", False),
        ("06/05/2025 Target called about the job.", "Target", True),  # a store
        ("06/05/2025 Marisela called about rent.", "Marisela", True),  # a name
        ("Client met Home Depot staff.", "Home", True),  # no stamp before it
    ],
)
def test_an_entry_stamp_and_its_first_word_is_no_one(text: str, part: str, kept: bool) -> None:
    """NER's organisation of a note entry's stamp and capitalised first word is dropped
    when the word is common English; a listed name or a store stays."""
    assert bool(_trimmed(text, part, "ORGANIZATION")) is kept


def test_a_home_visit_entry_keeps_its_words(redactor_for: Callable[[str], Redactor]) -> None:
    text = (
        "06/05/2025 0900 Home visit with Ms. Tereza Valdivieso. HQS inspection passed.\n"
        "06/09/2025 Rent paid by money order; receipt to file."
    )
    for policy in ("social-media", "research-safe-harbor"):
        out = redactor_for(policy).redact(text, ["Tereza Valdivieso"]).text
        assert "Home visit" in out and "Rent paid" in out, (policy, out)
        assert "Valdivieso" not in out and "Tereza" not in out


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        ("06/12/25 Thu DM. Good visit.", "06/12/25 Thu DM", "DM"),
        ("6/3 Rosalind Petrakis called.", "6/3 Rosalind Petrakis", "Rosalind Petrakis"),
        ("2025-06-05 0900 Tamsin Reyes came.", "2025-06-05 0900 Tamsin Reyes", "Tamsin Reyes"),
    ],
)
def test_a_stamp_at_the_head_of_an_ner_name_is_cut_off(text: str, part: str, expected: str) -> None:
    start = text.index(part)
    finding = Finding(start, start + len(part), "PERSON", 0.85, source=NER_SOURCE)
    assert [text[f.start : f.end] for f in trim_findings(text, [finding])] == [expected]


def test_the_date_of_an_entry_stays_under_the_clients_own_request(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = 'Kayleigh asked "is mommy sleeping again." 06/12/25 Thu DM. Good visit.'
    out = redactor_for("client-request").redact(text, subject=["Kayleigh Dombrowski"]).text
    assert "06/12/25 Thu" in out, out


def test_a_person_span_ends_before_a_dash_and_lower_case_words_or_a_possessive() -> None:
    text = "Subject: Ruben T. - grades and attendance. Ruben's 504 plan was reviewed."
    spans = [(9, 41), (43, 54)]
    found = [Finding(s, e, "PERSON", 0.85, source="SpacyRecognizer") for s, e in spans]
    assert [text[f.start : f.end] for f in trim_findings(text, found)] == ["Ruben T.", "Ruben"]


def test_the_words_after_a_dashed_name_are_not_spread_as_a_name() -> None:
    text = (
        "Subject: Ruben T. - attendance\n"
        "Can you send me his attendance since Labor Day? Ruben has missed nine days."
    )
    result = Redactor("research-safe-harbor").redact(text, ("Ruben Tafoya", "Ruben T."))
    assert result.text.count("attendance") == 2


def test_an_ner_person_loses_the_sentence_it_read_on_into() -> None:
    text = "Drove Marcus Mersh w/ his aunt. Dear Odile Fenn, thanks. Met Ines de la Vega."
    ner = [
        Finding(0, 21, "PERSON", 0.85, source="SpacyRecognizer"),
        Finding(32, 47, "PERSON", 0.85, source="SpacyRecognizer"),
        Finding(57, 76, "PERSON", 0.85, source="SpacyRecognizer"),
    ]
    assert [text[f.start : f.end] for f in trim_findings(text, ner)] == [
        "Marcus Mersh",
        "Odile Fenn",
        "Ines de la Vega",
    ]


def test_an_ner_person_loses_a_question_it_read_on_into() -> None:
    assert _trimmed("Is Kaylee ok? do you need it?", "Kaylee ok?", "PERSON") == ["Kaylee"]
    assert _trimmed("Tell Ximena thanks! see u", "Ximena thanks!", "PERSON") == ["Ximena"]


def test_an_ner_person_that_would_be_a_lone_initial_stays_whole() -> None:
    text = "Placed K. w/ kin."
    ner = [Finding(0, 12, "PERSON", 0.85, source="SpacyRecognizer")]
    assert [(f.start, f.end) for f in trim_findings(text, ner)] == [(0, 12)]


def test_an_institution_ner_calls_a_person_keeps_its_first_word() -> None:
    text = "Central Florida Crisis Network. Go to Sacred Heart. ok late night lofi gang"
    ner = [
        Finding(0, 30, "PERSON", 0.85, source="SpacyRecognizer"),
        Finding(38, 50, "PERSON", 0.85, source="SpacyRecognizer"),
        Finding(55, 75, "PERSON", 0.85, source="SpacyRecognizer"),
    ]
    assert [(f.start, f.end) for f in trim_findings(text, ner)] == [(0, 30), (38, 50), (55, 75)]


@pytest.mark.parametrize(
    ("text", "part", "entity_type", "expected"),
    [
        ("To: Achebe, Nkiru (DCFS) <n@x.gov>", "Achebe, Nkiru (DCFS", "ORGANIZATION",
         ["Achebe, Nkiru", "DCFS"]),
        ("Seen at Brookhollow (Elmwood Park office).", "Brookhollow (Elmwood Park",
         "LOCATION", ["Brookhollow", "Elmwood Park"]),
        # a closed aside stays whole: "Dana (Dee) Wills" is one name
        ("Met Dana (Dee) Wills today.", "Dana (Dee) Wills", "PERSON", ["Dana (Dee) Wills"]),
    ],
)  # fmt: skip
def test_a_name_read_on_into_an_aside_it_does_not_close_is_split(
    text: str, part: str, entity_type: str, expected: list[str]
) -> None:
    assert _trimmed(text, part, entity_type) == expected


def test_a_name_ner_ran_over_children_and_their_ages_is_split() -> None:
    text = "Present: kids Zion 4 & Nevaeh 22mo, Jaylen 11."
    assert _trimmed(text, "Zion 4 & Nevaeh", "ORGANIZATION") == ["Zion", "Nevaeh"]


def test_no_bracket_is_left_unpaired_in_an_email_header(
    redactor_for: Callable[[str], Redactor],
) -> None:
    note = "To: 'Bo Tran' <botran@example.com>; Achebe, Nkiru (DCFS) <nkiru.achebe@x.gov>\n"
    for policy in ("consultation", "research-safe-harbor"):
        out = redactor_for(policy).redact(note).text
        assert "Nkiru" not in out and "Achebe" not in out
        assert out.count("(") == out.count(")") == 1, out


@pytest.mark.parametrize(
    ("text", "part", "entity_type", "expected"),
    [
        # a sign-off's date NER read on into
        ("Supervisor review: T. Okonjo-Reyes 11/3/25\n", "T. Okonjo-Reyes 11/3/25", "PERSON",
         ["T. Okonjo-Reyes"]),
        ("Faxed to Harborview Clinic 4/18 per mom", "Harborview Clinic 4/18", "ORGANIZATION",
         ["Harborview Clinic"]),
        # a day and month NER read as a person
        ("Sept 9th - no show, left VM.", "Sept 9th", "PERSON", []),
        ("Nov 2 - court date moved.", "Nov 2", "PERSON", []),
        # ... and one NER read on into the entry's words
        ("Oct 14th - no show. Called mom.", "Oct 14th - no", "PERSON", []),
        # months of a statement period, read as a phone number
        ("Withdrawals, 3/2023–11/2024 (selected)", "3/2023–11/2024", "PHONE_NUMBER", []),
        ("Statements 2/2022 - 7/2023 reviewed", "2/2022 - 7/2023", "PHONE_NUMBER", []),
        # the digits of a reference number that capitals and a hyphen open
        ("Appeal ref AP-2024-337120 filed.", "2024-337120", "PHONE_NUMBER", []),
        ("Line PH-614-555-0134 after 5.", "614-555-0134", "PHONE_NUMBER", ["614-555-0134"]),
        # a name that is a month's short form, with no day after it, stays
        ("Jan Kowalczyk called.", "Jan Kowalczyk", "PERSON", ["Jan Kowalczyk"]),
        # a nursing shift and its day, read as a phone number
        ("RN NOTE 1900-0700 11/30\nPT: HALVORSEN", "1900-0700 11/30", "PHONE_NUMBER", []),
    ],
)  # fmt: skip
def test_a_date_is_no_part_of_a_name_nor_a_phone(
    text: str, part: str, entity_type: str, expected: list[str]
) -> None:
    assert _trimmed(text, part, entity_type) == expected


@pytest.mark.parametrize(
    ("text", "part", "entity_type", "expected"),
    [
        # a line's label and a dash are the heading's, not the person's or the office's
        ("Attendees - D. Kowalczyk, LICSW", "Attendees - D. Kowalczyk", "ORGANIZATION",
         ["D. Kowalczyk"]),
        ("Present - Marisol Ybarra (mother)", "Present - Marisol Ybarra", "PERSON",
         ["Marisol Ybarra"]),
        ("Called Dana - Tamsin too", "Dana - Tamsin", "PERSON", ["Dana - Tamsin"]),
        # an age NER read on into after a date is the policy's to keep or band
        ("Jaylen (DOB 11/14/2009, age 15) continues", "11/14/2009, age 15", "DATE_TIME",
         ["11/14/2009"]),
        ("born in 2009 (aged 15) per mom", "2009 (aged 15", "DATE_TIME", ["2009"]),
        # given names with their initial, listed: one person each
        ("Present: Jaylen O., Kai D. and staff", "Jaylen O., Kai D.", "PERSON",
         ["Jaylen O.", "Kai D."]),
        ("parents of Tyrese M. & Jordan K. called", "Tyrese M. & Jordan K.", "PERSON",
         ["Tyrese M.", "Jordan K."]),
        ("OKONKWO, JAYLEN O. seen", "OKONKWO, JAYLEN O.", "PERSON", ["OKONKWO, JAYLEN O."]),
    ],
)  # fmt: skip
def test_labels_ages_and_listed_initials_come_off_ner_spans(
    text: str, part: str, entity_type: str, expected: list[str]
) -> None:
    assert _trimmed(text, part, entity_type) == expected
