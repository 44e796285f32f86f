"""A paragraph is redacted as one string and written back over its runs, leaving no fragment."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from redact.documents.docx_text import paragraph_text, paragraphs, write_paragraph

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W}"'
BOLD = "<w:rPr><w:b/></w:rPr>"


def _paragraph(runs: list[tuple[str, bool]]) -> etree._Element:
    """A paragraph of runs; a bold run is marked so formatting can be followed."""
    xml = "".join(
        f'<w:r>{BOLD if bold else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'
        for text, bold in runs
    )
    return etree.fromstring(f"<w:p {NS}>{xml}</w:p>")


def _runs(paragraph: etree._Element) -> list[tuple[str, bool]]:
    return [
        ("".join(t.text or "" for t in r.iter(f"{{{W}}}t")), r.find(f".//{{{W}}}b") is not None)
        for r in paragraph.iter(f"{{{W}}}r")
    ]


def test_a_name_split_over_runs_is_replaced_in_the_run_where_it_began() -> None:
    paragraph = _paragraph([("Met Ok", False), ("af", True), ("or today", False)])
    assert paragraph_text(paragraph) == "Met Okafor today"
    write_paragraph(paragraph, "Met [PERSON] today")
    assert paragraph_text(paragraph) == "Met [PERSON] today"
    assert _runs(paragraph) == [("Met [PERSON]", False), ("", True), (" today", False)]


def test_unchanged_runs_keep_their_formatting() -> None:
    paragraph = _paragraph([("Plan: ", True), ("call Ada Okafor", False), (" weekly.", True)])
    write_paragraph(paragraph, "Plan: call [PERSON] weekly.")
    assert _runs(paragraph) == [("Plan: ", True), ("call [PERSON]", False), (" weekly.", True)]


def test_tabs_and_breaks_are_characters_that_stay_elements() -> None:
    paragraph = etree.fromstring(
        f"<w:p {NS}><w:r><w:t>Name:</w:t><w:tab/><w:t>Ada Okafor</w:t><w:br/>"
        "<w:t>Phone: 555-0100</w:t></w:r></w:p>"
    )
    assert paragraph_text(paragraph) == "Name:\tAda Okafor\nPhone: 555-0100"
    write_paragraph(paragraph, "Name:\t[PERSON]\nPhone: [PHONE]")
    assert paragraph_text(paragraph) == "Name:\t[PERSON]\nPhone: [PHONE]"
    assert (
        paragraph.find(f".//{{{W}}}tab") is not None and paragraph.find(f".//{{{W}}}br") is not None
    )


def test_paragraphs_inside_text_boxes_and_nested_tables_are_read_on_their_own() -> None:
    root = etree.fromstring(
        f"<w:body {NS}><w:p><w:r><w:t>outer</w:t><w:drawing><w:txbxContent><w:p><w:r>"
        "<w:t>inner</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>nested</w:t></w:r></w:p></w:tc></w:tr>"
        "</w:tbl><w:p/></w:tc></w:tr></w:tbl></w:body>"
    )
    assert [paragraph_text(p) for p in paragraphs(root)] == ["outer", "inner", "nested", ""]


pieces = st.lists(st.text(alphabet="abcXYZ \t", max_size=6), min_size=1, max_size=6)


@settings(max_examples=200, deadline=None)
@given(pieces, st.data())
def test_written_text_is_exactly_the_redacted_text(parts: list[str], data: st.DataObject) -> None:
    xml = "".join(
        "<w:r>"
        + "<w:tab/>".join(f'<w:t xml:space="preserve">{s}</w:t>' for s in p.split("\t"))
        + "</w:r>"
        for p in parts
    )
    paragraph = etree.fromstring(f"<w:p {NS}>{xml}</w:p>")
    before = paragraph_text(paragraph)
    start = data.draw(st.integers(0, len(before)))
    end = data.draw(st.integers(start, len(before)))
    after = before[:start] + data.draw(st.sampled_from(["", "[PERSON]", "[X]"])) + before[end:]
    write_paragraph(paragraph, after)
    assert paragraph_text(paragraph) == after
    removed = before[start:end]
    if len(removed) > 2 and removed not in after:
        text_nodes = "".join(t.text or "" for t in paragraph.iter(f"{{{W}}}t"))
        assert removed not in text_nodes


def test_line_breaks_in_added_text_become_break_elements() -> None:
    paragraph = _paragraph([("Plan: discharge.", False)])
    write_paragraph(paragraph, "Plan: discharge.\n\nNotice to the recipient.\n")
    assert paragraph_text(paragraph) == "Plan: discharge.\n\nNotice to the recipient.\n"
    assert len(paragraph.findall(f".//{{{W}}}br")) == 3
    assert not any("\n" in (t.text or "") for t in paragraph.iter(f"{{{W}}}t"))
