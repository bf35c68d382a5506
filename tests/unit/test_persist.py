"""The model file: skops, a format version, atomic writes, and retraining when it is stale."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
import skops.io as sio

from classifiers import Classifier
from classifiers.persist import (
    FORMAT_VERSION,
    NO_LABELS,
    ModelFileError,
    corpus_fingerprint,
    labels_fingerprint,
    load,
    load_or_train,
    save,
)
from inboxbot.models import LabelName

MAILS = [
    ("", "Where is my parcel? The tracking has not moved."),
    ("Broken", "The teapot arrived cracked, please refund me."),
    ("", "Why did you take 40 euros for a 32 euro order?"),
]


@pytest.fixture(scope="module")
def trained() -> Classifier:
    return Classifier.default()


def test_it_reads_back_the_model_it_wrote(trained: Classifier, tmp_path: Path) -> None:
    path = tmp_path / "models" / "classifier.skops"

    save(trained, path, labels="abc", shop_rows=7)
    found = load(path, triage_below=0.9)

    assert found.corpus == corpus_fingerprint()
    assert (found.labels, found.shop_rows) == ("abc", 7)
    assert found.classifier.triage_below == 0.9
    assert found.classifier.predict_many(MAILS) == Classifier(
        trained.pipeline, triage_below=0.9
    ).predict_many(MAILS)
    assert [p.name for p in path.parent.iterdir()] == ["classifier.skops"]  # no temporary left


def test_it_writes_a_zip_of_skops_not_a_pickle(trained: Classifier, tmp_path: Path) -> None:
    path = tmp_path / "classifier.skops"
    save(trained, path, labels=NO_LABELS, shop_rows=0)

    assert path.read_bytes()[:2] == b"PK"


def test_it_refuses_a_file_of_another_format_version(tmp_path: Path) -> None:
    path = tmp_path / "old.skops"
    sio.dump({"format_version": FORMAT_VERSION - 1, "pipeline": None}, path)

    with pytest.raises(ModelFileError, match=rf"format version {FORMAT_VERSION - 1}"):
        load(path)


def test_it_refuses_a_file_holding_types_a_model_never_has(tmp_path: Path) -> None:
    path = tmp_path / "odd.skops"
    sio.dump({"format_version": FORMAT_VERSION, "pipeline": os.getcwd}, path)

    with pytest.raises(ModelFileError, match=r"types a model never has: posix\.getcwd"):
        load(path)


def test_it_refuses_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "damaged.skops"
    path.write_bytes(b"PK\x03\x04 not really a zip")

    with pytest.raises(ModelFileError, match="not a readable model file"):
        load(path)


def test_it_uses_a_current_file_without_training(trained: Classifier, tmp_path: Path) -> None:
    path = tmp_path / "classifier.skops"
    save(trained, path, labels=NO_LABELS, shop_rows=0)
    os.utime(path, (1_000_000, 1_000_000))

    found = load_or_train(path)

    assert path.stat().st_mtime == 1_000_000  # not rewritten
    assert found.predict_many(MAILS) == trained.predict_many(MAILS)


def test_it_retrains_over_a_file_of_another_corpus(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN a model file trained on some other corpus (here: two rows)
    WHEN the classifier is loaded
    THEN it is trained on the shipped corpus again and the file replaced."""
    import classifiers.persist as persist

    path = tmp_path / "classifier.skops"
    tiny = Classifier.train(
        [{"text": "refund please", "label": "refund"}, {"text": "thanks", "label": "other"}]
    )
    with monkeypatch.context() as patch:
        patch.setattr(persist, "corpus_fingerprint", lambda: "an older corpus")
        save(tiny, path, labels=NO_LABELS, shop_rows=0)
    assert load(path).corpus == "an older corpus"

    with caplog.at_level(logging.INFO, logger="classifiers.persist"):
        classifier = load_or_train(path)

    assert "trained on another corpus" in caplog.text
    assert load(path).corpus == corpus_fingerprint()
    assert classifier.predict(subject="", text="Do you ship to Canada?").name == LabelName.OTHER
    broken = classifier.predict(subject="", text="The lamp came broken, refund it")
    assert broken.name == LabelName.REFUND


def test_it_classifies_with_the_rules_when_no_model_can_be_had(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN a corpus that cannot be read
    THEN the rules alone classify."""
    import classifiers.persist as persist

    def unreadable() -> list[dict[str, str]]:
        raise OSError("corpus missing")

    monkeypatch.setattr(persist, "load_corpus", unreadable)

    classifier = load_or_train(tmp_path / "none.skops")

    assert classifier.pipeline is None
    assert classifier.predict(subject="", text="I was charged twice").source == "rule"


def test_it_fingerprints_the_labels_whatever_their_order() -> None:
    a = {"text": "refund please", "label": "refund"}
    b = {"text": "thanks", "label": "other", "subject": "Hi"}

    assert labels_fingerprint([a, b]) == labels_fingerprint([b, a])
    assert labels_fingerprint([a]) != labels_fingerprint([{**a, "label": "dispute"}])
    assert labels_fingerprint([]) == NO_LABELS
