"""`inboxbot users …`: accounts for the web UI, managed from the shell."""

from __future__ import annotations

import getpass
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from inboxbot import users
from inboxbot.store import Store
from inboxbot.store.schema import events
from tests.integration.conftest import REPO, run_inboxbot

PASSWORD = "a long enough passphrase"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The demo configuration with its store in the test's directory."""
    return {"INBOXBOT_STORE_URL": f"sqlite:///{tmp_path / 'inboxbot.db'}", "INBOXBOT_CONFIG": ""}


def secret_file(tmp_path: Path, text: str, mode: int = 0o600) -> Path:
    path = tmp_path / f"password-{mode:o}"
    path.write_text(text + "\n")
    os.chmod(path, mode)
    return path


def users_cmd(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return run_inboxbot("users", *args, env=env)


def open_store(env: dict[str, str]) -> Store:
    return Store.open(env["INBOXBOT_STORE_URL"])


def test_it_adds_a_user_with_a_password_file_and_lists_them_as_json(tmp_path, env):
    password = secret_file(tmp_path, PASSWORD)

    added = users_cmd(
        env,
        "add",
        "Boss@Acme.example",
        "--role",
        "manager",
        "--name",
        "Bo Ss",
        "--password-file",
        str(password),
        "--as",
        "root",
    )
    listed = users_cmd(env, "list", "--json")

    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "added manager boss@acme.example"
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == [
        {"id": 1, "email": "boss@acme.example", "name": "Bo Ss", "role": "manager", "active": True}
    ]
    store = open_store(env)
    assert users.authenticate(store, "boss@acme.example", PASSWORD) is not None
    with store.read() as conn:
        event = conn.execute(select(events.c.kind, events.c.actor)).one()
    assert tuple(event) == ("user.added", "root")
    store.close()


def test_the_actor_is_the_os_user_by_default(tmp_path, env):
    password = secret_file(tmp_path, PASSWORD)

    users_cmd(env, "add", "va@acme.example", "--role", "va", "--password-file", str(password))

    store = open_store(env)
    with store.read() as conn:
        actor = conn.execute(select(events.c.actor)).scalar_one()
    store.close()
    assert actor == getpass.getuser()


def test_it_refuses_a_password_file_others_can_read(tmp_path, env):
    readable = secret_file(tmp_path, PASSWORD, mode=0o644)

    result = users_cmd(
        env, "add", "va@acme.example", "--role", "va", "--password-file", str(readable)
    )

    assert result.returncode == 2
    assert "can be read by others (mode 0644)" in result.stderr
    assert f"chmod 600 {readable}" in result.stderr
    assert PASSWORD not in result.stderr + result.stdout
    assert json.loads(users_cmd(env, "list", "--json").stdout) == []


def test_it_refuses_a_weak_password_with_a_clear_error(tmp_path, env):
    short = secret_file(tmp_path, "elevenchars")

    result = users_cmd(env, "add", "va@acme.example", "--role", "va", "--password-file", str(short))

    assert result.returncode == 1
    assert result.stderr.strip() == "inboxbot: the password needs at least 12 characters"
    assert users_cmd(env, "list").stdout.strip() == "no users"


def test_it_asks_for_the_password_twice_without_echo(env):
    """GIVEN no --password-file
    WHEN the person types the password twice
    THEN the account gets it; two different entries are asked again."""
    typed = f"{PASSWORD}\n{PASSWORD}x\n{PASSWORD}\n{PASSWORD}\n"
    result = subprocess.run(
        [sys.executable, "-m", "inboxbot", "users", "add", "va@acme.example", "--role", "va"],
        input=typed,
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        cwd=REPO,
        timeout=120,
        check=False,
        start_new_session=True,  # no controlling terminal: the prompt reads stdin
    )

    assert result.returncode == 0, result.stderr
    assert PASSWORD not in result.stdout
    assert "do not match" in result.stdout + result.stderr
    store = open_store(env)
    assert users.authenticate(store, "va@acme.example", PASSWORD) is not None
    store.close()


def test_passwd_deactivate_and_activate(tmp_path, env):
    first = secret_file(tmp_path, PASSWORD)
    second = secret_file(tmp_path, "another long passphrase", mode=0o400)
    for email, role in (("boss@acme.example", "manager"), ("va@acme.example", "va")):
        users_cmd(env, "add", email, "--role", role, "--password-file", str(first))

    passwd = users_cmd(env, "passwd", "va@acme.example", "--password-file", str(second))
    off = users_cmd(env, "deactivate", "va@acme.example")
    listed_off = users_cmd(env, "list")
    last_manager = users_cmd(env, "deactivate", "boss@acme.example")
    unknown = users_cmd(env, "activate", "nobody@acme.example")
    on = users_cmd(env, "activate", "va@acme.example")

    assert passwd.returncode == off.returncode == on.returncode == 0
    assert "va@acme.example" in listed_off.stdout and "(deactivated)" in listed_off.stdout
    assert last_manager.returncode == 1
    assert "the last active manager cannot be deactivated" in last_manager.stderr
    assert unknown.returncode == 1
    assert unknown.stderr.strip() == "inboxbot: there is no user nobody@acme.example"
    store = open_store(env)
    assert users.authenticate(store, "va@acme.example", PASSWORD) is None
    assert users.authenticate(store, "va@acme.example", "another long passphrase") is not None
    with store.read() as conn:
        kinds = list(conn.execute(select(events.c.kind).order_by(events.c.id)).scalars())
    store.close()
    assert kinds == [
        "user.added",
        "user.added",
        "user.password_set",
        "user.deactivated",
        "user.activated",
    ]
