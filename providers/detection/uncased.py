"""How a sentence names a company in a script without capital letters: Devanagari and the other Indic scripts,
Hebrew, Thai, Ethiopic, Burmese. No capitalised run shows where such a name starts or ends, so only what the
language writes around a company's name marks it: a legal form after it (Hindi "गंगा पैकेजिंग प्राइवेट लिमिटेड",
Hebrew "גלבוע מערכות בע"מ", Burmese "… ကုမ္ပဏီလီမိတက်", Amharic "… ኃ/የተ/የግ/ማ"), the word for a company before it
(Hebrew "בחברת גלבוע מערכות", at the company Gilboa Systems) or both around it (Thai "บริษัท สยามวัสดุ จำกัด").

The name starts after the last word that starts something else (a pronoun, a postposition, a verb of the
invitation), a punctuation mark or a line's start; a run longer than a name's few words is no name: where it starts
cannot be told. (Arabic, Persian, Urdu and Pashto: ``arabic``; Chinese, Japanese and Korean have their own modules.)
"""
from __future__ import annotations

import re
from collections.abc import Callable

# the letters of those scripts: Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam,
# Sinhala (U+0900-0DFF), Thai, Burmese, Ethiopic, Hebrew; their vowel signs and the zero-width joiners inside a word
_LETTERS = "\u0900-\u0dff\u0e01-\u0e4e\u1000-\u109f\u1200-\u137f\u05d0-\u05ea\u05f3\u05f4\u200c\u200d"
_WORD = rf"[{_LETTERS}][{_LETTERS}'\"׳״-]*"
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
_KINDS = frozenset("सॉफ्टवेयर सोफ्टवेयर आईटी तकनीकी प्रौद्योगिकी निर्माण विकास बीमा परामर्श सेवा वित्तीय दवा फार्मा".split())
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
    # Hebrew: the object marker, of, with, on, at, to, from, that, we, you, hello, the day, the date, the
    # interview, invites, glad
    " את של עם על אצל אל מן כי אשר אנו אנחנו אותך אותכם לך לכם שלום היא הוא ביום בתאריך ראיון לראיון הראיון"
    " להזמין מזמינה מזמין מזמינים שמחה שמח שמחים נשמח"
    # Hebrew kinds of firm after "חברת": insurance, hi-tech, software, staffing, consulting, a start-up, large
    " ביטוח הייטק היי-טק תוכנה השמה גיוס ייעוץ סטארט-אפ סטארטאפ גדולה מובילה"
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
    start = max((i + 1 for i, word in enumerate(words) if word in _STOP or not re.fullmatch(_WORD, word)), default=0)
    words = words[start:]
    return words if 0 < len(words) <= _MOST_WORDS else None


def _words_on(after: str) -> list[str] | None:
    """The name's words at the start of ``after``, up to a boundary, a legal form or a word that starts something
    else; None when they are more than a name's few words or none."""
    end = next((m.start() for m in _PUNCTUATION.finditer(after[:120])), min(len(after), 120))
    form = _FORM_AFTER.search(after[:end])
    words = after[:form.start() if form else end].split()
    stop = next((i for i, word in enumerate(words) if word in _STOP or not re.fullmatch(_WORD, word)), len(words))
    if words and words[0] in _STOP:
        return None  # "חברת השמה": a kind of firm, no name
    words = words[:stop]
    return words if 0 < len(words) <= 3 else None

