"""How the customer paid: card brands, wallets, Klarna, bank transfer, or "a card"."""

from __future__ import annotations

import re

from inboxbot.extraction.common import Candidate
from inboxbot.models import Fact

# One named group per method; the group name is the normalised value.
# "Maestro" is also Spanish and Italian for "teacher", so only the capitalised
# brand counts. A bare "card" is not a payment method ("gift card", "the card
# in the parcel"), only "credit card", "debit card" and their translations.
RE_PAYMENT_METHOD = re.compile(
    r"""
      (?P<amex>\bamerican[ ]express\b|\bamex\b)
    | (?P<mastercard>\bmaster[ ]?card\b)
    | (?P<maestro>\b(?-i:Maestro|MAESTRO)\b)
    | (?P<visa>\bvisa\b)
    | (?P<paypal>\bpay[ ]?pal\b)
    | (?P<apple_pay>\bapple[ ]?pay\b)
    | (?P<google_pay>\bgoogle[ ]?pay\b|\bg[ ]?pay\b)
    | (?P<shop_pay>\bshop[ ]?pay\b)
    | (?P<klarna>\bklarna\b)
    | (?P<bank_transfer>
        \b(?:bank|wire|sepa)[ ]transfer\b
      | (?:bank)?überweisung\b | \büberwiesen\b                      # German
      | \btransferencia(?:[ ]bancaria)?\b                           # Spanish
      | \bvirement(?:[ ]bancaire)?\b                                # French
      | \bbonifico(?:[ ]bancario)?\b                                # Italian
      | \boverschrijving\b | \bovergemaakt\b                        # Dutch
      )
    | (?P<card>
        \b(?:credit|debit|bank)[ ]?card\b
      | \b(?:kredit|debit|ec-?|bank)karte\b | \bgirocard\b           # German
      | \btarjeta(?:[ ]de)?[ ](?:cr[ée]dito|d[ée]bito)\b            # Spanish
      | \bcarte[ ](?:bancaire|bleue|de[ ]cr[ée]dit|de[ ]d[ée]bit)\b # French
      | \bcarta[ ]di[ ](?:credito|debito)\b                         # Italian
      | \b(?:creditcard|betaalpas|pinpas|bankpas)\b                 # Dutch
      )
    """,
    re.IGNORECASE | re.VERBOSE,
)

CONFIDENCE_NAMED = 0.9  # a brand, a wallet or a transfer says exactly how
CONFIDENCE_CARD = 0.7  # a card of unknown brand; a brand elsewhere wins


def find_payment_methods(text: str) -> list[Candidate]:
    """Every payment method named in `text`, in the order they appear."""
    found = []
    for match in RE_PAYMENT_METHOD.finditer(text):
        method = match.lastgroup or ""
        confidence = CONFIDENCE_CARD if method == "card" else CONFIDENCE_NAMED
        fact = Fact(method, confidence, match.group().strip())
        found.append(Candidate(fact, confidence, match.start()))
    return found
