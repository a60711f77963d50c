"""Contest cues: the invoice is wrong, incomplete, undelivered or not what was agreed."""

from worker.maia.cues.conditions import (
    CREDIT_ARRIVED_FIRST,
    IF_CREDIT,
    IT_WE_DONT_PAY_IT,
    PAY_AFTER_CREDIT,
    PAYMENT_NOT_DUE,
    WAIT_CREDIT,
)
from worker.maia.cues.shared import CREDIT_DOC, either

# "never", "not (yet)", all languages.
_NEVER = (
    r"(?:never|not|nie|nicht|nie|noch nicht|jamais|pas|pas encore|nunca|no|non|mai|ancora|não|"
    r"nooit|niet|nigdy nie|nu|aldrig|inte|hiç|nikad|nikada|nije|nisu|još nije)"
)

# Goods or a delivery that never arrived, all languages.
_GOODS_NEVER_ARRIVED = (
    r"(?:goods|shipment|delivery|consignment|order|parcel|pallets?|items?|ware|waren|lieferung|"
    r"sendung|marchandises?|livraison|colis|mercanc[íi]as?|envío|pedido|merce|consegna|spedizione|"
    r"mercadorias?|encomenda|goederen|levering|zending|towar\w*|dostaw\w*|przesyłk\w*|marf\w*|"
    r"livrar\w*|colet\w*|varor(?:na)?|leverans(?:en)?|godset|mal(?:lar)?|ürün\w*|sevkiyat\w*|roba|"
    r"robu|pošiljk\w*|isporuk\w*)\b[^.]{0,60}(?:never arrived|(?:has|have)(?: not|"
    r"n't) (?:yet )?arrived|did(?: not|n't) arrive|not (?:yet )?arrived|nu (?:a|au) (?:mai )?ajuns|"
    r"nie (?:dotarł|dotarła|dotarły|doszł)\w*|nie angekommen|nicht angekommen|jamais (?:arrivée?s?|"
    r"reçue?s?)|pas (?:encore )?arrivée?s?|no (?:ha|han) llegado|nunca (?:llegó|llegaron|chegou|"
    r"chegaram)|non (?:è|sono) mai arrivat\w*|non (?:è|sono) (?:ancora )?arrivat\w*|não (?:chegou|"
    r"chegaram)|niet aangekomen|nooit aangekomen|nooit geleverd|kom aldrig|har inte kommit|"
    r"inte kommit fram|ulaşmadı|gelmedi|teslim alınmadı|nije (?:nikad |nikada )?stigl\w*|"
    r"nisu stigl\w*)|(?:never|not) (?:received|got) (?:the |any |our )?(?:goods|shipment|delivery|"
    r"order|parcel)|货(?:物|品)?[^。]{0,6}(?:未到|没到|没有到|未收到|尚未收到)|"
    r"(?:未|没有)收到(?:货|货物|商品)|(?:商品|品物|荷物)[^。]{0,6}(?:届いて(?:おりません|いません)|"
    r"未着)|未着"
)

# A credit note not (yet) received, negation first ("inte fått någon kreditnota"), all languages.
_CREDIT_NOTE_NOT_RECEIVED = (
    r"(?:not|n't|inte|nicht|pas|no|non|não|niet|nie|nu|ne|nismo)\b[^.]{0,14}(?:received|got|fått|"
    r"mottagit|erhalten|bekommen|reçu|recibido|ricevuto|recebido|ontvangen|gekregen|otrzymal\w*|"
    r"dostal\w*|primit|primili)\b[^.]{0,20}(?:credit ?note|credit memo|gutschrift|"
    r"nota de cr[ée]dito|nota di credito|creditnota|faktur\w* korygując\w*|korekt\w*|"
    r"notă de credit|nota de credit|kreditnota|kreditfaktura|iade faturası|knjižn\w* odobrenj\w*)|"
    r"reçu (?:d'|l'|aucun |notre |l')avoir|(?:赤伝|红字发票|红冲)[^。]{0,10}(?:届いて|未|没有)"
)

# "unvollständig", "incomplete", "niekompletny": de en fr nl pl sv hr.
_INCOMPLETE = (
    r"\bfehlen\b|unvollständig|incomplete|incomplet[ae]?|onvolledig|niekompletn\w*|ofullständig|"
    r"nepotpun\w*"
)

# "query on", "short-shipped", "charged twice", "wrong price": en.
_EN_SHORT_OR_WRONG = (
    r"\bquer(?:y|ies) (?:on|about|regarding)|quantity (?:billed|invoiced)|only received|"
    r"we received only|short[- ]?shipped|not what we ordered|overbill\w*|charged twice|"
    r"double[- ]charged|duplicate charge|wrong (?:quantity|price|amount|invoice|rate)|"
    r"pricing error|price (?:is )?(?:wrong|incorrect)"
)

# "disputed", "damaged", "overcharged", "instead of" (this one in all languages): en.
_CONTEST_EN = (
    r"disput\w*|contest\w*|(?:not|n't|never|refuse to) (?:be )?pay(?:ing)? [^.]{0,40}until|"
    r"incorrect|wrong (?:price|amount|quantity|rate|invoice amount)|damaged|broken|defective|"
    r"faulty|missing|never (?:arrived|delivered|took place|happened|performed)|"
    r"not (?:been )?(?:delivered|performed|carried out)|overcharg\w*|discrepanc\w*|"
    r"(?:does not|doesn't|do not|don't) (?:match|correspond|agree)|"
    r"credit (?:note|memo) [^.]{0,40}(?:missing|not (?:yet )?received|still|outstanding|promised)|"
    r"(?:waiting|still waiting) for (?:the|a) credit|complain\w*|higher than (?:agreed|quoted)|"
    r"not as (?:agreed|ordered)|instead of|au lieu de|\bstatt\b|en lugar de|anziché|em vez de|"
    r"in plaats van|zamiast|în loc de|istället för|yerine|umjesto|falta aplicar|nota de crédito|"
    r"short[- ]deliver\w*"
)

# "litige", "endommagé", "non conforme": fr.
_CONTEST_FR = (
    r"litige|réclamation|endommag\w*|abîm\w*|cassé\w*|manquant\w*|ne correspond pas|erroné\w*|"
    r"avoir [^.]{0,60}(?:pas|jamais) reçu|n'a jamais eu lieu|jamais été (?:livré|effectué|réalisé)|"
    r"non conforme|bloquée? au paiement|n'avons jamais reçu (?:la marchandise|les marchandises|"
    r"la livraison)|surfactur\w*"
)

# "Reklamation", "beschädigt", "stimmt nicht": de.
_CONTEST_DE = (
    r"reklamation|reklamier\w*|beanstand\w*|widersprech\w*|widerspruch|beschädigt\w*|defekt\w*|"
    r"fehlt\b|fehlend\w*|nicht geliefert|stimmt (?:aber |leider |so |hier )?nicht|abweich\w*|"
    r"gutschrift [^.]{0,40}(?:fehlt|aus|nicht erhalten|noch nicht)|nicht erbracht|zu hoch|"
    r"doppelt berechnet|strittig|bestreit\w*|falsch berechnet|"
    r"nicht (?:bezahlen|zahlen|begleichen)[^.]{0,30}(?:bis|solange)"
)

# "disconformidad", "dañado", "no coincide": es.
_CONTEST_ES = (
    r"disconformidad|reclamaci[óo]n|reclamamos|no estamos de acuerdo|dañad\w*|defectuos\w*|"
    r"rot[oa]s\b|faltan|no coincide|impugna\w*|no se (?:realizó|prestó|entregó)|nunca se realizó"
)

# "contestiamo", "danneggiato", "non corrisponde": it.
_CONTEST_IT = (
    r"contestazion\w*|contestiamo|danneggiat\w*|difettos\w*|rott[io]\b|mancant\w*|"
    r"non corrispond\w*|errat[oai]\b|non (?:è mai stato|è stato|sono stati) (?:consegnat|effettuat|"
    r"eseguit)\w*|reclamo"
)

# "contestamos", "danificado", "não corresponde": pt.
_CONTEST_PT = (
    r"contestamos|contestação|reclamação|danificad\w*|avariad\w*|defeituos\w*|quebrad\w*|faltam|"
    r"não corresponde|incorret\w*|divergência|não foi (?:realizad|prestad|entregu|executad)\w*|"
    r"nunca (?:foi|foram) (?:realizad|entregu)\w*"
)

# "betwist", "beschadigd", "klopt niet": nl.
_CONTEST_NL = (
    r"betwist\w*|niet akkoord|klacht|beschadigd|kapot|ontbre\w*|klopt niet|onjuist\w*|"
    r"niet geleverd|niet uitgevoerd|creditnota .{0,70}?(?:ontbreekt|niet ontvangen|nog niet)"
)

# "kwestionujemy", "uszkodzony", "nie zgadza się": pl.
_CONTEST_PL = (
    r"kwestionuj\w*|reklamacj\w*|nie zgadza\w*|uszkodz\w*|wadliw\w*|brakuje|niezgodn\w*|"
    r"korekt[yęa] faktury|fakturę korygującą|faktury korygującej|zawyżon\w*|"
    r"nie (?:został[ao]? )?(?:wykonan|dostarczon)\w*|nie zapłacimy[^.]{0,60}dopóki"
)

# "contestăm", "deteriorat", "nu corespunde": ro.
_CONTEST_RO = (
    r"contestăm|contestă\w*|nu corespunde|deteriorat\w*|defect\w*|lipsă|lipsesc|greșit\w*|"
    r"eronat\w*|nu o plătim|nu le plătim|nu plătim|factură de corecție|factura de corecție|"
    r"storn\w*|nu a fost (?:efectuat|livrat|prestat)\w*"
)

# "bestrider", "skadad", "stämmer inte": sv.
_CONTEST_SV = (
    r"bestrid\w*|reklamation|reklamera\w*|stämmer inte|skadad\w*|trasig\w*|felaktig\w*|saknas|"
    r"fel pris|kreditfaktura|inte levererat|betalar inte[^.]{0,40}förrän|inte utfört"
)

# "itiraz", "hasarlı", "uyuşmuyor": tr.
_CONTEST_TR = (
    r"itiraz\w*|hasarlı|kusurlu|eksik|yanlış|hatalı|fiyat farkı|uyuşmuyor|tutmuyor|iade faturası|"
    r"düzelt\w*|ödemeyeceğiz|ödeme yapılmayacak\w*|teslim edilmedi"
)

# "osporavamo", "oštećen", "ne odgovara": hr.
_CONTEST_HR = (
    r"osporav\w*|reklamacij\w*|oštećen\w*|neispravn\w*|nedostaje|ne odgovara|pogrešn\w*|netočn\w*|"
    r"knjižno odobrenje|nije (?:izvršen|isporučen|obavljen)\w*|nećemo platiti|ne slaže"
)

# "破損", "数量不足", "质量问题", "拒付": ja zh.
_CONTEST_JA_ZH = (
    r"破損|不良品|欠品|数量不足|相違|誤り|間違い|異議|納得できません|未納|クレーム|赤伝|値引き|"
    r"单价不符|异议|争议|损坏|破损|质量问题|短缺|缺少|不符|不一致|红字发票|拒付|未收到货|少发"
)

# "is not correct", all languages.
_NOT_CORRECT = (
    r"(?:is|are)(?: not|n't) (?:correct|right)|n'est pas (?:correcte?|juste)|"
    r"(?:ist|sind) (?:nicht (?:korrekt|richtig)|falsch)|no (?:es|son|está|están) correct\w*|"
    r"non (?:è|sono) corrett\w*|não (?:está|estão|é|são) corret\w*|"
    r"(?:is|zijn) niet (?:correct|juist)|nie (?:jest|są) (?:prawidłow|poprawn)\w*|nieprawidłow\w*|"
    r"błędn\w*|nu (?:este|sunt) corect\w*|(?:är|stämmer) inte (?:korrekt|rätt)(?! person)|"
    r"doğru değil|nije (?:točan|ispravan|točna|ispravna|točno)|正しくありません|不正确|有误"
)

# "we only received N", all languages.
_ONLY_RECEIVED = (
    r"(?:we )?(?:only|just) (?:got|received)|nur \d+ (?:\w+ )?(?:erhalten|geliefert)|"
    r"n'avons reçu que|(?:solo|sólo) (?:hemos )?recibi\w*|ne abbiamo ricevut\w*|"
    r"(?:abbiamo )?ricevut\w* solo|(?:recebemos|chegaram) (?:apenas|só)|"
    r"(?:hebben|kregen) (?:er )?(?:maar |slechts )?\d+ (?:\w+ )?ontvangen|"
    r"otrzymaliśmy (?:tylko|jedynie)|dostaliśmy (?:tylko|jedynie)|am primit (?:doar|numai)|"
    r"(?:fick|har fått) (?:vi )?(?:bara|endast)|sadece \d+|yalnızca \d+|primili smo (?:samo|tek)|"
    r"しか(?:届|納品|入荷)|只收到"
)

# Asking for a credit note or a corrected invoice, all languages.
_ASK_CREDIT_NOTE = (
    r"(?:send|issue) (?:us )?a credit|merci de (?:nous )?(?:faire|envoyer|établir) un avoir|"
    r"bitte um (?:eine )?gutschrift|nota de abono|attendiamo (?:una|la) nota di credito|"
    r"aguardamos (?:a |uma )?nota de crédito|graag een creditnota|"
    r"proszę o (?:korektę|fakturę korygującą)|notă de credit|knjižn\w* odobrenj\w*|訂正をお願い|"
    r"請求書の訂正|一致(?:して)?(?:おりません|いません|しません)|届いておらず|数量不对|数量不一致"
)

# "we do not accept the invoice", all languages.
_NOT_ACCEPT_INVOICE = (
    r"(?:do not|don't|cannot|can't) accept|n'acceptons pas|ne pouvons (?:pas )?accepter|"
    r"akzeptieren (?:wir )?(?:die|diese)? ?(?:rechnung )?nicht|nicht akzeptieren|"
    r"erkennen [^.]{0,30}nicht an|no (?:aceptamos|podemos aceptar)|"
    r"non (?:accettiamo|possiamo accettare)|não (?:aceitamos|podemos aceitar)|"
    r"(?:accepteren|aanvaarden) (?:wij|we) niet|niet (?:accepteren|aanvaarden)|"
    r"nie (?:akceptujemy|uznajemy|możemy zaakceptować)|nu (?:acceptăm|putem accepta|"
    r"suntem de acord)|(?:godkänner|accepterar) (?:vi )?inte|"
    r"kabul (?:etmiyoruz|edemiyoruz|etmemekteyiz)|ne (?:prihvaćamo|priznajemo|možemo prihvatiti)|"
    r"受け入れ(?:られ|かね)ません|承服(?:でき|いたし)かねます|(?:不能|无法|不)接受"
)

# A price or amount other than agreed or quoted, all languages.
_DIFFERS_FROM_AGREED = (
    r"(?:than|from what (?:was|we)) (?:agreed|quoted|ordered)|als (?:vereinbart|angeboten)|"
    r"que (?:lo )?(?:acordado|pactado|convenido)|no es el acordado|"
    r"(?:del|dal) (?:concordato|pattuito)|do que o acordado|dan (?:afgesproken|overeengekomen)|"
    r"niż (?:uzgodniono|w ofercie|ustalono)|inn[aey] niż|decât (?:cel )?(?:convenit|stabilit)|"
    r"än (?:avtalat|överenskommet|offererat)|anlaşılan\w*|anlaşmaya uymuyor|od dogovoren\w*|"
    r"nije (?:dogovoren|ugovoren)\w*|errad[oa]s?\b|sbagliat\w*|är fel\b|fel (?:antal|belopp|summa)|"
    r"異なって(?:おり|い)|見積(?:と|より)|与(?:合同|报价|订单)不符"
)

# "we do not agree", "this is not what was agreed", all languages.
_WE_DO_NOT_AGREE = (
    r"(?:do not|don't|cannot|can't) agree|\bdisagree|not what (?:was|we|had been) (?:agreed|"
    r"ordered|quoted)|(?:was|were) never agreed|ne sommes pas d'accord|"
    r"pas (?:ce qui|ce que) (?:a été|était|nous avions) convenu|n'a jamais été convenu|"
    r"nicht einverstanden|entspricht nicht (?:der|dem|unserer|unserem)|nicht vereinbart|"
    r"(?:no es|no fue|no era) lo que (?:se )?(?:acordó|acordamos|pactamos|pactó|convino)|"
    r"nunca se (?:pactó|pactaron|acordó)|en ningún momento se (?:pactó|pactaron|acordó|acordaron)|"
    r"non siamo d'accordo|non è (?:quanto|ciò che|quello che) (?:\w+ )?(?:concordato|pattuito|"
    r"convenuto)|não concordamos|não (?:é|foi|era) o que (?:foi|tinha sido|havíamos) (?:acordado|"
    r"combinado)|niet (?:mee )?eens|niet wat (?:er )?(?:was |is )?(?:afgesproken|overeengekomen)|"
    r"nie zgadzamy|nie jest zgodne z (?:ustaleniami|umową|zamówieniem|ofertą)|"
    r"nu (?:este|e) ceea ce (?:s-a convenit|am convenit|am stabilit)|håller inte med|"
    r"inte (?:det |vad )?(?:som )?vi (?:kom överens om|avtalat|kommit överens om)|"
    r"anlaştığımız \w+ değil|katılmıyoruz|ne slažemo|nije (?:ono )?što (?:je|smo) (?:dogovoreno|"
    r"dogovorili)|同意(?:でき|いたし)(?:ません|かねます)|不同意|不认可"
)

# "we were charged twice", all languages.
_CHARGED_TWICE = (
    r"(?:charged|billed|invoiced) (?:us )?(?:twice|two times|double)|"
    r"(?:facturée?s?|débitée?s?) deux fois|doppelt (?:berechnet|fakturiert|in rechnung gestellt|"
    r"belastet)|(?:cobrad|facturad)\w* dos veces|(?:fatturat|addebitat)\w* due volte|"
    r"(?:cobrad|faturad)\w* duas vezes|twee keer (?:gefactureerd|aangerekend|in rekening)|"
    r"dwukrotnie|de două ori|två gånger|dubbel(?:t)? (?:debiter|faktur)\w*|iki kez|dvaput|dva puta|"
    r"二重(?:に)?請求|重复(?:开票|收费|计费|扣款)"
)

# "we reject / refuse the invoice", all languages.
_WE_REJECT = (
    r"\bwe (?:reject|refuse|decline)|refuse to pay|nous (?:refusons|rejetons)|"
    r"lehnen [^.]{0,40}\bab\b|rechazamos|respingiamo|rifiutiamo|recusamos|rejeitamos|"
    r"(?:wij|we) weigeren|odrzucamy|refuzăm|respingem|vi (?:godtar|accepterar|godkänner) inte|"
    r"reddediyoruz|odbijamo|拒绝(?:接受|支付)?|お断り"
)

# "we do not recognise this charge", "cancel this fee", all languages.
_NOT_RECOGNISED = (
    r"(?:do not|don't) recogni[sz]e|ne reconnaissons pas|no (?:la |lo |los |las )?reconocemos|"
    r"non (?:la |lo |le |li )?riconosciamo|não (?:o |a |os |as )?reconhecemos|"
    r"(?:erkennen|herkennen) (?:wij|we) niet|nu (?:o |le )?recunoaștem|känner inte igen|"
    r"tanımıyoruz|cancel (?:this|the|that) (?:fee|charge)|cancelar (?:ese|este|el) cargo|"
    r"annuler (?:ces|les|cette|ce) (?:frais|pénalités|intérêts)"
)

# "the price differs from the order", all languages.
_DIFFERS_FROM_ORDER = (
    r"differs? from (?:the|our|your)|weich\w* [^.]{0,40}\bab\b|no corresponde|wijkt [^.]{0,30}af|"
    r"różni się|diferă (?:de|față)|avviker från|farklı (?:geldi|fatura)|razlikuje se"
)

# Goods missing or short, a service never carried out: fr it hr en ja.
_MISSING_OR_NOT_DONE = (
    r"\bil manque|\bmanquent|\bmancano|\bmanca\b|\bnedostaj\w*|only \d+ (?:of|out of)|"
    r"(?:service|work|repair|installation|job|maintenance|training)s? [^.]{0,30}(?:never|"
    r"not) (?:been )?(?:carried out|provided|rendered|done|performed)|"
    r"never (?:carried out|rendered)|実際(?:に)?(?:納品|入荷|届い)|数量が不足|不足して(?:おり|い)|"
    r"差し引いた"
)

# A credit note still awaited, "the price is wrong": all languages.
_CREDIT_NOTE_AWAITED = (
    r"(?:attendons|aspettiamo|attendiamo|aguardamos|esperamos|esperando|wachten|czekamy|așteptăm|"
    r"väntar|bekliyoruz|čekamo|waiting|warten)[^.]{0,40}(?:\bavoir\b|nota di credito|"
    r"nota de cr[ée]dito|creditnota|korekt\w*|korygując\w*|nota de credit|kreditfaktura|"
    r"iade faturas\w*|knjižn\w*|credit (?:note|memo)|gutschrift)|knjižn\w* obavijest\w*|"
    r"fiyat farkı|incomplèt\w*|(?:price|amount|quantity|rate|total|pricing)\b[^.]{0,40}\b(?:is|are|"
    r"was|were) (?:wrong|incorrect|too high)"
)

# Goods missing, in the past tense ("fehlten 2 Kartons", "il manquait"): all languages.
_MISSING_PAST = (
    r"\bfehlten\b|\bfehlte\b|\bmanquai(?:en)?t\b|\bfaltaba(?:n)?\b|\bmancava(?:no)?\b|"
    r"\bfaltava(?:m)?\b|\bontbr(?:aken|ak)\b|\bbrakowało\b|\blipsea(?:u)?\b|\bsaknades\b|"
    r"\beksikti\b|\bnedostajal[oae]\b"
)

# Charged for all the same ("die trotzdem berechnet wurden"): all languages.
_CHARGED_ANYWAY = (
    r"(?:trotzdem|dennoch|aber|jedoch) (?:\w+ )?(?:berechnet|in rechnung gestellt|fakturiert)|"
    r"(?:charged|billed|invoiced) (?:us )?(?:anyway|regardless|all the same|nonetheless)|"
    r"(?:still|nevertheless|but) (?:been )?(?:charged|billed|invoiced)|"
    r"(?:quand même|pourtant|malgré tout) (?:été )?factur\w*|factur\w* quand même|"
    r"(?:igualmente|de todos modos|aun así) (?:nos )?(?:cobrad|facturad|cobraron|facturaron)\w*|"
    r"(?:cobrad|facturad)\w* (?:igualmente|de todos modos)|"
    r"(?:comunque|lo stesso) (?:\w+ )?fatturat\w*|fatturat\w* (?:comunque|lo stesso)|"
    r"(?:mesmo assim|ainda assim) (?:\w+ )?(?:cobrad|faturad)\w*|"
    r"(?:toch|evengoed) (?:\w+ )?(?:gefactureerd|in rekening gebracht|berekend)|"
    r"(?:mimo to|a jednak) (?:\w+ )?zafakturowan\w*|(?:totuși|oricum) (?:\w+ )?facturat\w*|"
    r"ändå (?:\w+ )?fakturera\w*|yine de (?:\w+ )?faturalan\w*|"
    r"ipak (?:\w+ )?(?:naplaćen|fakturiran)\w*"
)

# "Bitte um Gutschrift", "send us a credit note": asking for one contests; de it sv hr en.
_CREDIT_REQUEST = (
    r"(?:schicken|senden|übermitteln|stellen|erstellen) sie (?:uns )?(?:bitte )?(?:eine |"
    r"die )?gutschrift|bitte (?:um )?(?:eine |die )?gutschrift|"
    r"(?:inviate(?:ci)?|emettete|emettere|mandateci) (?:una |la )?nota di credito|"
    r"skicka (?:oss )?(?:en )?kredit(?:nota|faktura)|(?:pošaljite|izdajte|"
    r"izdati) (?:nam )?(?:knjižno )?odobrenje|(?:send|issue|raise) (?:us )?(?:a |"
    r"the )?credit (?:note|memo)"
)

# "le casse … non sono mai arrivate": boxes, cartons and parcels count as goods too; all languages.
_GOODS_COUNTED = (
    r"(?:boxes|cartons|cases|crates|kartons?|kisten|caisses|cajas|casse|scatole|colli|caixas|"
    r"volumes|dozen|kratten|pudeł\w*|kartony|cutii|lådor|kartonger|koliler|kutular|"
    r"kutije)\b[^.]{0,60}(?:never arrived|(?:have|has) not arrived|did(?: not|n't) arrive|"
    r"nie angekommen|nicht angekommen|jamais (?:arrivée?s?|reçue?s?)|pas (?:encore )?arrivée?s?|"
    r"no (?:han|ha) llegado|nunca (?:llegaron|chegaram|llegó|chegou)|non (?:sono|è) (?:mai |"
    r"ancora )?arrivat\w*|não (?:chegaram|chegou)|niet aangekomen|nooit aangekomen|nie dotarł\w*|"
    r"nu au (?:mai )?ajuns|har (?:aldrig|inte) kommit|kom aldrig|ulaşmadı|gelmedi|nisu (?:nikad |"
    r"nikada )?stigl\w*)"
)

# "少了 12 箱", "we are 12 boxes short": goods missing against the invoice; zh en.
_SHORT_GOODS = (
    r"少了\s*\d+\s*(?:箱|个|件|台|套|包|盒|托)|(?:箱|个|件)[^。]{0,4}不足|"
    r"\b\d+ (?:boxes|cartons|cases|pallets|units|pieces|items) short\b"
)

# "la differenza la contestiamo": the rest is contested, so only part was paid; all languages.
DIFFERENCE_CONTESTED = (
    r"(?:difference|differenz|différence|diferencia|differenza|diferença|verschil|różnic\w*|"
    r"diferenț\w*|skillnad\w*|fark\w*|razlik\w*|差额|差額)[^.]{0,40}?(?:contest|dispute|bestreit|"
    r"beanstand|impugn|betwist|kwestionuj|reklamuj|bestrid|itiraz|osporava|不付|不予)|"
    r"(?:contest\w*|dispute|disputing|bestreiten|impugnamos|betwisten|kwestionujemy|bestrider|"
    r"itiraz ediyoruz|osporavamo)[^.]{0,30}?(?:the |die |la |el |de |a |o )?(?:difference|"
    r"differenz|différence|diferencia|differenza|diferença|verschil|różnic\w*|diferenț\w*|"
    r"skillnad\w*|farkı|razlik\w*)|"
    # Round 10: "la differenza di 380 € non è dovuta": the difference is not owed.
    r"(?:difference|differenz|différence|diferencia|differenza|diferença|verschil|różnic\w*|"
    r"diferenț\w*|skillnad\w*|fark\w*|razlik\w*)[^.]{0,40}?(?:non è dovut|is not owed|"
    r"n'est pas due|no es debid|não é devid|nicht geschuldet|niet verschuldigd|nie jest należn|"
    r"nu este datorat|är inte skyldig|nije dugovan)"
)

# Goods "never delivered", in each language's participle.
_GOODS_NOT_DELIVERED = (
    r"(?:goods|shipment|delivery|consignment|order|parcel|pallets?|items?|ware|waren|lieferung|"
    r"bestellung|sendung|marchandises?|livraison|commande|colis|mercanc[íi]as?|envío|pedido|merce|"
    r"consegna|ordine|spedizione|mercadorias?|encomenda|goederen|bestelling|levering|zending|"
    r"towar\w*|zamówieni\w*|dostaw\w*|przesyłk\w*|marf\w*|comand\w*|livrar\w*|colet\w*|"
    r"varor(?:na)?|beställning\w*|leverans(?:en)?|godset|mal(?:lar)?|ürün\w*|sipariş\w*|"
    r"sevkiyat\w*|roba|robu|narudžb\w*|pošiljk\w*|"
    rf"isporuk\w*)\b[^.]{{0,60}}?\b{_NEVER}\s+(?:\w+\s+){{0,3}}?(?:been\s+)?(?:delivered|shipped|"
    r"geliefert|eingetroffen|zugestellt|livrée?s?|entregad[oa]s?|entregó|entregaron|"
    r"consegnat[oaie]|recapitat[oaie]|entregues?|afgeleverd|geleverd|bezorgd|dostarczon\w*|"
    r"dostarczono|livrat[ăe]?|livrate|levererad\w*|levererats|levererades|teslim edil\w*|"
    r"isporučen\w*|dostavljen\w*|stigl[aoei]?|arrivat[aoie]|chegou|chegaram|llegado|llegó|"
    r"arrivée?s?|gelmedi|ulaşmadı)\b|\bteslim edilmedi|(?:商品|品物|荷物|"
    r"納品物)[^。]{0,8}(?:届いていない|届いておらず|届いていません|未着)|"
    r"(?:货|货物|商品)[^。]{0,8}(?:还没到|还没有到|一直没到|没有送到|未送达)"
)

# "INV-502 is wrong, we ordered 40 not 60", "bei 7002 stimmt der Preis nicht": all languages.
_PRICE_QTY_WRONG = (
    r"\b(?:price|prices|pricing|quantity|quantities|amount invoiced|rate)\b[^.]{0,30}\b(?:is|are|"
    r"was|were)\s+(?:\w+\s+)?(?:wrong|incorrect|not right|too high|off)\b|"
    r"\bwrong (?:price|quantity|quantities|amount|rate)\b|\bwe ordered \d+[^.,;]{0,20}\b(?:not|"
    r"but (?:got|received|were (?:charged|billed) for))\s+\d+|"
    r"\b(?:preis|menge|stückzahl|anzahl)\b[^.]{0,20}\bstimm(?:t|en) (?:\w+ )?nicht\b|"
    r"\bstimm(?:t|en) (?:der|die) (?:preis|menge|stückzahl|anzahl) nicht\b|"
    r"\bfalsche[nr]? (?:preis|menge|stückzahl)\b|\b(?:prix|quantité)\b[^.]{0,20}\b(?:est|"
    r"sont) (?:\w+ )?(?:faux|fausse|erroné\w*|incorrect\w*)|\bmauvais(?:e)? (?:prix|quantité)\b|"
    r"\b(?:precio|cantidad)\b[^.]{0,20}\b(?:es|está|son|están) (?:\w+ )?(?:mal|incorrect\w*|"
    r"equivocad\w*|errónea?)\b|\b(?:precio|cantidad) (?:incorrect\w*|equivocad\w*|errónea?)\b|"
    r"\b(?:prezzo|quantità)\b[^.]{0,20}\b(?:è|sono) (?:\w+ )?(?:sbagliat\w*|errat\w*)|"
    r"\b(?:prezzo|quantità) (?:sbagliat\w*|errat\w*)\b|\b(?:preço|quantidade)\b[^.]{0,20}\b(?:está|"
    r"estão|é) (?:\w+ )?(?:errad\w*|incorret\w*)|\b(?:preço|quantidade) (?:errad\w*|incorret\w*)\b|"
    r"\b(?:prijs|aantal|hoeveelheid)\b[^.]{0,20}\b(?:klopt|kloppen) (?:\w+ )?niet\b|"
    r"\b(?:verkeerde|foute) (?:prijs|aantal|hoeveelheid)\b|"
    r"\b(?:złą|błędną|niewłaściwą|złe|błędne) (?:cenę|ilość|ceny)\b|"
    r"\b(?:cena|ilość)\b[^.]{0,20}\b(?:jest |są )?(?:zła|złe|błędna|nieprawidłowa|"
    r"się nie zgadza)\b|\b(?:prețul|cantitatea)\b[^.]{0,20}\b(?:e|este|sunt) (?:\w+ )?(?:greșit\w*|"
    r"incorect\w*)|\b(?:preț|cantitate) (?:greșit\w*|incorect\w*)\b|"
    r"\b(?:priset|antalet|mängden)\b[^.]{0,20}\b(?:är|var) (?:\w+ )?(?:fel|felaktig\w*)\b|"
    r"\bfel (?:pris|antal|mängd)\b|\b(?:fiyat|miktar|adet)\w*\b[^.]{0,12}\b(?:hatalı|yanlış)|"
    r"\b(?:hatalı|yanlış) (?:fiyat|miktar|adet)|\b(?:cijena|količina)\b[^.]{0,20}\b(?:je|"
    r"su) (?:\w+ )?(?:pogrešn\w*|kriv\w*|netočn\w*)|\b(?:pogrešn\w*|kriv\w*|netočn\w*) (?:cijen\w*|"
    r"količin\w*)\b|(?:数量|単価|金額|価格)[^。]{0,6}(?:が|も)?(?:違って|異なって|間違って|誤って)|"
    r"(?:数量|单价|价格|金额)[^。]{0,6}(?:不对|有误|错了|不符)"
)

# "nedostaje knjižno odobrenje", "赤伝がまだ届いていません": hr ja zh.
_CREDIT_NOTE_MISSING = (
    r"(?:nedostaje|još nismo dobili|"
    r"još uvijek nismo primili)\s+(?:\w+\s+){0,2}?(?:knjižno odobrenje|odobrenje|credit note)|"
    r"(?:knjižno odobrenje|odobrenje)\s+(?:\w+\s+){0,3}?(?:nedostaje|nije stiglo|još nije)|"
    r"(?:クレジットノート|赤伝|返金伝票)[^。]{0,10}(?:届いて(?:おりません|いません|いない)|まだ)|"
    r"(?:红字发票|红冲发票|贷项通知单)[^。]{0,10}(?:还没|尚未|没有)"
)

# "We betalen niet zolang …", "交換が完了するまでお支払いはできかねます": all languages.
_PAY_REFUSED_UNTIL = (
    r"\b(?:betalen|betaal)\s+(?:\w+\s+){0,3}?niet\s+zolang\b|"
    r"\bzahlen\s+(?:\w+\s+){0,3}?nicht\s*,?\s+(?:solange|bis)\b|\bwon'?t pay\b[^.]{0,40}\buntil\b|"
    r"\bwill not pay\b[^.]{0,40}\buntil\b|\bne (?:paierons|réglerons|payerons)\b[^.]{0,40}\b(?:pas|"
    r"rien)\b[^.]{0,40}\b(?:tant que|avant)\b|\bno (?:pagaremos|"
    r"vamos a pagar)\b[^.]{0,40}\bhasta\b|\bnon (?:pagheremo|paghiamo)\b[^.]{0,40}\b(?:finché|"
    r"fino a)\b|\bnão (?:vamos pagar|pagaremos|pagamos)\b[^.]{0,40}\b(?:até|enquanto)\b|"
    r"\bnie (?:zapłacimy|zapłacę|płacimy)\b[^.]{0,40}\b(?:dopóki|do czasu|aż)\b|"
    r"\bnu (?:vom plăti|plătim)\b[^.]{0,40}\b(?:până|cât timp)\b|"
    r"\b(?:betalar|betala) (?:vi|jag)? ?inte\b[^.]{0,40}\b(?:förrän|innan|så länge)\b|"
    r"\bödeme(?:yeceğiz|yiz)\b|\bödeme yapmayacağız\b|\bnećemo (?:platiti|"
    r"plaćati)\b[^.]{0,40}\b(?:dok|sve dok)\b|(?:まで|までは)[^。]{0,10}(?:お支払い|支払い|"
    r"支払)[^。]{0,6}(?:できかねます|いたしかねます|できません|保留)|"
    r"(?:お支払い|支払い)[^。]{0,4}(?:は)?保留|(?:之前|以前)[^。]{0,6}(?:不会|无法|不能)(?:付款|"
    r"支付)|(?:付款|支付)[^。]{0,4}暂缓"
)

# "U rekent € 3,10 per stuk, afgesproken was € 2,75": invoiced above what was agreed; all languages.
_AGREED_PRICE = (
    r"\b(?:agreed|quoted|pactad[oa]|acordad[oa]|convenu|vereinbart|afgesproken|overeengekomen|"
    r"concordat[oa]|pattuit[oa]|combinad[oa]|acordad[oa]|uzgodnion\w*|convenit|stabilit|avtalat|"
    r"överenskommet|anlaştığımız|anlaşılan|dogovoren\w*|ugovoren\w*)\b[^.]{0,25}?\b(?:was|were|is|"
    r"era|eran|était|war|ist|waren|is|è|era|foi|wynosiła|była|a fost|var|idi|je bila|bila)\b|"
    r"\b(?:the quote|our quote|the offer|l'offre|le devis|das angebot|el presupuesto|il preventivo|"
    r"o orçamento|de offerte|oferta|offerten|teklif|ponuda)\b[^.]{0,20}?\b(?:says|said|states|was|"
    r"dit|sagt|lautet|dice|diz|zegt|mówi|spune|säger|diyor|kaže)\b|"
    r"\b(?:higher|höher|plus élevé\w*|más alt[oa]|più alt[oa]|mais alt[oa]|hoger|wyższ[ay]|"
    r"mai mare|högre|daha yüksek|viš[ae])\s+(?:\w+\s+){0,2}?(?:than|als|que|che|do que|dan|niż|"
    r"decât|än|nego|od)\b[^.]{0,30}?\b(?:order|quote|offer|contract|bestellung|angebot|vertrag|"
    r"commande|devis|offre|contrat|pedido|presupuesto|oferta|contrato|ordine|preventivo|offerta|"
    r"contratto|encomenda|orçamento|bestelling|offerte|contract|zamówieni\w*|ofercie|umowie|"
    r"comand\w*|ofert\w*|contract\w*|beställning\w*|offert\w*|avtal\w*|sipariş\w*|teklif\w*|"
    r"sözleşme\w*|narudžb\w*|ponud\w*|ugovor\w*)"
)

# "… which we do not accept", "die erkennen wir nicht": a charge not accepted; all languages.
_NOT_ACCEPTED = (
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

# "La differenza di € 1.350,00 la contestiamo": dots in the amount; all languages.
DIFFERENCE_CONTESTED_SPAN = (
    r"(?:difference|differenz|différence|diferencia|differenza|diferença|verschil|różnic\w*|"
    r"diferenț\w*|skillnad\w*|fark\w*|razlik\w*)(?:[^.\n]|\.(?=\d)){0,50}?(?:contest|dispute|"
    r"bestreit|beanstand|impugn|betwist|kwestionuj|reklamuj|bestrid|itiraz|osporava)"
)

# "falta el abono", "fehlt die Gutschrift": a credit note still owed; all languages.
_CREDIT_STILL_MISSING = (
    r"\b(?:missing|still missing|outstanding|fehlt|fehlen|manque|il manque|falta|faltan|manca|"
    r"mancano|ontbreekt|ontbreken|brakuje|lipsește|lipsesc|saknas|saknar vi|eksik|nedostaje|"
    r"still (?:no|not received)|noch keine|toujours pas (?:reçu )?(?:d'|l')?|todavía no|ancora non|"
    r"ainda não|nog geen|nadal nie|încă nu|fortfarande ingen|hâlâ|"
    r"još nismo dobili)\s+(?:\w+\s+){0,2}?(?:the |die |der |l'|le |el |la |il |a |o |de |het |den |"
    rf"det )?{CREDIT_DOC}|\babono\b[^.]{{0,30}}\b(?:falta|no (?:ha llegado|nos ha llegado|"
    r"hemos recibido))\b|\bfalta el abono\b|\b(?:hasta que no|mientras no) (?:nos )?(?:llegue|"
    r"llegu?e|recibamos)\b[^.]{0,30}\b(?:abono|rectificativa)\b"
)

# "On ne réglera pas cette facture tant que …": the impersonal form; fr es it de.
_PAY_REFUSED_ON = (
    r"\bon ne (?:réglera|paiera|payera|règle|paie|paye)\b[^.]{0,60}\b(?:pas|rien)\b|"
    r"\bno se (?:paga|pagará|abona|abonará)\b|\bnon (?:si paga|verrà pagat\w*)\b|"
    r"\b(?:wird|werden) (?:so )?nicht (?:bezahlt|überwiesen)\b|\bzahlen wir so nicht\b"
)

# "crushed", "écrasé", "zerdrückt", "压坏": damaged goods, all languages.
_DAMAGED_MORE = (
    r"\b(?:écrasée?s?|abîmée?s?|cassée?s?|détériorée?s?|crushed|dented|smashed|leaking|zerdrückt|"
    r"zerbrochen|eingedrückt|aplastad[oa]s?|abollad[oa]s?|schiacciat[aoie]|ammaccat[aoie]|"
    r"amassad[oa]s?|amolgad[oa]s?|geplet|gedeukt|zgniecion\w*|pogniecion\w*|zdrobit\w*|turtit\w*|"
    r"krossad\w*|intryckt\w*|ezilmiş|ezik|zgnječen\w*|razbijen\w*|s razbijen\w*)\b|つぶれ|潰れ|"
    r"压坏|压扁"
)

# "en dubblett av 30197", "wrong VAT rate", "service never done": all languages.
_DUPLICATE_OR_NOT_DONE = (
    r"\b(?:dubblett|dublette|doublon|duplicidade|mükerrer)\b|invoiced twice|billed twice|"
    r"doppelt (?:berechnet|fakturiert|in rechnung)|facturée? deux fois|facturad[oa] dos veces|"
    r"fatturat[oa] due volte|faturad[oa] duas vezes|twee keer gefactureerd|"
    r"dwukrotnie zafakturowan\w*|facturat de două ori|fakturerad två gånger|iki kez fatura\w*|"
    r"dvaput fakturiran\w*|重复开票|二重請求|\b(?:vat|tva|iva|mwst|ust|btw|kdv|pdv|moms|"
    r"vat rate)\b[^.]{0,40}\b(?:\d+ ?%)[^.]{0,30}(?:instead|au lieu|en lugar|anziché|em vez|"
    r"in plaats|zamiast|în loc|istället|yerine|umjesto|et non|not|nicht|no|non|não|niet|nie|nu|"
    r"inte|değil|ne)\b|(?:税率)[^。]{0,12}(?:开成|开错|错|不对|約定|约定)|"
    r"\bnever (?:came|showed up|turned up|arrived)\b[^.]{0,30}|"
    r"\b(?:no se llegó a realizar|nunca vino|nunca se hizo|jamais venu|n'a jamais été réalisée?|"
    r"nie (?:został[aoy]? )?(?:wykonan\w*|zrealizowan\w*)|nooit (?:gekomen|uitgevoerd)|"
    r"nu a fost (?:efectuat|realizat)\w*|aldrig (?:utförd|kom)|hiç gelmedi|"
    r"nikad (?:nije )?došao)\b|根本没有做|一直没来|没有做|まだ実施されて|\bno estamos conformes\b|"
    r"\bnon siamo d'accordo\b|\bnão concordamos\b|\bnie zgadzamy się\b|\bnu suntem de acord\b|"
    r"\bkabul etmiyoruz\b|\bne slažemo se\b|\bwe (?:do not|don't) agree\b|"
    r"\b(?:tänker|kommer) vi (?:däremot |dock )?inte (?:att )?betala\b|\blo que no vamos a pagar\b|"
    r"\bniet gaan betalen\b|\bdie we (?:dus )?niet (?:gaan )?betalen\b|实际(?:的)?(?:入荷|到货)|"
    r"実際の入荷は|不认|我们不认"
)

# "Die restlichen 600 € behalten wir ein", "holding that back": part withheld; all languages.
_WITHHELD = (
    r"\b(?:holding (?:that|it|this|the \w+) back|hold(?:ing)? back|withh(?:o|e)ld(?:ing)?|"
    r"behalten wir ein|einbehalten|retenons|retenemos|retenido|tratteniamo|trattenut[oa]|retemos|"
    r"retid[oa]|houden we in|ingehouden|wstrzymujemy|wstrzyman[aey]|reținem|reținut[ăe]?|"
    r"håller inne|innehåll\w*|alıkoyuyoruz|zadržavamo|zadržan\w*)\b|保留|暂扣|差し止め"
)

# "the order was cancelled", "we returned the goods": nothing is owed for them; all languages.
_CANCELLED_OR_RETURNED = (
    r"\b(?:order|commande|pedido|ordine|encomenda|bestelling|bestellung|auftrag|zamówienie|comanda|"
    r"beställning\w*|sipariş|narudžba|subscription|abonnement|abonnemang|abbonamento|suscripción|"
    r"assinatura)\b[^.]{0,40}\b(?:was |were |has been |had been |wurde |war |a été |avait été |"
    r"fue |se |è stat[oa] |era stat[oa] |foi |is |werd |został[aoy]? |a fost |blev |har |"
    r"je )?(?:cancel(?:l)?ed|storniert|annulée?|cancelad[oa]|canceló|annullat[oa]|geannuleerd|"
    r"opgezegd|anulowan[aey]|anulat[ăe]?|avbokad|makulerad|iptal edil\w*|otkazan[aoi]?|uppsagt)\b|"
    r"\bsipariş\b[^.]{0,30}\biptal edilmişti|\b(?:we )?(?:returned|sent back) (?:the |both |"
    r"all )?(?:goods|pallets|items|products|parts|order|delivery)|"
    r"\b(?:the )?(?:goods|items) (?:were|have been) returned|"
    r"\b(?:ware|waren|lieferung)\b[^.]{0,40}\b(?:zurückgeschickt|zurückgesandt|retourniert)|"
    r"\bzurückgeschickt\b|\b(?:marchandise|produits?)\b[^.]{0,30}\b(?:retournée?s?|renvoyée?s?)|"
    r"\bdevolvimos (?:la |los |las )?(?:mercancía|mercadería|productos|material)|"
    r"\bdevolvemos la mercancía|\babbiamo (?:reso|restituito) (?:la merce|i prodotti)|"
    r"\bmerce (?:è stata )?res[ao]\b|\bdevolvemos (?:a |as )?(?:mercadoria|peças)|"
    r"\b(?:goederen|artikelen)\b[^.]{0,30}\b(?:retour gestuurd|teruggestuurd|geretourneerd)|"
    r"\btowar (?:został )?zwrócony|\bzwróciliśmy (?:towar|produkty)|\bmarfa a fost returnată|"
    r"\bam returnat marfa|\bvarorna returnerades|\bvi har returnerat|"
    r"\b(?:ürünleri|malları) \w+ iade ettik|\biade ettik|\bvratili smo (?:robu|proizvode)|"
    r"\broba je vraćena|返品(?:しました|済み|いたしました)|已退货|退回了"
)

# "there must be a mistake: 40 invoiced, 32 received", "never took place": all languages.
_COUNT_MISMATCH = (
    r"\b(?:must be|seems to be|there is|there's|we (?:believe|think) there (?:is|must be)) (?:a |"
    r"an )?(?:mistake|error)|\bmuss (?:ein )?fehler vorliegen|\bhier muss ein fehler|"
    r"\bil doit y avoir une erreur|\bdebe haber (?:un )?error|\bdeve esserci un errore|"
    r"\bdeve haver (?:um )?(?:erro|engano)|\bwe denken dat er een vergissing|\bzaszła pomyłka|"
    r"\bo greșeală|\bvi tror att det (?:har blivit|blivit) fel|\bbir hata olmalı|"
    r"\bmora (?:da )?(?:je )?(?:postoji )?greška|\bdoes not match our records|"
    r"\bdeckt sich nicht mit|\bne correspond à rien|\bno (?:coincide|cuadra) con nuestros|"
    r"\bnon corrisponde ai nostri|\bnão confere com|\bkomt niet overeen met onze|"
    r"\bnie zgadza się z naszymi|\bnu corespunde cu|\bstämmer inte med|\bkayıtlarımızla örtüşmüyor|"
    r"\bne odgovara našim|\b(?:hat|habe|hatte) (?:nie|niemals) stattgefunden|\bnever took place|"
    r"\bn'a jamais eu lieu|\bnunca se (?:realizó|produjo)|\bnon (?:è )?mai (?:avvenut[oa]|"
    r"stat[oa] effettuat[oa])|\bnunca (?:foi realizad[oa]|aconteceu)|\bheeft nooit plaatsgevonden|"
    r"\bnigdy się nie odbył"
)

# "de goederen hebben we teruggestuurd": nl.
_NL_RETURNED = (
    r"\b(?:goederen|artikelen|producten|zending)\b[^.]{0,60}\b(?:retour gestuurd|teruggestuurd|"
    r"geretourneerd|teruggezonden)\b"
)

# "robu smo vratili", "返品しております", "订单已取消": returned or cancelled; hr ja zh.
_RETURNED_MORE = (
    r"\brobu smo vratili\b|\bvratili smo robu\b|\bdošlo do pogreške\b|返品して(?:おります|います)|"
    r"订单已(?:于[^。，]{0,10})?取消|已(?:于[^。，]{0,10})?退回|和我们的记录对不上"
)

# "Die Mahngebühr akzeptieren wir deshalb nicht": the verb-second refusal; de nl sv zh.
_NOT_ACCEPTED_V2 = (
    r"\b(?:akzeptieren|erkennen|anerkennen|zahlen|übernehmen) wir (?:\w+ ){0,2}?nicht\b|"
    r"\b(?:accepteren|erkennen|betalen) we (?:\w+ ){0,2}?niet\b|"
    r"\b(?:godtar|accepterar|betalar) vi (?:\w+ ){0,2}?inte\b|和合同对不上|与合同不符|金额不对|"
    r"金额有误"
)

# "no cuadra con el presupuesto", "entspricht nicht dem Angebot": es pt it fr de.
_NOT_AS_QUOTED = (
    r"\bno cuadra con (?:el|la|lo) (?:presupuesto|pedido|oferta|contrato|acordado)\b|"
    r"\bnão (?:bate|confere) com (?:o|a) (?:orçamento|pedido|proposta|contrato)\b|"
    r"\bnon corrisponde (?:al|alla) (?:preventivo|ordine|offerta|contratto)\b|"
    r"\bne correspond pas (?:au|à la) (?:devis|commande|contrat)\b|"
    r"\bentspricht nicht (?:dem|der) (?:angebot|bestellung|vertrag)\b"
)

# "non si è mai presentato" (the technician never came): it.
_IT_NEVER_SHOWED_UP = r"\bnon si è mai presentat[oa]\b"

# "faktura korygująca …, wtedy zapłacimy": pays only after a correction; pl.
_PL_CORRECTION_THEN_PAY = r"\bfaktur\w* korygując\w*[^.]{0,30}\bwtedy zapłacimy\b"

# "deze crediteren" (nl), "sporna" (hr), "nu o vom plăti până …" (ro).
_CREDIT_IT_OR_DISPUTED = (
    r"\b(?:hem|haar|ze|deze) crediteren\b|\bspor(?:an|na|no|ni)\b|"
    r"\bnu (?:o |le |îl |-o )?(?:vom plăti|plătim)\b[^.]{0,60}\b(?:până|cât timp)\b"
)

# "no la pagamos", "no los vamos a pagar": es.
_ES_NOT_PAYING_IT = r"\bno (?:la|lo|las|los) (?:pagamos|pagaremos|vamos a pagar|podemos pagar)\b"

# "arrived only 8 of 10", "geliefert nur 8 von 10": all languages.
_ARRIVED_ONLY_N_OF_M = (
    r"\b(?:arrivat\w*|arrived|received|geliefert|reçu\w*|llegad\w*|recebid\w*|ontvangen|"
    r"dostarczon\w*|primit\w*|levererad\w*)\s+(?:\w+\s+){0,2}?(?:only|solo|sólo|nur|seulement|"
    r"apenas|slechts|tylko|doar|bara|sadece|samo)\s+\d+\s+(?:\w+\s+){0,2}?(?:of|su|de|von|sur|van|"
    r"z|din|av|od)\s+\d+"
)


# The invoice is contested: wrong, incomplete, undelivered or not agreed.

# Round 10: "la differenza non è dovuta", "nikad nisu stigla", "ご請求の取り消し", "訂正した請求書".
_NOT_OWED = (
    r"\bnon (?:è|sono) dovut[aoie]\b(?! ancora)|\bn'est pas due?s?\b(?! avant)|"
    r"\bne sont pas dus\b|\bno (?:es|son) debid[oa]s?\b|\bnão (?:é|são) devid[oa]s?\b|"
    r"\bnikad(?:a)? (?:nisu|nije) (?:stigl\w*|isporučen\w*|dostavljen\w*)|"
    r"(?:ご)?請求の取り?消し|請求を取り?消し|訂正(?:した|後の)?請求書|請求書(?:の|を)訂正|"
    # "請求書では20缶、実際の納品は16缶": billed and delivered counts differ.
    r"請求(?:書)?では\d+[^、。]{0,4}、\s*(?:実際の)?納品(?:数)?は\d+"
)


# Round 10: "c'è un errore", "vi chiedo una nota di credito": it.
_IT_ERROR_CREDIT = r"\bc'è un errore\b|\b(?:vi )?chied(?:o|iamo) (?:una |la )?nota di credito\b"


# Round 10f: "la tenemos retenida, no cuadra", "non ci torna", "支払い対象外", "按估算…重新开票".
_ROUND10F_DISPUTES = (
    r"\b(?:la|lo|las|los) tenemos retenid[ao]s?\b|\bno cuadra\b|\bnon ci torna\b|"
    r"支払(?:い)?対象外|按估算|估算读数|重新开票"
)


# Round 10g: "la FV-26/1187 está mal", "solo pedimos 20": es.
_ES_WRONG_INVOICE = r"(?<!no )\best[áa] mal\b|\bsolo (?:pedimos|encargamos|recibimos) \d+"


# Round 10h: "gelieve een creditnota op te maken", "mai eseguito", "no es nuestra", "先不付".
_ROUND10H_DISPUTES = (
    r"\bgelieve (?:ons )?een creditnota\b|\bcreditnota (?:op te maken|te bezorgen|te sturen)\b|"
    r"\b(?:non risulta )?mai (?:stat[oa] )?eseguit[oa]\b|"
    r"\b(?:no es|non è|não é|n'est pas|ist nicht|is niet) (?:la |de )?(?:nuestra|nostra|nossa|la "
    r"nôtre|unsere|van ons)\b|\bno debería haber\b|先不付|暂不付|暂时不付"
)


# Round 10i: "zafakturowano 50 szt., dostarczono 45", "請求50個、納品45個", objections.
_BILLED_VS_DELIVERED = (
    r"(?:invoiced|billed|charged|berechnet|verrechnet|facturé\w*|facturad\w*|fatturat\w*|cobran|"
    r"nos cobr\w+|addebitat\w*|naliczon\w*|"
    r"faturad\w*|gefactureerd|zafakturowan\w*|facturat\w*|fakturerat\w*|faturalanmış|"
    r"fakturiran\w*|請求)\D{0,14}(?P<billed>\d+)(?!\d)[^;!?]{0,40}?(?:delivered|received|arrived|"
    r"geliefert|livré\w*|"
    r"entregad\w*|recibid\w*|consegnat\w*|ricevut\w*|entregue\w*|recebid\w*|geleverd|"
    r"ontvangen|dostarczon\w*|otrzyman\w*|primit|am primit|livrat\w*|levererat\w*|mottagit|"
    r"teslim edil\w*|isporučen\w*|primljen\w*|納品|tatsächlich|actually|vinieron|came|kamen|"
    r"venuti|vieram|kwamen)\D{0,14}"
    r"(?!(?P=billed)(?!\d))\d+|"
    r"\bmamy zastrzeżenia\b|\bavem obiecți\w*|\bimamo primjedb\w*|\bhata var\b|"
    r"\bwe(?:'re| are) querying\b|\bno (?:la|lo|las|los) aceptamos\b|応じかねます|"
    r"実施されておりません|\bon attend (?:toujours|encore) l'avoir\b|"
    r"\bfinché non arriva la nota di credito\b"
)


# Round 10k: "no nos cuadra", "je duplikat računa": es hr and kin.
_ROUND10K_DISPUTES = (
    r"\bno (?:nos |me )?cuadra\b|\b(?:je|is|ist|est|es|è|é) (?:a |un |una |ein |een )?"
    r"(?:duplikat|duplicate|duplicado|duplicato|doublon)\w* (?:of|računa|de|der|van|di|od)\b"
)

DISPUTE = either(
    _GOODS_NEVER_ARRIVED,
    _CREDIT_NOTE_NOT_RECEIVED,
    _INCOMPLETE,
    _EN_SHORT_OR_WRONG,
    _CONTEST_EN,
    _CONTEST_FR,
    _CONTEST_DE,
    _CONTEST_ES,
    _CONTEST_IT,
    _CONTEST_PT,
    _CONTEST_NL,
    _CONTEST_PL,
    _CONTEST_RO,
    _CONTEST_SV,
    _CONTEST_TR,
    _CONTEST_HR,
    _CONTEST_JA_ZH,
    _NOT_CORRECT,
    _ONLY_RECEIVED,
    _ASK_CREDIT_NOTE,
    _NOT_ACCEPT_INVOICE,
    _DIFFERS_FROM_AGREED,
    _WE_DO_NOT_AGREE,
    _CHARGED_TWICE,
    _WE_REJECT,
    _NOT_RECOGNISED,
    _DIFFERS_FROM_ORDER,
    _MISSING_OR_NOT_DONE,
    _CREDIT_NOTE_AWAITED,
    _MISSING_PAST,
    _CHARGED_ANYWAY,
    _CREDIT_REQUEST,
    _GOODS_COUNTED,
    PAY_AFTER_CREDIT,
    _SHORT_GOODS,
    DIFFERENCE_CONTESTED,
    _GOODS_NOT_DELIVERED,
    _PRICE_QTY_WRONG,
    _CREDIT_NOTE_MISSING,
    _PAY_REFUSED_UNTIL,
    WAIT_CREDIT,
    _AGREED_PRICE,
    _NOT_ACCEPTED,
    DIFFERENCE_CONTESTED_SPAN,
    _CREDIT_STILL_MISSING,
    _PAY_REFUSED_ON,
    _DAMAGED_MORE,
    _DUPLICATE_OR_NOT_DONE,
    _WITHHELD,
    _CANCELLED_OR_RETURNED,
    _COUNT_MISMATCH,
    _NL_RETURNED,
    _RETURNED_MORE,
    _NOT_ACCEPTED_V2,
    _NOT_AS_QUOTED,
    IT_WE_DONT_PAY_IT,
    _IT_NEVER_SHOWED_UP,
    _PL_CORRECTION_THEN_PAY,
    CREDIT_ARRIVED_FIRST,
    IF_CREDIT,
    _CREDIT_IT_OR_DISPUTED,
    _ES_NOT_PAYING_IT,
    PAYMENT_NOT_DUE,
    _ARRIVED_ONLY_N_OF_M,
    _NOT_OWED,
    _IT_ERROR_CREDIT,
    _ROUND10F_DISPUTES,
    _ES_WRONG_INVOICE,
    _ROUND10H_DISPUTES,
    _BILLED_VS_DELIVERED,
    _ROUND10K_DISPUTES,
)


# Goods that never arrived or were never delivered.
GOODS_MISSING = either(
    _GOODS_NEVER_ARRIVED,
    _GOODS_COUNTED,
    _GOODS_NOT_DELIVERED,
)

# "corrected", "rectificativa", "korrigiert", "訂正": all languages.
_CORRECTED_WORDS = (
    r"corrected|amended|rectified|rectificativ\w*|corrigée?|korrigiert\w*|berichtigt\w*|"
    r"corregid\w*|rettificat\w*|corrett[ao]|corrigid\w*|gecorrigeerd\w*|korygując\w*|poprawion\w*|"
    r"corectat\w*|rättad\w*|korrigerad\w*|düzeltilmiş|ispravljen\w*|差し引い|訂正|修正|更正"
)

# "核实后重开" (reissue after checking): zh.
_ZH_VERIFY_REISSUE = r"核实后重开"


# A corrected invoice is asked for because the first one is wrong: a dispute, not a copy.

# Round 10h: "faturanın düzeltilerek yeniden kesilmesi": tr.
_TR_CORRECTED = r"\bdüzelt\w+"

CORRECTED = either(
    _CORRECTED_WORDS,
    _ZH_VERIFY_REISSUE,
    _TR_CORRECTED,
)
