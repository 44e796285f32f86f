"""kin_context: the clause around a titled surname says whether it is a relative."""

from __future__ import annotations

import pytest

from redact.detect.kin_context import MAN, WOMAN, kin_beside, title_gender


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her mother-in-law Mrs. Oyelaran visits weekly.", "Oyelaran"),
        ("Grandmother, Ms. Stroud, attended the meeting.", "Stroud"),
        ("His mom, Mrs. Okafor, brought snacks.", "Okafor"),
        ("Mrs. Little Bear (MGM) has custody since May.", "Little Bear"),
        ("Ms. Stroud (maternal aunt) called after school.", "Stroud"),
        ("Mr. Diaz (pt's father) at bedside overnight.", "Diaz"),
        ("Ms. Dombrowski, who is her mother, signed the form.", "Dombrowski"),
        ("Ms. Maldonado is the child's aunt and picks him up.", "Maldonado"),
        ("Sra. Ixcoy, abuela materna, cares for the twins.", "Ixcoy"),
        ("Teta Mrs. Haddad sent a card.", "Haddad"),
    ],
)
def test_a_relation_in_the_clause_makes_a_relative(text: str, name: str) -> None:
    assert kin_beside(text, *_span(text, "Mrs. " + name if "Mrs. " + name in text else name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ms. Roe, mother of three, reports poor sleep.", "Roe"),  # the client is a mother
        ("Ms. Roe (mother) attended the CFT.", "Roe"),  # bare: may be the client herself
        ("Ms. Quinn, her son Matteo and the GAL met at 3.", "Quinn"),  # a list
        ("Present: Ms. Reyes, her mother, and her sister.", "Reyes"),
        ("Present: Ms. Reyes, her mother & the GAL.", "Reyes"),
        ("Ms. Dombrowski reports that her mother is unwell.", "Dombrowski"),
        ("Mr. Okafor's son plays soccer.", "Okafor"),
    ],
)
def test_no_relation_of_the_mention_itself_is_no_relative(text: str, name: str) -> None:
    assert not kin_beside(text, *_span(text, name))


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("Seen with Mrs. A. St. Clair today.", "St. Clair", WOMAN),
        ("Mr. Lund picked up the children.", "Lund", MAN),
        ("Mr. Lund picked up the children.", "Mr. Lund", MAN),
        ("mari said ms de la o called", "de la o", WOMAN),
        ("Three items Lund said", "Lund", None),
        ("Lund said", "Lund", None),
    ],
)
def test_title_gender(text: str, name: str, gender: int | None) -> None:
    assert title_gender(text, *_span(text, name)) == gender
