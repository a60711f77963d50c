"""General phrase families per intent in all 14 languages, written for these tests.

These sentences are not taken from the labelled sets: each exercises a family of phrasings
(paid / will pay / resend / dispute / approval / wrong contact / absence) in one language.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.worker.maia.helpers import make_mail
from worker.maia.dates import find_dates
from worker.maia.documents import find_documents
from worker.maia.rules import parse_rules

_DATE = "Wed, 02 Dec 2026 10:00:00 +0100"

FAMILIES = [
    ("en", "The transfer for INV-2231 left our account on Monday.", ["paid"]),
    ("fr", "Le virement pour la facture F-88 est parti hier.", ["paid"]),
    ("de", "Die Zahlung für Rechnung 4471 haben wir gestern angewiesen.", ["paid"]),
    ("es", "Ya hemos abonado la factura A-77 mediante transferencia.", ["paid"]),
    ("it", "Il bonifico per la fattura 44/2026 è già partito.", ["paid"]),
    ("pt", "Já efetuámos a transferência da fatura FT 2026/12.", ["paid"]),
    ("nl", "Wij hebben factuur 2026-118 gisteren overgemaakt.", ["paid"]),
    ("pl", "Faktura FV/2026/11 została już opłacona w zeszłym tygodniu.", ["paid"]),
    ("ro", "Factura FA-2026-12 a fost achitată integral ieri.", ["paid"]),
    ("sv", "Vi har redan betalat faktura 5521 via bankgiro.", ["paid"]),
    ("tr", "FA-2026-77 nolu faturanın ödemesini dün yaptık.", ["paid"]),
    ("hr", "Račun 12-2026 je plaćen prošli tjedan.", ["paid"]),
    ("ja", "請求書INV-5512の代金は昨日お振込みしました。", ["paid"]),
    ("zh", "发票号 77123 的款项我们已经于上周支付了。", ["paid"]),
    ("tr", "Fatura bedeli hesabınıza havale edilmiştir.", ["paid"]),
    ("pl", "Przelew za fakturę 8812 wysłaliśmy wczoraj.", ["paid"]),
    ("ro", "Am făcut plata pentru factura 3345 luni.", ["paid"]),
    ("sv", "Betalningen för faktura 4431 gick iväg i går.", ["paid"]),
    ("nl", "De betaling van factuur 7781 is vorige week verstuurd.", ["paid"]),
    ("hr", "Uplatu za račun 55/1/1 izvršili smo jučer.", ["paid"]),
    ("it", "Abbiamo pagato la fattura 221/2026 la settimana scorsa.", ["paid"]),
    ("en", "We'll settle INV-2231 by the end of the month.", ["promise_to_pay"]),
    ("fr", "Nous allons régler la facture F-88 la semaine prochaine.", ["promise_to_pay"]),
    ("de", "Wir überweisen den Betrag für Rechnung 4471 am Freitag.", ["promise_to_pay"]),
    ("es", "Pagaremos la factura A-77 el próximo lunes.", ["promise_to_pay"]),
    ("it", "Provvederemo al pagamento della fattura 44/2026 entro fine mese.", ["promise_to_pay"]),
    ("pt", "Vamos pagar a fatura FT 2026/12 até sexta-feira.", ["promise_to_pay"]),
    ("nl", "We betalen factuur 2026-118 uiterlijk vrijdag.", ["promise_to_pay"]),
    ("pl", "Fakturę FV/2026/11 opłacimy do końca miesiąca.", ["promise_to_pay"]),
    ("ro", "Vom achita factura FA-2026-12 săptămâna viitoare.", ["promise_to_pay"]),
    ("sv", "Vi kommer att betala faktura 5521 nästa vecka.", ["promise_to_pay"]),
    ("tr", "FA-2026-77 nolu faturayı cuma günü ödeyeceğiz.", ["promise_to_pay"]),
    ("hr", "Račun 12-2026 platit ćemo do kraja mjeseca.", ["promise_to_pay"]),
    ("ja", "請求書INV-5512は月末までにお支払いいたします。", ["promise_to_pay"]),
    ("zh", "发票 77123 我们下周五付款。", ["promise_to_pay"]),
    ("tr", "Ödemeyi önümüzdeki hafta yapacağız.", ["promise_to_pay"]),
    ("tr", "Faturanızı ay sonunda ödeyeceğiz.", ["promise_to_pay"]),
    ("pl", "Przelew zrobimy w przyszły piątek.", ["promise_to_pay"]),
    ("pl", "Płatność zostanie zrealizowana do 15 grudnia.", ["promise_to_pay"]),
    ("ro", "Plata se va face vineri.", ["promise_to_pay"]),
    ("ro", "Vă plătim factura până la sfârșitul lunii.", ["promise_to_pay"]),
    ("sv", "Fakturan betalas på fredag.", ["promise_to_pay"]),
    ("sv", "Vi betalar in beloppet i slutet av månaden.", ["promise_to_pay"]),
    ("nl", "De factuur wordt volgende week voldaan.", ["promise_to_pay"]),
    ("nl", "Wij zorgen dat het bedrag vrijdag op uw rekening staat.", ["promise_to_pay"]),
    ("hr", "Uplatit ćemo iznos u petak.", ["promise_to_pay"]),
    ("hr", "Račun ćemo podmiriti sljedeći tjedan.", ["promise_to_pay"]),
    ("it", "Salderemo la fattura martedì prossimo.", ["promise_to_pay"]),
    ("it", "Paghiamo la fattura venerdì.", ["promise_to_pay"]),
    ("ja", "来週の金曜日にお振込みいたします。", ["promise_to_pay"]),
    ("zh", "我们会在月底前安排付款。", ["promise_to_pay"]),
    ("de", "Die Rechnung begleichen wir bis Ende nächster Woche.", ["promise_to_pay"]),
    ("es", "Realizaremos la transferencia mañana.", ["promise_to_pay"]),
    ("pt", "O pagamento será feito na próxima semana.", ["promise_to_pay"]),
    ("en", "Could you send us the invoice again? We can't locate it.", ["request_copy"]),
    (
        "fr",
        "Pourriez-vous nous renvoyer la facture F-88 ? Nous ne l'avons pas reçue.",
        ["request_copy"],
    ),
    ("de", "Bitte senden Sie uns die Rechnung 4471 noch einmal zu.", ["request_copy"]),
    ("es", "¿Nos pueden enviar una copia de la factura A-77?", ["request_copy"]),
    ("it", "Potete inviarci una copia della fattura 44/2026?", ["request_copy"]),
    ("pt", "Podem enviar-nos uma cópia da fatura FT 2026/12?", ["request_copy"]),
    ("nl", "Kunt u de factuur 2026-118 nogmaals sturen?", ["request_copy"]),
    ("pl", "Proszę o ponowne przesłanie faktury FV/2026/11.", ["request_copy"]),
    ("ro", "Vă rog să ne retrimiteți factura FA-2026-12.", ["request_copy"]),
    ("sv", "Kan ni skicka fakturan 5521 igen?", ["request_copy"]),
    ("tr", "FA-2026-77 nolu faturayı tekrar gönderebilir misiniz?", ["request_copy"]),
    ("hr", "Molimo da nam ponovno pošaljete račun 12-2026.", ["request_copy"]),
    ("ja", "請求書INV-5512を再送していただけますでしょうか。", ["request_copy"]),
    ("zh", "请重新发送发票 77123。", ["request_copy"]),
    ("pl", "Nie otrzymaliśmy tej faktury, prosimy o jej kopię.", ["request_copy"]),
    ("de", "Die Rechnung 4471 ist bei uns nie angekommen.", ["request_copy"]),
    ("it", "La fattura 44/2026 non ci è mai arrivata.", ["request_copy"]),
    ("es", "La factura A-77 nunca nos llegó.", ["request_copy"]),
    ("nl", "Wij hebben factuur 2026-118 nooit ontvangen.", ["request_copy"]),
    ("sv", "Vi har aldrig fått faktura 5521.", ["request_copy"]),
    ("tr", "Bu fatura bize hiç gelmedi.", ["request_copy"]),
    ("hr", "Račun 12-2026 nikada nismo primili.", ["request_copy"]),
    ("ro", "Nu am primit niciodată factura FA-2026-12.", ["request_copy"]),
    ("en", "We do not accept invoice INV-2231: the price is higher than agreed.", ["dispute"]),
    ("fr", "Nous contestons la facture F-88, la marchandise est arrivée abîmée.", ["dispute"]),
    ("de", "Wir erheben Einspruch gegen Rechnung 4471, die Menge ist falsch.", ["dispute"]),
    ("es", "No aceptamos la factura A-77 porque el precio no es el acordado.", ["dispute"]),
    ("it", "Non accettiamo la fattura 44/2026: la merce è arrivata danneggiata.", ["dispute"]),
    ("pt", "Não aceitamos a fatura FT 2026/12, o preço está errado.", ["dispute"]),
    ("nl", "Wij gaan niet akkoord met factuur 2026-118, de prijs klopt niet.", ["dispute"]),
    ("pl", "Nie akceptujemy faktury FV/2026/11, cena jest inna niż w ofercie.", ["dispute"]),
    ("ro", "Nu suntem de acord cu factura FA-2026-12, prețul este greșit.", ["dispute"]),
    ("sv", "Vi godkänner inte faktura 5521, priset är fel.", ["dispute"]),
    ("tr", "FA-2026-77 nolu faturaya itiraz ediyoruz, fiyat anlaşmaya uymuyor.", ["dispute"]),
    ("hr", "Ne prihvaćamo račun 12-2026, cijena nije dogovorena.", ["dispute"]),
    ("ja", "請求書INV-5512の金額が見積と異なっております。", ["dispute"]),
    ("zh", "发票 77123 的金额与合同不符，我们不能接受。", ["dispute"]),
    ("pl", "Otrzymaliśmy tylko 40 sztuk zamiast 50.", ["dispute"]),
    ("tr", "Ürünler hasarlı geldi, bu faturayı ödemeyeceğiz.", ["dispute"]),
    ("ro", "Marfa a ajuns deteriorată.", ["dispute"]),
    ("sv", "Varorna kom fram skadade.", ["dispute"]),
    ("hr", "Roba je stigla oštećena.", ["dispute"]),
    ("nl", "De levering was onvolledig, er ontbreken twee dozen.", ["dispute"]),
    ("it", "La fattura riporta un prezzo sbagliato.", ["dispute"]),
    ("de", "Der Preis auf der Rechnung ist zu hoch, wir bitten um Korrektur.", ["dispute"]),
    (
        "en",
        "Invoice INV-2231 is currently going through our internal approval process.",
        ["processing"],
    ),
    ("fr", "La facture F-88 est en attente de validation par notre direction.", ["processing"]),
    ("de", "Die Rechnung 4471 liegt noch zur Freigabe beim Einkauf.", ["processing"]),
    ("es", "La factura A-77 está pendiente de aprobación interna.", ["processing"]),
    ("it", "La fattura 44/2026 è in fase di approvazione.", ["processing"]),
    ("pt", "A fatura FT 2026/12 está em aprovação interna.", ["processing"]),
    ("nl", "Factuur 2026-118 ligt nog ter goedkeuring bij de manager.", ["processing"]),
    ("pl", "Faktura FV/2026/11 czeka na akceptację dyrektora.", ["processing"]),
    ("ro", "Factura FA-2026-12 este în curs de aprobare.", ["processing"]),
    ("sv", "Faktura 5521 ligger för attest hos chefen.", ["processing"]),
    ("tr", "FA-2026-77 nolu fatura onay sürecinde.", ["processing"]),
    ("hr", "Račun 12-2026 je još na odobrenju kod direktora.", ["processing"]),
    ("ja", "請求書INV-5512は現在社内で承認手続き中です。", ["processing"]),
    ("zh", "发票 77123 目前在内部审批中。", ["processing"]),
    (
        "en",
        "I have moved to a different role; please contact our AP team at ap@x.example.",
        ["wrong_contact"],
    ),
    ("fr", "Je ne suis plus en charge de la comptabilité fournisseurs.", ["wrong_contact"]),
    (
        "de",
        "Ich bin für Zahlungen nicht mehr zuständig, bitte wenden Sie sich an buchhaltung@x.example.",
        ["wrong_contact"],
    ),
    ("es", "Ya no estoy a cargo de los pagos, escriban a pagos@x.example.", ["wrong_contact"]),
    ("it", "Non mi occupo più dei pagamenti, scrivete a contabilita@x.example.", ["wrong_contact"]),
    (
        "pt",
        "Já não sou responsável pelos pagamentos, contactem financeiro@x.example.",
        ["wrong_contact"],
    ),
    (
        "nl",
        "Ik ben niet meer verantwoordelijk voor de betalingen, mail naar boekhouding@x.example.",
        ["wrong_contact"],
    ),
    (
        "pl",
        "Nie odpowiadam już za płatności, proszę pisać na ksiegowosc@x.example.",
        ["wrong_contact"],
    ),
    (
        "ro",
        "Nu mai răspund de plăți, vă rog să scrieți la contabilitate@x.example.",
        ["wrong_contact"],
    ),
    (
        "sv",
        "Jag ansvarar inte längre för betalningar, kontakta ekonomi@x.example.",
        ["wrong_contact"],
    ),
    (
        "tr",
        "Artık ödemelerle ben ilgilenmiyorum, lütfen muhasebe@x.example adresine yazın.",
        ["wrong_contact"],
    ),
    (
        "hr",
        "Više nisam zadužena za plaćanja, javite se na racunovodstvo@x.example.",
        ["wrong_contact"],
    ),
    (
        "ja",
        "私は経理の担当ではございませんので、keiri@x.example までご連絡ください。",
        ["wrong_contact"],
    ),
    ("zh", "我已不负责付款事宜，请联系财务部 caiwu@x.example。", ["wrong_contact"]),
    ("en", "Jane Smith has left the company.", ["wrong_contact"]),
    ("de", "Frau Müller ist nicht mehr bei uns beschäftigt.", ["wrong_contact"]),
    ("nl", "Mevrouw Jansen is niet meer in dienst.", ["wrong_contact"]),
    ("pl", "Pani Nowak nie pracuje już w naszej firmie.", ["wrong_contact"]),
    ("sv", "Anna har slutat hos oss.", ["wrong_contact"]),
    ("tr", "Ayşe Hanım şirketimizden ayrılmıştır.", ["wrong_contact"]),
    ("ro", "Doamna Popescu nu mai lucrează la noi.", ["wrong_contact"]),
    ("hr", "Gospođa Horvat više ne radi kod nas.", ["wrong_contact"]),
    ("it", "La signora Rossi non lavora più qui.", ["wrong_contact"]),
]

NON_PAYMENT = [
    (
        "en",
        "I am currently away and will return on 14 December. Your email will not be forwarded.",
        ["out_of_office"],
    ),
    ("fr", "Je suis actuellement en congé et serai de retour le 4 janvier.", ["out_of_office"]),
    (
        "de",
        "Ich bin bis zum 8. Januar nicht erreichbar. Ihre Nachricht wird nicht weitergeleitet.",
        ["out_of_office"],
    ),
    ("es", "Me encuentro de vacaciones hasta el 7 de enero.", ["out_of_office"]),
    ("it", "Sono in ferie fino al 7 gennaio con accesso limitato alla posta.", ["out_of_office"]),
    ("pt", "Estou de férias até 5 de janeiro.", ["out_of_office"]),
    ("nl", "Ik ben afwezig tot 5 januari en lees mijn mail niet.", ["out_of_office"]),
    ("pl", "Przebywam na urlopie do 4 stycznia.", ["out_of_office"]),
    ("ro", "Sunt în concediu până pe 6 ianuarie.", ["out_of_office"]),
    ("sv", "Jag är på semester till och med 6 januari.", ["out_of_office"]),
    ("tr", "5 Ocak'a kadar yıllık izindeyim.", ["out_of_office"]),
    ("hr", "Na godišnjem sam odmoru do 5. siječnja.", ["out_of_office"]),
    ("ja", "1月5日まで休暇のため不在にしております。", ["out_of_office"]),
    ("zh", "本人1月5日前休假，期间无法回复邮件。", ["out_of_office"]),
    ("pl", "Jestem na zwolnieniu lekarskim do piątku.", ["out_of_office"]),
    ("de", "Ich befinde mich bis 10.12. im Urlaub.", ["out_of_office"]),
    ("en", "I have forwarded your message to our finance department.", ["other"]),
    ("de", "Ich habe Ihre E-Mail an unsere Buchhaltung weitergeleitet.", ["other"]),
    ("pl", "Przekazałam wiadomość do naszego działu księgowości.", ["other"]),
    ("tr", "Mesajınızı muhasebe departmanımıza ilettim.", ["other"]),
    ("sv", "Jag har vidarebefordrat ditt mejl till vår ekonomiavdelning.", ["other"]),
    ("en", "We have not paid INV-2231 yet because of a cash flow issue.", ["other"]),
    ("de", "Wir haben die Rechnung noch nicht bezahlt.", ["other"]),
    ("nl", "Factuur 2026-118 is nog niet betaald.", ["other"]),
    ("en", "Thanks for the reminder.", ["other"]),
    ("pl", "Nie zapłaciliśmy jeszcze tej faktury.", ["other"]),
]


@pytest.mark.parametrize(("lang", "body", "intents"), FAMILIES)
def test_intent_families(lang: str, body: str, intents: list[str]) -> None:
    result = parse_rules(make_mail(body + "\n\nAnna\n", date=_DATE))
    assert result.intents == intents, (lang, body)


@pytest.mark.parametrize(("lang", "body", "intents"), NON_PAYMENT)
def test_absence_relay_and_negated(lang: str, body: str, intents: list[str]) -> None:
    result = parse_rules(make_mail(body + "\n\nAnna\n", date=_DATE))
    assert result.intents == intents, (lang, body)


@pytest.mark.parametrize(
    "headers",
    [{"Auto-Submitted": "auto-replied"}, {"X-Autoreply": "yes"}, {"Precedence": "auto_reply"}],
)
@pytest.mark.parametrize(
    "body",
    [
        "Hvala na poruci. Trenutno nisam u uredu, odgovorit ću po povratku.",
        "Dank voor uw bericht. Ik lees mijn mail weer vanaf maandag 7 december.",
        "Merci pour votre message, je vous répondrai dès que possible.",
    ],
)
def test_auto_reply_is_out_of_office_unless_helpdesk(headers: dict[str, str], body: str) -> None:
    result = parse_rules(make_mail(body, date=_DATE, headers=headers))
    assert result.intents == ["out_of_office"]
    assert result.auto_submitted is True
    assert result.promise_date is None


@pytest.mark.parametrize(
    "body",
    [
        "Your request has been logged under reference 55-1212; an agent will reply shortly.",
        "Votre demande a été enregistrée sous le numéro 88412.",
        "Talebiniz 7781 numarası ile kaydedilmiştir.",
    ],
)
def test_helpdesk_acknowledgement_is_other(body: str) -> None:
    result = parse_rules(make_mail(body, date=_DATE, headers={"Auto-Submitted": "auto-replied"}))
    assert result.intents == ["other"]
    assert result.auto_submitted is True


def test_question_only_in_last_clause_keeps_the_payment() -> None:
    body = "Rechnung 4471 wurde gestern bezahlt, können Sie das bitte weitergeben?"
    assert parse_rules(make_mail(body, date=_DATE)).intents == ["paid"]
    asked = "Können Sie prüfen, ob Rechnung 4471 bezahlt wurde?"
    assert parse_rules(make_mail(asked, date=_DATE)).intents == ["other"]


_RELAY = """Hi team, customer's answer below.
Tom

---------- Forwarded message ---------
From: Eva Lind <eva@buyer-shop.example>
Date: Tue, 1 Dec 2026 at 16:00
Subject: Invoice 77120
To: Tom Berg <tom.berg@seller.example>

Hi Tom,

We will pay invoice 77120 next Friday.

Eva
"""


def test_salesperson_relay_reads_the_forwarded_customer() -> None:
    from email.message import EmailMessage

    from worker.maia.types import mail_input_from_bytes

    msg = EmailMessage()
    msg["From"] = "Tom Berg <tom.berg@seller.example>"
    msg["To"] = "capture@reply.example"
    msg["Subject"] = "Fwd: Invoice 77120"
    msg["Date"] = _DATE
    msg.set_content(_RELAY)
    result = parse_rules(mail_input_from_bytes(msg.as_bytes()))
    assert result.intents == ["promise_to_pay"]
    # "next Friday" is the first Friday strictly after Wed 2 Dec (MAIA-LABELS.md).
    assert result.promise_date == dt.date(2026, 12, 4)
    assert result.reply_text.startswith("Hi Tom,")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Op factuur 2026-0411 staan 48 dozen, wij kregen er 40 binnen.", "40"),
        ("Invoice INV-771 lists 250 pcs but we only got 200.", "200"),
        ("請求書INV-88では300ケースですが、250ケースしか届いていません。", "250"),
    ],
)
def test_quantities_are_not_documents(text: str, number: str) -> None:
    found = [d.number for d in find_documents(text)]
    assert number not in found


def test_bare_date_is_not_an_amount() -> None:
    body = "Die Rechnung 80990 geht mit unserem Zahllauf am 9.12. raus."
    result = parse_rules(make_mail(body, date=_DATE))
    assert result.promise_date == dt.date(2026, 12, 9)
    assert result.amount is None


def test_romanian_luni_as_months_is_no_weekday() -> None:
    ref = dt.date(2026, 12, 2)
    hits = find_dates("plătim pe 20 ale fiecărei luni, timp de 3 luni", ref, "ro")
    assert all(h.kind != "weekday" for h in hits)
    assert [h.kind for h in find_dates("plătim luni", ref, "ro")] == ["weekday"]


def test_day_month_before_a_comma_is_a_date() -> None:
    hits = find_dates("betalar vi den 21/12, hela beloppet", dt.date(2026, 12, 2), "sv")
    assert [h.date for h in hits] == [dt.date(2026, 12, 21)]


_UNMARKED_INLINE = """Hello,
my answers are inline below.

-----Original Message-----
From: Seller AR <ar@seller.example>
Sent: Monday, 30 November 2026 09:00
To: Buyer <ap@buyer.example>
Subject: Payment reminder

Dear customer,
the following invoices are open:
- invoice 66101, 1,200.00 EUR, due 10.11.2026

We will pay this one on Friday.

- invoice 66102, 800.00 EUR, due 15.11.2026

Please settle the open items promptly.
Kind regards
Accounts receivable
"""


def test_unmarked_inline_answers_are_kept() -> None:
    result = parse_rules(make_mail(_UNMARKED_INLINE, date=_DATE))
    assert "We will pay this one on Friday." in result.reply_text
    assert "Please settle" not in result.reply_text
    assert result.intents == ["promise_to_pay"]
