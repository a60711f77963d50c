"""Phrase cues per intent, all 14 languages in one alternation each (words rarely collide).

Sources are lowercase and are matched against lowercased text.
"""

from __future__ import annotations

from worker.maia.prefilter import Cue

PAID = (
    r"(?:\bpaid|bezahlt|beglichen|überwiesen|payée?s?|réglée?s?|pagad[ao]s?|pagat[ao]|saldat[ao]|"
    r"betaald|"
    r"zapłacon\w*|opłacon\w*|achitat\w*|plătit\w*|betald\w*|plaćen\w*) (?:on |am |le |el |il |op |"
    r"w dniu |"
    r"pe |den |dana )?\d{1,2}[./]|"
    r"(?:realizamos|efectuamos|hicimos|enviamos|emitimos|ordenamos|cursamos) (?:ya )?(?:la|el|una|"
    r"un) (?:transferencia|pago|ingreso|abono)|justificante bancario|comprobante bancario|"
    r"contabile bancaria|comprovante bancário|bankbeleg|"
    r"(?:pago|transferencia|abono) .{0,40}?se (?:realizó|efectuó|hizo)|se (?:realizó|"
    r"efectuó) (?:el|la) "
    r"(?:pago|transferencia)|ödeme(?:si|miz)? (?:\w+ )?(?:yapıldı|yapılmıştır|gerçekleştirildi|"
    r"gönderildi)|"
    r"(?:payment|transfer|remittance|bacs|wire|cheque|check|chaps|ach)\b.{0,40}?(?:went out|"
    r"was sent|has been sent|"
    r"was made|was released|was processed|has cleared|left our account)|went out (?:today|"
    r"yesterday|this|on)|"
    r"proof of payment|remittance advice|payment confirmation|zahlungsnachweis|zahlungsbestätigung|"
    r"überweisungsbeleg|justificatif de (?:paiement|virement)|preuve de paiement|avis de virement|"
    r"comprobante de (?:pago|transferencia)|justificante de (?:pago|transferencia)|"
    r"ricevuta di pagamento|"
    r"contabile (?:del|di) bonifico|comprovante|comprovativo|betalingsbewijs|bewijs van betaling|"
    r"potwierdzenie (?:przelewu|zapłaty|płatności|wpłaty)|dovada (?:plății|de plată)|"
    r"betalningsbekräftelse|"
    r"betalningsbevis|ödeme dekontu|"
    r"potvrd\w* o (?:uplati|plaćanju)|振込明細|振込控え|付款凭证|付款回单|"
    r"汇款凭证|转账凭证|a été (?:émise?|envoyée?|exécutée?|"
    r"passée?)|virement .{0,40}?(?:émis|envoyé|"
    r"exécuté|passé)|"
    r"avons (?:émis|envoyé|passé|effectué) (?:le|un|notre) (?:virement|paiement|règlement)|"
    r"przelew .{0,40}?(?:wyszedł|poszedł|został (?:wysłany|zlecony|wykonany))|"
    r"(?:支払|振込|入金|送金)[^。]{0,8}完了|お支払い済|"
    r"zahlung (?:ist )?(?:raus|unterwegs)|ist raus|"
    # en
    r"(?:has|have|had|was|were) (?:already |now |just )?(?:been )?(?:paid|settled|transferred|"
    r"remitted|cleared|wired)|"
    r"(?:we|i)(?: have| 've|'ve| already| just| today)* (?:paid|settled|transferred|remitted|"
    r"wired|sent (?:the|a|our) payment|"
    r"made (?:the|a|our) payment|sent payment)|payment (?:of [^.]{0,30})?(?:was|has been|were) "
    r"(?:made|sent|issued|transferred|processed|executed|remitted)|already paid|paid (?:in full|"
    r"yesterday|today|"
    r"last|on)|\bpaid .{0,25}?(?:today|yesterday|this morning|last week)|sent (?:by|via) (?:bacs|"
    r"wire|transfer)|remittance advice|"
    # fr
    r"a (?:déjà |bien |été )?(?:déjà |bien )?été (?:réglée?|payée?|effectuée?|virée?|soldée?)|"
    r"a été (?:réglée?|payée?|effectuée?|virée?|soldée?)|ont été (?:réglées|payées|virées)|"
    r"avons (?:déjà )?"
    r"(?:réglé|payé|viré|effectué|procédé au (?:paiement|règlement|virement))|déjà (?:réglée?|"
    r"payée?)|"
    r"virement (?:a été|est) effectué|"
    # de
    r"(?:wurde|wurden|ist|sind) (?:.{0,60}? )?(?:bezahlt|beglichen|überwiesen|ausgeglichen|"
    r"angewiesen worden|ausgeführt)|"
    r"(?:haben|habe) .{0,50}?(?:bezahlt|überwiesen|beglichen|angewiesen|ausgeglichen)\b|"
    r"bereits bezahlt|zahlung (?:ist|wurde) (?:bereits )?(?:erfolgt|ausgeführt|veranlasst)|"
    # es
    r"se (?:pagaron|abonaron|transfirieron)|hicimos (?:la|el) (?:transferencia|pago|ingreso)|"
    r"(?:pagamos|abonamos|transferimos|depositamos) (?:ayer|hoy)|(?:ayer|hoy) (?:pagamos|abonamos|"
    r"transferimos|depositamos)|"
    r"(?:ha|han) sido (?:pagad|abonad|transferid|liquidad)\w*|hemos (?:pagado|abonado|transferido|"
    r"liquidado|"
    r"realizado (?:el|la) (?:pago|transferencia)|efectuado (?:el|la) (?:pago|transferencia))|"
    r"ya (?:está|están) "
    r"pagad\w*|se (?:pagó|abonó|realizó la transferencia)|"
    # it
    r"(?:è stata|sono state|è stato|sono stati) (?:già )?(?:pagat|saldat|bonificat|effettuat|"
    r"liquidat)\w*|"
    r"(?:è stato|è stata|sono stati|sono state) (?:\w+ ){0,2}(?:disposto|dispost[ai]|"
    r"effettuat[oai]|eseguit[oai])|"
    r"abbiamo (?:già )?(?:pagato|saldato|bonificato|effettuato (?:il|un) (?:pagamento|bonifico)|"
    r"disposto il bonifico)|"
    r"già (?:pagat|saldat)\w*|"
    # pt
    r"(?:foi|foram) (?:paga|pagas|pago|pagos|liquidad\w+|quitad\w+|transferid\w+)|já (?:foi|foram|"
    r"está|estão) "
    r"pag\w+|\b(?<!será )(?<!serão )(?<!ser )(?<!vai )(?:paga|pago|pagas|pagos|liquidad[ao]s?|"
    r"pagad[ao]s?) (?:a (?=\d{1,2}\b(?! ?d[ií]as))|em|no|na|el|"
    r"ontem|hoje|ayer)\b|(?:pagamos|efetuamos|efectuámos|realizamos|transferimos|liquidamos|"
    r"quitamos) (?:o |"
    r"a |os |as )?"
    r"(?:pagamento|transferência|fatura|boleto|valor|pix|ontem|hoje|em \d|no dia)|"
    r"pagamento (?:foi )?(?:efetuado|realizado|feito)|"
    # nl
    r"(?:is|zijn|werd|werden) (?:.{0,50}? )?(?:betaald|voldaan|overgemaakt|overgeboekt)\b|"
    r"(?:hebben|heb) .{0,50}?(?:betaald|overgemaakt|voldaan|overgeboekt)\b|"
    r"betaling is (?:uitgevoerd|verricht|gedaan)|"
    # pl
    r"(?:została|zostały|został|zostało) (?:już )?(?:opłacon|zapłacon|uregulowan|przelan|"
    r"zrealizowan)\w*|"
    r"(?:zapłaciliśmy|przelaliśmy|opłaciliśmy|uregulowaliśmy|wysłaliśmy przelew|zrobiliśmy przelew|"
    r"zapłaciłem|zapłaciłam|przelałem|przelałam)|już (?:zapłacon|opłacon)\w*|"
    # ro
    r"(?:a fost|au fost) (?:deja )?(?:achitat|plătit|platit|virat|decontat)\w*|"
    r"am (?:deja )?(?:achitat|plătit|"
    r"platit|virat|efectuat plata)|plata (?:a fost )?efectuată|"
    # sv
    r"(?:är|har) (?:redan )?(?:betald|betalda|betalts|betalats|betalat)|"
    r"vi (?:har )?(?:redan )?(?:betalade|"
    r"betalat|betalt)|betalningen (?:är|har) (?:gjord|skickats|genomförts|gått)|"
    # tr
    r"ödenmiştir|ödendi|ödedik|ödedim|ödeme (?:yapılmıştır|yapıldı|gerçekleştirildi|gönderildi)|"
    r"havale (?:ile )?(?:yapıldı|gönderildi|edildi)|eft (?:ile )?(?:yapıldı|gönderildi)|"
    # hr
    r"(?:plaćen|uplaćen|podmiren)\w* (?:je|su)|smo (?:već |danas |jučer )?(?:uplatili|platili|"
    r"podmirili|izvršili)|"
    r"\b(?:je|su|smo) (?:već )?(?:plaćen|plaćeni|plaćena|podmiren\w*|uplaćen\w*)|(?:platili smo|"
    r"uplatili smo|"
    r"podmirili smo|izvršili smo uplatu|platio sam|uplatio sam)|uplata (?:je )?izvršena|"
    # ja / zh
    r"支払い?済|お支払い(?:いたし|し|致し)ました|支払いました|振込(?:み)?(?:ました|済|"
    r"いたしました|致しました)|"
    r"振り込みました|お振込(?:み)?(?:いたし|し|致し)ました|入金(?:しました|済|いたしました)|"
    r"送金しました|"
    r"已经?于(?:(?!不再|不负责)[^。]){0,14}?(?:付款|支付|汇款|转账|付清)|(?:支付|付款|汇款|转账|"
    r"付清|打款)了|"
    # payment sent / gone out, all languages
    r"(?:virement|paiement|règlement) [^.]{0,40}(?:est|a été) (?:bien )?partie?|"
    r"(?:bonifico|pagamento) [^.]{0,40}(?:è|sono) (?:già )?partit\w*|"
    r"(?:efetuámos|efectuámos|realizámos|pagámos|transferimos|fizemos) (?:o |a )?"
    r"(?:pagamento|transferência)|"
    r"ödeme\w* [^.]{0,30}(?:yaptık|gerçekleştirdik|gönderdik)|havale (?:edilmiştir|ettik)|"
    r"eft (?:ettik|yaptık)|ödemiş bulunmaktayız|"
    r"(?:wysłaliśmy|zleciliśmy|wykonaliśmy|zrobiliśmy) (?:\w+ ){0,3}?przelew|"
    r"przelew [^.]{0,40}(?:wysłaliśmy|zleciliśmy|wykonaliśmy|zrobiliśmy|wysłany|wykonany)|"
    r"am (?:făcut|efectuat|realizat|trimis) plata|am (?:virat|transferat)|s-a (?:făcut|efectuat) "
    r"plata|plata a fost (?:făcută|trimisă|efectuată|virată)|"
    r"(?:betalning\w*|överföring\w*) [^.]{0,40}(?:gick (?:iväg|ut)|skickades|genomfördes|gjordes|"
    r"har gått)|"
    r"vi (?:har )?(?:betalade|överförde|överfört|skickat betalningen)|"
    r"betaling [^.]{0,50}(?:is|werd) [^.]{0,30}(?:verstuurd|uitgevoerd|gedaan|verricht|verzonden)|"
    r"izvršili smo (?:uplatu|plaćanje)|(?:uplatu|plaćanje) [^.]{0,40}izvršili smo|uplata je "
    r"(?:izvršena|provedena|poslana)|已(?:先|经)?付|已(?:经)?(?:支付|付款|付清|汇款|转账|结清|"
    r"汇出|打款)|款项已(?!经?(?:排|安排|列入|纳入|提交))|付款已(?:完成|汇出)"
)

PROMISE = (
    r"procederemos|procederemo|provvederemo al|procedere al pagamento|"
    # a payment run / pay day the invoice is booked into, all languages
    r"(?:payment|ach|check|cheque|wire|bacs|pay|supplier) run\b|\b(?:it|this|that|invoice)'s "
    r"scheduled|run de paiement|campagne de (?:paiement|règlement)|ciclo de pagos?|"
    r"remesa de pagos|ciclo (?:di|dei) pagament\w*|lote de pagamentos?|ciclo de pagamentos?|"
    r"betaalrun|betalingsrun|betaalronde|betaalbatch|betaaldag|zahlungstermin|zahltag|"
    r"przebieg\w* płatności|paczk\w* przelewów|tur\w* de plăți|betalningskörning\w*|"
    r"betalningsomgång\w*|utbetalningsdag|ödeme (?:günü|listesi|listesine)|"
    r"ciklus\w* plaćanja|dan\w* plaćanja|支払サイクル|支払日に|付款批次|付款日|"
    # "you should see the funds on ...", en
    r"you(?:'ll| will| should) (?:see|receive|get|have) (?:the |it|this|payment|funds|\$|£|€|"
    r"\d)|should (?:reach|hit|land in|arrive in|clear in(?:to)?) (?:you|your)|"
    r"get (?:this|it|them|the invoice|these) (?:paid|settled|sorted)|have (?:this|it) paid|"
    # en
    r"will (?:be )?(?:pay|paid|settle|settled|transfer|transferred|remit|clear|cleared|process|"
    r"released?|"
    r"go out|follow|sent|send (?:the |a )?payment|make (?:the |a )?payment|arrange payment)|"
    r"(?:we|i)'ll (?:pay|settle|transfer|send|make|arrange)|(?:going|planning|plan|intend|expect|"
    r"hope|able) to "
    r"(?:pay|settle|transfer|clear)|(?:payment|paiement|pago|pagamento|zahlung|betaling|płatność|"
    r"plata|"
    r"betalning|ödeme|plaćanje|uplata) (?:is |est |è |está |ist |wordt |jest |este |är |je |se )?"
    r"(?:previst\w*|prévue?|planned|scheduled|geplant|gepland|planowan\w*|programat\w*|planerad|"
    r"planlan\w*|planiran\w*|programad\w*|agendad\w*|programará|realizará)|corrida de pagos|"
    r"distinta (?:del|di)|payment run|payment will|scheduled for (?:payment|our payment run|"
    r"the payment run|"
    r"our next payment run|\w+ \d)|(?:is|are) scheduled|in (?:our|the) (?:next |"
    r"weekly )?(?:payment|bacs) run|"
    r"(?:pay|settle|transfer) (?:it|this|them|the (?:balance|rest|remainder|invoice))? ?(?:by|on|"
    r"next|before|"
    r"within|at the end)|we pay (?:on|next|by)|"
    # fr
    r"(?:réglerons|paierons|payerons|virerons|effectuerons|procéderons|solderons|verserons)|"
    r"(?:sera|seront) (?:réglée?s?|payée?s?|virée?s?|effectuée?s?|mise?s? en paiement|soldée?s?|"
    r"versée?s?)|"
    r"(?:allons|vais|va) (?:vous )?(?:régler|payer|virer|procéder|effectuer)|mise? en paiement|"
    r"paiement (?:interviendra|sera effectué|est prévu|partira)|"
    # de
    r"(?:werden|wird) (?:[^.]{0,50})?(?:bezahlt|überwiesen|beglichen|ausgeglichen|angewiesen|"
    r"bezahlen|"
    r"überweisen|begleichen|zahlen|ausgleichen|anweisen)|(?:zahlen|überweisen|begleichen|"
    r"bezahlen) (?:wir|ich)|"
    r"zahlung erfolgt(?! ?[,.;]| heute| gestern| bereits)|zahlungslauf|zahllauf|"
    r"geht [^.]{0,30}raus|"
    # es
    r"(?:pagaremos|abonaremos|transferiremos|liquidaremos|realizaremos|haremos (?:el|la) (?:pago|"
    r"transferencia)|"
    r"efectuaremos)|(?:será|serán) (?:pagad|abonad|transferid|liquidad)\w*|vamos a (?:pagar|"
    r"abonar|transferir|"
    r"realizar|liquidar|hacer)|voy a pagar|se (?:pagará|abonará|realizará|efectuará|transferirá)|"
    # it
    r"(?:pagheremo|salderemo|effettueremo|bonificheremo|provvederemo|liquideremo|disporremo)|"
    r"(?:sarà|saranno|verrà|verranno) (?:pagat|saldat|bonificat|effettuat|dispost|liquidat)\w*|"
    r"il pagamento (?:avverrà|verrà|sarà)|"
    # pt
    r"(?:pagaremos|efetuaremos|efectuaremos|faremos o pagamento|transferiremos|liquidaremos|"
    r"quitaremos)|"
    r"(?:vamos|iremos|vou|irei) (?:efetuar |fazer |realizar )?(?:o )?(?:pagar|pagamento|liquidar|"
    r"quitar|transferir)|"
    r"(?:será|serão) (?:paga|pago|pagas|pagos|efetuad|liquidad|quitad|transferid)\w*|(?:vai|"
    r"vão) ser "
    r"(?:paga|pago|pagas|pagos)|pagamento (?:será|vai ser|sai|está (?:previsto|agendado))|"
    r"pagamos (?:na|no|até|amanhã|dia)|agendad[oa]|"
    # nl
    r"(?:zullen|zal) (?:[^.]{0,40})?(?:betalen|voldoen|overmaken|betaald|voldaan|overgemaakt)|"
    r"(?:wordt|worden) (?:[^.]{0,40})?(?:betaald|voldaan|overgemaakt)|betalen (?:we|wij|ik)|"
    r"gaan (?:[^.]{0,30})?betalen|(?:we|wij|ik) (?:betalen|storten)|"
    r"(?:we|wij|ik) maken(?= (?!(?:me|mij|ons|je|u|zich)\b)[^.]{0,60}\bover\b)|"
    r"\b(?:volgt|folgt|suivra|"
    r"seguirá|seguirà|"
    r"nastąpi|va urma|följer|slijedi)\b|maken (?:we|wij) [^.]{0,30}over|"
    # pl
    r"(?:zapłacimy|opłacimy|przelejemy|uregulujemy|zrobimy przelew|dokonamy (?:płatności|przelewu)|"
    r"wyślemy przelew|ureguluję|zapłacę|przeleję)|(?:zostanie|zostaną) (?:opłacon|zapłacon|"
    r"uregulowan|"
    r"przelan)\w*|płatność (?:[^.]{0,40})?(?:zrobimy|nastąpi|zostanie)|"
    # ro
    r"(?:plătim|platim|vom plăti|vom plati|vom achita|achităm|vom face plata|vom efectua plata|"
    r"virăm|vom vira|"
    r"o plătim|le plătim|o achităm)|(?:va fi|vor fi) (?:plătit|achitat|virat)\w*|"
    r"rularea de plăți|plata (?:va fi|se va face|se va efectua)|"
    # sv
    r"facem plata|efectuăm plata|o să (?:plătim|achităm|facem plata|virăm)|urmează să (?:plătim|"
    r"achităm)|"
    r"\bmaak (?:ik|we|wij)\b(?! (?:me|mij|ons|je|u|zich)\b)(?![^.]{0,30}(?:zorgen|afspra))"
    r"[^.]{0,40}\bover\b|\b(?:ik|we|wij) maak\w* (?!(?:me|mij|ons|je|u|zich)\b)"
    r"(?![^.]{0,30}(?:zorgen|afspra))[^.]{0,40}\bover\b|"
    r"betaal ik|(?:ik|we|wij) (?:betaal|storten)\b|"
    r"betalas|kommer (?:vi )?att (?:betala|överföra|föra över)|betalar vi|vi betalar|"
    r"ska betalas|skickar betalningen|"
    r"betalkörning|"
    # tr
    r"ödeyeceğiz|ödenecek|ödeme(?:sini|yi)? (?:[^.]{0,30})?yapacağız|ödeme yapılacak|ödeyeceğim|"
    r"havale edeceğiz|göndereceğiz|ödemeye alınacak|"
    # hr
    r"(?:platit|platiti|uplatit|podmirit|izvršit|prebacit) ćemo|bit će (?:plaćen|uplaćen|"
    r"podmiren)\w*|"
    r"platit ću|uplatit ću|ćemo (?:platiti|uplatiti|podmiriti)|"
    # ja
    r"支払います|お支払い(?:します|いたします|致します)|振り?込みます|お振り?込み(?:します|"
    r"いたします|致します)|"
    r"(?:支払|振込|振り込|送金|入金)[^。]{0,8}予定|送金します|支払う予定|"
    # zh
    r"将(?:会)?(?:支付|付款|安排付款|汇款|转账|结清)|会(?:支付|付款|安排付款|转账)|安排付款|"
    r"(?:预计|计划)[^。]{0,12}(?:付款|支付)|(?:周[一二三四五六日天]|星期.|月底|月末|明天|后天|"
    r"下周|本周|[号日])前?"
    r"(?:付(?![のでけ])|支付|付款|安排付款|付清)|(?:前|之前)(?:支付|付款|付清)"
)

UNDISPUTED = (
    r"undisputed|non-?disputed|uncontested|unstrittig\w*|unbestritten\w*|non contesté\w*|"
    r"no (?:disputad|impugnad|contestad)\w*|non contestat\w*|não contestad\w*|"
    r"onbetwist\w*|niet betwist\w*|bezsporn\w*|niesporn\w*|niekwestionowan\w*|necontestat\w*|"
    r"obestridd\w*|ej bestridd\w*|itiraz edilmeyen|itirazsız|nesporn\w*|neosporen\w*|"
    r"争いのない|異議のない|无争议|没有争议的|无异议"
)

PARTIAL = (
    UNDISPUTED + r"|"
    r"remaining|remainder|the rest|balance|partial|part payment|part of|half|first (?:part|"
    r"payment)|"
    r"solde|reste|partiel|acompte|la moitié|une partie|restbetrag|rest(?:lichen|liche)? |"
    r"teilzahlung|"
    r"teilbetrag|anzahlung|die hälfte|resto|restante|saldo|parcial|la mitad|parte|rimanente|"
    r"la metà|acconto|restante|metade|parcela|resterende|het restant|gedeeltelijk|de helft|"
    r"pozostał\w*|reszt\w*|część|częściow\w*|połow\w*|restul|rest de|parțial|jumătate|diferența|"
    r"resterande|resten|delbetalning|hälften|kalan|kısmi|yarısı|bakiye|ostatak|ostatka|preostal\w*|"
    r"djelomično|polovic\w*|残り|残額|残金|一部|半額|内金|余款|剩余|尾款|部分|一半|首付"
)

PLAN = (
    r"each month|every month|per month|chaque mois|tous les mois|jeden monat|cada mes|ogni mese|"
    r"todo mês|"
    r"todos os meses|elke maand|co miesiąc|"
    r"în fiecare lună|varje månad|her ay|svaki mjesec|毎月|每月|"
    r"instal+ments?|monthly (?:payments|instal)|payment plan|payment schedule|"
    r"in (?:\w+ )?(?:equal )?"
    r"(?:monthly )?(?:parts|tranches)|échéancier|mensualités|en (?:\w+ )?(?:fois|versements)|"
    r"paiement échelonné|ratenzahlung|raten\b|in \w+ raten|monatsraten|plazos|cuotas|fraccionad|"
    r"rateizza\w*|rate mensili|in \w+ rate|parcelas|parcelad\w*|prestações|termijnen|"
    r"betalingsregeling|afbetalingsregeling|\braty\b|ratach|ratalnie|rozłożeni\w* na raty|în rate|"
    r"rate lunare|eșalonare|avbetalning\w*|delbetalningar|amorteringsplan|taksit\w*|obroc\w*|"
    r"obročn\w*|otplat\w*|分割|分期|"
    r"\b(?:two|three|four|five|six|[2-9]) (?:\w+ )?(?:payments|instal+ments|parts)|"
    r"\b(?:dos|tres|cuatro|cinco|seis|[2-9]) (?:pagos|cuotas|abonos)|"
    r"\b(?:deux|trois|quatre|cinq|six|[2-9]) (?:paiements|versements|échéances)|"
    r"\b(?:zwei|drei|vier|fünf|sechs|[2-9]) (?:zahlungen|raten|teilzahlungen|teilbeträgen)|"
    r"\b(?:due|tre|quattro|cinque|sei|[2-9]) (?:pagamenti|rate|versamenti)|"
    r"\b(?:dois|duas|três|quatro|cinco|seis|[2-9]) (?:pagamentos|parcelas|prestações)|"
    r"\b(?:twee|drie|vier|vijf|zes|[2-9]) (?:betalingen|termijnen|delen)|"
    r"\b(?:dwie|trzy|cztery|pięć|sześć|[2-9]) (?:raty|płatności|wpłaty|transze)|"
    r"\b(?:două|trei|patru|cinci|șase|[2-9]) (?:plăți|rate|tranșe)|"
    r"\b(?:två|tre|fyra|fem|sex|[2-9]) (?:betalningar|delbetalningar|delar)|"
    r"\b(?:iki|üç|dört|beş|altı|[2-9]) (?:taksit\w*|ödeme\w*|parça\w*)|"
    r"\b(?:dva|dvije|tri|četiri|pet|šest|[2-9]) (?:rate|"
    r"obroka|uplate|dijela)|[2-9二三四五六]回(?:に分け|"
    r"払い|分割)|"
    r"分[2-9两二三四五六]次|分[2-9两二三四五六]期|第一期|首期"
)

GOODS_MISSING = (
    # goods / delivery that never arrived, all languages
    r"(?:goods|shipment|delivery|consignment|order|parcel|pallets?|items?|ware|waren|lieferung|"
    r"sendung|marchandises?|livraison|colis|mercanc[íi]as?|envío|pedido|merce|consegna|"
    r"spedizione|mercadorias?|encomenda|goederen|levering|zending|towar\w*|dostaw\w*|"
    r"przesyłk\w*|marf\w*|livrar\w*|colet\w*|varor(?:na)?|leverans(?:en)?|godset|mal(?:lar)?|"
    r"ürün\w*|sevkiyat\w*|roba|robu|pošiljk\w*|isporuk\w*)\b[^.]{0,60}(?:never arrived|"
    r"(?:has|have)(?: not|n't) (?:yet )?arrived|did(?: not|n't) arrive|not (?:yet )?arrived|"
    r"nu (?:a|au) (?:mai )?ajuns|nie (?:dotarł|dotarła|dotarły|doszł)\w*|nie angekommen|"
    r"nicht angekommen|jamais (?:arrivée?s?|reçue?s?)|pas (?:encore )?arrivée?s?|"
    r"no (?:ha|han) llegado|nunca (?:llegó|llegaron|chegou|chegaram)|non (?:è|sono) mai arrivat\w*|"
    r"non (?:è|sono) (?:ancora )?arrivat\w*|não (?:chegou|chegaram)|niet aangekomen|"
    r"nooit aangekomen|nooit geleverd|kom aldrig|har inte kommit|inte kommit fram|ulaşmadı|"
    r"gelmedi|teslim alınmadı|nije (?:nikad |nikada )?stigl\w*|nisu stigl\w*)|"
    r"(?:never|not) (?:received|got) (?:the |any |our )?(?:goods|shipment|delivery|order|parcel)|"
    r"货(?:物|品)?[^。]{0,6}(?:未到|没到|没有到|未收到|尚未收到)|(?:未|没有)收到(?:货|货物|商品)|"
    r"(?:商品|品物|荷物)[^。]{0,6}(?:届いて(?:おりません|いません)|未着)|未着"
)

DISPUTE = (
    GOODS_MISSING + r"|"
    # a credit note not (yet) received, negation first ("inte fått någon kreditnota")
    r"(?:not|n't|inte|nicht|pas|no|non|não|niet|nie|nu|ne|nismo)\b[^.]{0,14}(?:received|got|"
    r"fått|mottagit|erhalten|bekommen|reçu|recibido|ricevuto|recebido|ontvangen|gekregen|"
    r"otrzymal\w*|dostal\w*|primit|primili)\b[^.]{0,20}(?:credit ?note|credit memo|gutschrift|"
    r"nota de cr[ée]dito|nota di credito|creditnota|"
    r"faktur\w* korygując\w*|korekt\w*|notă de credit|nota de credit|kreditnota|kreditfaktura|"
    r"iade faturası|knjižn\w* odobrenj\w*)|reçu (?:d'|l'|aucun |notre |l')avoir|"
    r"(?:赤伝|红字发票|红冲)[^。]{0,10}(?:届いて|未|没有)|"
    r"\bfehlen\b|unvollständig|incomplete|incomplet[ae]?|onvolledig|niekompletn\w*|ofullständig|"
    r"nepotpun\w*|"
    r"\bquer(?:y|ies) (?:on|about|regarding)|quantity (?:billed|invoiced)|only received|"
    r"we received only|"
    r"short[- ]?shipped|not what we ordered|overbill\w*|charged twice|double[- ]charged|"
    r"duplicate charge|"
    r"wrong (?:quantity|price|amount|invoice|rate)|pricing error|price (?:is )?(?:wrong|incorrect)|"
    # en
    r"disput\w*|contest\w*|(?:not|n't|never|refuse to) (?:be )?pay(?:ing)? [^.]{0,40}until|"
    r"incorrect|"
    r"wrong (?:price|amount|quantity|rate|invoice amount)|damaged|broken|defective|faulty|missing|"
    r"never (?:arrived|delivered|took place|happened|performed)|not (?:been )?(?:delivered|"
    r"performed|carried out)|"
    r"overcharg\w*|discrepanc\w*|(?:does not|doesn't|do not|don't) (?:match|correspond|agree)|"
    r"credit (?:note|memo) [^.]{0,40}(?:missing|not (?:yet )?received|still|outstanding|promised)|"
    r"(?:waiting|still waiting) for (?:the|a) credit|complain\w*|higher than (?:agreed|quoted)|"
    r"not as (?:agreed|ordered)|instead of|au lieu de|\bstatt\b|en lugar de|anziché|em vez de|"
    r"in plaats van|"
    r"zamiast|în loc de|istället för|yerine|umjesto|falta aplicar|nota de crédito|"
    r"short[- ]deliver\w*|"
    # fr
    r"litige|réclamation|endommag\w*|abîm\w*|cassé\w*|manquant\w*|ne correspond pas|erroné\w*|"
    r"avoir [^.]{0,60}(?:pas|jamais) reçu|n'a jamais eu lieu|jamais été (?:livré|effectué|réalisé)|"
    r"non conforme|bloquée? au paiement|n'avons jamais reçu (?:la marchandise|les marchandises|"
    r"la livraison)|"
    r"surfactur\w*|"
    # de
    r"reklamation|reklamier\w*|beanstand\w*|widersprech\w*|widerspruch|beschädigt\w*|defekt\w*|"
    r"fehlt\b|"
    r"fehlend\w*|nicht geliefert|stimmt nicht|abweich\w*|gutschrift [^.]{0,40}(?:fehlt|aus|"
    r"nicht erhalten|"
    r"noch nicht)|nicht erbracht|zu hoch|doppelt berechnet|strittig|bestreit\w*|falsch berechnet|"
    r"nicht (?:bezahlen|zahlen|begleichen)[^.]{0,30}(?:bis|solange)|"
    # es
    r"disconformidad|reclamaci[óo]n|reclamamos|no estamos de acuerdo|dañad\w*|defectuos\w*|"
    r"rot[oa]s\b|faltan|no coincide|impugna\w*|no se (?:realizó|prestó|entregó)|nunca se realizó|"
    # it
    r"contestazion\w*|contestiamo|danneggiat\w*|difettos\w*|rott[io]\b|mancant\w*|"
    r"non corrispond\w*|"
    r"errat[oai]\b|non (?:è mai stato|è stato|sono stati) (?:consegnat|effettuat|eseguit)\w*|"
    r"reclamo|"
    # pt
    r"contestamos|contestação|reclamação|danificad\w*|avariad\w*|defeituos\w*|quebrad\w*|faltam|"
    r"não corresponde|incorret\w*|divergência|não foi (?:realizad|prestad|entregu|executad)\w*|"
    r"nunca (?:foi|foram) (?:realizad|entregu)\w*|"
    # nl
    r"betwist\w*|niet akkoord|klacht|beschadigd|kapot|ontbre\w*|klopt niet|onjuist\w*|"
    r"niet geleverd|niet uitgevoerd|creditnota .{0,70}?(?:ontbreekt|niet ontvangen|nog niet)|"
    # pl
    r"kwestionuj\w*|reklamacj\w*|nie zgadza\w*|uszkodz\w*|wadliw\w*|brakuje|niezgodn\w*|"
    r"korekt[yęa] faktury|fakturę korygującą|faktury korygującej|zawyżon\w*|nie (?:został[ao]? )?"
    r"(?:wykonan|dostarczon)\w*|nie zapłacimy[^.]{0,60}dopóki|"
    # ro
    r"contestăm|contestă\w*|nu corespunde|deteriorat\w*|defect\w*|lipsă|lipsesc|greșit\w*|"
    r"eronat\w*|"
    r"nu o plătim|nu le plătim|nu plătim|factură de corecție|factura de corecție|storn\w*|"
    r"nu a fost (?:efectuat|livrat|prestat)\w*|"
    # sv
    r"bestrid\w*|reklamation|reklamera\w*|stämmer inte|skadad\w*|trasig\w*|felaktig\w*|saknas|"
    r"fel pris|kreditfaktura|inte levererat|betalar inte[^.]{0,40}förrän|inte utfört|"
    # tr
    r"itiraz\w*|hasarlı|kusurlu|eksik|yanlış|hatalı|fiyat farkı|uyuşmuyor|tutmuyor|iade faturası|"
    r"düzelt\w*|ödemeyeceğiz|ödeme yapılmayacak\w*|teslim edilmedi|"
    # hr
    r"osporav\w*|reklamacij\w*|oštećen\w*|neispravn\w*|nedostaje|ne odgovara|pogrešn\w*|netočn\w*|"
    r"knjižno odobrenje|nije (?:izvršen|isporučen|obavljen)\w*|nećemo platiti|ne slaže|"
    # ja / zh
    r"破損|不良品|欠品|数量不足|相違|誤り|間違い|異議|納得できません|未納|クレーム|赤伝|値引き|"
    r"单价不符|异议|争议|损坏|破损|质量问题|短缺|缺少|不符|不一致|红字发票|拒付|未收到货|少发|"
    # "not correct", all languages
    r"(?:is|are)(?: not|n't) (?:correct|right)|n'est pas (?:correcte?|juste)|"
    r"(?:ist|sind) (?:nicht (?:korrekt|richtig)|falsch)|no (?:es|son|está|están) correct\w*|"
    r"non (?:è|sono) corrett\w*|não (?:está|estão|é|são) corret\w*|(?:is|zijn) niet (?:correct|"
    r"juist)|nie (?:jest|są) (?:prawidłow|poprawn)\w*|nieprawidłow\w*|błędn\w*|nu (?:este|sunt) "
    r"corect\w*|(?:är|stämmer) inte (?:korrekt|rätt)(?! person)|doğru değil|"
    r"nije (?:točan|ispravan|točna|"
    r"ispravna|točno)|正しくありません|不正确|有误|"
    # "we only received N", all languages
    r"(?:we )?(?:only|just) (?:got|received)|nur \d+ (?:\w+ )?(?:erhalten|geliefert)|"
    r"n'avons reçu que|(?:solo|sólo) (?:hemos )?recibi\w*|ne abbiamo ricevut\w*|"
    r"(?:abbiamo )?ricevut\w* solo|(?:recebemos|chegaram) (?:apenas|só)|"
    r"(?:hebben|kregen) (?:er )?(?:maar |slechts )?\d+ (?:\w+ )?ontvangen|"
    r"otrzymaliśmy (?:tylko|jedynie)|dostaliśmy (?:tylko|jedynie)|am primit (?:doar|numai)|"
    r"(?:fick|har fått) (?:vi )?(?:bara|endast)|sadece \d+|yalnızca \d+|primili smo (?:samo|tek)|"
    r"しか(?:届|納品|入荷)|只收到|"
    # asking for a credit note / corrected invoice
    r"(?:send|issue) (?:us )?a credit|merci de (?:nous )?(?:faire|envoyer|établir) un avoir|"
    r"bitte um (?:eine )?gutschrift|nota de abono|attendiamo (?:una|la) nota di credito|"
    r"aguardamos (?:a |uma )?nota de crédito|graag een creditnota|proszę o (?:korektę|fakturę "
    r"korygującą)|notă de credit|knjižn\w* odobrenj\w*|訂正をお願い|請求書の訂正|"
    r"一致(?:して)?(?:おりません|いません|しません)|届いておらず|数量不对|数量不一致|"
    # "we do not accept the invoice", all languages
    r"(?:do not|don't|cannot|can't) accept|n'acceptons pas|ne pouvons (?:pas )?accepter|"
    r"akzeptieren (?:wir )?(?:die|diese)? ?(?:rechnung )?nicht|nicht akzeptieren|"
    r"erkennen [^.]{0,30}"
    r"nicht an|no (?:aceptamos|podemos aceptar)|non (?:accettiamo|possiamo accettare)|"
    r"não (?:aceitamos|podemos aceitar)|(?:accepteren|aanvaarden) (?:wij|we) niet|niet "
    r"(?:accepteren|aanvaarden)|nie (?:akceptujemy|uznajemy|możemy zaakceptować)|"
    r"nu (?:acceptăm|putem accepta|suntem de acord)|(?:godkänner|accepterar) (?:vi )?inte|"
    r"kabul (?:etmiyoruz|edemiyoruz|etmemekteyiz)|ne (?:prihvaćamo|priznajemo|možemo prihvatiti)|"
    r"受け入れ(?:られ|かね)ません|承服(?:でき|いたし)かねます|(?:不能|无法|不)接受|"
    # price / amount differs from what was agreed
    r"(?:than|from what (?:was|we)) (?:agreed|quoted|ordered)|als (?:vereinbart|angeboten)|"
    r"que (?:lo )?(?:acordado|pactado|convenido)|no es el acordado|(?:del|dal) (?:concordato|"
    r"pattuito)|do que o acordado|dan (?:afgesproken|overeengekomen)|niż (?:uzgodniono|w ofercie|"
    r"ustalono)|inn[aey] niż|decât (?:cel )?(?:convenit|stabilit)|än (?:avtalat|överenskommet|"
    r"offererat)|anlaşılan\w*|anlaşmaya uymuyor|od dogovoren\w*|nije (?:dogovoren|ugovoren)\w*|"
    r"errad[oa]s?\b|sbagliat\w*|är fel\b|fel (?:antal|belopp|summa)|異なって(?:おり|い)|"
    r"見積(?:と|より)|与(?:合同|报价|订单)不符"
)

COPY = (
    r"invoice .{0,25}?(?:was|were|has been|have been) (?:never|not) (?:been )?received|"
    r"never (?:got|received) "
    r"(?:the|this|your) invoice|"
    r"\bresend\b|\bre-send\b|send (?:it|this|them|the invoice) again|(?:can't|cannot|couldn't|"
    r"could not) "
    r"find (?:it|the invoice|this invoice|invoice)|"
    r"(?:send|resend|re-send|forward|provide|email|e-mail|share) (?:us |me )?(?:again )?(?:a |"
    r"the |another )?"
    r"(?:copy|duplicate|pdf|invoice again)|cop(?:y|ies) of (?:the |this |that |your )?invoice|"
    r"(?:never|not|haven't|have not|did not|didn't) (?:yet )?received? (?:the |this |that |your |"
    r"any )?invoice|"
    r"no record of (?:receiving )?(?:the |this |your )?invoice|(?:can't|cannot|could not|"
    r"couldn't) find (?:the |this )?invoice|"
    r"duplicata|copie de (?:la|cette) facture|renvoyer (?:la facture|une copie|le pdf)|"
    r"(?:jamais|pas) reçu (?:la|cette|votre) facture|ne l'avons jamais reçue|"
    r"rechnungskopie|kopie der rechnung|duplikat|rechnung [^.]{0,30}(?:nicht|nie) erhalten|"
    r"(?:erneut|nochmals|noch einmal) (?:zu)?(?:senden|schicken|zukommen)|liegt uns nicht vor|"
    r"copia de (?:la )?factura|duplicado|reenviar|volver a enviar|no (?:hemos )?recibido (?:la|"
    r"esta) factura|"
    r"copia della fattura|duplicato|reinviare|rinviare|inviarci nuovamente|"
    r"non abbiamo (?:mai )?ricevuto (?:la|questa) fattura|"
    r"segunda via|2ª via|cópia da fatura|enviar novamente|não recebemos (?:a|esta) fatura|"
    r"kopie van de factuur|factuur [^.]{0,30}(?:nooit|niet) ontvangen|opnieuw (?:te )?(?:sturen|"
    r"toesturen|versturen)|"
    r"duplikat\w*|kopi[ęia] faktury|ponowne przesłanie|przesłać ponownie|nie otrzymaliśmy faktury|"
    r"duplicat\w*|o copie|retransmite\w*|retrimite\w*|nu am primit (?:niciodată )?factura|"
    r"kopia på fakturan|en kopia|skicka (?:om|igen)|inte fått fakturan|hittar inte faktura|"
    r"kopya\w*|tekrar gönder\w*|yeniden gönder\w*|tarafımıza ulaşmadı|elimize (?:ulaşmadı|geçmedi)|"
    r"kopij\w* računa|ponovno posla\w*|nismo primili račun|račun nije stigao|"
    r"再送|再発行|写し|請求書が届いて(?:おりません|いません)|受け取って(?:おりません|いません)|"
    r"重新发送|补发|副本|复印件|(?:没有|未)收到(?:这张|该|贵司的)?发票|重开发票|"
    r"\b2\.?[ªa] via|segunda via|(?:original|invoice|rechnung|facture|factura|fattura|fatura|"
    r"factuur|faktura|factura|fakturan|račun) [^.]{0,30}(?:never (?:reached|arrived)|"
    r"n'est jamais arrivée?|nie angekommen|nunca (?:llegó|chegou)|non (?:ci )?è (?:mai )?arrivat|"
    r"não nos chegou|nooit aangekomen|nie dotarła|nu a ajuns|kom aldrig|hiç ulaşmadı|nikad nije "
    r"stigao)|"
    r"(?:send|resend|e-?mail) (?:us |me )?the invoice again|(?:renvoyer|réexpédier) la facture|"
    r"(?:rechnung|faktura|fakturan) (?:bitte )?(?:nochmal|erneut|noch einmal|igen)|"
    r"(?:reenviar|reenviem|reenvíen|reenviarnos|mandar de nuevo|enviar de nuevo)|"
    r"(?:inviare|mandare|rimandare|rimandarci) (?:di nuovo|nuovamente)|(?:reenviar|mandar de novo)|"
    r"nogmaals (?:sturen|toesturen|versturen)|(?:przesłać|wysłać) (?:jeszcze raz|ponownie)|"
    r"(?:trimite|retrimite|trimiteți) (?:din nou|încă o dată)|skicka (?:fakturan|den) (?:igen|på "
    r"nytt)|(?:faturayı|faturanın) [^.]{0,20}(?:tekrar|yeniden|bir kopyasını)|bir kopya|"
    r"(?:ponovo|još jednom) (?:poslati|pošaljite)|再度(?:送付|お送り)|もう一度(?:送|お送り)|"
    r"再发(?:一次|一份)|"
    r"(?:erneut|nochmals|noch einmal|nochmal) zu\b|(?:senden|schicken) sie [^.]{0,40}(?:erneut|"
    r"nochmals|noch einmal|nochmal)|skicka [^.]{0,30}\b(?:igen|en gång till|på nytt)\b|"
    r"(?:ponovno|ponovo|još jednom) (?:po)?(?:šalj|posla|pošalj)\w*|"
    r"factura [^.]{0,30}nunca (?:nos )?(?:llegó|ha llegado)|nunca recibimos la factura|"
    r"(?:aldrig|inte) (?:har )?(?:fått|mottagit) (?:någon |den )?faktura\w*|"
    r"fatura\w* [^.]{0,30}(?:gelmedi|ulaşmadı|almadık)|"
    r"račun\w* [^.]{0,30}(?:nikada |nikad )?nismo (?:ni )?primili|nismo (?:nikada )?primili "
    r"(?:taj |ovaj )?račun|fattura [^.]{0,30}non (?:ci )?è (?:mai )?arrivata|"
    r"factuur [^.]{0,30}(?:nooit|niet) (?:ontvangen|aangekomen)"
)

PROCESSING = (
    r"to be approved|awaiting (?:\w+ )?approval|waiting for (?:the )?(?:\w+ )?(?:approval|"
    r"sign-?off)|"
    r"pending (?:\w+ )?approval|not yet approved|noch nicht freigegeben|"
    r"approv\w*|being processed|in process\b|under review|workflow|pending sign-?off|sign-?off|"
    r"being verified|booked in|validation|circuit d'approbation|bon à payer|"
    r"en cours de (?:traitement|"
    r"vérification|validation)|approbation|freigabe\w*|genehmigung\w*|in bearbeitung|"
    r"sachlich\w* und "
    r"rechnerisch\w*|prüfung|aprobación|en trámite|en proceso de|pendiente de (?:aprobación|"
    r"validación)|"
    r"approvazione|in lavorazione|benestare|autorizzazione|aprovação|em processamento|em análise|"
    r"goedkeuring|in behandeling|fiattering|accordering|akceptacj\w*|zatwierdzeni\w*|"
    r"obieg\w* dokumentów|"
    r"aprobare\w*|circuitul de aprobare|în curs de (?:verificare|procesare|aprobare|validare)|"
    r"attest\w*|"
    r"godkännande|onay\w*|işleme alın\w*|u procesu odobrenja|na odobrenju|čeka (?:se )?odobrenje|"
    r"čeka potpis|u obradi|na ovjeri|\bovjer\w*|likvidatur\w*|"
    r"稟議|承認|決裁|社内手続|審批|审批|审核|oa流程|流程中|报销"
)

OOO = (
    r"absente? jusqu|suis absente?|i am away until|i'm away until|away until|out until|bin bis|"
    r"out of (?:the )?office|on (?:annual |parental |sick |maternity |paternity )?leave|on holiday|"
    r"on vacation|away from (?:the|my) (?:office|desk)|limited access to (?:e-?mail|my e-?mail)|"
    r"absente? du bureau|en congés?|hors du bureau|de retour le|abwesen\w*|nicht im büro|"
    r"außer haus|"
    r"im urlaub|urlaubsbedingt|fuera de la oficina|de vacaciones|fuori ufficio|in ferie|"
    r"fora do escritório|ausente do escritório|estarei ausente|estaré ausente|sarò assente|"
    r"de férias|afwezig|niet aanwezig|met vakantie|op vakantie|poza biurem|"
    r"na urlopie|nieobecn\w*|în afara biroului|în concediu|frånvarande|föräldraledig|tjänstledig|"
    r"på semester|inte på kontoret|ofis dışında|izindeyim|izinde|tatildeyim|izvan ureda|"
    r"na godišnjem odmoru|odsutn\w*|odsutan|"
    r"odsutna|不在にして|休暇|出張中|不在办公室|休假|外出中|出差|"
    # absence and return, all languages (an auto-reply rarely says "out of office" verbatim)
    r"(?:am|will be) (?:currently )?(?:away|absent|out)\b|annual leave|(?:currently )?travell?ing "
    r"(?:on business|until)|back in the office|return(?:ing)? to (?:the|my) office|"
    r"(?:will|won't|will not) be (?:forwarded|read)|(?:be )?not be forwarded|upon my return|"
    r"je serai absente?|en déplacement|de retour (?:au bureau )?(?:le|à partir)|ne sera pas "
    r"(?:transférée?|lue?)|dès mon retour|à mon retour|fermée? pour|"
    r"auf urlaub|in urlaub|urlaub(?:er)? bis|auf dienstreise|geschäftsreise|wieder (?:im büro|"
    r"erreichbar|da)|nicht weitergeleitet|nach meiner rückkehr|geschlossen (?:vom|von|bis)|"
    r"ausente|de viaje|regresaré|a mi regreso|vuelvo el|no será reenviado|cerrad[oa] por|"
    r"sarò (?:fuori|in ferie|assente)|rientro|resterà chius[oa]|chius[oa] per|in trasferta|"
    r"non sarà inoltrat|ausente|regressarei|regresso|de licença|de folga|fechad[oa] para|"
    r"não (?:será|vai ser) reencaminhad|com acesso limitado|"
    r"met verlof|vakantie|terug op|ben (?:weer|terug)|niet doorgestuurd|gesloten (?:van|tot|"
    r"wegens)|op dienstreis|"
    r"poza biurem|urlop\w*|wracam|powrocie|nie (?:są|będą) przekazywane|w podróży służbowej|"
    r"nieobecność|zwolnieniu lekarskim|"
    r"plecat din birou|plecat\w* în concediu|concediu|la întoarcere|revin (?:la birou|în)|"
    r"nu va fi redirecționat|în deplasare|"
    r"semester|ledig\b|tjänsteresa|tillbaka (?:på kontoret|den|igen)|åter (?:på kontoret|den)|"
    r"tjänstledig|sjukskriven|vidarebefordras inte|"
    r"ofiste olmayacağım|ofiste değilim|yıllık izin\w*|izinli\w*|tatil\w*|döndüğümde|dönüşümde|"
    r"iş seyahati\w*|"
    r"godišnj\w* (?:sam |je )?odmor\w*|na odmoru|bolovanj\w*|službenom putu|vraćam se|po povratku|"
    r"neće biti proslijeđen\w*|izvan ured\w*|"
    r"不在|休み|戻り|出社|帰社|夏季休業|年末年始|休業|返信(?:が|を)?(?:遅れ|できません)|"
    r"順次(?:ご)?返信|"
    r"外地|返回办公室|回到办公室|假期|放假|无法及时回复|不在公司"
)

AUTO_WORDING = (
    r"automatic (?:reply|response|message)|auto-?reply|this is an automated|"
    r"automatically generated|"
    r"réponse automatique|message automatique|automatische antwort|automatisch erstellt|"
    r"respuesta automática|mensaje automático|risposta automatica|messaggio automatico|"
    r"resposta automática|mensagem automática|automatisch antwoord|automatisch bericht|"
    r"odpowiedź automatyczna|wygenerowana automatycznie|wiadomość automatyczna|răspuns automat|"
    r"mesaj automat|autosvar|automatiskt meddelande|automatiskt svar|otomatik yanıt|otomatik cevap|"
    r"otomatik olarak|automatski odgovor|"
    r"automatska poruka|自動応答|自動返信|自动回复|自動回覆|自动邮件"
)

HELPDESK = (
    r"ticket|case (?:number|no|#)|request (?:number|has been (?:received|registered|logged))|"
    r"numéro de (?:ticket|dossier|demande)|ticketnummer|vorgangsnummer|número de (?:ticket|caso|"
    r"incidencia)|"
    r"numero di (?:ticket|pratica)|número do (?:chamado|ticket|protocolo)|chamado|ticketnummer|"
    r"zgłoszeni\w*|numărul (?:tichetului|solicitării)|tichet|ärende\w*|talep numara\w*|"
    r"destek talebi|"
    r"broj (?:zahtjeva|prijave)|問い合わせ番号|受付番号|工单|服务单|受理编号|"
    r"(?:your|the) (?:request|enquiry|inquiry|query) (?:has been|was) (?:received|logged|"
    r"registered|assigned)|accus\w* (?:bonne )?réception|demande a été (?:enregistrée|prise)|"
    r"ihre (?:anfrage|nachricht) wurde (?:unter|registriert|erfasst|aufgenommen)|"
    r"(?:su|tu) (?:solicitud|consulta) (?:ha sido|fue) registrada|"
    r"(?:la sua|vostra) richiesta è stata (?:registrata|presa)|"
    r"(?:sua|seu) (?:solicitação|pedido) foi (?:registrad|abert)\w*|"
    r"(?:uw|je) (?:verzoek|vraag|melding) is (?:geregistreerd|ontvangen onder)|meldingsnummer|"
    r"zostało zarejestrowane|numer(?:em)? zgłoszenia|"
    r"(?:solicitarea|cererea) (?:dumneavoastră|ta) a fost înregistrat\w*|"
    r"talebiniz\w*|kaydınız|vaš (?:zahtjev|upit) (?:je )?zaprimljen|"
    r"受け付けいたしました|受付いたしました|已受理|工单号"
)

WRONG_CONTACT = (
    r"(?:i|he|she) (?:have|has) left|no longer (?:at|with|employed)|instead contact|"
    r"contact .{0,60}? instead|"
    r"ya no (?:trabaj\w+|me ocupo|se ocupa|est\w+|llevo|soy|pertenezco)|escriban a|diríjanse|"
    r"ne (?:m'occupe|s'occupe|travaille|suis) plus|nicht mehr (?:für|zuständig|bei|tätig|"
    r"beschäftigt)|"
    r"non (?:mi occupo|si occupa|lavoro|lavora|sono) più|não (?:trabalho|trabalha|me ocupo|"
    r"sou) mais|"
    r"já não (?:trabalho|trabalha|sou|me ocupo)|werk(?:t)? (?:hier )?niet meer|"
    r"niet meer (?:werkzaam|bij)|"
    r"już nie (?:pracuj\w+|zajmuj\w+)|nie pracuj\w+ już|nie zajmuj\w+ się już|"
    r"nu mai (?:lucrez|lucrează|sunt responsabil|mă ocup|se ocupă)|(?:arbetar|"
    r"jobbar) inte (?:längre|kvar)|"
    r"har slutat|artık (?:burada )?çalışmıyor\w*|ayrıldı\w*|više ne radi\w*|više nisam|"
    r"ne radim više|"
    r"no longer (?:deal|work|handle|responsible|with|in charge|look after)|not the (?:right|"
    r"correct) "
    r"(?:person|contact)|wrong (?:person|contact|address)|(?:has )?left the company|"
    r"moved to (?:the|another)|"
    r"i (?:do not|don't) (?:deal|handle)|not responsible for|please (?:send|direct|address|"
    r"forward) "
    r"(?:all |your |future |these )?(?:reminders|invoices|correspondence|emails)|"
    r"ne (?:m'occupe|s'occupe|travaille) plus|ne fait plus partie|a quitté|merci d'adresser|"
    r"pas la bonne personne|mauvais interlocuteur|nicht mehr (?:in unserem|zuständig|bei uns|"
    r"im hause|im unternehmen)|"
    r"nicht zuständig|unternehmen verlassen|bitte (?:senden|richten|wenden) sie [^.]{0,50}(?:an|"
    r"künftig)|"
    r"ya no (?:trabaja|me ocupo|se ocupa|está|llevo)|no soy la persona|ha dejado la empresa|"
    r"non (?:mi occupo|si occupa|lavora) più|non sono la persona|ha lasciato l'azienda|"
    r"não (?:trabalha|me ocupo|sou responsável) mais|não sou mais (?:responsável|o responsável|"
    r"a responsável)|"
    r"favor encaminhar|já não (?:trabalha|sou|me ocupo)|não sou a pessoa|"
    r"deixou a empresa|niet meer (?:werkzaam|verantwoordelijk|in dienst)|niet de juiste persoon|"
    r"verkeerde persoon|bedrijf verlaten|nie zajmuję się już|nie pracuje już|"
    r"nie jestem właściwą osobą|"
    r"proszę kierować|nu mai lucrez|nu mai (?:sunt|este) responsabil|nu mă mai ocup|"
    r"nu sunt persoana|"
    r"inte rätt person|arbetar inte (?:längre|kvar)|slutat (?:på|här)|inte längre ansvarig|"
    r"ska skickas till|vänd er till|ilgilenmiyorum|ilgilenmiyor|doğru kişi değil|şirketten ayrıldı|"
    r"yönlendirmenizi|više ne radi|nisam (?:ja )?zadužen\w*|nisam prava osoba|više nije|"
    r"担当(?:者)?(?:では|じゃ)(?:ありません|ない)|担当が変わ|退職|異動|不再负责|已离职|离职|"
    r"不是负责人|"
    # "no longer handle" and "is now handled by", all languages
    r"ya no (?:gestiono|gestiona|llevo|lleva|me encargo|se encarga|soy responsable)|"
    r"se encarga (?:ahora|desde)|desde (?:este|el) mes se encarga|envíen (?:los|las|sus) "
    r"(?:recordatorios|facturas|avisos|correos)|"
    r"s'occupe désormais|désormais (?:géré|gérée|traité)|merci d'envoyer (?:les|vos) "
    r"(?:relances|factures)|veuillez (?:envoyer|adresser) (?:les|vos) (?:relances|factures)|"
    r"(?:mahnungen|zahlungserinnerungen|rechnungen) (?:bitte )?(?:künftig |ab sofort )?an |"
    r"übernimmt (?:ab sofort|jetzt|nun)|ist jetzt (?:\w+ )?zuständig|"
    r"(?:inviate|inviare|indirizzate|inoltrate) (?:i|le) (?:solleciti|fatture|promemoria)|"
    r"se ne occupa (?:ora|adesso)|"
    r"(?:enviem|encaminhem|direcionem) (?:os|as) (?:lembretes|faturas|cobranças)|"
    r"(?:herinneringen|aanmaningen|facturen) (?:graag )?(?:voortaan )?(?:naar|aan) |"
    r"(?:przypomnienia|monity|faktury|wezwania) (?:proszę )?(?:kierować|wysyłać|przesyłać)|"
    r"proszę (?:wysyłać|przesyłać) (?:przypomnienia|monity|faktury)|zajmuje się (?:tym )?"
    r"(?:teraz|obecnie)|"
    r"(?:trimiteți|transmiteți) (?:notificările|facturile|mementourile|somațiile)|se ocupă acum|"
    r"(?:påminnelser|fakturor) (?:ska )?(?:skickas|mejlas) till|sköts (?:nu|numera) av|"
    r"numera ansvarig|"
    r"(?:hatırlatma|fatura)\w* [^.]{0,25}(?:gönderiniz|iletiniz|gönderin|iletin)|artık [^.]{0,30}"
    r"ilgileniyor|"
    r"(?:podsjetnike|opomene|račune) (?:molim(?:o)? )?(?:šaljite|pošaljite|upućujte)|"
    r"sada (?:se )?(?:bavi|brine|preuzima)|"
    r"(?:今後|以後)は?[^。]{0,25}(?:宛|まで|へ)[^。]{0,6}(?:ご連絡|お送り|送付)|后续请(?:联系|"
    r"发送|发给)|"
    r"请(?:改|直接)?(?:联系|发送给|发给)|"
    r"(?:moved|changed|switched) (?:to )?(?:a )?(?:different|new|another) (?:role|position|"
    r"department|team)|nie odpowiadam już|nie jestem już odpowiedzialn\w*|nie zajmuję się "
    r"(?:już )?(?:płatnościami|fakturami|rozliczeniami)|proszę pisać na|nu mai răspund|"
    r"ansvarar inte längre|担当では(?:ございません|ありません)|担当外|ayrılmış\w*|"
    r"ne (?:bavim|radim) (?:se )?više|nisam više (?:zadužen|odgovor)\w*"
)

FORWARDED_ON = (
    r"(?:forwarded|passed) (?:this|it|your (?:e-?mail|message)) (?:on )?to|"
    r"transmis (?:votre (?:mail|message) )?à|"
    r"weitergeleitet|reenviado a|he reenviado|inoltrat\w* (?:al|a)|encaminhei|encaminhamos|"
    r"doorgestuurd|"
    r"przekazał\w*|am redirecționat|am transmis|vidarebefordrat|ilettim|iletilmiştir|proslijedi\w*|"
    r"転送しました|已转发|转给"
)

INJECTION = (
    r"ignor\w* (?:all |any |the )?(?:previous|prior|above|earlier|preceding)|"
    r"ignor\w*\s+(?:\w+\s+){0,3}"
    r"(?:instructions?|instrukcje|uputa|anweisungen|instrucciones|istruzioni|instruções|"
    r"instructies|polecenia|instrucțiunile|instrucțiuni|instruktioner|talimat\w*|upute)|"
    r"(?:poprzednie|önceki|prethodne|tidigare|anterioare|vorherigen|"
    r"précédentes) (?:\w+ )?(?:polecenia|"
    r"talimat\w*|upute|"
    r"instruktioner|instrucțiuni|anweisungen|instructions)|uputa sustava|system instruction|"
    r"instruction système|"
    r"instrucción del sistema|istruzione di sistema|instrução do sistema|systeeminstructie|"
    r"instrukcja systemowa|instrucțiune de sistem|systeminstruktion|sistem talimatı|"
    r"sistemska uputa|"
    r"系统指令|システム指示|system prompt|\bsystem\s*:|system note|"
    r"标记为|所有发票|你现在是|(?:negeer|zignoruj|ignorera|ignorați|ignorează|yoksay|"
    r"zanemari)\w*|無視|忽略|"
    r"システムへの指示|"
    r"(?:for|für|pour|para|per|voor|dla|pentru|för|için|za) (?:the |die |de |l'|la |el |o |"
    r"den )?(?:ai|ki|ia)\b|"
    r"ai[- ]assist\w*|systemanweisung|an die ki\b|für die ki\b|"
    r"(?:assistant|assistente|asystent|asistent)\w* (?:ia|ai|ki)\b|\bia\b[^.]{0,30}(?:instru|"
    r"ignor)|\bthe ai\b|ai model|language model|administrator mode|you are now|"
    r"vous êtes désormais|"
    r"mark (?:all|every) (?:invoices?|of)|marquez toutes|markier\w* (?:sie )?alle|marque todas|"
    r"segna tutte|"
    r"markeer alle|oznacz wszystkie|marcați toate|markera alla|tüm faturaları|označi\w* sve|"
    r"set (?:the )?amount|do not flag|"
    r"classify this|忽略(?:之前|以上|所有)|前の指示を無視|指示を無視"
)
INJECTION_TAIL = (
    # "Also raise our credit limit": an imperative that continues an injection
    r"^\s*(?:also|and|then|additionally|außerdem|zudem|aussi|ensuite|también|además|anche|inoltre|"
    r"também|além disso|ook|verder|też|także|ponadto|de asemenea|även|dessutom|ayrıca|također|"
    r"još)?,?\s*(?:raise|increase|change|update|delete|approve|grant|lower|remove|cancel|"
    r"erhöhe\w*|ändere\w*|lösche\w*|storniere\w*|augmente[zr]?|modifie[zr]?|supprime[zr]?|"
    r"annule[zr]?|aument[ae]\w*|cambi[ae]\w*|elimin[ae]\w*|cancel[ae]\w*|annulla|altere|"
    r"verhoog|wijzig|verwijder|annuleer|zwiększ\w*|zmień|usuń|anuluj|măriți|mărește|"
    r"modificați|ștergeți|anulați|höj|ändra|ta bort|radera|artır\w*|değiştir\w*|sil\b|"
    r"iptal et\w*|povećaj\w*|promijeni\w*|izbriši\w*|poništi\w*)\b"
    r"|^\s*(?:mark|set|stop|do not|don't|reply|respond|répondez|fixez|marquez|sätt|skicka inga|"
    r"oznacz|"
    r"ustaw|marcați|setați|setze|markiere|imposta|segna|defina|marque|establezca|stel|markeer|"
    r"ayarla|işaretle|postavi|označi|zignoruj)"
    r"|\b(?:a |to (?:a |any )?)?(?:human|humano|humain|umano|mensch|człowiek|människa|insan|čovjek)"
)

NEGATION = (
    r"\b(?:not|n't|never|no(?![.:º°]?\s?\d)|won't|cannot|can't|ne|pas|nicht|kein\w*|nie|niet|geen|"
    r"non|não|nao|nu|"
    r"inte|ej|aldrig|jamais|nunca|mai|ne|nije|nisu|nismo|nisam)\b|n'|не|"
    r"不(?:再)?负责|没有|没(?!收)|未(?!来)"
)

OTHER_INVOICES = (
    r"other (?:two |\w+ )?invoices|remaining (?:two |\w+ )?invoices|pozostałe (?:dwie |"
    r"\w+ )?faktury|"
    r"anderen (?:beiden )?rechnungen|autres factures|otras facturas|altre fatture|outras faturas|"
    r"andere facturen|celelalte facturi|övriga fakturor|andra fakturor|diğer faturalar|"
    r"ostal\w* račun\w*"
)


def compile_cue(source: str) -> Cue:
    """A cue regex for LOWERCASED text (IGNORECASE makes these alternations 4-5x slower),
    behind a prefilter of the literals every match must contain."""
    return Cue(source)


# Refusing to pay (as things stand) is a dispute unless it is about cash flow.
NEG_PAY = (
    r"(?:won't|will not|cannot|can't|are not|aren't|not) (?:be )?pay(?:ing)?\b|ne (?:paierons|"
    r"réglerons|"
    r"payerons) pas|(?:zahlen|bezahlen|begleichen) (?:wir|ich) (?:sie |diese |die rechnung )?nicht|"
    r"nicht (?:bezahlen|zahlen|begleichen)|no (?:la |las |lo |los )?(?:vamos a pagar|pagaremos|"
    r"podemos pagar)|"
    r"non (?:la |le )?(?:pagheremo|possiamo pagare)|não (?:vamos pagar|pagaremos|podemos pagar)|"
    r"betalen (?:wij|we) niet|niet betalen|nie zapłacimy|nie opłacimy|nu o plătim|nu (?:vom|"
    r"putem) plăti|"
    r"betalar (?:vi )?inte|ödemeyeceğiz|ödeme yapmayacağız|nećemo (?:platiti|uplatiti)|"
    r"ne (?:pouvons|pouvez|peux) pas (?:encore )?(?:payer|régler)|"
    r"(?:können|kann) (?:wir|ich) [^.]{0,30}nicht (?:bezahlen|zahlen|begleichen)|"
    r"nie (?:możemy|możemy jeszcze) (?:zapłacić|opłacić|uregulować)|"
    r"nu (?:putem|vom putea) (?:încă )?(?:achita|plăti|vira)|nu o (?:putem )?achit\w*|"
    r"(?:kan|kommer) (?:vi|jag) inte (?:att )?(?:betala|attestera)|(?:vi|jag) kan inte (?:\w+ )?"
    r"betala|ödeyemiyoruz|ödeyemeyiz|ödeme yapamıyoruz|ne možemo (?:još )?(?:platiti|uplatiti)|"
    r"no (?:podemos|vamos a poder) (?:todavía )?(?:pagar|abonar)|"
    r"non (?:possiamo|potremo) (?:ancora )?(?:pagare|saldare)|"
    r"(?:kunnen|kan) (?:wij|we|ik) [^.]{0,30}niet (?:betalen|voldoen)|"
    r"お支払いできません|支払えません|お支払いいたしかねます|无法(?:按\w*)?(?:付款|支付)|"
    r"不能付款|暂不付款|拒绝付款"
)
CASH_FLOW = (
    r"cash ?flow|trésorerie|liquidität|liquidez|liquidità|płynnoś|lichiditat|likviditet|nakit|"
    r"likvidnost|資金繰り|资金|tight"
)
COPY_WORD = (
    r"\b(?:copy|kopie|kopia|kopię|kopya\w*|copia|copie|cópia|duplicat\w*|duplikat\w*|duplicado|"
    r"duplicato|kopij\w*)\b|写し|コピー|副本|复印件"
)
STRONG_PARTIAL = (
    r"\b\d{1,2} ?% (?:of|de|der|del|della|da|van|z|din|av|dell)\b|"
    r"remaining|remainder|the rest\b|\bhalf\b|part of|first (?:part|payment)|\brest(?:e|betrag|"
    r"lichen)?\b|"
    r"\bden rest|\bresto\b|restante|restant|resterande|resten\b|kalan|ostatak|preostal\w*|"
    r"pozostał\w*|"
    r"reszt\w*|restul|la moitié|die hälfte|la mitad|la metà|metade|de helft|połow\w*|jumătate|"
    r"hälften|"
    r"yarısı|polovic\w*|残り|残額|剩余|余款|尾款|一半|部分"
)
REQUEST_MARK = (
    r"\?|please|pls|graag|bitte|s'il vous plaît|merci de|pourriez|por favor|per favore|potete|"
    r"proszę|prosimy|vă rog|vă rugăm|kan ni|lütfen|"
    r"molim|お願い|请|麻烦|kunt u|können sie|could you|"
    r"can you"
)

# A payment promised only once a disputed point is corrected is not (yet) a promise.
CONDITIONAL = (
    r"(?:avvaktar|väntar på|await\w*|waiting for|warten auf|attendons|esperamos|attendiamo|"
    r"aguardamos|wachten op|czekamy na|așteptăm|bekliyoruz|čekamo)[^.]{0,60}(?:innan|before|"
    r"bevor|avant|antes|prima|voordat|zanim|înainte|önce|prije)|"
    r"收到.{0,8}(?:正确|更正|新的?)|once (?:we (?:receive|have)|"
    r"corrected|the credit)|after (?:receiving|"
    r"we receive)|"
    r"dès (?:réception|que nous aurons)|sobald|una vez (?:recibid|corregid)|non appena|assim que|"
    r"zodra|"
    r"po otrzymaniu|după primirea|så snart|aldıktan sonra|nakon primitka|訂正後|修正後|差し替え"
)


# ---------------------------------------------------------------------------------------------
# Round four: phrase families a fourth writer used, widened per language (see phrasebook.py in
# the tests for the sentences they were checked against). Appended to the cue alternations below.
# ---------------------------------------------------------------------------------------------

# A sentence may run across an e-mail address ("… to ap@buyer.example instead"): dots inside a
# word do not end it.
_SPAN = r"(?:[^.\n]|\.(?=\w))"

DISPUTE_MORE = (
    # "we do not agree", "this is not what was agreed"
    r"(?:do not|don't|cannot|can't) agree|\bdisagree|not what (?:was|we|had been) (?:agreed|"
    r"ordered|quoted)|(?:was|were) never agreed|ne sommes pas d'accord|pas (?:ce qui|ce que) "
    r"(?:a été|était|nous avions) convenu|n'a jamais été convenu|nicht einverstanden|"
    r"entspricht nicht (?:der|dem|unserer|unserem)|nicht vereinbart|(?:no es|no fue|no era) lo "
    r"que (?:se )?(?:acordó|acordamos|pactamos|pactó|convino)|nunca se (?:pactó|pactaron|acordó)|"
    r"en ningún momento se (?:pactó|pactaron|acordó|acordaron)|non siamo d'accordo|"
    r"non è (?:quanto|ciò che|quello che) (?:\w+ )?(?:concordato|pattuito|convenuto)|"
    r"não concordamos|não (?:é|foi|era) o que (?:foi|tinha sido|havíamos) (?:acordado|combinado)|"
    r"niet (?:mee )?eens|niet wat (?:er )?(?:was |is )?(?:afgesproken|overeengekomen)|"
    r"nie zgadzamy|nie jest zgodne z (?:ustaleniami|umową|zamówieniem|ofertą)|"
    r"nu (?:este|e) ceea ce (?:s-a convenit|am convenit|am stabilit)|håller inte med|"
    r"inte (?:det |vad )?(?:som )?vi (?:kom överens om|avtalat|kommit överens om)|"
    r"anlaştığımız \w+ değil|katılmıyoruz|ne slažemo|nije (?:ono )?što (?:je|smo) "
    r"(?:dogovoreno|dogovorili)|同意(?:でき|いたし)(?:ません|かねます)|不同意|不认可|"
    # "we were charged twice"
    r"(?:charged|billed|invoiced) (?:us )?(?:twice|two times|double)|(?:facturée?s?|débitée?s?) "
    r"deux fois|doppelt (?:berechnet|fakturiert|in rechnung gestellt|belastet)|"
    r"(?:cobrad|facturad)\w* dos veces|(?:fatturat|addebitat)\w* due volte|"
    r"(?:cobrad|faturad)\w* duas vezes|twee keer (?:gefactureerd|aangerekend|in rekening)|"
    r"dwukrotnie|de două ori|två gånger|dubbel(?:t)? (?:debiter|faktur)\w*|iki kez|dvaput|"
    r"dva puta|二重(?:に)?請求|重复(?:开票|收费|计费|扣款)|"
    # "we reject / refuse the invoice"
    r"\bwe (?:reject|refuse|decline)|refuse to pay|nous (?:refusons|rejetons)|"
    r"lehnen [^.]{0,40}\bab\b|rechazamos|respingiamo|rifiutiamo|recusamos|rejeitamos|"
    r"(?:wij|we) weigeren|odrzucamy|refuzăm|respingem|vi (?:godtar|accepterar|godkänner) inte|"
    r"reddediyoruz|odbijamo|拒绝(?:接受|支付)?|お断り|"
    # "we do not recognise this charge"
    r"(?:do not|don't) recogni[sz]e|ne reconnaissons pas|no (?:la |lo |los |las )?reconocemos|"
    r"non (?:la |lo |le |li )?riconosciamo|não (?:o |a |os |as )?reconhecemos|"
    r"(?:erkennen|herkennen) (?:wij|we) niet|nu (?:o |le )?recunoaștem|känner inte igen|"
    r"tanımıyoruz|cancel (?:this|the|that) (?:fee|charge)|cancelar (?:ese|este|el) cargo|"
    r"annuler (?:ces|les|cette|ce) (?:frais|pénalités|intérêts)|"
    # "the price differs from the order"
    r"differs? from (?:the|our|your)|weich\w* [^.]{0,40}\bab\b|no corresponde|wijkt [^.]{0,30}af|"
    r"różni się|diferă (?:de|față)|avviker från|farklı (?:geldi|fatura)|razlikuje se|"
    # missing / short goods
    r"\bil manque|\bmanquent|\bmancano|\bmanca\b|\bnedostaj\w*|only \d+ (?:of|out of)|"
    r"(?:service|work|repair|installation|job|maintenance|training)s? [^.]{0,30}(?:never|not) "
    r"(?:been )?(?:carried out|provided|rendered|done|performed)|never (?:carried out|rendered)|"
    r"実際(?:に)?(?:納品|入荷|届い)|数量が不足|不足して(?:おり|い)|差し引いた|"
    # a credit note still awaited
    r"(?:attendons|aspettiamo|attendiamo|aguardamos|esperamos|esperando|wachten|czekamy|"
    r"așteptăm|väntar|bekliyoruz|čekamo|waiting|warten)[^.]{0,40}(?:\bavoir\b|nota di credito|"
    r"nota de cr[ée]dito|creditnota|korekt\w*|korygując\w*|nota de credit|kreditfaktura|"
    r"iade faturas\w*|knjižn\w*|credit (?:note|memo)|gutschrift)|knjižn\w* obavijest\w*|"
    r"fiyat farkı|incomplèt\w*|"
    r"(?:price|amount|quantity|rate|total|pricing)\b[^.]{0,40}\b(?:is|are|was|were) (?:wrong|"
    r"incorrect|too high)"
)

# A corrected invoice is asked for because the first one is wrong: a dispute, not a copy.
CORRECTED = (
    r"corrected|amended|rectified|rectificativ\w*|corrigée?|korrigiert\w*|berichtigt\w*|"
    r"corregid\w*|rettificat\w*|corrett[ao]|corrigid\w*|gecorrigeerd\w*|korygując\w*|"
    r"poprawion\w*|corectat\w*|rättad\w*|korrigerad\w*|düzeltilmiş|ispravljen\w*|差し引い|"
    r"訂正|修正|更正"
)

PLAN_MORE = (
    r"split (?:the |this |our )?(?:payment|amount|invoice|balance|sum|it)|spread (?:the |this )?"
    r"(?:payment|amount|balance|cost)s? over|échelonn\w*|étaler (?:le|les|ce) (?:paiement|"
    r"règlement|montant)|in (?:zwei|drei|vier|fünf|sechs|\d) (?:teilen|tranchen|teilbeträgen)|"
    r"auf (?:zwei|drei|vier|fünf|sechs|\d) monate (?:verteilen|aufteilen)|dividir (?:el|o) "
    r"(?:pago|pagamento|importe|monto|valor)|parcialidades|mensualidades|fraccionar|plan de pagos|"
    r"dividere (?:il )?(?:pagamento|importo)|in (?:due|tre|quattro|\d) tranche|dilazion\w*|"
    r"em (?:duas|três|quatro|cinco|\d) vezes|parcelamento|(?:splitsen|opsplitsen|spreiden)|"
    r"in (?:twee|drie|vier) delen|podzielić (?:płatność|kwotę|należność)|rozłoż\w*|"
    r"împărți(?:m)? plata|eșalon\w*|dela upp (?:betalningen|beloppet)|avbetalningsplan|"
    r"bölebilir|taksitlendir\w*|podijeliti (?:plaćanje|iznos|uplatu)|"
    r"[2-9二三四五六]回に分け|分割(?:で|払い)|分(?:[2-9两二三四五六])次(?:支付|付款)"
)

WRONG_CONTACT_MORE = (
    rf"contact {_SPAN}{{0,60}}(?:from now on|going forward|in future|henceforth)|"
    rf"(?:send|address|direct|forward) (?:all |your |any |future |these |the )?(?:payment )?"
    rf"(?:reminders|invoices|statements|correspondence|dunning letters)"
    rf"(?: {_SPAN}{{0,20}})? to\b|"
    r"contacter désormais|désormais (?:contacter|écrire|adresser)|adresser (?:vos|les) "
    r"(?:relances|factures|rappels)|ne (?:traite|gère) plus|changé de (?:poste|service|fonction)|"
    r"wenden sie sich (?:bitte )?(?:künftig|zukünftig|ab sofort|direkt)|"
    r"contacten? (?:a partir de ahora|en adelante|de ahora en adelante)|dirigir (?:los|las|sus) "
    r"(?:recordatorios|facturas|avisos|correos)|dej(?:é|ó) de (?:ocuparme|ocuparse|llevar|"
    r"gestionar|encargarme|encargarse)|"
    r"(?:contattare|scrivere|inviare|rivolgersi|indirizzare)[^.]{0,40}d'ora in poi|"
    r"d'ora in poi (?:\w+ ){0,3}(?:contattare|scrivere|inviare|rivolgersi)|"
    r"ho cambiato (?:ufficio|reparto|ruolo|mansione|incarico)|"
    r"deix(?:ei|ou) de (?:tratar|acompanhar|ser (?:o |a )?responsável|cuidar|gerir)|"
    r"envie[mn] (?:\w+ ){0,3}(?:avisos|faturas|lembretes|cobranças|notificações) (?:para|ao|à)|"
    r"favor (?:contatar|contactar)|(?:contatem|contactem)|"
    r"voortaan (?:naar|aan|te (?:sturen|richten)|contact)|neem voortaan contact op met|"
    r"już u nas nie pracuj\w*|nie pracuje już u nas|proszę (?:o )?kontakt\w* (?:się )?z|"
    r"hanterar inte längre|inte längre (?:hanterar|ansvarar|jobbar|arbetar)|"
    rf"skicka (?:\w+ ){{0,3}}(?:påminnelse\w*|faktur\w*|krav\w*) {_SPAN}{{0,10}}till|"
    r"bytt (?:tjänst|avdelning|roll|jobb)|gått över till (?:en annan|ny)|kontakta "
    rf"{_SPAN}{{0,50}}(?:framöver|istället|i stället)|"
    rf"artık {_SPAN}{{0,40}}çalışmıyorum|(?:hatırlatma|fatura|ihtar)\w* {_SPAN}{{0,60}}"
    r"(?:gönderin|gönderiniz|iletin|iletiniz)|"
    rf"(?:opomene|podsjetnike|račune|obavijesti) {_SPAN}{{0,30}}(?:šaljete|šaljite|pošaljite)|"
    r"担当(?:では|じゃ)なくな|担当(?:から)?(?:外れ|離れ)|改为?联系|"
    r"(?:no longer|not) (?:in charge of|responsible for|handling|working (?:in|on))"
)

COPY_MORE = (
    r"reinvi\w*|(?:nunca|não) (?:recebemos|recebi)|nismo (?:nikada |nikad )?primili|"
    r"pošalj\w* {0,1}[^.]{0,30}(?:ponovno|ponovo|još jednom)|"
    r"nog (?:eens|een keer) (?:door)?(?:sturen|toesturen|versturen|mailen)|"
    r"請求書[^。]{0,12}(?:届いて|受け取って)(?:おりません|いません|おらず)|請求書[^。]{0,12}未着"
)
# "We can't find this invoice in our system": a copy is wanted (the sentence must name an invoice).
NOT_FOUND = (
    r"(?:can't|cannot|could not|couldn't|unable to) (?:find|locate)|ne (?:trouvons|retrouvons) "
    r"pas|(?:finden|finde) [^.]{0,40}nicht|no (?:encontramos|localizamos|hallamos)|"
    r"non (?:troviamo|riusciamo a trovare)|não (?:encontramos|localizamos)|"
    r"(?:vinden|vind) [^.]{0,40}niet|nie (?:możemy )?(?:znaleźć|odnaleźć|znajdujemy)|"
    r"nu (?:găsim|putem găsi)|hittar inte|bulamıyoruz|bulamadık|ne (?:možemo )?(?:pronaći|"
    r"nalazimo)|見当たりません|找不到"
)
INVOICE_WORD = r"invoice|factur|rechnung|fattura|fatura|factuur|faktur|račun|请求書|請求書|发票"

PROCESSING_MORE = (
    r"(?:awaiting|waiting for|pending) (?:the )?(?:\w+ ){0,2}signature|attend la signature|"
    r"en attente de (?:la )?signature|wartet auf (?:die )?unterschrift|pendiente de (?:la )?firma|"
    r"in attesa (?:della )?firma|aguarda\w* (?:a )?assinatura|wacht op (?:de )?handtekening|"
    r"czeka\w* na podpis|așteaptă semnătura|väntar på [^.]{0,30}underskrift|imza\w* bekl\w*|"
    r"čeka\w* potpis|署名待ち|押印待ち|等[^。]{0,8}签字|tramitando|autorizzativ\w*|"
    r"odobravanj\w*|fluxo de aprova\w*|circuito de aprobaci\w*|goedkeurings\w*|"
    r"onay (?:sürecinde|aşamasında|bekliyor)|(?:verificando|controllando) [^.]{0,30}internamente|"
    r"intern (?:gecontroleerd|beoordeeld|goedgekeurd)"
)

HELPDESK_MORE = (
    r"incidencia|se ha (?:creado|abierto|registrado) (?:la|el|un|una) (?:incidencia|ticket|caso|"
    r"solicitud)|zahtjev pod brojem|otvorili (?:smo )?zahtjev|zaprimili smo (?:vaš|vašu)|"
    r"(?:will|shall) (?:respond|reply|get back to you|answer) (?:to you )?within|"
    r"vous répondr\w* (?:dans|sous)|(?:wird|werden) sich innerhalb|"
    r"(?:le|les) responderá en un plazo|responderá en un plazo|vi risponderà entro|"
    r"responderá (?:em|dentro)|(?:antwoorden|reageren|respond|reply|answer|get back)[^.]{0,30}"
    r"(?:binnen|within) \d+|"
    r"odpowie (?:w ciągu|w terminie)|vă va răspunde în|återkommer inom|"
    r"odgovorit će (?:vam )?u roku|içinde (?:size )?(?:dönüş|yanıt)"
)

AUTO_MORE = (
    r"generad[oa] automáticamente|automatski generiran\w*|generated automatically|"
    r"généré automatiquement|automatisch (?:generiert|gegenereerd)|generat[oa] automaticamente|"
    r"gerad[oa] automaticamente|generat automat|automatiskt genererat|otomatik olarak oluşturul\w*|"
    r"no responda a esta|do not reply to this|ne pas répondre à ce"
)

CONDITIONAL_MORE = (
    r"(?:aspettiamo|attendiamo)[^.]{0,60}prima di|dok ne (?:primimo|dobijemo)|"
    r"until (?:this|the (?:matter|issue|dispute)) is (?:resolved|clarified)|bis zur klärung|"
    r"hasta que se (?:resuelva|aclare)|netleşene kadar|do czasu (?:wyjaśnienia|korekty)|"
    r"do tego czasu|"
    r"jusqu'à (?:la )?(?:résolution|réception)"
)

DISPUTE = DISPUTE + "|" + DISPUTE_MORE
PLAN = PLAN + "|" + PLAN_MORE
WRONG_CONTACT = WRONG_CONTACT + "|" + WRONG_CONTACT_MORE
COPY = COPY + "|" + COPY_MORE
PROCESSING = PROCESSING + "|" + PROCESSING_MORE
HELPDESK = HELPDESK + "|" + HELPDESK_MORE
AUTO_WORDING = AUTO_WORDING + "|" + AUTO_MORE
CONDITIONAL = CONDITIONAL + "|" + CONDITIONAL_MORE


# ---------------------------------------------------------------------------------------------
# Round five: core vocabulary. The plain participles, adjectives, past tenses, passives and
# evidentials a native speaker uses for "paid", the present-for-future and separable verbs for
# "will pay", and the bank words that evidence a payment (see corebook.py in the tests).
# ---------------------------------------------------------------------------------------------

# "paid" as a participle or adjective, every gender and number, in the 14 languages.
PAID_PARTICIPLE = (
    r"(?:paid|settled|transferred|remitted|wired|credited|"
    r"payée?s?|réglée?s?|virée?s?|soldée?s?|acquittée?s?|"
    r"bezahlt|überwiesen|beglichen|gezahlt|"
    r"pagad[oa]s?|abonad[oa]s?|transferid[oa]s?|liquidad[oa]s?|ingresad[oa]s?|"
    r"pagat[oaie]|saldat[oaie]|bonificat[oaie]|"
    r"pag[oa]s?|quitad[oa]s?|"
    r"betaald|voldaan|overgemaakt|overgeboekt|"
    r"zapłacon[eyaoi]\w*|opłacon[eyaoi]\w*|przelan[eyaoi]\w*|uregulowan[eyaoi]\w*|"
    r"zapłacono|opłacono|przelano|uregulowano|"
    r"plătit[ăe]?|platit[ăe]?|achitat[ăe]?|virat[ăe]?|"
    r"betalt|betald[a]?|betalats|betalat|inbetal[td]\w*|överför[td]\w*|"
    r"ödendi|ödenmiştir|ödenmişti|"
    r"plaćen[oaie]?|uplaćen[oaie]?|podmiren[oaie]?)(?! ćemo| ću)"
)
# "today", "yesterday", "this morning", "last week": a past or present payment time.
PAST_TIME = (
    r"(?:today|yesterday|this morning|last (?:week|friday|monday|night)|earlier today|"
    r"aujourd'hui|hier|ce (?:matin|jour)|heute|gestern|heute morgen|hoy|ayer|esta mañana|"
    r"oggi|ieri|stamattina|stamane|hoje|ontem|esta manhã|vandaag|gisteren|vanochtend|"
    r"vanmorgen|dzisiaj|dziś|wczoraj|rano|azi|astăzi|ieri|idag|igår|i går|i dag|i morse|"
    r"bugün|dün|danas|jučer|jutros|本日|昨日|今日|今天|昨天)"
)
PAID_CORE = (
    # one-word answers and "invoice X: paid", possibly after "already" / "all" / a time word
    rf"^\W*(?:(?:already|all|fully|now|alles|bereits|schon|déjà|tout|ya|todo|già|tutto|já|tudo|"
    rf"al|alles|już|wszystko|deja|tot|redan|allt|zaten|hepsi|već|sve|{PAST_TIME})\s+)?"
    rf"{PAID_PARTICIPLE}\b(?!\s*\?)(?!\s+(?:invoices?|bills?|items?|amounts?|wird|werden|"
    rf"zostanie|zostaną|sarà|saranno|será|serão|sera|seront|will|va fi|vor fi|bit će|kommer))|"
    rf"{PAST_TIME}\s+(?:\w+\s+){{0,2}}?{PAID_PARTICIPLE}\b|"
    rf"(?:^|[\s(:])(?:invoice|facture|rechnung|factura|fattura|fatura|factuur|faktura|factura|"
    rf"fakturan?|fatura|račun)\s+\S*\d\S*\s+(?:(?:is|est|ist|è|é|está|jest|este|är|je|su)\s+)?"
    rf"{PAID_PARTICIPLE}\b|"
    rf"\b(?:fattura|fatture|fatura|faturas|faktura|faktury|factura|facturas|facture|factures|"
    rf"rechnung|factuur|fakturan|račun|fatura) {PAID_PARTICIPLE}\b(?!\s*\?)|"
    r"\bprocessed (?:the |your |our |this )?(?:payment|transfer|remittance)\b|"
    # "X is / are paid", copula + participle
    r"\b(?:is|are|is now|are now|is already|are all|has been fully) (?:paid|settled)\b|"
    r"\b(?:est|sont|c'est) (?:bien |déjà |maintenant )?(?:payée?s?|réglée?s?|soldée?s?)|"
    r"\b(?:ist|sind) (?:\w+ )?(?:bezahlt|beglichen|überwiesen)|"
    r"\b(?:está|están|estão|esta) (?:ya )?(?:pagad[oa]s?|pag[oa]s?|abonad[oa]s?|liquidad[oa]s?|"
    r"quitad[oa]s?)|"
    r"\b(?:è|sono) (?:già )?(?:pagat[oaie]|saldat[oaie])|"
    r"\b(?:jest|są) (?:już )?(?:zapłacon|opłacon|uregulowan)\w*|"
    r"\b(?:este|sunt) (?:deja )?(?:achitat|plătit)\w*|"
    r"\b(?:är|blev) (?:nu )?(?:betald|betalda|betalt|överförd\w*)|"
    # en: released / executed / credited / processed (India, US, UK)
    r"(?:payment|amount|funds|transfer|remittance)\b.{0,80}?(?:has|have) been (?:released|"
    r"credited|executed|processed|made|sent|initiated|transferred)|"
    r"(?:released|credited|executed) [^.]{0,40}?(?:through|via|by) (?:neft|rtgs|imps|upi|bacs|"
    r"ach|wire|sepa|swift|chaps)|\butr (?:no|number|ref)|"
    r"(?:we|i) (?:have )?(?:released|cleared|processed|executed|initiated) (?:the |your |our )?"
    r"(?:payment|invoice|transfer|amount)|"
    r"\b(?:payment|transfer|funds|money|remittance|wire) (?:(?:has|have) been |(?:was|were) "
    r")?(?:released|executed|made|sent|done|completed|wired|transferred)\b(?! (?:on|by) "
    r"(?:monday|tuesday|wednesday|thursday|friday|tomorrow|next))|"
    # fr
    r"(?:j'ai|nous avons|on a) (?:bien |déjà )?(?:réglé|payé|viré|soldé|acquitté)|"
    r"virement (?:effectué|émis|envoyé|fait|réalisé)|paiement (?:effectué|envoyé|fait|réalisé)|"
    r"(?:règlement|chèque|paiement) [^.]{0,30}(?:a été|ont été) (?:adressée?|envoyée?|expédiée?|"
    r"remise?)|"
    # de
    r"(?:überweisung|zahlung) (?:ist |wurde )?(?:heute |gestern )?(?:ausgeführt|erfolgt|raus|"
    r"rausgegangen|getätigt)|rausgegangen|(?:haben|hab|habe) (?:wir|ich) [^.]{0,40}(?:gezahlt|"
    r"bezahlt|überwiesen|beglichen)|(?:wurde|ist|sind|wurden) [^.]{0,50}angewiesen\b|"
    r"(?:schon|bereits) (?:überwiesen|gezahlt|beglichen)|"
    # es
    r"(?:pagué|pagamos ya|aboné|transferí|ingresé|hice la transferencia|os lo hemos ingresado|"
    r"hemos ingresado|ya (?:os |le |les |te )?(?:lo |la )?(?:hemos )?(?:pagado|abonado|"
    r"ingresado|transferido))|(?:transferencia|pago|ingreso|abono) (?:realizad[oa]|efectuad[oa]|"
    r"hech[oa]|enviad[oa])|"
    # it
    r"(?:ho|abbiamo) (?:già )?(?:pagato|saldato|bonificato|fatto il bonifico|disposto)|"
    r"(?:bonifico|pagamento) (?:fatto|effettuato|eseguito|disposto|inviato)|"
    # pt
    r"(?:paguei|pagamos já|já pagamos|já paguei|transferi|fiz o (?:pix|pagamento|depósito)|"
    r"fizemos o (?:pix|pagamento|depósito)|pagámos|efetuei|depositamos|depositei)\b|"
    r"(?:pix|transferência|pagamento|depósito|ted|doc|boleto) (?:já )?(?:feit[oa]|efetuad[oa]|"
    r"realizad[oa]|enviad[oa]|pag[oa]|quitad[oa])|"
    # nl
    r"(?:heb|hebben) (?:ik|we|wij) [^.]{0,40}(?:betaald|overgemaakt|voldaan)|"
    r"(?:overgemaakt|overgeboekt|betaald) (?:op|om|per|via)\b|"
    # pl
    r"(?:zrobiłam|zrobiłem|wysłałam|wysłałem|zleciłam|zleciłem) (?:\w+ ){0,2}?przelew|"
    r"przelew (?:został )?(?:wysłany|zrobiony|zlecony|wykonany|poszedł|wyszedł)|"
    r"(?:płatność|wpłata) (?:została )?(?:zrealizowana|wykonana|zaksięgowana)|"
    r"(?:zapłaciłam|opłaciłam|opłaciłem|przelaliśmy|zapłaciliśmy|opłaciliśmy)|"
    # ro
    r"(?:suma|plata|factura|suma de|ordinul de plată) [^.]{0,30}(?:a fost|au fost) "
    r"(?:virat|achitat|plătit|transferat|efectuat|făcut)\w*|am achitat|am plătit|"
    # sv
    r"(?:jag|vi) (?:har )?(?:betalade|betalat|betalt|överförde|överfört|satt in)|"
    r"(?:betalning(?:en)?|pengarna|beloppet) (?:är|har|blev) (?:nu )?(?:betald|överförd\w*|"
    r"gjord|skickad|genomförd|inbetald)|(?:via|med|på) bankgiro(?:t)?\b[^.]{0,30}ocr|"
    # tr
    r"(?:eft|havale|ödeme|tutar|bedel|fatura bedeli)\w* [^.]{0,40}?(?:gönderilmiştir|gönderildi|"
    r"yapılmıştır|yapıldı|yatırılmıştır|yatırıldı|aktarılmıştır|aktarıldı|gerçekleştirilmiştir|"
    r"gerçekleştirildi|geçmiştir|hesabınıza geçti)|"
    r"(?:eft|havale|ödeme)\w* (?:yaptık|ettik|gerçekleştirdik|gönderdik)|"
    r"ödemesini (?:yaptık|gerçekleştirdik)|ödedik|ödedim|ödemiştik|"
    # hr
    r"(?:uplata|plaćanje|uplata je|plaćanje je) (?:je )?(?:izvršen[oa]|proveden[oa]|poslan[oa])|"
    r"(?:platio|platila|uplatio|uplatila) (?:sam|je)|(?:platili|uplatili) smo|"
    r"(?:iznos|račun|računi) (?:je|su) (?:već )?(?:uplaćen|plaćen|podmiren)\w*|"
    # ja / zh
    r"(?:支払い?|振込|振り込み|払込|入金|送金)(?:み)?済|支払い?[^。]{0,6}完了|"
    r"振込(?:手続き)?[^。]{0,6}完了|"
    r"(?:お支払い|お振込み?)(?:いたしました|しました|致しました)|"
    r"(?:钱|款|货款|款项)[^。]{0,6}(?:已经?)?(?:打过去|付过|汇过去|转过去)了|已(?:经)?打款|"
    r"(?:付|支付|转|汇)过了|已(?:经)?结清"
)

PROMISE_CORE = (
    # present-for-future with a time word ("wir zahlen nächste Woche", "saldiamo entro fine mese")
    r"(?<!before )(?<!until )(?<!if )(?<!when )(?<!once )(?<!unless )(?<!that )"
    r"\b(?:we|i) (?:can|could|should be able to|are going to|are|am) (?:\w+ )?(?:pay|paying|"
    r"settle|settling|transfer|transferring|release|releasing)\b(?! (?:\w+ )?attention)|"
    r"\b(?:wir|ich) (?:zahlen|zahle|überweisen|überweise|begleichen|begleiche|bezahlen|bezahle)\b"
    r"(?![^.,;]{0,50}\bnicht\b)|"
    r"\b(?:je vous |nous vous |on vous )?(?:vous )?(?:paie|paye|règle|réglons|payons|virons) "
    r"(?:la |les |le |cette |ces |\w+ )?(?:facture|factures|montant|solde|demain|lundi|mardi|"
    r"mercredi|jeudi|vendredi|d'ici|avant|en fin)|on vous fait le virement|"
    r"(?:os|le|les|te) (?:pago|pagamos|transfiero|transferimos|abono|abonamos|ingreso|"
    r"ingresamos)\b|(?:te|os|le|les) hago la transferencia|(?:mañana|el lunes|el martes|"
    r"el miércoles|el jueves|el viernes) (?:os |le |les |te )?(?:pagamos|transferimos|abonamos)|"
    r"(?:vi )?(?:paghiamo|saldiamo|bonifichiamo|facciamo il bonifico|facciamo il pagamento)\b|"
    r"(?:bonifico|pagamento) partirà|partiranno|"
    r"(?:faço|fazemos|faremos) o (?:pix|pagamento|depósito|ted)|a gente (?:já )?(?:paga|vai pagar|"
    r"quita|transfere|faz o (?:pix|pagamento))\b|pagamos (?:amanhã|na|no|até|"
    r"dia|semana)|pago (?:amanhã|na|no|até|dia)|"
    # "ik maak factuur X (€ 6.204,75) volgende week vrijdag over"; not "maak me zorgen over"
    r"\b(?:we|wij|ik) maken (?!(?:me|mij|ons|je|u|zich)\b)"
    r"(?![^.]{0,30}(?:zorgen|afspra))[^.]{0,60}\bover\b|"
    r"(?:betalen|overmaken|voldoen) doen (?:we|wij|ik)\b|"
    r"\bmaak (?:ik |we |wij )?(?:het|dit|dat|die|de|deze|factuur|facturen|\u20ac|eur|\d)"
    r"(?![^\n]{0,30}(?:zorgen|afspra))[^\n]{0,80}\bover\b|"
    r"(?:zapłacę|przeleję|opłacę|zrobię przelew|przelew (?:zrobimy|wyślemy|puścimy))|"
    r"\b(?:plătim|achităm|virăm|facem plata|o să (?:plătim|achităm|virăm))\b|"
    r"\b(?:vi|jag) (?:för|för vi) över\b|för (?:vi|jag) över|(?:vi|jag) (?:betalar|ska betala|"
    r"kommer att betala)|"
    r"(?:ödemeyi|ödeme(?:sini)?|eft(?:yi)?|havaleyi) [^.]{0,30}?(?:yaparız|yapacağız|"
    r"gerçekleştireceğiz|göndeririz|göndereceğiz)|ödeyeceğim|ödeyeceğiz|öderiz|"
    r"\b(?:platim|uplatim|uplatit ćemo|platit ćemo|podmirit ćemo|platiti ćemo)\b|"
    r"(?:uplatu|plaćanje) ćemo (?:izvršiti|napraviti|poslati)|ćemo (?:izvršiti|napraviti) uplatu|"
    r"(?:支払|振込|振り込み|お振込み?)(?:を)?(?:いたします|します|致します)|払います|"
    r"(?:今天|明天|后天|下周|本周|周[一二三四五六日]|月底|月末)(?:会|就|安排)?(?:付款|支付|转账|"
    r"汇款)"
)

# "if / whether / once" before a paid form: a condition or an embedded question, no report.
EMBEDDED = (
    r"\b(?:if|whether|once|unless|in case|(?:cannot|can't|unable to|please|kindly|can you|"
    r"could you) (?:confirm|verify|check)|ob|wenn|falls|sobald|si|"
    r"qualora|caso|dacă|daca|czy|jeśli|jeżeli|eğer|ako|čim|indien|zodra|så snart)\b(?![/\-]\d)"
)

# Words for time ahead: a pay verb beside one promises ("wir zahlen nächste Woche").
FUTURE_TIME = (
    r"tomorrow|next (?:week|month|monday|tuesday|wednesday|thursday|friday)|end of (?:the|this) "
    r"month|this week|demain|semaine prochaine|fin du mois|d'ici|morgen|übermorgen|nächste woche|"
    r"ende (?:des|dieses|nächster)|kommende woche|mañana|semana que viene|próxima semana|"
    r"fin de mes|domani|prossima settimana|fine mese|settimana prossima|amanhã|fim do mês|"
    r"morgen|volgende week|eind van de maand|jutro|przyszłym tygodniu|do końca miesiąca|mâine|"
    r"săptămâna viitoare|sfârșitul lunii|imorgon|i morgon|nästa vecka|slutet av månaden|yarın|"
    r"gelecek hafta|haftaya|ay sonu|sutra|sljedeći tjedan|idući tjedan|do kraja mjeseca|明日|"
    r"来週|月末|明天|下周|月底"
)

# Payment nouns and bank words that evidence a payment in each country.
PAY_WORD = (
    r"payments?\b|transfer\b|wire\b|remittance|bacs|neft|rtgs|imps|utr\b|ach\b|"
    r"virement|paiement|règlement|zahlung|überweisung|sepa|transferencia|pago\b|ingreso\b|"
    r"bonifico|pagamento|transferência|pix\b|boleto|\bted\b|overboeking|betaling|"
    r"przelew\w*|wpłat\w*|płatność|plata\b|ordin(?:ul)? de plată|\bop\b|betalning\w*|"
    r"bankgiro\w*|plusgiro|swish|ocr\b|ödeme\w*|havale\w*|eft\b|uplat\w*|plaćanje|virman\w*|"
    r"振込|振り込み|送金|入金|转账|汇款|付款|打款"
)

WRONG_CONTACT_CORE = (
    r"não (?:trato|cuido|sou responsável|respondo) mais|já não (?:trato|cuido|sou)|"
    r"\bga (?:ik )?(?:niet meer|niet langer) over|niet meer (?:verantwoordelijk|bezig met)|"
    r"(?:bu konulara|bu işlere|faturalara|ödemelere|muhasebe\w*) (?:artık )?"
    r"(?:bakmıyorum|ilgilenmiyorum|bakmamaktayım)|artık [^.]{0,40}(?:ilgilenmiyorum|bakmıyorum|"
    r"sorumlu değilim)|(?:sorumlu|yetkili) değilim|"
    r"ile iletişime geç(?:in|iniz|ebilirsiniz)|"
    r"više ne (?:radim|vodim|pratim)|nisam (?:više )?(?:zadužen|nadležn)\w*|"
    r"no longer (?:deal|work) with|ya no (?:llevo|gestiono|trabajo)|non mi occupo più|"
    r"nie zajmuję się już|nu mă mai ocup|jobbar inte längre|ne m'occupe plus|"
    r"nicht mehr zuständig|不再负责|已不负责|不负责"
)

CONDITIONAL_CORE = (
    r"após (?:a )?(?:conclusão|aprovação|receção|recepção|recebimento|validação)|"
    r"after (?:approval|the approval|receipt|sign-?off)|once (?:approved|received|signed)|"
    r"nach (?:freigabe|erhalt|eingang|prüfung)|après (?:validation|réception|approbation|accord)|"
    r"una vez (?:aprobad|validad)\w*|dopo (?:l'approvazione|la ricezione|aver ricevuto)|"
    r"na (?:goedkeuring|ontvangst)|po (?:zatwierdzeniu|akceptacji)|după (?:aprobare|validare)|"
    r"efter (?:attest|godkännande)|onaylandıktan sonra|nakon (?:odobrenja|primitka)|"
    r"承認後|收到[^。]{0,12}后再|审批后|审批通过后|once we (?:receive|have) (?:the|a|your) "
    r"(?:corrected|credit|new|revised|amended)|after (?:receiving|we receive) (?:the|a|your) "
    r"(?:corrected|credit|new|revised)|sobald (?:die|der|wir) [^.,]{0,30}(?:gutschrift|"
    r"korrigierte|freigabe|korrektur)|dès réception (?:de l'avoir|de la facture corrigée)|"
    r"una vez recibid[oa] (?:el abono|la factura rectificativa|la nota)|"
    r"收到.{0,8}(?:正确|更正|新的?)"
)

COPY_CORE = (
    r"(?:nochmal|noch einmal|erneut) [^.]{0,40}(?:schicken|senden|zusenden|zukommen lassen|"
    r"übermitteln|mailen)|send (?:it|them|this|that|the invoice) (?:over |through )?again|"
    r"(?:nous |me )?(?:la |le |les )?renvoyer|volver a (?:enviar|mandar)|enviar de nuevo|"
    r"(?:inviare|mandare) di nuovo|rimandar\w*|enviar (?:novamente|de novo)|mandar de novo|"
    r"opnieuw (?:sturen|toesturen|versturen|mailen|zenden)|(?:ponownie|jeszcze raz) "
    r"(?:przesłać|wysłać)|przesłać ponownie|retrimite\w*|trimite\w* din nou|"
    r"skicka (?:\w+ )?(?:igen|en gång till)|skicka om\b|tekrar (?:gönder|ilet)\w*|"
    r"yeniden gönder\w*|再送|再発行|重新发送|再发一(?:次|份)|补发"
)

# "paid within the term / on time": an argument against a penalty, not a payment report.
ON_TIME = (
    r"on time|in time|within the (?:agreed |contractual |payment )?(?:term|deadline|period)|"
    r"dans les délais|dans le délai|fristgerecht|rechtzeitig|innerhalb der frist|a tiempo|"
    r"en plazo|dentro del plazo|nei termini|entro i termini|in tempo|no prazo|dentro do prazo|"
    r"op tijd|binnen de termijn|w terminie|na czas|în (?:acest )?termen|la termen|i tid\b|"
    r"inom (?:förfallo)?tiden|zamanında|vadesinde|u roku|na vrijeme|期限内|期日までに|按时|如期"
)

CASH_FLOW_CORE = (
    r"de golpe|in one go|all at once|d'un coup|en une (?:seule )?fois|auf einmal|in einem betrag|"
    r"in una (?:sola )?volta|de uma (?:só )?vez|in één keer|na raz|jednorazowo|dintr-o dată|"
    r"på en gång|tek seferde|odjednom|一括|一次性|tesorería|tesouraria|tesoreria"
)

# A credit note is what the customer waits for: its absence is a dispute, never a copy request.
CREDIT_WORD = (
    r"credit ?note|credit memo|avoir|gutschrift|nota de cr[ée]dito|nota di credito|creditnota|"
    r"korekt\w*|korygując\w*|nota de credit|notă de credit|kreditnota|kreditfaktura|"
    r"iade fatura\w*|odobrenj\w*|赤伝|红字"
)

PAID = PAID + "|" + PAID_CORE
PROMISE = PROMISE + "|" + PROMISE_CORE
WRONG_CONTACT = WRONG_CONTACT + "|" + WRONG_CONTACT_CORE
# "once the credit note arrives we will pay": a payment that waits on a corrected document.
CONDITIONAL_CORE += (
    r"|(?:\bonce|\bwhen|\bafter|as soon as|sobald|\bwenn|\bnach|dès que|lorsque|quand|après|"
    r"cuando|una vez|en cuanto|non appena|\bdopo|assim que|\bquando|após|zodra|wanneer|"
    r"\bgdy|kiedy|\bpo\b|când|după|imediat ce|\bnär|så snart|\befter|\bčim|\bkad|nakon)"
    r"[^.]{0,40}(?:" + CREDIT_WORD + r"|corrected|revised|korrigiert\w*|corrigée?|corregida|"
    r"corretta|corrigida|gecorrigeerde|poprawion\w*|corectat\w*|rättad|düzeltilmiş|"
    r"ispravljen\w*)"
)
# "we always pay at 60 days": a habit, not a promise.
HABITUAL = (
    r"\b(?:always|usually|normally|generally|grundsätzlich|immer|normalerweise|toujours|"
    r"d'habitude|généralement|siempre|normalmente|habitualmente|sempre|di solito|altijd|"
    r"gewoonlijk|normaal|zawsze|zazwyczaj|întotdeauna|de obicei|alltid|vanligtvis|normalt|"
    r"her zaman|genellikle|daima|uvijek|obično)\b|いつも|通常|一般|总是|通常"
)
CONDITIONAL = CONDITIONAL + "|" + CONDITIONAL_CORE

# "went through our BACS run on Monday": a past run, not a scheduled one.
PAST_RUN = (
    r"(?:went|gone|was|were|got) (?:out )?(?:through|in|with|into|on) (?:our|the|last|this|"
    r"yesterday's|monday's|friday's) (?:\w+ )?(?:payment |bacs |ach |wire |check |cheque |"
    r"supplier )?(?:run|batch)\b|(?:should|will) (?:have|see) (?:it|this|them|the \w+) (?:by now|"
    r"already)"
)
PAID_CORE_MORE = (
    PAST_RUN + r"|\b(?:betalades|överfördes|betalats|inbetalades)\b|"
    r"\b(?:we|i) (?:have )?(?:settled|cleared|remitted|wired) (?:\w+ )?(?:in full|invoice|it|"
    r"the|this|all)"
)
# "we plan the payment for next week", "płatność planujemy na przyszły tydzień"
PLAN_TO_PAY = (
    r"(?:planujemy|przewidujemy|zaplanowaliśmy|prévoyons|tenemos previsto|prevemos|prevediamo|"
    r"abbiamo previsto|planejamos|planeamos|plannen|planificăm|preconizăm|estimăm|planerar|"
    r"räknar med att|planlıyoruz|planiramo|očekujemo|we expect|we plan|wir planen|planen wir|"
    r"rechnen mit)[^.]{0,40}(?:" + PAY_WORD + r"|pay|zapłac|opłac|przel|payer|régler|pagar|"
    r"pagare|betalen|plăti|achita|betala|ödeme|platiti|uplatiti|zahl|überweis)|(?:"
    + PAY_WORD
    + r")[^.]{0,30}(?:planujemy|przewidujemy|prévoyons|prevemos|prevediamo|"
    r"planejamos|plannen|planificăm|planerar|planlıyoruz|planiramo)"
)
# "send it again", "¿nos la podéis mandar otra vez?"
AGAIN_SEND = (
    r"\b(?:send|mandar|enviar|mandare|inviare|sturen|przesłać|przesłanie|wysłać|trimite|skicka|"
    r"gönder|pošalj|schicken|senden|envoyer|remitir)\w*[^.]{0,30}\b(?:again|otra vez|de nuevo|"
    r"nuevamente|novamente|di nuovo|ancora una volta|opnieuw|nog eens|ponownie|jeszcze raz|"
    r"din nou|igen|tekrar|yeniden|ponovno|ponovo|erneut|nochmal|noch einmal|à nouveau|"
    r"de nouveau)\b|\b(?:otra vez|de nuevo|nuevamente|novamente|di nuovo|opnieuw|ponownie|"
    r"din nou|tekrar|yeniden|ponovno|erneut|nochmal|noch einmal|à nouveau)\b[^.]{0,30}"
    r"\b(?:send|mandar|enviar|mandare|inviare|sturen|przesłać|wysłać|trimite|skicka|gönder|"
    r"pošalj|schicken|senden|envoyer|remitir)|no (?:tenemos|consta) registrad[ao]|"
    r"nie mamy (?:w systemie|zarejestrowan)"
)
PAID = PAID + "|" + PAID_CORE_MORE
PROMISE = PROMISE + "|" + PLAN_TO_PAY
COPY = COPY + "|" + AGAIN_SEND
CASH_FLOW = CASH_FLOW + (
    r"|the full amount|the whole amount|in full right now|hela beloppet|la totalidad|"
    r"todo el importe|den (?:vollen|gesamten) betrag|l'intégralité|la totalité|l'intero importo|"
    r"tutto l'importo|o valor total|o valor todo|het volledige bedrag|het hele bedrag|"
    r"całej kwoty|całość|întreaga sumă|suma integrală|tamamını|cijeli iznos|全額|全部款项|全款"
)
PLAN = PLAN + (
    r"|dela upp (?:det|den|summan|fakturan)|(?:på|over|über|en|in|em|na|în|over|u) "
    r"(?:två|tre|fyra|fem|sex|two|three|four|five|six|zwei|drei|vier|dos|tres|cuatro|due|tre|"
    r"quattro|duas|três|quatro|twee|drie|vier|dwa|trzy|cztery|două|trei|patru|dva|tri|četiri|"
    r"[2-9]) (?:månader|months|monate|meses|mesi|maanden|miesiące|luni|mjeseca|ay)\b"
)
CASH_FLOW = CASH_FLOW + "|" + CASH_FLOW_CORE
COPY = COPY + "|" + COPY_CORE
COPY_WORD = COPY_WORD + r"|\bpdf\b"
STRONG_PARTIAL = STRONG_PARTIAL + "|" + UNDISPUTED

# ---------------------------------------------------------------------------------------------
# Round six: precision. A sixth writer's replies showed cues firing on something else: "the
# rest of the payment run" (no remainder), "we cannot pay it in one go" (cash flow, no
# dispute), "as soon as it clears I send the proof" (no payment yet). And a few gaps: goods
# missing in the past tense, a request for a credit note, "we'll wire".
# ---------------------------------------------------------------------------------------------
# "together with the rest of the payment run", "the rest of the invoices": no remainder.
NOT_REMAINDER = (
    r"\b(?:samen met|together with|along with|zusammen mit|junto con|"
    r"insieme (?:a|al|alla|con)|junto com|razem z|împreună cu|tillsammans med|"
    r"zajedno s|ile birlikte) (?:de |the |den |der |dem |le |la |el |il |al |o |a |het )?"
    r"(?:rest|reste|resto|restul|resten|resztą|ostatkom|ostatak)\b"
    r"(?: (?:of|van|der|des|du|de|del|della|dello|do|da|z|din|av|od)\b)?|"
    r"\b(?:the rest|de rest|den rest|le reste|el resto|il resto|o resto|restul|resten|"
    r"reszt\w*|ostatak) (?:of|van|der|des|du|de|del|dei|delle|degli|dos|das|z|din|av|od) "
    r"(?:the |de |het |les |los |las |le |gli |os |as |our |onze |unsere[rn]? |nos |nuestr\w+ |"
    r"nostr\w+ |naszych |noastre )?(?:invoices|facturen|rechnungen|factures|facturas|fatture|"
    r"faturas|faktur|facturilor|fakturorna|račun\w*|suppliers|leveranciers|crediteur\w*|"
    r"lieferanten|fournisseurs|proveedores|fornitori|fornecedores|dostawc\w*|furnizori|"
    r"leverantör\w*|dobavljač\w*|payments|betalingen|zahlungen|paiements|pagos|pagamenti|"
    r"pagamentos|płatności|plăți|betalningar|plaćanja|batch|run|week|month|year|team|"
    r"week|maand|jaar|woche|monats|semaine|mois|semana|mes|settimana|mese|mês|tygodnia|"
    r"miesiąca|săptămân\w*|lun\w*|veckan|månaden|tjedna|mjeseca)"
)
# "we cannot pay it in full / in one go right now": cash flow, not a contest.
CASH_FLOW_SIXTH = (
    r"\bin full\b|integral\w*|de una (?:sola )?vez|en (?:su )?totalidad|en totalité|"
    r"în totalitate|w całości|i sin helhet|i sin helhet|u cijelosti|u potpunosti|volledig|"
    r"vollständig|komplett|integralmente|por completo|por inteiro|tamamen|tamamını|"
    r"in un'unica soluzione|in einer summe|en un solo pago|em uma única parcela|"
    r"全额|一度に|全額を"
)
# Goods missing, told in the past tense ("fehlten 2 Kartons", "il manquait deux cartons").
MISSING_PAST = (
    r"\bfehlten\b|\bfehlte\b|\bmanquai(?:en)?t\b|\bfaltaba(?:n)?\b|\bmancava(?:no)?\b|"
    r"\bfaltava(?:m)?\b|\bontbr(?:aken|ak)\b|\bbrakowało\b|\blipsea(?:u)?\b|\bsaknades\b|"
    r"\beksikti\b|\bnedostajal[oae]\b"
)
# Charged for all the same ("die trotzdem berechnet wurden"): the charge is contested.
CHARGED_ANYWAY = (
    r"(?:trotzdem|dennoch|aber|jedoch) (?:\w+ )?(?:berechnet|in rechnung gestellt|fakturiert)|"
    r"(?:charged|billed|invoiced) (?:us )?(?:anyway|regardless|all the same|nonetheless)|"
    r"(?:still|nevertheless|but) (?:been )?(?:charged|billed|invoiced)|"
    r"(?:quand même|pourtant|malgré tout) (?:été )?factur\w*|factur\w* quand même|"
    r"(?:igualmente|de todos modos|aun así) (?:nos )?(?:cobrad|facturad|cobraron|facturaron)\w*|"
    r"(?:cobrad|facturad)\w* (?:igualmente|de todos modos)|"
    r"(?:comunque|lo stesso) (?:\w+ )?fatturat\w*|fatturat\w* (?:comunque|lo stesso)|"
    r"(?:mesmo assim|ainda assim) (?:\w+ )?(?:cobrad|faturad)\w*|"
    r"(?:toch|evengoed) (?:\w+ )?(?:gefactureerd|in rekening gebracht|berekend)|"
    r"(?:mimo to|a jednak) (?:\w+ )?zafakturowan\w*|"
    r"(?:totuși|oricum) (?:\w+ )?facturat\w*|ändå (?:\w+ )?fakturera\w*|"
    r"yine de (?:\w+ )?faturalan\w*|ipak (?:\w+ )?(?:naplaćen|fakturiran)\w*"
)
# Asking for a credit note is contesting the invoice.
CREDIT_REQUEST = (
    r"(?:schicken|senden|übermitteln|stellen|erstellen) sie (?:uns )?(?:bitte )?(?:eine |die )?"
    r"gutschrift|bitte (?:um )?(?:eine |die )?gutschrift|"
    r"(?:inviate(?:ci)?|emettete|emettere|mandateci) (?:una |la )?nota di credito|"
    r"skicka (?:oss )?(?:en )?kredit(?:nota|faktura)|"
    r"(?:pošaljite|izdajte|izdati) (?:nam )?(?:knjižno )?odobrenje|"
    r"(?:send|issue|raise) (?:us )?(?:a |the )?credit (?:note|memo)"
)
EMBEDDED_SIXTH = (
    r"assim que|logo que|as soon as|dès que|en cuanto|tan pronto como|non appena|"
    r"de îndată ce|imediat ce|jak tylko|gdy tylko|så fort|zodra"
)
DISPUTE = DISPUTE + "|" + MISSING_PAST + "|" + CHARGED_ANYWAY + "|" + CREDIT_REQUEST
CASH_FLOW = CASH_FLOW + "|" + CASH_FLOW_SIXTH
EMBEDDED = EMBEDDED + "|" + EMBEDDED_SIXTH
PROMISE = PROMISE + (
    r"|(?:we|i)'ll (?:wire|remit|release|process|clear|initiate|schedule|send (?:over|across) "
    r"(?:the )?(?:payment|funds|transfer))|(?:we|i) will (?:wire|remit)\b"
)
# "zahlen wir so nicht", "zahlen wir in dieser Form nicht": a refusal as things stand.
NEG_PAY = NEG_PAY + (
    r"|(?:zahlen|bezahlen|begleichen) (?:wir|ich) (?:[^\W\d_]+ ){0,3}?nicht\b|"
    r"betalen (?:wij|we|ik) (?:[^\W\d_]+ ){0,3}?niet\b|"
    r"betalar (?:vi|jag) (?:[^\W\d_]+ ){0,3}?inte\b"
)

# ---------------------------------------------------------------------------------------------
# Round seven: a seventh writer. Gaps: a payment promised with "we'll be sending $X", a French
# first-person future ("je réglerai le solde"), a passive future ("dat factuur X op 30 april
# betaald wordt"), "pay only after a credit note" (a contest), "the invoice never reached us",
# "no longer to this mailbox". Precision: "any discrepancy, let me know", "I'll send the
# receipt as soon as it goes out", "I cannot give you a payment date yet".
# ---------------------------------------------------------------------------------------------
PROMISE_SEVENTH = (
    r"(?:we|i)(?:'ll| will| are going to| am going to) be (?:sending|paying|wiring|remitting|"
    r"transferring|releasing) (?:you )?(?:the |a |our |full )?(?:payment|funds|remittance|"
    r"balance|[$€£]|\d)|"
    r"\bje (?:réglerai|paierai|payerai|virerai|verserai|solderai|règlerai)\b|"
    r"\b(?:pagamento|transferência|pix|boleto|depósito|o valor)\b(?:[^.\n]|\.(?=\w)){0,60}?"
    r"\b(?:será|vai ser|vão ser|serão) (?:feit|efetuad|realizad|pag|enviad|transferid)[oa]s?\b|"
    r"\b(?:el pago|la transferencia|el importe)\b(?:[^.\n]|\.(?=\w)){0,60}?"
    r"\b(?:se (?:hará|realizará|efectuará)|"
    r"(?:será|va a ser) (?:realizad|efectuad|hech|pagad|transferid)[oa])\b"
)
# "dat factuur X op 30 april betaald wordt": a passive future in a that-clause.
PASSIVE_PROMISE = (
    r"\b(?:betaald|overgemaakt|voldaan) (?:wordt|zal worden|zullen worden)\b|"
    r"\b(?:bezahlt|überwiesen|beglichen) wird\b"
)
# "sobald / wenn / zodra / wanneer ... betaald wordt": a condition or a question, no promise.
PASSIVE_NOT_PROMISE = (
    r"\b(?:sobald|wenn|falls|ob|wann|zodra|als|indien|wanneer|of|nadat|nachdem|bis|totdat|"
    r"tot)\b[^.,;]*$"
)
# "dat factuur X betaald wordt", "dass die Rechnung bezahlt wird": the passive is still ahead.
PASSIVE_AHEAD = r"^\s*(?:wordt|worden|zal worden|zullen worden|wird)\b"
# "te mando o comprovante assim que sair": a proof that will follow, not a payment made.
PROOF_NOUN = (
    r"comprovante|comprovativo|proof of payment|remittance advice|payment confirmation|"
    r"zahlungsnachweis|zahlungsbestätigung|überweisungsbeleg|justificatif de (?:paiement|virement)|"
    r"preuve de paiement|avis de virement|comprobante de (?:pago|transferencia)|"
    r"justificante de (?:pago|transferencia)|ricevuta di pagamento|contabile (?:del|di) bonifico|"
    r"betalingsbewijs|bewijs van betaling|potwierdzenie (?:przelewu|zapłaty|płatności|wpłaty)|"
    r"dovada (?:plății|de plată)|betalningsbekräftelse|betalningsbevis|ödeme dekontu|"
    r"potvrd\w* o (?:uplati|plaćanju)|振込明細|振込控え|付款凭证|付款回单|汇款凭证|转账凭证"
)
PROOF_LATER = (
    r"^[^.]{0,40}?(?:assim que|logo que|quando|as soon as|once|when|dès que|lorsque|sobald|"
    r"wenn|en cuanto|cuando|tan pronto|non appena|quando|zodra|wanneer|jak tylko|gdy|"
    r"de îndată ce|imediat ce|când|så fort|när|olunca|kada|čim)\b"
)
# "I cannot give you a payment date yet": no promise, whatever payment word it carries.
NO_DATE_YET = (
    r"(?:can't|cannot|can not|unable to|not able to) (?:yet )?(?:give|confirm|provide|tell|"
    r"commit to) (?:you )?(?:a |an |the |any )?(?:exact |precise |firm |specific )?"
    r"(?:payment )?date|"
    r"(?:zahlungstermin|zahlungsdatum|zahlungsziel|termin|datum)\b[^.]{0,40}?(?:noch )?nicht "
    r"(?:nennen|sagen|mitteilen|bestätigen|zusagen)|(?:kann|können) (?:ich|wir) [^.]{0,30}?"
    r"(?:noch )?(?:keinen|kein) (?:genauen |festen )?(?:zahlungstermin|termin|datum)|"
    r"ne (?:peux|pouvons) pas (?:encore )?vous (?:donner|communiquer|confirmer|indiquer) "
    r"(?:de |une )?(?:date|échéance)|"
    r"no (?:le |les |te )?(?:puedo|podemos) (?:todavía |aún )?(?:dar|confirmar|indicar) "
    r"(?:todavía |aún )?(?:una |la )?fecha|"
    r"non (?:posso|possiamo) (?:ancora )?(?:darvi|darle|darti|indicarvi|indicarle|comunicarvi|"
    r"comunicarle|confermarvi|confermare) (?:ancora )?(?:una |la )?data|"
    r"não (?:posso|podemos|consigo|conseguimos) (?:ainda )?(?:dar|informar|confirmar|passar) "
    r"(?:ainda )?(?:uma |a )?data|"
    r"(?:kan|kunnen) (?:ik|we|wij) (?:u |jullie )?(?:nog )?geen (?:exacte |precieze |concrete )?"
    r"(?:betaal)?datum|"
    r"nie (?:mogę|możemy) (?:jeszcze )?(?:podać|potwierdzić|określić) (?:dokładnej )?"
    r"(?:daty|terminu)|"
    r"nu (?:vă )?(?:pot|putem) (?:încă )?(?:comunica|da|confirma|spune) (?:încă )?(?:o |data)|"
    r"kan (?:ännu |än )?inte (?:ge|lämna|uppge|bekräfta) (?:er |dig )?(?:något |ett )?(?:exakt )?"
    r"(?:datum|betalningsdatum)|"
    r"(?:ödeme )?tarih\w* (?:henüz )?(?:veremiyoruz|veremiyorum|bildiremiyoruz|belli değil)|"
    r"ne (?:mogu|možemo) (?:još )?(?:dati|potvrditi|reći) (?:točan |precizan )?datum|"
    r"支払日[^。]{0,10}(?:未定|まだ分かりません|お伝えできません)|"
    r"(?:付款|支付)(?:日期|时间)(?:还|尚|暂时)?(?:无法|不能)确定|暂时无法(?:确定|告知)(?:付款|支付)"
)
# "if there is any discrepancy, let me know": an offer to help, not a contest.
ANY_DISCREPANCY = (
    r"(?:qualquer|quaisquer|caso haja|se houver|\bany\b|if there (?:is|are) (?:any|a)|"
    r"in case of (?:any|a)|should there be (?:any|a)|en cas d'|bei (?:eventuellen|etwaigen)|"
    r"cualquier|si hay (?:alguna)?|en caso de|qualsiasi|in caso di|eventuele|bij eventuele|"
    r"w razie (?:jakichkolwiek )?|orice|eventuella|vid eventuella|herhangi bir|"
    r"bilo kakv\w*|u slučaju)\s*(?:\w+ )?(?:divergência|discrepanc\w*|écart|"
    r"abweichung\w*|unstimmigkeit\w*|discrepancia|diferencia|discrepanza|differenz\w*|"
    r"afwijking\w*|rozbieżnoś\w*|nieścisłoś\w*|neconcordanț\w*|avvikelse\w*|tutarsızlık|"
    r"odstupanj\w*|neslaganj\w*|problem\w*|issue\w*)\b"
    r"(?=[^.]{0,30}(?:let me know|let us know|me avise|nos avise|contact|avise|informe|"
    r"melden|avisez|prévenez|fatemi sapere|laat (?:het )?(?:me|ons) weten|daj\w* znać|"
    r"anunța\w*|hör av|bildir\w*|javite|javi|kontakt|知らせ|告知|联系))"
)
# "instead of this address": a new address, not a wrong price.
INSTEAD_OF_ADDRESS = (
    r"(?:instead of|rather than|au lieu de|statt|anstatt|en lugar de|en vez de|anziché|invece di|"
    r"em vez de|in plaats van|zamiast|în loc de|istället för|yerine|umjesto) "
    r"(?:to |an |à |a |aan |na |la |till |para |per )?"
    r"(?:this|the current|my|our|cette|diese[rnm]?|meine[rnm]?|esta|este|mi|questa|questo|"
    r"mio|mia|deze|dit|mijn|ten|ta|mój|moj\w*|această|acest|denna|detta|min|bu|ovu|ovaj)? ?"
    r"(?:e-?mail\w*|address\w*|adress\w*|mailbox|inbox|casella|indirizzo|dirección|buzón|"
    r"correo|endereço|caixa|adres\w*|skrzynk\w*|adresă|adresa|brevlåda|posta|contact\w*|"
    r"persoa|person|personne|persona)"
)
# "wij betalen deze factuur pas na ontvangst van een creditnota": the invoice is contested.
PAY_AFTER_CREDIT = (
    r"(?:pas na|pas als|pas wanneer|erst nach|erst wenn|only (?:after|once|when)|"
    r"(?:until|till) (?:we (?:receive|get|have)|receipt of)|seulement (?:après|à réception)|"
    r"qu'(?:après|à réception)|solo (?:después de|cuando|dopo|quando|a seguito)|"
    r"únicamente (?:después de|cuando)|apenas (?:após|depois|quando)|só (?:após|depois|quando)|"
    r"dopiero po|dopiero (?:gdy|kiedy)|doar după|numai după|först (?:efter|när)|"
    r"tek (?:nakon|kada)|tek po|ancak|"
    r"(?:only|erst|pas|solo|solamente|soltanto|apenas|só|dopiero|doar|numai|först|tek) "
    r"(?:[^\W\d_]+ |\d[\w/.-]* ){0,5}?(?:after|once|when|nach|na|après|después de|dopo|"
    r"após|depois|po|după|efter|nakon))[^.]{0,50}?"
    r"(?:credit ?not\w*|credit memo|gutschrift|avoir|nota de cr[ée]dit\w*|nota di credito|"
    r"creditnota|korekt\w*|nota de credit|notă de credit|notei de credit|kreditnota\w*|"
    r"kreditfaktura\w*|iade fatura\w*|knjižn\w* odobrenj\w*|odobrenj\w*|corrected invoice|"
    r"korrigierte\w* rechnung|facture rectificative|factura rectificativa|fattura corrett\w*|"
    r"fatura corrigida|gecorrigeerde factuur|poprawion\w* faktur\w*|factur\w* corectat\w*|"
    r"korrigerad faktura|düzeltilmiş fatura|ispravljen\w* račun\w*)"
)
# "差额部分我们不付": the remainder will not be paid (zh/ja refusals).
NEG_PAY_SEVENTH = (
    r"(?:我们|我方|我司)(?:不付|不支付|不予支付|不会支付|不会付款|拒付)|不予(?:支付|付款)|"
    r"(?:お支払い|支払)(?:は|を)?(?:いたしません|致しません|しません)"
)
# "少了 12 箱", "we are 12 boxes short": goods missing against the invoice.
SHORT_GOODS = (
    r"少了\s*\d+\s*(?:箱|个|件|台|套|包|盒|托)|(?:箱|个|件)[^。]{0,4}不足|"
    r"\b\d+ (?:boxes|cartons|cases|pallets|units|pieces|items) short\b"
)
# "la differenza la contestiamo": the rest is contested, so only part was paid.
DIFFERENCE_CONTESTED = (
    r"(?:difference|differenz|différence|diferencia|differenza|diferença|verschil|różnic\w*|"
    r"diferenț\w*|skillnad\w*|fark\w*|razlik\w*|差额|差額)[^.]{0,40}?(?:contest|dispute|"
    r"bestreit|beanstand|impugn|betwist|kwestionuj|reklamuj|bestrid|itiraz|osporava|不付|不予)|"
    r"(?:contest\w*|dispute|disputing|bestreiten|impugnamos|betwisten|kwestionujemy|"
    r"bestrider|itiraz ediyoruz|osporavamo)[^.]{0,30}?(?:the |die |la |el |de |a |o )?"
    r"(?:difference|differenz|différence|diferencia|differenza|diferença|verschil|różnic\w*|"
    r"diferenț\w*|skillnad\w*|farkı|razlik\w*)"
)
# "the invoice never reached us" (a copy is wanted); the invoice word stands before it.
NEVER_REACHED = (
    r"(?:fattura|facture|factura|fatura)\b[^.]{0,40}?(?:non (?:ci |mi )?(?:è|e) (?:mai |ancora )?"
    r"(?:pervenut|arrivat)a|ne (?:nous |m')est (?:jamais |pas )?(?:parvenue|arrivée)|"
    r"no (?:nos |me )?(?:ha )?llegado nunca|nunca (?:nos |me )?(?:ha )?llegado|"
    r"nunca (?:nos |me )?chegou|não (?:nos )?chegou)"
)
# "non più a questa casella", "no longer to this address": send elsewhere.
NOT_THIS_ADDRESS = (
    r"(?:non più|no longer|not anymore|nicht mehr|plus|ya no|não mais|niet meer|nie (?:więcej|"
    r"już)|nu mai|inte längre|artık|ne više) (?:\w+ ){0,2}(?:a|to|an|à|para|naar|na|la|till|"
    r"at|in) (?:this|questa|questo|diese|dieses|cette|cet|esta|este|deze|dit|ten|tę|această|"
    r"acest|denna|detta|ovu|ovaj) (?:e-?mail\w*|address|adress\w*|mailbox|inbox|casella|"
    r"indirizzo|dirección|buzón|correo|endereço|caixa|adres\w*|skrzynk\w*|adresă|adresa|"
    r"brevlåda|posta|kutij\w*|postfach|boîte)"
)
# "le casse ... non sono mai arrivate": boxes, cartons and parcels count as goods too.
GOODS_COUNTED = (
    r"(?:boxes|cartons|cases|crates|kartons?|kisten|caisses|cajas|casse|scatole|colli|caixas|"
    r"volumes|dozen|kratten|pudeł\w*|kartony|cutii|lådor|kartonger|koliler|kutular|kutije)\b"
    r"[^.]{0,60}(?:never arrived|(?:have|has) not arrived|did(?: not|n't) arrive|"
    r"nie angekommen|nicht angekommen|jamais (?:arrivée?s?|reçue?s?)|pas (?:encore )?arrivée?s?|"
    r"no (?:han|ha) llegado|nunca (?:llegaron|chegaram|llegó|chegou)|"
    r"non (?:sono|è) (?:mai |ancora )?arrivat\w*|não (?:chegaram|chegou)|niet aangekomen|"
    r"nooit aangekomen|nie dotarł\w*|nu au (?:mai )?ajuns|har (?:aldrig|inte) kommit|"
    r"kom aldrig|ulaşmadı|gelmedi|nisu (?:nikad |nikada )?stigl\w*)"
)
GOODS_MISSING = GOODS_MISSING + "|" + GOODS_COUNTED
DISPUTE = DISPUTE + "|" + GOODS_COUNTED
PROMISE = PROMISE + "|" + PROMISE_SEVENTH + "|" + PASSIVE_PROMISE
NEG_PAY = NEG_PAY + "|" + NEG_PAY_SEVENTH
DISPUTE = DISPUTE + "|" + PAY_AFTER_CREDIT + "|" + SHORT_GOODS + "|" + DIFFERENCE_CONTESTED
PARTIAL = PARTIAL + "|" + DIFFERENCE_CONTESTED
COPY = COPY + "|" + NEVER_REACHED
WRONG_CONTACT = WRONG_CONTACT + "|" + NOT_THIS_ADDRESS
CONDITIONAL = CONDITIONAL + "|" + PAY_AFTER_CREDIT

# ---------------------------------------------------------------------------------------------
# Round eight: an eighth writer. Gaps: a verb-second past ("27-3390 betalade vi redan"), a
# Turkish bank transfer told in the passive ("IBAN'ınıza havale edildi"), "the rest comes in
# June", "本周五先付 18,000 元", a helpdesk that "created request #48213". Precision: a payment
# that waits on an approval ("betalas när den är attesterad", "审批完成后安排付款") or, in a
# dispute, on the work being done or on a deduction ("nous réglerons déduction faite") is no
# promise yet.
# ---------------------------------------------------------------------------------------------
PAID_EIGHTH = (
    r"\b(?:betalade|betalde|överförde|erlade) (?:vi|jag)\b|\bbetalades\b|"
    r"\b(?:zahlten|bezahlten|überwiesen|beglichen) wir (?:\w+ )?(?:bereits|schon|am|gestern)\b|"
    r"\b(?:betaalden|maakten) (?:we|wij) (?:\w+ )?(?:al|reeds|gisteren|op)\b|"
    r"\bhavale (?:edildi|ettik|yaptık|yapıldı|edilmiştir|gerçekleştirildi)|"
    r"\beft (?:yapıldı|ettik|yaptık|edildi|gönderildi)|"
    r"\b(?:hesabınıza|iban'?ınıza|ibanınıza) (?:\S+ )?(?:yatırıldı|aktarıldı|gönderildi|"
    r"geçti|ödendi|havale edildi|eft yapıldı)"
)
# "the rest comes in June", "le reste suivra": the remainder is promised.
REST_FOLLOWS = (
    r"\b(?:the (?:rest|remainder|balance)|der rest|den rest|le (?:reste|solde)|el (?:resto|"
    r"saldo)|il (?:resto|saldo)|o (?:resto|restante|saldo)|de rest|het restant|reszta|restul|"
    r"resten|ostatak|kalanı|kalan tutar)\b (?:\w+ )?(?:will (?:follow|come|be sent)|follows|"
    r"comes|kommt|folgt|suivra|arrivera|llegará|irá|seguirá|arriverà|seguirà|segue|seguirá|"
    r"virá|volgt|komt|przyjdzie|wpłynie|urmează|va veni|vine|kommer|följer|slijedi|stiže|"
    r"gelecek|gönderilecek)\b"
)
# "本周五先付 18,000 元", "余款下个月再付": part now, the rest later.
ZH_PART_NOW = (
    r"(?<![已经])先(?:行)?(?:付|支付|付款|汇|转)|(?:余款|尾款|剩余(?:款项|部分)?)[^。，,]{0,12}"
    r"(?:再|会|将)(?:付|支付|付款|结清)"
)
HELPDESK_EIGHTH = (
    r"(?:foi|foram) (?:criad|abert|registad|registrad)[oa]s? (?:o|a|um|uma) (?:pedido|chamado|"
    r"ticket|processo|solicitação|ocorrência)|"
    r"\b(?:request|case|pedido|chamado|solicitud|demande|richiesta|anfrage|verzoek|"
    r"zgłoszenie|cererea|ärende|talep|zahtjev) (?:#|n[º°o]\.? ?)\d{3,}|"
    r"(?:we have|we've) (?:created|opened|logged) (?:a |the )?(?:ticket|case|request)"
)
# Conjunctions that make a clause a condition ("when", "once", "as soon as").
_WHEN = (
    r"(?:when|once|as soon as|wenn|sobald|nachdem|quand|lorsque|une fois|dès que|cuando|"
    r"una vez|en cuanto|quando|una volta|appena|assim que|logo que|wanneer|zodra|gdy|kiedy|"
    r"jak tylko|când|după ce|imediat ce|när|så snart|så fort|kad|kada|čim|nakon što)"
)
# "betalas när den är attesterad", "paid once it has been approved": waits on the workflow.
APPROVAL_WAIT = (
    rf"\b{_WHEN}\b (?:\S+ ){{0,4}}?(?:approved|signed off|validated|authori[sz]ed|freigegeben|"
    r"genehmigt|validée?s?|approuvée?s?|aprobad[oa]s?|validad[oa]s?|approvat[oa]|validat[oa]|"
    r"aprovad[oa]s?|validad[oa]s?|goedgekeurd|geaccordeerd|zatwierdzon[aey]|"
    r"zaakceptowan[aey]|aprobat[ăe]?|validat[ăe]?|attesterad|attesterats|godkänd|godkänts|"
    r"odobren[aio]?|ovjeren[aio]?)\b|"
    r"onaylandığında|onaylanınca|onaylanır onaylanmaz|"
    r"承認(?:され次第|されたら|が(?:下り|おり)次第)|決裁(?:後|され次第|が(?:下り|おり)次第)|"
    r"审批(?:完成|通过|结束|完毕)后|审核(?:完成|通过)后|批准后"
)
# In a dispute: "we'll pay when the installation is done", "nous réglerons déduction faite".
DISPUTE_WAIT = (
    rf"\b{_WHEN}\b (?:\S+ ){{0,4}}?(?:completed|complete|done|finished|fixed|repaired|"
    r"resolved|installed|delivered|erledigt|abgeschlossen|behoben|repariert|geliefert|"
    r"terminée?s?|réparée?s?|résolue?s?|livrée?s?|terminad[oa]s?|reparad[oa]s?|resuelt[oa]s?|"
    r"entregad[oa]s?|completat[oa]|riparat[oa]|risolt[oa]|consegnat[oa]|concluíd[oa]s?|"
    r"resolvid[oa]s?|afgerond|gerepareerd|opgelost|geleverd|zakończon[aey]|naprawion[aey]|"
    r"dostarczon[aey]|finalizat[ăe]?|reparat[ăe]?|rezolvat[ăe]?|livrat[ăe]?|klar|åtgärdad\w*|"
    r"levererad\w*|završen[aio]?|popravljen[aio]?|riješen[aio]?|isporučen[aio]?)\b|"
    r"\w+(?:ıldığında|ildiğinde|ulduğunda|üldüğünde|andığında|endiğinde|ince|ınca)\b|"
    r"déduction faite|après déduction|(?:less|minus|net of|after deducting) the (?:credit|"
    r"deduction|difference|disputed)|abzüglich|unter abzug|descontando|deduciendo|"
    r"dedotto|detraendo|al netto d|deduzindo|descontad[oa]|verminderd met|na aftrek|"
    r"po (?:odliczeniu|potrąceniu)|pomniejszon\w*|după deducerea|scăzând|med avdrag|"
    r"efter avdrag|düşülerek|düşüldükten sonra|umanjen\w* za|nakon odbitka|"
    r"完了(?:後|次第|したら)|差し引(?:いて|き)|扣除[^。]{0,8}后|完成后再"
)
PAID = PAID + "|" + PAID_EIGHTH
PROMISE = PROMISE + "|" + REST_FOLLOWS + "|" + ZH_PART_NOW
PARTIAL = PARTIAL + "|" + REST_FOLLOWS + "|" + ZH_PART_NOW
HELPDESK = HELPDESK + "|" + HELPDESK_EIGHTH
CONDITIONAL_CORE = CONDITIONAL_CORE + "|" + APPROVAL_WAIT
CONDITIONAL = CONDITIONAL + "|" + APPROVAL_WAIT
# Spanish "contestar" is "to answer" ("le contestaremos en breve"): no contest.
ES_ANSWER = (
    r"\b(?:le|les|te|os|nos|lo|la|me) contest(?:ar|aremos|aré|ará|amos|o|a)\w*|"
    r"\bcontestar(?:le|les|te|os)\b|\bcontestaremos (?:a (?:su|tu)|en breve|pronto|lo antes)"
)
ANY_DISCREPANCY = ANY_DISCREPANCY + "|" + ES_ANSWER
# "I'll call you tomorrow about the payment", "je reviens vers vous lundi concernant le
# règlement": the date belongs to a call or a message, the payment is only its topic.
_TALK = (
    r"call|phone|ring|get back|come back|revert|talk|speak|write|e-?mail|contact|reach out|"
    r"let you know|inform|update you|touch base|discuss|"
    r"anrufen|rufe\w*|melden|melde\w*|schreiben|schreibe\w*|informieren|besprechen|"
    r"appel\w*|rappel\w*|reviens|reviendr\w*|revenir|écri\w*|informer|discuter|"
    r"llam\w*|escribir\w*|escribiré|informar\w*|contactar\w*|comentar\w*|hablar\w*|"
    r"chiam\w*|richiam\w*|scriver\w*|informer\w*|sentir\w*|risentir\w*|parlar\w*|"
    r"lig\w*|telefon\w*|escrever\w*|falar\w*|"
    r"bellen|bel|terugbellen|laten\s+weten|informeren|mailen|contact\s+opnemen|bespreken|"
    r"zadzwoni\w*|odezw\w*|napisz\w*|napiszę|dam\s+znać|poinformuj\w*|porozmawiam|omówi\w*|"
    r"sun\w*|reveni\w*|scrie\w*|informa\w*|discuta\w*|"
    r"ringa\w*|ringer|återkomm\w*|höra\s+av|hör\s+av|meddela\w*|skriva|skriver|prata|diskutera|"
    r"ara\w*|dönüş\s+yap\w*|bilgi\s+ver\w*|yaz\w*|görüş\w*|"
    r"nazva\w*|nazvat\w*|javi\w*|pisa\w*|obavijest\w*|razgovara\w*"
)
_ABOUT = (
    r"about|regarding|concerning|re|wegen|bezüglich|zur|zum|wg\.?|concernant|"
    r"au\s+sujet\s+d\w*|pour|sur|sobre|acerca\s+de|respecto\s+a|riguardo|circa|per|"
    r"a\s+proposito\s+d\w*|in\s+merito\s+a\w*|sobre|acerca|quanto|over|omtrent|m\.b\.t\.|"
    r"w\s+sprawie|odnośnie|ws\.?|despre|privind|legat\s+de|angående|om|kring|ang\.?|"
    r"hakkında|ile\s+ilgili|konusunda|u\s+vezi|oko|vezano\s+uz|glede"
)
TALK_ABOUT_PAYMENT = (
    rf"\b(?:{_TALK})\b(?:\s+\S+){{0,5}}?\s+(?:{_ABOUT})\b(?:\s+\S+){{0,3}}?\s+\S*"
    r"(?:pay|zahl|paie|règl|pag|betal|płat|plat|ödeme|uplat|virement|überweis|transfer)\w*|"
    r"(?:支払|お支払い|入金|振込)[^。]{0,6}(?:について|に関して|の件)[^。]{0,20}"
    r"(?:連絡|電話|ご報告|お知らせ)|"
    r"(?:关于|就)[^。，]{0,6}(?:付款|支付|汇款|转账)[^。]{0,20}(?:联系|打电话|回复|告知|通知|沟通)"
)

# ---------------------------------------------------------------------------------------------
# Round nine: a sentence battery by an independent writer (boundaries between intents) and a
# ninth writer's set. Gaps: goods "never delivered" in each language's participle, wrong price
# or quantity said plainly, a missing credit note, refusals until a defect is fixed, a remainder
# promised for a month, scheduled or future-dated transfers, a payment "on its way".
# ---------------------------------------------------------------------------------------------
_NEVER = (
    r"(?:never|not|nie|nicht|nie|noch nicht|jamais|pas|pas encore|nunca|no|non|mai|ancora|"
    r"não|nooit|niet|nigdy nie|nu|aldrig|inte|hiç|nikad|nikada|nije|nisu|još nije)"
)
GOODS_NOT_DELIVERED = (
    r"(?:goods|shipment|delivery|consignment|order|parcel|pallets?|items?|ware|waren|lieferung|"
    r"bestellung|sendung|marchandises?|livraison|commande|colis|mercanc[íi]as?|envío|pedido|"
    r"merce|consegna|ordine|spedizione|mercadorias?|encomenda|goederen|bestelling|levering|"
    r"zending|towar\w*|zamówieni\w*|dostaw\w*|przesyłk\w*|marf\w*|comand\w*|livrar\w*|colet\w*|"
    r"varor(?:na)?|beställning\w*|leverans(?:en)?|godset|mal(?:lar)?|ürün\w*|sipariş\w*|"
    r"sevkiyat\w*|roba|robu|narudžb\w*|pošiljk\w*|isporuk\w*)\b[^.]{0,60}?"
    rf"\b{_NEVER}\s+(?:\w+\s+){{0,3}}?(?:been\s+)?(?:delivered|shipped|geliefert|eingetroffen|"
    r"zugestellt|livrée?s?|entregad[oa]s?|entregó|entregaron|consegnat[oaie]|recapitat[oaie]|"
    r"entregues?|afgeleverd|geleverd|bezorgd|dostarczon\w*|dostarczono|livrat[ăe]?|livrate|"
    r"levererad\w*|levererats|levererades|teslim edil\w*|isporučen\w*|dostavljen\w*|"
    r"stigl[aoei]?|arrivat[aoie]|chegou|chegaram|llegado|llegó|arrivée?s?|gelmedi|ulaşmadı)\b|"
    r"\bteslim edilmedi|"
    r"(?:商品|品物|荷物|納品物)[^。]{0,8}(?:届いていない|届いておらず|届いていません|未着)|"
    r"(?:货|货物|商品)[^。]{0,8}(?:还没到|还没有到|一直没到|没有送到|未送达)"
)
# "INV-502 is wrong, we ordered 40 not 60", "bei 7002 stimmt der Preis nicht".
PRICE_QTY_WRONG = (
    r"\b(?:price|prices|pricing|quantity|quantities|amount invoiced|rate)\b[^.]{0,30}"
    r"\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:wrong|incorrect|not right|too high|off)\b|"
    r"\bwrong (?:price|quantity|quantities|amount|rate)\b|"
    r"\bwe ordered \d+[^.,;]{0,20}\b(?:not|but (?:got|received|were (?:charged|billed) for))\s+\d+|"
    r"\b(?:preis|menge|stückzahl|anzahl)\b[^.]{0,20}\bstimm(?:t|en) (?:\w+ )?nicht\b|"
    r"\bstimm(?:t|en) (?:der|die) (?:preis|menge|stückzahl|anzahl) nicht\b|"
    r"\bfalsche[nr]? (?:preis|menge|stückzahl)\b|"
    r"\b(?:prix|quantité)\b[^.]{0,20}\b(?:est|sont) (?:\w+ )?"
    r"(?:faux|fausse|erroné\w*|incorrect\w*)|"
    r"\bmauvais(?:e)? (?:prix|quantité)\b|"
    r"\b(?:precio|cantidad)\b[^.]{0,20}\b(?:es|está|son|están) (?:\w+ )?(?:mal|incorrect\w*|"
    r"equivocad\w*|errónea?)\b|\b(?:precio|cantidad) (?:incorrect\w*|equivocad\w*|errónea?)\b|"
    r"\b(?:prezzo|quantità)\b[^.]{0,20}\b(?:è|sono) (?:\w+ )?(?:sbagliat\w*|errat\w*)|"
    r"\b(?:prezzo|quantità) (?:sbagliat\w*|errat\w*)\b|"
    r"\b(?:preço|quantidade)\b[^.]{0,20}\b(?:está|estão|é) (?:\w+ )?(?:errad\w*|incorret\w*)|"
    r"\b(?:preço|quantidade) (?:errad\w*|incorret\w*)\b|"
    r"\b(?:prijs|aantal|hoeveelheid)\b[^.]{0,20}\b(?:klopt|kloppen) (?:\w+ )?niet\b|"
    r"\b(?:verkeerde|foute) (?:prijs|aantal|hoeveelheid)\b|"
    r"\b(?:złą|błędną|niewłaściwą|złe|błędne) (?:cenę|ilość|ceny)\b|"
    r"\b(?:cena|ilość)\b[^.]{0,20}\b(?:jest |są )?"
    r"(?:zła|złe|błędna|nieprawidłowa|się nie zgadza)\b|"
    r"\b(?:prețul|cantitatea)\b[^.]{0,20}\b(?:e|este|sunt) (?:\w+ )?(?:greșit\w*|incorect\w*)|"
    r"\b(?:preț|cantitate) (?:greșit\w*|incorect\w*)\b|"
    r"\b(?:priset|antalet|mängden)\b[^.]{0,20}\b(?:är|var) (?:\w+ )?(?:fel|felaktig\w*)\b|"
    r"\bfel (?:pris|antal|mängd)\b|"
    r"\b(?:fiyat|miktar|adet)\w*\b[^.]{0,12}\b(?:hatalı|yanlış)|"
    r"\b(?:hatalı|yanlış) (?:fiyat|miktar|adet)|"
    r"\b(?:cijena|količina)\b[^.]{0,20}\b(?:je|su) (?:\w+ )?(?:pogrešn\w*|kriv\w*|netočn\w*)|"
    r"\b(?:pogrešn\w*|kriv\w*|netočn\w*) (?:cijen\w*|količin\w*)\b|"
    r"(?:数量|単価|金額|価格)[^。]{0,6}(?:が|も)?(?:違って|異なって|間違って|誤って)|"
    r"(?:数量|单价|价格|金额)[^。]{0,6}(?:不对|有误|错了|不符)"
)
CREDIT_NOTE_MISSING = (
    r"(?:nedostaje|još nismo dobili|još uvijek nismo primili)\s+(?:\w+\s+){0,2}?"
    r"(?:knjižno odobrenje|odobrenje|credit note)|"
    r"(?:knjižno odobrenje|odobrenje)\s+(?:\w+\s+){0,3}?(?:nedostaje|nije stiglo|još nije)|"
    r"(?:クレジットノート|赤伝|返金伝票)[^。]{0,10}(?:届いて(?:おりません|いません|いない)|まだ)|"
    r"(?:红字发票|红冲发票|贷项通知单)[^。]{0,10}(?:还没|尚未|没有)"
)
# "We betalen niet zolang de lekkage niet verholpen is", "交換が完了するまでお支払いはできかねます".
PAY_REFUSED_UNTIL = (
    r"\b(?:betalen|betaal)\s+(?:\w+\s+){0,3}?niet\s+zolang\b|"
    r"\bzahlen\s+(?:\w+\s+){0,3}?nicht\s*,?\s+(?:solange|bis)\b|"
    r"\bwon'?t pay\b[^.]{0,40}\buntil\b|\bwill not pay\b[^.]{0,40}\buntil\b|"
    r"\bne (?:paierons|réglerons|payerons)\b[^.]{0,40}\b(?:pas|rien)\b[^.]{0,40}"
    r"\b(?:tant que|avant)\b|"
    r"\bno (?:pagaremos|vamos a pagar)\b[^.]{0,40}\bhasta\b|"
    r"\bnon (?:pagheremo|paghiamo)\b[^.]{0,40}\b(?:finché|fino a)\b|"
    r"\bnão (?:vamos pagar|pagaremos|pagamos)\b[^.]{0,40}\b(?:até|enquanto)\b|"
    r"\bnie (?:zapłacimy|zapłacę|płacimy)\b[^.]{0,40}\b(?:dopóki|do czasu|aż)\b|"
    r"\bnu (?:vom plăti|plătim)\b[^.]{0,40}\b(?:până|cât timp)\b|"
    r"\b(?:betalar|betala) (?:vi|jag)? ?inte\b[^.]{0,40}\b(?:förrän|innan|så länge)\b|"
    r"\bödeme(?:yeceğiz|yiz)\b|\bödeme yapmayacağız\b|"
    r"\bnećemo (?:platiti|plaćati)\b[^.]{0,40}\b(?:dok|sve dok)\b|"
    r"(?:まで|までは)[^。]{0,10}(?:お支払い|支払い|支払)[^。]{0,6}(?:できかねます|いたしかねます|"
    r"できません|"
    r"保留)|(?:お支払い|支払い)[^。]{0,4}(?:は)?保留|"
    r"(?:之前|以前)[^。]{0,6}(?:不会|无法|不能)(?:付款|支付)|(?:付款|支付)[^。]{0,4}暂缓"
)
DISPUTE = (
    DISPUTE
    + "|"
    + GOODS_NOT_DELIVERED
    + "|"
    + PRICE_QTY_WRONG
    + "|"
    + CREDIT_NOTE_MISSING
    + "|"
    + PAY_REFUSED_UNTIL
)
GOODS_MISSING = GOODS_MISSING + "|" + GOODS_NOT_DELIVERED

# "Račun je proknjižen", "ya la hemos contabilizado", "发票已经入账": booked, the booking workflow.
BOOKED = (
    r"\b(?:booked|entered|registered|posted|recorded|logged)\b (?:\w+ ){0,2}?(?:in|into|on) "
    r"(?:our|the) (?:\w+ )?(?:system|books|accounting|erp|ledger|accounts)\b|"
    r"\b(?:invoice|it) (?:has been|is|was) (?:now |already )?"
    r"(?:booked|registered|entered|posted)\b|"
    r"\b(?:ist|wurde|sind|wurden) (?:\w+ ){0,2}?(?:gebucht|erfasst|verbucht|eingebucht)\b|"
    r"\bhaben (?:\w+ ){0,3}?(?:gebucht|erfasst|verbucht|eingebucht)\b|"
    r"\b(?:saisie?s?|enregistrée?s?) (?:\w+ ){0,2}?(?:en|dans (?:notre|nos|le|la)) "
    r"(?:comptabilité|système|erp|logiciel)|\bcomptabilisée?s?\b|"
    r"\bcontabilizad[oa]s?\b|\bregistrad[oa]s? en (?:nuestro|el) sistema|"
    r"\bregistrat[aoie] (?:\w+ )?(?:in|nel(?:la)?) (?:contabilità|sistema|gestionale)|"
    r"\bcontabilizzat[aoie]\b|\bprotocollat[aoie]\b|"
    r"\blançad[oa]s? (?:\w+ )?(?:no|em|na) (?:nosso |nossa )?(?:sistema|contabilidade)|"
    r"\bregist(?:r)?ad[oa]s? (?:no|em|na) (?:nosso |nossa )?(?:sistema|contabilidade)|"
    r"\bingeboekt\b|\bgeboekt in (?:ons |onze )?(?:systeem|boekhouding|administratie)|"
    r"\bverwerkt in (?:ons |onze )?(?:systeem|boekhouding|administratie)|"
    r"\bzaksięgowan[aeoy]\b|\bwprowadzon[aey] do systemu|"
    r"\bînregistrat[ăe]? (?:\w+ )?în (?:contabilitate|sistem)|\bcontabilizat[ăe]?\b|"
    r"\bregistrerad\w* i (?:vårt|vår|systemet|ekonomisystemet|affärssystemet)|\bbokförd\w*|"
    r"\binlagd i (?:vårt |systemet)|"
    r"\bsistem(?:imiz)?e (?:işlendi|girildi|kaydedildi|girişi yapıldı)|\bmuhasebeleştirildi|"
    r"\bkayda alındı|\bkayıtlara (?:alındı|işlendi)|"
    r"\bproknjižen\w*|\bevidentiran\w*|\bunesen\w* u sustav|"
    r"(?:システム|会計システム|会計)に(?:登録|入力|計上)(?:済み|しました|いたしました)|計上済み|"
    r"已(?:经)?入账|已(?:经)?录入(?:系统)?|已登记入账"
)
# A payment the writer is unsure of ("I think we already paid, I'll check with the bank").
HEDGE = (
    r"\b(?:i think|i believe|i'm fairly sure|i'm pretty sure|apparently|it seems|i guess|"
    r"ich glaube|ich denke|meines wissens|soweit ich weiß|je crois|je pense|il me semble|"
    r"creo que|me parece que|pienso que|mi risulta|credo che|penso che|mi sembra|acho que|"
    r"parece que|creio que|ik denk|ik geloof|volgens mij|wydaje mi się|chyba|myślę, że|"
    r"myślę że|cred că|parcă|mi se pare|jag tror|troligen|sanırım|galiba|herhalde|"
    r"mislim da|čini mi se|vjerojatno)\b|かと思います|かと存じます|と思います|好像|应该已经|似乎"
)
CHECK_AHEAD = (
    r"\b(?:check|verify|confirm|double-?check|look into|prüf\w*|nachsehen|checken|klären|"
    r"vérifier|vérifie|confirmer|comprobar|compruebo|verificar|verifico|confirmar|controllare|"
    r"controllo|verificare|confermare|confirmo|controleren|controleer|nakijken|navragen|"
    r"sprawdz\w*|potwierdz\w*|verific\w*|confirm\w*|kontrollera|kolla|stämma av|teyit|"
    r"kontrol ed\w*|kontrol etmem|provjer\w*|potvrd\w*)\b|確認|确认|核实|核对|查一下|查询"
)
# "paid the invoice less the £40 fee", "abzüglich der Mahngebühr bezahlt": part of it paid.
PAID_LESS = (
    r"\b(?:less|minus|net of|after deducting|deducting|without the|abzüglich|unter abzug|ohne die|"
    r"déduction faite|en déduisant|sans les?|descontando|deduciendo|sin los?|sin las?|"
    r"al netto d\w*|dedotto|detraendo|senza (?:le|i|la|il)|deduzindo|descontando|sem (?:a|o|as|os)|"
    r"verminderd met|na aftrek|zonder de|pomniejszon\w*|po (?:odliczeniu|potrąceniu)|bez|"
    r"fără|minus|med avdrag för|utan|düşerek|düşülerek|hariç|umanjen\w* za|bez)\b|"
    r"差し引(?:いて|き)|を除いて|扣除|扣掉|扣减"
)
AGREED_DEDUCTION = (
    r"skonto|discount|remise|escompte|descuento|sconto|desconto|korting|rabat|reducere|"
    r"rabatt|iskonto|popust|値引|折扣|credit ?note|gutschrift|avoir|nota de cr[eé]dito|"
    r"nota di credito|creditnota|korekt\w*|nota de credit|kreditfaktura|odobrenj\w*"
)
_CREDIT_DOC = (
    r"(?:credit ?not\w*|credit memo|gutschrift\w*|avoir|nota de cr[ée]dit\w*|nota di credito|"
    r"creditnota|korekt\w*|nota de credit|notă de credit|notei de credit|factur\w* de stornare|"
    r"stornare|kreditnota\w*|kreditfaktura\w*|iade fatura\w*|alacak dekont\w*|"
    r"knjižn\w* odobrenj\w*|corrected invoice|korrigierte\w* rechnung|facture rectificative|"
    r"factura rectificativa|fattura corrett\w*|fatura corrigida|gecorrigeerde factuur|"
    r"poprawion\w* faktur\w*|korrigerad faktura|düzeltilmiş fatura|ispravljen\w* račun\w*)"
)
# "We'll settle as soon as we receive the credit note": payment waits on a credit owed.
WAIT_CREDIT = (
    rf"\b(?:{_WHEN}|dès réception d\w*|à réception d\w*|upon receipt of|on receipt of|"
    r"nach (?:erhalt|eingang)|al recibir|al ricevimento d\w*|após (?:o )?recebimento d\w*|"
    r"na ontvangst van|po otrzymaniu|la primirea|efter mottagandet av|"
    rf"po primitku)\b[^.]{{0,50}}?{_CREDIT_DOC}|"
    rf"{_CREDIT_DOC}[^.]{{0,30}}?\b(?:gelince|geldiğinde|gelir gelmez|ulaşınca)\b|"
    r"(?:クレジットノート|赤伝|返金伝票)[^。]{0,12}(?:届き次第|が届いたら|受領後)|"
    r"收到[^。]{0,8}(?:红字发票|红冲发票|贷项通知单)[^。]{0,4}后"
)
# "U rekent € 3,10 per stuk, afgesproken was € 2,75": invoiced above what was agreed.
AGREED_PRICE = (
    r"\b(?:agreed|quoted|pactad[oa]|acordad[oa]|convenu|vereinbart|afgesproken|overeengekomen|"
    r"concordat[oa]|pattuit[oa]|combinad[oa]|acordad[oa]|uzgodnion\w*|convenit|stabilit|"
    r"avtalat|överenskommet|anlaştığımız|anlaşılan|dogovoren\w*|ugovoren\w*)\b[^.]{0,25}?"
    r"\b(?:was|were|is|era|eran|était|war|ist|waren|is|è|era|foi|wynosiła|była|a fost|var|"
    r"idi|je bila|bila)\b|"
    r"\b(?:the quote|our quote|the offer|l'offre|le devis|das angebot|el presupuesto|"
    r"il preventivo|o orçamento|de offerte|oferta|offerten|teklif|ponuda)\b[^.]{0,20}?"
    r"\b(?:says|said|states|was|dit|sagt|lautet|dice|diz|zegt|mówi|spune|säger|diyor|kaže)\b|"
    r"\b(?:higher|höher|plus élevé\w*|más alt[oa]|più alt[oa]|mais alt[oa]|hoger|wyższ[ay]|"
    r"mai mare|högre|daha yüksek|viš[ae])\s+(?:\w+\s+){0,2}?(?:than|als|que|che|do que|dan|"
    r"niż|decât|än|nego|od)\b[^.]{0,30}?\b(?:order|quote|offer|contract|bestellung|angebot|"
    r"vertrag|commande|devis|offre|contrat|pedido|presupuesto|oferta|contrato|ordine|"
    r"preventivo|offerta|contratto|encomenda|orçamento|bestelling|offerte|contract|"
    r"zamówieni\w*|ofercie|umowie|comand\w*|ofert\w*|contract\w*|beställning\w*|offert\w*|"
    r"avtal\w*|sipariş\w*|teklif\w*|sözleşme\w*|narudžb\w*|ponud\w*|ugovor\w*)"
)
# Upload to the supplier portal only, "na ten adres nie przyjmujemy faktur", "担当が変更".
OTHER_CHANNEL = (
    r"\b(?:only|exclusively|ausschließlich|nur|uniquement|exclusivement|exclusivamente|solo|"
    r"esclusivamente|soltanto|apenas|somente|uitsluitend|alleen|wyłącznie|tylko|exclusiv|doar|"
    r"endast|bara|sadece|yalnızca|isključivo|samo)\b[^.]{0,50}?\b(?:portal\w*|portail|"
    r"plataforma|piattaforma|platform\w*|platformy|platformă)\b|"
    r"\b(?:portal\w*|portail|plataforma|piattaforma|platform\w*)\b[^.]{0,40}?\b(?:only|"
    r"exclusively|ausschließlich|uniquement|exclusivamente|esclusivamente|uitsluitend|wyłącznie|"
    r"exclusiv|endast|sadece|isključivo)\b|"
    r"\b(?:this|the) (?:e-?mail )?address is (?:not|no longer) (?:monitored|read|checked)|"
    r"\b(?:non vengono lette|no se leen|ne sont pas lus|werden nicht gelesen|worden niet gelezen|"
    r"nie są czytane|nu sunt citite|läses inte|okunmuyor|se ne čitaju)\b|"
    r"\bna (?:ten|tym) adres\w* nie (?:przyjmujemy|odbieramy|obsługujemy)|"
    r"担当(?:者)?が(?:変更|変わり)|负责人(?:已)?(?:变更|更换)"
)
WRONG_CONTACT = WRONG_CONTACT + "|" + OTHER_CHANNEL
ES_CLAIMS_ELSEWHERE = r"\b(?:dirig\w*|envi\w*|mand\w*|remit\w*) (?:las |sus |tus )?reclamaciones a"
ANY_DISCREPANCY = ANY_DISCREPANCY + "|" + ES_CLAIMS_ELSEWHERE
DISPUTE = DISPUTE + "|" + WAIT_CREDIT + "|" + AGREED_PRICE
CONDITIONAL = CONDITIONAL + "|" + WAIT_CREDIT
CONDITIONAL_CORE = CONDITIONAL_CORE + "|" + WAIT_CREDIT
PROCESSING = PROCESSING + r"|\bw obiegu\b|\bla (?:aprobat|semnat|viză)\b"
COPY = COPY + (
    r"|(?:没|没有|未)收到[^。，,]{0,4}(?:这张|该|此)?发票|重新发(?:一下|送|一份)|"
    r"\brech?nung\b[^.]{0,30}\bnie (?:bekommen|erhalten)|\bnie (?:bekommen|erhalten)\b[^.]{0,20}"
    r"\brech?nung"
)
PAID = PAID + r"|已(?:经)?(?:全额|全部)?(?:付款|支付|付清|汇款|转账)(?!计划)|\bversat[oaie]\b"

# "Połowa zapłacona", "Jumătate e plătită", "pagamos la mitad": half of it is paid.
HALF_PAID = (
    r"\b(?:half|die hälfte|la moitié|la mitad|la metà|a metade|metade|de helft|połow[ae]|"
    r"jumătate(?:a)?|hälften|yarısı|polovic[ua])\b\s+(?:\w+\s+){0,2}?(?:has been |is |was |ist |"
    r"wurde |est |a été |es |fue |è |é |foi |is |werd |jest |została |e |a fost |är |har |"
    r"je )?(?:paid|bezahlt|überwiesen|payée?|réglée?|pagad[oa]|abonad[oa]|pagat[oa]|"
    r"versat[oa]|betaald|overgemaakt|zapłacon[aey]|opłacon[aey]|plătit[ăe]?|achitat[ăe]?|"
    r"betald|betalats|ödendi|ödenmiştir|plaćen[aoi]|uplaćen[aoi])\b|"
    r"\b(?:we(?:'ve| have)? paid|wir haben|haben wir|nous avons (?:payé|réglé)|"
    r"(?:hemos )?pagamos|(?:hemos )?abonamos|abbiamo (?:pagato|versato|saldato)|"
    r"pagámos|(?:já )?pagamos|we hebben|hebben we|zapłaciliśmy|opłaciliśmy|am plătit|"
    r"am achitat|vi har betalat|betalade vi|ödedik|platili smo|uplatili smo)\s+"
    r"(?:\w+\s+){0,2}?(?:half|die hälfte|la moitié|la mitad|la metà|a metade|metade|de helft|"
    r"połowę|jumătate(?:a)?|hälften|yarısını|polovicu)\b|"
    r"(?:已(?:经)?(?:付|支付|付款)(?:了)?一半)|半額(?:を)?(?:お支払い|支払|振込)(?:済み|しました|"
    r"いたしました)"
)
PAID_LIQUIDATED = (
    r"\b(?:liquidámos|liquidamos|liquidei|liquidad[oa]s?|liquidat[aoie]|liquidée?s?|"
    r"abbiamo liquidato|hemos liquidado)\b|扣除了[^。，,]{0,12}后(?:付款|支付|付了|汇款)"
)
NOT_ACCEPTED = (
    r"\b(?:den|det|dem|denna|detta) (?:godtar|accepterar|godkänner|betalar) (?:vi|jag) inte\b|"
    r"\bpe care nu (?:le|o|îl|il|îi) (?:acceptăm|recunoaștem|datorăm)\b|"
    r"\bque no nos corresponde[n]?\b|\bque não (?:aceitamos|reconhecemos)\b|"
    r"\bche non (?:riconosciamo|accettiamo)\b|\bque nous (?:contestons|ne reconnaissons pas)\b|"
    r"\bdie (?:erkennen|akzeptieren) wir nicht\b|\bdie (?:accepteren|erkennen) we niet\b|"
    r"\bktór\w+ nie (?:uznajemy|akceptujemy)\b|\bkoj\w+ ne (?:prihvaćamo|priznajemo)\b|"
    r"\bwhich we (?:don't|do not) (?:accept|agree with|recogni[sz]e)\b|"
    r"\b(?:kabul etmiyoruz|tanımıyoruz)\b|(?:我们)?(?:不认可|不接受|不予认可)|認めておりません|"
    r"受け入れ(?:られ|かね)ません|負担(?:と|で)認識しております"
)
PAID = PAID + "|" + HALF_PAID + "|" + PAID_LIQUIDATED
DISPUTE = DISPUTE + "|" + NOT_ACCEPTED
# "con data valuta 10 dicembre", "z datą realizacji 5 grudnia", "scheduled for 2 Dec": a
# transfer ordered now and executed on a later date.
VALUE_DATE = (
    r"\b(?:value date|valuta(?:datum)?|data valuta|fecha (?:de )?valor|date de valeur|"
    r"valutadatum|z datą (?:realizacji|wykonania|płatności|księgowania)|"
    r"cu data (?:de )?(?:execuție|executare|plată|decontare)|med (?:betal|likvid)(?:nings)?datum|"
    r"s datumom (?:izvršenja|valute|plaćanja)|ausführungsdatum|mit (?:ausführung|valuta)|"
    r"execution date|data de (?:execução|agendamento|débito)|scheduled (?:for|on)|"
    r"terminiert|ingepland|ingeplant|zaplanowan\w*|programad[oa]|programmée?|programat\w*|"
    r"agendad[oa]|agendamos|programamos|schemalagd|planlandı|zakazan\w*)\b|予約|预约"
)
# A deposit paid or promised is only part of the amount ("acconto", "Anzahlung", "预付").
DEPOSIT = (
    r"\b(?:deposit|down ?payment|advance payment|anzahlung|acompte|a cuenta|anticipo|acconto|"
    r"adiantamento|sinal|aanbetaling|zaliczk\w*|avans(?:ul)?|förskott|handpenning|kapora|"
    r"predujam|akontacij\w*)\b|前払い|内金|预付款?|首付|定金"
)
STRONG_PARTIAL = STRONG_PARTIAL + "|" + DEPOSIT + "|剩下|其余"
# "the balance" is the whole debt, unless a first part comes before it in the sentence.
BALANCE_AFTER_PART = (
    r"\d[^.;]{0,80}?\b(?:the balance|le solde|el saldo|il saldo|o saldo|het saldo|saldo|"
    r"saldot|bakiye\w*|ostatak duga)\b"
)
PARTIAL = PARTIAL + "|剩下|其余|" + DEPOSIT
# "La differenza di € 1.350,00 la contestiamo": the amount's dots must not end the span.
DIFFERENCE_CONTESTED_SPAN = (
    r"(?:difference|differenz|différence|diferencia|differenza|diferença|verschil|różnic\w*|"
    r"diferenț\w*|skillnad\w*|fark\w*|razlik\w*)(?:[^.\n]|\.(?=\d)){0,50}?(?:contest|dispute|"
    r"bestreit|beanstand|impugn|betwist|kwestionuj|reklamuj|bestrid|itiraz|osporava)"
)
PARTIAL = PARTIAL + "|" + DIFFERENCE_CONTESTED_SPAN
DISPUTE = DISPUTE + "|" + DIFFERENCE_CONTESTED_SPAN
# "minus kreditfakturan 7100044": a credit note applied, not one contested or claimed.
CREDIT_APPLIED = (
    r"\b(?:minus|less|net of|after deducting|abzüglich|unter abzug|déduction faite d\w*|"
    r"moins|menos|descontando|meno|dedotto|verminderd met|min|pomniejszon\w* o|"
    r"după deducerea|med avdrag för|efter avdrag för|eksi|umanjen\w* za)\s+(?:the |die |der |"
    r"de |la |el |il |a |o |den |det |l')?(?:credit ?note|gutschrift|avoir|nota de cr[ée]dito|"
    r"nota di credito|creditnota|korekt\w*|nota de credit|notei de credit|kreditfaktura\w*|"
    r"kreditnota\w*|iade fatura\w*|knjižn\w* odobrenj\w*)\w*"
)
# "wie üblich", "comme d'habitude", "as usual": said of this very payment, not a habit.
AS_USUAL = (
    r"\b(?:as usual|like always|wie (?:immer|üblich|gewohnt)|comme d'habitude|comme toujours|"
    r"como siempre|como de costumbre|come al solito|come sempre|como sempre|como de costume|"
    r"zoals (?:altijd|gebruikelijk|gewoonlijk)|jak zwykle|jak zawsze|ca de obicei|ca întotdeauna|"
    r"som vanligt|som alltid|her zamanki gibi|kao i obično|kao i uvijek)\b|"
    r"いつも通り|いつものように|"
    r"照常|和往常一样|像往常一样"
)
# "fehlt uns die Liquidität", "nos falta liquidez": cash flow, not missing goods.
LACK_OF_FUNDS = (
    r"(?:fehlt|fehlen|fehlte)\s+(?:uns\s+)?(?:\w+\s+){0,2}?(?:die\s+)?(?:liquidität|mittel|geld)|"
    r"\b(?:lack|short of) (?:the )?(?:funds|liquidity|cash)|"
    r"manque (?:de )?(?:trésorerie|liquidités|fonds)|(?:nos )?falta (?:de )?(?:liquidez|fondos)|"
    r"(?:ci )?manca (?:la )?liquidità|falta(?:-nos)? (?:de )?liquidez|"
    r"ontbreekt (?:ons )?(?:het )?(?:geld|liquiditeit)|brakuje (?:nam )?(?:płynności|środków)|"
    r"(?:ne )?lipsesc (?:fondurile|lichiditățile|banii)|saknar (?:vi )?(?:likviditet|pengar)|"
    r"nedostaje (?:nam )?(?:likvidnosti|sredstava|novca)"
)
ANY_DISCREPANCY = ANY_DISCREPANCY + "|" + CREDIT_APPLIED + "|" + LACK_OF_FUNDS
# "payées ce matin par virement", "pagada ayer": a bare participle with its time or means.
PAID_PARTICIPLE_TIMED = (
    r"\b(?:payée?s?|réglée?s?|virée?s?)\s+(?:ce matin|hier|aujourd'hui|avant-hier|le \d|lundi|"
    r"mardi|mercredi|jeudi|vendredi|la semaine dernière|par (?:virement|chèque|prélèvement))|"
    r"\b(?:pagad[oa]s?|abonad[oa]s?|transferid[oa]s?)\s+(?:ayer|hoy|esta mañana|anteayer|el \d|"
    r"el (?:lunes|martes|miércoles|jueves|viernes)|por transferencia)|"
    r"\b(?:pagat[aoie]|saldat[aoie]|bonificat[aoie])\s+(?:ieri|oggi|stamattina|l'altro ieri|il \d|"
    r"(?:lunedì|martedì|mercoledì|giovedì|venerdì)|con bonifico|tramite bonifico)|"
    r"\b(?:pag[ao]s?|quitad[oa]s?|liquidad[oa]s?)\s+(?:ontem|hoje|esta manhã|anteontem|no dia \d|"
    r"por (?:transferência|pix|boleto))"
)
PAID = PAID + "|" + PAID_PARTICIPLE_TIMED
# "Onay verirseniz", "if you approve": the creditor's approval of a plan, no workflow.
YOUR_APPROVAL_MORE = (
    r"onay verirseniz|onaylarsanız|uygun görürseniz|if you (?:approve|agree)|"
    r"wenn sie (?:zustimmen|einverstanden sind)|si vous (?:acceptez|êtes d'accord)|"
    r"si (?:usted )?(?:acepta|está de acuerdo)|se (?:siete d'accordo|approvate)|"
    r"als u (?:akkoord gaat|instemt)|jeśli (?:się )?(?:zgodzą|zgadzacie)|dacă (?:sunteți de acord|"
    r"aprobați)|"
    r"om ni (?:godkänner|går med på)|ako (?:se slažete|odobrite)"
)
# "Hon är på semester", "han gick på semester": somebody else's absence, no absence notice.
THIRD_PERSON = (
    r"\b(?:he|she|hon|han|sie|er|elle|il|ella|él|lei|lui|ela|ele|zij|hij|ona|on|ea|o|"
    r"my colleague|our colleague|the manager|kollege|kollegin|collègue|colega|collega|kollega|"
    r"kolega|kolegica|meslektaşım|kompanjon|partner|chef|boss|förvaltare|manager|director|"
    r"direktör|direktor|director(?:a|ul)?)\b|担当者は|同事|他|她"
)
# "haben wir am 22.01. in einer Sammelüberweisung über 3.579,95 € bezahlt": the verb bracket.
PAID_BRACKET = (
    r"\b(?:haben wir|wir haben|hatten wir|wir hatten|hebben we|we hebben|hebben wij|wij hebben)"
    r"(?:\s+\S+){1,12}?\s+(?:bezahlt|überwiesen|beglichen|angewiesen|gezahlt|ausgeglichen|"
    r"betaald|overgemaakt|voldaan)\b"
)
PAID = PAID + "|" + PAID_BRACKET
# "Die restlichen CHF 3'200.00 folgen Ende Monat": the remainder, with its amount, follows.
REST_AMOUNT_FOLLOWS = (
    r"\b(?:die restlichen|der restliche|den restlichen|the remaining|the outstanding|les? "
    r"restants?|el restante|los restantes|il restante|i restanti|o restante|os restantes|"
    r"de resterende|het resterende|pozostałe|restul de|resterande|kalan|preostal\w*)\b"
    r"(?:[^.\n]|\.(?=\d)){0,40}?\b(?:folg\w*|kommt|kommen|follows?|will follow|suivr\w*|"
    r"seguir\w*|volg\w*|wpłyn\w*|urmeaz\w*|följer|kommer|gelecek|slijed\w*)\b"
)
PROMISE = PROMISE + "|" + REST_AMOUNT_FOLLOWS

# ---------------------------------------------------------------------------------------------
# Round nine, tenth writer (formal hospital and pharmacy replies, terse practices).
# ---------------------------------------------------------------------------------------------
# "Bitte um Gutschrift bzw. korrigierte Rechnung, dann überweisen wir": pays after a credit.
CREDIT_THEN_PAY = (
    _CREDIT_DOC
    + r"[^.]{0,40}?[,;]?\s*\b(?:dann|then|and then|alors|et nous|entonces|y (?:os|le|les) "
    r"(?:pagamos|pagaremos)|allora|e poi|então|e depois|dan|daarna|wtedy|to|atunci|și apoi|så|"
    r"sedan|o zaman|ondan sonra|onda|pa|nakon toga)\b"
)
# "falta el abono", "fehlt die Gutschrift", "saknas kreditfakturan": a credit still owed.
CREDIT_STILL_MISSING = (
    r"\b(?:missing|still missing|outstanding|fehlt|fehlen|manque|il manque|falta|faltan|manca|"
    r"mancano|ontbreekt|ontbreken|brakuje|lipsește|lipsesc|saknas|saknar vi|eksik|nedostaje|"
    r"still (?:no|not received)|noch keine|toujours pas (?:reçu )?(?:d'|l')?|todavía no|ancora "
    r"non|ainda não|nog geen|nadal nie|încă nu|fortfarande ingen|hâlâ|još nismo dobili)\s+"
    r"(?:\w+\s+){0,2}?(?:the |die |der |l'|le |el |la |il |a |o |de |het |den |det )?"
    + _CREDIT_DOC
    + r"|\babono\b[^.]{0,30}\b(?:falta|no (?:ha llegado|nos ha llegado|hemos recibido))\b|"
    r"\bfalta el abono\b|\b(?:hasta que no|mientras no) (?:nos )?(?:llegue|llegu?e|recibamos)\b"
    r"[^.]{0,30}\b(?:abono|rectificativa)\b"
)
# "On ne réglera pas cette facture tant que ...": the third person "on" form.
PAY_REFUSED_ON = (
    r"\bon ne (?:réglera|paiera|payera|règle|paie|paye)\b[^.]{0,60}\b(?:pas|rien)\b|"
    r"\bno se (?:paga|pagará|abona|abonará)\b|\bnon (?:si paga|verrà pagat\w*)\b|"
    r"\b(?:wird|werden) (?:so )?nicht (?:bezahlt|überwiesen)\b|\bzahlen wir so nicht\b"
)
DAMAGED_MORE = (
    r"\b(?:écrasée?s?|abîmée?s?|cassée?s?|détériorée?s?|crushed|dented|smashed|leaking|"
    r"zerdrückt|zerbrochen|eingedrückt|aplastad[oa]s?|abollad[oa]s?|schiacciat[aoie]|"
    r"ammaccat[aoie]|amassad[oa]s?|amolgad[oa]s?|geplet|gedeukt|zgniecion\w*|pogniecion\w*|"
    r"zdrobit\w*|turtit\w*|krossad\w*|intryckt\w*|ezilmiş|ezik|zgnječen\w*|razbijen\w*|"
    r"s razbijen\w*)\b|つぶれ|潰れ|压坏|压扁"
)
PAID_FORMAL = (
    r"\b(?:avons|a) procédé (?:ce jour |aujourd'hui |hier |le \d+\S* )?(?:au|à (?:un|une|la|le))"
    r" (?:virement|règlement|paiement)|\b(?:hemos procedido|procedimos) (?:hoy |ayer )?al? "
    r"(?:pago|abono|transferencia)|\babbiamo (?:provveduto|proceduto) (?:al|a) "
    r"(?:pagamento|bonifico|saldo)|\b(?:procedemos|procedemos hoje|efetuámos|efetuamos) (?:ao|à|o|"
    r"a)"
    r" (?:pagamento|transferência)|"
    r"\b(?:está|estão|esta) (?:paga|pago|pagas|pagos|liquidad[oa]s?|quitad[oa]s?)\b|"
    r"\bödeme(?:si|leri)?\b(?:\s+\S+){0,4}?\s+(?:yapılmıştır|yapıldı|gerçekleştirilmiştir|"
    r"gerçekleştirildi)|\bplaćen[aoi]? je\b|\bje plaćen[aoi]?\b"
)
PARTIAL_FORMAL = (
    r"\b(?:règlement|paiement|versement) partiel|\bpartial payment|\bteilzahlung|\bpago parcial|"
    r"\bpagamento (?:parziale|parcial)|\bgedeeltelijke betaling|\bczęściow\w+ (?:płatność|"
    r"zapłat\w*|wpłat\w*)|\bplat[ăa] parțial[ăa]|\bdelbetalning|\bkısmi ödeme|\bdjelomičn\w+ "
    r"(?:plaćanje|uplat\w*)|(?:efetivamente|realmente|effectivement|tatsächlich|actually) "
    r"(?:recebid|reçu|geliefert|erhalten|received|entregad|consegnat)\w*|"
    r"\b(?:credit ?note|gutschrift|avoir|nota de cr[ée]dito|nota di credito|creditnota|"
    r"korekt\w*|notă de credit|kreditfaktura|odobrenje)\s+(?:\w+\s+){0,2}?(?:for |für |de |"
    r"pour |per |da |do |voor |na |pentru |för |za )?(?:the |die |la |el |a |de |het |l')?"
    r"(?:difference|differenz|différence|diferencia|differenza|diferença|verschil|różnic\w*|"
    r"diferenț\w*|mellanskillnad\w*|skillnad\w*|farkı|razlik\w*)"
)
# "Ovaj ide u plaćanje idući tjedan", "entran en la remesa": goes into the payment run.
GOES_TO_PAYMENT = (
    r"\bide u (?:plaćanje|isplatu)\b|\bgeh(?:t|en) (?:in die|in|mit dem|mit der) "
    r"(?:zahlung|zahllauf|zahlungslauf)\b|\bpasse(?:ra|nt)? en (?:paiement|règlement)\b|"
    r"\bentra(?:n|rá|rán)? en (?:la )?remesa\b|\bva(?:nno)? in pagamento\b|"
    r"\bentra(?:m)? (?:no|em) pagamento\b|\bgaa?t(?:en)? in (?:de )?(?:betaling|betaalrun)\b|"
    r"\bidzie do (?:zapłaty|płatności|przelewu)\b|\bintră la plată\b|\bgår (?:till|i) "
    r"betalning\w*\b|\bödemeye (?:girecek|alınacak|alınacaktır)\b|"
    r"\bprovvederemo\b|\bprovvediamo\b|\bprovvederà al (?:pagamento|saldo|bonifico)\b|"
    r"\bprocederemo al pagamento\b|"
    r"\bprocéderons au (?:paiement|règlement|virement)\b|\bprocederemos al (?:pago|abono)\b"
)
# "A 004561 ainda tá com o financeiro", "liegt noch bei der Buchhaltung": still in-house.
STILL_WITH_ACCOUNTS = (
    r"\b(?:ainda )?(?:está|tá) (?:com|no) (?:o )?(?:financeiro|contas a pagar|contabilidade)\b|"
    r"\bliegt (?:noch )?(?:bei|in) der (?:buchhaltung|kreditorenbuchhaltung|prüfung)\b|"
    r"\best (?:encore )?(?:chez|à) la (?:compta|comptabilité)\b|\bsigue en contabilidad\b|"
    r"\bè ancora in (?:contabilità|amministrazione)\b|\bligt (?:nog )?bij (?:de )?boekhouding\b|"
    r"\bjest (?:jeszcze|nadal) w księgowości\b|\be (?:încă )?la contabilitate\b|"
    r"\bligger (?:fortfarande |kvar )?hos ekonomi\w*\b|\bmuhasebede (?:bekliyor|incelemede)\b|"
    r"\b(?:još )?je u računovodstvu\b|还在财务(?:那里|审核)|経理で確認中|"
    r"\b(?:in corso di liquidazione|in attesa del visto|visto di regolarità|"
    r"in fase di liquidazione)\b"
)
# "Plata se va efectua după obținerea tuturor vizelor", "待审批流程完成后": after approval.
AFTER_APPROVAL = (
    r"\b(?:after (?:the )?(?:approval|sign-?off)|nach (?:der )?(?:freigabe|genehmigung)|"
    r"après (?:validation|approbation|le visa)|tras la aprobación|después de la aprobación|"
    r"dopo (?:l'approvazione|il visto)|a visto apposto|após (?:a )?aprovação|na goedkeuring|"
    r"po zatwierdzeniu|po akceptacji|după (?:obținerea|aprobarea|viza)\w*|efter attest\w*|"
    r"onaydan sonra|nakon odobrenja)\b|承認後|审批[^。，]{0,6}(?:完成|通过|结束|完毕)后|"
    r"待[^。，]{0,10}审批[^。，]{0,8}后|当(?:审批|审核)[^。，]{0,6}后"
)
# "Faktura 62310 har vi aldrig fått", "一直没有收到对应的发票": never received (copy).
NEVER_GOT_INVOICE = (
    r"\b(?:faktur\w*|rechnung|invoice|factur\w*|fattura|fatura|factuur|račun\w*)\b"
    r"(?:\s+\S+){0,3}?\s+(?:har vi|haben wir|we have|hebben we) (?:aldrig|nie|never|nooit|"
    r"inte|nicht|not) (?:fått|bekommen|erhalten|received|ontvangen|gekregen)|"
    r"(?:没有|没|未|一直没有|一直没)收到[^。，,\uff0c（(]{0,30}发票"
)
VENDOR_INVOICES_ELSEWHERE = (
    r"\b(?:ska|skall) skickas (?:som pdf )?till\b|"
    r"\b(?:alla |all )?(?:leverantörsfakturor|supplier invoices|lieferantenrechnungen|"
    r"factures fournisseurs|facturas de proveedores|fatture (?:passive|fornitori)|"
    r"leveranciersfacturen|faktury kosztowe|facturile furnizorilor)\b[^.]{0,60}?"
    r"\b(?:ska|skall|must|müssen|doivent|deben|devono|moeten|należy|trebuie)\b"
)
TRANSFER_ORDER_EXCLUDE = r"\bCIG\b|\bCUP\b"
DISPUTE = DISPUTE + "|" + CREDIT_STILL_MISSING + "|" + PAY_REFUSED_ON + "|" + DAMAGED_MORE
CONDITIONAL = CONDITIONAL + "|" + CREDIT_THEN_PAY + "|" + AFTER_APPROVAL
CONDITIONAL_CORE = CONDITIONAL_CORE + "|" + CREDIT_THEN_PAY + "|" + AFTER_APPROVAL
PAID = PAID + "|" + PAID_FORMAL
PARTIAL = PARTIAL + "|" + PARTIAL_FORMAL
STRONG_PARTIAL = STRONG_PARTIAL + "|" + PARTIAL_FORMAL.split("|(?:efetivamente")[0]
PROMISE = PROMISE + "|" + GOES_TO_PAYMENT
PROCESSING = PROCESSING + "|" + STILL_WITH_ACCOUNTS
COPY = COPY + "|" + NEVER_GOT_INVOICE
WRONG_CONTACT = WRONG_CONTACT + "|" + VENDOR_INVOICES_ELSEWHERE
# "Je la passe en paiement dès réception": the payment waits on the copy.
ON_RECEIPT = (
    r"\b(?:dès réception|à réception|upon receipt|on receipt|once received|nach erhalt|"
    r"nach eingang|al recibir(?:la|lo)?|en cuanto (?:la|lo) recibamos|a ricevimento|appena "
    r"(?:la|lo) riceviamo|após (?:o )?recebimento|assim que (?:a|o) recebermos|na ontvangst|"
    r"zodra we (?:hem|ze|die) (?:hebben )?ontvangen|po otrzymaniu|la primire|la primirea|"
    r"vid mottagande|när vi (?:har )?fått (?:den|dem)|alındığında|eline geçince|po primitku|"
    r"čim (?:ga|ju) primimo|när (?:den|de) (?:har )?kommit (?:in|fram)|once it (?:has )?(?:arrived|"
    r"come in|reached us)|sobald sie (?:bei uns )?eingegangen ist|dès qu'elle (?:nous )?(?:sera|"
    r"est) "
    r"(?:arrivée|parvenue)|cuando (?:nos )?llegue|quando (?:ci )?arriva|quando chegar|zodra "
    r"(?:hij|ze|die) binnen is|jak (?:tylko )?dotrze|când (?:o )?primim|kad stigne)\b|"
    r"受領後|届き次第|收到后|收到以后"
)
# "Diferența o achităm luna viitoare" after a part paid: the difference is the remainder.
STRONG_PARTIAL = STRONG_PARTIAL + (
    r"|\b(?:diferența|diferenta|the difference|die differenz|la différence|la diferencia|"
    r"la differenza|a diferença|het verschil|różnicę|mellanskillnaden|farkı|razliku)\b"
    r"(?=[^.]{0,40}\b(?:o achităm|o plătim|we(?:'ll| will) pay|zahlen wir|nous (?:réglerons|"
    r"paierons)|la (?:pagaremos|pagamos)|la (?:paghiamo|pagheremo)|(?:a )?pagaremos|betalen we|"
    r"zapłacimy|betalar vi|ödeyeceğiz|platit ćemo))"
)

# ---------------------------------------------------------------------------------------------
# Round nine, second battery (longer replies by an independent writer).
# ---------------------------------------------------------------------------------------------
# Time ahead, including the vague kind ("tonight", "im Laufe des Dezembers", "début décembre").
FUTURE_TIME_BROAD = (
    FUTURE_TIME + r"|tonight|this evening|later today|this week|within (?:the )?(?:next|coming)|"
    r"in the course of|ce soir|cette semaine|début (?:de |d')?\w+|d'ici|au plus tard|"
    r"heute abend|diese woche|im laufe d\w+|anfang \w+|spätestens|esta noche|esta semana|"
    r"durante la próxima|a primeros de|a más tardar|stasera|questa settimana|entro|"
    r"hoje à noite|esta semana|até|vanavond|deze week|uiterlijk|dziś wieczorem|w tym tygodniu|"
    r"najpóźniej|diseară|săptămâna aceasta|cel târziu|până (?:la|pe|vineri|luni)|ikväll|i kväll|"
    r"denna vecka|den här veckan|under nästa vecka|senast|bu akşam|bu hafta|önümüzdeki|"
    r"hafta içinde|en geç|večeras|ovaj tjedan|tijekom|najkasnije|今晚|今夜|本周|这周|月底前|"
    r"下个月|下月|来月|今週中|月末まで|明日"
)
# A pay action: the verbs and nouns of paying, transferring, sending money.
PAY_ACTION = (
    r"\b(?:pay|paying|payment|transfer|wire|remit|settle|send (?:you )?(?:the )?(?:money|"
    r"payment|funds|cheque|check)|cheque|zahl\w*|überweis\w*|begleich\w*|payer|paiement|"
    r"règlement|régler|réglerons|virement|virer|chèque|pag\w+|transfer\w+|deposit\w*|abon\w+|"
    r"bonific\w*|versa\w*|pix|boleto|betal\w*|overmak\w*|overboek\w*|overschrijving|"
    r"płac\w*|płat\w*|zapłac\w*|przelew\w*|plăt\w*|plat[aăi]\w*|achit\w*|vir\w+|swish\w*|"
    r"bankgiro|ödeme\w*|öde\w*|havale|eft|uplat\w*|plać\w*|platit\w*)\b|"
    r"振込|振り込|支払|払|转过去|转账|转给|汇款|付款|支付|打款|到账"
)
# "Ich glaube" aside, "last year we always paid on time": a habit, no report of payment.
HABIT_PAST = (
    r"\b(?:always|every time|immer|stets|toujours|siempre|sempre|altijd|zawsze|mereu|"
    r"întotdeauna|alltid|hep|her zaman|uvijek|uvek)\b[^.]{0,40}\b(?:on time|pünktlich|à temps|"
    r"à l'heure|a tiempo|puntualmente|in tempo|puntuali|em dia|a tempo|op tijd|w terminie|"
    r"na czas|la timp|i tid|zamanında|na vrijeme|期限内|按时)|(?:いつも|毎回)[^。]{0,10}期日"
)
# "Sie sollten den Betrag bereits erhalten haben", "deberíais haberlo recibido ya": it is paid.
SHOULD_HAVE_RECEIVED = (
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
# "it has gone out", "abgegangen", "il est parti", "salió con la remesa", "przelew wyszedł".
GONE_OUT = (
    r"\b(?:has|have) gone out\b|\bwent out\b|\bwas (?:sent|posted|mailed|released)\b|"
    r"\bposted (?:to|on)\b|\babgegangen\b|\brausgegangen\b|\best partie?\b|\bsont partis\b|"
    r"\bsalió\b|\bsalieron\b|\bè partit[oa]\b|\bsaiu\b|\bis (?:\w+ ){0,4}(?:meegegaan|"
    r"verstuurd|vertrokken)\b|\bwyszedł\b|\bposzedł\b|\bposzły\b|\ba plecat\b|\bau plecat\b|"
    r"\bgick (?:iväg|ut)\b|\bgitti\b|\botišao je\b|\botišla je\b|\bizvršen\w* je\b|"
    r"\bje izvršen\w*\b|汇出|已发出|已寄出|決済済み|送金済み"
)
# "Veți avea banii în cont", "jullie hebben het geld binnen", "35,600元月底前一定到账".
MONEY_ARRIVES = (
    r"\byou(?:'ll| will) (?:have|receive|get) (?:the |your )?(?:money|payment|funds|amount)|"
    r"\b(?:sie|ihr) (?:haben|erhalten|bekommen) (?:das geld|den betrag|die zahlung)|"
    r"\bvous (?:aurez|recevrez) (?:donc )?(?:les?|la|votre|vos) |\bla tendrán\b|"
    r"\btendrán (?:el dinero|el pago|el importe)|\bavrete (?:i soldi|il pagamento|l'importo)|"
    r"\bvocês? (?:terá|terão|vai ter|vão ter|receberá|receberão)|\bjullie hebben het geld\b|"
    r"\bu (?:heeft|ontvangt) het (?:geld|bedrag)|\bpieniądze będą u (?:państwa|pana|pani)\b|"
    r"\bveți avea banii\b|\bveți primi banii\b|\bni (?:har|får) pengarna\b|"
    r"\bparanız hesabınızda olur\b|\bhesabınıza geçecek\b|\bnovac (?:će|ćete) (?:biti|imati)|"
    r"一定到账|会到账|能到账|ご入金いただけ"
)
# "spread the balance over a few months", "afbetalingsplan", "parcelar em 3x".
PLAN_NINTH = (
    r"\bspread (?:the |our )?(?:\w+ )?(?:balance|amount|payment|debt)\w* over\b|"
    r"\bpay (?:it )?off (?:gradually|in stages)|\bafbetalingsplan\w*|\bafbetalingsregeling\w*|"
    r"\bparcelar\b|\bparcelad[oa]\b|\bem \d+x\b|\bdela upp (?:skulden|beloppet|betalningen)|"
    r"\bmånadsbetalningar\b|\bdelbetalningar\b|\btaksitlendir\w*|\bna rate\b|\bna raty\b|"
    r"\bin rate\b|\ba rate mensili\b|\brateizz\w*|\bfraccionar\b|\bratenzahlung\w*|"
    r"\bpaiement en plusieurs fois\b|\béchelonner\b|\bîn rate\b|\beșalona\w*|\bobroč\w*|分割|分期"
)
# "Faktura 30218 verkar vara en dubblett av 30197", "wrong VAT rate", "service never done".
DISPUTE_NINTH = (
    r"\b(?:dubblett|dublette|doublon|duplicidade|mükerrer)\b|invoiced twice|billed twice|doppelt "
    r"(?:berechnet|fakturiert|in rechnung)|facturée? deux fois|facturad[oa] dos veces|"
    r"fatturat[oa] due volte|faturad[oa] duas vezes|twee keer gefactureerd|dwukrotnie "
    r"zafakturowan\w*|facturat de două ori|fakturerad två gånger|iki kez fatura\w*|"
    r"dvaput fakturiran\w*|重复开票|二重請求|"
    r"\b(?:vat|tva|iva|mwst|ust|btw|kdv|pdv|moms|vat rate)\b[^.]{0,40}\b(?:\d+ ?%)[^.]{0,30}"
    r"(?:instead|au lieu|en lugar|anziché|em vez|in plaats|zamiast|în loc|istället|yerine|"
    r"umjesto|et non|not|nicht|no|non|não|niet|nie|nu|inte|değil|ne)\b|"
    r"(?:税率)[^。]{0,12}(?:开成|开错|错|不对|約定|约定)|"
    r"\bnever (?:came|showed up|turned up|arrived)\b[^.]{0,30}|"
    r"\b(?:no se llegó a realizar|nunca vino|nunca se hizo|jamais venu|n'a jamais été réalisée?|"
    r"nie (?:został[aoy]? )?(?:wykonan\w*|zrealizowan\w*)|nooit (?:gekomen|uitgevoerd)|"
    r"nu a fost (?:efectuat|realizat)\w*|aldrig (?:utförd|kom)|hiç gelmedi|"
    r"nikad (?:nije )?došao)\b|"
    r"根本没有做|一直没来|没有做|まだ実施されて|"
    r"\bno estamos conformes\b|\bnon siamo d'accordo\b|\bnão concordamos\b|\bnie zgadzamy się\b|"
    r"\bnu suntem de acord\b|\bkabul etmiyoruz\b|\bne slažemo se\b|\bwe (?:do not|don't) agree\b|"
    r"\b(?:tänker|kommer) vi (?:däremot |dock )?inte (?:att )?betala\b|"
    r"\blo que no vamos a pagar\b|\bniet gaan betalen\b|\bdie we (?:dus )?niet (?:gaan )?betalen\b|"
    r"实际(?:的)?(?:入荷|到货)|実際の入荷は|不认|我们不认"
)
# Part paid, and no more said: "we've only been able to send across half".
PART_PAID = (
    r"\b(?:only|just|solo|sólo|solamente|nur|seulement|uniquement|soltanto|apenas|só|alleen|"
    r"slechts|tylko|doar|bara|endast|sadece|yalnızca|samo)\b[^.]{0,40}\b(?:half|a part|part|"
    r"die hälfte|einen teil|la moitié|une partie|la mitad|una parte|parte|metà|metade|de helft|"
    r"een deel|połow\w*|część|jumătate\w*|o parte|halva|halften|en del|yarısı\w*|bir kısm\w*|"
    r"pol[ae]?|polovic\w*|dio)\b|"
    r"\b(?:half|die hälfte|la moitié|la mitad|metà|metade|de helft|połow\w*|jumătate\w*|halva|"
    r"halften|yarısı\w*|pola|polovic\w*)\b[^.]{0,30}\b(?:paid|sent|bezahlt|überwiesen|payée?|"
    r"versée?|pagad[oa]|consignamos|transferimos|pagat[oa]|pagamos|betaald|overgemaakt|"
    r"zapłac\w*|plătit\w*|swishat|betalat|yatır\w*|ödedik|platili|platiti|uplatili)\b|"
    r"\b(?:paid|sent|bezahlt|überwiesen|consignamos|transferimos|pagamos|betaald|zapłaciliśmy|"
    r"plăti|swishat|betalat|yatırabildik|ödedik|platiti)\b[^.]{0,30}\b(?:half|die hälfte|la "
    r"moitié|la mitad|metà|metade|de helft|połowę|jumătate|halva|halva beloppet|yarısını|pola)\b|"
    r"\bacompte\b|\ba cuenta\b|\bà hauteur de\b|\bdecurtando\b|\beksik ödedik\b|"
    r"半額(?:のみ)?(?:の)?(?:お支払い|支払|振込)|先付了一半|付了一半|付了余款"
)
PAID = PAID + "|" + SHOULD_HAVE_RECEIVED + "|" + PART_PAID
PROMISE = PROMISE + "|" + MONEY_ARRIVES
PLAN = PLAN + "|" + PLAN_NINTH
DISPUTE = DISPUTE + "|" + DISPUTE_NINTH
STRONG_PARTIAL = STRONG_PARTIAL + "|" + PART_PAID
PARTIAL = PARTIAL + "|" + PART_PAID
HABITUAL = HABITUAL + r"|\bmereu\b|\bhep\b"

# "last year we always paid on time": the payments of a habit, not the one asked about.
# (HABIT_PAST, above, is checked against each paid sentence.)
# "Vanochtend overgemaakt, zou morgen op jullie rekening moeten staan": money on its way.
ARRIVAL = (
    r"\b(?:should|will|would) (?:\w+ )?(?:arrive|reach you|be (?:on|in) your (?:account|bank))|"
    r"\bon your account\b|\bauf ihrem konto\b|\bsur votre compte\b|\ben (?:su|vuestra) cuenta\b|"
    r"\bsul vostro conto\b|\bna (?:sua|vossa) conta\b|\bop (?:jullie|uw) rekening\b|"
    r"\bna (?:waszym|państwa) (?:koncie|rachunku)\b|\bîn contul dumneavoastră\b|\bîn cont\b|"
    r"\bpå (?:ert|ditt|erat) konto\b|\bhesabınıza geç\w*|\bna vašem računu\b|到账|着金|入金され"
)
# "Die restlichen 600 € behalten wir ein", "we're holding that back": part withheld, contested.
WITHHELD = (
    r"\b(?:holding (?:that|it|this|the \w+) back|hold(?:ing)? back|withh(?:o|e)ld(?:ing)?|"
    r"behalten wir ein|einbehalten|retenons|retenemos|retenido|tratteniamo|trattenut[oa]|"
    r"retemos|retid[oa]|houden we in|ingehouden|wstrzymujemy|wstrzyman[aey]|reținem|reținut[ăe]?|"
    r"håller inne|innehåll\w*|alıkoyuyoruz|zadržavamo|zadržan\w*)\b|保留|暂扣|差し止め"
)
# "We've paid $3,200 of the $4,000", "apenas em 3 200 €", "à hauteur de 3 600 € seulement".
PAID_X_OF_Y = (
    # the first sum carries its currency, the second is introduced as the whole
    r"(?:[$€£]\s?\d[\d.,' ]*|\d[\d.,' ]*\s?(?:€|eur|euro|usd|£|gbp|zł|pln|lei|ron|kr|sek|tl|try|"
    r"chf))\s+(?:of the|of|out of|von|sur|de los|de las|dei|delle|dos|das|van de|din|av|od)\s+"
    r"(?:the |den |les |la |el |il |o |a |de |totalt )?(?:[$€£]|r\$|chf)?\s?\d|"
    r"\b(?:apenas|seulement|only|nur|solo|solamente|soltanto|alleen|slechts|tylko|doar|bara|"
    r"endast|sadece|samo)\b(?: em| à hauteur de)?\s+[$€£]?\s?\d[\d.,' ]*\s?(?:€|eur|\$|£|zł|"
    r"lei|kr|tl|chf)"
)
PAID = (
    PAID + r"|\b(?:ya )?está(?:n)? (?:transferid|pagad|abonad)[oa]s?\b|\b(?:e|este|sunt) "
    r"plătit[ăe]? deja\b|\be plătită\b|\brisulta(?:no)? (?:da noi |già )?(?:pagat|saldat)[aoie]\b|"
    r"\bfueron (?:abonad|pagad|transferid)[oa]s\b|決済済み"
)
DISPUTE = DISPUTE + "|" + WITHHELD
PARTIAL = PARTIAL + "|" + PAID_X_OF_Y
STRONG_PARTIAL = STRONG_PARTIAL + "|" + PAID_X_OF_Y
NOT_REMAINDER = NOT_REMAINDER + (
    r"|\b(?:la )?metà (?:di|del|della) \w+|\ba mitad de \w+|\bmediados de\b|\bla moitié (?:de|du) "
    r"\w+|\bmetade de \w+|\bmitte \w+|\bhalverwege\b|\bpołow(?:a|ie) \w+|\bjumătatea lunii\b|"
    r"\bmitten av\b|\bsredinom\b"
)
WRONG_CONTACT = WRONG_CONTACT + (
    r"|\bwerk (?:\w+ ){0,4}niet meer (?:op|bij|voor)\b|\bniet meer op de "
    r"(?:crediteurenadministratie|boekhouding)\b|経理担当を外れ|担当を外れ|担当ではなくなり|"
    r"\bno longer (?:work|working) (?:in|on|for)\b|\barbeite (?:\w+ ){0,3}nicht mehr in\b"
)
COPY = COPY + r"|\bsuret\w*\b"
PROMISE = PROMISE + (
    r"|\bentra (?:no|na) (?:próximo|próxima) (?:lote|remessa)\b|\bpartira avec (?:le|la|notre|nos) "
    r"(?:prochain|prochaine)\w*|\bgaat mee (?:met|in) de (?:volgende )?betaalrun\b"
)
PAID = PAID + (
    r"|\bya (?:la|lo|las|los) (?:pagamos|abonamos|transferimos)\b|\b(?:zapłacon|opłacon)[aey] "
    r"(?:we?|dnia|wczoraj|dzisiaj|\d)|\bs-a(?:u)? plătit\b|\ba fost plătit[ăe]?\b|"
    r"已于(?:(?!不再|不负责)[^。，,\uff0c]){0,12}(?:汇出|付款|支付|转账|付清)"
)
STRONG_PARTIAL = STRONG_PARTIAL.replace("|部分", "|(?<![这该此全])部分").replace(
    r"pozostał\w*|", r"pozostał(?!ymi płatnościami)\w*|"
)

# ---------------------------------------------------------------------------------------------
# Round nine, fourth battery (the rarer intents and their traps).
# ---------------------------------------------------------------------------------------------
# "I only place the orders", "je suis au service achats", "zajmuję się tylko zakupami".
ONLY_PURCHASING = (
    r"\b(?:i(?:'m| am)? (?:only |just )?(?:in|from|with) purchasing|i only (?:place|handle|do) "
    r"(?:the )?(?:orders|purchasing|buying)|nothing to do with (?:paying|payments|invoices)|"
    r"(?:ich bin|bin) (?:nur |ausschließlich )?(?:im|für den|für) einkauf|nur für (?:den )?einkauf|"
    r"je suis (?:au|du) service achats|je ne m'occupe que des commandes|pas (?:du tout )?des "
    r"paiements|(?:yo )?llevo solo las compras|solo (?:llevo|gestiono|hago) (?:las )?compras|"
    r"mi occupo solo degli acquisti|non (?:sono|è) di mia competenza|sou da área de compras|"
    r"não cuido de(?:s)? pagamentos|ik doe alleen (?:de )?inkoop|met betalingen heb ik niks|"
    r"zajmuję się (?:tylko|wyłącznie) zakupami|płatności nie są w moim zakresie|mă ocup doar de "
    r"achiziții|nu (?:mă ocup )?de plăți|jag (?:jobbar|arbetar) (?:bara |endast )?med inköp|"
    r"sadece satın alma|ödemelerle ilgilenmiyorum|bavim se samo nabavom|"
    r"購買(?:担当|部)(?:のため|なので)|只负责采购|我是采购)"
)
# "Frau Schulz ist in Elternzeit ... bitte ausschließlich über das Portal": somebody else's
# long absence with another channel, written by a person: the contact is wrong.
ABSENT_COLLEAGUE_ELSEWHERE = (
    r"\b(?:in elternzeit|in mutterschutz|en congé (?:maternité|parental)|de licencia por "
    r"maternidad|de baja por maternidad|in maternità|in congedo|de licença[- ]maternidade|"
    r"met zwangerschapsverlof|met ouderschapsverlof|na urlopie (?:rodzicielskim|macierzyńskim)|"
    r"în concediu de maternitate|föräldraledig|doğum izninde|na porodiljnom|na rodiljnom|"
    r"産休|育休|产假)\b"
)
MOVED_DEPARTMENT = (
    r"\b(?:moved|transferred|switched) to (?:the )?(?:\w+ )?(?:department|team|hr|logistics|sales)|"
    r"\bhanded (?:\w+ ){0,3}over to\b|\bin eine andere abteilung gewechselt|\bist jetzt in der\b|"
    r"\ba été mutée? |\bchangé de service|\bse (?:ha )?(?:trasladado|cambiado) (?:a|al) "
    r"(?:departamento|área)|\bè stat[oa] trasferit[oa]|\bnon segue più|\bfoi transferid[oa]|"
    r"\bben overgestapt naar|\bdoe (?:de )?\w+ niet meer|\bprzeszł[aoy]? do (?:działu|innego)|"
    r"\bnie zajmuję się już|\bs-a mutat la|\bm-am mutat la|\bnu mai gestionez|\bhar bytt "
    r"avdelning|\bjobbar (?:numera|nu) (?:på|med)|\b(?:departmanından|bölümünden) \w+ geçti|"
    r"\bartık (?:firmamızda|şirketimizde|burada) çalışmıyor|\bprešao je u|\bprešla je u|"
    r"\bviše ne radi|異動|调岗|转岗|已调到"
)
# "the order was cancelled", "we returned the goods": nothing is owed for them.
CANCELLED_OR_RETURNED = (
    r"\b(?:order|commande|pedido|ordine|encomenda|bestelling|bestellung|auftrag|zamówienie|"
    r"comanda|beställning\w*|sipariş|narudžba|subscription|abonnement|abonnemang|abbonamento|"
    r"suscripción|assinatura)\b[^.]{0,40}\b(?:was |were |has been |had been |wurde |war |a été |"
    r"avait été |fue |se |è stat[oa] |era stat[oa] |foi |is |werd |został[aoy]? |a fost |blev |"
    r"har |je )?(?:cancel(?:l)?ed|storniert|annulée?|cancelad[oa]|canceló|annullat[oa]|"
    r"geannuleerd|opgezegd|anulowan[aey]|anulat[ăe]?|avbokad|makulerad|iptal edil\w*|"
    r"otkazan[aoi]?|uppsagt)\b|\bsipariş\b[^.]{0,30}\biptal edilmişti|"
    r"\b(?:we )?(?:returned|sent back) (?:the |both |all )?(?:goods|pallets|items|products|"
    r"parts|order|delivery)|\b(?:the )?(?:goods|items) (?:were|have been) returned|"
    r"\b(?:ware|waren|lieferung)\b[^.]{0,40}\b(?:zurückgeschickt|zurückgesandt|retourniert)|"
    r"\bzurückgeschickt\b|\b(?:marchandise|produits?)\b[^.]{0,30}\b(?:retournée?s?|renvoyée?s?)|"
    r"\bdevolvimos (?:la |los |las )?(?:mercancía|mercadería|productos|material)|"
    r"\bdevolvemos la mercancía|\babbiamo (?:reso|restituito) (?:la merce|i prodotti)|"
    r"\bmerce (?:è stata )?res[ao]\b|\bdevolvemos (?:a |as )?(?:mercadoria|peças)|"
    r"\b(?:goederen|artikelen)\b[^.]{0,30}\b(?:retour gestuurd|teruggestuurd|geretourneerd)|"
    r"\btowar (?:został )?zwrócony|\bzwróciliśmy (?:towar|produkty)|\bmarfa a fost returnată|"
    r"\bam returnat marfa|\bvarorna returnerades|\bvi har returnerat|\b(?:ürünleri|malları) "
    r"\w+ iade ettik|\biade ettik|\bvratili smo (?:robu|proizvode)|\broba je vraćena|"
    r"返品(?:しました|済み|いたしました)|已退货|退回了"
)
# "there must be a mistake: 40 units invoiced, 32 received", "20 hours billed, 14 worked".
COUNT_MISMATCH = (
    r"\b(?:must be|seems to be|there is|there's|we (?:believe|think) there (?:is|must be))"
    r" (?:a |an )?(?:mistake|error)|\bmuss (?:ein )?fehler vorliegen|\bhier muss ein fehler|"
    r"\bil doit y avoir une erreur|\bdebe haber (?:un )?error|\bdeve esserci un errore|"
    r"\bdeve haver (?:um )?(?:erro|engano)|\bwe denken dat er een vergissing|\bzaszła pomyłka|"
    r"\bo greșeală|\bvi tror att det (?:har blivit|blivit) fel|\bbir hata olmalı|\bmora (?:da )?"
    r"(?:je )?(?:postoji )?greška|\bdoes not match our records|\bdeckt sich nicht mit|"
    r"\bne correspond à rien|\bno (?:coincide|cuadra) con nuestros|\bnon corrisponde ai nostri|"
    r"\bnão confere com|\bkomt niet overeen met onze|\bnie zgadza się z naszymi|\bnu corespunde cu|"
    r"\bstämmer inte med|\bkayıtlarımızla örtüşmüyor|\bne odgovara našim|"
    r"\b(?:hat|habe|hatte) (?:nie|niemals) stattgefunden|\bnever took place|\bn'a jamais eu lieu|"
    r"\bnunca se (?:realizó|produjo)|\bnon (?:è )?mai (?:avvenut[oa]|stat[oa] effettuat[oa])|"
    r"\bnunca (?:foi realizad[oa]|aconteceu)|\bheeft nooit plaatsgevonden|\bnigdy się nie odbył"
)
# Processing: a goods receipt not booked (three-way match), head office validation, sign-off.
PROCESSING_NINTH = (
    r"\b(?:goods receipt|grn|wareneingang|entrada de mercancía|entrata merce|entrada de mercadoria|"
    r"goederenontvangst|przyjęcie towaru|pz\b|recepți\w*|mal kabul\w*|primka|inleverans)\b"
    r"[^.]{0,60}\b(?:not|nicht|no|non|não|niet|nie|nu|inte|henüz|nije|hasn't|noch)\b|"
    r"\b3-?way match|\bdreifach(?:er|e)? abgleich|\b(?:sent|forwarded|submitted) to (?:our )?"
    r"(?:head office|headquarters|hq|group)\b[^.]{0,30}\b(?:validation|approval)|"
    r"\ban (?:die )?zentrale (?:zur|für die) (?:prüfung|freigabe)|\bau siège pour validation|"
    r"\ba la casa matriz|\bsede central\b[^.]{0,20}\bvalidación|\bsede centrale\b[^.]{0,30}"
    r"\bvalidazione|\bà matriz para validação|\bsediul central pentru validare|\bhuvudkontoret för "
    r"(?:attest|godkännande)|\bgenel müdürlüğe onaya|\bbon pour accord|\bbon à payer|"
    r"\bpendiente de (?:la )?(?:aprobación|firma|visto bueno)|\bin attesa (?:del|della) "
    r"(?:firma|benestare|approvazione)|\baguarda (?:a )?(?:aprovação|assinatura)|"
    r"\battesterad av \w+ av \w+|\bzweite unterschrift|\bsecond signature"
)
WRONG_CONTACT = "|".join(
    (WRONG_CONTACT, ONLY_PURCHASING, ABSENT_COLLEAGUE_ELSEWHERE, MOVED_DEPARTMENT)
)
DISPUTE = DISPUTE + "|" + CANCELLED_OR_RETURNED + "|" + COUNT_MISMATCH
PROCESSING = PROCESSING + "|" + PROCESSING_NINTH
COPY = COPY + (
    r"|\bno tenemos constancia de haber recibido|\bnon ci risulta pervenut[ao]|"
    r"\bnão (?:nos )?consta (?:ter )?(?:sido )?recebid[ao]|\b(?:kopie|copy|copie|copia|cópia|"
    r"duplicat[ao]?|duplikat|duplicaat)\b[^.]{0,40}\b(?:accountant|auditor|wirtschaftsprüfer|"
    r"commissaire aux comptes|auditor|revisore|revisor|jaarcontrole|biegł\w*|auditor\w*|revisor\w*)"
)
# "Ihre Zahlungserinnerung vom 12.02.": the reminder is no payment.
REMINDER_NOUN = (
    r"\b(?:payment reminders?|reminders? of payment|zahlungserinnerung\w*|rappels? de paiement|"
    r"relances? de paiement|recordatorios? de pago|sollecit\w* di pagamento|lembretes? de "
    r"pagamento|avisos? de cobrança|betalingsherinnering\w*|przypomnieni\w* o (?:płatności|"
    r"zapłacie)|notificar\w* de plată|betalningspåminnelse\w*|ödeme hatırlatma\w*|podsjetni\w* "
    r"(?:za|o) plaćanj\w*)\b|支払(?:い)?督促|お支払いのお願い|付款提醒|催款"
)
TALK_ABOUT_PAYMENT = TALK_ABOUT_PAYMENT + "|" + REMINDER_NOUN
OOO = OOO + r"|\blipsesc (?:din|de la) birou\b"
ANY_DISCREPANCY = ANY_DISCREPANCY + r"|\blipsesc (?:din|de la) birou\b"
DISPUTE = DISPUTE + (
    r"|\b(?:goederen|artikelen|producten|zending)\b[^.]{0,60}\b(?:retour gestuurd|teruggestuurd|"
    r"geretourneerd|teruggezonden)\b"
)
WRONG_CONTACT = WRONG_CONTACT + (
    r"|購買(?:担当|部)(?:のため|なので|で)|只负责采购|我是采购|异动|異動|调岗|转岗|已调到|"
    r"\bradim samo u nabavi\b|\bplaćanja nisu moj posao\b|休产假|休育儿假|产假"
)
OOO = OOO + (
    r"|\bnieobecn[aey] w biurze\b|\bjestem nieobecn[aey]\b|休假(?:中|期间)?|返岗|年假|春节休假|"
    r"\bodsutn[aoi] (?:sam|sam do)\b"
)
DISPUTE = DISPUTE + (
    r"|\brobu smo vratili\b|\bvratili smo robu\b|\bdošlo do pogreške\b|返品して(?:おります|います)|"
    r"订单已(?:于[^。，]{0,10})?取消|已(?:于[^。，]{0,10})?退回|和我们的记录对不上"
)
PROCESSING = PROCESSING + r"|検収(?:処理)?がまだ|入库单(?:还没|未)|\bprimka\b[^.]{0,20}\bnije\b"
PLAN = PLAN + (
    r"|\bu ratama\b|\bmjesečn\w* rat\w*|\brat[ae] po\b|分[两三四五六七八九十\d]{1,2}个?月|"
    r"分[两三四五六]次(?:付|支付|付清)"
)
NEGATION = NEGATION + r"|不应|不会|不能|不予|不该|不用"
INJECTION = INJECTION + r"|\byok say\b|\bolarak işaretle\b|\bödendi olarak\b"
ES_ANSWER_MORE = r"\b(?:le|les|te|os|nos|lo|la|me) contest(?:en|an|e)\b"
ANY_DISCREPANCY = ANY_DISCREPANCY + "|" + ES_ANSWER_MORE
COPY = COPY + (
    r"|\bre-?issue (?:the |this |that |our )?invoice\b|\bremit\w* (?:una |la )?copia\b|"
    r"\bnije zaprimljen\w*\b|\bponovno (?:dostavite|pošaljite|dostaviti|poslati)\b|"
    r"\bno consta en (?:el|nuestro) registro\b"
)
PAID = PAID + r"|\b(?:hebben|heb) (?:\S+ ){0,5}overgeschreven\b|\boverschreven\b"
REST_FOLLOWS = (
    r"\b(?:het saldo|the balance|le solde|el saldo|il saldo|o saldo|saldot|bakiye)\b "
    r"(?:volgt|follows|will follow|suivra|seguirá|seguirà|segue|följer)"
)
PROMISE = PROMISE + "|" + REST_FOLLOWS
PARTIAL = PARTIAL + "|" + REST_FOLLOWS
AFTER_APPROVAL = r"\btamamlandıktan sonra\b|\bonaylandıktan sonra\b"
CONDITIONAL = CONDITIONAL + "|" + AFTER_APPROVAL
CONDITIONAL_CORE = CONDITIONAL_CORE + "|" + AFTER_APPROVAL
YOUR_APPROVAL_MORE = YOUR_APPROVAL_MORE + r"|onay verin|onaylayın|onaylarsanız"
FUTURE_TIME_BROAD = FUTURE_TIME_BROAD + (
    r"|as soon as possible|asap|so bald wie möglich|schnellstmöglich|dès que possible|"
    r"au plus vite|lo antes posible|cuanto antes|al più presto|prima possibile|o mais rápido "
    r"possível|o quanto antes|zo snel mogelijk|zsm|jak najszybciej|cât mai curând|så snart som "
    r"möjligt|snarast|en kısa sürede|što prije|尽快|早急に|至急"
)

# ---------------------------------------------------------------------------------------------
# Round nine, thirteenth writer (software subscriptions, licences, direct debits).
# ---------------------------------------------------------------------------------------------
CREDIT_THEN_PAY = (
    _CREDIT_DOC
    + r"[^.]{0,60}?\b(?:and we(?:'ll| will)|et nous (?:réglerons|paierons)|y (?:os|le|les) "
    r"(?:pagamos|pagaremos)|e (?:noi )?(?:pagheremo|paghiamo)|e (?:nós )?pagaremos|en dan betalen|"
    r"dan betalen we|i zapłacimy|și vom plăti|så betalar vi|ve ödeme\w*|i platit ćemo|"
    r"受領次第|收到后)"
)
CONDITIONAL = CONDITIONAL + "|" + CREDIT_THEN_PAY
CONDITIONAL_CORE = CONDITIONAL_CORE + "|" + CREDIT_THEN_PAY
# "Die Mahngebühr akzeptieren wir deshalb nicht": the verb-second refusal.
NOT_ACCEPTED_V2 = (
    r"\b(?:akzeptieren|erkennen|anerkennen|zahlen|übernehmen) wir (?:\w+ ){0,2}?nicht\b|"
    r"\b(?:accepteren|erkennen|betalen) we (?:\w+ ){0,2}?niet\b|\b(?:godtar|accepterar|betalar) "
    r"vi (?:\w+ ){0,2}?inte\b|和合同对不上|与合同不符|金额不对|金额有误"
)
DISPUTE = DISPUTE + "|" + NOT_ACCEPTED_V2
# Not a contest: a direct debit returned by the bank, "only the payment is missing", a
# credit note already deducted, "so we don't pay twice".
NOT_A_CONTEST_NINTH = (
    r"\b(?:gestorneerd|storniert|rückbelastet|rejected by the bank|returned by the bank|"
    r"fehlt nur noch die zahlung|only the payment is missing|já deduzida a nota de crédito|"
    r"deduzida a nota de crédito|déduction faite de l'avoir|descontado el abono|"
    r"(?:innan|before) (?:vi )?(?:råkar )?(?:betala|pay(?:ing)?) (?:två gånger|twice)|"
    r"(?:betala|pay) (?:två gånger|twice) (?:av misstag|by mistake))\b"
)
ANY_DISCREPANCY = ANY_DISCREPANCY + "|" + NOT_A_CONTEST_NINTH
PROMISE = PROMISE + (
    r"|\b(?:should|will|shall) go out (?:with|in) (?:this|next|the next|our next) (?:week's |"
    r"month's )?(?:payment )?run\b|\bgo(?:es)? out with (?:this|next) week's run\b"
)
PAID = PAID + (
    r"|\b(?:l'|la |lo |le |li )?abbiamo (?:già )?pagat[aoie]\b|\bär betald\w*\b|"
    r"\bödeme(?:si|leri)?\b(?:\s+\S+){5,9}?\s+(?:yapılmıştır|yapıldı|gerçekleştirilmiştir)\b"
)
PROCESSING = PROCESSING + (
    r"|\baguarda (?:o |a )?(?:cabimento|autorização)|\ba aguardar autorização\b|"
    r"\bbudget (?:approval|commitment)\b|\bcabimento orçamental\b"
)
COPY = COPY + (
    r"|\bkan (?:du|ni) (?:mejla|maila|skicka) (?:den|dem|fakturan)\b|\bcan you (?:e-?mail|send) "
    r"(?:it|them) (?:to me|again|over)\b|再寄一份|发一下电子版|还没有找到[^。]{0,6}(?:发票)?"
)
PROOF_LATER = PROOF_LATER + r"|届时|到时候"

# ---------------------------------------------------------------------------------------------
# Round nine, the eleventh writer's set once scored (round 9g).
# ---------------------------------------------------------------------------------------------
PROMISE = PROMISE + r"|\bill (?:pay|transfer|send|settle|sort)\b"
ANY_DISCREPANCY = ANY_DISCREPANCY + (
    r"|\b(?:only )?received in full\b|\bin full last\b|\bno longer short\b"
)
DISPUTE = DISPUTE + (
    r"|\bno cuadra con (?:el|la|lo) (?:presupuesto|pedido|oferta|contrato|acordado)\b|"
    r"\bnão (?:bate|confere) com (?:o|a) (?:orçamento|pedido|proposta|contrato)\b|"
    r"\bnon corrisponde (?:al|alla) (?:preventivo|ordine|offerta|contratto)\b|"
    r"\bne correspond pas (?:au|à la) (?:devis|commande|contrat)\b|"
    r"\bentspricht nicht (?:dem|der) (?:angebot|bestellung|vertrag)\b"
)
NOT_REMAINDER = NOT_REMAINDER + (
    r"|\bpozostałe (?:dwie|trzy|faktury)\b|\bthe other (?:two|three|invoices)\b|\bles (?:deux|"
    r"trois) "
    r"autres\b|\bdie (?:anderen|beiden anderen|restlichen) (?:beiden|zwei|drei|rechnungen)\b|"
    r"\blas otras (?:dos|tres)\b|\ble altre (?:due|tre)\b|\bas outras (?:duas|três)\b|\bde andere "
    r"(?:twee|drie)\b|\bcelelalte (?:două|trei)\b|\bde (?:andra|övriga) (?:två|tre)\b|"
    r"\bdiğer (?:iki|üç)\b|\bostala (?:dva|tri)\b|\bostale (?:dvije|tri)\b"
)

# ---------------------------------------------------------------------------------------------
# Round nine, the fourteenth writer's set once scored (round 9h).
# ---------------------------------------------------------------------------------------------
PROMISE = (
    PROMISE
    + r"|\b(?:going to|will|'ll) (?:mail|send|post|write) (?:you )?(?:a |the )?(?:check|cheque)\b"
)
PROCESSING = PROCESSING + (
    r"|\ben cours de liquidation\b|\bavant mandatement\b|\bvisées? par\b|"
    r"\baguarda (?:o )?recebimento\b|\bainda aguarda\b"
)
PLAN = PLAN + (
    r"|\b(?:nicht|not|pas|no|non|não|niet|nie|nu|inte|ne)\b (?:\w+ ){0,3}?(?:auf einmal|in one go|"
    r"all at once|at once|en une (?:seule )?fois|de una vez|in un'unica soluzione|"
    r"de uma (?:só )?vez|"
    r"in één keer|jednorazowo|dintr-o dată|på en gång|odjednom)\b|\btek seferde ödeyemiyoruz\b"
)
ANY_DISCREPANCY = ANY_DISCREPANCY + (
    r"|\d\s?(?:€|eur)? que faltan\b|\bque (?:nos )?faltan? por pagar\b|\bfaltantes?\b"
)
NEG_PAY = NEG_PAY + r"|\bnon (?:la|lo|le|li) paghiamo\b"
DISPUTE = DISPUTE + (
    r"|\bnon (?:la|lo|le|li) paghiamo\b|\bnon si è mai presentat[oa]\b|"
    r"\bfaktur\w* korygując\w*[^.]{0,30}\bwtedy zapłacimy\b"
)
CONDITIONAL = CONDITIONAL + r"|\bwtedy zapłacimy\b|\bdann zahlen wir\b"
CONDITIONAL_CORE = CONDITIONAL_CORE + r"|\bwtedy zapłacimy\b"
CORRECTED = CORRECTED + r"|核实后重开"

# ---------------------------------------------------------------------------------------------
# Round nine, the fifteenth writer's set once scored (round 9i).
# ---------------------------------------------------------------------------------------------
PROCESSING = PROCESSING + (
    r"|\b(?:still )?waiting for (?:the )?(?:\w+ )?(?:confirmation|ok|approval|sign-?off)\b|"
    r"\bis with \w+ for sign[- ]?off\b|\bneed to match (?:it )?against\b|\bnog niet goedgekeurd\b|"
    r"\bw weryfikacji\b|\bl'ok del\b|\bčekamo potvrdu\b|\bu postupku ovjere\b|"
    r"\bnoch nicht freigegeben\b|\bpas encore validée?s?\b|\baún no (?:está|han sido) aprobad"
)
PROMISE = PROMISE + (r"|\b(?:goes|will go|is going|going) out (?:on|with|in|next|this)\b")
COPY = COPY + (
    r"|\bnever (?:got|received) (?:the |your )?(?:invoice|inv\b|bill|[a-z]{0,4}[/-]?\d)|"
    r"\bcan (?:u|you) send it (?:on|over|again|through)\b|\bskicka (?:oss )?en ny faktura\b|"
    r"\bsend (?:us )?a new invoice\b|\bneue rechnung (?:zu)?(?:senden|schicken)\b|"
    r"\bnous envoyer une nouvelle facture\b|\benv[ií](?:en|e) una nueva factura\b|"
    r"\binviar(?:e|ci) una nuova fattura\b|\benviar uma nova fatura\b|\been nieuwe factuur "
    r"(?:sturen|toesturen)\b|\bprzesłać nową fakturę\b|\btrimiteți o nouă factură\b|"
    r"\byeni (?:bir )?fatura gönder\w*|\bposlati novi račun\b"
)
WAIT_CREDIT_MORE = (
    r"\bappena ricevuta la (?:nc|nota di credito)\b|\bdès réception de l'avoir\b|"
    r"\bsobald (?:die )?gutschrift (?:da|eingegangen) ist\b"
)
CONDITIONAL = CONDITIONAL + "|" + WAIT_CREDIT_MORE
CONDITIONAL_CORE = CONDITIONAL_CORE + "|" + WAIT_CREDIT_MORE
DISPUTE = DISPUTE + "|" + WAIT_CREDIT_MORE
ANY_DISCREPANCY = ANY_DISCREPANCY + (
    r"|\b(?:faktur\w* korygując\w*|credit note|gutschrift|avoir|nota de cr[eé]dito|"
    r"creditnota)\b[^.]{0,30}\b(?:uwzględniliśmy|berücksichtigt|pris en compte|tenido en cuenta|"
    r"tenuto conto|considerad[ao]|verwerkt|taken into account|applied|deducted)\b|"
    r"\bno contestar\b|\bpor no contestar antes\b"
)

# ---------------------------------------------------------------------------------------------
# Round nine, the sixteenth writer's set once scored (round 9j).
# ---------------------------------------------------------------------------------------------
_REF_NOUN = (
    r"(?:bestellnummer|bestell-nr\.?|po number|purchase order(?: number)?|order number|"
    r"referen\w*|numéro de commande|n° de commande|número de pedido|numero d'ordine|"
    r"número do pedido|ordernummer|inkoopnummer|numer zamówienia|numărul comenzii|"
    r"sipariş numarası|broj narudžbe|projektnummer|project number|codice univoco)"
)
MISSING_REFERENCE = (
    rf"\b{_REF_NOUN}\w*\s+(?:\w+\s+){{0,2}}?(?:fehlt\w*|missing|manqu\w*|falta\w*|manca\w*|"
    r"ontbr\w*|brak\w*|lips\w*|sakna\w*|eksik|nedosta\w*)|"
    r"\b(?:fehlt\w*|missing|manqu\w*|falta\w*|manca\w*|ontbr\w*|brak\w*|lips\w*|sakna\w*|"
    rf"nedosta\w*)\s+(?:\w+\s+){{0,2}}?(?:the |die |der |la |le |el |il |de |het )?{_REF_NOUN}"
)
ANY_DISCREPANCY = ANY_DISCREPANCY + "|" + MISSING_REFERENCE
MONEY_ARRIVES = (
    r"\b(?:das )?geld kommt\b|\bthe money (?:comes|will come|will be with you)\b|"
    r"\bl'argent arrive(?:ra)?\b|\bel dinero (?:llega|llegará)\b|\bi soldi arriv\w+\b|"
    r"\bo dinheiro (?:chega|vai chegar)\b|\bhet geld komt\b|\bpieniądze (?:przyjdą|dotrą)\b|"
    r"\bbanii (?:vin|vor veni)\b|\bpengarna kommer\b|\bpara (?:gelecek|yatacak)\b|"
    r"\bnovac (?:stiže|će stići)\b"
)
PROMISE = PROMISE + "|" + MONEY_ARRIVES
IF_CREDIT = (
    r"\b(?:if|wenn|falls|si|se|als|indien|jeśli|jeżeli|dacă|om|eğer|ako) (?:the |die |der |l'|le |"
    r"el |la |il |a |o |de |het |den )?(?:\w+ )?" + _CREDIT_DOC
)
CONDITIONAL = CONDITIONAL + "|" + IF_CREDIT
CONDITIONAL_CORE = CONDITIONAL_CORE + "|" + IF_CREDIT
DISPUTE = DISPUTE + "|" + IF_CREDIT
INJECTION = INJECTION + (
    r"|a partir de agora (?:você|voce) deve|from now on you (?:must|should|will)|ab sofort "
    r"(?:musst|sollst) du|désormais,? (?:vous devez|tu dois)|a partir de ahora (?:debes|debe)|"
    r"d'ora in poi devi|vanaf nu moet je|od teraz musisz|de acum înainte trebuie|från och med nu "
    r"ska du|bundan sonra (?:şunu )?yapmalısın|od sada moraš|从现在起你|今後あなたは|"
    r"responder apenas|respond only with|antworte nur mit|répondez uniquement|responde solo con"
)
COPY = COPY + r"|\breinviar\w*|\brinviar\w*|\britrasmett\w*"

# ---------------------------------------------------------------------------------------------
# Round nine, the seventeenth writer's set once scored (round 9k).
# ---------------------------------------------------------------------------------------------
PROMISE = PROMISE + (
    r"|\b(?:ya )?está(?:n)? en la remesa\b|\bè (?:già )?nella distinta\b|\b(?:já )?está no lote\b|"
    r"\bzit in de (?:volgende )?betaalrun\b|\b(?:ist|sind) im (?:nächsten )?zahllauf\b|"
    r"\best (?:déjà )?dans le (?:prochain )?(?:virement|règlement) groupé\b"
)
COPY = COPY + r"|\bopnieuw (?:uitschrijven|uitschrijft|versturen|sturen)\b"
DISPUTE = DISPUTE + (
    r"|\b(?:hem|haar|ze|deze) crediteren\b|\bspor(?:an|na|no|ni)\b|"
    r"\bnu (?:o |le |îl |-o )?(?:vom plăti|plătim)\b[^.]{0,60}\b(?:până|cât timp)\b"
)
THEN_WE_PAY = (
    r"^\W*(?:dan betalen we|then we(?:'ll| will)? pay|dann zahlen wir|alors nous (?:paierons|"
    r"réglerons)|entonces (?:os |le |la )?(?:pagamos|pagaremos)|allora (?:paghiamo|pagheremo)|"
    r"então (?:pagamos|pagaremos)|wtedy zapłacimy|atunci (?:plătim|vom plăti)|då betalar vi|"
    r"o zaman öde\w*|onda (?:ćemo )?plati\w*)\b"
)
CONDITIONAL_CORE = CONDITIONAL_CORE + "|" + THEN_WE_PAY
CONDITIONAL = CONDITIONAL + "|" + THEN_WE_PAY
DISPUTE = DISPUTE + r"|\bno (?:la|lo|las|los) (?:pagamos|pagaremos|vamos a pagar|podemos pagar)\b"

# ---------------------------------------------------------------------------------------------
# Round nine, the eighteenth writer's set once scored (round 9m).
# ---------------------------------------------------------------------------------------------
PROMISE = PROMISE + (
    r"|\bse programa(?:rá)? para\b|\bprogramad[oa] para (?:el|la|pago)\b|"
    r"\bgaat er (?:\S+ ){0,4}?uit\b"
)
NEG_PAY = NEG_PAY + (
    r"|\bno procede (?:su |el )?pago\b|\bne pouvons pas (?:la |le |les )?(?:mettre en paiement|"
    r"régler|payer)\b|\b(?:cannot|can't|are unable to) (?:process|release) (?:the )?payment\b"
)
DISPUTE = DISPUTE + (
    r"|\bno procede (?:su |el )?pago\b|\bne pouvons pas (?:la |le |les )?(?:mettre en paiement|"
    r"régler|payer)\b|\b(?:arrivat\w*|arrived|received|geliefert|reçu\w*|llegad\w*|recebid\w*|"
    r"ontvangen|dostarczon\w*|primit\w*|levererad\w*)\s+(?:\w+\s+){0,2}?(?:only|solo|sólo|nur|"
    r"seulement|apenas|slechts|tylko|doar|bara|sadece|samo)\s+\d+\s+(?:\w+\s+){0,2}?(?:of|su|de|"
    r"von|sur|van|z|din|av|od)\s+\d+"
)
PAID = PAID + (
    r"|\bdrogs (?:via|på|från|genom) autogiro\b|\b(?:dragen|dragna) (?:via|på) autogiro\b|"
    r"\b(?:wurde|wurden) (?:\w+ ){0,3}abgebucht\b|\ba été prélevée?\b|\bfue domiciliad[oa]\b|"
    r"\bè stat[oa] addebitat[oa]\b|\bfoi debitad[oa]\b|\bis (?:\w+ ){0,2}afgeschreven\b|"
    r"\bzostał[aoy]? pobran[aey]\b|\ba fost debitat[ăe]?\b|\b(?:hesabımızdan )?çekildi\b|"
    r"\bje teretio\b|\bteretili smo\b"
)
PLAN = PLAN + r"|\bödeme planı\b|\bödeme plan\w* öneri\w*"
AFTER_APPROVAL_ZH = r"审批(?:流程)?走完后|流程走完后|审批结束后"
CONDITIONAL = CONDITIONAL + "|" + AFTER_APPROVAL_ZH
CONDITIONAL_CORE = CONDITIONAL_CORE + "|" + AFTER_APPROVAL_ZH
ON_RECEIPT = (
    ON_RECEIPT + r"|\bcosì (?:la|lo) (?:registriamo|paghiamo)\b|\bzo kunnen we (?:hem|ze) betalen\b"
)
