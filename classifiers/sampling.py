"""Uncertainty sampling: the mail whose label the model is least sure of, to label first."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from classifiers.model import Classifier


def least_sure(classifier: Classifier, items: Sequence[tuple[str, str]], count: int) -> list[int]:
    """Indexes of the `count` mails with the smallest margin between the model's top two labels.

    A small margin means the model cannot tell two labels apart for that mail:
    a person's label there teaches it most.
    """
    if count <= 0 or not items:
        return []
    probabilities = classifier.probabilities(items)
    ranked = np.sort(probabilities, axis=1)
    margins = ranked[:, -1] - ranked[:, -2]
    return [int(i) for i in np.argsort(margins, kind="stable")[:count]]
