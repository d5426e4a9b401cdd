"""Organisation names and the domains they send invitations from.

A domain label is matched against the words of a text letter by letter ("Margie's Travel" spells
margiestravel, "Alpine Ski House" has the initials of ash), and, when no text names the company,
split into words a person would write ("tailspintoys" -> "Tailspin Toys").
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .organisation_kinds import ORGANISATION_KINDS, kind_words_after

TOKEN = re.compile(r"[^\s/|()\[\]{}<>,:;\"“”„«»–—!?·•【】「」（）／：｜、。]+")
# what brands put around their name in a domain: getcontoso, joinfabrikam, contosohq, litwareinc, contosopay
_AFFIXES = ("get", "join", "try", "use", "go", "hello", "meet", "with", "the")
_TAILS = ("hq", "inc", "corp", "group", "app", "pay", "jobs", "careers", "team", "global", "online", "co", "io", "labs",
          "tech", "law", "lex", "legal", "usa", "us", "uk", "de", "fr", "es", "it", "nl", "jp", "mail", "email",
          "hotels", "resorts")
# words that end company names, longest first so "healthcare" is peeled before "care"
_TRAILING_WORDS = tuple(sorted(
    "toys traders trading bank banking airlines airways insurance health healthcare travel winery vineyard"
    " vineyards publishing publishers research works importers exporters coffee design institute house"
    " group partners capital ventures labs foods pharma pharmaceuticals motors logistics systems solutions"
    " consulting studios studio games media energy industries holdings realty properties dynamics robotics"
    " analytics hospital clinic university college school foundation world global international corp"
    " company brewing bakery restaurants hotels resorts fashion apparel furniture electric electronics"
    " engineering construction manufacturing shipping freight financial finance insights marketing".split(),
    key=len, reverse=True))
# domains that host many organisations, each under its own name
_HOSTED = (".onmicrosoft.com", ".mail.onmicrosoft.com", ".odoo.com", ".frappe.cloud", ".zoom.us")
# words a company's name may go on with past what its domain spells: "Noordkaap Systems" for noordkaap.nl (see
# ``organisation_kinds``)
NAME_ENDINGS = ORGANISATION_KINDS


def ends_as_an_organisation(phrase: str) -> bool:
    """True when the last word of ``phrase`` says it names an organisation ("Brightwater Foundation")."""
    return phrase.rpartition(" ")[2].lower() in NAME_ENDINGS


# words a name may start with before what its domain spells: "Grupo Tezontle" for tezontle.mx,
# "Fondation Lumière du Nord" for lumieredunord.org
# a hotel's or a restaurant's kind, written before its name ("Hotel Chesa Mezdì" for chesamezdi.ch)
_VENUE_PREFIXES = frozenset("Hotel Hôtel Albergo Ristorante Restaurant Trattoria Osteria Gasthaus Gasthof Hostal"
                            " Auberge Brasserie Bistro Café Cafe".split())
_GROUP_PREFIXES = frozenset("Grupo Groupe Gruppo Gruppe Group Groep Grupa Fondation Foundation Fundación Fundação"
                            " Fondazione Stichting Stiftung Association Associação Asociación Associazione Vereniging"
                            " Verein Genossenschaft Cooperativa Coopérative Coöperatie"
                            # Dutch public bodies and housing corporations ("Waterschap Dommelvliet", "Woonstichting
                            # Het Baken"): the kind is part of the name they go by
                            " Gemeente Provincie Waterschap Hoogheemraadschap Woonstichting Woningstichting"
                            " Woningcorporatie Wooncorporatie Woningbouwvereniging".split())
# the kind of business French, Spanish, Portuguese, Italian and Finnish names write before the name itself
# ("Assurances Laurentia" for laurentia.ca, "Transportes Olmedo", "Éditions du Lac", "Insinööritoimisto Kallio"):
# part of the name as written
_SECTOR_PREFIXES = frozenset("Assurances Services Cabinet Banque Caisse Éditions Editions Laboratoires Transports"
                             " Industries Constructions Entreprises Aliments Produits Placements Imprimerie Pharmacie"
                             " Clinique Seguros Servicios Laboratorios Transportes Industrias Construcciones Banco"
                             " Editorial Farmacia Clínica Serviços Construtora Assicurazioni Laboratori Trasporti"
                             " Edizioni"
                             # Italian trades named by their workshop ("Caseificio Valtaro", "Cantina Sorbara")
                             " Pastificio Caseificio Salumificio Oleificio Frantoio Birrificio Panificio Biscottificio"
                             " Molino Mulino Lanificio Maglificio Calzaturificio Mobilificio Cantina Cantine"
                             " Distilleria Acetaia Torrefazione Cartiera Vetreria Tipografia Officine Fonderia"
                             # Finnish firms named by their kind ("Insinööritoimisto Kallio")
                             " Henkilöstöpalvelu Henkilöstöpalvelut Rekrytointipalvelu Tilitoimisto Insinööritoimisto"
                             " Asianajotoimisto Rakennusliike Kuljetusliike".split())
# the institutions and groups Cyrillic texts name by their kind before the name, as the words start whatever their
# case ("Клініки Мальва", "Клиника Добрый Доктор", "Група Сокіл", "Фондация Светлина"): part of the name as written
_CYRILLIC_KIND_STEMS = ("клінік", "клиник", "лікарн", "больниц", "болниц", "поліклінік", "поликлиник", "аптек", "школ",
                        "ліцей", "ліцею", "лицей", "лицея", "гімназ", "гимназ", "інститут", "институт", "груп", "фонд")
# the words before a name that an elided article may join ("all'Hotel", "d'Assurances")
_KIND_PREFIXES = _VENUE_PREFIXES | _SECTOR_PREFIXES
PUBLIC_BODIES = frozenset("City County Town Village Borough State Province Government Municipality District Ville"
                           " Commune Ciudad Municipio Comune Gemeente Stadt Landkreis Kreis".split())
# a municipality named after its place, as the Nordic languages write it ("Vestvik kommune", "Malmö stad")
_BODIES_AFTER = frozenset("kommune kommun stad fylkeskommune".split())
_POSSESSIVE = ("'s", "’s")
# where a word's Latin letters meet those of a script other than Greek and Cyrillic (which write names by themselves),
# or its punctuation: a name in Latin letters ends or starts there, before a case ending joined to it ("Kolkheti
# Wines-ის", "Padma Garments-এর", "Ararat Software-ը": of) or in a script that writes no space ("我是Lanting Tech的")
_SCRIPT_CHANGE = re.compile("(?<=[A-Za-z\u00c0-\u024f])(?=-?[\u0530-\u1fff\u2e80-\ufaff\uff00-\uffef])"
                            "|(?<=[\u0530-\u1fff\u2e80-\ufaff\uff00-\uffef])(?=[A-Za-z])")
# a long vowel marked with a macron, as Māori writes it ("Mātai", "Pūkeko"): a domain, which cannot hold one, may
# leave the letter out ("mtai.co.nz") as well as write it plain
_MACRONS = re.compile("[āēīōūĀĒĪŌŪ]")
_JOINERS = frozenset({"&", "+", "-", "–", "—", "'n'"})
_NOT_ALNUM = re.compile(r"[\W_]+")
_COMBINING = re.compile(r"[\u0300-\u036f]+")


def squash(text: str) -> str:
    """Letters and digits only, lower-case, accents dropped, in Latin letters: what a domain label is made of."""
    letters = "".join(text.lower().split())  # spaces are most of what goes: drop them the cheap way
    if not letters.isalnum():
        letters = _NOT_ALNUM.sub("", letters)
    if letters.isascii():
        return letters
    return _in_latin(letters)


# letters that no accent makes, as an address writes them ("Bałtyk": baltyk; Azerbaijani "Xəzər": xezer, Maltese
# "Ħamrun": hamrun)
_PLAIN = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th",
                         "ə": "e", "Ə": "e", "ħ": "h", "Ħ": "h"})
# Greek letters as Latin ones, by ELOT 743 (as Greek domains write names: "Ερμής" ermis); "ου" is "ou", and "αυ",
# "ευ" are "av", "ev" ("af", "ef" before a voiceless consonant)
_GREEK = str.maketrans({
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k", "λ": "l",
    "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f",
    "χ": "ch", "ψ": "ps", "ω": "o",
})
_GREEK_PAIRS = re.compile("ου|([αε])υ(?=([θκξπστφχψ])?)")


# Georgian letters as Latin ones, by the national romanisation (as names are written in Latin letters: "ჯაფარიძე"
# japaridze, "ხუციშვილი" khutsishvili)
_GEORGIAN = str.maketrans({
    "ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z", "თ": "t", "ი": "i", "კ": "k", "ლ": "l",
    "მ": "m", "ნ": "n", "ო": "o", "პ": "p", "ჟ": "zh", "რ": "r", "ს": "s", "ტ": "t", "უ": "u", "ფ": "p", "ქ": "k",
    "ღ": "gh", "ყ": "q", "შ": "sh", "ჩ": "ch", "ც": "ts", "ძ": "dz", "წ": "ts", "ჭ": "ch", "ხ": "kh", "ჯ": "j",
    "ჰ": "h",
})
GEORGIAN_LETTER = re.compile("[\u10d0-\u10ff\u1c90-\u1cbf]")


def georgian_in_latin(text: str) -> str:
    """Lower-case ``text`` with its Georgian letters in Latin ones (other letters stay as they are): "ნათია დოლიძე"
    natia dolidze."""
    return text.lower().translate(_GEORGIAN)


# Armenian letters as Latin ones, as Armenian names are written in Latin letters ("Ղազարյան" ghazaryan,
# "Մկրտչյան" mkrtchyan): "ու" is u, and a word's first "ե" and "ո" are ye and vo ("Երվանդ" Yervand, "Ոսկան" Voskan)
_ARMENIAN = str.maketrans({
    "ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e", "ը": "y", "թ": "t", "ժ": "zh", "ի": "i",
    "լ": "l", "խ": "kh", "ծ": "ts", "կ": "k", "հ": "h", "ձ": "dz", "ղ": "gh", "ճ": "ch", "մ": "m", "յ": "y", "ն": "n",
    "շ": "sh", "ո": "o", "չ": "ch", "պ": "p", "ջ": "j", "ռ": "r", "ս": "s", "վ": "v", "տ": "t", "ր": "r", "ց": "ts",
    "ւ": "v", "փ": "p", "ք": "k", "օ": "o", "ֆ": "f", "և": "ev",
})
ARMENIAN_LETTER = re.compile("[\u0531-\u0587]")
_ARMENIAN_FIRST = re.compile("(?<![\u0531-\u0587])([եո])(?!ւ)")
_ARMENIAN_FIRST_LETTER = {"ե": "ye", "ո": "vo"}


def names_in_latin(text: str) -> str:
    """Lower-case ``text`` with its Armenian and Georgian letters in Latin ones, as the names they write are written in
    Latin letters (other letters stay as they are): "Հովհաննես Կարապետյան" hovhannes karapetyan, "ნათია დოლიძე" natia
    dolidze."""
    text = text.lower()
    if ARMENIAN_LETTER.search(text):
        text = _ARMENIAN_FIRST.sub(lambda first: _ARMENIAN_FIRST_LETTER[first.group(1)], text.replace("ու", "u"))
        text = text.translate(_ARMENIAN)
    return text.translate(_GEORGIAN) if GEORGIAN_LETTER.search(text) else text


def _in_latin(letters: str) -> str:
    """Lower-case ``letters`` without accents, Greek ones and those no accent makes as a domain writes them
    ("Όμικρον" omikron, "Bałtyk" baltyk), Cyrillic ones by one scheme for all its languages ("Жута Кућа"
    zhutakuca: see ``cyrillic_in_latin``, and ``cyrillic_key`` for the other schemes a domain may follow)."""
    if _CYRILLIC_LETTER.search(letters):  # (before its marks go: "й" is no "и")
        letters = cyrillic_in_latin(letters)
    if GEORGIAN_LETTER.search(letters):
        letters = georgian_in_latin(letters)
    letters = _COMBINING.sub("", unicodedata.normalize("NFKD", letters.translate(_PLAIN)))
    if letters.isascii():
        return letters
    if "υ" in letters:
        letters = _GREEK_PAIRS.sub(_greek_pair, letters)
    return letters.translate(_GREEK)


def _greek_pair(pair: re.Match) -> str:
    vowel = pair.group(1)
    return "ou" if vowel is None else vowel + ("f" if pair.group(2) else "v")


# Ukrainian letters as Latin ones (the national transliteration, as domains write names)
_UKRAINIAN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z", "и": "y",
    "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia", "'": "", "’": "", "ʼ": "",
})
# at the start of a word, these letters are written with a "y" ("Ясень": Yasen)
_UKRAINIAN_FIRST = {"я": "ya", "ю": "yu", "є": "ye", "ї": "yi", "й": "y"}


def ukrainian_in_latin(word: str) -> str:
    """A lower-case Ukrainian ``word`` in Latin letters (other letters stay as they are). Apart from ``squash``: a
    Ukrainian name comes with the word for its kind around it ("Клініки Мальва", "Обрій Рекрутинг"), which only
    the reader of a name written in Cyrillic takes in."""
    first = _UKRAINIAN_FIRST.get(word[:1])
    return first + word[1:].translate(_UKRAINIAN) if first else word.translate(_UKRAINIAN)


# Cyrillic letters as Latin ones, one scheme for every language that writes them (Russian, Ukrainian, Belarusian,
# Bulgarian, Serbian, Macedonian, Kazakh, Kyrgyz, Mongolian): ``cyrillic_key`` then blurs what the schemes of
# those languages write differently, so which one a domain follows does not matter
_CYRILLIC = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "ђ": "dj", "ѓ": "gj", "е": "e", "ё": "yo", "є": "ye",
    "ж": "zh", "з": "z", "ѕ": "dz", "и": "i", "і": "i", "ї": "yi", "й": "y", "ј": "j", "к": "k", "л": "l", "љ": "lj",
    "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "c", "ќ": "kj", "у": "u",
    "ў": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "џ": "dzh", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya", "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u",
    "һ": "h", "'": "", "’": "", "ʼ": "",
})
# Bulgarian's ъ is a vowel, written "a" ("Пъстър": pastar); Russian's only parts a prefix from е, ё, ю, я, or ends
# an old spelling, and is left out
_BULGARIAN_VOWEL = re.compile("ъ(?=[^\\W\\d_ъ])(?![еёюя])")
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")


def cyrillic_in_latin(word: str) -> str:
    """A lower-case ``word`` in Cyrillic letters in Latin ones, by one scheme for all the languages that write it
    (other letters stay as they are): "северный" severnyy, "жута кућа" zhuta kuca. Compare through ``cyrillic_key``."""
    if "ъ" in word:
        word = _BULGARIAN_VOWEL.sub("a", word)
    return word.translate(_CYRILLIC)


# what the schemes write differently, each as one letter: ш and щ (sh, shch, sch, Bulgarian sht, Serbian s), ж (zh,
# Serbian z), ч and ц (ch, ts, tz, c), х, г and ғ (kh, h, x, g, gh: Ukrainian and Belarusian write г as h), кс
# (ks, x), қ (q, k), ң (ng, n), в (v, w); й, ы, и and the "y" of я, ю, є (y, j, i: "yi", "iy" are one i, and an i
# before e is left out: "ye", "je", "ie" are e). (Kazakh ә, ө, ү, written "ae", "oe", "ue" as well as a, o, u, are
# matched by the forms of a domain without the e: see ``label_forms``)
_KEY_GROUPS = re.compile("shch|sch|sht|sh|zh|tsch|tch|ch|ts|tz|cz|kh|gh|ks|ng|[xghqwjy]")
_KEY_LETTER = {"shch": "s", "sch": "s", "sht": "s", "sh": "s", "zh": "z", "tsch": "c", "tch": "c", "ch": "c",
               "ts": "c", "tz": "c", "cz": "c", "kh": "h", "gh": "h", "ks": "h", "ng": "n", "x": "h", "g": "h",
               "h": "h", "q": "k", "w": "v", "j": "i", "y": "i"}
_KEY_IS = re.compile("i+(?=e)|ii+")


def cyrillic_key(latin: str) -> str:
    """The loose key of a name in Latin letters that may write one in Cyrillic (a domain label, or a name through
    ``cyrillic_in_latin``): the letters the schemes of the languages that write Cyrillic spell differently made
    one, so "trakiyskilozya", "trakijskilozja" and "trakiiskilozia" share the key "trakiskiloza" with
    "Тракийски Лозя". Never keyed twice (a key is no name: "kh" is a key's "k" then "h")."""
    keyed = _KEY_GROUPS.sub(_key_letter, latin)
    return _KEY_IS.sub(_key_is, keyed) if "i" in keyed else keyed


def _key_letter(group: re.Match) -> str:
    return _KEY_LETTER[group.group()]


def _key_is(run: re.Match) -> str:
    return "" if run.end() < len(run.string) and run.string[run.end()] == "e" else "i"


@lru_cache(maxsize=4096)
def cyrillic_forms(forms: frozenset[str]) -> frozenset[str]:
    """The keys (``cyrillic_key``) of a domain's ``forms``, with "j" also read as ж ("jol" for жол, as Kazakh and
    Mongolian write it) and a hard "c" as к ("capital" for Капитал): what a name in Cyrillic letters is compared
    with."""
    keys = {cyrillic_key(form) for form in forms}
    keys.update(cyrillic_key(form.replace("j", "zh")) for form in forms if "j" in form)
    # an international word spelled the English way, "c" where Cyrillic writes к ("capital" for Капитал)
    keys.update(cyrillic_key(_C_AS_K.sub("k", form)) for form in forms if "c" in form)
    return frozenset(keys)


_C_AS_K = re.compile("(?<![st])c(?![hzeiy])")  # (before e, i, y an English "c" is soft)


def writes_cyrillic(text: str) -> bool:
    """True when ``text`` holds a Cyrillic letter."""
    return not text.isascii() and _CYRILLIC_LETTER.search(text) is not None


@lru_cache(maxsize=16384)
def domain_label(domain: str) -> str:
    """The part of a domain that names the organisation: "careers.contoso.co.uk" -> "contoso"."""
    parts = domain.lower().split(".")
    for hosted in _HOSTED:  # "contoso.onmicrosoft.com" -> "contoso"
        if domain.endswith(hosted) and len(parts) > hosted.count("."):
            return parts[-hosted.count(".") - 1]
    # "vestvik.kommune.no": Norway's municipalities are named under "kommune"
    if len(parts) >= 3 and parts[-2] in ("co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "gr", "go", "nhs",
                                         "kommune"):
        parts = parts[:-1]
    elif len(parts) >= 3 and parts[-2] in _KIND_LEVELS and len(parts[-1]) == 2 and parts[-3] not in _SUBDOMAINS:
        parts = parts[:-1]  # "valedoiguacu.coop.br": the kind of registrant under a country's code
    label = parts[-2] if len(parts) >= 2 else parts[0]
    # a government's region code ("mocn.mn.gov", "hwc-pec.gc.ca"): the agency is named before it
    if len(label) <= 2 and len(parts) >= 3 and parts[-1] in _STATE_TLDS and parts[-3] not in _SUBDOMAINS:
        return parts[-3]
    return label


_STATE_TLDS = frozenset({"gov", "ca", "us", "au", "in", "br", "gob", "gouv"})
# the kinds of registrant some countries name before their code ("coop.br", "ind.br", "asso.fr", "ltd.uk"), never an
# organisation's own name after one of its subdomains ("careers.coop.ch" is Coop's)
_KIND_LEVELS = frozenset("coop ind agr adv eng arq vet med tur inf art gob nic ltd plc asn asso gouv sch mil".split())
_SUBDOMAINS = frozenset({"www", "mail", "careers", "jobs", "hr", "recruiting", "apply", "email", "do-not-reply"})


# a "c" sounded as "k": before a, o, u, a consonant or at the end ("telecom", "electric", "nordic"; not "ch", "ck")
_HARD_C = re.compile(r"c(?=[aoulrt]|$)")


@lru_cache(maxsize=4096)
def label_forms(domain: str) -> frozenset[str]:
    """The ways a text may spell the organisation of ``domain``: "getcontoso-hq.com" -> contoso..."""
    label = domain_label(domain).replace("-", "")
    forms = {label}
    if "ue" in label or "oe" in label or "ae" in label:  # "konditorei-huebner" spells "Konditorei Hübner"
        forms.add(label.replace("ue", "u").replace("oe", "o").replace("ae", "a"))
    if "c" in label:  # the English "c" of a domain the name writes "k" ("sarbontelecom": "Sarbon Telekom")
        forms.add(_HARD_C.sub("k", label))
    if label.startswith(_AFFIXES):
        forms.update(label[len(a):] for a in _AFFIXES if label.startswith(a) and len(label) - len(a) >= 3)
    if label.endswith(_TAILS):
        forms.update(label[: -len(t)] for t in _TAILS if label.endswith(t) and len(label) - len(t) >= 3)
    if "and" in label[1:-3]:  # "Wren & Anchor" spells wrenandanchor without its "and"
        forms.update(label[:at] + label[at + 3:] for at in range(1, len(label) - 3) if label.startswith("and", at))
    if domain.endswith(".gov") and label[-2:] in _US_STATES and len(label) >= 6:
        forms.add(label[:-2])  # a town's or county's domain adds its state's code: "Mill Bend" for millbendnc.gov
    return frozenset(forms)


# tails that end many words and names as well ("Paysulit", "Nexus", "Cascade", "Ventures", "Costco", "Studio"): a
# text may write the name without them, but a name made from the domain alone keeps them
_TAILS_ENDING_WORDS = ("us", "de", "es", "it", "co", "io")


def name_form(domain: str) -> str:
    """The form of ``domain``'s label a name is made from when no text writes it: the shortest, its affix or tail
    peeled ("litwareinc" -> "litware"), but not a tail that ends many words ("paysulit" stays whole)."""
    label = domain_label(domain).replace("-", "")
    hard_c = _HARD_C.sub("k", label) if "c" in label else label  # (a spelling texts may write, not the domain's)
    return min((form for form in label_forms(domain) if form == label or form != hard_c
                if not (label.endswith(_TAILS_ENDING_WORDS) and len(label) - len(form) == 2)), key=len)


# the postal codes of the states of the United States, which its towns and counties add to their .gov domains
_US_STATES = frozenset(
    "al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa"
    " ri sc sd tn tx ut vt va wa wv wi wy dc".split())


@lru_cache(maxsize=4096)
def spelled_phrase(text: str, forms: frozenset[str]) -> str | None:
    """The words of ``text`` whose letters spell one of ``forms`` (or their initials do).

    The last word may abbreviate the rest of the form ("Contoso Pharmaceuticals" for contosopharma);
    the longest spelling wins ("Datum Corp" over "Datum" for datumcorp). Remembered: the same texts
    (a title, an invitation template) come with the same organisations on event after event.
    """
    if len(text) > 80:  # a long text: make sure the letters are there before a word-by-word walk
        squashed = squash(text)
        places = _places(squashed, forms)
        if not places and writes_cyrillic(text):  # a name in Cyrillic letters: its key's letters
            squashed = cyrillic_key(squashed)
            places = _places(squashed, cyrillic_forms(forms))
        if not places and not _spellings(forms).short:
            return None
        if places and len(text) > 240:  # look only around where the letters are, first place first
            for at in places:  # an address ("dana@contosopay.com") spells it too, not as a name
                middle = at * len(text) // max(len(squashed), 1)
                found = _phrase_in(text[max(0, middle - 120): middle + 120], forms)
                if found:
                    return found
            return None
    return _phrase_in(text, forms)


def _places(squashed: str, forms: frozenset[str], most: int = 3) -> list[int]:
    """Where ``forms`` start in ``squashed``, in order, the first ``most`` of them."""
    places = []
    for form in forms:
        at = squashed.find(form)
        for _ in range(most):
            if at < 0:
                break
            places.append(at)
            at = squashed.find(form, at + len(form))
    return sorted(places)[:most]


def _phrase_in(text: str, forms: frozenset[str]) -> str | None:
    """The phrase of ``text`` that spells one of ``forms``, walked word by word."""
    words = TOKEN.findall(text)
    if not text.isascii() and _SCRIPT_CHANGE.search(text):  # "我是Lanting Tech的", "Kolkheti Wines-ის"
        words = [piece for word in words for piece in _SCRIPT_CHANGE.split(word) if piece]
    written = words
    if not _JOINERS.isdisjoint(words):  # "Smith & Wesson" (most texts have no joiner to leave out)
        words = [word for word in words if word not in _JOINERS]
    found = _walk(words, _Parts(words, False), forms)
    if found is None and "&" in written:  # "Brindle & Co" for brindleandco.com: the domain spells the "&" out
        spelled = [word for word in written if word == "&" or word not in _JOINERS]
        whole = frozenset(form for form in forms if not form.endswith("and"))  # not "Brindle &" of its tail peeled
        found = _walk(spelled, _Parts(spelled, False, ampersand_spelled=True), whole) if whole else None
        if found is not None:
            words = spelled
    if found is None and any(word.endswith(_POSSESSIVE) for word in words):  # "Contoso's data team"
        found = _walk(words, _Parts(words, True), forms)
    if found is None and not text.isascii() and _MACRONS.search(text):  # "Mātai Advisory" for mtai.co.nz
        found = _walk(words, _Parts(words, False, without_long_vowels=True), forms)
    if found is None and writes_cyrillic(text):  # "Тракийски Лозя" for trakiyskilozya.bg
        found = _walk(words, _CyrillicParts(words), cyrillic_forms(forms))
    if found is None:
        return None
    first, last = found
    last += _kind_words(text, words, last)
    elided = ""  # "all'Hotel Chesa Mezdì", "d'Assurances Laurentia": an elided article joined to the word before
    if first and (words[first - 1] in _GROUP_PREFIXES or _without_article(words[first - 1]) in _KIND_PREFIXES
                  or _a_kind_in_cyrillic(words[first - 1])) and not _line_between(
                      text, words, first - 1, first):
        first -= 1  # "Grupo Tezontle" for tezontle.mx, "Hotel Chesa Mezdì" for chesamezdi.ch: the full name
        elided = words[first][:len(words[first]) - len(_without_article(words[first]))]
    elif first >= 2 and words[first - 1].lower() in ("of", "de", "du", "von") and words[first - 2] in PUBLIC_BODIES:
        first -= 2  # "City of Glenhaven" for glenhaven.gov, "County of Ashby"
    if last < len(words) and words[last].lower().rstrip(".,;:") in _BODIES_AFTER:
        last += 1
    start, end = _span(text, words, first, last)
    return _without_possessive(tidy(text[start + len(elided):end]), forms)


def _a_kind_in_cyrillic(word: str) -> bool:
    """True when ``word`` is a capitalised Cyrillic word for an institution or a group (``_CYRILLIC_KIND_STEMS``)."""
    return word[:1].isupper() and not word[:1].isascii() and word.lower().startswith(_CYRILLIC_KIND_STEMS)


def _line_between(text: str, words: list[str], before: int, at: int) -> bool:
    """True when a line ends or a mark stands between the word ``before`` and the word ``at`` of ``words`` (a
    signature's "People Services" on the line above "Ashworth Borough Council", or before a bar ("Recruitment
    Services | Ashworth Health"), is no part of the name)."""
    start, end = _span(text, words, before, at + 1)
    return not text[start + len(words[before]):end - len(words[at])].isspace() or "\n" in text[start:end]


def kind_written_before(texts: list[str], phrase: str) -> str | None:
    """``phrase`` with the word for the kind of organisation a text writes just before it ("Stiftung Wasserbrücke",
    "Cooperativa Vale do Iguaçu", "Éditions Borealis"), when a title or a note names it without ("Wasserbrücke |
    Gespräch"); ``None`` when no text does."""
    for text in texts:
        at = text.find(phrase, 1)
        while at > 0:
            end = at + len(phrase)
            if text[at - 1] == " " and not text[end:end + 1].isalnum():
                word = text[max(0, at - 30):at - 1].rpartition(" ")[2].rpartition("\n")[2]
                kind = _without_article(word)
                if word in _GROUP_PREFIXES or kind in _KIND_PREFIXES and kind not in _VENUE_PREFIXES:
                    return f"{kind} {phrase}"
            at = text.find(phrase, end)
    return None


def _without_article(word: str) -> str:
    """``word`` without an elided article before it ("all'Hotel": "Hotel")."""
    return word.rpartition("'")[2].rpartition("’")[2]


def _span(text: str, words: list[str], first: int, last: int) -> tuple[int, int]:
    """Where the words ``first`` to ``last`` (excluded) of ``words``, found in order in ``text``, start and end."""
    at = 0
    for word in words[:first]:
        at = text.find(word, at) + len(word)
    start = text.find(words[first], at)
    for word in words[first:last - 1]:
        at = text.find(word, at) + len(word)
    return start, text.find(words[last - 1], at) + len(words[last - 1])


class _Parts:
    """The squashed words of a text, computed when first needed (most words are never looked at)."""

    loose = False  # (see _CyrillicParts)

    def __init__(self, words: list[str], drop_possessive: bool, without_long_vowels: bool = False,
                 ampersand_spelled: bool = False):
        self.words, self.drop, self.done = words, drop_possessive, [None] * len(words)
        self.short_vowels_only = without_long_vowels
        self.ampersand = "and" if ampersand_spelled else ""

    def __len__(self) -> int:
        return len(self.words)

    def initial(self, j: int) -> str:
        """The first letter of word ``j`` as it is compared."""
        return self[j][:1]

    def __getitem__(self, j: int) -> str:
        part = self.done[j]
        if part is None:
            word = self.words[j]
            if word == "&":
                self.done[j] = self.ampersand
                return self.ampersand
            word = _MACRONS.sub("", word) if self.short_vowels_only else word
            part = self.done[j] = squash(word[:-2] if self.drop and word.endswith(_POSSESSIVE) else word)
        return part


class _CyrillicParts(_Parts):
    """The words of a text that writes Cyrillic, in Latin letters (``cyrillic_in_latin``), compared by their loose
    key (``cyrillic_key``) with the keys of a domain's forms (``cyrillic_forms``). The key is taken of the letters
    spelled so far, not word by word: "Интернет Сервис" keys as "internetservis" does (its "ts" one letter)."""

    loose = True

    def __init__(self, words: list[str]):
        super().__init__(words, False)
        self.initials: list[str | None] = [None] * len(words)

    def __getitem__(self, j: int) -> str:
        part = self.done[j]
        if part is None:
            part = self.done[j] = squash(self.words[j])
        return part

    def initial(self, j: int) -> str:
        first = self.initials[j]
        if first is None:
            first = self.initials[j] = cyrillic_key(self[j])[:1]
        return first


class _Spellings:
    """What the walk over a text needs to know of a domain's forms, computed once per set of forms."""

    def __init__(self, forms: frozenset[str]):
        self.firsts = frozenset(form[0] for form in forms if form)
        self.short = any(len(form) <= 4 for form in forms)


@lru_cache(maxsize=4096)
def _spellings(forms: frozenset[str]) -> _Spellings:
    return _Spellings(forms)


def _walk(words: list[str], parts: _Parts, forms: frozenset[str]) -> tuple[int, int] | None:
    firsts = _spellings(forms).firsts
    for i, word in enumerate(words):
        if word[:1].lower() in firsts or ((parts.loose or not word[:1].isascii()) and parts.initial(i) in firsts):
            end = _spelling_end(words, parts, i, forms)
            if end:
                return i, end
    return None


def _kind_words(text: str, words: list[str], at: int) -> int:
    """How many of the capitalised words of ``text`` from ``words[at]`` on (up to three) go on with the name before
    them as its kind: "Lamna University", "Noordkaap Systems", "Mercy Quay Health Centre"; not "Carrowmore Foods
    Engineering Department", whose "Engineering" names the department, nor a word past a bracket or a line's end
    ("Bluestone Staffing (Hospitality Desk)")."""
    after = []
    for index in range(at, min(at + 4, len(words))):
        if not words[index][0].isupper() or _line_between(text, words, index - 1, index):
            break
        after.append(words[index].lower())
    count = min(kind_words_after(after), 3)
    for extra in range(count):
        if _heads_a_unit(words, at + extra):
            return extra
    return count


def _heads_a_unit(words: list[str], at: int) -> bool:
    """True when ``words[at]`` heads a unit of the name before it ("Ozark State University School of Medicine"):
    the name already ends with a word that ends names, and "of" follows."""
    return at + 1 < len(words) and words[at + 1] == "of" and words[at - 1].lower() in NAME_ENDINGS


def _spelling_end(words: list[str], parts: _Parts, i: int, forms: frozenset[str]) -> int | None:
    capital = words[i][0].isupper()  # initials count only from a capitalised word
    spelled, initials, end = "", "", None
    key = cyrillic_key if parts.loose else None
    for j in range(i, min(i + 6, len(parts))):
        part = parts[j]
        if not part:
            break
        if j > i and (_completes(key(spelled), key(part), forms) if key else _completes(spelled, part, forms)):
            return j + 1
        spelled += part
        initials += parts.initial(j) if key else part[0]
        letters = key(spelled) if key else spelled
        if letters in forms or (j > i and capital and initials in forms):
            end = j + 1
        if not _may_grow(letters, initials if capital else None, forms):
            break
    return end


def _may_grow(spelled: str, initials: str | None, forms: frozenset[str]) -> bool:
    """True when one more word could still spell a form: some form is longer than ``spelled`` (or
    than ``initials``) and starts with it. Past an exact spelling, the next word is not looked at."""
    for form in forms:
        if len(form) > len(spelled) and form.startswith(spelled):
            return True
        if initials is not None and len(form) > len(initials) and form.startswith(initials):
            return True
    return False


def _without_possessive(phrase: str, forms: frozenset[str]) -> str:
    """"Contoso's" -> "Contoso", but "McDonald's" stays when the domain spells the s."""
    if phrase.endswith(_POSSESSIVE) and squash(phrase) not in forms:
        return phrase[:-2]
    return phrase


def _completes(spelled: str, part: str, forms: frozenset[str]) -> bool:
    for form in forms:
        rest = form[len(spelled):]
        if form.startswith(spelled) and len(rest) >= 3 and (part.startswith(rest) or _CONTRACTED.get(rest) == part):
            return True
    return False


# the contractions a domain ends a name's last word with that are no start of it ("Harbour Operations" for
# harbour-ops.com, "Kestrel International" for kestrelintl.com)
_CONTRACTED = {"ops": "operations", "intl": "international", "mgmt": "management", "svcs": "services",
               "grp": "group", "mfg": "manufacturing", "natl": "national", "hldgs": "holdings", "bros": "brothers"}


def tidy(phrase: str) -> str:
    """``phrase`` without the punctuation a sentence leaves around a name."""
    return phrase.strip(" .'’-&")


def split_label(label: str) -> list[str]:
    """A run-together domain label as words, peeling known trailing words: "tailspintoys" -> tailspin toys.

    Only words that end many company names are peeled, so a brand name stays whole.
    """
    words: list[str] = []
    while True:
        tail = next((w for w in _TRAILING_WORDS if label.endswith(w) and len(label) - len(w) >= 3), None)
        if tail is None:
            return [label, *words]
        words.insert(0, tail)
        label = label[: -len(tail)]
