"""DateRangeRecognizer: periods taken whole; single dates and plain counts left alone."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.date_range import DateRangeRecognizer


def _spans(text: str) -> list[str]:
    recognizer = DateRangeRecognizer()
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return sorted(text[r.start : r.end] for r in results)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between 7 March and 11 March 2003, he was held.", "Between 7 March and 11 March 2003"),
        ("a period between 1 March and 31 December 1998", "between 1 March and 31 December 1998"),
        (
            "Meanwhile, between 5 May 2006 and 24 October 2008",
            "between 5 May 2006 and 24 October 2008",
        ),
        ("hearings on 30 May, 10 July and 17 October 1997.", "30 May, 10 July and 17 October 1997"),
        (
            "on 10 May, on 7 July and on 26 September 1994.",
            "10 May, on 7 July and on 26 September 1994",
        ),
        ("From 30 March 1983 to 30 September 1987, he", "From 30 March 1983 to 30 September 1987"),
        ("sentenced to twelve years and six months' imprisonment", "twelve years and six months"),
        ("placed for 2 years and 3 months with the foster family", "2 years and 3 months"),
    ],
)
def test_catches(text: str, expected: str) -> None:
    assert _spans(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Seen on 7 March 2003.",
        "She has 3 children and 2 dogs.",
        "He was sentenced to two years.",
        "We may 5 and june 6 meet.",
        "Visits in March and May were missed.",
        "Page 7 and 11 of the file.",
    ],
)
def test_leaves_alone(text: str) -> None:
    assert _spans(text) == []
