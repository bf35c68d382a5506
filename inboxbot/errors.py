"""The errors inboxbot raises on purpose.

Each carries a message a shop owner can act on; the command line prints it on
one line and exits non-zero. Anything else escaping is a bug.
"""


class InboxbotError(Exception):
    """Base of every error inboxbot raises on purpose."""


class ConfigError(InboxbotError):
    """The configuration is missing, unreadable or has a wrong key or value."""


class MailboxError(InboxbotError):
    """The mailbox could not be reached or refused a command."""


class MailboxAuthError(MailboxError):
    """The mailbox refused our user name or password."""


class MalformedMessage(InboxbotError):
    """A message could not be parsed; it goes to quarantine with this reason."""


class TemplateError(InboxbotError):
    """A reply template failed to load or render."""


class ReviewError(InboxbotError):
    """A queue action is not allowed: bad input, or the draft's state is in the way."""


class NoSuchDraft(ReviewError):
    """The draft asked for does not exist."""


class DraftConflict(ReviewError):
    """The draft's state is in the way: already decided by someone, or without text."""


class StoreError(InboxbotError):
    """The store could not be opened or migrated."""


class UserError(InboxbotError):
    """A user account cannot be made or changed that way (bad password, unknown user …)."""


class ComposeError(InboxbotError):
    """A reply cannot be built safely (a line break in a header, a bad address); never sent."""


class SendError(InboxbotError):
    """A reply was not handed over; `permanent` says whether trying again can help."""

    permanent = False


class SendDeferred(SendError):
    """The server said "not now" (4xx), or the line broke before the message went out."""


class SmtpUnavailable(SendDeferred):
    """The SMTP server cannot be used at all (down, TLS, login refused): later, for every reply."""


class SendRejected(SendError):
    """The server refused the message for good (5xx); its words are kept."""

    permanent = True


class SendUncertain(SendError):
    """The line dropped after the message went out: it may have arrived; never resent by itself."""

    permanent = True
