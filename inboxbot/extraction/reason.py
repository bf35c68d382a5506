"""Why the customer wants their money back, in one of the ten words reports group by.

Each reason is one named pattern with its phrases in English, German, Spanish,
French, Italian and Dutch. When a mail names several ("it came late and
broken"), the more specific reason wins, in the order of REASON_PATTERNS: a
charge problem over a goods problem, damage over lateness, and "changed my
mind" or a fee only when nothing else is named.
"""

from __future__ import annotations

import re

from inboxbot.extraction.common import Candidate
from inboxbot.models import REASONS, Fact


def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text, re.IGNORECASE | re.VERBOSE)


RE_DUPLICATE_CHARGE = _pattern(
    r"""
    \b(?:charged|billed|debited|paid|taken)\s+(?:me\s+)?(?:twice|two\s+times|double)\b
    | \bdouble[\s-](?:charged?|billed|payment|debit)\b
    | \bduplicate\s+(?:charge|payment|transaction)s?\b
    | \btwo\s+(?:identical\s+)?(?:charges|payments|debits|transactions)\b
    | \b(?:doppelt|zweimal)\s+(?:abgebucht|belastet|berechnet|bezahlt|gezahlt|eingezogen)\b
    | \bdoppelte\s+(?:abbuchung|zahlung|belastung)\b | \bzwei\s+(?:abbuchungen|zahlungen)\b
    | \b(?:cobrad[oa]|cobraron|cargad[oa]|cargaron|pagad[oa]|cobrado)\s+(?:\w+\s+)?dos\s+veces\b
    | \b(?:doble\s+cobro|cobro\s+doble|cargo\s+duplicado|dos\s+cargos|dos\s+cobros)\b
    | \b(?:débité|prélevé|facturé|payé|débitée?s?)\s+(?:\w+\s+)?deux\s+fois\b
    | \bdouble\s+(?:débit|prélèvement|paiement|facturation)\b | \bdeux\s+prélèvements\b
    | \b(?:addebitat[oi]|pagat[oi])\s+due\s+volte\b | \bdoppio\s+addebito\b
    | \b(?:dubbel|twee\s+keer)\s+(?:afgeschreven|betaald|gefactureerd|geïncasseerd)\b
    """
)
RE_UNAUTHORISED = _pattern(
    r"""
    \b(?:don'?t|do\s+not|didn'?t|can'?t)\s+recogni[sz]e\b | \bunrecogni[sz]ed\b
    | \bunauthori[sz]ed\b | \b(?:didn'?t|did\s+not|never)\s+authori[sz]e\b
    | \bnever\s+(?:ordered|placed|made|bought)\b | \bfraud(?:ulent)?\b | \bstolen\s+card\b
    | \bsomeone\s+(?:used|has\s+used)\s+my\s+card\b | \bwasn'?t\s+me\b
    | \bnicht\s+autorisiert\b | \bkenne\s+(?:diese|die|den)\s+\w+\s+nicht\b | \bnie\s+bestellt\b
    | \bbetrug\b | \bnicht\s+von\s+mir\b
    | \bno\s+reconozco\b | \bno\s+(?:autoricé|autorizad[oa])\b | \bnunca\s+(?:pedí|compré|hice)\b
    | \bfraude\b
    | \bne\s+reconnais\s+pas\b | \b(?:pas|non)\s+autorisée?\b | \bjamais\s+(?:commandé|acheté)\b
    | \bnon\s+riconosco\b | \bnon\s+autorizzat[oa]\b | \bmai\s+ordinato\b | \bfrode\b
    | \bherken\s+(?:deze|die|de)\s+\w+\s+niet\b | \bniet\s+geautoriseerd\b | \bnooit\s+besteld\b
    """
)
RE_WRONG_ITEM = _pattern(
    r"""
    \bwrong\s+(?:item|product|article|colou?r|model|one|thing|book|version|parcel|package|order)s?\b
    | \bnot\s+(?:what|the\s+(?:item|one|thing))\s+I\s+(?:ordered|bought)\b
    | \bsent\s+(?:me\s+)?(?:a|an|the)\s+(?:\w+\s+){0,3}instead\s+of\b
    | \bsomeone\s+else'?s\s+order\b
    | \bfalsche[nrs]?\s+(?:artikel|ware|produkt|farbe|modell|paket|sache)\b
    | \bnicht\s+das,?\s+was\s+ich\s+bestellt\b | \bfalsch\s+geliefert\b
    | \b(?:artículo|producto|color|modelo|paquete)\s+(?:equivocad[oa]|incorrect[oa]|errónea?o?)\b
    | \bno\s+es\s+lo\s+que\s+(?:pedí|compré)\b | \bme\s+(?:enviaron|mandaron)\s+otr[oa]\b
    | \bmauvais\s+(?:article|produit|modèle|coloris|colis)\b | \bmauvaise\s+couleur\b
    | \bpas\s+ce\s+que\s+j'ai\s+(?:commandé|acheté)\b | \b(?:article|produit)\s+erroné\b
    | \b(?:articolo|prodotto|colore|modello)\s+sbagliat[oa]\b
    | \bnon\s+è\s+quello\s+che\s+ho\s+ordinato\b
    | \bverkeerde?\s+(?:artikel|product|kleur|model|pakket)\b | \bniet\s+wat\s+ik\s+besteld\b
    """
)
RE_DAMAGED = _pattern(
    r"""
    \b(?:broken|broke|cracked|damaged|smashed|shattered|dented|scratched|torn|ripped|leaking
        |leaked|defective|faulty|chipped|bent|crushed|stained|cracks?|dents?|scratch(?:es)?)\b
    | \b(?:arrived|came)\s+in\s+pieces\b
    | \b(?:stopped|doesn'?t|does\s+not|won'?t|isn'?t)\s+(?:work|working|turn\s+on)\b
    | \bkaputt\w*\b | \bbeschädigt\w*\b | \bzerbrochen\b | \bgebrochen\b | \bzerkratzt\b
    | \bdefekt\w*\b
    | \bgerissen\b | \bundicht\b | \bfunktioniert\s+nicht\b | \bgeht\s+nicht\s+an\b
    | \brot[oa]s?\b | \bdañad[oa]s?\b | \bestropead[oa]s?\b | \brayad[oa]s?\b | \bdefectuos[oa]s?\b
    | \bno\s+funciona\b | \bagrietad[oa]s?\b
    | \bcassée?s?\b | \babîmée?s?\b | \bendommagée?s?\b | \bfissurée?s?\b | \brayée?s?\b
    | \bdéfectueu(?:x|se)s?\b | \bne\s+(?:fonctionne|marche)\s+pas\b | \bbrisée?s?\b
    | \brott[oaie]\b | \bdanneggiat[oaie]\b | \bgraffiat[oaie]\b | \bdifettos[oaie]\b
    | \bnon\s+funziona\b | \bscheggiat[oaie]\b
    | \bkapot\b | \bbeschadigd\b | \bgebroken\b | \bdefect\b | \bwerkt\s+niet\b | \bgebarsten\b
    """
)
RE_NOT_AS_DESCRIBED = _pattern(
    r"""
    \bnot\s+as\s+(?:described|advertised|pictured|shown)\b
    | \b(?:doesn'?t|does\s+not|didn'?t)\s+(?:match|look\s+like)\s+(?:the
      \s+)?(?:description|photos?|pictures?|website|listing|images?)\b
    | \blooks?\s+nothing\s+like\b
    | \bdifferent\s+from\s+(?:the\s+)?(?:photos?|pictures?|description|website|images?)\b
    | \b(?:poor|cheap|bad|terrible)\s+quality\b | \bfake\b | \bcounterfeit\b | \bmisleading\b
    | \bnicht\s+wie\s+beschrieben\b | \bentspricht\s+nicht\s+der\s+(?:beschreibung|abbildung)\b
    | \bsieht\s+(?:ganz\s+)?anders\s+aus\b | \bschlechte\s+qualität\b | \bminderwertig\b
    | \bno\s+(?:es\s+como|coincide\s+con)\s+(?:se\s+describe|la\s+descripción|la\s+foto|las
      \s+fotos)\b
    | \bdiferente\s+(?:a|de)\s+(?:la|las)\s+(?:foto|fotos|descripción)\b | \bmala\s+calidad\b
    | \bne\s+correspond\s+pas\b | \bpas\s+conforme\b | \bnon\s+conforme\b | \bmauvaise\s+qualité\b
    | \bnon\s+corrisponde\b | \bdiverso\s+dalla\s+(?:foto|descrizione)\b | \bscarsa\s+qualità\b
    | \bniet\s+zoals\s+beschreven\b | \bkomt\s+niet\s+overeen\b | \bslechte\s+kwaliteit\b
    """
)
RE_SIZE_FIT = _pattern(
    r"""
    \btoo\s+(?:small|big|large|tight|loose|short|long|narrow|wide)\b
    | \b(?:doesn'?t|does\s+not|didn'?t|did\s+not|don'?t|do\s+not)\s+fit\b | \bwrong\s+size\b
    | \b(?:size|fit)\s+(?:is|was)\s+(?:wrong|off)\b | \bruns?\s+(?:small|large|big)\b
    | \bzu\s+(?:klein|groß|gross|eng|weit|kurz|lang)\b | \bpasst\s+(?:mir\s+)?nicht\b
    | \bfalsche\s+größe\b
    | \b(?:demasiado|muy)
      \s+(?:pequeñ[oa]s?|grandes?|ajustad[oa]s?|estrech[oa]s?|cort[oa]s?|larg[oa]s?)\b
    | \bno\s+me\s+(?:queda|quedan|sirve|va)\b | \btalla\s+(?:equivocada|incorrecta)\b
    | \btrop\s+(?:petite?s?|grande?s?|serrée?s?|large|courte?s?|longue?s?|étroite?s?)\b
    | \bne\s+me\s+va\s+pas\b | \bmauvaise\s+taille\b | \btaille\s+(?:trop|pas)\b
    | \btroppo\s+(?:piccol[oaie]|grand[ei]|strett[oaie]|larg[oaie]|cort[oaie]|lung[oaie])\b
    | \bnon\s+mi\s+(?:sta|va)\b | \btaglia\s+sbagliata\b
    | \bte\s+(?:klein|groot|krap|strak|kort|lang|wijd)\b | \bpast\s+(?:me\s+)?niet\b
    | \bverkeerde\s+maat\b
    """
)
# Waiting for the refund itself is no parcel that failed to arrive.
_NOT_MONEY = r"(?!\s+(?:for\s+)?(?:my\s+|the\s+|a\s+|any\s+)?(?:refund|money|reimbursement|credit))"
RE_NOT_RECEIVED = _pattern(
    rf"""
    \b(?:never|not\s+yet|still\s+not|haven'?t|have\s+not|didn'?t|did\s+not|hasn'?t|has\s+not)
      \s+(?:yet\s+)?(?:been\s+)?(?:received|arrived|got|gotten|delivered|come|shown
      \s+up)\b{_NOT_MONEY}
    | \b(?:never|still\s+hasn'?t)\s+(?:arrived|came|got\s+it)\b
    | \bnot\s+(?:received|delivered)\b{_NOT_MONEY}
    | \bstill\s+waiting\b{_NOT_MONEY} | \blost\s+in\s+(?:the\s+)?(?:post|mail|transit)\b
    | \bwhere\s+is\s+my\s+(?:order|parcel|package)\b
    | \bmarked\s+as\s+delivered\s+but\b | \bnever\s+(?:showed|turned)\s+up\b
    | \b(?:nie|nicht|noch\s+nicht)\s+(?:angekommen|erhalten|geliefert|zugestellt|bekommen)\b
    | \bwarte\s+(?:immer\s+)?noch\b | \bist\s+(?:immer\s+)?noch\s+nicht\s+da\b
    | \bno\s+(?:ha|han|me\s+ha|me\s+han)\s+(?:llegado|entregado)\b
    | \bno\s+(?:he|hemos)\s+recibido\b
    | \bnunca\s+(?:llegó|recibí)\b | \bsigo\s+esperando\b
    | \btodavía\s+no\s+(?:llega|ha\s+llegado)\b
    | \b(?:pas|jamais|toujours\s+pas)\s+(?:reçu|arrivée?|livrée?)\b
    | \bn'est\s+(?:toujours\s+)?pas\s+arrivée?\b
    | \bn'ai\s+(?:toujours\s+|jamais\s+)?(?:pas\s+)?(?:rien\s+)?reçu\b | \bj'attends\s+toujours\b
    | \bnon\s+(?:è|sono)\s+(?:mai\s+)?arrivat[oaie]\b | \bnon\s+ho\s+(?:mai\s+)?ricevuto\b
    | \bmai\s+arrivat[oaie]\b
    | \b(?:niet|nooit|nog\s+(?:steeds\s+)?niet)\s+(?:ontvangen|aangekomen|geleverd|bezorgd)\b
    """
)
RE_LATE = _pattern(
    r"""
    \b(?:arrived|came|delivered|got\s+here)\s+(?:\w+\s+)?(?:late|too\s+late)\b | \btoo\s+late\b
    | \bdelayed\b | \bdelay\b | \btook\s+(?:weeks|ages|too\s+long|forever|over\s+a\s+month)\b
    | \bmissed\s+(?:the\s+)?(?:birthday|wedding|event|date|deadline|party)\b
    | \bzu\s+spät\b | \bverspät\w*\b | \bverzögert\b | \bverzögerung\b
    | \b(?:llegó|llegaron|ha\s+llegado)\s+(?:\w+\s+)?tarde\b | \bdemasiado\s+tarde\b | \bretras\w*\b
    | \ben\s+retard\b | \btrop\s+tard\b | \bretard\b
    | \bin\s+ritardo\b | \btroppo\s+tardi\b | \britardo\b
    | \bte\s+laat\b | \bvertraging\b | \bvertraagd\b
    """
)
RE_CHANGED_MIND = _pattern(
    r"""
    \bchanged\s+my\s+mind\b | \bno\s+longer\s+(?:need|want|require)\b
    | \b(?:don'?t|do\s+not)\s+(?:need|want)\s+(?:it|them|this|these)\s+(?:any\s*more|after\s+all)\b
    | \b(?:ordered|bought|purchased)\s+(?:it\s+|this\s+|them\s+)?(?:by
      \s+(?:mistake|accident)|accidentally)\b
    | \bfound\s+(?:it\s+)?cheaper\b | \bunused\s+and\s+(?:unopened|in\s+the\s+box)\b | \bunopened\b
    | \bes\s+mir\s+anders\s+überlegt\b | \bumentschieden\b | \banders\s+entschieden\b
    | \bbrauche\s+(?:es|ihn|sie|das|den|die)\s+(?:\w+\s+)?nicht\s+mehr\b
    | \bversehentlich\s+bestellt\b
    | \bwiderruf\w*\b | \bungeöffnet\b
    | \bcambi(?:ado|é)\s+de\s+opinión\b | \bya\s+no\s+(?:lo|la|los|las)\s+(?:necesito|quiero)\b
    | \bdesistimiento\b | \bsin\s+abrir\b
    | \bchangé\s+d'avis\b | \bn'en\s+ai\s+plus\s+besoin\b | \brétractation\b | \bnon\s+ouvert\b
    | \bcambiato\s+idea\b | \bnon\s+mi\s+serve\s+più\b | \brecesso\b
    | \bbedacht\b | \bniet\s+meer\s+nodig\b | \bper\s+ongeluk\s+besteld\b | \bherroeping\b
    """
)
RE_FEE = _pattern(
    r"""
    \b(?:\w+\s+)?fees?\b | \bsurcharge\b
    | \b(?:extra|additional|hidden|unexpected)\s+(?:charge|cost)s?\b
    | \bcustoms\s+(?:charges?|duty|duties|fees?)\b | \bimport\s+(?:duty|duties|tax|vat)\b
    | \bgebühr\w*\b | \bzusätzliche\s+kosten\b | \bzoll\w*\b | \baufpreis\b | \bzuschlag\b
    | \bcomisi[oó]n\b | \bcargo\s+adicional\b | \brecargo\b | \baduana\b
    | \bfrais\s+(?:supplémentaires|de\s+douane|cachés|bancaires|de\s+dossier|de\s+retour)\b
    | \bsupplément\b | \bdouane\b
    | \bcommissione\b | \bcosti\s+aggiuntivi\b | \bdogana\b | \bsupplemento\b
    | \bextra\s+kosten\b | \btoeslag\b | \bdouanekosten\b | \b(?:administratie|transactie)kosten\b
    """
)

# The first reason that matches wins: the more specific before the more general.
REASON_PATTERNS = (
    ("duplicate_charge", RE_DUPLICATE_CHARGE),
    ("unauthorised", RE_UNAUTHORISED),
    ("wrong_item", RE_WRONG_ITEM),
    ("size_fit", RE_SIZE_FIT),
    ("not_as_described", RE_NOT_AS_DESCRIBED),
    ("damaged", RE_DAMAGED),
    ("not_received", RE_NOT_RECEIVED),
    ("late", RE_LATE),
    ("changed_mind", RE_CHANGED_MIND),
    ("fee", RE_FEE),
)
assert tuple(sorted(name for name, _ in REASON_PATTERNS)) == tuple(sorted(REASONS))

CONFIDENCE = 0.8


def find_reasons(text: str) -> list[Candidate]:
    """The first phrase of every reason named in `text`; the more specific ranks higher."""
    found = []
    for place, (reason, pattern) in enumerate(REASON_PATTERNS):
        match = pattern.search(text)
        if match is not None:
            fact = Fact(reason, CONFIDENCE, match.group().strip())
            found.append(Candidate(fact, len(REASON_PATTERNS) - place, match.start()))
    return found
