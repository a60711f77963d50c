"""Conditions, negation and hedges: what makes a pay phrase no promise, or no report, yet."""

from worker.maia.cues.shared import CREDIT_DOC, CREDIT_WORD, either
from worker.maia.lexicon import ROMANIAN_NU

# Conjunctions that make a clause a condition ("when", "once", "as soon as").
_WHEN = (
    r"(?:when|once|as soon as|wenn|sobald|nachdem|quand|lorsque|une fois|dès que|cuando|una vez|"
    r"en cuanto|quando|una volta|appena|assim que|logo que|wanneer|zodra|gdy|kiedy|jak tylko|când|"
    r"după ce|imediat ce|när|så snart|så fort|kad|kada|čim|nakon što)"
)

# "we are waiting for X before we pay": all languages.
_WAIT_BEFORE_PAYING = (
    r"(?:avvaktar|väntar på|await\w*|waiting for|warten auf|attendons|esperamos|attendiamo|"
    r"aguardamos|wachten op|czekamy na|așteptăm|bekliyoruz|čekamo)[^.]{0,60}(?:innan|before|bevor|"
    r"avant|antes|prima|voordat|zanim|înainte|önce|prije)"
)

# "once we receive the corrected invoice", "sobald", "訂正後": all languages.
_ONCE_CORRECTED = (
    r"收到.{0,8}(?:正确|更正|新的?)|once (?:we (?:receive|have)|corrected|the credit)|"
    r"after (?:receiving|we receive)|dès (?:réception|que nous aurons)|sobald|"
    r"una vez (?:recibid|corregid)|non appena|assim que|zodra|po otrzymaniu|după primirea|så snart|"
    r"aldıktan sonra|nakon primitka|訂正後|修正後|差し替え"
)

# "until the matter is resolved", "bis zur Klärung": it hr en de es tr pl fr.
_UNTIL_RESOLVED = (
    r"(?:aspettiamo|attendiamo)[^.]{0,60}prima di|dok ne (?:primimo|dobijemo)|"
    r"until (?:this|the (?:matter|issue|dispute)) is (?:resolved|clarified)|bis zur klärung|"
    r"hasta que se (?:resuelva|aclare)|netleşene kadar|do czasu (?:wyjaśnienia|korekty)|"
    r"do tego czasu|jusqu'à (?:la )?(?:résolution|réception)"
)

# "after approval", "nach Freigabe", "承認後": after approval, receipt or sign-off, all languages.
_AFTER_APPROVAL_OR_RECEIPT = (
    r"após (?:a )?(?:conclusão|aprovação|receção|recepção|recebimento|validação)|"
    r"after (?:approval|the approval|receipt|sign-?off)|once (?:approved|received|signed)|"
    r"nach (?:freigabe|erhalt|eingang|prüfung)|après (?:validation|réception|approbation|accord)|"
    r"una vez (?:aprobad|validad)\w*|dopo (?:l'approvazione|la ricezione|aver ricevuto)|"
    r"na (?:goedkeuring|ontvangst)|po (?:zatwierdzeniu|akceptacji)|după (?:aprobare|validare)|"
    r"efter (?:attest|godkännande)|onaylandıktan sonra|nakon (?:odobrenja|primitka)|承認後|"
    r"收到[^。]{0,12}后再|审批后|审批通过后"
)

# "once we receive the corrected invoice", "sobald die Gutschrift": en de fr es zh.
_ONCE_CORRECTED_RECEIVED = (
    r"once we (?:receive|have) (?:the|a|your) (?:corrected|credit|new|revised|amended)|"
    r"after (?:receiving|we receive) (?:the|a|your) (?:corrected|credit|new|revised)|"
    r"sobald (?:die|der|wir) [^.,]{0,30}(?:gutschrift|korrigierte|freigabe|korrektur)|"
    r"dès réception (?:de l'avoir|de la facture corrigée)|una vez recibid[oa] (?:el abono|"
    r"la factura rectificativa|la nota)|收到.{0,8}(?:正确|更正|新的?)"
)

# "once the credit note arrives we will pay": waits on a corrected document; all languages.
_ONCE_CREDIT_ARRIVES = (
    r"(?:\bonce|\bwhen|\bafter|as soon as|sobald|\bwenn|\bnach|dès que|lorsque|quand|après|cuando|"
    r"una vez|en cuanto|non appena|\bdopo|assim que|\bquando|após|zodra|wanneer|\bgdy|kiedy|\bpo\b|"
    rf"când|după|imediat ce|\bnär|så snart|\befter|\bčim|\bkad|nakon)[^.]{{0,40}}(?:{CREDIT_WORD}|"
    r"corrected|revised|korrigiert\w*|corrigée?|corregida|corretta|corrigida|gecorrigeerde|"
    r"poprawion\w*|corectat\w*|rättad|düzeltilmiş|ispravljen\w*)"
)

# "wij betalen pas na ontvangst van een creditnota": only after a credit; all languages.
PAY_AFTER_CREDIT = (
    r"(?:pas na|pas als|pas wanneer|erst nach|erst wenn|only (?:after|once|when)|(?:until|"
    r"till) (?:we (?:receive|get|have)|receipt of)|seulement (?:après|à réception)|qu'(?:après|"
    r"à réception)|solo (?:después de|cuando|dopo|quando|a seguito)|únicamente (?:después de|"
    r"cuando)|apenas (?:após|depois|quando)|só (?:após|depois|quando)|dopiero po|dopiero (?:gdy|"
    r"kiedy)|doar după|numai după|först (?:efter|när)|tek (?:nakon|kada)|tek po|ancak|(?:only|erst|"
    r"pas|solo|solamente|soltanto|apenas|só|dopiero|doar|numai|först|tek) (?:[^\W\d_]+ |"
    r"\d[\w/.-]* ){0,5}?(?:after|once|when|nach|na|après|después de|dopo|após|depois|po|după|efter|"
    r"nakon))[^.]{0,50}?(?:credit ?not\w*|credit memo|gutschrift|avoir|nota de cr[ée]dit\w*|"
    r"nota di credito|creditnota|korekt\w*|nota de credit|notă de credit|notei de credit|"
    r"kreditnota\w*|kreditfaktura\w*|iade fatura\w*|knjižn\w* odobrenj\w*|odobrenj\w*|"
    r"corrected invoice|korrigierte\w* rechnung|facture rectificative|factura rectificativa|"
    r"fattura corrett\w*|fatura corrigida|gecorrigeerde factuur|poprawion\w* faktur\w*|"
    r"factur\w* corectat\w*|korrigerad faktura|düzeltilmiş fatura|ispravljen\w* račun\w*)"
)

# "betalas när den är attesterad", "paid once approved": waits on the workflow; all languages.
_APPROVAL_WAIT = (
    rf"\b{_WHEN}\b (?:\S+ ){{0,4}}?(?:approved|signed off|validated|authori[sz]ed|freigegeben|"
    r"genehmigt|validée?s?|approuvée?s?|aprobad[oa]s?|validad[oa]s?|approvat[oa]|validat[oa]|"
    r"aprovad[oa]s?|validad[oa]s?|goedgekeurd|geaccordeerd|zatwierdzon[aey]|zaakceptowan[aey]|"
    r"aprobat[ăe]?|validat[ăe]?|attesterad|attesterats|godkänd|godkänts|odobren[aio]?|"
    r"ovjeren[aio]?)\b|onaylandığında|onaylanınca|onaylanır onaylanmaz|"
    r"承認(?:され次第|されたら|が(?:下り|おり)次第)|決裁(?:後|され次第|が(?:下り|おり)次第)|"
    r"审批(?:完成|通过|结束|完毕)后|审核(?:完成|通过)后|批准后"
)

# "We'll settle as soon as we receive the credit note": waits on a credit; all languages.
WAIT_CREDIT = (
    rf"\b(?:{_WHEN}|dès réception d\w*|à réception d\w*|upon receipt of|on receipt of|"
    r"nach (?:erhalt|eingang)|al recibir|al ricevimento d\w*|após (?:o )?recebimento d\w*|"
    r"na ontvangst van|po otrzymaniu|la primirea|efter mottagandet av|"
    rf"po primitku)\b[^.]{{0,50}}?{CREDIT_DOC}|{CREDIT_DOC}[^.]{{0,30}}?\b(?:gelince|geldiğinde|"
    r"gelir gelmez|ulaşınca)\b|(?:クレジットノート|赤伝|返金伝票)[^。]{0,12}(?:届き次第|が届いたら|"
    r"受領後)|收到[^。]{0,8}(?:红字发票|红冲发票|贷项通知单)[^。]{0,4}后"
)

# "Bitte um Gutschrift, dann überweisen wir": a credit first, then payment; all languages.
_CREDIT_THEN_PAY = (
    rf"{CREDIT_DOC}[^.]{{0,40}}?[,;]?\s*\b(?:dann|then|and then|alors|et nous|entonces|y (?:os|le|"
    r"les) (?:pagamos|pagaremos)|allora|e poi|poi|então|e depois|dan|daarna|wtedy|to|atunci|"
    r"și apoi|så|"
    r"sedan|o zaman|ondan sonra|onda|pa|nakon toga)\b"
)

# "după obținerea tuturor vizelor", "待审批流程完成后": after approval, all languages.
_AFTER_APPROVAL = (
    r"\b(?:after (?:the )?(?:approval|sign-?off)|nach (?:der )?(?:freigabe|genehmigung)|"
    r"après (?:validation|approbation|le visa)|tras la aprobación|después de la aprobación|"
    r"dopo (?:l'approvazione|il visto)|a visto apposto|após (?:a )?aprovação|na goedkeuring|"
    r"po zatwierdzeniu|po akceptacji|după (?:obținerea|aprobarea|viza)\w*|efter attest\w*|"
    r"onaydan sonra|nakon odobrenja)\b|承認後|审批[^。，]{0,6}(?:完成|通过|结束|完毕)后|"
    r"待[^。，]{0,10}审批[^。，]{0,8}后|当(?:审批|审核)[^。，]{0,6}后"
)

# "onaylandıktan sonra": after approval, tr.
_AFTER_APPROVAL_TR = r"\btamamlandıktan sonra\b|\bonaylandıktan sonra\b"

# "send the credit note and we'll pay": all languages.
_CREDIT_AND_WE_PAY = (
    rf"{CREDIT_DOC}[^.]{{0,60}}?\b(?:and we(?:'ll| will)|et nous (?:réglerons|paierons)|y (?:os|le|"
    r"les) (?:pagamos|pagaremos)|e (?:noi )?(?:pagheremo|paghiamo)|e (?:nós )?pagaremos|"
    r"en dan betalen|dan betalen we|i zapłacimy|și vom plăti|så betalar vi|ve ödeme\w*|"
    r"i platit ćemo|受領次第|收到后)"
)

# "wtedy zapłacimy" (then we pay): pl.
_PL_THEN_WE_PAY = r"\bwtedy zapłacimy\b"

# "dann zahlen wir": de.
_DE_THEN_WE_PAY = r"\bdann zahlen wir\b"

# "appena ricevuta la NC", "dès réception de l'avoir", "sobald die Gutschrift da ist".
CREDIT_ARRIVED_FIRST = (
    r"\bappena ricevuta la (?:nc|nota di credito)\b|\bdès réception de l'avoir\b|"
    r"\bsobald (?:die )?gutschrift (?:da|eingegangen) ist\b"
)

# "if the credit note …": payment hangs on a credit note; all languages.
IF_CREDIT = (
    r"\b(?:if|wenn|falls|si|se|als|indien|jeśli|jeżeli|dacă|om|eğer|ako) (?:the |die |der |l'|le |"
    r"el |la |il |a |o |de |het |den )?(?:\w+ ){0,3}?(?:la |a |de |the |die |le |el )?"
    rf"{CREDIT_DOC}|"
    # "si nos llega el abono esta semana, pagamos": es "abono" is a credit note only here.
    r"\bsi (?:nos )?(?:llega|llegara|recibimos|mandáis|enviáis|envían) (?:el |un )?abono\b|"
    r"\bako (?:nam )?pošaljete (?:knjižno )?odobrenje\b"
)

# "Then we pay." opening a sentence after a condition: all languages.
_THEN_WE_PAY = (
    r"^\W*(?:dan betalen we|then we(?:'ll| will)? pay|dann zahlen wir|alors nous (?:paierons|"
    r"réglerons)|entonces (?:os |le |la )?(?:pagamos|pagaremos)|allora (?:paghiamo|pagheremo)|"
    r"então (?:pagamos|pagaremos)|wtedy zapłacimy|atunci (?:plătim|vom plăti)|då betalar vi|"
    r"o zaman öde\w*|onda (?:ćemo )?plati\w*)\b"
)

# "审批流程走完后": after the approval flow, zh.
_AFTER_APPROVAL_ZH = r"审批(?:流程)?走完后|流程走完后|审批结束后"


# A payment promised once something is corrected, approved or credited: no promise yet.

# Round 10f: "reissue it on the actual reading and I'll get it paid": en.
_REISSUE_AND_WE_PAY = (
    r"\b(?:reissue|re-issue|correct|credit)\b[^.]{0,60}?\band (?:i|we)(?:'ll| will) "
    r"(?:get it paid|pay|settle)\b"
)


# Round 10i: the same conditions as _IF_ANYTHING_LEFT, for dated promises too.
_IF_ANYTHING_LEFT_TOO = (
    r"\bshould there be\b|\bqualora\b|\bs'il reste\b|\bmocht(?:en)? er\b|\bjeśli po\b|"
    r"\bdacă după\b|\bom något\b|\bako nakon\b"
)


# "om ni skickar en kopia så betalar vi": paying waits on the copy; sv.
_SV_COPY_THEN_PAY = r"\bom ni skickar (?:en )?(?:kopia|ny faktura)\b[^.]{0,20}?\bså betalar vi\b"

# Round 10j: "düzeltilmiş faturayı gönderdiğinizde", "om ni skickar en kopia så betalar vi".
_ROUND10J_WAITS = either(
    r"(?:faturayı|faturasını|faturayi) (?:\w+ )?gönderdiğiniz(?:de|den sonra)\b",
    _SV_COPY_THEN_PAY,
)

CONDITIONAL = either(
    _WAIT_BEFORE_PAYING,
    _ONCE_CORRECTED,
    _UNTIL_RESOLVED,
    _AFTER_APPROVAL_OR_RECEIPT,
    _ONCE_CORRECTED_RECEIVED,
    _ONCE_CREDIT_ARRIVES,
    PAY_AFTER_CREDIT,
    _APPROVAL_WAIT,
    WAIT_CREDIT,
    _CREDIT_THEN_PAY,
    _AFTER_APPROVAL,
    _AFTER_APPROVAL_TR,
    _CREDIT_AND_WE_PAY,
    _PL_THEN_WE_PAY,
    _DE_THEN_WE_PAY,
    CREDIT_ARRIVED_FIRST,
    IF_CREDIT,
    _THEN_WE_PAY,
    _AFTER_APPROVAL_ZH,
    _REISSUE_AND_WE_PAY,
    _IF_ANYTHING_LEFT_TOO,
    _ROUND10J_WAITS,
)


# The core of CONDITIONAL: a payment that waits on an approval, a receipt or a credit.

# Round 10i: "should there be any balance left after we reconcile", "qualora", "mocht er".
# (for undated promises also the broader forms, which a dated promise may carry unharmed)
_IF_ANYTHING_LEFT = either(
    _IF_ANYTHING_LEFT_TOO,
    r"\bsollte(?:n)? (?:noch )?(?:etwas|ein|es)\b|\bcaso (?:haja|exista|ainda)\b|"
    r"\bsi (?:quedara|queda|hubiera)\b|\beğer\b[^.]{0,40}?\bkalırsa\b",
)


# Round 10k: "zodra die akkoord geeft gaat hij mee in de betaalrun": nl.
_NL_ONCE_APPROVED = r"\bzodra (?:die|hij|zij|de \w+) akkoord geeft\b"

CONDITIONAL_CORE = either(
    _AFTER_APPROVAL_OR_RECEIPT,
    _ONCE_CORRECTED_RECEIVED,
    _ONCE_CREDIT_ARRIVES,
    _APPROVAL_WAIT,
    WAIT_CREDIT,
    _CREDIT_THEN_PAY,
    _AFTER_APPROVAL,
    _AFTER_APPROVAL_TR,
    _CREDIT_AND_WE_PAY,
    _PL_THEN_WE_PAY,
    CREDIT_ARRIVED_FIRST,
    IF_CREDIT,
    _THEN_WE_PAY,
    _AFTER_APPROVAL_ZH,
    _IF_ANYTHING_LEFT,
    _NL_ONCE_APPROVED,
)

# In a dispute: "we'll pay when the repair is done", "déduction faite": no promise yet.
DISPUTE_WAIT = (
    rf"\b{_WHEN}\b (?:\S+ ){{0,4}}?(?:completed|complete|done|finished|fixed|repaired|resolved|"
    r"installed|delivered|erledigt|abgeschlossen|behoben|repariert|geliefert|terminée?s?|"
    r"réparée?s?|résolue?s?|livrée?s?|terminad[oa]s?|reparad[oa]s?|resuelt[oa]s?|entregad[oa]s?|"
    r"completat[oa]|riparat[oa]|risolt[oa]|consegnat[oa]|concluíd[oa]s?|resolvid[oa]s?|afgerond|"
    r"gerepareerd|opgelost|geleverd|zakończon[aey]|naprawion[aey]|dostarczon[aey]|finalizat[ăe]?|"
    r"reparat[ăe]?|rezolvat[ăe]?|livrat[ăe]?|klar|åtgärdad\w*|levererad\w*|završen[aio]?|"
    r"popravljen[aio]?|riješen[aio]?|isporučen[aio]?)\b|\w+(?:ıldığında|ildiğinde|ulduğunda|"
    r"üldüğünde|andığında|endiğinde|ince|ınca)\b|déduction faite|après déduction|"
    r"(?:less|minus|net of|after deducting) the (?:credit|deduction|difference|disputed)|abzüglich|"
    r"unter abzug|descontando|deduciendo|dedotto|detraendo|al netto d|deduzindo|descontad[oa]|"
    r"verminderd met|na aftrek|po (?:odliczeniu|potrąceniu)|pomniejszon\w*|după deducerea|scăzând|"
    r"med avdrag|efter avdrag|düşülerek|düşüldükten sonra|umanjen\w* za|nakon odbitka|"
    r"完了(?:後|次第|したら)|差し引(?:いて|き)|扣除[^。]{0,8}后|完成后再"
)

# "dès réception", "once it has arrived", "届き次第": on receipt, all languages.
_ON_RECEIPT = (
    r"\b(?:dès réception|à réception|upon receipt|on receipt|once received|nach erhalt|"
    r"nach eingang|al recibir(?:la|lo)?|en cuanto (?:la|lo) recibamos|a ricevimento|appena (?:la|"
    r"lo) riceviamo|após (?:o )?recebimento|assim que (?:a|o) recebermos|na ontvangst|"
    r"zodra we (?:hem|ze|die) (?:hebben )?ontvangen|po otrzymaniu|la primire|la primirea|"
    r"vid mottagande|när vi (?:har )?fått (?:den|dem)|alındığında|eline geçince|po primitku|"
    r"čim (?:ga|ju) primimo|när (?:den|de) (?:har )?kommit (?:in|fram)|once it (?:has )?(?:arrived|"
    r"come in|reached us)|sobald sie (?:bei uns )?eingegangen ist|dès qu'elle (?:nous )?(?:sera|"
    r"est) (?:arrivée|parvenue)|cuando (?:nos )?llegue|quando (?:ci )?arriva|quando chegar|"
    r"zodra (?:hij|ze|die) binnen is|jak (?:tylko )?dotrze|când (?:o )?primim|kad stigne)\b|受領後|"
    r"届き次第|收到后|收到以后"
)

# "così la registriamo", "zo kunnen we hem betalen": it nl.
_SO_WE_CAN_PAY = (
    r"\bcosì (?:la|lo) (?:registriamo|paghiamo)\b|\bzo kunnen we (?:hem|ze) betalen\b|"
    r"\bdan (?:neem|nemen) (?:ik|we|wij) (?:hem|ze|die) mee in de (?:volgende )?betaal\w+|"
    + _SV_COPY_THEN_PAY
)


# "Je la passe en paiement dès réception": the payment waits on the copy.
ON_RECEIPT = either(
    _ON_RECEIPT,
    _SO_WE_CAN_PAY,
)

# "if", "whether", "can you confirm", "ob", "czy": all languages.
_IF_WHETHER = (
    r"\b(?:if|whether|once|unless|in case|(?:cannot|can't|unable to|please|kindly|can you|"
    r"could you) (?:confirm|verify|check)|ob|wenn|falls|sobald|si|qualora|caso|dacă|daca|czy|jeśli|"
    r"jeżeli|eğer|ako|čim|indien|zodra|så snart)\b(?![/\-]\d)"
)

# "as soon as", "dès que", "jak tylko": all languages.
_AS_SOON_AS = (
    r"assim que|logo que|as soon as|dès que|en cuanto|tan pronto como|non appena|de îndată ce|"
    r"imediat ce|jak tylko|gdy tylko|så fort|zodra"
)


# "if / whether / once" before a paid form: a condition or an embedded question, no report.
EMBEDDED = either(
    _IF_WHETHER,
    _AS_SOON_AS,
)

# "not", "nicht", "jamais", "没有": all languages.
_NOT = (
    r"\b(?:not|n't|never|no(?![.:º°]?\s?\d)|won't|cannot|can't|ne|pas|nicht|kein\w*|nie|niet|geen|"
    r"non|não|nao|inte|ej|aldrig|jamais|nunca|mai|ne|nije|nisu|nismo|nisam)\b|n'|не|"
    + ROMANIAN_NU
    + r"|不(?:再)?负责|没有|没(?!收)|未(?!来)"
)

# "不应", "不会", "不能": zh.
_ZH_NOT_MORE = r"不应|不会|不能|不予|不该|不用"


# Negation words, all languages.
NEGATION = either(
    _NOT,
    _ZH_NOT_MORE,
)

# "we won't pay", "nous ne paierons pas", "we cannot pay yet": all languages.
_WONT_PAY = (
    r"(?:won't|will not|cannot|can't|are not|aren't|not) (?:be )?pay(?:ing)?\b|"
    r"ne (?:paierons|réglerons|payerons) pas|(?:zahlen|bezahlen|begleichen) (?:wir|ich) (?:sie |"
    r"diese |die rechnung )?nicht|nicht (?:bezahlen|zahlen|begleichen)|"
    r"no (?:la |las |lo |los )?(?:vamos a pagar|pagaremos|podemos pagar)|"
    r"non (?:la |le )?(?:pagheremo|possiamo pagare)|não (?:vamos pagar|pagaremos|podemos pagar)|"
    r"betalen (?:wij|we) niet|niet betalen|nie zapłacimy|nie opłacimy|nu o plătim|"
    r"nu (?:vom|putem) plăti|betalar (?:vi )?inte|ödemeyeceğiz|ödeme yapmayacağız|"
    r"nećemo (?:platiti|uplatiti)|ne (?:pouvons|pouvez|peux) pas (?:encore )?(?:payer|régler)|"
    r"(?:können|kann) (?:wir|ich) [^.]{0,30}nicht (?:bezahlen|zahlen|begleichen)|"
    r"nie (?:możemy|możemy jeszcze) (?:zapłacić|opłacić|uregulować)|"
    r"nu (?:putem|vom putea) (?:încă )?(?:achita|plăti|vira)|nu o (?:putem )?achit\w*|"
    r"(?:kan|kommer) (?:vi|jag) inte (?:att )?(?:betala|attestera)|"
    r"(?:vi|jag) kan inte (?:\w+ )?betala|ödeyemiyoruz|ödeyemeyiz|ödeme yapamıyoruz|"
    r"ne možemo (?:još )?(?:platiti|uplatiti)|no (?:podemos|vamos a poder) (?:todavía )?(?:pagar|"
    r"abonar)|non (?:possiamo|potremo) (?:ancora )?(?:pagare|saldare)|"
    r"(?:kunnen|kan) (?:wij|we|ik) [^.]{0,30}niet (?:betalen|voldoen)|お支払いできません|"
    r"支払えません|お支払いいたしかねます|无法(?:按\w*)?(?:付款|支付)|不能付款|暂不付款|拒绝付款"
)

# "zahlen wir so nicht", "zahlen wir in dieser Form nicht": a refusal as things stand; de nl sv.
_VERB_SECOND_REFUSAL = (
    r"(?:zahlen|bezahlen|begleichen) (?:wir|ich) (?:[^\W\d_]+ ){0,3}?nicht\b|"
    r"betalen (?:wij|we|ik) (?:[^\W\d_]+ ){0,3}?niet\b|betalar (?:vi|"
    r"jag) (?:[^\W\d_]+ ){0,3}?inte\b"
)

# "差额部分我们不付", "お支払いはいたしません": zh ja.
_ZH_JA_REFUSAL = (
    r"(?:我们|我方|我司)(?:不付|不支付|不予支付|不会支付|不会付款|拒付)|不予(?:支付|付款)|"
    r"(?:お支払い|支払)(?:は|を)?(?:いたしません|致しません|しません)"
)

# "non la paghiamo": it.
IT_WE_DONT_PAY_IT = r"\bnon (?:la|lo|le|li) paghiamo\b"

# "no procede el pago", "nous ne pouvons pas la régler": es fr.
PAYMENT_NOT_DUE = (
    r"\bno procede (?:su |el )?pago\b|\bne pouvons pas (?:la |le |les )?(?:mettre en paiement|"
    r"régler|payer)\b"
)

# "we cannot release the payment": en.
_CANNOT_RELEASE_PAYMENT = r"\b(?:cannot|can't|are unable to) (?:process|release) (?:the )?payment\b"


# Refusing to pay (as things stand) is a dispute unless it is about cash flow.

# Round 10j: "wij betalen factuur X niet zolang dit niet is opgelost": nl.
_NL_NOT_WHILE = r"\bbetalen (?:\S+ ){0,3}?niet (?:zolang|tot|voordat)\b"


# Round 10m: "wij betalen factuur X voorlopig niet": nl.
_NL_NOT_FOR_NOW = r"\b(?:wij|we) betalen (?:\S+ ){0,3}?(?:voorlopig|nog) niet\b"

NEG_PAY = either(
    _WONT_PAY,
    _VERB_SECOND_REFUSAL,
    _ZH_JA_REFUSAL,
    IT_WE_DONT_PAY_IT,
    PAYMENT_NOT_DUE,
    _CANNOT_RELEASE_PAYMENT,
    _NL_NOT_WHILE,
    _NL_NOT_FOR_NOW,
)

# "cash flow", "trésorerie", "資金繰り": all languages.
_CASH_FLOW_WORDS = (
    r"cash ?flow|trésorerie|liquidität|liquidez|liquidità|płynnoś|lichiditat|likviditet|nakit|"
    r"likvidnost|資金繰り|资金|tight|toat[aă] suma|dintr-o dat[aă]"
)

# "the full amount", "la totalité", "全額": all languages.
_THE_FULL_AMOUNT = (
    r"the full amount|the whole amount|in full right now|hela beloppet|la totalidad|"
    r"todo el importe|den (?:vollen|gesamten) betrag|l'intégralité|la totalité|l'intero importo|"
    r"tutto l'importo|o valor total|o valor todo|het volledige bedrag|het hele bedrag|całej kwoty|"
    r"całość|întreaga sumă|suma integrală|tamamını|cijeli iznos|全額|全部款项|全款"
)

# "in one go", "auf einmal", "一括": all languages.
_IN_ONE_GO = (
    r"de golpe|in one go|all at once|d'un coup|en une (?:seule )?fois|auf einmal|in einem betrag|"
    r"in una (?:sola )?volta|de uma (?:só )?vez|in één keer|na raz|jednorazowo|dintr-o dată|"
    r"på en gång|tek seferde|odjednom|一括|一次性|tesorería|tesouraria|tesoreria"
)

# "in full", "en totalité", "u cijelosti": all languages.
_IN_FULL = (
    r"\bin full\b|integral\w*|de una (?:sola )?vez|en (?:su )?totalidad|en totalité|în totalitate|"
    r"w całości|i sin helhet|i sin helhet|u cijelosti|u potpunosti|volledig|vollständig|komplett|"
    r"integralmente|por completo|por inteiro|tamamen|tamamını|in un'unica soluzione|in einer summe|"
    r"en un solo pago|em uma única parcela|全额|一度に|全額を"
)


# "We cannot pay it in full right now": cash flow, not a contest.
CASH_FLOW = either(
    _CASH_FLOW_WORDS,
    _THE_FULL_AMOUNT,
    _IN_ONE_GO,
    _IN_FULL,
)

# A payment the writer is unsure of ("I think we already paid, I'll check with the bank").
HEDGE = (
    r"\b(?:i think|i believe|i'm fairly sure|i'm pretty sure|apparently|it seems|i guess|"
    r"ich glaube|ich denke|meines wissens|soweit ich weiß|je crois|je pense|il me semble|creo que|"
    r"me parece que|pienso que|mi risulta|credo che|penso che|mi sembra|acho que|parece que|"
    r"creio que|ik denk|ik geloof|volgens mij|wydaje mi się|chyba|myślę, że|myślę że|cred că|parcă|"
    r"mi se pare|jag tror|troligen|sanırım|galiba|herhalde|mislim da|čini mi se|vjerojatno)\b|"
    r"かと思います|かと存じます|と思います|好像|应该已经|似乎"
)

# "I'll check", "prüfen", "确认": a check still to be made, all languages.
CHECK_AHEAD = (
    r"\b(?:check|verify|confirm|double-?check|look into|prüf\w*|nachsehen|checken|klären|vérifier|"
    r"vérifie|confirmer|comprobar|compruebo|verificar|verifico|confirmar|controllare|controllo|"
    r"verificare|confermare|confirmo|controleren|controleer|nakijken|navragen|sprawdz\w*|"
    r"potwierdz\w*|verific\w*|confirm\w*|kontrollera|kolla|stämma av|teyit|kontrol ed\w*|"
    r"kontrol etmem|provjer\w*|potvrd\w*)\b|確認|确认|核实|核对|查一下|查询"
)
