"""Must-find tables through the whole Redactor: every step after detection keeps the span.

A recognizer can find a value and a later step can still lose it: trimming articles cut
"a@example.com" to "a@[EMAIL]", a finding with no letter or digit ("::") was dropped, and
a timestamp's "00+" was taken for our own "90+" marker, so the whole timestamp went out.
Each (text, value) pair here is run through detection, trimming, settling, marker checks,
policy decisions and the transform; the value must be covered whole by findings the
policy acts on and must not appear in the output.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.findings import Action

#: (text, value) pairs; the value occurs once in the text.
MUST_FIND: list[tuple[str, str]] = [
    # e-mail, IBAN, IP addresses: trimming must not cut into them
    ("Write to a@example.com about it.", "a@example.com"),
    ("Reply to the@fakemail.org today.", "the@fakemail.org"),
    ("Reply to an-address@fakemail.org today.", "an-address@fakemail.org"),
    ("Reply to a.b.the@fakemail.org today.", "a.b.the@fakemail.org"),
    ("Card 4012-8888-8888-1881 on file.", "4012-8888-8888-1881"),
    ("See https://www.a-example.org/the/a for more.", "https://www.a-example.org/the/a"),
    ("IBAN: GB82 WEST 1234 5698 7654 32 for the rent.", "GB82 WEST 1234 5698 7654 32"),
    ("Logged in from 2001:db8::ff00:42:8329 at night.", "2001:db8::ff00:42:8329"),
    ("Logged in from ::1 at night.", "::1"),
    ("The router answered at 192.168.14.22 again.", "192.168.14.22"),
    # timestamps: a positive UTC offset is no "90+" marker
    ("Message sent 2024-03-15T14:30:00+02:00 to the worker.", "2024-03-15T14:30:00+02:00"),
    ("Message sent 2024-06-05T09:15:30.500-07:00 to the worker.", "2024-06-05T09:15:30.500-07"),
    ("Message sent 2024-03-15T14:30Z to the worker.", "2024-03-15T14:30Z"),
    # labelled numbers
    ("Mother: SSN 458-21-7736, cell on file.", "458-21-7736"),
    ("Client SSN: 123-45-6789.", "123-45-6789"),
    ("Medicaid #: NY 66120457Q", "NY 66120457Q"),
    ("Medicaid CIN: XY54321Z", "XY54321Z"),
    ("Medicaid ID #: 538217604 (STAR / Superior)", "538217604"),
    ("Student ID 215093 was entered.", "215093"),
    ("Van Wyk, Brody T.   ID 215093   Gr 10", "215093"),
    ("Report made, SWI intake #84102377.", "84102377"),
    ("Policy # WX-55 120 88, renewed", "WX-55 120 88"),
    ("MRN\n00482913", "00482913"),
    ("| Student | Student ID |\n|---|---|\n| B. V. | 215093 |", "215093"),
    ("Student ID\t219406\tGrade 9", "219406"),
    ("TX plate NLV 6082 seen twice.", "NLV 6082"),
    ("license plate LTR-3391 on a grey truck", "LTR-3391"),
    # phones
    ("Mom's cell 325.617.4093, texts only.", "325.617.4093"),
    ("Call (325) 944-0613 after 5.", "(325) 944-0613"),
    ("Call 325 944 0613 after 5.", "325 944 0613"),
    ("Office 325-659-3700 ext. 2101 for the JPO.", "325-659-3700 ext. 2101"),
    ("Mom: +1 (325) 617-4093 days", "+1 (325) 617-4093"),
    ("Mom: 325/617-4093 days", "325/617-4093"),
    ("Mom: (325)617 4093 days", "(325)617 4093"),
    ("Mom: 1.325.617.4093 days", "1.325.617.4093"),
    ("Mom's new number 3257182046.", "3257182046"),
    ("Grandma's landline 617-4093 rings.", "617-4093"),
    # handles and boxes
    ("He posts as @7brightside every night.", "@7brightside"),
    ("Mail goes to PO Box 1123, Abilene.", "PO Box 1123"),
    ("Mail goes to P.O. Box 88, Abilene.", "P.O. Box 88"),
]

#: Dates a policy acts on; checked where dates are placeholders (social media).
MUST_FIND_DATES: list[tuple[str, str]] = [
    ("Seen on 5/28 with mom.", "5/28"),
    ("10/3 11:48 PM   zay: he keeps posting", "10/3"),
    ("Tues 5/6 group met.", "5/6"),
    ("9/15  7:31 AM   client: ok", "9/15"),
    ("Today is 21.5.21 and sunny.", "21.5.21"),
    ("Today is 5-May-2021 and sunny.", "5-May-2021"),
    ("Today is 5-MAY-21 and sunny.", "5-MAY-21"),
    ("Next visit May 5th at home.", "May 5th"),
    ("Intake 2025-08-27 at school.", "2025-08-27"),
    ("Born 03/09/2010 in Abilene.", "03/09/2010"),
    ("Graduated in '92 from high school.", "'92"),
]

POLICIES = ("social-media", "research-safe-harbor", "consultation")


def _assert_covered(redactor: Redactor, text: str, value: str) -> None:
    start = text.index(value)
    end = start + len(value)
    result = redactor.redact(text)
    acted = [f for f in result.findings if f.action is not Action.KEEP]
    uncovered = [
        i
        for i in range(start, end)
        if text[i].isalnum() and not any(f.start <= i < f.end for f in acted)
    ]
    assert not uncovered, f"{value!r} not covered whole in {result.text!r}"
    assert value not in result.text


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize(("text", "value"), MUST_FIND)
def test_must_find(
    redactor_for: Callable[[str], Redactor], policy: str, text: str, value: str
) -> None:
    _assert_covered(redactor_for(policy), text, value)


@pytest.mark.parametrize(("text", "value"), MUST_FIND_DATES)
def test_must_find_dates(redactor_for: Callable[[str], Redactor], text: str, value: str) -> None:
    _assert_covered(redactor_for("social-media"), text, value)


#: Ages under 90 survive research-safe-harbor as they are and never become years.
AGES_KEPT: list[tuple[str, str]] = [
    ("Father: Wesley Baker, 36, Abilene, TX. Limited involvement.", "36"),
    ("Grandfather is 71 y/o and lives alone.", "71"),
    ("Grandfather, 71yo, lives alone.", "71"),
    ("Referral for a 36M with anxiety.", "36"),
    ("Seen with her grandmother, age 71, at home.", "71"),
    ("A 15-year-old student was referred.", "15-year-old"),
]


@pytest.mark.parametrize(("text", "age"), AGES_KEPT)
def test_ages_stay_ages_under_safe_harbor(
    redactor_for: Callable[[str], Redactor], text: str, age: str
) -> None:
    out = redactor_for("research-safe-harbor").redact(text).text
    assert age in out
    assert f"20{age[:2]}" not in out


@pytest.mark.parametrize(
    ("policy", "text", "expected", "gone"),
    [
        ("research-safe-harbor", "Seen on 5/28 with mom.", "[DATE]", "5/28"),
        ("research-safe-harbor", "Next visit May 5th at home.", "[DATE]", "May 5th"),
        ("research-safe-harbor", "Intake 2025-08-27 at school.", "2025", "08-27"),
        ("research-safe-harbor", "Today is 5-May-2021 and sunny.", "2021", "May"),
        ("research-safe-harbor", "Graduated in '92 from high school.", "1992", "'92"),
        ("consultation", "Intake 2025-08-27 at school.", "August 2025", "27"),
        ("consultation", "Today is 21.5.21 and sunny.", "May 2021", "21.5"),
        ("court-subpoena", "Mother SSN 458-21-7736, cell on file.", "*******7736", "21-7736"),
        ("court-subpoena", "Medicaid #: NY 66120457Q", "********457Q", "NY 6612"),
        ("court-subpoena", "Student ID 215093 was entered.", "[ID_NUMBER]", "215093"),
        ("court-subpoena", "| Name | ID |\n|---|---|\n| Hodan | 213377 |", "[ID_NUMBER]", "213377"),
        ("court-subpoena", "Report made, SWI intake #84102377.", "****2377", "84102377"),
        ("court-subpoena", "Disposition, Cause No. J-25-0147.", "J-25-0147", "[CASE_NUMBER]"),
        ("research-safe-harbor", "SSN 078-05-1120 on file", "[SSN]", "-05-1120"),
        ("social-media", "Medicaid CIN: XY54321Z", "Medicaid CIN: [MEMBER_ID]", "XY54"),
        ("social-media", "Student ID 215093 was entered.", "Student ID [ID_NUMBER]", "[PERSON]"),
        ("consultation", "Father: Wesley Baker, 36, Abilene.", ", 30-39,", ", 36,"),
        ("consultation", "Grandmother (age 92) lives there.", "age 90-99", "92"),
        ("research-safe-harbor", "Grandmother (age 92) lives there.", "age 90+", "92"),
        ("social-media", "Father: Wesley Baker, 36, Abilene.", "[AGE]", "36"),
        ("consultation", "Report made, SWI intake #84102377.", "[REDACTED]", "84102377"),
        ("consultation", "Medicaid ID #: 538217604 (STAR)", "Medicaid ID #: [REDACTED]", "7604"),
        ("research-safe-harbor", "Medicaid ID #: 538217604", "Medicaid ID #: [MEMBER_ID]", "7604"),
        ("court-subpoena", "MRN: CPBH-00731958", "MRN: *********1958", "CPBH"),
        ("court-subpoena", "Policy # WX-55 120 88, renewed", "*******2088", "120 88"),
        ("court-subpoena", "acct 4471-0092 closed", "acct *****0092", "4471"),
        ("court-subpoena", "TX DL# 04418832", "DL# ****8832", "0441"),
        ("provider-referral", "SSN: 458-21-7736", "*******7736", "458-21"),
    ],
)
def test_the_policy_action_is_applied_to_the_whole_value(
    redactor_for: Callable[[str], Redactor], policy: str, text: str, expected: str, gone: str
) -> None:
    out = redactor_for(policy).redact(text).text
    assert expected in out
    assert gone not in out


#: Numbers that carry meaning, not identity: they survive research-safe-harbor as written.
MUST_SURVIVE: list[tuple[str, str]] = [
    ("His PHQ-9 score 14/27 today.", "14/27"),
    ("Vitals: BP 120/80, pulse 72.", "120/80"),
    ("He forgets 3/4 of the time.", "3/4 of the time"),
    ("She needs 24/7 supervision.", "24/7"),
    ("A 50/50 custody split was agreed.", "50/50"),
    ("Anxiety rated 7/10 at intake.", "7/10"),
    ("The 504 plan was reviewed with the team.", "504 plan"),
    ("Group #3 met after school.", "#3"),
    ("Takes methylphenidate ER 36 mg daily.", "36 mg"),
]


@pytest.mark.parametrize(("text", "value"), MUST_SURVIVE)
def test_must_survive_under_safe_harbor(
    redactor_for: Callable[[str], Redactor], text: str, value: str
) -> None:
    assert value in redactor_for("research-safe-harbor").redact(text).text


# Consultation is left out: NER reads its generalised "May and March 2024" as one date again.
@pytest.mark.parametrize("policy", ["research-safe-harbor", "court-subpoena", "social-media"])
def test_redacting_twice_changes_nothing(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = (
        "Mother SSN 458-21-7736; Medicaid #: NY 66120457Q; Student ID 215093; intake "
        "#84102377; MRN\n00482913; Policy # WX-55 120 88. Father: Wesley Baker, 36, Abilene. "
        "Grandma (age 92). DOB 11-02-1931. Seen 5/28 and 2024-03-15T14:30:00+02:00."
    )
    redactor = redactor_for(policy)
    once = redactor.redact(text).text
    assert redactor.redact(once).text == once
