"""The labelled-mail file format: one JSON object a line, and the corpus shipped with v1."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from inboxbot.models import LabelName

LABELS: tuple[str, ...] = tuple(label.value for label in LabelName)
CORPUS_V1 = "corpus_v1.jsonl"


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
    # pyproject ships data/* as package data, so the file sits beside this module.
    return read_jsonl(Path(__file__).with_name("data") / CORPUS_V1)
