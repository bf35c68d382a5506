"""The labelled-mail file format: one JSON object a line, and the corpus shipped with it."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from inboxbot.models import LabelName

LABELS: tuple[str, ...] = tuple(label.value for label in LabelName)
DATA = Path(__file__).with_name("data")
# Written row by row, and composed from hand-written pieces by `compose.py`.
CORPUS_FILES = ("corpus_v1.jsonl", "corpus_composed.jsonl")


def read_jsonl(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Read labelled rows, refusing any without a `text` string and a known `label`."""
    rows: list[dict[str, Any]] = []
    with Path(path).open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{path}, line {number}: not valid JSON: {err}") from err
            if not isinstance(row, dict):
                raise ValueError(f"{path}, line {number}: expected a JSON object")
            text = row.get("text")
            if not isinstance(text, str) or not text.strip():
                raise ValueError(f"{path}, line {number}: 'text' must be a non-empty string")
            if row.get("label") not in LABELS:
                raise ValueError(
                    f"{path}, line {number}: 'label' must be one of {', '.join(LABELS)},"
                    f" not {row.get('label')!r}"
                )
            subject = row.get("subject", "")
            if not isinstance(subject, str):
                raise ValueError(f"{path}, line {number}: 'subject' must be a string")
            rows.append(row)
    return rows


def load_corpus() -> list[dict[str, Any]]:
    """The rows of the corpus shipped inside the package."""
    # pyproject ships data/* as package data, so the files sit beside this module.
    return [row for name in CORPUS_FILES for row in read_jsonl(DATA / name)]
