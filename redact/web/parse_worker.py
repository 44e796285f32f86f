"""Reading an uploaded Word file, PDF or scan in a child process with a time limit.

Parsing runs in lxml's C code (a .docx) or in pdfminer and Tesseract (a PDF or scan), which
no thread can interrupt: a crafted file (a million empty paragraphs packs into 139 KB) would
hold a CPU, and the server's time, for a minute. A child process can be killed. It is
started with `spawn`, never forked from the server's threads, and gets the bytes through a
pipe; only the text (and, for pages, what was read by OCR) or an error message (which names
the file by its kind, never by name or content) comes back.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection
from typing import Final

from redact.errors import DocumentReadError

#: A real note parses in well under a second; the child's start-up takes about one.
PARSE_SECONDS: Final = 20.0
#: A PDF or scan: OCR takes seconds a page on a busy machine (pages are capped upstream).
PAGES_SECONDS: Final = 240.0


def _child(kind: str, data: bytes, out: Connection) -> None:
    from redact.web.upload import docx_text, pages_text

    try:
        if kind == "docx":
            out.send(("text", (docx_text(data), "")))
        else:
            out.send(("text", pages_text(kind, data)))
    except DocumentReadError as error:
        out.send(("error", error.message))
    except Exception as error:  # the type only: a message may hold document text
        what = ".docx" if kind == "docx" else f".{kind} file"
        out.send(("error", f"cannot read the file: not a valid {what} ({type(error).__name__})"))
    finally:
        out.close()


def file_text_with_limit(kind: str, data: bytes, seconds: float) -> tuple[str, str]:
    """The text of a .docx, PDF or image and a note on its pages, read in a child process
    killed after `seconds`."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(kind, data, sender), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(seconds):
            raise DocumentReadError(
                f"cannot read the file: reading it took longer than {seconds:g} s"
            )
        try:
            kind, value = receiver.recv()
        except EOFError:
            raise DocumentReadError("cannot read the file: the reader stopped") from None
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
    if kind == "error":
        raise DocumentReadError(str(value))
    text, note = value
    return str(text), str(note)


def docx_text_with_limit(data: bytes, seconds: float = PARSE_SECONDS) -> str:
    """The text of a .docx, read in a child process killed after `seconds`."""
    return file_text_with_limit("docx", data, seconds)[0]
