"""`--keep`, `--redact` and `--corrections`: the options `note` and `batch` share.

A thin skin over `redact.corrections_file.from_options`; the Redactor applies the result
to every text of the release.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from redact.corrections import Corrections
from redact.corrections_file import from_options

KeepOption = Annotated[
    list[str] | None,
    typer.Option(
        "--keep",
        help="A word or phrase to keep in every document (a false positive); repeatable.",
    ),
]
RedactOption = Annotated[
    list[str] | None,
    typer.Option(
        "--redact",
        help="A word or phrase to redact in every document, TERM or TERM=TYPE (an entity "
        "type, default PERSON); repeatable.",
    ),
]
CorrectionsOption = Annotated[
    Path | None,
    typer.Option(
        "--corrections",
        dir_okay=False,
        help="YAML file of terms to keep and to redact (keep: [...], redact: [{text, type}]), "
        "as downloaded from the review page.",
    ),
]


def corrections_of(
    keep: list[str] | None, redact: list[str] | None, path: Path | None
) -> Corrections:
    """The command's corrections: the file's, then the options'."""
    return from_options(keep or (), redact or (), path)
