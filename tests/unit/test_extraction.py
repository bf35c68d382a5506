"""Extraction of order number, amount, order date and payment method, as tables."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from inboxbot.extraction import QUOTED_CONFIDENCE, extract, extract_text
from inboxbot.extraction.amount import parse_amount
from inboxbot.models import Money, OrderDetails
from tests.factories import make_email

BERLIN = ZoneInfo("Europe/Berlin")
SENT = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)  # a Friday; 10:30 in Berlin


def details(
    text: str,
    *,
    subject: str = "",
    quoted: str = "",
    sent_at: datetime = SENT,
    timezone: ZoneInfo = BERLIN,
) -> OrderDetails:
    """Extract from `text`, by default as if sent at SENT to a shop in Berlin."""
    return extract_text(text, subject=subject, quoted=quoted, sent_at=sent_at, timezone=timezone)


# --- order number ----------------------------------------------------------

ORDER_NUMBERS = [
    ("Refund for #1001 please", "1001"),
    ("Re: #1001", "1001"),
    ("Order 4521 arrived broken", "4521"),
    # a table's next row is not a unit of the number
    ("Order  #83455\nItem   Bamboo bath mat", "83455"),
    ("where is order4521?", "4521"),
    ("my order no. A-20931 is missing", "A-20931"),
    ("my order no a-20931 is missing", "A-20931"),
    ("order number: 88123", "88123"),
    ("My order number is 88123.", "88123"),
    ("Order ID: 55512", "55512"),
    ("Amazon order 112-1234567-1234567 was charged twice", "112-1234567-1234567"),
    ("112-1234567-1234567 was charged twice", "112-1234567-1234567"),
    ("WC-3321 never arrived", "WC-3321"),
    ("Where is purchase 00123842?", "00123842"),
    ("Meine Bestellung 12345 ist nicht angekommen", "12345"),
    ("Bestellnummer: 4711", "4711"),
    ("Bestell-Nr. 4711", "4711"),
    ("Auftragsnummer 778899", "778899"),
    ("Mi pedido 5531 no ha llegado", "5531"),
    ("el número de pedido es 5531", "5531"),
    ("pedido nº 5531", "5531"),
    ("Ma commande n° 7788 est en retard", "7788"),
    ("le numéro de commande 7788", "7788"),
    ("ordine 3344 danneggiato", "3344"),
    ("numero d'ordine 3344", "3344"),
    ("bestelling 9922 is kapot", "9922"),
    ("mijn bestelnummer is 9922", "9922"),
    ("ordernummer 9922", "9922"),
    ("vorige week besteld (ordernr. 44550)", "44550"),
    # the order confirmation's number
    ("The number on my confirmation is 44871", "44871"),
    ("My confirmation email says 44871", "44871"),
    ("Bestellbestätigung 44871 vom 3.11.", "44871"),
    ("bestelnr. 44550", "44550"),
    # letters after the digits, in capitals
    ("Hi, order 3390-B. The shade was shattered.", "3390-B"),
    ("meiner Bestellung 5521-DE fehlt ein Teil", "5521-DE"),
    ("it's about #4410-GB, it came broken", "4410-GB"),
    ("Cancelar pedido ES-8812", "ES-8812"),
    # in a sentence of its own after the order, and short forms of the word
    ("WHERE IS MY ORDER. 4521. paid 3 weeks ago", "4521"),
    ("j'ai commandé un plaid (cde 51882)", "51882"),
    ("ieri ho ordinato un set di candele (ord. 90155)", "90155"),
    ("Meine Bestellnummer lautet 2026-7731", "2026-7731"),
    ("The order was A-30418 and it was €179 on PayPal", "A-30418"),
    ("There is an order number on it, 44901.", "44901"),
    ("The number on the paper is No. 34118.", "34118"),
    ("J'ai été débité deux fois pour une seule commande (réf. 20881)", "20881"),
    ("The glass cake stand from A-77315 was delivered in pieces", "A-77315"),
    ("ORD-88310 damaged", "ORD-88310"),
    ("refund order 7001 £12.99 paypal not received", "7001"),
    ("Ticket #555 is about order 4521", "4521"),
    # named only as "the number", answering a shop that asked for it
    ("the number is 66120", "66120"),
    ("Danke. Die Nummer ist 66120.", "66120"),
    ("hice un pedido hace tres semanas (número 30551)", "30551"),
    ("le numéro : 4471", "4471"),
    ("n° 4471", "4471"),
    ("il numero è 5521", "5521"),
    ("het nummer is 8812", "8812"),
    ("hice un pedido el lunes pasado (n.º 41802)", "41802"),
    # in brackets after the order word, or as its reference
    ("hi, my order (no. 12045) came today", "12045"),
    ("Meine Bestellung (Nr. 22814) fehlt", "22814"),
    ("I ordered a tablecloth (ref 77031) a while ago", "77031"),
    ("Reference: 66190, the blue one", "66190"),
    # "Nr."/"no." alone counts just after the order is named or bought
    ("ich habe vor einer Woche bestellt (Nr. 22814) und", "22814"),
    ("I ordered a lamp, no. 55120, on Monday", "55120"),
    # two orders: the first, unless the customer points to the second
    ("Bestellungen 81551 und 81552. Bitte stornieren Sie die zweite.", "81552"),
    # two numbers alike: the one asked to be cancelled or refunded
    ("I placed it twice - #70081 and #70082. Could you cancel #70082?", "70082"),
    ("pls cancel 40788 ordered it by accident 5 min ago", "40788"),
    ("There is only one order on my account: 112-4839201-5573910", "112-4839201-5573910"),
    ("The order number he wrote down for me is 100-2290.", "100-2290"),
    ("j'ai passé commande hier (77812) et ma Mastercard a été débitée deux fois", "77812"),
    ("hice un pedido el sábado (el 1209) y veo una comisión", "1209"),
    ("Ik had op 2 december besteld (30-1177)", "30-1177"),
    ("two orders, #7710 (the towels, all fine) and #7716 (the bath mat)", "7716"),
    ("two confirmation emails, orders 8810 and 8811. please cancel 8811", "8811"),
    # of two, not the one the customer is content with
    ("#4410 (the tea towels) is perfect. But #4419 came with the wrong colour", "4419"),
    ("Bestellung 5520 kam einwandfrei an, aber Bestellung 5521 fehlt", "5521"),
    ("orders #4410 and #4411 - please cancel the second one", "4411"),
    ("orders 4410 and 4411 both arrived late", "4410"),
    ("pedidos 5531 y 5532: el segundo no ha llegado", "5532"),
]


@pytest.mark.parametrize(("text", "expected"), ORDER_NUMBERS)
def test_it_finds_order_numbers(text: str, expected: str) -> None:
    number = details(text).number
    assert number is not None
    assert number.value == expected


NOT_ORDER_NUMBERS = [
    "my shipping confirmation 44871 says delivered",
    "the parcel (1209) never came",
    "my account (1209) is locked",
    "I was charged $1001 for nothing",
    "I ordered 83455 items",
    "The order of $1001 was too much",
    "The parcel came on 2026-11-04",
    "My order 2026-11-04 is late",
    "Call me at 555-123-4567 or +49 30 1234567",
    "Please ship to 75001 Paris or 10115 Berlin",
    "I have been a customer since 2026",
    "I ordered 2 items and got 1",
    "I ordered 1234 stickers",
    "I want to order 150 items",
    "Order 1001.50 EUR was charged",
    "The tracking number is 1Z999AA10123456784",
    "Tracking #94001118992236 shows nothing",
    "Tracking: WC-3321",
    "I cannot find invoice #12588",
    "see bill #00108",
    "Our office is ISO-9001 certified",
    '<body bgcolor="#FFFFFF" text="#000000">',
    "table { color: #333333; background:#556677 }",
    "Hello, where is my order?",
    "my number is 0161 496 0753",
    "my number is +44 1614960753",
    "Mi número es 612 345 678",
    "número de teléfono 612345678",
    "Mon numéro de suivi est 6A12345678901",
    "my mobile number is 07700900123",
    "the serial number is 77812",
    "customer number 55120",
    "Kundennummer 55120",
    # "Nr."/"no." without an order near: a house, a room, a street
    "Ich wohne in der Hauptstraße Nr. 1234",
    "Please deliver to building no. 4410 next time",
    "We spoke on the phone. Nr. 22814 is my flat",
    # an example of the shape, not a number
    "Could you send it (it looks like #1234)?",
    "an order number such as #4521",
    # a reference of something else
    "my return reference is 55120",
    "the payment reference 66120 was on the transfer",
    # a bare answer needs a thread about an order
    "The right one is 77305.",
    "Hi, it's 38812. Thanks",
    "",
]


@pytest.mark.parametrize("text", NOT_ORDER_NUMBERS)
def test_it_finds_no_order_number_where_there_is_none(text: str) -> None:
    assert details(text).number is None


@pytest.mark.parametrize(
    ("text", "source_text"),
    [
        ("my order no. A-20931 is missing", "order no. A-20931"),
        ("Refund for #1001 please", "#1001"),
        ("Bestellnummer: 4711", "Bestellnummer: 4711"),
        ("  WC-3321  ", "WC-3321"),
    ],
)
def test_it_keeps_the_words_an_order_number_came_from(text: str, source_text: str) -> None:
    number = details(text).number
    assert number is not None
    assert number.source_text == source_text


@pytest.mark.parametrize(
    ("text", "confidence"),
    [
        ("order 4521", 0.9),
        ("112-1234567-1234567", 0.85),
        ("#1001", 0.75),
        ("the number is 66120", 0.7),
        ("order 2026 never came", 0.6),
        ("WC-3321", 0.5),
    ],
)
def test_it_trusts_a_named_order_number_more_than_a_bare_shape(
    text: str, confidence: float
) -> None:
    number = details(text).number
    assert number is not None
    assert number.confidence == confidence


def test_it_prefers_a_named_order_number_over_an_earlier_bare_one() -> None:
    number = details("WC-3321 is the product; order 4521 is mine").number
    assert number is not None
    assert number.value == "4521"


# --- subject and quoted history ------------------------------------------


def test_it_finds_an_order_number_in_the_subject() -> None:
    number = details("It arrived broken.", subject="Re: Order 4521").number
    assert number is not None
    assert (number.value, number.confidence) == ("4521", 0.9)


def test_it_falls_back_to_the_quoted_history_with_lower_confidence() -> None:
    """GIVEN the customer names no order number, but the shop's earlier reply does
    WHEN the mail is extracted
    THEN the quoted number is found, trusted less than in the new text.
    """
    quoted = "> Thank you, your order 4521 has shipped."
    number = details("Still nothing here.", quoted=quoted).number
    assert number is not None
    assert number.value == "4521"
    assert number.confidence == round(0.9 * QUOTED_CONFIDENCE, 2)
    assert number.confidence < 0.9


def test_it_prefers_the_new_text_over_the_quoted_history() -> None:
    quoted = "> Thank you, your order 4521 has shipped."
    number = details("About order 9876, not the other one.", quoted=quoted).number
    assert number is not None
    assert (number.value, number.confidence) == ("9876", 0.9)


ANSWERS = [
    # (the customer's new text, the shop's quoted reply, the order number)
    (
        "Sorry, I gave you the wrong number! The right one is 77305.",
        "> I looked up order #77035 but it shows a set of coasters.",
        "77305",
    ),
    ("Hi, it's 38812. I paid by card.", "> Could you send us your order number?", "38812"),
    ("Sorry, it's 38812.", "> Ihre Bestellnummer fehlt noch.", "38812"),
    ("Die richtige ist 55012.", "> Welche Bestellung meinen Sie?", "55012"),
    # named as what the mail is about
    ("No, I never got a refund for 30761.", "> the refund for order 30176 was issued", "30761"),
    ("Niet mijn bestelling. Het gaat om 60312.", "> Uw bestelling 60231 is onderweg.", "60312"),
    ("This is regarding 44120, not the other.", "> Your order 41120 shipped.", "44120"),
    ("es el 73306, lo pagué el domingo", "> ¿Podrías indicarnos el número de pedido?", "73306"),
    ("C'est le 55417, une commande du 12 octobre", "> votre numéro de commande ?", "55417"),
    # alone at the start of a line
    ("44871", "> Could you send us your order number?", "44871"),
    ("Sure - 44871, placed on the 3rd.", "> Could you tell us your order number?", "44871"),
    ("Anna Schmidt\n10115 Berlin", "> your order number?", None),
    ("Thanks!\n2026\nAnna", "> your order number?", None),
    # not a phone, a postcode, a price, a year or an example
    ("it's 0161 496 0753, call me", "> your order number?", None),
    ("my postcode is 10115", "> your order number?", None),
    ("the total is 1299 in the end", "> your order number?", None),
    ("It is 2026 and still nothing.", "> your order number?", None),
    ("Thanks.", "> your order number (it looks like #1234)?", None),
]


@pytest.mark.parametrize(("text", "quoted", "expected"), ANSWERS)
def test_it_takes_a_bare_answer_in_a_thread_about_an_order(
    text: str, quoted: str, expected: str | None
) -> None:
    number = details(text, quoted=quoted).number
    assert (number.value if number else None) == expected
    if number is not None:
        assert number.confidence < 0.5


def test_it_prefers_a_weak_number_in_the_new_text_over_a_strong_quoted_one() -> None:
    number = details("It is #1001.", quoted="> your order 4521").number
    assert number is not None
    assert number.value == "1001"


def test_it_ignores_relative_dates_in_the_quoted_history() -> None:
    """A quoted "3 weeks ago" counts from an earlier mail whose date is unknown."""
    result = details("Any news?", quoted="> I ordered 3 weeks ago")
    assert result.date is None


def test_it_takes_absolute_dates_from_the_quoted_history() -> None:
    result = details("Any news?", quoted="> I ordered on 3 November")
    assert result.date is not None
    assert result.date.value == date(2026, 11, 3)
    assert result.date.confidence < 0.85


def test_it_falls_back_to_the_quoted_history_for_every_field() -> None:
    quoted = "> We refunded €34,50 to your PayPal account for order 4521."
    result = details("Thanks!", quoted=quoted)
    assert result.number is not None and result.number.value == "4521"
    assert result.amount is not None and result.amount.value == Money(Decimal("34.50"), "EUR")
    assert result.payment_method is not None and result.payment_method.value == "paypal"
    assert result.amount.confidence < 0.9


# --- amount ----------------------------------------------------------------

AMOUNTS = [
    ("I paid $49.90", "49.90", "USD"),
    ("USD 49.90 for shoes", "49.90", "USD"),
    ("I paid USD45.00", "45.00", "USD"),
    ("refund order 7001 £12.99 paypal", "12.99", "GBP"),
    ("EUR59,90 abgebucht", "59.90", "EUR"),
    ("it was 49.90 USD", "49.90", "USD"),
    ("€34,50 für Schuhe", "34.50", "EUR"),
    ("€ 34,50 für Schuhe", "34.50", "EUR"),
    ("Schuhe für 34,50 €", "34.50", "EUR"),
    ("shoes for 34.50 EUR", "34.50", "EUR"),
    ("shoes for 34.50 eur", "34.50", "EUR"),
    ("it cost £42", "42", "GBP"),
    ("it cost 42 GBP", "42", "GBP"),
    ("it cost 38 dollars", "38", "USD"),
    ("it cost 20 euros", "20", "EUR"),
    ("I paid 45.50 Swiss francs", "45.50", "CHF"),
    ("Ich habe 45 Franken bezahlt", "45", "CHF"),
    ("pagué 35 dólares con PayPal", "35", "USD"),
    ("es kostete 20 Euro", "20", "EUR"),
    ("Fernseher für 1.299,00 €", "1299.00", "EUR"),
    ("TV for €1,299.00", "1299.00", "EUR"),
    ("TV for €1,299", "1299", "EUR"),
    ("Fernseher für 1.299 €", "1299", "EUR"),
    ("téléviseur à 1 299,00 €", "1299.00", "EUR"),
    ("Velo für CHF 120", "120", "CHF"),
    ("Velo für 1'299.50 CHF", "1299.50", "CHF"),
    ("Schuhe für 49,- €", "49", "EUR"),
    ("US$15 for a case", "15", "USD"),
    ("C$20 for a case", "20", "CAD"),
    ("its only like 12 bucks but still", "12", "USD"),
]


@pytest.mark.parametrize(("text", "amount", "currency"), AMOUNTS)
def test_it_finds_amounts_with_their_currency(text: str, amount: str, currency: str) -> None:
    found = details(text).amount
    assert found is not None
    assert found.value == Money(Decimal(amount), currency)


NOT_AMOUNTS = [
    "I ordered 3 items",
    "order 4521 is late",
    "it arrived with 49.90 on the label",
    "It cost kr 300",
    "It cost HK$100",
    "The parcel weighs 12 pounds",
    "It cost nothing",
]


@pytest.mark.parametrize("text", NOT_AMOUNTS)
def test_it_finds_no_amount_without_a_currency(text: str) -> None:
    assert details(text).amount is None


# A number with decimals near a money word is an amount of unknown currency.
BARE_AMOUNTS = [
    ("i paid 64.99 on paypal", "64.99"),
    ("paid 58.00 with paypal.", "58.00"),
    ("and got charged 2x, 56.00 each time on my visa", "56.00"),
    ("It cost 49.90", "49.90"),
    ("Ich habe 34,50 bezahlt", "34.50"),
    ("please refund the 1.299,00 I paid", "1299.00"),
    ("the price was 19.99 each", "19.99"),
    ("paid with paypal 42.50 plus 4.95 shipping so 47.45 all in", "47.45"),
    ("I paid 34.99 for the candles plus 5.99 shipping. could you refund the shipping", "5.99"),
    ("Can you cancel that item (the 39.00 candle holder) and refund it?", "39.00"),
    ("29.99 was taken from my apple pay", "29.99"),
    ("cancel my order pls, found it cheaper elsewhere. 72.00 on klarna", "72.00"),
]


@pytest.mark.parametrize(("text", "amount"), BARE_AMOUNTS)
def test_it_finds_an_amount_without_a_currency_near_a_money_word(text: str, amount: str) -> None:
    found = details(text).amount
    assert found is not None
    assert found.value == Money(Decimal(amount), None)
    assert found.confidence < 0.7


NOT_BARE_AMOUNTS = [
    "paid on 12.11. with my card",
    "am 12.11. bezahlt",
    "I paid on 03.11 by card",
    "delivery was promised for 14.30 and paid",
    "I paid for the 2.50 kg bag",
    "the total is 12.50% more",
    "paid for the 30.00 cm frame",
    "I paid for order #12.34",
    "charged me on 12.11.2026",
    "the lamp was 12.50 inches tall",
    "I bought it with Google Pay for 39 pounds of flour",
    "I ordered a 5 pound bag of coffee",
]


@pytest.mark.parametrize("text", NOT_BARE_AMOUNTS)
def test_it_takes_no_date_time_size_or_percentage_as_an_amount(text: str) -> None:
    assert details(text).amount is None


def test_it_prefers_an_amount_with_a_currency_over_a_bare_one() -> None:
    found = details("I paid 45.00 on Monday and was charged $45.00 twice").amount
    assert found is not None
    assert found.value == Money(Decimal("45.00"), "USD")


def test_it_takes_no_bare_amount_from_the_quoted_history() -> None:
    assert details("Thanks!", quoted="> We refunded 34.50 to your card.").amount is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1.299,00", "1299.00"),
        ("1,299.00", "1299.00"),
        ("34,50", "34.50"),
        ("34.50", "34.50"),
        ("1.299", "1299"),
        ("1,299", "1299"),
        ("1.299.000,5", "1299000.5"),
        ("1 299,00", "1299.00"),
        ("1'299.00", "1299.00"),
        ("49,-", "49"),
        ("42", "42"),
    ],
)
def test_it_reads_decimals_in_any_locale(raw: str, expected: str) -> None:
    assert parse_amount(raw) == Decimal(expected)
    assert str(parse_amount(raw)) == expected


MULTI_AMOUNTS = [
    ("I paid $100 and want a refund of $30", "30"),
    ("Please refund $30, I paid $100", "30"),
    ("The shoes were €39.90 but you charged me €49.90", "49.90"),
    ("Shipping was $5, I paid $45 in total", "45"),
    ("Versand 4,90 €, bitte 34,50 € erstatten", "34.50"),
    ("Rückerstattung von 34,50 € bitte. Versand war 4,90 €", "34.50"),
    ("Il prodotto costa 20 €, vorrei un rimborso di 15 €", "15"),
    ("Envío 5 EUR. Quiero el reembolso de 25 EUR", "25"),
    ("Livraison 5 €, je demande le remboursement de 25 €", "25"),
    ("Verzending 5 €, graag terugbetaling van 25 €", "25"),
    ("Two items, €20 and €15", "20"),
    ("A phone charger for $20 and a case I paid $15 for", "15"),
    ("I paid €89,90. I want a refund of the full amount, shipping was 4,90 € extra", "89.90"),
    ("a vase at $42.00. Could you refund just the vase, so $42.00? I paid $59.00", "42.00"),
    ("you refunded me $20 but the item was $45.00, so I'm still owed $25.00", "25.00"),
    ("Sie haben 20 € erstattet, Sie schulden mir noch 15 €", "15"),
    # pounds as money near a money word; quid always
    ("the vase was wrong. paid 39 pounds. please sort it", "39"),
    ("Order #52290, cost me 18 pounds", "18"),
    ("a refund of 25 quid please", "25"),
    # what is left of a refund
    ("You only refunded €30.00 of the €75.00 I paid. Please send the remaining €45.00.", "45.00"),
    ("Sie haben 20 € erstattet, bitte den Rest von 15 € auch", "15"),
    ("m'avez remboursé 20 €, il manque le reste: 15 €", "15"),
    ("j'ai payé 45 € et on m'a remboursé 20 €, il me manque 25 €", "25"),
    ("Pagué 45 €, me devolvieron 20 €. Faltan 25 €.", "25"),
    ("Ik heb €45 betaald, maar kreeg maar €20 terug. Er ontbreekt nog €25.", "25"),
    ("Ich habe 45 € bezahlt, aber nur 20 € zurückbekommen. Es fehlen noch 25 €.", "25"),
    ("you refunded $20 of my $45, I'm still $25 short", "25"),
    ("You've refunded 25.00 but I paid 52.00 for the rug. Please send the other 27.00.", "27.00"),
    # a part refunded already is not the one asked about
    (
        "Von den 74,00 € haben Sie nur 68,05 € erstattet. Bitte überweisen Sie mir die 5,95 €.",
        "5.95",
    ),
    ("Ho pagato 45 €, me ne avete rimborsati solo 20 €. Ne mancano 25 €.", "25"),
    # named twice: the one the mail is about
    ("the bank took £89.99 AND £8.99 separately, is the 8.99 some kind of fee??", "8.99"),
    ("I returned a lamp and received only €134.00 back. Please refund the €15.00 fee.", "15.00"),
    ("My card shows $56.30 plus a $1.69 foreign transaction fee. I want the fee refunded.", "1.69"),
    ("12 table lamps (12 x €48.00 = €576.00). Two broke. Please credit €96.00", "96.00"),
    # "the rest of the order" is not what is asked about
    ("I'd like the $12.99 for the broken mug refunded, the rest of the order ($40) is ok", "12.99"),
    # the sum of the amounts before it, said just before or after it
    ("$64.99 + $7.99 shipping ($72.98 total) paid with google pay", "72.98"),
    ("remboursée de 2 x 14,50 €, soit 29,00 €", "29.00"),
    ("Item $40.00, shipping $5.99, total $45.99, paid by card", "45.99"),
    ("Shipping: $5.99\nTotal: $45.99", "45.99"),
    # a charge made twice: one of them is contested, not their sum
    ("I was charged $29.99 twice, so $59.98 in total", "29.99"),
    # what is cancelled goes back whole
    ("i want to cancel. $64.99 + $7.99 shipping ($72.98 total)", "72.98"),
    ("toch €6,95 verzendkosten betaald. Graag die €6,95 terug.", "6.95"),
    # the shipping, asked back in a sentence of its own
    (
        "I paid $34.99 for the candles plus $5.99 shipping. Could you refund the shipping?",
        "5.99",
    ),
    ("Artikel 40,00 €\nVersand 5,99 €\nDie Versandkosten hätte ich gern zurück.", "5.99"),
]


@pytest.mark.parametrize(("text", "expected"), MULTI_AMOUNTS)
def test_it_prefers_the_amount_the_customer_asks_about(text: str, expected: str) -> None:
    found = details(text).amount
    assert found is not None
    assert found.value.amount == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "confidence", "source_text"),
    [
        ("Please refund $30.", 0.9, "$30"),
        ("Two items, €20 and €15", 0.7, "€20"),
    ],
)
def test_it_trusts_an_amount_more_near_a_money_word(
    text: str, confidence: float, source_text: str
) -> None:
    found = details(text).amount
    assert found is not None
    assert (found.confidence, found.source_text) == (confidence, source_text)


# --- order date ------------------------------------------------------------

ORDER_DATES = [
    ("I ordered on 3 November", date(2026, 11, 3)),
    ("I placed my order on 2026-11-04", date(2026, 11, 4)),
    ("I bought it last Tuesday", date(2026, 11, 17)),
    ("I bought it on Tuesday", date(2026, 11, 17)),
    ("I ordered 3 weeks ago", date(2026, 10, 30)),
    ("I ordered two weeks ago", date(2026, 11, 6)),
    ("I ordered a week ago", date(2026, 11, 13)),
    ("I ordered yesterday", date(2026, 11, 19)),
    ("On 04/11/2026 I purchased a lamp", date(2026, 11, 4)),
    ("I ordered the blue shoes in size 42 on November 3rd, 2026", date(2026, 11, 3)),
    ("I ordered on 25 November", date(2025, 11, 25)),
    ("my order from 5 November never came", date(2026, 11, 5)),
    ("the order I placed on 5 November", date(2026, 11, 5)),
    ("order #1001 placed on 5 November", date(2026, 11, 5)),
    ("On 5 November I placed an order", date(2026, 11, 5)),
    ("Ich habe am 3. November bestellt", date(2026, 11, 3)),
    ("am 3.11. bestellt", date(2026, 11, 3)),
    ("Ich habe letzten Dienstag bestellt", date(2026, 11, 17)),
    ("vor drei Wochen bestellt", date(2026, 10, 30)),
    ("meine Bestellung vom 04.11.2026", date(2026, 11, 4)),
    ("Hice el pedido hace 3 días", date(2026, 11, 17)),
    ("hace tres semanas compré unas botas", date(2026, 10, 30)),
    ("J'ai commandé le 3 novembre", date(2026, 11, 3)),
    ("J'ai commandé ma robe le 3 novembre", date(2026, 11, 3)),
    ("il y a trois jours j'ai commandé", date(2026, 11, 17)),
    ("Ho ordinato il 3 novembre", date(2026, 11, 3)),
    ("Ik heb 3 dagen geleden besteld", date(2026, 11, 17)),
    # far from the verb, past an abbreviated "no."
    ("I ordered a blue rug (order no. A-55213) last Tuesday", date(2026, 11, 17)),
    ("ordinato un tappeto (ordine n. 5521) il 3 novembre", date(2026, 11, 3)),
    # after the order's number
    ("Bestellung #3390 vom 10.11.2026", date(2026, 11, 10)),
    ("meine Bestellung Nr. 3390 vom 12. November", date(2026, 11, 12)),
    ("hiermit widerrufe ich meinen Kauf vom 12. November", date(2026, 11, 12)),
    ("order 4471 from 3 November", date(2026, 11, 3)),
    ("mi pedido 5531 del 3 de noviembre", date(2026, 11, 3)),
    ("mi pedido realizado el 3 de noviembre", date(2026, 11, 3)),
    ("ma commande 21904 passée il y a deux semaines", date(2026, 11, 6)),
    ("ma commande n° 21904 du 3 novembre", date(2026, 11, 3)),
    ("l'ordine n. 5521 del 3 novembre", date(2026, 11, 3)),
    ("mijn bestelling 8812 van 3 november", date(2026, 11, 3)),
    ("mijn bestelling 8812 geplaatst op 3 november", date(2026, 11, 3)),
    # a day of the month alone: the latest such day up to the mail
    ("order 4471 placed on the 3rd", date(2026, 11, 3)),
    ("I ordered it on the 21st", date(2026, 10, 21)),
    ("I ordered on the 31st", date(2026, 10, 31)),
    ("Ich habe am 3. bestellt", date(2026, 11, 3)),
    ("lo compré el día 3", date(2026, 11, 3)),
    ("j'ai commandé le 1er", date(2026, 11, 1)),
    ("l'ho ordinato il 3", date(2026, 11, 3)),
    # the day of the mail
    ("I placed an order this morning by mistake", date(2026, 11, 20)),
    ("I ordered it today", date(2026, 11, 20)),
    ("heute Morgen bestellt", date(2026, 11, 20)),
    ("hice un pedido esta mañana", date(2026, 11, 20)),
    ("j'ai commandé ce matin", date(2026, 11, 20)),
    ("ho ordinato stamattina", date(2026, 11, 20)),
    ("ik heb vandaag besteld", date(2026, 11, 20)),
    # the day one paid, written out
    ("145,00 € payés avec Apple Pay le 9 novembre", date(2026, 11, 9)),
    ("I paid for it on 9 November", date(2026, 11, 9)),
    # counts back, said in other ways
    ("I ordered a tablecloth a fortnight ago", date(2026, 11, 6)),
    ("it's been 3 weeks since I ordered", date(2026, 10, 30)),
    ("it's been ten days since I ordered the lamp", date(2026, 11, 10)),
    ("es ist 2 Monate her, dass ich bestellt habe", date(2026, 9, 20)),
    ("ça fait 10 jours que j'ai commandé", date(2026, 11, 10)),
    ("J'ai passé commande il y a 10 jours", date(2026, 11, 10)),
    ("il mio ordine non è arrivato, l'ho fatto due settimane fa", date(2026, 11, 6)),
    # common typos of the buying verbs
    ("i orderd a phone case 2 weeks ago", date(2026, 11, 6)),
    ("I oredered it on 3 November", date(2026, 11, 3)),
    ("purchsed it yesterday", date(2026, 11, 19)),
    ("Ich habe am 3. November bestelt", date(2026, 11, 3)),
    # the window is counted in words: an order id or product name costs one each
    (
        "I bought a set of knives through your store, order 114-2233445-6677889, on November 3",
        date(2026, 11, 3),
    ),
    ("I placed the same order twice on Tuesday night", date(2026, 11, 17)),
    # "placed" alone, when the sentence names an order before it
    ("order #92015, which I placed on Tuesday", date(2026, 11, 17)),
    ("Commande #40114, passée le 1er novembre.", date(2026, 11, 1)),
    ("la mia ordinazione, cioè l'ordine 5521, effettuato il 3 novembre", date(2026, 11, 3)),
    # hours since the order give its day
    ("on order #92015 which I placed about an hour ago", date(2026, 11, 20)),
    ("I ordered 12 hours ago", date(2026, 11, 19)),
    ("vor einer Stunde bestellt", date(2026, 11, 20)),
    ("hice el pedido hace dos horas", date(2026, 11, 20)),
    ("I ordered about 20 minutes ago", date(2026, 11, 20)),
    ("vor 10 Minuten bestellt", date(2026, 11, 20)),
    ("I ordered it last night", date(2026, 11, 19)),
    ("hice el pedido anoche", date(2026, 11, 19)),
    # a week before the last such weekday
    ("I bought it a week ago Tuesday", date(2026, 11, 10)),
    # the order, by number or "of", and a date right after it
    ("I forgot my discount code on order 77120 yesterday", date(2026, 11, 19)),
    ("Quiero cancelar mi compra de ayer", date(2026, 11, 19)),
    ("je veux annuler ma commande d'hier", date(2026, 11, 19)),
    ("meine Bestellung von gestern", date(2026, 11, 19)),
    ("Commande #40114, le 3 novembre, et rien reçu", date(2026, 11, 3)),
    ("Bestellung 3390, am 3. November, Lieferung fehlt", date(2026, 11, 3)),
    ("l'ordine 80026 è del 3 novembre", date(2026, 11, 3)),
    # an order made or put in
    ("the order I made on the 4th (#71902) had the wrong book", date(2026, 11, 4)),
    ("I made the order last Thursday evening, #80911", date(2026, 11, 19)),
    ("Could you cancel the order I put in last night?", date(2026, 11, 19)),
    ("me cobraron dos veces el pedido 85516. Lo hice anteayer", date(2026, 11, 18)),
    # "placed" and its kin with the order named in the sentence before
    ("When will my order ship? I placed it on Nov 3.", date(2026, 11, 3)),
    ("ma commande n'est pas arrivée. Je l'ai passée il y a 12 jours.", date(2026, 11, 8)),
    # ... and before it in German and Dutch
    (
        "Nicht meine Bestellung. Meine ist 26630, die ich vor zehn Tagen aufgegeben habe.",
        date(2026, 11, 10),
    ),
    (
        "Niet mijn bestelling. Het gaat om 60312, die ik op 5 november heb geplaatst.",
        date(2026, 11, 5),
    ),
    # the order confirmation, and the "Date" row of a pasted order
    ("got the confirmation for #66013 on the 9th and nothing since", date(2026, 11, 9)),
    (
        "Order no.  77651\nDate       04/11/2026\n\nThe candle holder arrived bent.",
        date(2026, 11, 4),
    ),
    # a past date next to the order, tied to no other event
    (
        "bank statement shows two payments on 18 Nov for order 33981. please refund one.",
        date(2026, 11, 18),
    ),
    (
        "Wanneer wordt bestelling 29930 verstuurd? Ik heb drie dagen geleden betaald.",
        date(2026, 11, 17),
    ),
    (
        "That's not the right order. Order 44120 was paid by bank transfer on 2 November.",
        date(2026, 11, 2),
    ),
    ("This is not what I ordered. I paid for order 4410 on 3 November.", date(2026, 11, 3)),
    # a month cut short with its full stop, then the day
    ("Order #8342. The lamp I ordered Nov. 1st arrived today with a dent", date(2026, 11, 1)),
    ("Order # 558-2210 (placed Oct. 21) arrived torn", date(2026, 10, 21)),
    # checked out, and "placed" after an order named by its "#" alone
    ("I checked out once on Monday (order #73310)", date(2026, 11, 16)),
    ("Two orders went out. But #4419, placed last Thursday, was wrong", date(2026, 11, 19)),
    # a weekday and the day alone, and the Dutch "de 9e"
    ("Compré el sábado 14 un mantel (pedido 7730)", date(2026, 11, 14)),
    ("am Samstag 14. bestellt", date(2026, 11, 14)),
    ("Besteld op de 9e, betaald met Maestro.", date(2026, 11, 9)),
    # more verbs of buying, and "fatto" after the order is named
    ("I grabbed the planter trio in your sale on the 3rd (order WC-48817)", date(2026, 11, 3)),
    ("I tried to buy the wall clock on 1st Nov. The payment failed twice.", date(2026, 11, 1)),
    ("l'ordine 61903 non è il mio. Il mio è il 61930, fatto il 5 novembre", date(2026, 11, 5)),
    ("zu meinem Auftrag 6620418 vom 2.11.2026 wurde doppelt abgebucht", date(2026, 11, 2)),
    ("My order (No. 118530) from Nov. 9 arrived broken", date(2026, 11, 9)),
    # today right before the verb; a payment, named as such, and its date before it
    ("stamattina ho ordinato il divanetto (ordine 90177)", date(2026, 11, 20)),
    ("my bank shows the payment on 9 November, 82.00 EUR with Mastercard", date(2026, 11, 9)),
    ("Back on 6 Nov I paid for order 57731 by bank transfer", date(2026, 11, 6)),
    ("A month ago today I paid you 215.00 CHF for a lamp (order 30402)", date(2026, 10, 20)),
    # weekdays counted back
    ("I ordered a pair of curtains two Saturdays ago, #20057", date(2026, 11, 7)),
    ("my order from the Monday before last, number 50882", date(2026, 11, 9)),
    ("Ich habe vorletzten Montag bestellt", date(2026, 11, 9)),
    # "and" in Spanish and Italian ends the clause of the order date
    (
        "Anteayer hice el pedido 5518, una jarra y dos vasos, y hoy ha llegado rota",
        date(2026, 11, 18),
    ),
    ("l'altro ieri ho fatto l'ordine n. 6602 e oggi è arrivato rotto", date(2026, 11, 18)),
    ("il y a trois jours j'ai commandé", date(2026, 11, 17)),
    # "placed" after an order number named in one word, and "que hice"
    ("Eergisteren heb ik bestelnummer 31442 geplaatst", date(2026, 11, 18)),
    ("¿puedo añadir un cojín al pedido 90331 que hice esta mañana?", date(2026, 11, 20)),
    # German and Dutch put more between the day and the verb at the end
    ("vanochtend heb ik per ongeluk de verkeerde kleur kast besteld", date(2026, 11, 20)),
    # days of the month in words; a weekday with its day at the end of a sentence
    ("I ordered it on the first of November. Order number: 000417", date(2026, 11, 1)),
    ("I ordered on the twenty-first of October", date(2026, 10, 21)),
    ("Pagué 129 € con Mastercard el viernes 13.", date(2026, 11, 13)),
    # placing it, trying to check out
    ("I cancelled order 6008-US within an hour of placing it on November 9", date(2026, 11, 9)),
    ("hey I tried checking out around 10pm Tuesday and the page errored", date(2026, 11, 17)),
    # German and Dutch say the day before the verb; after it, the next clause
    ("Ik heb het gisteravond besteld en vandaag al binnen!", date(2026, 11, 19)),
    # counts in tens, "avant hier" unhyphenated, "l'ho preso", "a week last Friday"
    ("placed order #6673 (the candle set) twenty minutes ago", date(2026, 11, 20)),
    ("jai commandé avant hier une théière (commande 12903)", date(2026, 11, 18)),
    ("L'ho preso il 29 ottobre con Klarna (ordine #7730)", date(2026, 10, 29)),
    ("I bought a present from your shop a week last Friday (order 6110)", date(2026, 11, 6)),
    # a row of a form the customer filled in
    (
        "Order number: 1-5533-9\nDate of purchase: 10th November 2026\nDelivered: 14th",
        date(2026, 11, 10),
    ),
    # holidays and sale days
    ("Placed my order on Bonfire Night, #8845", date(2026, 11, 5)),
    ("My order (#1042) was placed on Halloween", date(2026, 10, 31)),
    ("j'ai commandé un plaid le jour de la Toussaint", date(2026, 11, 1)),
    ("ich möchte meine Bestellung vom Martinstag stornieren", date(2026, 11, 11)),
    ("Dit is niet wat ik besteld heb. Betaald op 3 november, bestelling 4410.", date(2026, 11, 3)),
    # later in the day of the mail
    ("j'ai commandé un plaid cet après-midi", date(2026, 11, 20)),
    ("I ordered it this afternoon", date(2026, 11, 20)),
    ("heute Nachmittag bestellt", date(2026, 11, 20)),
    ("ho ordinato questo pomeriggio", date(2026, 11, 20)),
    ("ik heb vanmiddag besteld", date(2026, 11, 20)),
    # the day before yesterday, in each language
    ("l'altro ieri ho comprato una teiera", date(2026, 11, 18)),
    ("ho ordinato avantieri", date(2026, 11, 18)),
    ("I ordered the day before yesterday", date(2026, 11, 18)),
    ("vorgestern bestellt", date(2026, 11, 18)),
    ("compré antes de ayer", date(2026, 11, 18)),
    ("j'ai commandé avant-hier", date(2026, 11, 18)),
    ("eergisteren besteld", date(2026, 11, 18)),
    # a weekday of the week before: not the last such weekday
    ("vorige week dinsdag besteld", date(2026, 11, 10)),
    ("I ordered it Tuesday last week", date(2026, 11, 10)),
    ("I ordered last week on Tuesday", date(2026, 11, 10)),
    ("letzte Woche Dienstag bestellt", date(2026, 11, 10)),
    ("j'ai commandé mardi de la semaine dernière", date(2026, 11, 10)),
    ("compré el martes de la semana pasada", date(2026, 11, 10)),
    ("ho ordinato martedì della settimana scorsa", date(2026, 11, 10)),
    ("Ich habe am Montag letzter Woche bestellt", date(2026, 11, 9)),
    # English weekdays cut short
    ("Ordered Tues.", date(2026, 11, 17)),
    ("I ordered last Tues", date(2026, 11, 17)),
    ("I ordered on Weds", date(2026, 11, 18)),
    ("I ordered on Thurs 12th", date(2026, 11, 12)),
    ("I ordered on 12th", date(2026, 11, 12)),
    # more ways to say the order was made
    ("Hice la compra el 3/11", date(2026, 11, 3)),
    ("Ik bestelde op 3 november een lamp", date(2026, 11, 3)),
    # seven days back from today or yesterday
    ("I ordered a week ago today", date(2026, 11, 13)),
    ("I ordered a week ago yesterday", date(2026, 11, 12)),
    # a day and month with a slash: day first here, unless only month first reads
    ("ordered it on 9/30", date(2026, 9, 30)),
    ("Bought it 11/16 (I'm in the US)", date(2026, 11, 16)),
    ("Ordine fatto il 12/10 con Mastercard", date(2026, 10, 12)),
    ("ho comprato il 3/11", date(2026, 11, 3)),
    ("I ordered it on 11/3, order 4410", date(2026, 11, 3)),  # not 11 March, months back
    ("i placed order 4410 eight days ago", date(2026, 11, 12)),
    ("My order (#4410, 3rd November) has not arrived", date(2026, 11, 3)),
    # the order made, put in or placed, said with the order as the verb's object
    ("ho effettuato l'ordine n. 44012 il 27 ottobre", date(2026, 10, 27)),
    ("ho fatto un ordine il 3 novembre", date(2026, 11, 3)),
    ("l'ordine 5528 fatto il 12 novembre", date(2026, 11, 12)),
    ("he realizado un pedido el 3 de noviembre", date(2026, 11, 3)),
    ("j'ai effectué une commande le 3 novembre", date(2026, 11, 3)),
    ("ma commande 4410 faite le 3 novembre", date(2026, 11, 3)),
    ("bestelling 7781, die ik gisteren heb gedaan", date(2026, 11, 19)),
    # a payment a relative day ago, in a clause naming no other payment
    ("Paid £72.00 on my debit card a week ago today.", date(2026, 11, 13)),
    ("I paid for it yesterday with PayPal", date(2026, 11, 19)),
]


@pytest.mark.parametrize(("text", "expected"), ORDER_DATES)
def test_it_finds_the_order_date(text: str, expected: date) -> None:
    found = details(text).date
    assert found is not None
    assert found.value == expected


NOT_ORDER_DATES = [
    "It arrived on 3 November.",
    "The parcel came yesterday",
    "I ordered it and it arrived yesterday",
    "It arrived on 3 November but I ordered in October",
    "I ordered 2 items",
    "I ordered it on 25 December 2026",
    "I ordered shoes. On 3 November the parcel came",
    "Ich habe hier bestellt",
    "I ordered a lamp for 12.50 EUR",
    "The order 2026-11-04 is late",
    "I placed the shoes back in their box yesterday",
    "Today I received the lamp I ordered",
    "I ordered it for the 3rd time",
    "I ordered the 2nd size up",
    "Tracking hasn't updated since the 9th",
    "It was taken from my card on the 14th",
    "I received my order #4471 yesterday",
    "Order 4471 arrived on the 3rd",
    "my order 4471 came today",
    "I paid for the return postage yesterday",
    "I paid yesterday for the return label",
    "For the customs I paid 12 euros yesterday",
    "Ich habe gestern das Porto für die Rücksendung bezahlt",
    # a share, not a day, and a slashed pair that is no day
    "I ordered 2/6 of the plates in blue",
    "I ordered 5/40 items",
    "I ordered through a 3rd party",
    "j'ai commandé mon colis",
    "I ordered a sun lounger",
    # a charge the customer never made is no order's
    "You took $49 from my card on Nov 3 but I didn't order anything",
    "I paid on 3 November for an order I never placed",
    "My card was charged on 3 November for order 4410, which I never placed",
    "Am 3. November wurden 49 € für Bestellung 4410 abgebucht, ich habe nie bestellt",
    # a day the order was due, wanted, cancelled or asked about
    "Order 4410 was due on 3 November",
    "I wanted order 4410 for 3 November",
    "I cancelled order 4410 on 3 November",
    "I asked to cancel order 4410 yesterday",
    # a holiday the goods were for
    "I paid for the return yesterday and for the label",
    # a charge on a day, with no purchase made
    "un cargo de 79,99 € con fecha 2 de noviembre. No he realizado ninguna compra en su web.",
    # a day a return was signed for or confirmed
    "I returned order #45590 on 12 November and it was signed for on the 14th.",
    "I returned the item of order #40090 on Nov 3 and you confirmed receipt on Nov 5.",
    # a date before a purchase denied
    "a payment on my card dated 11 Dec. I have never ordered from you",
    # a sale day the goods arrived on
    "order 4410 arrived on Black Friday, broken",
    "I paid €20 for shipping",
    "Pagué el 3,50 € del envío",
    # a span of days is no day
    "I bought a throw last week",
    "my order from last week hasn't shown up",
    "Ich habe letzte Woche bestellt",
    "compré la semana pasada unas botas",
    "j'ai commandé le mois dernier",
    # a Black Friday still ahead is last year's: too long ago to be meant
    "I bought a throw last week in your Black Friday sale",
    "I ordered on Black Friday",
    # "since" without a count, or about something else
    "it's been 3 weeks since it shipped",
    "l'ho fatto presente al corriere",
    # a date tied to another event, however near a buying word
    "I ordered a lamp that was delivered on 3 November",
    "I bought a rug which arrived yesterday",
    "Ich habe die Lampe bestellt, die am 3. November geliefert wurde",
    "I ordered shoes, sent them back on the 12th",
    "I received order 4471 yesterday",
    "you said you'd refund €45 for order #3017 on 10 Nov",
    "order 4471 yesterday arrived broken",
    "I got my order #58121 today",
    # "placed" with no order named, and the one from a date outside a thread about one
    "I placed the shoes back in their box on Tuesday",
    "the one from 12 November is nicer",
    "On order 4471 I made a mistake yesterday",
    "a pleasure of yesterday",
    # a past date near the order, but tied to something else or no past day
    "My order 4471: I got the shipping confirmation on the 9th",
    "I made a cake yesterday. Where is order 4471?",
    "About my order 4471: I'll be home on Friday",
    "I emailed you about order 4471 on 3 November",
    "My order 4471 has not arrived. I wrote to you on 12 November.",
    "Order 4471 - you promised it by 18 November",
    "Order 4471\nDelivery date 12/11/2026",
    "Order 4471 is late. Today I am at home.",
    # a charge with no order named near it may be a stranger's
    "There are two charges of $89.00 on Nov 18. Please explain. I only placed one order.",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the 'large' vase I got on Cyber Monday (order 5620) is 18cm tall", date(2026, 11, 30)),
        (
            "bei meiner Black-Friday-Bestellung (Nr. bf-2231) wurde doppelt abgebucht",
            date(2026, 11, 27),
        ),
        ("order 5620 arrived on Cyber Monday, broken", None),
    ],
)
def test_a_sale_day_next_to_the_order_is_its_date(text: str, expected: date | None) -> None:
    found = details(text, sent_at=datetime(2026, 12, 2, 9, 0, tzinfo=UTC)).date
    assert (found.value if found else None) == expected


@pytest.mark.parametrize("text", NOT_ORDER_DATES)
def test_it_finds_no_order_date_without_a_buying_word_next_to_it(text: str) -> None:
    sent = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    assert details(text, sent_at=sent).date is None


# (text, when it was sent, the order date): a weekday written with the date
# names that date, not the last such weekday.
WEEKDAYS_WITH_A_DATE = [
    ("I placed an order on Monday the 12th", datetime(2026, 10, 21, 9, 0, tzinfo=UTC), 12),
    ("Order 4410, placed on Saturday 10 October", datetime(2026, 10, 23, 9, 0, tzinfo=UTC), 10),
    ("I ordered on Saturday, October 10", datetime(2026, 10, 23, 9, 0, tzinfo=UTC), 10),
    ("Ich habe am Samstag, 10. Oktober bestellt", datetime(2026, 10, 23, 9, 0, tzinfo=UTC), 10),
    ("Bestellt habe ich am Samstag, 10. Oktober", datetime(2026, 10, 23, 9, 0, tzinfo=UTC), 10),
    ("bestellt am Montag, 12.10.", datetime(2026, 10, 21, 9, 0, tzinfo=UTC), 12),
    ("J'ai commandé le samedi 10 octobre", datetime(2026, 10, 23, 9, 0, tzinfo=UTC), 10),
    ("Compré el sábado 10 de octubre", datetime(2026, 10, 23, 9, 0, tzinfo=UTC), 10),
    ("Ho ordinato sabato 10 ottobre", datetime(2026, 10, 23, 9, 0, tzinfo=UTC), 10),
    ("Ik heb op zaterdag 10 oktober besteld", datetime(2026, 10, 23, 9, 0, tzinfo=UTC), 10),
    # a weekday alone, or before a count, is still the last such weekday
    ("I ordered on Monday", datetime(2026, 10, 21, 9, 0, tzinfo=UTC), 19),
    ("I ordered on Monday 3 items", datetime(2026, 10, 21, 9, 0, tzinfo=UTC), 19),
    ("I ordered on Monday, 2 items arrived", datetime(2026, 10, 21, 9, 0, tzinfo=UTC), 19),
]


@pytest.mark.parametrize(("text", "sent_at", "day"), WEEKDAYS_WITH_A_DATE)
def test_it_reads_a_weekday_with_a_date_as_that_date(
    text: str, sent_at: datetime, day: int
) -> None:
    found = details(text, sent_at=sent_at).date
    assert found is not None
    assert found.value == date(2026, 10, day)


# (text, when it was sent, the order date): a later date in the same sentence
# tied to the delivery does not replace the order date said before it.
DATES_BEFORE_A_DELIVERY = [
    (
        "commande 61185 passée le 4, livraison prévue le 9, toujours rien",
        datetime(2026, 12, 14, 9, 0, tzinfo=UTC),
        date(2026, 12, 4),
    ),
    (
        "pedido 50231 realizado el 4, entrega prevista el 9",
        datetime(2026, 12, 14, 9, 0, tzinfo=UTC),
        date(2026, 12, 4),
    ),
    (
        "ordine 50231 effettuato il 4, consegna prevista il 9",
        datetime(2026, 12, 14, 9, 0, tzinfo=UTC),
        date(2026, 12, 4),
    ),
    (
        "order 50231 placed on the 4th, delivery expected on the 9th",
        datetime(2026, 12, 14, 9, 0, tzinfo=UTC),
        date(2026, 12, 4),
    ),
    (
        "Afgelopen zaterdag heb ik bestelling 50231 geplaatst en vandaag kwam het pakket binnen",
        datetime(2026, 11, 9, 9, 0, tzinfo=UTC),
        date(2026, 11, 7),
    ),
    (
        "hab vorgestern den Bademantel bestellt (Best.-Nr. B-7720), ist heute gekommen",
        datetime(2026, 12, 9, 9, 0, tzinfo=UTC),
        date(2026, 12, 7),
    ),
    (
        "Ich habe gestern bestellt und heute ist es gekommen",
        datetime(2026, 12, 9, 9, 0, tzinfo=UTC),
        date(2026, 12, 8),
    ),
    # a date right after the order noun is still the order's
    (
        "Bestellung vom 3. November ist nicht angekommen",
        datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
        date(2026, 11, 3),
    ),
    (
        "bestelling 5023 geplaatst op 3 november, nooit ontvangen",
        datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
        date(2026, 11, 3),
    ),
]


@pytest.mark.parametrize(("text", "sent_at", "expected"), DATES_BEFORE_A_DELIVERY)
def test_a_delivery_date_does_not_replace_the_order_date_before_it(
    text: str, sent_at: datetime, expected: date
) -> None:
    found = details(text, sent_at=sent_at).date
    assert found is not None
    assert found.value == expected


NOT_ORDER_DATES_OF_DELIVERY = [
    "commande 61185, livraison prévue le 9",
    "order 50231: delivery on the 9th",
    "bestelling 50231 geplaatst, vandaag kwam het pakket binnen",
    "Bestellung 50231: ist heute gekommen",
]


@pytest.mark.parametrize("text", NOT_ORDER_DATES_OF_DELIVERY)
def test_it_takes_no_delivery_date_for_the_order_date(text: str) -> None:
    assert details(text, sent_at=datetime(2026, 12, 14, 9, 0, tzinfo=UTC)).date is None


def test_it_trusts_a_date_next_to_the_order_least_and_a_buying_word_more() -> None:
    alone = details("two payments on 3 November for order 33981").date
    both = details("two payments on 3 November for order 33981. I ordered on 2 November").date
    assert alone is not None and (alone.value, alone.confidence) == (date(2026, 11, 3), 0.4)
    assert both is not None and both.value == date(2026, 11, 2)


def test_it_reads_the_one_from_a_date_as_the_order_in_a_thread_about_one() -> None:
    found = details("Hello, I mean the one from 12 November.", quoted="> order #64107").date
    assert found is not None
    assert found.value == date(2026, 11, 12)


@pytest.mark.parametrize(
    ("sent_at", "expected"),
    [
        (datetime(2026, 12, 11, 11, 0, tzinfo=UTC), date(2026, 11, 27)),
        (datetime(2027, 1, 5, 10, 0, tzinfo=UTC), date(2026, 11, 27)),
        (datetime(2026, 11, 27, 12, 0, tzinfo=UTC), date(2026, 11, 27)),
        (datetime(2026, 11, 26, 12, 0, tzinfo=UTC), None),
        (datetime(2027, 6, 1, 12, 0, tzinfo=UTC), None),
    ],
)
def test_it_reads_black_friday_as_the_one_of_the_mails_season(
    sent_at: datetime, expected: date | None
) -> None:
    found = details("I ordered the sofa cover on Black Friday", sent_at=sent_at).date
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I placed an order on new year's eve", date(2026, 12, 31)),
        ("Ich habe an Silvester bestellt", date(2026, 12, 31)),
        ("I ordered on Boxing Day", date(2026, 12, 26)),
        ("pedí el regalo en Nochebuena", date(2026, 12, 24)),
        ("j'ai commandé le jour de l'an", date(2027, 1, 1)),
        # what the order is for, not when it was made
        ("I ordered it for Christmas", None),
        ("zu Weihnachten bestellt", None),
    ],
)
def test_it_reads_a_holiday_as_its_latest_day_before_the_mail(
    text: str, expected: date | None
) -> None:
    found = details(text, sent_at=datetime(2027, 1, 13, 8, 10, tzinfo=UTC)).date
    assert (found.value if found else None) == expected


def test_it_takes_no_holiday_a_season_or_more_before_the_mail() -> None:
    assert details("I placed an order on new year's eve").date is None


def test_it_reads_cyber_monday_as_the_monday_after_black_friday() -> None:
    sent = datetime(2026, 12, 11, 11, 0, tzinfo=UTC)
    found = details("I bought it on Cyber Monday", sent_at=sent).date
    assert found is not None
    assert found.value == date(2026, 11, 30)


@pytest.mark.parametrize(
    ("sent_at", "timezone", "expected"),
    [
        (datetime(2026, 11, 20, 9, 30, tzinfo=UTC), BERLIN, date(2026, 11, 19)),
        # 23:30 UTC is already Saturday in Berlin, still Friday in UTC.
        (datetime(2026, 11, 20, 23, 30, tzinfo=UTC), BERLIN, date(2026, 11, 20)),
        (datetime(2026, 11, 20, 23, 30, tzinfo=UTC), ZoneInfo("UTC"), date(2026, 11, 19)),
        (
            datetime(2026, 11, 20, 3, 0, tzinfo=UTC),
            ZoneInfo("America/New_York"),
            date(2026, 11, 18),
        ),
    ],
)
def test_it_counts_relative_dates_from_the_sending_time_in_the_shop_timezone(
    sent_at: datetime, timezone: ZoneInfo, expected: date
) -> None:
    found = details("I ordered yesterday", sent_at=sent_at, timezone=timezone).date
    assert found is not None
    assert found.value == expected


@pytest.mark.parametrize(
    ("timezone", "expected"),
    [
        (BERLIN, date(2026, 11, 4)),
        (ZoneInfo("Europe/London"), date(2026, 11, 4)),
        (ZoneInfo("America/New_York"), date(2026, 4, 11)),
    ],
)
def test_it_reads_numeric_dates_in_the_shop_regions_order(
    timezone: ZoneInfo, expected: date
) -> None:
    found = details("On 04/11/2026 I purchased a lamp", timezone=timezone).date
    assert found is not None
    assert found.value == expected


@pytest.mark.parametrize(
    ("text", "confidence", "source_text"),
    [
        ("I ordered on 3 November, thanks", 0.85, "ordered on 3 November"),
        ("On 3 November I ordered a lamp", 0.75, "3 November I ordered"),
        ("I ordered 3 weeks ago", 0.55, "ordered 3 weeks ago"),
        ("Bestellung #3390 vom 10.11.2026", 0.85, "Bestellung #3390 vom 10.11.2026"),
        ("I paid with PayPal on 9 November", 0.6, "paid with PayPal on 9 November"),
    ],
)
def test_it_trusts_an_exact_date_after_the_verb_most(
    text: str, confidence: float, source_text: str
) -> None:
    found = details(text).date
    assert found is not None
    assert (found.confidence, found.source_text) == (confidence, source_text)


# --- payment method ---------------------------------------------------------

PAYMENT_METHODS = [
    ("I paid with Visa", "visa"),
    ("nothing has arrived on my card yet", "card"),
    ("the refund never showed up on my card", "card"),
    ("charged to my VISA", "visa"),
    ("paid by Mastercard", "mastercard"),
    ("paid by master card", "mastercard"),
    ("paid with American Express", "amex"),
    ("paid with my Amex", "amex"),
    ("mit Maestro bezahlt", "maestro"),
    ("I used PayPal", "paypal"),
    ("I used paypal", "paypal"),
    ("via Apple Pay", "apple_pay"),
    ("via Google Pay", "google_pay"),
    ("via Shop Pay", "shop_pay"),
    ("mit Klarna gezahlt", "klarna"),
    ("I paid by bank transfer", "bank_transfer"),
    ("I sent a wire transfer", "bank_transfer"),
    ("per Überweisung bezahlt", "bank_transfer"),
    ("pagué por transferencia bancaria", "bank_transfer"),
    ("payé par virement", "bank_transfer"),
    ("pagato con bonifico", "bank_transfer"),
    ("betaald via overschrijving", "bank_transfer"),
    ("paid by credit card", "card"),
    ("paid by debit card", "card"),
    ("mit Kreditkarte bezahlt", "card"),
    ("con tarjeta de crédito", "card"),
    ("par carte bancaire", "card"),
    ("con carta di credito", "card"),
    ("paid with my Visa credit card", "visa"),
    ("paid by credit card, a Mastercard", "mastercard"),
    ("I used PayPal, not my Visa", "paypal"),
    ("betaald met iDEAL via bankoverschrijving", "bank_transfer"),
    # a bare card that money goes to or from
    ("149.00 EUR taken from my card on the 14th", "card"),
    ("I paid by card", "card"),
    ("I paid with my card", "card"),
    ("please refund it to my card", "card"),
    ("they charged my card twice", "card"),
    ("the card ending 4242 was charged", "card"),
    ("von meiner Karte abgebucht", "card"),
    ("mit Karte bezahlt", "card"),
    ("pagué con tarjeta", "card"),
    ("me lo cobraron en mi tarjeta", "card"),
    ("j'ai payé par carte", "card"),
    ("débité sur ma carte", "card"),
    ("addebitato sulla mia carta", "card"),
    ("pagato con la carta", "card"),
    ("betaald met mijn kaart", "card"),
    ("ik heb gepind", "card"),
    ("paid by card, a Mastercard", "mastercard"),
    ("I paid $54.00 with my card", "card"),
    ("they charged me 12,50 € on my card", "card"),
    ("I paid for it with my card", "card"),
    ("Betaald met iDEAL", "bank_transfer"),
    ("ik heb met iDeal betaald", "bank_transfer"),
    ("a charge of 19.95 on my card", "card"),
    ("£38 paid on card", "card"),
    ("Je l'ai payée 39,00 € par CB", "card"),
    ("Paid: €34.90 + €5.90 shipping = €40.80 (card)", "card"),
    ("My card statement shows $56.30", "card"),
    ("he says he paid with his card", "card"),
    ("i want one of them back. maestro card", "maestro"),
    ("paid 45 with card", "card"),
    ("my card was charged $19.99 for something I never ordered", "card"),
    ("I WANT MY 129.00 BACK ON MY CARD", "card"),
    ("op mijn creditcardafschrift staat een betaling", "card"),
    ("auf meiner Kreditkartenabrechnung steht", "card"),
]


@pytest.mark.parametrize(("text", "expected"), PAYMENT_METHODS)
def test_it_finds_the_payment_method(text: str, expected: str) -> None:
    found = details(text).payment_method
    assert found is not None
    assert found.value == expected


NOT_PAYMENT_METHODS = [
    "I paid with a gift card",
    "the name on my card is wrong",
    "the birthday card arrived in my card box",
    "Please give me store credit",
    "I will pay tomorrow",
    "el maestro de mi hijo",
    "The card in the parcel was torn",
    "I paid in cash",
    "It came with wired headphones",
    "I paid with my gift card",
    "The print on my card is smudged",
    "There was a problem with my card, the envelope was torn",
    "Blumen mit Karte",
    "Problem mit meiner Karte",
    "pagué con mi tarjeta regalo",
    "con tarjeta de felicitación",
    "payé par carte cadeau",
    "payé avec ma carte de vœux",
    "incartato con carta velina",
    "pagato con carta regalo",
    "I paid $54.00 and then got a card in the post",
    "it is not ideal at all",
    "That would be IDEAL, thanks",
    "I paid with Afterpay",
    "Pagué con Bizum",
    # a method asked about before buying
    "Do you ship to Norway? And do you take Klarna? thanks",
    "Can I pay with PayPal?",
    "Kann ich auch mit PayPal zahlen?",
    "¿Puedo pagar con Apple Pay?",
    "Acceptez-vous les virements ?",
    "Accettate PayPal?",
    "Kan ik ook met iDEAL betalen?",
]


@pytest.mark.parametrize("text", NOT_PAYMENT_METHODS)
def test_it_finds_no_payment_method_where_there_is_none(text: str) -> None:
    assert details(text).payment_method is None


# --- extract(email) ---------------------------------------------------------


def test_it_extracts_from_a_parsed_email() -> None:
    email = make_email(
        subject="Refund for order 4521",
        text="I ordered yesterday and paid €49,90 with PayPal. Please refund it.",
    )
    result = extract(email, timezone=BERLIN)
    assert result.number is not None and result.number.value == "4521"
    assert result.date is not None and result.date.value == date(2026, 11, 19)
    assert result.amount is not None
    assert result.amount.value == Money(Decimal("49.90"), "EUR")
    assert result.payment_method is not None and result.payment_method.value == "paypal"


def test_it_extracts_the_order_number_of_the_default_test_email() -> None:
    number = extract(make_email(), timezone=BERLIN).number
    assert number is not None
    assert (number.value, number.source_text) == ("1001", "order #1001")


def test_it_counts_from_the_emails_own_date() -> None:
    email = make_email(text="I ordered yesterday", date=datetime(2026, 3, 2, 8, 0, tzinfo=UTC))
    found = extract(email, timezone=BERLIN).date
    assert found is not None
    assert found.value == date(2026, 3, 1)


def test_it_reads_the_quoted_part_of_an_email_only_as_a_fallback() -> None:
    new = "It still has not arrived."
    quoted = "On Mon, Acme Support wrote:\n> Your order 4521 has shipped."
    email = make_email(subject="Re: shipping", text=f"{new}\n\n{quoted}", new_text=new)
    number = extract(email, timezone=BERLIN).number
    assert number is not None
    assert number.value == "4521"
    assert number.confidence == round(0.9 * QUOTED_CONFIDENCE, 2)


def test_it_returns_empty_details_for_a_mail_without_any() -> None:
    result = extract(make_email(subject="Hello", text="Do you sell gift cards?"), timezone=BERLIN)
    assert (result.number, result.date, result.amount, result.payment_method) == (
        None,
        None,
        None,
        None,
    )


def test_a_bare_amount_named_before_with_its_currency_has_that_currency() -> None:
    found = details(
        "why was i charged $3.20 extra on top of the $40.00? i want the 3.20 back"
    ).amount
    assert found is not None
    assert found.value == Money(Decimal("3.20"), "USD")


@pytest.mark.parametrize(
    ("text", "quoted", "expected"),
    [
        # the thread names one currency: a bare amount is in it, still to be checked
        ("Please send the other 27.00.", "> a refund of 25.00 EUR has been sent", "EUR"),
        # two currencies, or none: it stays unknown
        ("Please send the other 27.00.", "> 25.00 EUR refunded, $5 fee kept", None),
        ("paid with paypal 42.50 plus 4.95 shipping so 47.45 all in", "", None),
    ],
)
def test_a_bare_amount_takes_the_only_currency_of_the_thread(
    text: str, quoted: str, expected: str | None
) -> None:
    found = details(text, quoted=quoted).amount
    assert found is not None
    assert found.value.currency == expected
    assert found.confidence < 0.7


@pytest.mark.parametrize(
    ("text", "sent_at", "expected"),
    [
        # "this evening" just after midnight in Berlin was the evening before
        ("I ordered earlier this evening (#43310)", datetime(2026, 11, 14, 23, 40, tzinfo=UTC), 14),
        ("I ordered this evening (#43310)", datetime(2026, 11, 14, 19, 0, tzinfo=UTC), 14),
        ("I ordered this morning (#43310)", datetime(2026, 11, 14, 23, 40, tzinfo=UTC), 15),
        # a day after or before a sale day or holiday
        (
            "the day after black friday I ordered a floor lamp",
            datetime(2026, 12, 3, tzinfo=UTC),
            28,
        ),
        ("I ordered the day before Cyber Monday", datetime(2026, 12, 3, tzinfo=UTC), 29),
        # a holiday the goods were for is not the day of the order
        (
            "Op 25 november bestelde ik een cadeau voor pakjesavond",
            datetime(2026, 12, 8, tzinfo=UTC),
            25,
        ),
    ],
)
def test_it_reads_days_around_the_mail_and_the_holidays(
    text: str, sent_at: datetime, expected: int
) -> None:
    found = details(text, sent_at=sent_at).date
    assert found is not None
    assert found.value.day == expected


def test_word_alternation_matches_each_word_and_prefers_the_longest() -> None:
    from inboxbot.extraction.date_phrase import MONTHS, NUMBER_WORDS, _alternation

    for words in (MONTHS, tuple(NUMBER_WORDS), ("sept", "september", "a", "a couple of", "an")):
        pattern = re.compile(rf"(?:{_alternation(words)})", re.IGNORECASE)
        for word in words:
            assert pattern.fullmatch(word), word
            assert pattern.fullmatch(word.capitalize()), word
            # At a place where several words begin, the longest one is taken.
            longest = max((w for w in words if f"{word} x".startswith(w)), key=len)
            assert pattern.match(f"{word} x").group() == longest, word
    sept = re.compile(_alternation(("sept", "september")), re.IGNORECASE)
    assert sept.match("September 3").group() == "September"
    assert sept.fullmatch("sep") is None and sept.fullmatch("septembers") is None
