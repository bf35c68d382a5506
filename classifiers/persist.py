"""The model file: skops (no pickle), a format version, written atomically.

The file records what the model was trained on: a fingerprint of the shipped
corpus and one of the shop's labels. `load_or_train` uses the file when its
format version and corpus still match, and otherwise trains on the corpus and
writes a new one; retraining on the shop's labels is `inboxbot.learning`'s job.
A file that cannot be read is never fatal: the rules classify without a model.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import sklearn
import skops.io as sio
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import Pipeline

from classifiers.corpus import CORPUS_FILES, DATA, load_corpus
from classifiers.model import TRIAGE_BELOW, Classifier

log = logging.getLogger(__name__)

# Bump when the features, the model or the file's layout change: every model
# file written before is then retrained instead of read.
FORMAT_VERSION = 2
NO_LABELS = hashlib.sha256(b"[]").hexdigest()
# The only types outside scikit-learn, NumPy and SciPy that a model file may hold.
TRUSTED_PREFIXES = ("sklearn.", "numpy.", "scipy.")


class ModelFileError(Exception):
    """A model file that cannot be used: unreadable, unsafe or of another format."""


@dataclass(frozen=True, slots=True)
class ModelFile:
    """A model read from its file, with what it was trained on."""

    classifier: Classifier
    corpus: str  # fingerprint of the shipped corpus
    labels: str  # fingerprint of the shop's labels, NO_LABELS for none
    shop_rows: int


def corpus_fingerprint() -> str:
    """Changes whenever the shipped corpus, the file format or scikit-learn changes."""
    digest = hashlib.sha256(f"{FORMAT_VERSION}:{sklearn.__version__}".encode())
    for name in CORPUS_FILES:
        digest.update((DATA / name).read_bytes())
    return digest.hexdigest()


def labels_fingerprint(rows: Iterable[Mapping[str, Any]]) -> str:
    """Changes whenever a shop label is added or changed."""
    canonical = sorted(
        json.dumps([row.get("subject", ""), row["text"], row["label"]], ensure_ascii=False)
        for row in rows
    )
    return hashlib.sha256(json.dumps(canonical).encode()).hexdigest()


def save(
    classifier: Classifier, path: str | os.PathLike[str], *, labels: str, shop_rows: int
) -> None:
    """Write the model to `path` atomically: a reader sees the old file or the new, whole."""
    if classifier.pipeline is None:
        raise ValueError("there is no model to save")
    with _vocabularies_apart(classifier.pipeline) as vocabularies:
        data = sio.dumps(
            {
                "format_version": FORMAT_VERSION,
                "corpus": corpus_fingerprint(),
                "labels": labels,
                "shop_rows": shop_rows,
                "pipeline": classifier.pipeline,
                "vocabularies": vocabularies,
            },
            compression=zipfile.ZIP_DEFLATED,
        )
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _vectorizers(pipeline: Pipeline) -> dict[str, TfidfVectorizer]:
    features = pipeline.named_steps["features"]
    return {
        name: step
        for name, step in features.named_transformers_.items()
        if isinstance(step, TfidfVectorizer)
    }


@contextmanager
def _vocabularies_apart(pipeline: Pipeline) -> Iterator[dict[str, np.ndarray]]:
    """The vectorisers' vocabularies as arrays of terms, left out of the pipeline meanwhile.

    skops writes a dict entry by entry into its JSON schema: the corpus's
    vocabularies came to 50 MB and six seconds to read. As one array of terms
    in column order they are a few MB and read in a fraction of a second.
    """
    vectorizers = _vectorizers(pipeline)
    kept = {name: v.vocabulary_ for name, v in vectorizers.items()}
    arrays = {
        name: np.array(sorted(vocabulary, key=vocabulary.__getitem__), dtype=str)
        for name, vocabulary in kept.items()
    }
    try:
        for vectorizer in vectorizers.values():
            vectorizer.vocabulary_ = {}
        yield arrays
    finally:
        for name, vectorizer in vectorizers.items():
            vectorizer.vocabulary_ = kept[name]


def load(path: str | os.PathLike[str], *, triage_below: float = TRIAGE_BELOW) -> ModelFile:
    """Read a model file, refusing one of another format or holding unexpected types."""
    data = Path(path).read_bytes()  # no file at all is the caller's to handle
    try:
        untrusted = sio.get_untrusted_types(data=data)
        unexpected = [name for name in untrusted if not name.startswith(TRUSTED_PREFIXES)]
        if unexpected:
            raise ModelFileError(f"{path}: holds types a model never has: {', '.join(unexpected)}")
        found = sio.loads(data, trusted=untrusted)
    except ModelFileError:
        raise
    except Exception as err:  # skops raises many kinds for a damaged file
        raise ModelFileError(f"{path}: not a readable model file ({err})") from err
    if not isinstance(found, dict) or found.get("format_version") != FORMAT_VERSION:
        version = found.get("format_version") if isinstance(found, dict) else None
        raise ModelFileError(
            f"{path}: format version {version!r}, this inboxbot reads {FORMAT_VERSION}"
        )
    try:
        pipeline = found["pipeline"]
        for name, vectorizer in _vectorizers(pipeline).items():
            terms = found["vocabularies"][name]
            vectorizer.vocabulary_ = {str(term): i for i, term in enumerate(terms)}
        classifier = Classifier(pipeline, triage_below=triage_below)
    except (KeyError, AttributeError, TypeError) as err:
        raise ModelFileError(f"{path}: the model in it is incomplete ({err})") from err
    return ModelFile(classifier, found["corpus"], found["labels"], int(found["shop_rows"]))


def load_or_train(
    path: str | os.PathLike[str], *, triage_below: float = TRIAGE_BELOW
) -> Classifier:
    """The model in `path` if it is current, else one trained on the corpus and saved there.

    When neither works (no scikit-learn data, a read-only disk), the rules alone.
    """
    try:
        found = load(path, triage_below=triage_below)
    except FileNotFoundError:
        pass
    except ModelFileError as err:
        log.warning("retraining the classifier: %s", err)
    else:
        if found.corpus == corpus_fingerprint():
            return found.classifier
        log.info("retraining the classifier: %s was trained on another corpus", path)
    try:
        classifier = Classifier.train(load_corpus(), triage_below=triage_below)
    except (OSError, ValueError) as err:
        log.error("no classifier model, the rules alone decide: %s", err)
        return Classifier(None, triage_below=triage_below)
    try:
        save(classifier, path, labels=NO_LABELS, shop_rows=0)
    except OSError as err:
        log.warning("could not write the classifier model to %s: %s", path, err)
    return classifier
