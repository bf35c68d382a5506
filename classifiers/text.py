"""How a mail's subject and text become the one string the rules and the model read."""

from __future__ import annotations

import re

# A reply keeps the subject of the mail it answers ("Re: Where is my refund?"),
# so there the subject says what the thread was about, not what this mail says:
# "Re: Where is my refund?" above "Got it, thanks!" is a thank-you.
RE_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|antw|sv|r|rif|rv)\s*:", re.IGNORECASE)


def mail_text(subject: str, text: str) -> str:
    """The subject on its own line above the text; a reply's subject is left out."""
    subject = subject.strip()
    if not subject or RE_REPLY_SUBJECT.match(subject):
        return text
    # Its own line keeps the subject's words from running into the first sentence.
    return f"{subject}\n{text}"
