"""Scoring a classifier, and reading the labelled files it is scored on."""

from __future__ import annotations

from pathlib import Path

import pytest

from classifiers import Classifier, evaluate, read_jsonl
from classifiers.evaluate import score

TRAINING = [
    {"text": "The lamp is broken, please refund it", "label": "refund"},
    {"text": "Refund the cracked bowl please", "label": "refund"},
    {"text": "Please explain this charge on my card", "label": "dispute"},
    {"text": "This charge is wrong, explain it", "label": "dispute"},
    {"text": "Do you sell gift cards?", "label": "other"},
    {"text": "Do you ship to Spain?", "label": "other"},
]


def test_it_scores_known_predictions_exactly() -> None:
    """GIVEN six mails, four labelled right
    WHEN they are scored
    THEN every figure is the one worked out by hand."""
    true = ["refund", "refund", "dispute", "other", "other", "other"]
    predicted = ["refund", "dispute", "dispute", "other", "refund", "other"]

    result = score(true, predicted)

    assert result["accuracy"] == pytest.approx(4 / 6)
    # refund: P 1/2, R 1/2 -> F1 1/2; dispute: P 1/2, R 1 -> F1 2/3; other: P 1, R 2/3 -> F1 4/5
    assert result["macro_f1"] == pytest.approx((1 / 2 + 2 / 3 + 4 / 5) / 3)
    assert result["per_class"] == {
        "refund": {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2},
        "dispute": {
            "precision": 0.5,
            "recall": 1.0,
            "f1": pytest.approx(2 / 3),
            "support": 1,
        },
        "other": {
            "precision": 1.0,
            "recall": pytest.approx(2 / 3),
            "f1": pytest.approx(4 / 5),
            "support": 3,
        },
    }
    assert result["confusion"] == {
        "labels": ["refund", "dispute", "other"],
        "matrix": [[1, 1, 0], [0, 1, 0], [1, 0, 2]],
    }


def test_it_evaluates_a_trained_classifier_on_rows() -> None:
    """GIVEN a classifier trained on six rows, and four rows that its rules decide
    WHEN it is evaluated, with the last row's label deliberately not the rule's
    THEN three are right and the wrong one shows in the confusion matrix."""
    classifier = Classifier.train(TRAINING)
    rows = [
        {"subject": "Order 1001", "text": "I was charged twice for this order", "label": "dispute"},
        {"text": "Where is my refund? It has been three weeks.", "label": "refund"},
        {"text": "I want my money back, the lamp is broken.", "label": "refund"},
        {"text": "I will file a chargeback.", "label": "other"},
    ]

    result = evaluate(classifier, rows)

    assert set(result) == {"accuracy", "macro_f1", "per_class", "confusion"}
    assert result["accuracy"] == 0.75
    assert result["confusion"]["matrix"] == [[2, 0, 0], [0, 1, 0], [0, 1, 0]]
    # other is never predicted, so its precision is 0 rather than undefined.
    assert result["per_class"]["other"] == {
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "support": 1,
    }
    assert result["macro_f1"] == pytest.approx((1 + 2 / 3 + 0) / 3)


def test_it_refuses_to_score_nothing() -> None:
    with pytest.raises(ValueError, match="no rows"):
        score([], [])


def test_it_refuses_predictions_that_do_not_line_up() -> None:
    with pytest.raises(ValueError, match="2 true labels but 1 predictions"):
        score(["refund", "other"], ["refund"])


def test_it_reads_labelled_rows_and_skips_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text(
        '{"text": "Refund please", "label": "refund"}\n'
        "\n"
        '{"text": "Hi", "subject": "Hello", "label": "other", "lang": "en"}\n',
        encoding="utf-8",
    )

    assert read_jsonl(path) == [
        {"text": "Refund please", "label": "refund"},
        {"text": "Hi", "subject": "Hello", "label": "other", "lang": "en"},
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "Hi", "label": "complaint"}', r"line 2: 'label' must be one of"),
        ('{"label": "refund"}', r"line 2: 'text' must be a non-empty string"),
        ('{"text": "  ", "label": "refund"}', r"line 2: 'text' must be a non-empty string"),
        ('{"text": "Hi", "label": "other", "subject": 3}', r"line 2: 'subject' must be a string"),
        ('["Hi", "other"]', r"line 2: expected a JSON object"),
        ('{"text": "Hi", "label": ', r"line 2: not valid JSON"),
    ],
)
def test_it_names_the_line_of_a_bad_row(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text('{"text": "Fine", "label": "other"}\n' + line + "\n", encoding="utf-8")

    with pytest.raises(ValueError, match=message):
        read_jsonl(path)
