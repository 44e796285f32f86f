"""Table options checked against the tables themselves, before any work.

A misspelt `--client-column` used to fail every chunk one by one, after the model had
loaded, and a run with `--subject-ref` but no `--client-column` released every client's
rows of an intake export into one client's court release. Both are mistakes in the command,
not in the records, so the batch refuses them at once, listing the table's real columns
(column names, never a value) and the nearest name. Tables are named by position: a file
name can hold a client's name.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import get_close_matches

from pipelines.spec import TableOptions
from pipelines.units import Source
from redact.documents.column_plan import SAMPLE_ROWS
from redact.documents.tables import iter_table
from redact.errors import ConfigurationError


class TableOptionError(ConfigurationError):
    """A table option names a column no table has, or a needed option is missing."""

    code = "R024"


def _roles(options: TableOptions) -> list[tuple[str, str]]:
    """(column, option) for every column the options name."""
    named = [(column, "--text-column") for column in options.text_columns]
    for column, option in (
        (options.id_column, "--id-column"),
        (options.client_column, "--client-column"),
        (options.date_column, "--date-column"),
        (options.subject_column, "--subject-column"),
        (options.note_type_column, "--note-type-column"),
    ):
        if column:
            named.append((column, option))
    return named


def table_columns(sources: Sequence[Source]) -> list[tuple[str, list[str]]]:
    """(label, column names) of every readable table, from its first rows; an unreadable
    table is left to the batch, which reports it as a failed document."""
    tables = [source for source in sources if source.kind == "table"]
    found = []
    for number, source in enumerate(tables, 1):
        label = "the table" if len(tables) == 1 else f"table {number} of {len(tables)}"
        try:
            sample = next(iter(iter_table(source.path, SAMPLE_ROWS)), None)
        except Exception:
            continue
        if sample is not None:
            found.append((label, [str(column) for column in sample.columns]))
    return found


def _missing(column: str, option: str, label: str, columns: list[str]) -> str:
    close = get_close_matches(column, columns, n=1, cutoff=0.6)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    default = " (the default)" if option == "--text-column" and column == "text" else ""
    return (
        f"{option} '{column}'{default}: {label} has no such column{hint}; "
        f"its columns: {', '.join(columns) or 'none'}"
    )


def check_table_options(
    sources: Sequence[Source], options: TableOptions, subject_ref: str | None
) -> None:
    """Refuse table options the tables cannot satisfy; nothing is read beyond first rows."""
    tables = table_columns(sources)
    if not tables:
        return
    if subject_ref and not options.client_column:
        label, columns = tables[0]
        likely = [c for c in columns if "client" in c.casefold()]
        hint = f" (perhaps --client-column {likely[0]})" if len(likely) == 1 else ""
        raise TableOptionError(
            "--subject-ref needs --client-column with a table: without the column that "
            "names each row's client, every client's rows would be released"
            f"{hint}; {label}'s columns: {', '.join(columns)}; nothing was done"
        )
    problems = [
        _missing(column, option, label, columns)
        for label, columns in tables
        for column, option in _roles(options)
        if column not in columns
    ]
    if problems:
        raise TableOptionError("; ".join(problems) + "; nothing was done")
