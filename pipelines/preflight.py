"""Table options checked against the tables themselves, before any work.

A misspelt `--client-column` (a name in no table) used to fail every chunk one by one,
after the model had loaded, and a run with `--subject-ref` but no `--client-column`
released every client's rows of an intake export into one client's court release. Both
are mistakes in the command, not in the records, so the batch refuses them at once,
listing the table's real columns (column names, never a value) and the nearest name.
Tables are named by position: a file name can hold a client's name. A column that some
tables have and others lack is a difference of layout, not a misspelling: the tables
without it fail, as they always did, and the batch says so before it starts.

The one column nobody named is the default text column, `text`. A table without it used to
fail whole; now its text columns are inferred (columns of kind `text` with something in
them, which are redacted like notes whatever the options say) and shown, and only a table
with none of them still fails, as before, naming the missing column.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from difflib import get_close_matches

import pandas as pd

from pipelines.columns import chunk_kinds
from pipelines.spec import TableOptions
from pipelines.units import Source
from redact.documents.column_plan import SAMPLE_ROWS
from redact.documents.tables import iter_table
from redact.errors import ConfigurationError
from redact.policy.columns import ColumnKind

#: The text column a batch reads when `--text-column` is not given.
DEFAULT_TEXT_COLUMN = "text"


class TableOptionError(ConfigurationError):
    """A table option names a column no table has, or a needed option is missing."""

    code = "R024"


@dataclass(frozen=True)
class CheckedTables:
    """The table options to run with (text columns inferred if need be) and what to say."""

    options: TableOptions
    notices: tuple[str, ...] = ()


def _defaulted(options: TableOptions) -> bool:
    return options.text_columns == (DEFAULT_TEXT_COLUMN,)


def _roles(options: TableOptions) -> list[tuple[str, str]]:
    """(column, option) for every column the options name, the default text column aside."""
    texts = () if _defaulted(options) else options.text_columns
    named = [(column, "--text-column") for column in texts]
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


def table_samples(sources: Sequence[Source]) -> list[tuple[str, pd.DataFrame]]:
    """(label, first rows) of every readable table; an unreadable table is left to the
    batch, which reports it as a failed document."""
    tables = [source for source in sources if source.kind == "table"]
    found = []
    for number, source in enumerate(tables, 1):
        label = "the table" if len(tables) == 1 else f"table {number} of {len(tables)}"
        try:
            sample = next(iter(iter_table(source.path, SAMPLE_ROWS)), None)
        except Exception:
            continue
        if sample is not None:
            found.append((label, sample))
    return found


def _text_kind_columns(sample: pd.DataFrame, options: TableOptions) -> tuple[str, ...]:
    """Columns of kind text with something in them, the option-named columns aside."""
    named = {column for column, _ in _roles(options)}
    kinds = chunk_kinds(sample, options)
    return tuple(
        column
        for column, guess in kinds.items()
        if guess.kind is ColumnKind.TEXT
        and column not in named
        and column != DEFAULT_TEXT_COLUMN
        and sample[column].notna().any()
        and (sample[column].astype(str).str.strip() != "").any()
    )


def _infer_text_columns(
    tables: list[tuple[str, pd.DataFrame]], options: TableOptions
) -> CheckedTables:
    """The default text column where every table has it; else the tables' text columns,
    when they agree; else the default, and the tables without it fail as before."""
    lacking = [(label, s) for label, s in tables if DEFAULT_TEXT_COLUMN not in s.columns]
    if not _defaulted(options) or not lacking:
        return CheckedTables(options)
    found = {_text_kind_columns(sample, options) for _, sample in tables}
    if len(lacking) == len(tables) and len(found) == 1 and () not in found:
        columns = found.pop()
        return CheckedTables(
            replace(options, text_columns=columns),
            (
                f"text column(s): {', '.join(columns)} (inferred: no '{DEFAULT_TEXT_COLUMN}' "
                "column; name them with --text-column)",
            ),
        )
    return CheckedTables(
        options,
        tuple(
            f"{label} has no '{DEFAULT_TEXT_COLUMN}' column and will fail (name its text "
            f"column with --text-column); its columns: {', '.join(map(str, sample.columns))}"
            for label, sample in lacking
        ),
    )


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
) -> CheckedTables:
    """Refuse table options the tables cannot satisfy, infer a missing default text column;
    nothing is read beyond each table's first rows."""
    samples = table_samples(sources)
    if not samples:
        return CheckedTables(options)
    tables = [(label, [str(c) for c in sample.columns]) for label, sample in samples]
    if subject_ref and not options.client_column:
        label, columns = tables[0]
        likely = [c for c in columns if "client" in c.casefold()]
        hint = f" (perhaps --client-column {likely[0]})" if len(likely) == 1 else ""
        raise TableOptionError(
            "--subject-ref needs --client-column with a table: without the column that "
            "names each row's client, every client's rows would be released"
            f"{hint}; {label}'s columns: {', '.join(columns)}; nothing was done"
        )
    problems: list[str] = []
    partial: list[str] = []
    for column, option in _roles(options):
        lacking = [(label, columns) for label, columns in tables if column not in columns]
        if len(lacking) == len(tables):  # in no table at all: a misspelt name
            problems += [_missing(column, option, label, columns) for label, columns in lacking]
        else:  # tables of different layouts: those without it fail, as before
            partial += [
                f"{label} has no column '{column}' ({option}) and will fail; its columns: "
                f"{', '.join(columns)}"
                for label, columns in lacking
            ]
    if problems:
        raise TableOptionError("; ".join(problems) + "; nothing was done")
    inferred = _infer_text_columns(samples, options)
    return replace(inferred, notices=(*partial, *inferred.notices))
