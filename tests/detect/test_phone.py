"""PhoneShapeRecognizer: numbers Presidio turns down; dates, amounts and counts left alone."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.phone import PhoneShapeRecognizer


def _spans(text: str) -> list[str]:
    recognizer = PhoneShapeRecognizer()
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return sorted({text[r.start : r.end] for r in results})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mother's cell is 508-556-1330x1255.", "508-556-1330x1255"),
        ("Work phone (211)282-8112x2406, ask for Sam.", "(211)282-8112x2406"),
        ("work phone (340.491.8621x77355) setup", "340.491.8621x77355"),
        ("He said (+1-937-264-2045x577x577) keeps ringing.", "+1-937-264-2045x577x577"),
        ("Office: 508-556-1330 ext. 24", "508-556-1330 ext. 24"),
        ("Call +63 917 555 0134 after six.", "+63 917 555 0134"),
        ("from my workstation (+441154960331), the error", "+441154960331"),
        ("Call/text: +63 124746269.", "+63 124746269"),
        ("Contact: +61.3.1355.2049", "+61.3.1355.2049"),
        ("phone number 1-176-203-6212 in the system", "1-176-203-6212"),
        ("Dial 001-508-556-1330 from abroad.", "001-508-556-1330"),
        ("Landline (211) 282-8112.", "(211) 282-8112"),
        # a number that a narrow column wraps at one of its dashes
        ("SISTER ASKS TO BE CALLED AT (774) 555-\n0193 RE DC PLANNING.", "(774) 555-\n0193"),
        ("Daughter can be reached at 617-\n555-0182 after work.", "617-\n555-0182"),
        ("her husband at 508-555-\n0144.", "508-555-\n0144"),
        ("Desk: +41 (0)96 471 07 95", "+41 (0)96 471 07 95"),
        ("Phone:\n467 3395\n\nE-mail:", "467 3395"),
        ("Mobile: 723 813 266", "723 813 266"),
        ("Fax: 9498777106", "9498777106"),
        ("Her phone number is 71-33-52-22.", "71-33-52-22"),
        ("APO AA 61487\n416 60 039 office\n", "416 60 039"),
        ("South Africa 89082\n3660170548-Fax", "3660170548"),
        ("They're not answering at 78 651 450", "78 651 450"),
        ("I would like to stop receiving messages to 699 956 915", "699 956 915"),
        ("They're not answering at 99 668472", "99 668472"),
        ("didn't get any message on my registered 668 5702. Could you", "668 5702"),
        ("You can reach her on 0612 34 56 78 after work.", "0612 34 56 78"),
        ("Mom cell 325.617.4093, texts only.", "325.617.4093"),
        ("work (325) 944-0613 days", "(325) 944-0613"),
        ("grandma 325 944 0613 evenings", "325 944 0613"),
        ("Office 325-659-3700 ext. 2101 for the JPO.", "325-659-3700 ext. 2101"),
        ("Office 325-659-3700 x2101 for the JPO.", "325-659-3700 x2101"),
        ("School 325 659 3700 ext 2101 main line", "325 659 3700 ext 2101"),
    ],
)
def test_catches(text: str, expected: str) -> None:
    assert _spans(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Seen on 2019-03-04 at 10:30 am.",
        "Rent went up from $1,200 to $1,450.",
        "She has 3 children and 12,000 followers.",
        "Counts were 100 200 3000 over the year.",
        "Altitude: +300ft deviation at 10:45",
        "Between 2019-2020 and 1999-2003 she moved twice.",
        "SSN on file 123-45-6789.",
        "ISBN 978-0-14-143951-8 on the shelf.",
        "Server 192.168.100.200 was down.",
        "Weight went up +5.5 kg.",
        "COVID-19 test negative; A1C 6.1; Room 204.",
        "Call on 2019-03-04 at 10:30.",
        "Phone: 2019 model, call 3 times.",
        "Worked 12 years at home, 40 hours at the office.",
        "Called on 12 04 2024 about the visit.",
        "She answered at 10 30 am.",
        "Reached 1 200 people at 3 events.",
        "Scores 325 144 0613 in three rounds.",
        "Totals 125 944 0613 logged.",
        "Totals for 2023-\n2024 were 555-\n1200 units.",
    ],
)
def test_leaves_alone(text: str) -> None:
    assert _spans(text) == []
