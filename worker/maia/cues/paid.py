"""Reports of a payment made, and look-alikes (a past run, a habit, on time) to check."""

from worker.maia.cues.partial import PART_PAID
from worker.maia.cues.shared import either
from worker.maia.cues.time import PAST_TIME

# "paid" as a participle or adjective, every gender and number, in the 14 languages.
_PAID_PARTICIPLE = (
    r"(?:paid|settled|transferred|remitted|wired|credited|payée?s?|réglée?s?|virée?s?|soldée?s?|"
    r"acquittée?s?|bezahlt|überwiesen|beglichen|gezahlt|pagad[oa]s?|abonad[oa]s?|transferid[oa]s?|"
    r"liquidad[oa]s?|ingresad[oa]s?|pagat[oaie]|saldat[oaie]|bonificat[oaie]|"
    # "a gente paga", "eu pago": the pt present, not the participle
    r"(?<!gente )(?<!eu )(?<!nós )pag[oa]s?|"
    r"quitad[oa]s?|betaald|voldaan|overgemaakt|overgeboekt|zapłacon[eyaoi]\w*|opłacon[eyaoi]\w*|"
    r"przelan[eyaoi]\w*|uregulowan[eyaoi]\w*|zapłacono|opłacono|przelano|uregulowano|plătit[ăe]?|"
    r"platit[ăe]?|achitat[ăe]?|virat[ăe]?|betalt|betald[a]?|betalats|betalat|inbetal[td]\w*|"
    r"överför[td]\w*|ödendi|ödenmiştir|ödenmişti|(?<!na)plaćen[oaie]?|uplaćen[oaie]?|"
    r"podmiren[oaie]?)(?! ćemo| ću)"
)

# "paid on 12/3", "bezahlt am 12.": a paid participle before a day number, 11 languages.
_PAID_ON_DATE = (
    r"(?:\bpaid|bezahlt|beglichen|überwiesen|payée?s?|réglée?s?|pagad[ao]s?|pagat[ao]|saldat[ao]|"
    r"betaald|zapłacon\w*|opłacon\w*|achitat\w*|plătit\w*|betald\w*|(?<!na)plaćen\w*) "
    r"(?:on |am |le |el |"
    r"il |op |w dniu |pe |den |dana )?\d{1,2}[./]"
)

# "realizamos la transferencia": es.
_ES_TRANSFER_MADE = (
    r"(?:realizamos|efectuamos|hicimos|enviamos|emitimos|ordenamos|cursamos) (?:ya )?(?:la|el|una|"
    r"un) (?:transferencia|pago|ingreso|abono)"
)

# "justificante bancario", "Bankbeleg": a bank receipt; es it pt de.
_BANK_RECEIPT = (
    r"justificante bancario|comprobante bancario|contabile bancaria|comprovante bancário|bankbeleg"
)

# "el pago se realizó": es.
_ES_PASSIVE_DONE = (
    r"(?:pago|transferencia|abono) .{0,40}?se (?:realizó|efectuó|hizo)|"
    r"se (?:realizó|efectuó) (?:el|la) (?:pago|transferencia)"
)

# "ödememiz yapıldı": tr.
_TR_PAYMENT_DONE = r"ödeme(?:si|miz)? (?:\w+ )?(?:yapıldı|yapılmıştır|gerçekleştirildi|gönderildi)"

# "the payment went out", "left our account": en.
_EN_WENT_OUT = (
    r"(?:payment|transfer|remittance|bacs|wire|cheque|check|chaps|ach)\b.{0,40}?(?:went out|"
    r"was sent|has been sent|was made|was released|was processed|has cleared|left our account)|"
    r"went out (?:today|yesterday|this|on)"
)

# "proof of payment", "Zahlungsnachweis", "付款凭证": the document, all languages.
_PROOF_OF_PAYMENT = (
    r"proof of payment|remittance advice|payment confirmation|zahlungsnachweis|zahlungsbestätigung|"
    r"überweisungsbeleg|justificatif de (?:paiement|virement)|preuve de paiement|avis de virement|"
    r"comprobante de (?:pago|transferencia)|justificante de (?:pago|transferencia)|"
    r"ricevuta di pagamento|contabile (?:del|di) bonifico|comprovante|comprovativo|betalingsbewijs|"
    r"bewijs van betaling|potwierdzenie (?:przelewu|zapłaty|płatności|wpłaty)|"
    r"dovada (?:plății|de plată)|betalningsbekräftelse|betalningsbevis|ödeme dekontu|"
    r"potvrd\w* o (?:uplati|plaćanju)|振込明細|振込控え|付款凭证|付款回单|汇款凭证|转账凭证"
)

# "le virement a été émis", "avons effectué le paiement": fr.
_FR_TRANSFER_ISSUED = (
    r"a été (?:émise?|envoyée?|exécutée?|passée?)|virement .{0,40}?(?:émis|envoyé|exécuté|passé)|"
    r"avons (?:émis|envoyé|passé|effectué) (?:le|un|notre) (?:virement|paiement|règlement)"
)

# "przelew wyszedł": pl.
_PL_TRANSFER_LEFT = r"przelew .{0,40}?(?:wyszedł|poszedł|został (?:wysłany|zlecony|wykonany))"

# "振込完了", "お支払い済": ja.
_JA_PAYMENT_COMPLETE = r"(?:支払|振込|入金|送金)[^。]{0,8}完了|お支払い済"

# "die Zahlung ist raus": de.
_DE_ZAHLUNG_RAUS = r"zahlung (?:ist )?(?:raus|unterwegs)|ist raus"

# "has been paid", "we have settled", "paid in full": en.
_SAID_PAID_EN = (
    r"(?:has|have|had|was|were) (?:already |now |just )?(?:been )?(?:paid|settled|transferred|"
    r"remitted|cleared|wired)|(?:we|i)(?: have| 've|'ve| already| just| today)* (?:paid|settled|"
    r"transferred|remitted|wired|sent (?:the|a|our) payment|made (?:the|a|our) payment|"
    r"sent payment)|payment (?:of [^.]{0,30})?(?:was|has been|were) (?:made|sent|issued|"
    r"transferred|processed|executed|remitted)|already paid|"
    r"paid (?:in full|yesterday|today|last|on)|\bpaid .{0,25}?(?:today|yesterday|this morning|"
    r"last week)|sent (?:by|via) (?:bacs|wire|transfer)|remittance advice"
)

# "a bien été réglée", "avons payé": fr.
_SAID_PAID_FR = (
    r"a (?:déjà |bien |été )?(?:déjà |bien )?été (?:réglée?|payée?|effectuée?|virée?|soldée?)|"
    r"a été (?:réglée?|payée?|effectuée?|virée?|soldée?)|ont été (?:réglées|payées|virées)|"
    r"avons (?:déjà )?(?:réglé|payé|viré|effectué|procédé au (?:paiement|règlement|virement))|"
    r"déjà (?:réglée?|payée?)|virement (?:a été|est) effectué"
)

# "wurde bezahlt", "haben überwiesen": de.
_SAID_PAID_DE = (
    r"(?:wurde|wurden|ist|sind) (?:.{0,60}? )?(?:bezahlt|beglichen|überwiesen|ausgeglichen|"
    r"angewiesen worden|ausgeführt)|(?:haben|habe) .{0,50}?(?:bezahlt|überwiesen|beglichen|"
    r"angewiesen|ausgeglichen)\b|bereits bezahlt|zahlung (?:ist|wurde) (?:bereits )?(?:erfolgt|"
    r"ausgeführt|veranlasst)"
)

# "hemos pagado", "ya está pagada": es.
_SAID_PAID_ES = (
    r"se (?:pagaron|abonaron|transfirieron)|hicimos (?:la|el) (?:transferencia|pago|ingreso)|"
    r"(?:pagamos|abonamos|transferimos|depositamos) (?:ayer|hoy)|"
    r"(?:ayer|hoy) (?:pagamos|abonamos|transferimos|depositamos)|"
    r"(?:ha|han) sido (?:pagad|abonad|transferid|liquidad)\w*|"
    r"hemos (?:pagado|abonado|transferido|liquidado|realizado (?:el|la) (?:pago|transferencia)|"
    r"efectuado (?:el|la) (?:pago|transferencia))|ya (?:está|están) pagad\w*|"
    r"se (?:pagó|abonó|realizó la transferencia)"
)

# "è stata pagata", "abbiamo saldato": it.
_SAID_PAID_IT = (
    r"(?:è stata|sono state|è stato|sono stati) (?:già )?(?:pagat|saldat|bonificat|effettuat|"
    r"liquidat)\w*|(?:è stato|è stata|sono stati|sono state) (?:\w+ ){0,2}(?:disposto|dispost[ai]|"
    r"effettuat[oai]|eseguit[oai])|abbiamo (?:già )?(?:pagato|saldato|bonificato|effettuato (?:il|"
    r"un) (?:pagamento|bonifico)|disposto il bonifico)|già (?:pagat|saldat)\w*"
)

# "foi paga", "pagamos ontem": pt (and a few es forms).
_SAID_PAID_PT = (
    r"(?:foi|foram) (?:paga|pagas|pago|pagos|liquidad\w+|quitad\w+|transferid\w+)|"
    r"já (?:foi|foram|está|estão) pag\w+|"
    r"\b(?<!será )(?<!serão )(?<!ser )(?<!vai )(?<!gente )(?<!eu )(?:paga|pago|"
    r"pagas|pagos|liquidad[ao]s?|pagad[ao]s?) (?:a (?=\d{1,2}\b(?! ?d[ií]as))|em|no|na|el|ontem|"
    r"hoje|ayer)\b|(?:pagamos|efetuamos|efectuámos|realizamos|transferimos|liquidamos|"
    r"quitamos) (?:o |a |os |as )?(?:pagamento|transferência|fatura|boleto|valor|pix|ontem|hoje|"
    r"em \d|no dia)|pagamento (?:foi )?(?:efetuado|realizado|feito)"
)

# "is betaald", "hebben overgemaakt": nl.
_SAID_PAID_NL = (
    r"(?:is|zijn|werd|werden) (?:.{0,50}? )?(?:betaald|voldaan|overgemaakt|overgeboekt)\b|"
    r"(?:hebben|heb) .{0,50}?(?:betaald|overgemaakt|voldaan|overgeboekt)\b|"
    r"betaling is (?:uitgevoerd|verricht|gedaan)"
)

# "została opłacona", "zapłaciliśmy": pl.
_SAID_PAID_PL = (
    r"(?:została|zostały|został|zostało) (?:już )?(?:opłacon|zapłacon|uregulowan|przelan|"
    r"zrealizowan)\w*|(?:zapłaciliśmy|przelaliśmy|opłaciliśmy|uregulowaliśmy|wysłaliśmy przelew|"
    r"zrobiliśmy przelew|zapłaciłem|zapłaciłam|przelałem|przelałam)|już (?:zapłacon|opłacon)\w*"
)

# "a fost achitată", "am plătit": ro.
_SAID_PAID_RO = (
    r"(?:a fost|au fost) (?:deja )?(?:achitat|plătit|platit|virat|decontat)\w*|"
    r"am (?:deja )?(?:achitat|plătit|platit|virat|efectuat plata)|plata (?:a fost )?efectuată"
)

# "är betald", "vi har betalat": sv.
_SAID_PAID_SV = (
    r"(?:är|har) (?:redan )?(?:betald|betalda|betalts|betalats|betalat)|"
    r"vi (?:har )?(?:redan )?(?:betalade|betalat|betalt)|betalningen (?:är|har) (?:gjord|skickats|"
    r"genomförts|gått)"
)

# "ödendi", "havale ile gönderildi": tr.
_SAID_PAID_TR = (
    r"ödenmiştir|ödendi|ödedik|ödedim|ödeme (?:yapılmıştır|yapıldı|gerçekleştirildi|gönderildi)|"
    r"havale (?:ile )?(?:yapıldı|gönderildi|edildi)|eft (?:ile )?(?:yapıldı|gönderildi)"
)

# "plaćen je", "uplatili smo": hr.
_SAID_PAID_HR = (
    r"(?:(?<!na)plaćen|uplaćen|podmiren)\w* (?:je|su)|(?<!bi)smo (?:već |danas |jučer )?"
    r"(?:uplatili|platili|podmirili|izvršili)|\b(?:je|su|smo) (?:već )?"
    r"(?:(?<!na)plaćen|(?<!na)plaćeni|(?<!na)plaćena|podmiren\w*|"
    r"uplaćen\w*)|(?:platili smo|uplatili smo|podmirili smo|izvršili smo uplatu|platio sam|"
    r"uplatio sam)|uplata (?:je )?izvršena"
)

# "支払済", "振り込みました", "已于…付款": ja zh.
_SAID_PAID_JA_ZH = (
    r"支払い?済|お支払い(?:いたし|し|致し)ました|支払いました|"
    r"振込(?:み)?(?:ました|済|いたしました|致しました)|振り込みました|"
    r"お振込(?:み)?(?:いたし|し|致し)ました|入金(?:しました|済|いたしました)|送金しました|"
    r"已经?于(?:(?!不再|不负责)[^。]){0,14}?(?:付款|支付|汇款|转账|付清)|"
    r"(?:支付|付款|汇款|转账|付清|打款)了"
)

# "le virement est parti", "przelew wysłany", "已付": payment sent; fr it pt tr pl ro sv nl hr zh.
_PAYMENT_SENT = (
    r"(?:virement|paiement|règlement) [^.]{0,40}(?:est|a été) (?:bien )?partie?|"
    r"(?:bonifico|pagamento) [^.]{0,40}(?:è|sono) (?:già )?partit\w*|"
    r"(?:efetuámos|efectuámos|realizámos|pagámos|transferimos|fizemos) (?:o |a )?(?:pagamento|"
    r"transferência)|ödeme\w* [^.]{0,30}(?:yaptık|gerçekleştirdik|gönderdik)|"
    r"havale (?:edilmiştir|ettik)|eft (?:ettik|yaptık)|ödemiş bulunmaktayız|"
    r"(?:wysłaliśmy|zleciliśmy|wykonaliśmy|zrobiliśmy) (?:\w+ ){0,3}?przelew|"
    r"przelew [^.]{0,40}(?:wysłaliśmy|zleciliśmy|wykonaliśmy|zrobiliśmy|wysłany|wykonany)|"
    r"am (?:făcut|efectuat|realizat|trimis) plata|am (?:virat|transferat)|"
    r"s-a (?:făcut|efectuat) plata|plata a fost (?:făcută|trimisă|efectuată|virată)|"
    r"(?:betalning\w*|överföring\w*) [^.]{0,40}(?:gick (?:iväg|ut)|skickades|genomfördes|gjordes|"
    r"har gått)|vi (?:har )?(?:betalade|överförde|överfört|skickat betalningen)|"
    r"betaling [^.]{0,50}(?:is|werd) [^.]{0,30}(?:verstuurd|uitgevoerd|gedaan|verricht|verzonden)|"
    r"izvršili smo (?:uplatu|plaćanje)|(?:uplatu|plaćanje) [^.]{0,40}izvršili smo|"
    r"uplata je (?:izvršena|provedena|poslana)|已(?:先|经)?付|"
    r"已(?:经)?(?:支付|付款|付清|汇款|转账|结清|汇出|打款)|款项已(?!经?(?:排|安排|列入|纳入|提交))|"
    r"付款已(?:完成|汇出)"
)

# A bare "paid" answer, or "yesterday … paid": all languages.
_BARE_PARTICIPLE = (
    r"^\W*(?:(?:already|all|fully|now|alles|bereits|schon|déjà|tout|ya|todo|già|tutto|já|tudo|al|"
    r"alles|już|wszystko|deja|tot|redan|allt|zaten|hepsi|već|sve|"
    rf"{PAST_TIME})\s+)?{_PAID_PARTICIPLE}\b(?!\s*\?)(?!\s+(?:invoices?|bills?|items?|amounts?|"
    r"wird|werden|zostanie|zostaną|sarà|saranno|será|serão|sera|seront|will|va fi|vor fi|bit će|"
    rf"kommer))|{PAST_TIME}\s+(?:\w+\s+){{0,2}}?{_PAID_PARTICIPLE}\b"
)

# "invoice 4711 paid", "fattura pagata": all languages.
_INVOICE_PAID = (
    r"(?:^|[\s(:])(?:invoice|facture|rechnung|factura|fattura|fatura|factuur|faktura|factura|"
    r"fakturan?|fatura|račun)\s+\S*\d\S*\s+(?:(?:is|est|ist|è|é|está|jest|este|är|je|"
    rf"su)\s+)?{_PAID_PARTICIPLE}\b|\b(?:fattura|fatture|fatura|faturas|faktura|faktury|factura|"
    r"facturas|facture|factures|rechnung|factuur|fakturan|račun|"
    rf"fatura) {_PAID_PARTICIPLE}\b(?!\s*\?)"
)

# "processed the payment": en.
_EN_PROCESSED = r"\bprocessed (?:the |your |our |this )?(?:payment|transfer|remittance)\b"

# "is paid", "est réglée", "ist bezahlt": copula and participle; en fr de es pt it pl ro sv.
_COPULA_PAID = (
    r"\b(?:is|are|is now|are now|is already|are all|has been fully) (?:paid|settled)\b|"
    r"\b(?:est|sont|c'est) (?:bien |déjà |maintenant )?(?:payée?s?|réglée?s?|soldée?s?)|"
    r"\b(?:ist|sind) (?:\w+ )?(?:bezahlt|beglichen|überwiesen)|"
    r"\b(?:está|están|estão|esta) (?:ya )?(?:pagad[oa]s?|pag[oa]s?|abonad[oa]s?|liquidad[oa]s?|"
    r"quitad[oa]s?)|\b(?:è|sono) (?:già )?(?:pagat[oaie]|saldat[oaie])|"
    r"\b(?:jest|są) (?:już )?(?:zapłacon|opłacon|uregulowan)\w*|"
    r"\b(?:este|sunt) (?:deja )?(?:achitat|plătit)\w*|\b(?:är|blev) (?:nu )?(?:betald|betalda|"
    r"betalt|överförd\w*)"
)

# "released via NEFT", "UTR no", "the funds have been credited": en (India, US, UK).
_EN_RELEASED = (
    r"(?:payment|amount|funds|transfer|remittance)\b.{0,80}?(?:has|have) been (?:released|credited|"
    r"executed|processed|made|sent|initiated|transferred)|(?:released|credited|"
    r"executed) [^.]{0,40}?(?:through|via|by) (?:neft|rtgs|imps|upi|bacs|ach|wire|sepa|swift|"
    r"chaps)|\butr (?:no|number|ref)|(?:we|i) (?:have )?(?:released|cleared|processed|executed|"
    r"initiated) (?:the |your |our )?(?:payment|invoice|transfer|amount)|"
    r"\b(?:payment|transfer|funds|money|remittance|wire) (?:(?:has|have) been |(?:was|"
    r"were) )?(?:released|executed|made|sent|done|completed|wired|transferred)\b(?! (?:on|"
    r"by) (?:monday|tuesday|wednesday|thursday|friday|tomorrow|next))"
)

# "j'ai réglé", "virement effectué": fr.
_CORE_FR = (
    r"(?:j'ai|nous avons|on a) (?:bien |déjà )?(?:réglé|payé|viré|soldé|acquitté)|"
    r"virement (?:effectué|émis|envoyé|fait|réalisé)|paiement (?:effectué|envoyé|fait|réalisé)|"
    r"(?:règlement|chèque|paiement) [^.]{0,30}(?:a été|ont été) (?:adressée?|envoyée?|expédiée?|"
    r"remise?)"
)

# "Überweisung ist raus", "haben wir gezahlt": de.
_CORE_DE = (
    r"(?:überweisung|zahlung) (?:ist |wurde )?(?:heute |gestern )?(?:ausgeführt|erfolgt|raus|"
    r"rausgegangen|getätigt)|rausgegangen|(?:haben|hab|habe) (?:wir|ich) [^.]{0,40}(?:gezahlt|"
    r"bezahlt|überwiesen|beglichen)|(?:wurde|ist|sind|wurden) [^.]{0,50}angewiesen\b|"
    r"(?:schon|bereits) (?:überwiesen|gezahlt|beglichen)"
)

# "pagué", "transferencia realizada": es.
_CORE_ES = (
    r"(?:pagué|pagamos ya|aboné|transferí|ingresé|hice la transferencia|os lo hemos ingresado|"
    r"hemos ingresado|ya (?:os |le |les |te )?(?:lo |la )?(?:hemos )?(?:pagado|abonado|ingresado|"
    r"transferido))|(?:transferencia|pago|ingreso|abono) (?:realizad[oa]|efectuad[oa]|hech[oa]|"
    r"enviad[oa])"
)

# "ho pagato", "bonifico effettuato": it.
_CORE_IT = (
    r"(?:ho|abbiamo) (?:già )?(?:pagato|saldato|bonificato|fatto il bonifico|disposto)|"
    r"(?:bonifico|pagamento) (?:fatto|effettuato|eseguito|disposto|inviato)"
)

# "paguei", "pix feito": pt.
_CORE_PT = (
    r"(?:paguei|pagamos já|já pagamos|já paguei|transferi|fiz o (?:pix|pagamento|depósito)|"
    r"fizemos o (?:pix|pagamento|depósito)|pagámos|efetuei|depositamos|depositei)\b|"
    r"(?:pix|transferência|pagamento|depósito|ted|doc|boleto) (?:já )?(?:feit[oa]|efetuad[oa]|"
    r"realizad[oa]|enviad[oa]|pag[oa]|quitad[oa])"
)

# "heb ik betaald", "overgemaakt op": nl.
_CORE_NL = (
    r"(?:heb|hebben) (?:ik|we|wij) [^.]{0,40}(?:betaald|overgemaakt|voldaan)|"
    r"(?:overgemaakt|overgeboekt|betaald) (?:op|om|per|via)\b"
)

# "zrobiłam przelew", "płatność zrealizowana": pl.
_CORE_PL = (
    r"(?:zrobiłam|zrobiłem|wysłałam|wysłałem|zleciłam|zleciłem) (?:\w+ ){0,2}?przelew|"
    r"przelew (?:został )?(?:wysłany|zrobiony|zlecony|wykonany|poszedł|wyszedł)|"
    r"(?:płatność|wpłata) (?:została )?(?:zrealizowana|wykonana|zaksięgowana)|"
    r"(?:zapłaciłam|opłaciłam|opłaciłem|przelaliśmy|zapłaciliśmy|opłaciliśmy)"
)

# "plata a fost virată", "am achitat": ro.
_CORE_RO = (
    r"(?:suma|plata|factura|suma de|ordinul de plată) [^.]{0,30}(?:a fost|au fost) (?:virat|"
    r"achitat|plătit|transferat|efectuat|făcut)\w*|am achitat|am plătit"
)

# "vi har betalat", "betalningen är gjord", "bankgiro … OCR": sv.
_CORE_SV = (
    r"(?:jag|vi) (?:har )?(?:betalade|betalat|betalt|överförde|överfört|satt in)|"
    r"(?:betalning(?:en)?|pengarna|beloppet) (?:är|har|blev) (?:nu )?(?:betald|överförd\w*|gjord|"
    r"skickad|genomförd|inbetald)|(?:via|med|på) bankgiro(?:t)?\b[^.]{0,30}ocr"
)

# "EFT gönderilmiştir", "ödedik": tr.
_CORE_TR = (
    r"(?:eft|havale|ödeme|tutar|bedel|fatura bedeli)\w* [^.]{0,40}?(?:gönderilmiştir|gönderildi|"
    r"yapılmıştır|yapıldı|yatırılmıştır|yatırıldı|aktarılmıştır|aktarıldı|gerçekleştirilmiştir|"
    r"gerçekleştirildi|geçmiştir|hesabınıza geçti)|(?:eft|havale|ödeme)\w* (?:yaptık|ettik|"
    r"gerçekleştirdik|gönderdik)|ödemesini (?:yaptık|gerçekleştirdik)|ödedik|ödedim|ödemiştik"
)

# "uplata je izvršena", "platili smo": hr.
_CORE_HR = (
    r"(?:uplata|plaćanje|uplata je|plaćanje je) (?:je )?(?:izvršen[oa]|proveden[oa]|poslan[oa])|"
    r"(?:platio|platila|uplatio|uplatila) (?:sam|je)|(?:platili|uplatili) smo|"
    r"(?:iznos|račun|računi) (?:je|su) (?:već )?(?:uplaćen|(?<!na)plaćen|podmiren)\w*"
)

# "振込済", "钱已经打过去了": ja zh.
_CORE_JA_ZH = (
    r"(?:支払い?|振込|振り込み|払込|入金|送金)(?:み)?済|支払い?[^。]{0,6}完了|"
    r"振込(?:手続き)?[^。]{0,6}完了|(?:お支払い|お振込み?)(?:いたしました|しました|致しました)|"
    r"(?:钱|款|货款|款项)[^。]{0,6}(?:已经?)?(?:打过去|付过|汇过去|转过去)了|已(?:经)?打款|"
    r"(?:付|支付|转|汇)过了|已(?:经)?结清"
)

# "went through our BACS run on Monday": a past run, not a scheduled one.
PAST_RUN = (
    r"\bsame (?:payment |bacs |ach )?run\b|"
    r"(?:went|gone|was|were|got) (?:out )?(?:through|in|with|into|on) (?:our|the|last|this|"
    r"yesterday's|monday's|friday's) (?:\w+ )?(?:payment |bacs |ach |wire |check |cheque |"
    r"supplier )?(?:run|batch)\b|(?:should|will) (?:have|see) (?:it|this|them|the \w+) (?:by now|"
    r"already)"
)

# "betalades", "överfördes": sv.
_SV_PASSIVE_PAST = r"\b(?:betalades|överfördes|betalats|inbetalades)\b"

# "we settled it in full": en.
_EN_SETTLED_IT = (
    r"\b(?:we|i) (?:have )?(?:settled|cleared|remitted|wired) (?:\w+ )?(?:in full|invoice|it|the|"
    r"this|all)"
)

# "27-3390 betalade vi redan", "überwiesen wir bereits": the verb before its subject; sv de nl.
_VERB_SECOND_PAST = (
    r"\b(?:betalade|betalde|överförde|erlade) (?:vi|jag)\b|\bbetalades\b|"
    r"\b(?:zahlten|bezahlten|überwiesen|beglichen) wir (?:\w+ )?(?:bereits|schon|am|gestern)\b|"
    r"\b(?:betaalden|maakten) (?:we|wij) (?:\w+ )?(?:al|reeds|gisteren|op)\b"
)

# "IBAN'ınıza havale edildi", "EFT yapıldı": tr.
_TR_BANK_TRANSFER = (
    r"\bhavale (?:edildi|ettik|yaptık|yapıldı|edilmiştir|gerçekleştirildi)|"
    r"\beft (?:yapıldı|ettik|yaptık|edildi|gönderildi)|\b(?:hesabınıza|iban'?ınıza|"
    r"ibanınıza) (?:\S+ )?(?:yatırıldı|aktarıldı|gönderildi|geçti|ödendi|havale edildi|eft yapıldı)"
)

# "已全额付款": zh.
_ZH_PAID_IN_FULL = r"已(?:经)?(?:全额|全部)?(?:付款|支付|付清|汇款|转账)(?!计划)"

# "versato": it.
_IT_VERSATO = r"\bversat[oaie]\b"

# "Połowa zapłacona", "Jumătate e plătită", "pagamos la mitad": half of it is paid; all languages.
_HALF_PAID = (
    r"\b(?:half|die hälfte|la moitié|la mitad|la metà|a metade|metade|de helft|połow[ae]|"
    r"jumătate(?:a)?|hälften|yarısı|polovic[ua])\b\s+(?:\w+\s+){0,2}?(?:has been |is |was |ist |"
    r"wurde |est |a été |es |fue |è |é |foi |is |werd |jest |została |e |a fost |är |har |"
    r"je )?(?:paid|bezahlt|überwiesen|payée?|réglée?|pagad[oa]|abonad[oa]|pagat[oa]|versat[oa]|"
    r"betaald|overgemaakt|zapłacon[aey]|opłacon[aey]|plătit[ăe]?|achitat[ăe]?|betald|betalats|"
    r"ödendi|ödenmiştir|(?<!na)plaćen[aoi]|uplaćen[aoi])\b|\b(?:we(?:'ve| have)? paid|wir haben|"
    r"haben wir|"
    r"nous avons (?:payé|réglé)|(?:hemos )?pagamos|(?:hemos )?abonamos|abbiamo (?:pagato|versato|"
    r"saldato)|pagámos|(?:já )?pagamos|we hebben|hebben we|zapłaciliśmy|opłaciliśmy|am plătit|"
    r"am achitat|vi har betalat|betalade vi|ödedik|platili smo|"
    r"uplatili smo)\s+(?:\w+\s+){0,2}?(?:half|die hälfte|la moitié|la mitad|la metà|a metade|"
    r"metade|de helft|połowę|jumătate(?:a)?|hälften|yarısını|polovicu)\b|"
    r"(?:已(?:经)?(?:付|支付|付款)(?:了)?一半)|半額(?:を)?(?:お支払い|支払|振込)(?:済み|しました|"
    r"いたしました)"
)

# "liquidámos", "扣除了…后付款": settled, or paid net of a deduction; pt es it fr zh.
_LIQUIDATED = (
    r"\b(?:liquidámos|liquidamos|liquidei|liquidad[oa]s?|liquidat[aoie]|liquidée?s?|"
    r"abbiamo liquidato|hemos liquidado)\b|扣除了[^。，,]{0,12}后(?:付款|支付|付了|汇款)"
)

# "payées ce matin par virement", "pagada ayer": participle with time or means; fr es it pt.
_PARTICIPLE_TIMED = (
    r"\b(?:payée?s?|réglée?s?|virée?s?)\s+(?:ce matin|hier|aujourd'hui|avant-hier|le \d|lundi|"
    r"mardi|mercredi|jeudi|vendredi|la semaine dernière|par (?:virement|chèque|prélèvement))|"
    r"\b(?:pagad[oa]s?|abonad[oa]s?|transferid[oa]s?)\s+(?:ayer|hoy|esta mañana|anteayer|el \d|"
    r"el (?:lunes|martes|miércoles|jueves|viernes)|por transferencia)|"
    r"\b(?:pagat[aoie]|saldat[aoie]|bonificat[aoie])\s+(?:ieri|oggi|stamattina|l'altro ieri|il \d|"
    r"(?:lunedì|martedì|mercoledì|giovedì|venerdì)|con bonifico|tramite bonifico)|"
    r"\b(?:pag[ao]s?|quitad[oa]s?|liquidad[oa]s?)\s+(?:ontem|hoje|esta manhã|anteontem|no dia \d|"
    r"por (?:transferência|pix|boleto))"
)

# "haben wir am 22.01. in einer Sammelüberweisung über 3.579,95 € bezahlt": the verb bracket; de nl.
_VERB_BRACKET = (
    r"\b(?:haben wir|wir haben|hatten wir|wir hatten|hebben we|we hebben|hebben wij|"
    r"wij hebben)(?:\s+\S+){1,12}?\s+(?:bezahlt|überwiesen|beglichen|angewiesen|gezahlt|"
    r"ausgeglichen|betaald|overgemaakt|voldaan)\b"
)

# "nous avons procédé au virement", "hemos procedido al pago": formal; fr es it pt tr hr.
_FORMAL_PAID = (
    r"\b(?:avons|a) procédé (?:ce jour |aujourd'hui |hier |le \d+\S* )?(?:au|à (?:un|une|la|"
    r"le)) (?:virement|règlement|paiement)|\b(?:hemos procedido|procedimos) (?:hoy |"
    r"ayer )?al? (?:pago|abono|transferencia)|\babbiamo (?:provveduto|proceduto) (?:al|"
    r"a) (?:pagamento|bonifico|saldo)|\b(?:procedemos|procedemos hoje|efetuámos|efetuamos) (?:ao|à|"
    r"o|a) (?:pagamento|transferência)|\b(?:está|estão|esta) (?:paga|pago|pagas|pagos|"
    r"liquidad[oa]s?|quitad[oa]s?)\b|\bödeme(?:si|leri)?\b(?:\s+\S+){0,4}?\s+(?:yapılmıştır|"
    r"yapıldı|gerçekleştirilmiştir|gerçekleştirildi)|\b(?<!na)plaćen[aoi]? je\b|"
    r"\bje (?<!na)plaćen[aoi]?\b"
)

# "Sie sollten den Betrag bereits erhalten haben": so it is paid; all languages.
_SHOULD_HAVE_RECEIVED = (
    r"\bshould (?:already )?(?:have (?:received|got)|be with you|have reached you)|"
    r"\bsollten (?:\w+ ){0,4}(?:bereits |schon )?(?:erhalten|bekommen) haben|"
    r"\b(?:vous )?(?:auriez|devriez) d[uû] (?:le |la |les )?(?:recevoir|avoir reçu)|"
    r"\b(?:deberían|deberíais|debería) haber(?:lo|la|los)? recibido|\bya (?:lo |la )?deben tener|"
    r"\b(?:dovreste|dovrebbe) (?:già )?(?:aver(?:lo|la)? ricevut\w+|averlo|averla)|"
    r"\b(?:deveriam|deveria|devem) (?:já )?ter recebido|\bjá (?:deve|devem) ter recebido|"
    r"\bzou (?:de betaling |het )?(?:inmiddels |al )?ontvangen moeten hebben|"
    r"\b(?:środki|pieniądze|przelew) powin(?:ny|ien|no) (?:już )?(?:być|dotrzeć|wpłynąć)|"
    r"\bar fi trebuit să (?:o |le |îi )?(?:primiți|fi primit)|\bborde (?:redan )?ha kommit|"
    r"\b(?:ni )?borde ha fått|\bulaşmış olmalı|\bhesabınıza geçmiş olmalı|"
    r"\btrebali (?:ste|biste) (?:već )?primiti|应该已经收到|应该到账了|届いているかと|"
    r"着金しているかと"
)

# "ya están pagadas", "e plătită deja", "risulta pagata", "決済済み": es ro it ja.
_STATE_PAID = (
    r"\b(?:ya )?está(?:n)? (?:transferid|pagad|abonad)[oa]s?\b|"
    r"\b(?:e|este|sunt) plătit[ăe]? deja\b|\be plătită\b|\brisulta(?:no)? (?:da noi |"
    r"già )?(?:pagat|saldat)[aoie]\b|\bfueron (?:abonad|pagad|transferid)[oa]s\b|決済済み"
)

# "ya la pagamos", "zapłacona we wtorek", "s-a plătit", "已于…汇出": es pl ro zh.
_PAID_IT_ALREADY = (
    r"\bya (?:la|lo|las|los) (?:pagamos|abonamos|transferimos)\b|"
    r"\b(?:zapłacon|opłacon)[aey] (?:we?|dnia|wczoraj|dzisiaj|\d)|\bs-a(?:u)? plătit\b|"
    r"\ba fost plătit[ăe]?\b|已于(?:(?!不再|不负责)[^。，,\uff0c]){0,12}(?:汇出|付款|支付|转账|"
    r"付清)"
)

# "hebben we overgeschreven": nl.
_NL_OVERGESCHREVEN = r"\b(?:hebben|heb) (?:\S+ ){0,5}overgeschreven\b|\boverschreven\b"

# "l'abbiamo già pagata", "är betald", "ödemesi … yapılmıştır": it sv tr.
_PAID_MORE_IT_SV_TR = (
    r"\b(?:l'|la |lo |le |li )?abbiamo (?:già )?pagat[aoie]\b|\bär betald\w*\b|"
    r"\bödeme(?:si|leri)?\b(?:\s+\S+){5,9}?\s+(?:yapılmıştır|yapıldı|gerçekleştirilmiştir)\b"
)

# "drogs via autogiro", "wurde abgebucht", "a été prélevée": a direct debit taken; all languages.
_DIRECT_DEBIT_TAKEN = (
    r"\bdrogs (?:via|på|från|genom) autogiro\b|\b(?:dragen|dragna) (?:via|på) autogiro\b|"
    r"\b(?:wurde|wurden) (?:\w+ ){0,3}abgebucht\b|\ba été prélevée?\b|\bfue domiciliad[oa]\b|"
    r"\bè stat[oa] addebitat[oa]\b|\bfoi debitad[oa]\b|\bis (?:\w+ ){0,2}afgeschreven\b|"
    r"\bzostał[aoy]? pobran[aey]\b|\ba fost debitat[ăe]?\b|\b(?:hesabımızdan )?çekildi\b|"
    r"\bje teretio\b|\bteretili smo\b"
)


# A report that the payment was made.

# Round 10: "przelew ... został zlecony 2 czerwca", "Zahlung ... wurde am 12. Mai ausgelöst".
_ORDERED_IN_THE_PAST = (
    r"\b(?:został[aoy]?|zostały) (?:\S+ ){0,3}?(?:zlecon[yae]|wykonan[yae]|zrealizowan[yae])\b|"
    r"\b(?:wurde|wurden) (?:\S+ ){0,5}?(?:ausgelöst|veranlasst|durchgeführt|freigegeben und "
    r"überwiesen)\b"
)


# Round 10: "la transferencia de 2.874,35 € realizada ayer": es pt.
_ES_TRANSFER_DONE_GAP = (
    r"\btransferencia\b[^;!?]{0,30}?\b(?:realizada|efectuada|hecha|emitida) (?:ayer|hoy|el|esta)\b|"
    r"\btransferência\b[^;!?]{0,30}?\b(?:realizada|efetuada|feita) (?:ontem|hoje|no dia|em)\b|"
    # "sent $2,000 today by ACH": en.
    r"\b(?:sent|wired|transferred) [$€£][\d,.]+ (?:today|yesterday|this (?:morning|afternoon))\b"
)


# Round 10e: "ist nach meinen Unterlagen am 31.10. bezahlt worden": de.
_DE_PERFECT_PASSIVE = (
    r"\b(?:ist|sind) (?:\S+ ){0,6}?(?:bezahlt|überwiesen|beglichen|ausgeglichen) worden\b"
)


# Round 10f: "ya quedó pagada la factura": es (MX).
_ROUND10F_PAID = r"\bqued[óo] pagad[ao]s?\b"


# Round 10g: "Am 9. Oktober bezahlt", "op 3 mei betaald": the date before the participle.
_DATE_THEN_PARTICIPLE = (
    r"^\W*(?:am|on|le|el|il|op|den|dana|em|w dniu)\s+\d{1,2}\.?\s*(?:[^\W\d_]+\.?\s+)?"
    r"(?:bezahlt|überwiesen|beglichen|betaald|overgemaakt|betalt|betald|paid|payée?|réglée?|"
    r"pagad[oa]|pagat[oa]|plaćen[oa]?|zapłacon\w*)\b"
)


# Round 10h: "nous avons passé ce matin un virement de 2 000 €": fr.
_FR_TRANSFER_MADE = (
    r"\bavons (?:fait|effectué|passé|émis|lancé) (?:ce matin |hier |aujourd'hui |ce jour )?"
    r"(?:un|le) virement\b|\btransferencia\b[^;!?]{0,40}?\bque (?:hicimos|realizamos|enviamos|"
    r"mandamos) (?:ayer|hoy|el)\b"
)


# Round 10i: "squared up", "hab ich angewiesen", "fue abonada", "tá pago", "已全额汇出",
# "u cijelosti podmiren".
_COLLOQUIAL_PAID = (
    r"\bsquared (?:it )?up\b|\bangewiesen\b(?! wird)|\bfue(?:ron)? abonad[ao]s?\b|"
    r"\b(?:já )?tá pag[oa]\b|已(?:全额|全部)?汇出|\bu cijelosti podmiren\w*|"
    r"\b(?:połowa|całość|kwota|przelew) poszł[aoy]\b|\bposzlo przelewem\b"
)


# Round 10i: "FV 101/2025 zapłacona.", "R-88 plaćen, R-91 ...",
# "F-221 betald": a number and a participle.
_NUMBER_THEN_PARTICIPLE = (
    r"(?:^|[,;]\s*)\W*(?:(?:fv|faktura|invoice|inv|rechnung|facture|factura|fattura|fatura|factuur|"
    r"račun|nf)\W*)?[\w/.-]*\d[\w/.-]*\s+(?:zapłacon[aey]|opłacon[aey]|oplacon[aey]|paid|bezahlt|"
    r"betaald|betald|plaćen[aoi]?|pagad[ao]|pagat[ao]|payée?|réglée?|ödendi|achitat[ăe]?|"
    r"plătit[ăe]?)\s*(?:[,;.!]|$)"
)


# Round 10k: "le virement a été fait le 2 avril", "we sent $4,000 by ACH this morning".
_ROUND10K_PAID = (
    r"\bvirement\b[^;!?]{0,40}?\ba été (?:fait|effectué|émis|passé|envoyé)\b|"
    r"\b(?:sent|wired|transferred)\b[^!?;]{0,12}?[$€£][\d,.]+[^!?;]{0,20}?\b(?:today|yesterday|"
    r"this (?:morning|afternoon))\b"
)


# Round 10l: "için ödeme talimatı verildi": tr.
_TR_ORDER_GIVEN = r"\bödeme talimatı verildi\b"

PAID = either(
    _PAID_ON_DATE,
    _ES_TRANSFER_MADE,
    _BANK_RECEIPT,
    _ES_PASSIVE_DONE,
    _TR_PAYMENT_DONE,
    _EN_WENT_OUT,
    _PROOF_OF_PAYMENT,
    _FR_TRANSFER_ISSUED,
    _PL_TRANSFER_LEFT,
    _JA_PAYMENT_COMPLETE,
    _DE_ZAHLUNG_RAUS,
    _SAID_PAID_EN,
    _SAID_PAID_FR,
    _SAID_PAID_DE,
    _SAID_PAID_ES,
    _SAID_PAID_IT,
    _SAID_PAID_PT,
    _SAID_PAID_NL,
    _SAID_PAID_PL,
    _SAID_PAID_RO,
    _SAID_PAID_SV,
    _SAID_PAID_TR,
    _SAID_PAID_HR,
    _SAID_PAID_JA_ZH,
    _PAYMENT_SENT,
    _BARE_PARTICIPLE,
    _INVOICE_PAID,
    _EN_PROCESSED,
    _COPULA_PAID,
    _EN_RELEASED,
    _CORE_FR,
    _CORE_DE,
    _CORE_ES,
    _CORE_IT,
    _CORE_PT,
    _CORE_NL,
    _CORE_PL,
    _CORE_RO,
    _CORE_SV,
    _CORE_TR,
    _CORE_HR,
    _CORE_JA_ZH,
    PAST_RUN,
    _SV_PASSIVE_PAST,
    _EN_SETTLED_IT,
    _VERB_SECOND_PAST,
    _TR_BANK_TRANSFER,
    _ZH_PAID_IN_FULL,
    _IT_VERSATO,
    _HALF_PAID,
    _LIQUIDATED,
    _PARTICIPLE_TIMED,
    _VERB_BRACKET,
    _FORMAL_PAID,
    _SHOULD_HAVE_RECEIVED,
    PART_PAID,
    _STATE_PAID,
    _PAID_IT_ALREADY,
    _NL_OVERGESCHREVEN,
    _PAID_MORE_IT_SV_TR,
    _DIRECT_DEBIT_TAKEN,
    _ORDERED_IN_THE_PAST,
    _ES_TRANSFER_DONE_GAP,
    _DE_PERFECT_PASSIVE,
    _ROUND10F_PAID,
    _DATE_THEN_PARTICIPLE,
    _FR_TRANSFER_MADE,
    _COLLOQUIAL_PAID,
    _NUMBER_THEN_PARTICIPLE,
    _ROUND10K_PAID,
    _TR_ORDER_GIVEN,
)

# "it has gone out", "abgegangen", "il est parti", "salió con la remesa", "przelew wyszedł".
GONE_OUT = (
    r"\b(?:has|have) gone out\b|\bwent out\b|\bwas (?:sent|posted|mailed|released)\b|"
    r"\bposted (?:to|on)\b|\babgegangen\b|\brausgegangen\b|\best partie?\b|\bsont partis\b|"
    r"\bsalió\b|\bsalieron\b|\bè partit[oa]\b|\bsaiu\b|\bis (?:\w+ ){0,4}(?:meegegaan|verstuurd|"
    r"vertrokken)\b|\bwyszedł\b|\bposzedł\b|\bposzły\b|\ba plecat\b|\bau plecat\b|"
    r"\bgick (?:iväg|ut)\b|\bgitti\b|\botišao je\b|\botišla je\b|\bizvršen\w* je\b|"
    r"\bje izvršen\w*\b|汇出|已发出|已寄出|決済済み|送金済み"
)

# "Vanochtend overgemaakt, zou morgen op jullie rekening moeten staan": money on its way.
ARRIVAL = (
    r"\b(?:should|will|would) (?:\w+ )?(?:arrive|reach you|be (?:on|in) your (?:account|bank))|"
    r"\bon your account\b|\bauf ihrem konto\b|\bsur votre compte\b|\ben (?:su|vuestra) cuenta\b|"
    r"\bsul vostro conto\b|\bna (?:sua|vossa) conta\b|\bop (?:jullie|uw) rekening\b|"
    r"\bna (?:waszym|państwa) (?:koncie|rachunku)\b|\bîn contul dumneavoastră\b|\bîn cont\b|"
    r"\bpå (?:ert|ditt|erat) konto\b|\bhesabınıza geç\w*|\bna vašem računu\b|到账|着金|入金され|"
    # Round 10e: "dovreste vederlo in accredito entro domani": it.
    r"\bin accredito\b"
)

# "paid within the term / on time": an argument against a penalty, not a payment report.
ON_TIME = (
    r"on time|in time|within the (?:agreed |contractual |payment )?(?:term|deadline|period)|"
    r"dans les délais|dans le délai|fristgerecht|rechtzeitig|innerhalb der frist|a tiempo|en plazo|"
    r"dentro del plazo|nei termini|entro i termini|in tempo|no prazo|dentro do prazo|op tijd|"
    r"binnen de termijn|w terminie|na czas|în (?:acest )?termen|la termen|i tid\b|"
    r"inom (?:förfallo)?tiden|zamanında|vadesinde|u roku|na vrijeme|期限内|期日までに|按时|如期"
)

# "last year we always paid on time": a habit, no report (checked against each paid sentence).
HABIT_PAST = (
    r"\b(?:always|every time|immer|stets|toujours|siempre|sempre|altijd|zawsze|mereu|întotdeauna|"
    r"alltid|hep|her zaman|uvijek|uvek)\b[^.]{0,40}\b(?:on time|pünktlich|à temps|à l'heure|"
    r"a tiempo|puntualmente|in tempo|puntuali|em dia|a tempo|op tijd|w terminie|na czas|la timp|"
    r"i tid|zamanında|na vrijeme|期限内|按时)|(?:いつも|毎回)[^。]{0,10}期日"
)
