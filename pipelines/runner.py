"""The batch runner: sources -> stages -> outputs, manifest, review page, one log entry.

The stages run in this process, in local worker processes (`Executor`), or on a Dask
cluster (`pipelines.dask_runner.DaskExecutor`); everything else happens here, the same way
for every engine, so the engines give the same bytes.

Outputs are written atomically in input order as results come back; each finished unit is
recorded in the resume state, so an interrupted run resumed with `--resume` redoes nothing
and ends with the same bytes as an uninterrupted one. The release-log entry is written last,
once every output is in place: a release that is not logged did not happen.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipelines.assemble import (
    assemble_table,
    part_path,
    release_documents,
    release_draft,
    seal_release,
    table_failure_row,
    write_part,
)
from pipelines.column_names import plain_header
from pipelines.columns import plan_batch_columns
from pipelines.executor import Executor, RedactorRecipe, Task
from pipelines.fingerprint import request_fingerprint, total_rows
from pipelines.guard import Limits, guarded_chunk, guarded_file
from pipelines.manifest import AGENCY_MANIFEST_NAME, MANIFEST_NAME, write_manifests
from pipelines.naming import treat_names
from pipelines.output_paths import components, named_sources
from pipelines.preflight import check_table_options
from pipelines.preview import clear_preview, finish_preview, start_preview
from pipelines.progress import Progress
from pipelines.records import (
    FAILED,
    OUT_OF_SCOPE,
    RELEASED,
    ManifestRow,
    ReviewDoc,
    parse_counts,
)
from pipelines.release_names import gather_release_names
from pipelines.review_material import ReleaseOverview
from pipelines.review_page import REVIEW_NAME, PageContext, write_review_page
from pipelines.seal import seal_facts, sealed_outcome
from pipelines.spec import BatchSpec, Engine, auto_chunk_rows
from pipelines.stages import ChunkOutcome, FileOutcome
from pipelines.staging import prepare as prepare_staging
from pipelines.state import BatchState
from pipelines.units import Source, check_collisions, iter_sources
from pipelines.worker_plan import plan_workers
from redact.corrections import summarise
from redact.documents.atomic import write_bytes_atomic
from redact.documents.column_plan import TablePlan
from redact.documents.tables import column_names, iter_table, sheet_names
from redact.errors import DocumentReadError
from redact.policy.requirements import check_required
from redact.release.checks import ExtraValue
from redact.release.location import LogLocation, open_release_log
from redact.release.package import PackageRequest
from redact.release.under_seal import write_cover

if TYPE_CHECKING:
    from pipelines.dask_runner import DaskExecutor


@dataclass(frozen=True)
class BatchReport:
    """What a batch did, in counts, and where its outputs are."""

    released: int
    failed: int
    out_of_scope: int
    #: None when nothing was logged: a preview, or a run that released no document.
    release_id: int | None
    manifest: Path
    review_page: Path
    agency_manifest: Path | None = None
    #: Logged as staged: written but not released until `redact approve`.
    staged: bool = False


@dataclass(frozen=True)
class _Label:
    index: int
    part: int
    rows: int


def _table_failed_task(redactor: Any, reason: str) -> ChunkOutcome:
    import pandas as pd

    return ChunkOutcome((), pd.DataFrame(), (), reason)


def _tasks(
    spec: BatchSpec, sources: list[Source], state: BatchState, plans: dict[int, TablePlan]
) -> Iterator[tuple[_Label, Task]]:
    budget = spec.review_limit
    for index, source in enumerate(sources):
        if source.kind != "table":
            if not state.part_done(index, 0):
                limits = Limits(spec.max_document_chars)
                file_args = (source, limits, spec.subject, budget > 0, spec.accept_risk)
                yield _Label(index, 0, 0), (guarded_file, file_args)
            budget -= 1
            continue
        first_row = 0
        try:
            for part, chunk in enumerate(iter_table(source.path, spec.tables.rows_per_chunk)):
                if not state.part_done(index, part):
                    args = (chunk, first_row, source, spec.tables, spec.scope, spec.subject,
                            max(budget, 0), spec.accept_risk, plans.get(index))  # fmt: skip
                    yield _Label(index, part, len(chunk)), (guarded_chunk, args)
                first_row += len(chunk)
                budget -= len(chunk)
        except DocumentReadError as exc:
            reason = exc.message.replace(source.path.name, Path(source.rel).name)
            yield _Label(index, -1, 0), (_table_failed_task, (reason,))


def _write_outcome(
    spec: BatchSpec, sources: list[Source], state: BatchState, label: _Label, outcome: Any
) -> None:
    source = sources[label.index]
    if isinstance(outcome, FileOutcome):
        if spec.seal is not None:
            outcome = sealed_outcome(outcome, source.rel, spec.seal)
        if outcome.output is not None:
            write_bytes_atomic(spec.out_dir / source.rel, outcome.output)
        reviews = (outcome.review,) if outcome.review else ()
        state.save_part(label.index, 0, (outcome.row,), reviews)
        return
    if outcome.failure is not None:
        state.mark_failed(label.index, outcome.failure)
        return
    write_part(part_path(state, label.index, label.part), outcome.frame)
    state.save_part(label.index, label.part, outcome.rows, outcome.review)


def _executor(
    spec: BatchSpec, recipe: RedactorRecipe, progress: Progress
) -> Executor | DaskExecutor:
    """The local executor, or the Dask one (imported only when asked for); either tells
    `progress` of every page read."""
    pages = progress if progress.enabled else None
    if spec.engine is Engine.DASK:
        from pipelines.dask_runner import DaskExecutor

        return DaskExecutor(recipe, spec.workers, spec.scheduler, pages=pages)
    return Executor(recipe, spec.workers, pages=pages)


@dataclass
class _Summary:
    """What the release needs from the manifest rows, gathered while they stream past."""

    statuses: Counter[str] = field(default_factory=Counter)
    counts: dict[int, dict[str, int]] = field(default_factory=dict)
    reviews: list[ReviewDoc] = field(default_factory=list)
    reviews_omitted: int = 0
    overview: ReleaseOverview = field(default_factory=ReleaseOverview)


def _manifest_rows(
    spec: BatchSpec,
    sources: list[Source],
    state: BatchState,
    summary: _Summary,
    progress: Progress,
) -> Iterator[tuple[ManifestRow, ManifestRow]]:
    """Every manifest row in input order, read part by part from the state (never all held),
    assembling each table's output once its rows have gone by.

    Each row comes twice: for the recipient with the output file as its source, for the
    agency with the document's treated input name (they differ with --opaque-names).
    """
    for index, source in enumerate(sources):
        failure = state.failure(index)
        if failure is not None:
            row = table_failure_row(source, failure)
            summary.statuses[row.status] += 1
            summary.overview.observe(row)
            yield row, replace(row, source=source.label)
            continue
        counts = summary.counts.setdefault(index, {})
        for part in state.parts(index):
            for row in state.load_rows(index, part):
                summary.statuses[row.status] += 1
                if row.status == RELEASED:
                    for kind, n in parse_counts(row.counts).items():
                        counts[kind] = counts.get(kind, 0) + n
                summary.overview.observe(row)
                yield replace(row, source=source.rel), replace(row, source=source.label)
            for review in state.load_reviews(index, part):
                if len(summary.reviews) < spec.review_limit:
                    summary.reviews.append(review)
                else:
                    summary.reviews_omitted += 1
        if source.kind == "table":
            assemble_table(state, index, source, spec.out_dir / source.rel)
            progress.advance(units=1)


def _named(
    spec: BatchSpec, sources: list[Source], state: BatchState, executor: Executor | DaskExecutor
) -> list[Source]:
    """The sources with their treated output names, sheet names and column names (a
    header of plain words stays as written, `pipelines.column_names`), worked out once per
    batch (the names are kept in the resume state, so a resumed run writes to
    the same names)."""
    wanted = components([source.rel for source in sources])
    sheets = [
        sheet_names(source.path) if source.kind == "table" and source.path.suffix == ".xlsx"
        else [] for source in sources
    ]  # fmt: skip
    columns = [_column_names(spec, source) for source in sources]
    asked = [
        *wanted,
        *((name, False) for names in sheets for name in names),
        *((name, False) for names in columns for name in names if not plain_header(name)),
    ]
    treated = state.load_names()
    if treated is None or len(treated) != len(asked):
        task = (treat_names, (asked, spec.subject))
        treated = list(next(executor.map([(None, task)]))[1])
        state.save_names(treated)
    named = named_sources(sources, treated[: len(wanted)], spec.opaque_names)
    rest = iter(treated[len(wanted) :])
    sheet_treated = [tuple((name, next(rest)) for name in names) for names in sheets]
    if spec.opaque_names:  # sheets are "Sheet1"...: their names could say whose they are
        sheet_treated = [tuple((name, "") for name, _ in pairs) for pairs in sheet_treated]
    return [
        replace(source, sheets=sheet_pairs, columns=tuple(
            (n, n if plain_header(n) else next(rest)) for n in names
        ))
        for source, sheet_pairs, names in zip(named, sheet_treated, columns, strict=True)
    ]  # fmt: skip


def _column_names(spec: BatchSpec, source: Source) -> list[str]:
    """A table's column names and object keys; [] for a file, or a table that cannot be
    read (it fails when its rows are read)."""
    if source.kind != "table":
        return []
    try:
        return column_names(source.path, spec.tables.rows_per_chunk)
    except DocumentReadError:
        return []


def run_batch(
    spec: BatchSpec,
    log_path: LogLocation,
    quiet: bool = False,
    *,
    package: PackageRequest | None = None,
    extra: dict[str, ExtraValue] | None = None,
    notice: Callable[[str], None] | None = None,
    stage: bool | None = None,
) -> BatchReport:
    """Run a whole batch release; see the module docstring for the guarantees.

    `package` also seals the released files and the manifest in an encrypted zip (the log
    records that it did, and the zip's hash); `extra` adds facts to the log entry; `notice`
    gets the lines naming each table column's kind (never a value) before any work starts;
    `stage` logs the release as staged (see `pipelines.staging`): nothing is sealed then;
    by default a batch is staged when its policy requires approval.
    """
    check_required(spec.policy.policy, spec.fields)
    sources = list(iter_sources(spec.inputs, exclude=spec.out_dir))
    check_collisions(sources)
    checked = check_table_options(sources, spec.tables, spec.fields.subject_ref)
    spec = replace(spec, tables=checked.options)
    columns = plan_batch_columns(sources, spec.tables, spec.policy.policy)
    if notice is not None:
        for line in checked.notices:
            notice(line)
    spec.out_dir.mkdir(parents=True, exist_ok=True)
    if not spec.resume:
        clear_preview(spec.out_dir)  # a preview in --out gives way to the run
    rows = total_rows(sources)
    if spec.tables.chunk_rows is None:
        sized = replace(spec.tables, chunk_rows=auto_chunk_rows(rows))
        spec = replace(spec, tables=sized)
    if spec.scheduler is None:
        plan = plan_workers(sources, spec.tables.rows_per_chunk, spec.workers)
        if plan.notice is not None and notice is not None:
            notice(plan.notice)
        spec = replace(spec, workers=plan.workers)
    state = BatchState(spec.out_dir)
    key = state.start(request_fingerprint(spec, sources), spec.resume, spec.key)
    if spec.preview:
        start_preview(spec.out_dir, spec.policy.policy.name)
    progress = Progress(len(sources), rows, enabled=not quiet)
    names = gather_release_names(sources, spec.tables)
    recipe = RedactorRecipe(spec.policy, spec.model, key.secret, names, spec.corrections)
    with _executor(spec, recipe, progress) as executor:
        sources = _named(spec, sources, state, executor)
        if notice is not None:  # column names as released: a header can name a client
            for line in columns.released_notices(sources):
                notice(line)
        for label, outcome in executor.map(_tasks(spec, sources, state, columns.plans)):
            _write_outcome(spec, sources, state, label, outcome)
            progress.advance(units=1 if label.rows == 0 else 0, rows=label.rows)
        model = executor.model_identity()
    summary = _Summary()
    manifest_path = spec.out_dir / MANIFEST_NAME
    agency_path = spec.out_dir / AGENCY_MANIFEST_NAME
    manifest_sha, agency_sha = write_manifests(
        manifest_path, agency_path, _manifest_rows(spec, sources, state, summary, progress)
    )
    progress.close()
    review_path = spec.out_dir / REVIEW_NAME
    write_review_page(
        review_path, summary.reviews, summary.reviews_omitted, spec.policy.policy.name,
        names=[(source.rel, source.input_rel) for source in sources],
        context=PageContext(summary.overview, tuple(spec.policy.policy.warnings), spec.corrections),
    )  # fmt: skip
    statuses = summary.statuses
    if spec.preview or not statuses[RELEASED]:  # nothing to log: no release happened
        if spec.preview:
            finish_preview(
                spec.out_dir, spec.policy.policy.name,
                f"would release {statuses[RELEASED]}, failed {statuses[FAILED]}, "
                f"out of scope {statuses[OUT_OF_SCOPE]}",
                (manifest_path, agency_path), review_path,
            )  # fmt: skip
        state.finish()
        return BatchReport(
            statuses[RELEASED], statuses[FAILED], statuses[OUT_OF_SCOPE],
            None, manifest_path, review_path, agency_path,
        )  # fmt: skip
    documents = release_documents(spec, sources, state, summary.counts)
    facts: dict[str, ExtraValue] = {**(extra or {}), "agency_manifest_sha256": agency_sha}
    if spec.corrections:  # how many findings the corrections changed, by type; no term
        facts.update(summarise(summary.overview.corrections))
    if columns.plans:  # what each table column became, for the accounting (names only)
        facts["table_columns"] = columns.released_plans(sources)
    covers: list[Path] = []
    if spec.seal is not None:
        covers.append(write_cover(spec.out_dir, [doc.doc_id for doc in documents], spec.seal))
        facts.update(seal_facts(spec.seal))
    if stage is None:
        stage = spec.policy.policy.approval == "required"
    if package is not None and not stage:
        facts.update(seal_release(package, spec.out_dir, documents, manifest_path, covers))
    draft = release_draft(spec, documents, key.key_id, model, manifest_sha, statuses, facts)
    staging = prepare_staging(draft, spec.out_dir, spec.policy.policy) if stage else None
    with open_release_log(log_path) as log:
        entry = log.append(draft if staging is None else staging.draft)
    if staging is not None:
        staging.keep(entry)
    state.finish()
    return BatchReport(
        statuses[RELEASED], statuses[FAILED], statuses[OUT_OF_SCOPE],
        entry.id, manifest_path, review_path, agency_path, staging is not None,
    )  # fmt: skip


__all__ = ["BatchReport", "run_batch"]
