"""One typed Settings object: environment over config file over defaults.

Every key is declared once here, with its help text; `config/inboxbot.toml`
documents each of them and a test keeps the two in step. Validation happens
at start-up, and an error names the key, what was expected and what was found.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
import typing
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from inboxbot import worktime
from inboxbot.errors import ConfigError

ENV_PREFIX = "INBOXBOT_"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
# Values people leave in a copied example; refusing them beats a login loop.
PLACEHOLDER_SECRETS = frozenset(
    {"", "...", "changeme", "change-me", "change_me", "password", "secret", "xxx", "<password>"}
)
# Keys whose values are never shown back, not even in an error about their type.
SECRET_KEYS = frozenset({"mailbox.password", "smtp.password"})
PACKAGE_DIR = Path(__file__).resolve().parent
DEMO_MAILDIR = PACKAGE_DIR / "demo" / "maildir"
DEFAULT_TEMPLATES = PACKAGE_DIR.parent / "templates"
RE_TEMPLATE_NAME = re.compile(r"[a-z0-9_]+")


class Section(BaseModel):
    """A config section: unknown keys are errors, values are checked strictly."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class ShopSettings(Section):
    name: str = Field("Our shop", description="The shop's name, as replies sign it.")
    address: str = Field(
        "support@shop.invalid",
        description="The support address; mail from it is never drafted to.",
    )
    aliases: list[str] = Field(
        default_factory=list, description="Other addresses of the shop, treated as its own."
    )
    timezone: str = Field("UTC", description="IANA time zone for dates in mail and reports.")
    languages: list[str] = Field(
        default_factory=lambda: ["en"],
        description="Reply languages: a mail in one of them is answered in it, others in English.",
    )
    order_number_patterns: list[str] = Field(
        default_factory=list,
        description="The shop's own order number shapes, as regular expressions.",
    )

    @field_validator("order_number_patterns")
    @classmethod
    def _patterns(cls, value: list[str]) -> list[str]:
        for pattern in value:
            try:
                compiled = re.compile(pattern)
            except re.error as err:
                raise ValueError(f"not a regular expression: {pattern!r}: {err}") from None
            if compiled.search(""):
                raise ValueError(f"the pattern {pattern!r} matches empty text")
        return value

    @field_validator("address", "aliases")
    @classmethod
    def _addresses(cls, value: str | list[str]) -> str | list[str]:
        for address in [value] if isinstance(value, str) else value:
            local, at, domain = address.rpartition("@")
            if not (local and at and "." in domain) or any(c.isspace() for c in address):
                raise ValueError(
                    f"expected an e-mail address like support@shop.example, got {address!r}"
                )
        return value

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"expected an IANA time zone like Europe/Berlin, got {value!r}"
            ) from None
        return value

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def own_addresses(self) -> frozenset[str]:
        return frozenset(a.lower() for a in [self.address, *self.aliases])

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2].lower()


class MailboxSettings(Section):
    kind: Literal["imap", "maildir"] = Field("imap", description='"imap" or "maildir".')
    host: str | None = Field(None, description="IMAP server name.")
    port: int | None = Field(
        None, ge=1, le=65535, description="IMAP port; 993 with ssl, 143 otherwise."
    )
    security: Literal["ssl", "starttls", "none"] = Field(
        "ssl", description='"ssl", "starttls", or "none" (127.0.0.1/localhost only).'
    )
    ca_file: Path | None = Field(
        None, description="PEM file of the CA that signed the server's certificate, if private."
    )
    username: str | None = Field(None, description="IMAP login name.")
    password: SecretStr | None = Field(
        None, description="IMAP password; better INBOXBOT_MAILBOX_PASSWORD or password_file."
    )
    password_file: Path | None = Field(
        None, description="File holding the IMAP password (mode 0600)."
    )
    folder: str = Field("INBOX", description="The folder to watch.")
    start: Literal["now", "all"] | date = Field(
        "now",
        description='First run: "now" ignores existing mail, "all" takes it all, '
        "a date (2026-11-01) takes mail received since then.",
    )
    path: Path | None = Field(None, description='Maildir folder, for kind = "maildir".')
    timeout_seconds: float = Field(
        60.0, gt=0, le=600, description="Timeout for connecting and for every IMAP command."
    )
    batch_size: int = Field(100, ge=1, le=1000, description="Messages fetched per IMAP command.")
    max_message_mb: float = Field(
        25.0, gt=0, description="Larger messages are quarantined without being downloaded."
    )
    drafts_folder: str = Field(
        "Drafts", description="Approved replies are saved here when there is no [smtp] section."
    )
    sent_folder: str = Field(
        "Sent", description='A copy of each reply sent by SMTP goes here; "" for none.'
    )

    @field_validator("start", mode="before")
    @classmethod
    def _start(cls, value: object) -> object:
        if value in ("now", "all") or isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise ValueError(
                f'expected "now", "all" or a date like 2026-11-01, got {value!r}'
            ) from None

    @property
    def effective_port(self) -> int:
        return self.port or (993 if self.security == "ssl" else 143)


class ParsingSettings(Section):
    timeout_seconds: float = Field(
        10.0,
        gt=0,
        le=300,
        description="A message that takes longer to parse and draft is quarantined.",
    )
    memory_mb: int = Field(
        1024,
        ge=128,
        description="Memory the worker may use for messages, above what its libraries take.",
    )


class StoreSettings(Section):
    url: str = Field(
        "sqlite:///var/inboxbot.db",
        description="SQLAlchemy URL; a relative SQLite path is taken from the working directory.",
    )


class ClassifierSettings(Section):
    model_path: Path = Field(
        Path("var/classifier.skops"),
        description="The classifier's model file; a relative path is taken from the working "
        "directory. Trained on the shipped corpus when missing or out of date.",
    )
    triage_below: float = Field(
        0.6,
        ge=0,
        le=1,
        description="A label less sure than this is marked needs triage and shown first in "
        "the queue.",
    )
    shop_weight: float = Field(
        3.0,
        ge=1,
        le=100,
        description="How much more one of the shop's own labels counts than a corpus row "
        "when retraining.",
    )
    retrain_minutes: int = Field(
        60,
        ge=1,
        le=10080,
        description="Minutes between two checks for new labels; the model is retrained only "
        "when the labels changed.",
    )
    holdout: float = Field(
        0.2,
        gt=0,
        lt=1,
        description="Share of the shop's labels held back to check a retrained model; it is "
        "kept only if not worse on them than the current one.",
    )


class ScheduleSettings(Section):
    poll_seconds: int = Field(60, ge=5, description="Seconds between two polls of the mailbox.")
    max_backoff_seconds: int = Field(
        1800, ge=5, description="Longest wait between retries while the mailbox keeps failing."
    )
    send_seconds: int = Field(30, ge=5, description="Seconds between two passes of the outbox.")


class TemplateSettings(Section):
    path: Path = Field(DEFAULT_TEMPLATES, description="Folder of the reply templates.")


class PolicySettings(Section):
    file: Path | None = Field(
        None,
        description="The refund policy file (like config/policy.toml); none: its defaults.",
    )


class OrdersSettings(Section):
    file: Path | None = Field(
        None, description="The shop's orders export (CSV, Shopify columns); none: no look-up."
    )


class WebSettings(Section):
    host: str = Field(
        "127.0.0.1",
        description="Address the web UI listens on; keep 127.0.0.1 behind a TLS reverse proxy.",
    )
    port: int = Field(8025, ge=1, le=65535, description="Port of the web UI.")
    session_idle_minutes: int = Field(
        120, ge=5, description="A session unused this long ends; the person logs in again."
    )
    session_max_hours: int = Field(
        12, ge=1, description="A session ends this long after login, used or not."
    )


class SmtpSettings(Section):
    host: str | None = Field(
        None, description="SMTP submission server; without it, replies go to the Drafts folder."
    )
    port: int | None = Field(
        None, ge=1, le=65535, description="465 with ssl, 587 with starttls, 25 with none."
    )
    security: Literal["ssl", "starttls", "none"] = Field(
        "starttls", description='"ssl", "starttls", or "none" (127.0.0.1/localhost only).'
    )
    username: str | None = Field(
        None, description="SMTP login name; an address must be of shop.address's domain."
    )
    password: SecretStr | None = Field(
        None, description="SMTP password; better INBOXBOT_SMTP_PASSWORD or password_file."
    )
    password_file: Path | None = Field(
        None, description="File holding the SMTP password (mode 0600)."
    )
    timeout_seconds: float = Field(
        60.0, gt=0, le=600, description="Timeout for connecting and for every SMTP reply."
    )
    ca_file: Path | None = Field(
        None, description="PEM file of the CA that signed the server's certificate, if private."
    )

    @property
    def effective_port(self) -> int:
        return self.port or {"ssl": 465, "starttls": 587, "none": 25}[self.security]


class SendingSettings(Section):
    max_per_recipient_per_day: int = Field(
        3, ge=1, description="Replies one address may get in 24 hours; more wait their turn."
    )
    retry_seconds: int = Field(
        60, ge=1, description="Wait after a temporary refusal (4xx); doubles on each one."
    )
    max_attempts: int = Field(
        10, ge=1, description="Temporary refusals before a reply is marked failed."
    )


class FollowupSettings(Section):
    refund_after_business_days: int = Field(
        7,
        ge=1,
        le=60,
        description='After a refund reply is approved, draft a "has your refund arrived?" '
        "follow-up this many business days later.",
    )
    working_days: list[str] = Field(
        default_factory=lambda: ["mon", "tue", "wed", "thu", "fri"],
        description="The shop's business days, in its time zone.",
    )
    working_hours: str = Field(
        "09:00-17:00", description="The shop's working hours on a business day, as HH:MM-HH:MM."
    )
    acknowledge_within_working_hours: int = Field(
        8,
        ge=1,
        le=200,
        description="Mail still unanswered after this many working hours is marked overdue.",
    )
    dispute_response_days: int = Field(
        7,
        ge=1,
        le=90,
        description="Days after a dispute arrives by which it must be answered; shown as a "
        "deadline.",
    )
    auto_acknowledge_template: str = Field(
        "",
        description="Approve replies drafted from this template automatically (sent with "
        "Auto-Submitted: auto-replied, once per sender and conversation a day); empty: never.",
    )
    check_minutes: int = Field(
        5, ge=1, le=1440, description="Minutes between two runs of the follow-up job."
    )

    @field_validator("working_days")
    @classmethod
    def _days(cls, value: list[str]) -> list[str]:
        worktime.parse_days(value)
        return value

    @field_validator("working_hours")
    @classmethod
    def _hours(cls, value: str) -> str:
        worktime.parse_hours(value)
        return value

    @field_validator("auto_acknowledge_template")
    @classmethod
    def _template(cls, value: str) -> str:
        if value and not RE_TEMPLATE_NAME.fullmatch(value):
            raise ValueError(f"expected a template name like acknowledge_refund, got {value!r}")
        return value


class Settings(Section):
    """Everything inboxbot reads from its configuration."""

    shop: ShopSettings = Field(default_factory=ShopSettings)
    mailbox: MailboxSettings = Field(default_factory=MailboxSettings)
    parsing: ParsingSettings = Field(default_factory=ParsingSettings)
    store: StoreSettings = Field(default_factory=StoreSettings)
    schedule: ScheduleSettings = Field(default_factory=ScheduleSettings)
    templates: TemplateSettings = Field(default_factory=TemplateSettings)
    policy: PolicySettings = Field(default_factory=PolicySettings)
    orders: OrdersSettings = Field(default_factory=OrdersSettings)
    web: WebSettings = Field(default_factory=WebSettings)
    followup: FollowupSettings = Field(default_factory=FollowupSettings)
    smtp: SmtpSettings = Field(default_factory=SmtpSettings)
    sending: SendingSettings = Field(default_factory=SendingSettings)
    classifier: ClassifierSettings = Field(default_factory=ClassifierSettings)

    @property
    def account(self) -> str:
        """The mailbox's identity in the ledger; stable across restarts."""
        m = self.mailbox
        if m.kind == "maildir":
            return f"maildir:{m.path}"
        return f"imap:{m.username}@{m.host}:{m.effective_port}"

    def mailbox_password(self) -> str:
        """The IMAP password, read from the file now if one is named."""
        m = self.mailbox
        if m.password_file is not None:
            return read_secret_file(m.password_file, key="mailbox.password_file")
        assert m.password is not None  # checked by _check_mailbox
        return m.password.get_secret_value()

    def smtp_password(self) -> str | None:
        """The SMTP password, read from the file now if one is named; None: no login."""
        s = self.smtp
        if s.password_file is not None:
            return read_secret_file(s.password_file, key="smtp.password_file")
        return s.password.get_secret_value() if s.password is not None else None


def load(path: str | os.PathLike[str] | None, env: Mapping[str, str] | None = None) -> Settings:
    """Read the config file (None: the built-in demo), overlay the environment, validate."""
    env = os.environ if env is None else env
    if path is None:
        data: dict[str, Any] = demo_config()
        origin = "built-in demo configuration"
    else:
        origin = str(path)
        try:
            with open(path, "rb") as f:
                data = tomllib.load(f)
        except FileNotFoundError:
            raise ConfigError(f"{origin}: no such file") from None
        except OSError as err:
            raise ConfigError(f"{origin}: cannot read: {err.strerror}") from None
        except tomllib.TOMLDecodeError as err:
            raise ConfigError(f"{origin}: not valid TOML: {err}") from None
    from_env = _overlay_env(data, env, origin)
    try:
        settings = Settings.model_validate(data)
    except ValidationError as err:
        raise ConfigError(_describe(err, origin, from_env)) from None
    _check_mailbox(settings, origin, from_env)
    _check_smtp(settings, origin, from_env)
    _check_followup(settings, origin, from_env)
    _check_policy(settings)
    _check_orders(settings)
    return settings


def demo_config() -> dict[str, Any]:
    """The configuration `python run.py` uses with no file: the bundled sample inbox."""
    return {
        "shop": {
            "name": "Acme Homewares",
            "address": "support@acme.example",
            "timezone": "Europe/Berlin",
        },
        "mailbox": {"kind": "maildir", "path": str(DEMO_MAILDIR), "start": "all"},
        "store": {"url": "sqlite:///var/inboxbot.db"},
    }


def read_secret_file(path: Path, *, key: str) -> str:
    """A secret from a file that only its owner may read."""
    try:
        mode = path.stat().st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise ConfigError(
                f"{key}: {path} can be read by others (mode {stat.S_IMODE(mode):04o}); "
                f"run: chmod 600 {path}"
            )
        secret = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise ConfigError(f"{key}: {path}: no such file") from None
    except OSError as err:
        raise ConfigError(f"{key}: {path}: cannot read: {err.strerror}") from None
    if secret.lower() in PLACEHOLDER_SECRETS:
        raise ConfigError(f"{key}: {path} holds a placeholder, not a password")
    return secret


def _overlay_env(
    data: dict[str, Any], env: Mapping[str, str], origin: str
) -> dict[tuple[str, str], str]:
    """Put INBOXBOT_<SECTION>_<KEY> values over the file's; return which came from where."""
    used: dict[tuple[str, str], str] = {}
    for section, field in Settings.model_fields.items():
        model = field.annotation
        assert isinstance(model, type) and issubclass(model, Section)
        for key, info in model.model_fields.items():
            name = f"{ENV_PREFIX}{section}_{key}".upper()
            if name not in env:
                continue
            value: Any = env[name]
            if typing.get_origin(info.annotation) is list:
                value = [part.strip() for part in value.split(",") if part.strip()]
            target = data.setdefault(section, {})
            if not isinstance(target, dict):
                raise ConfigError(f"{origin}: {section}: expected a [{section}] table")
            target[key] = value
            used[(section, key)] = name
    return used


def _describe(err: ValidationError, origin: str, from_env: dict[tuple[str, str], str]) -> str:
    """One line per problem: where, which key, what was expected, what was found."""
    lines = []
    for problem in err.errors():
        loc = [str(part) for part in problem["loc"]]
        # Unions and literals put the branch tried into the location; the key is what matters.
        key = ".".join(loc[:2])
        where = from_env.get(tuple(loc[:2]), origin)  # type: ignore[arg-type]
        if problem["type"] == "extra_forbidden":
            known = _known_keys(loc[:-1])
            lines.append(f"{where}: {key}: unknown key (expected one of: {', '.join(known)})")
            continue
        found = problem.get("input")
        message = problem["msg"].removeprefix("Value error, ")
        if message.startswith("Input should be "):
            message = "expected " + message.removeprefix("Input should be ")
        shown = "" if isinstance(found, dict | SecretStr) else f", got {found!r}"
        if "got " in message or key in SECRET_KEYS:
            shown = ""  # a secret of the wrong type is still a secret: never echo it
        lines.append(f"{where}: {key}: {message[0].lower()}{message[1:]}{shown}")
    return "\n".join(dict.fromkeys(lines))


def _known_keys(section_path: list[str]) -> list[str]:
    model: type[BaseModel] = Settings
    for part in section_path:
        annotation = model.model_fields[part].annotation
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            break
        model = annotation
    return list(model.model_fields)


def _check_mailbox(settings: Settings, origin: str, from_env: dict[tuple[str, str], str]) -> None:
    """The checks that need more than one key at a time."""
    m = settings.mailbox

    def where(key: str) -> str:
        """The file, or the environment variable that set mailbox.`key`."""
        return from_env.get(("mailbox", key), origin)

    if m.kind == "maildir":
        if m.path is None:
            raise ConfigError(f'{origin}: mailbox.path: required when mailbox.kind = "maildir"')
        if not (m.path / "cur").is_dir() and not (m.path / "new").is_dir():
            raise ConfigError(
                f"{where('path')}: mailbox.path: {m.path} is not a Maildir (no cur/ or new/)"
            )
        return
    for key in ("host", "username"):
        if getattr(m, key) is None:
            raise ConfigError(f'{origin}: mailbox.{key}: required when mailbox.kind = "imap"')
    _check_tls("mailbox", m.security, m.host, m.ca_file, where)
    _check_password("mailbox", m.password, m.password_file, settings.mailbox_password, where)


def _check_smtp(settings: Settings, origin: str, from_env: dict[tuple[str, str], str]) -> None:
    """[smtp]: a host, TLS off the loopback, and a real password when there is a login."""
    s = settings.smtp

    def where(key: str) -> str:
        return from_env.get(("smtp", key), origin)

    if s.host is None:
        stray = sorted(s.model_fields_set - {"password", "password_file"})
        if stray:
            raise ConfigError(
                f"{origin}: smtp.host: required when [smtp] sets {', '.join(stray)} "
                "(without [smtp], approved replies are saved to the Drafts folder)"
            )
        return
    _check_tls("smtp", s.security, s.host, s.ca_file, where)
    if s.username is None:
        return
    login_domain = s.username.rpartition("@")[2].lower() if "@" in s.username else None
    shop_domain = settings.shop.address.rpartition("@")[2].lower()
    if login_domain and login_domain != shop_domain:
        # OUT-9: the server signs for the login's domain; a From in another domain
        # fails DMARC alignment and lands in spam or is refused.
        raise ConfigError(
            f"{where('username')}: smtp.username: {s.username!r} logs in for {login_domain}, "
            f"but replies are From {settings.shop.address} (shop.address); use an SMTP "
            f"account of {shop_domain}, or set shop.address to an address of {login_domain}"
        )
    _check_password("smtp", s.password, s.password_file, settings.smtp_password, where)


def _check_tls(
    section: str, security: str, host: str | None, ca_file: Path | None, where: Callable[[str], str]
) -> None:
    """No clear-text login off the loopback, and a CA file that is there: mailbox and smtp."""
    if security == "none" and host not in LOOPBACK_HOSTS:
        raise ConfigError(
            f'{where("security")}: {section}.security: "none" sends the password in clear text '
            f'and is only allowed for 127.0.0.1/localhost, not {host!r}; use "ssl" or "starttls"'
        )
    if ca_file is not None and not ca_file.is_file():
        raise ConfigError(f"{where('ca_file')}: {section}.ca_file: {ca_file}: no such file")


def _check_password(
    section: str,
    password: SecretStr | None,
    password_file: Path | None,
    read_file: Callable[[], str | None],
    where: Callable[[str], str],
) -> None:
    """A login's password: readable from its file now, else set and no placeholder."""
    variable = f"{ENV_PREFIX}{section.upper()}_PASSWORD"
    if password_file is not None:
        read_file()  # fail now, not at the first poll or send
    elif password is None:
        raise ConfigError(
            f"{where('password')}: {section}.password is not set: put it in the environment as "
            f"{variable}, or in a file (chmod 600) named by {section}.password_file"
        )
    elif password.get_secret_value().strip().lower() in PLACEHOLDER_SECRETS:
        raise ConfigError(
            f"{where('password')}: {section}.password looks like a placeholder; set the real one "
            f"in {variable} or {section}.password_file"
        )


def _check_followup(settings: Settings, origin: str, from_env: dict[tuple[str, str], str]) -> None:
    """A template switched on for automatic replies must exist: a typo would switch it off."""
    name = settings.followup.auto_acknowledge_template
    if name and not (settings.templates.path / f"{name}.txt").is_file():
        where = from_env.get(("followup", "auto_acknowledge_template"), origin)
        raise ConfigError(
            f"{where}: followup.auto_acknowledge_template: there is no template {name!r} "
            f"in {settings.templates.path}"
        )


def _check_policy(settings: Settings) -> None:
    """A broken policy file stops start-up, not the first refund request."""
    from inboxbot.policy import load_policy

    load_policy(settings.policy.file)


def _check_orders(settings: Settings) -> None:
    """An orders file that cannot be read stops start-up, naming the file and the line."""
    from inboxbot.orders import read_orders

    if settings.orders.file is not None:
        read_orders(settings.orders.file)


def documented_keys() -> list[str]:
    """Every `section.key` a config file may set."""
    keys = []
    for section, field in Settings.model_fields.items():
        model = field.annotation
        assert isinstance(model, type)
        keys += [f"{section}.{key}" for key in model.model_fields]  # type: ignore[attr-defined]
    return keys
