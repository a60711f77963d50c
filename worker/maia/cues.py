"""Phrase cues per intent, all 14 languages in one alternation each (words rarely collide).

Sources are lowercase and are matched against lowercased text.
"""

from __future__ import annotations

import re

PAID = (
    r"(?:\bpaid|bezahlt|beglichen|überwiesen|payée?s?|réglée?s?|pagad[ao]s?|pagat[ao]|saldat[ao]|"
    r"betaald|"
    r"zapłacon\w*|opłacon\w*|achitat\w*|plătit\w*|betald\w*|plaćen\w*) (?:on |am |le |el |il |op |"
    r"w dniu |"
    r"pe |den |dana )?\d{1,2}[./]|"
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
    r"pagad[ao]s?) (?:a|em|no|na|el|ontem|hoje|"
    r"ayer)\b|(?:pagamos|efetuamos|efectuámos|realizamos|transferimos|liquidamos|quitamos) (?:o |"
    r"a |os |as )?"
    r"(?:pagamento|transferência|fatura|boleto|valor|pix|ontem|hoje|em \d|no dia)|"
    r"pagamento (?:foi )?(?:efetuado|realizado|feito)|"
    # nl
    r"(?:is|zijn|werd|werden) (?:.{0,50}? )?(?:betaald|voldaan|overgemaakt|overgeboekt)|"
    r"(?:hebben|heb) .{0,50}?(?:betaald|overgemaakt|voldaan|overgeboekt)|"
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
    r"(?:je|su|smo) (?:već )?(?:plaćen|plaćeni|plaćena|podmiren\w*|uplaćen\w*)|(?:platili smo|"
    r"uplatili smo|"
    r"podmirili smo|izvršili smo uplatu|platio sam|uplatio sam)|uplata (?:je )?izvršena|"
    # ja / zh
    r"支払い?済|お支払い(?:いたし|し|致し)ました|支払いました|振込(?:み)?(?:ました|済|いたしました|致しました)|"
    r"振り込みました|お振込(?:み)?(?:いたし|し|致し)ました|入金(?:しました|済|いたしました)|送金しました|"
    r"已于.{0,14}?(?:付款|支付|汇款|转账|付清)|已(?:先|经)?付|已(?:经)?(?:支付|付款|付清|汇款|转账|结清|汇出|打款)|款项已|付款已(?:完成|汇出)"
)

PROMISE = (
    r"procederemos|procederemo|provvederemo al|procedere al pagamento|"
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
    r"zahlung erfolgt|zahlungslauf|zahllauf|geht [^.]{0,30}raus|"
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
    r"gaan (?:[^.]{0,30})?betalen|(?:we|wij|ik) (?:betalen|maken|storten)|\b(?:volgt|folgt|suivra|"
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
    r"betalas|kommer (?:vi )?att betala|betalar vi|vi betalar|ska betalas|skickar betalningen|"
    r"betalkörning|"
    # tr
    r"ödeyeceğiz|ödenecek|ödeme(?:sini|yi)? (?:[^.]{0,30})?yapacağız|ödeme yapılacak|ödeyeceğim|"
    r"havale edeceğiz|göndereceğiz|ödemeye alınacak|"
    # hr
    r"(?:platit|platiti|uplatit|podmirit|izvršit|prebacit) ćemo|bit će (?:plaćen|uplaćen|"
    r"podmiren)\w*|"
    r"platit ću|uplatit ću|ćemo (?:platiti|uplatiti|podmiriti)|"
    # ja
    r"支払います|お支払い(?:します|いたします|致します)|振り?込みます|お振り?込み(?:します|いたします|致します)|"
    r"(?:支払|振込|振り込|送金|入金)[^。]{0,8}予定|送金します|支払う予定|"
    # zh
    r"将(?:会)?(?:支付|付款|安排付款|汇款|转账|结清)|会(?:支付|付款|安排付款|转账)|安排付款|"
    r"(?:预计|计划)[^。]{0,12}(?:付款|支付)|(?:周[一二三四五六日天]|星期.|月底|月末|明天|后天|下周|本周|[号日])前?"
    r"(?:付(?![のでけ])|支付|付款|安排付款|付清)|(?:前|之前)(?:支付|付款|付清)"
)

PARTIAL = (
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

DISPUTE = (
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
    r"单价不符|异议|争议|损坏|破损|质量问题|短缺|缺少|不符|不一致|红字发票|拒付|未收到货|少发"
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
    r"重新发送|补发|副本|复印件|(?:没有|未)收到(?:这张|该|贵司的)?发票|重开发票"
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
    r"čeka potpis|u obradi|na ovjeri|ovjer\w*|likvidatur\w*|"
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
    r"odsutna|不在にして|休暇|出張中|不在办公室|休假|外出中|出差"
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
    r"broj (?:zahtjeva|prijave)|問い合わせ番号|受付番号|工单|服务单|受理编号"
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
    r"担当(?:者)?(?:では|じゃ)(?:ありません|ない)|担当が変わ|退職|異動|不再负责|已离职|离职|不是负责人"
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
    r"(?:poprzednie|önceki|prethodne|tidigare|anterioare|vorherigen|précédentes) (?:polecenia|"
    r"talimat\w*|upute|"
    r"instruktioner|instrucțiuni|anweisungen|instructions)|uputa sustava|system instruction|"
    r"instruction système|"
    r"instrucción del sistema|istruzione di sistema|instrução do sistema|systeeminstructie|"
    r"instrukcja systemowa|instrucțiune de sistem|systeminstruktion|sistem talimatı|"
    r"sistemska uputa|"
    r"系统指令|システム指示|system prompt|\bsystem\s*:|system note|"
    r"标记为|所有发票|你现在是|(?:negeer|zignoruj|ignorera|ignorați|ignorează|yoksay|zanemari)\w*|無視|忽略|"
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
    r"^\s*(?:mark|set|stop|do not|don't|reply|respond|répondez|fixez|marquez|sätt|skicka inga|"
    r"oznacz|"
    r"ustaw|marcați|setați|setze|markiere|imposta|segna|defina|marque|establezca|stel|markeer|"
    r"ayarla|işaretle|postavi|označi|zignoruj)"
    r"|\b(?:a |to (?:a |any )?)?(?:human|humano|humain|umano|mensch|człowiek|människa|insan|čovjek)"
)

NEGATION = (
    r"\b(?:not|n't|never|no|won't|cannot|can't|ne|pas|nicht|kein\w*|nie|niet|geen|non|não|nao|nu|"
    r"inte|ej|aldrig|jamais|nunca|mai|ne)\b|n'|не"
)

OTHER_INVOICES = (
    r"other (?:two |\w+ )?invoices|remaining (?:two |\w+ )?invoices|pozostałe (?:dwie |"
    r"\w+ )?faktury|"
    r"anderen (?:beiden )?rechnungen|autres factures|otras facturas|altre fatture|outras faturas|"
    r"andere facturen|celelalte facturi|övriga fakturor|andra fakturor|diğer faturalar|"
    r"ostal\w* račun\w*"
)


def compile_cue(source: str) -> re.Pattern[str]:
    """A cue regex for LOWERCASED text: IGNORECASE makes these alternations 4-5x slower."""
    return re.compile(source)


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
    r"お支払いできません|支払えません|お支払いいたしかねます|无法(?:按\w*)?(?:付款|支付)|不能付款|暂不付款|拒绝付款"
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
    r"收到.{0,8}(?:正确|更正|新的?)|once (?:we (?:receive|have)|"
    r"corrected|the credit)|after (?:receiving|"
    r"we receive)|"
    r"dès (?:réception|que nous aurons)|sobald|una vez (?:recibid|corregid)|non appena|assim que|"
    r"zodra|"
    r"po otrzymaniu|după primirea|så snart|aldıktan sonra|nakon primitka|訂正後|修正後|差し替え"
)
