"""Amounts of money: "$49.90", "34,50 €", "1.299,00 EUR", "38 dollars"."""

from __future__ import annotations

import re
from decimal import Decimal

from inboxbot.extraction.common import RE_LIST_BREAK, Candidate, window_after, window_before
from inboxbot.models import Fact, Money

# Symbols and words that name one currency. "kr" (SEK, NOK, DKK), "¥" (JPY,
# CNY) and "pounds" (also a weight) are ambiguous and left out; a bare "$" is
# read as USD, the most common meaning in a shop's mail.
CURRENCY_SYMBOLS = {
    "US$": "USD",
    "CA$": "CAD",
    "C$": "CAD",
    "AU$": "AUD",
    "A$": "AUD",
    "NZ$": "NZD",
    "R$": "BRL",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
}
CURRENCY_CODES = frozenset(
    ("USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK")
)
CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR"}

_SYMBOL = "|".join(re.escape(symbol) for symbol in CURRENCY_SYMBOLS)
_CODE = "|".join(sorted(CURRENCY_CODES))
_WORD = "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True))

# A number with thousands groups of exactly three digits, separated by "." ","
# a space or an apostrophe (Swiss), and one or two decimals; "49,-" is German
# for 49.00. The decimal separator is read in `parse_amount`, not here.
_NUMBER = (
    r"(?<![\d.,])(?:\d{1,3}(?:[.,'\u2019\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
    r"(?:[.,]-{1,2})?(?!\d)"
)

# A "$" after a letter belongs to another dollar ("HK$"), which we do not read.
RE_AMOUNT = re.compile(
    rf"(?:(?<![A-Za-z])(?P<pre_symbol>{_SYMBOL})|\b(?P<pre_code>{_CODE})\b)\s?(?P<pre_number>{_NUMBER})"
    rf"|(?P<post_number>{_NUMBER})\s?(?:(?P<post_symbol>{_SYMBOL})|\b(?P<post_code>{_CODE}|{_WORD})\b)",
    re.IGNORECASE,
)

# Words that say which amount the customer is asking about, strongest first:
# what they want back, then what they were charged, then what they paid.
RE_REFUND_CONTEXT = re.compile(
    r"\b(?:refund\w*|reimburs\w*|money\s+back|back\b|chargeback|devuelv\w*|rückerstatt\w*|erstatt\w*"
    r"|zurückerstatt\w*|geld\s+zurück|reembols\w*|devoluci[oó]n|devolv\w*|rembours\w*"
    r"|rimbors\w*|terugbetal\w*|terugstort\w*|geld\s+terug)",
    re.IGNORECASE,
)
RE_CHARGE_CONTEXT = re.compile(
    r"\b(?:(?:over)?charg(?:e|ed|es|ing)\b|billed|debited|abgebucht|belastet|berechnet|cobr\w+"
    r"|cargad\w*|débit\w*|prélev\w*|addebit\w*|afgeschreven)",
    re.IGNORECASE,
)
RE_PAID_CONTEXT = re.compile(
    r"\b(?:paid|payment|total|costs?|bezahlt|gezahlt|zahlung|betrag|gesamt\w*"
    r"|pagu[eé]|pagad[oa]s?|pagato|pagamento|pay[ée]\w*|montant|importo|totale"
    r"|betaald|bedrag|totaal)\b",
    re.IGNORECASE,
)
AMOUNT_CONTEXTS = ((RE_REFUND_CONTEXT, 3), (RE_CHARGE_CONTEXT, 2), (RE_PAID_CONTEXT, 1))
# Shipping costs are mentioned beside the price ("shipping was $4 on top"); they
# are what the customer asks about only when asked for back in so many words.
RE_SHIPPING_CONTEXT = re.compile(
    r"\b(?:shipping|postage|delivery\s+(?:cost|fee|charge)s?|versand\w*|porto|env[ií]o"
    r"|livraison|frais\s+de\s+port|spedizion\w*|verzend\w*|verzending)",
    re.IGNORECASE,
)
REFUND_TIER = 3
CONTEXT_WIDTH = 40  # characters either side, within the clause

CONFIDENCE_WITH_CONTEXT = 0.9
CONFIDENCE_WITHOUT_CONTEXT = 0.7


def find_amounts(text: str) -> list[Candidate]:
    """Every amount with a currency in `text`, ranked by the words around it."""
    found = []
    for match in RE_AMOUNT.finditer(text):
        money = _money(match)
        if money is None:
            continue
        tier, distance = _context(text, match.start(), match.end())
        if tier < REFUND_TIER and _near(RE_SHIPPING_CONTEXT, text, match.start(), match.end()):
            rank, confidence = -1.0, CONFIDENCE_WITHOUT_CONTEXT
        elif tier:
            # Closer context words rank higher, but never above a stronger tier.
            rank = tier + 0.5 * (1 - distance / (CONTEXT_WIDTH + 1))
            confidence = CONFIDENCE_WITH_CONTEXT
        else:
            rank, confidence = 0.0, CONFIDENCE_WITHOUT_CONTEXT
        source = text[match.start() : match.end()].strip()
        found.append(Candidate(Fact(money, confidence, source), rank, match.start()))
    return found


def parse_amount(raw: str) -> Decimal:
    """The value of a written number, whichever of "." and "," is the decimal separator.

    One or two digits after the last separator make it the decimal separator
    ("34,50", "1.299,00", "1,299.00"); three make it a thousands separator
    ("1.299" is 1299 in German and in English), as no currency read here has
    three decimals.
    """
    digits = re.sub(r"[.,]-{1,2}$", "", raw)
    digits = re.sub(r"[\s'\u2019]", "", digits)
    last = max(digits.rfind("."), digits.rfind(","))
    if last != -1 and len(digits) - last - 1 in (1, 2):
        whole = re.sub(r"[.,]", "", digits[:last])
        return Decimal(f"{whole or '0'}.{digits[last + 1 :]}")
    return Decimal(re.sub(r"[.,]", "", digits))


def _money(match: re.Match[str]) -> Money | None:
    """The Money a match of RE_AMOUNT stands for."""
    raw = match.group("pre_number") or match.group("post_number")
    name = next(
        match.group(group)
        for group in ("pre_symbol", "pre_code", "post_symbol", "post_code")
        if match.group(group)
    )
    currency = (
        CURRENCY_SYMBOLS.get(name.upper())
        or CURRENCY_WORDS.get(name.lower())
        or (name.upper() if name.upper() in CURRENCY_CODES else None)
    )
    amount = parse_amount(raw)
    return Money(amount, currency) if currency and amount > 0 else None


def _near(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether `pattern` occurs in the clause around an amount."""
    before = window_before(text, start, CONTEXT_WIDTH, RE_LIST_BREAK)
    after = window_after(text, end, CONTEXT_WIDTH, RE_LIST_BREAK)
    return bool(pattern.search(before) or pattern.search(after))


def _context(text: str, start: int, end: int) -> tuple[int, int]:
    """The strongest context tier near an amount and the distance to its nearest word."""
    before = window_before(text, start, CONTEXT_WIDTH, RE_LIST_BREAK)
    after = window_after(text, end, CONTEXT_WIDTH, RE_LIST_BREAK)
    for pattern, tier in AMOUNT_CONTEXTS:
        distances = [len(before) - m.end() for m in pattern.finditer(before)]
        distances += [m.start() for m in pattern.finditer(after)]
        if distances:
            return tier, min(distances)
    return 0, 0
