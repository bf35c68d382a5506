"""Which language a customer wrote in, so the reply can be in it too.

Short support mail is poor ground for statistical detectors, but it is full
of the small words each language cannot do without; counting those is
enough to tell English, German, Spanish, French, Italian and Dutch apart, and
says "no idea" (None) rather than guess when too few are found.
"""

from __future__ import annotations

import re
from decimal import Decimal

from inboxbot.models import Money, money_text

# Frequent words that are rare in the other five languages (no "de", "en",
# "die" or "in": they are common to several).
COMMON_WORDS = {
    "en": "the and it my you your was have this that with for not please thanks would what "
    "i've i'm don't it's can order received arrived",
    "de": "und ich ist nicht mit das der ein eine mein meine bitte danke habe wurde auf für "
    "sie ihr noch bestellung bei auch",
    "es": "el los las y por para una pero gracias hola está pedido muy como sus lo mis "
    "compré recibí",
    "fr": "le les et je est pas mon ma mes une pour avec vous merci bonjour ai commande "
    "été au qui ce",
    "it": "il gli che è non mio mia per sono grazie ho ordine buongiorno della anche questo",
    "nl": "het een ik niet mijn met voor van dat bedankt graag heb bestelling nog maar ook wel",
}
WORDS = {language: frozenset(words.split()) for language, words in COMMON_WORDS.items()}
RE_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
MIN_HITS = 2  # fewer telling words than this: too little to say


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language `text` is written in, or None when unsure."""
    counts = dict.fromkeys(WORDS, 0)
    for word in RE_WORD.findall(text.lower()[:4000]):
        for language, words in WORDS.items():
            if word in words:
                counts[language] += 1
    best = max(counts, key=lambda language: counts[language])
    ranked = sorted(counts.values(), reverse=True)
    if ranked[0] < MIN_HITS or ranked[0] == ranked[1]:
        return None
    return best


# How a reply names where the money goes back to, in each reply language.
PAYMENT_METHOD_TEXTS = {
    "en": {
        "visa": "Visa card",
        "mastercard": "Mastercard",
        "amex": "American Express card",
        "maestro": "Maestro card",
        "card": "card",
        "paypal": "PayPal account",
        "apple_pay": "Apple Pay card",
        "google_pay": "Google Pay card",
        "shop_pay": "Shop Pay card",
        "klarna": "Klarna account",
        "bank_transfer": "bank account",
    },
    "de": {
        "visa": "Visa-Karte",
        "mastercard": "Mastercard",
        "amex": "American-Express-Karte",
        "maestro": "Maestro-Karte",
        "card": "Karte",
        "paypal": "PayPal-Konto",
        "apple_pay": "Apple-Pay-Karte",
        "google_pay": "Google-Pay-Karte",
        "shop_pay": "Shop-Pay-Karte",
        "klarna": "Klarna-Konto",
        "bank_transfer": "Bankkonto",
    },
    "es": {
        "visa": "tarjeta Visa",
        "mastercard": "tarjeta Mastercard",
        "amex": "tarjeta American Express",
        "maestro": "tarjeta Maestro",
        "card": "tarjeta",
        "paypal": "cuenta de PayPal",
        "apple_pay": "tarjeta de Apple Pay",
        "google_pay": "tarjeta de Google Pay",
        "shop_pay": "tarjeta de Shop Pay",
        "klarna": "cuenta de Klarna",
        "bank_transfer": "cuenta bancaria",
    },
    "fr": {
        "visa": "carte Visa",
        "mastercard": "carte Mastercard",
        "amex": "carte American Express",
        "maestro": "carte Maestro",
        "card": "carte",
        "paypal": "compte PayPal",
        "apple_pay": "carte Apple Pay",
        "google_pay": "carte Google Pay",
        "shop_pay": "carte Shop Pay",
        "klarna": "compte Klarna",
        "bank_transfer": "compte bancaire",
    },
}
SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}


def money_in(amount: Decimal, currency: str | None, language: str) -> str:
    """An amount as a reply in `language` writes it: "€49.90", "49,90 €"."""
    if language == "en" or language not in PAYMENT_METHOD_TEXTS:
        return money_text(Money(amount, currency))
    if language != "fr":
        number = f"{amount:,.2f}".replace(",", "#").replace(".", ",").replace("#", ".")
    else:
        number = f"{amount:,.2f}".replace(",", "\u202f").replace(".", ",")
    return f"{number} {SYMBOLS.get(currency or '', currency or '')}".strip()
