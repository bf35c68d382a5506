"""The reason for a request, the evidence attached, the shop's own order numbers, as tables."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from inboxbot.extraction import extract, extract_text
from inboxbot.extraction.evidence import MIN_PHOTO_BYTES, find_evidence
from inboxbot.extraction.reason import REASON_PATTERNS
from inboxbot.models import REASONS, Attachment, Evidence, Fact, Money, OrderDetails
from inboxbot.store.ledger import order_details, order_facts
from tests.factories import make_email

# (text, reason): every reason in English, German, Spanish, French, Italian, Dutch.
REASON_CASES = [
    ("The vase arrived broken", "damaged"),
    ("the lamp arrived with a cracked shade", "damaged"),
    ("The kettle stopped working after two days", "damaged"),
    ("Die Tasse kam zerbrochen an", "damaged"),
    ("Der Toaster ist defekt", "damaged"),
    ("La taza llegó rota", "damaged"),
    ("El paquete llegó dañado", "damaged"),
    ("Le vase est arrivé cassé", "damaged"),
    ("l'écran ne fonctionne pas", "damaged"),
    ("Il piatto è arrivato rotto", "damaged"),
    ("De mok is kapot aangekomen", "damaged"),
    ("You sent me the wrong item", "wrong_item"),
    ("I got the wrong colour, I ordered blue", "wrong_item"),
    ("this is not what I ordered", "wrong_item"),
    ("Ich habe den falschen Artikel bekommen", "wrong_item"),
    ("Recibí un producto equivocado", "wrong_item"),
    ("J'ai reçu le mauvais article", "wrong_item"),
    ("Ho ricevuto un articolo sbagliato", "wrong_item"),
    ("Ik heb het verkeerde artikel gekregen", "wrong_item"),
    ("The jumper is not as described", "not_as_described"),
    ("It looks nothing like the photos", "not_as_described"),
    ("Die Jacke entspricht nicht der Beschreibung", "not_as_described"),
    ("La chaqueta no coincide con la descripción", "not_as_described"),
    ("La veste ne correspond pas à la description", "not_as_described"),
    ("La giacca non corrisponde alla descrizione", "not_as_described"),
    ("De jas is niet zoals beschreven", "not_as_described"),
    ("It arrived too late for the birthday", "late"),
    ("the delivery was delayed by two weeks", "late"),
    ("Das Paket kam zu spät", "late"),
    ("El pedido llegó tarde", "late"),
    ("Le colis est arrivé en retard", "late"),
    ("Il pacco è arrivato in ritardo", "late"),
    ("Het pakket kwam te laat", "late"),
    ("My parcel never arrived", "not_received"),
    ("I still haven't received my order", "not_received"),
    ("Das Paket ist nie angekommen", "not_received"),
    ("Mi pedido no ha llegado", "not_received"),
    ("Je n'ai toujours pas reçu ma commande", "not_received"),
    ("Non ho ricevuto il pacco", "not_received"),
    ("Ik heb mijn pakket niet ontvangen", "not_received"),
    ("The shoes are too small", "size_fit"),
    ("the dress doesn't fit", "size_fit"),
    ("Die Schuhe sind zu klein", "size_fit"),
    ("Los zapatos son demasiado pequeños", "size_fit"),
    ("Les chaussures sont trop petites", "size_fit"),
    ("Le scarpe sono troppo piccole", "size_fit"),
    ("De schoenen zijn te klein", "size_fit"),
    ("I changed my mind about the chair", "changed_mind"),
    ("I no longer need it", "changed_mind"),
    ("Ich brauche den Stuhl nicht mehr", "changed_mind"),
    ("He cambiado de opinión", "changed_mind"),
    ("J'ai changé d'avis", "changed_mind"),
    ("Ho cambiato idea", "changed_mind"),
    ("Ik heb me bedacht", "changed_mind"),
    ("I was charged twice for one order", "duplicate_charge"),
    ("my statement shows two payments of €34,50", "duplicate_charge"),
    ("Sie haben doppelt abgebucht", "duplicate_charge"),
    ("Me han cobrado dos veces", "duplicate_charge"),
    ("J'ai été débité deux fois", "duplicate_charge"),
    ("Mi avete addebitato due volte", "duplicate_charge"),
    ("Er is dubbel afgeschreven", "duplicate_charge"),
    ("I don't recognise this charge", "unauthorised"),
    ("I never ordered anything from you", "unauthorised"),
    ("Ich kenne diese Abbuchung nicht", "unauthorised"),
    ("No reconozco este cargo", "unauthorised"),
    ("Je ne reconnais pas ce prélèvement", "unauthorised"),
    ("Non riconosco questo addebito", "unauthorised"),
    ("Ik herken deze afschrijving niet", "unauthorised"),
    ("Why was I charged a restocking fee?", "fee"),
    ("there were customs charges on delivery", "fee"),
    ("Warum wurde eine Gebühr berechnet?", "fee"),
    ("Me cobraron un recargo", "fee"),
    ("J'ai dû payer des frais de douane", "fee"),
    ("Ho pagato la dogana", "fee"),
    ("Ik moest douanekosten betalen", "fee"),
    # Several reasons: the more specific one wins.
    ("It came late and broken", "damaged"),
    ("Charged twice, and a fee on top", "duplicate_charge"),
    ("The wrong item, and it's too small anyway", "wrong_item"),
]


@pytest.mark.parametrize(("text", "reason"), REASON_CASES)
def test_it_finds_the_reason_in_six_languages(text: str, reason: str) -> None:
    found = extract_text(text).reason

    assert found is not None
    assert found.value == reason
    assert found.source_text.lower() in text.lower()


NO_REASON = [
    "Hello, do you ship to Austria?",
    "I still haven't received my refund",
    "Still waiting for the money back",
    "Wo bleibt meine Erstattung?",
    "Thanks, the parcel arrived today and it's lovely",
]


@pytest.mark.parametrize("text", NO_REASON)
def test_it_finds_no_reason_where_there_is_none(text: str) -> None:
    assert extract_text(text).reason is None


def test_every_reason_has_a_pattern_and_no_more() -> None:
    assert sorted(name for name, _ in REASON_PATTERNS) == sorted(REASONS)


def test_the_reason_in_the_new_text_beats_the_quoted_history() -> None:
    found = extract_text(
        "The shoes are too small.", quoted="> Sorry the vase arrived broken"
    ).reason

    assert found is not None and found.value == "size_fit"


def attachment(name: str, content_type: str, size: int = 50_000) -> Attachment:
    return Attachment(name, content_type, size, "0" * 64, b"")


# (attachment, kind or None)
EVIDENCE = [
    (attachment("IMG_2041.jpg", "image/jpeg"), "photo"),
    (attachment("photo.heic", "application/octet-stream"), "photo"),
    (attachment("Screenshot 2026-11-19 at 10.02.png", "image/png"), "screenshot"),
    (attachment("Bildschirmfoto 2026-11-19.png", "image/png"), "screenshot"),
    (attachment("Captura de pantalla.png", "image/png"), "screenshot"),
    (attachment("invoice-1001.pdf", "application/pdf"), "pdf"),
    (attachment("statement", "application/pdf"), "pdf"),
    (attachment("notes.txt", "text/plain"), "file"),
    (attachment("logo.png", "image/png", MIN_PHOTO_BYTES - 1), None),
]


@pytest.mark.parametrize(("item", "kind"), EVIDENCE)
def test_it_sorts_attachments_into_kinds_of_evidence(item: Attachment, kind: str | None) -> None:
    found = find_evidence([item])

    if kind is None:
        assert found is None
    else:
        assert found is not None and found.value == (Evidence(kind, item.filename),)


def test_a_parsed_mail_carries_its_attachments_as_evidence() -> None:
    email = make_email(
        text="The mug arrived broken, photos attached.",
        attachments=(
            attachment("IMG_1.jpg", "image/jpeg"),
            attachment("IMG_2.jpg", "image/jpeg"),
        ),
    )

    details = extract(email, timezone=ZoneInfo("UTC"))

    assert details.evidence is not None
    assert [item.kind for item in details.evidence.value] == ["photo", "photo"]
    assert details.evidence.source_text == "IMG_1.jpg, IMG_2.jpg"
    assert details.reason is not None and details.reason.value == "damaged"


# (shop patterns, text, number)
SHOP_PATTERNS = [
    ([r"ACME-(?P<number>\d{6})"], "Refund for ACME-204518 please", "204518"),
    ([r"\bK\d{7}\b"], "Kundenauftrag K2045187 ist defekt", "K2045187"),
    # The shop's shape wins over a "#" number elsewhere in the mail.
    ([r"ACME-(?P<number>\d{6})"], "Ticket #4411 about ACME-204518", "204518"),
    ([], "Ticket #4411 about ACME-204518", "ACME-204518"),
]


@pytest.mark.parametrize(("patterns", "text", "number"), SHOP_PATTERNS)
def test_a_shop_can_name_its_own_order_number_shapes(patterns, text, number) -> None:
    found = extract_text(text, order_patterns=patterns).number

    assert found is not None and found.value == number


def test_the_stored_facts_read_back_as_the_same_details() -> None:
    details = OrderDetails(
        number=Fact("1001", 0.9, "order #1001"),
        date=Fact(date(2026, 11, 4), 0.8, "on 4 November"),
        amount=Fact(Money(Decimal("49.90"), "EUR"), 0.9, "49,90 €"),
        payment_method=Fact("paypal", 0.9, "PayPal"),
        product=Fact("Ceramic vase", 0.95, "orders file"),
        reason=Fact("damaged", 0.8, "broken"),
        evidence=Fact((Evidence("photo", "IMG_1.jpg"),), 0.9, "IMG_1.jpg"),
    )

    stored = order_facts(details)

    assert stored["reason"] == {"value": "damaged", "confidence": 0.8, "source": "broken"}
    assert stored["evidence"]["value"] == [{"kind": "photo", "file": "IMG_1.jpg"}]
    assert order_details(stored) == details


def test_unreadable_stored_facts_are_left_out() -> None:
    stored = {"date": {"value": "someday", "confidence": 0.5, "source": "x"}, "reason": {}}

    assert order_details(stored) == OrderDetails()
