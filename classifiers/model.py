"""The v1 classifier: the keyword rules first, then a TF-IDF logistic regression."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from classifiers.corpus import LABELS, load_corpus
from classifiers.rules import match_rules
from classifiers.text import mail_text
from inboxbot.models import Label, LabelName

MAX_WORDS = 5


def _build_pipeline() -> Pipeline:
    """An untrained pipeline: word and character n-gram TF-IDF, then logistic regression."""
    features = FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)),
            # Character n-grams within words carry typos, inflections and the
            # five other languages, which the small corpus covers only thinly.
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)),
        ]
    )
    # C=10: macro-F1 is flat from C=1 to C=100, but C=1 leaves every probability
    # near a coin toss; 10 gave the lowest log-loss on labelled mail the corpus
    # was not written for, so `confidence` means something.
    model = LogisticRegression(class_weight="balanced", C=10.0, max_iter=2000)
    return Pipeline([("features", features), ("model", model)])


class Classifier:
    """Labels a mail refund, dispute or other: a rule when one matches, otherwise the model."""

    def __init__(self, pipeline: Pipeline) -> None:
        """Wrap a trained pipeline; use `train` or `default` to get one."""
        self._pipeline = pipeline
        features: FeatureUnion = pipeline.named_steps["features"]
        model: LogisticRegression = pipeline.named_steps["model"]
        words: TfidfVectorizer = features.transformer_list[0][1]
        # The union puts the word features first, so their coefficients are the
        # first len(vocabulary) columns.
        self._word_names = words.get_feature_names_out()
        self._word_coef = model.coef_[:, : len(self._word_names)]
        self._classes = [LabelName(name) for name in model.classes_]

    @classmethod
    def train(cls, rows: Iterable[Mapping[str, str]]) -> Classifier:
        """Train on rows with `text`, `label` and an optional `subject`."""
        texts: list[str] = []
        labels: list[str] = []
        for number, row in enumerate(rows, start=1):
            if row.get("label") not in LABELS:
                raise ValueError(f"row {number}: label {row.get('label')!r} is not one of {LABELS}")
            if not isinstance(row.get("text"), str):
                raise ValueError(f"row {number}: 'text' must be a string")
            texts.append(mail_text(row.get("subject", ""), row["text"]))
            labels.append(row["label"])
        if len(set(labels)) < 2:
            raise ValueError("training needs rows of at least two labels")
        pipeline = _build_pipeline()
        pipeline.fit(texts, labels)
        return cls(pipeline)

    @classmethod
    def default(cls) -> Classifier:
        """The classifier trained on the shipped corpus, trained once per process."""
        return _default_classifier()

    def predict(self, *, subject: str, text: str) -> Label:
        """Label one mail."""
        return self.predict_many([(subject, text)])[0]

    def predict_many(self, items: Sequence[tuple[str, str]]) -> list[Label]:
        """Label `(subject, text)` mails; one model call covers all that no rule settles."""
        labels: list[Label | None] = [match_rules(subject, text) for subject, text in items]
        pending = [i for i, label in enumerate(labels) if label is None]
        if pending:
            texts = [mail_text(*items[i]) for i in pending]
            features: FeatureUnion = self._pipeline.named_steps["features"]
            model: LogisticRegression = self._pipeline.named_steps["model"]
            matrix = csr_matrix(features.transform(texts))
            probabilities = model.predict_proba(matrix)
            for row, i in enumerate(pending):
                best = int(np.argmax(probabilities[row]))
                labels[i] = self._model_label(matrix, row, best, float(probabilities[row, best]))
        return [label for label in labels if label is not None]

    def _model_label(self, matrix: csr_matrix, row: int, best: int, confidence: float) -> Label:
        """The model's label for one row of features, with the words that drove it."""
        name = self._classes[best]
        return Label(
            name=name,
            confidence=confidence,
            source="model",
            reason=f"model: {confidence:.2f} {name.value}",
            words=self._top_words(matrix, row, best),
        )

    def _top_words(self, matrix: csr_matrix, row: int, best: int) -> tuple[str, ...]:
        """Up to MAX_WORDS word n-grams of this row that pushed hardest towards class `best`."""
        start, end = matrix.indptr[row], matrix.indptr[row + 1]
        columns = matrix.indices[start:end]
        values = matrix.data[start:end]
        is_word = columns < len(self._word_names)
        columns, values = columns[is_word], values[is_word]
        pushes = self._word_coef[best, columns] * values
        order = np.argsort(-pushes, kind="stable")[:MAX_WORDS]
        return tuple(str(self._word_names[columns[i]]) for i in order if pushes[i] > 0)


@functools.cache
def _default_classifier() -> Classifier:
    """Train on the shipped corpus; cached because every caller wants the same model."""
    return Classifier.train(load_corpus())
