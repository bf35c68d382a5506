"""Accounts: password rules, Argon2 hashes, who may log in, and the last manager (WEB-1)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inboxbot import users
from inboxbot.errors import ConfigError, UserError
from inboxbot.store import Store
from inboxbot.store.schema import events
from inboxbot.store.schema import users as users_table

PASSWORD = "correct horse battery"


def stored_hash(store: Store, email: str) -> str:
    with store.read() as conn:
        return str(
            conn.execute(
                select(users_table.c.password_hash).where(users_table.c.email == email)
            ).scalar_one()
        )


def last_event(store: Store) -> tuple[str, str, dict[str, object]]:
    with store.read() as conn:
        row = conn.execute(select(events).order_by(events.c.id.desc()).limit(1)).one()
    return row.kind, row.actor, json.loads(row.detail)


@pytest.mark.parametrize(
    ("password", "accepted"),
    [
        ("abcdefghij1", False),  # 11 characters
        ("abcdefghij12", True),  # 12 characters
        ("x7#Ld9!pQ2z", False),  # 11, however varied
        ("password1234", False),  # on the common list
        ("Password1234", False),  # the list is checked without case
        ("qwerty123456", False),
        ("aaaaaaaaaaaaaaaa", False),  # too few different characters
        ("all lower case words", True),  # no composition rules
        ("x" * 1025, False),
    ],
)
def test_it_checks_new_passwords_by_length_and_the_common_list(password, accepted):
    if accepted:
        users.check_password(password)
    else:
        with pytest.raises(UserError):
            users.check_password(password)


def test_it_refuses_an_11_character_password_when_adding_a_user(store):
    with pytest.raises(UserError, match="at least 12 characters"):
        users.add_user(store, "va@acme.example", "elevenchars", role="va", actor="test")

    assert users.count_users(store) == 0


def test_it_stores_an_argon2_hash_not_the_password(store):
    users.add_user(store, "VA@Acme.example", PASSWORD, role="va", actor="boss")

    hashed = stored_hash(store, "va@acme.example")
    assert hashed.startswith("$argon2id$")
    assert PASSWORD not in hashed
    kind, actor, detail = last_event(store)
    assert (kind, actor, detail) == (
        "user.added",
        "boss",
        {"user": "va@acme.example", "role": "va"},
    )
    assert PASSWORD not in json.dumps(detail)


def test_it_authenticates_only_the_right_password_of_an_active_user(store):
    users.add_user(store, "va@acme.example", PASSWORD, role="va", name="Vera", actor="test")

    found = users.authenticate(store, " VA@acme.example ", PASSWORD)

    assert found is not None
    assert (found.email, found.name, found.role, found.active) == (
        "va@acme.example",
        "Vera",
        users.Role.VA,
        True,
    )
    assert users.authenticate(store, "va@acme.example", PASSWORD + "!") is None
    assert users.authenticate(store, "nobody@acme.example", PASSWORD) is None
    assert users.authenticate(store, "not an address", PASSWORD) is None
    users.add_user(store, "boss@acme.example", PASSWORD, role="manager", actor="test")
    users.set_active(store, "va@acme.example", False, actor="boss@acme.example")
    assert users.authenticate(store, "va@acme.example", PASSWORD) is None
    users.set_active(store, "va@acme.example", True, actor="boss@acme.example")
    assert users.authenticate(store, "va@acme.example", PASSWORD) is not None


def test_a_new_password_replaces_the_old_one(store):
    users.add_user(store, "va@acme.example", PASSWORD, role="va", actor="test")

    users.set_password(store, "va@acme.example", "a different passphrase", actor="va")

    assert users.authenticate(store, "va@acme.example", PASSWORD) is None
    assert users.authenticate(store, "va@acme.example", "a different passphrase") is not None
    with pytest.raises(UserError, match="at least 12"):
        users.set_password(store, "va@acme.example", "short", actor="va")


def test_an_email_can_have_only_one_account(store):
    users.add_user(store, "va@acme.example", PASSWORD, role="va", actor="test")

    with pytest.raises(UserError, match=r"already a user va@acme\.example"):
        users.add_user(store, "Va@acme.example", PASSWORD, role="manager", actor="test")
    with pytest.raises(UserError, match="role must be"):
        users.add_user(store, "x@acme.example", PASSWORD, role="admin", actor="test")
    with pytest.raises(UserError, match="not an e-mail address"):
        users.add_user(store, "x", PASSWORD, role="va", actor="test")


def test_the_last_manager_can_be_neither_deactivated_nor_demoted(store):
    users.add_user(store, "boss@acme.example", PASSWORD, role="manager", actor="test")
    users.add_user(store, "va@acme.example", PASSWORD, role="va", actor="test")

    with pytest.raises(UserError, match="last active manager cannot be deactivated"):
        users.set_active(store, "boss@acme.example", False, actor="boss@acme.example")
    with pytest.raises(UserError, match="last active manager must stay a manager"):
        users.set_role(store, "boss@acme.example", "va", actor="boss@acme.example")

    users.set_role(store, "va@acme.example", "manager", actor="boss@acme.example")
    users.set_active(store, "boss@acme.example", False, actor="va@acme.example")
    assert [(u.email, u.role, u.active) for u in users.list_users(store)] == [
        ("boss@acme.example", users.Role.MANAGER, False),
        ("va@acme.example", users.Role.MANAGER, True),
    ]
    with pytest.raises(UserError, match="last active manager"):
        users.set_role(store, "va@acme.example", "va", actor="va@acme.example")


def test_ensure_admin_adds_the_first_manager_from_the_environment(store):
    env = {"INBOXBOT_ADMIN_EMAIL": "Owner@Acme.example", "INBOXBOT_ADMIN_PASSWORD": PASSWORD}

    added = users.ensure_admin(store, env)

    assert added is not None
    assert (added.email, added.role) == ("owner@acme.example", users.Role.MANAGER)
    assert users.authenticate(store, "owner@acme.example", PASSWORD) is not None
    assert last_event(store)[:2] == ("user.added", "INBOXBOT_ADMIN_EMAIL")


def test_ensure_admin_never_resets_a_password_changed_since(store):
    """GIVEN the first manager came from the environment and then changed the password
    WHEN inboxbot starts again with the same environment
    THEN the account is left as it is."""
    env = {"INBOXBOT_ADMIN_EMAIL": "owner@acme.example", "INBOXBOT_ADMIN_PASSWORD": PASSWORD}
    users.ensure_admin(store, env)
    users.set_password(store, "owner@acme.example", "the owner's own choice", actor="owner")

    assert users.ensure_admin(store, env) is None

    assert users.count_users(store) == 1
    assert users.authenticate(store, "owner@acme.example", "the owner's own choice") is not None


def test_ensure_admin_does_nothing_without_the_variables(store):
    assert users.ensure_admin(store, {}) is None
    assert users.count_users(store) == 0


@pytest.mark.parametrize(
    ("env", "message"),
    [
        (
            {"INBOXBOT_ADMIN_EMAIL": "owner@acme.example", "INBOXBOT_ADMIN_PASSWORD": "short1"},
            "INBOXBOT_ADMIN_PASSWORD: the password needs at least 12 characters",
        ),
        (
            {
                "INBOXBOT_ADMIN_EMAIL": "owner@acme.example",
                "INBOXBOT_ADMIN_PASSWORD": "changeme1234",
            },
            "INBOXBOT_ADMIN_PASSWORD: that password is among the first",
        ),
        (
            {"INBOXBOT_ADMIN_EMAIL": "owner@acme.example"},
            "INBOXBOT_ADMIN_EMAIL is set but INBOXBOT_ADMIN_PASSWORD is not",
        ),
        (
            {"INBOXBOT_ADMIN_PASSWORD": PASSWORD},
            "INBOXBOT_ADMIN_PASSWORD is set but INBOXBOT_ADMIN_EMAIL is not",
        ),
        (
            {"INBOXBOT_ADMIN_EMAIL": "owner", "INBOXBOT_ADMIN_PASSWORD": PASSWORD},
            "'owner' is not an e-mail address",
        ),
    ],
)
def test_ensure_admin_refuses_a_weak_or_missing_password_clearly(store, env, message):
    with pytest.raises(UserError) as raised:
        users.ensure_admin(store, env)

    assert str(raised.value).startswith(message)
    assert users.count_users(store) == 0


def test_ensure_admin_reads_the_password_from_a_private_file(store, tmp_path: Path):
    secret = tmp_path / "admin-password"
    secret.write_text(PASSWORD + "\n")
    env = {
        "INBOXBOT_ADMIN_EMAIL": "owner@acme.example",
        "INBOXBOT_ADMIN_PASSWORD_FILE": str(secret),
    }

    os.chmod(secret, 0o644)
    with pytest.raises(ConfigError, match="can be read by others"):
        users.ensure_admin(store, env)
    os.chmod(secret, 0o600)
    assert users.ensure_admin(store, env) is not None

    assert users.authenticate(store, "owner@acme.example", PASSWORD) is not None
    with store.read() as conn:
        assert conn.execute(select(func.count()).select_from(users_table)).scalar() == 1
