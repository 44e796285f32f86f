"""The lean NLP engine: only what NER needs is loaded, and its artifacts match Presidio's."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.model import DEFAULT_MODEL
from redact.detect.nlp_engine import (
    LeanSpacyNlpEngine,
    batches,
    load_ner_pipeline,
    ner_components,
)
from redact.errors import ModelNotInstalledError
from tests.conftest import SAMPLE_DATA

SAMPLE_NOTES = SAMPLE_DATA / "notes"

LISTENER = {"@architectures": "spacy.Tok2VecListener.v1", "upstream": "*"}
OWN_TOK2VEC = {"@architectures": "spacy.HashEmbedCNN.v2"}


def _config(ner_tok2vec: dict[str, Any]) -> dict[str, Any]:
    return {
        "nlp": {"pipeline": ["tok2vec", "tagger", "ner"]},
        "components": {
            "tok2vec": {"factory": "tok2vec"},
            "tagger": {"factory": "tagger"},
            "ner": {"factory": "ner", "model": {"tok2vec": ner_tok2vec}},
        },
    }


@pytest.mark.parametrize(
    ("ner_tok2vec", "expected"),
    [
        (OWN_TOK2VEC, {"ner"}),
        (LISTENER, {"ner", "tok2vec"}),
        ({**LISTENER, "upstream": "tok2vec"}, {"ner", "tok2vec"}),
        ({**LISTENER, "upstream": "other"}, {"ner"}),
    ],
)
def test_ner_components_keep_tok2vec_only_when_ner_listens(
    ner_tok2vec: dict[str, Any], expected: set[str]
) -> None:
    assert ner_components(_config(ner_tok2vec)) == expected  # type: ignore[arg-type]


def test_the_small_model_runs_ner_alone_with_the_same_entities() -> None:
    lean = load_ner_pipeline(DEFAULT_MODEL)
    assert lean.pipe_names == ["ner"]
    full = spacy.load(DEFAULT_MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    texts = [
        "Met Maria Alvarez at Lincoln Elementary in Syracuse on March 3, 2025.",
        "Her son Mateo works for Acme Corp in Boston; the Nguyen family is Vietnamese.",
    ]
    for a, b in zip(lean.pipe(texts), full.pipe(texts), strict=True):
        assert [(e.start_char, e.end_char, e.label_) for e in a.ents] == [
            (e.start_char, e.end_char, e.label_) for e in b.ents
        ]


def test_a_missing_model_is_an_error_naming_the_package() -> None:
    with pytest.raises(ModelNotInstalledError, match="pip install en-core-web-nope"):
        load_ner_pipeline("en_core_web_nope")


def test_artifacts_and_cached_flags_match_spacy() -> None:
    engine = LeanSpacyNlpEngine(DEFAULT_MODEL)
    engine.load()
    text = "Called Ms. Nguyen at the office, and she was there."
    artifacts, context = next(engine.artifacts_stream([(text, "ctx")], batch_size=8))
    assert context == "ctx"
    doc = artifacts.tokens
    assert artifacts.tokens_indices == [t.idx for t in doc]
    assert artifacts.lemmas == [t.lower_ for t in doc]
    vocab = engine.pipeline.vocab
    for word in ["the", "office", ",", "Nguyen", "the"]:
        assert engine.is_stopword(word, "en") == vocab[word].is_stop
        assert engine.is_punct(word, "en") == vocab[word].is_punct


def test_flags_of_words_the_vocabulary_lacks_are_their_lexemes_and_add_none() -> None:
    engine = LeanSpacyNlpEngine(DEFAULT_MODEL)
    engine.load()
    vocab = engine.pipeline.vocab
    words = ["zyqorvandel", "thereupon", "...", "—", "‽‽", "ωμέγα", "'s", "12:30", "xx-yy"]
    unseen = [word for word in words if word not in vocab]
    assert unseen  # the test asks about words no text has brought in yet
    flags = {word: (engine.is_stopword(word, "en"), engine.is_punct(word, "en")) for word in words}
    assert all(word not in vocab for word in unseen)  # asking added no lexeme
    for word in words:
        assert flags[word] == (vocab[word].is_stop, vocab[word].is_punct)


def test_artifacts_read_from_arrays_equal_a_walk_over_the_tokens() -> None:
    engine = LeanSpacyNlpEngine(DEFAULT_MODEL)
    engine.load()
    texts = [
        "Seen İlkay Ünal at 12 Main St.\n\tShe said: “fine” 👍 — e-mail a@b.co",
        "ǅemal and ΣΊΣΥΦΟΣ met Dr. O'Neil; ß straße",
        "",
        "   ",
    ]
    for artifacts, key in engine.artifacts_stream(((t, i) for i, t in enumerate(texts)), 2):
        doc = artifacts.tokens
        assert artifacts.text == texts[key] == doc.text
        assert artifacts.tokens_indices == [t.idx for t in doc]
        assert artifacts.lemmas == [t.lower_ for t in doc]
        assert artifacts.token_ends == [t.idx + len(t) for t in doc]


def test_numpy_and_blis_matrices_give_the_same_entities_on_the_sample_notes() -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLE_NOTES.glob("*.txt"))]
    assert len(texts) >= 5
    by_numpy = load_ner_pipeline(DEFAULT_MODEL, matrices="numpy")
    by_blis = load_ner_pipeline(DEFAULT_MODEL, matrices="blis")
    assert by_numpy.get_pipe("ner").model.ops.use_blis is False
    assert by_blis.get_pipe("ner").model.ops.use_blis is True

    def entities(nlp: spacy.Language) -> list[list[tuple[int, int, str]]]:
        return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]

    found = entities(by_numpy)
    assert sum(map(len, found)) > 20
    assert found == entities(by_blis)


@pytest.mark.parametrize(
    ("count", "size", "expected"),
    [(0, 3, []), (5, 5, [5]), (7, 3, [3, 3, 1]), (6, 1, [1] * 6)],
)
def test_batches_keep_order_and_size(count: int, size: int, expected: list[int]) -> None:
    got = list(batches(iter(range(count)), size))
    assert [len(batch) for batch in got] == expected
    assert [item for batch in got for item in batch] == list(range(count))


def test_a_batch_size_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        list(batches([1], 0))


def test_keywords_are_those_presidio_works_out() -> None:
    engine = LeanSpacyNlpEngine(DEFAULT_MODEL)
    engine.load()
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLE_NOTES.glob("*.txt"))]
    texts += [
        "Re: MRN:55120 be BE Be -PRON- the THE a:b:c http://x.org/a:b ...  \n\n !!",
        "Called Ms. Nguyen; she'll be there at 10:30, won't she? Case#: 4412",
        "",
    ]
    items = ((text, None) for text in texts)
    for artifacts, _ in engine.artifacts_stream(items, batch_size=4):
        expected = NlpArtifacts.set_keywords(engine, artifacts.lemmas, "en")
        assert artifacts.keywords == expected
        assert artifacts.nlp_engine is engine
