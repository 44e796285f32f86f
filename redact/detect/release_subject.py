"""A name the release gives to the subject is the subject's, in lower case too.

The release's first pass (`redact.detect.lexicon`) learns that "Rome" is Jerome Whitfield's
nickname from one document ('goes by "Rome"') and finds "rome:" as a message log's speaker
in another. The subject matcher leaves a lower-case common word alone (in prose, "rome" is
more often the city), so that finding stayed a third party's, and a policy that keeps the
subject removed his own name from his own messages. A release-name finding whose owner, as
the release names him, is the subject becomes the subject's.

So does a name finding that is a log-in or user name made of the subject's own name: a portal
export "user dvukovich" for Danielle Vukovich, "d.vukovich84" or "vukovich_d" in an audit
line, "roz.ot" in a school portal (the name she goes by and her double surname's initials).
The release's first pass finds such a user name as someone of the release; whose it is, only
the subject's names say.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from redact.detect.lexicon import SOURCE, ReleaseNames
from redact.detect.names import canonical_name
from redact.detect.subject import SUBJECT_GROUP
from redact.entities import NAME_TYPES
from redact.findings import Finding


def _same_person(owner: str, subject: Sequence[str]) -> bool:
    """Whether the release's full name `owner` (canonical) is one of the subject's names:
    the same words, or the same first and last ("jerome whitfield" of "Jerome A.
    Whitfield")."""
    words = owner.split()
    for name in subject:
        given = canonical_name(name).split()
        if len(given) < 2:
            continue
        if sorted(given) == sorted(words) or (given[0], given[-1]) == (words[0], words[-1]):
            return True
    return False


#: A user name shorter than this is left to its detector: "jlee", "dani" are too many people.
MIN_USER_NAME = 6
#: What a user name adds around the name: a leading "@", digits at its end ("dvukovich84").
_USER_DECOR = re.compile(r"^@|\d+$")
_JOINERS = ("", ".", "_")


#: Joiners between a given name and the initials of a surname: "roz.ot", never "rozot"
#: (run together, that is a given name of its own).
_INITIAL_JOINERS = (".", "_")


def _surname_initials(surname: str) -> str:
    """The first letter of each part of a surname: "dy" for Dufresne-Yang, "v" for Vukovich."""
    return "".join(canonical_name(part)[:1] for part in surname.split("-") if part)


def subject_user_names(subject: Sequence[str]) -> frozenset[str]:
    """The user names systems make of the subject's full names, in lower case: the given
    name or its initial joined to the surname, either way round ("dvukovich",
    "danielle.vukovich", "vukovich_d"), a double surname whole or without its hyphen, and a
    given name, or a one-word name the request gives her ("Roz"), joined by a dot or an
    underscore to the initials of her surname ("roz.ot" for Rosalind Okwuosa-Thiel): a
    school portal or a chat app makes the handle of the name she is called by."""
    found: set[str] = set()
    surnames: set[str] = set()
    givens: set[str] = set()
    for name in subject:
        words = name.split()
        if len(words) == 1 and "," not in name:  # a name she goes by: "Roz"
            givens.add(canonical_name(words[0]).replace(" ", ""))
        if len(words) < 2 or "," in name:  # "Vukovich, Danielle": read in order elsewhere
            continue
        given = canonical_name(words[0]).replace(" ", "")
        last = canonical_name(words[-1]).replace(" ", "")  # "ybarralindqvist"
        givens.add(given)
        surnames.add(words[-1])
        for first in (given, given[:1]):
            for joiner in _JOINERS:
                found.update({f"{first}{joiner}{last}", f"{last}{joiner}{first}"})
    for surname in surnames:
        initials = _surname_initials(surname)
        found.update(
            f"{given}{joiner}{initials}"
            for given in givens
            if given and initials
            for joiner in _INITIAL_JOINERS
        )
    return frozenset(form for form in found if len(form) >= MIN_USER_NAME)


def _user_name_of(written: str, forms: Iterable[str]) -> bool:
    """Whether `written` is one of the user names `forms`, once its decoration is off."""
    return _USER_DECOR.sub("", written.casefold()) in forms


def _login_of_hers(finding: Finding, written: str, users: Iterable[str]) -> bool:
    """A log-in name read as a social-media handle ("client portal, user dvukovich") that is
    made of her own name: her name, kept with her. A handle written with its "@" is a
    profile the world can search, and follows its rule."""
    return (
        finding.entity_type == "SOCIAL_HANDLE"
        and not written.startswith("@")
        and _user_name_of(written, users)
    )


def mark_release_subject(
    text: str, findings: Sequence[Finding], names: ReleaseNames, subject: Sequence[str]
) -> list[Finding]:
    """Release-name findings that name the subject, and her user names, marked as hers."""
    if not subject:
        return list(findings)
    users = subject_user_names(subject)
    marked = []
    for finding in findings:
        written = text[finding.start : finding.end]
        if _login_of_hers(finding, written, users):  # "portal, user dvukovich"
            finding = replace(finding, entity_type="PERSON", group=SUBJECT_GROUP, is_subject=True)
        elif finding.entity_type in NAME_TYPES and not finding.is_subject:
            owner = None
            if finding.source == SOURCE:
                owner = names.canonical_of(canonical_name(written))
            hers = owner is not None and _same_person(owner, subject)
            if hers or _user_name_of(written, users):
                finding = replace(finding, group=SUBJECT_GROUP, is_subject=True)
        marked.append(finding)
    return marked
