"""Which rows of a table fall outside the requested period or note types.

A row whose date cannot be read is outside the scope we can vouch for: it is reported as
`failed` with the reason, never released on the chance that it is in the period.
"""

from __future__ import annotations

import pandas as pd

from pipelines.records import FAILED, OUT_OF_SCOPE
from pipelines.spec import Scope, TableOptions


def out_of_scope_reasons(
    chunk: pd.DataFrame, options: TableOptions, scope: Scope
) -> dict[int, tuple[str, str]]:
    """Row position -> (status, reason) for rows that must not be released."""
    reasons: dict[int, tuple[str, str]] = {}
    if scope.limits_dates and options.date_column:
        dates = pd.to_datetime(chunk[options.date_column], errors="coerce", format="mixed")
        for position, stamp in enumerate(dates):
            if pd.isna(stamp):
                reasons[position] = (
                    FAILED,
                    f"date missing or unreadable in '{options.date_column}'",
                )
                continue
            day = stamp.date()
            if scope.date_from is not None and day < scope.date_from:
                reasons[position] = (OUT_OF_SCOPE, "before the requested period")
            elif scope.date_to is not None and day > scope.date_to:
                reasons[position] = (OUT_OF_SCOPE, "after the requested period")
    if scope.client_ids and options.client_column:
        for position, value in enumerate(chunk[options.client_column]):
            if position not in reasons and str(value) not in scope.client_ids:
                reasons[position] = (OUT_OF_SCOPE, "another client's record")
    if scope.note_types and options.note_type_column:
        for position, value in enumerate(chunk[options.note_type_column]):
            if position not in reasons and str(value) not in scope.note_types:
                reasons[position] = (OUT_OF_SCOPE, "note type not requested")
    return reasons
