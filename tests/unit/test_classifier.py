"""The v1 classifier trained on the shipped corpus: rules first, then the model."""

from __future__ import annotations

import re

import pytest

from classifiers import Classifier
from inboxbot.models import Label, LabelName

REFUND = LabelName.REFUND
DISPUTE = LabelName.DISPUTE
OTHER = LabelName.OTHER

# (subject, text, label): hard negatives first, then clear cases of each label.
CASES = [
    ("", "I was charged twice for order 1001", DISPUTE),
    ("", "Thank you, the refund arrived today", OTHER),
    ("", "What is your return policy? I'm thinking of buying the lamp", OTHER),
    ("", "The vase arrived broken, I want my money back", REFUND),
    ("", "The teapot arrived cracked. Please refund me.", REFUND),
    ("", "La tazza è arrivata rotta, voglio il rimborso.", REFUND),
    ("", "There's a card payment fee I never agreed to", DISPUTE),
    ("", "Why is there an extra £5 on my card statement from you?", DISPUTE),
    ("", "Can you change the delivery address on my order to 5 Park Road?", OTHER),
    ("", "Could I swap the blue mug for a red one?", OTHER),
    ("", "Do you ship to Canada?", OTHER),
]

WORD = re.compile(r"(?u)\b\w\w+\b")  # the word vectoriser's default token pattern


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.default()


@pytest.mark.parametrize(("subject", "text", "label"), CASES)
def test_it_labels_clear_cases_and_hard_negatives(
    classifier: Classifier, subject: str, text: str, label: LabelName
) -> None:
    assert classifier.predict(subject=subject, text=text).name == label


def test_it_lets_a_rule_decide_when_one_matches(classifier: Classifier) -> None:
    label = classifier.predict(subject="", text="I was charged twice for order 1001")

    assert label.source == "rule"
    assert label.words == ("charged twice",)


def test_it_explains_a_model_decision_with_words_from_the_mail(classifier: Classifier) -> None:
    text = "Thank you, the refund arrived today"
    label = classifier.predict(subject="", text=text)

    assert label.source == "model"
    assert label.reason == f"model: {label.confidence:.2f} other"
    assert 1 <= len(label.words) <= 5
    tokens = " ".join(WORD.findall(text.lower()))
    for words in label.words:
        assert words in tokens
    # The thanks is what makes this "other"; "refund" alone points the other way.
    assert "thank" in label.words
    assert "refund" not in label.words


def test_it_reads_the_subject(classifier: Classifier) -> None:
    text = "Order 4471, the mug."

    assert classifier.predict(subject="", text=text).name == OTHER
    assert classifier.predict(subject="Refund request", text=text).name == REFUND


def test_it_gives_every_label_a_source_a_confidence_and_a_reason(classifier: Classifier) -> None:
    labels = classifier.predict_many([(subject, text) for subject, text, _ in CASES])

    assert {label.source for label in labels} == {"rule", "model"}
    for label in labels:
        assert isinstance(label, Label)
        assert 0.0 <= label.confidence <= 1.0
        assert label.reason.strip()


def test_it_labels_many_mails_as_it_labels_each_one(classifier: Classifier) -> None:
    items = [(subject, text) for subject, text, _ in CASES]

    assert classifier.predict_many(items) == [
        classifier.predict(subject=subject, text=text) for subject, text in items
    ]


def test_it_labels_no_mails_as_an_empty_list(classifier: Classifier) -> None:
    assert classifier.predict_many([]) == []


def test_it_trains_the_default_classifier_once_per_process() -> None:
    assert Classifier.default() is Classifier.default()


def test_it_trains_on_a_handful_of_rows() -> None:
    classifier = Classifier.train(
        [
            {"text": "The lamp is broken, please refund it", "label": "refund"},
            {"text": "Refund the cracked bowl please", "label": "refund"},
            {"text": "Please explain this charge on my card", "label": "dispute"},
            {"text": "This charge is wrong, explain it", "label": "dispute"},
            {"text": "Do you sell gift cards?", "label": "other", "subject": "Question"},
            {"text": "Do you ship to Spain?", "label": "other"},
        ]
    )

    label = classifier.predict(subject="", text="Do you sell candles?")

    assert label.name == OTHER
    assert label.source == "model"


def test_it_refuses_to_train_on_an_unknown_label() -> None:
    with pytest.raises(ValueError, match=r"row 2: label 'complaint'"):
        Classifier.train(
            [{"text": "Refund please", "label": "refund"}, {"text": "Bad", "label": "complaint"}]
        )


def test_it_refuses_to_train_on_a_row_without_text() -> None:
    with pytest.raises(ValueError, match=r"row 1: 'text' must be a string"):
        Classifier.train([{"label": "refund"}, {"text": "Hi", "label": "other"}])


def test_it_refuses_to_train_on_a_single_label() -> None:
    with pytest.raises(ValueError, match="at least two labels"):
        Classifier.train([{"text": "Refund please", "label": "refund"}])
