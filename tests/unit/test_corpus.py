"""The shipped corpus follows the labelling guide and covers what it should."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from classifiers import compose
from classifiers.corpus import CORPUS_FILES, DATA

LABELS = {"refund", "dispute", "other"}
LANGS = {"en", "de", "es", "fr", "it", "nl"}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    # Parsed here without read_jsonl, so a bug in the reader cannot hide a bad row.
    found = []
    for name in CORPUS_FILES:
        with (DATA / name).open(encoding="utf-8") as lines:
            found += [json.loads(line) for line in lines if line.strip()]
    return found


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


def test_it_has_at_least_3000_rows_and_800_of_each_label(rows: list[dict[str, Any]]) -> None:
    counts = Counter(row["label"] for row in rows)

    assert len(rows) >= 3000
    assert set(counts) == LABELS
    assert min(counts.values()) >= 800


def test_it_holds_the_hard_negatives_of_the_guide(rows: list[dict[str, Any]]) -> None:
    def labels_of(phrase: str) -> set[str]:
        return {row["label"] for row in rows if phrase in row["text"].lower()}

    assert labels_of("the refund came through") == {"other"}
    assert labels_of("what is your return policy") == {"other"}
    assert labels_of("charged twice") == {"dispute"}


def test_it_holds_mail_as_people_send_it(rows: list[dict[str, Any]]) -> None:
    texts = [row["text"] for row in rows]

    assert any("\n> " in text for text in texts)  # quoted history
    assert any("Forwarded message" in text for text in texts)
    assert any("[image: logo]" in text for text in texts)  # text from HTML
    assert any(len(text) < 40 for text in texts)
    assert any(len(text) > 400 for text in texts)


def test_it_ships_the_composed_rows_the_script_writes(tmp_path: Path) -> None:
    written = tmp_path / "composed.jsonl"
    compose.write(written)

    assert written.read_text(encoding="utf-8") == (DATA / CORPUS_FILES[1]).read_text(
        encoding="utf-8"
    )


def test_it_covers_every_label_in_every_language(rows: list[dict[str, Any]]) -> None:
    assert {(row["lang"], row["label"]) for row in rows} == {
        (lang, label) for lang in LANGS for label in LABELS
    }
