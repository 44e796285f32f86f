"""Presidio's phone recognizer over eight regions, run only around runs of digits.

Presidio's `PhoneRecognizer` hands the whole text to libphonenumber's matcher once per
region; with the eight regions our clients' numbers come from, that was the largest cost
among the recognizers. A phone number is a run of digits joined by at most a few
punctuation or space characters, with at least `MIN_DIGITS` digits (the shortest valid
numbers of these regions have that many), so the matcher is given only windows around such
runs, with enough text either side for its own checks of what precedes and follows a
candidate ("ext. 12", a letter glued to the number, a time stamp). Same matcher, same
regions, same results (tests compare the two on notes and the shared corpora).
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import PhoneMetadata, PhoneNumber, PhoneNumberMatch, PhoneNumberMatcher
from phonenumbers import phonenumbermatcher as _matcher
from phonenumbers.phonenumberutil import NumberParseException
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from redact.detect.listcache import cached

#: The regions whose national formats we recognise without a country code.
REGIONS = ("US", "CA", "GB", "DE", "FR", "IN", "MX", "BR")


def fewest_digits(regions: tuple[str, ...]) -> int:
    """The fewest digits any valid number of `regions` has, from libphonenumber's metadata.

    Short numbers count: German numbers may have four digits, and Presidio does report a
    bare "1640" as a phone number, so a window is opened for runs that short too.
    """
    lengths: list[int] = []
    for region in regions:
        metadata = PhoneMetadata.metadata_for_region(region)
        if metadata is None or metadata.general_desc is None:
            raise ValueError(f"no phone metadata for region {region!r}")
        lengths += metadata.general_desc.possible_length
    return min(lengths)


#: Fewer digits than this cannot make a valid number in any of `REGIONS`.
MIN_DIGITS = fewest_digits(REGIONS)

#: Characters of context either side of a run handed to the matcher with it.
MARGIN = 30

#: Digits joined by up to four non-word characters or an "x": a superset of what
#: libphonenumber's matcher accepts between the digit blocks of one candidate.
_DIGIT_RUN = re.compile(r"\d(?:(?:[^\w]|[xX_]){0,4}\d)*")


def digit_windows(text: str) -> list[tuple[int, int]]:
    """Merged (start, end) windows around every run of at least `MIN_DIGITS` digits."""
    windows: list[tuple[int, int]] = []
    for run in _DIGIT_RUN.finditer(text):
        if sum(ch.isdigit() for ch in run.group()) < MIN_DIGITS:
            continue
        start, end = max(0, run.start() - MARGIN), min(len(text), run.end() + MARGIN)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def region_minimums(regions: tuple[str, ...]) -> dict[str, int]:
    """For each region, the fewest digits a number its matcher accepts can have.

    Read without a "+", a number is in the region's country code, or is dialled through its
    international prefix (two digits or more) to any country: so the fewest digits are the
    shortest number length in the region's country code, or two plus the shortest country
    code and number length anywhere, whichever is smaller. A window with fewer digits in
    all than a region's minimum cannot hold one of its numbers, so that region is skipped.
    """
    everywhere = [_metadata(region) for region in phonenumbers.SUPPORTED_REGIONS]
    anywhere = min(len(str(m.country_code)) + _shortest(m) for m in everywhere)
    minimums = {}
    for region in regions:
        code = _metadata(region).country_code
        same_code = min(_shortest(m) for m in everywhere if m.country_code == code)
        minimums[region] = min(same_code, 2 + anywhere)
    return minimums


def _metadata(region: str) -> PhoneMetadata:
    metadata = PhoneMetadata.metadata_for_region(region)
    if metadata is None or metadata.general_desc is None:
        raise ValueError(f"no phone metadata for region {region!r}")
    return metadata


def _shortest(metadata: PhoneMetadata) -> int:
    general = metadata.general_desc
    lengths = [n for n in general.possible_length if n > 0] if general is not None else []
    return min(lengths) if lengths else 99


#: The matcher's own candidate pattern, its cut before a second number, and its date test.
#: They are module internals of libphonenumber's Python port; if a release renames them,
#: `only_dates` answers False and every window is matched as before.
_CANDIDATE = getattr(_matcher, "_PATTERN", None)
_SECOND_NUMBER = getattr(_matcher, "_SECOND_NUMBER_START_PATTERN", None)
_SLASH_DATE = getattr(_matcher, "_SLASH_SEPARATED_DATES", None)


def only_dates(piece: str) -> bool:
    """True when every candidate the matcher would try in `piece` is a slash date.

    The matcher takes its candidates one after another with its own pattern, cuts each
    before a second number, and rejects a candidate that reads as a date ("4/3/2025")
    before it looks at any region. A window whose candidates are all such dates yields
    nothing in any region: half the windows of a case note are a date and nothing else,
    and each was matched eight times.
    """
    if _CANDIDATE is None or _SECOND_NUMBER is None or _SLASH_DATE is None:
        return False
    found = _CANDIDATE.search(piece)
    if found is None:
        return False
    while found is not None:
        candidate = piece[found.start() : found.end()]
        second = _SECOND_NUMBER.search(candidate)
        if second is not None:
            candidate = candidate[: second.start()]
        if not _SLASH_DATE.search(candidate):
            return False
        found = _CANDIDATE.search(piece, found.start() + len(candidate))
    return True


#: Region -> fewest digits of a number its matcher can accept without a "+". Working it
#: out reads the metadata of every region (50 ms of `redact note`'s start), so the answer
#: is cached on disk with the word lists, keyed by the phonenumbers version.
REGION_MINIMUMS: dict[str, int] = cached(
    "phone-minimums", ("phonenumbers",), lambda: region_minimums(REGIONS), extra=",".join(REGIONS)
)
_PLUS = ("+", "\uff0b")


#: Verdicts remembered before the memo starts over (a few MB at most).
VERDICT_MEMO_SIZE = 100_000

#: (candidate, region, leniency, character before, character after) -> the verified number.
Verdicts = dict[tuple[str, str, int, str, str], PhoneNumber | None]


#: More tries than the matcher can spend on a text, per character of it: a candidate costs
#: one try, and each of its six inner patterns two and one more per further group, each
#: group starting at a later character of the candidate (at most 13 per character).
_TRIES_PER_CHARACTER = 16


class RememberingMatcher(PhoneNumberMatcher):
    """libphonenumber's matcher, remembering each candidate's verdict for its region.

    Parsing and validating a candidate is most of a phone scan, and a case file repeats
    its candidates: the year, the client's and the agency's numbers, each tried once per
    region. The verdict depends only on the candidate, the region, the leniency and the
    characters just before and after it (the matcher refuses a number glued to a
    letter), so those are the key, and a remembered verdict is the one the matcher
    would reach again. The memo belongs to one recognizer, so to one release. A candidate
    with too few digits for the region is turned down before any of that.
    """

    def __init__(self, text: str, region: str, leniency: int, memo: Verdicts) -> None:
        super().__init__(text, region, leniency=leniency)
        self._memo = memo
        self._fewest = REGION_MINIMUMS.get(region, 0)

    def _extract_match(self, candidate: str, offset: int) -> PhoneNumberMatch | None:
        """The matcher's own extraction, skipped for a candidate too short for the region.

        Every number the matcher could take from a candidate (the whole, or a group of it
        found by its inner patterns) is a part of it, with no more digits and no "+" it has
        not: so a candidate `_too_short` as a whole yields nothing, and its inner patterns
        need not run. The skipped tries would only have counted down `_max_tries`, which a
        window this short cannot run out of (`_TRIES_PER_CHARACTER`), so what the matcher
        finds after the candidate is the same.
        """
        if self._too_short(candidate) and self._max_tries > _TRIES_PER_CHARACTER * (
            len(self.text) + 1
        ):
            return None
        match: PhoneNumberMatch | None = super()._extract_match(candidate, offset)
        return match

    def _parse_and_verify(self, candidate: str, offset: int) -> PhoneNumberMatch | None:
        if self._too_short(candidate):
            return None
        text: str = self.text
        end = offset + len(candidate)
        key = (
            candidate,
            str(self.preferred_region),
            int(self.leniency),
            text[offset - 1] if offset > 0 else "",
            text[end] if end < len(text) else "",
        )
        memo = self._memo
        if key in memo:
            number = memo[key]
            return None if number is None else PhoneNumberMatch(offset, candidate, number)
        match: PhoneNumberMatch | None = super()._parse_and_verify(candidate, offset)
        if len(memo) >= VERDICT_MEMO_SIZE:
            memo.clear()
        memo[key] = None if match is None else match.number
        return match

    def _too_short(self, candidate: str) -> bool:
        """Whether `candidate` has too few digits to be a number of this region.

        The rule that skips a window for a region (`region_minimums`) holds for each
        candidate in it: a year or a house number tried as a phone number. Two in three
        candidates the matcher parsed in case notes were such, and all were turned down.
        """
        if "+" in candidate or "\uff0b" in candidate:  # `_PLUS`
            return False
        return sum(map(str.isdigit, candidate)) < self._fewest


def number_region(number: str, fallback: str) -> str:
    """The region a matched number belongs to, if it says (a "+44 ..."), else `fallback`."""
    try:
        region = phonenumbers.region_code_for_number(phonenumbers.parse(number))
    except NumberParseException:
        return fallback
    return str(region) if region is not None else fallback


class RegionalPhoneRecognizer(PhoneRecognizer):
    """Phone numbers of `REGIONS` (entity PHONE_NUMBER), searched only near digit runs."""

    def __init__(self) -> None:
        super().__init__(supported_regions=REGIONS, name="PhoneRecognizer")
        self.verdicts: Verdicts = {}
        self._regions: dict[tuple[str, str], str] = {}

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Presidio's phone matching, window by window, with offsets into the whole text.

        Each window is matched for every region whose numbers it has digits enough for;
        a window with a "+" for every region; a window of dates alone for none.
        """
        results: list[RecognizerResult] = []
        for start, end in digit_windows(text):
            piece = text[start:end]
            if only_dates(piece):
                continue
            digits = sum(ch.isdigit() for ch in piece)
            international = any(plus in piece for plus in _PLUS)
            for region in REGIONS:
                if international or digits >= REGION_MINIMUMS[region]:
                    results += self._matches(piece, region, start, nlp_artifacts)
        return EntityRecognizer.remove_duplicates(results)

    def _matches(
        self, piece: str, region: str, offset: int, nlp_artifacts: NlpArtifacts | None
    ) -> list[RecognizerResult]:
        """Presidio's results for one region in one window, shifted by `offset`."""
        found = []
        for match in RememberingMatcher(piece, region, self.leniency or 0, self.verdicts):
            result: RecognizerResult = self._get_recognizer_result(  # type: ignore[no-untyped-call]
                match, piece, self._number_region(match.raw_string, region), nlp_artifacts
            )
            result.start += offset
            result.end += offset
            found.append(result)
        return found

    def _number_region(self, number: str, fallback: str) -> str:
        """`number_region`, remembered for this recognizer's release."""
        key = (number, fallback)
        region = self._regions.get(key)
        if region is None:
            if len(self._regions) >= VERDICT_MEMO_SIZE:
                self._regions.clear()
            region = self._regions[key] = number_region(number, fallback)
        return region
