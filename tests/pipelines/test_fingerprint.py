"""The request fingerprint: a resume cannot finish a release with other corrections."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pipelines.fingerprint import request_fingerprint
from pipelines.spec import BatchSpec
from pipelines.units import iter_sources
from redact.corrections import Corrections
from redact.policy.loader import load_policy
from redact.policy.requirements import ReleaseFields


def test_corrections_are_part_of_the_request(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "visit.txt").write_text("Met the family at home.", encoding="utf-8")
    spec = BatchSpec(
        (tmp_path / "in",), tmp_path / "out", load_policy("consultation"), ReleaseFields("clerk")
    )
    sources = list(iter_sources(spec.inputs))
    plain = request_fingerprint(spec, sources)
    kept = replace(spec, corrections=Corrections(keep=("Head Start",)))
    redacted = replace(spec, corrections=Corrections(redact=(("Tiko", "PERSON"),)))
    assert request_fingerprint(replace(spec), sources) == plain, "stable"
    assert (
        len({plain, request_fingerprint(kept, sources), request_fingerprint(redacted, sources)})
        == 3
    )
