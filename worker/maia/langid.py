"""Language of the customer's own text: script first, then stopwords and letters per language."""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Frequent words per language (function words and the vocabulary of payment replies).
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "yesterday today settled transferred "
        "and are be by dear end for friday has have hi invoice invoices is it monday "
        "month next not of on our paid pay payment please regards thanks that the this "
        "to was we week will with you your "
    ),
    "fr": _words(
        "payée payées réglée réglées hier aujourd'hui virement "
        "avec bonjour ce cette cordialement dans des est et facture factures fin la le "
        "les merci mois notre nous paiement pas payée pour prochaine que qui règlement "
        "réglé semaine sera sur un une votre vous "
    ),
    "de": _words(
        "bezahlt überwiesen beglichen gestern heute erledigt "
        "alle als am auch auf bis bitte das dem den der des die diese ein eine ende "
        "freundlichen für grüße haben ich ihr ihre ist mit nicht noch nächste rechnung "
        "danke dank vielen schön gruß hallo guten tag "
        "rechnungen sie und unsere werden wir wird woche zahlung zu "
    ),
    "es": _words(
        "pagado pagada pagadas ayer hoy transferencia abonado "
        "con de el en es está factura facturas fin gracias hemos hola la las le los mes "
        "nuestra nuestro pagaremos pago para por próxima que saludos semana su sus un "
        "una y "
    ),
    "it": _words(
        "pagata pagato saldata saldato ieri oggi bonifico "
        "abbiamo alla buongiorno che con dei della delle di e entro fattura fatture "
        "fine fino gli grazie ho il la le lo mese nel non nostra nostro pagamento per "
        "posta prossima questa saluti sarà settimana sono ufficio un una vostra vostro "
        "è "
    ),
    "pt": _words(
        "pago paga pagas ontem hoje pix boleto quitado "
        "a as atenciosamente com da das de do dos e em fatura faturas fim foi já mês "
        "nossa nosso não o obrigada obrigado olá os pagamento para próxima que semana "
        "será um uma vamos é "
    ),
    "nl": _words(
        "betaald gisteren vandaag overgemaakt voldaan "
        "alle als betalen betaling bij dat de deze dit een eind en facturen factuur "
        "graag groet heb hebben het is maand met naar niet nog onze ook op u uw van "
        "volgende voor vriendelijke we week wij wordt zijn "
    ),
    "pl": _words(
        "zapłacone opłacone zapłacona opłacona wczoraj dzisiaj potwierdzenie załączniku "
        "do dobry dzień faktura faktury fakturę i jak jest już miesiąca na nie oraz "
        "pozdrawiam prosimy proszę przelew płatność się są to tygodniu w z zapłacimy że "
        # typed without diacritics
        "dzien prosze platnosc zaplacimy zaplacone oplacone przelewem jutro dzisiaj sie "
    ),
    "ro": _words(
        "plătită plătit achitat achitată ieri azi astăzi "
        "am bună cu că de este factura facturii facturile fost la luna luni mulțumesc "
        "nu pe plata plată până sfârșitul stimă sunt săptămâna vom vă ziua în și "
        # typed without diacritics
        "buna multumesc saptamana pana sfarsitul platim platit achitam suma lei scuze suntem "
        "facturile maine astazi "
    ),
    "sv": _words(
        "betalt betald betalda idag igår bankgirot bankgiro ocr inbetalt "
        "att av betala betalar betalning det er faktura fakturan fakturor för har hej "
        "hälsning inte kommer med månad ni nästa och på som tack till vecka vi vänliga "
        "är "
    ),
    "tr": _words(
        "ay bir bu da de fatura faturası faturayı gelecek hafta ile için merhaba olarak "
        "saygılarımla sonu tarafımıza tarihinde teşekkürler ve yapacağız yapılacak "
        "ödeme ödemesi iyi günler günü selamlar tamam ekte ektedir dekont haftaya bize size "
        "hesabınıza kolay gelsin çalışmalar rica ederiz ederim yarın bugün ödendi ödedik "
        "ulaşmadı teşekkür lütfen fatura faturalar havale ettik edildi geldi bekliyoruz "
        "müdürü muhasebe ile ilgili "
        # typed without diacritics
        "odeme odemesi tesekkurler yapacagiz gunu haftaya odendi odedik saygilarimla "
    ),
    "hr": _words(
        "plaćeno plaćen uplaćeno jučer danas "
        "bit da hvala i iznos je lijep mjeseca na ne od platit plaćanje pozdrav "
        "poštovani račun računa račune s sa se sljedeći su tjedna u uplata za će ćemo "
        # typed without diacritics
        "postovani racun racuna placeno placen uplaceno jucer cemo sljedeci "
    ),
}
_LETTERS: dict[str, str] = {
    "pl": "łąęśźżń",
    "ro": "șțşţăîâ",
    "tr": "ğışİ",
    "hr": "čćđšž",
    "sv": "å",
    "de": "ß",
    "pt": "ãõ",
    "es": "ñ¿¡",
    "fr": "çèêœ",
    "it": "ìò",
}
_SUFFIXES = (
    ("es", "ción"),
    ("es", "ciones"),
    ("pt", "ção"),
    ("pt", "ções"),
    ("it", "zione"),
    ("it", "zioni"),
    ("fr", "tion"),
    ("en", "tion"),
    ("de", "ung"),
    ("nl", "lijk"),
    ("pl", "ość"),
    ("ro", "ție"),
    ("ro", "ția"),
    ("tr", "ları"),
    ("tr", "leri"),
    ("hr", "ćemo"),
    ("sv", "ningen"),
    ("tr", "yoruz"),
    ("tr", "acağız"),
    ("tr", "eceğiz"),
    ("tr", "ıyoruz"),
    ("tr", "dık"),
    ("tr", "dik"),
    ("tr", "miştir"),
    ("tr", "mıştır"),
    ("tr", "ınız"),
    ("tr", "iniz"),
    ("es", "mos"),
    ("pt", "mos"),
    ("es", "ado"),
    ("pt", "ado"),
)
# Word -> languages and suffix -> languages, so each word is looked up once, not per language.
_STOPWORD_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _stop in _STOPWORDS.items():
    for _w in _stop:
        _STOPWORD_LANGS[_w] = (*_STOPWORD_LANGS.get(_w, ()), _lang)
_SUFFIX_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _suffix in _SUFFIXES:
    _SUFFIX_LANGS[_suffix] = (*_SUFFIX_LANGS.get(_suffix, ()), _lang)
_SUFFIX_LENGTHS = sorted({len(x) for x in _SUFFIX_LANGS})
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def detect_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code among MAIA's 14 languages; cheap enough for every reply."""
    if _KANA.search(text):
        return "ja"
    han = len(_HAN.findall(text))
    if han >= 2 and han * 3 >= len(_WORD.findall(text)):
        return "zh"
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return "zh" if han else default
    scores: dict[str, float] = dict.fromkeys(_STOPWORDS, 0.0)
    for w in words:
        for lang in _STOPWORD_LANGS.get(w, ()):
            scores[lang] += 1.0
    lowered = text.lower()
    for lang, letters in _LETTERS.items():
        scores[lang] += 0.6 * sum(lowered.count(ch) for ch in letters)
    for w in words:
        for n in _SUFFIX_LENGTHS:
            for lang in _SUFFIX_LANGS.get(w[-n:], ()) if len(w) >= n else ():
                scores[lang] += 0.8
    # "İ" lowercases to "i" + a combining dot: Turkish only, counted on the original text.
    scores["tr"] += 0.6 * text.count("İ")
    # ü is German or Turkish.
    if "ü" in lowered:
        scores["de"] += 0.4 * lowered.count("ü")
        scores["tr"] += 0.3 * lowered.count("ü")
    # Shared letters: ä/ö are German or Swedish; é/à French, Portuguese, Italian...
    if "ć" in lowered and "ł" not in lowered:
        scores["hr"] += 0.5 * lowered.count("ć")
    best = max(scores, key=lambda k: scores[k])
    if scores[best] <= 0.0:
        return "zh" if han else default
    return best
