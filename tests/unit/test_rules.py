"""The keyword rules: each fires on what it names, and stays quiet on the hard negatives."""

from __future__ import annotations

import pytest

from classifiers import match_rules
from classifiers.rules import RULE_CONFIDENCE, RULES
from inboxbot.models import LabelName

# Each rule, the label it gives, and (text, matched phrase) cases it must fire on.
FIRES: dict[str, tuple[LabelName, list[tuple[str, str]]]] = {
    "duplicate charge": (
        LabelName.DISPUTE,
        [
            ("I was charged twice for order 1001", "charged twice"),
            ("Looks like a double charge on my Visa.", "double charge"),
            ("There is a duplicate payment from your shop.", "duplicate payment"),
            ("You billed me 2x for the same lamp", "billed me 2x"),
            ("Sie haben doppelt abgebucht!", "doppelt abgebucht"),
            ("Me han cobrado dos veces el pedido.", "cobrado dos veces"),
            ("J'ai été débité deux fois.", "débité deux fois"),
            ("C'è un doppio addebito sulla carta.", "doppio addebito"),
            ("Het is dubbel afgeschreven.", "dubbel afgeschreven"),
        ],
    ),
    "chargeback": (
        LabelName.DISPUTE,
        [
            ("I will file a chargeback tomorrow.", "chargeback"),
            ("I've asked my bank to charge back the payment.", "charge back the payment"),
            ("Sonst lasse ich die Zahlung zurückbuchen.", "zurückbuchen"),
            ("Anders laat ik het terugboeken.", "terugboeken"),
        ],
    ),
    "payment dispute": (
        LabelName.DISPUTE,
        [
            ("I've opened a dispute with PayPal.", "opened a dispute with PayPal"),
            ("I'm raising a claim with my bank today.", "raising a claim with my bank"),
            ("J'ai ouvert un litige sur PayPal.", "litige sur PayPal"),
            ("He abierto una disputa en PayPal.", "disputa en PayPal"),
        ],
    ),
    "unauthorised charge": (
        LabelName.DISPUTE,
        [
            ("There is an unauthorised payment on my card.", "unauthorised payment"),
            ("I did not authorise this transaction.", "did not authorise this transaction"),
            (
                "There's a charge on my statement I don't recognise.",
                "charge on my statement I don't recognise",
            ),
            ("Diese Zahlung ist nicht autorisiert.", "nicht autorisiert"),
            ("Tengo un cargo que no reconozco.", "cargo que no reconozco"),
            ("Ik heb dit niet geautoriseerd.", "niet geautoriseerd"),
        ],
    ),
    "where is my refund": (
        LabelName.REFUND,
        [
            ("Where is my refund? It's been two weeks.", "Where is my refund"),
            ("Still no refund for order 3390.", "Still no refund"),
            ("I haven't received my refund yet.", "haven't received my refund"),
            ("Wo bleibt meine Erstattung?", "Wo bleibt meine Erstattung"),
            ("¿Dónde está mi reembolso?", "Dónde está mi reembolso"),
            ("Je n'ai toujours pas été remboursé.", "toujours pas été remboursé"),
            ("Dov'è il mio rimborso?", "Dov'è il mio rimborso"),
            ("Waar blijft mijn terugbetaling?", "Waar blijft mijn terugbetaling"),
        ],
    ),
    "money back": (
        LabelName.REFUND,
        [
            ("The vase arrived broken, I want my money back", "want my money back"),
            ("i want my mony back for the rug", "want my mony back"),
            (
                "could i send it back and have my mony back please",
                "could i send it back and have my mony back please",
            ),
            ("Can we get our money back, please?", "Can we get our money back, please"),
            ("I would like a full refund for the broken lamp.", "would like a full refund"),
            ("Ich möchte mein Geld zurück.", "möchte mein Geld zurück"),
            ("Quiero que me devuelvan el dinero.", "Quiero que me devuelvan el dinero"),
            ("Je veux être remboursé.", "Je veux être remboursé"),
            ("Rivoglio i miei soldi.", "Rivoglio i miei soldi"),
            ("Ik wil mijn geld terug.", "wil mijn geld terug"),
        ],
    ),
    "refund received": (
        LabelName.OTHER,
        [
            ("Thank you, the refund arrived today", "the refund arrived"),
            ("Thanks, I've received my refund. All sorted.", "received my refund"),
            ("Refund received, cheers.", "Refund received"),
            ("Thanks, I can see the money back on my card now.", "can see the money back on my"),
            ("The money came back to my account today, thanks", "The money came back to my"),
            ("Danke, die Erstattung ist angekommen.", "Erstattung ist angekommen"),
            ("Gracias, ya recibí el reembolso.", "ya recibí el reembolso"),
            ("Merci, j'ai bien reçu le remboursement.", "bien reçu le remboursement"),
            ("Grazie, il rimborso è arrivato.", "rimborso è arrivato"),
            ("Bedankt, de terugbetaling is binnen.", "terugbetaling is binnen"),
        ],
    ),
}

FIRING_CASES = [
    pytest.param(rule, label, text, phrase, id=f"{rule}: {text}")
    for rule, (label, cases) in FIRES.items()
    for text, phrase in cases
]

# (subject, text): mail no rule may call a refund or a dispute.
HARD_NEGATIVES = [
    ("", "Thank you, the refund arrived today"),
    ("Thanks", "Thanks, I've received my refund. All sorted."),
    ("", "What is your return policy? I'm thinking of buying the lamp"),
    ("", "Do you offer a money back guarantee?"),
    ("", "Can I get my money back if it doesn't fit? Asking before I order."),
    ("", "If I order two sizes, can I send one back and get my money back?"),
    ("", "Will I get a full refund if I return it unworn?"),
    ("", "Could you charge back my card for the lamp I returned? Thanks!"),
    ("", "I received the confirmation email twice, is that normal?"),
    ("", "Do you charge a fee for paying by card?"),
    ("", "What name will appear on my card statement?"),
    ("", "I double-checked the address and it's correct."),
    ("", "I'd like to exchange the shirt for a bigger size, no refund needed."),
    ("", "I don't want a refund, just the bigger size please."),
    ("", "I do not need my money back, a replacement is fine."),
    ("", "Where is my order? It has been two weeks."),
    ("", "Danke, die Erstattung ist angekommen."),
    ("", "Merci, j'ai bien reçu le remboursement."),
    ("", "¿Cuál es su política de devoluciones?"),
    # A reply keeps the subject of the mail it answers; this one is a thank-you.
    ("Re: Where is my refund?", "Got it today, thanks a lot!"),
]


@pytest.mark.parametrize(("rule", "label", "text", "phrase"), FIRING_CASES)
def test_it_fires_the_named_rule(rule: str, label: LabelName, text: str, phrase: str) -> None:
    result = match_rules("", text)

    assert result is not None
    assert result.name == label
    assert result.source == "rule"
    assert result.confidence == RULE_CONFIDENCE
    assert result.reason.startswith(f"rule '{rule}': ")
    assert result.words == (phrase,)


def test_it_has_cases_for_every_rule() -> None:
    assert set(FIRES) == {rule.name for rule in RULES}


def test_it_reads_the_subject() -> None:
    result = match_rules("Charged twice", "Please look at order 1001.")

    assert result is not None
    assert result.name == LabelName.DISPUTE
    assert result.words == ("Charged twice",)


@pytest.mark.parametrize(("subject", "text"), HARD_NEGATIVES)
def test_it_does_not_fire_on_hard_negatives(subject: str, text: str) -> None:
    result = match_rules(subject, text)

    assert result is None or result.name == LabelName.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "The refund arrived but only for one of the two mugs.",
        "My refund came through, but you kept the postage.",
        "I received my refund, it was £10 short.",
        "I can't see the money back on my card yet.",
        "The money came back to my account, but only £20 of it.",
        "Die Erstattung ist angekommen, aber nur die Hälfte.",
    ],
)
def test_it_leaves_a_complaint_about_an_arrived_refund_to_the_model(text: str) -> None:
    assert match_rules("", text) is None


def test_it_leaves_a_money_back_request_about_a_charge_to_the_model() -> None:
    """A refund demand about a contested charge is a dispute, which the rule cannot tell."""
    assert match_rules("", "There's a direct debit I never set up. I want my money back.") is None


def test_it_prefers_a_dispute_rule_when_a_refund_rule_also_matches() -> None:
    result = match_rules("", "Where is my refund? You charged me twice and kept both payments.")

    assert result is not None
    assert result.name == LabelName.DISPUTE
    assert result.words == ("charged me twice",)


def test_it_normalises_whitespace_in_the_matched_phrase() -> None:
    result = match_rules("", "you have\n  charged   twice")

    assert result is not None
    assert result.words == ("charged twice",)
