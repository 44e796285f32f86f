"""A bare code written in the same shape as a labelled number: the same kind of number.

A chart labels the first of a list and writes the rest bare: "Mother MRN PV-20488173;
infants PV-20511402, PV-20511419". The bare codes are found by their shape
(`redact.detect.code_tokens`) as CASE_NUMBER, which a court's copy keeps as its own docket;
but a code of the very shape of a labelled medical record number in the same document is a
medical record number too, and goes where an MRN goes. The shape is the code with each
letter read as "A" and each digit as "9" ("PV-20488173" is "AA-99999999"); a shape of
fewer than six digits says too little to carry a type over.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from redact.detect.code_tokens import SOURCE as CODE_SOURCE
from redact.detect.labelled import Labelled
from redact.findings import Finding

#: Fewer digits than this in a shape, and a shared shape is no evidence of a shared kind.
MIN_SHAPE_DIGITS = 6
#: The type a bare code already has, which a labelled shape may replace.
_BARE_TYPE = "CASE_NUMBER"


def shape_of(token: str) -> str:
    """A token's shape: letters as "A", digits as "9", anything else as written."""
    return "".join("A" if ch.isalpha() else "9" if ch.isdigit() else ch for ch in token)


def typed_like_labelled(
    text: str, codes: Sequence[Finding], labelled: Sequence[Labelled]
) -> list[Finding]:
    """`codes` (bare-code findings), each retyped to the type of a labelled value of its
    shape in `text` when there is one; the others as they were."""
    types: dict[str, str] = {}
    for value in labelled:
        if not value.entity_type or value.entity_type == _BARE_TYPE:
            continue
        shape = shape_of(text[value.start : value.end])
        if shape.count("9") >= MIN_SHAPE_DIGITS:
            types.setdefault(shape, value.entity_type)
    if not types:
        return list(codes)
    out: list[Finding] = []
    for code in codes:
        kind = types.get(shape_of(text[code.start : code.end]))
        if code.source == CODE_SOURCE and code.entity_type == _BARE_TYPE and kind:
            code = replace(code, entity_type=kind)
        out.append(code)
    return out
