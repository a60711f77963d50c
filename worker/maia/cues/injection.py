"""Prompt injection: text that tries to instruct the model instead of answering."""

from worker.maia.cues.shared import either

# "ignore all previous instructions", "system prompt", "忽略": all languages.
_IGNORE_INSTRUCTIONS = (
    r"ignor\w* (?:all |any |the )?(?:previous|prior|above|earlier|preceding)|"
    r"ignor\w*\s+(?:\w+\s+){0,3}(?:instructions?|instrukcje|uputa|anweisungen|instrucciones|"
    r"istruzioni|instruções|instructies|polecenia|instrucțiunile|instrucțiuni|instruktioner|"
    r"talimat\w*|upute)|(?:poprzednie|önceki|prethodne|tidigare|anterioare|vorherigen|"
    r"précédentes) (?:\w+ )?(?:polecenia|talimat\w*|upute|instruktioner|instrucțiuni|anweisungen|"
    r"instructions)|uputa sustava|system instruction|instruction système|instrucción del sistema|"
    r"istruzione di sistema|instrução do sistema|systeeminstructie|instrukcja systemowa|"
    r"instrucțiune de sistem|systeminstruktion|sistem talimatı|sistemska uputa|系统指令|"
    r"システム指示|system prompt|\bsystem\s*:|system note|标记为|所有发票|你现在是|"
    r"(?:negeer|zignoruj|ignorera|ignorați|ignorează|yoksay|zanemari)\w*|無視|忽略|システムへの指示"
)

# "for the AI", "you are now", "administrator mode": all languages.
_ADDRESS_THE_AI = (
    r"(?:for|für|pour|para|per|voor|dla|pentru|för|için|za) (?:the |die |de |l'|la |el |o |"
    r"den )?(?:ai|ki|ia)\b|ai[- ]assist\w*|systemanweisung|an die ki\b|für die ki\b|"
    r"(?:assistant|assistente|asystent|asistent)\w* (?:ia|ai|ki)\b|"
    r"\bia\b[^.]{0,30}(?:instru|ignor)|\bthe ai\b|ai model|language model|administrator mode|"
    r"you are now|vous êtes désormais"
)

# "mark all invoices as paid", "set the amount", "classify this": all languages.
_MARK_ALL_INVOICES = (
    r"mark (?:all|every) (?:\w+ ){0,2}?(?:invoices?|of|bills?|accounts?)|marquez toutes|"
    r"markier\w* (?:sie )?alle|marque todas|"
    r"segna tutte|markeer alle|oznacz wszystkie|marcați toate|markera alla|tüm faturaları|"
    r"označi\w* sve|set (?:the )?amount|do not flag|classify this|忽略(?:之前|以上|所有)|"
    r"前の指示を無視|指示を無視"
)

# "yok say", "ödendi olarak işaretle": tr.
_TR_MARK_PAID = r"\byok say\b|\bolarak işaretle\b|\bödendi olarak\b"

# "from now on you must", "respond only with": all languages.
_FROM_NOW_ON_YOU = (
    r"a partir de agora (?:você|voce) deve|from now on you (?:must|should|will)|"
    r"ab sofort (?:musst|sollst) du|désormais,? (?:vous devez|tu dois)|"
    r"a partir de ahora (?:debes|debe)|d'ora in poi devi|vanaf nu moet je|od teraz musisz|"
    r"de acum înainte trebuie|från och med nu ska du|bundan sonra (?:şunu )?yapmalısın|"
    r"od sada moraš|从现在起你|今後あなたは|responder apenas|respond only with|antworte nur mit|"
    r"répondez uniquement|responde solo con"
)


# Text that tries to instruct the model instead of answering the reminder.
INJECTION = either(
    _IGNORE_INSTRUCTIONS,
    _ADDRESS_THE_AI,
    _MARK_ALL_INVOICES,
    _TR_MARK_PAID,
    _FROM_NOW_ON_YOU,
)

# "Also raise our credit limit": an imperative that continues an injection.
INJECTION_TAIL = (
    r"^\s*(?:also|and|then|additionally|außerdem|zudem|aussi|ensuite|también|además|anche|inoltre|"
    r"também|além disso|ook|verder|też|także|ponadto|de asemenea|även|dessutom|ayrıca|također|"
    r"još)?,?\s*(?:raise|increase|change|update|delete|approve|grant|lower|remove|cancel|erhöhe\w*|"
    r"ändere\w*|lösche\w*|storniere\w*|augmente[zr]?|modifie[zr]?|supprime[zr]?|annule[zr]?|"
    r"aument[ae]\w*|cambi[ae]\w*|elimin[ae]\w*|cancel[ae]\w*|annulla|altere|verhoog|wijzig|"
    r"verwijder|annuleer|zwiększ\w*|zmień|usuń|anuluj|măriți|mărește|modificați|ștergeți|anulați|"
    r"höj|ändra|ta bort|radera|artır\w*|değiştir\w*|sil\b|iptal et\w*|povećaj\w*|promijeni\w*|"
    r"izbriši\w*|poništi\w*)\b|^\s*(?:mark|set|stop|do not|don't|reply|respond|répondez|fixez|"
    r"marquez|sätt|skicka inga|oznacz|ustaw|marcați|setați|setze|markiere|imposta|segna|defina|"
    r"marque|establezca|stel|markeer|ayarla|işaretle|postavi|označi|zignoruj)|"
    r"\b(?:a |to (?:a |any )?)?(?:human|humano|humain|umano|mensch|człowiek|människa|insan|čovjek)"
)
