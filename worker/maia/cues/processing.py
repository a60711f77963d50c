"""The invoice sits in the customer's approval or booking workflow: no date yet, no dispute."""

from worker.maia.cues.shared import either

# "awaiting approval", "Freigabe", "en cours de validation", "审批": all languages.
_APPROVAL_WORKFLOW = (
    r"to be approved|awaiting (?:\w+ )?approval|waiting for (?:the )?(?:\w+ )?(?:approval|"
    r"sign-?off)|pending (?:\w+ )?approval|not yet approved|noch nicht freigegeben|approv\w*|"
    r"being processed|in process\b|under review|workflow|pending sign-?off|sign-?off|"
    r"being verified|booked in|validation|circuit d'approbation|bon à payer|"
    r"en cours de (?:traitement|vérification|validation)|approbation|freigabe\w*|genehmigung\w*|"
    r"in bearbeitung|sachlich\w* und rechnerisch\w*|prüfung|aprobación|en trámite|en proceso de|"
    r"pendiente de (?:aprobación|validación)|approvazione|in lavorazione|benestare|autorizzazione|"
    r"aprovação|em processamento|em análise|goedkeuring|in behandeling|fiattering|accordering|"
    r"(?<!zdążymy z )akceptacj\w*|zatwierdzeni\w*|obieg\w* dokumentów|(?<!primit )aprobare\w*|"
    r"circuitul de aprobare|"
    r"în curs de (?:verificare|procesare|aprobare|validare)|attest\w*|godkännande|onay(?!lamıyor|"
    r"layamıyor|lamadı)\w*|"
    r"işleme alın(?!mamaktadır|mıyor)\w*|u procesu odobrenja|na odobrenju|čeka (?:se )?odobrenje|"
    r"čeka potpis|u obradi|"
    r"na ovjeri|\bovjer\w*|likvidatur\w*|稟議|承認|決裁|社内手続|審批|(?<!已经)(?<!已)审批(?!通过|"
    r"完成|已完成)|审核|oa流程|流程中|报销"
)

# "awaiting signature", "tramitando", "onay sürecinde", "intern gecontroleerd": all languages.
_AWAITING_SIGNATURE = (
    r"(?:awaiting|waiting for|pending) (?:the )?(?:\w+ ){0,2}signature|attend la signature|"
    r"en attente de (?:la )?signature|wartet auf (?:die )?unterschrift|pendiente de (?:la )?firma|"
    r"in attesa (?:della |di )?firma|en attente de (?:la )?constatation du service fait|"
    r"aguarda\w* (?:a )?assinatura|wacht op (?:de )?handtekening|"
    r"czeka\w* na podpis|așteaptă semnătura|așteptăm (?:doar |încă )?semnătura|"
    r"väntar på [^.]{0,30}underskrift|imza\w* bekl\w*|"
    r"čeka\w* potpis|署名待ち|押印待ち|等[^。]{0,8}签字|tramitando|autorizzativ\w*|odobravanj\w*|"
    r"fluxo de aprova\w*|circuito de aprobaci\w*|goedkeurings\w*|"
    r"onay (?:sürecinde|aşamasında|bekliyor)|(?:verificando|controllando) [^.]{0,30}internamente|"
    r"intern (?:gecontroleerd|beoordeeld|goedgekeurd)"
)

# "w obiegu" (pl), "la aprobat / semnat" (ro).
_PL_RO_IN_CIRCULATION = r"\bw obiegu\b|\bla (?:aprobat|semnat|viză)\b"

# "ainda tá com o financeiro", "liegt noch bei der Buchhaltung": in-house; all languages.
_STILL_WITH_ACCOUNTS = (
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

# A goods receipt not booked, head office validation, a second signature: all languages.
_GOODS_RECEIPT_OR_HQ = (
    r"\b(?:goods receipt|grn|wareneingang|entrada de mercancía|entrata merce|entrada de mercadoria|"
    r"goederenontvangst|przyjęcie towaru|pz\b|recepți\w*|mal kabul\w*|primka|"
    r"inleverans)\b[^.]{0,60}\b(?:not|nicht|no|non|não|niet|nie|nu|inte|henüz|nije|hasn't|noch)\b|"
    r"\b3-?way match|\bdreifach(?:er|e)? abgleich|\b(?:sent|forwarded|"
    r"submitted) to (?:our )?(?:head office|headquarters|hq|group)\b[^.]{0,30}\b(?:validation|"
    r"approval)|\ban (?:die )?zentrale (?:zur|für die) (?:prüfung|freigabe)|"
    r"\bau siège pour validation|\ba la casa matriz|\bsede central\b[^.]{0,20}\bvalidación|"
    r"\bsede centrale\b[^.]{0,30}\bvalidazione|\bà matriz para validação|"
    r"\bsediul central pentru validare|\bhuvudkontoret för (?:attest|godkännande)|"
    r"\bgenel müdürlüğe onaya|\bbon pour accord|\bbon à payer|"
    r"\bpendiente de (?:la )?(?:aprobación|firma|visto bueno)|"
    r"\bin attesa (?:del|della) (?:firma|benestare|approvazione)|"
    r"\baguarda (?:a )?(?:aprovação|assinatura)|\battesterad av \w+ av \w+|\bzweite unterschrift|"
    r"\bsecond signature"
)

# "検収がまだ", "入库单还没", "primka nije": ja zh hr.
_GOODS_RECEIPT_PENDING = r"検収(?:処理)?がまだ|入库单(?:还没|未)|\bprimka\b[^.]{0,20}\bnije\b"

# "aguarda cabimento", "budget approval": pt en.
_BUDGET_APPROVAL = (
    r"\baguarda (?:o |a )?(?:cabimento|autorização)|\ba aguardar autorização\b|"
    r"\bbudget (?:approval|commitment)\b|\bcabimento orçamental\b"
)

# "en cours de liquidation", "avant mandatement", "ainda aguarda": fr pt.
_PUBLIC_SECTOR_STEPS = (
    r"\ben cours de liquidation\b|\bavant mandatement\b|\bvisées? par\b|"
    r"\baguarda (?:o )?recebimento\b|\bainda aguarda\b"
)

# "still waiting for the approval", "is with X for sign-off": en nl pl it hr de fr es.
_WAITING_FOR_OK = (
    r"\b(?:still )?waiting for (?:the )?(?:\w+ )?(?:confirmation|ok|approval|sign-?off)\b|"
    r"\bis with \w+ for sign[- ]?off\b|\bneed to match (?:it )?against\b|\bnog niet goedgekeurd\b|"
    r"\bw weryfikacji\b|\bl'ok del\b|\bčekamo potvrdu\b|\bu postupku ovjere\b|"
    r"\bnoch nicht freigegeben\b|\bpas encore validée?s?\b|\baún no (?:está|han sido) aprobad"
)


# The invoice is in the customer's approval or booking workflow.

# Round 10: "partie en mandatement, chez le comptable public pour paiement": fr.
_MANDATEMENT = r"\b(?:partie?|est) (?:en|au) mandatement\b|\bchez le comptable public\b"


# Round 10i: "en fase de conformidad", "em fase de cabimentação", "w trakcie weryfikacji",
# "viză CFP".
_PUBLIC_VERIFICATION = (
    r"\ben fase de (?:conformidad|validación|aprobación|tramitación)\b|"
    r"\bem fase de (?:cabimenta\w*|validação|aprovação)\b|"
    r"\bw trakcie (?:weryfikacji|akceptacji|zatwierdzania|obiegu)\b|\bviză cfp\b|"
    r"\bordonanțare\b|\bmüdür onayında\b"
)

PROCESSING = either(
    _APPROVAL_WORKFLOW,
    _AWAITING_SIGNATURE,
    _PL_RO_IN_CIRCULATION,
    _STILL_WITH_ACCOUNTS,
    _GOODS_RECEIPT_OR_HQ,
    _GOODS_RECEIPT_PENDING,
    _BUDGET_APPROVAL,
    _PUBLIC_SECTOR_STEPS,
    _WAITING_FOR_OK,
    _MANDATEMENT,
    _PUBLIC_VERIFICATION,
)

# "Račun je proknjižen", "ya la hemos contabilizado", "发票已经入账": booked, the booking workflow.
BOOKED = (
    r"\b(?:booked|entered|registered|posted|recorded|logged)\b (?:\w+ ){0,2}?(?:in|into|on) (?:our|"
    r"the) (?:\w+ )?(?:system|books|accounting|erp|ledger|accounts)\b|"
    r"\b(?:invoice|it) (?:has been|is|was) (?:now |already )?(?:booked|registered|entered|"
    r"posted)\b|\b(?:ist|wurde|sind|wurden) (?:\w+ ){0,2}?(?:gebucht|erfasst|verbucht|"
    r"eingebucht)\b|\bhaben (?:\w+ ){0,3}?(?:gebucht|erfasst|verbucht|eingebucht)\b|"
    r"\b(?:saisie?s?|enregistrée?s?) (?:\w+ ){0,2}?(?:en|dans (?:notre|nos|le|la)) (?:comptabilité|"
    r"système|erp|logiciel)|\bcomptabilisée?s?\b|\bcontabilizad[oa]s?\b|"
    r"\bregistrad[oa]s? en (?:nuestro|el) sistema|\bregistrat[aoie] (?:\w+ )?(?:in|"
    r"nel(?:la)?) (?:contabilità|sistema|gestionale)|\bcontabilizzat[aoie]\b|\bprotocollat[aoie]\b|"
    r"\blançad[oa]s? (?:\w+ )?(?:no|em|na) (?:nosso |nossa )?(?:sistema|contabilidade)|"
    r"\bregist(?:r)?ad[oa]s? (?:no|em|na) (?:nosso |nossa )?(?:sistema|contabilidade)|"
    r"\bingeboekt\b|\bgeboekt in (?:ons |onze )?(?:systeem|boekhouding|administratie)|"
    r"\bverwerkt in (?:ons |onze )?(?:systeem|boekhouding|administratie)|\bzaksięgowan[aeoy]\b|"
    r"\bwprowadzon[aey] do systemu|\bînregistrat[ăe]? (?:\w+ )?în (?:contabilitate|sistem)|"
    r"\bcontabilizat[ăe]?\b|\bregistrerad\w* i (?:vårt|vår|systemet|ekonomisystemet|"
    r"affärssystemet)|\bbokförd\w*|\binlagd i (?:vårt |systemet)|"
    r"\bsistem(?:imiz)?e (?:işlendi|girildi|kaydedildi|girişi yapıldı)|\bmuhasebeleştirildi|"
    r"\bkayda alındı|\bkayıtlara (?:alındı|işlendi)|\bproknjižen\w*|\bevidentiran\w*|"
    r"\bunesen\w* u sustav|(?:システム|会計システム|会計)に(?:登録|入力|計上)(?:済み|しました|"
    r"いたしました)|計上済み|已(?:经)?入账|已(?:经)?录入(?:系统)?|已登记入账"
)

# "if you approve", "wenn Sie zustimmen": all languages.
_IF_YOU_APPROVE = (
    r"onay verirseniz|onaylarsanız|uygun görürseniz|if you (?:approve|agree)|"
    r"wenn sie (?:zustimmen|einverstanden sind)|si vous (?:acceptez|êtes d'accord)|"
    r"si (?:usted )?(?:acepta|está de acuerdo)|se (?:siete d'accordo|approvate)|"
    r"als u (?:akkoord gaat|instemt)|jeśli (?:się )?(?:zgodzą|zgadzacie)|"
    r"dacă (?:sunteți de acord|aprobați)|om ni (?:godkänner|går med på)|ako (?:se slažete|odobrite)"
)

# "onay verin", "onaylayın": tr.
_TR_APPROVE_MORE = r"onay verin|onaylayın|onaylarsanız"


# "Onay verirseniz", "if you approve": the creditor's approval of a plan, no workflow.
YOUR_APPROVAL_MORE = either(
    _IF_YOU_APPROVE,
    _TR_APPROVE_MORE,
)
