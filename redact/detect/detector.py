"""Detection end to end: NER and patterns, then the subject and every mention of each name.

Holds what is expensive to build (the spaCy pipeline, the analyzer) and is built once per
process. Streams go through `nlp.pipe` in batches; Presidio's analyzer then runs the pattern
recognizers on the precomputed NLP artifacts, so each text is parsed exactly once.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass

from presidio_analyzer import RecognizerResult

from redact.detect.acting_names import acting_name_findings
from redact.detect.address_blocks import address_block_findings
from redact.detect.address_names import names_out_of_addresses
from redact.detect.age_columns import age_column_findings
from redact.detect.aged_names import aged_name_findings
from redact.detect.agency_acronyms import agency_acronym_findings
from redact.detect.airport_codes import airport_code_findings
from redact.detect.apposed_names import apposed_name_findings
from redact.detect.at_sign_names import split_at_signs
from redact.detect.billing_codes import drop_billing_codes
from redact.detect.campus_places import campus_place_findings
from redact.detect.caption_names import caption_name_findings
from redact.detect.case_styles import split_case_styles
from redact.detect.clinical_counts import settle_clinical_counts
from redact.detect.code_tokens import (
    code_token_findings,
    long_number_findings,
    outside_member_ids,
)
from redact.detect.column_gaps import cut_at_column_gaps
from redact.detect.compound_towns import compound_town_findings
from redact.detect.congregations import congregation_findings
from redact.detect.coordinated_names import coordinated_name_findings
from redact.detect.deadline import MESSAGE as DEADLINE_MESSAGE
from redact.detect.deadline import deadline, seconds_for
from redact.detect.described_places import described_place_findings
from redact.detect.descriptive_surnames import descriptive_surname_findings
from redact.detect.employer_mentions import employer_mention_findings
from redact.detect.employer_names import employer_name_findings
from redact.detect.engine import LANGUAGE, build_analyzer
from redact.detect.extensions import with_extensions
from redact.detect.field_names import field_name_findings
from redact.detect.greeting_names import greeting_name_findings
from redact.detect.header_cells import without_header_cells
from redact.detect.header_places import header_place_findings
from redact.detect.initialled_organisations import initials_over_organisations
from redact.detect.initials import initials_findings
from redact.detect.institution_people import yield_to_institutions
from redact.detect.inverted_names import inverted_name_findings
from redact.detect.job_titles import keep_titles
from redact.detect.joined_names import (
    joined_name_findings,
    joined_people,
    split_joined_names,
)
from redact.detect.label_columns import column_values
from redact.detect.labelled import labelled_values, settle_labelled
from redact.detect.labelled_names import labelled_name_findings
from redact.detect.labelled_shapes import typed_like_labelled
from redact.detect.letter_initials import (
    absorb_initials,
    absorb_middle_initials,
    letter_initial_findings,
)
from redact.detect.letter_people import letter_person_findings
from redact.detect.lexicon import ReleaseNames, release_name_findings
from redact.detect.log_initials import log_initial_findings
from redact.detect.lone_given_names import lone_given_name_findings
from redact.detect.lower_case_addresses import lower_case_address_findings
from redact.detect.lower_case_names import lower_case_name_findings
from redact.detect.lower_case_places import lower_case_place_findings
from redact.detect.lower_dotted_initials import lower_dotted_initial_findings
from redact.detect.lower_initial_names import absorb_lower_initials, lower_initial_name_findings
from redact.detect.lowered_names import lowered_name_findings
from redact.detect.marked_numbers import marked_values
from redact.detect.meaning_filter import keep_meaning
from redact.detect.measurements import drop_measurements
from redact.detect.misreadings import drop_misreadings, drop_session_names
from redact.detect.model import resolve_model_name
from redact.detect.name_initials import with_initials
from redact.detect.name_neighbours import name_neighbour_findings
from redact.detect.name_syllables import with_name_syllables
from redact.detect.named_ages import with_named_ages
from redact.detect.named_states import without_named_states
from redact.detect.named_terms import drop_named_terms, drop_observances
from redact.detect.names import (
    GROWN,
    absorb_titles,
    assign_groups,
    declared_nicknames,
    key_groups,
    propagate_names,
    regroup,
    towns_over_ner_people,
)
from redact.detect.naming_cues import mark_subject_cued_names, naming_cue_findings
from redact.detect.nlp_engine import LeanNlpArtifacts, LeanSpacyNlpEngine
from redact.detect.number_first import ages_first, numbers_first
from redact.detect.org_heads import grow_organisations, lower_case_bank_findings
from redact.detect.org_names import org_name_findings
from redact.detect.organisation_mentions import organisation_mention_findings
from redact.detect.organisation_people import people_to_organisations
from redact.detect.parenthesised_labels import with_bracketed
from redact.detect.particles import join_particles, particle_surnames
from redact.detect.person_shapes import (
    grow_names,
    person_shape_findings,
    relabel_person_shaped,
    unwrap_people,
)
from redact.detect.pieces import PIECE_CHARS, owned, split_pieces
from redact.detect.place_bodies import place_body_findings
from redact.detect.place_names import place_name_findings
from redact.detect.place_nouns import place_noun_findings
from redact.detect.police_numbers import police_values
from redact.detect.quoted_contacts import quoted_contact_findings
from redact.detect.release_subject import mark_release_subject
from redact.detect.repeated_speakers import repeated_speaker_findings
from redact.detect.residence_rooms import residence_room_findings
from redact.detect.role_titles import role_title_findings
from redact.detect.roster_names import roster_name_findings
from redact.detect.school_cues import school_cue_findings
from redact.detect.shop_branches import shop_branch_findings
from redact.detect.short_form_keys import link_short_forms
from redact.detect.short_forms import (
    release_forms_of_others,
    short_form_findings,
    subject_short_forms,
)
from redact.detect.signature_marks import signature_mark_findings
from redact.detect.signed_names import signed_name_findings
from redact.detect.signing_initials import signing_initial_findings
from redact.detect.slashed_names import slashed_name_findings
from redact.detect.spanish_cues import (
    absorb_courtesy_titles,
    spanish_cue_findings,
    trim_spanish_words,
)
from redact.detect.state_towns import state_town_findings, town_state_pair_findings
from redact.detect.street_names import street_name_findings
from redact.detect.street_nicknames import street_nickname_findings
from redact.detect.subject import (
    NAME_OR_MISREAD,
    mark_subject,
    spelled_middle_names,
    split_off_subject,
    subject_mentions,
    subject_pattern,
    titled_double_initials,
)
from redact.detect.subject_aliases import mark_subject_aliases
from redact.detect.subject_alternates import mark_subject_alternates
from redact.detect.subject_handles import mark_subject_handle_names
from redact.detect.subject_initial_cores import cut_to_subject_initials
from redact.detect.subject_initials import mark_subject_initials
from redact.detect.subject_key import key_subject
from redact.detect.subject_tails import split_subject_tails
from redact.detect.titled_surnames import titled_surname_groups
from redact.detect.town_agencies import with_town_agencies
from redact.detect.tribal_nations import tribal_nation_findings
from redact.detect.trim import trim_findings
from redact.detect.unknown_words import unknown_word_findings
from redact.detect.venue_streets import venue_street_findings
from redact.detect.water_places import water_place_findings
from redact.detect.weekday_dates import with_weekdays
from redact.detect.workplaces import workplace_findings
from redact.detect.world_towns import world_town_findings
from redact.detect.wrapped_names import people_before_wrappers
from redact.entities import GENERIC_TYPES
from redact.errors import DetectionTimeoutError
from redact.findings import Finding
from redact.transform.markers import marker_spans
from redact.wrapped_prose import unwrapped

DEFAULT_BATCH_SIZE = 64


@dataclass(frozen=True)
class Detection:
    """A text, the subject names it was searched with, and what was found in it."""

    text: str
    subject: tuple[str, ...]
    findings: list[Finding]


def _to_finding(result: RecognizerResult) -> Finding:
    metadata = result.recognition_metadata or {}
    return Finding(
        start=result.start,
        end=result.end,
        entity_type=result.entity_type,
        score=float(result.score),
        source=str(metadata.get("recognizer_name", "")),
    )


def _outside_markers(text: str, findings: list[Finding]) -> list[Finding]:
    """Keep detection off text we wrote ourselves ("[PERSON]", "Person K7QX", "30-39").

    A finding inside a marker is dropped. A broad NER finding (a date, a place) that only
    touches a marker is dropped too: NER often swallows the words around a marker
    ("30-39-year-old"). Any other finding stays whole: recall comes first.
    """
    spans = marker_spans(text)
    if not spans:
        return findings
    kept = []
    for finding in findings:
        touching = [(s, e) for s, e in spans if s < finding.end and finding.start < e]
        specific = finding.entity_type not in GENERIC_TYPES
        if not touching or (specific and _holds_more(text, finding, touching)):
            kept.append(finding)
    return kept


def _holds_more(text: str, finding: Finding, spans: list[tuple[int, int]]) -> bool:
    """True when `finding` has letters or digits outside the markers (a possessive aside)."""
    rest = list(text[finding.start : finding.end])
    for start, end in spans:
        for i in range(max(start, finding.start), min(end, finding.end)):
            rest[i - finding.start] = " "
    residue = _POSSESSIVE.sub(" ", "".join(rest))
    return any(ch.isalnum() for ch in residue)


_POSSESSIVE = re.compile(r"['’]s\b")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
#: For NER, a line break, a tab or a run of three spaces ends a name: forms set their fields
#: apart so ("Client: Roe, Desmond J.        Pref. name: ...").
_LINE_BREAK = re.compile(r"\n|\t|[ ]{3,}")
NER_SOURCE = "SpacyRecognizer"


def _within_lines(text: str, findings: list[Finding]) -> list[Finding]:
    """Cut findings that run on across a paragraph break (or, for NER, any line break or
    field gap).

    A pattern that allows white space inside an address can run from "IL 61772" over a blank
    line into the next paragraph's first word; NER joins "Nela Bieniak" and the "DOB" label
    on the next line. The identifier is the part before the break.
    """
    kept = []
    for finding in findings:
        breaks = _LINE_BREAK if finding.source == NER_SOURCE else _PARAGRAPH_BREAK
        match = breaks.search(text, finding.start, finding.end)
        if match is None:
            kept.append(finding)
            continue
        end = match.start()
        while end > finding.start and text[end - 1].isspace():
            end -= 1
        if end > finding.start:
            kept.append(
                Finding(finding.start, end, finding.entity_type, finding.score, finding.action,
                        finding.source)
            )  # fmt: skip
        kept += _dates_after_breaks(text, finding, breaks)
    return kept


def _dates_after_breaks(text: str, finding: Finding, breaks: re.Pattern[str]) -> list[Finding]:
    """The pieces after each break of a date NER ran on over lines ("on 38th\n8/30/25 2:15
    PM"): a log's next line opens with its own date, and the pattern that found it was
    dropped as lying inside NER's longer span."""
    if finding.entity_type != "DATE_TIME":
        return []
    pieces = []
    cursor = finding.start
    for match in breaks.finditer(text, finding.start, finding.end):
        cursor = match.end()
        nxt = breaks.search(text, cursor, finding.end)
        end = nxt.start() if nxt else finding.end
        while end > cursor and text[end - 1].isspace():
            end -= 1
        if any(ch.isdigit() for ch in text[cursor:end]):
            pieces.append(
                Finding(cursor, end, finding.entity_type, finding.score, finding.action,
                        finding.source)
            )  # fmt: skip
    return pieces


def _urls_outside_emails(findings: list[Finding]) -> list[Finding]:
    """Drop a web address found inside an e-mail address ("protonmail.com" in
    "dez.r@protonmail.com", "dez.r" read as a domain): the whole is an e-mail address and
    follows its own rule; a policy that keeps the client's e-mail address would otherwise
    release it with its domain cut out."""
    emails = [f for f in findings if f.entity_type == "EMAIL_ADDRESS"]
    if not emails:
        return findings
    return [
        f
        for f in findings
        if f.entity_type != "URL" or not any(e.start <= f.start and f.end <= e.end for e in emails)
    ]


class Detector:
    """Finds identifiers in texts with a real spaCy model and Presidio.

    `strict` (a policy's `strict_capitalised`) adds the strict-mode recognizers and removes
    titles with the names they precede.
    """

    def __init__(
        self,
        model: str | None = None,
        entity_types: Collection[str] | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        strict: bool = False,
        durations_are_dates: bool = False,
    ) -> None:
        self.model_name = resolve_model_name(model)
        self.nlp_engine = LeanSpacyNlpEngine(self.model_name, LANGUAGE)
        self.nlp_engine.load()
        # NER's organisations and places are read even where the policy keeps them: some
        # are people's names it mislabelled (`redact.detect.person_shapes`).
        wanted = None if entity_types is None else {*entity_types, "PERSON", "ORGANIZATION"}
        self.analyzer = build_analyzer(self.nlp_engine, wanted, strict)
        self.strict = strict
        #: A policy that removes dates outright keeps durations as findings too
        #: (`redact.detect.misreadings.drop_misreadings`).
        self.durations_are_dates = durations_are_dates
        supported = set(self.analyzer.get_supported_entities(LANGUAGE))
        self.entity_types = sorted(supported if wanted is None else supported & wanted)
        self.batch_size = batch_size
        #: False until the first text is through: it gets longer (`seconds_for(first=True)`).
        self._warm = False
        #: Texts longer than this are parsed in pieces (spaCy stops at a million characters).
        self.piece_chars = PIECE_CHARS
        #: The people of the whole release, gathered before any text is redacted
        #: (`redact.detect.lexicon`); empty for a single note.
        self.release_names = ReleaseNames()

    @property
    def model_version(self) -> str:
        """The loaded model's version, recorded in the release log."""
        return str(self.nlp_engine.pipeline.meta.get("version", "unknown"))

    def detect_stream(self, items: Iterable[tuple[str, Sequence[str]]]) -> Iterator[Detection]:
        """A `Detection` for each (text, subject names) pair, in input order, read lazily.

        A text longer than `piece_chars` is parsed in pieces (`redact.detect.pieces`): it
        stands in the stream as an empty text, and its pieces are parsed one at a time.
        Detection reads each text with the line breaks that only wrap prose as spaces
        (`redact.wrapped_prose`: same offsets), so that "aunt Imani⏎Okafor" is one name to
        NER and to every rule after it; the detection holds the text as written.
        """
        size = self.piece_chars
        stream = (
            (read if len(text) <= size else "", (text, subject, read))
            for text, subject in items
            for read in (unwrapped(text),)
        )
        batches = self.nlp_engine.artifacts_stream(stream, self.batch_size)
        for artifacts, (text, subject, read) in batches:
            found = self._in_pieces(read) if len(text) > size else self._analyze(artifacts)
            findings = absorb_courtesy_titles(read, self._complete(read, found, subject))
            if self.strict:
                findings = absorb_titles(read, findings)
            yield Detection(text, tuple(subject), findings)

    def _analyze(self, artifacts: LeanNlpArtifacts) -> list[Finding]:
        """The recognizers' findings in one parsed text, within its time limit."""
        with deadline(seconds_for(artifacts.text, first=not self._warm)):
            try:
                results = self.analyzer.analyze(
                    artifacts.text, LANGUAGE, entities=self.entity_types, nlp_artifacts=artifacts
                )
            except TimeoutError:  # a regex call's own timeout, where no alarm is set
                raise DetectionTimeoutError(DEADLINE_MESSAGE) from None
        self._warm = True
        return [_to_finding(r) for r in results]

    def _in_pieces(self, text: str) -> list[Finding]:
        """The recognizers' findings in a long text, parsed one piece at a time."""
        pieces = split_pieces(text, self.piece_chars)
        stream = ((text[p.start : p.end], p) for p in pieces)
        found: list[Finding] = []
        for artifacts, piece in self.nlp_engine.artifacts_stream(stream, 1):
            found.extend(owned(self._analyze(artifacts), piece))
        return found

    def detect(self, text: str, subject: Sequence[str] = ()) -> list[Finding]:
        """Findings for one text."""
        return next(self.detect_stream([(text, subject)])).findings

    def _complete(
        self, text: str, findings: list[Finding], subject: Sequence[str]
    ) -> list[Finding]:
        """Everything after the recognizers, in an order that matters.

        People first found by shape (NER's misread organisations, given name + surname,
        lower-case names in logs, the release's names) and grown to whole names; then the
        subject's mentions, so that a relative is never taken for the subject; then groups,
        declared nicknames and every other mention of each name (again after a mention grew
        into a longer name); initials last, as they are derived from the names found; a
        labelled value (`SSN: ...`) wins over anything that spread onto it; and each group
        keyed by its person's fullest name, which keys the pseudonym. Meaning terms and
        labelled values are settled first, before any of it.
        """
        keyed_as = tuple(subject)  # as the request gives her: the key of her pseudonym
        labelled = with_bracketed(text, labelled_values(text)) + column_values(text)
        labelled += marked_values(text, labelled)
        labelled += police_values(text, labelled)
        findings = keep_meaning(text, trim_findings(text, _within_lines(text, findings)))
        findings = without_named_states(text, findings)  # "Dearborn, Michigan", "STATE OF OHIO"
        findings = without_header_cells(text, findings)  # "| Name | Relationship |"
        findings = split_case_styles(text, findings)  # "Szymanski v. Brightwater, Dane"
        findings = drop_misreadings(text, findings, self.durations_are_dates)
        findings = trim_spanish_words(text, findings)
        findings = settle_clinical_counts(text, findings, self.durations_are_dates)
        findings = drop_measurements(text, findings)  # "BMI 18.6, 28th", "Wt 46.0 kg"
        findings = _urls_outside_emails(findings)
        findings = split_at_signs(text, grow_organisations(text, findings))
        findings = findings + lower_case_bank_findings(text)
        findings = findings + lower_case_place_findings(text)
        findings = findings + lower_case_address_findings(text)  # "1417 n hastings way #3"
        findings = settle_labelled(text, findings, labelled)
        findings = numbers_first(text, findings + age_column_findings(text))
        findings = _outside_markers(text, findings + address_block_findings(text, findings))
        findings = relabel_person_shaped(text, names_out_of_addresses(text, findings), self.strict)
        findings = findings + campus_place_findings(text)  # "North Dining", "Harlow Hall"
        findings = findings + agency_acronym_findings(text)  # "BIB AMR", "referral to BEAS"
        findings = yield_to_institutions(text, findings)  # "CVH HOSPICE HOUSE" as a person
        findings = people_to_organisations(text, findings)  # "HIGH DESERT STREET OUTREACH"
        findings = people_before_wrappers(text, findings)  # "Tyrell Banks w/ son ..."
        findings = findings + lower_case_name_findings(text) + place_name_findings(text, subject)
        findings = findings + repeated_speaker_findings(text)  # "court: fine" for Courtney
        findings = findings + spanish_cue_findings(text)
        codes = typed_like_labelled(text, code_token_findings(text), labelled)
        codes = outside_member_ids(codes, findings)  # "ADAP GA-ADAP-0447192": a member id
        findings = findings + street_name_findings(text) + codes
        findings = findings + long_number_findings(text, findings)  # "TANF 0093382211"
        findings = findings + shop_branch_findings(text)  # "Safeway Pharmacy 9th Ave"
        findings = findings + residence_room_findings(text)  # "resides ..., Room 214-B"
        findings = findings + tribal_nation_findings(text) + water_place_findings(text)
        findings = findings + naming_cue_findings(text)  # "her spirit name, ..."
        findings = findings + street_nickname_findings(text)  # 'aka "Tank"', then "tank"
        findings = findings + quoted_contact_findings(text)  # '"Skeet" — needle-sharing contact'
        findings = findings + drop_session_names(text, org_name_findings(text))
        findings = findings + employer_mention_findings(text, findings)
        findings = findings + workplace_findings(text, findings)  # "Analyst | Vantor"
        findings = findings + school_cue_findings(text)  # "10th grade at Ridgecrest"
        findings = findings + congregation_findings(text)  # "first baptist nixa"
        findings = findings + place_noun_findings(text, findings, subject)
        findings = findings + world_town_findings(text, findings, subject)
        findings = findings + state_town_findings(text, findings, subject)
        findings = findings + town_state_pair_findings(text, findings)
        findings = findings + compound_town_findings(text, findings, subject)  # townships
        findings = towns_over_ner_people(text, findings)  # "Northfield, MN" read as a person
        findings = findings + described_place_findings(text, findings)  # "the park by ..."
        findings = findings + airport_code_findings(text)
        findings = with_town_agencies(text, findings)
        findings = findings + place_body_findings(text)  # "merrimack valley home care"
        findings = findings + header_place_findings(text)  # "detox flowsheet — spectrum westboro —"
        findings = findings + venue_street_findings(text, findings)  # "Culver's on Clairemont"
        findings = findings + labelled_name_findings(text) + caption_name_findings(text, subject)
        findings = findings + field_name_findings(text)  # "Member: CORA J WENTWORTH   DOB:"
        if not self.strict:  # strict mode takes every rare capitalised word already
            findings = findings + lone_given_name_findings(text, findings)
            findings = findings + unknown_word_findings(text, findings)  # "Chepe and Dylan"
        findings = findings + greeting_name_findings(text)  # "Hi Bo,", "thanks lu!"
        findings = findings + aged_name_findings(text, findings)  # "Ana (12), Wilson (9)"
        findings = findings + acting_name_findings(text, findings)  # "Rennick served 2/12"
        findings = findings + lowered_name_findings(text, findings)
        findings = findings + lower_initial_name_findings(text, findings)  # "k. beaudry"
        findings = findings + person_shape_findings(text, findings)
        findings = findings + descriptive_surname_findings(text)  # "Geraldine Little Bear"
        findings = findings + apposed_name_findings(text, findings)
        findings = roster_name_findings(text, findings)  # "Present (6): ..., Mikey"
        findings = coordinated_name_findings(text, findings)  # "with Marcus Bell or D. Harris"
        findings = role_title_findings(text, findings)
        findings = keep_titles(text, drop_named_terms(text, findings))
        findings = particle_surnames(text, join_particles(text, grow_names(text, findings)))
        findings = findings + name_neighbour_findings(text, findings)
        findings = people_to_organisations(
            text, findings + release_name_findings(text, self.release_names)
        )
        findings = findings + short_form_findings(text, findings, self.release_names, subject)
        findings = with_name_syllables(text, with_initials(text, findings))  # "MILA B."
        findings = findings + letter_person_findings(
            text, findings, self.release_names.full_names
        )  # "j is waiting in the car", where the release names a J
        findings = findings + employer_name_findings(
            text, findings, self.release_names.employers, subject
        )  # "back at tarrow" where another note says "second shift at Tarrow Polymer"
        if subject:  # "Kayleigh + Mason": the subject and a sibling, decided one by one
            findings = split_joined_names(text, findings, subject)
        # "Walt" for Walter, "Walter Francis Przybylski" for "Walter F. Przybylski"
        others = release_forms_of_others(self.release_names, subject) if subject else ()
        subject = (
            *subject, *subject_short_forms(text, subject, others),
            *spelled_middle_names(text, subject),
        )  # fmt: skip
        if subject:  # "Chiamaka P. Obiora     Maternal MRN": the name alone, then marked
            findings = cut_at_column_gaps(text, findings)
        people = {(f.start, f.end) for f in findings if f.entity_type == "PERSON"}
        read = {(f.start, f.end) for f in findings if f.entity_type in NAME_OR_MISREAD}
        mentions = subject_mentions(text, subject_pattern(subject), people, read)  # "rome thank u"
        findings = mark_subject(text, findings, mentions)
        findings = mark_release_subject(text, findings, self.release_names, subject)  # "rome:"
        findings = mark_subject_cued_names(text, findings, subject)  # "her spirit name, ..."
        findings = split_subject_tails(text, findings, subject)  # "desmond roz's nephew"
        findings = mark_subject_alternates(text, findings)  # "theo (or tj :) )"
        findings = mark_subject_handle_names(text, findings)  # "discord _moonpie_"
        findings = slashed_name_findings(text, findings)  # "Brightwater / Szymanski"
        findings = joined_name_findings(text, joined_people(text, findings))  # "JT & Ximena"
        findings = declared_nicknames(text, assign_groups(text, findings))
        findings = drop_observances(text, findings)  # "Juneteenth and Día de los Muertos"
        grown = grow_names(text, propagate_names(text, findings, self.strict))
        if any(f.group.startswith(GROWN) for f in grown):  # new words: look for them too
            grown = propagate_names(text, regroup(text, grown), self.strict)
        findings = regroup(text, grown)
        findings = with_named_ages(text, findings)  # "Otto 95, FAST 7a"
        findings = findings + letter_initial_findings(text, findings, subject)
        findings = absorb_initials(text, findings)  # "G. [Liufau]": before its initials, "GL"
        findings = absorb_lower_initials(text, findings)  # "b [yoder] rn"
        findings = findings + initials_findings(
            text, findings, subject, self.release_names.full_names
        )
        findings = findings + signature_mark_findings(text, findings)
        findings = findings + signed_name_findings(text, findings)
        findings = findings + signing_initial_findings(text, findings)  # "R. Roe / rr"
        findings = findings + log_initial_findings(
            text, findings, subject, self.release_names.log_initials
        )  # "cb loud at bkfst" in a row: the house log's "cb"
        findings = findings + lower_dotted_initial_findings(text, findings, subject)  # "saw b.m."
        findings = findings + inverted_name_findings(text, findings, subject)
        findings = titled_double_initials(text, findings, subject)  # "Mrs. A-K"
        findings = mark_subject_initials(text, findings, subject)  # "C. M. Ybarra-Lindqvist"
        findings = cut_to_subject_initials(text, findings)  # "Placed [A.] w/": hers
        findings = absorb_middle_initials(text, findings)  # "PRZYBYLSKI, WALTER[ F]"
        findings = role_title_findings(text, split_off_subject(text, findings))
        findings = settle_labelled(text, findings, labelled, add=False)
        findings = with_extensions(text, findings)  # "pager 4471", "called x 4100"
        findings = keep_titles(text, ages_first(text, findings))
        resolve = self.release_names.canonical_of if self.release_names else None
        findings = names_out_of_addresses(text, findings)  # "Polk St" found again by propagation
        findings = unwrap_people(text, findings)  # NER's "Took Marcus Obi w/" organisation
        findings = initials_over_organisations(findings)  # "OF K.A.W. and D.J.W." as an org
        findings = drop_billing_codes(text, findings)  # "CPT 90837", "1041C0700X": meaning
        findings = titled_surname_groups(text, findings)  # "Ms. Bieniak" of Nela Bieniak
        findings = with_weekdays(text, findings)  # "Wed 3/12", "mon, sep 22, 2025"
        findings = findings + organisation_mention_findings(text, findings)  # letterheads
        findings = key_groups(text, findings, resolve)
        findings = link_short_forms(text, findings, self.release_names, subject)  # "Matty"
        findings = mark_subject_aliases(text, findings)  # "X (after adoption <her name>)"
        findings = key_subject(findings, keyed_as)
        return _outside_markers(text, findings)
