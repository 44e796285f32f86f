"""Would the client recognise the post? Combinations of circumstances, on posts written for
the purpose (tests/risk/posts/, invented): `high_*` describe one family as a neighbour
would know it, `low_*` are reflections on practice with no client story."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redact.cli import app
from redact.redactor import Redactor
from redact.risk.assess import assess_risk, combination
from redact.risk.circumstances import TABLE, kind_of
from redact.risk.cues import circumstances

POSTS = Path(__file__).parent / "posts"
HIGH = sorted(POSTS.glob("high_*.txt"))
LOW = sorted(POSTS.glob("low_*.txt"))
HOME_VISIT = (POSTS / "high_01_home_visit.txt").read_text(encoding="utf-8")


def test_there_are_ten_posts_of_each_kind() -> None:
    assert len(HIGH) == 10 and len(LOW) == 10


@pytest.mark.parametrize("path", HIGH, ids=lambda p: p.stem)
def test_a_post_a_neighbour_would_recognise_is_high_after_social_media(
    path: Path, redactor_for: Callable[[str], Redactor]
) -> None:
    result = redactor_for("social-media").redact(path.read_text(encoding="utf-8"))
    assert result.risk is not None and result.risk.level == "high", result.risk
    assert any("kinds of circumstance are combined" in r for r in result.risk.reasons)


@pytest.mark.parametrize("path", LOW, ids=lambda p: p.stem)
def test_a_reflection_on_practice_is_low(
    path: Path, redactor_for: Callable[[str], Redactor]
) -> None:
    text = path.read_text(encoding="utf-8")
    assert assess_risk(text).level == "low"
    result = redactor_for("social-media").redact(text)
    assert result.risk is not None and result.risk.level == "low", result.risk.reasons


def test_the_issues_home_visit_names_each_circumstance_in_plain_words() -> None:
    report = assess_risk(HOME_VISIT)
    assert report.level == "high"
    found = combination(report.cues)
    assert set(found) >= {"family", "event", "work", "home", "age", "detail"}
    assert {"mother", "father", "grandparent"} <= set(found["family"])
    assert "jail" in found["event"] and "night shift" in found["work"]
    assert "drawing or letter" in found["detail"]
    reason = report.reasons[-1]
    assert reason.startswith("6 kinds of circumstance are combined (who is in the family: ")
    assert "would know whose story it is without a single name" in reason


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Her father is in jail.", "medium"),  # family + event: two kinds
        ("The mother works nights.", "medium"),  # family + work
        ("The mother works nights and the father is in jail.", "high"),  # three kinds
        ("Parents who work long hours still show up for their children.", "low"),
        ("They were evicted last winter.", "medium"),  # event + time
        ("Last week I thought about how we listen.", "low"),  # recency alone is not a time
    ],
)
def test_levels_follow_the_number_of_kinds(text: str, level: str) -> None:
    assert assess_risk(text).level == level


def test_every_table_word_has_a_kind_and_cues_carry_no_text() -> None:
    assert all(kind_of(word) == kind for kind, word, _ in TABLE)
    text = "Zebulon's grandmother drives in from two towns over every Christmas."
    cues = circumstances(text)
    assert {c.category for c in cues} == {"grandparent", "who comes from where", "holiday"}
    report = assess_risk(text)
    assert "Zebulon" not in str(report.to_dict()) and "Zebulon" not in repr(report)


def test_social_media_refuses_the_home_visit_unless_the_risk_is_accepted(
    tmp_path: Path,
) -> None:
    log = str(tmp_path / "log.sqlite3")
    refused = CliRunner().invoke(
        app, ["note", "-", "--purpose", "social-media", "--log", log], input=HOME_VISIT
    )
    assert refused.exit_code != 0 and refused.stdout == ""
    assert "kinds of circumstance are combined" in refused.stderr
    accepted = CliRunner().invoke(
        app,
        ["note", "-", "--purpose", "social-media", "--accept-risk", "--log", log],
        input=HOME_VISIT,
    )
    assert accepted.exit_code == 0, accepted.stderr
    assert "night" in accepted.stdout and "Residual risk high" in accepted.stderr
