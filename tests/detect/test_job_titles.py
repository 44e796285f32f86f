"""Credentials and job titles survive: names and agencies are cut off them, under every policy."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import regex

from redact.detect import job_titles
from redact.detect.job_titles import credential_spans, keep_titles, title_spans
from redact.findings import Finding
from redact.redactor import Redactor
from tests.conftest import SAMPLE_DATA

SIGNATURES = """\
Home visit completed; grandson's school contacted.  Rosalind Hartwell, LSW, APS Caseworker II
Referral sent to Bright Path Treatment Services.  B. Okonkwo, CPS Caseworker II

                                        Respectfully submitted,
                                        ____________________________
                                        Tobias Lindqvist, MSW
                                        Foster Care Caseworker

                                        Janelle Forbes, BSW
                                        Family Advocate

Sincerely,

Corinne Abernethy, MA, LMFT
Licensed Marriage and Family Therapist

Supervision, Team B. Supervisee: Nils Sandqvist, LGSW     Supervisor: Dr. Amara Whitfield, LICSW
Signed: Graciela Montoya, MSW, Case Manager
— P. Lindahl, MD, attending psychiatrist
Reviewed: Marisol Ortega, LCSW, Director of Foster Care
CC: Kiara Boyle, BSW, Family Support Worker II; Sam Ruiz, Peer Recovery Specialist
"""
#: What each professional's line must still say once the names are gone.
MEANING = (
    "LSW", "Caseworker II", ", MSW", "Foster Care Caseworker", ", BSW", "Family Advocate",
    ", MA, LMFT", "Licensed Marriage and Family Therapist", "LGSW", "LICSW", "Case Manager",
    "attending psychiatrist", "LCSW, Director of Foster Care", "BSW, Family Support Worker II",
    ", Peer Recovery Specialist",
)  # fmt: skip
NAMES = ("Rosalind", "Hartwell", "Okonkwo", "Lindqvist", "Forbes", "Abernethy", "Sandqvist",
         "Montoya", "Lindahl", "Whitfield", "Ortega", "Boyle", "Ruiz")  # fmt: skip


def _spans(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in sorted(spans)]


def test_credentials_as_written_and_ambiguous_ones_only_in_a_run() -> None:
    text = "Dana Roe, MA, LMFT; Lee Poe, PhD/MS. Springfield, MA 01103. Lars Ek, LGSW"
    assert _spans(text, credential_spans(text)) == ["MA", "LMFT", "PhD", "MS.", "LGSW"]


def test_a_states_variant_of_a_licence_is_one_credential() -> None:
    text = "Hannah Oyelowo-Briggs, LISW-CP; Jo Ames, LCSW-R, LPC-MH. Form LMFT-ABCD"
    assert _spans(text, credential_spans(text)) == ["LISW-CP", "LCSW-R", "LPC-MH."]


def test_a_states_licence_is_known_by_its_shape() -> None:
    text = "Pat Doe, MSW, LSCSW; Al Roe, LCMFT; Bo Poe, LIMHP, LCAS. Lou Toe, LBSW. LOL, LA."
    assert _spans(text, credential_spans(text)) == [
        "MSW", "LSCSW", "LCMFT", "LIMHP", "LCAS.", "LBSW.",
    ]  # fmt: skip


def test_titles_keep_their_qualifiers_and_grade_but_not_the_agency() -> None:
    text = "Adult Protective Services Caseworker II; Licensed Marriage and Family Therapist"
    assert _spans(text, title_spans(text)) == [
        "Caseworker II", "Licensed Marriage and Family Therapist"
    ]  # fmt: skip


def test_an_agency_and_a_name_are_cut_off_the_title() -> None:
    text = "B. Okonkwo, CPS Caseworker II"
    findings = [
        Finding(0, 10, "PERSON", 0.85, source="SpacyRecognizer"),
        Finding(12, 29, "AGENCY", 0.6, source="InstitutionRecognizer"),
    ]
    kept = keep_titles(text, findings)
    assert [(text[f.start : f.end], f.entity_type) for f in kept] == [
        ("B. Okonkwo", "PERSON"), ("CPS", "AGENCY")
    ]  # fmt: skip


def test_an_occupation_in_a_post_stays_a_demographic() -> None:
    text = "Her mother is a nurse practitioner at the clinic."
    start = text.index("nurse")
    found = [Finding(start, start + 20, "NRP", 0.5, source="DemographicRecognizer")]
    assert keep_titles(text, found) == found


def test_a_role_in_care_is_no_demographic() -> None:
    text = "Weekly CBT; sertraline via psychiatrist"
    start = text.index("psychiatrist")
    found = [Finding(start, len(text), "NRP", 0.5, source="DemographicRecognizer")]
    assert keep_titles(text, found) == []


@pytest.mark.parametrize(
    "policy", ["research-safe-harbor", "social-media", "consultation", "provider-referral"]
)
def test_signature_blocks_keep_credentials_and_titles(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    out = redactor_for(policy).redact(SIGNATURES).text
    for words in MEANING:
        assert words in out, words
    if policy != "provider-referral":  # the next provider is told who wrote the record
        for name in NAMES:
            assert name not in out, name


def test_a_court_keeps_the_professional_with_the_credential(
    redactor_for: Callable[[str], Redactor],
) -> None:
    out = redactor_for("court-subpoena").redact(SIGNATURES).text
    assert "Tobias Lindqvist, MSW\n" in out
    assert "Corinne Abernethy, MA, LMFT" in out
    assert "Foster Care Caseworker" in out


@pytest.mark.parametrize("policy", ["social-media", "research-safe-harbor"])
def test_titles_of_office_before_a_name_stay(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    note = (
        "Follow-up: PCP Dr. Haverford within two weeks. Case Manager Lee Poe and "
        "Caseworker Tamsin Bright attended."
    )
    out = redactor_for(policy).redact(note).text
    assert "PCP [PERSON]" in out and "Case Manager [PERSON]" in out
    assert "Caseworker [PERSON]" in out
    assert "Haverford" not in out and "Poe" not in out and "Bright" not in out


def test_a_relation_word_leading_a_name_is_cut_off_it() -> None:
    text = "Grandson Jaxon Pelletier, 12. Ex-boyfriend Dario Fenwick (19). Son Tran called."
    findings = [
        Finding(0, 24, "PERSON", 0.85, source="SpacyRecognizer"),
        Finding(30, 56, "PERSON", 1.0, source="RelationNameRecognizer"),
        Finding(63, 71, "PERSON", 0.85, source="SpacyRecognizer"),
    ]
    kept = [text[f.start : f.end] for f in keep_titles(text, findings)]
    assert kept == ["Jaxon Pelletier", "Dario Fenwick", "Son Tran"]


@pytest.mark.parametrize("policy", ["research-safe-harbor", "court-subpoena", "consultation"])
def test_household_lines_keep_relation_and_age(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    note = (
        "HOUSEHOLD: Grandson Jaxon Pelletier, 12, 7th grade. Great-aunt Loretta Ambrose, 61, "
        "retired. Ex-boyfriend Dario Fenwick (19) is not to visit."
    )
    out = redactor_for(policy).redact(note).text
    assert "Grandson " in out and "Great-aunt " in out and "Ex-boyfriend " in out
    assert "Pelletier" not in out and "Ambrose" not in out and "Fenwick" not in out
    if policy != "consultation":  # consultation puts ages in bands
        assert ", 12, 7th grade" in out and ", 61," in out and "(19)" in out


def test_a_title_after_the_programme_that_employs_the_worker_is_a_role_in_care() -> None:
    text = "I am the SSVF case manager for Mr. Okafor since March."
    start = text.index("SSVF")
    found = [Finding(start, text.index(" for"), "NRP", 0.5, source="DemographicRecognizer")]
    assert keep_titles(text, found) == []


def test_a_programme_title_in_a_letter_survives_a_strict_release(
    redactor_for: Callable[[str], Redactor],
) -> None:
    letter = (
        "To the Court:\n\nI am the SSVF case manager for Mr. Okafor at Pueblo Valley "
        "Veterans Services. Her HUD-VASH case manager joined the call.\n"
    )
    released = redactor_for("social-media").redact(letter, subject=["Mr. Okafor"]).text
    assert "SSVF case manager" in released
    assert "HUD-VASH case manager" in released
    assert "Okafor" not in released
    assert "Pueblo Valley" not in released


def test_remembered_titles_are_the_scan_of_the_same_text() -> None:
    """`keep_titles` runs twice on a text: the second answer is the first, as a fresh list,
    and another text gets its own."""
    first = "Case Manager Lee Poe met the Foster Care Caseworker II and the PCP."
    other = "The Licensed Marriage and Family Therapist called."
    spans = title_spans(first)
    assert [first[s:e] for s, e in spans] == ["Case Manager", "Foster Care Caseworker II", "PCP"]
    spans.clear()  # the caller's list is its own
    assert title_spans(first) == [(0, 12), (29, 54), (63, 66)]
    assert [other[s:e] for s, e in title_spans(other)] == ["Licensed Marriage and Family Therapist"]
    assert title_spans(first) == [(0, 12), (29, 54), (63, 66)]


def test_the_letter_look_ahead_changes_no_title() -> None:
    """The title pattern with its look-ahead for a first letter finds what it finds without
    one, also where a letter is matched in another case form ("\u212a" as "k", "ſ" as "s")."""
    plain = regex.compile(job_titles._TITLE.pattern.replace(job_titles._LETTER_FIRST, "", 1))
    assert plain.pattern != job_titles._TITLE.pattern
    texts = [
        "the \u212ainship care worker and \u017fenior caseworker II, Foster \u212aare nurses",
        "Case Manager Lee Poe; PCP Dr. Roe; GAL Dana; 3 therapists; x-therapist; Director of "
        "Foster Care; _caseworker; Licensed Marriage and Family Therapist II.",
        *[p.read_text(encoding="utf-8") for p in sorted((SAMPLE_DATA / "notes").glob("*"))],
    ]
    for text in texts:
        assert [m.span() for m in job_titles._TITLE.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
    assert len(title_spans(texts[0])) == 3


def test_the_titles_of_a_disability_hearing_and_of_vocational_rehabilitation() -> None:
    text = "Administrative Law Judge: C. Roe; Vocational expert: H. Poe; customer, VR counselor"
    assert _spans(text, title_spans(text)) == [
        "Administrative Law Judge", "Vocational expert", "VR counselor"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Signed,\nKendrick Mayhew, CRPS, peer specialist\n", {"CRPS"}),
        ("with peer specialist Kendrick Mayhew, CPSS. Police on scene.", {"CPSS"}),
        ("Lina Osei, CADC, addiction counselor", {"CADC"}),
        # an agency's acronym abbreviates no title of its worker
        ("Jane Roe, DCFS, case manager", set()),
        ("Jane Roe, MDOC, probation agent", set()),
    ],
)
def test_an_acronym_that_abbreviates_the_title_beside_it_is_a_credential(
    text: str, expected: set[str]
) -> None:
    assert job_titles.titled_credentials(text) == expected


def test_a_titled_credential_is_one_after_every_name_of_the_text() -> None:
    text = "peer specialist Kendrick Mayhew, CPSS, on scene.\nco-signed K. Mayhew, CPSS\n"
    assert [text[s:e] for s, e in credential_spans(text)] == ["CPSS", "CPSS"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Kevin Roe\nNICU Social Worker\nkroe@example.org", "NICU Social Worker"),
        ("Tomás Arreola, LMSW, PRS case manager\n", "PRS case manager"),
        ("Case 22 · PRS case manager T. de la Cruz, LMSW\n", "PRS case manager"),
        ("Dana Whitfield\nProbation Agent, Ohio Department of Rehabilitation", "Probation Agent"),
        ("Income reported. Victim specialist to follow up at 60 days.", "Victim specialist"),
        ("Both get ESL services; the ESL teacher, Ms. Vang, calls home.", "ESL teacher"),
    ],
)
def test_a_title_written_as_a_professionals_is_no_demographic(text: str, title: str) -> None:
    start = text.index(title)
    found = [Finding(start, start + len(title), "NRP", 0.5, source="DemographicRecognizer")]
    assert keep_titles(text, found) == []


def test_a_title_after_a_name_and_a_comma_is_no_demographic() -> None:
    text = "Noreen Pike, Child Protection Social Worker\n"
    start = text.index("Child")
    name = Finding(0, len("Noreen Pike"), "PERSON", 0.85)
    job = Finding(start, len(text) - 1, "NRP", 0.5, source="DemographicRecognizer")
    assert keep_titles(text, [name, job]) == [name]


@pytest.mark.parametrize("policy", ["social-media", "research-safe-harbor"])
def test_signature_roles_survive_a_strict_release_and_the_names_go(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    letter = (
        "Reviewed with client,\nKendrick Mayhew, CRPS, peer specialist\n\n"
        "Respectfully submitted,\n\nDana Whitfield\nProbation Agent, Ohio Department of "
        "Rehabilitation and Correction\n\nFrom: Marisol Quintero, Parole Agent, ODRC Dayton\n"
        "Signed: Tomás Arreola, LMSW, PRS case manager\n"
        "Noreen Pike, Child Protection Social Worker\n"
    )
    released = redactor_for(policy).redact(letter).text
    for kept in ("CRPS, peer specialist", "Probation Agent", "Parole Agent",
                 "PRS case manager", "Child Protection Social Worker"):  # fmt: skip
        assert kept in released, released
    for name in ("Kendrick", "Mayhew", "Whitfield", "Quintero", "Arreola", "Noreen", "Pike"):
        assert name not in released, released


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("SPOUSE OSWIN TREMBLAY AT BEDSIDE", "OSWIN TREMBLAY"),
        ("GIVEN BY DTR MARISOL QUENNEVILLE", "MARISOL QUENNEVILLE"),
        ("Son-in-law Dariusz Achterberg drove.", "Dariusz Achterberg"),
        ("DAU Philippa Okonjo-Hart called.", "Philippa Okonjo-Hart"),
    ],
)
def test_a_charts_relation_word_or_in_law_is_cut_off_the_name(text: str, name: str) -> None:
    """The relation a chart writes in capitals or abbreviates is who the person is, not a
    word of the name: it stays, and is never searched for as a name elsewhere."""
    start = min(text.index(w) for w in ("SPOUSE", "DTR", "Son-in-law", "DAU") if w in text)
    findings = [Finding(start, text.index(name) + len(name), "PERSON", 0.85,
                        source="SpacyRecognizer")]  # fmt: skip
    kept = [text[f.start : f.end] for f in keep_titles(text, findings)]
    assert kept == [name]
