"""The duty-to-warn topic: the threat, the person threatened and how to find them are
released; every other passage of the record is withheld.

The notes under tests/topics/notes/threat_*.txt|md are invented (people, places, numbers):
a threat sits among unrelated clinical content (diagnoses, medications, substance use,
group members, relatives' history). Each row is a piece that must reach the recipient, or
one that must not.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from redact.redactor import Redactor
from redact.topics.base import TopicContext
from redact.topics.sentences import sentences
from redact.topics.threat import TOPIC, is_threat, released
from redact.topics.withhold import find_withheld

NOTES = Path(__file__).parent / "notes"
MARKER = "[withheld: not needed to warn or protect, NASW 1.07(c)]"

SUBJECTS = {
    "threat_ex_wife.txt": "Marcus Hale",
    "threat_supervisor.txt": "Renee Calloway",
    "threat_neighbour.md": "Deshawn Okoye",
    "threat_none.txt": "Tomas Ruiz",
}

RELEASED = [
    ("threat_ex_wife.txt", "Client: Marcus Hale"),
    ("threat_ex_wife.txt", "DOB: 04/12/1986"),
    ("threat_ex_wife.txt", "Date of service: 03/14/2025"),
    ("threat_ex_wife.txt", "I'm going to kill Dana for taking my kids."),
    ("threat_ex_wife.txt", "She won't see it coming."),
    ("threat_ex_wife.txt", "loaded 9mm handgun in the glovebox of his truck"),
    ("threat_ex_wife.txt", "Dana Whitfield is his ex-wife."),
    ("threat_ex_wife.txt", "She lives at 212 Orchard Lane, Apt 3B, Fairview"),
    ("threat_ex_wife.txt", "works the day shift at Riverside Dental on Main Street"),
    ("threat_ex_wife.txt", "Her cell is (315) 555-0188."),
    ("threat_ex_wife.txt", "She drives a silver Honda Civic, plate KLM-4471."),
    ("threat_ex_wife.txt", "he knows where she parks every morning"),
    ("threat_ex_wife.txt", "Imminent risk of violence toward ex-wife."),
    ("threat_supervisor.txt", "Client: Renee Calloway    DOB: 09/30/1979"),
    ("threat_supervisor.txt", "she'll bring her brother's rifle to the warehouse"),
    ("threat_supervisor.txt", "Greg Sandoval runs the second shift at Northway Distribution"),
    ("threat_supervisor.txt", "40 Industrial Parkway"),
    ("threat_supervisor.txt", "Elevated risk of violence toward supervisor."),
    ("threat_neighbour.md", "**Client:** Deshawn Okoye"),
    ("threat_neighbour.md", "he is going to burn his house down while he sleeps"),
    ("threat_neighbour.md", "He bought a gas can last week"),
    ("threat_neighbour.md", "The neighbor is Walter Brandt, who lives alone at 18 Cedar Street"),
    ("threat_neighbour.md", "walks his dog every evening around 7 pm"),
    ("threat_none.txt", "Client: Tomas Ruiz"),
]

WITHHELD = [
    ("threat_ex_wife.txt", "Medicaid ID: 448812093"),
    ("threat_ex_wife.txt", "drinking 6-8 beers"),
    ("threat_ex_wife.txt", "AA meetings"),
    ("threat_ex_wife.txt", "sertraline"),
    ("threat_ex_wife.txt", "F33.1"),
    ("threat_ex_wife.txt", "Janelle Hale"),
    ("threat_ex_wife.txt", "bipolar disorder"),
    ("threat_ex_wife.txt", "served time in prison"),
    ("threat_ex_wife.txt", "Tony R."),
    ("threat_ex_wife.txt", "HIV"),
    ("threat_ex_wife.txt", "Dana has a history of depression"),
    ("threat_supervisor.txt", "panic attacks"),
    ("threat_supervisor.txt", "lorazepam"),
    ("threat_supervisor.txt", "marijuana"),
    ("threat_supervisor.txt", "Kiara"),
    ("threat_supervisor.txt", "IEP for ADHD"),
    ("threat_supervisor.txt", "Alicia B."),
    ("threat_supervisor.txt", "heroin"),
    ("threat_supervisor.txt", "F41.1"),
    ("threat_neighbour.md", "Fidelis Care, member 77120045"),
    ("threat_neighbour.md", "overdose in 2001"),
    ("threat_neighbour.md", "PTSD (F43.10)"),
    ("threat_neighbour.md", "prazosin"),
    ("threat_neighbour.md", "Terrell Okoye"),
    ("threat_neighbour.md", "Simone is pregnant"),
    ("threat_neighbour.md", "cocaine"),
    ("threat_none.txt", "killed in a car accident"),
    ("threat_none.txt", "panic attack"),
    ("threat_none.txt", "would never hurt anyone"),
    ("threat_none.txt", "fluoxetine"),
    ("threat_none.txt", "Rosa Ruiz"),
    ("threat_none.txt", "Birch Street"),
]


def _released_text(name: str) -> str:
    text = (NOTES / name).read_text(encoding="utf-8")
    passages = find_withheld(text, [TOPIC.id], TopicContext((SUBJECTS[name],)))
    out, cursor = [], 0
    for passage in passages:
        out += [text[cursor : passage.start], MARKER]
        cursor = passage.end
    return "".join([*out, text[cursor:]])


@pytest.mark.parametrize(("name", "piece"), RELEASED)
def test_the_threat_and_who_is_threatened_are_released(name: str, piece: str) -> None:
    text = (NOTES / name).read_text(encoding="utf-8")
    assert piece in text
    assert piece in _released_text(name)


@pytest.mark.parametrize(("name", "piece"), WITHHELD)
def test_everything_else_is_withheld(name: str, piece: str) -> None:
    text = (NOTES / name).read_text(encoding="utf-8")
    assert piece in text
    assert piece not in _released_text(name)


def test_a_note_without_a_threat_keeps_only_its_header() -> None:
    out = _released_text("threat_none.txt")
    assert out.split() == ["Client:", "Tomas", "Ruiz", "Date:", "11/02/2025", *MARKER.split()]


@pytest.mark.parametrize(
    "sentence",
    [
        "He said he is going to kill his ex-girlfriend.",
        'Client stated, "I\'ll shoot him if he comes near my kids."',
        "She told writer she would stab her landlord.",
        "Pt threatened to beat up his coworker at the plant.",
        "He wants her dead.",
        "He said he would make her pay for leaving.",
        "Client endorses homicidal ideation toward his stepfather with a plan.",
        "He keeps a shotgun under the bed.",
        "He has been driving past her house at night.",
        "Client knows where his ex works and has followed her twice.",
        "Denies SI but reports HI toward her sister.",
        "Client stated he wants to see Marcus suffer.",
        "She said she is going to shoot up the school on Friday.",
        'He stated "I will end him."',
    ],
)
def test_threat_sentences(sentence: str) -> None:
    assert is_threat(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Client denies SI/HI.",
        "Denies homicidal ideation, intent or plan.",
        "He stated he would never hurt her.",
        "His brother was killed in a car accident in 2015.",
        "Her father would hit her when he drank.",
        "She had a panic attack at work.",
        "Client reports thoughts of hurting himself.",
        "Safety plan reviewed; continue sertraline 50 mg.",
        "He is going to get her from daycare on Friday.",
        "Client denies access to firearms.",
        "He wants to kill time before the appointment.",
        "Client stated she would kill for a good night of sleep.",
        "He said the medication is killing him.",
    ],
)
def test_not_threat_sentences(sentence: str) -> None:
    assert not is_threat(sentence)


def test_decisions_are_one_boolean_per_sentence() -> None:
    text = (NOTES / "threat_ex_wife.txt").read_text(encoding="utf-8")
    found = sentences(text)
    decisions = released(text, found, TopicContext(("Marcus Hale",)))
    assert len(decisions) == len(found) and any(decisions) and not all(decisions)


def test_duty_to_warn_release_keeps_the_threat_and_withholds_the_rest(
    redactor_for: Callable[[str], Redactor],
) -> None:
    text = (NOTES / "threat_ex_wife.txt").read_text(encoding="utf-8")
    result = redactor_for("duty-to-warn").redact(text, subject="Marcus Hale")
    out = result.text
    for piece in (
        "Marcus Hale",
        "I'm going to kill Dana",
        "handgun",
        "Dana Whitfield",
        "212 Orchard Lane",
        "(315) 555-0188",
        "KLM-4471",
        "Riverside Dental",
    ):
        assert piece in out, piece
    for piece in (
        "448812093",
        "sertraline",
        "F33.1",
        "Janelle",
        "Tony R.",
        "HIV",
        "beers",
        "prison",
        "history of depression",
    ):
        assert piece not in out, piece
    assert MARKER in out
    assert any("Document the decision" in w for w in result.warnings)
    assert any("supervisor or legal counsel" in w for w in result.warnings)


def test_a_duty_to_warn_batch_needs_recipient_and_authority_and_releases_the_threat(
    tmp_path: Path,
) -> None:
    from typer.testing import CliRunner

    from redact.cli import app

    folder = tmp_path / "request"
    folder.mkdir()
    for name in ("threat_ex_wife.txt", "threat_none.txt"):
        (folder / name).write_text((NOTES / name).read_text(encoding="utf-8"), encoding="utf-8")
    base = ["batch", str(folder), "--purpose", "duty-to-warn", "--subject", "Marcus Hale",
            "--log", str(tmp_path / "log.sqlite3"), "--quiet"]  # fmt: skip
    refused = CliRunner().invoke(app, [*base, "--out", str(tmp_path / "no")])
    assert refused.exit_code == 2 and "requires recipient, authority" in refused.stderr
    out = tmp_path / "out"
    done = CliRunner().invoke(app, [*base, "--out", str(out), "--recipient", "Fairview Police",
                                    "--authority", "NASW 1.07(c)"])  # fmt: skip
    assert done.exit_code == 0, done.stderr
    released = "\n".join(
        p.read_text(encoding="utf-8") for p in sorted(out.rglob("*")) if p.is_file()
        and "NOT-FOR-RELEASE" not in p.name
    )  # fmt: skip
    for piece in ("I'm going to kill Dana", "212 Orchard Lane", "KLM-4471", "Marcus Hale"):
        assert piece in released, piece
    for piece in (
        "sertraline",
        "F33.1",
        "Janelle",
        "Tony R.",
        "448812093",
        "fluoxetine",
        "Rosa Ruiz",
    ):
        assert piece not in released + done.stdout + done.stderr, piece
