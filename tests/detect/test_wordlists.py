"""Word lists from wordfreq and Faker: loaded from the installed packages, no download."""

from __future__ import annotations

from redact.detect.wordlists import gendered_given_names, job_titles, person_names, zipf


def test_common_and_rare_words() -> None:
    assert zipf("the") > 7
    assert zipf("Court") > 5
    assert zipf("Riisa") == 0.0


def test_names_of_many_locales() -> None:
    names = person_names()
    assert {"maria", "mehmet", "siddharth", "olga"} <= names
    assert len(names) > 20_000


def test_job_titles() -> None:
    jobs = job_titles()
    assert "accountant" in jobs
    assert len(jobs) > 500


def test_english_words_come_from_the_models_lemma_index() -> None:
    from redact.detect.wordlists import english_non_nouns, english_words

    assert {"destiny", "hope", "sage", "sunny"} <= english_words()
    assert "sunny" in english_non_nouns() and "destiny" not in english_non_nouns()
    assert "renee" not in english_words()


def test_plain_given_names_are_english_given_names_that_are_no_word() -> None:
    from redact.detect.wordlists import english_given_names, plain_given_names

    assert {"renee", "travis", "jaxon"} <= plain_given_names()
    assert not {"destiny", "hope", "will", "mark", "faith"} & plain_given_names()
    assert plain_given_names() <= english_given_names()


def test_plain_english_takes_plurals_and_leaves_names() -> None:
    from redact.detect.wordlists import is_plain_english

    assert is_plain_english("Allergies") and is_plain_english("barriers")
    assert is_plain_english("allergy")
    assert not is_plain_english("Kuehl") and not is_plain_english("Baker")


def test_gendered_given_names_hold_only_one_genders_names() -> None:
    male, female = gendered_given_names()
    assert "mateo" in male and "rosalind" in female
    assert not male & female
