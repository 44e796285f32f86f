"""NER findings cut at line breaks (`redact.detect.detector._within_lines`)."""

from __future__ import annotations

from collections.abc import Callable

from redact.redactor import Redactor

LOG = (
    "8/30/25 2:14 PM greg: back locked up at work. going to the urgent care on 38th\n"
    "8/30/25 2:15 PM neecy: omw. meet u there\n"
    "8/30/25 4:40 PM greg: shot and flexeril, out a week\n"
)


def test_a_date_ner_ran_on_over_a_line_keeps_the_next_lines_date(
    redactor_for: Callable[[str], Redactor],
) -> None:
    # NER reads "38th\n8/30/25 2:15 PM" as one date; cut at the break, the next line's own
    # date (dropped by the analyzer as inside NER's span) must still go where dates do
    out = redactor_for("research-safe-harbor").redact(LOG, subject=["Greg Paluch"]).text
    assert "8/30" not in out
    assert "flexeril" in out
