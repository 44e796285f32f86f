"""Output paths: unique, in input order, never a name the batch writes itself."""

from __future__ import annotations

from pathlib import Path

from pipelines.output_paths import components, compose, named_sources, opaque
from pipelines.units import Source


def test_names_that_meet_are_told_apart_in_input_order() -> None:
    treated = {"Smith_intake.txt": "PERSON_intake.txt", "Jones_intake.txt": "PERSON_intake.txt",
               "Smith": "PERSON", "Jones": "PERSON", "manifest.csv": "manifest.csv",
               "a.txt": "a.txt"}  # fmt: skip
    rels = ["Smith/a.txt", "Jones/a.txt", "Smith_intake.txt", "Jones_intake.txt", "manifest.csv"]
    out = compose(rels, lambda name, _is_file: treated[name])
    assert out == [
        "PERSON/a.txt", "PERSON_2/a.txt", "PERSON_intake.txt", "PERSON_intake_2.txt",
        "manifest_2.csv",
    ]  # fmt: skip


def test_opaque_names_keep_only_the_suffix() -> None:
    assert opaque(["Okonkwo/a.TXT", "b.docx"]) == ["doc-0001.txt", "doc-0002.docx"]


def test_sources_get_their_output_names_and_keep_their_input_names() -> None:
    rels = ["Okonkwo/intake.txt", "Okonkwo/letter.txt", "Brannigan.docx"]
    sources = [Source(Path("/in") / rel, rel) for rel in rels]
    wanted = components(rels)
    assert wanted == [("Okonkwo", False), ("intake.txt", True), ("letter.txt", True),
                      ("Brannigan.docx", True)]  # fmt: skip
    treated = ["PERSON", "intake.txt", "letter.txt", "PERSON.docx"]
    named = named_sources(sources, treated, opaque_names=False)
    assert [s.rel for s in named] == ["PERSON/intake.txt", "PERSON/letter.txt", "PERSON.docx"]
    assert [s.input_rel for s in named] == rels
    numbered = named_sources(sources, treated, opaque_names=True)
    assert [s.rel for s in numbered] == ["doc-0001.txt", "doc-0002.txt", "doc-0003.docx"]
    assert [s.label for s in numbered] == ["PERSON/intake.txt", "PERSON/letter.txt", "PERSON.docx"]
