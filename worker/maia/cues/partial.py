"""Part of the amount: remainders, deposits, parts paid, and rest words that are no remainder."""

from worker.maia.cues.dispute import DIFFERENCE_CONTESTED, DIFFERENCE_CONTESTED_SPAN
from worker.maia.cues.shared import CREDIT_DOC, either

# "undisputed", "unstrittig", "无争议": the undisputed part, all languages.
UNDISPUTED = (
    r"undisputed|non-?disputed|uncontested|unstrittig\w*|unbestritten\w*|non contesté\w*|"
    r"no (?:disputad|impugnad|contestad)\w*|non contestat\w*|não contestad\w*|onbetwist\w*|"
    r"niet betwist\w*|bezsporn\w*|niesporn\w*|niekwestionowan\w*|necontestat\w*|obestridd\w*|"
    r"ej bestridd\w*|itiraz edilmeyen|itirazsız|nesporn\w*|neosporen\w*|争いのない|異議のない|"
    r"无争议|没有争议的|无异议"
)

# "remaining", "the rest", "acompte", "残り": a remainder or part, all languages.
_REMAINDER_WORDS = (
    # Word start (CJK aside): "presto", "dovreste", "apartamento" hold no remainder.
    r"(?<![^\W\d_\u3000-\u9fff\uff00-\uffef])(?:"
    r"remaining|remainder|the rest|balance|partial|part payment|part of|half|"
    r"first (?:part|payment)|solde|reste|partiel|acompte|la moitié|une partie|restbetrag|"
    r"rest(?:lichen|liche)? |teilzahlung|teilbetrag|anzahlung|die hälfte|resto|restante|saldo|"
    r"parcial|la mitad|parte|rimanente|la metà|acconto|restante|metade|parcela|resterende|"
    r"het restant|gedeeltelijk|de helft|pozostał\w*|reszt\w*|część|częściow\w*|połow\w*|restul|"
    r"rest de|parțial|jumătate|diferența|resterande|resten|delbetalning|hälften|kalan|kısmi|yarısı|"
    r"bakiye|ostatak|ostatka|preostal\w*|djelomično|polovic\w*|残り|残額|残金|一部|半額|内金|余款|"
    r"剩余|尾款|部分|一半|首付|restanti|rimanenti)"
)

# "the rest comes in June", "le reste suivra": the remainder is promised; all languages.
REST_FOLLOWS = (
    r"\b(?:the (?:rest|remainder|balance)|der rest|den rest|le (?:reste|solde)|el (?:resto|saldo)|"
    r"il (?:resto|saldo)|o (?:resto|restante|saldo)|de rest|het restant|reszta|restul|resten|"
    r"ostatak|kalanı|kalan tutar)\b (?:\w+ )?(?:will (?:follow|come|be sent)|follows|comes|kommt|"
    r"folgt|suivra|arrivera|llegará|irá|seguirá|arriverà|seguirà|segue|seguirá|virá|volgt|komt|"
    r"przyjdzie|wpłynie|urmează|va veni|vine|kommer|följer|slijedi|stiže|gelecek|gönderilecek)\b"
)

# "本周五先付 18,000 元", "余款下个月再付": part now, the rest later; zh.
ZH_PART_NOW = (
    r"(?<![已经])先(?:行)?(?:付|支付|付款|汇|转)|已先(?:行)?(?:付|支付|汇)|(?:余款|尾款|"
    r"剩余(?:款项|"
    r"部分)?)[^。，,]{0,12}(?:再|会|将)(?:付|支付|付款|结清)"
)

# "剩下", "其余": the rest, zh.
_ZH_REST = r"剩下|其余"

# A deposit paid or promised is only part of the amount ("acconto", "Anzahlung", "预付").
_DEPOSIT = (
    r"\b(?:deposit|down ?payment|advance payment|anzahlung|acompte|a cuenta|anticipo|acconto|"
    r"adiantamento|sinal|aanbetaling|zaliczk\w*|avans(?:ul)?|förskott|handpenning|kapora|predujam|"
    r"akontacij\w*)\b|前払い|内金|预付款?|首付|定金"
)

# "partial payment", "pago parcial", "Teilzahlung": all languages.
_PARTIAL_PAYMENT = (
    r"\b(?:règlement|paiement|versement) partiel|\bpartial payment|\bteilzahlung|\bpago parcial|"
    r"\bpagamento (?:parziale|parcial)|\bgedeeltelijke betaling|"
    r"\bczęściow\w+ (?:płatność|zapłat\w*|wpłat\w*)|\bplat[ăa] parțial[ăa]|\bdelbetalning|"
    r"\bkısmi ödeme|\bdjelomičn\w+ (?:plaćanje|uplat\w*)"
)

# "what was actually received": paid for that part only; pt es fr de en it.
_ACTUALLY_RECEIVED = (
    r"(?:efetivamente|realmente|effectivement|tatsächlich|actually) (?:recebid|reçu|geliefert|"
    r"erhalten|received|entregad|consegnat)\w*"
)

# "a credit note for the difference": all languages.
_CREDIT_FOR_DIFFERENCE = (
    r"\b(?:credit ?note|gutschrift|avoir|nota de cr[ée]dito|nota di credito|creditnota|korekt\w*|"
    r"notă de credit|kreditfaktura|odobrenje)\s+(?:\w+\s+){0,2}?(?:for |für |de |pour |per |da |"
    r"do |voor |na |pentru |för |za )?(?:the |die |la |el |a |de |het |l')?(?:difference|differenz|"
    r"différence|diferencia|differenza|diferença|verschil|różnic\w*|diferenț\w*|mellanskillnad\w*|"
    r"skillnad\w*|farkı|razlik\w*)"
)

# Part paid, and no more said: "we've only been able to send across half"; all languages.
PART_PAID = (
    r"\b(?:only|just|solo|sólo|solamente|nur|seulement|uniquement|soltanto|apenas|só|alleen|"
    r"slechts|tylko|doar|bara|endast|sadece|yalnızca|samo)\b[^.]{0,40}\b(?:half|a part|part|"
    r"die hälfte|einen teil|la moitié|une partie|la mitad|una parte|parte|metà|metade|de helft|"
    r"een deel|połow\w*|część|jumătate\w*|o parte|halva|halften|en del|yarısı\w*|bir kısm\w*|"
    r"pol[ae]?|polovic\w*|dio)\b|\b(?:half|die hälfte|la moitié|la mitad|metà|metade|de helft|"
    r"połow\w*|jumătate\w*|halva|halften|yarısı\w*|pola|polovic\w*)\b[^.]{0,30}\b(?:paid|sent|"
    r"bezahlt|überwiesen|payée?|versée?|pagad[oa]|consignamos|transferimos|pagat[oa]|pagamos|"
    r"betaald|overgemaakt|zapłac\w*|plătit\w*|swishat|betalat|yatır\w*|ödedik|platili|platiti|"
    r"uplatili)\b|\b(?:paid|sent|bezahlt|überwiesen|consignamos|transferimos|pagamos|betaald|"
    r"zapłaciliśmy|plăti|swishat|betalat|yatırabildik|ödedik|platiti)\b[^.]{0,30}\b(?:half|"
    r"die hälfte|la moitié|la mitad|metà|metade|de helft|połowę|jumătate|halva|halva beloppet|"
    r"yarısını|pola)\b|\bacompte\b|\ba cuenta\b|\bna poczet\b|\bà hauteur de\b|\bdecurtando\b|"
    r"\beksik ödedik\b|"
    r"半額(?:のみ)?(?:の)?(?:お支払い|支払|振込)|先付了一半|付了一半|付了余款"
)

# "We've paid $3,200 of the $4,000", "à hauteur de 3 600 € seulement": all languages.
_PAID_X_OF_Y = (
    r"(?:[$€£]\s?\d[\d.,' ]*|\d[\d.,' ]*\s?(?:€|eur|euro|usd|£|gbp|zł|pln|lei|ron|kr|sek|tl|try|"
    r"chf))\s+(?:of the|of|out of|von|sur|de los|de las|dei|delle|dos|das|van de|din|av|"
    r"od)\s+(?:the |den |les |la |el |il |o |a |de |totalt )?(?:[$€£]|r\$|chf)?\s?\d|"
    r"\b(?:apenas|seulement|only|nur|solo|solamente|soltanto|alleen|slechts|tylko|doar|bara|endast|"
    r"sadece|samo)\b(?: em| à hauteur de)?\s+[$€£]?\s?\d[\d.,' ]*\s?(?:€|eur|\$|£|zł|lei|kr|tl|chf)"
)

# "het saldo volgt", "the balance follows": nl en fr es it pt sv tr.
BALANCE_FOLLOWS = (
    r"\b(?:het saldo|the balance|le solde|el saldo|il saldo|o saldo|saldot|bakiye)\b (?:volgt|"
    r"follows|will follow|suivra|seguirá|seguirà|segue|följer)"
)


# Part of the amount: a remainder, a deposit, a part paid or contested.

# Round 10: "sent $2,000 today, that's toward CHC-0045512": en.
_TOWARD_AN_INVOICE = (
    r"\b(?:that's|this is|it's|which is) towards? (?:the )?(?:invoice\b|inv\b|[a-z]+-?\d)"
)

# Round 10: "vi betalar halva fakturan i dag": sv.
_HALF_IN_SWEDISH = r"\bhalva (?:fakturan|beloppet|summan)\b"


PARTIAL = either(
    UNDISPUTED,
    _REMAINDER_WORDS,
    DIFFERENCE_CONTESTED,
    REST_FOLLOWS,
    ZH_PART_NOW,
    _ZH_REST,
    _DEPOSIT,
    DIFFERENCE_CONTESTED_SPAN,
    _PARTIAL_PAYMENT,
    _ACTUALLY_RECEIVED,
    _CREDIT_FOR_DIFFERENCE,
    PART_PAID,
    _PAID_X_OF_Y,
    BALANCE_FOLLOWS,
    _TOWARD_AN_INVOICE,
    _HALF_IN_SWEDISH,
)

# "50 % of", "the rest", "half", "残り": all languages; not "这部分", "pozostałymi płatnościami".
_STRONG_PART_WORDS = (
    r"\b\d{1,2} ?% (?:of|de|der|del|della|da|van|z|din|av|dell)\b|remaining|remainder|the rest\b|"
    r"\bhalf\b|part of|first (?:part|payment)|\brest(?:e|betrag|lichen)?\b|\bden rest|\bresto\b|"
    r"restante|restant|resterande|resten\b|kalan|ostatak|preostal\w*|"
    r"pozostał(?!ymi płatnościami)\w*|reszt\w*|restul|la moitié|die hälfte|la mitad|la metà|metade|"
    r"de helft|połow\w*|jumătate|hälften|yarısı|polovic\w*|残り|残額|剩余|余款|尾款|一半|"
    r"(?<![这该此全])部分"
)

# "Diferența o achităm luna viitoare": the difference is the remainder; all languages.
_DIFFERENCE_PAID_LATER = (
    r"\b(?:diferența|diferenta|the difference|die differenz|la différence|la diferencia|"
    r"la differenza|a diferença|het verschil|różnicę|mellanskillnaden|farkı|"
    r"razliku)\b(?=[^.]{0,40}\b(?:o achităm|o plătim|we(?:'ll| will) pay|zahlen wir|"
    r"nous (?:réglerons|paierons)|la (?:pagaremos|pagamos)|la (?:paghiamo|pagheremo)|"
    r"(?:a )?pagaremos|betalen we|zapłacimy|betalar vi|ödeyeceğiz|platit ćemo))"
)

STRONG_PARTIAL = either(
    _STRONG_PART_WORDS,
    UNDISPUTED,
    _DEPOSIT,
    _ZH_REST,
    _PARTIAL_PAYMENT,
    _DIFFERENCE_PAID_LATER,
    PART_PAID,
    _PAID_X_OF_Y,
    _HALF_IN_SWEDISH,
)


# The stronger partial words: enough on their own, beside an amount, to say only part is paid.


# "with the rest of the payment run", "the rest of the invoices": no remainder; all languages.
_REST_OF_THE_RUN = (
    r"\b(?:samen met|together with|along with|zusammen mit|junto con|insieme (?:a|al|alla|con)|"
    r"junto com|razem z|împreună cu|tillsammans med|zajedno s|ile birlikte) (?:de |the |den |der |"
    r"dem |le |la |el |il |al |o |a |het )?(?:rest|reste|resto|restul|resten|resztą|ostatkom|"
    r"ostatak)\b(?: (?:of|van|der|des|du|de|del|della|dello|do|da|z|din|av|od)\b)?|"
    r"\b(?:the rest|de rest|den rest|le reste|el resto|il resto|o resto|restul|resten|reszt\w*|"
    r"ostatak) (?:of|van|der|des|du|de|del|dei|delle|degli|dos|das|z|din|av|od) (?:the |de |het |"
    r"les |los |las |le |gli |os |as |our |onze |unsere[rn]? |nos |nuestr\w+ |nostr\w+ |naszych |"
    r"noastre )?(?:invoices|facturen|rechnungen|factures|facturas|fatture|faturas|faktur|"
    r"facturilor|fakturorna|račun\w*|suppliers|leveranciers|crediteur\w*|lieferanten|fournisseurs|"
    r"proveedores|fornitori|fornecedores|dostawc\w*|furnizori|leverantör\w*|dobavljač\w*|payments|"
    r"betalingen|zahlungen|paiements|pagos|pagamenti|pagamentos|płatności|plăți|betalningar|"
    r"plaćanja|batch|run|week|month|year|team|week|maand|jaar|woche|monats|semaine|mois|semana|mes|"
    r"settimana|mese|mês|tygodnia|miesiąca|săptămân\w*|lun\w*|veckan|månaden|tjedna|mjeseca)"
)

# "a metà mese", "mediados de", "Mitte Mai": half of a month, no half paid.
_MID_MONTH = (
    r"\b(?:la )?metà (?:di|del|della) \w+|\ba mitad de \w+|\bmediados de\b|"
    r"\bla moitié (?:de|du) \w+|\bmetade de \w+|\bmitte \w+|\bhalverwege\b|\bpołow(?:a|ie) \w+|"
    r"\bjumătatea lunii\b|\bmitten av\b|\bsredinom\b"
)

# "the other two", "die anderen Rechnungen": other invoices, all languages.
_THE_OTHER_INVOICES = (
    r"\bpozostałe (?:dwie|trzy|faktury)\b|\bthe other (?:two|three|invoices)\b|"
    r"\bles (?:deux|trois) autres\b|\bdie (?:anderen|beiden anderen|restlichen) (?:beiden|zwei|"
    r"drei|rechnungen)\b|\blas otras (?:dos|tres)\b|\ble altre (?:due|tre)\b|"
    r"\bas outras (?:duas|três)\b|\bde andere (?:twee|drie)\b|\bcelelalte (?:două|trei)\b|"
    r"\bde (?:andra|övriga) (?:två|tre)\b|\bdiğer (?:iki|üç)\b|\bostala (?:dva|tri)\b|"
    r"\bostale (?:dvije|tri)\b"
)


# Rest and half words that name no remainder of this invoice.

# Round 10m: "bonifico a saldo delle fatture": in full settlement, no remainder; it.
_A_SALDO = r"\ba saldo (?:delle?|della|dei|di|del)\b"

NOT_REMAINDER = either(
    _REST_OF_THE_RUN,
    _MID_MONTH,
    _THE_OTHER_INVOICES,
    _A_SALDO,
)

# "the balance" is the whole debt, unless a first part comes before it in the sentence.
BALANCE_AFTER_PART = (
    r"\d[^.;]{0,80}?\b(?:the balance|le solde|el saldo|il saldo|o saldo|het saldo|saldo|saldot|"
    r"bakiye\w*|ostatak duga)\b"
)

# "the other two invoices", "die anderen Rechnungen": all languages.
OTHER_INVOICES = (
    r"other (?:two |\w+ )?invoices|remaining (?:two |\w+ )?invoices|"
    r"pozostałe (?:dwie |\w+ )?faktury|anderen (?:beiden )?rechnungen|autres factures|"
    r"otras facturas|altre fatture|outras faturas|andere facturen|celelalte facturi|"
    r"övriga fakturor|andra fakturor|diğer faturalar|ostal\w* račun\w*"
)

# "paid the invoice less the £40 fee", "abzüglich der Mahngebühr bezahlt": part of it paid.
PAID_LESS = (
    r"\b(?:less|minus|net of|after deducting|deducting|without the|abzüglich|unter abzug|ohne die|"
    r"déduction faite|en déduisant|sans les?|descontando|deduciendo|sin los?|sin las?|"
    r"al netto d\w*|dedotto|detraendo|senza (?:le|i|la|il)|deduzindo|descontando|sem (?:a|o|as|os)|"
    r"verminderd met|na aftrek|zonder de|pomniejszon\w*|po (?:odliczeniu|potrąceniu)|bez|fără|"
    r"minus|med avdrag för|utan|düşerek|düşülerek|hariç|umanjen\w* za|bez)\b|差し引(?:いて|き)|"
    r"を除いて|扣除|扣掉|扣减|を除いた"
)

# A deduction the supplier agreed to (a discount, a credit note): paying less is no contest.
AGREED_DEDUCTION = (
    r"skonto|discount|remise|escompte|descuento|sconto|desconto|korting|rabat|reducere|rabatt|"
    r"iskonto|popust|値引|折扣|credit ?note|gutschrift|avoir|nota de cr[eé]dito|nota di credito|"
    r"creditnota|korekt\w*|nota de credit|kreditfaktura|odobrenj\w*"
)


# Round 10: "raise a credit for the missing boxes and we'll pay the balance once that's through",
# "Gutschrift, dann zahlen wir den Rest", "nota di credito per la differenza, poi la paghiamo":
# the rest waits on a credit note, nothing is paid or promised on account; all languages.
CREDIT_BEFORE_REST = (
    rf"(?:{CREDIT_DOC}|\b(?:raise|issue|send) (?:us )?a credit\b)[^.!?]{{0,100}}?"
    r"(?:\bwe(?:'ll| will)? (?:then )?pay\b|\bi(?:'ll| will) (?:then )?(?:pay|settle)\b|"
    r"\bzahlen wir\b|\bpaghiamo\b|\bpagheremo\b|"
    r"\bćemo platiti\b|\bplatit ćemo\b|\b(?:nous )?(?:paierons|réglerons)\b|\bpagaremos\b|"
    r"\bpagamos\b|\bbetalen we\b|\bzapłacimy\b|\bvom plăti\b|\bplătim\b|\bbetalar vi\b|"
    r"\bödeyeceğiz\b|\bödeyeceğiz\b)"
)
