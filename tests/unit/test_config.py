"""Settings: environment over file over defaults, and errors a shop owner can act on."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path

import pytest

from inboxbot import config
from inboxbot.config import Settings, documented_keys, load
from inboxbot.errors import ConfigError

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "config" / "inboxbot.toml"
README = REPO / "config" / "README.md"

IMAP = """
[shop]
name = "Acme Homewares"
address = "support@acme.example"

[mailbox]
host = "imap.acme.example"
username = "support@acme.example"
"""
PASSWORD = {"INBOXBOT_MAILBOX_PASSWORD": "correct horse battery"}


@pytest.fixture
def write(tmp_path: Path):
    """Write a config file into the test's directory; its path."""

    def write(text: str, name: str = "inboxbot.toml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


def error_of(path: Path | None, env: dict[str, str] | None = None) -> str:
    """The message of the ConfigError that loading `path` raises."""
    with pytest.raises(ConfigError) as raised:
        load(path, env={} if env is None else env)
    return str(raised.value)


# --- unknown keys and wrong values ---------------------------------------------------------


def test_it_names_an_unknown_key_and_lists_the_expected_ones(write):
    path = write(IMAP + 'hots = "imap.acme.example"\n')

    message = error_of(path, PASSWORD)

    assert message.startswith(f"{path}: mailbox.hots: unknown key")
    for key in ("kind", "host", "port", "security", "username", "password_file", "start"):
        assert re.search(rf"\b{key}\b", message.split("expected one of:")[1])


def test_it_names_an_unknown_section_and_lists_the_sections(write):
    path = write(IMAP + "[mailboxes]\n")

    message = error_of(path, PASSWORD)

    assert "mailboxes: unknown key" in message
    assert "shop, mailbox, parsing, store, schedule, templates" in message


def test_it_names_the_key_what_was_expected_and_what_was_found(write):
    path = write(IMAP + 'port = "nine-nine-three"\n')

    message = error_of(path, PASSWORD)

    assert message.startswith(f"{path}: mailbox.port: expected a valid integer")
    assert "got 'nine-nine-three'" in message
    assert "\n" not in message


def test_it_reports_every_problem_one_line_each(write):
    path = write(
        IMAP.replace('"support@acme.example"\n\n[mailbox]', '"not an address"\n\n[mailbox]')
        + "port = 0\nbatch_size = 5000\n[schedule]\npoll_seconds = 1\n"
    )

    lines = error_of(path, PASSWORD).splitlines()

    assert len(lines) == 4
    assert all(line.startswith(f"{path}: ") for line in lines)
    by_key = {line.split(": ")[1]: line for line in lines}
    assert set(by_key) == {
        "shop.address",
        "mailbox.port",
        "mailbox.batch_size",
        "schedule.poll_seconds",
    }
    assert "got 'not an address'" in by_key["shop.address"]
    assert "greater than or equal to 1, got 0" in by_key["mailbox.port"]
    assert "less than or equal to 1000, got 5000" in by_key["mailbox.batch_size"]


def test_it_never_echoes_a_password_of_the_wrong_type(write):
    path = write(IMAP + "password = 73951846\n")

    message = error_of(path)

    assert "mailbox.password: expected a valid string" in message
    assert "73951846" not in message


# --- the environment -----------------------------------------------------------------------


def test_it_lets_an_environment_variable_override_the_file(write):
    path = write(IMAP + 'port = 993\nfolder = "Support"\n')

    settings = load(path, env={**PASSWORD, "INBOXBOT_MAILBOX_PORT": "1993"})

    assert settings.mailbox.port == 1993
    assert settings.mailbox.folder == "Support"  # the file still counts where env is silent


def test_it_reads_os_environ_when_no_environment_is_given(write, monkeypatch):
    path = write(IMAP)
    monkeypatch.setenv("INBOXBOT_MAILBOX_PASSWORD", "from the real environment")

    settings = load(path)

    assert settings.mailbox_password() == "from the real environment"


def test_it_names_the_environment_variable_when_its_value_is_wrong(write):
    path = write(IMAP + "port = 993\n")

    message = error_of(path, {**PASSWORD, "INBOXBOT_MAILBOX_PORT": "imap"})

    assert message.startswith("INBOXBOT_MAILBOX_PORT: mailbox.port: expected a valid integer")
    assert "got 'imap'" in message
    assert str(path) not in message


def test_it_names_the_environment_variable_that_holds_a_placeholder_password(write):
    message = error_of(write(IMAP), {"INBOXBOT_MAILBOX_PASSWORD": "changeme"})

    assert message.startswith(
        "INBOXBOT_MAILBOX_PASSWORD: mailbox.password looks like a placeholder"
    )


def test_it_splits_lists_from_the_environment_at_commas(write):
    env = {
        **PASSWORD,
        "INBOXBOT_SHOP_ALIASES": "orders@acme.example, info@acme.example,,",
        "INBOXBOT_SHOP_LANGUAGES": "en,de",
    }

    settings = load(write(IMAP), env=env)

    assert settings.shop.aliases == ["orders@acme.example", "info@acme.example"]
    assert settings.shop.languages == ["en", "de"]
    assert "info@acme.example" in settings.shop.own_addresses


# --- the IMAP password ---------------------------------------------------------------------


def test_it_says_where_to_put_a_missing_imap_password(write):
    message = error_of(write(IMAP))

    assert "mailbox.password is not set" in message
    assert "INBOXBOT_MAILBOX_PASSWORD" in message
    assert "mailbox.password_file" in message
    assert "chmod 600" in message


@pytest.mark.parametrize("placeholder", ["...", "changeme", "ChangeMe", " password "])
def test_it_refuses_a_placeholder_password(write, placeholder):
    path = write(IMAP + f'password = "{placeholder}"\n')

    message = error_of(path)

    assert message.startswith(f"{path}: mailbox.password looks like a placeholder")


def test_it_takes_a_password_from_the_file_when_nothing_overrides_it(write):
    settings = load(write(IMAP + 'password = "s3cret-app-password"\n'), env={})

    assert settings.mailbox_password() == "s3cret-app-password"
    assert "s3cret-app-password" not in repr(settings)


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o660, 0o644])
def test_it_refuses_a_password_file_that_others_can_read(write, tmp_path, mode):
    secret = tmp_path / "mailbox-password"
    secret.write_text("s3cret-app-password\n")
    secret.chmod(mode)
    path = write(IMAP + f'password_file = "{secret}"\n')

    message = error_of(path)

    assert message.startswith("mailbox.password_file: ")
    assert f"(mode {mode:04o})" in message
    assert f"run: chmod 600 {secret}" in message
    assert "s3cret" not in message


def test_it_reads_a_password_file_with_mode_0600(write, tmp_path):
    secret = tmp_path / "mailbox-password"
    secret.write_text("s3cret-app-password\n")
    secret.chmod(0o600)

    settings = load(write(IMAP + f'password_file = "{secret}"\n'), env={})

    assert settings.mailbox_password() == "s3cret-app-password"


def test_it_refuses_a_password_file_that_holds_a_placeholder(write, tmp_path):
    secret = tmp_path / "mailbox-password"
    secret.write_text("changeme\n")
    secret.chmod(0o600)

    message = error_of(write(IMAP + f'password_file = "{secret}"\n'))

    assert message == f"mailbox.password_file: {secret} holds a placeholder, not a password"


def test_it_names_a_password_file_that_does_not_exist(write, tmp_path):
    missing = tmp_path / "no-such-file"

    message = error_of(write(IMAP + f'password_file = "{missing}"\n'))

    assert message == f"mailbox.password_file: {missing}: no such file"


# --- security, start, maildir --------------------------------------------------------------


def test_it_refuses_security_none_for_a_host_that_is_not_loopback(write):
    message = error_of(write(IMAP + 'security = "none"\n'), PASSWORD)

    assert 'mailbox.security: "none" sends the password in clear text' in message
    assert "'imap.acme.example'" in message
    assert '"ssl" or "starttls"' in message


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_it_allows_security_none_on_loopback(write, host):
    text = IMAP.replace('"imap.acme.example"', f'"{host}"') + 'security = "none"\n'

    settings = load(write(text), env=PASSWORD)

    assert settings.mailbox.security == "none"
    assert settings.mailbox.effective_port == 143


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ('"now"', "now"),
        ('"all"', "all"),
        ('"2026-11-01"', date(2026, 11, 1)),
        ("2026-11-01", date(2026, 11, 1)),  # a TOML date, unquoted
    ],
)
def test_it_accepts_now_all_or_an_iso_date_as_start(write, written, expected):
    settings = load(write(IMAP + f"start = {written}\n"), env=PASSWORD)

    assert settings.mailbox.start == expected


@pytest.mark.parametrize("written", ['"yesterday"', '"2026-13-01"', '"01.11.2026"', "5", "true"])
def test_it_rejects_any_other_start_with_one_clear_line(write, written):
    path = write(IMAP + f"start = {written}\n")

    message = error_of(path, PASSWORD)

    assert message.startswith(f'{path}: mailbox.start: expected "now", "all" or a date like')
    assert "\n" not in message


def test_it_refuses_a_maildir_path_without_cur_or_new(write, tmp_path):
    (tmp_path / "not-a-maildir").mkdir()
    path = write(f'[mailbox]\nkind = "maildir"\npath = "{tmp_path / "not-a-maildir"}"\n')

    message = error_of(path)

    assert message == (
        f"{path}: mailbox.path: {tmp_path / 'not-a-maildir'} is not a Maildir (no cur/ or new/)"
    )


def test_it_accepts_a_maildir_with_cur_and_new(write, tmp_path):
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "mail" / sub).mkdir(parents=True)

    settings = load(write(f'[mailbox]\nkind = "maildir"\npath = "{tmp_path / "mail"}"\n'), env={})

    assert settings.account == f"maildir:{tmp_path / 'mail'}"


# --- files ---------------------------------------------------------------------------------


def test_it_loads_the_demo_configuration_without_a_file():
    settings = load(None, env={})

    assert settings.mailbox.kind == "maildir"
    assert settings.mailbox.path == config.DEMO_MAILDIR
    assert (settings.mailbox.path / "new").is_dir()
    assert settings.mailbox.start == "all"


def test_it_explains_invalid_toml_in_one_line(write):
    path = write("[mailbox\nhost = 1\n")

    message = error_of(path)

    assert message.startswith(f"{path}: not valid TOML: ")
    assert "line 1" in message
    assert "\n" not in message


def test_it_explains_a_missing_file_in_one_line(tmp_path):
    missing = tmp_path / "nope.toml"

    assert error_of(missing) == f"{missing}: no such file"


def test_it_fills_every_key_it_does_not_get_with_its_default(write):
    settings = load(write(IMAP), env=PASSWORD)

    assert settings.model_dump(exclude={"shop", "mailbox"}) == Settings().model_dump(
        exclude={"shop", "mailbox"}
    )
    assert settings.mailbox.effective_port == 993
    assert settings.account == "imap:support@acme.example@imap.acme.example:993"


# --- the documentation keeps up with the code ----------------------------------------------


def example_keys() -> dict[str, str]:
    """`section.key` → the line that sets it in the example, commented out or not."""
    keys: dict[str, str] = {}
    section = None
    for line in EXAMPLE.read_text(encoding="utf-8").splitlines():
        if header := re.fullmatch(r"\[(\w+)\]", line.strip()):
            section = header.group(1)
        elif (setting := re.match(r"#? ?(\w+) = ", line)) and section:
            keys[f"{section}.{setting.group(1)}"] = line
    return keys


def readme_keys() -> set[str]:
    """Every `section.key` in the first column of the README's table."""
    text = README.read_text(encoding="utf-8")
    return set(re.findall(r"^\| `(\w+\.\w+)` \|", text, flags=re.MULTILINE))


def test_it_documents_every_setting_in_the_example_configuration():
    documented = example_keys()

    assert [key for key in documented_keys() if key not in documented] == []
    assert [key for key in documented if key not in documented_keys()] == []


def test_it_documents_every_setting_in_the_readme_table():
    documented = readme_keys()

    assert [key for key in documented_keys() if key not in documented] == []
    assert sorted(documented - set(documented_keys())) == []


def test_it_explains_the_environment_rule_in_the_readme():
    text = README.read_text(encoding="utf-8")

    assert "INBOXBOT_<SECTION>_<KEY>" in text
    assert "comma-separated" in text


def test_it_keeps_the_example_defaults_equal_to_the_code():
    """GIVEN the commented-out lines of the example, which show each default
    WHEN each value is read as TOML
    THEN it equals the default the code uses (paths and unset values aside)."""
    defaults = Settings().model_dump()
    checked = 0
    for key, line in example_keys().items():
        section, name = key.split(".")
        default = defaults[section][name]
        if not line.startswith("#") or default is None or isinstance(default, Path):
            continue
        written = tomllib.loads(line.lstrip("# "))[name]
        assert written == default, (
            f"{key}: the example shows {written!r}, the code uses {default!r}"
        )
        checked += 1
    assert checked >= 10


def test_it_loads_the_example_configuration_with_the_password_from_the_environment():
    settings = load(EXAMPLE, env={"INBOXBOT_MAILBOX_PASSWORD": "an app password"})

    assert settings.mailbox.host == "imap.example.com"
    assert settings.mailbox.effective_port == 993
    assert settings.mailbox.security == "ssl"
    assert settings.mailbox_password() == "an app password"


def test_it_keeps_the_password_out_of_the_example_configuration():
    message = error_of(EXAMPLE)

    assert "mailbox.password is not set" in message
    assert not re.search(r"^password\s*=", EXAMPLE.read_text(), flags=re.MULTILINE)


# --- the refund policy file ------------------------------------------------------------------


def test_a_broken_policy_file_stops_start_up_naming_the_file_and_the_key(write):
    policy = write("[refund]\nwindow_days = 30\nrestocking_fee_percent = 120\n", "policy.toml")
    path = write(IMAP + f'\n[policy]\nfile = "{policy}"\n')

    assert error_of(path, PASSWORD) == (
        f"{policy}: refund.restocking_fee_percent: Input should be less than or equal to 100"
    )


def test_a_good_policy_file_is_named_in_the_settings(write):
    policy = write("[refund]\nwindow_days = 14\n", "policy.toml")
    path = write(IMAP + f'\n[policy]\nfile = "{policy}"\n')

    assert load(path, env=PASSWORD).policy.file == policy


def test_an_unreadable_orders_file_stops_start_up_naming_the_line(write):
    orders = write("Name,Created at\n#1001,last week\n", "orders.csv")
    path = write(IMAP + f'\n[orders]\nfile = "{orders}"\n')

    assert error_of(path, PASSWORD) == (
        f"{orders}, line 2: Created at: expected a date like 2026-11-02, got 'last week'"
    )
