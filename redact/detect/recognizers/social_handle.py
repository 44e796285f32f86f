"""Social-media handles and usernames.

Workers record where a client or a relative posts ("mother messaged her on IG as
@tina996", "threats from u/some_name"). A handle is a direct identifier: searching it finds
the person's profile, photos and friends. spaCy's NER does not see "@tina996" as a name.

The span includes the "@" or "u/": the whole handle is replaced, so no fragment that could be
searched for is left. An "@" inside an e-mail address ("a@b.com") is not a handle: the
look-behind refuses an "@" that follows a letter, digit, dot, plus or dash. A username after
a label ("username: JT_Writes", "snapchat is lil_tay22") is taken too; after "is" the token
must look like a handle (an underscore, a dot or a digit), so "her instagram is private" is
left alone. Right after a platform's name, a token shaped like a handle (an underscore,
a digit or an inner dot) is one too ("discord _junebug_", "snap ari.vt07"), and anywhere, a
user name joined by underscores ("caleb_was_here posted it", or opening on digits as teens'
names do: "2cool4school_bri reposted it"), not a data field's name ("client_id") nor a query
string's ("utm_source=").
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from redact.detect.recognizers.cued import CuedPattern, CuedPatternRecognizer, LeanPattern
from redact.detect.wordlists import zipf

#: A lower-case word English uses this often is a word, not a username ("user guide").
COMMON_ZIPF = 3.0
#: Handle characters: letters, digits, underscore, and inner dots ("@urmi.bajaj").
_HANDLE_BODY = r"[A-Za-z0-9_](?:[A-Za-z0-9_]|\.(?=[A-Za-z0-9_])){0,29}"
#: Labels that introduce a username on a profile or in a note.
_LABEL = (
    r"(?:user\s*name|user|username|handle|screen\s*name|gamer\s*tag|display\s*name"
    r"|instagram|insta|ig|twitter|tiktok|snapchat|snap|facebook|fb|discord|reddit|telegram"
    r"|kik|twitch|threads|bluesky|youtube|whatsapp|signal|venmo|cash\s*app|zelle"
    r"|playstation|psn|xbox(?:\s*live)?|steam|roblox|fortnite|minecraft|nintendo|epic"
    r"|grindr|tinder|bumble|hinge|onlyfans|pinterest|linkedin|spotify|soundcloud)"
    # "his PlayStation name", "her roblox username", "the xbox tag", "IG account"
    r"(?:\s+(?:user\s*name|name|handle|tag|id|account|acct|profile))?"
)

#: Platforms whose name before a handle says what it is ("Discord 4amtris").
_PLATFORM = (
    r"(?i:instagram|insta|ig|twitter|tiktok|snapchat|snap|discord|reddit|telegram|kik"
    r"|twitch|roblox|xbox|psn|steam|venmo|cash\s*app|threads|bluesky)"
)

#: "@3pm", "@10am", "@7p" are times; a handle may still start with a digit ("@7brightside").
_NOT_A_TIME = r"(?!\d{1,2}(?:[:.]?\d\d)?(?:[ap]\.?m?\.?|h|hrs?)?(?![\w@]))"


class SocialHandleRecognizer(CuedPatternRecognizer):
    """Find social-media handles (entity SOCIAL_HANDLE).

    - "@handle" not inside an e-mail address, with a letter or underscore, and not a time
      ("@7brightside" is a handle, "@3pm" a time): 0.6;
    - Reddit-style "u/name" and "/u/name" (3-20 characters): 0.7;
    - a Cash App cashtag ("$marisolb78"), a "$" before a letter: 0.6;
    - a labelled username ("username: JT_Writes", "Name: JohnResearcher62" on a profile,
      "her snapchat is lil_tay22"): 0.6.
    """

    ENTITY: ClassVar[str] = "SOCIAL_HANDLE"

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        LeanPattern(
            "at-handle",
            rf"(?<![\w.@+\-/])@{_NOT_A_TIME}(?=\d*[A-Za-z_]){_HANDLE_BODY}"
            r"(?![\w@]|\.[A-Za-z0-9_])",
            0.6,
        ),
        LeanPattern(
            # a Cash App "$cashtag" ("sent $20 to my cashapp $marisolb78", "$TeeJayPays"):
            # a "$" before letters is never money in a record; currency codes and
            # programme words in capitals ("$USD", "$SSI") are left alone
            "cashtag",
            r"(?<![\w$])\$(?![A-Z]{1,5}(?![\w$]))(?=[A-Za-z0-9_]*[A-Za-z])[A-Za-z][A-Za-z0-9_]{2,19}"
            r"(?![\w$]|\.\w)",
            0.6,
        ),
        LeanPattern(
            "reddit user",
            r"(?<![\w/])/?u/[A-Za-z0-9_\-]{3,20}(?![\w\-/])",
            0.7,
        ),
        CuedPattern(
            "labelled username",
            rf"(?<=\b{_LABEL}\s*[:=]\s*)@?(?=[A-Za-z_]){_HANDLE_BODY}(?![\w@])",
            0.6,
            cue=rf"\b{_LABEL}",
        ),
        CuedPattern(
            "handle-shaped username right after a platform",
            rf"(?<=\b{_LABEL}[ \t]+)(?=[\w.]*(?:_|\d|\.\w))(?=[\d_]*[A-Za-z]){_NOT_A_TIME}"
            r"(?!\d+[a-z]{1,4}\b(?!\.\w))[A-Za-z0-9_](?:[A-Za-z0-9_]|\.(?=[A-Za-z0-9_])){3,29}"
            r"(?![\w@]|\.[A-Za-z0-9_])",
            0.55,
            cue=rf"\b{_LABEL}",
        ),
        LeanPattern(
            "user name joined by underscores",
            r"(?<![\w@./\\?&=#+-])(?=[\w]*[a-z])(?=\w{5})"
            r"(?:_?\d{0,4}[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+_?|_[A-Za-z0-9]+_)"
            r"(?<!_(?i:id|ip|no|num|name|date|type|code|key))(?![\w@/\\=-]|\.\w)",
            0.5,
        ),
        CuedPattern(
            # "Discord 4amtris", "IG tina996", "snap lil_tay22": a platform, a space and a
            # token shaped as a handle (a digit, an underscore or an inner dot), not a time
            "handle after a platform name",
            rf"(?<=\b{_PLATFORM}[ \t]+)@?{_NOT_A_TIME}(?=\d*[A-Za-z_])"
            rf"(?=[\w.]*(?:_|\d|\.\w))(?=[\w.]*[A-Za-z]{{3}}){_HANDLE_BODY}(?![\w@])",
            0.5,
            cue=rf"\b{_PLATFORM}",
        ),
        CuedPattern(
            # "client portal, user dvukovich", "EHR login: mtorres2", "patient portal account
            # jpkessler": an account's name on the line of a portal or a login, however
            # plain (a portal's names are the person's own: an initial and a surname)
            "account name on a portal or login line",
            r"(?<=\b(?i:portal|login|log-in|sign-in|account)\b(?:[^\n]{0,40}?"
            r"\b(?i:user(?:[ \t]*(?:name|id))?|username|login|account|acct))?[ \t]*[:=#]?[ \t]*)"
            r"(?!(?i:name|id|account|login|portal|is|was|the|and|or|to|for)\b)"
            # lower case first ("credit union account\tJuni, case manager" is a table's
            # next cell: a person, not an account)
            r"@?(?-i:[a-z])[a-z0-9._-]{3,29}(?<![._-])(?![\w@])",
            0.55,
            cue=r"\b(?i:portal|login|log-in|sign-in|account)\b",
        ),
        CuedPattern(
            "username after 'is' or a profile name field",
            rf"(?<=\b(?:{_LABEL}\s+(?:is|was)|name\s*:)\s*)@?"
            rf"(?=[A-Za-z_])(?=[\w.]*(?:_|\d|\.\w))(?!\d)"
            rf"{_HANDLE_BODY}(?![\w@])",
            0.5,
            cue=rf"\b(?:{_LABEL}|name)",
        ),
    )

    def invalidate_result(self, pattern_text: str) -> bool:
        """A common English word in lower case is no one's account: "the portal user guide"."""
        return (
            pattern_text.isalpha() and pattern_text.islower() and zipf(pattern_text) >= COMMON_ZIPF
        )

    CONTEXT: ClassVar[tuple[str, ...]] = (
        "handle",
        "username",
        "instagram",
        "twitter",
        "tiktok",
        "snapchat",
        "facebook",
        "reddit",
        "dm",
        "posted",
        "followed",
        "account",
    )
