"""Order numbers: "#1001", "Order 4521", "Bestellnummer: 4711", "112-1234567-1234567"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from inboxbot.extraction.common import Candidate
from inboxbot.models import Fact

# An order number after a word that names it. German and Dutch glue "number"
# onto the noun (Bestellnummer, bestelnummer); French and Spanish put a
# "n°"/"nº" between. The filler may repeat: "order number is: #1001".
RE_ORDER_NUMBER = re.compile(
    r"""
    \b(?:
        orders? | purchase
      | bestell(?:ung|nummer|-?nr\b\.?) | auftrag(?:snummer)?      # German
      | pedido | compra                                           # Spanish
      | commande | achat                                          # French
      | ordine | acquisto                                         # Italian
      | bestel(?:ling|nummer) | ordernummer                       # Dutch
    )(?![^\W\d_])   # a letter would make it another word ("ordered"); "order1001" is a typo
    (?:\s*(?:
        [:\#-] | n[°º] | n\.º | n\. | nr\b\.? | no\b\.? | number\b | n(?:u|ú)mero\b
      | num[ée]ro\b | nummer\b | num\b\.? | id\b | ref(?:erence)?\b\.?
      | is\b | ist\b | es\b | est\b | è
    )){0,4}
    \s*
    (?P<number>(?:[A-Z]{1,4}-?)?\d+(?:-\d+)*)
    (?![\w-])
    """,
    re.IGNORECASE | re.VERBOSE,
)

# A number named only as "the number" ("Die Nummer ist 66120", "(número
# 30551)", "n° 4471"), as customers answer a shop that asked for it. Only
# "is" or ":" may stand between: "número de teléfono", "numéro de suivi" name
# other numbers. Trusted less than "#1001", and never when it reads like a
# phone number or a numbered thing (RE_NOT_ORDER_BEFORE, RE_PHONE_GROUPS).
RE_NUMBER_WORD = re.compile(
    r"""
    (?:
        \b(?:number|nummer|n[uú]mero|num[ée]ro)\b(?:\s*(?:is|ist|es|est|è|:))*
      | (?<!\w)n[°º]
    )
    \s*\#?\s*
    (?P<number>(?:[A-Z]{1,4}-?)?\d+(?:-\d+)*)
    (?![\w-])
    """,
    re.IGNORECASE | re.VERBOSE,
)

# A number followed by more groups of digits is a phone number ("my number is
# 0161 496 0753", "Mi número es 612 345 678").
RE_PHONE_GROUPS = re.compile(r"[ /.]\d")

# "#1001" on its own: Shopify and most shop systems write order numbers so.
# Not right after markup ('="#000000"', "background:#556677"): those are colours.
RE_HASH_ORDER = re.compile(
    r"(?<![\w&#=\"':])\#\s?(?P<number>(?:[A-Z]{1,4}-?)?\d{3,}(?:-\d+)*)(?![\w-])", re.IGNORECASE
)

# Amazon order ids have a shape nothing else in a mail has: 3-7-7 digits.
RE_AMAZON_ORDER = re.compile(r"(?<![\d-])(?P<number>\d{3}-\d{7}-\d{7})(?![\d-])")

# A shop prefix and digits ("WC-3321"); upper case only, since "ab-123" is rarely one.
RE_PREFIXED_ORDER = re.compile(r"(?<![\w-])(?P<number>[A-Z]{2,4}-\d{3,})(?![\w-])")

# Prefixes of well-known numbers that look like "WC-3321" but are no orders.
NOT_ORDER_PREFIXES = frozenset({"CVE", "DIN", "EAN", "EN", "INV", "ISO", "SKU", "TKT"})

# A number named as something else just before it ("tracking #123", "invoice #12588").
RE_NOT_ORDER_BEFORE = re.compile(
    r"""
    \b(?:
        tracking | track | trace | sendung\w* | seguimiento | suivi | tracciamento
      | invoice | bill | receipt | rechnung\w* | factura | facture | fattura | factuur
      | ticket | case | issue | sku | item | artikel | article | art
      | apt | apartment | suite | unit | room | flat | house | phone | tel | iban | account
      | konto | zip | postcode | plz | customer | kunden\w* | client
      | colou?r | bgcolor | background | fill | stroke
      | mobile | cell | handy | m[oó]vil | portable | cellulare | telefon\w* | tel[ée]fono
      | model | serial | part | product | card | voucher | coupon | gift | street
      | example | e\.g | beispiel | z\.\s?b | ejemplo | exemple | esempio | voorbeeld
    )
    \W*(?:number|no|nr|n[°º]|id)?\W*$
    """,
    re.IGNORECASE | re.VERBOSE,
)

# What may not follow a number for it to be an order number: a decimal part or
# a date's next field ("1001.50", "04/11"), a currency, or a unit ("150 items").
RE_NOT_ORDER_AFTER = re.compile(
    r"""
    [.,/:]\d
    | \s?(?:[$€£%]|(?:usd|eur|gbp|chf|dollars?|euros?)\b)
    | \s+(?:items?|pieces?|pcs|units?|x|times|pairs?|days?|weeks?|months?|years?
           |stück|stk|artikel|tage?n?|wochen?|unidades|piezas|días|pièces|articles
           |jours|pezzi|articoli|giorni|stuks|dagen)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)

RE_DATE_SHAPE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4}")
RE_YEAR = re.compile(r"(?:19|20)\d\d")

CONFIDENCE_SHOP = 0.95  # the shop's own pattern (shop.order_number_patterns)
CONFIDENCE_NAMED = 0.9  # "order 4521", "Bestellnummer: 4711"
CONFIDENCE_YEAR_LIKE = 0.6  # "order 2026" may be a number, or a year
CONFIDENCE_AMAZON = 0.85
CONFIDENCE_HASH = 0.75
CONFIDENCE_NUMBER_WORD = 0.7
CONFIDENCE_PREFIXED = 0.5


def find_order_numbers(text: str, shop_patterns: Sequence[str] = ()) -> list[Candidate]:
    """Every plausible order number in `text`, in the order they appear.

    `shop_patterns` are the shop's own regular expressions for its order
    numbers; the group "number", if there is one, is the value.
    """
    found: list[Candidate] = []
    for source in shop_patterns:
        pattern = re.compile(source)
        for match in pattern.finditer(text):
            value = match.group("number") if "number" in pattern.groupindex else match.group()
            fact = Fact(value.upper(), CONFIDENCE_SHOP, match.group().strip())
            found.append(Candidate(fact, CONFIDENCE_SHOP, match.start()))
    for match in RE_ORDER_NUMBER.finditer(text):
        number = match.group("number")
        if _plausible(text, match) and not RE_DATE_SHAPE.fullmatch(number):
            year_like = RE_YEAR.fullmatch(number) is not None
            confidence = CONFIDENCE_YEAR_LIKE if year_like else CONFIDENCE_NAMED
            found.append(_candidate(text, match, confidence))
    standalone = (
        (RE_AMAZON_ORDER, CONFIDENCE_AMAZON),
        (RE_HASH_ORDER, CONFIDENCE_HASH),
        (RE_NUMBER_WORD, CONFIDENCE_NUMBER_WORD),
        (RE_PREFIXED_ORDER, CONFIDENCE_PREFIXED),
    )
    for pattern, confidence in standalone:
        for match in pattern.finditer(text):
            number = match.group("number")
            if number.split("-")[0].upper() in NOT_ORDER_PREFIXES:
                continue
            if pattern is RE_NUMBER_WORD and RE_PHONE_GROUPS.match(text, match.end()):
                continue
            if RE_NOT_ORDER_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
                continue
            if _plausible(text, match):
                found.append(_candidate(text, match, confidence))
    return sorted(found, key=lambda candidate: candidate.start)


def _plausible(text: str, match: re.Match[str]) -> bool:
    """Whether the number has enough digits and is not a price, date or quantity."""
    digits = sum(char.isdigit() for char in match.group("number"))
    return 3 <= digits <= 30 and not RE_NOT_ORDER_AFTER.match(text, match.end())


def _candidate(text: str, match: re.Match[str], confidence: float) -> Candidate:
    """A candidate whose value drops the "#" and the naming word, upper-cased."""
    value = match.group("number").upper()
    fact = Fact(value, confidence, text[match.start() : match.end()].strip())
    return Candidate(fact, confidence, match.start())
