"""repeated_speaker_findings: a log's speaker saved under a common word a name starts with."""

from __future__ import annotations

import pytest

from redact.detect.repeated_speakers import repeated_speaker_findings


def _labels(text: str) -> set[str]:
    return {text[f.start : f.end] for f in repeated_speaker_findings(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11/29/24 6:12p  court: where r u\n11/29/24 6:15p  nate: 10 min\n"
         "11/29/24 6:40p  court: ridiculous", {"court"}),
        ("3/2 8:01 PM  gene: u coming sat?\n3/2 8:03 PM  tasha: yea\n3/2 8:05 PM  gene: ok",
         {"gene"}),
        ("5/3 7:12p  rob: need the car back\n5/3 7:14p  kay: tmrw\n5/3 7:20p  rob: fine",
         {"rob"}),
        ("[SMS] 10/9 8:15a  faith: at the bus\n[SMS] 10/9 8:16a  juni: k\n"
         "[SMS] 10/9 8:20a  faith: here", {"faith"}),
    ],
)  # fmt: skip
def test_a_repeated_speaker_that_starts_a_given_name(text: str, expected: set[str]) -> None:
    assert _labels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # roles, kin words and channels speak in logs too
        "10/1 9:00a  me: forms?\n10/1 9:05a  mom: yes\n10/1 9:06a  me: ok\n10/1 9:10a  mom: k",
        "4/1 10:00  call: missed\n4/1 10:05  text: late\n4/1 10:06  call: 5 min\n"
        "4/1 10:07  text: ok",
        # one line only, or one speaker only, is no conversation
        "11/29 6:12p  court: hearing moved\n11/29 6:15p  nate: ok",
        "11/29 6:12p  court: hearing moved\n11/30 6:15p  court: continued",
    ],
)
def test_roles_channels_and_lone_labels_are_not_taken(text: str) -> None:
    assert _labels(text) == set()
