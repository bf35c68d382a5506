"""A real Dovecot IMAP server on 127.0.0.1 for tests and benchmarks.

It runs unprivileged: when started by root it runs as a system user made for
it (Dovecot refuses to let root own mail), otherwise as the current user. It
listens on free ports, plain (with STARTTLS) and implicit TLS, with a CA made
by trustme, and keeps its mail in a throw-away directory.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import socket
import subprocess
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import trustme
from imapclient import IMAPClient

MAIL_USER = "inboxbot-mail"
# Accounts made before the server starts: Dovecot re-reads its passwd-file only
# when the file's mtime moves to another second, so accounts added one after
# the other would not exist yet.
POOL = 400


class DovecotMissing(RuntimeError):
    """Dovecot is not installed; the tests need the Debian package dovecot-imapd."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Dovecot:
    """One Dovecot instance with its own config, users and mail."""

    def __init__(self, root: Path) -> None:
        if shutil.which("dovecot") is None or shutil.which("doveadm") is None:
            raise DovecotMissing(
                "dovecot is not installed: run `apt-get install dovecot-imapd` (see README)"
            )
        self.root = root
        self.port = free_port()
        self.tls_port = free_port()
        self.user = _run_as_user()
        self.passwd = root / "passwd"
        self.config = root / "dovecot.conf"
        self.ca = trustme.CA()
        self.ca_file = root / "ca.pem"
        self._process: subprocess.Popen[bytes] | None = None
        self._pool = [
            (f"shop-{i}-{secrets.token_hex(3)}@test.example", secrets.token_urlsafe(12))
            for i in range(POOL)
        ]

    def start(self) -> None:
        account = pwd.getpwnam(self.user)
        for sub in ("run", "state", "mail"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        cert = self.ca.issue_cert("127.0.0.1", "localhost")
        cert.private_key_and_cert_chain_pem.write_to_path(str(self.root / "server.pem"))
        self.ca.cert_pem.write_to_path(str(self.ca_file))
        self.passwd.write_text("".join(self._passwd_line(name, pw) for name, pw in self._pool))
        self.config.write_text(self._config())
        if os.geteuid() == 0:
            for path in [self.root, *self.root.rglob("*")]:
                os.chown(path, account.pw_uid, account.pw_gid)
        os.chmod(self.root, 0o755)
        # -F: stay in the foreground, so stopping is killing our own child.
        self._process = subprocess.Popen(
            [*self._as_user(), "dovecot", "-F", "-c", str(self.config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self._wait_listening()

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None

    def kill(self) -> None:
        """Stop the server hard, as if it crashed; `start()` brings it back."""
        if self._process is not None:
            self._process.kill()
            self._process.wait()
            self._process = None
        subprocess.run(["pkill", "-9", "-f", str(self.config)], check=False)

    def add_user(self) -> tuple[str, str]:
        """A new mail account with an empty mailbox: (login, password)."""
        if not self._pool:
            raise RuntimeError(f"all {POOL} test accounts are used; raise POOL")
        return self._pool.pop()

    def _passwd_line(self, name: str, password: str) -> str:
        account = pwd.getpwnam(self.user)
        home = self.root / "mail" / name
        return f"{name}:{{PLAIN}}{password}:{account.pw_uid}:{account.pw_gid}::{home}\n"

    def doveadm(self, *args: str) -> str:
        result = subprocess.run(
            [*self._as_user(), "doveadm", "-c", str(self.config), *args],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"doveadm {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout

    @contextmanager
    def client(
        self, login: str, password: str, folder: str | None = "INBOX"
    ) -> Iterator[IMAPClient]:
        """A plain IMAP session for a test to arrange or inspect the mailbox."""
        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=30)
        client.login(login, password)
        if folder:
            client.select_folder(folder)
        try:
            yield client
        finally:
            client.logout()

    def deliver(
        self,
        login: str,
        password: str,
        messages: Iterable[bytes],
        *,
        folder: str = "INBOX",
        flags: tuple[str, ...] = (),
        when: datetime | None = None,
    ) -> None:
        """Put messages into a folder with IMAP APPEND, as a delivery agent would."""
        with self.client(login, password, folder=None) as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            for raw in messages:
                client.append(folder, raw, flags=flags, msg_time=when)

    def status(self, login: str, password: str, folder: str = "INBOX") -> dict[str, int]:
        """MESSAGES, UIDNEXT and UIDVALIDITY of a folder, by IMAP STATUS."""
        with self.client(login, password, folder=None) as client:
            found = client.folder_status(folder, ["MESSAGES", "UIDNEXT", "UIDVALIDITY"])
        return {key.decode().lower(): int(value) for key, value in found.items()}

    def _config(self) -> str:
        root = self.root
        return f"""
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
instance_name = inboxbot-test-{self.port}
default_internal_user = {self.user}
default_internal_group = {self.user}
default_login_user = {self.user}
listen = 127.0.0.1
protocols = imap
ssl = yes
ssl_cert = <{root}/server.pem
ssl_key = <{root}/server.pem
disable_plaintext_auth = no
auth_failure_delay = 0
auth_mechanisms = plain login
mail_location = maildir:~/Maildir
passdb {{
  driver = passwd-file
  args = {self.passwd}
}}
userdb {{
  driver = passwd-file
  args = {self.passwd}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.tls_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
"""

    def _as_user(self) -> list[str]:
        return ["runuser", "-u", self.user, "--"] if os.geteuid() == 0 else []

    def _wait_listening(self, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self._process is not None
            if self._process.poll() is not None:
                err = self._process.stderr.read().decode() if self._process.stderr else ""
                log = (
                    (self.root / "dovecot.log").read_text()
                    if (self.root / "dovecot.log").exists()
                    else ""
                )
                raise RuntimeError(f"dovecot exited: {err}{log}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"dovecot did not listen on {self.port} within {timeout} s")


def _run_as_user() -> str:
    """The user Dovecot runs as: a system user made for it under root, else ourselves."""
    if os.geteuid() != 0:
        return pwd.getpwuid(os.geteuid()).pw_name
    try:
        pwd.getpwnam(MAIL_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", MAIL_USER],
            check=True,
        )
    return MAIL_USER
