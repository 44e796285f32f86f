"""Minimum necessary beyond identifiers, end to end: withheld topics, the Part 2 notice, and
the refusal of a post that is still too specific (real model, real log)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from typer.testing import CliRunner

from redact import Redactor
from redact.cli import app
from redact.release import ReleaseLog
from redact.topics.withhold import PART2_NOTICE
from tests.conftest import SAMPLE_DATA

COURT_REPORT = (SAMPLE_DATA / "notes" / "06_court_report.txt").read_text()
SUBJECT = ["Omair Jamaal", "Mr. Jamaal"]
SPECIFIC_POST = (
    "After the fire that destroyed the only bakery on the square, the client, a retired "
    "firefighter, paid $12,400 for her five grandchildren."
)


def test_court_subpoena_withholds_substance_use_and_says_so(
    redactor_for: Callable[[str], Redactor],
) -> None:
    result = redactor_for("court-subpoena").redact(COURT_REPORT, subject=SUBJECT)
    assert "[withheld: substance use treatment, 42 CFR Part 2]" in result.text
    assert "methadone" not in result.text.lower() and "sobriety" not in result.text.lower()
    assert result.counts.get("withheld:substance_use", 0) >= 1
    assert not result.part2_notice and PART2_NOTICE not in result.text


def test_a_policy_that_keeps_it_appends_the_part2_notice(
    redactor_for: Callable[[str], Redactor],
) -> None:
    result = redactor_for("consultation").redact(COURT_REPORT)
    assert result.part2_notice and result.text.rstrip().endswith(PART2_NOTICE.rstrip())
    assert any("42 CFR Part 2" in w for w in result.warnings)


def test_social_media_refuses_a_post_at_high_risk_unless_accepted(
    tmp_path: Path, log_path: Path
) -> None:
    runner = CliRunner()
    refused = runner.invoke(app, ["note", "-", "--purpose", "social-media"], input=SPECIFIC_POST)
    assert refused.exit_code == 5 and "refused" in refused.stderr
    assert refused.stdout == "" and not log_path.exists()
    accepted = runner.invoke(
        app, ["note", "-", "--purpose", "social-media", "--accept-risk"], input=SPECIFIC_POST
    )
    assert accepted.exit_code == 0, accepted.stderr
    assert "Residual risk high" in accepted.stderr
    with ReleaseLog.open(log_path) as log:
        entry = log.get(1)
    assert entry.extra["accepted_risk"] is True and entry.extra["risk_level"] == "high"
    assert "bakery" not in json.dumps(dict(entry.extra))
