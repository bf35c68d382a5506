"""High-precision keyword rules, tried before the model.

Each rule is a named pattern that, when it matches, settles the label with no
model at all. They are deliberately narrow: a phrase belongs here only when it
almost never appears in mail of another label, so questions asked before buying
("do you refund sale items?") stay with the model. Dispute rules come first
because a customer contesting a charge often also asks for the money back; the
one rule for "other" (a refund that has arrived) comes last, and stands aside at
any hint of a complaint about it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifiers.text import mail_text
from inboxbot.models import Label, LabelName

RULE_CONFIDENCE = 0.95

_FLAGS = re.IGNORECASE | re.UNICODE

RE_DUPLICATE_CHARGE = re.compile(
    r"\b(?:charged|billed|debited)\s+(?:me\s+)?(?:twice|two\s+times|2\s*x|in\s+double)\b"
    r"|\bpaid\s+twice\b"
    r"|\b(?:payment|money)\s+(?:was\s+|has\s+been\s+)?taken\s+twice\b"
    r"|\bdouble[\s-](?:charged?|billed|payment|debit)\b"
    r"|\bduplicate\s+(?:charge|payment|transaction|debit)s?\b"
    # de
    r"|\bdoppelt\s+(?:abgebucht|belastet|berechnet|bezahlt)\b"
    r"|\bzweimal\s+(?:\S+\s+){0,4}?(?:abgebucht|belastet|berechnet)\b"
    # es
    r"|\bcobrad[oa]s?\s+(?:dos|2)\s+veces\b|\bcobro\s+(?:doble|duplicado)\b|\bdoble\s+cobro\b"
    # fr
    r"|\b(?:débité|prélevé|facturé)e?s?\s+deux\s+fois\b"
    r"|\bdouble\s+(?:prélèvement|débit|paiement)\b"
    # it
    r"|\baddebitat[oaie]\s+(?:due|2)\s+volte\b|\bdoppio\s+addebito\b|\bpagato\s+(?:due|2)\s+volte\b"
    # nl
    r"|\b(?:dubbel|twee\s+keer|2x)\s+(?:\S+\s+){0,5}?afgeschreven\b|\bdubbele\s+afschrijving\b",
    _FLAGS,
)

RE_CHARGEBACK = re.compile(
    r"\bcharge-?backs?\b"
    # "charge back" alone is sometimes a plain refund request; with the payment as
    # its object it means the bank reversing it.
    r"|\bcharg(?:e|ed|ing)\s+back\s+(?:the|my|this)\s+(?:payment|transaction)\b"
    r"|\brückbuchung\b|\bzurückbuchen\b|\bcontracargo\b|\bterugboeken\b|\bstorneren\b",
    _FLAGS,
)

# A dispute opened, or about to be, with a bank, card scheme or PayPal.
RE_PAYMENT_DISPUTE = re.compile(
    r"\b(?:open(?:ed|ing)?|fil(?:e|ed|ing)|rais(?:e|ed|ing)|start(?:ed|ing)?)\s+"
    r"(?:a\s+)?(?:formal\s+)?(?:dispute|claim|case)\s+(?:with|on|through|via)\s+"
    r"(?:my\s+)?(?:bank|paypal|visa|mastercard|amex|card\s+issuer|credit\s+card)\b"
    r"|\bpaypal\s+(?:dispute|claim)\b"
    r"|\bdispute\s+(?:this|the)\s+(?:payment|charge|transaction)\b"
    r"|\b(?:konflikt|streitfall)\s+(?:bei|mit|über)\s+paypal\b|\bpaypal-konflikt\b"
    r"|\bdisputa\s+(?:en|con)\s+paypal\b"
    r"|\blitige\s+(?:sur|avec|auprès\s+de)\s+paypal\b|\bfaire\s+opposition\b"
    r"|\bcontestat[oa]\s+il\s+pagamento\b|\bcontestazione\s+con\s+la\s+(?:mia\s+)?banca\b"
    r"|\bgeschil\s+(?:\S+\s+){0,2}?(?:bij|met)\s+paypal\b",
    _FLAGS,
)

RE_UNAUTHORISED_CHARGE = re.compile(
    r"\bunauthori[sz]ed\s+(?:charge|payment|transaction|debit|purchase)s?\b"
    r"|\b(?:didn't|did\s+not|never)\s+authori[sz]e\s+(?:this|these|that|the|any)\s+"
    r"(?:charge|payment|transaction|purchase|order)s?\b"
    r"|\bnot\s+authori[sz]ed\s+by\s+me\b"
    r"|\b(?:charge|payment|transaction|debit)s?\b[^.?!\n]{0,50}\bI\s+(?:don't|do\s+not|didn't|"
    r"did\s+not|can't|cannot)\s+recogni[sz]e\b"
    r"|\b(?:don't|do\s+not)\s+recogni[sz]e\s+(?:a|this|the|that|one)\s+(?:\S+\s+){0,2}?"
    r"(?:charge|payment|transaction|debit)\b"
    # de
    r"|\bnicht\s+autorisiert\b"
    r"|\b(?:abbuchung|belastung|zahlung)\b[^.?!\n]{0,60}\bdie\s+ich\s+nicht\s+(?:kenne|erkenne)\b"
    # es
    r"|\bno\s+autoric[eé]\b|\b(?:cargo|cobro|pago)\b[^.?!\n]{0,60}\bque\s+no\s+reconozco\b"
    # fr
    r"|\bpas\s+été\s+autorisé\b|\bne\s+reconnais\s+pas\s+(?:un|ce|le|cette)\s+"
    r"(?:paiement|prélèvement|débit)\b"
    # it
    r"|\bnon\s+ho\s+autorizzato\b|\b(?:addebito|pagamento)\b[^.?!\n]{0,60}\bche\s+non\s+riconosco\b"
    # nl
    r"|\bniet\s+geautoriseerd\b|\b(?:afschrijving|betaling)\b[^.?!\n]{0,60}\bniet\s+herken\b",
    _FLAGS,
)

RE_WHERE_IS_REFUND = re.compile(
    r"\bwhere(?:'s|\s+is)\s+(?:my|the)\s+refund\b"
    r"|\bstill\s+(?:no|waiting\s+(?:for|on))\s+(?:my\s+|the\s+|a\s+)?refund\b"
    r"|\b(?:haven't|have\s+not|still\s+not|not\s+yet)\s+(?:received|had|got|seen)\s+"
    r"(?:my|the|a|any)\s+refund\b"
    r"|\brefund\s+(?:still\s+)?(?:hasn't|has\s+not|isn't|is\s+not)\s+"
    r"(?:arrived|come\s+through|showing|shown\s+up|appeared)\b"
    # de
    r"|\bwo\s+bleibt\s+(?:meine|die)\s+(?:rück)?erstattung\b"
    r"|\bnoch\s+(?:immer\s+)?keine\s+(?:rück)?erstattung\b"
    # es
    r"|\bd[oó]nde\s+est[aá]\s+(?:mi|el)\s+reembolso\b"
    # fr
    r"|\btoujours\s+pas\s+(?:été\s+)?rembours[ée]e?s?\b"
    r"|\bo[uù]\s+en\s+est\s+(?:mon|le)\s+remboursement\b"
    # it
    r"|\bdov'?\s*è\s+(?:il\s+mio|il)\s+rimborso\b|\bnon\s+ho\s+ancora\s+ricevuto\s+il\s+rimborso\b"
    # nl
    r"|\bwaar\s+blijft\s+mijn\s+(?:terugbetaling|geld)\b",
    _FLAGS,
)

# "I don't want a refund, just a bigger size" is an exchange: no negated wish.
_NOT_NEGATED = r"(?<!n't\s)(?<!not\s)(?<!no\s)"

# "money", and its common slips ("mony", "moeny").
_MONEY = r"mo(?:ne?|en)y"

RE_MONEY_BACK = re.compile(
    _NOT_NEGATED + r"\b(?:want|need|demand|would\s+like|'d\s+like)\s+(?:to\s+(?:get|have)\s+)?"
    r"my\s+" + _MONEY + r"\s+back\b"
    r"|\bgive\s+me\s+my\s+" + _MONEY + r"\s+back\b"
    # Asked for, with a "please" ("could i send it back and have my mony back
    # please"): without one it may be the policy asked about before buying
    # ("if I order two sizes, can I send one back and get my money back?").
    r"|\b(?:could|can|may)\s+(?:i|we)\s+(?:\S+\s+){0,6}?(?:have|get)\s+(?:my|our)\s+"
    + _MONEY
    + r"\s+back,?\s+(?:please|pls|plz)\b"
    r"|" + _NOT_NEGATED + r"\b(?:want|need|demand|request|would\s+like|'d\s+like)\s+"
    r"(?:a\s+)?(?:full\s+)?refund\b"
    # de
    r"|\b(?:will|möchte|hätte\s+gerne?|verlange)\s+(?:gerne?\s+)?(?:mein|das)\s+geld\s+zurück\b"
    # es
    r"|\bquiero\s+que\s+me\s+devuelvan\s+(?:el|mi)\s+dinero\b|\bquiero\s+mi\s+dinero\b"
    # fr
    r"|\bje\s+(?:veux|souhaite|voudrais)\s+(?:être|etre)\s+rembours[ée]e?\b"
    # it
    r"|\brivoglio\s+i\s+miei\s+soldi\b"
    # nl
    r"|\bwil\s+(?:graag\s+)?mijn\s+geld\s+terug\b",
    _FLAGS,
)

# Talk of a charge. "I want a refund" about a charge the customer contests
# ("a direct debit I did not make, I want a refund") is a dispute, so the
# money-back rule stands aside when the mail also speaks of one.
RE_CHARGE_TALK = re.compile(
    r"\bcharg(?:e|ed|es|ing)\b|\bdebit(?:ed|s)?\b|\bfees?\b|\bexchange\s+rate\b|\brecogni[sz]e\b"
    r"|\babgebucht\b|\babbuchung\b|\bbelastet\b|\bgebühr\b"
    r"|\bcobrad[oa]\b|\bcargos?\b|\bcomisi[oó]n\b"
    r"|\bdébitée?\b|\bprélevée?\b|\bfrais\b"
    r"|\baddebit\w*\b|\bcommissione\b"
    r"|\bafgeschreven\b|\bafschrijving\b|\bkosten\b",
    _FLAGS,
)


# A refund that has arrived: the customer says thanks, they are not asking for one.
RE_REFUND_RECEIVED = re.compile(
    r"\b(?:the|my|your)\s+refund\s+(?:has\s+)?(?:arrived|came\s+through|come\s+through"
    r"|went\s+through|is\s+(?:now\s+)?in\s+my\s+account)\b"
    r"|\brefund\s+received\b|\b(?:got|received)\s+(?:my|the)\s+(?:refund|money\s+back)\b"
    r"|\bcan\s+(?:now\s+)?see\s+(?:the|my)\s+(?:refund|money)\s+(?:back\s+)?(?:on|in)\s+my\b"
    r"|\b(?:the|my)\s+money\s+(?:is|came|has\s+come)\s+back\s+(?:on|in|into|to)\s+my\b"
    # de
    r"|\berstattung\s+ist\s+(?:heute\s+|gestern\s+)?angekommen\b"
    # es
    r"|\b(?:ya\s+)?recib[ií]\s+el\s+reembolso\b"
    # fr
    r"|\bbien\s+reçu\s+(?:le|mon)\s+remboursement\b|\bremboursement\s+est\s+bien\s+arrivé\b"
    # it
    r"|\brimborso\s+è\s+arrivato\b|\bho\s+ricevuto\s+il\s+rimborso\b"
    # nl
    r"|\bterugbetaling\s+is\s+binnen\b",
    _FLAGS,
)

# A complaint about the refund that came ("only half of it", "but not the postage").
RE_REFUND_COMPLAINT = re.compile(
    r"\b(?:not|never|only|but|missing|still|half|partial|wrong|short|less)\b|n't\b"
    r"|\b(?:nicht|nur|aber|noch|kein\w*)\b|\b(?:pero|solo|falta)\b|\b(?:pas|mais|seulement)\b"
    r"|\b(?:ma|solo|manca)\b|\b(?:niet|maar|alleen|nog)\b",
    _FLAGS,
)


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern that settles the label when it matches, with the reason shown to a person."""

    name: str
    pattern: re.Pattern[str]
    label: LabelName
    reason: str
    unless: re.Pattern[str] | None = None  # the rule stands aside when this matches too


RULES: tuple[Rule, ...] = (
    Rule(
        "duplicate charge",
        RE_DUPLICATE_CHARGE,
        LabelName.DISPUTE,
        "the customer says they were charged more than once",
    ),
    Rule(
        "chargeback",
        RE_CHARGEBACK,
        LabelName.DISPUTE,
        "the customer mentions a chargeback or reversing the payment through the bank",
    ),
    Rule(
        "payment dispute",
        RE_PAYMENT_DISPUTE,
        LabelName.DISPUTE,
        "the customer has opened or threatens a dispute with a bank, card or PayPal",
    ),
    Rule(
        "unauthorised charge",
        RE_UNAUTHORISED_CHARGE,
        LabelName.DISPUTE,
        "the customer did not authorise or does not recognise a charge",
    ),
    Rule(
        "where is my refund",
        RE_WHERE_IS_REFUND,
        LabelName.REFUND,
        "the customer is waiting for a refund they are owed",
    ),
    Rule(
        "money back",
        RE_MONEY_BACK,
        LabelName.REFUND,
        "the customer asks for their money back",
        unless=RE_CHARGE_TALK,
    ),
    Rule(
        "refund received",
        RE_REFUND_RECEIVED,
        LabelName.OTHER,
        "the customer says a refund has arrived, with no complaint about it",
        unless=RE_REFUND_COMPLAINT,
    ),
)


def match_rules(subject: str, text: str) -> Label | None:
    """The label of the first rule that matches the mail, or None when none does."""
    searched = mail_text(subject, text)
    for rule in RULES:
        found = rule.pattern.search(searched)
        if found and not (rule.unless and rule.unless.search(searched)):
            phrase = " ".join(found.group(0).split())
            return Label(
                name=rule.label,
                confidence=RULE_CONFIDENCE,
                source="rule",
                reason=f"rule '{rule.name}': {rule.reason} (\"{phrase}\").",
                words=(phrase,),
            )
    return None
