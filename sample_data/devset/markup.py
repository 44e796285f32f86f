"""The marker language the development set is written in, and its parser.

A source text carries every annotation inline, as `[[surface text|CODE]]`, so no offset is
ever typed by hand: the parser strips the markers and computes each span's offsets in the
plain text, then checks that every span's text is what was marked.

CODE is `LABEL` or `LABEL.role`:

- an identifier label (short codes below, mapped to `redact.entities` types), with a role:
  `s` the subject; a third party `rel` (relative), `child`, `oc` (other client), `gm` (group
  member), `rep` (reporter), `nb` (neighbour), `tp` (any other private person); `pro` a
  professional; `place`; `org` an organisation; a place that is the recipient's or the
  agency's own, not the client's: `court` (the court's own county or town: a caption's
  "COURT OF LORAIN COUNTY", the court's address, "Pueblo County Court") and `agency` (the
  town in the agency's own letterhead address), both role `place` with that sub-role;
- `M.kind`, a meaning that must survive: `dx`, `icd`, `med`, `prog`, `cred`, `rw` (role
  word), `age`, `code` (a CPT procedure or provider taxonomy code); and `M.word`, an
  ordinary word a case file's social-media run checks for (not a development-set span);
- `F.role`, a third party's sensitive fact (a case file's court-subpoena run checks it is
  absent; not a development-set span, since it is a passage, not an identifier).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LABELS = {
    "P": "PERSON",
    "D": "DATE_TIME",
    "DOB": "DATE_OF_BIRTH",
    "AGE": "AGE",
    "PH": "PHONE_NUMBER",
    "E": "EMAIL_ADDRESS",
    "U": "URL",
    "SSN": "US_SSN",
    "MI": "MEMBER_ID",
    "C": "CASE_NUMBER",
    "MRN": "MEDICAL_RECORD_NUMBER",
    "A": "STREET_ADDRESS",
    "Z": "ZIP_CODE",
    "L": "LOCATION",
    "H": "SOCIAL_HANDLE",
    "SCH": "SCHOOL",
    "HF": "HEALTHCARE_FACILITY",
    "AG": "AGENCY",
    "EMP": "EMPLOYER",
    "ORG": "ORGANIZATION",
    "DL": "US_DRIVER_LICENSE",
    "VP": "VEHICLE_PLATE",
    "ML": "MEDICAL_LICENSE",
    "BANK": "US_BANK_NUMBER",
    "ID": "ID_NUMBER",  # any other number that points at one person or thing (a VIN, a parcel)
    "RPT": "REPORT_NUMBER",  # a hotline, police or incident report's number
}

THIRD_PARTY = {
    "rel": "relative",
    "child": "child",
    "oc": "other_client",
    "gm": "group_member",
    "rep": "reporter",
    "nb": "neighbour",
    "tp": "other",
}
ROLES = {"s": "subject", "pro": "professional", "place": "place", "org": "organisation"}
#: A place that belongs to the court or the agency itself (role `place`, this sub-role).
OWN_PLACES = {"court": "court", "agency": "agency"}

#: A label's role when the marker gives none.
DEFAULT_ROLE = {
    "LOCATION": "place",
    "AGENCY": "organisation",
    "HEALTHCARE_FACILITY": "organisation",
    "SCHOOL": "organisation",
    "EMPLOYER": "organisation",
    "ORGANIZATION": "organisation",
}

MEANING_KINDS = {
    "dx": "diagnosis",
    "icd": "icd10",
    "med": "medication",
    "prog": "programme",
    "cred": "credential",
    "rw": "role_word",
    "age": "age",
    "code": "billing_code",  # a procedure (CPT) or provider taxonomy code: what was done, by whom
    "word": "word",
}

MARKER = re.compile(r"\[\[([^\[\]|]+)\|([A-Z]+)(?:\.([a-z]+))?\]\]")


@dataclass(frozen=True)
class Mark:
    """One marked piece of a text: offsets into the plain text, and what it is."""

    start: int
    end: int
    text: str
    label: str  # an entity type, "MEANING" or "FACT"
    role: str = ""  # subject, third_party, professional, place, organisation ("" for meaning)
    sub_role: str = ""  # for third parties: relative, child, ...
    kind: str = ""  # for meaning: diagnosis, icd10, ...

    def span(self) -> dict[str, object]:
        """The development-set span (offsets, label, role or kind)."""
        out: dict[str, object] = {"start": self.start, "end": self.end, "label": self.label}
        if self.label == "MEANING":
            out["kind"] = self.kind
        else:
            out["role"] = self.role
            if self.sub_role:
                out["sub_role"] = self.sub_role
        out["text"] = self.text
        return out


def _role(code: str, role: str | None, label: str) -> tuple[str, str]:
    if role is None:
        return DEFAULT_ROLE.get(label, "subject"), ""
    if role in ROLES:
        return ROLES[role], ""
    if role in THIRD_PARTY:
        return "third_party", THIRD_PARTY[role]
    if role in OWN_PLACES and label == "LOCATION":
        return "place", OWN_PLACES[role]
    raise ValueError(f"unknown role {role!r} in marker code {code}")


def parse(source: str) -> tuple[str, list[Mark]]:
    """Plain text and its marks, in order; raises on an unknown code or a bad span."""
    pieces: list[str] = []
    marks: list[Mark] = []
    cursor = length = 0
    for match in MARKER.finditer(source):
        before = source[cursor : match.start()]
        pieces.append(before)
        length += len(before)
        surface, code, role = match.group(1), match.group(2), match.group(3)
        start, end = length, length + len(surface)
        if code == "M":
            if role not in MEANING_KINDS:
                raise ValueError(f"unknown meaning kind {role!r}")
            marks.append(Mark(start, end, surface, "MEANING", kind=MEANING_KINDS[role]))
        elif code == "F":
            who, sub = _role(code, role, "FACT")
            marks.append(Mark(start, end, surface, "FACT", who, sub))
        elif code in LABELS:
            label = LABELS[code]
            who, sub = _role(code, role, label)
            marks.append(Mark(start, end, surface, label, who, sub))
        else:
            raise ValueError(f"unknown marker code {code!r}")
        pieces.append(surface)
        length = end
        cursor = match.end()
    pieces.append(source[cursor:])
    text = "".join(pieces)
    if "[[" in text or "]]" in text:
        raise ValueError("a marker was left unparsed: " + text[text.find("[[") :][:60])
    for mark in marks:
        if text[mark.start : mark.end] != mark.text or mark.text != mark.text.strip():
            raise ValueError(f"span text mismatch at {mark.start}")
    return text, marks
