"""Core vocabulary per language: the plain ways a customer says paid / will pay / not yet paid.

Every sentence was written for these tests (none copied from a labelled set). They cover the
grammatical forms a native speaker uses: one-word participles and adjectives, past and perfect,
passive and evidential forms, present-for-future, separable verbs, modals and bank words.
test_core_vocabulary.py checks each against the rules engine.
"""

from __future__ import annotations

PAID: dict[str, list[str]] = {
    "en": [
        "Paid.",
        "Paid yesterday.",
        "All paid now, thanks.",
        "Invoice 5521 is paid.",
        "The invoice has been settled.",
        "Payment released today via NEFT, UTR SBIN0012345.",
        "The amount of Rs 42,000 has been credited to your account through RTGS.",
        "We transferred the money this morning.",
        "Settled in full last Friday.",
        "Payment executed on 3 March by SEPA transfer.",
        "The funds were wired yesterday afternoon.",
        "We cleared invoice 5521 last week.",
        "Payment has been released against invoice 5521, kindly confirm receipt.",
        "Our accounts team processed the payment yesterday.",
        "This one was paid by BACS on Monday.",
    ],
    "fr": [
        "Payée.",
        "Réglée hier.",
        "Facture payée le 3 mars.",
        "C'est réglé depuis lundi.",
        "Nous avons payé la facture 5521 ce matin.",
        "Le virement est parti hier.",
        "Le paiement a été effectué par virement SEPA.",
        "J'ai réglé la facture hier soir.",
        "Les deux factures sont payées.",
        "Virement effectué ce jour.",
        "Le règlement vous a été adressé par chèque la semaine dernière.",
    ],
    "de": [
        "Bezahlt.",
        "Erledigt, gestern überwiesen.",
        "Die Rechnung ist bezahlt.",
        "Wir haben heute überwiesen.",
        "Betrag wurde gestern per SEPA-Überweisung angewiesen.",
        "Ich habe die Rechnung 5521 gestern beglichen.",
        "Die Zahlung ist am Montag rausgegangen.",
        "Überweisung heute ausgeführt.",
        "Beide Rechnungen sind beglichen.",
        "Haben wir letzte Woche gezahlt.",
    ],
    "es": [
        "Pagado.",
        "Pagada ayer.",
        "Ya está pagada.",
        "Factura 5521 abonada el lunes.",
        "Hemos pagado la factura esta mañana.",
        "Transferencia realizada hoy.",
        "Os hicimos la transferencia ayer.",
        "Pagué la factura ayer por la tarde.",
        "Las dos facturas están pagadas.",
        "El pago se efectuó el 3 de marzo.",
        "Ya os lo hemos ingresado.",
    ],
    "it": [
        "Pagata.",
        "Pagato ieri.",
        "Fattura saldata.",
        "Bonifico fatto stamattina.",
        "Abbiamo pagato la fattura 5521 ieri.",
        "Il bonifico è stato eseguito oggi.",
        "Ho pagato la fattura lunedì.",
        "Le due fatture sono state saldate.",
        "Pagamento effettuato il 3 marzo.",
        "Abbiamo disposto il pagamento ieri tramite SEPA.",
    ],
    "pt": [
        "Pago.",
        "Paga ontem.",
        "Fatura paga.",
        "Já pagamos.",
        "Pagamos a fatura hoje via PIX.",
        "Pix feito agora há pouco.",
        "O boleto foi pago ontem.",
        "Já efetuamos a transferência.",
        "As duas faturas estão pagas.",
        "Transferência efetuada hoje.",
        "Paguei ontem à tarde.",
        "Pagámos a fatura na sexta-feira.",
    ],
    "nl": [
        "Betaald.",
        "Gisteren betaald.",
        "Factuur 5521 is voldaan.",
        "We hebben het bedrag vanochtend overgemaakt.",
        "Ik heb de factuur gisteren betaald.",
        "Het geld is vandaag overgeboekt.",
        "Beide facturen zijn betaald.",
        "De betaling is gisteren uitgevoerd.",
        "Overgemaakt op maandag.",
        "Is al betaald hoor.",
    ],
    "pl": [
        "Zapłacone.",
        "Opłacone wczoraj.",
        "Faktura opłacona.",
        "Zapłaciliśmy dzisiaj.",
        "Przelew wysłany wczoraj.",
        "Przelew zrobiony.",
        "Zrobiłam przelew rano.",
        "Kwota została przelana na Państwa konto.",
        "Obie faktury są zapłacone.",
        "Przelano dziś.",
        "Płatność zrealizowana 3 marca.",
        "Zapłacono w piątek.",
    ],
    "ro": [
        "Plătită.",
        "Achitat ieri.",
        "Factura este achitată.",
        "Am plătit azi.",
        "Plata a fost făcută ieri prin OP.",
        "Am făcut plata ieri.",
        "Ambele facturi sunt achitate.",
        "Suma a fost virată în contul dumneavoastră.",
        "Am achitat factura 5521 luni.",
        "Plătit azi prin ordin de plată.",
    ],
    "sv": [
        "Betalt.",
        "Betald igår.",
        "Fakturan är betald.",
        "Betalt idag via Bankgirot.",
        "Vi har betalat idag.",
        "Jag betalade fakturan i morse.",
        "Pengarna är överförda.",
        "Båda fakturorna är betalda.",
        "Betalningen gick iväg igår.",
        "Inbetalt via bankgiro med OCR 4455.",
        "Betalat med OCR-nummer igår.",
    ],
    "tr": [
        "Ödendi.",
        "Dün ödedik.",
        "Fatura ödenmiştir.",
        "Ödeme bugün yapıldı.",
        "Tutar EFT ile gönderilmiştir.",
        "Havale bugün yapılmıştır.",
        "Ödemeniz hesabınıza geçmiştir.",
        "Faturanın ödemesi dün gerçekleştirildi.",
        "Dekont ekte, ödeme yapıldı.",
        "İki fatura da ödenmiştir.",
        "Bugün EFT yaptık.",
    ],
    "hr": [
        "Plaćeno.",
        "Plaćeno jučer.",
        "Račun je plaćen.",
        "Uplaćeno danas.",
        "Uplatili smo jučer.",
        "Iznos je uplaćen na vaš račun.",
        "Oba računa su plaćena.",
        "Platio sam račun jutros.",
        "Uplata je izvršena 3. ožujka.",
        "Plaćanje je provedeno.",
    ],
    "ja": [
        "支払済みです。",
        "昨日振り込みました。",
        "本日お振込いたしました。",
        "入金済みです。",
        "請求書の件、支払い完了しております。",
        "先週お支払いしました。",
        "振込手続きを完了しました。",
    ],
    "zh": [
        "已付款。",
        "昨天已转账。",
        "款项已汇出。",
        "我们今天已经付款了。",
        "发票5521已结清。",
        "已于3月3日汇款。",
        "货款已支付。",
        "钱已经打过去了。",
    ],
}

PROMISE: dict[str, list[str]] = {
    "en": [
        "We will pay on Friday.",
        "We'll transfer the amount next week.",
        "Payment will be released on 15 March.",
        "We are paying it on Friday.",
        "I can pay it next Monday.",
        "We should be able to pay by the end of the month.",
        "The invoice will be cleared in our next run.",
    ],
    "fr": [
        "Nous réglerons vendredi.",
        "Je vous paie la facture lundi.",
        "On vous fait le virement vendredi.",
        "Le paiement partira la semaine prochaine.",
        "Nous allons payer d'ici la fin du mois.",
        "Je règle la facture demain.",
    ],
    "de": [
        "Wir überweisen am Freitag.",
        "Ich überweise den Betrag morgen.",
        "Wir zahlen die Rechnung nächste Woche.",
        "Die Rechnung wird Ende des Monats beglichen.",
        "Wir werden am 15. März zahlen.",
        "Wir begleichen die Rechnung am Montag.",
    ],
    "es": [
        "Pagaremos el viernes.",
        "Os pago la factura el lunes.",
        "Te hago la transferencia mañana.",
        "Vamos a pagar la semana que viene.",
        "La factura se pagará a fin de mes.",
        "Mañana os transferimos el importe.",
    ],
    "it": [
        "Pagheremo venerdì.",
        "Vi paghiamo la fattura lunedì.",
        "Facciamo il bonifico domani.",
        "Il bonifico partirà la prossima settimana.",
        "Saldiamo entro fine mese.",
        "La fattura verrà pagata il 15 marzo.",
    ],
    "pt": [
        "Pagaremos na sexta-feira.",
        "Vou pagar amanhã.",
        "Faço o pix amanhã.",
        "Pagamos na próxima semana.",
        "A fatura será paga até o fim do mês.",
        "Vamos fazer a transferência na segunda.",
    ],
    "nl": [
        "We betalen vrijdag.",
        "Ik maak het bedrag maandag over.",
        "We maken de factuur volgende week over.",
        "De factuur wordt eind van de maand betaald.",
        "Ik zal het morgen overmaken.",
        "We gaan het volgende week betalen.",
    ],
    "pl": [
        "Zapłacimy w piątek.",
        "Przelew zrobimy jutro.",
        "Przelejemy kwotę w przyszłym tygodniu.",
        "Faktura zostanie opłacona do końca miesiąca.",
        "Zapłacę jutro.",
        "Opłacimy fakturę w poniedziałek.",
    ],
    "ro": [
        "Vom plăti vineri.",
        "Plătim factura luni.",
        "Facem plata mâine.",
        "Factura va fi achitată la sfârșitul lunii.",
        "O să plătim săptămâna viitoare.",
        "Achităm factura până pe 15 martie.",
    ],
    "sv": [
        "Vi betalar på fredag.",
        "Jag betalar fakturan i morgon.",
        "Fakturan kommer att betalas nästa vecka.",
        "Vi ska betala i slutet av månaden.",
        "Betalningen går iväg på måndag.",
        "Vi för över beloppet på fredag.",
    ],
    "tr": [
        "Cuma günü ödeyeceğiz.",
        "Yarın ödeme yapacağız.",
        "Fatura gelecek hafta ödenecek.",
        "Pazartesi EFT ile göndereceğiz.",
        "Ay sonuna kadar ödeyeceğim.",
        "Ödemeyi cuma günü yaparız.",
    ],
    "hr": [
        "Platit ćemo u petak.",
        "Uplatit ćemo sljedeći tjedan.",
        "Račun će biti plaćen do kraja mjeseca.",
        "Platim sutra.",
        "Uplatu ćemo izvršiti u ponedjeljak.",
        "Račun ćemo podmiriti 15. ožujka.",
    ],
    "ja": [
        "金曜日にお支払いします。",
        "来週振り込みます。",
        "月末に支払う予定です。",
        "明日お振込みいたします。",
    ],
    "zh": [
        "我们周五付款。",
        "下周安排付款。",
        "月底前支付。",
        "我们明天转账。",
    ],
}

# Negated payment: never `paid`, never a promise.
NOT_PAID: dict[str, list[str]] = {
    "en": ["We have not paid invoice 5521 yet.", "It hasn't been paid."],
    "fr": ["La facture n'est pas encore payée.", "Nous n'avons pas encore réglé la facture."],
    "de": ["Die Rechnung ist noch nicht bezahlt.", "Wir haben noch nicht überwiesen."],
    "es": ["La factura todavía no está pagada.", "No hemos pagado la factura."],
    "it": ["La fattura non è ancora pagata.", "Non abbiamo ancora pagato."],
    "pt": ["A fatura ainda não foi paga.", "Não pagamos a fatura ainda."],
    "nl": ["De factuur is nog niet betaald.", "We hebben nog niet betaald."],
    "pl": ["Faktura nie jest jeszcze opłacona.", "Nie zapłaciliśmy jeszcze."],
    "ro": ["Factura nu este încă achitată.", "Nu am plătit încă factura."],
    "sv": ["Fakturan är inte betald än.", "Vi har inte betalat ännu."],
    "tr": ["Fatura henüz ödenmedi.", "Ödeme henüz yapılmadı."],
    "hr": ["Račun još nije plaćen.", "Nismo još platili račun."],
    "ja": ["まだ支払っていません。"],
    "zh": ["我们还没有付款。"],
}

# A payment said to follow only after a condition is met is no promise.
CONDITIONAL_PAY: dict[str, list[str]] = {
    "en": ["Once we receive the corrected invoice we will pay it."],
    "fr": ["Le paiement sera traité après validation par le service achats."],
    "pt": ["O pagamento será processado após a aprovação interna."],
    "es": ["El pago se tramitará una vez aprobada la factura."],
    "zh": ["收到更正发票后再安排付款。"],
    "de": ["Sobald die Gutschrift vorliegt, überweisen wir."],
}

WRONG_CONTACT: dict[str, list[str]] = {
    "en": ["I no longer deal with invoices, please contact Mr Shah."],
    "fr": ["Je ne m'occupe plus de la comptabilité, merci de contacter M. Roux."],
    "de": ["Ich bin dafür nicht mehr zuständig, bitte wenden Sie sich an Frau Berg."],
    "es": ["Ya no llevo las facturas, por favor contacte con Marta."],
    "it": ["Non mi occupo più delle fatture, contattate il sig. Neri."],
    "pt": ["Não trato mais dos pagamentos, favor falar com a Joana."],
    "nl": ["Ik ga niet meer over de facturen, neem contact op met Piet."],
    "pl": ["Nie zajmuję się już fakturami, proszę kontaktować się z panią Nowak."],
    "ro": ["Nu mă mai ocup de facturi, vă rog să o contactați pe doamna Pop."],
    "sv": ["Jag jobbar inte längre med fakturor, kontakta Eva istället."],
    "tr": [
        "Ben bu konulara bakmıyorum, lütfen Ahmet Bey ile iletişime geçin.",
        "Artık muhasebe ile ilgilenmiyorum, Ayşe Hanım'a yazınız.",
    ],
    "hr": ["Više ne radim na fakturama, molim obratite se gđi Horvat."],
    "ja": ["私は経理の担当ではなくなりました。"],
    "zh": ["我已不负责付款事宜，请联系李经理。"],
}

# Longer replies with the core meaning buried in context.
PAID_LONG: dict[str, list[str]] = {
    "en": [
        "Dear team, further to your reminder, the payment against bill no. 77/2026 has been "
        "released yesterday through RTGS and should reflect in your account shortly.",
    ],
    "fr": [
        "Bonjour, suite à votre relance, je vous confirme que la facture 5521 est réglée depuis "
        "lundi, le virement SEPA apparaît déjà sur notre relevé.",
    ],
    "de": [
        "Guten Tag, wie telefonisch besprochen: die Rechnung 5521 haben wir gestern per "
        "SEPA-Überweisung beglichen, der Beleg liegt bei.",
    ],
    "es": [
        "Hola Marta, te confirmo que la factura 5521 quedó pagada ayer por transferencia, "
        "adjunto el justificante para vuestro control.",
    ],
    "it": [
        "Buongiorno, in merito al vostro sollecito vi informo che la fattura 5521 è stata saldata "
        "stamattina con bonifico SEPA.",
    ],
    "pt": [
        "Olá Carla, tudo bem? O boleto da NF 5521 foi pago hoje cedo pelo app do banco, segue o "
        "comprovante em anexo.",
    ],
    "nl": [
        "Beste Sanne, de factuur 5521 is gisteren door onze crediteurenadministratie overgemaakt, "
        "het bewijs zit in de bijlage.",
    ],
    "pl": [
        "Dzień dobry, uprzejmie informuję, że faktura 5521 została opłacona wczoraj przelewem, "
        "potwierdzenie w załączniku.",
    ],
    "ro": [
        "Bună ziua, vă informăm că suma aferentă facturii 5521 a fost virată ieri prin ordin de "
        "plată, atașăm dovada.",
    ],
    "sv": [
        "Hej, fakturan 5521 betalades igår via Bankgirot med rätt OCR-nummer, så den borde synas "
        "hos er idag.",
    ],
    "tr": [
        "Merhaba, 5521 numaralı faturanın bedeli dün Ziraat Bankası üzerinden havale ile "
        "gönderilmiştir, dekont ektedir.",
    ],
    "hr": [
        "Poštovani, račun 5521 plaćen je jučer putem internet bankarstva, u privitku šaljem "
        "potvrdu o uplati.",
    ],
    "ja": [
        "いつもお世話になっております。請求書5521の件、昨日お振込みいたしましたのでご確認ください。"
    ],
    "zh": ["您好，发票5521的货款我们已于昨天通过银行转账付清，请查收。"],
}

PROMISE_LONG: dict[str, list[str]] = {
    "en": [
        "Hi Tom, apologies for the delay on our side, we are releasing the payment for invoice "
        "5521 next Friday once the month-end close is done.",
    ],
    "fr": [
        "Bonjour, désolé pour le retard, je vous fais le virement pour la facture 5521 vendredi "
        "prochain sans faute.",
    ],
    "de": [
        "Hallo Herr Weber, entschuldigen Sie die Verzögerung, die Rechnung 5521 überweisen wir "
        "Ende nächster Woche.",
    ],
    "es": [
        "Hola, perdona el retraso, la factura 5521 te la pago el viernes que viene cuando cobremos "
        "de nuestro cliente.",
    ],
    "it": [
        "Buongiorno, ci scusiamo per il ritardo: il bonifico per la fattura 5521 partirà venerdì "
        "prossimo.",
    ],
    "pt": [
        "Oi Carla, desculpa a demora! A gente paga a NF 5521 na sexta-feira que vem, sem falta.",
    ],
    "nl": [
        "Hoi Sanne, sorry, die was ik vergeten. Ik maak factuur 5521 (€ 1.250,00) volgende week "
        "dinsdag over.",
    ],
    "pl": [
        "Dzień dobry, przepraszamy za opóźnienie, przelew za fakturę 5521 zrobimy w przyszły "
        "piątek.",
    ],
    "ro": [
        "Bună ziua, ne cerem scuze pentru întârziere, factura 5521 o achităm vinerea viitoare.",
    ],
    "sv": ["Hej, förlåt dröjsmålet, vi betalar faktura 5521 på fredag nästa vecka."],
    "tr": [
        "Merhaba, gecikme için özür dileriz, 5521 numaralı faturanın ödemesini cuma günü EFT ile "
        "yapacağız.",
    ],
    "hr": ["Poštovani, ispričavamo se zbog kašnjenja, račun 5521 platit ćemo idući petak."],
    "ja": [
        "ご連絡ありがとうございます。請求書5521につきましては、来週金曜日にお振込みいたします。"
    ],
    "zh": ["您好，发票5521我们下周五安排付款，给您带来不便敬请谅解。"],
}

# Near misses: questions, negations, futures and other words around the same vocabulary.
NOT_PAID_NEAR: list[str] = [
    "Has invoice 5521 been paid?",
    "Is it paid?",
    "Betalt?",
    "Ödendi mi?",
    "Can you confirm whether the transfer was received?",
    "We left the office early yesterday.",
    "The invoice will be paid on Friday.",
    "Die Rechnung wird am Freitag überwiesen.",
    "Platit ćemo račun u petak.",
    "We haven't transferred anything yet.",
    "Nie zapłacimy tej faktury.",
    "I will call you tomorrow.",
]


# A second round, written after the first was passing (then kept as tests).
PAID_MORE: list[tuple[str, str]] = [
    ("en", "Invoice 8812 was settled by ACH this morning."),
    ("en", "We have remitted the full amount."),
    ("en", "Funds sent, please check."),
    ("fr", "Réglé par chèque la semaine dernière."),
    ("fr", "Nous avons procédé au règlement hier."),
    ("fr", "La somme a été virée sur votre compte."),
    ("de", "Ist schon bezahlt."),
    ("de", "Der Betrag wurde heute angewiesen."),
    ("de", "Zahlung erfolgt, siehe Anhang."),
    ("es", "Abonada por transferencia el pasado viernes."),
    ("es", "Ya está liquidada."),
    ("es", "Hicimos el ingreso esta mañana."),
    ("it", "Saldata con bonifico del 28/11."),
    ("it", "Il pagamento è stato effettuato ieri."),
    ("it", "Già pagato, vi allego la contabile."),
    ("pt", "Já foi pago."),
    ("pt", "Quitamos o boleto hoje."),
    ("pt", "Pagamento feito via TED ontem."),
    ("nl", "Het bedrag is al overgemaakt."),
    ("nl", "Factuur is voldaan per 28 november."),
    ("nl", "Gisteren overgeboekt."),
    ("pl", "Faktura została zapłacona."),
    ("pl", "Przelew poszedł wczoraj."),
    ("pl", "Już opłacone."),
    ("ro", "Am virat suma ieri."),
    ("ro", "Plata a fost efectuată."),
    ("ro", "Achitată integral."),
    ("sv", "Vi betalade igår."),
    ("sv", "Den är redan betald."),
    ("sv", "Inbetalningen gjordes igår."),
    ("tr", "Ödemesi yapılmıştır."),
    ("tr", "Dün havale ettik."),
    ("tr", "Fatura bedeli hesabınıza yatırıldı."),
    ("hr", "Račun je podmiren."),
    ("hr", "Uplatili smo iznos jučer."),
    ("hr", "Već plaćeno."),
    ("ja", "お支払いは完了しております。"),
    ("ja", "先日振り込み済みです。"),
    ("zh", "款已付。"),
    ("zh", "已经汇款了，请查收。"),
]
PROMISE_MORE: list[tuple[str, str]] = [
    ("en", "We'll settle this by Friday."),
    ("en", "Payment will go out on Monday."),
    ("fr", "Le virement sera fait lundi."),
    ("fr", "Nous paierons à réception."),
    ("de", "Überweisung folgt nächste Woche."),
    ("de", "Wir werden die Rechnung morgen begleichen."),
    ("es", "Lo pagamos el jueves."),
    ("es", "Realizaremos el pago mañana."),
    ("it", "Provvederemo al pagamento entro venerdì."),
    ("it", "Pagheremo a fine mese."),
    ("pt", "Vamos pagar na segunda-feira."),
    ("pt", "O pagamento sai sexta."),
    ("nl", "We betalen het maandag."),
    ("nl", "Overmaken doen we vrijdag."),
    ("pl", "Zapłacimy do piątku."),
    ("pl", "Przelew wyślemy jutro."),
    ("ro", "Vom achita factura vineri."),
    ("ro", "Plătim mâine."),
    ("sv", "Vi betalar in beloppet nästa vecka."),
    ("sv", "Betalning sker på fredag."),
    ("tr", "Yarın ödeme yapılacak."),
    ("tr", "Cuma günü havale edeceğiz."),
    ("hr", "Platit ćemo sutra."),
    ("hr", "Uplata će biti izvršena u petak."),
    ("ja", "来週お支払いいたします。"),
    ("zh", "我们下周付款。"),
]

# Precision probes written after the vocabulary pass: conditions, embedded questions, habits.
NOT_PAID_MORE: list[str] = [
    "If the invoice is paid late, please do not charge interest.",
    "Once paid, we will send you the remittance.",
    "Paid invoices are archived by our system.",
    "Could you let me know if invoice 5521 has been paid by our parent company",
    "Non è stata ancora pagata.",
    "A fatura não foi paga.",
    "Faktura nie została opłacona.",
    "Factura nu a fost achitată.",
    "Račun nije plaćen jer nismo dobili robu.",
    "Fakturan är inte betald ännu eftersom den saknar OCR.",
    "Fatura ödenmedi.",
    "Die Rechnung wurde noch nicht bezahlt.",
    "La factura no ha sido pagada.",
    "La facture n'a pas été réglée.",
    "De factuur is niet betaald.",
    "We cannot confirm that it was paid.",
    "Please confirm whether the payment was released.",
    "As soon as it is approved it will be paid.",
    "Czy faktura została opłacona?",
    "Este plătită factura?",
    "Är fakturan betald?",
    "Je li račun plaćen?",
    "Fatura ödendi mi?",
    "Is de factuur al betaald?",
    "我们还没付款。",
    "まだお支払いしておりません。",
    "Zapłacone zostanie jutro.",
    "Überwiesen wird am Montag.",
    "Pagato sarà entro venerdì.",
]
NOT_PROMISE: list[str] = [
    "Ik maak me zorgen over de factuur.",
    "We maken ons zorgen over de levering.",
    "Ik maak een afspraak over de betaling.",
    "We always pay our suppliers on time.",
    "Wir zahlen grundsätzlich nur nach Wareneingang.",
    "We are paying attention to this.",
    "I am paying close attention to your reminders.",
    "Nous payons toujours à 60 jours.",
    "Pagamos siempre a 90 días.",
    "Paghiamo sempre a 60 giorni.",
    "Vi betalar alltid inom 30 dagar.",
    "Wir zahlen die Rechnung nicht.",
    "We can pay only after receiving the corrected invoice.",
    "Je ne vous paie pas cette facture.",
    "Nie zapłacę tej faktury.",
    "We can't pay this week.",
    "I will check with accounting tomorrow.",
    "Ik zal morgen navragen bij de boekhouding.",
    "Sprawdzę to jutro.",
    "Mâine verific cu contabilitatea.",
    "Yarın muhasebeye soracağım.",
    "收到正确发票后我们再安排付款。",
    "Once the credit note arrives we will pay the balance.",
    "O pagamento será processado após a aprovação da diretoria.",
]

# Whole replies (greeting, body, sign-off) mixing meanings: (body, intents).
REPLIES: list[tuple[str, list[str]]] = [
    (
        "Hi Sam,\n\nInvoice 4471 went through our BACS run on Monday, you should have it by now. The other one (4480) is still waiting for the budget holder's sign-off.\n\nCheers,\nJo\n",
        ["paid", "processing"],
    ),
    (
        "Bonjour,\n\nLa facture 2026-118 est bloquée chez nous : le bon de livraison ne correspond pas aux quantités facturées (48 au lieu de 60). Merci de nous faire parvenir un avoir.\n\nCordialement,\nLéa\n",
        ["dispute"],
    ),
    (
        "Guten Tag,\n\ndie Rechnung 90112 liegt bei uns noch in der Freigabe. Nach Freigabe wird sie mit dem Zahllauf am 15.12. bezahlt.\n\nMfG\nK. Braun\n",
        ["processing", "promise_to_pay"],
    ),
    (
        "Hola,\n\nNo tenemos registrada la factura F-2291. ¿Nos la podéis mandar otra vez?\n\nGracias\n",
        ["request_copy"],
    ),
    (
        "Ciao,\n\nvi confermo che il bonifico per la fattura 77/2026 è partito ieri sera. In allegato la contabile.\n\nSaluti\n",
        ["paid"],
    ),
    (
        "Bom dia,\n\nA NF 12345 vai ser paga dia 10, junto com as outras do mês.\n\nAbs\n",
        ["promise_to_pay"],
    ),
    (
        "Goedemiddag,\n\nFactuur 2026-0455 is vorige week al voldaan, zie bijgaand betaalbewijs.\n\nMet vriendelijke groet,\nJan\n",
        ["paid"],
    ),
    (
        "Dzień dobry,\n\nfaktura FV/11/2026 jest w trakcie akceptacji, płatność planujemy na przyszły tydzień.\n\nPozdrawiam\n",
        ["processing", "promise_to_pay"],
    ),
    (
        "Bună ziua,\n\nNu mai lucrez în departamentul financiar. Vă rog să trimiteți facturile la contabilitate@firma.ro.\n\nMulțumesc\n",
        ["wrong_contact"],
    ),
    (
        "Hej,\n\nVi kan inte betala hela beloppet nu. Går det bra att dela upp det på tre månader?\n\nMvh\nPer\n",
        ["payment_plan"],
    ),
    (
        "Merhaba,\n\nFaturanın yarısını bugün ödedik, kalanını ay sonunda ödeyeceğiz.\n\nİyi çalışmalar\n",
        ["partial_payment", "promise_to_pay"],
    ),
    (
        "Poštovani,\n\nračun 45/1/1 je plaćen 28.11., a račun 52/1/1 platit ćemo idući tjedan.\n\nLijep pozdrav\n",
        ["paid", "promise_to_pay"],
    ),
    (
        "いつもお世話になっております。\n\n請求書No.5521につきましては、社内の承認手続き中のため、お支払いは来月末になります。\n\nよろしくお願いいたします。\n",
        ["processing", "promise_to_pay"],
    ),
    (
        "您好，\n\n发票 88123 的货物有三箱破损，请先开具红字发票，我们收到后再付款。\n\n谢谢\n",
        ["dispute"],
    ),
    (
        "Hello,\n\nWe settled INV-301 in full yesterday by wire. Please update your ledger.\n\nBest,\nAmy\n",
        ["paid"],
    ),
    (
        "Hi,\n\nThe payment is scheduled for next Tuesday.\n\nThanks\n",
        ["promise_to_pay"],
    ),
    (
        "Hallo,\n\nBezahlt am 30.11., Beleg anbei.\n\nGruß\n",
        ["paid"],
    ),
    (
        "Olá,\n\nJá está pago desde segunda, segue o comprovativo.\n\nCumprimentos\n",
        ["paid"],
    ),
    (
        "Hei,\n\nFakturan betalades den 28 november.\n\nHälsningar\n",
        ["paid"],
    ),
    (
        "Dzień dobry,\n\nZapłacono 28.11.2026, potwierdzenie w załączniku.\n\nPozdrawiam\n",
        ["paid"],
    ),
]
