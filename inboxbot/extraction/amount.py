"""Amounts of money: "$49.90", "34,50 €", "1.299,00 EUR", "38 dollars"."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace
from decimal import Decimal

from inboxbot.extraction.common import (
    RE_CLAUSE_BREAK,
    RE_LIST_BREAK,
    RE_SENTENCE_END,
    Candidate,
    window_after,
    window_before,
)
from inboxbot.models import Fact, Money

# Symbols and words that name one currency. "kr" (SEK, NOK, DKK) and "¥"
# (JPY, CNY) are ambiguous and left out; a bare "$" is read as USD, the most
# common meaning in a shop's mail.
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
    "quid": "GBP",
    "dólares": "USD",
    "dolares": "USD",
    "dollari": "USD",
    "libras": "GBP",
    "sterline": "GBP",
    "swiss francs": "CHF",
    "francs": "CHF",  # the franc of Switzerland is the one still in use in Europe
    "franken": "CHF",
    "franchi": "CHF",
    "pound": "GBP",
    "pounds": "GBP",
}
# "Pounds" weigh as often as they pay: money only near a money word ("paid 39
# pounds", not "a 5 pound bag").
WEIGHT_OR_MONEY = frozenset(("pound", "pounds"))
# "5 pounds of flour", "a 5 pound bag"
RE_WEIGHED = re.compile(r"\s+of\b|[\s-]+(?:bag|sack|box|weight)", re.IGNORECASE)

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
    rf"(?:(?<![A-Za-z])(?P<pre_symbol>{_SYMBOL})|\b(?P<pre_code>{_CODE})(?![A-Za-z]))"
    rf"\s?(?P<pre_number>{_NUMBER})"
    rf"|(?P<post_number>{_NUMBER})\s?(?:(?P<post_symbol>{_SYMBOL})(?!\s?\d)"
    rf"|\b(?P<post_code>{_CODE}|{_WORD})\b(?!\s?\d))",
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
RE_ROW_BREAK = re.compile(rf"{RE_LIST_BREAK.pattern}|\n")
# Any amount, to tell where the words of the one before or after it begin.
RE_ANY_AMOUNT = re.compile(rf"{RE_AMOUNT.pattern}|{RE_BARE_AMOUNT.pattern}", re.IGNORECASE)
# A date's day and month ("am 12.11. bezahlt", "paid on 12.11"), not money.
RE_DAY_MONTH = re.compile(r"(?P<day>\d{1,2})[.,](?P<month>0[1-9]|1[0-2])")
RE_DATE_BEFORE = re.compile(r"\b(?:on|am|vom|le|du|el|del|il|op|van|since|seit)\s*$", re.I)

# Words that say which amount the customer is asking about, strongest first:
# what they are still owed, what they want back, what they were charged, what
# they paid.
RE_OWED_CONTEXT = re.compile(
    r"\b(?:(?:"
    r"owed?\s+me|(?:still\s+)?owed|owing|outstanding|remaining|the\s+rest|the\s+difference"
    r"|missing"
    r"|schulde[nt]\w*|noch\s+offen|restliche\w*|restbetrag|den\s+rest|die\s+differenz"
    r"|fehl(?:t|en)"
    r"|me\s+deben|me\s+debéis|restante|el\s+resto|la\s+diferencia|falta\w*"
    r"|me\s+devez|me\s+doit|restant\w*|le\s+reste|la\s+différence|manque\w*"
    r"|mi\s+dovete|rimanent\w*|il\s+resto|la\s+differenza|manca\w*"
    r"|tegoed|resterende|de\s+rest|het\s+verschil|ontbreek\w*"
    # "the rest of the order is fine" names what is not asked about
    r")(?!\s+(?:items?|pieces?|products?|parts?)\b)"
    r"(?!\s+(?:of|del|de|des|della|dell['\u2019]|van|von|der)\b(?!\s*(?:[$€£\d]|$))))\b"
    # Said right beside the amount: "I'm still $25 short", "short by $25", "the other 27.00".
    r"|^\s*short\b|\bshort\s+by\s*$|\bthe\s+other\s*$",
    re.IGNORECASE,
)
RE_REFUND_CONTEXT = re.compile(
    r"\b(?:refund\w*|reimburs\w*|money\s+back|back\b|chargeback|devuelv\w*|rückerstatt\w*|erstatt\w*"
    r"|zurückerstatt\w*|geld\s+zurück|reembols\w*|devoluci[oó]n|devolv\w*|rembours\w*"
    r"|rimbors\w*|terugbetal\w*|terugstort\w*|terug\b|zurück\b"
    r"|(?:zurück)?überweisen\s+sie\s+mir|send\s+me\s+(?:back\s+)?the|pay\s+me\s+back"
    r"|credit(?!\s+card))",
    re.IGNORECASE,
)
# What was refunded already, in part ("you only refunded €30", "nur 68,05 €
# erstattet"): money the customer has, not the money they ask about.
RE_ONLY = re.compile(
    r"\b(?:only|just|nur|lediglich|solo|sólo|solamente|seulement|soltanto|maar|alleen)"
    r"(?:\s+\S+){0,2}\s*$",
    re.IGNORECASE,
)
RE_REFUNDED = re.compile(
    r"\b(?:refunded|reimbursed|paid\s+back|sent\s+back|received|got|(?:zurück)?erstattet"
    r"|zurückbekommen|bekommen|erhalten|recibid[oa]|reçue?|ricevut[oa]|ontvangen|gekregen"
    r"|reembolsad\w*|devuelt\w*|devolvieron|rembours[ée]\w*|rimborsat\w*|restituit\w*"
    r"|terugbetaald|teruggestort|terug\s*gekregen|kreeg\s+\w+\s+terug)\b",
    re.IGNORECASE,
)
RE_CHARGE_CONTEXT = re.compile(
    r"\b(?:(?:over)?charg(?:e|ed|es|ing)\b|billed|debited|taken|deducted|abgezogen"
    r"|abgebucht|belastet|berechnet|cobr\w+"
    r"|cargad\w*|débit\w*|prélev\w*|addebit\w*|afgeschreven)",
    re.IGNORECASE,
)
RE_PAID_CONTEXT = re.compile(
    r"\b(?:paid|payment|total|costs?|bezahlt|gezahlt|zahlung|betrag|gesamt\w*|summe"
    r"|pagu[eé]|pagad[oa]s?|importe|pagato|pagamento|pay[ée]\w*|montant|importo|totale"
    r"|betaald|bedrag|totaal"
    # what is cancelled was paid for, and the whole of it goes back
    r"|cancel\w*|storn\w*|annul\w*|anular\w*)\b",
    re.IGNORECASE,
)
AMOUNT_CONTEXTS = (
    (RE_OWED_CONTEXT, 4),
    (RE_REFUND_CONTEXT, 3),
    (RE_CHARGE_CONTEXT, 2),
    (RE_PAID_CONTEXT, 1),
)
# Further words that make a bare number money, but rank no amount: a price,
# or how it was paid ("72.00 on klarna", "apple pay went through (27.50)").
RE_PRICE_CONTEXT = re.compile(
    r"\b(?:price[ds]?|priced|preis|precio|prix|prezzo|prijs|each|apiece|cada|pro\s+stück"
    r"|pay\s?pal|klarna|apple\s?pay|google\s?pay|visa|master\s?card|amex|card|karte|tarjeta"
    r"|carte|carta|kaart|bought|purchased|gekauft|compr[ée]|achet[ée]|comprat[oa]|gekocht)\b",
    re.IGNORECASE,
)
# Shipping costs and fees are mentioned beside the price ("shipping was $4 on
# top"); they are what the customer asks about only when asked for back in so
# many words.
RE_SHIPPING_CONTEXT = re.compile(
    r"\b(?:shipping|postage|delivery\s+(?:cost|fee|charge)s?|versand\w*|porto|env[ií]o"
    r"|livraison|frais\s+de\s+port|spedizion\w*|verzend\w*|verzending"
    # fees beside the price are the same ("$56.30 plus a $1.69 foreign transaction fee")
    r"|fees?\b|surcharge|gebühr\w*|comisi[oó]n|commissione|toeslag)",
    re.IGNORECASE,
)
# A shipping cost asked for back in a sentence of its own ("could you at least
# refund the shipping?"): the shipping amount named elsewhere is the one meant.
_FEW_WORDS = r"(?:\s+[^\W\d]+){0,3}?\s+"  # up to three words, no amount between
RE_SHIPPING_BACK = re.compile(
    rf"(?:{RE_REFUND_CONTEXT.pattern})\w*{_FEW_WORDS}(?:{RE_SHIPPING_CONTEXT.pattern})"
    rf"|(?:{RE_SHIPPING_CONTEXT.pattern})\w*{_FEW_WORDS}(?:{RE_REFUND_CONTEXT.pattern})",
    re.IGNORECASE,
)
# The sum of what came before ("$64.99 + $7.99 shipping ($72.98 total)",
# "2 x 14,50 €, soit 29,00 €"): said just before or just after the amount.
RE_TOTAL_BEFORE = re.compile(
    r"(?:\b(?:total|in\s+total|totale?|totaal|gesamt\w*|insgesamt|so|soit|also|d\.\s?h\."
    r"|es\s+decir|cioè|dus|oftewel|i\.e\.)|=)[^\w\n]{0,3}$",
    re.IGNORECASE,
)
RE_TOTAL_AFTER = re.compile(
    r"[^\S\n]{0,2}\(?[^\S\n]?"
    r"(?:(?:in\s+)?total|all\s+in|altogether|(?:en|au)\s+total|insgesamt|in\s+totale"
    r"|in\s+totaal|totaal)\b(?!\s*:)",
    re.IGNORECASE,
)
# A charge made twice; "2 x 14,50 €" is two items at one price.
RE_TWICE = re.compile(
    r"\b(?:twice|two\s+times|2\s*times|2\s*x(?!\s*[$€£]?\s*\d)|double"
    r"|zweimal|doppelt|dos\s+veces|deux\s+fois|due\s+volte|twee\s*keer|dubbel)\b",
    re.IGNORECASE,
)
REPEAT_BONUS = 0.3  # an amount named twice is the one the mail is about, within its tier
TOTAL_BONUS = 0.45  # above the nearer parts of the same tier, never above a stronger tier
REFUND_TIER = 3
PAID_TIER = 1
SHIPPING_BACK_RANK = REFUND_TIER + 0.99  # above any refund named beside it, below what is owed
PARTS_WIDTH = 150  # characters before a total in which its parts are named
CONTEXT_WIDTH = 40  # characters either side, within the clause

CONFIDENCE_WITH_CONTEXT = 0.9
CONFIDENCE_WITHOUT_CONTEXT = 0.7
CONFIDENCE_BARE = 0.6  # no currency: the customer's shop's, most likely, but unsaid
BARE_PENALTY = 0.5  # a bare number ranks below an amount with a currency and the same words


def find_amounts(text: str) -> list[Candidate]:
    """Every amount in `text`, ranked by the words around it.

    An amount with a currency is always one; a bare "58.00" only near a money word.
    """
    shipping_back = RE_SHIPPING_BACK.search(text) is not None
    found = _with_currency(text, shipping_back=shipping_back)
    taken = [(c.start, c.start + len(c.fact.source_text)) for c in found]
    currencies = {c.fact.value.amount: c.fact.value.currency for c in found}
    for match in RE_BARE_AMOUNT.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        candidate = _bare(text, match, shipping_back=shipping_back, currencies=currencies)
        if candidate is not None:
            found.append(candidate)
    found = _named_again(sorted(found, key=lambda candidate: candidate.start))
    return _totals_above_their_parts(text, found)


def _named_again(found: list[Candidate]) -> list[Candidate]:
    """Amounts named twice, ranked up within their tier.

    "the bank took £89.99 AND £8.99 separately, is the 8.99 some kind of fee??"
    """
    counts = Counter(candidate.fact.value.amount for candidate in found)
    return [
        replace(c, rank=min(c.rank + REPEAT_BONUS, math.floor(c.rank) + 0.99))
        if counts[c.fact.value.amount] > 1
        else c
        for c in found
    ]


def _totals_above_their_parts(text: str, found: list[Candidate]) -> list[Candidate]:
    """Each total ranked above the amounts it adds up, named before it in its sentence.

    "paid with paypal 42.50 plus 4.95 shipping so 47.45 all in": what was
    paid is the sum, though "paid" stands nearer the price. Only amounts not
    asked back are parts; "refund the 42.50" still names the one asked about.
    """
    ranked = []
    for index, candidate in enumerate(found):
        end = candidate.start + len(candidate.fact.source_text)
        if candidate.rank < REFUND_TIER and _total(text, candidate.start, end):
            sentence = window_before(text, candidate.start, PARTS_WIDTH, RE_SENTENCE_END)
            first = candidate.start - len(sentence)
            parts = [c.rank for c in found[:index] if c.start >= first and c.rank < REFUND_TIER]
            if parts and max(parts) >= candidate.rank:
                candidate = replace(candidate, rank=max(parts) + 0.01)
        ranked.append(candidate)
    return ranked


def _shipping_rank(
    text: str, start: int, end: int, tier: int, *, shipping_back: bool
) -> float | None:
    """The rank of a shipping cost, or None when the amount is none, or is asked back itself.

    A shipping cost ranks first when the customer asks for the shipping
    back, and last otherwise. Shipping named beside another amount ("$64.99 +
    $7.99 shipping ($72.98 total)") is the cost of the one next to it, so
    only the words up to the neighbouring amounts count; a total is never a
    shipping cost.
    """
    if _total(text, start, end):
        return None
    before, after = _own_words(text, start, end)
    if not (RE_SHIPPING_CONTEXT.search(before) or RE_SHIPPING_CONTEXT.search(after)):
        return None
    if shipping_back:
        return SHIPPING_BACK_RANK
    return None if tier >= REFUND_TIER else -1.0


def _total(text: str, start: int, end: int) -> bool:
    """Whether the amount is said to be the sum ("so 47.45 all in", "Total: $45.99").

    Not the sum of a charge made twice ("charged $29.99 twice, so $59.98 in
    total"): the customer contests one of them.
    """
    before = text[max(0, start - 15) : start]
    if not (RE_TOTAL_BEFORE.search(before) or RE_TOTAL_AFTER.match(text, end, end + 20)):
        return False
    sentence = window_before(text, start, PARTS_WIDTH, RE_SENTENCE_END)
    return RE_TWICE.search(sentence) is None


def _own_words(text: str, start: int, end: int) -> tuple[str, str]:
    """The clause's words on each side of an amount, up to the amounts next to it.

    A line of its own ends them too: "Item $40.00" and "Shipping $5.99" are rows.
    """
    before = window_before(text, start, CONTEXT_WIDTH, RE_ROW_BREAK)
    after = window_after(text, end, CONTEXT_WIDTH, RE_ROW_BREAK)
    ends = [match.end() for match in RE_ANY_AMOUNT.finditer(before)]
    first = RE_ANY_AMOUNT.search(after)
    return before[ends[-1] :] if ends else before, after[: first.start()] if first else after


def _bare(
    text: str,
    match: re.Match[str],
    *,
    shipping_back: bool,
    currencies: dict[Decimal, str | None],
) -> Candidate | None:
    """A number without a currency as an amount, when the words around make it money.

    A number named before with its currency ("charged $3.20 ... I want the
    3.20 back") is that money again, with that currency.
    """
    raw = match.group("number")
    before = text[max(0, match.start() - 10) : match.start()]
    day_month = RE_DAY_MONTH.fullmatch(raw)
    date_like = (
        day_month is not None and int(day_month["day"]) <= 31 and int(day_month["month"]) <= 12
    )
    if date_like and (text.startswith(".", match.end()) or RE_DATE_BEFORE.search(before)):
        return None
    start, end = match.start(), match.end()
    tier, distance = _context(text, start, end, RE_CLAUSE_BREAK)
    amount = parse_amount(raw)
    named_before = amount in currencies
    money_words = (RE_PRICE_CONTEXT, RE_SHIPPING_CONTEXT)
    if not (
        tier
        or named_before
        or any(_near(word, text, start, end, RE_CLAUSE_BREAK) for word in money_words)
    ):
        return None
    if amount <= 0:
        return None
    tier = _refunded_already(text, start, end, tier)
    shipping = _shipping_rank(text, start, end, tier, shipping_back=shipping_back)
    if shipping is not None:
        rank = shipping
    else:
        closeness = 0.5 * (1 - distance / (CONTEXT_WIDTH + 1)) if tier else 0.0
        rank = tier + closeness + (TOTAL_BONUS if _total(text, start, end) else 0.0)
    if named_before:
        fact = Fact(Money(amount, currencies[amount]), CONFIDENCE_WITHOUT_CONTEXT, raw)
        return Candidate(fact, rank, start)
    fact = Fact(Money(amount, None), CONFIDENCE_BARE, raw)
    return Candidate(fact, rank - BARE_PENALTY, start)


def _refunded_already(text: str, start: int, end: int, tier: int) -> int:
    """The tier of an amount, lowered to a payment's when it is a part already refunded."""
    if tier != REFUND_TIER:
        return tier
    before = window_before(text, start, CONTEXT_WIDTH, RE_LIST_BREAK)
    after = window_after(text, end, CONTEXT_WIDTH, RE_LIST_BREAK)
    if RE_ONLY.search(before) and (RE_REFUNDED.search(before) or RE_REFUNDED.search(after)):
        return PAID_TIER
    return tier


def _with_currency(text: str, *, shipping_back: bool) -> list[Candidate]:
    """Every amount with a currency in `text`, ranked by the words around it."""
    found = []
    for match in RE_AMOUNT.finditer(text):
        money = _money(match)
        if money is None:
            continue
        start, end = match.start(), match.end()
        tier, distance = _context(text, start, end)
        tier = _refunded_already(text, start, end, tier)
        if (match.group("post_code") or "").lower() in WEIGHT_OR_MONEY and (
            RE_WEIGHED.match(text, end) or not (tier or _near(RE_PRICE_CONTEXT, text, start, end))
        ):
            continue
        shipping = _shipping_rank(text, start, end, tier, shipping_back=shipping_back)
        total = TOTAL_BONUS if _total(text, start, end) else 0.0
        if shipping is not None:
            rank = shipping
            confidence = CONFIDENCE_WITH_CONTEXT if shipping_back else CONFIDENCE_WITHOUT_CONTEXT
        elif tier:
            # Closer context words rank higher, but never above a stronger tier.
            rank = tier + 0.5 * (1 - distance / (CONTEXT_WIDTH + 1)) + total
            confidence = CONFIDENCE_WITH_CONTEXT
        else:
            rank, confidence = total, CONFIDENCE_WITHOUT_CONTEXT
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
