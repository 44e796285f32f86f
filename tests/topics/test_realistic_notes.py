"""Withheld passages on realistic synthetic records, under the policies that withhold topics.

The notes under tests/topics/notes/ are invented (people, schools, numbers): group notes in
bullet, numbered, "Name:" and paragraph layouts (with and without a roster), a court
report, an intake and a student's text log. Each table row names a passage that must not
reach the recipient, or a piece of the subject's own record (diagnoses, programmes, dates,
the subject's legal matter) that must stay. Failures name the note and the row, which are
synthetic.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from redact.policy.loader import load_policy
from redact.topics.base import TopicContext
from redact.topics.withhold import find_withheld

NOTES = Path(__file__).parent / "notes"

SUBJECTS = {
    "group_bullets.md": ("Rae Okafor", "Rae"),
    "group_numbered.txt": ("Rae Okafor", "Rae"),
    "group_paragraphs.txt": ("Marcus Bell", "Marcus"),
    "court_report.txt": ("Derek Ramon Morales", "Derek", "D.R.M."),
    "intake_prose.txt": ("Keisha Lamont", "Keisha"),
    "chat_log.txt": ("Jordan Pike", "JoJo"),
    "group_labels.txt": ("Sam Ortiz", "Sam"),
}

WITHHELD = [
    ("group_bullets.md", "his dad lost his job at the plant"),
    ("group_bullets.md", "He's been late every day this week"),
    ("group_bullets.md", "TF to check in with his counselor"),
    ("group_bullets.md", 'her older brother "got picked up"'),
    ("group_bullets.md", "intake #55012987"),
    ("group_bullets.md", "PR met with Tessa after group"),
    ("group_bullets.md", 'vapes THC "like every day after school"'),
    ("group_bullets.md", "Referred to the SAP coordinator"),
    ("group_bullets.md", "cuts on her wrist"),
    ("group_bullets.md", "TF walked her to the nurse"),
    ("group_numbered.txt", "new boyfriend moved in"),
    ("group_numbered.txt", "about a CPS report"),
    ("group_numbered.txt", "sent home from her dad's house"),
    ("group_numbered.txt", "staying with her grandmother in Riverton"),
    ("group_numbered.txt", "took a plan b"),
    ("group_paragraphs.txt", "his stepfather was arrested"),
    ("group_paragraphs.txt", "He said he has not slept much"),
    ("group_paragraphs.txt", "said his dog died"),
    ("group_paragraphs.txt", "Eli's grandmother called the school"),
    ("group_paragraphs.txt", "to smoke weed behind the gym"),
    ("group_labels.txt", "her eating disorder"),
    ("group_labels.txt", "his mom kicked him out"),
    ("group_labels.txt", "Writer followed up with Mo after group"),
    ("group_labels.txt", 'her probation officer is "on her back"'),
    ("group_labels.txt", "his cousin got shot"),
    ("group_labels.txt", "Staff will call his guardian."),
    ("court_report.txt", "prior felony conviction for aggravated assault"),
    ("court_report.txt", "two prior DUIs"),
    ("court_report.txt", "on parole until 2026"),
    ("court_report.txt", "was deported in 2022"),
    ("court_report.txt", "open warrant out of Bell County"),
    ("intake_prose.txt", "was locked up for three years"),
    ("intake_prose.txt", "has bipolar disorder and was hospitalized"),
    ("intake_prose.txt", "mother uses meth"),
    ("chat_log.txt", "my sisters bf got arrested again"),
    ("chat_log.txt", "my moms boyfriend is on probation"),
    ("chat_log.txt", "for an sti test. came back neg"),
    ("chat_log.txt", "got sent to juvie for the car thing"),
]

KEPT = [
    ("group_bullets.md", "**Facilitators:** Priya Ramanathan, LCSW; Tomás Ferreira, LMSW"),
    ("group_bullets.md", "**Present (6):** R. Okafor"),
    ("group_bullets.md", 'Rae arrived on time and rated herself "a 7."'),
    ("group_bullets.md", "Rae has an IEP for a specific learning disability"),
    ("group_bullets.md", "504 plan for anxiety (F41.1)"),
    ("group_bullets.md", "Plan: continue weekly; Rae to practice box breathing before math."),
    ("group_numbered.txt", "Members present: Rae Okafor"),
    ("group_numbered.txt", "4. Rae Okafor said she is proud of her attendance"),
    ("group_numbered.txt", "Rae stayed after group to ask about tutoring for Algebra I."),
    ("group_numbered.txt", "She continues on her 504 plan."),
    ("group_paragraphs.txt", "Check-in was brief."),
    ("group_paragraphs.txt", "Facilitator reminded the group about confidentiality"),
    ("group_paragraphs.txt", "Marcus identified his trigger as being called names"),
    ("group_paragraphs.txt", "Marcus has a 504 plan for ADHD (F90.0)"),
    ("group_paragraphs.txt", "He set a goal to use a cool-down pass"),
    ("group_labels.txt", "Client attended and practiced TIPP skills."),
    ("group_labels.txt", "Sam: shared a goal of calling his sister weekly."),
    ("group_labels.txt", "Plan: Client to practice TIPP before work. Next group 5/14."),
    ("court_report.txt", "the Respondent was adjudicated"),
    ("court_report.txt", "Criminal Mischief (Class B)"),
    ("court_report.txt", "Released to grandmother 3/4/25 on conditions of release."),
    ("court_report.txt", "Mother: Renata Morales, 38, resides in the home."),
    ("court_report.txt", "Sibling: Ana, age 10, resides in the home."),
    ("court_report.txt", "Grandmother has custody on weekends per the 2022 order."),
    ("court_report.txt", "has an IEP for a specific learning disability"),
    ("court_report.txt", "ADHD, combined presentation (F90.2), and takes guanfacine ER"),
    ("court_report.txt", "placed on probation for nine (9) months in the home of his mother"),
    ("court_report.txt", "Thinking for a Change program"),
    ("intake_prose.txt", "Keisha lives with her two children, ages 6 and 9"),
    ("intake_prose.txt", "Keisha denies any criminal history."),
    ("intake_prose.txt", "major depressive disorder (F33.1) in 2019 and takes sertraline"),
    ("intake_prose.txt", "She is enrolled in WIC and her younger son attends Head Start."),
    ("chat_log.txt", "i have court monday for my case"),
    ("chat_log.txt", "Bring your IEP folder."),
]


@cache
def _released(name: str, policy: str) -> str:
    """The note with every withheld passage cut out."""
    text = (NOTES / name).read_text(encoding="utf-8")
    topics = load_policy(policy).policy.withhold_topics
    kept, cursor = [], 0
    for passage in find_withheld(text, topics, TopicContext(SUBJECTS[name])):
        kept.append(text[cursor : passage.start])
        cursor = passage.end
    kept.append(text[cursor:])
    return "\x00".join(kept)


@pytest.mark.parametrize(("name", "passage"), WITHHELD)
def test_withheld_under_court_subpoena(name: str, passage: str) -> None:
    assert passage in (NOTES / name).read_text(encoding="utf-8"), "the table names the note"
    assert passage not in _released(name, "court-subpoena")


@pytest.mark.parametrize(("name", "piece"), KEPT)
def test_the_subjects_own_record_stays(name: str, piece: str) -> None:
    assert piece in _released(name, "court-subpoena")


@pytest.mark.parametrize("policy", ["client-request", "research-safe-harbor", "social-media"])
def test_third_party_history_is_withheld_by_the_other_policies_that_list_it(policy: str) -> None:
    released = _released("court_report.txt", policy)
    assert "open warrant" not in released
    assert "Grandmother has custody on weekends" in released


@pytest.mark.parametrize("policy", ["provider-referral", "mandated-report", "consultation"])
def test_treating_and_reporting_recipients_keep_family_history(policy: str) -> None:
    assert "open warrant out of Bell County" in _released("court_report.txt", policy)


@pytest.mark.parametrize("policy", ["consultation", "provider-referral", "client-request"])
def test_group_disclosures_are_withheld_wherever_the_policy_lists_them(policy: str) -> None:
    released = _released("group_bullets.md", policy)
    assert "intake #55012987" not in released
    assert "Rae has an IEP" in released
