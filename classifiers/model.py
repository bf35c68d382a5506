"""The classifier: the keyword rules first, then a calibrated linear model over n-grams."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix, hstack
from scipy.special import expit
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.svm import LinearSVC

from classifiers.corpus import LABELS, load_corpus
from classifiers.rules import match_rules
from classifiers.text import mail_text, split_quoted
from inboxbot.models import Label, LabelName

MAX_WORDS = 5
# Quoted history says what the thread was about, not what this mail asks; its
# words count for this fraction of the new text's.
QUOTED_WEIGHT = 0.3
# Below this, a label is a guess a person should check first.
TRIAGE_BELOW = 0.6
# Folds for calibrating the probabilities; a label with fewer rows than this
# leaves the model's own probabilities uncalibrated.
CALIBRATION_FOLDS = 3
# From this many rows on, an n-gram must appear in two of them to be a feature:
# one seen in a single mail teaches nothing that carries over, and dropping them
# halves the model in memory at the same macro-F1. A handful of rows keeps all.
PRUNE_FROM_ROWS = 1000


def columns(subject: str, text: str) -> tuple[str, str]:
    """(subject and new text, quoted history): the two texts the model reads."""
    new, quoted = split_quoted(text)
    return mail_text(subject, new), quoted


def build(rows_per_label: Mapping[str, int], *, quoted: bool) -> Pipeline:
    """An untrained pipeline: n-gram TF-IDF of the new text and of the history, then the model."""
    min_df = 2 if sum(rows_per_label.values()) >= PRUNE_FROM_ROWS else 1
    features: list[tuple[str, Any, int]] = [
        ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=min_df), 0),
        # Character n-grams within words carry typos, inflections and the five
        # other languages, which the corpus covers more thinly than English.
        (
            "chars",
            TfidfVectorizer(
                analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=min_df
            ),
            0,
        ),
    ]
    if quoted:  # with no history in any row, a vectoriser for it would learn nothing
        features.append(("quoted", TfidfVectorizer(sublinear_tf=True), 1))
    union = ColumnTransformer(
        features, transformer_weights={"quoted": QUOTED_WEIGHT}, sparse_threshold=1.0
    )
    model: Any
    if min(rows_per_label.values()) >= CALIBRATION_FOLDS:
        # A linear SVM trains in a sixth of logistic regression's time on the
        # corpus at the same macro-F1; sigmoid calibration on held-out folds
        # turns its scores into probabilities (a 0.9 is right about nine times
        # in ten), which the needs-triage line relies on. One model fitted on
        # all rows (ensemble=False) keeps the words that drove it explainable.
        model = CalibratedClassifierCV(
            LinearSVC(class_weight="balanced", C=0.5),
            method="sigmoid",
            cv=CALIBRATION_FOLDS,
            ensemble=False,
        )
    else:
        # Too few rows of a label to calibrate on: the model's own probabilities.
        model = LogisticRegression(class_weight="balanced", C=10.0, max_iter=2000)
    return Pipeline([("features", union), ("model", model)])


class Classifier:
    """Labels a mail refund, dispute or other: a rule when one matches, otherwise the model.

    With no model (none trained yet, or the file unreadable) the rules still
    decide what they can; the rest is "other", marked for triage.
    """

    def __init__(self, pipeline: Pipeline | None, *, triage_below: float = TRIAGE_BELOW) -> None:
        """Wrap a trained pipeline; use `train`, or `classifiers.persist.load_or_train`."""
        self.pipeline = pipeline
        self.triage_below = triage_below
        if pipeline is None:
            return
        features: ColumnTransformer = pipeline.named_steps["features"]
        words: TfidfVectorizer = features.named_transformers_["words"]
        model = pipeline.named_steps["model"]
        linear: LinearSVC | LogisticRegression = (
            model.calibrated_classifiers_[0].estimator
            if isinstance(model, CalibratedClassifierCV)
            else model
        )
        # The word features come first in the union, so their coefficients
        # are the first len(vocabulary) columns.
        self._word_names = words.get_feature_names_out()
        self._word_coef = linear.coef_[:, : len(self._word_names)]
        if self._word_coef.shape[0] == 1:  # two labels: one row of coefficients
            self._word_coef = np.vstack([-self._word_coef, self._word_coef])
        self._classes = [LabelName(name) for name in model.classes_]
        self._model = model
        self._sigmoid: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None
        if isinstance(model, CalibratedClassifierCV) and len(model.classes_) > 2:
            fitted = model.calibrated_classifiers_[0]
            self._sigmoid = (
                np.asarray(linear.coef_).T,
                np.asarray(linear.intercept_),
                np.array([c.a_ for c in fitted.calibrators]),
                np.array([c.b_ for c in fitted.calibrators]),
            )
        weights = features.transformer_weights or {}
        self._parts = [
            (step, column, weights.get(name, 1.0))
            for name, step, column in features.transformers_
            if isinstance(step, TfidfVectorizer)
        ]

    def _probabilities(self, matrix: csr_matrix) -> np.ndarray:
        """The calibrated probabilities of each row of features, columns in class order.

        The calibrated model's own predict_proba validates its input a dozen
        times over, ten times the arithmetic for one mail; this is the same
        arithmetic (one-vs-rest sigmoids, normalised), checked against it in
        the tests.
        """
        if self._sigmoid is None:
            return np.asarray(self._model.predict_proba(matrix))
        coef, intercept, a, b = self._sigmoid
        scores = np.asarray(matrix @ coef) + intercept
        found = expit(-(a * scores + b))
        total = found.sum(axis=1, keepdims=True)
        uniform = np.full_like(found, 1 / found.shape[1])
        return np.divide(found, total, out=uniform, where=total != 0)

    def features(self, split: Sequence[tuple[str, str]]) -> csr_matrix:
        """The model's features of (new text, history) pairs, as the pipeline's union makes them.

        Done here vectoriser by vectoriser: the union's own transform costs five
        times the work itself for one mail, and the worker labels mail one by one.
        """
        blocks = []
        for step, column, weight in self._parts:
            block = step.transform([pair[column] for pair in split])
            blocks.append(block * weight if weight != 1.0 else block)
        return csr_matrix(hstack(blocks, format="csr"))

    @classmethod
    def train(
        cls,
        rows: Iterable[Mapping[str, Any]],
        *,
        weights: Sequence[float] | None = None,
        triage_below: float = TRIAGE_BELOW,
    ) -> Classifier:
        """Train on rows with `text`, `label` and an optional `subject`; `weights` per row."""
        items: list[tuple[str, str]] = []
        labels: list[str] = []
        for number, row in enumerate(rows, start=1):
            if row.get("label") not in LABELS:
                raise ValueError(f"row {number}: label {row.get('label')!r} is not one of {LABELS}")
            if not isinstance(row.get("text"), str):
                raise ValueError(f"row {number}: 'text' must be a string")
            items.append(columns(row.get("subject", ""), row["text"]))
            labels.append(row["label"])
        counts = Counter(labels)
        if len(counts) < 2:
            raise ValueError("training needs rows of at least two labels")
        pipeline = build(counts, quoted=any(quoted.strip() for _, quoted in items))
        fit: dict[str, Any] = {}
        if weights is not None:
            if len(weights) != len(labels):
                raise ValueError(f"{len(labels)} rows but {len(weights)} weights")
            fit["model__sample_weight"] = np.asarray(weights, dtype=float)
        pipeline.fit(np.array(items, dtype=object), labels, **fit)
        return cls(pipeline, triage_below=triage_below)

    @classmethod
    def default(cls) -> Classifier:
        """The classifier trained on the shipped corpus, trained once per process."""
        return _default_classifier()

    def predict(self, *, subject: str, text: str) -> Label:
        """Label one mail."""
        return self.predict_many([(subject, text)])[0]

    def predict_many(self, items: Sequence[tuple[str, str]]) -> list[Label]:
        """Label `(subject, text)` mails; one model call covers all that no rule settles.

        The text is the whole mail: the rules read only what is new in it, the
        model reads the quoted history too, at a lower weight.
        """
        split = [columns(subject, text) for subject, text in items]
        labels: list[Label | None] = [match_rules("", new) for new, _ in split]
        pending = [i for i, label in enumerate(labels) if label is None]
        if pending and self.pipeline is None:
            for i in pending:
                labels[i] = self._no_model()
        elif pending:
            assert self.pipeline is not None
            matrix = self.features([split[i] for i in pending])
            probabilities = self._probabilities(matrix)
            for row, i in enumerate(pending):
                best = int(np.argmax(probabilities[row]))
                labels[i] = self._model_label(matrix, row, best, float(probabilities[row, best]))
        return [label for label in labels if label is not None]

    def probabilities(self, items: Sequence[tuple[str, str]]) -> np.ndarray:
        """The model's probability of each label (columns in LABELS order) for each mail."""
        if self.pipeline is None:
            raise ValueError("no model is loaded")
        found = self.pipeline.predict_proba(np.array([columns(*item) for item in items]))
        order = [list(self.pipeline.classes_).index(name) for name in LABELS]
        return np.asarray(found)[:, order]

    def _no_model(self) -> Label:
        return Label(
            name=LabelName.OTHER,
            confidence=0.0,
            source="rule",
            reason="no rule matched and no model is loaded",
            needs_triage=True,
        )

    def _model_label(self, matrix: csr_matrix, row: int, best: int, confidence: float) -> Label:
        """The model's label for one row of features, with the words that drove it."""
        name = self._classes[best]
        unsure = confidence < self.triage_below
        return Label(
            name=name,
            confidence=confidence,
            source="model",
            reason=f"model: {confidence:.2f} {name.value}" + (", needs triage" if unsure else ""),
            words=self._top_words(matrix, row, best),
            needs_triage=unsure,
        )

    def _top_words(self, matrix: csr_matrix, row: int, best: int) -> tuple[str, ...]:
        """Up to MAX_WORDS word n-grams of this row that pushed hardest towards class `best`."""
        start, end = matrix.indptr[row], matrix.indptr[row + 1]
        cols = matrix.indices[start:end]
        values = matrix.data[start:end]
        is_word = cols < len(self._word_names)
        cols, values = cols[is_word], values[is_word]
        pushes = self._word_coef[best, cols] * values
        order = np.argsort(-pushes, kind="stable")[:MAX_WORDS]
        return tuple(str(self._word_names[cols[i]]) for i in order if pushes[i] > 0)


@functools.cache
def _default_classifier() -> Classifier:
    """Train on the shipped corpus; cached because every caller wants the same model."""
    return Classifier.train(load_corpus())
