"""Zip containers (.docx, .xlsx) with fixed entry times, so the same input gives the same bytes.

python-docx stamps every entry of a saved .docx with the current time, so two runs over
the same document differ in their bytes though not in their content, and the release log's
output hashes with them. Rewriting the entries with one fixed time (and the same order,
names, compression and attributes) makes a batch's outputs reproducible on any engine.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

#: The earliest time a zip entry can carry; used for every entry.
FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def stable_zip(data: bytes, rewrite: Callable[[str, bytes], bytes] | None = None) -> bytes:
    """The same archive with every entry's time set to `FIXED_TIME`; `rewrite` (entry name,
    content) may also fix times a writer stamps inside an entry."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            entry.compress_type = info.compress_type
            entry.external_attr = info.external_attr
            entry.create_system = info.create_system
            content = source.read(info)
            target.writestr(entry, rewrite(info.filename, content) if rewrite else content)
    return out.getvalue()
