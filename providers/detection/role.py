"""The role an interview is for.

The role comes from a labelled line ("Role: ..."), else from the best of the candidates phrases that
frame it ("for the Data Analyst role", "pour le poste de ...") and parts of the title (or of a short
line in the description) headed by a job word give, once the company, the user's name, requisition
ids and interview words are taken out; ``role_names`` ranks them and writes the best in full.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .chinese import addressed_person, chinese_framed_roles
from .company_names import LEGAL_FORM_AHEAD, city_of_zone, is_service
from .domains import names_in_latin, squash
from .facts import EventFacts
from .georgian import georgian_framed_roles
from .japanese import japanese_framed_roles, signs_as_recruiting_team
from .korean import korean_framed_roles, korean_sentence
from .lexicon import LEXICON
from .role_heads import practitioner
from .role_names import (
    OF_A_ROLE,
    POSTS_AFTER_A_ROLE,
    WHICH_IS_AT,
    best_role,
    is_qualifier,
    joins_its_post,
    tidied,
    written_in_full,
)
from .scanner import fold, phrase_start_pattern, spellings, trie_pattern
from .systems import BETWEEN, REQUISITION, address_kind, names_an_agency
from .thai import thai_framed_roles
from .words import INTERVIEWERS_HEADING, UNDISCLOSED_CLIENT, kept_back, signs_off


def _phrases(section: str, kind: str) -> set[str]:
    """The vocabulary's phrases of ``section``'s ``kind``, each in every spelling (without accents, "poziţia" for
    "poziția"), as the matches of the vocabulary itself."""
    return {form for phrase in LEXICON.phrases(section, kind) for form in spellings(phrase.lower())}


# the letters outside ASCII that a pattern ignoring case matches to ASCII ones (Turkish "ı" to "i", "ſ" to "s")
_CASE_TWINS = frozenset("\u0130\u0131\u017f\u212a")


def _phrases_pattern(phrases: set[str]) -> str:
    """``phrases`` where a word starts, and those written with a leading ``~`` inside a word too (isiZulu joins
    "about" to the word for a post: "ngesikhundla se-...")."""
    inside = {phrase[1:] for phrase in phrases if phrase.startswith("~")}
    starting = phrase_start_pattern(phrases - {"~" + phrase for phrase in inside})
    return f"(?:{starting}|{trie_pattern(inside)})" if inside else starting


def _in_ascii_lower_case(phrases: set[str], after: str) -> re.Pattern | None:
    """``phrases`` where a word starts, then ``after``, for ASCII text in lower case: on it, the same matches as the
    pattern ignoring case finds in the text as written, in a third of the steps (the engine neither folds case nor
    tries the phrases of other alphabets). ``None`` when a phrase holds a letter such a pattern matches to an ASCII
    one."""
    if any(not _CASE_TWINS.isdisjoint(phrase) for phrase in phrases):
        return None
    return re.compile(_phrases_pattern({phrase for phrase in phrases if phrase.isascii()}) + after)


# the employer after a labelled role ("Stilling: kvalitetssjef hos en av våre kunder", "Role: Ops Manager at Contoso"),
# which is no part of it ("Attorney at Law" is one title)
_EMPLOYER_AFTER = re.compile(r"\s+(?:at(?!\s+law\b)|hos|bei|chez|bij|presso|pri)\s+(?=\S)", re.IGNORECASE)
# "Role: Data Analyst", "Stelle: ...", "職種：...": a label, at the start of a line or after a separator
# (Armenian marks a label with "՝": "Դերը՝ Test Lead")
_LABEL_AFTER = r"\s*[:：՝]\s*(?P<role>[^\n|]{2,80})"
_LABELLED = re.compile(phrase_start_pattern(_phrases("job", "labels")) + _LABEL_AFTER, re.IGNORECASE)
_LABELLED_ASCII = _in_ascii_lower_case(_phrases("job", "labels"), _LABEL_AFTER)
# "the Data Analyst role": the words between the last article and the noun; a team or area after a
# comma, or a qualifier in brackets, is part of a posted title ("the Senior Data Engineer, Routing role",
# "Backend Developer (Go)", "the Field Engineer, Wind (North) role"; a bracket may list its qualifiers: "the Grant
# Writer (Spanish/English, remote) position")
# (Hungarian puts its case ending on the word for the post: "a Karbantartó mérnök pozícióra", "az ... pozícióhoz";
# Serbian too, after "za" (for): "za Senior Java programer poziciju", "за ... позицију"; Urdu writes the post after
# the title and "of", after "to you" or "for": "آپ کو اکاؤنٹس آفیسر کے عہدے کے لیے", "کلائنٹ کے لیے سیلز منیجر کی
# اسامی")
_NOUN = re.compile(r"\s(?:" + trie_pattern(["role", "position", "opening", "job", "vacancy", "opportunity",
                                              "requisition", "contract", "post"]) + r")\b"
                   r"|\s(?:poz[ií]ci[oó]|munkak[oö]r|pozicij|позициј)\w*"
                   r"|\s(?:کے|کی)\s+(?:عہدے|عہدہ|اسامی|آسامی|پوسٹ|پوزیشن)", re.IGNORECASE)
# (or from the start of a sentence: "... 0199. Export Sales Manager pozíció egy beszállítónál")
_LAST_ARTICLE = re.compile(
    r".*(?:\b(?:the|this|our|your|their|his|her|its|an?|az|za|за|re:?|about|regarding|کو|لیے|لئے)\s+|\s[-–—|]\s+|[(:]\s*|(?<=\w)[.!?]\s+)"
    r"(?P<role>(?:[^.,;:()\n]|\([^.;:()\n]{1,30}\)){2,60}(?:,\s*(?:[^.,;:()\n]|\([^.;:()\n]{1,30}\)){2,40})?)$",
    re.IGNORECASE | re.DOTALL,
)
# a title in capitals right before the word for a post, no article before it ("trading company ke liye Coloured Stone
# Buyer role", "interested in Senior Analyst position")
_CAPITALISED_JUST_BEFORE = re.compile(
    r"(?<![\w&/'’+.-])(?P<role>[A-Z][\w&/'’+-]*(?:[ \t]+(?:[A-Z][\w&/'’+-]*|of|&|and)){0,4})[ \t]*$")
# an article right before the word for a post: "the role", "this position" name no role
_ARTICLE_JUST_BEFORE = re.compile(r"\b(?:the|this|that|our|your|an?)\s*$", re.IGNORECASE)
# a line of the user's own notes that starts with the role: "Junior Sous Chef role. Ben = head chef"
_LINE_ROLE = re.compile(r"^[ \t]*(?P<role>[A-Z][^.,;:()\n]{2,50}?)[ \t]+(?:role|position)\b", re.MULTILINE)
# the same, from an article only: a dash may be inside the role ("the Management Trainee – Finance position")
_LAST_ARTICLE_ONLY = re.compile(
    r".*\b(?:the|this|our|your|their|his|her|its|an?)\s+(?P<role>[^.,;:()\n]{2,60})$", re.IGNORECASE | re.DOTALL,
)
# "the position Marketing Coordinator at ...", "pour le poste de ...", "zoek ik een ...": the role's words follow
_KEYWORD = re.compile(_phrases_pattern(_phrases("job", "before_role")) + r"(?!\w)",
                      re.IGNORECASE)
_KEYWORD_ASCII = _in_ascii_lower_case(_phrases("job", "before_role"), r"(?!\w)")
# (Hebrew joins its article to a foreign word with a hyphen: "משרת ה-Team Lead")
_AFTER_KEYWORD = re.compile(
    # (and the German articles: "für die Schulleitung")
    r"(?:\s+(?:of|as|als|de|di|van|the|an?|une?|um|uma|die|der|den|das|dem)\b)*"
    r"\s*(?:d'\s*|(?<=[\u05d0-\u05ea])-|(?<=[^\W\d_])-(?=(?-i:[A-Z])))?"
    # (a note in Thai in brackets after the title, "(มีที่พักให้)", is no part of it; the Arabic script's comma,
    # semicolon and question mark, the Urdu full stop, and the Chinese and Japanese full stop, comma and others end a
    # title as the Latin ones do: "佢哋請 Senior Designer。")
    r"(?P<role>[^\W\d_](?:(?<=\s)ds\.(?=\s)|[^.,;:()\n|!?،؛؟۔。，、；：！？（）]|\([^.,;:()\n|!?\u0e00-\u0e7f]{1,30}\)){1,60}"
    r"(?:,\s*[^.,;:()\n|!?،؛؟۔。，、；：！？（）]{2,40})?)",
    re.IGNORECASE,
)
# a keyword followed by another ("para el puesto de", "for the position of", "für die Stelle als"): the role follows
# the second
_ANOTHER_KEYWORD = re.compile(
    r"(?:(?:el|la|los|las|le|les|il|lo|o|os|as|the|an?|die|der|den|das|dem)\s+)?(?:" + trie_pattern(
        _phrases("job", "before_role")) + r")(?!\w)",
    re.IGNORECASE,
)
# where a role's words end: a preposition, conjunction or verb that starts something else (Vietnamese "tại", "ở", "mà",
# "bên họ": at, with them; Indonesian "bersama", "dengan": with; Romanian "pe", "în", "din": on, in, from, in lower
# case: "Head of PE" is a title), or a dash; French
# and Spanish titles name a field after "en" ("Spécialiste en pharmacovigilance avec ...", "Técnico en farmacia
# con ..."): one or two words in lower case (a place or a company is capitalised; "en remoto" says how the work
# is done), then where the role ends
_FIELD_AFTER_EN = (r"\s+(?!remot|t[ée]l[ée]travail|alternance|pr[ée]sentiel|presencial|hybrid|h[ií]brid|ligne|l[ií]nea)"
                   r"(?-i:[a-zà-ÿ][a-zà-ÿ'’-]{3,}(?:\s+[a-zà-ÿ][a-zà-ÿ'’-]{3,})?)"
                   r"(?:\s*(?:$|[.,;:!?()\n|–—])|\s+(?:avec|con|com|chez|à|au|pour|para|dans|at|with|for)\b)")
# two fields a Spanish or French title names in capitals, joined ("Especialista en Calidad y Seguridad Alimentaria",
# "Técnico en Seguridad e Higiene"): part of the title, where one capitalised name after "en" is a place or a company
_JOINED_FIELDS = re.compile(
    r"\s+(?i:en)\s+(?:[A-ZÁÉÍÓÚÑÀÈÊÇ][^\W\d_]+\s+){1,3}(?:y|e|et)\s+[A-ZÁÉÍÓÚÑÀÈÊÇ][^\W\d_]+"
    r"(?:\s+[A-ZÁÉÍÓÚÑÀÈÊÇ][^\W\d_]+){0,2}(?=\s*$|\s*[.,;:!?()\n|–—]|\s+(?:con|avec|para|pour|en|à|a)\b)"
)
# a speciality a Spanish title in capitals names after "en" in capitals too, two words or more ("Tecnólogo Médico en
# Resonancia Magnética", "Ingeniero en Prevención de Riesgos"), to where the role ends: one capitalised word there is
# a place or a company ("Analista en Santiago"), and so are names a place's word or an article starts ("en Puerto
# Montt", "en La Serena") and the city of the event's time zone ("en Buenos Aires")
_CAPITAL_FIELD = re.compile(
    r"\s+en\s+(?P<field>[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?:\s+(?:de\s+|del\s+|y\s+|e\s+)?[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+){1,3})"
    r"(?=\s*$|\s*[.,;:!?()\n|–—])"
)
_PLACE_STARTS = frozenset("san santa santo puerto ciudad villa nueva nuevo gran río rio isla valle bahía playa monte"
                          " punta costa buenos la el los las".split())
# two fields in lower case a title joins after its head ("Responsable patrimoine et archives", "Head of sales and
# marketing"): the second field, then where the role ends
_JOINED_LOWER_FIELD = re.compile(
    r"\s+(?:et|and|y|e|&)\s+[a-zà-ÿ][a-zà-ÿ'’-]{3,}(?=\s*$|\s*[.,;:!?()\n|–—]"
    r"|\s+(?i:chez|avec|pour|para|con|com|at|with|for|in|à|au|en)\b)"
)
# two fields in capitals a title joins after "of" or "de" ("Head of Sales and Marketing", "Responsable de Vinculación
# y Fondos del Colegio ..."): the second field, one word, then where the role ends
_FIELD_BEFORE = re.compile(r"\b(?:of|de|des|du|di)\s+[A-ZÁÉÍÓÚÑÀÈÊÇ][^\W\d_]+$")
_JOINED_CAPITAL_FIELD = re.compile(
    r"\s+(?:and|y|e|et|&)\s+[A-ZÁÉÍÓÚÑÀÈÊÇ][^\W\d_]+(?=\s*$|\s*[.,;:!?()\n|–—]"
    r"|\s+(?i:del|de|of|at|with|for|chez|avec|pour|para|con|com|à|au|en)\b)"
)
_CUT = re.compile(
    r"\s+(?:at|with|avec|mit|met|in|on|for|to|from|who|where|which|@|bei|chez|en(?!" + _FIELD_AFTER_EN + r")"
    r"|na|no|presso|bij|à|au|aux|und|and|et|y|e|die|als|para|pour|per|con|com"
    r"|is|was|will|has|ist|wird|wurde|est|sera|es|fue|será|está|é|foi|está|è|sarà|wordt|werd"
    r"|v|ve|u|pro|od|je|bude|do společnosti|do firmy|ja|sekä|joka|jossa|στην|στη|στο|στον|στα|για|σε|με|και|από|θα"
    r"|hos|på|i|och|og|til|till|som|är|er|blir|bliver|by|لدى|في|مع|ضمن"
    r"|tại|ở|bên|cho|với|là|sẽ|mà|bersama|dengan|pada|yang|dan|untuk"
    # (Tagalog "sa", at or in: "Customer Service Representative sa aming kliyente sa Makati"; Swahili "katika", in,
    # and "kwa", for, before a client or a company: "Mhasibu Mkuu kwa mteja wetu", not "Afisa Huduma kwa Wateja")
    r"|sa|katika|kwa(?=\s+(?:mteja|kampuni|shirika))"
    # (Swahili and Kinyarwanda "which you applied for", Greek "which": "Afisa Mikopo uliyoomba", "Λογίστρια που
    # κάνατε αίτηση")
    r"|uliyoomba|ulioomba|wasabye|mwasabye|που"
    # (Persian "for", "in", "with", "for the purpose of", "who": "حسابدار ارشد برای یکی از کارفرمایان ما")
    r"|برای|در|با|جهت|که"
    # (Welsh "with", "in" before a place: "Rheolwr Cyfrifon gyda'n cleient yng Nghaerdydd")
    r"|gyda|efo|yn|yng|ym"
    # (Ukrainian "з"/"із" stay: they join a title to its field, "Фахівець з тендерних закупівель")
    r"|в|у|для|що|який|яка|де|буде"
    # Slovenian "pri" (at), "bo"/"bosta"/"bodo" (will), "ki" (who, which)
    r"|pri|bo|bosta|bodo|ki"
    r"|(?-i:pe|în|din|pentru|și|şi|si|care|va))(?!\w)"
    r"|\s+[-–—|]|[-–—|]\s+"
    # a title in Latin letters inside a Hebrew sentence ends where the Hebrew goes on ("משרת Team Lead בסטארט-אפ"),
    # and any title where Hebrew's "at", "from" or "to" joins the next name with a hyphen ("מנהלת מוצר ב-Contoso")
    r"|(?<=[A-Za-z0-9)])\s+(?=[\u05d0-\u05ea])|\s+[במל]-(?=[^\W\d_])"
    # and, the same way, where a Thai sentence goes on ("ตำแหน่ง Revenue Manager กับ Anda ...", "... Manager ค่ะ")
    r"|(?<=[A-Za-z0-9)])\s+(?=[\u0e01-\u0e4e])",
    re.IGNORECASE,
)
# what separates the parts of a title ("Interview – Analyst (Contoso)"), as plain string operations
# Polish titles abbreviate "do spraw" (in charge of) inside the role: "Specjalista ds. Kadr" is one role
_TITLE_ABBREVIATION = " ds. "
_SPACED_SEPARATORS = (" - ", " – ", " — ", " | ", " / ", " @ ", " <> ", " x ", ". ", "\n")
# what separates the parts of a title without spaces around it (a regex: faster than str.translate); Chinese and
# Japanese end a clause with a full-width comma and no space ("專利經理，光電上市公司")
_SEPARATORS = re.compile("[" + re.escape("|｜:：()（）[]【】「」／，") + "]")
# a gender-inclusive ending in brackets is part of the word ("Engenheiro(a)", "Mitarbeiter(in)"), no separator
_INFLECTION = re.compile(r"(?<=[^\W\d_])\(([^\W\d_]{1,5})\)")
# gender markers of job ads ("(m/w/d)", "(h/f)", Croatian and Czech "(m/ž)", Polish "(k/m)"): not part of the role
# as a person would say it
_GENDER = re.compile(r"\(\s*(?:[mwfdhxžk]\s*/\s*){1,3}[mwfdhxžk]\s*\)|\(all genders\)", re.IGNORECASE)
# how and where the work is done, in brackets after a role ("(híbrido)", "(remote, 6 months)"): not its title
_ARRANGEMENT = re.compile(
    r"\s*\([^()]*?\b(?:remote|hybrid|h[ií]brid[oa]|remot[oa]|presencial|on-?site|vor ort|t[ée]l[ée]travail"
    r"|full[- ]time|part[- ]time|vollzeit|teilzeit|temps (?:plein|partiel)|\d+\s*(?:months?|meses|monate|mois)"
    r"|주\s?\d일|정규직|계약직|파트타임|풀타임|재택|하이브리드"
    # (Hindi "on contract": the stem, as a vowel sign after it is no letter to the regex engine's word boundary)
    r"|संविद|अनुबंध)"
    r"\b[^()]*\)",
    re.IGNORECASE,
)
_NOISE = frozenset(
    "interview interviews interviewing phone video screen screening call chat round first second third final"
    " onsite on-site panel technical virtual loop with for at the a an and of as role position opening job post"
    " vacancy posting opportunity 1e 2e 3e 1ste 2de 3de"
    " entretien d'embauche de entrevista trabajo colloquio di lavoro vorstellungsgespräch bewerbungsgespräch"
    " sollicitatiegesprek gesprek interview: für als pour para per voor bei chez en presso bij 面接"
    # the particle of a German verb that ends the sentence after the role ("laden Sie ... als Referentin ein"), the
    # verb itself in the infinitive ("über die Stelle ... sprechen", "zum Gespräch für die Leitung einladen"), and
    # the word for a talk before it ("Gespräch Projektleiterin")
    " ein vor einladen sprechen besprechen kennenlernen vorstellen unterhalten austauschen gespräch"
    # a Japanese legal form left beside the role once the company's name is taken out ("関西モビリティ株式会社 …")
    " 株式会社 有限会社 合同会社"
    # an application "for" the role, in the languages where the word heads no job title ("Application Developer")
    " candidatura candidature bewerbung solicitud sollicitatie ansökan søknad ansøgning"
    # Korean and Arabic interview and stage words around a role ("근무약사 채용 면접", "مقابلة محاسب أول")
    " 면접 인터뷰 채용 안내 일정 1차 2차 3차 전형"
    " مقابلة المقابلة عمل العمل شخصية الشخصية فنية الفنية نهائية النهائية هاتفية دعوة لمقابلة"
    # Hebrew interview and post words around a role ("ראיון טכני – QA Lead", "משרת QA Lead")
    " ראיון ריאיון הראיון טכני מקצועי טלפוני זימון לראיון משרת משרה המשרה למשרת תפקיד התפקיד לתפקיד"
    # Indonesian "for", "position", "interview" around a role ("Final round untuk Android Engineer")
    " untuk posisi wawancara"
    # Hindi-English "of" and "for" after a role ("Senior Gem Grader ki vacancy", "Store Manager ke liye interview")
    " ki ka ke liye"
    # Tagalog position and interview words around a role ("posisyon na Branch Cashier", "panayam sa ...")
    " posisyon posisyong panayam na sa"
    # Thai position and interview words around a role ("ตำแหน่ง Sales Manager", "เรื่องตำแหน่ง Chef de Cuisine")
    " ตำแหน่ง ตำแหน่งงาน เรื่องตำแหน่ง เรื่อง สัมภาษณ์ สัมภาษณ์งาน นัดสัมภาษณ์"
    # Persian "about", "for", position and post words around a role ("درباره موقعیت حسابدار", about the accountant
    # position; "برای سمت ...", for the post of)
    " درباره برای جهت موقعیت شغلی سمت"
    # Georgian typed in Latin letters: post and interview words after a role ("Export Manager pozicia")
    " pozicia poziciaze poziciis vakansia vakansiaze vakansiis gasaubreba gasaubrebaze".split()
) | {""}
# words that start a sentence about someone rather than a job title, or a place ("on our desk")
_SUBJECTS = frozenset(
    "you you'll we we'll i i'd i'll they he she please sie wir ich du vous nous je usted ustedes nosotros"
    " você vocês nós voi noi lei jij wij on in at to from about"
    " what how why when where who which do does is are"
    " siz sizi sen seni biz bizi".split()  # (Turkish and Turkmen: "Sizi ... pozisyonu için davet ediyoruz")
)
# a contract's length written after a title, in weeks, months or years ("13wk", "6-month", "12wks")
_TERM = re.compile(r"\d{1,3}-?(?:wk|wks|week|weeks|mo|mos|month|months|yr|yrs|year|years)[.,]?", re.IGNORECASE)
_QUALIFIER_LINKS = frozenset("& and of y et und e de des del".split())
_WORD = re.compile(r"\w+")
_DIGITS = frozenset("0123456789")
_BRACKETED = re.compile(r"\([^()]*\)")
_INTERVIEWISH = frozenset({"interview", "interview?", "stage", "stage?", "info", "info?"})
_BRACKET_PAIRS = (("(", ")"), ("（", "）"))
# (with the Urdu full stop, the Arabic script's comma and the Armenian full stop)
_PUNCTUATION = " .,;:-–—|｜/@()（）[]【】「」'\"“”۔،։"
# where a role written in Arabic letters ends and notes on it go on: the script's comma or semicolon, or Persian
# words that go on about the employer or the post ("کارشناس ارشد در یک شرکت پخش", at a pharma distributor;
# "برای یک شرکت", for a company; "که", which)
_ARABIC_SCRIPT_ROLE_ENDS = re.compile(r"\s*[،؛]|\s+(?:در|برای|که)\s+")


def find_role(facts: EventFacts, company: str | None) -> str | None:
    """The role named on the event, or ``None``, written in full (``role_names``).

    A label ("Role: ...") says it; otherwise the candidates are ranked: framed in the title
    ("for the Data Analyst role"), a part of the title ("Interview – Data Analyst"), framed in the
    description, then (when none of those names one) a short line of the description."""
    role = _labelled_role(facts, company)
    if role is not None:
        return tidied(facts, written_in_full(facts, role, company)) if role else None
    candidates = []
    title = _without_whom_it_is_between(facts)
    title_head = facts.title_hits.get("role") or practitioner(facts.title_f)
    for score, found in ((4.5, _framed(title, facts.title_hits, facts, company, title_head is not None)),
                         (4.0, _from_segments(title, facts, company, title_head) if title_head else None),
                         (3.5, _framed(facts.description[:1500], facts.text_hits, facts, company))):
        if found:
            candidates.append((score, found))
    for score, worth_a_look, finder in _FRAMES:
        if worth_a_look(facts):
            found = finder(facts, company)
            if found:
                candidates.append((score, found))
    found = _from_forwarded_subject(facts, company) if not candidates and "\n" in facts.description else None
    if found:
        candidates.append((3.5, found))
    if not candidates and "role" in facts.text_hits:
        found = _from_description(facts, company)
        if found:
            candidates.append((2.0, found))
    elif not candidates and practitioner(facts.text_f[:1500]):  # only then: looking costs a pass over the text
        found = _framed(facts.description[:1500], facts.text_hits, facts, company, named=True)
        if found:
            candidates.append((3.5, found))
    if len(candidates) > 1:
        candidates = _seconded_by_the_title(facts, candidates)
    return best_role(facts, candidates, company)


def _without_whom_it_is_between(facts: EventFacts) -> str:
    """The title without the two people a booking page says the meeting is between ("Loss Adjuster – intro between
    Priya Shah and Casey Nguyen" reads "Loss Adjuster – intro"): their names are no part of the kind booked."""
    booked = BETWEEN.match(facts.title) if "between" in facts.title_hits else None
    return booked.group("event") if booked else facts.title


def _seconded_by_the_title(facts: EventFacts, candidates: list[tuple[float, str]]) -> list[tuple[float, str]]:
    """``candidates`` where one the description frames that is also a whole part of the title ("Pilot Interview
    (Virtual) | First Officer" and "the position of First Officer (Requisition 4471)") is that part, scoring as the
    title's parts do, and a little more: two places name it, where the title's other part may only say whom the
    interview is for."""
    parts = {fold(part): part for part in split_parts(facts.title)}
    seconded = []
    for score, role in candidates:
        part = parts.get(fold(_BRACKETED.sub("", role).strip())) if score < 4.0 else None
        seconded.append((4.5, part) if part else (score, role))
    return seconded


def _from_forwarded_subject(facts: EventFacts, company: str | None) -> str | None:
    """The role the subject of a message forwarded into the notes names, read as a title is."""
    return _titled_in(_forwarded_subject(facts), facts, company)


def _titled_in(line: str | None, facts: EventFacts, company: str | None) -> str | None:
    """The role one line outside the title names (a forwarded subject, a booked meeting's name), read as a
    title is, when it holds a title's head."""
    if not line:
        return None
    line_f = fold(line)
    head = facts.vocabulary.scan(line_f).get("role") or practitioner(line_f)
    return _from_segments(line, facts, company, head) if head else None


# the line a booking page writes for the kind of meeting booked: "Event Name: Loss Adjuster – intro", "Event type: ..."
_BOOKED_EVENT = re.compile(r"^[ \t]*event[ \t]+(?:name|type)[ \t]*:[ \t]*(?P<event>[^\n]{2,80})$",
                           re.IGNORECASE | re.MULTILINE)


def booked_event(facts: EventFacts) -> str | None:
    """The kind of meeting a booking page's notes say was booked ("Event Name: Underwriting Assistant – intro"),
    or None."""
    if "event" not in facts.text_f:
        return None
    line = _BOOKED_EVENT.search(facts.description[:1500])
    return line.group("event").strip() if line else None


def _from_booked_event(facts: EventFacts, company: str | None) -> str | None:
    """The role the kind of meeting a booking page booked names, read as a title is."""
    return _titled_in(booked_event(facts), facts, company)


# the subject line of a message pasted or forwarded into the notes: the title the invitation first had
_SUBJECT_LINE = re.compile(r"^\s*(?:Subject|Asunto|Assunto|Betreff|Objet|Oggetto|Onderwerp|Ämne|Emne|Aihe|Temat"
                           r"|เรื่อง)\s*:"
                          r"[ \t]*(?P<subject>[^\n]{3,160})$", re.MULTILINE)


def _forwarded_subject(facts: EventFacts) -> str | None:
    """The subject of a message pasted or forwarded into the notes ("Subject: Interview – Staff Nurse, ..."),
    read like a title when the title itself names no role ("Fw: Interview Schedule")."""
    line = _SUBJECT_LINE.search(facts.description[:1500])
    return line.group("subject").strip() if line else None


# a rank, then the area it is in after a colon, as public bodies title posts: "Senior Manager: Financial
# Reporting", "Director: Human Resources" (the title's colons otherwise cut it in two)
_RANKS = (r"(?:Manager|Director|Head|Officer|Lead|Executive|Specialist|Coordinator|Controller|Adviser|Advisor"
          r"|Administrator|Supervisor|Chief|Consultant|Accountant|Practitioner)")
_RANK_AREA = re.compile(
    r"(?P<rank>(?:[A-Z][\w-]*\s+){0,2}" + _RANKS + r")"
    r"\s*:\s*(?P<area>[A-Z][\w&'’-]*(?:\s+(?:&|and|of|[A-Z][\w&'’-]*)){0,4})\s*(?=$|[(\[|–—]|\s-\s)")
# what every rank and area holds: the rank's word and its colon (most titles with a colon have none, and the
# regex engine finds this at once where the one above tries every capital letter)
_RANK_COLON = re.compile(_RANKS + r"\s*:")
_NOT_AREAS = frozenset(
    "today tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april may june"
    " july august september october november december round stage part step".split())


def _rank_and_area(facts: EventFacts, company: str | None) -> str | None:
    """A rank and its area after a colon in the title, when the area is no round, person, day or company."""
    if _RANK_COLON.search(facts.title) is None:
        return None
    for match in _RANK_AREA.finditer(facts.title):
        area = match.group("area")
        if _NOT_AREAS.isdisjoint(area.lower().split()) and is_qualifier(facts, area, company):
            return f"{match.group('rank')}: {area}"
    return None


# the role in brackets after the word for a post: "the vacancy on our chartering desk (Chartering Manager – ...)"
_BRACKETED_AFTER_POST = re.compile(
    r"\b(?:vacancy|position|role|opening|job|post)\b[^()\n.;]{0,50}\((?P<role>[^()\n]{2,60})\)", re.IGNORECASE)


def _first_written(pattern: re.Pattern, facts: EventFacts, company: str | None,
                   shape: Callable[[str], str] = str) -> str | None:
    """The first role ``pattern`` finds in the description (its ``role`` group, given its ``shape``) whose words
    read as one."""
    for match in pattern.finditer(facts.description[:1500]):
        role = _candidate(shape(match.group("role")), facts, company)
        if role:
            return role
    return None


def _bracketed_after_a_post(facts: EventFacts, company: str | None) -> str | None:
    """The role a description writes in brackets after the word for a post, when its words read as one."""
    return _first_written(_BRACKETED_AFTER_POST, facts, company, lambda role: _CUT.split(role, 1)[0])


# a recruiter's search for a role: "I'm working on a Live Ops Producer search", "we are running a CFO search for"
_SEARCH = re.compile(
    r"\b(?:working on|running|leading|handling|conducting|retained (?:on|for)|partnering on|helping with)\s+"
    r"(?:an?|the|this|our|my)\s+(?:(?:new|confidential|exclusive|retained)\s+)?(?P<role>[^.,;:()\n]{2,60}?)\s+search\b",
    re.IGNORECASE)


# a company hiring several people for one post: "our client is hiring B2 Avionics Engineers (A320neo family)"
_HIRING_MANY = re.compile(
    r"\b(?:is|are|we're|they're|currently)\s+(?:currently\s+|now\s+|actively\s+)?(?:hiring|recruiting)\s+"
    r"(?:(?:several|multiple|a few|two|three|four|five|new|experienced)\s+)?"
    r"(?P<role>[A-Z0-9][^.,;:()\n]{1,60}?[a-z]s)(?=\s*(?:[.,;:(\n]|$)|\s+(?:for|to|at|in|on|with|who|based)\b)")


def _hired_in_numbers(facts: EventFacts, company: str | None) -> str | None:
    """The role a company hires several people for, as one person holds it ("B2 Avionics Engineer" of
    "is hiring B2 Avionics Engineers"): English plurals only."""
    return _first_written(_HIRING_MANY, facts, company, _one_of_many)


def _one_of_many(plural: str) -> str:
    """The title one person holds of a title in the plural ("Avionics Engineers" -> "Avionics Engineer")."""
    words = plural.split()
    last = words[-1]
    words[-1] = last[:-3] + "y" if last.endswith("ies") else last if last.endswith("ss") else last[:-1]
    return " ".join(words)


def _recruiters_search(facts: EventFacts, company: str | None) -> str | None:
    """The role a recruiter says they are searching for, when its words read as one."""
    return _first_written(_SEARCH, facts, company)


# German joins a role to the word for a post: "zur Associate-Stelle", "die Data-Analyst-Stelle"
# and Finnish to the word for a role: "Live Ops Producer -rooli"
_COMPOUND_POSTING = re.compile(r"\b(?P<role>[A-Z][\w/&]*(?:[ -][A-Z][\w/&]*){0,3}) ?-(?:Stelle|rooli)")


# a recruiter's role for a client they name or not: "Lead OT for a client she cannot name", "a Plant Controller
# role for one of our clients"
_FOR_A_CLIENT = re.compile(
    r"(?P<role>[A-Z][\w/&'’-]*(?:[ \t]+(?:of|&|[A-Z][\w/&'’-]*)){0,4})[ \t]+(?:(?:role|position|opening|job)[ \t]+)?"
    r"(?:for|with)[ \t]+(?:one[ \t]+of[ \t]+)?(?:an?|our|my|his|her|their)[ \t]+(?:[a-z]+[ \t]+)?clients?\b")


def _for_a_client(facts: EventFacts, company: str | None) -> str | None:
    """The role a recruiter writes before "for a client", when its words read as one."""
    return _first_written(_FOR_A_CLIENT, facts, company)


def _compound_posting(facts: EventFacts, company: str | None) -> str | None:
    """The role joined to "-Stelle" in the description, when its words read as a role."""
    return _first_written(_COMPOUND_POSTING, facts, company, lambda role: role.replace("-", " "))


# a posting's reference, then its title: "l'affichage interne CP-2026-114 – Conseillère pédagogique, ..."
_POSTING_ID = re.compile(r"\b[A-Z]{1,5}-\d{2,6}(?:-\d{1,6})+[ \t]+[-–—][ \t]+(?P<role>[^\W\d_][^,;:()\n|.]{2,60})")
_REFERENCE_START = re.compile(r"[A-Z]-\d\d")  # what every such reference holds: the cheap look first


def _after_posting_id(facts: EventFacts, company: str | None) -> str | None:
    """The role written after a posting's reference and a dash, in the title or the description."""
    for text in (facts.title, facts.description[:1500]):
        if "-" in text and _REFERENCE_START.search(text):
            for match in _POSTING_ID.finditer(text):
                role = _candidate(_CUT.split(match.group("role"), 1)[0], facts, company)
                if role:
                    return role
    return None


def framed_role(facts: EventFacts, company: str | None = None) -> str | None:
    """The role when a label or a phrase frames it ("Role: ...", "the X position"), else ``None``."""
    role = _labelled_role(facts, company)
    if role is not None:
        return role or None
    for text, hits in ((facts.title, facts.title_hits), (facts.description[:1500], facts.text_hits)):
        role = _framed(text, hits, facts, company)
        if role:
            return role
    return None


# the end of a sentence that goes on after a label's role, on the same line ("Role: Analyst. She'll call at 5.",
# "Role: Analyst (Leeds or remote). Ask about pay.")
_LABEL_SENTENCE_END = re.compile(r"(?:(?<=[^\W\d_]{3})|(?<=\)))[.!?۔؟](?:\s|$)")


def _labelled_role(facts: EventFacts, company: str | None) -> str | None:
    """The role after a label ("Role: ..."); an empty string when the label says nothing usable."""
    for text, hits in ((facts.description, facts.text_hits), (facts.title, facts.title_hits)):
        labelled = _labelled(text) if "job" in hits and (":" in text or "：" in text or "՝" in text) else None
        if labelled:
            role = _LABEL_SENTENCE_END.split(labelled, 1)[0]
            # (what follows a comma only when it names a team or area: "Poste: Chef de projet, client confidentiel")
            role = _qualified(_clean(_GENDER.sub(" ", _EMPLOYER_AFTER.split(role, 1)[0]), facts, company))
            return "" if _sentence(role) else role
    return None


def _framed(text: str, hits: dict[str, str], facts: EventFacts, company: str | None,
            named: bool = False) -> str | None:
    """A role a phrase frames in ``text``; ``named`` when the text holds a word a role is made of that
    the vocabulary does not list (a profession known by its ending, ``role_heads``)."""
    named = named or "role" in hits
    if "job" not in hits and not named:
        return None  # no word that frames a role, and no word a role is made of
    if not text.isascii():  # (most texts are plain ASCII: none of the words below can be in them)
        role = _framed_in_east_asian(text, facts, company)
        if role:
            return role
    for quoted in _QUOTED_AFTER_POST.finditer(text) if "job" in hits and _OPENING_QUOTES.search(text) else ():
        role = _candidate(quoted.group("role"), facts, company)
        if role:
            return role
    # "the UX Researcher contract": "contract" alone is no job word (contracts are signed with landlords too)
    for noun in _NOUN.finditer(text) if "job" in hits or "contract" in text.lower() else ():
        if _ARTICLE_JUST_BEFORE.search(text, max(0, noun.start() - 6), noun.start()):
            continue  # "leads the sales team the role supports": "the role" names none, the words before are another's
        for framing in (_LAST_ARTICLE, _LAST_ARTICLE_ONLY):  # "the Management Trainee – Finance & Accounts position"
            article = framing.match(text, max(0, noun.start() - 70), noun.start())
            role = _candidate(article.group("role") if article else "", facts, company)
            if role:
                return role
        capitalised = _CAPITALISED_JUST_BEFORE.search(text, max(0, noun.start() - 70), noun.start())
        role = _candidate(capitalised.group("role"), facts, company) if capitalised else None
        if role:
            return role
    if not named:  # whatever follows "for" or "als" here, it holds no word a role is made of
        return _posted_before_a_post(_before_a_post(text), facts, company)
    for line in _LINE_ROLE.finditer(text) if "\n" in text or text is not facts.title else ():
        if _ARTICLE_JUST_BEFORE.search(line.group("role")):
            continue  # "Olav runs the sales group the role supports": a sentence, "the role" names none
        role = _candidate(line.group("role"), facts, company)
        if role:
            return role
    posted = _before_a_post(text)  # (read once: first as words a role is made of, then as a posted title)
    for words in posted:
        role = _candidate(words, facts, company)
        if role:
            return role
    role = _posted_before_a_post(posted, facts, company)
    if role:
        return role
    for keyword in _keywords(text):  # "for your interview for Barista Trainer": each in turn
        words = _AFTER_KEYWORD.match(text, _past_kept_back(text, keyword.end()))
        if words and _ANOTHER_KEYWORD.match(words.group("role")):
            continue  # "para el puesto de ...": the next keyword frames the role
        found = _until_slavic_for(words.group("role"), facts) if words else ""
        role = _candidate(_cut(found, facts.event.time_zone, company) if found else "", facts, company)
        if role:
            return role
    return None


# a word after a post's, then a colon: "Búsqueda confidencial: ...", "Poste confidentiel : ..."
_WORD_THEN_COLON = re.compile(r"[ \t]+([^\W\d_]+)[ \t]*[:：][ \t]*")


def _past_kept_back(text: str, at: int) -> int:
    """Where the role starts after the words for a post ending at ``at``: past the word that keeps the search
    confidential and its colon when they follow ("Búsqueda confidencial: Jefa de Planta"), else ``at``."""
    qualified = _WORD_THEN_COLON.match(text, at)
    return qualified.end() if qualified and kept_back(qualified.group(1)) else at


def _posts_pattern(posts: tuple[str, ...]) -> str:
    """``posts`` in their order, each after a space unless its script writes none, as one pattern written for speed:
    each place is first tested for one of the words' first letters, and a run of words after a space is tried
    behind one look-behind for it (not one for each word: there are dozens, and the letters "p" and "v" that many
    start with are everywhere)."""
    runs: list[tuple[bool, list[str]]] = []  # (the words join what comes before, the words), in order
    for post in posts:
        joins = joins_its_post(post)
        if runs and runs[-1][0] == joins:
            runs[-1][1].append(re.escape(post))
        else:
            runs.append((joins, [re.escape(post)]))
    firsts = "".join(sorted({re.escape(post[0]) for post in posts}))
    return f"(?=[{firsts}])(?:" + "|".join(
        "(?:" + "|".join(words) + ")" if joins else r"(?<=\s)(?:" + "|".join(words) + r")(?!\w)"
        for joins, words in runs) + ")"


# the word for a post a role is written before ("Muhasebe Uzmanı pozisyonu için", "د مالي مدیر بست لپاره"): where a
# word starts, or anywhere in a script that writes no spaces ("ငွေကိုင်ရာထူးအတွက်")
_POST_AFTER_A_ROLE = re.compile(_posts_pattern(POSTS_AFTER_A_ROLE), re.IGNORECASE) if POSTS_AFTER_A_ROLE else None


def _ascii_starts(posts: tuple[str, ...]) -> tuple[str, ...]:
    """What the words for a post that a text in ASCII can hold start with, up to their first letter outside ASCII
    ("vakansiya" of "vakansiyasına", whose "ı" the pattern ignoring case matches to "i"), the shortest of them: a text
    in ASCII whose lower case holds none holds no post (most texts: told without the pattern's pass)."""
    starts = {post[:next((at for at, ch in enumerate(post) if not ch.isascii()), len(post))].lower()
              for post in posts if all(ch.isascii() or ch in _CASE_TWINS for ch in post)}
    return tuple(sorted(start for start in starts if not any(other in start for other in starts - {start})))


_POSTS_IN_ASCII = _ascii_starts(POSTS_AFTER_A_ROLE)
# where the words of a role before its post start: after a mark that ends a clause or a line, a dash or a bracket
_CLAUSE_MARK = re.compile(r"[.,;:!?()\n|–—،؛؟۔।၊။։።]")  # (and the Armenian and Ethiopic full stops)


# the words an invitation writes between the company and the role before a post: the one invited ("... şirkəti sizi
# Mühəndis lavozimiga", "... компаниясы сізді ...", "таныг", "আপনাকে", "तुम्हाला": you) and the company's word with
# "at" ("Zarafshon Textile kompaniyasida Buxgalter lavozimiga", "நிறுவனத்தில்", Telugu "లో" after a Latin name): the
# role starts after them
_INVITED_OR_AT = frozenset("sizi sizni сізді сизди таныг тантай আপনাকে तुम्हाला आपल्याला kompaniyasida kompaniyamizda"
                           " şirkətində şirkətimizdə компаниясында компанид நிறுவனத்தில் நிறுவனத்தின் లో సంస్థలో"
                           .split())


def _before_a_post(text: str) -> list[str]:
    """The words before each word for a post a role is written before, up to four, back to the start of their
    clause and without the "of" or the pronoun that opens them."""
    if not POSTS_AFTER_A_ROLE or text.isascii() and not any(map(text.lower().__contains__, _POSTS_IN_ASCII)):
        return []
    return list(_words_before_a_post(text))


def _words_before_a_post(text: str) -> Iterator[str]:
    for post in _POST_AFTER_A_ROLE.finditer(text):
        clause = _CLAUSE_MARK.split(text[max(0, post.start() - 80):post.start()])[-1]
        quoted = _QUOTED_LAST.search(clause)
        if quoted:  # the quotes hold the role whole ("Sarbon kompaniyasidagi «Katta RF muhandisi» lavozimi")
            yield quoted.group(1).strip()
            continue
        words = clause.split()[-4:]
        # a word saying where the post is ("İzmir şubemizdeki", "Aşgabatdaky": which is at ...) qualifies the
        # place, not the work: the role starts after it
        at = max((i for i, word in enumerate(words[:-1])
                  if word.lower().endswith(WHICH_IS_AT) or word.lower() in _INVITED_OR_AT), default=-1)
        words = words[at + 1:]
        while len(words) > 1 and (words[0].lower() in OF_A_ROLE or words[0].lower() in _SUBJECTS):
            words = words[1:]  # "Sizi Satuw menejeri wezipesine ...": the one invited, not the role
        words = words[_capitalised_after_the_sentence(words):]
        if words:
            yield " ".join(words)


# a quoted phrase that ends the words before the word for a post
_QUOTED_LAST = re.compile(r"[«“„\"]([^«»“”„\"\n]{2,80})[»”“\"]\s*$")


def _capitalised_after_the_sentence(words: list[str]) -> int:
    """Where a capitalised title starts after the words in lower case of the sentence before it ("Ցանկանում ենք
    խոսել Հաշվապահ պաշտոնի համար": we would like to talk about the Accountant post), or 0."""
    return max((i for i in range(1, len(words)) if words[i][:1].isupper() and words[i - 1][:1].islower()), default=0)


def _posted_before_a_post(posted: list[str], facts: EventFacts, company: str | None) -> str | None:
    """A title in capitalised Latin words before the word for a post (``posted``, the words ``_before_a_post``
    gives), as an international employer posts it in a text of another language ("Credit Risk Modeller የሥራ
    መደብ"): its words need not be ones a role is made of."""
    for words in posted:
        role = _posted_title(words, facts, company)
        if role:
            return role
    return None


_OPENING_QUOTES = re.compile("[«“„\"]")
# the role quoted after the word for a post or a label ("θέση «Υπεύθυνος Μελέτης»", "the position “Lead Analyst”",
# "le poste « Chargé d'affaires »"): the quotes hold it whole, its own lower-case words and "&" too
_QUOTED_AFTER_POST = re.compile(
    phrase_start_pattern(_phrases("job", "labels") | _phrases("job", "before_role"))
    + r"\s*[«“„\"]\s*(?P<role>[^«»“”„\"\n]{2,80}?)\s*[»”“\"]",
    re.IGNORECASE,
)


def _keywords(text: str) -> Iterator[re.Match]:
    """The words in ``text`` a role follows (``_KEYWORD``), their positions in ``text``."""
    if _KEYWORD_ASCII is not None and text.isascii():
        return _KEYWORD_ASCII.finditer(text.lower())
    return _KEYWORD.finditer(text)


def _until_slavic_for(words: str, facts: EventFacts) -> str:
    """``words`` up to the Slavic "za" (for) that does not follow the title's head: after the head it names the
    field ("Inženjer za kvalitetu"), after the title it starts what the post is for ("Tehnički inspektor flote
    (superintendent) za uglednu brodarsku kompaniju")."""
    for found in _SLAVIC_FOR.finditer(words) if " za " in words else ():
        before = _BRACKETS_AT_END.sub("", words[:found.start()]).rpartition(" ")[2]  # (not a gloss: "(manager)")
        if "role" not in facts.vocabulary.scan(fold(" " + before)):
            return words[:found.start()]
    return words


_SLAVIC_FOR = re.compile(r"\s+za(?=\s)")
_BRACKETS_AT_END = re.compile(r"\s*\([^()]*\)$")


def _cut(words: str, zone: str | None = None, company: str | None = None) -> str:
    """``words`` up to where something other than the role starts (``_CUT``), keeping two joined fields after
    "en" (``_JOINED_FIELDS``), a speciality in capitals after it (``_speciality``) or two fields after the title's
    head in lower case (``_JOINED_LOWER_FIELD``)."""
    cut = _CUT.search(words)
    if cut is None:
        return words
    fields = _JOINED_FIELDS.match(words, cut.start()) or _speciality(words, cut.start(), zone, company)
    if fields is None and words[:cut.start()].rpartition(" ")[2].islower():  # the field before "et" in lower case
        fields = _JOINED_LOWER_FIELD.match(words, cut.start())
    elif fields is None and _FIELD_BEFORE.search(words, 0, cut.start()):
        fields = _JOINED_CAPITAL_FIELD.match(words, cut.start())
    return words[:fields.end()] if fields else words[:cut.start()]


def _speciality(words: str, at: int, zone: str | None, company: str | None) -> re.Match | None:
    """The speciality in capitals a title in capitals names after "en" at ``at`` (``_CAPITAL_FIELD``): none when it
    is a place (one a place's word or an article starts, the city of the time ``zone``) or a company (``company``,
    or a name with a legal form)."""
    last = words[:at].rpartition(" ")[2]
    field = _CAPITAL_FIELD.match(words, at) if last.isalpha() and last.istitle() else None
    if field is None:
        return None
    name = field.group("field")
    if name.split()[0].lower() in _PLACE_STARTS or squash(name) == city_of_zone(zone) or LEGAL_FORM_AHEAD.match(
            words, field.end()) or any(LEGAL_FORM_AHEAD.fullmatch(word) for word in name.split()) or any(
            form in name for form in company_forms(company)):
        return None
    return field


def _framed_in_east_asian(text: str, facts: EventFacts, company: str | None) -> str | None:
    """A role a Chinese, Japanese, Korean, Thai or Georgian phrase frames in ``text``."""
    if "ตำแหน่ง" in text:
        for words in thai_framed_roles(text):
            role = _candidate(words, facts, company) if "role" in facts.vocabulary.scan(words) else None
            if role:
                return role
    if ("一职" in text or "一職" in text or "职位" in text or "職位" in text or "岗位" in text or "崗位" in text
            or "职缺" in text or "職缺" in text):
        for words in chinese_framed_roles(text):
            role = _candidate(words, facts, company)
            if role:
                return role
    if "職" in text or "ポジション" in text or "求人" in text or "募集" in text:
        for words in japanese_framed_roles(text):
            role = _candidate(words, facts, company)
            if role:
                return role
    if "포지션" in text or "직무" in text or "직군" in text:
        for words in korean_framed_roles(text):
            role = _candidate(words, facts, company) or _posted_title(words, facts, company)
            if role:
                return role
    if "ვაკანსი" in text or "პოზიცი" in text or "თანამდებობ" in text:
        for words in georgian_framed_roles(text):
            role = _candidate(words, facts, company)
            if role:
                return role
    return None


def _candidate(words: str, facts: EventFacts, company: str | None) -> str | None:
    """``words`` as a role, cleaned, if they read as one; most candidates hold no role word at all."""
    folded = fold(words)
    tags = facts.vocabulary.scan(folded) if words else {}
    if "role" not in tags and not practitioner(folded):
        return None
    cleaned = _clean(words, facts, company)
    role = _qualified(cleaned)
    # cleaning only trims (ids, names, interview words at the ends): the words need a second look
    # only when they held interview wording, or lost a clause, which the trimming may have taken away
    second_look = role != cleaned or not _INTERVIEWISH.isdisjoint(tags)
    return role if role and _acceptable(role, facts, None if second_look else tags) else None


def _posted_title(words: str, facts: EventFacts, company: str | None) -> str | None:
    """``words`` a Korean text frames as the post ("Medical Science Liaison (MSL) 포지션") when they are a
    title written in capitalised Latin words, as an international company posts it: its words need not
    be ones a role is known to be made of."""
    role = _clean(words, facts, company)
    title = [word for word in role.split() if not word.startswith("(")]
    if not 2 <= len(title) <= 5 or not all(word[:1].isupper() and word.isascii() for word in title):
        return None
    tags = facts.vocabulary.scan(fold(role))
    return role if _INTERVIEWISH.isdisjoint(tags) and not _names_someone(facts, role) else None


def _qualified(role: str) -> str:
    """``role`` with what follows its comma only when that reads as a team or area of a posted title
    ("Senior Data Engineer, Routing"), not a clause ("Analyst, and we will...")."""
    head, comma, rest = role.partition(",")
    if not comma:
        return role
    words = rest.split()
    if 0 < len(words) <= 4 and all(w[0].isupper() or w.lower() in _QUALIFIER_LINKS for w in words):
        return f"{head.strip()}, {' '.join(words)}"
    return head.strip()


def _labelled(text: str) -> str | None:
    """The words after the first label ("Role: ...") that starts a line or follows a separator, spaces between."""
    ascii_text = _LABELLED_ASCII is not None and text.isascii()
    for match in _LABELLED_ASCII.finditer(text.lower()) if ascii_text else _LABELLED.finditer(text):
        at = match.start()
        while at and text[at - 1] in " \t":  # (a walk back over the spaces, not a copy of all the text before)
            at -= 1
        if not at or text[at - 1] in _BEFORE_A_LABEL:
            return text[match.start("role"):match.end("role")]
    return None


# what a label may follow on its line: a separator or a sentence's end, in the scripts with a full stop of their
# own too (Armenian ։, Ethiopic ።, Devanagari ।, Urdu ۔, Chinese and Japanese 。): "ትደውላለች። Role: Analyst"
_BEFORE_A_LABEL = frozenset("\n|•·;.։።।۔。")


def split_parts(text: str) -> list[str]:
    """The parts of a title or a line between separators (" – ", " | ", brackets, colons...)."""
    abbreviated = _TITLE_ABBREVIATION in text
    if abbreviated:
        text = text.replace(_TITLE_ABBREVIATION, " ds\x03 ")
    for separator in _SPACED_SEPARATORS:
        if separator in text:
            text = text.replace(separator, "\x00")
    if abbreviated:
        text = text.replace("\x03", ".")
    inflected = "(" in text and _INFLECTION.search(text) is not None
    if inflected:
        text = _INFLECTION.sub("\x01\\1\x02", text)
    parts = [part.strip() for part in _SEPARATORS.sub("\x00", text).split("\x00") if part.strip()]
    return [part.replace("\x01", "(").replace("\x02", ")") for part in parts] if inflected else parts


def _acceptable(role: str, facts: EventFacts, tags: dict[str, str] | None = None) -> bool:
    words = role.split()
    if len(words) > 8 or words[0].lower() in _SUBJECTS or facts.names_me(role.lower()):
        return False  # "You will meet their finance director" is a sentence, not a role
    if "=" in role:
        return False  # a note to self ("Rangi = owner"): who someone is, not the post
    if "/" in role and _WEB_ADDRESS.search(role):
        return False  # a meeting link ("meet.google.com/rvn-..."): its code may spell a title's abbreviation
    if _sentence(role) or _a_group(words) or _a_department(words):
        return False
    if not _DIGITS.isdisjoint(role) and _CLOCK_TIME.search(role):
        return False  # "02 PM" of "at 4:02 PM" (a PM heads titles): a time of day names no role
    unbracketed = _BRACKETED.sub(" ", role).split() if "(" in role else words
    if len(unbracketed) == 1 and unbracketed[0].lower().endswith("ing"):
        return False  # a field of work ("a hiring plan for engineering (case study)"), not a job title
    head, comma, _rest = role.partition(",")
    if comma and not _names_a_job(facts, head):
        return False  # "Dana Whitfield, Controller": a person and their title, not the role
    if tags is None:
        tags = facts.vocabulary.scan(fold(role))
    return ("role" in tags or practitioner(fold(role)) is not None) and _INTERVIEWISH.isdisjoint(tags)


# a web address: a scheme, or a host's name before a path ("meet.google.com/abc-defg-hij")
_WEB_ADDRESS = re.compile(r"://|\w\.[a-z]{2,}/", re.IGNORECASE)
# a time of day, "4 pm", "02 PM", "10.30 a.m." (not a level before a title: "L5 PM")
_CLOCK_TIME = re.compile(r"(?<![\w.])\d{1,2}(?:[:.]\d{2})?\s*[AaPp]\.?[Mm]\b")


# the people a post belongs to, not the post: "the Nordic sales force", "the inside sales team"
_GROUPS = frozenset("team teams force department division unit squad org organisation organization".split())


def _a_group(words: list[str]) -> bool:
    """True when ``words`` end in the word for a group of people ("CEE sales force") and nothing before it
    makes it part of a title ("Head of the Data Team", "Lead, Platform Team")."""
    return words[-1].lower() in _GROUPS and not any(
        word.endswith(",") or word.lower() in _QUALIFIER_LINKS for word in words[:-1])


# a department named by the word that heads it ("afdeling Medische Technologie", "Department of Civil Engineering"),
# and the ranks that make such words a post ("Department Manager", "Afdeling Secretaris")
_DEPARTMENTS = frozenset("afdeling department dept abteilung departamento dipartimento département departement"
                         " servicio".split())
_DEPARTMENT_RANKS = frozenset("manager head hoofd chef leiter leiterin leider director directeur directora jefe jefa"
                              " responsable coordinator coördinator coordinador coordinadora secretary secretaris"
                              " assistant assistent administrator".split())


def _a_department(words: list[str]) -> bool:
    """True when ``words`` name a department by the word that heads it, no rank after it: a unit, not a post."""
    return (len(words) > 1 and words[0].lower() in _DEPARTMENTS
            and not any(word.lower().strip(",.") in _DEPARTMENT_RANKS for word in words[1:]))


def _names_a_job(facts: EventFacts, words: str) -> bool:
    """True when ``words`` hold a word that heads a job title."""
    folded = fold(words)
    return "role" in facts.vocabulary.scan(folded) or practitioner(folded) is not None


def _sentence(role: str) -> bool:
    """A Japanese sentence ("…と思います。") read as a role: it has no spaces to count; a Korean one has
    particles and verbs' endings."""
    return "。" in role or "、" in role or (len(role) > 40 and " " not in role) or (
        not role.isascii() and (korean_sentence(role) or addressed_person(role)))


def without(text: str, part: str, gap: str = " ") -> str:
    """``text`` with every occurrence of ``part`` (ignoring case) that is not inside a word replaced by
    ``gap`` (the company "Medi" is no part of "Medical Science Liaison")."""
    if not part:
        return text
    lowered, wanted, start, at = text.lower(), part.lower(), 0, 0
    if wanted not in lowered:
        return text  # most texts do not hold it
    pieces = []
    while (found := lowered.find(wanted, at)) >= 0:
        end = found + len(wanted)
        at = found + 1
        if found and _joined(lowered[found - 1], wanted[0]) or end < len(lowered) and _joined(lowered[end],
                                                                                                 wanted[-1]):
            continue  # inside a word
        pieces.append(text[start:found])
        if lowered.startswith("-", end):  # ("Acme Robotics-eko ingeniaria": Basque's "of" goes with the name)
            ending = _CASE_ENDING.match(lowered, end)
            end = ending.end() if ending else end
        start = at = end
    pieces.append(text[start:])
    return gap.join(pieces)


# a case ending Basque joins with a hyphen to a foreign name ("Acme Robotics-eko", "Acme-n")
_CASE_ENDING = re.compile(r"-(?:eko|ko|ean|an|en|n|etik|tik)(?![\w-])")


def _joined(neighbour: str, edge: str) -> bool:
    """True when two letters side by side are one word: in the scripts that space their words (Latin, Greek,
    Cyrillic); Japanese, Chinese and Korean write a name against the next word, Arabic its prefixes."""
    return neighbour.isalnum() and edge.isalnum() and all(
        ord(ch) < 0x250 or 0x370 <= ord(ch) < 0x530 for ch in (neighbour, edge))


# interview words that also start job titles ("Technical Writer", "Virtual Assistant")
_TITLE_ADJECTIVES = frozenset({"technical", "virtual"})


def _heads_a_title(words: list[str]) -> bool:
    """True when ``words`` start with an adjective that starts job titles, capitalised, before a capitalised word
    that is no interview word ("Technical Service Engineer", not "Technical Interview" or "technical chat")."""
    return len(words) > 1 and words[0] in {w.capitalize() for w in _TITLE_ADJECTIVES} and words[1][:1].isupper() \
        and words[1].lower().strip(_PUNCTUATION) not in _NOISE


# interview and stage words that also rank or qualify the head right after them ("First Officer", "Second Mate",
# "Third Engineer", "Video Editor", "Phone Technician", "Panel Beater")
_RANKS_BEFORE_A_HEAD = frozenset("first second third video phone panel screen".split())


def _ranks_its_head(words: list[str], head: str) -> bool:
    """True when ``words`` start with a capitalised word that ranks or qualifies a title, right before ``head``,
    the word that heads the title ("First Officer", "Video Editor"): part of the title, not a round or a medium
    ("Second Interview", "Video call – Editor", "Second Data Engineer" a second round's)."""
    return len(words) > 1 and words[0][:1].isupper() and words[0].lower() in _RANKS_BEFORE_A_HEAD \
        and words[1][:1].isupper() and fold(" ".join(words[1:])).startswith(head)


def _clean(role: str, facts: EventFacts, company: str | None) -> str:
    if not role.isascii():
        role = _ARABIC_SCRIPT_ROLE_ENDS.split(role, 1)[0]
    if not _DIGITS.isdisjoint(role):
        role = REQUISITION.sub(" ", role)
    if "(" in role:
        role = _ARRANGEMENT.sub(" ", _GENDER.sub(" ", role))
    for form in company_forms(company):
        role = without(role, form)
    for name in facts.my_names:
        role = without(role, name)
    words = role.split()
    # a title may start with a noise word: "Second de cuisine" is a role, not a second round
    named = (facts.vocabulary.scan(fold(role)).get("role") or "\0") if words and words[0].lower() in _NOISE else "\0"
    while words and words[0].lower().strip(_PUNCTUATION) in _NOISE and not fold(" ".join(words)).startswith(named):
        if _heads_a_title(words):
            break  # "Technical Service Veterinarian": the adjective is the title's, not a technical interview's
        if _ranks_its_head(words, named):
            break  # "First Officer", "Video Editor": the rank or the kind of the title's head
        words.pop(0)
    while words and words[-1].lower().strip(_PUNCTUATION) in _NOISE:
        if words[-1][:1].isupper() and any(word.endswith(",") for word in words[:-1]):
            break  # "Program Manager, Housing First": a capitalised team or area after a comma
        words.pop()
    if words and not role.isascii():
        words = _without_framing_words(words, facts)
    while len(words) > 2 and kept_back(words[0]):
        words.pop(0)  # "Confidential Head of Research": the search is confidential, not the title's
    while len(words) > 2 and kept_back(words[-1].strip(_PUNCTUATION)):
        words.pop()
    words = _without_a_place(words)
    while len(words) > 1 and _TERM.fullmatch(words[-1]):
        words.pop()  # how long a contract runs ("Travel Nurse 13wk", "Locum Pharmacist 6-month"): no part of the title
    role = " ".join(words).strip(_PUNCTUATION)
    if "の" in role and " " not in role:  # "現在募集中のリサーチエンジニア": the part before の describes it
        head, _no, tail = role.rpartition("の")
        role = tail if head and len(tail) >= 2 else role
    if "(" in role or "（" in role:
        for opening, closing in _BRACKET_PAIRS:  # "Data Engineer (Backend)" keeps the bracket it closes
            if role.count(opening) > role.count(closing):
                role += closing
    return role


_CHINESE_JAPANESE_OR_KOREAN = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# what the vocabulary calls the words that frame a role rather than make it: interview and post words
_FRAMING_TAGS = frozenset({"interview", "interview?", "job"})
# the little words between them and the role that are no part of it: Persian "for" and "position" ("مصاحبه برای
# موقعیت کارشناس فروش"), Urdu "of" and "for" ("اکاؤنٹس آفیسر کے عہدے کے لیے")
_FRAMING_WORDS = frozenset("برای موقعیت کے کی کا لیے لئے".split())


def _without_framing_words(words: list[str], facts: EventFacts) -> list[str]:
    """``words`` without the interview and post words at their ends written in a script without capitals ("கணக்காளர்
    பதவிக்கான நேர்காணல்", "সাক্ষাৎকার হিসাবরক্ষক পদের": the accountant's post, interview), which no capital sets
    apart from the title as "Interview" is; a word a role is made of stays."""
    def framing(word: str) -> bool:
        if _cased(word) or _CHINESE_JAPANESE_OR_KOREAN.search(word):
            return False  # (those write a role and its post word as one: their own modules read them)
        if word in _FRAMING_WORDS:
            return True
        tags = facts.vocabulary.scan(fold(word.strip(_PUNCTUATION)))
        return "role" not in tags and not _FRAMING_TAGS.isdisjoint(tags)
    while len(words) > 1 and framing(words[-1]):
        words = words[:-1]
    while len(words) > 1 and (framing(words[0]) or words[0] in OF_A_ROLE):
        words = words[1:]  # (and the "of" a post's word left before it: Pashto "د مالي مدیر بست")
    return words


def _cased(word: str) -> bool:
    """True when ``word`` is written in a script with capital letters (Latin, Greek, Cyrillic, Armenian)."""
    return any(ch.isalpha() and (ch.isupper() or ch.upper() != ch) for ch in word)


# the heads a field follows "in" ("Lecturer in Law", "Consultant in Emergency Medicine", "Specialist in Oncology")
_HEADS_OF_A_FIELD = frozenset("lecturer professor reader fellow researcher specialist consultant teacher tutor"
                              " doctor master degree phd studentship scholar instructor chair".split())


def _without_a_place(words: list[str]) -> list[str]:
    """``words`` of a role without the town after "in" that ends them ("Senior Audiologist in Mosgiel", "Plant
    Manager in New Plymouth"): one to three capitalised words, after a title's head that no field follows."""
    for at in range(len(words) - 2, max(0, len(words) - 5), -1):
        if words[at] != "in":
            continue
        place, head = words[at + 1:], words[at - 1].lower().strip(_PUNCTUATION) if at else ""
        if head and head not in _HEADS_OF_A_FIELD and all(word[:1].isupper() and word.isalpha() for word in place):
            return words[:at]
    return words


def _from_segments(text: str, facts: EventFacts, company: str | None, hint: str,
                   titled_names: bool = False) -> str | None:
    """A part of ``text`` that reads as a role; parts holding ``hint`` (a role word) come first.

    With ``titled_names``, a part just before a person's name is their title too ("Head of Design:
    Idris Kane"), as a line of a description writes it.
    """
    offered = _offered_after_an_agency(text)
    for form in company_forms(company):
        text = without(text, form, " | ")
    parts = split_parts(text)
    if not text.isascii() and _LATIN_THEN_GREEK_OR_CYRILLIC.search(text):
        parts = [piece for part in parts
                 for piece in (_LATIN_THEN_GREEK_OR_CYRILLIC.split(part, 1) if _starts_in_latin(part) else (part,))]
    segments = [_before_the_interviewer(facts, _after_the_company(segment, company)) for segment in parts]
    # each part is looked at only when its turn comes (most titles' first part holding the hint is the role)
    for i in sorted(range(len(segments)), key=lambda i: hint not in fold(segments[i])):
        segment = segments[i]
        if (_someones_part(facts, text, parts, segments, i, titled_names) and not _offered(parts[i], offered)) \
                or _MEETS_SOMEONE.match(segment) or _names_the_organisation(facts, segment):
            continue
        role = _candidate(segment, facts, company)
        if role and not _names_someone(facts, role) and not _someones_title(facts, role) \
                and not _title_and_name(facts, role) and not facts.written_as_someone(role):
            return role  # (not "Ben Butler" of "Interview with Ben Butler": a name whose surname is a trade's)
    return None


# a bracket and a dash after it: "Efua Mensah (Lagoon Talent Partners) – Plant Maintenance Supervisor"
_BRACKET_THEN_DASH = re.compile(r"\(([^()]{3,60})\)\s*[–—-]\s+")


def _offered_after_an_agency(text: str) -> list[str]:
    """What ``text`` writes after a recruitment agency in brackets and a dash ("Efua Mensah (Lagoon Talent
    Partners) – Plant Maintenance Supervisor, ..."): the bracket says whose recruiter the name is, and what follows
    is the role on offer, not that recruiter's own title."""
    if "(" not in text:
        return []
    return [text[found.end():] for found in _BRACKET_THEN_DASH.finditer(text) if names_an_agency(found.group(1))]


def _offered(part: str, offered: list[str]) -> bool:
    """True when ``part`` starts one of the texts ``_offered_after_an_agency`` gave."""
    part = part.strip()
    return bool(part) and any(after.startswith(part) for after in offered)


# a title in Latin letters that starts a part ends where a sentence in Greek or Cyrillic letters goes on ("Acoustic
# Test Engineer για το R&D site", "Data Engineer в команду платформы"); a sentence in those letters holding a Latin
# word ("πώς είναι να περνάς από broker σε ...") is no title
_LATIN_THEN_GREEK_OR_CYRILLIC = re.compile(r"(?<=[A-Za-z0-9)])\s+(?=[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff])")


def _starts_in_latin(part: str) -> bool:
    return part[:1].isascii() and part[:1].isalpha()


def _someones_part(facts: EventFacts, text: str, parts: list[str], segments: list[str], i: int,
                   titled_names: bool) -> bool:
    """True when part ``i`` of ``text`` follows a person's name, or, with ``titled_names``, comes before one: it is
    their title ("Interview with Dana Whitfield (Controller)", "final chat with Dana (Controller)": the name looked
    for before the interview words' cut took it off), not the role. ``segments`` are the parts so cut."""
    if i and (_ends_with_someone(facts, parts[i - 1]) or _bracket_after_someone(facts, text, parts[i - 1])
              or titled_names and _someone_alone(facts, segments[i - 1])):
        return True
    return titled_names and i + 1 < len(segments) and _starts_with_someone(facts, segments[i + 1])


def _after_the_company(segment: str, company: str | None) -> str:
    """``segment`` after the company's short name and a comma before it ("Kwikship, Lead Product Designer" for
    Kwikship Logistics): the role follows."""
    head, comma, rest = segment.partition(", ")
    if not comma or not company or not rest:
        return segment
    words, named = head.split(), company.split()
    return rest if words and len(words) < len(named) and fold(" ".join(named[:len(words)])) == fold(head) else segment


def _names_the_organisation(facts: EventFacts, segment: str) -> bool:
    """True when ``segment`` is the name the location gives first ("Vltavská inženýrská, a.s., Na Florenci
    00"), is made of words the location writes (a site), or is what the description writes before a legal form:
    an organisation whose name holds a role's word ("inženýrská", engineering), when the company was read from
    elsewhere (its domain)."""
    location = facts.event.location
    if location:  # (many events have none)
        folded = fold(segment)
        business = location.partition(",")[0].strip()
        if business and fold(business) == folded:
            return True
        words = _WORD.findall(folded)
        if len(words) >= 2 and set(words) <= set(_WORD.findall(fold(location))):
            return True  # a site the location writes too ("(Leeds Engineering Depot)"; "Engineering Depot, Leeds")
    at = facts.description.find(segment)
    return at >= 0 and LEGAL_FORM_AHEAD.match(facts.description, at + len(segment)) is not None


# who an interview or a chat is with, after the interview words of a title: "video interview w/ VP Sales",
# "entrevista c/ a Diretora-Geral", "Gespräch mit der Teamleitung", "chat with Head of Product", "ngobrol sama
# VP Engineering", "среща с финансовия директор"; their title is not the role
_WITH_SOMEONE = re.compile(r"\s(?:w/|with|c/|com|con|avec|mit|met|med|dengan|sama|bareng|bersama|з|із|зі|с|със|со)\s",
                           re.IGNORECASE)


# a title's part that says whom the user meets, the meeting word and their titles with nothing between ("rencontre
# DAF + directeur d'usine", "meet CFO + plant manager", "kennenlernen Teamleitung"): their titles, not the role
_MEETS_SOMEONE = re.compile(r"(?:rencontre|rencontrer|meet|kennenlernen|conocer)\s", re.IGNORECASE)


def _before_the_interviewer(facts: EventFacts, segment: str) -> str:
    """``segment`` up to whom an interview in it is with, when interview words come before them, or a meeting
    that names no role ("meeting with the finance director": the title is the person's, not the post)."""
    match = _WITH_SOMEONE.search(segment) if " " in segment else None
    if match is None:
        return segment
    before = fold(segment[:match.start()])
    tags = facts.vocabulary.scan(before)
    if any(tag.startswith(("interview", "stage", "mode=", "chat")) for tag in tags):
        return segment[:match.start()]
    return segment if "role" in tags or practitioner(before) else segment[:match.start()]


def company_forms(company: str | None) -> tuple[str, ...]:
    """The company as a title may write it: in full, and without its last word when three or more
    ("Orchid Pacific" for "Orchid Pacific Bank": the kind of business or a legal suffix left out)."""
    if not company:
        return ()
    words = company.split()
    return (company, " ".join(words[:-1])) if len(words) >= 3 else (company,)


def _from_description(facts: EventFacts, company: str | None) -> str | None:
    # a line may name the interviewer beside the role ("Founding Designer - interview with Kavi");
    # the parts that name someone, or follow a name ("Kavi - CEO"), are left out by _from_segments
    senders = {fold(p.name) for p in (facts.organizer, *facts.others) if p is not None and p.name}
    lines = facts.description[:1500].splitlines()
    for at, line in enumerate(lines):
        if signs_off(line) or fold(line.strip()) in senders or (
                # a name alone, a title under it: a signature (a name on the first line greets)
                any(lines[:at]) and at + 1 < len(lines) and lines[at + 1].strip()
                and (_someone_alone(facts, line) or _named_above_a_title(facts, line, lines[at + 1]))
        ) or not line.isascii() and signs_as_recruiting_team(line):
            break  # the signature's titles are the sender's, not the role
        if _describes_the_client(facts, line):
            continue
        heading = _HEADING.match(line.strip())
        label = fold(heading.group(1)).strip() if heading else ""
        if label and (INTERVIEWERS_HEADING.search(label) or facts.vocabulary.scan(label).get("role") == label):
            # "Interviewer: Dr. Luc Bergeron, Regional Medical Lead", "面接官：中村様（課長）", "担当：制御チーム
            # 長谷川" (in charge): who the user meets, with their titles
            continue
        opening = None
        if len(line) > 120 and ": " in line[:40]:  # a booking's notes may open with the role ("Notes: Technician
            line = line.partition(". ")[0]  # – Oslo. Moving in April ..."): their first sentence
        elif len(line) > 120 and (head := _DASHED_HEAD.match(line)):
            opening = head.group("head")  # "Head of Regulatory Compliance – client is a licensed bank, ...": the role
        elif len(line) > 120 and (head := _COMMA_HEAD.match(line)) and _reads_as_a_title(facts, head.group("head")):
            opening = head.group("head")  # "Site Manager, regional depot, client confidential ...": role, then notes
        # notes run short sentences together ("Gold producer, unnamed. Resource Geologist, Perth office."):
        # each is looked at as a line of its own, a role in them written as a title is ("Resource Geologist"); so
        # are the sentences after an opening that names no role but the employer or the caller ("Kaamos Bioenergia –
        # Fuel Procurement Specialist. ...", "Lena Hoffmann, recruiter. Acoustic Test Engineer ...")
        parts = _SENTENCE_END.split(line) if len(line) > 120 else [line]
        if opening:
            parts.insert(0, opening)
        for part in parts:
            if len(part) > 120 or part.rstrip().endswith((":", "：")) or _a_question(part):
                continue  # a sentence, a heading that introduces a list, or a question the user means to ask
            role = _from_segments(part, facts, company, facts.text_hits["role"], titled_names=True)
            if role and (part is opening or len(parts) == 1 or _title_cased(role)):
                return role
    return None


# a label and its colon starting a line ("Interviewers:", "■面接官：")
_HEADING = re.compile(r"^([^:：\n]{1,30})[:：]")


def _describes_the_client(facts: EventFacts, line: str) -> bool:
    """True for a line of notes that opens with a client the recruiter may not name yet, and names no job ("client
    confidential for now – 'aerospace parts operator, Clyde side'"): what follows is the client, the kind of firm
    it is ("operator"), not the role."""
    opening = UNDISCLOSED_CLIENT.match(fold(line.strip()))
    return opening is not None and "job" not in facts.vocabulary.scan(fold(line))


# (in Latin, Greek or Cyrillic letters: "... στη Θεσσαλονίκη. Ρωτάει για ..."; not after a rank or a courtesy title
# written short, "Elena (Sr. Solutions Engineer)", "Mrs. Adeyemi")
_SENTENCE_END = re.compile(r"(?<=[a-z\u03ac-\u03ce\u0430-\u045f])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})\.\s+"
                           r"(?=[A-Z\u0386-\u03a9\u0400-\u042f])")


def _title_cased(role: str) -> bool:
    """True when every longer word of ``role`` begins with a capital ("Head of Resource Geology")."""
    return all(word[0].isupper() for word in role.split() if len(word) > 3 and word.isalpha())


# notes that open with a few words and a dash before the sentences ("Head of Regulatory Compliance – client is ...")
_DASHED_HEAD = re.compile(r"^(?P<head>[^–—\n]{3,60}?)\s[–—-]\s")
# and notes that open with a title in capitals and a comma before lower-case notes ("Site Manager, regional depot, ...",
# "Responsable paie, « groupe industriel », ...")
_COMMA_HEAD = re.compile(r"^(?P<head>[A-Z][^,.;:\n]{2,50}),\s+(?=(?:[«“\"„]\s*)?[a-z])")


def _reads_as_a_title(facts: EventFacts, head: str) -> bool:
    """True when ``head`` is written as a job title: in capitals ("Site Manager"), or beginning with a word that heads
    one, as French and Spanish write titles in lower case after the first word ("Responsable contrôle de gestion")."""
    if _title_cased(head):
        return True
    folded = fold(head)
    word = facts.vocabulary.scan(folded).get("role")
    return word is not None and folded.startswith(word)


def _a_question(line: str) -> bool:
    """True when ``line`` is one question ("・do they hire designers?"), not notes ending in one."""
    line = line.rstrip()
    return line.endswith(("?", "？")) and ". " not in line and "! " not in line


def _ends_with_someone(facts: EventFacts, text: str) -> bool:
    words = _WORD.findall(text.lower())
    return bool(words) and _is_someones_name(facts, words[-1])


def _bracket_after_someone(facts: EventFacts, text: str, part: str) -> bool:
    """True when ``part`` of ``text`` ends with someone's address ("mei.ito@acme.com (Sr Scientist)") or with whom a
    chat is with, by a name nobody invited ("chat w/ Sam Ortiz (CTO)"), and a bracket follows: the bracket holds
    their title, not the post."""
    if "@" in part and _ENDS_WITH_ADDRESS.search(part):
        name = part.rsplit(None, 1)[-1]
        return f"{name} (" in text or f"{name}(" in text
    withs = list(_WITH_SOMEONE.finditer(part)) if " " in part else []
    if not withs:
        return False
    name = part[withs[-1].end():].strip()  # (after the last "with": whom the part ends with)
    return (f"{name} (" in text or f"{name}(" in text) and _someone_alone(facts, name)


_ENDS_WITH_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


def _starts_with_someone(facts: EventFacts, text: str) -> bool:
    words = _WORD.findall(text.lower())
    return bool(words) and _is_someones_name(facts, words[0])


_HONORIFICS = ("様", "さん", "殿")  # "田中 様": a greeting, not a signature


def _someone_alone(facts: EventFacts, text: str) -> bool:
    """True when ``text`` is nothing but the name of someone other than the user ("Amélie Fortin" opening a
    signature, or before "| Recruiting Coordinator"): what follows is their title, not the role."""
    from .evidence import is_person_name  # (evidence reads roles: imported here, once role is loaded)

    text = text.strip()
    folded = fold(text)  # no word of the vocabulary ("Phone Screen"), no service ("Microsoft Teams")
    return (" " in text and not text.endswith(_HONORIFICS) and is_person_name(text)
            and not facts.vocabulary.scan(folded) and not is_service(text) and not facts.names_me(folded))


def _named_above_a_title(facts: EventFacts, line: str, below: str) -> bool:
    """True when ``line`` is written as a person's name whose surname is a trade's ("Tom Baker", "Ann Porter") and
    the line below it names a job ("Head of Operations, Contoso"): a signature, the name above the sender's title."""
    from .evidence import is_person_name  # (evidence reads roles: imported here, once role is loaded)

    line = line.strip()
    if " " not in line or not is_person_name(line) or set(facts.vocabulary.scan(fold(line))) != {"role"}:
        return False
    return _names_a_job(facts, below)


def _is_someones_name(facts: EventFacts, word: str) -> bool:
    return word in facts.name_words_of_others


def _names_someone(facts: EventFacts, text: str) -> bool:
    words = set(_WORD.findall(text.lower()))
    for person in (facts.organizer, *facts.others):
        if person and person.name and "@" not in person.name:
            first = person.name.split()[0].lower()
            if len(first) > 2 and first in words:
                return True
    return False


def _someones_title(facts: EventFacts, role: str) -> bool:
    """True when the description writes ``role`` after the name of someone invited and a comma or a bracket
    ("Final conversation with Dana Reyes, Country Director"): a title part that is their title, not the post."""
    text = facts.description[:1500]
    at = text.find(role) if text else -1
    while at > 0:
        before = text[max(0, at - 40):at]
        if before.endswith((", ", " (")):
            # (a name in Armenian letters is the one the invitation writes in Latin ones: "Տիգրան" Tigran)
            words = {names_in_latin(w.strip(".,'’")) for w in before[:-2].split()[-2:] if w[:1].isupper()}
            if words and not words.isdisjoint(_invited_name_words(facts)):
                return True
        at = text.find(role, at + 1)
    return False


def _title_and_name(facts: EventFacts, role: str) -> bool:
    """True when ``role`` ends with two or more capitalised words that are someone's name, invited or written with
    their address ("Forskningsleder Per Ove Kristiansen (per.ove.kristiansen@...)"): a title before a name is that
    person's, not the post."""
    words = role.split()
    if len(words) < 3 or not words[-1][:1].isupper() or not words[-2][:1].isupper():
        return False  # (most roles: no name at their end)
    tail = {word.strip(".,'’").lower() for word in words[-2:]}
    return any(tail <= name for name in _peoples_names(facts))


def _peoples_names(facts: EventFacts) -> list[set[str]]:
    """The words of each person's name: of those invited, and of the addresses the description writes (a shared
    mailbox's, "data.platform@", names no one)."""
    names = []
    for person in (facts.organizer, *facts.others):
        if person is not None and address_kind(person.email, person.name) == "person":
            words = {w.lower() for w in person.name.split()} if person.name and "@" not in person.name else set()
            names.append(words | set(_ADDRESS_PARTS.split(person.email.partition("@")[0].lower())))
    if "@" in facts.description:
        for address in _WRITTEN_FULL_ADDRESS.findall(facts.description[:1500]):
            if address_kind(address) == "person":
                names.append(set(_ADDRESS_PARTS.split(address.partition("@")[0].lower())))
    return names


_WRITTEN_FULL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _invited_name_words(facts: EventFacts) -> set[str]:
    """The words of the invited people's names and of their addresses' names ("hartley" of m.hartley@...)."""
    words = set()
    for person in (facts.organizer, *facts.others):
        if person is None:
            continue
        if person.name and "@" not in person.name:
            words.update(word.lower() for word in person.name.split())
        words.update(part for part in _ADDRESS_PARTS.split(person.email.partition("@")[0].lower()) if len(part) > 2)
    if "@" in facts.description:  # and of the addresses the description gives ("Nora Haddad, CFO. n.haddad@...")
        words.update(part for local in _WRITTEN_ADDRESS.findall(facts.description[:1500].lower())
                     for part in _ADDRESS_PARTS.split(local) if len(part) > 2)
    return words


_WRITTEN_ADDRESS = re.compile(r"([\w.-]+)@[\w-]+\.")


_ADDRESS_PARTS = re.compile(r"[._-]")  # the marks between an address's name parts ("m.hartley", "dana-reyes")


# the finders of a role in one particular frame, with its score and the cheap test that must hold before it looks
_FRAMES = (
    (3.5, lambda facts: "(" in facts.description[:1500], _bracketed_after_a_post),
    (3.5, lambda facts: True, _after_posting_id),
    (4.5, lambda facts: ":" in facts.title, _rank_and_area),
    (3.5, lambda facts: "hiring" in facts.text_f or "recruiting" in facts.text_f, _hired_in_numbers),
    (3.5, lambda facts: "search" in facts.text_f, _recruiters_search),
    (3.5, lambda facts: "client" in facts.text_hits, _for_a_client),
    (3.5, lambda facts: "-stelle" in facts.text_f or "-rooli" in facts.text_f, _compound_posting),
    (3.5, lambda facts: "event" in facts.text_f, _from_booked_event),
)
