"""Surnames with particles are one name, never "[PERSON] der [PERSON]"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redact import Redactor
from redact.detect.particles import join_particles
from redact.findings import Finding


def test_two_names_with_only_particles_between_are_one() -> None:
    text = "Wilhelmina Van der Berg and Lena von Trapp met Ana Diaz."
    findings = [
        Finding(0, 14, "PERSON", 0.8), Finding(19, 23, "PERSON", 0.8),
        Finding(28, 32, "PERSON", 0.8), Finding(37, 42, "PERSON", 0.8),
        Finding(47, 55, "PERSON", 0.8),
    ]  # fmt: skip
    joined = sorted(text[f.start : f.end] for f in join_particles(text, findings))
    assert joined == ["Ana Diaz", "Lena von Trapp", "Wilhelmina Van der Berg"]


def test_other_words_between_names_keep_them_apart() -> None:
    text = "Maria and Jose came."
    findings = [Finding(0, 5, "PERSON", 0.8), Finding(10, 14, "PERSON", 0.8)]
    assert join_particles(text, findings) == findings


@pytest.mark.parametrize("policy", ["research-safe-harbor", "consultation"])
def test_no_particle_is_left_between_placeholders(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    text = 'Alleged victim: Wilhelmina "Billie" Van der Berg, DOB 02/11/1932, lives alone.'
    out = redactor_for(policy).redact(text).text
    assert " der " not in out and "Berg" not in out and "Wilhelmina" not in out
