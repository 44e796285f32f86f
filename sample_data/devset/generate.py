"""Build the case files and the span-labelled development set from the marked sources.

    PYTHONPATH=. python sample_data/devset/generate.py          # from the project root

Reads `sample_data/devset/sources/` (texts written with `[[surface|CODE]]` markers, see
`markup.py`) and writes, byte-reproducibly (no clock, no randomness):

- `sample_data/casefiles/<case>/request/...`: each records request as a records office hands
  it over (notes as .txt/.md, a .docx with header, footer, table, comment and properties, a
  CSV export or an .xlsx export with several sheets, a hidden sheet, cell comments and
  document properties), and `expect.json`: per purpose, the strings that must not reach the
  recipient (`absent`) and those that must survive (`present`), derived from the markers and the
  built-in policies' rules;
- `sample_data/devset/devset.jsonl`: one document a line (`id`, `text`, `spans`, `subject`),
  every case-file document plus the short standalone ones in `sources/short/`.

An `absent` string is only required when a perfect redaction under that purpose would not
show it anyway (its text is looked for in a simulated perfect output, where every span the
purpose removes is blanked): a third party sharing the subject's surname cannot be asked to
lose the surname under a purpose that keeps the subject.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(HERE), str(ROOT)]

from docx import Document  # noqa: E402
from docx.shared import Pt  # noqa: E402
from markup import Mark, parse  # noqa: E402

from redact.detect.particles import PARTICLES  # noqa: E402
from redact.entities import NAME_TYPES  # noqa: E402
from redact.evaluate.promise import keeps_ages, released_as_written  # noqa: E402
from redact.findings import Action  # noqa: E402
from redact.policy.loader import load_policy  # noqa: E402
from redact.policy.model import Policy  # noqa: E402

SOURCES = HERE / "sources"
CASEFILES = ROOT / "sample_data" / "casefiles"
PURPOSES = ("court-subpoena", "research-safe-harbor", "consultation", "social-media")
#: Purposes a case file may add in its case.json `runs` (a request a client or a provider makes).
OPTIONAL_PURPOSES = ("client-request", "provider-referral", "mandated-report")
FIXED_TIME = (2026, 1, 1, 0, 0, 0)
TITLES = {"Dr", "Mr", "Mrs", "Ms", "Miss", "Judge", "Hon", "Officer", "Det", "Sgt", "Atty", "Rev"}
CSV_FIELDS = ("note_id", "client_id", "note_date", "note_type", "author", "text")


@dataclass
class Doc:
    """One released document: its id, plain text and marks, and whether a scoped run sends it."""

    id: str
    text: str
    marks: list[Mark]
    subject: list[str]
    in_scope: bool = True
    source: str = ""
    #: A part the tool drops (an .xlsx's comments and properties): what it names must not
    #: reach the recipient, but its meanings need not survive.
    dropped_part: bool = False


@dataclass
class Case:
    """A case file being built: its metadata and its documents (file names count too)."""

    name: str
    meta: dict[str, Any]
    docs: list[Doc] = field(default_factory=list)


# ---------------------------------------------------------------- .docx


def _fixed_zip(data: bytes) -> bytes:
    """The same zip with every entry and comment stamped FIXED_TIME, not the clock."""
    return _restamped(data, "word/comments.xml", _COMMENT_DATE, rb'w:date="2026-01-01T00:00:00Z"')


_COMMENT_DATE = re.compile(rb'w:date="[^"]*"')  # python-docx dates comments by the clock


def _restamped(data: bytes, member: str, clock: re.Pattern[bytes], fixed: bytes) -> bytes:
    """The same zip with every entry stamped FIXED_TIME and the clock's times inside
    `member` replaced by `fixed`: the writers date what they write by the clock."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            body = src.read(item.filename)
            if item.filename == member:
                body = clock.sub(fixed, body)
            dst.writestr(info, body)
    return out.getvalue()


def build_docx(spec: dict[str, Any], path: Path) -> tuple[str, list[Mark]]:
    """Write the .docx a spec describes; return its readable text (all parts) and marks."""
    import datetime

    chunks: list[str] = []

    def plain(marked: str) -> str:
        chunks.append(marked)
        return parse(marked)[0]

    document = Document()
    document.styles["Normal"].font.size = Pt(10)
    section = document.sections[0]
    for line in spec.get("header", []):
        section.header.add_paragraph(plain(line))
    paragraphs = []
    for block in spec["body"]:
        if isinstance(block, str):
            paragraphs.append(document.add_paragraph(plain(block)))
        elif "heading" in block:
            paragraphs.append(document.add_heading(plain(block["heading"]), block.get("level", 1)))
        elif "tracked" in block:
            paragraphs.append(_tracked_paragraph(document, block["tracked"], chunks))
        else:
            rows = block["table"]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = parse(cell)[0]
                chunks.append("\t".join(row))
            paragraphs.append(None)
    for line in spec.get("footer", []):
        section.footer.add_paragraph(plain(line))
    for note in spec.get("comments", []):
        anchor = paragraphs[note["para"]]
        assert anchor is not None and anchor.runs, "a comment needs a paragraph with text"
        document.add_comment(
            anchor.runs,
            text=plain(note["text"]),
            author=plain(note["author"]),
            initials=plain(note["initials"]),
        )
    core = document.core_properties
    for name, value in spec.get("properties", {}).items():
        setattr(core, name, plain(value))
    core.created = core.modified = datetime.datetime(2026, 1, 1)
    core.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(_fixed_zip(buffer.getvalue()))
    return parse("\n".join(chunks) + "\n")


def _tracked_paragraph(document: Any, segments: list[Any], chunks: list[str]) -> Any:
    """A paragraph with tracked changes: a segment is plain marked text, or {"ins": text,
    "author": name} or {"del": text, "author": name}. A reader with changes shown sees all
    of it, so the whole paragraph (deleted text too) and each author are in the text."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = document.add_paragraph()
    whole: list[str] = []
    for number, segment in enumerate(segments):
        if isinstance(segment, str):
            paragraph.add_run(parse(segment)[0])
            whole.append(segment)
            continue
        kind = "ins" if "ins" in segment else "del"
        marked = segment[kind]
        change = OxmlElement(f"w:{kind}")
        change.set(qn("w:id"), str(900 + number))
        change.set(qn("w:author"), parse(segment["author"])[0])
        change.set(qn("w:date"), "2026-01-01T00:00:00Z")
        run = OxmlElement("w:r")
        text = OxmlElement("w:t" if kind == "ins" else "w:delText")
        text.set(qn("xml:space"), "preserve")
        text.text = parse(marked)[0]
        run.append(text)
        change.append(run)
        paragraph._p.append(change)
        whole.append(marked)
        chunks.append(segment["author"])
    chunks.append("".join(whole))
    return paragraph


# ---------------------------------------------------------------- .xlsx

_CORE_TIME = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _fixed_workbook(data: bytes) -> bytes:
    """The same workbook with fixed entry times and fixed times inside docProps/core.xml
    (openpyxl stamps "modified" at saving)."""
    return _restamped(data, "docProps/core.xml", _CORE_TIME, rb"\g<1>2026-01-01T00:00:00Z\g<2>")


@dataclass
class Sheet:
    """One sheet of a built workbook: its name's text and marks, and its rows (marked cells)."""

    name: str
    name_marks: list[Mark]
    rows: list[list[str]]
    hidden: bool


def build_xlsx(spec: dict[str, Any], path: Path) -> tuple[list[Sheet], str, list[Mark]]:
    """Write the workbook a spec describes: sheets of CSV_FIELDS rows (header first), hidden
    sheets, cell comments and document properties. Returns the sheets (rows still marked,
    for the caller to read as table rows), and the text and marks of what a reader of the
    file sees besides the cells (properties and comments)."""
    import datetime

    from openpyxl import Workbook
    from openpyxl.comments import Comment

    book = Workbook()
    book.remove(book.active)
    sheets: list[Sheet] = []
    for block in spec["sheets"]:
        name, name_marks = parse(block["name"])
        sheet = book.create_sheet(name)
        sheet.append(list(CSV_FIELDS))
        for row in block["rows"]:
            assert len(row) == len(CSV_FIELDS), f"{name}: a row needs {len(CSV_FIELDS)} cells"
            sheet.append([parse(cell)[0] or None for cell in row])
        if block.get("hidden"):
            sheet.sheet_state = "hidden"
        sheets.append(Sheet(name, name_marks, block["rows"], bool(block.get("hidden"))))
    chunks: list[str] = []
    for note in spec.get("comments", []):
        text, author = parse(note["text"])[0], parse(note["author"])[0]
        chunks += [note["author"], note["text"]]
        comment = Comment(text, author)
        comment.width, comment.height = 300, 100  # openpyxl's defaults, written explicitly
        book.worksheets[note["sheet"]][note["cell"]].comment = comment
    properties = book.properties
    for name, value in spec.get("properties", {}).items():
        chunks.append(value)
        setattr(properties, name, parse(value)[0])
    properties.created = properties.modified = datetime.datetime(2026, 1, 1)
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(_fixed_workbook(buffer.getvalue()))
    text, marks = parse("\n".join(chunks) + "\n")
    return sheets, text, marks


# ---------------------------------------------------------------- reading a case


def _table_rows(case: Case, file_name: str, marked: list[list[str]]) -> list[dict[str, str]]:
    """A table's rows (cells marked, in CSV_FIELDS order) as documents of the case; returns
    the plain rows. A row is in scope when it is the subject's and inside the period."""
    subject = case.meta["subject"]
    rows = []
    for cells in marked:
        row = dict(zip(CSV_FIELDS, cells, strict=True))
        text, marks = parse(row["text"])
        author, author_marks = parse(row["author"])
        scoped = _scoped(case.meta, row["client_id"], row["note_date"])
        rows.append({**row, "text": text, "author": author})
        doc_id = f"{case.name}/{file_name}#{row['note_id']}"
        if text:
            case.docs.append(Doc(doc_id, text, marks, subject, scoped, case.name))
        if author_marks:
            case.docs.append(Doc(doc_id + "#author", author, author_marks, subject, scoped))
    return rows


def load_case(folder: Path, out: Path) -> Case:
    """Read a case's sources and write its request folder; return its documents."""
    meta = json.loads((folder / "case.json").read_text(encoding="utf-8"))
    case = Case(folder.name, meta)
    request = out / "request"
    (request / "notes").mkdir(parents=True, exist_ok=True)
    names = meta.get("names", {})
    subject = meta["subject"]
    for source in sorted((folder / "notes").iterdir()):
        marked_name = names.get(source.name, source.name.removesuffix(".json"))
        file_name, name_marks = parse(marked_name)
        doc_id = f"{case.name}/{file_name}"
        if source.name.endswith(".docx.json"):
            spec = json.loads(source.read_text(encoding="utf-8"))
            text, marks = build_docx(spec, request / "notes" / file_name)
        else:
            text, marks = parse(source.read_text(encoding="utf-8"))
            (request / "notes" / file_name).write_text(text, encoding="utf-8")
        case.docs.append(Doc(doc_id, text, marks, subject, source=case.name))
        if name_marks:  # identifiers in a file name reach the recipient too
            case.docs.append(Doc(doc_id + "#name", file_name, name_marks, subject, source=""))
    export = folder / "export.csv"
    if export.exists():
        with export.open(encoding="utf-8", newline="") as handle:
            marked = [[row[f] for f in CSV_FIELDS] for row in csv.DictReader(handle)]
        rows = _table_rows(case, "export.csv", marked)
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        (request / "export.csv").write_text(buffer.getvalue(), encoding="utf-8")
    if (folder / "export.jsonl").exists():
        load_jsonl(case, folder / "export.jsonl", request / "export.jsonl")
    workbook = folder / "export.xlsx.json"
    if workbook.exists():
        spec = json.loads(workbook.read_text(encoding="utf-8"))
        sheets, text, marks = build_xlsx(spec, request / "export.xlsx")
        doc_id = f"{case.name}/export.xlsx"
        for number, sheet in enumerate(sheets, 1):
            _table_rows(case, "export.xlsx", sheet.rows)
            if sheet.name_marks:  # a sheet's name reaches the recipient like a file name
                case.docs.append(Doc(f"{doc_id}#sheet{number}", sheet.name, sheet.name_marks,
                                     subject, source=""))  # fmt: skip
        # comments and properties: the tool drops them, so they are checked, not measured
        case.docs.append(Doc(doc_id + "#parts", text, marks, subject, dropped_part=True))
    return case


def _scoped(meta: dict[str, Any], client: object, date: object) -> bool:
    """True when a table row is the subject's and in the request's period."""
    since, until = meta["period"]
    return client == meta["subject_ref"] and isinstance(date, str) and since <= date <= until


def _plain(value: Any, path: str, found_: list[tuple[str, str, list[Mark]]]) -> Any:
    """A JSON value with its strings' markers stripped; each string's marks go to `found_`
    under its dotted field path (`contact.name`), so nested objects are labelled too."""
    if isinstance(value, str):
        text, marks = parse(value)
        found_.append((path, text, marks))
        return text
    if isinstance(value, dict):
        return {k: _plain(v, f"{path}.{k}" if path else k, found_) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v, f"{path}.{i}", found_) for i, v in enumerate(value)]
    return value


def load_jsonl(case: Case, source: Path, target: Path) -> None:
    """A JSONL export: one record a line, written back without markers, key order kept.

    The `text` field of each record is a development-set document, like a CSV row's text;
    every other string that holds a marker (the staff field, a nested contact's name and
    phone) counts for the case file's expectations only, like a CSV row's author.
    """
    lines = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        strings: list[tuple[str, str, list[Mark]]] = []
        record = _plain(json.loads(line), "", strings)
        scoped = _scoped(case.meta, record.get("client_id"), record.get("note_date"))
        doc_id = f"{case.name}/export.jsonl#{record['note_id']}"
        for path, text, marks in strings:
            if path == "text" and text:
                case.docs.append(Doc(doc_id, text, marks, case.meta["subject"], scoped, case.name))
            elif path != "text" and marks:
                case.docs.append(Doc(f"{doc_id}#{path}", text, marks, case.meta["subject"], scoped))
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    target.write_text("".join(lines), encoding="utf-8")


# ---------------------------------------------------------------- expectations


def must_go(mark: Mark, policy: Policy) -> bool:
    """True when a recipient under the policy must never see this mark.

    A release about one subject (the policy keeps the subject) removes third parties: their
    names, numbers and sensitive facts; the professionals, agencies and places of the record
    stay readable to the court, as in the shared worked example.
    """
    if mark.label == "MEANING":
        return False
    if policy.keep_subject and mark.role != "third_party":
        return False
    if mark.label == "FACT":  # only where the policy withholds third parties' history
        return policy.keep_subject and "third_party_history" in policy.withhold_topics
    if released_as_written(mark.label, mark.text, policy):
        return False  # "October 2025" where dates keep their month
    return policy.rule_for(mark.label).action is not Action.KEEP


def found(needle: str, hay: str) -> bool:
    """The checker's own test: case-insensitive, on word boundaries where the needle has them."""
    pattern = re.escape(needle)
    if needle[:1].isalnum():
        pattern = r"(?<![\w])" + pattern
    if needle[-1:].isalnum():
        pattern += r"(?![\w])"
    return re.search(pattern, hay, re.IGNORECASE) is not None


def blanked(doc: Doc, policy: Policy) -> str:
    """The document as a perfect redaction under `policy` would release it."""
    out, cursor = [], 0
    for mark in sorted(doc.marks, key=lambda m: m.start):
        if must_go(mark, policy) and mark.start >= cursor:
            out += [doc.text[cursor : mark.start], "[X]"]
            cursor = mark.end
    return "".join([*out, doc.text[cursor:]])


def candidates(mark: Mark) -> list[str]:
    """Strings a recipient must not see for one removed mark: itself and its parts."""
    text = mark.text
    # an initial ("K.") or a bare short number ("91") would match too much that is not it
    short = sum(c.isalnum() for c in text) < 2 or (text.isdigit() and len(text) < 4)
    found_ = [] if short else [text]
    if mark.label in NAME_TYPES:
        words = re.findall(r"[^\W\d_][\w'’-]*", text)
        # a surname's particle ("van der" in "van der Meulen") says nothing without the rest
        found_ += [
            w
            for w in words
            if len(w) >= 3 and w.rstrip(".") not in TITLES and w.lower() not in PARTICLES
        ]
    if mark.label == "STREET_ADDRESS" and "," in text:
        found_.append(text.split(",")[0].strip())
    return found_


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[\w'’-]+", text)}


def present_for(mark: Mark, policy: Policy, name: str, subject: list[str]) -> bool:
    """True when the purpose needs this mark to survive (bare numbers are too easy to count)."""
    if mark.text.isdigit():
        return False
    if mark.label == "MEANING":
        if name == "social-media":
            return mark.kind in {"role_word", "word"}
        return mark.kind != "age" or keeps_ages(policy)
    if policy.professionals == "keep" and mark.role == "professional":
        # who wrote and who acted: a professional's full name (issue 18, item 5)
        return mark.label in NAME_TYPES and len(re.findall(r"[^\W\d_]{2,}", mark.text)) >= 2
    if policy.keep_subject:
        if mark.role == "subject" and mark.label in NAME_TYPES and " " in mark.text:
            return _words(mark.text) <= set().union(*map(_words, subject))
        return (  # a court's or the agency's own number, where the policy keeps case numbers
            mark.label == "CASE_NUMBER"
            and mark.role == "organisation"
            and policy.rule_for("CASE_NUMBER").action is Action.KEEP
        )
    return False


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item.lower() not in seen:
            seen.add(item.lower())
            out.append(item)
    return out


def expectations(case: Case) -> dict[str, Any]:
    """expect.json for a case: the request's facts and one run per purpose."""
    meta = case.meta
    runs: dict[str, Any] = {}
    for name in (*PURPOSES, *(p for p in OPTIONAL_PURPOSES if p in meta["runs"])):
        policy = load_policy(name).policy
        settings = dict(meta["runs"][name])
        scoped = settings.get("scope", False)
        released = [d for d in case.docs if d.in_scope or not scoped]
        perfect = "\n".join(blanked(d, policy) for d in released)
        absent: list[str] = []
        present: list[str] = []
        for doc in case.docs:
            dropped = scoped and not doc.in_scope
            for mark in doc.marks:
                if must_go(mark, policy) or (dropped and mark.label not in {"MEANING"}):
                    absent += candidates(mark)
                elif not (dropped or doc.dropped_part) and present_for(
                    mark, policy, name, meta["subject"]
                ):
                    present.append(mark.text)
        absent = [s for s in _unique(absent) if len(s) >= 2 and not found(s, perfect)]
        present = [s for s in _unique(present) if not any(found(s, a) for a in absent)]
        missing = [s for s in present if not found(s, perfect)]
        assert not missing, f"{case.name}/{name}: present strings not in any released text"
        told = " ".join(settings.get(k, "") for k in ("recipient", "authority"))
        echoed = [s for s in absent if found(s, told)]  # the requester wrote these itself
        assert not echoed, f"{case.name}/{name}: recipient or authority holds an absent string"
        runs[name] = {**settings, "absent": absent, "present": present}
    return {
        "about": meta["about"],
        "subject": meta["subject"],
        "subject_ref": meta["subject_ref"],
        "table": {
            "text_column": "text",
            "id_column": "note_id",
            "client_column": "client_id",
            "date_column": "note_date",
        },
        "period": meta["period"],
        "runs": runs,
    }


# ---------------------------------------------------------------- short documents


def load_short(folder: Path) -> list[Doc]:
    """Standalone documents: a `@subject: A; B` first line (may be empty), then the text."""
    docs = []
    for source in sorted(folder.glob("*.txt")):
        head, _, body = source.read_text(encoding="utf-8").partition("\n")
        assert head.startswith("@subject:"), f"{source.name}: first line must be @subject:"
        subject = [s.strip() for s in head.removeprefix("@subject:").split(";") if s.strip()]
        text, marks = parse(body)
        docs.append(Doc(f"short/{source.stem}", text, marks, subject, source="short"))
    return docs


def devset_record(doc: Doc) -> dict[str, Any]:
    """One JSONL line: identifiers and meanings as spans; facts and plain words left out."""
    spans = [m.span() for m in doc.marks if m.label != "FACT" and m.kind != "word"]
    for span in spans:
        assert doc.text[span["start"] : span["end"]] == span["text"]  # type: ignore[misc]
    return {
        "id": doc.id,
        "source": doc.source,
        # the documents of one records request are one release; each short note is its own
        "release": doc.id if doc.source == "short" else doc.source,
        "text": doc.text,
        "subject": doc.subject,
        "spans": spans,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write here instead of sample_data/ (a test)")
    args = parser.parse_args()
    casefiles = args.out / "casefiles" if args.out else CASEFILES
    devset = args.out / "devset" / "devset.jsonl" if args.out else HERE / "devset.jsonl"
    devset.parent.mkdir(parents=True, exist_ok=True)
    records = []
    for folder in sorted(p for p in SOURCES.iterdir() if (p / "case.json").exists()):
        out = casefiles / folder.name
        case = load_case(folder, out)
        expect = expectations(case)
        (out / "expect.json").write_text(
            json.dumps(expect, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        records += [devset_record(d) for d in case.docs if d.source]
    records += [devset_record(d) for d in load_short(SOURCES / "short")]
    with devset.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(records)} documents, {sum(len(r['spans']) for r in records)} spans")


if __name__ == "__main__":
    main()
