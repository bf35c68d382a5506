"""Scores a classifier on labelled rows: accuracy, macro-F1, per-class figures and confusion."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from sklearn.metrics import (
    accuracy_score,
    confusion_matrix,
    f1_score,
    precision_recall_fscore_support,
)

from classifiers.corpus import LABELS, read_jsonl
from inboxbot.models import Label

# read_jsonl lives with the file format in corpus.py; it is offered here too
# because reading a labelled file is the first step of every evaluation.
__all__ = ["evaluate", "read_jsonl", "score"]


class Predictor(Protocol):
    """Anything that labels `(subject, text)` pairs in one call, as `Classifier` does."""

    def predict_many(self, items: Sequence[tuple[str, str]]) -> list[Label]:
        """Label each mail."""
        ...


def evaluate(classifier: Predictor, rows: Iterable[Mapping[str, str]]) -> dict[str, Any]:
    """Label every row with `classifier` and score the labels against the rows' own."""
    rows = list(rows)
    predicted = classifier.predict_many([(row.get("subject", ""), row["text"]) for row in rows])
    return score([row["label"] for row in rows], [label.name.value for label in predicted])


def score(true: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    """Accuracy, macro-F1, per-class precision/recall/F1/support and the confusion matrix."""
    if not true:
        raise ValueError("nothing to score: no rows")
    if len(true) != len(predicted):
        raise ValueError(f"{len(true)} true labels but {len(predicted)} predictions")
    labels = list(LABELS)
    # zero_division=0: a label never predicted scores 0 precision instead of a warning.
    precision, recall, f1, support = precision_recall_fscore_support(
        true, predicted, labels=labels, zero_division=0
    )
    return {
        "accuracy": float(accuracy_score(true, predicted)),
        "macro_f1": float(
            f1_score(true, predicted, labels=labels, average="macro", zero_division=0)
        ),
        "per_class": {
            label: {
                "precision": float(precision[i]),
                "recall": float(recall[i]),
                "f1": float(f1[i]),
                "support": int(support[i]),
            }
            for i, label in enumerate(labels)
        },
        "confusion": {
            "labels": labels,
            "matrix": confusion_matrix(true, predicted, labels=labels).tolist(),
        },
    }
