"""A real SMTP server (aiosmtpd) on 127.0.0.1 that keeps what it is given, with faults on call.

Faults are queued per stage and used once each, in order:
- ("rcpt", "450 4.2.1 try later") answers RCPT TO with that reply;
- ("data", "554 5.7.1 spam") answers the final dot with that reply, keeping nothing;
- ("data", DROP) keeps the message, then closes the connection before answering,
  as a server does that delivers and then loses the line (delivery uncertain);
- ("data", SLOW) keeps the message and answers only after `slow_seconds`, as a
  server does that delivers but stalls past the client's timeout.
"""

from __future__ import annotations

import asyncio
import ssl
from collections import deque
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.net import free_port

DROP = "drop"
SLOW = "slow"


@dataclass(frozen=True)
class Delivered:
    """One message the server accepted: the envelope and the bytes."""

    sender: str
    recipients: tuple[str, ...]
    data: bytes
    options: tuple[str, ...]

    def parsed(self) -> EmailMessage:
        msg = message_from_bytes(self.data, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        return msg


@dataclass
class SmtpSink:
    """The server: `delivered` is every message kept, `faults` the ones still to play."""

    port: int = field(default_factory=free_port)
    login: tuple[str, str] | None = None
    tls: ssl.SSLContext | None = None  # with STARTTLS
    implicit_tls: ssl.SSLContext | None = None  # TLS from the first byte (port 465 style)
    smtputf8: bool = False
    delivered: list[Delivered] = field(default_factory=list)
    faults: deque[tuple[str, str]] = field(default_factory=deque)
    logins: list[str] = field(default_factory=list)
    slow_seconds: float = 3.0
    _controller: Any = None

    def start(self) -> None:
        kwargs: dict[str, Any] = {"enable_SMTPUTF8": self.smtputf8}
        if self.tls is not None:
            kwargs.update(tls_context=self.tls, require_starttls=True)
        if self.login is not None:
            kwargs.update(
                authenticator=self._authenticate,
                auth_required=True,
                # aiosmtpd does not count implicit TLS as TLS; that connection is TLS anyway.
                auth_require_tls=self.tls is not None,
            )
        self._controller = Controller(
            _Handler(self),
            hostname="127.0.0.1",
            port=self.port,
            ssl_context=self.implicit_tls,
            server_hostname="127.0.0.1",
            **kwargs,
        )
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def fail(self, stage: str, reply: str) -> None:
        self.faults.append((stage, reply))

    def count(self, message_id: str) -> int:
        return sum(1 for d in self.delivered if d.parsed()["Message-ID"] == message_id)

    def _fault(self, stage: str) -> str | None:
        if self.faults and self.faults[0][0] == stage:
            return self.faults.popleft()[1]
        return None

    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        assert self.login is not None
        if isinstance(auth_data, LoginPassword):
            login, password = auth_data.login.decode(), auth_data.password.decode()
            self.logins.append(login)
            if (login, password) == self.login:
                return AuthResult(success=True)
        return AuthResult(success=False, handled=False)


class _Handler:
    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        if fault := self.sink._fault("rcpt"):
            return fault
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        fault = self.sink._fault("data")
        if fault and fault not in (DROP, SLOW):
            return fault
        self.sink.delivered.append(
            Delivered(
                envelope.mail_from,
                tuple(envelope.rcpt_tos),
                bytes(envelope.original_content or envelope.content),
                tuple(envelope.mail_options),
            )
        )
        if fault == DROP:
            server.transport.close()
        if fault == SLOW:
            await asyncio.sleep(self.sink.slow_seconds)
        return "250 2.0.0 queued as 4711"
