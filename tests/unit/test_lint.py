"""The code stays as STYLE.md asks: ruff-clean and formatted, and mypy-clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCES = ["inboxbot", "classifiers", "tests", "bench", "run.py"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True, check=False
    )


def test_ruff_finds_nothing() -> None:
    result = run("ruff", "check", *SOURCES)

    assert result.returncode == 0, result.stdout


def test_the_code_is_formatted() -> None:
    result = run("ruff", "format", "--check", *SOURCES)

    assert result.returncode == 0, result.stdout


def test_mypy_finds_nothing_in_the_packages() -> None:
    result = run("mypy")

    assert result.returncode == 0, result.stdout
