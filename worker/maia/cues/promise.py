"""Promises to pay, and look-alikes (a condition, a call about payment, a habit) that are not."""

from worker.maia.cues.partial import BALANCE_FOLLOWS, REST_FOLLOWS, ZH_PART_NOW
from worker.maia.cues.shared import PAY_WORD, SPAN, either

# Verbs of calling, writing and getting back to someone, all languages.
_TALK = (
    r"call|phone|ring|get back|come back|revert|talk|speak|write|e-?mail|contact|reach out|"
    r"let you know|inform|update you|touch base|discuss|anrufen|rufe\w*|melden|melde\w*|schreiben|"
    r"schreibe\w*|informieren|besprechen|appel\w*|rappel\w*|reviens|reviendr\w*|revenir|écri\w*|"
    r"informer|discuter|llam\w*|escribir\w*|escribiré|informar\w*|contactar\w*|comentar\w*|"
    r"hablar\w*|chiam\w*|richiam\w*|scriver\w*|informer\w*|sentir\w*|risentir\w*|parlar\w*|lig\w*|"
    r"telefon\w*|escrever\w*|falar\w*|nazva\w*|bellen|bel|terugbellen|laten\s+weten|informeren|"
    r"mailen|"
    r"contact\s+opnemen|bespreken|zadzwoni\w*|odezw\w*|napisz\w*|napiszę|dam\s+znać|poinformuj\w*|"
    r"porozmawiam|omówi\w*|sun\w*|reveni\w*|scrie\w*|informa\w*|discuta\w*|ringa\w*|ringer|"
    r"återkomm\w*|höra\s+av|hör\s+av|meddela\w*|skriva|skriver|prata|diskutera|ara\w*|"
    r"dönüş\s+yap\w*|bilgi\s+ver\w*|yaz\w*|görüş\w*|nazva\w*|nazvat\w*|javi\w*|pisa\w*|"
    r"obavijest\w*|razgovara\w*"
)

# "about", "regarding", "wegen", all languages.
_ABOUT = (
    r"about|regarding|concerning|re|wegen|bezüglich|zur|zum|wg\.?|concernant|au\s+sujet\s+d\w*|"
    r"pour|sur|sobre|acerca\s+de|respecto\s+a|riguardo|circa|per|a\s+proposito\s+d\w*|"
    r"in\s+merito\s+a\w*|sobre|acerca|quanto|over|omtrent|m\.b\.t\.|w\s+sprawie|odnośnie|ws\.?|"
    r"despre|privind|legat\s+de|angående|om|kring|ang\.?|hakkında|ile\s+ilgili|konusunda|u\s+vezi|"
    r"oko|vezano\s+uz|glede|del|do|da"
)

# "procederemos", "provvederemo al pagamento": we will proceed; es it.
_WE_WILL_PROCEED = r"procederemos|procederemo|provvederemo al|procedere al pagamento"

# A payment run or pay day the invoice is booked into, all languages.
_PAYMENT_RUN = (
    r"(?:payment|ach|check|cheque|wire|bacs|pay|supplier) run\b|"
    r"\b(?:it|this|that|invoice)'s scheduled|run de paiement|campagne de (?:paiement|règlement)|"
    r"ciclo de pagos?|remesa de pagos|ciclo (?:di|dei) pagament\w*|lote de pagamentos?|"
    r"ciclo de pagamentos?|betaalrun|betalingsrun|betaalronde|betaalbatch|betaaldag|zahlungstermin|"
    r"zahltag|przebieg\w* płatności|paczk\w* przelewów|tur\w* de plăți|betalningskörning\w*|"
    r"betalningsomgång\w*|utbetalningsdag|ödeme (?:günü|listesi|listesine)|ciklus\w* plaćanja|"
    r"dan\w* plaćanja|支払サイクル|支払日に|付款批次|付款日"
)

# "you should see the funds on …", "get this paid": en.
_YOU_WILL_SEE_FUNDS = (
    r"you(?:'ll| will| should) (?:see|receive|get|have) (?:the |it|this|payment|funds|\$|£|€|\d)|"
    r"should (?:reach|hit|land in|arrive in|clear in(?:to)?) (?:you|your)|"
    r"get (?:this|it|them|the invoice|these) (?:paid|settled|sorted)|have (?:this|it) paid"
)

# "will be paid", "we'll pay", "payment is scheduled" (the last in all languages): en.
_WILL_PAY_EN = (
    r"will (?:be )?(?:pay|paid|settle|settled|transfer|transferred|remit|clear|cleared|process|"
    r"released?|go out|follow|sent|send (?:the |a )?payment|make (?:the |a )?payment|"
    r"arrange payment)|(?:we|i)'ll (?:pay|settle|transfer|send|make|arrange)|"
    r"(?:going|planning|plan|intend|expect|hope|able) to (?:pay|settle|transfer|clear)|"
    r"(?:payment|paiement|pago|pagamento|zahlung|betaling|płatność|plata|betalning|ödeme|plaćanje|"
    r"uplata) (?:is |est |è |está |ist |wordt |jest |este |är |je |se )?(?:previst\w*|prévue?|"
    r"planned|scheduled|geplant|gepland|planowan\w*|programat\w*|planerad|planlan\w*|planiran\w*|"
    r"programad\w*|agendad\w*|programará|realizará)|corrida de pagos|distinta (?:del|di)|"
    r"payment run|payment will|scheduled for (?:payment|our payment run|the payment run|"
    r"our next payment run|\w+ \d)|(?:is|are) scheduled|in (?:our|the) (?:next |"
    r"weekly )?(?:payment|bacs) run|(?:pay|settle|transfer) (?:it|this|them|the (?:balance|rest|"
    r"remainder|invoice))? ?(?:by|on|next|before|within|at the end)|we pay (?:on|next|by)"
)

# "nous réglerons", "sera payée", "mise en paiement": fr.
_WILL_PAY_FR = (
    r"(?:réglerons|paierons|payerons|virerons|effectuerons|procéderons|solderons|verserons)|"
    r"(?:sera|seront) (?:réglée?s?|payée?s?|virée?s?|effectuée?s?|mise?s? en paiement|soldée?s?|"
    r"versée?s?)|(?:allons|vais|va) (?:vous )?(?:régler|payer|virer|procéder|effectuer)|"
    r"mise? en paiement|paiement (?:interviendra|sera effectué|est prévu|partira)"
)

# "wird überwiesen", "zahlen wir", "Zahlungslauf": de.
_WILL_PAY_DE = (
    r"(?:werden|wird) (?:[^.]{0,50})?(?:bezahlt|überwiesen|beglichen|ausgeglichen|angewiesen|"
    r"bezahlen|überweisen|begleichen|zahlen|ausgleichen|anweisen)|"
    r"(?:zahlen|überweisen|begleichen|bezahlen) (?:wir|ich)|"
    r"zahlung erfolgt(?! ?[,.;]| heute| gestern| bereits)|zahlungslauf|zahllauf|geht [^.]{0,30}raus"
)

# "pagaremos", "vamos a pagar", "se abonará": es.
_WILL_PAY_ES = (
    r"(?:pagaremos|abonaremos|transferiremos|liquidaremos|realizaremos|haremos (?:el|la) (?:pago|"
    r"transferencia)|efectuaremos)|(?:será|serán) (?:pagad|abonad|transferid|liquidad)\w*|"
    r"vamos a (?:pagar|abonar|transferir|realizar|liquidar|hacer)|voy a pagar|"
    r"se (?:pagará|abonará|realizará|efectuará|transferirá)"
)

# "pagheremo", "verrà saldata": it.
_WILL_PAY_IT = (
    r"(?:pagheremo|salderemo|effettueremo|bonificheremo|provvederemo|liquideremo|disporremo)|"
    r"(?:sarà|saranno|verrà|verranno) (?:pagat|saldat|bonificat|effettuat|dispost|liquidat)\w*|"
    r"il pagamento (?:avverrà|verrà|sarà)"
)

# "pagaremos", "vai ser pago", "agendado": pt.
_WILL_PAY_PT = (
    r"(?:pagaremos|efetuaremos|efectuaremos|faremos o pagamento|transferiremos|liquidaremos|"
    r"quitaremos)|(?:vamos|iremos|vou|irei) (?:efetuar |fazer |realizar )?(?:o )?(?:pagar|"
    r"pagamento|liquidar|quitar|transferir)|(?:será|serão) (?:paga|pago|pagas|pagos|efetuad|"
    r"liquidad|quitad|transferid)\w*|(?:vai|vão) ser (?:paga|pago|pagas|pagos)|"
    r"pagamento (?:será|vai ser|sai|está (?:previsto|agendado))|pagamos (?:na|no|até|amanhã|dia)|"
    r"agendad[oa]"
)

# "zullen betalen", "maken we over": nl; and "volgt", "folgt", "suivra" in eight languages.
_WILL_PAY_NL = (
    r"(?:zullen|zal) (?:[^.]{0,40})?(?:betalen|voldoen|overmaken|betaald|voldaan|overgemaakt)|"
    r"(?:wordt|worden) (?:[^.]{0,40})?(?:betaald|voldaan|overgemaakt)|betalen (?:we|wij|ik)|"
    r"gaan (?:[^.]{0,30})?betalen|(?:we|wij|ik) (?:betalen|storten)|"
    r"(?:we|wij|ik) maken(?= (?!(?:me|mij|ons|je|u|zich)\b)[^.]{0,60}\bover\b)|"
    r"\b(?:volgt|folgt|suivra|seguirá|seguirà|nastąpi|va urma|följer|slijedi)\b|"
    r"maken (?:we|wij) [^.]{0,30}over"
)

# "zapłacimy", "zostanie opłacona": pl.
_WILL_PAY_PL = (
    r"(?:zapłacimy|opłacimy|przelejemy|uregulujemy|zrobimy przelew|dokonamy (?:płatności|przelewu)|"
    r"wyślemy przelew|ureguluję|zapłacę|przeleję)|(?:zostanie|zostaną) (?:opłacon|zapłacon|"
    r"uregulowan|przelan)\w*|płatność (?:[^.]{0,40})?(?:zrobimy|nastąpi|zostanie)"
)

# "vom plăti", "plata se va face": ro.
_WILL_PAY_RO = (
    r"(?:plătim|platim|vom plăti|vom plati|vom achita|achităm|vom face plata|vom efectua plata|"
    r"virăm|vom vira|o plătim|le plătim|o achităm)|(?:va fi|vor fi) (?:plătit|achitat|virat)\w*|"
    r"rularea de plăți|plata (?:va fi|se va face|se va efectua)"
)

# "facem plata", "urmează să plătim": the present for the future; ro.
_WILL_PAY_RO_PRESENT = (
    r"facem plata|efectuăm plata|o să (?:plătim|achităm|facem plata|virăm)|"
    r"urmează să (?:plătim|achităm)"
)

# "maak ik … over", "ik betaal": nl (not "maak me zorgen over").
_NL_MAAK_OVER = (
    r"\bmaak (?:ik|we|wij)\b(?! (?:me|mij|ons|je|u|zich)\b)(?![^.]{0,30}(?:zorgen|"
    r"afspra))[^.]{0,40}\bover\b|\b(?:ik|we|wij) maak\w* (?!(?:me|mij|ons|je|u|"
    r"zich)\b)(?![^.]{0,30}(?:zorgen|afspra))[^.]{0,40}\bover\b|betaal ik|"
    r"(?:ik|we|wij) (?:betaal|storten)\b"
)

# "betalas", "vi betalar", "betalkörning": sv.
_WILL_PAY_SV = (
    r"betalas|kommer (?:vi )?att (?:betala|överföra|föra över)|betalar vi|vi betalar|ska betalas|"
    r"skickar betalningen|betalkörning"
)

# "ödeyeceğiz", "ödeme yapılacak": tr.
_WILL_PAY_TR = (
    r"ödeyeceğiz|ödenecek|ödeme(?:sini|yi)? (?:[^.]{0,30})?yapacağız|ödeme yapılacak|ödeyeceğim|"
    r"havale edeceğiz|göndereceğiz|ödemeye alınacak"
)

# "platit ćemo", "bit će plaćeno": hr.
_WILL_PAY_HR = (
    r"(?:platit|platiti|uplatit|podmirit|izvršit|prebacit) ćemo|"
    r"bit će (?:plaćen|uplaćen|podmiren)\w*|platit ću|uplatit ću|"
    r"ćemo (?:platiti|uplatiti|podmiriti)"
)

# "お支払いします", "振込予定": ja.
_WILL_PAY_JA = (
    r"支払います|お支払い(?:します|いたします|致します)|振り?込みます|"
    r"お振り?込み(?:します|いたします|致します)|(?:支払|振込|振り込|送金|入金)[^。]{0,8}予定|"
    r"送金します|支払う予定"
)

# "将支付", "月底前付款": zh.
_WILL_PAY_ZH = (
    r"将(?:会)?(?:支付|付款|安排付款|汇款|转账|结清)|会(?:支付|付款|安排付款|转账)|安排付款|"
    r"(?:预计|计划)[^。]{0,12}(?:付款|支付)|(?:周[一二三四五六日天]|星期.|月底|月末|明天|后天|下周|"
    r"本周|[号日])前?(?:付(?![のでけ])|支付|付款|安排付款|付清)|(?:前|之前)(?:支付|付款|付清)"
)

# "we can pay", "wir zahlen", "on vous fait le virement": present for future; en de fr es it pt.
_PRESENT_FOR_FUTURE = (
    r"(?<!before )(?<!until )(?<!if )(?<!when )(?<!once )(?<!unless )(?<!that )\b(?:we|i) (?:can|"
    r"could|should be able to|are going to|are|am) (?:\w+ )?(?:pay|paying|settle|settling|transfer|"
    r"transferring|release|releasing)\b(?! (?:\w+ )?attention)|"
    r"\b(?:wir|ich) (?:zahlen|zahle|überweisen|überweise|begleichen|begleiche|bezahlen|"
    r"bezahle)\b(?![^.,;]{0,50}\bnicht\b)|\b(?:je vous |nous vous |on vous )?(?:vous )?(?:paie|"
    r"paye|règle|réglons|payons|virons) (?:la |les |le |cette |ces |\w+ )?(?:facture|factures|"
    r"montant|solde|demain|lundi|mardi|mercredi|jeudi|vendredi|d'ici|avant|en fin)|"
    r"on vous fait le virement|(?:os|le|les|te) (?:pago|pagamos|transfiero|transferimos|abono|"
    r"abonamos|ingreso|ingresamos)\b|(?:te|os|le|les) hago la transferencia|"
    r"(?:mañana|el lunes|el martes|el miércoles|el jueves|el viernes) (?:os |le |les |"
    r"te )?(?:pagamos|transferimos|abonamos)|(?:vi )?(?:paghiamo|saldiamo|bonifichiamo|"
    r"facciamo il bonifico|facciamo il pagamento)\b|(?:bonifico|pagamento) partirà|partiranno|"
    r"(?:faço|fazemos|faremos) o (?:pix|pagamento|depósito|ted)|"
    r"a gente (?:já )?(?:paga|vai pagar|quita|transfere|faz o (?:pix|pagamento))\b|"
    r"pagamos (?:amanhã|na|no|até|dia|semana)|pago (?:amanhã|na|no|até|dia)"
)

# "ik maak factuur X volgende week over": the separable verb; nl (not "maak me zorgen over").
_NL_MAKEN_OVER = (
    r"\b(?:we|wij|ik) maken (?!(?:me|mij|ons|je|u|zich)\b)(?![^.]{0,30}(?:zorgen|"
    r"afspra))[^.]{0,60}\bover\b|(?:betalen|overmaken|voldoen) doen (?:we|wij|ik)\b|"
    r"\bmaak (?:ik |we |wij )?(?:het|dit|dat|die|de|deze|factuur|facturen|\u20ac|eur|"
    r"\d)(?![^\n]{0,30}(?:zorgen|afspra))[^\n]{0,80}\bover\b"
)

# "zapłacę", "för vi över", "öderiz", "払います", "明天付款": pl ro sv tr hr ja zh.
_PRESENT_FOR_FUTURE_MORE = (
    r"(?:zapłacę|przeleję|opłacę|zrobię przelew|przelew (?:zrobimy|wyślemy|puścimy))|"
    r"\b(?:plătim|achităm|virăm|facem plata|o să (?:plătim|achităm|virăm))\b|"
    r"\b(?:vi|jag) (?:för|för vi) över\b|för (?:vi|jag) över|"
    r"(?:vi|jag) (?:betalar|ska betala|kommer att betala)|(?:ödemeyi|ödeme(?:sini)?|eft(?:yi)?|"
    r"havaleyi) [^.]{0,30}?(?:yaparız|yapacağız|gerçekleştireceğiz|göndeririz|göndereceğiz)|"
    r"ödeyeceğim|ödeyeceğiz|öderiz|\b(?:platim|uplatim|uplatit ćemo|platit ćemo|podmirit ćemo|"
    r"platiti ćemo)\b|(?:uplatu|plaćanje) ćemo (?:izvršiti|napraviti|poslati)|"
    r"ćemo (?:izvršiti|napraviti) uplatu|(?:支払|振込|振り込み|お振込み?)(?:を)?(?:いたします|"
    r"します|致します)|払います|(?:今天|明天|后天|下周|本周|周[一二三四五六日]|月底|月末)(?:会|就|"
    r"安排)?(?:付款|支付|转账|汇款)"
)

# "we plan the payment for next week", "płatność planujemy na przyszły tydzień": all languages.
_PLAN_TO_PAY = (
    r"(?:planujemy|przewidujemy|zaplanowaliśmy|prévoyons|tenemos previsto|prevemos|prevediamo|"
    r"abbiamo previsto|planejamos|planeamos|plannen|planificăm|preconizăm|estimăm|planerar|"
    r"räknar med att|planlıyoruz|planiramo|očekujemo|we expect|we plan|wir planen|planen wir|"
    rf"rechnen mit)[^.]{{0,40}}(?:{PAY_WORD}|pay|zapłac|opłac|przel|payer|régler|pagar|pagare|"
    r"betalen|plăti|achita|betala|ödeme|platiti|uplatiti|zahl|überweis)|"
    rf"(?:{PAY_WORD})[^.]{{0,30}}(?:planujemy|przewidujemy|prévoyons|prevemos|prevediamo|"
    r"planejamos|plannen|planificăm|planerar|planlıyoruz|planiramo)"
)

# "we'll wire", "I will remit": en.
_EN_WE_WILL_WIRE = (
    r"(?:we|i)'ll (?:wire|remit|release|process|clear|initiate|schedule|send (?:over|"
    r"across) (?:the )?(?:payment|funds|transfer))|(?:we|i) will (?:wire|remit)\b"
)

# "we'll be sending $X", "je réglerai le solde", "o pagamento será feito": en fr pt es.
_WILL_BE_SENDING = (
    r"(?:we|i)(?:'ll| will| are going to| am going to) be (?:sending|paying|wiring|remitting|"
    r"transferring|releasing) (?:you )?(?:the |a |our |full )?(?:payment|funds|remittance|balance|"
    r"[$€£]|\d)|\bje (?:réglerai|paierai|payerai|virerai|verserai|solderai|règlerai)\b|"
    rf"\b(?:pagamento|transferência|pix|boleto|depósito|o valor)\b{SPAN}{{0,60}}?\b(?:será|vai ser|"
    r"vão ser|serão) (?:feit|efetuad|realizad|pag|enviad|transferid)[oa]s?\b|"
    rf"\b(?:el pago|la transferencia|el importe)\b{SPAN}{{0,60}}?\b(?:se (?:hará|realizará|"
    r"efectuará)|(?:será|va a ser) (?:realizad|efectuad|hech|pagad|transferid)[oa])\b"
)

# "dat factuur X op 30 april betaald wordt": a passive future in a that-clause; nl de.
PASSIVE_PROMISE = (
    r"\b(?:betaald|overgemaakt|voldaan) (?:wordt|zal worden|zullen worden)\b|"
    r"\b(?:bezahlt|überwiesen|beglichen) wird\b"
)

# "Die restlichen CHF 3'200.00 folgen Ende Monat": the remainder follows; all languages.
_REST_AMOUNT_FOLLOWS = (
    r"\b(?:die restlichen|der restliche|den restlichen|the remaining|the outstanding|"
    r"les? restants?|el restante|los restantes|il restante|i restanti|o restante|os restantes|"
    r"de resterende|het resterende|pozostałe|restul de|resterande|kalan|preostal\w*)\b(?:[^.\n]|"
    r"\.(?=\d)){0,40}?\b(?:folg\w*|kommt|kommen|follows?|will follow|suivr\w*|seguir\w*|volg\w*|"
    r"wpłyn\w*|urmeaz\w*|följer|kommer|gelecek|slijed\w*)\b"
)

# "Ovaj ide u plaćanje", "entran en la remesa": goes into the payment run; all languages.
_GOES_TO_PAYMENT = (
    r"\bide u (?:plaćanje|isplatu)\b|\bgeh(?:t|en) (?:in die|in|mit dem|mit der) (?:zahlung|"
    r"zahllauf|zahlungslauf)\b|\bpasse(?:ra|nt)? en (?:paiement|règlement)\b|"
    r"\bentra(?:n|rá|rán)? en (?:la )?remesa\b|\bva(?:nno)? in pagamento\b|"
    r"\bentra(?:m)? (?:no|em) pagamento\b|\bgaa?t(?:en)? in (?:de )?(?:betaling|betaalrun)\b|"
    r"\bidzie do (?:zapłaty|płatności|przelewu)\b|\bintră la plată\b|"
    r"\bgår (?:till|i) betalning\w*\b|\bödemeye (?:girecek|alınacak|alınacaktır)\b|"
    r"\bprovvederemo\b|\bprovvediamo\b|\bprovvederà al (?:pagamento|saldo|bonifico)\b|"
    r"\bprocederemo al pagamento\b|\bprocéderons au (?:paiement|règlement|virement)\b|"
    r"\bprocederemos al (?:pago|abono)\b"
)

# "Veți avea banii în cont", "jullie hebben het geld", "月底前一定到账": all languages.
_MONEY_ARRIVES = (
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

# "entra no próximo lote", "partira avec le prochain virement", "gaat mee": pt fr nl.
_NEXT_BATCH = (
    r"\bentra (?:no|na) (?:próximo|próxima) (?:lote|remessa)\b|"
    r"\bpartira avec (?:le|la|notre|nos) (?:prochain|prochaine)\w*|"
    r"\bgaat mee (?:met|in) de (?:volgende )?betaalrun\b"
)

# "should go out with next week's run": en.
_OUT_WITH_NEXT_RUN = (
    r"\b(?:should|will|shall) go out (?:with|in) (?:this|next|the next|our next) (?:week's |"
    r"month's )?(?:payment )?run\b|\bgo(?:es)? out with (?:this|next) week's run\b"
)

# "ill pay" (no apostrophe): en.
_EN_ILL_PAY = r"\bill (?:pay|transfer|send|settle|sort)\b"

# "we'll mail you a check": en.
_MAIL_A_CHECK = (
    r"\b(?:going to|will|'ll) (?:mail|send|post|write) (?:you )?(?:a |the )?(?:check|cheque)\b"
)

# "it goes out on Friday": en.
_GOES_OUT_ON = r"\b(?:goes|will go|is going|going) out (?:on|with|in|next|this)\b"

# "das Geld kommt", "the money will come", "banii vin": all languages.
_MONEY_COMES = (
    r"\b(?:das )?geld kommt\b|\bthe money (?:comes|will come|will be with you)\b|"
    r"\bl'argent arrive(?:ra)?\b|\bel dinero (?:llega|llegará)\b|\bi soldi arriv\w+\b|"
    r"\bo dinheiro (?:chega|vai chegar)\b|\bhet geld komt\b|\bpieniądze (?:przyjdą|dotrą)\b|"
    r"\bbanii (?:vin|vor veni)\b|\bpengarna kommer\b|\bpara (?:gelecek|yatacak)\b|"
    r"\bnovac (?:stiže|će stići)\b"
)

# "está en la remesa", "zit in de betaalrun", "ist im Zahllauf": es it pt nl de fr.
_IN_THE_RUN = (
    r"\b(?:ya )?está(?:n)? en la remesa\b|\bè (?:già )?nella distinta\b|\b(?:já )?está no lote\b|"
    r"\bzit in de (?:volgende )?betaalrun\b|\b(?:ist|sind) im (?:nächsten )?zahllauf\b|"
    r"\best (?:déjà )?dans le (?:prochain )?(?:virement|règlement) groupé\b"
)

# "se programará para", "gaat er … uit": es nl.
_SCHEDULED_FOR = (
    r"\bse programa(?:rá)? para\b|\bprogramad[oa] para (?:el|la|pago)\b|"
    r"\bgaat er (?:\S+ ){0,4}?uit\b"
)


# A promise to pay: a date, a run, a future or present-for-future verb.

# Round 10: "réglement prévu le 30", "pago previsto para", "sale en la programación": all languages.
_PAYMENT_PLANNED_FOR = (
    r"\b(?:paiement|règlement|réglement|reglement|virement) (?:est )?prévu "
    r"(?:le|pour|au|fin|d'ici)\b|"
    r"\bpago (?:está )?(?:previsto|programado) (?:para|el)\b|\bsale en (?:la )?(?:programación|"
    r"corrida|relación) de\b|\bpagamento (?:è )?previsto (?:il|per|entro)\b|"
    r"\bpagamento (?:está )?(?:previsto|agendado|programado) para\b|"
    r"\b(?:zahlung|überweisung) (?:ist )?(?:geplant|vorgesehen|terminiert) (?:für|am|zum)\b|"
    r"\bpayment (?:is )?(?:scheduled|planned|booked) (?:for|on)\b|"
    r"\bbetaling (?:staat |is )?(?:gepland|ingepland) (?:op|voor)\b|"
    r"\b(?:płatność|przelew) (?:jest )?(?:planowan[ya]|zaplanowan[ya]) na\b|"
    r"\bplata (?:este )?(?:programată|planificată) (?:pe|pentru)\b|"
    r"\bbetalning(?:en)? (?:är )?(?:planerad|schemalagd) (?:till|den|för)\b|"
    r"\bplaćanje (?:je )?planirano (?:za|do)\b|"
    r"^\s*(?:wird|werden) (?:am|bis|zum|spätestens|diese|nächste|morgen|übermorgen|ende)\b"
    r"[^;!?]{0,40}?\b(?:überwiesen|bezahlt|beglichen|angewiesen)\b|"
    r"\b(?:eft|havale|ödeme)\w* (?:ile )?(?:gönderilecek|yatırılacak|aktarılacak)\b"
)


# Round 10e: an inline answer "kommt Ende nächster Woche": de.
_DE_ELLIPTIC_COMES = (
    r"^\W*(?:kommt|folgt|geht raus) (?:dann )?(?:ende|bis|am|nächste\w*|diese\w*|morgen|"
    r"übermorgen)\b"
)


# Round 10e: "会在本月25号统一付款": zh.
_ZH_ON_DAY_PAY = r"会在[^，。；]{0,10}[号日][^，。；]{0,4}(?:付款|支付|打款|转账)"


# Round 10f: "the check gets cut in our 12/11 AP run", "le solde partira le 30 avril",
# "will sort it monday", "bu hafta içinde ödüyoruz": en fr tr.
_ROUND10F_PROMISES = (
    r"\b(?:check|cheque|payment|wire)\b[^.]{0,40}?\bgets? (?:cut|mailed|sent|released) (?:in|on|"
    r"with)\b|"
    r"\b(?:partira|sera viré|sera versé) (?:le|en|début|fin|avec|dès)\b|"
    r"\b(?:will|'ll) sort (?:it|this|that)(?: out)? (?:on |by )?(?:monday|tuesday|wednesday|"
    r"thursday|friday|tomorrow|next week|this week)\b|"
    r"\b(?:bu hafta(?: içinde)?|haftaya|yarın|ay sonuna kadar)\b[^.]{0,30}?\bödüyoruz\b"
)


# Round 10h: "beide kommen Ende nächster Woche", "se paga con la remesa", "ACH goes out 12/11".
_ROUND10H_PROMISES = (
    r"\b(?:beide|die beiden|sie|zahlung\w*|überweisung\w*) (?:kommt|kommen|folgt|folgen|"
    r"gehen? raus) "
    r"(?:dann )?(?:ende|bis|am|nächste\w*|diese\w*|morgen|übermorgen)\b|"
    r"\bse paga(?:rá)? con la remesa\b|\b(?:va|entra) en la remesa\b|"
    r"\b(?:ach|wire|payment|check|cheque|transfer)\b[^.]{0,20}?\bgoes out\b|"
    r"\b(?:i'll|we'll|i will|we will) have (?:the|a) (?:check|cheque|wire|payment)\b[^!?;]{0,30}?"
    r"\b(?:cut|sent|released|mailed)\b"
)


# Round 10i: "entra en la remesa", "pójdzie w przelewach 20-go", "hallederiz", "löser sig",
# "sredit ćemo".
_COLLOQUIAL_OR_RUN = (
    r"\bentra en la remesa\b|\bödeme listesine girecek\b|\bpójdzie w przelewach\b|"
    r"\bgo in the (?:run|payment run)\b|\bsredit ćemo\b|\bhallederiz\b|\bhalledeceğiz\b|"
    r"\bdet löser sig\b|\bkomt (?:\w+ ){0,2}in orde\b|\bvereffenen\b|\bvi reglerar\b|"
    r"\bte lo transfiero\b|\bhago la trans?ferencia\b|\bfaccio il bonifi?c\w*|"
    r"\büberweisung kommt\b|\buplać?ujem\b|\buplacujem\b|送金いたします|送金します"
)


# Round 10j: "the other one i'll do next friday": en.
_ILL_DO_IT_ON = (
    r"\bi(?:'ll| will) do (?:it |that |the rest )?(?:on |by )?(?:monday|tuesday|wednesday|thursday|"
    r"friday|tomorrow|next \w+)\b"
)


# Round 10k: "hij wordt volgende week vrijdag betaald", "预计月底前能付", "剩下的下个月初再付".
_ROUND10K_PROMISES = (
    r"\bwordt (?:\S+ ){0,4}?(?:betaald|overgemaakt|voldaan)\b|预计[^，。]{0,8}(?:能|可以|会)?付|"
    r"剩下的[^。，]{0,10}再付"
)


# Round 10m: "obie faktury pójdą w piątek": pl.
_PL_WILL_GO = r"\bpójd(?:ą|zie) (?:w|we|na|do|jutro|dziś|dzisiaj|pojutrze)\b"

PROMISE = either(
    _WE_WILL_PROCEED,
    _PAYMENT_RUN,
    _YOU_WILL_SEE_FUNDS,
    _WILL_PAY_EN,
    _WILL_PAY_FR,
    _WILL_PAY_DE,
    _WILL_PAY_ES,
    _WILL_PAY_IT,
    _WILL_PAY_PT,
    _WILL_PAY_NL,
    _WILL_PAY_PL,
    _WILL_PAY_RO,
    _WILL_PAY_RO_PRESENT,
    _NL_MAAK_OVER,
    _WILL_PAY_SV,
    _WILL_PAY_TR,
    _WILL_PAY_HR,
    _WILL_PAY_JA,
    _WILL_PAY_ZH,
    _PRESENT_FOR_FUTURE,
    _NL_MAKEN_OVER,
    _PRESENT_FOR_FUTURE_MORE,
    _PLAN_TO_PAY,
    _EN_WE_WILL_WIRE,
    _WILL_BE_SENDING,
    PASSIVE_PROMISE,
    REST_FOLLOWS,
    ZH_PART_NOW,
    _REST_AMOUNT_FOLLOWS,
    _GOES_TO_PAYMENT,
    _MONEY_ARRIVES,
    _NEXT_BATCH,
    BALANCE_FOLLOWS,
    _OUT_WITH_NEXT_RUN,
    _EN_ILL_PAY,
    _MAIL_A_CHECK,
    _GOES_OUT_ON,
    _MONEY_COMES,
    _IN_THE_RUN,
    _SCHEDULED_FOR,
    _PAYMENT_PLANNED_FOR,
    _DE_ELLIPTIC_COMES,
    _ZH_ON_DAY_PAY,
    _ROUND10F_PROMISES,
    _ROUND10H_PROMISES,
    _COLLOQUIAL_OR_RUN,
    _ILL_DO_IT_ON,
    _ROUND10K_PROMISES,
    _PL_WILL_GO,
)

# "sobald / wenn / zodra / wanneer … betaald wordt": a condition or a question, no promise.
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

# "as soon as", "assim que", "sobald" early in the sentence: all languages.
_PROOF_WHEN = (
    r"^[^.]{0,40}?(?:assim que|logo que|quando|as soon as|once|when|dès que|lorsque|sobald|wenn|"
    r"en cuanto|cuando|tan pronto|non appena|quando|zodra|wanneer|jak tylko|gdy|de îndată ce|"
    r"imediat ce|când|så fort|när|olunca|kada|čim)\b"
)

# "届时", "到时候" (by then): zh.
_ZH_BY_THEN = r"届时|到时候"


# A proof sent once the payment goes out: no payment made yet.
PROOF_LATER = either(
    _PROOF_WHEN,
    _ZH_BY_THEN,
)

# "I cannot give you a payment date yet": no promise, whatever payment word it carries.
NO_DATE_YET = (
    r"(?:can't|cannot|can not|unable to|not able to) (?:yet )?(?:give|confirm|provide|tell|"
    r"commit to) (?:you )?(?:a |an |the |any )?(?:exact |precise |firm |"
    r"specific )?(?:payment )?date|(?:zahlungstermin|zahlungsdatum|zahlungsziel|termin|"
    r"datum)\b[^.]{0,40}?(?:noch )?nicht (?:nennen|sagen|mitteilen|bestätigen|zusagen)|"
    r"(?:kann|können) (?:ich|wir) [^.]{0,30}?(?:noch )?(?:keinen|kein) (?:genauen |"
    r"festen )?(?:zahlungstermin|termin|datum)|ne (?:peux|pouvons) pas (?:encore )?vous (?:donner|"
    r"communiquer|confirmer|indiquer) (?:de |une )?(?:date|échéance)|"
    r"no (?:le |les |te )?(?:puedo|podemos) (?:todavía |aún )?(?:dar|confirmar|"
    r"indicar) (?:todavía |aún )?(?:una |la )?fecha|non (?:posso|possiamo) (?:ancora )?(?:darvi|"
    r"darle|darti|indicarvi|indicarle|comunicarvi|comunicarle|confermarvi|"
    r"confermare) (?:ancora )?(?:una |la )?data|não (?:posso|podemos|consigo|"
    r"conseguimos) (?:ainda )?(?:dar|informar|confirmar|passar) (?:ainda )?(?:uma |a )?data|"
    r"(?:kan|kunnen) (?:ik|we|wij) (?:u |jullie )?(?:nog )?geen (?:exacte |precieze |"
    r"concrete )?(?:betaal)?datum|nie (?:mogę|możemy) (?:jeszcze )?(?:podać|potwierdzić|"
    r"określić) (?:dokładnej )?(?:daty|terminu)|nu (?:vă )?(?:pot|putem) (?:încă )?(?:comunica|da|"
    r"confirma|spune) (?:încă )?(?:o |data)|kan (?:ännu |än )?inte (?:ge|lämna|uppge|"
    r"bekräfta) (?:er |dig )?(?:något |ett )?(?:exakt )?(?:datum|betalningsdatum)|"
    r"(?:ödeme )?tarih\w* (?:henüz )?(?:veremiyoruz|veremiyorum|bildiremiyoruz|belli değil)|"
    r"ne (?:mogu|možemo) (?:još )?(?:dati|potvrditi|reći) (?:točan |precizan )?datum|"
    r"支払日[^。]{0,10}(?:未定|まだ分かりません|お伝えできません)|"
    r"(?:付款|支付)(?:日期|时间)(?:还|尚|暂时)?(?:无法|不能)确定|暂时无法(?:确定|告知)(?:付款|支付)"
)

# "I'll call you tomorrow about the payment", "je reviens vers vous lundi": all languages.
_CALL_ABOUT_PAYMENT = (
    rf"\b(?:{_TALK})\b(?:\s+\S+){{0,5}}?\s+(?:{_ABOUT})\b(?:\s+\S+){{0,3}}?\s+\S*(?:pay|zahl|paie|"
    r"règl|pag|betal|płat|plat|ödeme|uplat|virement|überweis|transfer)\w*|"
    r"\bödeme (?:konusunda|hakkında|ile ilgili)\b[^.]{0,30}?\b(?:arayacağ\w+|yazacağ\w+|"
    r"döneceğ\w+)|(?:付款|支付)的事[^。]{0,12}(?:打电话|联系|回复)|"
    r"(?:支払|お支払い|入金|振込)[^。]{0,6}(?:について|に関して|の件)[^。]{0,20}(?:連絡|電話|"
    r"ご報告|お知らせ)|(?:关于|就)[^。，]{0,6}(?:付款|支付|汇款|转账)[^。]{0,20}(?:联系|打电话|"
    r"回复|告知|通知|沟通)"
)

# "Ihre Zahlungserinnerung vom 12.02.": the reminder is no payment; all languages.
_REMINDER_NOUN = (
    r"\b(?:payment reminders?|reminders? of payment|zahlungserinnerung\w*|rappels? de paiement|"
    r"relances? de paiement|recordatorios? de pago|sollecit\w* di pagamento|"
    r"lembretes? de pagamento|avisos? de cobrança|betalingsherinnering\w*|"
    r"przypomnieni\w* o (?:płatności|zapłacie)|notificar\w* de plată|betalningspåminnelse\w*|"
    r"ödeme hatırlatma\w*|podsjetni\w* (?:za|o) plaćanj\w*)\b|支払(?:い)?督促|お支払いのお願い|"
    r"付款提醒|催款"
)


# The date belongs to a call, a message or a reminder; the payment is only its topic.
TALK_ABOUT_PAYMENT = either(
    _CALL_ABOUT_PAYMENT,
    _REMINDER_NOUN,
)

# "always", "usually", "immer", "通常": all languages.
_ALWAYS = (
    r"\b(?:always|usually|normally|generally|grundsätzlich|immer|normalerweise|toujours|d'habitude|"
    r"généralement|siempre|normalmente|habitualmente|sempre|di solito|altijd|gewoonlijk|normaal|"
    r"zawsze|zazwyczaj|întotdeauna|de obicei|alltid|vanligtvis|normalt|her zaman|genellikle|daima|"
    r"uvijek|obično)\b|いつも|通常|一般|总是|通常"
)

# "mereu" (ro), "hep" (tr).
_RO_TR_ALWAYS = r"\bmereu\b|\bhep\b"


# "we always pay at 60 days": a habit, not a promise.
HABITUAL = either(
    _ALWAYS,
    _RO_TR_ALWAYS,
)

# "wie üblich", "comme d'habitude", "as usual": said of this very payment, not a habit.
AS_USUAL = (
    r"\b(?:as usual|like always|wie (?:immer|üblich|gewohnt)|comme d'habitude|comme toujours|"
    r"como siempre|como de costumbre|come al solito|come sempre|como sempre|como de costume|"
    r"normaal gezien|zoals (?:altijd|gebruikelijk|gewoonlijk)|jak zwykle|jak zawsze|ca de obicei|"
    r"ca întotdeauna|"
    r"som vanligt|som alltid|her zamanki gibi|kao i obično|kao i uvijek)\b|いつも通り|"
    r"いつものように|照常|和往常一样|像往常一样"
)

# "con data valuta 10 dicembre", "scheduled for 2 Dec": a transfer executed on a later date.
VALUE_DATE = (
    r"\b(?:value date|valuta(?:datum)?|data valuta|fecha (?:de )?valor|date de valeur|valutadatum|"
    r"z datą (?:realizacji|wykonania|płatności|księgowania)|cu data (?:de )?(?:execuție|executare|"
    r"plată|decontare)|med (?:betal|likvid)(?:nings)?datum|s datumom (?:izvršenja|valute|plaćanja)|"
    r"ausführungsdatum|mit (?:ausführung|valuta)|execution date|data de (?:execução|agendamento|"
    r"débito)|scheduled (?:for|on)|terminiert|ingepland|ingeplant|zaplanowan\w*|programad[oa]|"
    r"programmée?|programat\w*|agendad[oa]|agendamos|programamos|schemalagd|planlandı|"
    r"zakazan\w*)\b|予約|预约"
)
