"""How the customer paid: card brands, wallets, Klarna, bank transfer, or "a card".

Methods without a value of their own (Afterpay, Clearpay, Bizum) give none
rather than a near one: a reply that names where the money goes back to must
be right. iDEAL is a payment from the customer's bank account, and is
refunded to it, so it is a bank transfer here.
"""

from __future__ import annotations

import re

from inboxbot.extraction.common import Candidate
from inboxbot.models import Fact

# One named group per method; the group name is the normalised value.
# "Maestro" is also Spanish and Italian for "teacher", so only the capitalised
# brand counts. A card is "credit card", "debit card" and their translations,
# or a bare "card" that money goes to or from ("paid by card", "taken from my
# card", "mit meiner Karte bezahlt", "con mi tarjeta", "par carte"); not "the
# card in the parcel", and never a gift card ("tarjeta regalo", "carte cadeau").
_GIFT_ES = r"[ ](?:de[ ])?(?:regalo|felicitaci)"  # a gift or greeting card
_GIFT_FR = r"[ -](?:cadeau|de[ ]fid|de[ ]v)"  # a gift, loyalty or greeting card
# What may stand between "paid" and "with my card": "paid $54.00 with my card",
# "charged me 12,50 € on my card", "paid for it with my card".
_BETWEEN = (
    r"(?:(?:me|for[ ]it|for[ ]this)[ ])?"
    r"(?:[$€£]?\d[\d.,]*(?:[ ]?(?:[$€£]|eur|usd|gbp|euros?|dollars?))?[ ])?"
)
# Every method begins a word but "(card)" and a transfer at the end of a
# compound ("Sofortüberweisung"). Saying so first lets a scan pass over every
# other place in one step instead of trying each method there.
RE_PAYMENT_METHOD = re.compile(
    rf"""
    (?:\b(?=\w)|(?=\(|(?:bank)?überweisung))
    (?:
      (?P<amex>\bamerican[ ]express\b|\bamex\b)
    | (?P<mastercard>\bmaster[ ]?card\b)
    | (?P<maestro>\b(?-i:Maestro|MAESTRO)\b|\bmaestro[ ](?:card|debit)\b)
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
      | \b(?:bank)?overschrijving\b | \bovergemaakt\b                # Dutch
      | (?-i:\biDEAL\b|\biDeal\b)                                    # Dutch banks' own
      )
    | (?P<card>
        \b(?:credit|debit|bank)[ ]?card\b
      | \b(?:kredit|debit|ec-?|bank)karte\w* | \bgirocard\b          # German
      | \btarjeta(?:[ ]de)?[ ](?:cr[ée]dito|d[ée]bito)\b            # Spanish
      | \bcarte[ ](?:bancaire|bleue|de[ ]cr[ée]dit|de[ ]d[ée]bit)\b # French
      | \bcarta[ ]di[ ](?:credito|debito)\b                         # Italian
      | \bcreditcard\w* | \b(?:betaalpas|pinpas|bankpas)\b          # Dutch
      # A bare card, where money goes to or from it:
      | \b(?:from|to|onto)[ ]my[ ]card\b | \bby[ ]card\b | \bcard[ ]ending\b
      | \b(?:arrived|appeared|showed[ ]up|come[ ]through|came[ ]through|landed|credited)
          [ ](?:back[ ])?on[ ]my[ ]card\b
      | \b(?:paid|charged|debited|billed|charge[ ]of|payment[ ]of)[ ]{_BETWEEN}
          (?:(?:with|on|to)[ ])?(?:my|his|her|their|our)[ ]card\b
      | \b(?:paid|charged)[ ]{_BETWEEN}(?:on|with)[ ]card\b | \(card\) | \bcard[ ]statement\b
      | \bmy[ ]card[ ](?:was|has[ ]been|got|is[ ]being)[ ](?:charged|debited|billed)\b
      | \bback[ ](?:on|to|onto)[ ]my[ ]card\b
      | \b(?:von|auf)[ ]meine[rm]?[ ]karte\b | \bper[ ]karte\b          # German
      | \bmit[ ](?:meiner[ ])?karte[ ](?:bezahlt|gezahlt)\b
      | \b(?:con|a|en|de|desde)[ ]mi[ ]tarjeta\b(?!{_GIFT_ES})           # Spanish
      | \bcon[ ]tarjeta\b(?!{_GIFT_ES})
      | \b(?:avec|sur|de|par)[ ]ma[ ]carte\b(?!{_GIFT_FR})              # French
      | \bpar[ ]carte\b(?!{_GIFT_FR}) | (?-i:\bCB\b)
      | \b(?:con|sulla|dalla|alla)[ ](?:la[ ])?mia[ ]carta\b(?![ ]regalo) # Italian
      | \bpagat[oaie][ ]con[ ](?:la[ ])?carta\b(?![ ]regalo)
      | \b(?:met|van|op)[ ]mijn[ ](?:bank)?kaart\b | \bgepind\b        # Dutch
      )
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)

# A question about a method before buying ("Do you take Klarna?", "Kann ich
# mit PayPal zahlen?") says nothing of how the customer paid.
RE_ASKS_ABOUT = re.compile(
    r"""
    \b(?:
        (?:do|does|can|could|will)[ ](?:you|i|we)[ ](?:also[ ])?
            (?:take|accept|offer|support|use|pay[ ](?:with|by|via|through))
      | (?:akzeptieren|nehmen)[ ]sie | kann[ ]ich[ ](?:auch[ ])?(?:mit|per)
      | acept[áa]is | aceptan | puedo[ ]pagar
      | acceptez(?:-vous)? | puis-je[ ]payer | peut-on[ ]payer
      | accettate | posso[ ]pagare
      | accepteren[ ]jullie | kan[ ]ik[ ](?:ook[ ])?(?:met|betalen)
    )\b[^.?!\n]*$
    """,
    re.IGNORECASE | re.VERBOSE,
)
ASK_WIDTH = 60  # characters before a method in which a question about it begins

CONFIDENCE_NAMED = 0.9  # a brand, a wallet or a transfer says exactly how
CONFIDENCE_CARD = 0.7  # a card of unknown brand; a brand elsewhere wins


def find_payment_methods(text: str) -> list[Candidate]:
    """Every payment method named in `text`, in the order they appear, but one asked about."""
    found = []
    for match in RE_PAYMENT_METHOD.finditer(text):
        if RE_ASKS_ABOUT.search(text, max(0, match.start() - ASK_WIDTH), match.start()):
            continue
        method = match.lastgroup or ""
        confidence = CONFIDENCE_CARD if method == "card" else CONFIDENCE_NAMED
        fact = Fact(method, confidence, match.group().strip())
        found.append(Candidate(fact, confidence, match.start()))
    return found
