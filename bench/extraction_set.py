"""Write the extraction set: customer mail with the true order facts, for bench/extraction.py.

Each message is put together from pieces written for inboxbot in six
languages: a greeting, sentences that state the order number, the order date,
the amount, the payment method and the reason (each in several ways, some left
out), things that look like facts but are not (tracking and phone numbers,
shipping costs, delivery dates), a closing, and sometimes the shop's earlier
reply quoted below or an HTML-only body. The true value of every field is
known from the pieces chosen, so the set needs no hand labelling; a fixed seed
keeps it stable.

    python bench/extraction_set.py            # writes bench/data/extraction_set.jsonl
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent / "data" / "extraction_set.jsonl"
SEED = 6
PER_LANGUAGE = {"en": 90, "de": 60, "es": 45, "fr": 45, "it": 20, "nl": 20}
ZONE = ZoneInfo("Europe/Berlin")
SENT_AT = [
    datetime(2026, 11, 20, 9, 30, tzinfo=UTC),  # a Friday
    datetime(2026, 11, 23, 7, 5, tzinfo=UTC),  # a Monday
    datetime(2026, 12, 2, 16, 45, tzinfo=UTC),  # a Wednesday
    datetime(2026, 10, 31, 23, 20, tzinfo=UTC),  # already 1 November in Berlin
]

# --- order numbers: (shape as written, value) --------------------------------------------

NUMBERS = [
    ("#{d4}", "{d4}"),
    ("#{d5}", "{d5}"),
    ("{d4}", "{d4}"),
    ("A-{d5}", "A-{d5}"),
    ("WC-{d4}", "WC-{d4}"),
    ("{amazon}", "{amazon}"),
    ("#SH{d5}", "SH{d5}"),
    ("{d6}", "{d6}"),
]
NUMBER_PHRASES = {
    "en": [
        "My order number is {n}.",
        "This is about order {n}.",
        "I'm writing about my order {n}.",
        "Order {n}.",
        "(order no. {n})",
        "Order number: {n}",
        "It's order {n} from your shop.",
    ],
    "de": [
        "Meine Bestellnummer ist {n}.",
        "Es geht um die Bestellung {n}.",
        "Bestell-Nr. {n}",
        "Bestellung {n}:",
        "(Bestellnummer: {n})",
    ],
    "es": [
        "Mi número de pedido es {n}.",
        "Les escribo por el pedido {n}.",
        "Pedido nº {n}:",
        "(pedido {n})",
    ],
    "fr": [
        "Mon numéro de commande est {n}.",
        "Je vous écris au sujet de la commande {n}.",
        "Commande n° {n} :",
        "(commande {n})",
    ],
    "it": ["Il mio numero d'ordine è {n}.", "Vi scrivo per l'ordine {n}.", "Ordine n. {n}:"],
    "nl": ["Mijn bestelnummer is {n}.", "Het gaat om bestelling {n}.", "Bestelling {n}:"],
}

# --- order dates: (phrase, how it resolves) ------------------------------------------------
# A resolver is ("abs", date) or ("days", n) for n days before the mail's day in
# Berlin, or ("weekday", w) for the last weekday w (0 = Monday) before it.

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
    "novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
}
DATE_FORMS = {
    "en": [
        ("on {day} {month}", "abs"),
        ("on {month} {day}", "abs"),
        ("on {day} {month} {year}", "abs"),
        ("on {iso}", "abs"),
        ("yesterday", ("days", 1)),
        ("{count} days ago", "days"),
        ("{weeks} weeks ago", "weeks"),
        ("last {weekday}", "weekday"),
    ],
    "de": [
        ("am {day}. {month}", "abs"),
        ("am {day}. {month} {year}", "abs"),
        ("am {dmy}", "abs"),
        ("gestern", ("days", 1)),
        ("vor {count} Tagen", "days"),
        ("vor {weeks} Wochen", "weeks"),
        ("letzten {weekday}", "weekday"),
    ],
    "es": [
        ("el {day} de {month}", "abs"),
        ("el {day} de {month} de {year}", "abs"),
        ("el {dmy_slash}", "abs"),
        ("ayer", ("days", 1)),
        ("hace {count} días", "days"),
        ("hace {weeks} semanas", "weeks"),
    ],
    "fr": [
        ("le {day} {month}", "abs"),
        ("le {day} {month} {year}", "abs"),
        ("le {dmy_slash}", "abs"),
        ("hier", ("days", 1)),
        ("il y a {count} jours", "days"),
        ("il y a {weeks} semaines", "weeks"),
    ],
    "it": [("il {day} {month}", "abs"), ("ieri", ("days", 1)), ("{count} giorni fa", "days")],
    "nl": [
        ("op {day} {month}", "abs"),
        ("gisteren", ("days", 1)),
        ("{count} dagen geleden", "days"),
    ],
}
DATE_PHRASES = {
    "en": [
        "I ordered it {d}.",
        "I placed the order {d}.",
        "I bought it {d}.",
        "I ordered the {product} {d}.",
        "I made the purchase {d}.",
    ],
    "de": [
        "Ich habe {d} bestellt.",
        "Ich habe {d} bei Ihnen bestellt.",
        "Gekauft habe ich es {d}.",
    ],
    "es": ["Lo pedí {d}.", "Hice el pedido {d}.", "Compré el artículo {d}."],
    "fr": ["J'ai commandé {d}.", "J'ai passé ma commande {d}.", "J'ai acheté l'article {d}."],
    "it": ["Ho ordinato {d}.", "L'ho acquistato {d}."],
    "nl": ["Ik heb {d} besteld.", "Ik heb het {d} gekocht."],
}

# --- amounts: (written, amount, currency) and the words that ask about them ---------------

AMOUNTS = {
    "en": [
        ("${a}", "USD"),
        ("£{a}", "GBP"),
        ("€{a}", "EUR"),
        ("{a} dollars", "USD"),
        ("USD {a}", "USD"),
        ("{a} EUR", "EUR"),
        ("CA${a}", "CAD"),
    ],
    "de": [
        ("{a_de} €", "EUR"),
        ("{a_de} EUR", "EUR"),
        ("EUR {a_de}", "EUR"),
        ("{a_de} CHF", "CHF"),
    ],
    "es": [("{a_de} €", "EUR"), ("{a_de} euros", "EUR"), ("{a} USD", "USD")],
    "fr": [("{a_fr} €", "EUR"), ("{a_de} EUR", "EUR"), ("{a_de} CHF", "CHF")],
    "it": [("{a_de} €", "EUR"), ("€ {a_de}", "EUR")],
    "nl": [("€ {a_de}", "EUR"), ("{a_de} euro", "EUR")],
}
AMOUNT_PHRASES = {
    "en": [
        "I paid {m} for it.",
        "Please refund the {m}.",
        "I was charged {m}.",
        "I'd like my {m} back.",
        "The total was {m}.",
    ],
    "de": [
        "Ich habe {m} bezahlt.",
        "Bitte erstatten Sie mir die {m}.",
        "Mir wurden {m} abgebucht.",
    ],
    "es": ["Pagué {m}.", "Me cobraron {m}.", "Quiero que me devuelvan los {m}."],
    "fr": ["J'ai payé {m}.", "On m'a débité {m}.", "Je souhaite le remboursement des {m}."],
    "it": ["Ho pagato {m}.", "Chiedo il rimborso di {m}."],
    "nl": ["Ik heb {m} betaald.", "Graag de {m} terugbetalen."],
}
# A second amount that is not the one asked about, always with shipping words.
SHIPPING_NOTES = {
    "en": "Shipping was {m} on top of that.",
    "de": "Dazu kamen {m} Versand.",
    "es": "El envío costó {m} aparte.",
    "fr": "La livraison était de {m} en plus.",
    "it": "La spedizione era {m} a parte.",
    "nl": "De verzending was {m} extra.",
}

# --- payment methods: (written, value) ------------------------------------------------------

METHODS = {
    "en": [
        ("PayPal", "paypal"),
        ("my Visa card", "visa"),
        ("Mastercard", "mastercard"),
        ("Apple Pay", "apple_pay"),
        ("Google Pay", "google_pay"),
        ("Shop Pay", "shop_pay"),
        ("Klarna", "klarna"),
        ("bank transfer", "bank_transfer"),
        ("my credit card", "card"),
        ("American Express", "amex"),
    ],
    "de": [
        ("PayPal", "paypal"),
        ("Kreditkarte", "card"),
        ("Überweisung", "bank_transfer"),
        ("Klarna", "klarna"),
        ("Visa", "visa"),
        ("Apple Pay", "apple_pay"),
    ],
    "es": [
        ("PayPal", "paypal"),
        ("tarjeta de crédito", "card"),
        ("transferencia bancaria", "bank_transfer"),
        ("Visa", "visa"),
        ("Google Pay", "google_pay"),
    ],
    "fr": [
        ("PayPal", "paypal"),
        ("carte bancaire", "card"),
        ("virement bancaire", "bank_transfer"),
        ("Mastercard", "mastercard"),
        ("Apple Pay", "apple_pay"),
    ],
    "it": [
        ("PayPal", "paypal"),
        ("carta di credito", "card"),
        ("bonifico bancario", "bank_transfer"),
    ],
    "nl": [("PayPal", "paypal"), ("creditcard", "card"), ("Klarna", "klarna")],
}
METHOD_PHRASES = {
    "en": ["I paid with {p}.", "Payment was by {p}.", "It went through {p}."],
    "de": ["Bezahlt habe ich mit {p}.", "Die Zahlung lief über {p}."],
    "es": ["Pagué con {p}.", "El pago fue con {p}."],
    "fr": ["J'ai payé par {p}.", "Le paiement a été fait par {p}."],
    "it": ["Ho pagato con {p}."],
    "nl": ["Ik heb betaald met {p}."],
}

# --- reasons: (sentence, reason) ------------------------------------------------------------

REASONS = {
    "en": [
        ("The {product} arrived broken.", "damaged"),
        ("It came with a big crack down the side.", "damaged"),
        ("You sent me the wrong item, I got a {product} in the wrong colour.", "wrong_item"),
        ("It looks nothing like the photos on your site.", "not_as_described"),
        ("It arrived two weeks too late for the birthday it was meant for.", "late"),
        ("The parcel never arrived.", "not_received"),
        ("The shoes are too small, even though I ordered my usual size.", "size_fit"),
        ("I changed my mind and don't need it any more.", "changed_mind"),
        ("I was charged twice for the same order.", "duplicate_charge"),
        ("I don't recognise this charge on my statement.", "unauthorised"),
        ("Why was I charged a fee for the return?", "fee"),
        ("", None),
    ],
    "de": [
        ("Die {product} kam kaputt an.", "damaged"),
        ("Das Paket war beschädigt und der Inhalt zerbrochen.", "damaged"),
        ("Ich habe den falschen Artikel bekommen.", "wrong_item"),
        ("Die Ware entspricht nicht der Beschreibung.", "not_as_described"),
        ("Das Paket ist nie angekommen.", "not_received"),
        ("Die Schuhe sind leider zu klein.", "size_fit"),
        ("Ich habe es mir anders überlegt.", "changed_mind"),
        ("Sie haben den Betrag doppelt abgebucht.", "duplicate_charge"),
        ("Die Lieferung kam viel zu spät.", "late"),
        ("", None),
    ],
    "es": [
        ("La {product} llegó rota.", "damaged"),
        ("Me enviaron un producto equivocado.", "wrong_item"),
        ("El pedido no ha llegado todavía.", "not_received"),
        ("Los zapatos me quedan demasiado pequeños.", "size_fit"),
        ("Me han cobrado dos veces.", "duplicate_charge"),
        ("No reconozco este cargo.", "unauthorised"),
        ("He cambiado de opinión.", "changed_mind"),
        ("", None),
    ],
    "fr": [
        ("Le {product} est arrivé cassé.", "damaged"),
        ("J'ai reçu le mauvais article.", "wrong_item"),
        ("Le colis n'est jamais arrivé.", "not_received"),
        ("Les chaussures sont trop petites.", "size_fit"),
        ("J'ai été débité deux fois.", "duplicate_charge"),
        ("L'article ne correspond pas à la description.", "not_as_described"),
        ("J'ai changé d'avis.", "changed_mind"),
        ("", None),
    ],
    "it": [
        ("Il {product} è arrivato rotto.", "damaged"),
        ("Il pacco non è mai arrivato.", "not_received"),
        ("Mi avete addebitato due volte.", "duplicate_charge"),
        ("", None),
    ],
    "nl": [
        ("De {product} is kapot aangekomen.", "damaged"),
        ("Ik heb mijn pakket niet ontvangen.", "not_received"),
        ("De schoenen zijn te klein.", "size_fit"),
        ("", None),
    ],
}
PRODUCTS = {
    "en": ["vase", "lamp", "teapot", "mirror", "desk chair", "rug"],
    "de": ["Vase", "Lampe", "Teekanne", "Tasse"],
    "es": ["lámpara", "taza", "tetera", "silla"],
    "fr": ["vase", "miroir", "bol", "fauteuil"],
    "it": ["vaso", "piatto", "specchio"],
    "nl": ["vaas", "lamp", "mok"],
}

# --- the rest of a mail ------------------------------------------------------------------

GREETINGS = {
    "en": [
        "Hi,",
        "Hello,",
        "Hi there,",
        "Dear Sir or Madam,",
        "Hello {shop} team,",
        "Good morning,",
    ],
    "de": ["Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,", "Hallo {shop}-Team,"],
    "es": ["Hola,", "Buenos días,", "Estimados señores:"],
    "fr": ["Bonjour,", "Madame, Monsieur,", "Bonjour l'équipe {shop},"],
    "it": ["Buongiorno,", "Salve,"],
    "nl": ["Hallo,", "Goedemiddag,"],
}
ASKS = {
    "en": [
        "Could you please refund me?",
        "I would like a refund please.",
        "What can you do about this?",
        "Please sort this out as soon as possible.",
        "Can I get my money back?",
    ],
    "de": ["Ich bitte um Erstattung.", "Was können Sie da machen?", "Bitte melden Sie sich bald."],
    "es": ["¿Me pueden hacer el reembolso?", "Quisiera una solución, por favor."],
    "fr": ["Pouvez-vous me rembourser ?", "Merci de me dire ce que vous proposez."],
    "it": ["Potete rimborsarmi?", "Attendo una risposta."],
    "nl": ["Kunnen jullie mij terugbetalen?", "Graag een reactie."],
}
CLOSINGS = {
    "en": ["Thanks,\n{name}", "Best regards,\n{name}", "Cheers,\n{name}", "Kind regards\n{name}"],
    "de": ["Viele Grüße\n{name}", "Mit freundlichen Grüßen\n{name}", "Danke und Gruß\n{name}"],
    "es": ["Gracias,\n{name}", "Un saludo,\n{name}"],
    "fr": ["Merci,\n{name}", "Cordialement,\n{name}", "Bien à vous,\n{name}"],
    "it": ["Grazie,\n{name}", "Cordiali saluti,\n{name}"],
    "nl": ["Groeten,\n{name}", "Met vriendelijke groet,\n{name}"],
}
NAMES = {
    "en": ["Jane Miller", "Tom Baker", "Priya Shah", "Aoife Byrne", "Marcus Lee", "Sarah O'Neill"],
    "de": ["Anna Schmidt", "Jonas Becker", "Claudia Wolf", "Mehmet Yilmaz"],
    "es": ["Lucía Fernández", "Javier Ortega", "Carmen Ruiz"],
    "fr": ["Camille Martin", "Julien Roux", "Léa Dubois"],
    "it": ["Giulia Russo", "Marco Bianchi"],
    "nl": ["Sanne de Vries", "Daan Jansen"],
}
# Numbers and dates that are no order facts: a careful extractor leaves them alone.
DISTRACTORS = {
    "en": [
        "The tracking number is 1Z999AA10123456784 and it hasn't moved.",
        "You can reach me on 0161 496 0753.",
        "It was delivered on {other_date}.",
        "My address is 14 Station Road, Leeds LS1 4DY.",
        "Ticket #88213 was opened last week but nobody replied.",
    ],
    "de": [
        "Die Sendungsnummer ist 00340434161094042557.",
        "Sie erreichen mich unter 030 1234567.",
        "Geliefert wurde am {other_date}.",
        "Meine Adresse: Hauptstraße 12, 10115 Berlin.",
    ],
    "es": ["Mi teléfono es 612 345 678.", "Se entregó el {other_date}."],
    "fr": ["Mon numéro de suivi est 6A12345678901.", "Il a été livré le {other_date}."],
    "it": ["Il mio numero di telefono è 347 123 4567."],
    "nl": ["Mijn telefoonnummer is 06 12345678."],
}
QUOTE_HEADERS = {
    "en": "On {when}, {shop} Support <support@shop.example> wrote:",
    "de": "Am {when} schrieb {shop} Support <support@shop.example>:",
    "es": "El {when}, {shop} Support <support@shop.example> escribió:",
    "fr": "Le {when}, {shop} Support <support@shop.example> a écrit :",
    "it": "Il giorno {when} {shop} Support <support@shop.example> ha scritto:",
    "nl": "Op {when} schreef {shop} Support <support@shop.example>:",
}
# The shop's earlier reply: it names an example order number and an amount of its own.
QUOTED_REPLIES = [
    "Thank you for writing to us. To find your order I need the order number. It's in the "
    "order confirmation and starts with a # (for example #1001).",
    "Thanks for your message. Orders usually arrive within 3-5 business days; returns cost "
    "$4.95 unless the item is faulty.",
    "Your refund for order #20877 of €12.50 has been processed.",
]
SHOPS = ["Acme Homewares", "Nordlicht Design", "Casa Olivo", "Maison Lumière"]


def _digits(rng: random.Random, count: int) -> str:
    return str(rng.randint(10 ** (count - 1), 10**count - 1))


def _number(rng: random.Random) -> tuple[str, str]:
    written, value = rng.choice(NUMBERS)
    fill = {
        "d4": _digits(rng, 4),
        "d5": _digits(rng, 5),
        "d6": _digits(rng, 6),
        "amazon": f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}",
    }
    return written.format(**fill), value.format(**fill)


def _amount(rng: random.Random, language: str) -> tuple[str, str, str]:
    """An amount as the customer writes it, its value, and its currency."""
    whole = rng.choice([9, 12, 24, 38, 42, 49, 89, 120, 249, 1299])
    cents = rng.choice([0, 0, 50, 90, 95, 99, 49])
    form, currency = rng.choice(AMOUNTS[language])
    written = form.format(
        a=f"{whole}.{cents:02d}" if cents or rng.random() < 0.5 else str(whole),
        a_de=f"{whole:,}".replace(",", ".") + f",{cents:02d}",
        a_fr=f"{whole:,}".replace(",", "\u202f") + f",{cents:02d}",
    )
    return written, f"{whole}.{cents:02d}", currency


def _date(rng: random.Random, language: str, sent: datetime) -> tuple[str, str]:
    today = sent.astimezone(ZONE).date()
    form, kind = rng.choice(DATE_FORMS[language])
    months = MONTHS[language].split()
    if kind == "abs":
        day = today - timedelta(days=rng.randint(2, 40))
        text = form.format(
            day=day.day,
            month=months[day.month - 1],
            year=day.year,
            iso=day.isoformat(),
            dmy=f"{day.day:02d}.{day.month:02d}.{day.year}",
            dmy_slash=f"{day.day:02d}/{day.month:02d}/{day.year}",
        )
        return text, day.isoformat()
    if kind == "days":
        count = rng.randint(2, 6)
        return form.format(count=count), (today - timedelta(days=count)).isoformat()
    if kind == "weeks":
        weeks = rng.randint(2, 4)
        return form.format(weeks=weeks), (today - timedelta(weeks=weeks)).isoformat()
    if kind == "weekday":
        weekday = rng.randint(0, 6)
        back = (today.weekday() - weekday) % 7 or 7
        name = WEEKDAYS[language].split()[weekday]
        return form.format(weekday=name), (today - timedelta(days=back)).isoformat()
    _, days = kind
    return form, (today - timedelta(days=days)).isoformat()


def message(rng: random.Random, language: str, index: int) -> dict[str, object]:
    """One customer mail and its true facts."""
    sent = rng.choice(SENT_AT)
    shop = rng.choice(SHOPS)
    name = rng.choice(NAMES[language])
    product = rng.choice(PRODUCTS[language])
    truth: dict[str, str | None] = dict.fromkeys(
        ("number", "date", "amount", "currency", "payment_method", "reason")
    )
    facts: list[str] = []
    subject = rng.choice(["Refund", "Problem with my order", "Question", "Return"])
    if rng.random() < 0.85:
        written, truth["number"] = _number(rng)
        sentence = rng.choice(NUMBER_PHRASES[language]).format(n=written)
        if rng.random() < 0.25:
            subject = {"en": "Order", "de": "Bestellung", "es": "Pedido", "fr": "Commande"}.get(
                language, "Order"
            ) + f" {written}"
        else:
            facts.append(sentence)
    if rng.random() < 0.7:
        phrase, truth["date"] = _date(rng, language, sent)
        facts.append(rng.choice(DATE_PHRASES[language]).format(d=phrase, product=product))
    if rng.random() < 0.75:
        written, truth["amount"], truth["currency"] = _amount(rng, language)
        facts.append(rng.choice(AMOUNT_PHRASES[language]).format(m=written))
        if rng.random() < 0.2:
            shipping = written.replace(
                truth["amount"].split(".")[0], rng.choice(["4", "5", "6"]), 1
            )
            if shipping != written:
                facts.append(SHIPPING_NOTES[language].format(m=shipping))
    if rng.random() < 0.6:
        written, truth["payment_method"] = rng.choice(METHODS[language])
        facts.append(rng.choice(METHOD_PHRASES[language]).format(p=written))
    reason_text, truth["reason"] = rng.choice(REASONS[language])
    if reason_text:
        facts.insert(rng.randint(0, len(facts)), reason_text.format(product=product))
    if rng.random() < 0.35:
        other = sent.astimezone(ZONE).date() - timedelta(days=1)
        months = MONTHS[language].split()
        facts.append(
            rng.choice(DISTRACTORS[language]).format(
                other_date=f"{other.day} {months[other.month - 1]}"
            )
        )
    rng.shuffle(facts)
    body = "\n\n".join(
        [
            rng.choice(GREETINGS[language]).format(shop=shop),
            " ".join(facts),
            rng.choice(ASKS[language]),
            rng.choice(CLOSINGS[language]).format(name=name),
        ]
    )
    quoted = ""
    if rng.random() < 0.3:
        when = (sent - timedelta(days=2)).strftime("%d.%m.%Y %H:%M")
        reply = rng.choice(QUOTED_REPLIES)
        quoted = QUOTE_HEADERS[language].format(when=when, shop=shop) + "\n> " + reply
        if reply.startswith("Your refund"):
            # The customer answers about the order our reply names: its facts are theirs.
            truth["number"] = truth["number"] or "20877"
            if truth["amount"] is None:
                truth["amount"], truth["currency"] = "12.50", "EUR"
    return {
        "id": f"{language}-{index:03d}",
        "language": language,
        "html": rng.random() < 0.25,
        "sent_at": sent.isoformat(),
        "from": f"{name} <{name.split()[0].lower()}@example.net>",
        "subject": subject,
        "body": body,
        "quoted": quoted,
        "truth": truth,
    }


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    rows = []
    for language, count in PER_LANGUAGE.items():
        rows += [message(rng, language, index) for index in range(1, count + 1)]
    return rows


def main() -> None:
    rows = build()
    OUT.parent.mkdir(exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} messages written to {OUT.relative_to(Path.cwd())}")


if __name__ == "__main__":
    main()
