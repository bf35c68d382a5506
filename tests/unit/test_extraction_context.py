"""Which of several candidates is the customer's: quoted replies, shipping costs, examples."""

from __future__ import annotations

from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from inboxbot.extraction import extract, extract_text, split_quote
from inboxbot.models import Money
from tests.factories import make_email

BERLIN = ZoneInfo("Europe/Berlin")

# (text with a quote header the parser left in; what stays the customer's)
QUOTE_HEADERS = [
    (
        "I paid €38.\n\nOn Mon, 16 Nov 2026 10:02, Shop <s@x.example> wrote:\n> Hi",
        "I paid €38.\n\n",
    ),
    (
        "Danke\n\nAm 16.11.2026 um 10:02 schrieb Shop <s@x.example>:\n> Hallo",
        "Danke\n\n",
    ),
    (
        "Gracias\n\nEl 21.11.2026 07:05, Olivo <s@x.example> escribió:\n> Hola",
        "Gracias\n\n",
    ),
    ("Merci\n\nLe 21/11/2026 à 07:05, Maison <s@x.example> a écrit :\n> Bonjour", "Merci\n\n"),
    (
        "Grazie\n\nIl giorno 21/11/2026 07:05 Negozio <s@x.example> ha scritto:\n> Ciao",
        "Grazie\n\n",
    ),
    ("Groeten\n\nOp 29.10.2026 23:20 schreef Winkel <s@x.example>:\nHallo", "Groeten\n\n"),
    ("Thanks\n\n-----Original Message-----\nFrom: Shop", "Thanks\n\n"),
    ("Danke\n\n----- Ursprüngliche Nachricht -----\nVon: Shop", "Danke\n\n"),
    # Not a header: the words inside a sentence.
    ("On Monday I wrote: please refund me.", "On Monday I wrote: please refund me."),
    ("I ordered on 3 November and paid €20.", "I ordered on 3 November and paid €20."),
]


@pytest.mark.parametrize(("text", "new"), QUOTE_HEADERS)
def test_it_cuts_a_quoted_message_the_parser_left_in(text: str, new: str) -> None:
    assert split_quote(text)[0] == new


def test_the_shops_quoted_words_never_override_the_customers() -> None:
    quoted = (
        "El 21.11.2026 07:05, Casa Olivo Support <support@shop.example> escribió:\n"
        "> Your refund for order #20877 of €12.50 has been processed. The item was faulty."
    )
    text = f"Hola,\n\nPagué 24,49 €. El pedido no ha llegado todavía. Pedido 1834.\n\n{quoted}"

    details = extract(make_email(text=text, subject="Pedido"), timezone=BERLIN)

    assert details.amount is not None and details.amount.value == Money(Decimal("24.49"), "EUR")
    assert details.number is not None and details.number.value == "1834"
    assert details.reason is not None and details.reason.value == "not_received"


# (text; amount the customer asks about)
AMOUNTS = [
    ("Shipping was 4 dollars on top of that. I'd like my 42 dollars back.", "42"),
    ("El envío costó 6.99 USD aparte. Quiero que me devuelvan los 42.99 USD.", "42.99"),
    ("Dazu kamen 4,90 € Versand. Ich habe 49,90 € bezahlt.", "49.90"),
    ("Please refund the shipping of $5.95 too, I paid $30 for the item.", "5.95"),
]


@pytest.mark.parametrize(("text", "amount"), AMOUNTS)
def test_a_shipping_cost_is_not_the_amount_asked_about(text: str, amount: str) -> None:
    found = extract_text(text).amount

    assert found is not None and found.value.amount == Decimal(amount)


def test_a_price_in_the_quoted_history_is_not_taken_for_the_customers_amount() -> None:
    quoted = "> Returns cost $4.95 unless the item is faulty."

    assert extract_text("It never arrived.", quoted=quoted).amount is None


def test_a_refund_named_in_the_quoted_history_is_still_a_fallback() -> None:
    found = extract_text("Thanks, when will it arrive?", quoted="> Your refund of €12.50 is done.")

    assert found.amount is not None and found.amount.value == Money(Decimal("12.50"), "EUR")


@pytest.mark.parametrize(
    "text",
    [
        "it starts with a # (for example #1001)",
        "e.g. #1001",
        "zum Beispiel #1001",
        "por ejemplo #1001",
        "par exemple #1001",
    ],
)
def test_an_example_order_number_is_no_order_number(text: str) -> None:
    assert extract_text(text).number is None


# (the customer's new text, the shop's quoted reply, the order number): a
# number the customer disowns is never taken, and the one they claim wins.
CLAIMED_NUMBERS = [
    ("il mio ordine è il 71003, non il 71030", "", "71003"),
    ("my order is 8804, not 8840", "> your order #8840", "8804"),
    ("order 58844 isn't mine. Mine is 58484", "> your order 58844", "58484"),
    ("la 44078 et non la 44087", "> Votre commande 44087 est partie.", "44078"),
    ("Mi pedido es el 51190", "> Su pedido 51910 ha sido enviado.", "51190"),
    ("El pedido 51190, no el 51910", "", "51190"),
    ("Bestellung 4410 ist nicht meine, meine ist 4401", "", "4401"),
    ("bestelling 77305, niet 77350", "", "77305"),
    ("Sorry, not order 8840 but order 8804", "", "8804"),
    ("wrong order. mine's 11873, and it has NOT arrived.", "> We've checked order 11837", "11873"),
    (
        "Meine Bestellnummer lautet 2026-7731. Die Nummer 2026-7713 kenne ich nicht.",
        "> Ihre Bestellung 2026-7713 wurde zugestellt.",
        "2026-7731",
    ),
    ("Order 7713? I don't recognise it. Mine is order 7731.", "", "7731"),
    ("Il ne s'agit pas de la commande 71550 mais de la 71505.", "> La commande 71550", "71505"),
    ("Es geht nicht um 4410, sondern um 4401.", "> Ihre Bestellung 4410", "4401"),
    # the shop's number, corrected with the customer's own
    ("Wrong order AGAIN. It's 9902.", "> We checked order #9920", "9902"),
    ("Merci, mais je parlais de la commande 3310.", "> Votre commande 3301", "3310"),
    (
        "Apologies, I gave you the wrong number. The correct order is #8020.",
        "> Order #8002",
        "8020",
    ),
    (
        "u heeft het over bestelling 20551 maar mijn retour gaat over 20515",
        "> Bestelling 20551 is bezorgd.",
        "20515",
    ),
    ("nein, die 30115 ist die meiner Frau. Meine ist die 30151.", "> Bestellung 30115", "30151"),
    (
        "vous me parlez de la commande 77304 mais ce n'est pas la mienne, la mienne c'est 77340.",
        "> Le remboursement de la commande 77304 a été validé",
        "77340",
    ),
    (
        "Vous parlez de la commande 55401, mais mon retour concerne la 55410.",
        "> votre commande n° 55401",
        "55410",
    ),
    (
        "You've refunded the wrong order. #4410 was fine. The problem is #4419.",
        "> a refund for order #4410",
        "4419",
    ),
    # "not" before something else disowns nothing
    ("I have not received order 4521", "", "4521"),
    ("Order 4521 is not here yet", "", "4521"),
    ("order no 12045 please", "", "12045"),
    ("I was charged 150, not 100, for order 4521", "", "4521"),
    ("size 42, not 44. order 4521", "", "4521"),
]


@pytest.mark.parametrize(("text", "quoted", "number"), CLAIMED_NUMBERS)
def test_a_disowned_number_is_never_taken_and_the_claimed_one_wins(
    text: str, quoted: str, number: str
) -> None:
    details = extract_text(text, quoted=quoted, timezone=BERLIN)
    assert details.number is not None
    assert details.number.value == number


# (new text, quoted reply): no number is left once the only one is disowned,
# and a number set against another is no order's outside a thread about one.
NO_CLAIMED_NUMBER = [
    ("The number 58844 isn't mine", "> your order 58844"),
    ("la 44078 et non la 44087", ""),
    ("Mine is 0161 496 0753", "> your order number?"),
    ("I paid 150, not 100", "> your order number?"),
    ("Mine is 2026", "> your order number?"),
]


@pytest.mark.parametrize(("text", "quoted"), NO_CLAIMED_NUMBER)
def test_it_takes_no_disowned_or_unclaimed_number(text: str, quoted: str) -> None:
    assert extract_text(text, quoted=quoted, timezone=BERLIN).number is None


@pytest.mark.parametrize(
    ("subject", "text", "number"),
    [
        # a reply's subject is the shop's words, corrected by the customer's
        ("Re: Order #9920", "Wrong order AGAIN. It's 9902.", "9902"),
        ("RE: Remboursement commande 3301", "je parlais de la commande 3310", "3310"),
        # a subject the customer wrote is theirs
        ("Order #9920 broken", "The vase arrived smashed.", "9920"),
    ],
)
def test_the_customer_corrects_the_number_in_the_subject_of_a_reply(
    subject: str, text: str, number: str
) -> None:
    details = extract_text(text, subject=subject, timezone=BERLIN)
    assert details.number is not None
    assert details.number.value == number
