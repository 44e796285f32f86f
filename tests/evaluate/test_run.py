"""`evaluate_corpus` end to end on a tiny hand-written corpus, with the real model."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from presidio_analyzer.nlp_engine import SpacyNlpEngine

from redact.evaluate.corpus import read_corpus
from redact.evaluate.metrics import TokenCounts
from redact.evaluate.report import Tally
from redact.evaluate.run import RedactorEngine, evaluate_corpus
from redact.redactor import Redactor
from tests.evaluate.corpus_factory import write_corpus


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "gold.jsonl")


@pytest.fixture(scope="module")
def engine(redactor_for: Callable[[str], Redactor]) -> RedactorEngine:
    return RedactorEngine(redactor_for("social-media"))


def test_social_media_scores_on_the_tiny_corpus(corpus: Path, engine: RedactorEngine) -> None:
    report = evaluate_corpus(corpus, engine=engine)
    assert dict(report.by_label) == {
        "CODE": Tally(1, 1, 0),
        "DATETIME": Tally(1, 1, 0),
        "DEM": Tally(1, 0, 1),
        "LOC": Tally(1, 1, 0),
        "MISC": Tally(1, 0, 1),
        "PERSON": Tally(2, 2, 0),
    }
    assert report.overall == Tally(7, 5, 2)
    assert report.overall.recall == pytest.approx(5 / 7)
    assert report.overall.leak_rate == pytest.approx(2 / 7)
    # Maria Alvarez 217 555 0143 March 14 2026 Springfield Mateo, then Quiet Lanterns (not gold).
    assert report.tokens == TokenCounts(12, 10)
    assert (report.documents, report.characters) == (3, sum(len(t) for t in _texts(corpus)))
    assert report.seconds > 0 and report.policy == "social-media" and report.engine == "redact"


@pytest.mark.parametrize(
    ("labels", "where", "overall"),
    [
        (None, {"identifier_type": {"DIRECT"}}, Tally(3, 3, 0)),
        (None, {"identifier_type": {"QUASI"}}, Tally(4, 2, 2)),
        (["PERSON", "DEM"], None, Tally(3, 2, 1)),
        (["DEM"], {"identifier_type": {"DIRECT"}}, Tally(0, 0, 0)),
        (None, {"source": {"s1"}}, Tally(3, 2, 1)),  # a document field: only doc-1
        (None, {"no_such_field": {"x"}}, Tally(0, 0, 0)),
    ],
)
def test_label_and_field_filters(
    corpus: Path,
    engine: RedactorEngine,
    labels: list[str] | None,
    where: dict[str, set[str]] | None,
    overall: Tally,
) -> None:
    report = evaluate_corpus(corpus, labels=labels, where=where, engine=engine)
    assert report.overall == overall
    assert report.tokens == TokenCounts(12, 10)  # precision ignores the filters


def test_asked_for_labels_show_even_when_absent(corpus: Path, engine: RedactorEngine) -> None:
    report = evaluate_corpus(corpus, labels=["PERSON", "person"], engine=engine)
    assert dict(report.by_label) == {"PERSON": Tally(2, 2, 0), "person": Tally()}
    assert report.to_dict()["by_label"] == {
        "PERSON": {"spans": 2, "covered": 2, "leaked": 0, "recall": 1.0, "leak_rate": 0.0},
        "person": {"spans": 0, "covered": 0, "leaked": 0, "recall": None, "leak_rate": None},
    }


def test_limit_reads_the_first_documents(corpus: Path, engine: RedactorEngine) -> None:
    report = evaluate_corpus(corpus, limit=1, engine=engine)
    assert report.documents == 1 and report.overall == Tally(3, 3, 0)


def test_vanilla_presidio_runs_offline_and_removes_everything_it_finds(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the vanilla baseline tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    from redact.evaluate.vanilla import VanillaEngine

    vanilla = VanillaEngine()
    modules = {type(r).__module__.split(".")[0] for r in vanilla.analyzer.registry.recognizers}
    assert modules == {"presidio_analyzer", "redact"}  # redact: only the offline e-mail one
    nlp_engine = vanilla.analyzer.nlp_engine
    assert isinstance(nlp_engine, SpacyNlpEngine) and nlp_engine.nlp is not None
    assert "parser" in nlp_engine.nlp["en"].pipe_names  # the full pipeline, as Presidio loads it
    (outcome,) = vanilla.run(["Write to rosa.delgado@example.com or call 217-555-0143."])
    assert outcome.output == "Write to [REDACTED] or call [REDACTED]."
    report = evaluate_corpus(corpus, engine=vanilla)
    assert report.engine == "vanilla" and report.policy is None
    assert report.overall.spans == 7


def _texts(corpus: Path) -> list[str]:
    return [d.text for d in read_corpus(corpus)]
