"""Hand-written pieces of customer mail in German, Spanish, French, Italian and Dutch."""

from __future__ import annotations

from classifiers.pieces import Pieces

DE = Pieces(
    greetings=[
        "Hallo,",
        "Guten Tag,",
        "Sehr geehrte Damen und Herren,",
        "Hallo {shop}-Team,",
        "Moin,",
        "Liebes Team,",
        "Hi,",
    ],
    signoffs=[
        "Viele Grüße\n{name}",
        "Mit freundlichen Grüßen\n{name}",
        "LG {name}",
        "Danke und Gruß",
        "Beste Grüße,\n{name}",
        "Vielen Dank im Voraus!",
    ],
    asides=[
        "Meine Bestellnummer ist {order}.",
        "Ich habe mit PayPal bezahlt.",
        "Fotos hänge ich an.",
        "Ich habe schon einmal geschrieben.",
        "Bezahlt habe ich mit Kreditkarte.",
    ],
    devices=["Von meinem iPhone gesendet", "Gesendet von Outlook für Android"],
    bodies={
        "refund": [
            (
                "Ware beschädigt",
                "Die {item} kam kaputt bei mir an. Ich möchte bitte mein Geld zurück.",
            ),
            (
                "Rückerstattung",
                "Ich habe die {item} vor zwei Wochen zurückgeschickt und warte immer noch auf die Rückerstattung.",
            ),
            (
                "Stornierung",
                "Bitte stornieren Sie meine Bestellung {order} und erstatten Sie mir den Betrag von {amount}.",
            ),
            (
                "Falscher Artikel",
                "Sie haben mir den falschen Artikel geschickt. Ich möchte keinen Ersatz, bitte erstatten Sie den Kaufpreis.",
            ),
            (
                "Rücksendung",
                "Ich würde die {item} gerne zurückgeben, sie gefällt mir leider nicht. Wie bekomme ich mein Geld wieder?",
            ),
            (
                "Wo bleibt meine Erstattung?",
                "Wo bleibt meine Erstattung? Die Rücksendung ist laut Sendungsverfolgung seit {days} Tagen bei Ihnen.",
            ),
            (
                "Lieferung zu spät",
                "Die Lieferung ist viel zu spät, ich brauche die {item} nicht mehr. Bitte den vollen Betrag zurückerstatten.",
            ),
            (
                "Teilerstattung",
                "Die {item} hat einen kleinen Sprung. Ich behalte sie, wenn Sie mir einen Teil des Preises erstatten.",
            ),
            ("Nie angekommen", "Mein Paket ist nie angekommen. Ich hätte gerne mein Geld zurück."),
            (
                "Mangelhaft",
                "Die {item} funktioniert nach drei Tagen nicht mehr. Ich möchte vom Kauf zurücktreten und den Betrag erstattet bekommen.",
            ),
            ("", "bitte geld zurück, {item} passt nicht. bestellung {order}"),
            (
                "Erstattung noch nicht erhalten",
                "Sie haben mir die Erstattung von {amount} bestätigt, auf meinem Konto ist aber noch nichts eingegangen.",
            ),
        ],
        "dispute": [
            (
                "Doppelt abgebucht",
                "Sie haben den Betrag für Bestellung {order} doppelt abgebucht. Ich habe nur einmal bestellt.",
            ),
            (
                "Unbekannte Abbuchung",
                "Auf meinem Kontoauszug ist eine Abbuchung von {amount} von Ihnen, die ich nicht kenne. Ich habe nichts bestellt.",
            ),
            (
                "Falscher Betrag",
                "Meine Bestellung kostete {amount}, abgebucht wurden aber {more}. Bitte erklären Sie das.",
            ),
            ("Gebühr", "Warum wurde mir eine Gebühr berechnet, der ich nie zugestimmt habe?"),
            (
                "PayPal-Konflikt",
                "Ich habe einen Konflikt bei PayPal eröffnet, weil Sie auf meine Mails nicht antworten.",
            ),
            (
                "Rückbuchung",
                "Ich werde die Zahlung über meine Bank zurückbuchen lassen, wenn das nicht bis Freitag geklärt ist.",
            ),
            (
                "Nicht autorisiert",
                "Diese Kartenzahlung wurde nicht von mir autorisiert. Jemand hat meine Kartendaten benutzt.",
            ),
            (
                "Abo gekündigt",
                "Ich habe mein Abo gekündigt und trotzdem wurden wieder {amount} abgebucht. Dem habe ich nicht zugestimmt.",
            ),
            ("Zweimal belastet", "Meine Kreditkarte wurde zweimal mit {amount} belastet."),
            (
                "Was ist das für eine Zahlung?",
                "Was ist das für eine Zahlung von {amount} an {shop}? Bei uns hat niemand etwas gekauft.",
            ),
            ("", "warum habt ihr {more} abgebucht? bestellt war für {amount}"),
            (
                "Lastschrift",
                "Da ist eine Lastschrift von Ihnen, die ich nie erteilt habe. Ich widerspreche dieser Abbuchung.",
            ),
        ],
        "other": [
            ("Danke", "Vielen Dank, die Erstattung ist heute angekommen. Super Service!"),
            (
                "Geld ist da",
                "Das Geld ist wieder auf meinem Konto, danke für die schnelle Erstattung!",
            ),
            (
                "Frage vor dem Kauf",
                "Bekomme ich mein Geld zurück, wenn mir die {item} nicht gefällt? Ich würde gern vorher Bescheid wissen.",
            ),
            (
                "Rückgaberecht",
                "Wie lange habe ich Rückgaberecht? Ich überlege, die {item} zu kaufen.",
            ),
            (
                "Wo ist meine Bestellung?",
                "Wo ist meine Bestellung {order}? Die Sendungsverfolgung zeigt seit Tagen nichts Neues.",
            ),
            (
                "Adressänderung",
                "Können Sie die Lieferadresse meiner Bestellung noch ändern? Ich bin umgezogen.",
            ),
            (
                "Umtausch",
                "Kann ich die {item} gegen eine andere Farbe umtauschen? Geld zurück brauche ich nicht.",
            ),
            ("Rechnung", "Könnten Sie mir bitte eine Rechnung für Bestellung {order} schicken?"),
            ("Lieferzeit", "Wie lange dauert die Lieferung nach Österreich?"),
            ("Lob", "Die {item} ist wunderschön, vielen Dank! Ich bestelle sicher wieder."),
            ("Zahlungsarten", "Kann ich bei Ihnen auch per Rechnung oder Überweisung bezahlen?"),
            (
                "Karte abgelehnt",
                "Meine Karte wird an der Kasse immer abgelehnt. Wie kann ich sonst bezahlen?",
            ),
            (
                "Zahlung ausstehend",
                "Die Zahlung ist bei meiner Bank noch vorgemerkt. Ist die Bestellung trotzdem angekommen?",
            ),
            ("Gutschein", "Mein Gutscheincode funktioniert an der Kasse nicht. Können Sie helfen?"),
            ("", "gibt es die {item} auch in grün?"),
            (
                "Ersatz",
                "Die {item} kam mit einem Kratzer. Schicken Sie mir bitte einfach eine neue, kein Geld zurück nötig.",
            ),
        ],
    },
    quoted=[
        "Hallo,\nvielen Dank für Ihre Nachricht. Wir kümmern uns darum.\nIhr {shop}-Team",
        "Guten Tag,\nIhre Bestellung {order} wurde versandt.\nMit freundlichen Grüßen\n{shop}",
    ],
    quote_headers=["Am {days}.03.2026 um 10:12 schrieb {shop} <info@shop.example>:"],
    reply_prefix="AW: ",
    shop_subjects=["Ihre Bestellung {order}", "Ihre Anfrage"],
    forward_notes=[
        "Ich leite meine Mail noch einmal weiter.",
        "Siehe unten, keine Antwort bisher.",
    ],
    forward_header="---------- Weitergeleitete Nachricht ---------\nVon: ich\nDatum: {days}. März 2026",
)

ES = Pieces(
    greetings=["Hola,", "Buenos días,", "Estimados señores:", "Hola equipo de {shop},", "Buenas,"],
    signoffs=[
        "Saludos,\n{name}",
        "Un saludo",
        "Gracias,\n{name}",
        "Atentamente,\n{name}",
        "Muchas gracias!",
    ],
    asides=[
        "Mi número de pedido es {order}.",
        "Pagué con PayPal.",
        "Adjunto fotos.",
        "Ya os escribí la semana pasada.",
    ],
    devices=["Enviado desde mi iPhone", "Enviado desde mi móvil"],
    bodies={
        "refund": [
            (
                "Producto roto",
                "La {item} llegó rota. Quiero que me devuelvan el dinero, por favor.",
            ),
            (
                "Reembolso",
                "Devolví la {item} hace dos semanas y todavía no he recibido el reembolso.",
            ),
            (
                "Cancelar pedido",
                "Por favor, cancelen mi pedido {order} y reembólsenme los {amount}.",
            ),
            (
                "¿Dónde está mi reembolso?",
                "¿Dónde está mi reembolso? Ustedes recibieron la devolución hace {days} días.",
            ),
            (
                "Artículo equivocado",
                "Me enviaron un artículo equivocado. No quiero cambio, quiero el reembolso.",
            ),
            (
                "Devolución",
                "Quiero devolver la {item} porque no es como en la foto. ¿Cómo obtengo el reembolso?",
            ),
            (
                "Pedido no recibido",
                "Mi pedido nunca llegó. Solicito la devolución del importe completo.",
            ),
            ("", "hola quiero devolver la {item} y que me devuelvan el dinero, no me queda bien"),
            (
                "Reembolso parcial",
                "La {item} tiene un defecto pequeño. Me la quedo si me hacen un reembolso parcial.",
            ),
            (
                "Retraso",
                "El pedido llegó con {days} días de retraso y ya no lo necesito. Quiero mi dinero.",
            ),
        ],
        "dispute": [
            ("Cobro doble", "Me han cobrado dos veces el pedido {order}. Solo hice un pedido."),
            (
                "Cargo desconocido",
                "Tengo un cargo de {amount} de su tienda que no reconozco. No he comprado nada.",
            ),
            ("Importe incorrecto", "El total era {amount} pero me cobraron {more}. ¿Por qué?"),
            ("Comisión", "¿Por qué me han cobrado una comisión que nadie me dijo?"),
            (
                "Disputa PayPal",
                "He abierto una disputa en PayPal porque no contestan a mis correos.",
            ),
            ("Contracargo", "Si no lo solucionan, pediré a mi banco un contracargo de este pago."),
            ("Pago no autorizado", "Yo no autoricé este pago. Alguien usó mi tarjeta en su web."),
            (
                "Suscripción",
                "Cancelé la suscripción y aun así me cobraron {amount} este mes. No lo acepto.",
            ),
            ("", "me habeis cobrado {more} y el pedido era de {amount}, explicadme esto"),
            (
                "Cargo en mi tarjeta",
                "Veo en mi extracto un pago a {shop} que no hice yo. Quiero que lo anulen.",
            ),
        ],
        "other": [
            ("Gracias", "Gracias, ya recibí el reembolso. Todo perfecto."),
            ("Reembolso recibido", "Ya me ha llegado el dinero, muchas gracias por la rapidez."),
            ("Antes de comprar", "Si compro la {item} y no me gusta, ¿me devuelven el dinero?"),
            (
                "Política de devoluciones",
                "¿Cuál es su política de devoluciones? Estoy pensando en comprar la {item}.",
            ),
            (
                "¿Dónde está mi pedido?",
                "¿Dónde está mi pedido {order}? El seguimiento no se mueve.",
            ),
            ("Cambio de dirección", "¿Pueden cambiar la dirección de entrega de mi pedido?"),
            ("Cambio de talla", "¿Puedo cambiar la {item} por otro color? No necesito reembolso."),
            ("Factura", "¿Me pueden enviar la factura del pedido {order}?"),
            ("Envíos", "¿Hacen envíos a Canarias?"),
            ("Felicidades", "La {item} es preciosa, muchas gracias por el cuidado en el envío."),
            ("Forma de pago", "¿Se puede pagar con Bizum o transferencia?"),
            (
                "Tarjeta rechazada",
                "Mi tarjeta aparece como rechazada al pagar. ¿Hay otra forma de pago?",
            ),
            ("", "teneis la {item} en azul?"),
        ],
    },
    quoted=["Hola,\ngracias por su mensaje. Lo revisamos enseguida.\nEl equipo de {shop}"],
    quote_headers=["El {days} mar 2026, a las 11:20, {shop} <hola@shop.example> escribió:"],
    reply_prefix="RE: ",
    shop_subjects=["Su pedido {order}", "Su consulta"],
    forward_notes=["Reenvío mi correo anterior, sin respuesta.", "Os lo vuelvo a mandar."],
    forward_header="---------- Mensaje reenviado ---------\nDe: yo\nFecha: {days} de marzo de 2026",
)

FR = Pieces(
    greetings=["Bonjour,", "Madame, Monsieur,", "Bonsoir,", "Bonjour l'équipe {shop},", "Salut,"],
    signoffs=[
        "Cordialement,\n{name}",
        "Bien à vous",
        "Merci d'avance,\n{name}",
        "Bonne journée",
        "Salutations distinguées,\n{name}",
    ],
    asides=[
        "Mon numéro de commande est {order}.",
        "J'ai payé par carte bancaire.",
        "Je joins des photos.",
        "C'est mon deuxième message.",
    ],
    devices=["Envoyé de mon iPhone", "Envoyé depuis mon mobile"],
    bodies={
        "refund": [
            (
                "Article cassé",
                "La {item} est arrivée cassée. Je souhaite être remboursé, s'il vous plaît.",
            ),
            (
                "Remboursement",
                "J'ai renvoyé la {item} il y a deux semaines et je n'ai toujours pas été remboursé.",
            ),
            ("Annulation", "Merci d'annuler ma commande {order} et de me rembourser {amount}."),
            (
                "Où en est mon remboursement ?",
                "Où en est mon remboursement ? Vous avez reçu le retour il y a {days} jours.",
            ),
            (
                "Mauvais article",
                "Vous m'avez envoyé le mauvais article. Je ne veux pas d'échange, remboursez-moi.",
            ),
            (
                "Retour",
                "Je voudrais retourner la {item}, elle ne correspond pas à la description. Comment être remboursé ?",
            ),
            (
                "Colis jamais reçu",
                "Mon colis n'est jamais arrivé. Je demande le remboursement intégral.",
            ),
            ("", "bonjour je veux renvoyer la {item} et etre rembourse merci"),
            (
                "Remboursement partiel",
                "La {item} a un petit défaut. Je la garde si vous me faites un remboursement partiel.",
            ),
            (
                "Retard",
                "La livraison a {days} jours de retard, je n'en ai plus besoin. Remboursez-moi la totalité.",
            ),
        ],
        "dispute": [
            (
                "Débité deux fois",
                "J'ai été débité deux fois pour la commande {order}. Je n'ai passé qu'une commande.",
            ),
            (
                "Prélèvement inconnu",
                "Je ne reconnais pas ce prélèvement de {amount} de votre boutique. Je n'ai rien acheté.",
            ),
            (
                "Montant incorrect",
                "Ma commande faisait {amount} mais vous avez prélevé {more}. Pourquoi ?",
            ),
            ("Frais", "Pourquoi m'a-t-on facturé des frais que je n'ai jamais acceptés ?"),
            ("Litige PayPal", "J'ai ouvert un litige sur PayPal car vous ne répondez pas."),
            ("Opposition", "Si ce n'est pas réglé, je vais faire opposition auprès de ma banque."),
            (
                "Paiement non autorisé",
                "Ce paiement n'a pas été autorisé par moi. Quelqu'un a utilisé ma carte.",
            ),
            (
                "Abonnement",
                "J'ai résilié mon abonnement et vous m'avez encore prélevé {amount}. Je conteste ce paiement.",
            ),
            ("", "vous avez pris {more} alors que la commande etait a {amount}??"),
            (
                "Paiement inconnu",
                "Il y a sur mon relevé un paiement à {shop} que je n'ai pas fait. Merci de l'annuler.",
            ),
        ],
        "other": [
            ("Merci", "Merci, le remboursement est bien arrivé. Très bon service."),
            ("Bien reçu", "J'ai bien reçu le remboursement, merci pour votre réactivité."),
            (
                "Avant achat",
                "Si la {item} ne me plaît pas, est-ce que vous remboursez ? Je n'ai pas encore commandé.",
            ),
            (
                "Politique de retour",
                "Quelle est votre politique de retour ? J'hésite à acheter la {item}.",
            ),
            ("Où est ma commande ?", "Où est ma commande {order} ? Le suivi ne bouge plus."),
            (
                "Changement d'adresse",
                "Pouvez-vous modifier l'adresse de livraison de ma commande ?",
            ),
            (
                "Échange",
                "Puis-je échanger la {item} contre une autre couleur ? Pas besoin de remboursement.",
            ),
            ("Facture", "Pourriez-vous m'envoyer la facture de la commande {order} ?"),
            ("Livraison", "Livrez-vous en Belgique ?"),
            ("Bravo", "La {item} est magnifique, merci beaucoup !"),
            ("Paiement", "Est-ce que je peux payer par virement ?"),
            ("Carte refusée", "Ma carte est refusée au moment de payer. Puis-je payer autrement ?"),
            ("", "la {item} existe en vert ?"),
        ],
    },
    quoted=[
        "Bonjour,\nmerci pour votre message, nous revenons vers vous rapidement.\nL'équipe {shop}"
    ],
    quote_headers=["Le {days} mars 2026 à 14:03, {shop} <contact@shop.example> a écrit :"],
    reply_prefix="RE: ",
    shop_subjects=["Votre commande {order}", "Votre demande"],
    forward_notes=["Je vous renvoie mon message, toujours sans réponse.", "Voir ci-dessous."],
    forward_header="---------- Message transféré ---------\nDe : moi\nDate : {days} mars 2026",
)

IT = Pieces(
    greetings=["Buongiorno,", "Salve,", "Gentile {shop},", "Ciao,", "Spettabile servizio clienti,"],
    signoffs=[
        "Cordiali saluti,\n{name}",
        "Grazie,\n{name}",
        "Saluti",
        "Distinti saluti\n{name}",
        "Grazie mille!",
    ],
    asides=["Il mio numero d'ordine è {order}.", "Ho pagato con carta.", "Allego le foto."],
    devices=["Inviato da iPhone", "Inviato dal mio smartphone"],
    bodies={
        "refund": [
            ("Prodotto rotto", "La {item} è arrivata rotta. Vorrei il rimborso, per favore."),
            (
                "Rimborso",
                "Ho restituito la {item} due settimane fa e non ho ancora ricevuto il rimborso.",
            ),
            ("Annullamento", "Vi prego di annullare l'ordine {order} e di rimborsarmi {amount}."),
            (
                "Dov'è il mio rimborso?",
                "Dov'è il mio rimborso? Avete ricevuto il reso {days} giorni fa.",
            ),
            (
                "Articolo sbagliato",
                "Mi avete mandato l'articolo sbagliato. Non voglio il cambio, voglio essere rimborsato.",
            ),
            (
                "Reso",
                "Vorrei restituire la {item} e avere indietro i soldi, non è come nella foto.",
            ),
            ("Mai arrivato", "Il pacco non è mai arrivato. Chiedo il rimborso completo."),
            ("", "ciao voglio restituire la {item} e riavere i soldi grazie"),
            (
                "Ritardo",
                "L'ordine è arrivato con {days} giorni di ritardo, non mi serve più. Rimborsatemi.",
            ),
        ],
        "dispute": [
            (
                "Addebito doppio",
                "Mi avete addebitato due volte l'ordine {order}. Ho fatto un solo ordine.",
            ),
            (
                "Addebito sconosciuto",
                "C'è un addebito di {amount} del vostro negozio che non riconosco. Non ho comprato nulla.",
            ),
            ("Importo sbagliato", "Il totale era {amount} ma mi avete addebitato {more}. Perché?"),
            (
                "Commissione",
                "Perché mi è stata addebitata una commissione che non ho mai accettato?",
            ),
            ("Contestazione", "Ho contestato il pagamento con la mia banca perché non rispondete."),
            (
                "Pagamento non autorizzato",
                "Non ho autorizzato questo pagamento. Qualcuno ha usato la mia carta.",
            ),
            (
                "Abbonamento",
                "Ho disdetto l'abbonamento e mi avete comunque addebitato {amount}. Non sono d'accordo.",
            ),
            ("", "avete preso {more} ma l'ordine era {amount}, che succede?"),
            (
                "Pagamento sconosciuto",
                "Nel mio estratto conto c'è un pagamento a {shop} che non ho fatto io.",
            ),
        ],
        "other": [
            ("Grazie", "Grazie, il rimborso è arrivato oggi. Tutto a posto."),
            ("Rimborso ricevuto", "Ho ricevuto il rimborso, grazie per la velocità."),
            (
                "Prima di ordinare",
                "Se la {item} non mi piace, mi rimborsate? Non ho ancora ordinato.",
            ),
            (
                "Politica di reso",
                "Qual è la vostra politica di reso? Sto pensando di comprare la {item}.",
            ),
            ("Dov'è il mio ordine?", "Dov'è il mio ordine {order}? Il tracciamento è fermo."),
            ("Cambio indirizzo", "Potete cambiare l'indirizzo di consegna del mio ordine?"),
            ("Cambio", "Posso cambiare la {item} con un altro colore? Non mi serve il rimborso."),
            ("Fattura", "Mi potete mandare la fattura dell'ordine {order}?"),
            ("Spedizioni", "Spedite anche in Svizzera?"),
            (
                "Carta rifiutata",
                "La mia carta viene rifiutata al pagamento. Posso pagare in un altro modo?",
            ),
            ("Complimenti", "La {item} è bellissima, grazie di cuore!"),
            ("", "la {item} c'è anche in rosso?"),
        ],
    },
    quoted=["Buongiorno,\ngrazie per il messaggio, verifichiamo subito.\nIl team di {shop}"],
    quote_headers=[
        "Il giorno {days} mar 2026 alle ore 09:41 {shop} <info@shop.example> ha scritto:"
    ],
    reply_prefix="R: ",
    shop_subjects=["Il suo ordine {order}", "La sua richiesta"],
    forward_notes=["Vi inoltro di nuovo la mia mail.", "Vedi sotto, nessuna risposta."],
    forward_header="---------- Messaggio inoltrato ---------\nDa: io\nData: {days} marzo 2026",
)

NL = Pieces(
    greetings=["Hallo,", "Beste,", "Goedemiddag,", "Geachte heer/mevrouw,", "Hoi {shop},"],
    signoffs=[
        "Met vriendelijke groet,\n{name}",
        "Groetjes",
        "Bedankt,\n{name}",
        "Mvg {name}",
        "Alvast bedankt!",
    ],
    asides=["Mijn bestelnummer is {order}.", "Ik heb met iDEAL betaald.", "Foto's in de bijlage."],
    devices=["Verzonden vanaf mijn iPhone", "Verstuurd vanaf mijn telefoon"],
    bodies={
        "refund": [
            ("Kapot", "De {item} kwam kapot aan. Ik wil graag mijn geld terug."),
            (
                "Terugbetaling",
                "Ik heb de {item} twee weken geleden teruggestuurd en nog steeds geen terugbetaling gehad.",
            ),
            ("Annuleren", "Wilt u mijn bestelling {order} annuleren en {amount} terugstorten?"),
            (
                "Waar blijft mijn terugbetaling?",
                "Waar blijft mijn terugbetaling? U heeft de retour {days} dagen geleden ontvangen.",
            ),
            (
                "Verkeerd artikel",
                "U heeft het verkeerde artikel gestuurd. Ik wil geen ruil, ik wil mijn geld terug.",
            ),
            ("Retour", "Ik wil de {item} retourneren en het bedrag terugkrijgen, hij past niet."),
            (
                "Nooit ontvangen",
                "Mijn pakket is nooit aangekomen. Graag het volledige bedrag terugbetalen.",
            ),
            ("", "hoi ik wil de {item} terugsturen en mijn geld terug"),
            (
                "Te laat",
                "De bestelling kwam {days} dagen te laat, ik heb hem niet meer nodig. Graag terugbetalen.",
            ),
        ],
        "dispute": [
            (
                "Dubbel afgeschreven",
                "Het bedrag voor bestelling {order} is dubbel afgeschreven. Ik heb maar één keer besteld.",
            ),
            (
                "Onbekende afschrijving",
                "Er staat een afschrijving van {amount} van jullie op mijn rekening die ik niet herken.",
            ),
            (
                "Verkeerd bedrag",
                "Mijn bestelling was {amount} maar er is {more} afgeschreven. Hoe kan dat?",
            ),
            (
                "Kosten",
                "Waarom zijn er extra kosten in rekening gebracht waar ik nooit mee akkoord ben gegaan?",
            ),
            ("Geschil", "Ik heb een geschil geopend bij PayPal omdat jullie niet reageren."),
            (
                "Terugboeken",
                "Als dit niet wordt opgelost laat ik de betaling via mijn bank terugboeken.",
            ),
            (
                "Niet geautoriseerd",
                "Deze betaling is niet door mij geautoriseerd. Iemand heeft mijn kaart gebruikt.",
            ),
            ("", "waarom is er {more} afgeschreven?? bestelling was {amount}"),
            (
                "Abonnement",
                "Ik heb mijn abonnement opgezegd en toch is er weer {amount} afgeschreven. Daar ga ik niet mee akkoord.",
            ),
        ],
        "other": [
            ("Bedankt", "Bedankt, de terugbetaling is binnen. Top service!"),
            (
                "Geld ontvangen",
                "Het geld staat weer op mijn rekening, bedankt voor de snelle terugbetaling.",
            ),
            (
                "Vraag vooraf",
                "Krijg ik mijn geld terug als de {item} niet bevalt? Ik heb nog niet besteld.",
            ),
            ("Retourbeleid", "Wat is jullie retourbeleid? Ik twijfel of ik de {item} zal kopen."),
            (
                "Waar is mijn bestelling?",
                "Waar is mijn bestelling {order}? De track & trace staat al dagen stil.",
            ),
            ("Adres wijzigen", "Kunnen jullie het bezorgadres van mijn bestelling nog aanpassen?"),
            ("Ruilen", "Kan ik de {item} ruilen voor een andere kleur? Geld terug hoeft niet."),
            ("Factuur", "Kunnen jullie mij een factuur sturen voor bestelling {order}?"),
            ("Verzending", "Verzenden jullie ook naar België?"),
            (
                "Betaling mislukt",
                "Mijn betaling met iDEAL is mislukt. Kan ik het opnieuw proberen zonder dubbel te betalen?",
            ),
            ("Compliment", "De {item} is prachtig, dank jullie wel!"),
            ("", "hebben jullie de {item} ook in het grijs?"),
        ],
    },
    quoted=["Beste klant,\nbedankt voor uw bericht, we kijken ernaar.\nTeam {shop}"],
    quote_headers=["Op {days} mrt 2026 om 15:22 schreef {shop} <info@shop.example>:"],
    reply_prefix="Re: ",
    shop_subjects=["Uw bestelling {order}", "Uw vraag"],
    forward_notes=["Ik stuur mijn mail nog een keer door.", "Zie hieronder, nog geen antwoord."],
    forward_header="---------- Doorgestuurd bericht ---------\nVan: ik\nDatum: {days} maart 2026",
)

INTL = {"de": DE, "es": ES, "fr": FR, "it": IT, "nl": NL}
