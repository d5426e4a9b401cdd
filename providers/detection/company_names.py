"""How organisations are written: full names a short domain abbreviates, legal forms, the names of
hiring and conferencing systems and of places, which are never the company.

"Zuiderzee Foods B.V." is the company zzfoods.nl sends from, "Ventos do Sul Energia S.A." the one of
vdsenergia.com.br, "Mehta Kapadia & Co." the one of mkc.co.in: a person writes the full name, so
detection does too when the text gives it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .domains import NAME_ENDINGS, PUBLIC_BODIES, cyrillic_key, domain_label, squash, writes_cyrillic
from .organisation_kinds import kind_words_after
from .systems import SYSTEMS

# Czech and Greek legal forms ("Pivovar Lipno s.r.o.", "Škoda Auto a. s.", "Αιγαίο Logistics Α.Ε."), in every list below
_CZECH_GREEK = (r"[sS]\.\s?[rR]\.\s?[oO]|spol\.\s?s\s?r\.\s?o|a\.\s?s|v\.\s?o\.\s?s|k\.\s?s|Α\.\s?Β\.\s?Ε\.\s?Ε|ΑΒΕΕ"
                r"|Α\.\s?Ε\.\s?Β\.\s?Ε|ΑΕΒΕ|Μ\.\s?Ε\.\s?Π\.\s?Ε|ΜΕΠΕ|Ε\.\s?Π\.\s?Ε|ΕΠΕ|Ι\.\s?Κ\.\s?Ε|ΙΚΕ|Α\.\s?Ε|ΑΕ|Ο\.\s?Ε|ΟΕ|Ε\.\s?Ε")
# and Hungarian ones ("Tisza Gépgyártó Kft.", "Dunai Vegyipari Zrt.")
_HUNGARIAN = r"Kft|Zrt|Nyrt|Bt|Kkt"
# and those of the countries that write Cyrillic: Bulgarian ("Сребърна Пчела ЕООД"), Macedonian ("ДООЕЛ", "ДОО"),
# Serbian ("д.о.о.", "а.д."), Russian, Belarusian, Kazakh, Kyrgyz, Ukrainian (mostly written before the name in quotes,
# "ООО «Вектор»", see ``company_finders``; after it too: "Вектор, ООО") and Mongolian ("ХХК")
_CYRILLIC = (r"ЕООД|ООД|ЕАД|АД|ДООЕЛ|ДОО|[дД]\.\s?[оО]\.\s?[оО]|[аА]\.\s?[дД]|ООО|ОАО|ЗАО|ПАО|НАО|АО|ТОО|АҚ|ЖШС|ОсОО"
             r"|ТОВ|ПрАТ|ПАТ|АТ|ХХК")
# and Welsh ("Tir a Môr Cyf", "Cyfyngedig"; "CCC", its plc), Irish ("Teoranta", limited, and its short "Teo." with
# the dot: "Teo" alone is a surname), Urdu ("روشنی ٹیکسٹائل (پرائیویٹ) لمیٹڈ") and Persian
# ("کاوشگران سهامی خاص", joint-stock; "با مسئولیت محدود", limited liability) ones
_WELSH_URDU_PERSIAN = (r"Cyf|Cyfyngedig|CCC|Teoranta|Teo\.|پرائیویٹ\sلمیٹڈ|\(پرائیویٹ\)\sلمیٹڈ|لمیٹڈ|سهامی\s(?:خاص|عام)"
                       r"|\(سهامی\s(?:خاص|عام)\)|با\sمسئولیت\sمحدود|\(با\sمسئولیت\sمحدود\)")
# and those of India, Nepal and Bangladesh in their own scripts: Hindi and Nepali ("हिमालय सफ्टवेयर प्रा. लि.",
# "प्राइवेट लिमिटेड"), Kannada, Malayalam and Tamil (private limited), Bangla ("লিমিটেড", limited); and Tajik ("ҶДММ",
# limited liability; "ҶСК", joint-stock)
_INDIC_TAJIK = (r"प्रा\.\s?लि\.?|प्राइवेट\sलिमिटेड|ಪ್ರೈವೇಟ್\sಲಿಮಿಟೆಡ್|പ്രൈവറ്റ്\sലിമിറ്റഡ്|பிரைவேட்\sலிமிடெட்|লিমিটেড"
                r"|ҶДММ|ҶСК")
# and those of Cambodia ("អង្គរ ធីម ឯ.ក", private limited), Myanmar ("ရွှေမြေ ကုမ္ပဏီလီမိတက်", company limited) and
# Turkmenistan ("Ak Ýol HJ", "hojalyk jemgyýeti", an economic company; joint-stock and private enterprises)
_KHMER_BURMESE_TURKMEN = (r"ឯ\.\s?ក\.?|ကုမ္ပဏီ\s?လီမိတက်|လီမိတက်|HJ|[Hh]ojalyk\sjemgyýeti"
                          r"|[Aa]çyk\spaýdarlar\sjemgyýeti|[Ýý]apyk\spaýdarlar\sjemgyýeti|[Pp]aýdarlar\sjemgyýeti"
                          r"|[Hh]ususy\skärhana")
# legal forms that end a company's name ("Zuiderzee Foods B.V.", "Helix Renewables A/S"): a person
# leaves them out when speaking of the company (Inc, Corp, LLC and Ltd stay: many names keep them); Irish "Teo." at
# a name's end, where a title's last dot is often left off
_LEGAL = re.compile(
    r"(?:[\s,]+(?:B\.?\s?V\.?|N\.?\s?V\.?|GmbH(?:\s?&\s?Co\.?\s?KG)?|AG|SE|KG|e\.\s?V\.|S\.\s?A\.?(?:\s?de\s?C\.?\s?V\.?)?|SA"
    r"|S\.?\s?L\.?U?|S\.?\s?A\.?\s?S\.?|SARL|S\.?\s?p\.?\s?A\.?|S\.?\s?r\.?\s?l\.?|Ltda\.?|(?:Unipessoal,?\s)?Lda\.?|Limited|Pvt\.?(?:\s?Ltd\.?)?|LLP"
    r"|Private Limited|Pte\.?(?:\s?Ltd\.?)?|PLC|plc|K\.?\s?K\.?|A/S|ApS|AB|Oyj?|ASA|AS|Bpk\.?|Pty\.?(?:\s?Ltd\.?)?"
    r"|Teo|Holdings?|FZE|FZCO|FZ-?LLC|P\.?\s?J\.?\s?S\.?\s?C|W\.?\s?L\.?\s?L|ذ\.?\s?م\.?\s?م|ش\.?\s?م\.?\s?[عم]|주식회사|"
    + _CZECH_GREEK + "|" + _HUNGARIAN + "|" + _CYRILLIC + "|" + _WELSH_URDU_PERSIAN + "|" + _INDIC_TAJIK + "|"
    + _KHMER_BURMESE_TURKMEN + r")"
    r"|\s*(?:\(주\)|㈜))+\.?$"  # Gulf forms (Emirates, Bahrain, Qatar); Korean (주) is written on the name
)
# Nordic, Afrikaans, Czech, Greek, Hungarian and Cyrillic forms too; Portugal's "Lda." ("Unipessoal, Lda." of a
# firm of one partner)
LEGAL_FORM_AHEAD = re.compile(r"\s*,?\s*(?:B\.?\s?V\b|N\.?\s?V\b|GmbH\b|AG\b|S\.?\s?A\b|A/S\b|Ltda\b|Ltd\b|Limited\b"
                              r"|(?:Unipessoal,?\s+)?Lda\b"
                              r"|Pvt\b|Private\s+Limited\b|LLP\b|Pte\b|Inc\b|LLC\b|PLC\b|plc\b|Corp\b|SARL\b|S\.?\s?L\b|S\.?\s?p\.?\s?A\b|Pty\b"
                              r"|AB\b|ASA?\b|ApS\b|Oyj?\b|Bpk\b|(?:" + _CZECH_GREEK + "|" + _HUNGARIAN + "|" + _CYRILLIC
                              + "|" + _WELSH_URDU_PERSIAN + "|" + _INDIC_TAJIK + "|" + _KHMER_BURMESE_TURKMEN
                              + r")(?!\w)"
                              r"|FZE\b|FZCO\b|FZ-LLC\b|PJSC\b|WLL\b)")  # Gulf forms


def writes_a_legal_form(text: str) -> bool:
    """True when ``text`` writes a legal form somewhere ("... B.V.", "GmbH", "Ltd"): most do not."""
    if text.isascii() and _LEGAL_FORM_STARTS.isdisjoint(_LETTERS_AT_A_WORD.findall(text)):
        return False  # (the quickest look: no word of a text in Latin letters starts as a form does)
    if _LEGAL_WORD_STARTING.search(text) is None:
        return False  # (the quick look that rules out most texts; a form it finds is then read as before)
    for found in _LEGAL_WORD.finditer(text):
        start = found.start()
        if not start or not text[start - 1].isalnum():
            return True
    return False


# every form LEGAL_FORM_AHEAD matches
LEGAL_FORMS = (r"(?:B\.?V|N\.?V|GmbH|AG|S\.?A|A/S|Ltda?|Lda|Unipessoal,?\s+Lda|Limited|Pvt|Private\s+Limited|LLP"
               r"|Pte|Inc|LLC|PLC|plc|Corp|SARL|S\.?L|S\.?p\.?A|Pty|AB|ASA?|ApS|Oyj?|Bpk|" + _CZECH_GREEK + "|"
               + _HUNGARIAN + "|" + _CYRILLIC + "|" + _WELSH_URDU_PERSIAN + "|" + _INDIC_TAJIK + "|"
               + _KHMER_BURMESE_TURKMEN + r"|FZE|FZCO|FZ-LLC|PJSC|WLL)(?!\w)")
# the letters those forms start with
LEGAL_FORM_INITIALS = "ABCFGHIKLNOPSTUWZahkpsvÝýΑΕΙΜΟАДЕЖЗНОПТХад(پلسبपಪപபলҶឯကလ"
# the same matches, looked for only where one of those letters comes: the regex engine cannot skip to them
# by itself (the Czech forms start with a class, "[sS]"), and tries every form at every character otherwise
# (a sixth of the time on the bench's texts that write one)
_LEGAL_WORD = re.compile(f"(?=[{LEGAL_FORM_INITIALS}])" + LEGAL_FORMS)
# the same forms where no letter or digit comes before them: every form ``writes_a_legal_form`` accepts is
# one of these. The pattern starts with the class of their first letters, so that the regex engine skips to
# where one comes by itself, and only there looks back at the letter for the rest (the class first, not a
# look-ahead: a pattern that starts with an assertion is tried at every character)
_LEGAL_WORD_STARTING = re.compile(f"[{LEGAL_FORM_INITIALS}]" + r"(?<=(?<![^\W_])(?=" + LEGAL_FORMS + r").)")
# the letters each form in Latin letters starts with up to its first mark or its end ("GmbH", "Ltd" of "Ltd.", "B" of
# "B.V.", "Private" of "Private Limited"), with the mark after them; a letter alone is a form's start only before its
# mark ("a." of "a. s.", "A/" of "A/S"). A text of plain ASCII writes a form only where one of its words
# (``_LETTERS_AT_A_WORD``) is one of these (keep them in step with ``LEGAL_FORMS``)
_FORM_LETTERS = ("BV NV GmbH AG SA Ltd Ltda Lda Unipessoal Limited Pvt Private LLP Pte Inc LLC PLC plc Corp SARL SL"
                 " Sp SpA Pty AB AS ASA ApS Oy Oyj Bpk spol Kft Zrt Nyrt Bt Kkt Cyf Cyfyngedig CCC Teoranta Teo HJ FZE"
                 " FZCO FZ PJSC WLL").split()
_FORM_LETTERS_ALONE = "B N S A s a v k".split()
_LEGAL_FORM_STARTS = frozenset([*_FORM_LETTERS, *(letters + mark for letters in _FORM_LETTERS + _FORM_LETTERS_ALONE
                                                  for mark in "./")])
# a run of Latin letters, with the mark after it
_LETTERS_AT_A_WORD = re.compile(r"[A-Za-z]+[./]?")
# systems the invitation comes through, and conferencing and messaging services: never the company (squashed)
SERVICE_NAMES = frozenset(
    squash(name) for name in (
        "Zoom", "Teams", "Microsoft Teams", "Google Meet", "Meet", "Webex", "Skype", "Whereby", "WhatsApp",
        "Telegram", "Signal", "Slack", "Discord", "LinkedIn", "FaceTime", "Hangouts", "GoToMeeting", "BlueJeans",
        "Jitsi", "HackerRank", "Codility", "CodeSignal", "CoderPad", "TestGorilla", "HireVue", "Spark Hire", "Harver",
        "Pymetrics", "SHL", "Xing", "Indeed", "Glassdoor", "StepStone", "InfoJobs", "Naukri", "Seek",
        "Video Conference ID", "Conference ID", "Meeting ID", "Passcode", "Dial-in",
    )
) | frozenset(squash(name) for name, _kind in SYSTEMS.values())
_CONNECTORS = frozenset(
    "& + and of de do da dos das du des la le les del y e van der den von für und di pour l d".split()
)
_ELISION = re.compile(r"^[ldLD][’']")
NAME_CONNECTORS = _CONNECTORS  # the small words a name holds between its capitalised words


def in_everyday_case(name: str, texts: list[str], acronyms: tuple[str, ...] | frozenset[str]) -> str:
    """``name`` as a person writes it when a letterhead writes it in capitals ("GREAT LAKES INVESTMENT BANK": "Great
    Lakes Investment Bank"), since a note copies it: the spelling a text gives it elsewhere, else each word
    capitalised, keeping initials ("KPMG", "BNP"), ``acronyms`` (the domains' labels) and connectors in lower case."""
    words = name.split()
    if len(words) < 2 or not name.isupper():
        return name
    folded = name.lower()
    for text in texts:
        lowered = text.lower()
        if len(lowered) != len(text):
            continue
        at = lowered.find(folded)
        while at != -1:
            written = text[at:at + len(name)]
            if not written.isupper():
                return written
            at = lowered.find(folded, at + 1)
    recased = [_word_in_everyday_case(word, first=index == 0, acronyms=acronyms) for index, word in enumerate(words)]
    return " ".join(recased)


_VOWEL_LETTERS = frozenset("AEIOUYÀÁÂÄÅÆÈÉÊËÌÍÎÏÒÓÔÖØÙÚÛÜ")
_SMALL_WORDS = _CONNECTORS | {"the", "for", "at", "in", "on", "el", "il", "het"}  # lower case inside a name


def _word_in_everyday_case(word: str, first: bool, acronyms: tuple[str, ...] | frozenset[str]) -> str:
    """One word of a name in capitals, as a person writes it (see ``in_everyday_case``)."""
    lower = word.lower()
    if not first and lower in _SMALL_WORDS:
        return lower
    if len(word) < 4 or lower in acronyms or not word.isalpha() or not _VOWEL_LETTERS.intersection(word):
        return word
    return word[:1] + lower[1:]
_WORD = re.compile(r"[^\s/|()\[\]{}<>,:;\"“”«»–—!?·•【】「」（）／：｜、。]+")
# (Italian "lavora in" is "works at": "lavora in Vetreria Aurora" names the employer)
_PLACE_BEFORE = re.compile(r"(?:\bbased in|\blocated in|(?<!lavora )\bin|\bnear|\bnahe|\bnaast|\bperto de)\s+$",
                           re.IGNORECASE)


_LEGAL_ENDS = ("V", "V.", "H", "G", "E", "A", "A.", "S", "L", "L.", "U", "SARL", "a.", "da", "da.", "ed", "te", "te.",
               "C", "LC", "LP", "lc", "K", "K.", "/S", "pS", "B", "y", "ty", "ty.", "td", "td.", "gs", "ng",
               "yj", "pk", "pk.", "r.o", "r.o.", ". o", ". o.", ".s", ".s.", ". s", ". s.", "Ε", "Ε.",
               "CO", "C.", "vt", "vt.", "م", "م.", "ع", "ع.", "회사", ")", "㈜", "ft", "ft.", "rt", "rt.", "Bt", "Bt.",
               "kt", "kt.", "Д", "Л", "О", "Т", "В", "Қ", "С", "К", "о", "о.", "д", "д.",
               "yf", "yf.", "dig", "CC", "nta", "Teo", "Teo.", "ڈ", "ص", "ام", "ود",
               "लि", "लि.", "टेड", "टेड.", "ಟೆಡ್", "ಟೆಡ್.", "റ്റഡ്", "റ്റഡ്.", "டெட்", "டெட்.", "টেড", "টেড.",
               "ММ", "ММ.", "ក", "ក.", "က်", "HJ", "eti", "ana")

# the last two letters of those ends, and the ends of one letter: a look at a name's last letters rules out most
# names at once (each end is a look of its own)
_LEGAL_LAST_TWO = frozenset(end[-2:] for end in _LEGAL_ENDS if len(end) > 1)
_LEGAL_LAST_ONE = frozenset(end for end in _LEGAL_ENDS if len(end) == 1)


def without_legal_form(name: str) -> str:
    """``name`` without the legal form at its end ("Zuiderzee Foods B.V." -> "Zuiderzee Foods")."""
    if name[-2:] not in _LEGAL_LAST_TWO and name[-1:] not in _LEGAL_LAST_ONE or not name.endswith(_LEGAL_ENDS):
        return name  # the cheap looks first: most names end in no legal form
    stripped = _LEGAL.sub("", name).strip(" ,.")
    return stripped if stripped and len(squash(stripped)) >= 2 else name


def is_service(name: str) -> bool:
    """True for the name of a hiring, assessment, booking, conferencing or messaging service."""
    return squash(name) in SERVICE_NAMES


def city_of_zone(zone: str | None) -> str:
    """The city an IANA zone is named after, squashed: "America/Sao_Paulo" -> "saopaulo"."""
    return squash(zone.rpartition("/")[2].replace("_", " ")) if zone and "/" in zone else ""


def is_place(name: str, zone: str | None, texts: list[str]) -> bool:
    """True when ``name`` reads as a place on this event: the city of its time zone, or a place the
    text puts after "in" ("the position in Hong Kong"). (A location names the company's own building
    as often as its town, so it says nothing here.)"""
    squashed = squash(name)
    if not squashed or squashed == city_of_zone(zone):
        return bool(squashed)
    for text in texts:
        at = text.find(name)
        while at >= 0:
            if _PLACE_BEFORE.search(text[max(0, at - 14):at]):
                return True
            at = text.find(name, at + 1)
    return False


# what a site of operations is called after its name, in lower case ("Mt Kerrigan mine site", "Roe Basin operation")
_SITE_AFTER = re.compile(r"[ \t]+(?:mine|site|operations?|plant|refinery|smelter|quarry|depot|camp|yard|facility"
                         r"|warehouse|pit|rig|field)\b")


def names_a_site(name: str, texts: list[str]) -> bool:
    """True when a text writes ``name`` with a lower-case word for a site of operations after it ("a day at the
    Roe Basin operation"): the place where a company works, not the company."""
    for text in texts:
        at = text.find(name)
        while at >= 0:
            if _SITE_AFTER.match(text, at + len(name)):
                return True
            at = text.find(name, at + 1)
    return False


def runs(text: str) -> list[str]:
    """Runs of words that may name an organisation: capitalised words, with the small words names
    hold between them ("Ventos do Sul Energia", "Refuge pour femmes de l'Ouest-de-l'Île")."""
    found, run, lower, end = [], [], 0, 0
    for match in _WORD.finditer(text):
        word = match.group()
        head = _ELISION.sub("", word)
        if TIME_WORD.match(word):
            head = ""  # "3pm", "12:47": times end a name
        if head[:1].isupper() or head[:1].isdigit() and run:
            if run and text[end:match.start()].strip(" &+'’-"):
                found.append(" ".join(run))
                run = []
            run.append(word)
            lower = 0
        elif run and lower < 4 and text[end:match.start()].strip(" &+'’-") == "":
            run.append(word)
            lower += 1
        else:
            if run:
                found.append(" ".join(_trimmed(run)))
            run, lower = [], 0
        end = match.end()
    if run:
        found.append(" ".join(_trimmed(run)))
    return [r for r in found if r]


def name_prefixes(run: str, initial: str = "") -> list[str]:
    """The phrases of ``run`` that may be a name (starting with ``initial`` when given): from its start,
    or from a capitalised word after a small one, to a capitalised word, longest first ("Centre for the
    Northstar Global Business Services Finance Leadership Programme" holds "Northstar Global Business
    Services")."""
    words = without_legal_form(run).split()
    capital = [bool(_ELISION.sub("", word)[:1].isupper()) for word in words]
    starts = [0] + [i for i in range(1, len(words)) if capital[i] and not capital[i - 1]]
    if initial:  # only phrases that start with this letter
        starts = [i for i in starts if squash(words[i])[:1] == initial]
    found = []
    for start in starts[:4]:
        for end in range(len(words), start + 1, -1):
            if capital[end - 1]:
                found.append(" ".join(words[start:end]))
    return found[:24]


TIME_WORD = re.compile(r"^\d{1,2}(?:[:.h]\d{2})?(?:am|pm|h|uhr)?$", re.IGNORECASE)


def _trimmed(run: list[str]) -> list[str]:
    while run and not _ELISION.sub("", run[-1])[:1].isupper() and not run[-1][:1].isdigit():
        run = run[:-1]
    return run


# generic words a domain adds after a hyphen ("nlh-gruppe", "acme-careers"): not part of the name it shortens
_LABEL_TAILS = frozenset("gruppe group groep grupo gruppo holding team jobs careers career karriere hr recruiting"
                         " online global law legal lex ops".split())


@lru_cache(maxsize=4096)
def abbreviates(domain: str, phrase: str, loose: bool = False) -> bool:
    """True when the domain's name is a short form of ``phrase``: each capitalised word gives the
    start of its letters (its initial at least), small words give theirs or nothing ("vdsenergia":
    Ventos do Sul Energia; "mkc": Mehta Kapadia & Co.; "cssin": Centre de services scolaire de
    l'Île-Nord); a hyphenated domain may abbreviate the name, then repeat its last word ("rcl-logistik").
    With ``loose``, the domain's letters need only come in order from the first one ("zzfoods":
    Zuiderzee Foods), which the caller accepts only where the text shows the phrase is a company's name.
    A Malaysian or Bruneian domain may end with the initials of the legal form the text leaves out ("kmb.com.my":
    Kenanga Maju Berhad, "Kenanga Maju" in the text). A name in Cyrillic letters is compared by the loose keys of
    both (``cyrillic_key``) when its letters do not: "zdenergia" shortens "Златна Долина Енергия" (energiya)."""
    label = domain_label(domain)
    if _abbreviates(label, phrase, loose):
        return True
    if writes_cyrillic(phrase) and _abbreviates(cyrillic_key(label), phrase, loose, cyrillic_key):
        return True
    if label.endswith(_COUNTRY_TAILS) and _abbreviates(label.rpartition("-")[0], phrase, loose):
        return True  # the country a hyphen adds ("hpgroup-uk"): the name is written without it
    country = domain.lower().rsplit(".", 1)[-1]
    return any(label.endswith(initials) and len(label) - len(initials) >= 2 and "-" not in label
               and _abbreviates(label[:-len(initials)], phrase, False)
               for initials in _LEGAL_FORM_INITIALS.get(country, ()))


_COUNTRY_TAILS = ("-uk", "-us", "-eu", "-fr", "-nl", "-de", "-es", "-it", "-ch", "-ie", "-au", "-ca")
# the initials of the legal forms a country's companies put in their domains: Berhad, Sendirian Berhad
_LEGAL_FORM_INITIALS = {"my": ("bhd", "sb", "b"), "bn": ("bhd", "sb", "b")}


def _abbreviates(label: str, phrase: str, loose: bool, key=None) -> bool:
    parts = [p for p in label.split("-") if p and p not in _LABEL_TAILS] or [label.replace("-", "")]
    squashed = key(squash(phrase)) if key else squash(phrase)
    if not squashed or squashed[0] != parts[0][0]:
        return False
    if not _subsequence(parts[0], squashed):  # the cheap look first: most phrases do not even hold the letters
        return loose and len(parts) == 1 and _ends_in_x_sound(parts[0], squashed) and len(_units(phrase)) == 1
    units = _units(phrase, key)
    if len(units) == 1 and len(parts) == 1:
        return _without_vowels(parts[0], units[0][0]) or (loose and _consonants_of(parts[0], units[0][0]))
    if len(units) < 2 or not parts:
        return False
    whole = "".join(parts)
    if len(whole) >= len("".join(letters for letters, _cap, _token in units)):
        return False  # not shorter than the name: spelled, not abbreviated
    if units[0][0] == whole or (len(units) > 1 and units[0][0] + units[1][0] == whole):
        return False  # the first words spell it: a longer phrase that starts with the name
    if any("".join(letters for letters, _cap, _token in units[at:]) == whole for at in range(1, len(units))):
        return False  # the last words spell it: a longer phrase ending with the name ("Final round @ Fernhill Studio")
    if _consumes(whole, tuple(units)) or (loose and _in_order(whole, units)) or _initials_then_last_word(whole, units):
        return True
    head, tail = parts[0], parts[1:]
    if not tail:
        return False
    if len(tail) == 1 and len(head) >= 3 and head in _all_initials(units):
        return True  # "mdls-lyon": the initials of every word of the name, small ones too, then its town or branch
    if loose and len(tail) == 1 and 3 <= len(head) <= 4 and _in_order(head, units):
        return True  # "rva-bahn": a short form of the name (Regionalverkehr Aaretal), then its trade or its town
    if len(tail) == 1 and _spelled_then_initials(head, tail[0], units):
        return True  # "alnoor-sh": the name's first words spelled, then the initials of the others
    last = units[-1][0]
    if len(tail) == 1 and tail[0][0] == last[0] and _subsequence(tail[0], last) and _consumes(head, tuple(units[:-1])):
        return True  # "teranga-mf": the name's first words, then a short form of its last ("Microfinance")
    words = {letters for letters, _cap, _token in units}
    # "rcl-logistik": the name's initials, then its last word; "hwc-pec": its initials in each language
    capitals = sum(1 for _letters, cap, _token in units if cap)
    return _consumes(head, tuple(units)) and (all(part in words for part in tail) or len(head) == capitals >= 3)


def _initials_then_last_word(label: str, units: list[tuple[str, bool, int]]) -> bool:
    """True when ``label`` ends with the name's last word in full, four letters or more, and the letters before
    it, one or two for each word before, come in order from the first word's initial ("bwtrust": Birchwood Trust,
    "hwcrane": Hartwell & Crane; a longer part of a word is a shortened word, not initials)."""
    last = units[-1][0]
    head = label[:-len(last)]
    if len(last) < 4 or not head or not label.endswith(last):
        return False
    words = [letters for letters, cap, _token in units[:-1] if cap]
    return (bool(words) and head[0] == words[0][0] and len(words) <= len(head) <= 2 * len(words)
            and _subsequence(head, "".join(words)))


def _all_initials(units: list[tuple[str, bool, int]]) -> tuple[str, str]:
    """The initials of a name's words, small ones included ("mdls": Musée de la Soie), and of its capitalised ones."""
    return ("".join(letters[0] for letters, _cap, _token in units),
            "".join(letters[0] for letters, cap, _token in units if cap))


def _spelled_then_initials(head: str, initials: str, units: list[tuple[str, bool, int]]) -> bool:
    """True when ``head`` spells the first words of a name and ``initials`` are those of its two or more
    other capitalised words ("alnoor" and "sh": Al Noor Specialist Hospital)."""
    spelled = ""
    for at, (letters, _cap, _token) in enumerate(units[:-2]):
        spelled += letters
        if spelled == head:
            return "".join(unit[0][0] for unit in units[at + 1:] if unit[1]) == initials
        if not head.startswith(spelled):
            return False
    return False


def _consonants_of(label: str, word: str) -> bool:
    """True when ``label``, four consonants or more, takes them in order from ``word``'s first letter on, never its
    last ("pwsk" for Pawsikring: a short form of its syllables, as loose as ``abbreviates`` allows), or when three
    letters are its first three ("fkt" for Fakturo)."""
    if len(label) == 3 and len(word) >= 6 and label.isalpha():
        # three letters are the word's first three consonants, its first letter heading them ("fkt" for Fakturo)
        return label == (word[0] + "".join(ch for ch in word[1:] if ch not in _VOWELS))[:3]
    return (len(label) >= 4 and len(label) < len(word) - 2 and label[0] == word[0] and label.isalpha()
            and not any(ch in _VOWELS for ch in label[1:]) and _subsequence(label, word[:-1]))


# the endings German and English write for the sound of "x" ("Fuchs", "Sachs", "Backs")
_X_SOUNDS = ("chs", "cks", "ks", "x")


def _ends_in_x_sound(label: str, word: str) -> bool:
    """True when ``label``, three or four consonants ending in "x", takes its other letters in order from a long
    one-word name from its initial on and its "x" from the name's closing sound ("kfx" for Klassenfuchs)."""
    if not 3 <= len(label) <= 4 or not label.endswith("x") or len(word) < 8 or label[0] != word[0]:
        return False
    ending = next((end for end in _X_SOUNDS if word.endswith(end)), None)
    return (ending is not None and label.isalpha() and not any(ch in _VOWELS for ch in label)
            and _subsequence(label[:-1], word[:-len(ending)]))


def _without_vowels(label: str, word: str) -> bool:
    """True when ``label`` writes the one word ``word`` without its vowels, from its first letter to its last
    consonant, most of its consonants kept ("kdmt" for Kudimart, "brkfld" for Brookfield, "qntr" for Qantara).
    A final "y" the word ends with is kept as written ("wrdly" for Wardly)."""
    if len(label) >= 4 and label.endswith("y") and word.endswith("y"):
        label, word = label[:-1], word[:-1]
    stem = word.rstrip("".join(_VOWELS))
    if len(label) < 3 or len(label) >= len(word) or not stem or label[0] != word[0] or label[-1] != stem[-1]:
        return False
    consonants = [ch for ch in word[1:] if ch not in _VOWELS]
    return (not any(ch in _VOWELS for ch in label[1:]) and _subsequence(label, word)
            and 4 * (len(label) - 1) >= 3 * len(consonants))


_VOWELS = frozenset("aeiouy")


def vowelless_name(text: str, label: str) -> str | None:
    """The name in ``text`` whose first word ``label``, a domain's name without vowels, writes without its
    vowels: that capitalised word and the one or two capitalised words the text writes after it ("Dompet
    Lestari" for dmpt, "Qantara Pay" for qntr). The label may go on with the initials of the words after the
    first ("Nebula Soft" for nbls): the name is then those words. The caller trims what names no organisation."""
    if len(label) < 3 or not _vowelless(label) or not label.isalpha():
        return None
    for match in _CAPITALISED_RUN.finditer(text):
        first = squash(match.group(1))
        if first[:1] != label[0]:
            continue
        if writes_without_vowels(label, first):
            return match.group(0)
        words = match.group(0).split()
        initials = "".join(squash(word)[:1] for word in words[1:])
        for count in range(len(initials), 0, -1):
            if label.endswith(initials[:count]) and writes_without_vowels(label[:-count], first):
                return " ".join(words[:1 + count])
    return None


# words that head the name of an institution Czech, Slovak and Serbian write with its other words in lower case
# ("Institut rodinné terapie", "Centrum duševního zdraví", "Zavod za javno zdravlje")
_LOWER_CASE_NAME_HEADS = frozenset(
    "institut institute ustav centrum centar nadace nadacia fondacija zavod spolek sdruzeni udruzenje asociace"
    " agentura agencija klinika nemocnice bolnica skola gymnazium fakulta fakultet".split()
)


def lower_case_name(text: str, label: str) -> str | None:
    """The name in ``text`` whose words' initials ``label`` (its part before a hyphen) writes, headed by a word
    for an institution and going on in lower case ("Institut rodinné terapie" for irt-brno)."""
    head = label.partition("-")[0]
    if not 3 <= len(head) <= 5 or not head.isalpha():
        return None
    words = text.split()
    for at, word in enumerate(words):
        first = word.lstrip("(\"'„“")
        if not first[:1].isupper() or squash(first) not in _LOWER_CASE_NAME_HEADS or first[:1].lower() != head[0]:
            continue
        rest = words[at + 1:at + len(head)]
        if len(rest) != len(head) - 1 or any(not w.isalpha() or not w.islower() for w in rest[:-1]):
            continue
        last = rest[-1].rstrip(",.;:)\"'“”")
        if last.isalpha() and last.islower() and squash("".join(w[0] for w in rest[:-1]) + last[0]) == head[1:]:
            return " ".join([first, *rest[:-1], last])
    return None


def first_part_name(text: str, label: str) -> str | None:
    """The name in ``text`` whose first word a hyphenated domain's ``label`` spells before a short form of the rest
    ("Kaai Vastgoed" for kaai-re, the real estate of its English name): that capitalised word and the one or two
    capitalised words the text writes after it. The caller trims what names no organisation."""
    first, _hyphen, rest = label.partition("-")
    if len(first) < 4 or not first.isalpha() or not rest or len(rest) > 3 or not rest.isalpha():
        return None
    for match in _CAPITALISED_RUN.finditer(text):
        if " " in match.group(0).strip() and squash(match.group(1)) == first:
            return match.group(0)
    return None


def writes_without_vowels(label: str, word: str) -> bool:
    """True when ``label``, a domain's name, writes ``word`` (squashed) without its vowels ("dmpt": dompet)."""
    return len(label) >= 3 and label.isalpha() and _vowelless(label) and _without_vowels(label, word)


def _vowelless(label: str) -> bool:
    """True when ``label`` has no vowel after its first letter but a final "y" ("dmpt", "wrdly")."""
    return not any(ch in _VOWELS for ch in label[1:-1]) and (label[-1] not in _VOWELS or label[-1] == "y")


# a capitalised word of four letters or more (not inside an address), then up to two capitalised words
_CAPITALISED_RUN = re.compile(r"(?<![\w@.])([A-Z][a-z]{3,})(?![\w@])(?:[ \t]+[A-Z][\w&'’-]*(?![\w@])){0,2}")


def _units(phrase: str, key=None) -> list[tuple[str, bool, int]]:
    """(letters, capitalised?, word number) for each part of each word of ``phrase`` (hyphens, elisions and a
    capital inside a word split a word into parts: "СеверСвязь" is two, as "sevsvyaz" shortens it), the letters
    through ``key`` when given."""
    units = []
    for number, word in enumerate(phrase.split()):
        for piece in _CAMEL.sub("-", word).split("-") if _CAMEL.search(word) else re.split(r"[-’']", word):
            letters = key(squash(piece)) if key else squash(piece)
            if letters:
                units.append((letters, piece[:1].isupper() or piece[:1].isdigit(), number))
    return units


# a hyphen or an elision, or a small letter then a capital inside a word ("SeverSvyaz", "СеверСвязь")
_CAMEL = re.compile(r"[-’']|(?<=[a-zа-яё])(?=[A-ZА-ЯЁ])")
_INNER_CAPITAL = re.compile(r"(?<=[a-zа-яё])[A-ZА-ЯЁ]")


def joins_words(word: str) -> bool:
    """True when ``word`` joins two capitalised words into one ("СеверСвязь", "NordKraft"): a name by itself, which a
    domain may shorten word by word."""
    return word[:1].isupper() and _INNER_CAPITAL.search(word) is not None


def _consumes(label: str, units: tuple) -> bool:
    """True when ``label`` is a start of each unit's letters in turn (capitalised units give at least
    one letter, the first unit too; small words may give none), all of it used by the last word."""
    seen: dict[tuple[int, int], bool] = {}

    def walk(i: int, at: int) -> bool:
        key = (i, at)
        if key not in seen:
            seen[key] = _step(i, at)
        return seen[key]

    def _step(i: int, at: int) -> bool:
        if at == len(label):
            last = units[i - 1][2] if i else -1
            return i > 0 and all(not cap or token == last for _letters, cap, token in units[i:])
        if i == len(units):
            return False
        letters, cap, _token = units[i]
        if not cap and i > 0 and walk(i + 1, at):
            return True
        for size in range(min(len(letters), len(label) - at), 0, -1):
            # a word gives all of itself or a short start of it ("Cap" of Capital), not nearly all
            if size != len(letters) and size > max(3, len(letters) // 2):
                continue
            if label.startswith(letters[:size], at) and walk(i + 1, at + size):
                return True
        return False

    return walk(0, 0)


def _in_order(label: str, units: list[tuple[str, bool, int]]) -> bool:
    """True when ``label`` ends with the start of the last word ("zzfoods": "foods"; "nlh": "h" of
    "Hotels"), or with letters of it from its initial on, and the rest of it comes in order in the words before,
    from the first one's initial."""
    before = "".join(unit[0] for unit in units[:-1])
    last = units[-1][0]
    for size in range(min(len(last), len(label) - 1), 0, -1):
        head = label[:-size]
        if label.endswith(last[:size]) and head[:1] == before[:1] and _subsequence(head, before):
            return True
    # a long last word, a compound, gives its parts' initials: "kgdh" for Kattegat Dyrehospital (dyre + hospital);
    # so may a shorter one after the other words' initials: "mdl" for Maison Delorme (de + lorme)
    if len(label) < 3 or last[0] not in label[1:]:
        return False
    at = label.rindex(last[0])
    head, tail = label[:at], label[at:]
    initials = head == "".join(unit[0][0] for unit in units[:-1])
    if len(last) < _COMPOUND and not initials:
        return False
    if len(last) >= _COMPOUND and len(label) < 4 and not (initials and last.find(tail[-1], 1) >= _SECOND_PART):
        # three letters read a compound only as the other words' initials, its own and its second part's ("ezh":
        # Eemland Ziekenhuis, zieken + huis), not a letter of its first syllable ("clg" is no Corvus Logistics)
        return False
    return head[:1] == before[:1] and _subsequence(head, before) and len(tail) > 1 and _subsequence(tail, last)


_COMPOUND = 9  # letters: a word this long may be two run together ("Dyrehospital", "Bauunternehmen")
_SECOND_PART = 4  # letters: where the second part of such a word may start at the earliest ("zieken|huis")


def _subsequence(short: str, long: str) -> bool:
    at = 0
    for ch in short:
        at = long.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True


def full_name_ahead(text: str, phrase: str, at: int | None = None, legal_only: bool = False,
                    kind_only: bool = False) -> str | None:
    """The longer name ``text`` writes beginning with ``phrase``, when the text shows it is one: a
    legal form follows it ("DeltaPort Terminals B.V."), it ends a signature's "Title | Company" line,
    or its further words end names ("Nordhaven Shipping"). ``None`` otherwise. With ``at``, only
    the occurrence there is looked at; with ``legal_only``, only a legal form after it shows it; with
    ``kind_only``, only a legal form or words that end names ("Nexa Legal", "Orrin Shipping")."""
    only = at is not None
    at = text.find(phrase) if at is None else at
    while at >= 0:
        end = at + len(phrase)
        run = _MORE_WORDS.match(text, end)  # most names go on with no capitalised word: done at once
        if run:
            extra = _WORD_AHEAD.findall(run.group())
            word_at = end
            for i, word in enumerate(extra):  # a legal form of two words is no further word ("… Private Limited")
                if word.endswith("Private") and LEGAL_FORM_AHEAD.match(text, word_at):
                    del extra[i:]
                    break
                word_at += len(word)
            words = [w.strip(" \t&").lower() for w in extra]
            kinds = kind_words_after(words)  # "Transit Authority", not "Engineering Department"
            stop = word_at  # where the words end (each word taken off moves it back)
            while extra:
                if words[-1] in _REGIONS:  # "Kestrel Beverages Benelux B.V.": a region's company of the group
                    stop -= len(extra.pop())
                    words.pop()
                    continue
                if text.startswith(" of ", stop) and _ends_a_name(phrase + "".join(extra[:-1])):
                    stop -= len(extra.pop())  # "Ozark State University School of Medicine": a unit of the university
                    words.pop()
                    continue
                if LEGAL_FORM_AHEAD.match(text, stop) or not legal_only and (
                        len(words) <= kinds or _a_council(words)
                        or not kind_only and _ends_a_signature(text, at, stop)):
                    return phrase + "".join(extra)
                stop -= len(extra.pop())
                words.pop()
        at = -1 if only else text.find(phrase, at + 1)
    return None


def _ends_a_signature(text: str, at: int, stop: int) -> bool:
    """True when the name at ``at`` to ``stop`` ends its part of a signature's "Title | Company" line."""
    line_end = text.find("\n", stop)
    return not text[stop: line_end if line_end >= 0 else len(text)].strip(" .") and (
        text.rfind("|", 0, at) > text.rfind("\n", 0, at))


def _a_council(words: list[str]) -> bool:
    """True when ``words`` (lower case) are the kind of a public body and its council ("district council", "county
    council"): the end of the body's name ("Hartsbridge District Council")."""
    return len(words) >= 2 and words[-1] == "council" and all(word in _BODY_KINDS for word in words[:-1])


_BODY_KINDS = frozenset(body.lower() for body in PUBLIC_BODIES)


def _ends_a_name(name: str) -> bool:
    """True when ``name``'s last word is one that ends names ("... University", "... Shipping")."""
    last = name.rpartition(" ")[2].lower()
    return last in NAME_ENDINGS


# a further word of a name, capitalised, or joined by "&" ("Rinaldi & Associati")
# (capitals in Latin and in Cyrillic letters: "Хангай Капитал Банк" goes on with its kind as "Orrin Shipping" does)
_CAPITAL = "A-Z\u0400-\u042f\u0492\u049a\u04a2\u04ae\u04b0\u04ba\u04d8\u04e8"
_MORE_WORDS = re.compile(rf"(?:(?:[ \t]+&)?[ \t]+[{_CAPITAL}][\w'’&-]*){{1,4}}")
_WORD_AHEAD = re.compile(rf"(?:[ \t]+&)?[ \t]+[{_CAPITAL}][\w'’&-]*")


# regions and countries a group's local company adds to its name ("Harcourt Lyle Singapore Pte Ltd", "Kestrel
# Cacao Ghana Ltd", "Orvane Medical Chile Ltda."), in English and as the country writes itself; a country of two
# words is left out when either word may end a name of its own ("New", "South", "United")
_REGIONS = frozenset(
    "benelux emea apac americas europe asia singapore india uk usa deutschland germany nederland netherlands"
    " france españa spain italia italy brasil brazil méxico mexico japan australia nordics dach latam"
    " mena cee iberia scandinavia baltics balkans oceania"
    " albania algeria angola argentina armenia austria österreich azerbaijan bahrain bangladesh belarus belgium"
    " belgië belgique bolivia bosnia botswana bulgaria cambodia cameroon canada chile china colombia croatia"
    " hrvatska cyprus czechia česko denmark danmark ecuador egypt estonia eesti ethiopia finland suomi"
    " ghana greece hellas hungary magyarország iceland indonesia iran iraq ireland éire israel kazakhstan"
    " kenya kuwait kyrgyzstan latvia lebanon lithuania luxembourg malaysia malta mauritius moldova mongolia"
    " montenegro morocco maroc mozambique myanmar namibia nepal nigeria norway norge oman pakistan panama"
    " paraguay peru perú philippines pilipinas poland polska portugal qatar romania românia russia rwanda"
    " senegal serbia srbija slovakia slovensko slovenia slovenija sweden sverige switzerland schweiz suisse"
    " svizzera taiwan tanzania thailand tunisia tunisie turkey türkiye türkei uganda ukraine uruguay uzbekistan"
    " venezuela vietnam zambia zimbabwe".split()
)


def names_a_region(words: str) -> bool:
    """True when each of ``words`` names a region or a country a group's company adds to the group's name
    ("Kestrel Benelux", "Fabrikam Italia")."""
    return all(word.lower() in _REGIONS for word in words.split())
