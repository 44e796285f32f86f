"""`redact_frame`: a DataFrame is governed column by column, as a batch export is."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import pytest

from redact import redact_frame
from redact.errors import ColumnKindError
from redact.redactor import Redactor

FRAME = pd.DataFrame(
    {
        "note_id": ["CN-48213", "CN-48214"],
        "client_id": ["771204", "771204"],
        "visit_date": ["2024-03-18", "2024-04-02"],
        "author": ["Marguerite Okonkwo, LCSW", "Desmond Ferrante"],
        "text": ["Home visit with Ms. Brandvold at home.", "Phone check-in, no concerns."],
    }
)


def test_research_governs_every_column(redactor_for: Callable[[str], Redactor]) -> None:
    out = redact_frame(FRAME, redactor=redactor_for("research-safe-harbor"))
    assert list(out["visit_date"]) == ["2024", "2024"]
    assert list(out["author"]) == ["[PERSON], LCSW", "[PERSON]"]
    assert out["client_id"].iloc[0] == out["client_id"].iloc[1] != "771204"
    assert "CN-48213" not in out["note_id"].tolist()
    assert "Brandvold" not in out["text"].iloc[0]
    assert FRAME["author"].iloc[0] == "Marguerite Okonkwo, LCSW", "the input is not modified"


def test_unknown_columns_are_refused_or_declared(redactor_for: Callable[[str], Redactor]) -> None:
    frame = FRAME.assign(referral_source=["Lakeshore Family Center", "Mercy House"])
    with pytest.raises(ColumnKindError, match="referral_source") as caught:
        redact_frame(frame, redactor=redactor_for("social-media"))
    assert "Lakeshore" not in str(caught.value)
    out = redact_frame(
        frame, redactor=redactor_for("social-media"), column_kinds={"referral_source": "text"}
    )
    assert "note_id" not in out.columns, "social-media leaves identifier columns out"
    assert "Lakeshore" not in " ".join(out["referral_source"])


def test_a_staff_column_keeps_its_names_in_the_notes_where_staff_stay(
    redactor_for: Callable[[str], Redactor],
) -> None:
    df = pd.DataFrame(
        {
            "author": ["Okonkwo-Baptiste R", "Feldhaus, Gareth"],
            "text": [
                "Home visit with grandmother. Her friend Ilse Brandt was present.",
                "Okonkwo-Baptiste and Feldhaus staffed the case. Ilse Brandt called again.",
            ],
        }
    )
    kept = redact_frame(df, ["text"], redactor=redactor_for("court-subpoena"))
    assert "Okonkwo-Baptiste and Feldhaus staffed" in kept["text"][1]
    assert "Ilse" not in kept["text"][1] and "Brandt" not in kept["text"][0]
    gone = redact_frame(df, ["text"], redactor=redactor_for("consultation"))
    assert "Okonkwo" not in gone["text"][1] and "Feldhaus" not in gone["text"][1]
