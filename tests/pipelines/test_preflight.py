"""`pipelines.preflight`: table options against the tables' own columns, before any work."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipelines.preflight import TableOptionError, check_table_options
from pipelines.spec import TableOptions
from pipelines.units import Source, iter_sources


def _sources(root: Path, *tables: dict[str, list[str]]) -> list[Source]:
    root.mkdir()
    for number, columns in enumerate(tables):
        pd.DataFrame(columns).to_csv(root / f"t{number}.csv", index=False)
    (root / "a.txt").write_text("A note.")
    return list(iter_sources([root]))


PROSE = ["Seen at home with her aunt, who drove her in from the farm."]


def test_options_that_fit_pass_unchanged(tmp_path: Path) -> None:
    sources = _sources(tmp_path / "in", {"note_id": ["1"], "client_id": ["7"], "text": PROSE})
    options = TableOptions(id_column="note_id", client_column="client_id")
    checked = check_table_options(sources, options, "7")
    assert checked.options == options and checked.notices == ()


def test_a_folder_without_tables_needs_no_client_column(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("A note.")
    assert check_table_options(list(iter_sources([root])), TableOptions(), "7").notices == ()


def test_several_tables_are_named_by_position_never_by_file_name(tmp_path: Path) -> None:
    sources = _sources(
        tmp_path / "in", {"note_id": ["1"], "text": PROSE}, {"id": ["2"], "text": PROSE}
    )
    with pytest.raises(TableOptionError) as raised:
        check_table_options(sources, TableOptions(id_column="noteid"), None)
    message = raised.value.message
    assert "table 1 of 2 has no such column (did you mean 'note_id'?)" in message
    assert "table 2 of 2 has no such column" in message and "its columns: id, text" in message
    assert "t0.csv" not in message and "t1.csv" not in message


def test_a_column_only_some_tables_have_fails_those_tables_only(tmp_path: Path) -> None:
    sources = _sources(
        tmp_path / "in", {"note_id": ["1"], "text": PROSE}, {"id": ["2"], "text": PROSE}
    )
    checked = check_table_options(sources, TableOptions(id_column="note_id"), None)
    assert checked.notices == (
        "table 2 of 2 has no column 'note_id' (--id-column) and will fail; its columns: id, text",
    )


def test_text_columns_are_inferred_only_when_the_tables_agree(tmp_path: Path) -> None:
    one = _sources(tmp_path / "one", {"id": ["1"], "narrative": PROSE, "empty": [""]})
    checked = check_table_options(one, TableOptions(), None)
    assert checked.options.text_columns == ("narrative",)
    two = _sources(tmp_path / "two", {"narrative": PROSE}, {"summary": PROSE})
    checked = check_table_options(two, TableOptions(), None)
    assert checked.options.text_columns == ("text",), "no guess between tables"
    assert all("will fail" in line for line in checked.notices) and len(checked.notices) == 2
