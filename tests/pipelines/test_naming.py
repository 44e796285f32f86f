"""Output names: treated under the policy with the real model, rebuilt safe, unique."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pipelines.naming import name_text, rebuild, split_suffix, subject_forms, tidy, treat_names
from redact import Redactor


def test_separators_become_spaces_and_offsets_stay() -> None:
    name = "07_joint_staffing_Vasquez-Trembley"
    text = name_text(name)
    assert text == "07 joint staffing Vasquez Trembley" and len(text) == len(name)
    assert name_text("J-24-0831_2024-11-05") == "J-24-0831 2024-11-05", "numbers keep hyphens"


def test_only_known_suffixes_are_kept_apart() -> None:
    assert split_suffix("Okonkwo_intake.docx", True) == ("Okonkwo_intake", ".docx")
    assert split_suffix("notes.Okonkwo", True) == ("notes.Okonkwo", "")
    assert split_suffix("Okonkwo.txt", False) == ("Okonkwo.txt", "")


@pytest.mark.parametrize("suffix", [".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".JPG"])
def test_page_files_keep_their_suffix(suffix: str) -> None:
    """A scan or PDF released without its suffix ("Organization_X" for "scan_exif.jpg")
    cannot be opened by the recipient."""
    assert split_suffix(f"Adebola_scan_exif{suffix}", True) == ("Adebola_scan_exif", suffix)


def test_changes_become_safe_words_and_one_placeholder_run_becomes_one() -> None:
    name = "Smith_John_intake"
    assert rebuild(name, [(0, 5, "[PERSON]"), (6, 10, "[PERSON]")]) == "PERSON_intake"
    assert rebuild("ssn_458-21-7736", [(4, 15, "***-**-7736")]) == "ssn_xxx_xx_7736"
    assert rebuild("Ana_and_Bo", [(0, 3, "Person K7QX"), (8, 10, "Person 2M4P")]) == (
        "Person_K7QX_and_Person_2M4P"
    )


@pytest.mark.parametrize(
    ("stem", "safe"),
    [("..hidden", "hidden"), ("a:b/c", "a_b_c"), ("", "document"), ("x" * 300, "x" * 120)],
)
def test_stems_are_safe_on_any_file_system(stem: str, safe: str) -> None:
    assert tidy(stem) == safe


def test_the_subject_is_also_matched_without_accents() -> None:
    assert subject_forms(["Inés Quiñones-Ruiz"]) == (
        "Inés Quiñones-Ruiz", "Ines Quinones-Ruiz", "Inés Quiñones Ruiz", "Ines Quinones Ruiz",
    )  # fmt: skip


def test_names_are_treated_under_each_policy(redactor_for: Callable[[str], Redactor]) -> None:
    names = [
        ("Okonkwo_Adaeze_intake.txt", True),
        ("01_intake_2024-11-05.txt", True),
        ("05_letter_to_Dr_van_der_Hoeven.txt", True),
        ("Brannigan family", False),
        ("court report.docx", True),
    ]
    research = treat_names(redactor_for("research-safe-harbor"), names, [])
    assert research == [
        "PERSON_intake.txt", "01_intake_2024.txt", "05_letter_to_Dr_PERSON.txt",
        "PERSON family", "court report.docx",
    ]  # fmt: skip
    court = treat_names(
        redactor_for("court-subpoena"),
        [*names, ("staffing_Okonkwo-Eze.docx", True)],
        ["Adaeze Okónkwo-Eze"],
    )
    assert court[0] == "Okonkwo_Adaeze_intake.txt", "the subject's name stays"
    assert court[-1] == "staffing_Okonkwo-Eze.docx", "written without accents, it stays too"
    assert court[1] == "01_intake_2024-11-05.txt", "a court keeps dates"
    assert "Brannigan" not in court[3]
    assert court[2] == "05_letter_to_Dr_van_der_Hoeven.txt", "a court reads who treated her"


def test_numbers_and_addresses_in_names_are_read_whole(
    redactor_for: Callable[[str], Redactor],
) -> None:
    names = [
        ("2025-03-14_home_visit.txt", True),
        ("Family Court order 24-JV-0192.docx", True),
        ("email_from_jdoe@example.org.txt", True),
        ("phone_log_614-555-0147.txt", True),
        ("DOB_2009_06_05_form.txt", True),
        ("intake_08.27.2025.txt", True),
    ]
    research = treat_names(redactor_for("research-safe-harbor"), names, [])
    assert research[0] == "2025_home_visit.txt", "a date read as a phone keeps its year"
    assert research[1] == "Family Court order CASE_NUMBER.docx"
    assert research[2] == "email_from_EMAIL.txt"
    assert research[3] == "phone_log_PHONE.txt"
    assert research[4:] == ["DOB_2009_form.txt", "intake_2025.txt"], "dates written in parts"
    court = treat_names(redactor_for("court-subpoena"), names, [])
    assert court[:2] == ["2025-03-14_home_visit.txt", "Family Court order 24-JV-0192.docx"]
    assert court[4] == "DOB_2009_form.txt", "a birth date keeps its year only, as in the text"


@pytest.mark.parametrize("policy", ["research-safe-harbor", "consultation"])
def test_a_topic_word_in_a_name_is_no_withholding(
    redactor_for: Callable[[str], Redactor], policy: str
) -> None:
    names = [("01_shelter_intake.txt", True), ("shelter_intake_Rosalind_Marchetti.txt", True)]
    plain, named = treat_names(redactor_for(policy), names, ())
    assert plain == "01_shelter_intake.txt"
    assert "withheld" not in named and "Marchetti" not in named and "Rosalind" not in named
    assert named.startswith("shelter_intake_")


def test_a_protection_order_declaration_keeps_its_kind(
    redactor_for: Callable[[str], Redactor],
) -> None:
    (treated,) = treat_names(
        redactor_for("research-safe-harbor"), [("03_decl_DVPO_Marchetti.txt", True)], ()
    )
    assert treated.startswith("03_decl_DVPO_") and "Marchetti" not in treated
