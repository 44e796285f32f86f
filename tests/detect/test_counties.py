"""A word before "County" or "Co." is a county, not a given name after a comma."""

from __future__ import annotations

from redact.detect.counties import county_follows


def test_county_follows() -> None:
    text = "Voss, Kenosha County and Pell, Marta; Lund, Rock Co. 21FA88"
    assert county_follows(text, text.index(" County"))
    assert county_follows(text, text.index(" Co."))
    assert not county_follows(text, len("Voss, Kenosha County and Pell, Marta"))
