"""Learning the shop's mail: its labels, and retraining on them when they change.

Every VA approval confirms a label and every relabel corrects one
(`training_labels`, written by `review.py`); `inboxbot train --data` and
`inboxbot label` add more. A retrain gives those rows `classifier.shop_weight`
times the weight of a corpus row, and keeps the new model only if it is not
worse than the current one on a held-back slice of the shop's labels.

scikit-learn is imported inside the functions: the scheduler runs `RetrainJob`
in the serving process, which hands the work to a child process.
"""

from __future__ import annotations

import hashlib
import json
import logging
import pickle
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from inboxbot import logs
from inboxbot.config import Settings
from inboxbot.store import Store
from inboxbot.store.schema import messages, training_labels

log = logging.getLogger(__name__)

# The new text of a mail is what the model reads first; history beyond this adds little.
MAX_TEXT = 20_000


@dataclass(frozen=True, slots=True)
class Retrained:
    """What a retrain did."""

    outcome: str  # unchanged | trained | kept | rejected
    shop_rows: int
    held_back: int
    new_f1: float | None = None  # macro-F1 on the held-back rows
    old_f1: float | None = None

    def summary(self) -> str:
        """One line for a person."""
        if self.outcome == "unchanged":
            return f"classifier: labels unchanged ({self.shop_rows} shop labels)"
        scores = ""
        if self.new_f1 is not None and self.old_f1 is not None:
            scores = (
                f"; macro-F1 on {self.held_back} held-back labels:"
                f" new {self.new_f1:.3f}, current {self.old_f1:.3f}"
            )
        verdict = {
            "trained": "trained",
            "kept": "retrained and kept the new model",
            "rejected": "retrained, kept the current model (the new one was worse)",
        }[self.outcome]
        return f"classifier: {verdict} with {self.shop_rows} shop labels{scores}"


def labels_file(settings: Settings) -> Path:
    """Where `inboxbot train --data` keeps the rows it was given, beside the model file."""
    path = settings.classifier.model_path
    return path.with_name(path.stem + "-labels.jsonl")


def store_rows(store: Store) -> list[dict[str, str]]:
    """The latest label a person gave each message, with the message's subject and text."""
    latest = (
        select(training_labels.c.message, func.max(training_labels.c.id).label("id"))
        .group_by(training_labels.c.message)
        .subquery()
    )
    query = (
        select(training_labels.c.label, messages.c.subject, messages.c.text)
        .join(latest, latest.c.id == training_labels.c.id)
        .join(messages, messages.c.id == training_labels.c.message)
        .order_by(training_labels.c.message)
    )
    with store.read() as conn:
        return [
            {"subject": row.subject or "", "text": (row.text or "")[:MAX_TEXT], "label": row.label}
            for row in conn.execute(query)
            if (row.text or "").strip()
        ]


def file_rows(settings: Settings) -> list[dict[str, Any]]:
    """The rows `inboxbot train --data` added, or none."""
    from classifiers import read_jsonl

    path = labels_file(settings)
    return read_jsonl(path) if path.exists() else []


def add_rows(settings: Settings, rows: list[dict[str, Any]]) -> int:
    """Keep labelled rows for every later retrain; how many were new."""
    path = labels_file(settings)
    known = {_key(row) for row in file_rows(settings)}
    fresh = []
    for row in rows:
        key = _key(row)
        if key not in known:
            known.add(key)
            fresh.append(
                {"subject": row.get("subject", ""), "text": row["text"], "label": row["label"]}
            )
    if fresh:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as out:
            for row in fresh:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(fresh)


def _key(row: dict[str, Any]) -> tuple[str, str]:
    return (row.get("subject", ""), " ".join(row["text"].split()))


def held_back(row: dict[str, Any], share: float) -> bool:
    """Whether a row belongs to the held-back slice: decided by its text, so it stays put."""
    digest = hashlib.sha256(json.dumps(_key(row)).encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**32 < share


def retrain(settings: Settings, store: Store, *, force: bool = False) -> Retrained:
    """Retrain on the corpus and the shop's labels if they changed (or `force`)."""
    from classifiers.corpus import load_corpus
    from classifiers.evaluate import evaluate
    from classifiers.model import Classifier
    from classifiers.persist import (
        ModelFileError,
        corpus_fingerprint,
        labels_fingerprint,
        load,
        load_or_train,
        save,
    )

    wanted = settings.classifier
    rows = store_rows(store) + file_rows(settings)
    fingerprint = labels_fingerprint(rows)
    seen: str | None = None
    try:
        found = load(wanted.model_path, triage_below=wanted.triage_below)
        current = found.classifier
        if found.corpus == corpus_fingerprint():
            seen = found.labels
    except (OSError, ModelFileError):  # no usable file: the corpus model to compare with
        current = load_or_train(wanted.model_path, triage_below=wanted.triage_below)
    if seen == fingerprint and not force:
        return Retrained("unchanged", len(rows), 0)
    held = [row for row in rows if held_back(row, wanted.holdout)]
    taught = [row for row in rows if not held_back(row, wanted.holdout)]
    corpus = load_corpus()
    new = Classifier.train(
        corpus + taught,
        weights=[1.0] * len(corpus) + [wanted.shop_weight] * len(taught),
        triage_below=wanted.triage_below,
    )
    if not held:
        save(new, wanted.model_path, labels=fingerprint, shop_rows=len(taught))
        return Retrained("trained", len(rows), 0)
    new_f1 = evaluate(new, held)["macro_f1"]
    old_f1 = evaluate(current, held)["macro_f1"]
    if new_f1 >= old_f1 or current.pipeline is None:
        save(new, wanted.model_path, labels=fingerprint, shop_rows=len(taught))
        return Retrained("kept", len(rows), len(held), new_f1, old_f1)
    # The labels are recorded as seen all the same, so the same rows are not
    # retrained on every run; the next change of labels tries again.
    save(current, wanted.model_path, labels=fingerprint, shop_rows=len(taught))
    return Retrained("rejected", len(rows), len(held), new_f1, old_f1)


def _retrain_child() -> None:
    """The retrain child's work: the settings come pickled on stdin from RetrainJob."""
    settings: Settings = pickle.load(sys.stdin.buffer)  # from our own parent, over a pipe
    logs.setup(verbose=False)
    store = Store.open(settings.store.url)
    try:
        log.info("%s", retrain(settings, store).summary())
    finally:
        store.close()


class RetrainJob:
    """The scheduled retrain, in a child process so the server never loads scikit-learn.

    The child runs in a session of its own: Ctrl-C in the terminal reaches the
    server, which then stops the child (`stop`), instead of interrupting the
    child half-way through its imports.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._child: subprocess.Popen[bytes] | None = None

    def __call__(self) -> None:
        command = [sys.executable, "-c", "from inboxbot.learning import _retrain_child as r; r()"]
        child = subprocess.Popen(command, stdin=subprocess.PIPE, start_new_session=True)
        self._child = child
        try:
            child.communicate(pickle.dumps(self.settings))
        finally:
            self._child = None
        if child.returncode > 0:
            log.error("the classifier retrain failed (exit code %s)", child.returncode)
        elif child.returncode < 0:
            log.info("the classifier retrain was stopped")

    def stop(self) -> None:
        """End a retrain in progress: the server is shutting down."""
        child = self._child
        if child is not None and child.poll() is None:
            child.terminate()
