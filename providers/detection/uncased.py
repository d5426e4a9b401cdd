"""How a sentence names a company in a script without capital letters: Devanagari and the other Indic scripts,
Hebrew, Thai, Ethiopic, Burmese. No capitalised run shows where such a name starts or ends, so only what the
language writes around a company's name marks it: a legal form after it (Hindi "गंगा पैकेजिंग प्राइवेट लिमिटेड",
Hebrew "גלבוע מערכות בע"מ", Burmese "… ကုမ္ပဏီလီမိတက်", Amharic "… ኃ/የተ/የግ/ማ"), the word for a company before it
(Hebrew "בחברת גלבוע מערכות", at the company Gilboa Systems) or both around it (Thai "บริษัท สยามวัสดุ จำกัด").

The name starts after the last word that starts something else (a pronoun, a postposition, a verb of the
invitation), a punctuation mark or a line's start; a run longer than a name's few words is no name: where it starts
cannot be told. After "at" alone, a name in Devanagari or Hebrew letters is taken only when an address's domain sounds
as it does (``spells_domain``): a person, a town or a post follows "at" as well. (Arabic, Persian, Urdu and Pashto:
``arabic``; Chinese, Japanese and Korean have their own modules.)
"""
from __future__ import annotations

import re
from collections.abc import Callable

# the letters of those scripts: Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam,
# Sinhala (U+0900-0DFF), Thai, Burmese, Ethiopic, Hebrew; their vowel signs and the zero-width joiners inside a word
_LETTERS = "\u0900-\u0dff\u0e01-\u0e4e\u1000-\u109f\u1200-\u137f\u05d0-\u05ea\u05f3\u05f4\u200c\u200d"
_WORD = re.compile(rf"[{_LETTERS}][{_LETTERS}'\"׳״-]*")
# the most words a name is written in
_MOST_WORDS = 4

# legal forms, and Hindi's word for a company, written after the name: Hindi, Marathi and Nepali ("प्रा. लि.",
# "प्राइवेट लिमिटेड", "लिमिटेड", "कंपनी"), Kannada, Malayalam, Tamil (private limited), Bangla ("লিমিটেড"), Hebrew (בע"מ,
# limited), Burmese (company limited), Amharic (private limited company)
_FORM_AFTER = re.compile(
    r"[ \t]+(?:प्रा\.\s?लि\.?|प्राइवेट\sलिमिटेड|लिमिटेड|कंपनी|कम्पनी|ಪ್ರೈವೇಟ್\sಲಿಮಿಟೆಡ್|പ്രൈവറ്റ്\sലിമിറ്റഡ്|பிரைவேட்\sலிமிடெட்"
    r"|লিমিটেড|בע[\"״']מ|ကုမ္ပဏီ\s?လီမိတက်|ኃ/የተ/የግ/ማ)(?![\w\u200c])"
)
# the words for a company that are no legal form: the name before them must be of two words at least, its first no
# word for what a company does ("सॉफ्टवेयर कंपनी", "आईटी सेवा कंपनी": a software company, an IT services company)
_COMPANY_WORDS_AFTER = ("कंपनी", "कम्पनी")
# ("विदेशी निवेश कंपनी", "सरकारी बीमा कंपनी": a foreign investment company, a government insurance company)
_KINDS = frozenset(
    "सॉफ्टवेयर सोफ्टवेयर आईटी तकनीकी प्रौद्योगिकी निर्माण विकास बीमा परामर्श सेवा वित्तीय दवा फार्मा विदेशी भारतीय"
    " अंतरराष्ट्रीय अंतर्राष्ट्रीय बहुराष्ट्रीय सरकारी निजी नई नयी छोटी मध्यम स्थानीय वैश्विक".split())
# Hebrew "חברת" (the company of), alone or with a one-letter preposition or conjunction on it ("בחברת", "לחברת")
_WORD_BEFORE = re.compile(r"(?<![\u05d0-\u05ea])[בלמוש]?חברת[ \t]+")
# Thai "บริษัท" (company) before the name and "จำกัด" (limited) after it, "(มหาชน)" (public) after that: Thai writes no
# space between words, so the name is all between them
_THAI = re.compile(r"บริษัท\s?(?P<name>[\u0e01-\u0e4eA-Za-z0-9&.\- ]{2,40}?)\s?จำกัด")
_PUNCTUATION = re.compile(r"[,.;:!?()\[\]\"“”«»।॥׃።፣፤၊။\n|/–—]")

# words that start something else before or after a name: pronouns, postpositions and prepositions, the verbs of
# an invitation, and the adjectives a company is described by ("एक बड़ी कंपनी", a big company)
_STOP = frozenset(
    # Hindi and Marathi
    "में मे को के की का से ने और तथा एवं है हैं था पर लिए द्वारा साथ आप आपको आपका आपकी आपके आपने हम हमें हमारी हमारा"
    " हमारे यह वह इस उस एक बड़ी बड़ा प्रमुख अग्रणी प्रतिष्ठित नमस्ते धन्यवाद प्रिय श्री श्रीमती सुश्री मध्ये ला ची चा चे आणि आपण"
    " आपल्याला आमच्या"
    # Tamil, Kannada, Malayalam and Bangla: you (as the object), your, to you, we, our, and
    " உங்களை உங்கள் உங்களுக்கு நாங்கள் எங்கள் மற்றும் ನಿಮ್ಮನ್ನು ನಿಮ್ಮ ನಿಮಗೆ ನಾವು ನಮ್ಮ ಮತ್ತು നിങ്ങളെ നിങ്ങളുടെ നിങ്ങൾക്ക്"
    " ഞങ്ങൾ ഞങ്ങളുടെ আপনাকে আপনার আমরা আমাদের এবং"
    # Nepali
    " मा लाई ले र तपाईं तपाईंलाई तपाईँलाई हामी हाम्रो"
    # Hebrew: the object marker, of, ours, hers, theirs, with, on, at, to, from, that, we, you, hello, the day, the
    # date, the interview, invites, glad
    " את של שלנו שלה שלהם עם על אצל אל מן כי אשר אנו אנחנו אותך אותכם לך לכם שלום היא הוא ביום בתאריך"
    " ראיון לראיון הראיון להזמין מזמינה מזמין מזמינים שמחה שמח שמחים נשמח"
    # Hebrew kinds of firm after "חברת", with "ה" (the) on them too: insurance, hi-tech, software, staffing, consulting,
    # manpower, a start-up, a subsidiary, a parent, large, leading
    " ביטוח הייטק היי-טק היי תוכנה השמה גיוס ייעוץ כוח סטארט-אפ סטארטאפ בת אם גדולה מובילה"
    " הביטוח ההייטק התוכנה ההשמה הגיוס הייעוץ הסטארט-אפ"
    # Hebrew places and times after a name, with "ב" (in, at) on them: in Tel Aviv, Jerusalem, Haifa, Ramat…, Petah…,
    # Herzliya, Be'er…, Netanya, Rishon…; in the street, at the offices, at the hour, on the floor
    " בתל בירושלים בחיפה ברמת בפתח בהרצליה בבאר בנתניה בראשון ברחוב במשרדי במשרדינו בשעה בקומה"
    # Burmese: from, at, in, and the verb ending
    " မှ တွင် ၌ သည် က".split()
)


def uncased_company(text: str, plausible: Callable[[str], bool]) -> str | None:
    """The company ``text`` names in a script without capitals with a legal form after it, the word for a company
    before it, or both, if ``plausible`` accepts it; None when none does."""
    if text.isascii():
        return None
    for find in (_thai, _before_a_form, _after_the_company_word):
        name = find(text)
        if name and plausible(name):
            return name
    return None


def _thai(text: str) -> str | None:
    """The name between Thai "บริษัท" and "จำกัด" ("บริษัท สยามวัสดุ จำกัด")."""
    if "จำกัด" not in text:
        return None
    for match in _THAI.finditer(text):
        name = match.group("name").strip()
        if name and len(name.split()) <= 3 and any("\u0e01" <= ch <= "\u0e4e" for ch in name):
            return name
    return None


def _before_a_form(text: str) -> str | None:
    """The words before a legal form, from the last boundary before it ("गंगा पैकेजिंग" of "आपको गंगा पैकेजिंग प्राइवेट
    लिमिटेड में")."""
    for match in _FORM_AFTER.finditer(text):
        words = _words_back(text[:match.start()])
        if words is None or match.group().strip() in _COMPANY_WORDS_AFTER and (len(words) < 2 or words[0] in _KINDS):
            continue
        return " ".join(words)
    return None


def _after_the_company_word(text: str) -> str | None:
    """The words after Hebrew "חברת", up to a boundary ("גלבוע מערכות" of "לראיון בחברת גלבוע מערכות ביום שני")."""
    if "חברת" not in text:
        return None
    for match in _WORD_BEFORE.finditer(text):
        words = _words_on(text[match.end():])
        if words:
            return " ".join(words)
    return None


def _words_back(before: str) -> list[str] | None:
    """The name's words at the end of ``before``: those after its last boundary, when they are a name's few words in
    one of those scripts; None otherwise."""
    cut = max((m.end() for m in _PUNCTUATION.finditer(before, max(0, len(before) - 120))), default=0)
    words = before[cut:].split()
    if words and words[-1] in _STOP:
        return None  # "… के लिए लिमिटेड": no name before the form
    start = max((i + 1 for i, word in enumerate(words) if word in _STOP or not _WORD.fullmatch(word)), default=0)
    words = words[start:]
    return words if 0 < len(words) <= _MOST_WORDS else None


def _words_on(after: str) -> list[str] | None:
    """The name's words at the start of ``after``, up to a boundary, a legal form or a word that starts something
    else; None when they are more than a name's few words or none."""
    end = next((m.start() for m in _PUNCTUATION.finditer(after[:120])), min(len(after), 120))
    form = _FORM_AFTER.search(after[:end])
    words = after[:form.start() if form else end].split()
    stop = next((i for i, word in enumerate(words) if word in _STOP or not _WORD.fullmatch(word)), len(words))
    if words and words[0] in _STOP:
        return None  # "חברת השמה": a kind of firm, no name
    words = words[:stop]
    return words if 0 < len(words) <= 3 else None


def marked_name(text: str) -> str | None:
    """The words a name in one of those scripts could be at the start of ``text`` (what follows "at" in "your
    interview at गंगा पैकेजिंग"), up to a boundary; None when they are none or more than a name's few words.
    Only an address's domain can tell them a name: see ``spells_domain``."""
    words = _words_on(text)
    return " ".join(words) if words else None


# the sound each consonant of Devanagari and Hebrew starts a syllable with, as Latin letters write it, aspirated
# ones without "h" and "f" as "p" (Latin spellings write "ph" and "f" alike); Devanagari's anusvara and chandrabindu
# sound "n" ("गंगा" ganga). Hebrew's א ה ו י ע carry vowels, and sound none; "ח" sounds as Latin "ch" or "kh" do
# (written "x" here)
_CONSONANT_SOUNDS = dict(zip(
    "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसहळंँ"
    "בגדזחטכךלמםנןספףצץקרשת",
    "k k g g n ch ch j j n t t d d n t t d d n p p b b m y r l v s s s h l n n"
    " b g d z x t k k l m m n n s p p s s k r s t".split(),
    strict=True))
# Devanagari's nukta letters: "ज़" z, "फ़" f; the nukta itself sounds none
_NUKTA = {"ज़": "z", "फ़": "p", "ड़": "r", "ढ़": "r", "क़": "k", "ख़": "k", "ग़": "g"}
_LATIN_CONSONANT = re.compile(r"ch|sh|kh|gh|th|dh|ph|bh|jh|ts|tz|[bcdfghjklmnpqrstvwxyz]")
_LATIN_AS_SOUND = {"sh": "s", "kh": "k", "gh": "g", "th": "t", "dh": "d", "ph": "p", "bh": "b", "jh": "j", "ts": "s",
                   "tz": "s", "f": "p", "c": "k", "q": "k", "x": "k", "w": "v"}
# (Hebrew: "v" as "b", since "ב" sounds both; "ch" and "kh" as "ח" sounds, "x")
_LATIN_AS_HEBREW = {"v": "b", "ch": "x", "kh": "x", "f": "p", "ph": "p", "sh": "s", "ts": "s", "tz": "s", "c": "k",
                    "q": "k", "z": "z", "w": "b"}


def _sounds(name: str) -> list[str]:
    """The consonant sounds of ``name`` in Devanagari or Hebrew letters, in order."""
    sounds = []
    for at, ch in enumerate(name):
        if name[at:at + 2] in _NUKTA:
            sounds.append(_NUKTA[name[at:at + 2]])
        elif ch in _CONSONANT_SOUNDS and not (at and name[at - 1:at + 1] in _NUKTA):
            sounds.append(_CONSONANT_SOUNDS[ch])
    return sounds


def _latin_sounds(label: str, hebrew: bool) -> list[str]:
    """The consonant sounds of a domain's ``label``, as ``_sounds`` gives those of a name in Devanagari or Hebrew
    ("gilboa": g, l, b)."""
    table = _LATIN_AS_HEBREW if hebrew else _LATIN_AS_SOUND
    sounds = [table.get(sound, sound) for sound in _LATIN_CONSONANT.findall(label.lower())]
    return [sound for sound in sounds if not (hebrew and sound in ("y", "h"))]  # (a lone "h" is "ה", silent)


def writes_sounded_letters(text: str) -> bool:
    """True when ``text`` holds Devanagari or Hebrew letters, whose sounds ``spells_domain`` compares."""
    return _SOUNDED_LETTER.search(text) is not None


_SOUNDED_LETTER = re.compile("[\u0900-\u097f\u05d0-\u05ea]")


def spells_domain(name: str, label: str) -> bool:
    """True when ``name``, in Devanagari or Hebrew letters, sounds as a domain's ``label`` starts: their first
    consonant sounds agree, three of them at least ("गंगा पैकेजिंग" for gangapack, "גלבוע מערכות" for gilboa-sys)."""
    hebrew = any("\u05d0" <= ch <= "\u05ea" for ch in name)
    sounds = _sounds(name.split()[0]) if hebrew else _sounds(name)
    first = min(len(sounds), 4)
    return first >= 3 and _latin_sounds(label, hebrew)[:first] == sounds[:first]
