"""Classifier quality on labelled text it was not trained on, and its speed.

Takes the paths of public data sets (never shipped with inboxbot), maps their
intents to refund / dispute / other, and prints macro-F1, per-class figures
and the confusion matrix of the shipped classifier, next to the keyword rules
alone; then prediction speed on one core and training time.

    python bench/classifier.py --banking77 PATH/banking77_train.csv \\
                               --bitext PATH/bitext_customer_support_sample.csv
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from classifiers import Classifier, match_rules  # noqa: E402
from classifiers.corpus import load_corpus  # noqa: E402
from classifiers.evaluate import score  # noqa: E402

# The mapping of the data sets' intents to our labels (shared/data/README.md).
BANKING77 = {
    "refund": {"request_refund", "Refund_not_showing_up"},
    "dispute": {
        "transaction_charged_twice",
        "card_payment_not_recognised",
        "direct_debit_payment_not_recognised",
        "cash_withdrawal_not_recognised",
        "extra_charge_on_statement",
        "card_payment_wrong_exchange_rate",
        "wrong_exchange_rate_for_cash_withdrawal",
        "wrong_amount_of_cash_received",
        "card_payment_fee_charged",
    },
}
BITEXT = {
    "refund": {"get_refund", "track_refund"},
    "dispute": {"payment_issue", "complaint"},
}

Row = dict[str, str]


def read(
    path: Path, text_column: str, intent_column: str, mapping: dict[str, set[str]]
) -> list[Row]:
    with path.open(newline="", encoding="utf-8") as f:
        rows = []
        for record in csv.DictReader(f):
            intent = record[intent_column]
            label = next((name for name, intents in mapping.items() if intent in intents), "other")
            rows.append({"text": record[text_column], "label": label})
    return rows


def report(name: str, rows: list[Row], predict: Callable[[list[Row]], list[str]]) -> None:
    figures = score([r["label"] for r in rows], predict(rows))
    print(f"  {name:<34} macro-F1 {figures['macro_f1']:.3f}   accuracy {figures['accuracy']:.3f}")
    for label, f in figures["per_class"].items():
        print(
            f"      {label:<8} precision {f['precision']:.3f}  recall {f['recall']:.3f}"
            f"  F1 {f['f1']:.3f}  support {f['support']}"
        )
    labels = figures["confusion"]["labels"]
    print("      confusion (rows true, columns predicted): " + "  ".join(f"{x:>7}" for x in labels))
    for label, line in zip(labels, figures["confusion"]["matrix"], strict=True):
        print(f"      {label:<43}" + "  ".join(f"{n:>7}" for n in line))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--banking77", type=Path, required=True, help="banking77_train.csv")
    parser.add_argument(
        "--bitext", type=Path, required=True, help="bitext_customer_support_sample.csv"
    )
    args = parser.parse_args()

    started = time.perf_counter()
    model = Classifier.train(load_corpus())
    trained = time.perf_counter() - started

    def shipped(rows: list[Row]) -> list[str]:
        return [label.name.value for label in model.predict_many([("", r["text"]) for r in rows])]

    def rules(rows: list[Row]) -> list[str]:
        found = [match_rules("", r["text"]) for r in rows]
        return [label.name.value if label else "other" for label in found]

    for name, rows in (
        ("banking77", read(args.banking77, "text", "category", BANKING77)),
        ("Bitext sample", read(args.bitext, "instruction", "intent", BITEXT)),
    ):
        counts = {
            label: sum(r["label"] == label for r in rows)
            for label in ("refund", "dispute", "other")
        }
        print(f"{name}: {len(rows)} rows {counts}")
        report("shipped classifier (rules + model)", rows, shipped)
        report("keyword rules alone", rows, rules)
        print()

    texts = read(args.banking77, "text", "category", BANKING77)
    started = time.perf_counter()
    model.predict_many([("", r["text"]) for r in texts])
    batch = time.perf_counter() - started
    print(f"prediction, one core: {len(texts) / batch:,.0f} messages/s in batches of {len(texts)}")
    print(f"training on the shipped corpus ({len(load_corpus())} rows): {trained:.2f} s")
    ten_thousand = [{"text": r["text"], "label": r["label"]} for r in texts]
    started = time.perf_counter()
    Classifier.train(ten_thousand)
    print(f"training on {len(ten_thousand):,} rows: {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
