"""What the customer attached to back their story: photos, screenshots, PDFs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from inboxbot.models import Attachment, Evidence, Fact

# Screenshots are named so by the phone or computer that took them, in its language.
RE_SCREENSHOT = re.compile(
    r"screen[\s_-]?shot|screen[\s_-]?capture|bildschirmfoto|captura|capture[\s_-]d|schermata"
    r"|schermafbeelding|scherm[\s_-]?afdruk",
    re.IGNORECASE,
)
# Images this small are logos and signature icons, not photos of a parcel.
MIN_PHOTO_BYTES = 4 * 1024
CONFIDENCE = 0.9


def kind_of(attachment: Attachment) -> str | None:
    """ "photo", "screenshot", "pdf" or "file"; None for a signature icon."""
    content_type = attachment.content_type.lower()
    name = attachment.filename.lower()
    if content_type.startswith("image/") or name.endswith((".jpg", ".jpeg", ".png", ".heic")):
        if RE_SCREENSHOT.search(name):
            return "screenshot"
        return "photo" if attachment.size >= MIN_PHOTO_BYTES else None
    if content_type == "application/pdf" or name.endswith(".pdf"):
        return "pdf"
    return "file"


def find_evidence(attachments: Sequence[Attachment]) -> Fact[tuple[Evidence, ...]] | None:
    """The attachments as evidence, each by kind; None when there is none."""
    found = []
    for attachment in attachments:
        kind = kind_of(attachment)
        if kind is not None:
            found.append(Evidence(kind, attachment.filename))
    if not found:
        return None
    return Fact(tuple(found), CONFIDENCE, ", ".join(item.filename for item in found))
