"""Order numbers: "#1001", "Order 4521", "Bestellnummer: 4711", "112-1234567-1234567"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from inboxbot.extraction.common import RE_SENTENCE_END, Candidate, window_before
from inboxbot.extraction.order_date import RE_PURCHASE_VERB
from inboxbot.models import Fact

# A word that names an order. German and Dutch glue "number" onto the noun
# (Bestellnummer, bestelnummer); a letter after it would make it another word
# ("ordered"), while "order1001" is a typo.
_ORDER_WORD = r"""
    \b(?:
        orders? | purchase
      | bestell(?:ung(?:en)?|nummer|-?nr\b\.?) | auftrag(?:snummer)?  # German
      | pedidos? | compra                                         # Spanish
      | commandes? | cde | cmde | achat                            # French
      | ordin[ei] | ord\. | acquisto                             # Italian
      | bestel(?:ling(?:en)?|nummer|-?nr\b\.?) | order(?:nummer|-?nr\b\.?)  # Dutch
    )(?![^\W\d_])
"""
RE_ORDER_WORD = re.compile(_ORDER_WORD, re.IGNORECASE | re.VERBOSE)

# What may stand between an order word and its number. French and Spanish put
# a "n°"/"nº" between; the filler may repeat ("order number is: #1001") and
# may open a bracket ("my order (no. 12045)"); after "is" an article may stand
# ("Mi pedido es el 51190", "il mio ordine è il 71003"). "is" and "es" are
# words of their own, never a prefix's letters ("pedido ES-8812"), and the
# number may follow the order in a sentence of its own ("MY ORDER. 4521").
_FILLER = r"""
    (?:\s*(?:
        [:\#(-] | (?P<full_stop>\.)(?=\s+\#?\d) | n[°º] | n\.º | n\. | nr\b\.? | no\b\.? | number\b
      | n(?:u|ú)mero\b | num[ée]ro\b | nummer\b | num\b\.? | id\b | ref(?:erence)?\b\.?
      | (?:es|est|è)\s+(?:el|la|le|il)\b
      | (?:is|was|ist|war|es|era|fue|est|était|è|lautet|luidt)(?=[\s:])
      | on\s+(?:it|there|the\s+\w+)\s*,?
    )){0,4}
    \s*
"""
# A shop may add letters after the digits too, in capitals ("3390-B", "5521-DE").
_SUFFIX = r"(?-i:-[A-Z]{1,3})?"
_NUMBER = rf"(?:[A-Z]{{1,4}}-?)?\d+(?:-\d+)*{_SUFFIX}"

# An order number after a word that names it: "Order 4521", "Bestellnummer: 4711".
RE_ORDER_NUMBER = re.compile(
    rf"{_ORDER_WORD}{_FILLER}(?P<number>{_NUMBER})(?![\w-])", re.IGNORECASE | re.VERBOSE
)

# Two orders named together ("Bestellungen 81551 und 81552", "orders #4410 and
# #4411"); the first is meant unless the customer then points to the second
# ("Bitte stornieren Sie die zweite", RE_POINTS_TO_SECOND).
RE_ORDER_PAIR = re.compile(
    rf"""
    {_ORDER_WORD}{_FILLER}(?P<first>{_NUMBER})
    \s*(?:,|&|/|\band\b|\bund\b|\by\b|\be\b|\bet\b|\ben\b)\s*\#?\s*
    (?P<number>{_NUMBER})(?![\w-])
    """,
    re.IGNORECASE | re.VERBOSE,
)
RE_POINTS_TO_SECOND = re.compile(
    r"""
    \b(?:
        the\s+(?:second|latter|last)(?!\s+time) | die\s+zweite | (?:den|das)\s+zweite
      | letztere | (?:la|el)\s+segund[oa] | (?:la|le)\s+(?:seconde?|deuxi[eè]me)
      | (?:il|la)\s+second[oa] | de\s+tweede | de\s+laatste
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
POINTER_WIDTH = 120  # the sentence or two after the pair

# A number named only as "the number" ("Die Nummer ist 66120", "(número
# 30551)", "n° 4471"), as customers answer a shop that asked for it. Only
# "is" or ":" may stand between: "número de teléfono", "numéro de suivi" name
# other numbers. Trusted less than "#1001", and never when it reads like a
# phone number or a numbered thing (RE_NOT_ORDER_BEFORE, RE_PHONE_GROUPS).
RE_NUMBER_WORD = re.compile(
    r"""
    (?:
        \b(?:number|nummer|n[uú]mero|num[ée]ro)\b(?:\s+on\s+(?:it|the\s+\w+))?
        (?:\s*(?:is|ist|es|est|è|:))*(?:\s*no\.)?
      | (?<!\w)n\.?[°º]
    )
    \s*\#?\s*
    (?P<number>(?:[A-Z]{1,4}-?)?\d+(?:-\d+)*)
    (?![\w-])
    """,
    re.IGNORECASE | re.VERBOSE,
)

# "Nr. 22814" or "no. 12045" alone names a house as often as an order; it is
# one only with an order word or a buying verb just before, in the same
# sentence ("ich habe vor einer Woche bestellt (Nr. 22814)").
RE_ABBREVIATED_NUMBER = re.compile(
    rf"(?<![\w.])(?:nr\.?|no\.)\s*\#?\s*(?P<number>{_NUMBER})(?![\w-])", re.IGNORECASE
)
ORDER_WORD_WIDTH = 50  # characters before "Nr." in which the order must be named

# A number in brackets after the order or its buying ("j'ai passé commande
# hier (77812)", "hice un pedido el sábado (el 1209)"), on the same terms.
RE_BRACKETED_NUMBER = re.compile(
    rf"\(\s*(?:(?:el|la|le|il|de|het|the)\s+)?\#?\s*(?P<number>{_NUMBER})\s*\)", re.IGNORECASE
)

# "The order number he wrote down for me is 100-2290": words between.
RE_ORDER_NUMBER_IS = re.compile(
    rf"""
    \b(?:order\s+number|bestellnummer|n[uú]mero\s+de\s+pedido|num[ée]ro\s+de\s+commande
      |numero\s+d['\u2019]ordine|bestelnummer|ordernummer)
    \b[^.!?\n]{{1,40}}?\b(?:is|was|ist|war|es|era|est|était|è)\s*:?\s*\#?(?P<number>{_NUMBER})
    (?![\w-])
    """,
    re.IGNORECASE | re.VERBOSE,
)

# A reference ("(ref 77031)", "Referenz: 4410"), which customers copy from the
# order confirmation; not one of a return, a payment or a ticket.
RE_REFERENCE = re.compile(
    rf"""
    (?:\b(?:ref(?:erence)?|referenz|referencia|r[ée]f[ée]rence|riferimento|referentie)\b|\br[ée]f\b)\.?
    (?:\s*(?:number|nummer|n[uú]mero|num[ée]ro|no\b\.?|nr\b\.?|n[°º]|[:\#]|is|ist|es|est|è))*
    \s*(?P<number>{_NUMBER})(?![\w-])
    """,
    re.IGNORECASE | re.VERBOSE,
)
RE_NOT_ORDER_REFERENCE = re.compile(
    r"\b(?:returns?|rma|retour\w*|rücksend\w*|devoluci[oó]n|reso|payment|zahlungs?|transfer"
    r"|booking|buchungs?)\W*$",
    re.IGNORECASE,
)

# A number given as the answer when the thread is about an order's number
# ("Sorry, wrong number before. The right one is 77305", "Hi, it's 38812" below
# a shop asking for it): trusted least, and only in the customer's own text.
# It may also be named as what the mail is about ("I never got a refund for
# 30761", "Het gaat om 60312", "regarding 44120").
RE_ANSWER_NUMBER = re.compile(
    r"""
    \b(?:
        is | it'?s | it\s+is | ist | lautet | es | est | c'est | è | luidt
      | about | regarding | concerning | refund\s+for | gaat\s+(?:om|over) | betreft | bezüglich
      | betrifft
      | sobre | concernant | concerne | riguardo | riguarda | a\s+proposito\s+di
    )\s*:?\s*(?:(?:el|la|le|il|the)\s+)?\#?(?P<number>\d{4,12})(?![\w-])
    """,
    re.IGNORECASE | re.VERBOSE,
)

# A number alone at the start of a line, as the whole answer ("44871", "Sure -
# 44871, placed on the 3rd"): only in a thread about an order, and never one
# a word follows on its line, as a postcode's town does ("10115 Berlin").
RE_LONE_NUMBER = re.compile(
    r"""
    ^[^\S\n]*(?:(?:hi|hello|sure|yes|yep|ok(?:ay)?|here\s+(?:it\s+)?is|hallo|ja|klar|gerne|hola|s[ií]
      |claro|bonjour|oui|voil[àa]|ciao|certo|hoi|zeker)\b[^\w\n]*)*
    \#?(?P<number>\d{4,12})(?=[^\S\n]*(?:$|[,.;!)]|-\s|\u2013))
    """,
    re.IGNORECASE | re.VERBOSE | re.MULTILINE,
)

# The order confirmation's number ("my confirmation email says 44871",
# "Bestellbestätigung 44871"), not a shipping confirmation's.
RE_CONFIRMATION_NUMBER = re.compile(
    rf"""
    (?<!shipping\s)(?<!dispatch\s)(?<!delivery\s)(?<!versand)(?<!envío\s)
    \b(?:(?:order\s+)?confirmation|(?:bestell|auftrags)?bestätigung|confirmaci[oó]n|conferma
      |(?:order|bestel)?bevestiging)
    (?:\s+(?:e-?mail|mail|number|no\.?|nummer|n[uú]mero|num[ée]ro))?
    (?:\s+(?:says|is|reads|shows|lautet|ist|dice|es|indique|est|dice|è|zegt|is))?
    \s*:?\s*\#?\s*(?P<number>{_NUMBER})(?![\w-])
    """,
    re.IGNORECASE | re.VERBOSE,
)

# A number the customer asks to have cancelled or refunded ("pls cancel 40788").
RE_ACTION_NUMBER = re.compile(
    r"""
    \b(?:cancel|refund|stornieren|annuler|annullare|cancelar|annuleren)
    (?:\s+(?:my|the|order|bestellung|commande|ordine|pedido|bestelling|la|el|il|de|die))*
    \s+\#?(?P<number>\d{4,12})(?![\w-])
    """,
    re.IGNORECASE | re.VERBOSE,
)

# The customer saying the shop looked up the wrong order, or meant another.
RE_WRONG_ORDER = re.compile(
    r"""
    \b(?:
        wrong\s+order | wrong\s+(?:order\s+)?number | the\s+(?:correct|right)\s+(?:order|one|number)
      | not\s+(?:my|the\s+right)\s+order | you(?:['\u2019]re|\s+are)\s+talking\s+about
      | (?:isn['\u2019]?t|is\s+not)\s+(?:my\s+order|mine)
      | I\s+meant | I\s+was\s+(?:talking|asking|writing)\s+about
      | nicht\s+(?:meine|die\s+richtige)\s+bestellung | falsche\s+bestellung | ich\s+meinte
      | sie\s+sprechen\s+von
      | no\s+es\s+mi\s+pedido | pedido\s+equivocado | me\s+refer[ií]a
      | pas\s+(?:ma|la\s+bonne)\s+commande | mauvaise\s+commande | je\s+parlais\s+de
      | vous\s+(?:me\s+)?parlez\s+de
      | non\s+è\s+il\s+mio\s+ordine | ordine\s+sbagliato | intendevo
      | niet\s+mijn\s+bestelling | verkeerde\s+bestelling | ik\s+bedoelde
      | u\s+(?:heeft|hebt)\s+het\s+over
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)

# A number the customer says is theirs ("Mine is 58484", "la mienne est la
# 44078", "meine ist 58484"), most often after one that is not; trusted above an
# order word, as it corrects one, and like an answer only in a thread about
# an order.
RE_CLAIMED_NUMBER = re.compile(
    rf"""
    \b(?:
        mine['\u2019]s
      | (?:mine|(?:die\s+)?meine|(?:el\s+)?m[ií]o|(?:la\s+)?m[ií]a
        | (?:la\s+)?mienne|(?:le\s+)?mien|(?:il\s+)?mio|(?:de|het)\s+mijne)
        \s+(?:is|ist|es|est|è|c['\u2019]est)
    )\s*:?\s*(?:(?:el|la|le|il|the|die|der|das|het|de)\s+)?
    (?:(?:order|number|nummer)\s+)?\#?\s*(?P<number>{_NUMBER})(?![\w-])
    """,
    re.IGNORECASE | re.VERBOSE,
)

# A number set against another ("71003, non il 71030", "8804, not 8840", "la
# 44078 et non la 44087"): the first is claimed, the second disowned. Not an
# amount ("$120, not $100").
_NOT = r"(?:not|nicht|non|niet|no(?=\s+(?:el|la)\b)|pas)"
_ARTICLE = r"(?:(?:the|el|la|le|il|die|der|das|het|de|du|des|of|von|van|del|um|om|about)\s+){0,2}"
RE_CONTRAST = re.compile(
    rf"""
    (?<![\w$€£.,-])\#?(?P<number>{_NUMBER})\s*,?\s*(?:(?:and|et|e|y|und|en|but|mais)\s+)?{_NOT}\s+
    {_ARTICLE}\#?(?P<disowned>{_NUMBER})(?![\w-])
    """,
    re.IGNORECASE | re.VERBOSE,
)
# The other way round: "not order 71550 but 71505", "pas de la commande 71550
# mais de la 71505", "nicht 4410, sondern 4401".
_ORDER_NOUN = r"(?:(?:order|bestellung|pedido|commande|ordine|bestelling)\s+)?"
RE_CONTRAST_BUT = re.compile(
    rf"""
    (?<!\w){_NOT}\s+(?:\w+\s+){{0,3}}?{_ARTICLE}{_ORDER_NOUN}\#?(?P<disowned>{_NUMBER})
    \s*,?\s*(?:but|mais|sondern|sino|ma|maar)\s+{_ARTICLE}{_ORDER_NOUN}\#?(?P<number>{_NUMBER})
    (?![\w-])
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A number said not to be the customer's ("order 58844 isn't mine", "not order
# 8840"): never taken, wherever else it is named.
RE_DISOWNED_AFTER = re.compile(
    r"""
    \s*(?:
        (?:is\s*n['\u2019]?t|is\s+not|ist\s+nicht|n['\u2019]est\s+pas|no\s+es|non\s+è|is\s+niet)
        \s+(?:mine|my\s+order|meine|die\s+meine|(?:la\s+)?mienne|(?:le\s+)?mien|m[ií][oa]
            |(?:il\s+)?mio|(?:la\s+)?mia|van\s+mij|(?:de|het)\s+mijne)
      # "Die Nummer 2026-7713 kenne ich nicht", "I don't recognise 7713"
      | kenne\s+ich\s+nicht | ken\s+ik\s+niet | no\s+(?:lo|la)\s+conozco
      | je\s+ne\s+(?:la|le)\s+connais\s+pas | non\s+(?:lo|la)\s+conosco
      | (?:i\s+)?(?:don['\u2019]?t|do\s+not)\s+(?:know|recogni[sz]e)\s+(?:it|that|this)
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
RE_DISOWNED_BEFORE = re.compile(
    rf"(?<!\w){_NOT}\s+{_ARTICLE}(?:(?:order|bestellung|pedido|commande|ordine|bestelling)\s+)?"
    r"\#?\s*$",
    re.IGNORECASE,
)
RE_ANY_NUMBER = re.compile(rf"(?<![\w-])\#?(?P<number>{_NUMBER})(?![\w-])", re.IGNORECASE)
# What the customer asks to be done to an order, just before its number.
RE_ACTED_ON = re.compile(
    r"""
    \b(?:cancel\w*|refund|storniere?n?|annul\w*|cancelar|annullare|annuleer\w*|erstatten)
    (?:\s+(?:sie|my|the|order|bestellung|pedido|commande|ordine|bestelling|die|la|el|le|il
          |de|mi|ma|mijn|meine|l['\u2019]ordine|nr\.?|no\.?|n[°º]))*\s*\#?\s*$
    """,
    re.IGNORECASE | re.VERBOSE,
)
ACTED_ON_WIDTH = 40
# An order the customer is content with: "(the tea towels) is perfect", "kam
# einwandfrei an", "est arrivée en bon état", "(the towels, all fine)".
RE_SAID_FINE = re.compile(
    r"""
    \s*\((?:[^)]{0,40}[,\s])?(?:all\s+)?(?:fine|ok|okay|perfect|good|in\s+order)\)
    |
    \s*(?:\([^)]{0,60}\)\s*)?,?\s*
    (?:is|was|arrived|came|ist|kam|war|est|était|es|está|llegó|è|era|arrivato|kwam)
    \s+(?:\w+\s+){0,2}?
    (?:perfect|fine|ok|okay|great|lovely|all\s+good|in\s+order|as\s+expected
      |perfekt|einwandfrei|in\s+ordnung|parfaite?|impeccable|en\s+bon\s+[ée]tat
      |perfect[oa]|bien|perfett[oa]|a\s+posto|prima|in\s+orde)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
TIE_BREAK = 0.01  # breaks a tie only: never above or below a number trusted otherwise
CONTRAST_DIGITS = 4  # fewer, and "150, not 100" is more often an amount or a count
DISOWNED_WIDTH = 40  # characters before a number in which "not" may disown it

# A number followed by more groups of digits is a phone number ("my number is
# 0161 496 0753", "Mi número es 612 345 678").
RE_PHONE_GROUPS = re.compile(r"[ /.]\d")

# "#1001" on its own: Shopify and most shop systems write order numbers so.
# Not right after markup ('="#000000"', "background:#556677"): those are colours.
RE_HASH_ORDER = re.compile(
    rf"(?<![\w&#=\"':])\#\s?(?P<number>(?:[A-Z]{{1,4}}-?)?\d{{3,}}(?:-\d+)*{_SUFFIX})(?![\w-])",
    re.IGNORECASE,
)

# Amazon order ids have a shape nothing else in a mail has: 3-7-7 digits.
RE_AMAZON_ORDER = re.compile(r"(?<![\d-])(?P<number>\d{3}-\d{7}-\d{7})(?![\d-])")

# A shop prefix and digits ("WC-3321"); upper case only, since "ab-123" is rarely one.
RE_PREFIXED_ORDER = re.compile(
    r"(?<![\w-])(?P<number>[A-Z]{2,4}-\d{3,}|[A-Z]-\d{4,})(?![\w-])"  # "WC-3321", "A-77315"
)

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
      | looks?\s+like | such\s+as | format\w* | sieht\s+(?:so\s+)?aus\s+wie | ressembl\w*\s+à
      | total | price | amount | cost | sum | preis | betrag | summe | precio | importe
      | prix | montant | prezzo | importo | prijs | bedrag | code | pin | size | gr[öo](?:ß|ss)e
      | talla | taille | taglia | maat
    )
    \W*(?:number|no|nr|n[°º]|id)?\W*$
    """,
    re.IGNORECASE | re.VERBOSE,
)

# What may not follow a number for it to be an order number: a decimal part or
# a date's next field ("1001.50", "04/11"), a currency, or a unit ("150 items")
# on the same line: a table's next row may begin with "Item".
RE_NOT_ORDER_AFTER = re.compile(
    r"""
    [.,/:]\d
    | \s?(?:[$€£%](?!\s?\d)|(?:usd|eur|gbp|chf|dollars?|euros?)\b)
    | [^\S\n]+(?:items?|pieces?|pcs|units?|x|times|pairs?|days?|weeks?|months?|years?
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
CONFIDENCE_ABBREVIATED = 0.8  # "Nr. 22814" just after the order is named
CONFIDENCE_REFERENCE = 0.7
CONFIDENCE_ANSWER = 0.4
CONFIDENCE_CLAIMED = 0.92  # "Mine is 58484", "71003, not 71030"


def find_order_numbers(
    text: str,
    shop_patterns: Sequence[str] = (),
    *,
    answers: bool = False,
    disowned: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """Every plausible order number in `text`, in the order they appear.

    `shop_patterns` are the shop's own regular expressions for its order
    numbers; the group "number", if there is one, is the value. With
    `answers`, a number given as an answer ("it's 38812") counts too: the
    caller knows the thread is about an order's number. A number the customer
    disowns, here or in `disowned`, is never one.
    """
    found = _find_order_numbers(text, shop_patterns, answers=answers)
    disowned = disowned | disowned_numbers(text)
    return [candidate for candidate in found if candidate.fact.value not in disowned]


def corrected_numbers(
    text: str, shops: Sequence[str], shop_patterns: Sequence[str] = ()
) -> frozenset[str]:
    """The numbers in the shop's words that the customer corrects with one of their own.

    `shops` are a reply's subject and the quoted reply: "Wrong order AGAIN.
    It's 9902" below "Re: Order #9920"; "je parlais de la commande 3310"
    below "Remboursement commande 3301".
    """
    if not RE_WRONG_ORDER.search(text):
        return frozenset()
    own = {c.fact.value for c in _find_order_numbers(text, shop_patterns, answers=True)}
    theirs = {
        c.fact.value
        for part in shops
        if part
        for c in _find_order_numbers(part, shop_patterns, answers=False)
    }
    # The customer may repeat the shop's number before giving theirs ("u
    # heeft het over bestelling 20551 maar ... 20515"); a number of their own
    # is what makes it a correction.
    return frozenset(theirs) if own - theirs else frozenset()


def disowned_numbers(text: str) -> frozenset[str]:
    """The numbers the customer says are not theirs ("not 8840", "58844 isn't mine")."""
    contrasts = [*RE_CONTRAST.finditer(text), *RE_CONTRAST_BUT.finditer(text)]
    found = {match.group("disowned").upper() for match in contrasts}
    for match in RE_ANY_NUMBER.finditer(text):
        before = text[max(0, match.start() - DISOWNED_WIDTH) : match.start()]
        if RE_DISOWNED_BEFORE.search(before) or RE_DISOWNED_AFTER.match(text, match.end()):
            found.add(match.group("number").upper())
    return frozenset(found)


def _find_order_numbers(
    text: str, shop_patterns: Sequence[str], *, answers: bool
) -> list[Candidate]:
    """Every plausible order number in `text`, the disowned ones too."""
    found: list[Candidate] = []
    for source in shop_patterns:
        pattern = re.compile(source)
        for match in pattern.finditer(text):
            value = match.group("number") if "number" in pattern.groupindex else match.group()
            fact = Fact(value.upper(), CONFIDENCE_SHOP, match.group().strip())
            found.append(Candidate(fact, CONFIDENCE_SHOP, match.start()))
    passed_over = set()
    for match in RE_ORDER_PAIR.finditer(text):
        if _plausible(text, match) and _points_to_second(text, match):
            passed_over.add(match.start())
            found.append(_candidate(text, match, CONFIDENCE_NAMED))
    for match in RE_ORDER_NUMBER.finditer(text):
        number = match.group("number")
        if match.start() in passed_over:
            continue
        if _plausible(text, match) and not RE_DATE_SHAPE.fullmatch(number):
            year_like = RE_YEAR.fullmatch(number) is not None
            confidence = CONFIDENCE_YEAR_LIKE if year_like else CONFIDENCE_NAMED
            if match.group("full_stop"):
                # "MY ORDER. 4521": likely, but a sentence may end at "order"
                # ("the wrong order. #4410 was fine").
                confidence = min(confidence, CONFIDENCE_HASH)
            found.append(_candidate(text, match, confidence))
    standalone = [
        (RE_AMAZON_ORDER, CONFIDENCE_AMAZON),
        (RE_HASH_ORDER, CONFIDENCE_HASH),
        (RE_NUMBER_WORD, CONFIDENCE_NUMBER_WORD),
        (RE_ABBREVIATED_NUMBER, CONFIDENCE_ABBREVIATED),
        (RE_BRACKETED_NUMBER, CONFIDENCE_REFERENCE),
        (RE_ORDER_NUMBER_IS, CONFIDENCE_NUMBER_WORD),
        (RE_REFERENCE, CONFIDENCE_REFERENCE),
        (RE_CONFIRMATION_NUMBER, CONFIDENCE_REFERENCE),
        (RE_ACTION_NUMBER, CONFIDENCE_REFERENCE),
        (RE_PREFIXED_ORDER, CONFIDENCE_PREFIXED),
    ]
    if answers:
        standalone.append((RE_ANSWER_NUMBER, CONFIDENCE_ANSWER))
        standalone.append((RE_LONE_NUMBER, CONFIDENCE_ANSWER))
        standalone.append((RE_CLAIMED_NUMBER, CONFIDENCE_CLAIMED))
        standalone.append((RE_CONTRAST, CONFIDENCE_CLAIMED))
        standalone.append((RE_CONTRAST_BUT, CONFIDENCE_CLAIMED))
    for pattern, confidence in standalone:
        for match in pattern.finditer(text):
            if _standalone(text, match) and _plausible(text, match):
                found.append(_candidate(text, match, confidence))
    return sorted(found, key=lambda candidate: candidate.start)


def _points_to_second(text: str, pair: re.Match[str]) -> bool:
    """Whether the customer then means the second of two orders named together.

    They say so ("the second one"), or name it alone again ("orders 8810 and
    8811 ... please cancel 8811").
    """
    after = text[pair.end() : pair.end() + POINTER_WIDTH]
    if RE_POINTS_TO_SECOND.search(after):
        return True
    named = {m.group("number").upper() for m in RE_ANY_NUMBER.finditer(after)}
    return pair.group("number").upper() in named and pair.group("first").upper() not in named


def names_an_order(text: str) -> bool:
    """Whether `text` speaks of an order at all ("your order number", "Bestellung")."""
    return RE_ORDER_WORD.search(text) is not None


def _standalone(text: str, match: re.Match[str]) -> bool:
    """Whether a number found without an order word before it may still be an order's."""
    pattern, number = match.re, match.group("number")
    before = text[max(0, match.start() - 30) : match.start()]
    if number.split("-")[0].upper() in NOT_ORDER_PREFIXES:
        return False
    if pattern is not RE_AMAZON_ORDER and RE_NOT_ORDER_BEFORE.search(before):
        return False  # an Amazon order id is one whatever it is called
    answers = (RE_NUMBER_WORD, RE_ANSWER_NUMBER, RE_LONE_NUMBER, RE_CLAIMED_NUMBER)
    if pattern in answers and RE_PHONE_GROUPS.match(text, match.end()):
        return False
    if pattern in (RE_ABBREVIATED_NUMBER, RE_BRACKETED_NUMBER):
        clause = window_before(text, match.start(), ORDER_WORD_WIDTH, RE_SENTENCE_END)
        return bool(RE_ORDER_WORD.search(clause) or RE_PURCHASE_VERB.search(clause))
    if pattern is RE_REFERENCE:
        return not RE_NOT_ORDER_REFERENCE.search(before)
    contrast = pattern in (RE_CONTRAST, RE_CONTRAST_BUT)
    if contrast and not _same_shape(number, match.group("disowned")):
        return False
    if contrast or pattern in (
        RE_ANSWER_NUMBER,
        RE_LONE_NUMBER,
        RE_CLAIMED_NUMBER,
        RE_ACTION_NUMBER,
    ):
        return not RE_YEAR.fullmatch(number)
    return True


def _same_shape(number: str, other: str) -> bool:
    """Whether two numbers set against each other are both like an order's.

    A customer who corrects an order number gives one of as many digits
    ("71003, not 71030"); "charged 150, not 100" sets amounts against each other.
    """
    return len(number) == len(other) and sum(char.isdigit() for char in number) >= CONTRAST_DIGITS


def _plausible(text: str, match: re.Match[str]) -> bool:
    """Whether the number has enough digits and is not a price, date or quantity."""
    digits = sum(char.isdigit() for char in match.group("number"))
    return 3 <= digits <= 30 and not RE_NOT_ORDER_AFTER.match(text, match.end())


def _candidate(text: str, match: re.Match[str], confidence: float) -> Candidate:
    """A candidate whose value drops the "#" and the naming word, upper-cased.

    Of two numbers trusted alike, the one the customer asks to cancel or
    refund ranks first ("#70081 and #70082 ... Could you cancel #70082?"),
    and one they say is fine ranks last ("#4410 (the tea towels) is
    perfect ... But #4419 came with the wrong colour").
    """
    value = match.group("number").upper()
    fact = Fact(value, confidence, text[match.start() : match.end()].strip())
    rank = confidence
    if RE_ACTED_ON.search(text, max(0, match.start() - ACTED_ON_WIDTH), match.start()):
        rank += TIE_BREAK
    if RE_SAID_FINE.match(text, match.end()):
        rank -= TIE_BREAK
    return Candidate(fact, rank, match.start())
