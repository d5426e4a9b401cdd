"""How Arabic invitations write the company: "شركة" (company) and its name, ended by a legal form
(شركة الصحراء للخدمات اللوجستية ذ.م.م), a punctuation mark or a word that starts something else
(لدى شركة نور للتجارة في دبي), or the name after "لدى" (at: مهندس صيانة لدى طيران الإمارات). A person
says the name without "شركة": "الصحراء للخدمات اللوجستية". Persian writes "شرکت" the same way ("شرکت ستاره صنعت در
اصفهان"), with its own letters (پ چ ژ ک گ ی) and a zero-width non-joiner inside a word ("داده‌پردازان").
Pashto writes the word for a company after the name, "د" (of) before it: "د پامیر برېښنا شرکت".
"""
from __future__ import annotations

import re
from collections.abc import Callable

# (with the letters Urdu adds: ٹ ڈ ڑ ں ھ ہ ۃ ے ۓ, and Pashto's: ټ ډ ړ ښ ږ ځ څ ڼ ې ۍ ګ)
_WORD = (r"[\u0621-\u064a\u067e\u0679\u0686\u0688\u0691\u0698\u06a9\u06af\u06ba\u06be\u06c1\u06c3\u06cc\u06d2\u06d3"
         r"\u067c\u0689\u0693\u069a\u0696\u0681\u0685\u06bc\u06d0\u06cd\u06ab\u200c\u0660-\u0669\u06f0-\u06f9A-Za-z0-9&]+")
# (not the Persian "name of the company", "نام شرکت محرمانه است": what follows says something of the name)
# (Persian typed on an Arabic keyboard writes "شركت")
_AFTER_SHARIKA = r"(?<![\u0621-\u064a])(?<!نام )(?<!اسم )[وبل]?(?:شركة|شرکت|شركت)\s+"
# the name up to its legal form, then the name alone
_LEGAL_FORM = r"(?:ذ\.?\s?م\.?\s?م|ش\.?\s?م\.?\s?[عم])"  # limited liability, public and private joint-stock
# what Urdu and Persian write after a name: Urdu "(پرائیویٹ) لمیٹڈ" ((private) limited) and "کمپنی" (company), Persian
# "سهامی خاص" or "سهامی عام" (private or public joint-stock) and "با مسئولیت محدود" (limited liability)
_FORM_AFTER = (r"(?:\(?پرائیویٹ\)?[ \t]+)?لمیٹڈ|کمپنی|\(?سهامی[ \t]+(?:خاص|عام)\)?|\(?با[ \t]+مسئولیت[ \t]+محدود\)?")
_BEFORE_FORM = re.compile(rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,5}}?)[ \t]+(?:{_FORM_AFTER})(?![\w\u200c])")
_REGISTERED = re.compile(rf"{_AFTER_SHARIKA}(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,4}}?)[ \t]+{_LEGAL_FORM}")
_NAMED = re.compile(rf"{_AFTER_SHARIKA}(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}})")
# Pashto: "د" (of), the name, and the word for a company after it (Persian's "شرکت", or "کمپنۍ")
_OF_COMPANY = re.compile(rf"(?<!\S)د[ \t]+(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,4}}?)[ \t]+(?:شرکت|شركت|کمپنۍ)"
                         r"(?![\w\u200c])")
_AT = re.compile(rf"(?<![\u0621-\u064a])لدى\s+(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}})")
# what follows "لدى" (at) without naming an organisation: a team, a department, "us"
_NOT_NAMES = frozenset("فريق الفريق قسم إدارة الإدارة مكتب الموارد شركة شركتنا الشركة مؤسسة جهة ما شما".split())
# words that start something else after a name: prepositions, "which", and the verbs that go on with the
# invitation ("يسعدها دعوتك")
_STOP = frozenset(
    "في لدى على من إلى الى عن مع بعد قبل يوم الساعة التي الذي حيث وذلك ونود يسعدنا يسرنا يسعدها يسرها تدعوك"
    " نود ويسعدنا للمقابلة لإجراء لاجراء"
    # Persian: in, with, for, from, to, which, and the object marker; "invites", "presence", "is" after a name
    " در با برای از به که را جهت دعوت حضور است"
    # Urdu: in, of, from, to, on, and, is
    " میں کے کی کا سے نے کو پر اور ہے".split()
)

# the common nouns and adjectives of a sector or a size that describe a company without naming it: "شرکت پخش دارو"
# (a pharmaceutical distributor), "شركة توزيع أدوية", "ایک دوا ساز کمپنی"; a "name" made only of these is a description
# (an agency's confidential client), no name
_DESCRIPTION_WORDS = frozenset(
    # Arabic: distribution, medicines, pharmaceutical, software, technology, insurance, contracting, real estate,
    # telecommunications, food, trade, logistics, consulting, engineering, oil, gas, energy, construction, services,
    # industrial, manufacturing, marketing, advertising, investment, financial, banking; large, leading, global,
    # emerging, a start-up, private, public, international, local, multinational
    "توزيع أدوية الأدوية دواء صيدلانية برمجيات البرمجيات تقنية التقنية تكنولوجيا تأمين التأمين مقاولات عقارات"
    " عقارية اتصالات الاتصالات أغذية غذائية تجارة تجارية لوجستية خدمات استشارات استشارية هندسة هندسية نفط النفط"
    " غاز الغاز طاقة الطاقة إنشاءات بناء صناعية تصنيع تسويق إعلان دعاية استثمار استثمارية مالية مصرفية كبرى كبيرة"
    " رائدة عالمية ناشئة خاصة حكومية دولية محلية متعددة الجنسيات"
    # Persian: distribution, medicine, pharmaceutical, software, technology, insurance, construction, building,
    # manufacturing, trading, car-making, food, oil, gas, petrochemical, steel, transport, logistics, engineering,
    # consulting, advertising, investment, financial, knowledge-based, a start-up, big, reputable, private,
    # state, international, active, leading; "a" (یک)
    " پخش دارو دارویی داروسازی نرم\u200cافزار نرم\u200cافزاری نرم افزار افزاری فناوری فن\u200cآوری بیمه ساختمانی"
    " ساختمان عمران عمرانی تولیدی تولید بازرگانی خودروسازی خودرو غذایی مواد نفت نفتی گاز پتروشیمی فولاد"
    " حمل نقل و لجستیک مهندسی مشاوره مشاوره\u200cای تبلیغاتی تبلیغات سرمایه\u200cگذاری مالی دانش\u200cبنیان"
    " استارتاپ استارتاپی نوپا بزرگ معتبر خصوصی دولتی بین\u200cالمللی فعال پیشرو یک"
    # Urdu: a, medicine, medicine-making, software, textile, insurance, construction, big, private, international
    " ایک دوا ساز دواساز سافٹ ویئر سافٹ\u200cویئر ٹیکسٹائل انشورنس تعمیراتی بڑی نجی بین الاقوامی".split()
)


def arabic_company(text: str, plausible: Callable[[str], bool]) -> str | None:
    """The company ``text`` names after "شركة" or "لدى", if ``plausible`` accepts it: the words up to a legal
    form (at most five), else up to a word that starts something else (at most three)."""
    if "شركة" not in text and "لدى" not in text and "شرکت" not in text and "شركت" not in text:
        return _of_a_company(text, plausible) or _before_a_form(text, plausible)  # the cheap look first
    for match in _REGISTERED.finditer(text):
        if plausible(match.group("name")):
            return match.group("name")
    pashto = _of_a_company(text, plausible)
    if pashto:
        return pashto  # (before "شرکت" is read as starting a name: in Pashto what follows it is no name)
    for match in (*_NAMED.finditer(text), *_AT.finditer(text)):
        words = match.group("name").split()
        stop = next((i for i, word in enumerate(words) if _starts_something_else(word)), len(words))
        name = " ".join(words[:stop]) if words[0] not in _NOT_NAMES else ""
        if name and not _describes(name) and plausible(name):
            return name
    return _before_a_form(text, plausible)


def _of_a_company(text: str, plausible: Callable[[str], bool]) -> str | None:
    """The name Pashto writes between "د" (of) and the word for a company ("د پامیر برېښنا شرکت"), from the last
    "د" or word that starts something else before that word."""
    if "د " not in text and "د\t" not in text:
        return None
    for match in _OF_COMPANY.finditer(text):
        words = match.group("name").split()
        after = max((i + 1 for i, word in enumerate(words) if word == "د" or _starts_something_else(word)), default=0)
        name = " ".join(words[after:])
        if name and not _describes(name) and plausible(name):
            return name
    return None


def _describes(name: str) -> bool:
    """True for words that only describe a company, its sector or its size ("پخش دارو", a pharmaceutical
    distributor), as an agency speaks of a client it keeps confidential: no name."""
    return all(word in _DESCRIPTION_WORDS for word in name.split())


def _starts_something_else(word: str) -> bool:
    """True for a word that ends a name before it: a preposition, a verb of the invitation, a Persian verb in its
    present tense ("می‌کند", "می‌شود")."""
    return word in _STOP or word.startswith(("می\u200c", "نمی\u200c"))


def _before_a_form(text: str, plausible: Callable[[str], bool]) -> str | None:
    """The name Urdu or Persian writes before its legal form or the word for a company ("روشنی ٹیکسٹائل لمیٹڈ",
    "کاوشگران سهامی خاص"), from the last word that starts something else before it."""
    if "لمیٹڈ" not in text and "کمپنی" not in text and "سهامی" not in text and "مسئولیت" not in text:
        return None
    for match in _BEFORE_FORM.finditer(text):
        words = match.group("name").split()
        after = max((i + 1 for i, word in enumerate(words) if _starts_something_else(word)), default=0)
        name = " ".join(words[after:][-4:])
        if name and not _describes(name) and plausible(name):
            return name
    return None


# "در" (at, in: "Engineering Manager در رهنو") and Arabic "في" (in) before a name: a town or a team follows them as
# often, so the name is taken only when a domain sounds as it does (``sounded_after_in``)
_IN = re.compile(rf"(?<![\w\u200c])(?:در|في)[ \t]+(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}})")
# the consonant each letter of Arabic, Persian and Urdu sounds as Latin letters write it ("f" as "p", "kh" as "k",
# "sh" as "s", "j" as "g": Persian writes an English "g" before "i" as "ج", "دیجی" for "digi"); the long vowels and
# the letters that carry a vowel (ا و ی ي ى ع ء ئ أ إ آ ة) sound none
_LETTER_SOUNDS = dict(zip(
    "بپتثجچحخدذرزژسشصضطظغفقکكگلمنهٹڈڑ",
    "b p t s g c h k d z r z z s s s z t z g p k k k g l m n h t d r".split(),
    strict=True))
_LATIN_LETTER_SOUND = re.compile(r"ch|sh|kh|gh|th|ph|[bcdfghjklmnpqrstvwxz]")
_LATIN_AS_ARABIC = {"ch": "c", "sh": "s", "kh": "k", "gh": "g", "th": "t", "ph": "p", "f": "p", "c": "k", "q": "k",
                    "x": "k", "j": "g", "v": "", "w": ""}


def _sounds(name: str) -> str:
    """The consonant sounds of ``name`` in Arabic letters, in order (a word's last "ه" is a vowel: "خانه")."""
    return "".join(_LETTER_SOUNDS.get(ch, "") for word in name.split()
                   for ch in (word[:-1] if word.endswith("ه") and len(word) > 2 else word))


def _latin_sounds(label: str) -> str:
    """The consonant sounds of a domain's ``label`` as ``_sounds`` gives them ("rahnow": "rhn")."""
    label = label.lower().rstrip("h")
    return "".join(_LATIN_AS_ARABIC.get(sound, sound) for sound in _LATIN_LETTER_SOUND.findall(label))


def sounded_after_in(text: str, labels: list[str], plausible: Callable[[str], bool]) -> str | None:
    """The name in Arabic letters after "در" or "في" (at, in) whose consonants are those of one of the domains'
    ``labels``, three at least ("رهنو" for rahnow.ir): the fewest words that sound so."""
    if "در" not in text and "في" not in text:
        return None
    sounds = {_latin_sounds(label) for label in labels}
    for match in _IN.finditer(text):
        words = match.group("name").split()
        words = words[:next((i for i, word in enumerate(words) if _starts_something_else(word)), len(words))]
        for count in range(1, len(words) + 1):
            name = " ".join(words[:count])
            heard = _sounds(name)
            if len(heard) >= 3 and heard in sounds and plausible(name):
                return name
    return None
