"""The classifier trained on the shipped corpus: rules first, then the calibrated model."""

from __future__ import annotations

import re

import numpy as np
import pytest

from classifiers import Classifier
from classifiers.corpus import load_corpus
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
    ("", "My payment is still showing as pending, did the order go through?", OTHER),
    ("", "How long does a bank transfer to you take to arrive?", OTHER),
    ("", "Thanks so much, I can see the money back on my card now.", OTHER),
    ("", "Do you refund sale items? I'm looking at the lamp.", OTHER),
    ("", "You took 45 euros but my order was 38, why?", DISPUTE),
    ("", "Hallo, die Tasse kam kaputt an. Bitte erstatten Sie mir den Betrag.", REFUND),
    ("", "Ik heb de vaas teruggestuurd, wanneer krijg ik het geld?", REFUND),
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
    text = "Where is my parcel? The tracking has not moved for a week."
    label = classifier.predict(subject="", text=text)

    assert label.source == "model"
    assert label.name == OTHER
    assert label.reason.startswith(f"model: {label.confidence:.2f} other")
    assert 1 <= len(label.words) <= 5
    tokens = " ".join(WORD.findall(text.lower()))
    for words in label.words:
        assert words in tokens
    # The word, alone or in one of the word pairs the model reads.
    assert any("tracking" in words.split() for words in label.words)


def test_it_marks_an_unsure_label_for_triage(classifier: Classifier) -> None:
    """GIVEN the corpus model behind a triage line above any probability it gives
    WHEN it labels a mail no rule settles
    THEN the label is marked needs triage, and says so; a rule's label never is."""
    strict = Classifier(classifier.pipeline, triage_below=1.0)

    unsure = strict.predict(subject="", text="Hello, a question about my order 5521.")
    ruled = strict.predict(subject="", text="I was charged twice for order 1001")

    assert unsure.needs_triage
    assert unsure.reason.endswith(", needs triage")
    assert not ruled.needs_triage
    assert not classifier.predict(subject="", text="Do you ship to Canada?").needs_triage


def test_it_gives_probabilities_that_sum_to_one(classifier: Classifier) -> None:
    found = classifier.probabilities([("", "Do you ship to Canada?"), ("", "refund please")])

    assert found.shape == (2, 3)
    assert found.sum(axis=1) == pytest.approx([1.0, 1.0])
    assert found[1, 0] > found[1, 2]  # columns: refund, dispute, other


def test_it_weighs_the_new_text_over_the_quoted_history(classifier: Classifier) -> None:
    """GIVEN a thank-you that quotes a long refund complaint
    WHEN it is labelled
    THEN the new text decides; the same words unquoted are a refund."""
    complaint = (
        "The lamp arrived broken and I want a refund.\n"
        "Please refund the full amount to my card, the lamp is smashed.\n"
        "It is the second broken lamp, refund me."
    )
    quoted = "\n".join("> " + line for line in complaint.splitlines())
    thanks = f"Lovely, thank you for sorting it out so quickly!\n\nOn Mon, Ann wrote:\n{quoted}"

    assert classifier.predict(subject="", text=thanks).name == OTHER
    assert classifier.predict(subject="", text=complaint).name == REFUND


def test_it_lets_the_rules_decide_with_no_model() -> None:
    """GIVEN no model at all
    THEN a rule still labels what it matches, and the rest is "other", marked for triage."""
    rules_only = Classifier(None)

    ruled = rules_only.predict(subject="", text="I was charged twice for order 1001")
    rest = rules_only.predict(subject="", text="The lamp is lovely")

    assert (ruled.name, ruled.source) == (DISPUTE, "rule")
    assert (rest.name, rest.confidence, rest.needs_triage) == (OTHER, 0.0, True)


def test_it_reads_the_subject(classifier: Classifier) -> None:
    """GIVEN one body that says nothing of what the customer wants
    THEN the subject above it decides the label."""
    text = "Order 4471, the mug."

    assert classifier.predict(subject="Where is my parcel?", text=text).name == OTHER
    assert classifier.predict(subject="Refund request", text=text).name == REFUND
    assert classifier.predict(subject="Charged twice", text=text).name == DISPUTE


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


def test_it_keeps_no_word_of_a_large_corpus_that_only_one_mail_uses() -> None:
    """GIVEN the shipped corpus and one more mail with a word no other mail has
    THEN that word is no feature; with a handful of rows, every word is."""
    odd = {"text": "The zorblatt lamp came broken, refund it please", "label": "refund"}
    few = [
        odd,
        {"text": "Please explain this charge on my card", "label": "dispute"},
        {"text": "Do you ship to Spain?", "label": "other"},
    ]

    def words(rows: list[dict[str, str]]) -> dict[str, int]:
        return (
            Classifier.train(rows)
            .pipeline.named_steps["features"]
            .named_transformers_["words"]
            .vocabulary_
        )

    large = words([*load_corpus(), odd])

    assert "zorblatt" not in large
    assert "refund" in large
    assert "zorblatt" in words(few)


def test_it_counts_a_weighted_row_more() -> None:
    """GIVEN two rows that say the same thing with different labels
    WHEN one of them weighs ten times the other
    THEN the model follows the heavier row."""
    rows = [
        {"text": "the lamp question", "label": "refund"},
        {"text": "the lamp question", "label": "other"},
        {"text": "charge on my card", "label": "dispute"},
        {"text": "broken, refund it", "label": "refund"},
        {"text": "do you ship abroad", "label": "other"},
    ]

    heavy_other = Classifier.train(rows, weights=[1, 10, 1, 1, 1])
    heavy_refund = Classifier.train(rows, weights=[10, 1, 1, 1, 1])

    assert heavy_other.predict(subject="", text="the lamp question").name == OTHER
    assert heavy_refund.predict(subject="", text="the lamp question").name == REFUND


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


def test_it_makes_the_features_the_pipeline_makes(classifier: Classifier) -> None:
    from classifiers.model import columns

    assert classifier.pipeline is not None
    mails = [
        columns("Refund", "It broke.\n\nOn Mon, Shop wrote:\n> Your order shipped"),
        columns("", "Do you ship to Canada?"),
    ]
    union = classifier.pipeline.named_steps["features"]

    ours = classifier.features(mails)
    theirs = union.transform(np.array(mails, dtype=object))

    assert ours.shape == theirs.shape
    assert abs(ours - theirs).max() < 1e-12


def test_it_samples_the_mails_it_is_least_sure_of(classifier: Classifier) -> None:
    from classifiers.sampling import least_sure

    items = [
        ("", "Do you ship to Canada?"),
        ("", "Order 5521."),
        ("", "The lamp arrived broken, please refund it."),
        ("", "Hello, about the payment for the lamp."),
    ]
    ranked = np.sort(classifier.probabilities(items), axis=1)
    margins = list(ranked[:, -1] - ranked[:, -2])

    chosen = least_sure(classifier, items, 2)

    assert sorted(chosen) == sorted(sorted(range(4), key=margins.__getitem__)[:2])
    assert least_sure(classifier, items, 0) == []


def test_it_computes_the_probabilities_the_calibrated_model_gives(
    classifier: Classifier,
) -> None:
    from classifiers.model import columns

    assert classifier.pipeline is not None
    mails = [
        columns("", "Do you ship to Canada?"),
        columns("Order", "You took 45 but the lamp was 38"),
        columns("", "The mug came broken.\n\nOn Mon, Shop wrote:\n> Thanks for your order"),
    ]
    matrix = classifier.features(mails)

    ours = classifier._probabilities(matrix)
    theirs = classifier.pipeline.named_steps["model"].predict_proba(matrix)

    assert ours == pytest.approx(theirs, abs=1e-9)
