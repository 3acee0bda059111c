"""Outgoing e-mail over SMTP, with the transport injectable so tests never connect.

The default transport talks to our mail relay in the EU data centres (a declared recipient in
privacy.toml) over STARTTLS.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Callable
from email.message import EmailMessage

Transport = Callable[[EmailMessage], None]

DEFAULT_SENDER = "QContact <hello@qcontact.com>"
RELAY_HOST = "smtp.eu.qcontact.com"


def smtp_transport(
    host: str = RELAY_HOST, port: int = 587, *, username: str = "", secret: str = ""
) -> Transport:
    """A transport that delivers each message through ``host`` with STARTTLS."""

    def send(message: EmailMessage) -> None:
        with smtplib.SMTP(host, port, timeout=30) as smtp:
            smtp.starttls(context=ssl.create_default_context())
            if username:
                smtp.login(username, secret)
            smtp.send_message(message)

    return send


class Mailer:
    """Builds and hands messages to a transport."""

    def __init__(self, transport: Transport, *, sender: str = DEFAULT_SENDER) -> None:
        self._transport = transport
        self.sender = sender

    def compose(
        self, to: str, subject: str, body: str, *, headers: dict[str, str] | None = None
    ) -> EmailMessage:
        message = EmailMessage()
        message["From"] = self.sender
        message["To"] = to
        message["Subject"] = subject
        for name, value in (headers or {}).items():
            message[name] = value
        message.set_content(body)
        return message

    def send(self, message: EmailMessage) -> None:
        self._transport(message)
