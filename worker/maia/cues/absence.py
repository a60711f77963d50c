"""Automatic replies (out of office, auto wording, helpdesk receipts): no person answered."""

from worker.maia.cues.shared import either

# "out of the office", "en congés", "im Urlaub", "休暇": all languages.
_AWAY = (
    r"absente? jusqu|suis absente?|i am away until|i'm away until|away until|out until|bin bis|"
    r"out of (?:the )?office|on (?:annual |parental |sick |maternity |paternity )?leave|on holiday|"
    r"on vacation|away from (?:the|my) (?:office|desk)|limited access to (?:e-?mail|my e-?mail)|"
    r"absente? du bureau|en congés?|hors du bureau|de retour le|abwesen\w*|nicht im büro|"
    r"außer haus|im urlaub|urlaubsbedingt|fuera de la oficina|de vacaciones|fuori ufficio|in ferie|"
    r"fora do escritório|ausente do escritório|estarei ausente|estaré ausente|sarò assente|"
    r"de férias|afwezig|niet aanwezig|met vakantie|op vakantie|poza biurem|na urlopie|nieobecn\w*|"
    r"în afara biroului|în concediu|frånvarande|föräldraledig|tjänstledig|på semester|"
    r"inte på kontoret|ofis dışında|izindeyim|izinde|tatildeyim|izvan ureda|na godišnjem odmoru|"
    r"odsutn\w*|odsutan|odsutna|不在にして|休暇|出張中|不在办公室|休假|外出中|出差"
)

# "back in the office on", "dès mon retour": absence and return, all languages.
_AWAY_AND_RETURN = (
    r"(?:am|will be) (?:currently )?(?:away|absent|out)\b|annual leave|"
    r"(?:currently )?travell?ing (?:on business|until)|back in the office|"
    r"return(?:ing)? to (?:the|my) office|(?:will|won't|will not) be (?:forwarded|read)|"
    r"(?:be )?not be forwarded|upon my return|je serai absente?|en déplacement|"
    r"de retour (?:au bureau )?(?:le|à partir)|ne sera pas (?:transférée?|lue?)|dès mon retour|"
    r"à mon retour|fermée? pour|auf urlaub|in urlaub|urlaub(?:er)? bis|auf dienstreise|"
    r"geschäftsreise|wieder (?:im büro|erreichbar|da)|nicht weitergeleitet|nach meiner rückkehr|"
    r"geschlossen (?:vom|von|bis)|ausente|de viaje|regresaré|a mi regreso|vuelvo el|"
    r"no será reenviado|cerrad[oa] por|sarò (?:fuori|in ferie|assente)|rientro|resterà chius[oa]|"
    r"chius[oa] per|in trasferta|non sarà inoltrat|ausente|regressarei|regresso|de licença|"
    r"de folga|fechad[oa] para|não (?:será|vai ser) reencaminhad|com acesso limitado|met verlof|"
    r"vakantie|terug op|ben (?:weer|terug)|niet doorgestuurd|gesloten (?:van|tot|wegens)|"
    r"op dienstreis|poza biurem|urlop\w*|wracam|powrocie|nie (?:są|będą) przekazywane|"
    r"w podróży służbowej|nieobecność|zwolnieniu lekarskim|plecat din birou|plecat\w* în concediu|"
    r"concediu|la întoarcere|revin (?:la birou|în)|nu va fi redirecționat|în deplasare|semester|"
    r"ledig\b|tjänsteresa|tillbaka (?:på kontoret|den|igen)|åter (?:på kontoret|den)|tjänstledig|"
    r"sjukskriven|vidarebefordras inte|ofiste olmayacağım|ofiste değilim|yıllık izin\w*|izinli\w*|"
    r"tatil\w*|döndüğümde|dönüşümde|iş seyahati\w*|godišnj\w* (?:sam |je )?odmor\w*|na odmoru|"
    r"bolovanj\w*|službenom putu|vraćam se|po povratku|neće biti proslijeđen\w*|izvan ured\w*|不在|"
    r"休み|戻り|出社|帰社|夏季休業|年末年始|休業|返信(?:が|を)?(?:遅れ|できません)|順次(?:ご)?返信|"
    r"外地|返回办公室|回到办公室|假期|放假|无法及时回复|不在公司"
)

# "lipsesc din birou" (I am out of the office): ro.
RO_OUT_OF_OFFICE = r"\blipsesc (?:din|de la) birou\b"

# "nieobecna w biurze", "休假中", "odsutna sam": pl zh hr.
_AWAY_MORE = (
    r"\bnieobecn[aey] w biurze\b|\bjestem nieobecn[aey]\b|休假(?:中|期间)?|返岗|年假|春节休假|"
    r"\bodsutn[aoi] (?:sam|sam do)\b"
)


# An out-of-office notice: away, on leave, back on a date.
OOO = either(
    _AWAY,
    _AWAY_AND_RETURN,
    RO_OUT_OF_OFFICE,
    _AWAY_MORE,
)

# "automatic reply", "réponse automatique", "自動返信": all languages.
_AUTO_REPLY = (
    r"automatic (?:reply|response|message)|auto-?reply|this is an automated|"
    r"automatically generated|réponse automatique|message automatique|automatische antwort|"
    r"automatisch erstellt|respuesta automática|mensaje automático|risposta automatica|"
    r"messaggio automatico|resposta automática|mensagem automática|automatisch antwoord|"
    r"automatisch bericht|odpowiedź automatyczna|wygenerowana automatycznie|wiadomość automatyczna|"
    r"răspuns automat|mesaj automat|autosvar|automatiskt meddelande|automatiskt svar|"
    r"otomatik yanıt|otomatik cevap|otomatik olarak|automatski odgovor|automatska poruka|自動応答|"
    r"自動返信|自动回复|自動回覆|自动邮件"
)

# "generated automatically", "do not reply to this": all languages.
_AUTO_GENERATED = (
    r"generad[oa] automáticamente|automatski generiran\w*|generated automatically|"
    r"généré automatiquement|automatisch (?:generiert|gegenereerd)|generat[oa] automaticamente|"
    r"gerad[oa] automaticamente|generat automat|automatiskt genererat|otomatik olarak oluşturul\w*|"
    r"no responda a esta|do not reply to this|ne pas répondre à ce"
)


# An automatic reply says so.
AUTO_WORDING = either(
    _AUTO_REPLY,
    _AUTO_GENERATED,
)

# "ticket", "case number", "工单": all languages.
_TICKET = (
    r"ticket|case (?:number|no|#)|request (?:number|has been (?:received|registered|logged))|"
    r"numéro de (?:ticket|dossier|demande)|ticketnummer|vorgangsnummer|"
    r"número de (?:ticket|caso|incidencia)|numero di (?:ticket|pratica)|"
    r"número do (?:chamado|ticket|protocolo)|chamado|ticketnummer|zgłoszeni\w*|"
    r"numărul (?:tichetului|solicitării)|tichet|ärende\w*|talep numara\w*|destek talebi|"
    r"broj (?:zahtjeva|prijave)|問い合わせ番号|受付番号|工单|服务单|受理编号|"
    r"(?:your|the) (?:request|enquiry|inquiry|query) (?:has been|was) (?:received|logged|"
    r"registered|assigned)|accus\w* (?:bonne )?réception|demande a été (?:enregistrée|prise)|"
    r"ihre (?:anfrage|nachricht) wurde (?:unter|registriert|erfasst|aufgenommen)|"
    r"(?:su|tu) (?:solicitud|consulta) (?:ha sido|fue) registrada|"
    r"(?:la sua|vostra) richiesta è stata (?:registrata|presa)|"
    r"(?:sua|seu) (?:solicitação|pedido) foi (?:registrad|abert)\w*|"
    r"(?:uw|je) (?:verzoek|vraag|melding) is (?:geregistreerd|ontvangen onder)|meldingsnummer|"
    r"zostało zarejestrowane|numer(?:em)? zgłoszenia|(?:solicitarea|cererea) (?:dumneavoastră|"
    r"ta) a fost înregistrat\w*|talebiniz\w*|kaydınız|vaš (?:zahtjev|upit) (?:je )?zaprimljen|"
    r"受け付けいたしました|受付いたしました|已受理|工单号"
)

# "se ha creado la incidencia", "zahtjev pod brojem": es hr.
_TICKET_OPENED = (
    r"incidencia|se ha (?:creado|abierto|registrado) (?:la|el|un|una) (?:incidencia|ticket|caso|"
    r"solicitud)|zahtjev pod brojem|otvorili (?:smo )?zahtjev|zaprimili smo (?:vaš|vašu)"
)

# "we will respond within 2 days", "vous répondra sous": all languages.
_ANSWER_WITHIN = (
    r"(?:will|shall) (?:respond|reply|get back to you|answer) (?:to you )?within|"
    r"vous répondr\w* (?:dans|sous)|(?:wird|werden) sich innerhalb|"
    r"(?:le|les) responderá en un plazo|responderá en un plazo|vi risponderà entro|"
    r"responderá (?:em|dentro)|(?:antwoorden|reageren|respond|reply|answer|"
    r"get back)[^.]{0,30}(?:binnen|within) \d+|odpowie (?:w ciągu|w terminie)|vă va răspunde în|"
    r"återkommer inom|odgovorit će (?:vam )?u roku|içinde (?:size )?(?:dönüş|yanıt)"
)

# "created request #48213", "foi aberto o chamado": pt, all languages.
_REQUEST_CREATED = (
    r"(?:foi|foram) (?:criad|abert|registad|registrad)[oa]s? (?:o|a|um|uma) (?:pedido|chamado|"
    r"ticket|processo|solicitação|ocorrência)|\b(?:request|case|pedido|chamado|solicitud|demande|"
    r"richiesta|anfrage|verzoek|zgłoszenie|cererea|ärende|talep|zahtjev) (?:#|n[º°o]\.? ?)\d{3,}|"
    r"(?:we have|we've) (?:created|opened|logged) (?:a |the )?(?:ticket|case|request)"
)


# A helpdesk or ticket system acknowledged the message.
HELPDESK = either(
    _TICKET,
    _TICKET_OPENED,
    _ANSWER_WITHIN,
    _REQUEST_CREATED,
)
