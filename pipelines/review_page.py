"""The review page: what the release holds, what to check, every change, and corrections.

At the top, the release in numbers (documents by status, counts by type, failures,
warnings), then a "check these" list of what may have survived (`pipelines.review_checks`),
then each document with every change marked (what was there on hover or focus), kept
findings underlined and places to check outlined; a PDF's changes are listed by page.
The reviewer moves between findings with the keyboard, marks changes to keep or text to
redact, and downloads the corrections file for the next run (`--corrections`).

It holds identifiers, so it is written owner-only, named so that nobody mistakes it for the
release, carries a banner saying so, and is never listed as an output in the release log or
the manifest. It is a single self-contained file: inline style and script, nothing fetched.
"""

from __future__ import annotations

import bisect
import html
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.records import OUT_OF_SCOPE, ReviewDoc
from pipelines.review_assets import SCRIPT, STYLE
from pipelines.review_checks import AFTER_LABEL, ELSEWHERE, IDENTIFIER, Flag, find_flags
from pipelines.review_material import ReleaseOverview
from redact.corrections import NO_CORRECTIONS, Corrections
from redact.documents.atomic import atomic_text
from redact.entities import ENTITY_TYPES

REVIEW_NAME = "review.NOT-FOR-RELEASE.html"
_ESC = html.escape

KEYS_HELP = (
    "<kbd>j</kbd>/<kbd>k</kbd> next/previous finding · <kbd>n</kbd>/<kbd>p</kbd> next/previous "
    "place to check · <kbd>Enter</kbd> or a click on a change: keep it (everywhere) · select "
    "text, then <kbd>r</kbd> or <em>Redact selection</em>: redact it everywhere · <kbd>d</kbd> "
    "download the corrections file"
)


@dataclass(frozen=True)
class PageContext:
    """What the page says beyond the documents: the release overview and its corrections."""

    overview: ReleaseOverview = field(default_factory=ReleaseOverview)
    warnings: tuple[str, ...] = ()
    corrections: Corrections = NO_CORRECTIONS


def _term_type(flag: Flag) -> str:
    return "ID_NUMBER" if flag.reason in (IDENTIFIER, AFTER_LABEL) else "PERSON"


def _reason(flag: Flag, doc_id: str) -> str:
    if flag.reason == ELSEWHERE:
        where = "in this document" if flag.removed_in == doc_id else f"in {flag.removed_in}"
        return f"removed elsewhere ({_ESC(where)}), kept here"
    return _ESC(flag.reason)


class _Writer:
    """Renders documents with numbered changes (`f1`...) and places to check (`c1`...)."""

    def __init__(
        self, docs: Sequence[ReviewDoc], flags: Sequence[Flag], said: Sequence[str] = ()
    ) -> None:
        self.docs = docs
        #: Warnings already said at the top (the policy's), not repeated per document.
        self.said = frozenset(said)
        self.flags: dict[tuple[int, int], list[tuple[int, Flag]]] = {}
        for number, flag in enumerate(flags, 1):
            self.flags.setdefault((flag.doc, flag.segment), []).append((number, flag))
        self.changes = 0

    def kept_text(self, index: int, position: int, text: str) -> str:
        out, cursor = [], 0
        for number, flag in self.flags.get((index, position), []):
            out.append(_ESC(text[cursor : flag.start]))
            out.append(
                f'<span class="chk nav" id="c{number}" tabindex="0" '
                f'title="{_ESC(flag.reason)}">{_ESC(text[flag.start : flag.end])}</span>'
            )
            cursor = flag.end
        out.append(_ESC(text[cursor:]))
        return "".join(out)

    def document(self, index: int) -> str:
        doc = self.docs[index]
        parts: list[str] = []
        by_page: dict[int, list[str]] = {}
        offset = 0
        for position, segment in enumerate(doc.segments):
            if segment.replacement is None and segment.entity_type:
                parts.append(
                    f'<span class="kept" title="{_ESC(segment.entity_type)} found, kept by the '
                    f'policy">{_ESC(segment.original)}</span>'
                )
            elif segment.replacement is None:
                parts.append(self.kept_text(index, position, segment.original))
            else:
                self.changes += 1
                was = _ESC(segment.original, quote=True)
                kind = _ESC(segment.entity_type or "")
                parts.append(
                    f'<mark class="chg nav" id="f{self.changes}" tabindex="0" role="button" '
                    f'aria-pressed="false" data-type="{kind}" data-was="{was}" '
                    f'title="{kind} — was: {was} (click to keep)">'
                    f"{_ESC(segment.replacement)}</mark>"
                )
                if doc.pages:
                    page = bisect.bisect_right(doc.pages, offset) or 1
                    by_page.setdefault(page, []).append(
                        f'<a href="#f{self.changes}">{kind}</a>: {_ESC(segment.original)}'
                    )
            offset += len(segment.original)
        extra = "".join(
            f'<p class="bad"><small>{_ESC(w)}</small></p>'
            for w in doc.warnings
            if w not in self.said
        )
        if doc.pages:
            items = "".join(
                f"<li>page {page}: {', '.join(found)}</li>"
                for page, found in sorted(by_page.items())
            )
            extra += (
                f"<h3>Findings by page ({len(doc.pages)} page(s))</h3>"
                f"<ul>{items or '<li>none</li>'}</ul>"
            )
        return f"<section><h2>{_ESC(doc.doc_id)}</h2>{extra}<pre>{''.join(parts)}</pre></section>"


def _overview_html(context: PageContext, docs: Sequence[ReviewDoc]) -> str:
    view = context.overview
    stats = [
        ("released", view.statuses.get("released", 0)),
        ("failed", view.statuses.get("failed", 0)),
        ("out of scope", view.statuses.get(OUT_OF_SCOPE, 0)),
        ("shown below", len(docs)),
        ("changes", sum(view.counts.values())),
    ]
    html_stats = "".join(f'<div class="stat"><b>{n}</b>{label}</div>' for label, n in stats)
    counts = "".join(
        f"<tr><td>{_ESC(kind)}</td><td>{n}</td></tr>" for kind, n in view.counts.most_common()
    )
    out = [f'<section id="overview"><h1>Release overview</h1><div class="stats">{html_stats}</div>']
    if counts:
        out.append(f"<h3>Changes by type</h3><table>{counts}</table>")
    if view.failures:
        rows = "".join(f"<li>{_ESC(doc)}: {_ESC(reason)}</li>" for doc, reason in view.failures)
        out.append(f'<h3 class="bad">Failures ({len(view.failures)})</h3><ul>{rows}</ul>')
    warned: Counter[str] = Counter(
        w for doc in docs for w in set(doc.warnings) if w not in context.warnings
    )
    warnings = [_ESC(w) for w in context.warnings]
    warnings += [f"{_ESC(w)} <small>({n} document(s))</small>" for w, n in warned.items()]
    warnings += [f"{_ESC(doc)}: {_ESC(note)}" for doc, note in view.notes]
    if warnings:
        items = "".join(f"<li>{w}</li>" for w in warnings)
        out.append(f"<h3>Warnings ({len(warnings)})</h3><ul>{items}</ul>")
    if view.corrections:
        applied = ", ".join(f"{_ESC(k)} {n}" for k, n in sorted(view.corrections.items()))
        out.append(f"<p><small>Corrections applied in this run: {applied}.</small></p>")
    out.append("</section>")
    return "".join(out)


def _checks_html(flags: Sequence[Flag], docs: Sequence[ReviewDoc]) -> str:
    items = []
    for number, flag in enumerate(flags, 1):
        doc = docs[flag.doc]
        text = doc.segments[flag.segment].original[flag.start : flag.end]
        items.append(
            f'<li><a href="#c{number}">{_ESC(doc.doc_id)}</a> — {_reason(flag, doc.doc_id)}: '
            f'<code>{_ESC(text)}</code> <button class="redact-this" '
            f'data-term="{_ESC(text, quote=True)}" data-type="{_term_type(flag)}">redact</button>'
            "</li>"
        )
    body = f'<ol class="checks">{"".join(items)}</ol>' if items else "<p>Nothing flagged.</p>"
    return (
        f'<section id="check"><h2>Check these ({len(items)})</h2><p><small>Left in the '
        "output and worth a second look: words that look like names, numbers that look like "
        "identifiers, words removed elsewhere in the release, values after labels such as "
        f"SSN, DOB, Medicaid, MRN or Case #.</small></p>{body}"
        f"<p><small>Keys: {KEYS_HELP}</small></p></section>"
    )


def _panel_html(corrections: Corrections) -> str:
    data = {"keep": list(corrections.keep), "redact": [list(p) for p in corrections.redact],
            "types": list(ENTITY_TYPES)}  # fmt: skip
    payload = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    options = "".join(f'<option value="{t}">{t}</option>' for t in ENTITY_TYPES)
    return (
        f'<script type="application/json" id="corrections-data">{payload}</script>'
        '<div id="panel" aria-label="corrections"><div class="row"><strong>Corrections'
        '</strong> <span id="count"></span> · keep: <ul id="keep-list"></ul> · redact: '
        '<ul id="redact-list"></ul></div><div class="row"><button id="add-selection" disabled>'
        'Redact selection</button> as <select id="add-type" aria-label="type of the selection">'
        f'{options}</select><button id="download">Download corrections</button>'
        "<small>then: <code>redact batch ... --corrections corrections.yaml</code></small>"
        "</div></div>"
    )


def _names_html(names: Sequence[tuple[str, str]]) -> str:
    """The table from output names back to input names: the only place that maps them."""
    rows = "".join(f"<tr><td>{_ESC(out)}</td><td>{_ESC(given)}</td></tr>" for out, given in names)
    return (
        "<section><h2>Output names</h2><p><small>Each output as the recipient sees it, and the "
        "input it was made from (file and folder names are redacted like the text).</small>"
        f"</p><table><tr><th>output</th><th>input</th></tr>{rows}</table></section>"
    )


def write_review_page(
    path: Path,
    docs: Iterable[ReviewDoc],
    omitted: int,
    release_label: str,
    names: Sequence[tuple[str, str]] = (),
    context: PageContext | None = None,
) -> None:
    """Write the page atomically with owner-only permissions.

    `names` pairs each output name with the input it came from, for the agency; `context`
    carries the overview, the policy's warnings and the release's corrections.
    """
    context = context or PageContext()
    shown = list(docs)
    flags = find_flags(shown)
    writer = _Writer(shown, flags, context.warnings)
    with atomic_text(path, mode=0o600) as handle:
        handle.write(
            "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width,initial-scale=1'>"
            f"<title>REVIEW ONLY — {_ESC(release_label)}</title><style>{STYLE}</style>"
            "</head><body><header><strong>Review copy: contains the removed identifiers.</strong> "
            "Do not send this page. Hover or focus a highlighted change to see what was there."
            "</header><main>"
        )
        handle.write(_overview_html(context, shown))
        handle.write(_checks_html(flags, shown))
        if names:
            handle.write(_names_html(names))
        for index in range(len(shown)):
            handle.write(writer.document(index))
        if omitted:
            handle.write(f"<p><small>{omitted} more document(s) not shown.</small></p>")
        handle.write(f"</main>{_panel_html(context.corrections)}<script>{SCRIPT}</script>")
        handle.write("</body></html>\n")
