"""Invisible format characters taken out of a document's text before it is redacted.

A soft hyphen (U+00AD), a zero-width space (U+200B), a word joiner (U+2060), a zero-width
no-break space (U+FEFF) or the Mongolian vowel separator shows nothing on the page (a soft
hyphen at most a hyphen at a line's end), yet splits a word for every reader but a renderer:
"Leo<U+00AD>pold Var<U+00AD>ga" is three fragments to the name recognisers, and the two after
the first went out whole, read by the recipient as the name. Word processors put them there
on their own (optional hyphens, pasted web text). They are removed from the text before it
is redacted, so the released text is the one a person saw, without them. Zero-width
(non-)joiners shape the letters of many scripts, so they go only between Latin letters,
where they change nothing.
"""

from __future__ import annotations

import re

_LATIN = "A-Za-z\u00c0-\u024f"
_INVISIBLE = re.compile(
    f"[\u00ad\u200b\u2060\ufeff\u180e]|(?<=[{_LATIN}])[\u200c\u200d](?=[{_LATIN}])"
)


def visible(text: str) -> str:
    """`text` without invisible format characters inside it (see the module docstring)."""
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


__all__ = ["visible"]
