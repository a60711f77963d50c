"""Wrong contact: the reader left or is not in charge, the mail went on, a colleague is away."""

from worker.maia.cues.shared import SPAN, either

# "I have left", "ya no trabajo aquí", "nicht mehr zuständig": all languages.
_NO_LONGER_HERE = (
    r"(?:i|he|she) (?:have|has) left|no longer (?:at|with|employed)|instead contact|"
    r"contact .{0,60}? instead|ya no (?:trabaj\w+|me ocupo|se ocupa|est\w+|llevo|soy|pertenezco)|"
    r"escriban a|diríjanse|ne (?:m'occupe|s'occupe|travaille|suis) plus|"
    r"nicht mehr (?:für|zuständig|bei|tätig|beschäftigt)|non (?:mi occupo|si occupa|lavoro|lavora|"
    r"sono) più|não (?:trabalho|trabalha|me ocupo|sou) mais|"
    r"já não (?:trabalho|trabalha|sou|me ocupo)|werk(?:t)? (?:hier )?niet meer|"
    r"niet meer (?:werkzaam|bij)|już nie (?:pracuj\w+|zajmuj\w+)|nie pracuj\w+ już|"
    r"nie zajmuj\w+ się już|nu mai (?:lucrez|lucrează|sunt responsabil|mă ocup|se ocupă)|"
    r"(?:arbetar|jobbar) inte (?:längre|kvar)|har slutat|artık (?:burada )?çalışmıyor\w*|"
    r"ayrıldı\w*|više ne radi\w*|više nisam|ne radim više"
)

# "no longer deal with", "not the right person", "please send invoices to": all languages.
_NOT_MY_JOB = (
    r"no longer (?:deal|work|handle|responsible|with|in charge|look after)|"
    r"not the (?:right|correct) (?:person|contact)|wrong (?:person|contact|address)|"
    r"(?:has )?left the company|moved to (?:the|another)|i (?:do not|don't) (?:deal|handle)|"
    r"not responsible for|please (?:send|direct|address|forward) (?:all |your |future |"
    r"these )?(?:reminders|invoices|correspondence|emails)|ne (?:m'occupe|s'occupe|travaille) plus|"
    r"ne fait plus partie|a quitté|merci d'adresser|pas la bonne personne|mauvais interlocuteur|"
    r"nicht mehr (?:in unserem|zuständig|bei uns|im hause|im unternehmen)|nicht zuständig|"
    r"unternehmen verlassen|bitte (?:senden|richten|wenden) sie [^.]{0,50}(?:an|künftig)|"
    r"ya no (?:trabaja|me ocupo|se ocupa|está|llevo)|no soy la persona|ha dejado la empresa|"
    r"non (?:mi occupo|si occupa|lavora) più|non sono la persona|ha lasciato l'azienda|"
    r"não (?:trabalha|me ocupo|sou responsável) mais|não sou mais (?:responsável|o responsável|"
    r"a responsável)|favor encaminhar|já não (?:trabalha|sou|me ocupo)|não sou a pessoa|"
    r"deixou a empresa|niet meer (?:werkzaam|verantwoordelijk|in dienst)|niet de juiste persoon|"
    r"verkeerde persoon|bedrijf verlaten|nie zajmuję się już|nie pracuje już|"
    r"nie jestem właściwą osobą|proszę kierować|nu mai lucrez|nu mai (?:sunt|este) responsabil|"
    r"nu mă mai ocup|nu sunt persoana|inte rätt person|arbetar inte (?:längre|kvar)|"
    r"slutat (?:på|här)|inte längre ansvarig|ska skickas till|vänd er till|ilgilenmiyorum|"
    r"ilgilenmiyor|doğru kişi değil|şirketten ayrıldı|yönlendirmenizi|više ne radi|"
    r"nisam (?:ja )?zadužen\w*|nisam prava osoba|više nije|"
    r"担当(?:者)?(?:では|じゃ)(?:ありません|ない)|担当が変わ|退職|異動|不再负责|已离职|离职|"
    r"不是负责人"
)

# "no longer handle", "is now handled by": all languages.
_NOW_HANDLED_BY = (
    r"ya no (?:gestiono|gestiona|llevo|lleva|me encargo|se encarga|soy responsable)|"
    r"se encarga (?:ahora|desde)|desde (?:este|el) mes se encarga|"
    r"envíen (?:los|las|sus) (?:recordatorios|facturas|avisos|correos)|s'occupe désormais|"
    r"désormais (?:géré|gérée|traité)|merci d'envoyer (?:les|vos) (?:relances|factures)|"
    r"veuillez (?:envoyer|adresser) (?:les|vos) (?:relances|factures)|"
    r"(?:mahnungen|zahlungserinnerungen|rechnungen) (?:bitte )?(?:künftig |ab sofort )?an |"
    r"übernimmt (?:ab sofort|jetzt|nun)|ist jetzt (?:\w+ )?zuständig|"
    r"(?:inviate|inviare|indirizzate|inoltrate) (?:i|le) (?:solleciti|fatture|promemoria)|"
    r"se ne occupa (?:ora|adesso)|(?:enviem|encaminhem|direcionem) (?:os|as) (?:lembretes|faturas|"
    r"cobranças)|(?:herinneringen|aanmaningen|facturen) (?:graag )?(?:voortaan )?(?:naar|aan) |"
    r"(?:przypomnienia|monity|faktury|wezwania) (?:proszę )?(?:kierować|wysyłać|przesyłać)|"
    r"proszę (?:wysyłać|przesyłać) (?:przypomnienia|monity|faktury)|"
    r"zajmuje się (?:tym )?(?:teraz|obecnie)|(?:trimiteți|transmiteți) (?:notificările|facturile|"
    r"mementourile|somațiile)|se ocupă acum|(?:påminnelser|fakturor) (?:ska )?(?:skickas|"
    r"mejlas) till|sköts (?:nu|numera) av|numera ansvarig|(?:hatırlatma|"
    r"fatura)\w* [^.]{0,25}(?:gönderiniz|iletiniz|gönderin|iletin)|artık [^.]{0,30}ilgileniyor|"
    r"(?:podsjetnike|opomene|račune) (?:molim(?:o)? )?(?:šaljite|pošaljite|upućujte)|"
    r"sada (?:se )?(?:bavi|brine|preuzima)|(?:今後|以後)は?[^。]{0,25}(?:宛|まで|"
    r"へ)[^。]{0,6}(?:ご連絡|お送り|送付)|后续请(?:联系|发送|发给)|"
    r"(?<!问题)(?<!疑问)请(?:改|直接)?(?:联系(?!我(?!们))|发送给|发给)|(?:moved|changed|"
    r"switched) (?:to )?(?:a )?(?:different|"
    r"new|another) (?:role|position|department|team)|nie odpowiadam już|"
    r"nie jestem już odpowiedzialn\w*|nie zajmuję się (?:już )?(?:płatnościami|fakturami|"
    r"rozliczeniami)|proszę pisać na|nu mai răspund|ansvarar inte längre|"
    r"担当では(?:ございません|ありません)|担当外|ayrılmış\w*|ne (?:bavim|radim) (?:se )?više|"
    r"nisam više (?:zadužen|odgovor)\w*"
)

# "contact X from now on", "send the reminders to", "voortaan naar": all languages.
_FROM_NOW_ON_CONTACT = (
    rf"contact {SPAN}{{0,60}}(?:from now on|going forward|in future|henceforth)|"
    r"(?:send|address|direct|forward) (?:all |your |any |future |these |"
    r"the )?(?:payment )?(?:reminders|invoices|statements|correspondence|"
    rf"dunning letters)(?: {SPAN}{{0,20}})? to\b|contacter désormais|"
    r"désormais (?:contacter|écrire|adresser)|adresser (?:vos|les) (?:relances|factures|rappels)|"
    r"ne (?:traite|gère) plus|changé de (?:poste|service|fonction)|"
    r"wenden sie sich (?:bitte )?(?:künftig|zukünftig|ab sofort|direkt)|"
    r"contacten? (?:a partir de ahora|en adelante|de ahora en adelante)|"
    r"dirigir (?:los|las|sus) (?:recordatorios|facturas|avisos|correos)|"
    r"dej(?:é|ó) de (?:ocuparme|ocuparse|llevar|gestionar|encargarme|encargarse)|"
    r"(?:contattare|scrivere|inviare|rivolgersi|indirizzare)[^.]{0,40}d'ora in poi|"
    r"d'ora in poi (?:\w+ ){0,3}(?:contattare|scrivere|inviare|rivolgersi)|"
    r"ho cambiato (?:ufficio|reparto|ruolo|mansione|incarico)|"
    r"deix(?:ei|ou) de (?:tratar|acompanhar|ser (?:o |a )?responsável|cuidar|gerir)|"
    r"envie[mn] (?:\w+ ){0,3}(?:avisos|faturas|lembretes|cobranças|notificações) (?:para|ao|à)|"
    r"favor (?:contatar|contactar)|(?:contatem|contactem)|voortaan (?:naar|aan|te (?:sturen|"
    r"richten)|contact)|neem voortaan contact op met|już u nas nie pracuj\w*|nie pracuje już u nas|"
    r"proszę (?:o )?kontakt\w* (?:się )?z|hanterar inte längre|"
    r"inte längre (?:hanterar|ansvarar|jobbar|arbetar)|skicka (?:\w+ ){0,3}(?:påminnelse\w*|"
    rf"faktur\w*|krav\w*) {SPAN}{{0,10}}till|bytt (?:tjänst|avdelning|roll|jobb)|"
    rf"gått över till (?:en annan|ny)|kontakta {SPAN}{{0,50}}(?:framöver|istället|i stället)|"
    rf"artık {SPAN}{{0,40}}çalışmıyorum|(?:hatırlatma|fatura|ihtar)\w* {SPAN}{{0,60}}(?:gönderin|"
    r"gönderiniz|iletin|iletiniz)|(?:opomene|podsjetnike|račune|"
    rf"obavijesti) {SPAN}{{0,30}}(?:šaljete|šaljite|pošaljite)|担当(?:では|じゃ)なくな|"
    r"担当(?:から)?(?:外れ|離れ)|改为?联系|(?:no longer|not) (?:in charge of|responsible for|"
    r"handling|working (?:in|on))"
)

# "não trato mais", "ga niet meer over", "artık ilgilenmiyorum": all languages.
_NO_LONGER_HANDLE = (
    r"não (?:trato|cuido|sou responsável|respondo) mais|já não (?:trato|cuido|sou)|"
    r"\bga (?:ik )?(?:niet meer|niet langer) over|niet meer (?:verantwoordelijk|bezig met)|"
    r"(?:bu konulara|bu işlere|faturalara|ödemelere|muhasebe\w*) (?:artık )?(?:bakmıyorum|"
    r"ilgilenmiyorum|bakmamaktayım)|artık [^.]{0,40}(?:ilgilenmiyorum|bakmıyorum|sorumlu değilim)|"
    r"(?:sorumlu|yetkili) değilim|ile iletişime geç(?:in|iniz|ebilirsiniz)|"
    r"više ne (?:radim|vodim|pratim)|nisam (?:više )?(?:zadužen|nadležn)\w*|"
    r"no longer (?:deal|work) with|ya no (?:llevo|gestiono|trabajo)|non mi occupo più|"
    r"nie zajmuję się już|nu mă mai ocup|jobbar inte längre|ne m'occupe plus|nicht mehr zuständig|"
    r"不再负责|已不负责|不负责"
)

# "non più a questa casella", "no longer to this address": send elsewhere; all languages.
_NOT_THIS_ADDRESS = (
    r"(?:non più|no longer|not anymore|nicht mehr|plus|ya no|não mais|niet meer|nie (?:więcej|już)|"
    r"nu mai|inte längre|artık|ne više) (?:\w+ ){0,2}(?:a|to|an|à|para|naar|na|la|till|at|"
    r"in) (?:this|questa|questo|diese|dieses|cette|cet|esta|este|deze|dit|ten|tę|această|acest|"
    r"denna|detta|ovu|ovaj) (?:e-?mail\w*|address|adress\w*|mailbox|inbox|casella|indirizzo|"
    r"dirección|buzón|correo|endereço|caixa|adres\w*|skrzynk\w*|adresă|adresa|brevlåda|posta|"
    r"kutij\w*|postfach|boîte)"
)

# The supplier portal only, "na ten adres nie przyjmujemy faktur", "担当が変更": all languages.
_OTHER_CHANNEL = (
    r"\b(?:only|exclusively|ausschließlich|nur|uniquement|exclusivement|exclusivamente|solo|"
    r"esclusivamente|soltanto|apenas|somente|uitsluitend|alleen|wyłącznie|tylko|exclusiv|doar|"
    r"endast|bara|sadece|yalnızca|isključivo|samo)\b[^.]{0,50}?\b(?:portal\w*|portail|plataforma|"
    r"piattaforma|platform\w*|platformy|platformă)\b|\b(?:portal\w*|portail|plataforma|piattaforma|"
    r"platform\w*)\b[^.]{0,40}?\b(?:only|exclusively|ausschließlich|uniquement|exclusivamente|"
    r"esclusivamente|uitsluitend|wyłącznie|exclusiv|endast|sadece|isključivo)\b|"
    r"\b(?:this|the) (?:e-?mail )?address is (?:not|no longer) (?:monitored|read|checked)|"
    r"\b(?:non vengono lette|no se leen|ne sont pas lus|werden nicht gelesen|worden niet gelezen|"
    r"nie są czytane|nu sunt citite|läses inte|okunmuyor|se ne čitaju)\b|"
    r"\bna (?:ten|tym) adres\w* nie (?:przyjmujemy|odbieramy|obsługujemy)|"
    r"担当(?:者)?が(?:変更|変わり)|负责人(?:已)?(?:变更|更换)"
)

# "leverantörsfakturor ska skickas till …": supplier invoices go elsewhere; all languages.
_VENDOR_INVOICES_ELSEWHERE = (
    r"\b(?:ska|skall) skickas (?:som pdf )?till\b|\b(?:alla |all )?(?:leverantörsfakturor|"
    r"supplier invoices|lieferantenrechnungen|factures fournisseurs|facturas de proveedores|"
    r"fatture (?:passive|fornitori)|leveranciersfacturen|faktury kosztowe|"
    r"facturile furnizorilor)\b[^.]{0,60}?\b(?:ska|skall|must|müssen|doivent|deben|devono|moeten|"
    r"należy|trebuie)\b"
)

# "werk niet meer op de crediteurenadministratie", "経理担当を外れ": nl ja en de.
_NO_LONGER_IN_ACCOUNTS = (
    r"\bwerk (?:\w+ ){0,4}niet meer (?:op|bij|voor)\b|"
    r"\bniet meer op de (?:crediteurenadministratie|boekhouding)\b|経理担当を外れ|担当を外れ|"
    r"担当ではなくなり|\bno longer (?:work|working) (?:in|on|for)\b|"
    r"\barbeite (?:\w+ ){0,3}nicht mehr in\b"
)

# "I only place the orders", "je suis au service achats": not in charge; all languages.
_ONLY_PURCHASING = (
    r"\b(?:i(?:'m| am)? (?:only |just )?(?:in|from|with) purchasing|i only (?:place|handle|"
    r"do) (?:the )?(?:orders|purchasing|buying)|nothing to do with (?:paying|payments|invoices)|"
    r"(?:ich bin|bin) (?:nur |ausschließlich )?(?:im|für den|für) einkauf|nur für (?:den )?einkauf|"
    r"je suis (?:au|du) service achats|je ne m'occupe que des commandes|"
    r"pas (?:du tout )?des paiements|(?:yo )?llevo solo las compras|solo (?:llevo|gestiono|"
    r"hago) (?:las )?compras|mi occupo solo degli acquisti|non (?:sono|è) di mia competenza|"
    r"sou da área de compras|não cuido de(?:s)? pagamentos|ik doe alleen (?:de )?inkoop|"
    r"met betalingen heb ik niks|zajmuję się (?:tylko|wyłącznie) zakupami|"
    r"płatności nie są w moim zakresie|mă ocup doar de achiziții|nu (?:mă ocup )?de plăți|"
    r"jag (?:jobbar|arbetar) (?:bara |endast )?med inköp|sadece satın alma|"
    r"ödemelerle ilgilenmiyorum|bavim se samo nabavom|購買(?:担当|部)(?:のため|なので)|只负责采购|"
    r"我是采购)"
)

# "Frau Schulz ist in Elternzeit … nur über das Portal": a colleague's long leave.
ABSENT_COLLEAGUE_ELSEWHERE = (
    r"\b(?:in elternzeit|in mutterschutz|en congé (?:maternité|parental)|"
    r"de licencia por maternidad|de baja por maternidad|in maternità|in congedo|"
    r"de licença[- ]maternidade|met zwangerschapsverlof|met ouderschapsverlof|"
    r"na urlopie (?:rodzicielskim|macierzyńskim)|în concediu de maternitate|föräldraledig|"
    r"doğum izninde|na porodiljnom|na rodiljnom|産休|育休|产假)\b"
)

# "moved to the sales team", "ist jetzt in der Logistik", "异动": all languages.
_MOVED_DEPARTMENT = (
    r"\b(?:moved|transferred|switched) to (?:the )?(?:\w+ )?(?:department|team|hr|logistics|sales)|"
    r"\bhanded (?:\w+ ){0,3}over to\b|\bin eine andere abteilung gewechselt|\bist jetzt in der\b|"
    r"\ba été mutée? |\bchangé de service|\bse (?:ha )?(?:trasladado|cambiado) (?:a|"
    r"al) (?:departamento|área)|\bè stat[oa] trasferit[oa]|\bnon segue più|\bfoi transferid[oa]|"
    r"\bben overgestapt naar|\bdoe (?:de )?\w+ niet meer|\bprzeszł[aoy]? do (?:działu|innego)|"
    r"\bnie zajmuję się już|\bs-a mutat la|\bm-am mutat la|\bnu mai gestionez|\bhar bytt avdelning|"
    r"\bjobbar (?:numera|nu) (?:på|med)|\b(?:departmanından|bölümünden) \w+ geçti|"
    r"\bartık (?:firmamızda|şirketimizde|burada) çalışmıyor|\bprešao je u|\bprešla je u|"
    r"\bviše ne radi|異動|调岗|转岗|已调到"
)

# "購買担当のため", "我是采购", "休产假": ja zh hr.
_PURCHASING_OR_LEAVE_MORE = (
    r"購買(?:担当|部)(?:のため|なので|で)|只负责采购|我是采购|异动|異動|调岗|转岗|已调到|"
    r"\bradim samo u nabavi\b|\bplaćanja nisu moj posao\b|休产假|休育儿假|产假"
)


# The reminder reached the wrong person or address.

# Round 10: "ya no forma parte de", "ne fait plus partie de": all languages.
_NO_LONGER_PART_OF = (
    r"\bya no forma parte\b|\bne fait plus partie\b|\bnon fa più parte\b|"
    r"\b(?:já não|não) faz (?:mais )?parte\b|\bis no longer part of\b|"
    r"\bmaakt geen deel meer uit\b|\bnie jest już (?:pracownikiem|związan\w*)\b|"
    r"\bnu mai face parte\b|\bär inte längre (?:anställd|kvar)\b|\bviše nije (?:zaposlen\w*|dio)\b|"
    r"\bartık (?:şirketimizde|bünyemizde|firmamızda) (?:çalışmamaktadır|değil\w*)"
)


# Round 10e: "Mark left us in January", "is now handled by", "I'm not in accounts": en.
_LEFT_US = (
    r"\bleft us\b(?! an? )|\b(?:purchase ledger|accounts payable|payables?) (?:is|are) now "
    r"(?:handled|dealt with|managed) by\b|\bi'?m not in (?:accounts|finance)\b|\bdead mailbox\b"
)


# Round 10f: "si prega di scrivere alla PEC", "non vengono protocollati": it.
_IT_WRITE_TO_PEC = r"\bsi prega di scrivere (?:alla|a|all')\b|\bnon vengono protocollat[ie]\b"


# Round 10h: retired ("è in pensione"), "nie pracuje w naszej szkole", "proszę kierować do",
# "adres kullanılmamaktadır": all languages for retirement, pl it tr for the rest.
_RETIRED_OR_REDIRECT = (
    r"\b(?:has|is) retired\b|\bist in (?:rente|pension|den ruhestand)\b|\best (?:partie? )?à la "
    r"retraite\b|\bse (?:ha )?jubil[óo]\b|\bestá jubilad[oa]\b|\b(?:se )?aposentou\b|"
    r"\breformou-se\b|\bè (?:andat[oa] )?in pensione\b|\bmet pensioen\b|"
    r"\bprzeszedł\w* na emeryturę\b|\bs-a pensionat\b|\bhar gått i pension\b|\bemekli oldu\b|"
    r"\botiš\w+ u mirovinu\b|退職|退休|"
    r"\bnie pracuje (?:już )?(?:w naszej|u nas|w firmie|w szkole|w urzędzie)\b|"
    r"\b(?:proszę|prosimy) kierować (?:do|na)\b|\bscrivete (?:alla|a) pec\b|"
    r"\badres\w* (?:\w+ ){0,6}?kullanılmamaktadır\b|\biletmenizi rica ederiz\b"
)


# Round 10i: "not the right person / address", "this mailbox is not monitored",
# "use the supplier portal".
_NOT_ME_OR_NOT_THIS_ADDRESS = (
    r"\b(?:go|goes|sent|submitted|uploaded) (?:through|via) (?:the |our )?supplier portal\b|"
    r"\bpasser par le portail\b|\büber (?:unser |das )?lieferantenportal\b|"
    r"\ba través del portal de proveedores\b|\btramite (?:il )?portale fornitori\b|"
    r"\bpelo portal de fornecedores\b|\bvia (?:het |ons )?leveranciersportaal\b|"
    r"\b(?:ce n'est|c'est) pas la bonne adresse\b|\bnot the right (?:address|person|contact)\b|"
    r"\beste correo no es el adecuado\b|\bnão é mais usado\b|\bwordt niet meer gelezen\b|"
    r"\bnon sono io il referente\b|\bniet het aanspreekpunt\b|\bnão sou eu (?:que|quem) trat\w+|"
    r"\bno soy yo (?:quien|el que|la que)\b|\bnie jest monitorowan\w*|\bto nie do mnie\b|"
    r"\bse ne prati\b|\bviše se ne bavim\b|\bnu sunt eu persoana potrivită\b|"
    r"\bjobbar inte med \S+ längre\b|此邮箱不再|不再处理|我不管这块|"
    r"本アドレスでは対応いたしかねます|"
    r"\b(?:dirija|dirijan|envíe|envíen) (?:estas comunicaciones|sus facturas) a\b"
)


# Round 10k: "tedarikçi portalımıza yükleyin", "e-postalar işleme alınmamaktadır": tr.
_TR_PORTAL = r"\btedarikçi portal\w*|\bişleme alınmamaktadır\b|\be-posta üzerinden takip etmiyor\b"


# Round 10l: "já não exerce funções", "queiram reenviar os lembretes para": pt.
_PT_NO_LONGER_IN_OFFICE = (
    r"\bjá não exerce funções\b|\bdeixou de exercer\b|\b(?:queiram|podem) (?:por favor )?reenviar "
    r"os (?:vossos )?lembretes para\b"
)


# Round 10m: "já não se encontra a trabalhar", "passem a enviar os avisos para": pt.
_PT_NOT_WORKING_HERE = (
    r"\b(?:já )?não se encontra a trabalhar\b|\bpassem a enviar (?:os |as )?(?:avisos|lembretes|"
    r"faturas)\b|\bmandateli alla pec\b"
)

WRONG_CONTACT = either(
    _NO_LONGER_HERE,
    _NOT_MY_JOB,
    _NOW_HANDLED_BY,
    _FROM_NOW_ON_CONTACT,
    _NO_LONGER_HANDLE,
    _NOT_THIS_ADDRESS,
    _OTHER_CHANNEL,
    _VENDOR_INVOICES_ELSEWHERE,
    _NO_LONGER_IN_ACCOUNTS,
    _ONLY_PURCHASING,
    ABSENT_COLLEAGUE_ELSEWHERE,
    _MOVED_DEPARTMENT,
    _PURCHASING_OR_LEAVE_MORE,
    _NO_LONGER_PART_OF,
    _LEFT_US,
    _IT_WRITE_TO_PEC,
    _RETIRED_OR_REDIRECT,
    _NOT_ME_OR_NOT_THIS_ADDRESS,
    _TR_PORTAL,
    _PT_NO_LONGER_IN_OFFICE,
    _PT_NOT_WORKING_HERE,
)

# "I have forwarded your e-mail to …", "weitergeleitet", "已转发": all languages.
FORWARDED_ON = (
    r"(?:forwarded|passed) (?:this|it|your (?:e-?mail|message)) (?:on )?to|"
    r"transmis (?:votre (?:mail|message) )?à|weitergeleitet|reenviado a|he reenviado|"
    r"inoltrat\w* (?:al|a)|encaminhei|encaminhamos|doorgestuurd|przekazał\w*|am redirecționat|"
    r"am transmis|vidarebefordrat|ilettim|iletilmiştir|proslijedi\w*|転送しました|已转发|转给"
)

# "Hon är på semester", "han gick på semester": somebody else's absence, no absence notice.
THIRD_PERSON = (
    r"\b(?:he|she|hon|han|sie|er|elle|il|ella|él|lei|lui|ela|ele|zij|hij|ona|on|ea|o|my colleague|"
    r"our colleague|the manager|kollege|kollegin|collègue|colega|collega|kollega|kolega|kolegica|"
    r"meslektaşım|kompanjon|partner|chef|boss|förvaltare|manager|director|direktör|direktor|"
    r"director(?:a|ul)?)\b|担当者は|同事|他|她"
)
