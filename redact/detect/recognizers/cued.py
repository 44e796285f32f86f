"""Patterns that can only match near a cue word, scanned only where a cue occurs.

Most of our identifiers are found by a keyword before them ("case no. CW-55120", "plate
7ABC123"), written as a variable-width look-behind. A regex engine tries such a pattern at
every position of the text and runs the look-behind backwards from each one; over a 2,000
character note that was a millisecond per pattern, the largest cost after NER. A cue is the
keyword alone, found in one fast forward pass; the full pattern is then tried only at the
positions from each cue's start to `reach` characters past its end, where the look-behind can
succeed. The results are exactly those of a full scan (tests compare the two on every
sample note) as long as `reach` covers what may stand between the cue and the match.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any, ClassVar

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.deadline import call_timeout
from redact.literal_gate import LiteralGate

#: Characters past a cue's end within which a cued match may start: room for "number",
#: "is", "#", ":" and white space between the keyword and the identifier.
DEFAULT_REACH = 40


class LeanPattern(Pattern):
    """A Presidio pattern that is not compiled when made.

    Presidio's `Pattern` compiles its regex once to validate it, and the recognizer
    compiles it again with its flags: for our few hundred patterns that doubled the
    largest cost of starting up. `Scan.of` compiles it once, with the flags in use, which
    validates it too (tests compile every one).
    """

    def __init__(self, name: str, regex_: str, score: float) -> None:
        if not 0 <= score <= 1:
            raise ValueError(f"pattern {name!r}: score {score} is not between 0 and 1")
        self.name = name
        self.regex = regex_
        self.score = score
        self.compiled_regex = None
        self.compiled_with_flags = None


class CuedPattern(LeanPattern):
    """A Presidio pattern with a cue: a regex every match's context must contain.

    `cue` must match the keyword the pattern's look-behind requires, starting at or before
    the match; `reach` is how far past the end of the cue the match may start; `before` is
    how far before the cue's start it may start (for patterns whose cue is inside the match,
    like the head noun after a school's name). With `from_line_start`, a match may start
    anywhere on the cue's line before it: for patterns whose words before the cue have no
    bound on their length, but never a line break. With `back`, a match may start where
    `back`, matched backwards from the cue's start, ends: the run of characters an
    e-mail address has before its "@"; with `before` too, no further back than `before`
    characters (a name before its head noun starts inside the run of characters names
    hold, so the window is the part of the one `before` alone gives where a match can
    start). `starts`, if given, matches (one character wide) every position where a
    match may begin, so a long window is tried only there.
    """

    def __init__(
        self,
        name: str,
        regex_: str,
        score: float,
        cue: str,
        reach: int = DEFAULT_REACH,
        before: int = 0,
        starts: str | None = None,
        from_line_start: bool = False,
        back: str | None = None,
    ) -> None:
        super().__init__(name, regex_, score)
        self.cue = cue
        self.reach = reach
        self.before = before
        self.starts = starts
        self.from_line_start = from_line_start
        self.back = back


@dataclass(frozen=True)
class Scan:
    """A pattern with its flags, compiled cue and window sizes if it has one.

    The pattern itself is compiled on first use: parsing our larger patterns is most of
    the cost of starting up, and a short note with no cue for a pattern never needs it.
    `compiled` may be read ahead of time to validate it.
    """

    pattern: Pattern
    flags: int
    cue: regex.Pattern[str] | None = None
    reach: int = DEFAULT_REACH
    before: int = 0
    starts: regex.Pattern[str] | None = None
    from_line_start: bool = False
    back: regex.Pattern[str] | None = None
    #: Strings one of which the text must hold for the cue (or, without a cue, the pattern)
    #: to match at all (`redact.literal_gate`): most texts are settled by a few look-ups.
    gate: LiteralGate | None = None

    @classmethod
    def of(cls, pattern: Pattern, flags: int) -> Scan:
        """A scan of `pattern` with `flags`; a `CuedPattern`'s cue is compiled now."""
        if isinstance(pattern, CuedPattern):
            cue = regex.compile(pattern.cue, flags)
            starts = regex.compile(pattern.starts, flags) if pattern.starts else None
            back = regex.compile(pattern.back, flags | regex.REVERSE) if pattern.back else None
            return cls(
                pattern, flags, cue, pattern.reach, pattern.before, starts,
                pattern.from_line_start, back, LiteralGate.of_regex(pattern.cue, flags),
            )  # fmt: skip
        return cls(pattern, flags, gate=LiteralGate.of_regex(pattern.regex, flags))

    @cached_property
    def compiled(self) -> regex.Pattern[str]:
        """The pattern compiled with the scan's flags (once, on first use)."""
        return regex.compile(self.pattern.regex, self.flags)

    def matches(self, text: str) -> Iterator[regex.Match[str]]:
        """What `finditer` finds over the whole text; with a cue, tried only near cues."""
        if self.gate is not None and not self.gate.may_match(text):
            return iter(())
        if self.cue is None:
            return self.compiled.finditer(text, timeout=call_timeout())
        windows = cue_windows(
            text, self.cue, self.reach, self.before, self.from_line_start, self.back
        )
        if not windows:
            return iter(())
        return cued_matches(text, self.compiled, windows, self.starts)


def cue_windows(
    text: str,
    cue: regex.Pattern[str],
    reach: int,
    before: int,
    from_line_start: bool = False,
    back: regex.Pattern[str] | None = None,
) -> list[range]:
    """Merged ranges of positions where a match may start, one per run of nearby cues."""
    windows: list[range] = []
    timeout = call_timeout()
    for found in cue.finditer(text, timeout=timeout):
        if from_line_start:
            start = text.rfind("\n", 0, found.start()) + 1
        elif back is not None:
            lowest = max(0, found.start() - before) if before else 0
            behind = back.match(text, lowest, found.start(), timeout=timeout)
            start = behind.start() if behind is not None else found.start()
        else:
            start = max(0, found.start() - before)
        stop = min(len(text), found.end() + reach) + 1
        if windows and start <= windows[-1].stop:
            windows[-1] = range(windows[-1].start, max(stop, windows[-1].stop))
        else:
            windows.append(range(start, stop))
    return windows


def cued_matches(
    text: str,
    compiled: regex.Pattern[str],
    windows: list[range],
    starts: regex.Pattern[str] | None = None,
) -> Iterator[regex.Match[str]]:
    """Non-overlapping leftmost matches starting inside `windows`, as `finditer` finds them.

    Each position is tried with the whole text in view (look-behinds see before it,
    look-aheads past the window), so a match is the one a full scan finds there. With
    `starts`, only the positions it matches are tried.
    """
    position = 0
    timeout = call_timeout()
    for window in windows:
        position = max(position, window.start)
        while position < window.stop:
            if starts is not None:
                start = starts.search(text, position, window.stop)
                if start is None:
                    break
                position = start.start()
            found = compiled.match(text, position, timeout=timeout)
            if found is not None and found.end() > found.start():
                yield found
                position = found.end()
            else:
                position += 1


class CuedPatternRecognizer(PatternRecognizer):
    """A pattern recognizer that scans cued patterns only near their cues.

    Plain patterns are scanned in full. Validation, invalidation, scores and the
    explanation follow Presidio's `PatternRecognizer`, so the analyzer sees no difference.
    """

    #: Flags to compile with instead of Presidio's global ones, for patterns that carry
    #: their own inline flags (Presidio's URL patterns start with "(?i)").
    SCAN_FLAGS: ClassVar[int | None] = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Built without arguments, a recognizer of ours is built from the `ENTITY`,
        `PATTERNS`, `CONTEXT` and (where it declares them) `FLAGS` class constants."""
        declared = getattr(self, "PATTERNS", None)
        if not args and "patterns" not in kwargs and declared:
            defaults: dict[str, Any] = {
                "supported_entity": getattr(self, "ENTITY", None),
                "patterns": list(declared),
                "context": list(getattr(self, "CONTEXT", ())),
            }
            if hasattr(self, "FLAGS"):
                defaults["global_regex_flags"] = self.FLAGS
            kwargs = {**defaults, **kwargs}
        super().__init__(*args, **kwargs)
        flags = self.SCAN_FLAGS if self.SCAN_FLAGS is not None else self.global_regex_flags
        # A plain int: the `regex` parser tests the flags thousands of times while it
        # compiles, and each test on a `RegexFlag` goes through the slow `enum` operators.
        self.flags: int = int(flags or 0)
        patterns: list[Pattern] = self.patterns  # type: ignore[has-type]
        self._scans = [Scan.of(p, self.flags) for p in patterns]

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Findings of every pattern; cued patterns tried only within their cue windows."""
        results: list[RecognizerResult] = []
        for scan in self._scans:
            for found in scan.matches(text):
                result = self._result(text, scan.pattern, found)
                if result is not None and result.score > EntityRecognizer.MIN_SCORE:
                    results.append(result)
        if len(results) < 2:  # most scans: nothing to deduplicate, no score of zero
            return results
        return EntityRecognizer.remove_duplicates(results)

    def _result(
        self, text: str, pattern: Pattern, found: regex.Match[str]
    ) -> RecognizerResult | None:
        start, end = found.span()
        matched = text[start:end]
        if not matched:
            return None
        validation = self.validate_result(matched)
        score = pattern.score
        if validation is not None:
            score = EntityRecognizer.MAX_SCORE if validation else EntityRecognizer.MIN_SCORE
        if self.invalidate_result(matched):
            score = EntityRecognizer.MIN_SCORE
        name: str = self.name  # type: ignore[has-type]
        explanation = self.build_regex_explanation(
            name, pattern.name, pattern.regex, pattern.score, validation,  # type: ignore[arg-type]
            self.flags,
        )  # fmt: skip
        explanation.score = score
        return RecognizerResult(
            entity_type=self.supported_entities[0],
            start=start,
            end=end,
            score=score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
