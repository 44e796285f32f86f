"""Keyed pseudonyms: consistent within a key, different across keys, key never shown."""

from __future__ import annotations

import pytest

from redact.errors import PseudonymKeyError
from redact.transform.pseudonym import CODE_LENGTH, ReleaseKey, normalize_name

KEY = ReleaseKey(b"k" * 32)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Maria Alvarez", "maria  alvarez"), ("Ms. Alvarez", "Alvarez"), ("Mateo's", "Mateo")],
)
def test_same_person_same_pseudonym(a: str, b: str) -> None:
    assert KEY.pseudonym("PERSON", a) == KEY.pseudonym("PERSON", b)


def test_pseudonym_form_and_independence_across_releases() -> None:
    pseudonym = KEY.pseudonym("PERSON", "Maria Alvarez")
    assert pseudonym.startswith("Person ") and len(pseudonym) == len("Person ") + CODE_LENGTH
    assert ReleaseKey(b"x" * 32).pseudonym("PERSON", "Maria Alvarez") != pseudonym
    assert KEY.pseudonym("PERSON", "Rosa Delgado") != pseudonym


def test_short_key_is_refused_naming_its_length_not_its_value() -> None:
    with pytest.raises(PseudonymKeyError) as caught:
        ReleaseKey(b"secret-123")
    assert "10 bytes" in str(caught.value)
    assert "secret-123" not in str(caught.value)


def test_key_is_not_in_repr_and_key_id_is_a_hash() -> None:
    key = ReleaseKey(b"super-secret-key-material-000000")
    assert "super-secret" not in repr(key)
    assert len(key.key_id) == 16 and "super" not in key.key_id


def test_generated_keys_differ() -> None:
    assert ReleaseKey.generate().key_id != ReleaseKey.generate().key_id


def test_normalize_strips_titles_possessives_and_case() -> None:
    assert normalize_name("Dr.  Mateo  Alvarez's") == "mateo alvarez"
