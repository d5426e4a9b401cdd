"""A role as the posting writes it: ranked among the places that name it, then written in full.

Finders see a role in pieces: a title cut at its dashes and brackets ("Software Engineer II",
"Backend Developer"), a description cut at its first comma. The candidates are ranked (a longer one
that holds a shorter one's words takes its place), and the best is written as the text writes it:
with the team or area a dash, a comma or brackets add ("Software Engineer II - Data Platform",
"Backend Developer (Go)", "Management Trainee (Finance & Accounts)") and the capitalised words just
before it ("the FP&A Analyst role").
"""
from __future__ import annotations

import re

from .domains import GEORGIAN_LETTER
from .facts import EventFacts
from .lexicon import LEXICON
from .role_heads import practitioner
from .scanner import fold, spellings
from .words import kept_back

# a team, an area or a specialty after a role: " - Data Platform", " (Go)", ", Housing First"
_AFTER = re.compile(
    r"(?:[ \t]+[-–—][ \t]+|[ \t]*\([ \t]*|,[ \t]+)"
    r"(?P<words>[A-Z0-9&][\w&/'’+-]*(?:[ \t]+(?:[A-Z0-9&][\w&/'’+-]*|&|and|of|de|del|des|du|y|e|et|und|en|in))*)"
    r"(?P<close>[ \t]*\))?"
)
# where such words must end for them to belong to the role: the end of a line or a phrase
_ENDS = re.compile(r"[ \t]*(?:$|[\n.,;:|(]|[-–—][ \t]|(?:at|en|bei|chez|na|no|em|bij|in|presso|à|with|con|com|mit)\b)")
# capitalised words just before a role ("the FP&A Analyst role"), after a word that frames it
_BEFORE = re.compile(r"(?:^|[\s(:–—-]|\b(?:the|a|an|de|als|as|for|para|pour|der|die|das|het|een|el|la|o|a))\s*"
                     r"(?P<words>(?:[A-Z0-9][\w&/'’+.-]*[ \t]+){1,2})$")
_NOT_QUALIFIERS = frozenset(
    "interview interviews round call screen video phone onsite remote hybrid online virtual final first second third"
    " technical panel stage session meeting chat gespräch gesprächstermin termin"
    " candidatura candidature bewerbung solicitud sollicitatie ansökan søknad ansøgning"  # "Candidatura Cuoco"
    " siz sizi sen seni biz bizi".split()  # the one invited: "Sizi Satuw menejeri wezipesine çagyrýarys"
)


def best_role(facts: EventFacts, candidates: list[tuple[float, str]], company: str | None) -> str | None:
    """The best of ``candidates`` (score, role), written in full. A longer candidate holding a shorter
    one's words ("Backend Developer (Go)", "Backend Developer") scores as the better of the two, and
    a little more, since two places name it; so does one whose words a shorter one abbreviates ("Technical Writer
    II" of "tech writer"): the title written in full."""
    # a line holding an address is a header or a signature ("To: Jo Bloggs <jo.bloggs.rn@…>"), never a post
    candidates = [(score, role) for score, role in candidates if "@" not in role]
    if not candidates:
        return None
    scored: dict[str, float] = {}
    for score, role in candidates:
        scored[role] = max(score, scored.get(role, score))
    for short, score in list(scored.items()) if len(scored) > 1 else ():
        words = set(_words(short))
        for long, long_score in list(scored.items()):
            if long != short and (words < set(_words(long)) or _abbreviates(short, long)):
                scored[long] = max(long_score, score) + 0.5
    best = written_in_full(facts, max(scored, key=lambda role: (scored[role], len(role))), company)
    best = tidied(facts, best)
    if _ABBREVIATION.search(best):
        best = _expanded(facts, best)
    first = best.split(" ", 1)[0]
    if first.endswith("ού") and len(first) > 4:
        best = _nominative(first) + best[len(first):]
    # "pour le poste de coordonnatrice de ...": a title starts capitalised; Georgian capitalises no title
    if first.isalpha() and first.islower() and not GEORGIAN_LETTER.match(first):
        best = best[0].upper() + best[1:]
    return best


def _nominative(genitive: str) -> str:
    """A Greek title's head as one names the post, of its genitive after the word for a post ("θέση Μηχανικού
    Ακουστικής": "Μηχανικός"): an ending "-ού" stressed is "-ός"; the words after it stay, they are genitive in
    the title too. The heads whose stress moves ("Υπευθύνου", "Υπεύθυνος") end in "-ου" unstressed: left as
    written."""
    return genitive[:-2] + "ός"


# an abbreviation in a role: "TM Lead", "AML Analyst" (two to four capitals)
_ABBREVIATION = re.compile(r"\b[A-Z]{2,4}\b")


def _expanded(facts: EventFacts, role: str) -> str:
    """``role`` with its abbreviation written out as the description writes it: "TM Lead" when the
    description says "Transaction Monitoring Lead"."""
    text = facts.description[:1500]
    for match in _ABBREVIATION.finditer(role) if text else ():
        letters = match.group(0)
        words = r"\s+".join(f"{letter}[a-z]+" for letter in letters)
        after = re.escape(role[match.end():].strip())
        before = re.escape(role[:match.start()].strip())
        found = re.search(rf"\b{before}\s*\b(?P<words>{words})\b\s*{after}", text)
        if found:
            return role[:match.start()] + found.group("words") + role[match.end():]
    return role


# the Turkish, Azerbaijani and Turkmen endings of a word saying where something is ("İzmir şubemizdeki",
# "Aşgabatdaky": which is at ...): it qualifies the place, not the work, and no role starts with it
WHICH_IS_AT = ("daki", "deki", "taki", "teki", "dakı", "dəki", "daky", "däki", "taky", "täki")


def written_in_full(facts: EventFacts, role: str, company: str | None) -> str:
    """``role`` with the qualifier the text writes after it and the capitalised words before it."""
    for text, in_title in ((facts.title, True), (facts.description[:1500], False)):
        at = text.find(role) if text else -1
        while at >= 0:
            longer = _with_qualifier(facts, text, at, role, company, in_title)
            if longer != role:
                return longer
            at = text.find(role, at + 1)
    return role


def _with_qualifier(facts: EventFacts, text: str, at: int, role: str, company: str | None, in_title: bool) -> str:
    end = at + len(role)
    after = _AFTER.match(text, end)
    if after and in_title and after.group(0).lstrip(" \t")[:1] in "-–—":
        after = None  # a title's dashes separate its parts ("Interview – Sous Chef – Harbour Kitchen")
    if after and role.count("(") <= role.count(")") and is_qualifier(facts, after.group("words"), company):
        bracketed = after.group(0).lstrip(" \t").startswith("(")
        stop = after.end() if bracketed else after.end("words")  # "(Manager – Supramax)": not its bracket
        if bracketed and not after.group("close"):
            after = None  # an open bracket whose words go on: not a qualifier
        elif _ENDS.match(text, stop):
            role = text[at:stop].strip()
    space = text.rfind(" ", 0, max(0, at - 1))
    if at < 2 or text[at - 1] not in " \t" or not text[space + 1:at][:1].isupper():
        return role  # no capitalised word just before it
    if text[space + 1:at].rstrip().lower().endswith(WHICH_IS_AT):
        return role  # "Aşgabatdaky Satuw menejeri": where the post is
    before = _BEFORE.search(text, max(0, at - 40), at)
    if before and _ends_a_sentence(before.group("words")):
        return role  # "got my CV from Winnie. Head of Fraud & Risk": a name ends the sentence before the role
    if before and is_qualifier(facts, before.group("words"), company, ahead=True):
        role = before.group("words").strip() + " " + role
    return role


def _ends_a_sentence(words: str) -> bool:
    """True when ``words`` end with a full stop after a word longer than an abbreviation ("Winnie.", not "Sr.")."""
    last = words.split()[-1]
    return last.endswith(".") and len(last) > 5 and last[:-1].isalpha()


def is_qualifier(facts: EventFacts, words: str, company: str | None, ahead: bool = False) -> bool:
    """True when ``words`` may be part of a role's title: not the company, not someone's name, not a
    reference, not interview or stage wording, at most four words."""
    parts = _words(words)
    if not parts or len(parts) > 4 or any(ch.isdigit() for ch in words):
        return False
    if company and fold(company) in fold(words) or fold(words) in fold(company or "\0"):
        return False
    if all(kept_back(word) for word in words.split()):
        return False  # "(Confidential)": the search is kept back, the title says nothing more
    if _NOT_QUALIFIERS.intersection(parts) or facts.name_words_of_others.intersection(parts) or \
            facts.my_name_words.intersection(parts):
        return False
    tags = facts.vocabulary.scan(fold(words))
    if any(tag.startswith(("interview", "stage", "mode=", "info", "x:", "x!:")) for tag in tags):
        return False
    return not ahead or len(parts) <= 2


def _abbreviates(short: str, long: str) -> bool:
    """True when the words of ``short`` begin the words of ``long`` in turn, one at least shortened ("tech writer"
    of "Technical Writer II", "Sr Data Eng" of "Senior Data Engineer"): the same title, ``long`` written in full."""
    shorts, longs = _words(short), _words(long)
    if len(shorts) > len(longs):
        return False
    for start in range(len(longs) - len(shorts) + 1):
        run = longs[start:start + len(shorts)]
        if all(word.startswith(s[:1]) and _shortens(s, word) for s, word in zip(shorts, run, strict=True)) \
                and run != shorts:
            return True
    return False


def _shortens(short: str, word: str) -> bool:
    """True when ``short`` is ``word`` or a short form of it: its start ("tech" of "technical"), or its letters
    in order from the first ("sr" of "senior", "mgr" of "manager")."""
    if word.startswith(short):
        return True
    letters = iter(word)
    return len(short) >= 2 and all(letter in letters for letter in short)


def _words(text: str) -> list[str]:
    return _WORD_LIKE.findall(fold(text))


_WORD_LIKE = re.compile(r"[\w&+]+")  # a title's words, "FP&A" and "C++" whole


# The words that frame a role: the vocabularies' words for a post ("Stelle", "vaga de", "cargo de") and the phrases a
# role follows ("we are looking for": "ieškome", "your application as"), save the prepositions that join any words
# ("for", "als", "como") and the words that start titles too ("Post Office Clerk", "Cargo Agent", "Job Coach")
_TITLE_STARTS = frozenset("post pos cargo job opening designation titel".split())
_NOT_FRAMING = _TITLE_STARTS | frozenset("for für para per als som come como jako ως wegen untuk. kao. као. re:"
                                         .split())
_FRAMING = frozenset(
    form.rstrip(".:") for phrase in (*LEXICON.phrases("job", "before_role"), *LEXICON.phrases("job", "labels"))
    if phrase not in _NOT_FRAMING for form in spellings(phrase.lower())) | {"re", "regarding", "requisition"}
# the words that join a framing word to the role ("vaga de", "application as", "cargo de")
_FRAMING_LINKS = frozenset("de di da do of as als van the a an la el le lo il o".split())
# how the work is done, before a role ("the part-time Group Accountant position"): not its title
_ARRANGEMENTS = frozenset("part-time full-time contract-to-hire temp-to-perm fixed-term".split())
# the words for a post a role is written before in the languages that write it so ("Muhasebe Uzmanı pozisyonu",
# "회계 담당자 포지션", Burmese joining it to the role: "စာရင်းကိုင်ရာထူး"), and the "of" that may open such a role
# (Pashto "د سافټویر انجینر بست")
POSTS_AFTER_A_ROLE = tuple(sorted({phrase.lower() for phrase in LEXICON.phrases("job", "after_role")}, key=len,
                                  reverse=True))
OF_A_ROLE = frozenset(phrase.lower() for phrase in LEXICON.phrases("job", "of_role"))
# the word for a post after the role, in lower case ("Head of Product roll", "UX Lead position")
_POST_AFTER = frozenset("role roll rolle rooli ruolo rol position posizione posición posição positio vaga vacante"
                        " vacature stelle vacancy".split())


def tidied(facts: EventFacts, role: str) -> str:
    """``role`` as a note copies it ("the <role> role"): without the words that frame it before ("Stelle ...",
    "Hablar de la vacante de ...", "Your application as ...") or the word for a post after it, when what is left
    still names a role."""
    if "(" in role:
        role = _JOB_BOARD.sub("", _EMPTY_BRACKETS.sub("", role))
    role = _LONE_LEGAL_FORM.sub("", role).strip(" ,–—-")
    words = role.split()
    while len(words) > 2 and kept_back(words[0]):
        words.pop(0)  # "Confidential Head of Research": the search is confidential, not the title's
    start = _role_start(facts, words)
    if start:
        words = words[start:]
    words = words[:_clause_start(words)]
    while len(words) > 1 and (words[-1] in _POST_AFTER or words[-1] in _DAY_LINKS):
        words.pop()
    words = without_the_post_after(facts, words)
    return " ".join(words).rstrip(" ,;–—-") or role


# the job board an ad was seen on, in brackets after the role a note copies from it ("Motion Designer (InfoJobs)",
# "Nurse Educator (via Seek)"): where the job was posted, not its title
_JOB_BOARD = re.compile(
    r"\s*\((?:via\s+|on\s+|de\s+|a\s+)?(?:infojobs|indeed|linkedin|stepstone|glassdoor|seek|naukri|xing|monster"
    r"|jobstreet|feina activa)\)",
    re.IGNORECASE,
)
# brackets left empty once a company's name is taken out of them ("Fuel Procurement Specialist ( )")
_EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)")
# a legal form alone after a comma or a dash, its company's name taken out ("Analyst – A.Ş. (Tuzla)", "..., Oy")
_LONE_LEGAL_FORM = re.compile(
    r"\s*[,–—-]\s*(?:GmbH|AG|Ltd|Inc|LLC|PLC|Oyj?|AB|ASA?|A/S|ApS|B\.\s?V|N\.\s?V|S\.\s?A|S\.\s?L|S\.?p\.?A|S\.?r\.?l"
    r"|SARL|SAS|A\.\s?Ş|Kft|Zrt|s\.\s?r\.\s?o|a\.\s?s|Pty(?: Ltd)?)\.?(?=\s*(?:$|[(,–—-]))")
# what starts a phrase about the employer, not the post: a preposition and an indefinite article or a possessive
# ("bei einem Versicherer", "para una red de clínicas", "per un cliente", "for a bank", "at one of"), or the
# Portuguese preposition joined to one ("num grupo hospitalar", "numa rede"); and a weekday ("am Mittwoch")
_EMPLOYER_PREPOSITIONS = frozenset("for at with in bei an für mit in von para en con per presso pour chez dans avec"
                                   " em com voor bij met op hos på för".split())
_INDEFINITES = frozenset("a an one un una uno um uma une ein eine einem einer eines einen een our their nuestra"
                         " nuestro nuestros nuestras nossa nosso nossas nossos nostro nostra unsere unserem"
                         " unserer unseren notre nos onze".split())
_JOINED_INDEFINITES = frozenset("num numa nuns numas".split())
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag samstag"
    " sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles miercoles jueves viernes"
    " sábado domingo lunedì martedì mercoledì giovedì venerdì sabato segunda-feira terça-feira quarta-feira"
    " quinta-feira sexta-feira maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split())
# the words before a weekday ("am Mittwoch", "on Monday", "el lunes")
_DAY_LINKS = frozenset("am on el le il op".split())


def _clause_start(words: list[str]) -> int:
    """Where a phrase about the employer or a weekday starts in ``words`` (their length when none does)."""
    for at in range(1, len(words)):
        word = words[at].lower().strip(",.;()")
        if word in _JOINED_INDEFINITES or word in _WEEKDAYS or (
                word in _EMPLOYER_PREPOSITIONS and at + 1 < len(words)
                and words[at + 1].lower().strip(",") in _INDEFINITES):
            return at
    return len(words)


def _role_start(facts: EventFacts, words: list[str]) -> int:
    """Where the role starts in ``words``: after the framing words before it (capitalised at the start, "Position
    Head of HR"; in lower case after other words, "Proveer el cargo de ...") and the links after them, when the
    role left starts with a capital and names one; 0 when nothing frames it."""
    for at in range(len(words) - 1):
        if at and not words[at].islower():
            continue
        for size in (3, 2, 1):
            phrase = " ".join(words[at:at + size]).lower()
            # (the words that start titles too frame one in lower case after other words: "proveer el cargo de ...")
            if phrase in _FRAMING or size == 1 and (phrase in _ARRANGEMENTS or at and phrase in _TITLE_STARTS):
                start = at + size
                while start < len(words) - 1 and words[start].lower() in _FRAMING_LINKS:
                    start += 1
                rest = words[start:]
                if rest and rest[0][:1].isupper() and _names_a_role(facts, " ".join(rest)):
                    return start
    return 0


def _names_a_role(facts: EventFacts, words: str) -> bool:
    folded = fold(words)
    return "role" in facts.vocabulary.scan(folded) or practitioner(folded) is not None


def without_the_post_after(facts: EventFacts, words: list[str]) -> list[str]:
    """``words`` without the word for a post written after the role (``POSTS_AFTER_A_ROLE``) and the "of" before
    it, when what is left still names a role."""
    last = words[-1].lower() if words else ""
    if not last.endswith(POSTS_AFTER_A_ROLE):
        return words  # (most roles: no post after them, told without a step through the posts)
    for post in POSTS_AFTER_A_ROLE:
        if last == post and len(words) > 1:
            rest = words[:-1]
        elif last.endswith(post) and len(last) > len(post) and joins_its_post(post):
            rest = [*words[:-1], words[-1][:-len(post)]]
        else:
            continue
        if len(rest) > 1 and rest[0].lower() in OF_A_ROLE:
            rest = rest[1:]
        if _names_a_role(facts, " ".join(rest)):
            return rest
    return words


def joins_its_post(post: str) -> bool:
    """True when ``post`` is of a script that writes no space between words (Burmese, Thai, Khmer, Chinese,
    Japanese): a role runs into it."""
    return any("\u0e00" <= ch <= "\u0fff" or "\u1000" <= ch <= "\u109f" or "\u1780" <= ch <= "\u17ff"
               or "\u3040" <= ch <= "\u9fff" for ch in post)
