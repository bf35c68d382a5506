"""How a mail's subject and text become what the rules and the model read."""

from __future__ import annotations

import re

# A reply keeps the subject of the mail it answers ("Re: Where is my refund?"),
# so there the subject says what the thread was about, not what this mail says:
# "Re: Where is my refund?" above "Got it, thanks!" is a thank-you.
RE_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|antw|sv|r|rif|rv)\s*:", re.IGNORECASE)

# Where quoted history starts: a ">" line, or the line a mail program writes
# above the mail being answered, in the six languages of the corpus.
RE_QUOTE_START = re.compile(
    r"^(?:>"
    r"|-{2,}\s*(?:original message|ursprüngliche nachricht|mensaje original|message d'origine"
    r"|messaggio originale|oorspronkelijk bericht)\s*-{2,}"
    r"|on\b.{0,120}\bwrote:"
    r"|am\b.{0,120}\bschrieb\b.{0,120}:"
    r"|el\b.{0,120}\bescribió:"
    r"|le\b.{0,120}\ba écrit\s?:"
    r"|il giorno\b.{0,120}\bha scritto:"
    r"|op\b.{0,120}\bschreef\b.{0,120}:"
    r"|from:\s.+\n(?:sent|date):)",
    re.IGNORECASE | re.MULTILINE,
)
# Mail longer than this is mostly history or a pasted document; its head decides.
MAX_CHARS = 20_000


def mail_text(subject: str, text: str) -> str:
    """The subject on its own line above the text; a reply's subject is left out."""
    subject = subject.strip()
    if not subject or RE_REPLY_SUBJECT.match(subject):
        return text
    # Its own line keeps the subject's words from running into the first sentence.
    return f"{subject}\n{text}"


def split_quoted(text: str) -> tuple[str, str]:
    """(what the sender wrote this time, the quoted history below it).

    A forwarded mail is not history: the customer sends it as what they have
    to say, so it stays in the first part.
    """
    text = text[:MAX_CHARS]
    found = RE_QUOTE_START.search(text)
    if found is None or not text[: found.start()].strip():
        return text.strip(), ""
    quoted = "\n".join(line.lstrip("> ") for line in text[found.start() :].splitlines())
    return text[: found.start()].strip(), quoted.strip()
