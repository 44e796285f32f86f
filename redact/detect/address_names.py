"""Words of a street address are not names: "77 Dorchester St.", "Duluth MN 55803".

NER reads a street named for a person ("Polk St", "Dorchester St.") and a town ("Duluth",
"Boise 83704") as a person now and then. Where the policy removes addresses it does not
matter: the address goes whole. Where it keeps them (a mandated report, the next provider,
who must find the client), a person's name inside the address goes and takes the street or
the town with it, since a redaction wins over a keep. A name finding wholly inside an
address that opens with its house number is dropped: nothing of a person's name stands
between the number and the ZIP code. The subject's own mentions are left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from redact.entities import NAME_TYPES
from redact.findings import Finding

ADDRESS_TYPE = "STREET_ADDRESS"


def names_out_of_addresses(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """`findings` without the name findings that lie inside a house-numbered address."""
    addresses = [
        (f.start, f.end)
        for f in findings
        if f.entity_type == ADDRESS_TYPE and text[f.start : f.start + 1].isdigit()
    ]
    if not addresses:
        return list(findings)
    return [
        f
        for f in findings
        if f.entity_type not in NAME_TYPES
        or f.is_subject
        or not any(start <= f.start and f.end <= end for start, end in addresses)
    ]
