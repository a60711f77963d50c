"""Requests for a copy of the invoice, and word that it never arrived (which asks for one)."""

from worker.maia.cues.shared import either

# "never received the invoice", "resend", "a copy of the invoice": en.
_ASK_COPY_EN = (
    r"invoice .{0,25}?(?:was|were|has been|have been) (?:never|not) (?:been )?received|"
    r"never (?:got|received) (?:the|this|your) invoice|\bresend\b|\bre-send\b|"
    r"send (?:it|this|them|the invoice) again|(?:can't|cannot|couldn't|could not) find (?:it|"
    r"the invoice|this invoice|invoice)|(?:send|resend|re-send|forward|provide|email|e-mail|"
    r"share) (?:us |me )?(?:again )?(?:a |the |another )?(?:copy|duplicate|pdf|invoice again)|"
    r"cop(?:y|ies) of (?:the |this |that |your )?invoice|(?:never|not|haven't|have not|did not|"
    r"didn't) (?:yet )?received? (?:the |this |that |your |any )?invoice|"
    r"no record of (?:receiving )?(?:the |this |your )?invoice|"
    r"(?:can't|cannot|could not|couldn't) find (?:the |this )?invoice"
)

# "duplicata", "renvoyer la facture": fr.
_ASK_COPY_FR = (
    r"duplicata|copie de (?:la|cette) facture|renvoyer (?:la facture|une copie|le pdf)|"
    r"(?:jamais|pas) reçu (?:la|cette|votre) facture|ne l'avons jamais reçue"
)

# "Rechnungskopie", "liegt uns nicht vor": de.
_ASK_COPY_DE = (
    r"rechnungskopie|kopie der rechnung|duplikat|rechnung [^.]{0,30}(?:nicht|nie) erhalten|"
    r"(?:erneut|nochmals|noch einmal) (?:zu)?(?:senden|schicken|zukommen)|liegt uns nicht vor"
)

# "copia de la factura", "reenviar": es.
_ASK_COPY_ES = (
    r"copia de (?:la )?factura|duplicado|reenviar|volver a enviar|"
    r"no (?:hemos )?recibido (?:la|esta) factura"
)

# "copia della fattura", "reinviare": it.
_ASK_COPY_IT = (
    r"copia della fattura|duplicato|reinviare|rinviare|inviarci nuovamente|"
    r"non abbiamo (?:mai )?ricevuto (?:la|questa) fattura"
)

# "segunda via", "enviar novamente": pt.
_ASK_COPY_PT = (
    r"segunda via|2ª via|cópia da fatura|enviar novamente|não recebemos (?:a|esta) fatura"
)

# "kopie van de factuur": nl.
_ASK_COPY_NL = (
    r"kopie van de factuur|factuur [^.]{0,30}(?:nooit|niet) ontvangen|"
    r"opnieuw (?:te )?(?:sturen|toesturen|versturen)"
)

# "duplikat", "kopia faktury": pl.
_ASK_COPY_PL = (
    r"duplikat\w*|kopi[ęia] faktury|ponowne przesłanie|przesłać ponownie|nie otrzymaliśmy faktury"
)

# "duplicat", "retrimiteți": ro.
_ASK_COPY_RO = (
    r"duplicat\w*|o copie|retransmite\w*|retrimite\w*|nu am primit (?:niciodată )?factura"
)

# "kopia på fakturan", "skicka igen": sv.
_ASK_COPY_SV = (
    r"kopia på fakturan|en kopia|skicka (?:om|igen)|inte fått fakturan|hittar inte faktura"
)

# "kopya", "tekrar gönderin": tr.
_ASK_COPY_TR = (
    r"kopya\w*|tekrar gönder\w*|yeniden gönder\w*|tarafımıza ulaşmadı|elimize (?:ulaşmadı|geçmedi)"
)

# "kopija računa", "ponovno poslati": hr.
_ASK_COPY_HR = r"kopij\w* računa|ponovno posla\w*|nismo primili račun|račun nije stigao"

# "再送", "請求書が届いておりません": ja.
_ASK_COPY_JA = (
    r"再送|再発行|写し|請求書が届いて(?:おりません|いません)|受け取って(?:おりません|いません)"
)

# "重新发送", "没有收到发票": zh.
_ASK_COPY_ZH = (
    r"重新发送|补发(?:发票|一份|一张|电子)|副本|复印件|(?:没有|未)收到(?:这张|该|贵司的)?发票|"
    r"重开发票"
)

# "2a via"; "the invoice never reached us": all languages.
_INVOICE_NEVER_ARRIVED = (
    r"\b2\.?[ªa] via|segunda via|(?:original|invoice|rechnung|facture|factura|fattura|fatura|"
    r"factuur|faktura|factura|fakturan|račun) [^.]{0,30}(?:never (?:reached|arrived)|"
    r"n'est jamais arrivée?|nie angekommen|nunca (?:llegó|chegou)|non (?:ci )?è (?:mai )?arrivat|"
    r"não nos chegou|nooit aangekomen|nie dotarła|nu a ajuns|kom aldrig|hiç ulaşmadı|"
    r"nikad nije stigao)"
)

# "send us the invoice again", "skicka den igen": all languages.
_SEND_IT_AGAIN = (
    r"(?:send|resend|e-?mail) (?:us |me )?the invoice again|(?:renvoyer|réexpédier) la facture|"
    r"(?:rechnung|faktura|fakturan) (?:bitte )?(?:nochmal|erneut|noch einmal|igen)|"
    r"(?:reenviar|reenviem|reenvíen|reenviarnos|mandar de nuevo|enviar de nuevo)|"
    r"(?:inviare|mandare|rimandare|rimandarci) (?:di nuovo|nuovamente)|(?:reenviar|mandar de novo)|"
    r"nogmaals (?:sturen|toesturen|versturen)|(?:przesłać|wysłać) (?:jeszcze raz|ponownie)|"
    r"(?:trimite|retrimite|trimiteți) (?:din nou|încă o dată)|"
    r"skicka (?:fakturan|den) (?:igen|på nytt)|(?:faturayı|faturanın) [^.]{0,20}(?:tekrar|yeniden|"
    r"bir kopyasını)|bir kopya|(?:ponovo|još jednom) (?:poslati|pošaljite)|再度(?:送付|お送り)|"
    r"もう一度(?:送|お送り)|再发(?:一次|一份)|(?:erneut|nochmals|noch einmal|nochmal) zu\b|"
    r"(?:senden|schicken) sie [^.]{0,40}(?:erneut|nochmals|noch einmal|nochmal)|"
    r"skicka [^.]{0,30}\b(?:igen|en gång till|på nytt)\b|(?:ponovno|ponovo|"
    r"još jednom) (?:po)?(?:šalj|posla|pošalj)\w*"
)

# "la factura nunca nos llegó", "fakturan har vi aldrig fått": es sv tr hr it nl.
_NEVER_RECEIVED_MORE = (
    r"factura [^.]{0,30}nunca (?:nos )?(?:llegó|ha llegado)|nunca recibimos la factura|"
    r"(?:aldrig|inte) (?:har )?(?:fått|mottagit) (?:någon |den )?faktura\w*|"
    r"fatura\w* [^.]{0,30}(?:gelmedi|ulaşmadı|almadık)|račun\w* [^.]{0,30}(?:nikada |"
    r"nikad )?nismo (?:ni )?primili|nismo (?:nikada )?primili (?:taj |ovaj )?račun|"
    r"fattura [^.]{0,30}non (?:ci )?è (?:mai )?arrivata|factuur [^.]{0,30}(?:nooit|"
    r"niet) (?:ontvangen|aangekomen)"
)

# "reinviar", "nunca recebemos", "請求書が届いていません": pt es hr nl ja.
_RESEND_MORE = (
    r"reinvi\w*|(?:nunca|não) (?:recebemos|recebi)|nismo (?:nikada |nikad )?primili|"
    r"pošalj\w* {0,1}[^.]{0,30}(?:ponovno|ponovo|još jednom)|"
    r"nog (?:eens|een keer) (?:door)?(?:sturen|toesturen|versturen|mailen)|"
    r"請求書[^。]{0,12}(?:届いて|受け取って)(?:おりません|いません|おらず)|請求書[^。]{0,12}未着"
)

# "send it again", "¿nos la podéis mandar otra vez?": all languages.
_AGAIN_SEND = (
    r"\b(?:send|mandar|enviar|mandare|inviare|sturen|przesłać|przesłanie|wysłać|trimite|skicka|"
    r"gönder|pošalj|schicken|senden|envoyer|remitir)\w*[^.]{0,30}\b(?:again|otra vez|de nuevo|"
    r"nuevamente|novamente|di nuovo|ancora una volta|opnieuw|nog eens|ponownie|jeszcze raz|din nou|"
    r"igen|tekrar|yeniden|ponovno|ponovo|erneut|nochmal|noch einmal|à nouveau|de nouveau)\b|"
    r"\b(?:otra vez|de nuevo|nuevamente|novamente|di nuovo|opnieuw|ponownie|din nou|tekrar|yeniden|"
    r"ponovno|erneut|nochmal|noch einmal|à nouveau)\b[^.]{0,30}\b(?:send|mandar|enviar|mandare|"
    r"inviare|sturen|przesłać|wysłać|trimite|skicka|gönder|pošalj|schicken|senden|envoyer|remitir)|"
    r"no (?:tenemos|consta) registrad[ao]|nie mamy (?:w systemie|zarejestrowan)"
)

# "noch einmal schicken", "volver a enviar", "再発行": all languages.
_SEND_AGAIN_CORE = (
    r"(?:nochmal|noch einmal|erneut) [^.]{0,40}(?:schicken|senden|zusenden|zukommen lassen|"
    r"übermitteln|mailen)|send (?:it|them|this|that|the invoice) (?:over |through )?again|"
    r"(?:nous |me )?(?:la |le |les )?renvoyer|volver a (?:enviar|mandar)|enviar de nuevo|"
    r"(?:inviare|mandare) di nuovo|rimandar\w*|enviar (?:novamente|de novo)|mandar de novo|"
    r"opnieuw (?:sturen|toesturen|versturen|mailen|zenden)|"
    r"(?:ponownie|jeszcze raz) (?:przesłać|wysłać)|przesłać ponownie|retrimite\w*|"
    r"trimite\w* din nou|skicka (?:\w+ )?(?:igen|en gång till)|skicka om\b|"
    r"tekrar (?:gönder|ilet)\w*|yeniden gönder\w*|再送|再発行|重新发送|再发一(?:次|份)|补发(?:发票|"
    r"一份|一张|电子)"
)

# "the invoice never reached us": the invoice word stands before it; it fr es pt.
_NEVER_REACHED = (
    r"(?:fattura|facture|factura|fatura)\b[^.]{0,40}?(?:non (?:ci |mi )?(?:è|e) (?:mai |"
    r"ancora )?(?:pervenut|arrivat)a|ne (?:nous |m')est (?:jamais |pas )?(?:parvenue|arrivée)|"
    r"no (?:nos |me )?(?:ha )?llegado nunca|nunca (?:nos |me )?(?:ha )?llegado|nunca (?:nos |"
    r"me )?chegou|não (?:nos )?chegou)"
)

# "没收到这张发票", "Rechnung nie bekommen": zh de.
_ZH_DE_NOT_RECEIVED = (
    r"(?:没|没有|未)收到[^。，,]{0,4}(?:这张|该|此)?发票|重新发(?:一下|送|一份)|"
    r"\brech?nung\b[^.]{0,30}\bnie (?:bekommen|erhalten)|\bnie (?:bekommen|"
    r"erhalten)\b[^.]{0,20}\brech?nung"
)

# "Faktura 62310 har vi aldrig fått", "一直没有收到对应的发票": never received; sv de en nl zh.
_NEVER_GOT_INVOICE = (
    r"\b(?:faktur\w*|rechnung|invoice|factur\w*|fattura|fatura|factuur|"
    r"račun\w*)\b(?:\s+\S+){0,3}?\s+(?:har vi|haben wir|we have|hebben we) (?:aldrig|nie|never|"
    r"nooit|inte|nicht|not) (?:fått|bekommen|erhalten|received|ontvangen|gekregen)|"
    r"(?:没有|没|未|一直没有|一直没)收到[^。，,\uff0c（(]{0,30}发票"
)

# "fatura sureti" (a copy): tr.
_TR_SURET = r"\bsuret\w*\b"

# "no tenemos constancia de haber recibido"; a copy for the auditor: es it pt, all languages.
_NO_RECORD_OR_AUDITOR = (
    r"\bno tenemos constancia de haber recibido|\bnon ci risulta pervenut[ao]|"
    r"\bnão (?:nos )?consta (?:ter )?(?:sido )?recebid[ao]|"
    r"\b(?:kopie|copy|copie|copia|cópia|duplicat[ao]?|duplikat|"
    r"duplicaat)\b[^.]{0,40}\b(?:accountant|auditor|wirtschaftsprüfer|commissaire aux comptes|"
    r"auditor|revisore|revisor|jaarcontrole|biegł\w*|auditor\w*|revisor\w*)"
)

# "re-issue the invoice", "remita una copia", "nije zaprimljen": en es hr.
_REISSUE = (
    r"\bre-?issue (?:the |this |that |our )?invoice\b|\bremit\w* (?:una |la )?copia\b|"
    r"\bnije zaprimljen\w*\b|\bponovno (?:dostavite|pošaljite|dostaviti|poslati)\b|"
    r"\bno consta en (?:el|nuestro) registro\b"
)

# "kan du mejla den", "can you send them again", "再寄一份": sv en zh.
_SEND_IT_TO_ME = (
    r"\bkan (?:du|ni) (?:mejla|maila|skicka) (?:den|dem|fakturan)\b|"
    r"\bcan you (?:e-?mail|send) (?:it|them) (?:to me|again|over)\b|再寄一份|发一下电子版|"
    r"还没有找到[^。]{0,6}(?:发票)?"
)

# "never got the invoice", "send us a new invoice": all languages.
_NEW_INVOICE = (
    r"\bnever (?:got|received) (?:the |your )?(?:invoice|inv\b|bill|[a-z]{0,4}[/-]?\d)|"
    r"\bcan (?:u|you) send it (?:on|over|again|through)\b|\bskicka (?:oss )?en ny faktura\b|"
    r"\bsend (?:us )?a new invoice\b|\bneue rechnung (?:zu)?(?:senden|schicken)\b|"
    r"\bnous envoyer une nouvelle facture\b|\benv[ií](?:en|e) una nueva factura\b|"
    r"\binviar(?:e|ci) una nuova fattura\b|\benviar uma nova fatura\b|"
    r"\been nieuwe factuur (?:sturen|toesturen)\b|\bprzesłać nową fakturę\b|"
    r"\btrimiteți o nouă factură\b|\byeni (?:bir )?fatura gönder\w*|\bposlati novi račun\b"
)

# "reinviar", "rinviare", "ritrasmettere": pt es it.
_IT_PT_RESEND = r"\breinviar\w*|\brinviar\w*|\britrasmett\w*"

# "opnieuw uitschrijven": nl.
_NL_OPNIEUW = r"\bopnieuw (?:uitschrijven|uitschrijft|versturen|sturen)\b"


# A copy of the invoice is asked for, or the invoice never arrived.

# Round 10e: "麻烦重新寄一份，或者先发个电子版": zh.
_ZH_SEND_AGAIN = r"重新寄|再寄一份|补寄|发个电子版|发一份电子版"


# Round 10h: "ご請求書がまだ届いていない", "PDFにてお送りいただけ": ja.
_JA_NOT_ARRIVED_SEND_PDF = (
    r"請求書[^。]{0,20}(?:届いていない|届いておりません|届いていません)|PDF(?:にて|で)(?:お送り|"
    r"送付|ご送付)"
)


# Round 10i: "Reenvía la factura a X", "Stuur de factuur opnieuw", "请把发票重新发到".
_RESEND_TO = (
    r"\breenv[íi](?:a|e|en|em|ad)? (?:la|a) (?:factura|fatura|nota)\b|\brimandate (?:la|"
    r"le) fattur\w+|"
    r"\bstuur de factuur (?:opnieuw|nog een keer|nogmaals)\b|\bproszę wysłać fakturę jeszcze raz\b|"
    r"\bretrimiteți factura\b|\bskicka en ny kopia\b|\bmándame otra vez la factura\b|"
    r"\bme manda o xml\b|重新发到|重新开一下|重新开[^。，]{0,4}寄过来"
)


# Round 10l: "liegt uns nicht vor", "noch einmal an X senden": de.
_DE_NOT_AT_HAND = (
    r"\bliegt uns (?:\S+ ){0,3}?nicht vor\b|\bnoch einmal an \S+ (?:senden|schicken)\b"
)

COPY = either(
    _ASK_COPY_EN,
    _ASK_COPY_FR,
    _ASK_COPY_DE,
    _ASK_COPY_ES,
    _ASK_COPY_IT,
    _ASK_COPY_PT,
    _ASK_COPY_NL,
    _ASK_COPY_PL,
    _ASK_COPY_RO,
    _ASK_COPY_SV,
    _ASK_COPY_TR,
    _ASK_COPY_HR,
    _ASK_COPY_JA,
    _ASK_COPY_ZH,
    _INVOICE_NEVER_ARRIVED,
    _SEND_IT_AGAIN,
    _NEVER_RECEIVED_MORE,
    _RESEND_MORE,
    _AGAIN_SEND,
    _SEND_AGAIN_CORE,
    _NEVER_REACHED,
    _ZH_DE_NOT_RECEIVED,
    _NEVER_GOT_INVOICE,
    _TR_SURET,
    _NO_RECORD_OR_AUDITOR,
    _REISSUE,
    _SEND_IT_TO_ME,
    _NEW_INVOICE,
    _IT_PT_RESEND,
    _NL_OPNIEUW,
    _ZH_SEND_AGAIN,
    _JA_NOT_ARRIVED_SEND_PDF,
    _RESEND_TO,
    _DE_NOT_AT_HAND,
)

# "copy", "Kopie", "duplicado", "副本": all languages.
_COPY_WORDS = (
    r"\b(?:copy|kopie|kopia|kopię|kopya\w*|copia|copie|cópia|duplicat\w*|duplikat\w*|duplicado|"
    r"duplicato|kopij\w*)\b|写し|コピー|副本|复印件"
)

# "pdf".
_PDF = r"\bpdf\b"


# The word for a copy (or a PDF), all languages.
COPY_WORD = either(
    _COPY_WORDS,
    _PDF,
)

# "We can't find this invoice in our system": a copy is wanted (the sentence must name an invoice).
NOT_FOUND = (
    r"(?:can't|cannot|could not|couldn't|unable to) (?:find|locate)|ne (?:trouvons|retrouvons) pas|"
    r"(?:finden|finde) [^.]{0,40}nicht|no (?:encontramos|localizamos|hallamos)|"
    r"non (?:troviamo|riusciamo a trovare)|não (?:encontramos|localizamos)|"
    r"(?:vinden|vind) [^.]{0,40}niet|nie (?:możemy )?(?:znaleźć|odnaleźć|znajdujemy)|"
    r"nu (?:găsim|putem găsi)|hittar inte|bulamıyoruz|bulamadık|"
    r"ne (?:možemo )?(?:pronaći|nalazimo)|見当たりません|找不到"
)

# A request: a question mark, "please", "could you", all languages.
REQUEST_MARK = (
    r"\?|please|pls|graag|bitte|s'il vous plaît|merci de|pourriez|por favor|per favore|potete|"
    r"proszę|prosimy|vă rog|vă rugăm|kan ni|lütfen|molim|お願い|请|麻烦|kunt u|können sie|"
    r"could you|can you"
)
