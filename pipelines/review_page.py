"""The review page: the redacted text with every change marked, and what was there.

It holds identifiers, so it is written owner-only, named so that nobody mistakes it for the
release, carries a banner saying so, and is never listed as an output in the release log.
It is a single self-contained file: no scripts, fonts or anything fetched from elsewhere.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from pathlib import Path

from pipelines.records import ReviewDoc
from redact.documents.atomic import atomic_text

REVIEW_NAME = "review.NOT-FOR-RELEASE.html"

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header{background:#8b0000;color:#fff;padding:12px 20px;position:sticky;top:0}
main{max-width:980px;margin:0 auto;padding:12px 20px}
section{background:#fff;border:1px solid #ddd;border-radius:6px;margin:14px 0;padding:10px 16px}
h2{font-size:15px;margin:4px 0 8px}
pre{white-space:pre-wrap;font:14px/1.6 ui-monospace,monospace;margin:0}
mark{background:#ffe08a;border-radius:3px;padding:0 2px;position:relative}
mark:hover::after,mark:focus::after{content:"was: " attr(data-was);position:absolute;left:0;
 top:1.6em;background:#222;color:#fff;padding:2px 6px;border-radius:3px;white-space:pre;z-index:1}
small{color:#555}
table{border-collapse:collapse;font-size:13px}
td,th{border:1px solid #ddd;padding:2px 8px;text-align:left}
"""


def _document_html(doc: ReviewDoc) -> str:
    parts = []
    for segment in doc.segments:
        if segment.replacement is None:
            parts.append(html.escape(segment.original))
            continue
        was = html.escape(segment.original, quote=True)
        kind = html.escape(segment.entity_type or "")
        parts.append(
            f'<mark tabindex="0" data-was="{was}" title="{kind} — was: {was}">'
            f"{html.escape(segment.replacement)}</mark>"
        )
    return f"<section><h2>{html.escape(doc.doc_id)}</h2><pre>{''.join(parts)}</pre></section>"


def _names_html(names: Sequence[tuple[str, str]]) -> str:
    """The table from output names back to input names: the only place that maps them."""
    rows = "".join(
        f"<tr><td>{html.escape(out)}</td><td>{html.escape(given)}</td></tr>" for out, given in names
    )
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
) -> None:
    """Write the page atomically with owner-only permissions.

    `names` pairs each output name with the input it came from, for the agency.
    """
    with atomic_text(path, mode=0o600) as handle:
        handle.write(
            "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width,initial-scale=1'>"
            f"<title>REVIEW ONLY — {html.escape(release_label)}</title><style>{_STYLE}</style>"
            "</head><body><header><strong>Review copy: contains the removed identifiers.</strong> "
            "Do not send this page. Hover or focus a highlighted change to see what was there."
            "</header><main>"
        )
        if names:
            handle.write(_names_html(names))
        for doc in docs:
            handle.write(_document_html(doc))
        if omitted:
            handle.write(f"<p><small>{omitted} more document(s) not shown.</small></p>")
        handle.write("</main></body></html>\n")
