"""Every part of a .docx gets a role by its content type; an unknown one fails closed."""

from __future__ import annotations

import pytest

from redact.documents.docx_parts import (
    ContentTypes,
    Role,
    UnsupportedPartError,
    classify,
    shown_part,
    shown_type,
)

WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."


@pytest.mark.parametrize(
    ("part", "content_type", "role"),
    [
        ("word/document.xml", WML + "document.main+xml", Role.STORY),
        ("word/header3.xml", WML + "header+xml", Role.STORY),
        ("word/footer1.xml", WML + "footer+xml", Role.STORY),
        ("word/footnotes.xml", WML + "footnotes+xml", Role.STORY),
        ("word/endnotes.xml", WML + "endnotes+xml", Role.STORY),
        ("word/comments.xml", WML + "comments+xml", Role.STORY),
        ("word/settings.xml", WML + "settings+xml", Role.SETTINGS),
        ("word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml",
         Role.SETTINGS),
        ("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
         Role.METADATA),
        ("docProps/thumbnail.jpeg", "image/jpeg", Role.METADATA),
        ("customXml/item1.xml", "application/xml", Role.METADATA),
        ("word/people.xml", WML + "people+xml", Role.METADATA),
        ("docMetadata/LabelInfo.xml", "application/vnd.ms-office.classificationlabels+xml",
         Role.METADATA),
        ("word/recipientData.xml", WML + "mailMergeRecipientData+xml", Role.METADATA),
        ("word/commentsExtended.xml", WML + "commentsExtended+xml", Role.METADATA),
        ("word/media/image1.png", "image/png", Role.OBJECT),
        ("word/embeddings/Microsoft_Excel_Worksheet.xlsx",
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Role.OBJECT),
        ("word/charts/chart1.xml",
         "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
         Role.OBJECT),
        ("word/_rels/document.xml.rels", "application/vnd.openxmlformats-package.relationships+xml",
         Role.RELATIONSHIPS),
        ("[Content_Types].xml", "", Role.CONTENT_TYPES),
    ],
)  # fmt: skip
def test_known_parts_have_a_role(part: str, content_type: str, role: Role) -> None:
    assert classify(part, content_type) is role


@pytest.mark.parametrize(
    ("part", "content_type", "what"),
    [
        ("word/glossary/document.xml", WML + "document.glossary+xml", "glossary"),
        ("word/glossary/styles.xml", WML + "styles+xml", "glossary"),
        ("word/afchunk.rtf", "application/rtf", "unknown type 'application/rtf'"),
        ("word/vendor.xml", "application/xml", "unknown type"),
        ("word/notes.txt", "", "undeclared"),
    ],
)
def test_unknown_or_refused_parts_fail(part: str, content_type: str, what: str) -> None:
    with pytest.raises(UnsupportedPartError, match=what) as caught:
        classify(part, content_type)
    assert caught.value.part == part


def test_content_types_prefer_overrides_then_extension() -> None:
    types = ContentTypes({"xml": "application/xml", "png": "image/png"},
                         {"/word/document.xml": WML + "document.main+xml"})  # fmt: skip
    assert types.of("word/document.xml") == WML + "document.main+xml"
    assert types.of("word/media/IMAGE1.PNG") == "image/png"
    assert types.of("word/notes.txt") == ""


@pytest.mark.parametrize(
    ("part", "shown"),
    [
        ("word/document.xml", "part 'word/document.xml'"),
        ("word/_rels/header3.xml.rels", "part 'word/_rels/header3.xml.rels'"),
        ("word/glossary/document.xml", "part 'word/glossary/document.xml'"),
        ("_rels/.rels", "part '_rels/.rels'"),
        ("word/Letter_to_Evangelina_Sorokin.xml", "an unusually named .xml part"),
        ("customXml/Sorokin 612-40-7713.bin", "an unusually named .bin part"),
        ("word/media/Evangelina", "an unusually named extensionless part"),
    ],
)
def test_a_reason_names_only_parts_word_names_itself(part: str, shown: str) -> None:
    assert shown_part(part) == shown


def test_a_reason_shows_a_content_type_an_author_could_not_have_written_freely() -> None:
    assert shown_type("application/rtf") == "'application/rtf'"
    assert shown_type("application/x-evangelina-sorokin") == "(an unusual one)"
    assert shown_type("") == "(undeclared)"
