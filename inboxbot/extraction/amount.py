"""Amounts of money: "$49.90", "34,50 €", "1.299,00 EUR", "38 dollars"."""

from __future__ import annotations

import re
from decimal import Decimal

from inboxbot.extraction.common import (
    RE_CLAUSE_BREAK,
    RE_LIST_BREAK,
    Candidate,
    window_after,
    window_before,
)
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
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "bucks": "USD",
    "euro": "EUR",
    "euros": "EUR",
}

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

# A number with two decimals and no currency ("paid 58.00 with paypal"); it is
# money only near a money word (RE_MONEY_CONTEXT) and when nothing after it
# makes it a time, a size, a weight or a percentage, nor it a date ("12.11.").
RE_BARE_AMOUNT = re.compile(
    r"(?<![\w.,/:#+-])(?P<number>(?:\d{1,3}(?:[.,]\d{3})+|\d{1,6})[.,]\d{2})(?![\d.,]?\d)"
    r"(?!\s*(?:%|uhr\b|h\b|am\b|pm\b|o'?clock|hrs?\b|cm\b|mm\b|m\b|km\b|kg\b|g\b|ml\b"
    r"|l\b|in\b|inch|\"|lbs?\b|oz\b|pounds?\b|x\s?\d|stars?\b|sterne))",
    re.IGNORECASE,
)
# A date's day and month ("am 12.11. bezahlt", "paid on 12.11"), not money.
RE_DAY_MONTH = re.compile(r"(?P<day>\d{1,2})[.,](?P<month>0[1-9]|1[0-2])")
RE_DATE_BEFORE = re.compile(r"\b(?:on|am|vom|le|du|el|del|il|op|van|since|seit)\s*$", re.I)

# Words that say which amount the customer is asking about, strongest first:
# what they are still owed, what they want back, what they were charged, what
# they paid.
RE_OWED_CONTEXT = re.compile(
    r"\b(?:owed?\s+me|(?:still\s+)?owed|owing|outstanding|schulde[nt]\w*|noch\s+offen"
    r"|me\s+deben|me\s+debéis|me\s+devez|me\s+doit|mi\s+dovete|tegoed)\b",
    re.IGNORECASE,
)
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
AMOUNT_CONTEXTS = (
    (RE_OWED_CONTEXT, 4),
    (RE_REFUND_CONTEXT, 3),
    (RE_CHARGE_CONTEXT, 2),
    (RE_PAID_CONTEXT, 1),
)
# Further words that make a bare number money, but rank no amount.
RE_PRICE_CONTEXT = re.compile(
    r"\b(?:price[ds]?|priced|preis|precio|prix|prezzo|prijs|each|apiece|cada|pro\s+stück)\b",
    re.IGNORECASE,
)
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
CONFIDENCE_BARE = 0.6  # no currency: the customer's shop's, most likely, but unsaid
BARE_PENALTY = 0.5  # a bare number ranks below an amount with a currency and the same words


def find_amounts(text: str) -> list[Candidate]:
    """Every amount in `text`, ranked by the words around it.

    An amount with a currency is always one; a bare "58.00" only near a money word.
    """
    found = _with_currency(text)
    taken = [(c.start, c.start + len(c.fact.source_text)) for c in found]
    for match in RE_BARE_AMOUNT.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        candidate = _bare(text, match)
        if candidate is not None:
            found.append(candidate)
    return sorted(found, key=lambda candidate: candidate.start)


def _bare(text: str, match: re.Match[str]) -> Candidate | None:
    """A number without a currency as an amount, when the words around make it money."""
    raw = match.group("number")
    before = text[max(0, match.start() - 10) : match.start()]
    day_month = RE_DAY_MONTH.fullmatch(raw)
    date_like = (
        day_month is not None and int(day_month["day"]) <= 31 and int(day_month["month"]) <= 12
    )
    if date_like and (text.startswith(".", match.end()) or RE_DATE_BEFORE.search(before)):
        return None
    tier, distance = _context(text, match.start(), match.end(), RE_CLAUSE_BREAK)
    if not tier and not _near(RE_PRICE_CONTEXT, text, match.start(), match.end(), RE_CLAUSE_BREAK):
        return None
    amount = parse_amount(raw)
    if amount <= 0:
        return None
    closeness = 0.5 * (1 - distance / (CONTEXT_WIDTH + 1)) if tier else 0.0
    rank = tier + closeness - BARE_PENALTY
    fact = Fact(Money(amount, None), CONFIDENCE_BARE, raw)
    return Candidate(fact, rank, match.start())


def _with_currency(text: str) -> list[Candidate]:
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


def _near(
    pattern: re.Pattern[str],
    text: str,
    start: int,
    end: int,
    breaks: re.Pattern[str] = RE_LIST_BREAK,
) -> bool:
    """Whether `pattern` occurs in the clause around an amount."""
    before = window_before(text, start, CONTEXT_WIDTH, breaks)
    after = window_after(text, end, CONTEXT_WIDTH, breaks)
    return bool(pattern.search(before) or pattern.search(after))


def _context(
    text: str, start: int, end: int, breaks: re.Pattern[str] = RE_LIST_BREAK
) -> tuple[int, int]:
    """The strongest context tier near an amount and the distance to its nearest word.

    An amount with a currency looks only as far as the next comma, as amounts
    are listed with commas; a bare number looks through the whole clause
    ("got charged 2x, 56.00 each time"), as it needs the money word to count.
    """
    before = window_before(text, start, CONTEXT_WIDTH, breaks)
    after = window_after(text, end, CONTEXT_WIDTH, breaks)
    for pattern, tier in AMOUNT_CONTEXTS:
        distances = [len(before) - m.end() for m in pattern.finditer(before)]
        distances += [m.start() for m in pattern.finditer(after)]
        if distances:
            return tier, min(distances)
    return 0, 0
