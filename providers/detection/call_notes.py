"""The user's own calendar entry for a call with someone, and whom they are with.

"Call w/ Dana (Contoso?)", "Call w/ Sarah @ Harborline re: Strategic AE role", "Call w/ Tom from Harborline re: AE
role", "Anruf mit Jana (Fabrikam)",
"Ligar ao Miguel @ Farol – vaga Head of Marketing", "Call: Grace Teo (Peak Search Asia)", "שיחה עם רונית (Contoso)";
or the call
they expect: "Priya (KinetiCare) ringing me – Clinic Lead", "Ayşe Hanım (…) arayacak – …"; a call word and a
dash ("Telefon – Paweł Nowicki (Vistula Talent) ws. …", "電話：佐藤さん（…の求人）"); or a call word and a titled
name ("Telefonat Fr. Mag. Brunner (Kessler & Partner) – Ferrovia") or a name and a company ("Appel Sophie Lachance
(Lumen) – …"); or, with no call word, a person at a company and what it is about ("Mick @
Pilbara People – confidential CBD gig", "Ma'am Lorna (Chief Nurse) – Heartcare Institute"). The match names the
``person``, the company in brackets (``company``) or after "@" (``at``), and what the call is about (``topic``).
"""
from __future__ import annotations

import re

# the titles and honorifics before a name ("Fr. Mag. Brunner", "Ma'am Lorna", "Dr. Okafor", "Sra. Paz"; Slovenian
# "g." and "ga.", Mr and Mrs, and French "M.", only with their dot; Swahili "Bw." and "Bi.", Mr and Ms; Persian
# "آقای", "خانم", "دکتر", "مهندس"; Vietnamese "anh", "chị", "ông", "bà", "cô", "chú", the word
# for the person's standing; Zambian "ba", the respect Bemba speakers show when naming someone: "call ba Phiri")
_HONORIFIC = (r"(?:(?:mr|mrs|ms|mx|dr|prof|sir|ma['’]?am|madam|mme|mlle|fr|frau|hr|herr|herrn|mag|dipl\.?-ing|ing"
              r"|sr|sra|srta|don|doña|dott|dott\.ssa|sig|sig\.ra|pan|pani|bw|bi|ba|anh|chị|ông|bà|cô|chú|آقای|خانم|دکتر|مهندس|(?:g|ga|m)(?=\.))\.?\s+)")
# words that say what a call is about, after the name ("x puesto en …": "por", as Argentines write it; "ws." is
# Polish "w sprawie", "hk." Turkish "hakkında", "par" Latvian)
_ABOUT = r"re|about|sobre|x|por|para|for|wegen|bzgl|betr|pour|concernant|ws|dot|hk|par"
# a person's name (a second word, not what the call is about), their company in brackets or after "@" or "from"
_FROM = r"from|från|fra"
# (Thai vowel and tone marks, the vowel signs and viramas of the Indic scripts and the zero-width non-joiner
# Persian writes inside a word are no word characters to the regex engine, yet part of a name: "สมศักดิ์", "சுரேஷ்")
_MARKS = "\u0900-\u0dff\u0e31-\u0e4e\u200c"
_PERSON = (_HONORIFIC + r"*(?P<person>[^\W\d_][\w" + _MARKS + r"'’-]*)"
           r"(?:\s+(?!(?:" + _ABOUT + r"|" + _FROM + r")\b)[^\W\d_][\w'’.-]*)?")
_NAME = r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’.-]*)?"
# the words for a call or a phone call, in the user's languages
# (German "Rückruf": a call back, from them or to them; Czech and Slovak "telefonát"; French "tél.";
# Croatian "poziv", Slovenian "klic", Estonian "kõne", Lithuanian "skambutis", Bulgarian "обаждане",
# Macedonian "повик", Albanian "telefonatë", Icelandic "símtal", Tagalog "tawag", Swahili "simu",
# Urdu "کال", Basque "deia", Belarusian "званок", Latvian "zvans", Catalan "trucada",
# Azerbaijani "zəng", Uzbek "qoʻngʻiroq" (its "ʻ" typed with any apostrophe) and "қўнғироқ",
# Armenian "զանգ"; Kazakh "қоңырау", Mongolian "дуудлага", Tamil "அழைப்பு", Telugu and Bangla "కాల్", "কল",
# Marathi "कॉल", Persian "تماس", Amharic "ጥሪ", Kinyarwanda "guhamagara", Georgian "ზარი", Vietnamese "gọi",
# Indonesian "telpon" and "telepon"; "ph call", as a note shortens "phone call")
_CALL_PREFIX = r"(?:phone |ph\.? |video |quick |intro )?"
_CALL_WORD = (_CALL_PREFIX + r"call|phone|anruf|rückruf|telefonát|telefonat|telefon|appel|t[ée]l\.|llamada"
              r"|chamada|ligação|chiamata|telefonata|telefoongesprek|rozmowa telefoniczna|połączenie|arama"
              r"|telefon görüşmesi|poziv|klic|kõne|skambutis|обаждане|телефонен разговор|повик|телефонски разговор"
              r"|telefonatë|thirrje|símtal|tawag|simu|کال|فون|deia|званок|zvans|telefonsaruna|videozvans|trucada|zəng"
              r"|qo[ʻ'‘’`]ng[ʻ'‘’`]iroq|қўнғироқ|զանգ|қоңырау|дуудлага|அழைப்பு|కాల్|কল|कॉल|تماس|ጥሪ|guhamagara|ზარი"
              r"|gọi|telpon|telepon"
              r"|電話|通話")
# the nouns for a call that the person called follows ("trucada Marc", "llamada Lucía", "Anruf Müller"), not "phone"
# nor "video" ("Phone Screen – Acme" is a stage and a company), nor English "call" and Latvian "zvans", which notes
# write before the organisation too ("Call Harborline – Priya", ``CALL_COMPANY_FIRST``)
_CALL_NOUN = r"trucada|llamada|chamada|ligação|chiamata|telefonata|appel|anruf|telefonat|telefonát"
_AT_COMPANY = (
    r"(?:\s*[(（]\s*¿?\s*(?P<company>[^\W\d_][^()（）?¿]{1,40}?)\s*\??\s*[)）]"
    r"|\s+(?:@|(?:" + _FROM + r")\s)\s*(?P<at>[^\W\d_][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}))"
)
# the telephone signs a note writes for a call ("📞", "☎")
_PHONE_SIGN = r"(?:📞|☎️?|📱)"
_TOPIC = r"(?:\s*(?:\b(?:" + _ABOUT + r")\b\.?:?|[–—:|-])\s*(?P<topic>[^\W_].*?))?\s*$"
CALL_WITH = re.compile(
    r"^(?:(?:" + _CALL_PREFIX + r"call|phone|chat|talk|conversation|meeting|meet|anruf|rückruf|telefonat"
    r"|gespräch|appel|llamada|charla|conversación|chamada|ligação|conversa|chiamata|telefonata|gesprek|telefoongesprek"
    r"|розмова|дзвінок|зустріч|poziv|razgovor|klic|skambutis|pokalbis|обаждане|разговор|среща|повик|средба"
    r"|званок|гутарка|сустрэча)"
    r"\s+(?:w/|c/|with|mit|avec|con|com|met|з|із|зі|sa|s|z|su|с|със|со)\s+"
    # English notes shorten "with" to a bare "w" too ("call w Andre")
    r"|(?:" + _CALL_PREFIX + r"call|chat|talk|meeting|meet)\s+w\.?\s+"
    # Albanian: "Bisedë me Arben (…)", "Takim me Arben" (a talk, a meeting with)
    r"|(?:bisedë|takim|telefonatë|thirrje)\s+me\s+"
    # Latvian: "Zvans ar Agnesi (…)", "Saruna ar Ilzi", "Tikšanās ar Jāni" (a call, a talk, a meeting with)
    r"|(?:zvans|telefonsaruna|videozvans|saruna|tikšanās)\s+ar\s+"
    # Catalan: "Trucada amb la Marta (…)", "Xerrada amb en Pau" (a call, a talk with; Catalan puts an article
    # before a person's name: "en", "na", "la", "l'")
    r"|(?:trucada|xerrada|conversa)\s+amb\s+(?:(?:en|na|la|el)\s+|l['’])?"
    # Icelandic: "Símtal við Jón (…)", "Fundur með Jóni" (a call, a meeting with)
    r"|(?:símtal|spjall|fundur)\s+(?:við|með)\s+"
    r"|(?:ligar|telefonar)\s+(?:ao|à|a|para(?:\s+[oa])?)\s+|llamar\s+a\s+"
    # Tagalog: "Tawag kay Ma'am Joy", "Usap kay Sir Ben" (a call, a talk; "kay" marks a person's name, "kina" several)
    r"|(?:tawag|usap)\s+(?:kay|kina)\s+"
    # Swahili: "Simu na Bw. Otieno", "Mazungumzo na Bi. Amina" (a call, a talk, with)
    r"|(?:simu|mazungumzo)\s+na\s+"
    # Persian: "تماس با آقای رضایی", "تماس تلفنی با خانم احمدی", "گفتگو با ..." (a call, a talk, with)
    r"|(?:تماس(?:\s+تلفنی)?|گفتگو|صحبت)\s+با\s+"
    # Welsh: "Galwad gyda Siân", "Galwad ffôn efo Dafydd", "Sgwrs â Mr Jones" (a call, a chat, with)
    r"|(?:galwad(?:\s+ffôn)?|sgwrs)\s+(?:gyda|efo|â|ag)\s+"
    # Vietnamese: "Gọi với anh Khoa", "Gọi điện cho chị Lan", "Nói chuyện với anh Minh" (the word for the person's
    # standing, anh/chị/cô/chú/ông/bà, comes before the name)
    r"|(?:gọi(?:\s+điện)?|nói\s+chuyện|trao\s+đổi)\s+(?:với|cho)\s+(?:(?:anh|chị|em|cô|chú|ông|bà)\s+)?"
    # Hebrew: "שיחה עם רונית" (a call with), "להתקשר לרונית", "לחזור לרונית" (to call, to call back: "to" is a letter
    # joined to the name)
    r"|(?:שיחה|שיחת\s+טלפון|שיחת\s+זום|שיחת\s+וידאו|טלפון|זום)\s+עם\s+|(?:להתקשר|לחזור|לטלפן)\s+(?:אל\s+|ל-?)"
    # Thai: "โทรคุยกับคุณสมศักดิ์", "โทรหาพี่เอ", "คุยกับคุณนิด" (a call, a talk, with Khun, Phi or Nong and the name)
    r"|(?:โทร(?:คุย|หา)?|คุย)(?:กับ)?\s*(?:คุณ|พี่|น้อง)?\s*"
    # Georgian, in its letters or typed in Latin ones: "ზარი გიოსთან", "zari Giostan" (a call, to the name with "-თან":
    # at, with)
    r"|(?:ზარი|zari)\s+(?=[^\W\d_]+(?:თან|tan)(?!\w))"
    # a call word, a colon or a dash, and the name: "Call: Grace Teo", "Telefon – Paweł Nowicki", "電話：佐藤さん"
    r"|(?:" + _CALL_WORD + r")\s*[:：–—-]\s*"
    # a call word right before a titled name, or a name and their company: "Telefonat Fr. Brunner", "Call Dr.
    # Okafor", "Appel Sophie Lachance (Lumen)"
    r"|(?:" + _CALL_WORD + r")\s+(?=" + _HONORIFIC + r"|" + _NAME + r"\s*[(（])"
    # a call word, a capitalised first name and a spaced dash before what the call is about or whom the person is
    # with: "trucada Marc – Bombolla", "Llamada Lucía – Grupo Norte" (two words before the dash are an organisation's
    # name: ``CALL_COMPANY_FIRST``)
    r"|(?:" + _CALL_NOUN + r")\s+(?=(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]+\s+[–—-]\s)"
    # a call word right before a name and what the call is about: "Call Morven re Lochside"
    r"|(?:" + _CALL_WORD + r")\s+(?=" + _NAME + r"\s+(?:re|about|concernant|wegen|bzgl)\b)"
    r")"
    + _PERSON + _AT_COMPANY + r"?" + _TOPIC,
    re.IGNORECASE,
)
CALLS_ME = re.compile(
    r"^" + _PERSON + _AT_COMPANY + r"\s+(?:ringing me|calling me|rings me|calls me|to call me|will call me"
    r"|to ring me|liga-me|vai ligar|ruft (?:mich )?an|me llama|m['’]appelle|va m['’]appeler|m['’]appellera"
    r"|dzwoni(?: do mnie)?|zadzwoni(?: do mnie)?|(?:beni )?arayacak|(?:beni )?arıyor|(?:mənə )?zəng edəcək"
    r"|から電話)" + _TOPIC,
    re.IGNORECASE,
)


# the call word after the name: "Tomáš B. – telefonát", "Dana Okoro (Fabrikam) – call re: Clinic Lead"; a
# telephone after it, with or without a dash: "Jaanus K. 📞"
CALL_AFTER = re.compile(r"^" + _PERSON + _AT_COMPANY + r"?\s*(?:[–—:|-]\s*(?:" + _CALL_WORD + r")(?!\w)|[–—:|-]?\s*"
                        + _PHONE_SIGN + r")" + _TOPIC, re.IGNORECASE)

# a name and the time alone: "Okello 3pm", "Grace at 10.30" (what the call is about is in the notes)
AT_TIME = re.compile(r"^" + _PERSON + _AT_COMPANY + r"?\s+(?:at\s+|@\s*)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h|val)?\.?"
                     r"(?P<topic>)\s*$",
                     re.IGNORECASE)


# no call word: a person at a company, and what the meeting is about ("Mick @ Pilbara People – CBD gig")
MEETS = re.compile(r"^" + _PERSON + _AT_COMPANY + r"\s*[–—:|-]\s*(?P<topic>[^\W_].*?)\s*$", re.IGNORECASE)


# a call word, the organisation, and whom the call is with after a dash: "zvans Zobu studija Teika – Agnese",
# "Call Harborline Dental – Priya" (the ``at`` and ``topic`` groups never take part: the call's topic is in the notes)
CALL_COMPANY_FIRST = re.compile(
    r"^(?:" + _CALL_WORD + r")\s+(?P<company>[^\W\d_][\w&'’.-]*(?:\s+[\w&'’.-]+){0,3}?)\s+[–—-]\s+"
    + _HONORIFIC + r"*(?P<person>[^\W\d_][\w'’-]*)(?:\s+[^\W\d_][\w'’.-]*)?(?P<at>(?!))?(?P<topic>(?!))?\s*$",
    re.IGNORECASE,
)


def _company_first(title: str) -> re.Match | None:
    """The match of ``title`` as a call word, an organisation and a person, both capitalised, else None."""
    call = CALL_COMPANY_FIRST.match(title)
    return call if call and call.group("company")[0].isupper() and call.group("person")[0].isupper() else None

# Armenian writes "with" after the name, which takes the genitive: "Զանգ Նարեի հետ – …", "Զրույց Արամ Պողոսյանի հետ
# (…)" (a call, a talk, a meeting with)
CALL_WITH_AFTER = re.compile(
    r"^(?:զանգ|հեռախոսազանգ|տեսազանգ|զրույց|խոսակցություն|հանդիպում)\s+(?P<person>[^\W\d_][\w'’-]*)"
    r"(?:\s+(?!հետ(?!\w))[^\W\d_][\w'’.-]*)?\s+հետ(?!\w)" + _AT_COMPANY + r"?" + _TOPIC,
    re.IGNORECASE,
)


# the time a note ends on, after a comma or a space ("Skambutis – Giedrius, 10:30", "Ph call w/ Rangi – Pukeko
# Hearing 12.30", "Tél. M. Lejeune 14h"; the hour after the word for it, Swahili "saa 8", Persian "ساعت ۱۴", or before
# it, Urdu "3 بجے", Bangla "৩টা", Marathi "३ वाजता"): when, not whom or what about
_AFTER_TIME = re.compile(r"(?<=[^\W\d_])\s*,?\s+(?:(?:at\s+)?\d{1,2}(?:[:.h]\d{2}\s*(?:am|pm|h)?|\s*(?:am|pm|h))"
                         r"|(?:saa|ساعت)\s+\d{1,2}(?:[:.]\d{2})?|\d{1,2}(?:[:.]\d{2})?\s*(?:بجے|টা|वाजता))\s*$",
                         re.IGNORECASE)


def untimed(title: str) -> str:
    """``title`` without the time a note ends on ("Zəng – Orxan – Azərsu 15:00" is "Zəng – Orxan – Azərsu")."""
    return _AFTER_TIME.sub("", title)


def call_note(title: str) -> re.Match | None:
    """The match of ``title`` as the user's own note of a call or a meeting with someone, else None (callers
    check that nobody else is on the event: someone else's invitation is no note of the user's)."""
    bare = untimed(title)
    return (CALL_WITH.match(bare) or CALL_WITH_AFTER.match(bare) or CALLS_ME.match(bare)
            or CALL_AFTER.match(bare) or _company_first(bare) or MEETS.match(bare)
            or AT_TIME.match(title))  # ("Okello 3pm": the time is what shows a name alone is a call)
