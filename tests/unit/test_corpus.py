"""The corpus shipped with classification v1 is well formed and covers what it should."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import classifiers

CORPUS = Path(classifiers.__file__).with_name("data") / "corpus_v1.jsonl"
LABELS = {"refund", "dispute", "other"}
LANGS = {"en", "de", "es", "fr", "it", "nl"}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    # Parsed here without read_jsonl, so a bug in the reader cannot hide a bad row.
    with CORPUS.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def test_it_gives_every_row_a_known_label_and_text(rows: list[dict[str, Any]]) -> None:
    for number, row in enumerate(rows, start=1):
        assert row["label"] in LABELS, f"row {number}"
        assert isinstance(row["text"], str), f"row {number}"
        assert row["text"].strip(), f"row {number}"
        assert isinstance(row.get("subject", ""), str), f"row {number}"
        assert row["lang"] in LANGS, f"row {number}"


def test_it_has_no_duplicate_texts(rows: list[dict[str, Any]]) -> None:
    texts = Counter(" ".join(row["text"].lower().split()) for row in rows)

    assert [text for text, count in texts.items() if count > 1] == []


def test_it_holds_every_language(rows: list[dict[str, Any]]) -> None:
    assert {row["lang"] for row in rows} == LANGS


def test_it_is_mostly_english(rows: list[dict[str, Any]]) -> None:
    english = sum(row["lang"] == "en" for row in rows) / len(rows)

    assert 0.6 <= english <= 0.8


def test_it_has_at_least_80_rows_of_each_label(rows: list[dict[str, Any]]) -> None:
    counts = Counter(row["label"] for row in rows)

    assert set(counts) == LABELS
    assert min(counts.values()) >= 80


def test_it_covers_every_label_in_every_language(rows: list[dict[str, Any]]) -> None:
    assert {(row["lang"], row["label"]) for row in rows} == {
        (lang, label) for lang in LANGS for label in LABELS
    }
