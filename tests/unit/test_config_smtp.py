"""[smtp] and [sending]: a host or nothing, TLS off the loopback, a password kept secret."""

from __future__ import annotations

from pathlib import Path

import pytest

from inboxbot.config import load
from tests.unit.test_config import IMAP, PASSWORD, error_of


@pytest.fixture
def write(tmp_path: Path):
    def write(text: str) -> Path:
        path = tmp_path / "inboxbot.toml"
        path.write_text(IMAP + text, encoding="utf-8")
        return path

    return write


def test_without_smtp_replies_go_to_drafts(write):
    settings = load(write(""), env=PASSWORD)

    assert settings.smtp.host is None
    assert settings.mailbox.drafts_folder == "Drafts"


@pytest.mark.parametrize(("security", "port"), [("ssl", 465), ("starttls", 587), ("none", 25)])
def test_the_port_follows_the_security(write, security, port):
    host = "127.0.0.1" if security == "none" else "smtp.acme.example"
    settings = load(write(f'[smtp]\nhost = "{host}"\nsecurity = "{security}"\n'), env=PASSWORD)

    assert settings.smtp.effective_port == port


def test_it_takes_the_smtp_password_from_the_environment(write):
    path = write('[smtp]\nhost = "smtp.acme.example"\nusername = "support@acme.example"\n')

    settings = load(path, env={**PASSWORD, "INBOXBOT_SMTP_PASSWORD": "an smtp app password"})

    assert settings.smtp_password() == "an smtp app password"


def test_it_says_where_to_put_a_missing_smtp_password(write):
    path = write('[smtp]\nhost = "smtp.acme.example"\nusername = "support@acme.example"\n')

    assert "INBOXBOT_SMTP_PASSWORD" in error_of(path, env=PASSWORD)


def test_it_refuses_a_placeholder_smtp_password(write):
    path = write('[smtp]\nhost = "smtp.acme.example"\nusername = "u@acme.example"\n')

    message = error_of(path, env={**PASSWORD, "INBOXBOT_SMTP_PASSWORD": "changeme"})

    assert "smtp.password looks like a placeholder" in message


def test_it_refuses_plain_smtp_off_the_loopback(write):
    path = write('[smtp]\nhost = "smtp.acme.example"\nsecurity = "none"\n')

    assert "only allowed for 127.0.0.1/localhost" in error_of(path, env=PASSWORD)


def test_it_refuses_smtp_keys_without_a_host(write):
    path = write("[smtp]\nport = 587\n")

    assert "smtp.host: required when [smtp] sets port" in error_of(path, env=PASSWORD)


def test_it_never_echoes_an_smtp_password_of_the_wrong_type(write):
    path = write('[smtp]\nhost = "smtp.acme.example"\npassword = 123456789\n')

    assert "123456789" not in error_of(path, env=PASSWORD)


def test_it_refuses_an_smtp_login_of_another_domain_than_the_shops_address(write):
    """OUT-9: replies are From shop.address; a login for another domain would fail DMARC."""
    path = write('[smtp]\nhost = "smtp.acme.example"\nusername = "owner@gmail.example"\n')

    message = error_of(path, env={**PASSWORD, "INBOXBOT_SMTP_PASSWORD": "an smtp app password"})

    assert "smtp.username: 'owner@gmail.example' logs in for gmail.example" in message
    assert "replies are From support@acme.example" in message


@pytest.mark.parametrize("username", ["Support@ACME.example", "apikey"])
def test_it_takes_a_login_of_the_shops_domain_or_one_that_is_no_address(write, username):
    path = write(f'[smtp]\nhost = "smtp.acme.example"\nusername = "{username}"\n')

    settings = load(path, env={**PASSWORD, "INBOXBOT_SMTP_PASSWORD": "an smtp app password"})

    assert settings.smtp.username == username
