"""SMTP submission: one session per send pass, and an answer for every way it can end.

What a failure means for the reply (RELIABILITY.md OUT-5):
- anything before the message data went out (no connection, no TLS, login
  refused, 4xx to MAIL/RCPT/DATA, the line dropped) cannot have delivered it:
  `SendDeferred`, try again later;
- a 5xx is the server's final word: `SendRejected`, with its text;
- once the data is on the wire, a lost connection or a reply we cannot read
  leaves the outcome unknown: `SendUncertain`, never retried by itself,
  because the server may have accepted it before the line dropped;
- a 4xx reply to the final dot means the server did not take it: `SendDeferred`.

Envelope recipients are passed in (the draft's stored address), never taken
from the headers, so nothing written into a header can add a recipient.
"""

from __future__ import annotations

import logging
import re
import smtplib
import socket
import ssl
from contextlib import suppress
from typing import Self

from inboxbot.config import SmtpSettings
from inboxbot.errors import SendDeferred, SendRejected, SendUncertain, SmtpUnavailable

log = logging.getLogger(__name__)

RE_LEADING_DOT = re.compile(rb"^\.", re.MULTILINE)  # RFC 5321 §4.5.2 dot-stuffing


class SmtpSubmission:
    """A session with the submission server; use it as a context manager."""

    def __init__(self, settings: SmtpSettings, *, password: str | None) -> None:
        self.settings = settings
        self.password = password
        self.where = f"{settings.host}:{settings.effective_port}"
        self.client: smtplib.SMTP | None = None
        self.used = False

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.client is not None:
            with suppress(smtplib.SMTPException, OSError):
                self.client.quit()
            with suppress(OSError):
                self.client.close()
            self.client = None

    @property
    def offers_smtputf8(self) -> bool:
        """Whether the server takes raw UTF-8 headers and addresses (RFC 6531)."""
        return self._session().has_extn("smtputf8")

    def send(self, data: bytes, *, sender: str, recipient: str, smtputf8: bool = False) -> str:
        """Hand one message over; the server's reply to the final dot when it took it."""
        client = self._fresh_session()
        options = ["SMTPUTF8", "BODY=8BITMIME"] if smtputf8 else []
        try:
            self._expect(client.mail(sender, options), "MAIL FROM", 250)
            self._expect(client.rcpt(recipient), "RCPT TO", 250, 251)
            self._expect(client.docmd("DATA"), "DATA", 354)
        except (SendDeferred, SendRejected):
            self._reset()
            raise
        except (smtplib.SMTPException, OSError) as err:
            self._drop()
            raise SendDeferred(
                f"{self.where}: the connection broke before the message was sent: {_text(err)}"
            ) from err
        # From here on the server may hold the message: no answer is not a "no".
        payload = RE_LEADING_DOT.sub(b"..", data)
        if not payload.endswith(b"\r\n"):
            payload += b"\r\n"
        try:
            client.send(payload + b".\r\n")
            code, text = client.getreply()
        except (smtplib.SMTPException, OSError) as err:
            self._drop()
            raise SendUncertain(
                f"{self.where}: the connection was lost after the message was sent, before the "
                f"server confirmed it ({_text(err)}); it may have been delivered"
            ) from err
        reply = f"{code} {_decode(text)}"
        if 200 <= code < 300:
            return reply
        if 400 <= code < 500:
            self._reset()
            raise SendDeferred(f"{self.where}: the server did not take the message: {reply}")
        if 500 <= code < 600:
            self._reset()
            raise SendRejected(f"{self.where}: the server refused the message: {reply}")
        self._drop()
        raise SendUncertain(
            f"{self.where}: an unreadable answer after the message was sent ({reply}); "
            "it may have been delivered"
        )

    def _session(self) -> smtplib.SMTP:
        """The open session, connecting (TLS, login) when there is none."""
        if self.client is None:
            self.client = self._connect()
        return self.client

    def _fresh_session(self) -> smtplib.SMTP:
        """The session, checked with NOOP first if it carried a message: servers drop idle ones."""
        if self.client is not None and self.used:
            try:
                self.client.noop()
            except (smtplib.SMTPException, OSError):
                self._drop()
        self.used = True
        return self._session()

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        assert s.host is not None  # only called when [smtp] is configured
        context = ssl.create_default_context(cafile=str(s.ca_file) if s.ca_file else None)
        # gethostname, not smtplib's getfqdn: no DNS lookup that can hang start-up.
        name = socket.gethostname()
        client: smtplib.SMTP | None = None
        doing = "connecting"
        try:
            if s.security == "ssl":
                client = smtplib.SMTP_SSL(
                    s.host,
                    s.effective_port,
                    local_hostname=name,
                    timeout=s.timeout_seconds,
                    context=context,
                )
            else:
                client = smtplib.SMTP(
                    s.host, s.effective_port, local_hostname=name, timeout=s.timeout_seconds
                )
            doing = "greeting"
            client.ehlo()
            if s.security == "starttls":
                if not client.has_extn("starttls"):
                    raise SmtpUnavailable(
                        f"{self.where}: the server does not offer STARTTLS; refusing to log in "
                        'without TLS (use security = "ssl" on port 465?)'
                    )
                doing = "starting TLS"
                client.starttls(context=context)
                client.ehlo()
            if s.username:
                doing = "logging in"
                client.login(s.username, self.password or "")
        except SmtpUnavailable:
            _close(client)
            raise
        except smtplib.SMTPAuthenticationError as err:
            _close(client)
            raise SmtpUnavailable(
                f"{self.where}: the server refused the login for {s.username!r}: "
                f"{err.smtp_code} {_decode(err.smtp_error)}"
            ) from err
        except ssl.SSLCertVerificationError as err:
            _close(client)
            raise SmtpUnavailable(
                f"{self.where}: {doing}: the server's certificate is not trusted "
                f"({err.verify_message}); set smtp.ca_file if it uses a private CA"
            ) from err
        except TimeoutError as err:
            _close(client)
            raise SmtpUnavailable(
                f"{self.where}: {doing}: no answer within {s.timeout_seconds:g} s"
            ) from err
        except (smtplib.SMTPException, OSError) as err:
            _close(client)
            raise SmtpUnavailable(f"{self.where}: {doing}: {_text(err)}") from err
        return client

    def _expect(self, answer: tuple[int, bytes], command: str, *wanted: int) -> None:
        code, text = answer
        if code in wanted:
            return
        reply = f"{code} {_decode(text)}"
        if code == 421:  # the server is closing the session
            self._drop()
            raise SendDeferred(f"{self.where}: {command}: the server closed the session: {reply}")
        if 500 <= code < 600:
            raise SendRejected(f"{self.where}: {command}: the server refused: {reply}")
        raise SendDeferred(f"{self.where}: {command}: the server said not now: {reply}")

    def _reset(self) -> None:
        """RSET after a refused transaction, so the session can carry the next message."""
        if self.client is None:
            return
        try:
            self.client.rset()
        except (smtplib.SMTPException, OSError):
            self._drop()

    def _drop(self) -> None:
        _close(self.client)
        self.client = None


def _close(client: smtplib.SMTP | None) -> None:
    if client is not None:
        with suppress(OSError):
            client.close()


def _decode(text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return " ".join(text.split())


def _text(err: BaseException) -> str:
    if isinstance(err, smtplib.SMTPResponseException):
        return f"{err.smtp_code} {_decode(err.smtp_error)}"
    return str(err) or type(err).__name__
