"""work_cues: one vocabulary of work cues for the recognizer and the release's first pass."""

from __future__ import annotations

import pytest

from redact.detect.employer_names import employers_in
from redact.detect.recognizers.employer import EmployerRecognizer


@pytest.mark.parametrize(
    "text",
    [
        "She volunteers weekends at Hollis Feed Store.",
        "He was laid off in March 2024 from Brannock Tool and Die.",
        "Mom works 20 hours a week at Quillon Bakery.",
        "Dad is a dispatcher at Vessey Freight.",
        # an adverb of how between the verb and its preposition
        "Mr. Odum has worked steadily at Pellmont-Ruiz for four months.",
        # a workmate there, named or not
        "She found texts from her coworker Dev at Marrowfield Transit.",
        "His co-worker at Halvorsen Marine gave him a ride.",
        # which shift, and a lead of a line or a shift
        "Her father works third shift at Varnum Plastics.",
        "Mother works second shift as a line lead at Kessock Creamery in Menomonie.",
        "His aunt is a shift lead at Tollefson Farm Supply.",
    ],
)
def test_what_the_recognizer_finds_the_first_pass_gathers(text: str) -> None:
    recognizer = EmployerRecognizer()
    found = recognizer.analyze(text, entities=recognizer.supported_entities, nlp_artifacts=None)
    names = [text[r.start : r.end] for r in found]
    assert names, text
    gathered = list(employers_in(text))
    assert any(name in gathered for name in names), (names, gathered)
