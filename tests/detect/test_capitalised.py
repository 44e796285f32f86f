"""StrictCapitalisedRecognizer: rare capitalised words, known names, spaced handles."""

from __future__ import annotations

import pytest

from redact.detect.recognizers.capitalised import StrictCapitalisedRecognizer


@pytest.fixture(scope="module")
def recognizer() -> StrictCapitalisedRecognizer:
    return StrictCapitalisedRecognizer()


def _spans(recognizer: StrictCapitalisedRecognizer, text: str) -> list[tuple[str, str]]:
    results = recognizer.analyze(text, recognizer.supported_entities)
    return sorted((r.entity_type, text[r.start : r.end]) for r in results)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Propublica office is near.", ("ORGANIZATION", "Propublica")),
        ("He flew to Riisa on Monday.", ("ORGANIZATION", "Riisa")),
        ("They had 6: Efimiya, Mary and Isabel.", ("PERSON", "Isabel")),
        ("I asked Bellerin about it.", ("ORGANIZATION", "Bellerin")),
        ("We work at Loveland Technologies now.", ("ORGANIZATION", "Loveland Technologies")),
        ("Ubul: What a wife.", ("ORGANIZATION", "Ubul")),
        ("follow up with patricia desrosiers soon", ("PERSON", "desrosiers")),
        ("@ skooba you are glossing over it", ("SOCIAL_HANDLE", "skooba")),
        ("Hey u / nicklovettnz, stuff", ("SOCIAL_HANDLE", "nicklovettnz")),
        # a town the dictionary holds is still a place at a sentence start
        ("Moved in May. Yakima was too far.", ("ORGANIZATION", "Yakima")),
    ],
)
def test_catches(recognizer: StrictCapitalisedRecognizer, text: str, expected: tuple) -> None:
    assert expected in _spans(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The client said she was fine.",
        "When we met, I asked about the Court and the Government.",
        "On Monday in March she called. OK, thanks.",
        "Will you come? May I ask? Grace was said before dinner.",
        "she left the rose garden with a young hunter",
        "Her e-mail is a@b.com and the fee is due.",
        # a rare dictionary word opening a sentence is its first word
        "Strangulation x2, last in May. Truancy petition filed. Reunification is the goal.",
    ],
)
def test_leaves_alone(recognizer: StrictCapitalisedRecognizer, text: str) -> None:
    assert _spans(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Submitted the ERA packet by Friday.", "ERA"),
        ("Mom says she WILL come to court.", "WILL"),
        ("Enrolled in the CARE program at intake.", "CARE"),
    ],
)
def test_a_common_word_in_capitals_alone_in_prose_is_no_name(
    recognizer: StrictCapitalisedRecognizer, text: str, word: str
) -> None:
    assert not any(word in found.split() for _, found in _spans(recognizer, text))


def test_a_name_in_capitals_with_its_other_half_is_still_a_name(
    recognizer: StrictCapitalisedRecognizer,
) -> None:
    assert ("PERSON", "HOPE MARTIN") in _spans(recognizer, "Seen with HOPE MARTIN and her son.")


def test_a_common_word_as_a_field_label_before_a_number_is_no_name(
    recognizer: StrictCapitalisedRecognizer,
) -> None:
    found = _spans(recognizer, "Date: 11/03/2025   Pages: 3 (incl. cover)")
    assert not any("Pages" in text for _, text in found)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ridge Elementary · Section 504 Plan · CONFIDENTIAL (FERPA)", "CONFIDENTIAL"),
        ("Juvenile Detention Center — Admissions — intake", "Admissions"),
        ("Age: 38   Pronouns: he/him", "Pronouns"),
        ("Date: 2/3/2025     Urgency: routine", "Urgency"),
        ("Texted her on arrival. Faxed the release to the school.", "Faxed"),
    ],
)
def test_a_dictionary_word_set_off_in_a_header_or_as_a_label_is_no_name(
    recognizer: StrictCapitalisedRecognizer, text: str, word: str
) -> None:
    assert not [s for _, s in _spans(recognizer, text) if word in s]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Seen by Dr. Quintero · Marchetti · room 4", "Marchetti"),
        ("Provider | Cornerstone | Beacon", "Cornerstone"),
        ("Contact: Brightwater, landlord", "Brightwater"),
        ("Family Services — Cornerstone Bank — branch", "Cornerstone Bank"),
    ],
)
def test_a_name_or_an_unknown_word_set_off_so_is_still_taken(
    recognizer: StrictCapitalisedRecognizer, text: str, word: str
) -> None:
    assert word in [s for _, s in _spans(recognizer, text)]
