"""SocialHandleRecognizer: handles it must catch; e-mails and times it must leave alone."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.social_handle import SocialHandleRecognizer


def _spans(text: str) -> list[str]:
    recognizer = SocialHandleRecognizer()
    results = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    return sorted(text[r.start : r.end] for r in results)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@matthew_chapman : anyone seen this?", "@matthew_chapman"),
        ("Mother messaged her as @tina996.", "@tina996"),
        ("He posts as @7brightside every night.", "@7brightside"),
        ("DMs from @2fast_kay again", "@2fast_kay"),
        # no "@", opening on digits as teens' names do
        ("and 4real_tay screenshotted it", "4real_tay"),
        ("the account 2hot4class_jojo posted the video", "2hot4class_jojo"),
        ("@urmi.bajaj : thanks", "@urmi.bajaj"),
        ("Threats came from u/some_name last week.", "u/some_name"),
        ("see /u/name_2", "/u/name_2"),
        ("Username: JohnResearcher62 | Location", "JohnResearcher62"),
        ("Name: JT_Writes | Location: Pune", "JT_Writes"),
        ("Her snapchat is lil_tay22 per the youth.", "lil_tay22"),
        ("IG: tina996", "tina996"),
        # a game or payment platform's name for the user, after "is" or a colon
        ("He says his PlayStation name is dezzyb_410 and plays nightly.", "dezzyb_410"),
        ("her roblox username is kiki.bloxx09", "kiki.bloxx09"),
        ("Xbox gamer tag: SlimShady_77", "SlimShady_77"),
        ("mom sent it on cash app: nae_nae2019", "nae_nae2019"),
        # right after a platform's name, a handle-shaped token, even one opening on a digit
        # or an underscore; a user name joined by underscores anywhere
        ("IG @juni.moth, discord _junebug_", "_junebug_"),
        ("her discord 4kitcat sent it", "4kitcat"),
        ("old instagram 7ari.velz (deactivated)", "7ari.velz"),
        ("did u see what caleb_was_here posted", "caleb_was_here"),
        # a Cash App cashtag, with or without the app's name
        ("yoli sent $20 to my cashapp $marisolb78 so im ok", "$marisolb78"),
        ("Client asked that the refund go to $TeeJayPays (Cash App).", "$TeeJayPays"),
        ("his $cashtag is $dre_bxx, he wants the gas card money there", "$dre_bxx"),
    ],
)
def test_catches(text: str, expected: str) -> None:
    assert expected in _spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Send it to a@b.com please.",
        "Her e-mail is john.smith@gmail.com.",
        "His xbox account is private and his PlayStation was taken away.",
        "(user@example.org)",
        "Paid $20 cash, $45.50 by card and $1,200 in SSI back pay.",
        "Rent is $USD 900; $SSI and $SNAP amounts noted.",
        "Meet @ 3pm at the office.",
        "Meet @3pm at the office.",
        "Meet @10am at the office.",
        "Meet @7:30 at the office.",
        "Meet @1530h at the office.",
        "Rated 5 @ 4 each, @12 in total.",
        "@",
        "She has 3 children.",
        "Her instagram is private.",
        "Name: John Smith",
        "Mother called at 3:30 pm.",
        "posts on instagram 2x a day, youtube 3min videos",
        "snap 4pm, signal 3rd time",
        "export columns note_id and client_id; utm_source=mail",
        "x_x lol",
    ],
)
def test_leaves_alone(text: str) -> None:
    assert _spans(text) == []


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("Phone (407) 555-6613 · Discord 4amtris", "4amtris"),
        ("his IG tina996 posted the video", "tina996"),
        ("snap lil_tay22 keeps adding her", "lil_tay22"),
    ],
)
def test_a_handle_after_a_platform_name(text: str, handle: str) -> None:
    assert _spans(text) == [handle]


@pytest.mark.parametrize(
    "text", ["on discord at 9pm", "Discord 2 hours a night", "ig 10am", "Steam account banned"]
)
def test_a_platform_before_a_time_or_a_word_is_no_handle(text: str) -> None:
    assert _spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Messages, Larkspur Therapy client portal, user tbelanger, printed 4/4", ["tbelanger"]),
        ("Patient portal account rmcallister was reset by the front desk.", ["rmcallister"]),
        ("EHR login: okwu.adaeze", ["okwu.adaeze"]),
        # the words of a portal's own pages are no one's account
        ("Sent the portal user guide; account setup is pending.", []),
        ("Portal login is broken again, she says.", []),
        # a table's next cell after "account": a person written with a capital, no login
        ("Savings: open a credit union account\tMarisol, caseworker\t1/2/26", []),
    ],
)
def test_an_account_name_on_a_portal_or_login_line(text: str, expected: list[str]) -> None:
    assert _spans(text) == expected
