"""Hand-written mail bodies in German, Spanish, French, Italian and Dutch about payments, cards,
transfers, fees, balances, invoices and deliveries, most of them labelled other; the labels
follow the guide in `GUIDE.md`.
"""

from __future__ import annotations

BODIES: dict[str, dict[str, list[tuple[str, str]]]] = {
    "de": {
        "refund": [
            (
                "Storniert, kein Geld",
                "Sie haben Bestellung {order} vor {days} Tagen storniert, weil nichts mehr auf "
                "Lager war. Die {amount} habe ich bis heute nicht zurückbekommen.",
            ),
            (
                "",
                "wo bleibt meine erstattung? die rücksendung ist laut tracking seit über ner "
                "woche bei euch",
            ),
            (
                "Rückgabe",
                "Ich möchte den Teppich zurückgeben, er passt farblich überhaupt nicht ins "
                "Wohnzimmer. Bitte erstatten Sie mir den Kaufpreis.",
            ),
            (
                "Erstattung über PayPal",
                "Sie hatten mir die Rückzahlung bestätigt, in meinem PayPal-Konto ist aber nichts "
                "angekommen. Wann kommt das Geld?",
            ),
            (
                "Widerruf",
                "Hiermit widerrufe ich meinen Kauf vom letzten Dienstag (Bestellung {order}) und "
                "bitte um Rückzahlung von {amount} auf mein Konto.",
            ),
            (
                "Expresszuschlag",
                "Die Expresslieferung kam erst nach fünf Werktagen. Den Aufpreis für Express "
                "hätte ich gern zurück.",
            ),
            (
                "Lieber Geld statt Gutschrift",
                "Statt der Gutschrift im Shop hätte ich lieber das Geld zurück aufs Konto. Geht "
                "das?",
            ),
            (
                "Vase zerbrochen",
                "Die Vase kam in Scherben an. Keinen Ersatz bitte, einfach das Geld zurück.",
            ),
            (
                "Stornieren",
                "Bitte Bestellung {order} stornieren, hab das falsche Modell erwischt. Bezahlt "
                "ist schon, also bitte zurücküberweisen.",
            ),
            (
                "Teile fehlen",
                "Von den vier Tassen waren nur zwei im Paket. Für die fehlenden möchte ich mein "
                "Geld zurück, nachschicken brauchen Sie nichts.",
            ),
            (
                "Preis gesenkt",
                "Zwei Tage nach meinem Kauf war die Lampe um 20 € günstiger. Erstatten Sie mir "
                "die Differenz?",
            ),
        ],
        "dispute": [
            (
                "Doppelt abgebucht",
                "Bestellung {order} wurde zweimal von meiner Kreditkarte abgebucht, jeweils "
                "{amount}.",
            ),
            (
                "Unbekannte Lastschrift",
                "Auf meinem Kontoauszug steht eine Lastschrift von {shop} über {amount}. Ich habe "
                "bei Ihnen nie etwas bestellt.",
            ),
            ("", "warum habt ihr {more} abgebucht wenn im warenkorb {amount} stand??"),
            (
                "Bearbeitungsgebühr",
                "Auf der Abrechnung taucht plötzlich eine Bearbeitungsgebühr von 3,90 € auf, "
                "davon stand beim Bestellen nirgends etwas. Dieser Gebühr widerspreche ich.",
            ),
            (
                "PayPal-Konflikt",
                "Wenn ich bis Freitag keine Antwort zur doppelten Zahlung habe, eröffne ich einen "
                "Konflikt bei PayPal.",
            ),
            (
                "Lastschrift ohne Mandat",
                "Sie haben {amount} per Lastschrift eingezogen, ohne dass ich je ein Mandat "
                "erteilt habe. Ich lasse das über meine Bank zurückbuchen.",
            ),
            (
                "Abo gekündigt",
                "Ich habe das Kerzen-Abo letzten Monat gekündigt und trotzdem wurden wieder "
                "{amount} abgebucht. Das habe ich nicht autorisiert.",
            ),
            (
                "Umrechnungskurs",
                "Im Shop stand ein Preis in Euro, meiner Schweizer Karte wurde aber in Franken "
                "ein deutlich schlechterer Kurs berechnet als angezeigt. Das habe ich so nicht "
                "akzeptiert.",
            ),
            (
                "Fremde Zahlung",
                "In meiner App ist gerade eine Zahlung an {shop} über {amount} aufgetaucht, die "
                "nicht von mir ist. Die Karte ist gesperrt und die Bank prüft den Fall.",
            ),
            (
                "Chargeback",
                "Ich habe bei meiner Bank eine Rückbuchung für die Belastung von {more} "
                "beantragt. Meine Bestellung hat {amount} gekostet, mehr habe ich nicht "
                "freigegeben.",
            ),
            (
                "Versand doppelt",
                "Mir wurden die Versandkosten zweimal berechnet, obwohl alles in einem einzigen "
                "Paket kam.",
            ),
        ],
        "other": [
            (
                "Zahlung ausstehend",
                "In meiner Banking-App ist die Zahlung an {shop} nur vorgemerkt. Ist bei Ihnen "
                "schon was angekommen?",
            ),
            ("", "zahlung hängt seit gestern abend auf in bearbeitung, is das normal?"),
            (
                "Bestellung {order}",
                "Nach dem Klick auf Jetzt kaufen kam eine Fehlerseite, eine Bestätigungsmail hab "
                "ich auch nicht. Existiert die Bestellung bei Ihnen überhaupt?",
            ),
            (
                "Klarna",
                "Bei Klarna steht die Zahlung auf ausstehend und im Kundenkonto bei Ihnen auf "
                "Warte auf Zahlungseingang. Muss ich da noch irgendwas anstoßen?",
            ),
            (
                "Sofort bezahlt?",
                "Hab per Sofort bezahlt, danach hat sich die Seite aufgehängt. Soll ich nochmal "
                "bestellen oder lieber abwarten, damit nichts doppelt läuft?",
            ),
            (
                "Karte abgelehnt",
                "Meine Visa wird an der Kasse jedes Mal abgelehnt, obwohl genug Rahmen drauf ist. "
                "Liegt das an Ihrem Shop oder an mir?",
            ),
            ("", "paypal geht bei euch nicht. nach dem login lande ich immer wieder im warenkorb"),
            (
                "Kauf auf Rechnung",
                "Bietet ihr auch Kauf auf Rechnung an? Klarna hat mich abgelehnt, keine Ahnung "
                "wieso.",
            ),
            (
                "Girocard",
                "Kann man bei Ihnen mit Girocard zahlen? Im Bestellvorgang wird nur Kreditkarte "
                "angeboten und eine habe ich nicht.",
            ),
            (
                "Apple Pay bricht ab",
                "Apple Pay bricht bei Ihnen kurz vor Schluss einfach ab, auf anderen Seiten "
                "klappt es problemlos. Ich hab es am Handy und am Mac probiert, jedes Mal das "
                "gleiche, das Fenster geht zu und der Warenkorb ist noch voll. Gibt es da ein "
                "bekanntes Problem?",
            ),
            (
                "Geld wieder da",
                "Die {amount} für Bestellung {order} sind heute wieder auf meinem Konto "
                "gutgeschrieben worden. Wurde die Bestellung storniert oder kommt sie trotzdem?",
            ),
            (
                "",
                "meine bank hat die lastschrift an euch zurückgehen lassen, warum auch immer. ich "
                "will die sachen aber, wie kann ich neu zahlen?",
            ),
            (
                "PayPal",
                "PayPal schreibt mir, die Zahlung an {shop} sei rückgängig gemacht worden. Ich "
                "habe nichts storniert, wird das Paket trotzdem verschickt?",
            ),
            (
                "Vormerkung verschwunden",
                "Die Vormerkung auf meiner Kreditkarte ist nach ein paar Tagen weg. Heißt das, "
                "Sie haben meinen Auftrag gestrichen, oder buchen Sie beim Versand neu ab?",
            ),
            (
                "Überweisung",
                "Ich hab am Montag {amount} überwiesen. Ist das Geld schon bei Ihnen eingegangen?",
            ),
            (
                "Verwendungszweck vergessen",
                "Mist, im Verwendungszweck steht nur mein Name und nicht die Bestellnummer "
                "{order}. Können Sie die Zahlung trotzdem zuordnen?",
            ),
            (
                "",
                "wie lange dauerts bei euch bis eine überweisung verbucht ist? hab freitag "
                "nachmittag überwiesen",
            ),
            (
                "Vorkasse",
                "Ich habe Vorkasse gewählt, in der Mail fehlt aber die Bankverbindung. An welche "
                "IBAN soll ich überweisen?",
            ),
            (
                "Echtzeitüberweisung",
                "Eben per Echtzeitüberweisung bezahlt. Geht das Paket dann heute noch raus?",
            ),
            ("Gebühr bei PayPal?", "Kostet PayPal bei Ihnen extra oder ist das gebührenfrei?"),
            (
                "Auslandseinsatzentgelt",
                "Meine Bank hat mir für den Einkauf bei Ihnen 1,75 % Auslandseinsatzentgelt "
                "berechnet. Sitzen Sie gar nicht in Deutschland? Frage nur aus Neugier, das kläre "
                "ich mit der Bank.",
            ),
            (
                "Zahlung aus der Schweiz",
                "Ich wohne in Basel. Wird in Euro abgerechnet oder kann ich in Franken zahlen? "
                "Möchte wissen, mit welchem Kurs ich rechnen muss.",
            ),
            ("", "kostet ratenzahlung über klarna zinsen oder ist das umsonst?"),
            (
                "Kontoführung",
                "Meine Sparkasse verlangt für jede Buchung am Konto 0,35 €, also auch für die "
                "Überweisung an Sie. Haben Sie eine Zahlart, bei der das nicht anfällt?",
            ),
            (
                "Gutschein nicht verbucht",
                "Ich habe einen Geschenkgutschein über {amount} eingelöst, im Kundenkonto steht "
                "das Guthaben aber weiterhin bei 0,00 €.",
            ),
            (
                "Aufladen fehlgeschlagen",
                "Wollte mein Guthaben aufladen, die Zahlung lief durch, aber der Betrag taucht "
                "nirgends auf. Können Sie mal schauen?",
            ),
            (
                "",
                "wieviel ist noch auf meinem gutschein? der code auf der karte ist halb "
                "abgerubbelt",
            ),
            (
                "Gutschrift nach Umtausch",
                "Nach dem Umtausch hieß es, ich bekomme eine Gutschrift über {amount}. Wo finde "
                "ich die? Ich will damit gleich was Neues bestellen.",
            ),
            (
                "Gutschein und PayPal kombinieren",
                "Geht es, einen Teil mit Gutschein und den Rest mit PayPal zu bezahlen? Der "
                "Warenkorb bietet mir das nicht an.",
            ),
            (
                "Karte gestohlen",
                "Meine Kreditkarte wurde mir geklaut und ist gesperrt. Wie lösche ich sie aus dem "
                "Konto und hinterlege die neue?",
            ),
            (
                "",
                "hab ne neue karte von der bank, die alte läuft ende des monats ab. wo änder ich "
                "das fürs abo?",
            ),
            (
                "Zahlungsdaten fürs Abo",
                "Ich habe meine Karte verloren. Können Sie die nächste Abbuchung für mein "
                "Kerzen-Abo auf die neue Karte umstellen oder muss ich das selbst im Konto "
                "machen?",
            ),
            (
                "Alte Karte",
                "Im Profil ist noch meine Karte mit Ablauf 03/25 gespeichert, ich finde keinen "
                "Knopf zum Ändern.",
            ),
            (
                "Rechnung",
                "Könnten Sie mir bitte die Rechnung zu Bestellung {order} als PDF schicken? In "
                "der Bestätigung war keine dabei.",
            ),
            (
                "Rechnung auf Firma",
                "Ich bräuchte die Rechnung auf unsere Firma, mit USt-IdNr. und ausgewiesener "
                "Mehrwertsteuer. Geht das nachträglich noch?",
            ),
            ("", "brauch ne quittung fürs finanzamt, wo find ich die im kundenkonto"),
            (
                "Rechnungsadresse",
                "Auf der Rechnung steht noch meine alte Adresse in Köln. Können Sie mir eine "
                "korrigierte ausstellen?",
            ),
            (
                "Zahlungsbeleg",
                "Mein Arbeitgeber möchte einen Zahlungsbeleg für die Sachen, die ich fürs Büro "
                "bestellt habe. Reicht die Rechnung, oder gibt es eine separate "
                "Zahlungsbestätigung?",
            ),
            (
                "Wo ist mein Paket?",
                "Laut DHL liegt mein Paket seit {days} Tagen im Paketzentrum. Wissen Sie mehr?",
            ),
            (
                "",
                "die sendungsnummer geht nicht, da steht nur keine daten vorhanden. wann kommt "
                "das zeug?",
            ),
            (
                "Noch nicht versendet?",
                "Ich habe vor einer Woche bestellt und bezahlt, eine Versandbestätigung habe ich "
                "aber noch nicht. Ist alles in Ordnung?",
            ),
            (
                "Zugestellt?",
                "Laut Tracking zugestellt, hier ist aber nichts angekommen, bei den Nachbarn auch "
                "nicht. Können Sie bei Hermes nachhaken? Es ist ein Geschenk und ich brauche es "
                "bis Samstag.",
            ),
            (
                "Packstation",
                "Kann ich die Lieferung noch an eine Packstation umleiten lassen? Tagsüber bin "
                "ich nie da.",
            ),
            (
                "Umtausch Farbe",
                "Der Artikel ({item}) hat leider nicht die Farbe wie auf dem Foto. Kann ich ihn "
                "gegen die graue Variante tauschen? Geld zurück brauche ich nicht.",
            ),
            (
                "",
                "kann ich den teppich in 160x230 gegen 200x300 tauschen und die differenz "
                "draufzahlen?",
            ),
            (
                "Ersatz",
                "Ein Becher aus dem Set kam mit einem Sprung an. Schicken Sie mir einfach einen "
                "neuen, mehr will ich gar nicht.",
            ),
            (
                "Umtausch",
                "Wie läuft bei Ihnen ein Umtausch ab? Ich hätte die Lampe doch lieber in Messing "
                "als in Schwarz.",
            ),
        ],
    },
    "es": {
        "refund": [
            (
                "Pedido cancelado sin reembolso",
                "Me cancelasteis el pedido {order} por falta de stock hace {days} días y todavía "
                "no me habéis devuelto los {amount}.",
            ),
            ("", "cuando me llega el reembolso? la devolución os llegó hace mas de una semana"),
            (
                "Devolución",
                "Quiero devolver el jarrón, el color no me convence nada. ¿Qué tengo que hacer "
                "para que me reembolséis?",
            ),
            (
                "Reembolso en PayPal",
                "Me confirmasteis el reembolso pero en PayPal no me aparece nada todavía. ¿Cuándo "
                "lo voy a tener?",
            ),
            (
                "Desistimiento",
                "Ejerzo mi derecho de desistimiento sobre el pedido {order}. Por favor, "
                "devolvedme los {amount}.",
            ),
            (
                "Envío urgente",
                "Pagué el envío urgente y el paquete tardó una semana entera. Quiero que me "
                "devolváis lo que pagué de más por el urgente.",
            ),
            (
                "Tetera rota",
                "La tetera llegó hecha añicos. No quiero otra, prefiero que me devolváis el "
                "dinero.",
            ),
            (
                "Anular pedido",
                "Por favor anulad el pedido {order}, me equivoqué de modelo. Ya está pagado, así "
                "que necesito que me lo reembolséis.",
            ),
            (
                "Faltan tazas",
                "En la caja venían dos tazas en lugar de cuatro. Devolvedme lo de las que faltan, "
                "no hace falta que las mandéis.",
            ),
            (
                "Prefiero el dinero",
                "En vez del vale de compra prefiero que me devolváis el dinero a la tarjeta.",
            ),
            (
                "Rebaja",
                "Compré la lámpara el lunes y el miércoles ya estaba rebajada. ¿Me devolvéis la "
                "diferencia?",
            ),
        ],
        "dispute": [
            (
                "Cobro duplicado",
                "Me habéis cobrado dos veces el pedido {order}: dos cargos de {amount} el mismo "
                "día.",
            ),
            (
                "Cargo que no reconozco",
                "Tengo un cargo de {shop} por {amount} que no reconozco. Nunca he comprado en "
                "vuestra tienda.",
            ),
            ("", "el pedido eran {amount} y me habéis cargado {more}, explicadme eso"),
            (
                "Comisión de gestión",
                "En el cargo aparece una comisión de gestión de 2,95 € que no se mostraba en "
                "ningún momento al pagar. No estoy conforme con ese cobro.",
            ),
            (
                "Disputa en PayPal",
                "He abierto una disputa en PayPal porque lo que me habéis cobrado no cuadra con "
                "el importe del pedido.",
            ),
            (
                "Suscripción dada de baja",
                "Me di de baja de la suscripción el mes pasado y me habéis vuelto a pasar "
                "{amount}. No he autorizado ese cargo.",
            ),
            ("Aviso", "Como no me expliquéis el cargo de {more}, le pido al banco que lo anule."),
            (
                "Uso fraudulento",
                "Alguien ha usado mi tarjeta en vuestra web: hay un cargo de {amount} que no he "
                "hecho yo. Ya lo he denunciado en el banco.",
            ),
            (
                "Recibo domiciliado",
                "Voy a devolver el recibo domiciliado de {amount}, nunca os di permiso para "
                "cobrarme por domiciliación.",
            ),
            (
                "Cambio de divisa",
                "En la web el precio estaba en euros y me lo habéis cobrado en dólares con un "
                "cambio que no acepté. Reclamo contra ese cargo.",
            ),
            (
                "Gastos de envío dobles",
                "En el mismo pedido me habéis cobrado los gastos de envío dos veces.",
            ),
        ],
        "other": [
            (
                "Pago pendiente",
                "En la app del banco me sale el cargo de {amount} como pendiente. ¿A vosotros os "
                "consta el pago?",
            ),
            ("", "hola el pedido lleva desde ayer en procesando pago, es normal??"),
            (
                "¿Se hizo el pedido?",
                "Le di a pagar, se quedó la pantalla en blanco y no me ha llegado ningún correo. "
                "¿Tenéis algún pedido a mi nombre?",
            ),
            (
                "Pedido {order}",
                "Buenas, pagué anoche con tarjeta y en mi cuenta sigue poniendo pendiente de "
                "pago. ¿Tengo que hacer algo más por mi parte?",
            ),
            (
                "",
                "en el banco pone operacion en curso pero en la web no me aparece ningún pedido. "
                "vuelvo a pagar o espero un poco?",
            ),
            (
                "Tarjeta denegada",
                "Al finalizar la compra me deniega la tarjeta una y otra vez, y saldo tengo de "
                "sobra. ¿Os pasa algo con la pasarela de pago?",
            ),
            (
                "Bizum",
                "¿Aceptáis Bizum? No lo veo entre las formas de pago y es lo que uso siempre.",
            ),
            (
                "Error con PayPal",
                "Cuando elijo PayPal inicio sesión y me devuelve a la cesta con un error. Lo he "
                "intentado tres veces desde el móvil y otra desde el ordenador, con la misma "
                "cuenta que uso para todo, y nada. ¿Puedo pagar de otra manera?",
            ),
            ("", "no me llega el sms del banco para confirmar la compra, asi no hay manera"),
            (
                "Pagar a plazos",
                "Quería pagar en tres plazos con Klarna pero me dice que no está disponible. "
                "¿Depende del importe?",
            ),
            (
                "Me ha vuelto el dinero",
                "Hoy me han vuelto a ingresar los {amount} del pedido {order}. ¿Se ha anulado el "
                "pedido o me lo mandáis igualmente?",
            ),
            (
                "",
                "el banco ha rechazado el cobro por no se que de seguridad y me ha devuelto el "
                "dinero. sigo queriendo el pedido, como pago otra vez?",
            ),
            (
                "Retención liberada",
                "La retención que me hicieron en la tarjeta ha desaparecido a los tres días y no "
                "tengo correo de envío. ¿Sigue en pie el pedido?",
            ),
            (
                "PayPal",
                "PayPal me avisa de que el pago a {shop} se ha revertido. Yo no he cancelado "
                "nada; ¿me llega el paquete o tengo que volver a pedirlo?",
            ),
            ("Transferencia", "El lunes os hice una transferencia de {amount}. ¿Os ha llegado ya?"),
            (
                "Concepto mal puesto",
                "En el concepto de la transferencia puse mi nombre en vez del número de pedido "
                "({order}). ¿La podéis localizar igual?",
            ),
            ("", "cuanto tarda en llegaros una transferencia? la hice el viernes por la tarde"),
            (
                "Datos para la transferencia",
                "He elegido pagar por transferencia pero no me ha llegado ningún número de "
                "cuenta. ¿Me pasáis el IBAN?",
            ),
            (
                "Transferencia inmediata",
                "Acabo de hacer una transferencia inmediata para el pedido {order}. ¿Os da tiempo "
                "a enviarlo hoy?",
            ),
            ("Recargos", "¿Cobráis algún recargo por pagar con tarjeta de crédito o con PayPal?"),
            (
                "Comisión de mi banco",
                "Mi banco me ha cobrado una comisión por compra en el extranjero al pagaros. ¿No "
                "tenéis la sede en España? Es por curiosidad, ya lo hablo yo con el banco.",
            ),
            (
                "Desde México",
                "Escribo desde México: si pago con mi tarjeta, ¿el cobro sale en euros o en "
                "pesos? Quiero hacerme una idea del tipo de cambio.",
            ),
            ("", "el precio lleva el iva incluido o se suma al final?"),
            (
                "Comisión por transferencia",
                "Mi banco me cobra 2 € por cada transferencia que hago. ¿Hay alguna forma de pago "
                "sin esa comisión?",
            ),
            (
                "Tarjeta regalo",
                "Canjeé una tarjeta regalo de {amount} pero el saldo de mi cuenta sigue a cero.",
            ),
            (
                "",
                "como miro el saldo que me queda en la tarjeta regalo? no lo encuentro por ningun "
                "lado",
            ),
            (
                "Recarga fallida",
                "Intenté recargar el monedero de la web, el cobro se hizo pero el saldo no ha "
                "cambiado. ¿Me lo revisáis?",
            ),
            (
                "Vale del cambio",
                "Cuando hice el cambio me dijisteis que me quedaba un vale de {amount}. ¿Dónde lo "
                "veo? Lo quiero gastar en otro pedido.",
            ),
            (
                "Código no válido",
                "Mi cuñada me regaló una tarjeta de vuestra tienda y al meter el código me pone "
                "que no es válido. ¿Puede haber caducado?",
            ),
            (
                "Me robaron la tarjeta",
                "Me robaron la cartera y he cancelado la tarjeta. ¿Cómo la quito de mi cuenta y "
                "pongo la nueva?",
            ),
            (
                "",
                "se me ha caducado la tarjeta guardada, donde la cambio para la suscripcion de "
                "velas",
            ),
            (
                "Nueva tarjeta",
                "Perdí la tarjeta y el banco me ha mandado otra con distinto número. El próximo "
                "cobro de la suscripción, ¿lo podéis pasar a la nueva?",
            ),
            (
                "Tarjeta caducada",
                "En mi perfil sigue saliendo una tarjeta caducada y no me deja eliminarla.",
            ),
            (
                "Factura",
                "¿Me podéis mandar la factura del pedido {order}? No venía con el correo de "
                "confirmación.",
            ),
            (
                "Factura a nombre de empresa",
                "Necesito la factura a nombre de mi empresa, con el CIF y el IVA desglosado. ¿Se "
                "puede hacer ahora, después de la compra?",
            ),
            ("", "donde me descargo la factura?? en mi cuenta no sale"),
            (
                "NIF mal",
                "En la factura me habéis puesto mal el NIF, le falta la letra. ¿Me la podéis "
                "rehacer?",
            ),
            (
                "Justificante de pago",
                "En el trabajo me piden un justificante de pago de lo que compré para la oficina. "
                "¿Me podéis mandar uno?",
            ),
            (
                "¿Dónde está mi pedido?",
                "El seguimiento de Correos lleva {days} días sin moverse. ¿Sabéis algo?",
            ),
            ("", "pone entregado pero aqui no ha llegado nada, ni al portero ni a los vecinos"),
            (
                "Sin número de seguimiento",
                "Pagué hace una semana y todavía no tengo número de seguimiento. ¿Va todo bien "
                "con el pedido {order}?",
            ),
            (
                "Cambio de dirección",
                "¿Puedo cambiar la dirección de entrega? Me he mudado esta semana y creo que el "
                "pedido aún no ha salido.",
            ),
            (
                "SEUR",
                "El repartidor de SEUR dice que no encuentra la calle. ¿Le podéis pasar mi "
                "teléfono?",
            ),
            (
                "Cambio de color",
                "Me ha llegado la lámpara en blanco y yo la pedí en verde. ¿Me la cambiáis? No "
                "quiero que me devolváis nada, solo la que pedí.",
            ),
            ("", "se puede cambiar la alfombra por una mas grande pagando la diferencia?"),
            (
                "Taza rota",
                "Una de las tazas del juego venía rota. Con que me mandéis otra me apaño.",
            ),
            (
                "Cambio de tamaño",
                "¿Cómo van los cambios con vosotros? Quiero la funda de cojín en 50x50, no en "
                "40x40.",
            ),
        ],
    },
    "fr": {
        "refund": [
            (
                "Commande annulée, pas remboursée",
                "Vous avez annulé ma commande {order} il y a {days} jours pour rupture de stock, "
                "mais je n'ai toujours pas été remboursée des {amount}.",
            ),
            (
                "",
                "toujours pas de remboursement alors que mon retour est chez vous depuis 10 jours",
            ),
            (
                "Retour",
                "Je souhaite retourner le vase, la couleur ne me plaît pas du tout. Comment je "
                "fais pour être remboursé ?",
            ),
            (
                "Remboursement PayPal",
                "Vous m'avez confirmé le remboursement par mail mais rien n'apparaît sur PayPal. "
                "Ça arrive quand ?",
            ),
            (
                "Rétractation",
                "J'exerce mon droit de rétractation pour la commande {order}. Merci de me "
                "rembourser les {amount}.",
            ),
            (
                "Livraison express",
                "J'ai payé la livraison express et le colis a mis six jours. Je demande le "
                "remboursement du supplément express.",
            ),
            (
                "Théière cassée",
                "La théière est arrivée en morceaux. Je ne veux pas de remplacement, je veux être "
                "remboursée.",
            ),
            (
                "Annulation",
                "Merci d'annuler la commande {order}, je me suis trompée de modèle. Elle est déjà "
                "payée donc remboursement svp.",
            ),
            (
                "Tasses manquantes",
                "Il manquait deux tasses sur les quatre. Vous pouvez me rembourser celles qui "
                "manquent ? Pas la peine de les renvoyer.",
            ),
            (
                "Plutôt un remboursement",
                "Je préfère être remboursé sur ma carte plutôt que de recevoir un avoir.",
            ),
            (
                "Baisse de prix",
                "La lampe a baissé de prix deux jours après ma commande. Vous me remboursez la "
                "différence ?",
            ),
        ],
        "dispute": [
            (
                "Débité deux fois",
                "J'ai été débité deux fois de {amount} pour la même commande {order}.",
            ),
            (
                "Paiement inconnu",
                "Je vois sur mon relevé un paiement de {amount} à {shop} que je ne reconnais pas. "
                "Je n'ai jamais rien commandé chez vous.",
            ),
            ("", "ma commande faisait {amount} et vous m'avez prélevé {more}, c'est quoi ça ?"),
            (
                "Frais non annoncés",
                "Des frais de traitement de 3,50 € ont été ajoutés à mon paiement sans jamais "
                "apparaître pendant la commande. Je conteste ces frais.",
            ),
            (
                "Litige PayPal",
                "Sans réponse de votre part d'ici vendredi, j'ouvre un litige sur PayPal pour le "
                "double paiement.",
            ),
            (
                "Abonnement résilié",
                "J'ai résilié mon abonnement le mois dernier et vous m'avez encore prélevé "
                "{amount}. Je n'ai jamais autorisé ce prélèvement.",
            ),
            (
                "Opposition",
                "J'ai fait opposition auprès de ma banque : quelqu'un a payé {amount} chez vous "
                "avec ma carte, ce n'est pas moi.",
            ),
            (
                "Prélèvement SEPA",
                "Je conteste le prélèvement SEPA de {amount} fait par {shop}, je n'ai jamais "
                "signé de mandat.",
            ),
            (
                "Taux de change",
                "Le site affichait un prix en euros mais j'ai été débité en francs suisses à un "
                "taux bien pire que celui du jour. Je conteste ce montant.",
            ),
            (
                "Frais de port en double",
                "Vous m'avez facturé les frais de port deux fois pour un seul colis.",
            ),
            (
                "Contestation bancaire",
                "J'ai demandé à ma banque de contester le débit de {more} : le total de ma "
                "commande était de {amount}.",
            ),
        ],
        "other": [
            (
                "Paiement en attente",
                "Sur mon appli bancaire, le paiement de {amount} à {shop} est toujours en "
                "attente. Est-ce que vous l'avez bien reçu ?",
            ),
            (
                "",
                "bonjour ma commande est bloquée sur paiement en cours depuis hier soir c'est "
                "normal ?",
            ),
            (
                "Commande passée ?",
                "J'ai cliqué sur Payer, la page a planté et pas de mail de confirmation… Vous "
                "avez une commande à mon nom ou je recommence ?",
            ),
            (
                "Commande {order}",
                "Le statut affiche toujours en attente de paiement alors que j'ai validé sur "
                "l'appli de ma banque. Je dois faire autre chose ?",
            ),
            (
                "Paiement en 3 fois",
                "J'ai pris le paiement en 3 fois et la première échéance est marquée en attente. "
                "La commande part quand même ou vous attendez ?",
            ),
            (
                "Carte refusée",
                "Ma CB est refusée à chaque fois au moment de payer, alors que j'ai largement ce "
                "qu'il faut sur le compte. Un souci de votre côté ?",
            ),
            (
                "",
                "impossible de payer par paypal, ça me renvoie au panier avec un message d'erreur",
            ),
            (
                "Code de validation",
                "Je ne reçois jamais le code de ma banque pour valider l'achat, du coup je reste "
                "bloquée sur la page. Il y a un autre moyen de payer ?",
            ),
            (
                "Apple Pay",
                "Le bouton Apple Pay tourne dans le vide puis se ferme. Sur les autres sites ça "
                "marche.",
            ),
            (
                "Amex",
                "Vous prenez l'American Express ? La mienne est rejetée à la toute dernière étape.",
            ),
            (
                "Argent recrédité",
                "Les {amount} de la commande {order} ont été recrédités sur mon compte ce matin. "
                "La commande est annulée ou elle arrive quand même ?",
            ),
            (
                "",
                "ma banque a bloqué le paiement (sécurité apparemment) et l'argent est revenu. je "
                "veux toujours ma commande, je repaie comment ?",
            ),
            (
                "Pré-autorisation disparue",
                "La pré-autorisation sur ma carte a disparu au bout de quelques jours et je n'ai "
                "reçu aucun mail d'expédition. Ma commande est toujours valable ?",
            ),
            (
                "Paiement annulé ?",
                "PayPal m'indique que mon paiement à {shop} a été annulé. Je n'ai rien annulé de "
                "mon côté : est-ce que vous envoyez quand même le colis ? Je préfère demander "
                "avant de repasser commande et de me retrouver avec deux fois la même chose, "
                "surtout que c'est pour un cadeau.",
            ),
            ("Virement", "Je vous ai fait un virement de {amount} lundi. Vous l'avez reçu ?"),
            (
                "Mauvais libellé",
                "J'ai mis mon nom au lieu du numéro de commande dans le libellé du virement. Vous "
                "arrivez quand même à le rattacher à la commande {order} ?",
            ),
            (
                "",
                "combien de temps pour qu'un virement soit pris en compte chez vous ? je l'ai "
                "fait vendredi",
            ),
            (
                "RIB",
                "J'ai choisi de payer par virement mais je n'ai pas reçu vos coordonnées "
                "bancaires. Vous pouvez m'envoyer votre RIB ?",
            ),
            (
                "Virement instantané",
                "Je viens de faire un virement instantané pour la commande {order}. Ça peut "
                "partir aujourd'hui ?",
            ),
            (
                "Frais ?",
                "Est-ce qu'il y a des frais en plus si je paie avec PayPal ou en plusieurs fois ?",
            ),
            (
                "Frais de ma banque",
                "Ma banque m'a compté des frais de paiement à l'étranger pour mon achat chez "
                "vous. Vous n'êtes pas en France ? C'est juste pour comprendre, je verrai ça avec "
                "ma conseillère.",
            ),
            (
                "Depuis la Suisse",
                "J'habite à Lausanne : je paie en euros ou en francs ? J'aimerais savoir à quel "
                "taux de change m'attendre.",
            ),
            ("", "les prix affichés sont ttc ? et les frais de port s'ajoutent à la fin ?"),
            (
                "Virement international",
                "Je suis au Québec et ma banque facture 15 $ pour un virement international. Vous "
                "auriez une autre solution de paiement ?",
            ),
            (
                "Carte cadeau",
                "J'ai utilisé une carte cadeau de {amount} mais mon solde affiche toujours 0 €.",
            ),
            ("", "comment je vois ce qu'il reste sur ma carte cadeau ?"),
            (
                "Avoir introuvable",
                "Après mon échange, on m'avait parlé d'un avoir de {amount}. Je ne le trouve "
                "nulle part dans mon compte et j'aimerais l'utiliser pour une nouvelle commande.",
            ),
            (
                "Recharge du solde",
                "J'ai rechargé mon porte-monnaie sur votre site, le paiement est passé mais le "
                "solde n'a pas bougé.",
            ),
            (
                "Code déjà utilisé",
                "Le code de ma carte cadeau est marqué déjà utilisé alors que je ne m'en suis "
                "jamais servi. Vous pouvez vérifier ?",
            ),
            (
                "Carte volée",
                "On m'a volé ma carte, elle est en opposition. Comment je la supprime de mon "
                "compte pour en ajouter une nouvelle ?",
            ),
            (
                "",
                "ma carte enregistrée expire ce mois ci, ou est ce que je la change pour "
                "l'abonnement ?",
            ),
            (
                "Nouvelle carte",
                "J'ai perdu ma carte et la banque m'en a envoyé une avec un autre numéro. Le "
                "prochain prélèvement de l'abonnement bougies peut passer sur celle-là ?",
            ),
            (
                "Carte expirée",
                "Mon compte affiche encore une vieille carte expirée et je ne vois pas comment "
                "l'enlever.",
            ),
            (
                "Facture",
                "Pourriez-vous m'envoyer la facture de la commande {order} ? Elle n'était pas "
                "jointe au mail de confirmation.",
            ),
            (
                "Facture société",
                "J'aurais besoin d'une facture au nom de ma société, avec notre numéro de TVA "
                "intracommunautaire. C'est possible après coup ?",
            ),
            ("", "je trouve pas la facture dans mon espace client"),
            (
                "Adresse de facturation",
                "Sur la facture, c'est mon ancienne adresse. Vous pouvez m'en refaire une avec la "
                "bonne ?",
            ),
            (
                "Facture acquittée",
                "Mon CSE me demande une facture acquittée pour me rembourser une partie de "
                "l'achat. Vous pouvez m'en fournir une ?",
            ),
            (
                "Où est mon colis ?",
                "Le suivi Colissimo n'a pas bougé depuis {days} jours. Vous avez des nouvelles ?",
            ),
            ("", "marqué livré mais rien dans ma boîte aux lettres ni chez la gardienne"),
            (
                "Pas de suivi",
                "J'ai payé il y a une semaine et toujours pas de numéro de suivi. Tout va bien "
                "pour la commande {order} ?",
            ),
            (
                "Point relais",
                "Est-ce que je peux me faire livrer en point Mondial Relay plutôt qu'à domicile ? "
                "Je ne suis jamais là en journée.",
            ),
            (
                "Erreur d'adresse",
                "Je me suis trompé de numéro de rue en commandant. Si le colis n'est pas encore "
                "parti, vous pouvez corriger ?",
            ),
            (
                "Échange",
                "La housse de coussin ne va pas du tout avec mon canapé. Je peux l'échanger "
                "contre la bleue ? Pas besoin de remboursement.",
            ),
            (
                "",
                "possible d'échanger le tapis contre la taille au dessus en payant la différence ?",
            ),
            (
                "Tasse fêlée",
                "Une tasse du coffret est arrivée fêlée. Envoyez-m'en simplement une autre, ça me "
                "va très bien.",
            ),
            (
                "Échange de couleur",
                "Comment se passe un échange chez vous ? Finalement je préférerais la lampe en "
                "laiton plutôt qu'en noir.",
            ),
        ],
    },
    "it": {
        "refund": [
            (
                "Ordine annullato",
                "Avete annullato l'ordine {order} {days} giorni fa perché l'articolo era "
                "esaurito, ma i {amount} non mi sono ancora tornati.",
            ),
            ("", "quando arriva il rimborso? il reso vi è arrivato più di una settimana fa"),
            (
                "Reso",
                "Il vaso dal vivo è molto diverso dalla foto, lo rimando indietro. Mi dite come "
                "ottenere il rimborso?",
            ),
            (
                "Rimborso su PayPal",
                "Mi avete confermato il rimborso ma su PayPal non vedo ancora niente.",
            ),
            (
                "Recesso",
                "Esercito il diritto di recesso per l'ordine {order} e vi chiedo il rimborso di "
                "{amount}.",
            ),
            (
                "Spedizione express",
                "Ho pagato la spedizione express e il pacco è arrivato dopo sei giorni. Rivorrei "
                "indietro il costo dell'express.",
            ),
            (
                "Teiera rotta",
                "Teiera arrivata distrutta, il pacco era tutto ammaccato. Non mandatemene "
                "un'altra, rivoglio i miei soldi.",
            ),
            (
                "Annullare ordine",
                "Per favore annullate l'ordine {order}, ho sbagliato modello. È già pagato, "
                "quindi mi serve il rimborso.",
            ),
            (
                "Mancano due tazze",
                "Nel pacco c'erano due tazze invece di quattro. Rimborsatemi quelle mancanti, per "
                "favore.",
            ),
            (
                "Rimborso invece del buono",
                "Il buono non mi serve, non credo che ordinerò di nuovo a breve. Potete "
                "riaccreditare l'importo sulla carta?",
            ),
            (
                "Prezzo sceso",
                "Due giorni dopo l'acquisto la lampada è andata in saldo. Mi rimborsate la "
                "differenza?",
            ),
        ],
        "dispute": [
            (
                "Addebito doppio",
                "Mi avete addebitato due volte l'ordine {order}, due movimenti da {amount} lo "
                "stesso giorno.",
            ),
            (
                "Addebito sconosciuto",
                "Sull'estratto conto c'è un addebito di {amount} da {shop} che non riconosco. Non "
                "ho mai comprato da voi.",
            ),
            ("", "l'ordine era {amount} e mi avete preso {more}, come mai??"),
            (
                "Commissione non prevista",
                "Mi è stata addebitata una commissione di servizio di 2,90 € che al checkout non "
                "compariva da nessuna parte. Contesto questo addebito.",
            ),
            (
                "Contestazione PayPal",
                "Vi ho già scritto due volte per il pagamento doppio. Se non rispondete entro "
                "venerdì apro una contestazione su PayPal.",
            ),
            (
                "Abbonamento disdetto",
                "Ho disdetto l'abbonamento il mese scorso e mi avete prelevato di nuovo {amount}. "
                "Non l'ho autorizzato.",
            ),
            (
                "Carta clonata?",
                "Qualcuno ha usato la mia carta sul vostro sito: c'è un pagamento di {amount} che "
                "non ho fatto io. Ho già fatto il disconoscimento in banca.",
            ),
            (
                "Chargeback",
                "Ho chiesto alla banca lo storno dell'addebito di {more}, visto che il mio ordine "
                "era di {amount}.",
            ),
            (
                "Cambio applicato",
                "Sul sito il prezzo era in euro ma mi avete addebitato in franchi con un cambio "
                "pessimo che non ho mai accettato. Contesto l'importo.",
            ),
            (
                "Spese doppie",
                "Guardando i movimenti della carta vedo le spese di spedizione conteggiate due "
                "volte, ma il pacco era uno solo.",
            ),
            ("", "che cos'è questo pagamento a {shop}? in famiglia nessuno ha ordinato niente"),
        ],
        "other": [
            (
                "Pagamento in sospeso",
                "Nell'app della banca il pagamento di {amount} a {shop} risulta ancora in "
                "sospeso. A voi è arrivato?",
            ),
            ("", "buongiorno l'ordine è fermo su pagamento in elaborazione da ieri, è normale?"),
            (
                "Ordine andato a buon fine?",
                "Ho cliccato su Paga e la pagina si è bloccata, mail di conferma niente. Vi "
                "risulta un ordine a mio nome o devo rifarlo?",
            ),
            (
                "Ordine {order}",
                "Ho pagato con Satispay ma l'ordine risulta ancora in attesa di pagamento. Devo "
                "fare qualcos'altro io?",
            ),
            ("", "ho pagato con paypal ma c'è scritto in attesa, quando spedite?"),
            (
                "Carta rifiutata",
                "Al momento del pagamento la carta viene sempre rifiutata, eppure i soldi ci "
                "sono. Avete problemi con il sistema di pagamento?",
            ),
            ("Postepay", "Accettate la Postepay? Mi dà errore proprio all'ultimo passaggio."),
            (
                "PayPal non funziona",
                "Se scelgo PayPal faccio il login e poi torno al carrello con un errore, senza "
                "che venga creato nessun ordine.",
            ),
            ("", "non mi arriva l'sms della banca per confermare il pagamento, come faccio"),
            (
                "Pagamento a rate",
                "Si può pagare in tre rate con Klarna? Per il mio ordine non compare tra le "
                "opzioni, forse perché l'importo è basso? Lo chiedo perché questo mese preferirei "
                "dividere la spesa, ma se non si può pago normalmente con la carta.",
            ),
            (
                "Soldi tornati sul conto",
                "Oggi mi sono tornati sul conto i {amount} dell'ordine {order}. L'ordine è stato "
                "annullato o arriva comunque?",
            ),
            (
                "",
                "la banca ha stornato il pagamento per un controllo antifrode. l'ordine lo voglio "
                "ancora, come pago di nuovo?",
            ),
            (
                "Preautorizzazione sparita",
                "La preautorizzazione sulla carta è sparita dopo qualche giorno e non ho ricevuto "
                "la mail di spedizione. L'ordine è ancora valido?",
            ),
            (
                "Pagamento annullato da PayPal",
                "PayPal mi scrive che il pagamento a {shop} è stato annullato. Io non ho "
                "annullato niente: l'ordine parte lo stesso?",
            ),
            ("Bonifico", "Lunedì vi ho fatto un bonifico di {amount}. Vi è arrivato?"),
            (
                "Causale sbagliata",
                "Nella causale del bonifico ho messo il mio nome invece del numero d'ordine "
                "{order}. Riuscite a trovarlo lo stesso?",
            ),
            (
                "",
                "quanto ci mette un bonifico ad essere accreditato da voi? l'ho fatto venerdì "
                "pomeriggio",
            ),
            (
                "IBAN",
                "Ho scelto il pagamento con bonifico ma non ho ricevuto le coordinate bancarie. "
                "Mi mandate l'IBAN?",
            ),
            (
                "Bonifico istantaneo",
                "Ho appena fatto un bonifico istantaneo per l'ordine {order}, riuscite a spedire "
                "già oggi?",
            ),
            (
                "Commissioni",
                "Se pago con PayPal c'è qualche sovrapprezzo? Su certi siti lo applicano.",
            ),
            (
                "Commissione della mia banca",
                "La mia banca mi ha addebitato una commissione per pagamento all'estero sul "
                "vostro acquisto. Non avete sede in Italia? Chiedo solo per capire, poi sento la "
                "banca.",
            ),
            (
                "Pagare dalla Svizzera",
                "Abito in Ticino: pago in euro o in franchi? Vorrei capire che cambio mi verrà "
                "applicato.",
            ),
            ("", "i prezzi sono iva inclusa o si aggiunge alla fine?"),
            (
                "Costo del bonifico",
                "La mia banca mi fa pagare 1,50 euro per ogni bonifico. Avete un altro metodo "
                "senza costi?",
            ),
            (
                "Gift card",
                "Ho riscattato una gift card da {amount} ma il credito nel mio account è ancora a "
                "zero.",
            ),
            ("", "come faccio a vedere quanto credito mi resta sulla carta regalo?"),
            (
                "Buono dopo il cambio",
                "Dopo il cambio mi avevate detto che avrei avuto un buono da {amount}. Dove lo "
                "trovo? Vorrei usarlo per un nuovo ordine.",
            ),
            (
                "Ricarica non accreditata",
                "Ho ricaricato il borsellino sul vostro sito, il pagamento è andato ma il saldo è "
                "rimasto uguale.",
            ),
            (
                "Codice non valido",
                "Il codice della carta regalo che mi hanno regalato risulta non valido. Può "
                "essere scaduto?",
            ),
            (
                "Carta rubata",
                "Mi hanno rubato la carta e l'ho bloccata. Come la tolgo dal profilo per "
                "aggiungerne una nuova?",
            ),
            ("", "la carta salvata è scaduta, dove la cambio per l'abbonamento?"),
            (
                "Nuova carta",
                "Ho perso la carta e la banca me ne ha mandata una nuova con un altro numero. Il "
                "prossimo addebito dell'abbonamento lo potete fare su quella?",
            ),
            (
                "Carta scaduta",
                "Nel mio account c'è ancora una carta scaduta e non riesco a eliminarla.",
            ),
            (
                "Fattura",
                "Mi potete mandare la fattura dell'ordine {order}? Nella mail di conferma non "
                "c'era.",
            ),
            (
                "Fattura elettronica",
                "Mi serve la fattura elettronica intestata alla mia ditta, con partita IVA e "
                "codice SDI. Si può fare adesso?",
            ),
            ("", "dove scarico la ricevuta? nel profilo non la trovo"),
            (
                "Codice fiscale sbagliato",
                "Sulla fattura il codice fiscale è sbagliato, c'è una lettera invertita. Potete "
                "rifarla?",
            ),
            (
                "Ricevuta per l'ufficio",
                "Mi servirebbe una ricevuta di pagamento da consegnare in ufficio, l'acquisto era "
                "per la sala riunioni.",
            ),
            (
                "Dov'è il mio pacco?",
                "Il tracking di BRT è fermo da {days} giorni. Sapete qualcosa?",
            ),
            ("", "risulta consegnato ma qui non è arrivato niente, neanche al portiere"),
            (
                "Spedizione",
                "Ho pagato una settimana fa e non ho ancora il numero di tracciamento. È tutto a "
                "posto con l'ordine {order}?",
            ),
            (
                "Cambio indirizzo",
                "Posso cambiare l'indirizzo di consegna? Mi sono trasferita e l'ordine non è "
                "ancora partito.",
            ),
            (
                "Punto di ritiro",
                "Si può far consegnare in un punto di ritiro? Di giorno non sono mai a casa.",
            ),
            (
                "Cambio colore",
                "La federa è arrivata grigia ma l'avevo presa beige. Me la potete cambiare? Non "
                "voglio il rimborso, solo quella giusta.",
            ),
            ("", "posso cambiare il tappeto con quello piu grande pagando la differenza?"),
            (
                "Tazza scheggiata",
                "Una delle tazze ha il bordo scheggiato. Ne potete spedire una sostitutiva? Il "
                "resto va benissimo.",
            ),
            (
                "Come funziona il cambio",
                "Come funziona il cambio da voi? Preferirei la lampada in ottone invece che nera.",
            ),
        ],
    },
    "nl": {
        "refund": [
            (
                "Geannuleerd, geen geld",
                "Jullie hebben bestelling {order} {days} dagen geleden geannuleerd omdat het "
                "uitverkocht was, maar de {amount} heb ik nog niet terug.",
            ),
            ("", "waar blijft mijn terugbetaling? retour is al ruim een week bij jullie"),
            (
                "Retour",
                "Die vaas is in het echt veel feller dan op de foto, ik stuur hem terug. Hoe "
                "regel ik dat ik mijn geld terugkrijg?",
            ),
            (
                "Terugbetaling PayPal",
                "Jullie mailden dat de terugbetaling gedaan is, maar in PayPal zie ik niks.",
            ),
            (
                "Herroeping",
                "Ik maak gebruik van mijn herroepingsrecht voor bestelling {order}. Graag de "
                "{amount} terugstorten.",
            ),
            (
                "Spoedlevering",
                "Ik heb betaald voor levering de volgende dag en het duurde zes dagen. Die "
                "spoedkosten wil ik graag terug.",
            ),
            (
                "Kapot aangekomen",
                "theepot in scherven aangekomen. hoef geen nieuwe, gewoon terugstorten aub",
            ),
            (
                "Annuleren",
                "Willen jullie bestelling {order} annuleren? Verkeerd model besteld. Het is al "
                "betaald, dus graag terugstorten.",
            ),
            (
                "Ontbrekende mokken",
                "Er zaten twee mokken in de doos in plaats van vier. Kunnen jullie de ontbrekende "
                "terugbetalen?",
            ),
            (
                "Geen tegoedbon",
                "Aan een tegoedbon heb ik niks, ik bestel voorlopig niet meer. Kunnen jullie het "
                "bedrag op mijn rekening terugzetten?",
            ),
            (
                "Prijsverlaging",
                "Twee dagen na mijn aankoop werd de lamp afgeprijsd. Krijg ik het verschil terug?",
            ),
        ],
        "dispute": [
            (
                "Dubbel afgeschreven",
                "Bestelling {order} is twee keer van mijn rekening afgeschreven, allebei {amount}.",
            ),
            (
                "Onbekende afschrijving",
                "Er staat een afschrijving van {amount} van {shop} op mijn rekening die ik niet "
                "herken. Ik heb nooit bij jullie besteld.",
            ),
            ("", "bestelling was {amount} en er is {more} afgeschreven?? hoe kan dat"),
            (
                "Kosten niet afgesproken",
                "Er zijn administratiekosten van € 2,95 bij mijn betaling gerekend die nergens "
                "bij het afrekenen stonden. Daar ga ik niet mee akkoord.",
            ),
            (
                "PayPal-geschil",
                "Dit is mijn derde mail over de dubbele betaling. Hoor ik vrijdag niks, dan open "
                "ik een geschil bij PayPal.",
            ),
            (
                "Abonnement opgezegd",
                "Ik heb mijn abonnement vorige maand opgezegd en toch is er weer {amount} "
                "afgeschreven. Daar heb ik geen toestemming voor gegeven.",
            ),
            (
                "Incasso storneren",
                "Ik ga de incasso van {amount} storneren, ik heb jullie nooit een machtiging "
                "gegeven.",
            ),
            (
                "Kaart misbruikt",
                "Iemand heeft mijn creditcard bij jullie gebruikt: een betaling van {amount} die "
                "ik niet gedaan heb. De bank is ingelicht en betwist de transactie.",
            ),
            (
                "Wisselkoers",
                "Op de site stond de prijs in euro, maar van mijn Britse creditcard is in ponden "
                "afgeschreven tegen een koers waar ik nooit mee akkoord ben gegaan. Ik betwist "
                "dat bedrag.",
            ),
            (
                "Verzendkosten dubbel",
                "Op mijn afschrift zie ik twee keer verzendkosten voor dezelfde bestelling, "
                "terwijl alles in één doos kwam.",
            ),
            (
                "Chargeback",
                "Ik heb via mijn creditcardmaatschappij een chargeback aangevraagd voor de "
                "{more}, want mijn bestelling kwam op {amount}.",
            ),
        ],
        "other": [
            (
                "Betaling in behandeling",
                "In mijn bankapp staat de betaling van {amount} aan {shop} nog op in behandeling. "
                "Is het bij jullie binnengekomen?",
            ),
            (
                "",
                "hoi, mijn bestelling staat sinds gisteren op betaling wordt verwerkt. is dat "
                "normaal?",
            ),
            (
                "Bestelling gelukt?",
                "Na het afrekenen kreeg ik een foutmelding en geen bevestigingsmail. Hebben "
                "jullie wel een bestelling op mijn naam?",
            ),
            (
                "Bestelling {order}",
                "Ik heb met iDEAL betaald en volgens mijn bank is het gelukt, maar op jullie site "
                "staat nog wacht op betaling. Moet ik nog iets doen?",
            ),
            ("", "betaald met paypal maar de status is pending, wanneer gaat het de deur uit"),
            (
                "Kaart geweigerd",
                "Mijn creditcard wordt steeds geweigerd bij het afrekenen, terwijl er genoeg "
                "ruimte op zit. Ligt dat aan jullie kant?",
            ),
            (
                "iDEAL doet het niet",
                "Als ik iDEAL kies en mijn bank aanklik krijg ik een witte pagina. Al drie keer "
                "geprobeerd.",
            ),
            (
                "Achteraf betalen",
                "Kan ik ook achteraf betalen? Klarna wijst me om een of andere reden af.",
            ),
            ("", "apple pay doet niks bij jullie, knopje draait en dan sluit ie"),
            (
                "Bancontact",
                "Ik woon in Gent, nemen jullie Bancontact aan? Ik zie het niet tussen de "
                "betaalmethodes staan.",
            ),
            (
                "Geld teruggestort",
                "De {amount} voor bestelling {order} staat vandaag weer op mijn rekening. Is de "
                "bestelling geannuleerd of komt hij nog?",
            ),
            (
                "",
                "mijn bank heeft de betaling tegengehouden, iets met fraudecontrole. ik wil de "
                "spullen nog steeds, hoe betaal ik opnieuw?",
            ),
            (
                "Reservering vervallen",
                "Het gereserveerde bedrag op mijn creditcard is na een paar dagen verdwenen en ik "
                "heb geen verzendmail gehad. Gaat de bestelling nog door?",
            ),
            (
                "PayPal",
                "PayPal meldt dat mijn betaling aan {shop} is teruggedraaid. Ik heb zelf niks "
                "geannuleerd, wordt het pakket toch verstuurd?",
            ),
            ("Overboeking", "Ik heb maandag {amount} overgemaakt. Is het al bij jullie binnen?"),
            (
                "Verkeerde omschrijving",
                "Ik heb bij de overboeking mijn naam in de omschrijving gezet in plaats van het "
                "bestelnummer {order}. Kunnen jullie hem toch koppelen?",
            ),
            ("", "hoe lang duurt het voor een overboeking bij jullie verwerkt is? vrijdag gedaan"),
            (
                "Rekeningnummer",
                "Ik heb gekozen voor betalen per bankoverschrijving, maar ik heb nergens een IBAN "
                "gekregen. Kunnen jullie die sturen?",
            ),
            (
                "Gestructureerde mededeling",
                "Ik heb vanuit België overgeschreven maar de gestructureerde mededeling vergeten "
                "in te vullen. Komt dat nog goed? Het ging om bestelling {order} en het bedrag "
                "klopt wel precies, dus ik hoop dat jullie hem zo kunnen terugvinden.",
            ),
            (
                "Transactiekosten",
                "Kost betalen met creditcard bij jullie iets extra? Bij sommige webshops zit er "
                "een toeslag op.",
            ),
            (
                "Kosten van mijn bank",
                "Mijn bank heeft kosten gerekend voor een buitenlandse betaling bij jullie. "
                "Zitten jullie niet in Nederland? Gewoon benieuwd hoor, ik zoek het verder met de "
                "bank uit.",
            ),
            (
                "Betalen vanuit Engeland",
                "Ik woon in Engeland. Reken ik af in euro of in ponden? Ik vraag me af welke "
                "wisselkoers er gebruikt wordt.",
            ),
            ("", "is de prijs incl btw en verzendkosten of komt dat er nog bij?"),
            (
                "Zakelijke rekening",
                "Mijn bank rekent € 0,30 per iDEAL-betaling vanaf onze zakelijke rekening. Kunnen "
                "we ook op factuur betalen?",
            ),
            (
                "Cadeaukaart",
                "Ik heb een cadeaukaart van {amount} ingewisseld maar mijn tegoed staat nog "
                "steeds op nul.",
            ),
            ("", "hoe check ik hoeveel er nog op mijn cadeaubon staat?"),
            (
                "Tegoed na ruilen",
                "Na het ruilen zou ik een tegoedbon van {amount} krijgen. Waar vind ik die? Ik "
                "wil er iets nieuws mee bestellen.",
            ),
            (
                "Opwaarderen mislukt",
                "Ik heb mijn tegoed bij jullie opgewaardeerd, de betaling is gelukt maar het "
                "saldo is niet veranderd.",
            ),
            ("VVV-bon", "Kan ik bij jullie met een VVV-cadeaukaart betalen?"),
            (
                "Pas gestolen",
                "Mijn creditcard is gestolen en geblokkeerd. Hoe haal ik hem uit mijn account en "
                "zet ik de nieuwe erin?",
            ),
            ("", "opgeslagen kaart is verlopen, waar pas ik dat aan voor mijn abonement?"),
            (
                "Nieuwe kaart",
                "Ik ben mijn kaart kwijt en heb een nieuwe met een ander nummer. Kunnen jullie de "
                "volgende afschrijving voor mijn abonnement van die nieuwe kaart doen?",
            ),
            (
                "Verlopen kaart",
                "In mijn account staat nog een verlopen kaart en ik krijg hem er niet uit.",
            ),
            (
                "Factuur",
                "Kunnen jullie mij de factuur van bestelling {order} sturen? Die zat niet bij de "
                "bevestiging.",
            ),
            (
                "Factuur op bedrijfsnaam",
                "Ik heb de factuur nodig op naam van mijn bedrijf, met btw-nummer en de btw apart "
                "vermeld. Kan dat achteraf nog?",
            ),
            ("", "waar download ik de factuur? zie hem niet in mijn account"),
            (
                "Adres op factuur",
                "Op de factuur staat nog mijn oude adres. Kunnen jullie een nieuwe maken?",
            ),
            (
                "Betaalbewijs",
                "Mijn werkgever wil een betaalbewijs voor de lamp die ik voor kantoor heb "
                "gekocht. Kunnen jullie dat sturen?",
            ),
            (
                "Waar is mijn pakket?",
                "Volgens PostNL ligt mijn pakket al {days} dagen in het sorteercentrum. Weten "
                "jullie meer?",
            ),
            ("", "staat op bezorgd maar er is niks, ook niet bij de buren"),
            (
                "Nog geen track & trace",
                "Ik heb een week geleden betaald en nog geen track & trace gekregen. Is alles in "
                "orde met bestelling {order}?",
            ),
            (
                "Afhaalpunt",
                "Kan ik het pakket naar een afhaalpunt laten sturen? Ik ben overdag nooit thuis.",
            ),
            (
                "Verkeerd huisnummer",
                "Ik heb een verkeerd huisnummer ingevuld. Kunnen jullie dat nog aanpassen voor "
                "het verstuurd wordt?",
            ),
            (
                "Ruilen",
                "De kussenhoes past echt niet bij onze bank. Kan ik hem ruilen voor de blauwe? "
                "Geld terug hoeft niet.",
            ),
            ("", "kan ik het vloerkleed ruilen voor een grotere maat en het verschil bijbetalen?"),
            (
                "Mok met barst",
                "Er zat een haarscheurtje in een van de mokken. Kunnen jullie er eentje nasturen? "
                "Verder is alles prima.",
            ),
            (
                "Hoe werkt ruilen?",
                "Hoe werkt ruilen bij jullie? Ik had de lamp liever in messing gehad dan in zwart.",
            ),
        ],
    },
}
