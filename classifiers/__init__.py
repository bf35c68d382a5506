"""Labels a customer's mail refund, dispute or other.

A few high-precision keyword rules decide first (`match_rules`); when none
matches, a calibrated linear model over word and character n-grams, trained on
the shipped corpus (`data/*.jsonl`, labelled by `GUIDE.md`), decides. Every
label says where it came from, how sure it is, and the words behind it.
`evaluate` scores a classifier on labelled rows read with `read_jsonl`.
"""

from classifiers.corpus import read_jsonl
from classifiers.evaluate import evaluate
from classifiers.model import Classifier
from classifiers.rules import match_rules

__all__ = ["Classifier", "evaluate", "match_rules", "read_jsonl"]
