"""The README stays true: every command is documented, and CI runs what it says."""

from __future__ import annotations

import re
from pathlib import Path

import click

from inboxbot.cli import cli

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text()


def commands(group: click.Group, prefix: str = "inboxbot") -> list[str]:
    found = []
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        if isinstance(command, click.Group):
            found += commands(command, path)
        else:
            found.append(path)
    return found


def set_up_commands() -> list[str]:
    return re.findall(r"```sh\n(.+?)\n```", README)


def test_every_command_is_in_the_readme() -> None:
    missing = [command for command in commands(cli) if command not in README]

    assert missing == []


def test_the_readme_has_exactly_two_set_up_commands_the_demo_and_the_tests() -> None:
    demo, tests = set_up_commands()

    assert demo.endswith("run.py")
    assert tests.endswith("pytest")


def test_ci_runs_the_readme_test_command_word_for_word() -> None:
    _, tests = set_up_commands()

    assert tests in (REPO / ".ci" / "run").read_text().splitlines()
