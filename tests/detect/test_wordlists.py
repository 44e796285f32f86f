"""Word lists from wordfreq and Faker: loaded from the installed packages, no download."""

from __future__ import annotations

from redact.detect.wordlists import job_titles, person_names, zipf


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
