"""A name made of a handle the record lists as the subject's: "discord _moonpie_" in the
header of her messages, then "ok moonpie" in one of them.

A message export or a worker's transcript heads the thread with whose it is and her handles:
"youth: tavi — IG @tavi.runs, discord _moonpie_". Friends then call her by the handle's word
("ok moonpie. ill pick u up"), which the release's first pass finds as a person. Under a
policy that keeps her, that word is her name as the record itself declares it.

Only handles on a line that names her first and no one else before them, and only a handle
that is one word of letters once its decoration is off ("_moonpie_", "@moonpie22"): a handle
of two words ("tavi.runs") gives no single name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from redact.detect.subject import SUBJECT_GROUP
from redact.entities import NAME_TYPES
from redact.findings import Finding

#: A handle's word shorter than this names no one surely ("bug", "mo").
MIN_HANDLE_WORD = 4
_DECOR = regex.compile(r"^[@_.]+|[_.]+$|\d+$")
_LETTERS = regex.compile(r"\p{L}+")
_HANDLE_SHAPED = regex.compile(r"[@._\d]")


def _handle_word(handle: str) -> str | None:
    """The one word of letters a handle is made of, lower case, or None."""
    core = handle
    for _ in range(3):  # "@_moonpie_22": the at sign, the underscores, the digits
        core = _DECOR.sub("", core)
    if len(core) >= MIN_HANDLE_WORD and _LETTERS.fullmatch(core):
        return core.casefold()
    return None


def _declared_words(text: str, findings: Sequence[Finding]) -> set[str]:
    """Words of the handles listed after her name on a line that names her first."""
    lines: dict[int, list[Finding]] = {}
    for finding in findings:
        lines.setdefault(text.rfind("\n", 0, finding.start) + 1, []).append(finding)
    words: set[str] = set()
    for on_line in lines.values():
        handles = [f for f in on_line if f.entity_type == "SOCIAL_HANDLE"]
        names = sorted(
            (
                f
                for f in on_line
                if f.entity_type in NAME_TYPES
                and not _HANDLE_SHAPED.search(text, f.start, f.end)
                and not any(h.overlaps(f) for h in handles)
            ),
            key=lambda f: f.start,
        )  # a user name read as a person ("juni.moth" of "@juni.moth") is a handle, no one
        if not names or not names[0].is_subject:
            continue
        others = [n.start for n in names if not n.is_subject]
        stop = min(others) if others else len(text)
        for handle in on_line:
            if handle.entity_type == "SOCIAL_HANDLE" and names[0].end <= handle.start < stop:
                word = _handle_word(text[handle.start : handle.end])
                if word is not None:
                    words.add(word)
    return words


def mark_subject_handle_names(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """Name findings that are the word of a handle the text lists as hers, marked hers."""
    if not any(f.entity_type == "SOCIAL_HANDLE" for f in findings):
        return list(findings)
    words = _declared_words(text, findings)
    if not words:
        return list(findings)
    return [
        replace(f, group=SUBJECT_GROUP, is_subject=True)
        if f.entity_type in NAME_TYPES
        and not f.is_subject
        and text[f.start : f.end].casefold() in words
        else f
        for f in findings
    ]
