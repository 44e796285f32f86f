"""What each built-in policy promises about a gold span, and the leak rule beyond a perfect
redaction: pure functions, no model."""

from __future__ import annotations

import pytest

from redact.evaluate.corpus import GoldSpan
from redact.evaluate.metrics import output_words
from redact.evaluate.promise import (
    Promise,
    blanked,
    in_organisation_address,
    intact,
    keeps_ages,
    leaked,
    partial_action,
    promise_for,
    role_of,
)
from redact.evaluate.report import Tally
from redact.policy.loader import load_policy


def _span(label: str, role: str | None = None, **fields: str) -> GoldSpan:
    extra = dict(fields, **({"role": role} if role else {}))
    return GoldSpan(0, 4, label, tuple(sorted(extra.items())))


@pytest.mark.parametrize(
    ("policy", "span", "promise"),
    [
        # a court keeps the subject's names and dates, removes third parties and phones
        ("court-subpoena", _span("PERSON", "subject"), Promise.SUBJECT_KEPT),
        ("court-subpoena", _span("DATE_TIME", "subject"), Promise.SUBJECT_KEPT),
        ("court-subpoena", _span("PHONE_NUMBER", "subject"), Promise.NONE),
        ("court-subpoena", _span("PERSON", "third_party", sub_role="relative"), Promise.MUST_GO),
        ("court-subpoena", _span("PHONE_NUMBER", "third_party"), Promise.MUST_GO),
        ("court-subpoena", _span("DATE_TIME", "third_party"), Promise.NONE),
        ("court-subpoena", _span("CASE_NUMBER", "organisation"), Promise.NONE),
        # the next provider keeps contact details for the client's sake, not a third party's
        ("provider-referral", _span("PHONE_NUMBER", "subject"), Promise.SUBJECT_KEPT),
        ("provider-referral", _span("PHONE_NUMBER", "third_party"), Promise.MUST_GO),
        ("provider-referral", _span("STREET_ADDRESS", "third_party"), Promise.MUST_GO),
        ("mandated-report", _span("EMAIL_ADDRESS", "third_party"), Promise.MUST_GO),
        ("provider-referral", _span("PHONE_NUMBER", "professional"), Promise.NONE),
        ("provider-referral", _span("DATE_OF_BIRTH", "third_party"), Promise.NONE),
        ("court-subpoena", _span("MEANING", kind="age"), Promise.MEANING_KEPT),
        # professionals' names stay where the policy keeps professionals; their phones follow
        # the phone rule; an organisation's address is not scored where the agency stays
        ("court-subpoena", _span("PERSON", "professional"), Promise.PROFESSIONAL_KEPT),
        ("provider-referral", _span("PERSON", "professional"), Promise.PROFESSIONAL_KEPT),
        ("court-subpoena", _span("PHONE_NUMBER", "professional"), Promise.MUST_GO),
        ("consultation", _span("PERSON", "professional"), Promise.MUST_GO),
        ("social-media", _span("PERSON", "professional"), Promise.MUST_GO),
        ("court-subpoena", _span("STREET_ADDRESS", "organisation"), Promise.NONE),
        ("social-media", _span("STREET_ADDRESS", "organisation"), Promise.MUST_GO),
        # the court's own county or town, the agency's letterhead town: the recipient's own
        # identity and the agency's address where the agency stays, a place like any other
        # where it goes; a place the client lives in must go from a court
        ("court-subpoena", _span("LOCATION", "place", sub_role="court"), Promise.NONE),
        ("court-subpoena", _span("LOCATION", "place", sub_role="agency"), Promise.NONE),
        ("court-subpoena", _span("LOCATION", "place"), Promise.MUST_GO),
        ("consultation", _span("LOCATION", "place", sub_role="court"), Promise.MUST_GO),
        ("research-safe-harbor", _span("LOCATION", "place", sub_role="agency"), Promise.MUST_GO),
        # policies that do not keep the subject remove the subject's names too
        ("social-media", _span("PERSON", "subject"), Promise.MUST_GO),
        ("research-safe-harbor", _span("DATE_TIME", "subject"), Promise.MUST_GO),
        ("research-safe-harbor", _span("MEANING", kind="age"), Promise.MEANING_KEPT),
        ("consultation", _span("MEANING", kind="age"), Promise.NONE),  # ages banded
        ("consultation", _span("MEANING", kind="diagnosis"), Promise.MEANING_KEPT),
        ("social-media", _span("MEANING", kind="age"), Promise.NONE),
        # an old corpus: no role, a label no policy knows gets the strictest rule
        ("court-subpoena", _span("CODE"), Promise.MUST_GO),
        ("consultation", _span("NRP"), Promise.NONE),
    ],
)
def test_promise_for_each_policy(policy: str, span: GoldSpan, promise: Promise) -> None:
    assert promise_for(span, load_policy(policy).policy) is promise


def test_a_place_beside_an_organisation_address_is_not_scored_where_the_agency_stays() -> None:
    text = "Hillcrest Clinic\n12 Oak St, Ithaca NY\n\nSeen in Ithaca."
    street = GoldSpan(17, 26, "STREET_ADDRESS", (("role", "organisation"),))
    town, later = (GoldSpan(s, s + 6, "LOCATION", (("role", "place"),)) for s in (28, 46))
    spans = [street, town, later]
    court, social = (load_policy(n).policy for n in ("court-subpoena", "social-media"))
    assert in_organisation_address(text, town, spans)
    assert not in_organisation_address(text, later, spans)
    assert promise_for(town, court, beside_agency_address=True) is Promise.NONE
    assert promise_for(later, court, beside_agency_address=False) is Promise.MUST_GO
    assert promise_for(town, social, beside_agency_address=True) is Promise.MUST_GO


@pytest.mark.parametrize(
    ("policy", "written", "promise"),
    [
        # consultation keeps a date's month and year: a date written no finer is released
        # as written, and only a finer one must go
        ("consultation", "October 2025", Promise.NONE),
        ("consultation", "July", Promise.NONE),
        ("consultation", "10/2025", Promise.NONE),
        ("consultation", "October 9, 2025", Promise.MUST_GO),
        ("consultation", "10/28", Promise.MUST_GO),
        # research keeps the year only: a month goes
        ("research-safe-harbor", "2025", Promise.NONE),
        ("research-safe-harbor", "October 2025", Promise.MUST_GO),
        ("social-media", "October 2025", Promise.MUST_GO),
    ],
)
def test_a_date_no_finer_than_the_policys_granularity_is_not_scored(
    policy: str, written: str, promise: Promise
) -> None:
    span = _span("DATE_TIME", "subject")
    assert promise_for(span, load_policy(policy).policy, written=written) is promise


def test_ages_and_partial_actions_by_policy() -> None:
    policies = {n: load_policy(n).policy for n in ("court-subpoena", "research-safe-harbor")}
    assert keeps_ages(policies["court-subpoena"]) and keeps_ages(policies["research-safe-harbor"])
    assert not keeps_ages(load_policy("consultation").policy)
    assert partial_action(_span("DATE_TIME"), policies["research-safe-harbor"])
    assert partial_action(_span("MEMBER_ID"), policies["court-subpoena"])
    assert not partial_action(_span("PERSON"), policies["court-subpoena"])


def test_role_of_names_third_parties_with_their_sub_role() -> None:
    assert role_of(_span("PERSON", "third_party", sub_role="neighbour")) == "third_party/neighbour"
    assert role_of(_span("PERSON", "professional")) == "professional"
    assert role_of(_span("PERSON")) == "-"


TEXT = "Kevin Przybylski visited Walter Przybylski on 7/22/2025."


def _gold(needle: str) -> GoldSpan:
    start = TEXT.index(needle)
    return GoldSpan(start, start + len(needle), "PERSON")


def _leaked(span: GoldSpan, output: str, perfect: str, whole_only: bool = False) -> bool:
    text = TEXT[span.start : span.end]
    return leaked(text, output, output_words(output), perfect, output_words(perfect), whole_only)


def test_a_shared_surname_is_no_leak_where_the_subject_stays() -> None:
    son = _gold("Kevin Przybylski")
    perfect = blanked(TEXT, [son])
    assert perfect == "  visited Walter Przybylski on 7/22/2025."
    assert not _leaked(son, "[PERSON] visited Walter Przybylski on 7/22/2025.", perfect)
    assert _leaked(son, "Kevin [PERSON] visited Walter Przybylski on 7/22/2025.", perfect)


def test_a_generalised_date_leaks_only_when_whole() -> None:
    start = TEXT.index("7/22/2025")
    date = GoldSpan(start, start + 9, "DATE_TIME")
    perfect = blanked(TEXT, [date])
    kept_year = TEXT.replace("7/22/2025", "2025")
    assert _leaked(date, kept_year, perfect)  # "2025" is a word of the span
    text = TEXT[date.start : date.end]
    assert not leaked(
        text, kept_year, output_words(kept_year), perfect, output_words(perfect), True
    )
    assert leaked(text, TEXT, output_words(TEXT), perfect, output_words(perfect), True)


def test_intact_means_untouched() -> None:
    walter = _gold("Walter Przybylski")
    assert intact(walter, [(0, 16)])
    assert not intact(walter, [(30, 35)])


def test_spans_inside_a_withheld_passage_are_counted_apart() -> None:
    from redact.evaluate.corpus import GoldDocument
    from redact.evaluate.promise_run import PromiseScorer

    # "Suboxone" in a passage withheld under Part 2 is neither kept nor lost; "ADHD" outside
    # it is kept, and the subject's name inside it is counted apart too
    text = "Ana has ADHD. Ana takes Suboxone daily."
    spans = (
        GoldSpan(8, 12, "MEANING", (("kind", "diagnosis"),)),
        GoldSpan(14, 17, "PERSON", (("role", "subject"),)),
        GoldSpan(24, 32, "MEANING", (("kind", "medication"),)),
    )
    document = GoldDocument("d", text, spans, subject=("Ana",))
    scorer = PromiseScorer(load_policy("court-subpoena").policy)
    withheld = ((14, len(text)),)
    scorer.add(document, withheld, "Ana has ADHD. [withheld]", withheld)
    report = scorer.report("c", "m", 0.0)
    assert report.in_withheld == 2
    assert (report.meaning.spans, report.meaning.kept) == (1, 1)
    assert report.subject.spans == 0


def test_a_birth_year_alone_is_what_a_year_policy_releases() -> None:
    span = _span("DATE_OF_BIRTH", "third_party")
    research, social = (load_policy(n).policy for n in ("research-safe-harbor", "social-media"))
    assert promise_for(span, research, written="1985") is Promise.NONE
    assert promise_for(span, research, written="03/17/1985") is Promise.MUST_GO
    assert promise_for(span, social, written="1985") is Promise.MUST_GO


def test_the_words_of_our_part2_notice_are_no_leak() -> None:
    from redact.evaluate.corpus import GoldDocument
    from redact.evaluate.promise_run import PromiseScorer
    from redact.topics.withhold import PART2_NOTICE

    # a mother texting as "court" is removed; the notice's "as a court authorises" is ours
    text = "6:12p  court: where r u"
    spans = (GoldSpan(7, 12, "PERSON", (("role", "third_party"), ("sub_role", "relative"))),)
    document = GoldDocument("d", text, spans, subject=("Nate",))
    scorer = PromiseScorer(load_policy("provider-referral").policy)
    output = f"6:12p  [PERSON]: where r u\n\n{PART2_NOTICE}\n"
    scorer.add(document, ((7, 12),), output)
    report = scorer.report("c", "m", 0.0)
    assert (report.must_go.spans, report.must_go.covered, report.must_go.leaked) == (1, 1, 0)
    # the same word left in the record's own text is a leak
    scorer = PromiseScorer(load_policy("provider-referral").policy)
    scorer.add(document, ((7, 12),), f"6:12p  [PERSON]: where r u court\n\n{PART2_NOTICE}\n")
    assert scorer.report("c", "m", 0.0).must_go.leaked == 1


def _scored(
    text: str, spans: tuple[GoldSpan, ...], removed: tuple[tuple[int, int], ...], out: str
) -> Tally:
    from redact.evaluate.corpus import GoldDocument
    from redact.evaluate.promise_run import PromiseScorer

    scorer = PromiseScorer(load_policy("research-safe-harbor").policy)
    scorer.add(GoldDocument("d", text, spans, subject=("Nate",)), removed, out)
    return scorer.report("c", "m", 0.0).must_go


CAPTION = "Hearing 3/14/2025 in 2025 CRB 004417."
_DATE = (CAPTION.index("3/14"), CAPTION.index("3/14") + 9)
_CASE = (CAPTION.index("2025 CRB"), CAPTION.index("2025 CRB") + 15)
CAPTION_SPANS = (GoldSpan(*_DATE, "DATE_TIME"), GoldSpan(*_CASE, "CASE_NUMBER"))


def test_a_year_a_generalised_date_writes_is_no_leak_of_a_case_number() -> None:
    # the case number is gone whole; "2025" is the year its date keeps
    tally = _scored(CAPTION, CAPTION_SPANS, (_DATE, _CASE), "Hearing 2025 in [CASE_NUMBER].")
    assert (tally.spans, tally.covered, tally.leaked) == (2, 2, 0)


@pytest.mark.parametrize(
    ("removed", "out"),
    [
        # the number's own year left in the record's text: a leak (and a miss)
        ((_DATE, (_CASE[0] + 5, _CASE[1])), "Hearing 2025 in 2025 [CASE_NUMBER]."),
        # another word of the number shown beside the year the date writes
        ((_DATE, (_CASE[0], _CASE[0] + 8)), "Hearing 2025 in [CASE_NUMBER] 004417."),
    ],
)
def test_a_case_numbers_year_still_leaks_where_the_record_shows_it(
    removed: tuple[tuple[int, int], ...], out: str
) -> None:
    assert _scored(CAPTION, CAPTION_SPANS, removed, out).leaked == 1


def test_a_written_year_still_leaks_a_name_or_an_address() -> None:
    # the rule is for identifier numbers only
    assert leaked(
        "Unit 2025", "on 2025", frozenset({"on", "2025"}), " ", frozenset(), False,
        frozenset({"2025"}), "STREET_ADDRESS",
    )  # fmt: skip
    assert not leaked(
        "2025-0193", "on 2025", frozenset({"on", "2025"}), " ", frozenset(), False,
        frozenset({"2025"}), "CASE_NUMBER",
    )  # fmt: skip


def test_a_placeholders_own_word_is_no_leak() -> None:
    text = "Attends RIVERSIDE HIGH SCHOOL daily."
    start = text.index("RIVERSIDE")
    spans = (GoldSpan(start, start + 21, "SCHOOL"),)
    tally = _scored(text, spans, ((start, start + 21),), "Attends [SCHOOL] daily.")
    assert (tally.covered, tally.leaked) == (1, 0)
    # the same word left in the record's text is a leak
    tally = _scored(text, spans, ((start, start + 14),), "Attends [SCHOOL] SCHOOL daily.")
    assert tally.leaked == 1


def test_a_year_a_date_shows_as_written_is_no_leak_of_a_case_number() -> None:
    # "in 2025" is a date no finer than the year: research releases it as written
    text = "Moved in 2025. Case 2025 CRB 004417."
    year, case = text.index("2025"), text.index("2025 CRB")
    spans = (GoldSpan(year, year + 4, "DATE_TIME"), GoldSpan(case, case + 15, "CASE_NUMBER"))
    tally = _scored(text, spans, ((case, case + 15),), "Moved in 2025. Case [CASE_NUMBER].")
    assert (tally.spans, tally.leaked) == (1, 0)
