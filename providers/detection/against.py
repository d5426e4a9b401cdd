"""Evidence against an interview, and the two facts that are rules rather than evidence.

Cancelled events and events the user declined are not interviews whatever they say: those are
facts about the event, not readings of its words (``structural``). Everything else that speaks
against an interview (a mock interview, a deadline, the hiring side, a routine meeting...) is
evidence (``gather``), weighed against the evidence for one.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .domains import domain_label, squash
from .evidence import SAYS_INTERVIEW, Found, longest_usual, own_job_talk, recruiting_organizer
from .evidence_table import KINDS_AGAINST
from .facts import EventFacts
from .lexicon import LEXICON
from .scanner import fold, phrase_regex, spellings, trie_pattern
from .systems import FREEMAIL
from .words import INTERNAL_MOBILITY, PRESS_MEDIUM, PRESS_PIECE, UNDISCLOSED_CLIENT, YOUR_APPLICATION

# (a character class: one regular expression's pass over a title costs less than a set look up per character)
_QUOTE = re.compile("['\"“”‘’«»„「」『』]")
_WORD_RE = re.compile(r"\w+")
# a title that names the candidate ("Interview panel (candidate: J. Park)", "Kandidat: Jonas Weber", "候選人 — 王小明")
_NAMED_CANDIDATE = re.compile(
    r"\b(?:candidate|candidat[eao]?|kandidat(?:in)?|kandidaat|bewerber(?:in)?|applicant|sollicitant|sökande|søker"
    r"|ansøger)\s*[:：]\s*"
    r"(?P<name>[^\W\d_][\w.'’ -]{0,40})"
    r"|(?:候補者|応募者|候选人|候選人|应聘者|應徵者)\s*[:：—–-]\s*(?P<cjk>[^\s)）]{1,12})"
    r"|(?P<hangul>[가-힣]{2,4})\s?(?:지원자|후보자)(?:님)?(?![가-힣])",
    re.IGNORECASE,
)
# and without the colon, after the event's name, a full name that ends the title or a part of it
# ("Entrevista estágio – candidata Beatriz Lopes"; not "Candidate Intro Call between ...")
_CANDIDATE_NAMED_BARE = re.compile(
    r"(?:[–—|(,:-]\s*|\s)(?i:candidate|candidat[eao]|kandidat(?:in)?|kandidaat|bewerber(?:in)?|applicant)\s+"
    r"(?P<name>(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[\w'’.-]+(?:\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[\w'’.-]+){1,2})\s*(?:$|[)–—|,(-])"
)
# the user writing that they will interview someone ("I am interviewing Sophie for the summer internship", "I'll
# interview him"): they hold the interview. A day ("I'm interviewing Monday") or a lower-case word ("I'm
# interviewing with ...", "... for the role") leaves the user the candidate. (The look ahead for the "I" first lets
# the regex engine skip every other place at once.)
_I_INTERVIEW = re.compile(
    r"(?=I)\bI(?:\s+am|\s+will(?:\s+be)?|['’](?:m|ll(?:\s+be)?))\s+(?:also\s+)?interview(?:ing)?\s+"
    r"(?:(?:him|her|them|both|the\s+candidates?|a\s+candidate|candidates|applicants|students?)\b"
    r"|(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Today|Tomorrow|Next|This"
    r"|Tonight)[a-z]*\b)[A-Z][a-z]+\b)"
)
# the user writing in their own entry that they interview together with someone, or "we" do ("Tom and me
# interviewing for 4 casuals", "Tom + me interviewing", "Me and Dave (foreman) interviewing", "Jeg og Siri (HR)
# intervjuer 5 kandidater", "vi intervjuer", "Jonas und ich interviewen Mia K."); not with or at an organisation
# ("... intervjuer hos Nordvik", "wir interviewen bei ..."), nor "interviewing you" ("Wir interviewen Sie")
_WE_INTERVIEW = re.compile(
    r"(?:\b(?:I|me|jeg|eg|jag|ich)\s+(?:and|og|och|und|&|\+)\s+(?-i:[A-ZÆØÅÄÖ])[\w'’-]+(?:\s+\([^()\n]{1,30}\))?"
    r"|(?:\b(?:and|og|och|und)|&|\+)\s+(?:me|I|myself|meg|jeg|eg|mig|jag|ich)|\b(?:we|vi|wir))"
    r"(?:\s+are|\s+will(?:\s+be)?|['’](?:re|ll(?:\s+be)?)|\s+skal|\s+ska)?"
    r"\s+(?:both\s+|begge\s+|beide\s+|zusammen\s+|gemeinsam\s+)?"
    r"(?:interview(?:ing|en)?|intervju(?:er|ar|e)|intervjua(?:r)?)\b"
    r"(?!\s+(?:with|at|you|med|hos|på|deg|dig|bei|mit|Sie|dich|euch)\b)",
    re.IGNORECASE,
)
# a line that is an item of a list: "1) ...", "2. ...", "- ...", "• ..."
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-•*·–])\s+\S")
MEDIA_WORDS = frozenset(
    form for noun in LEXICON.phrases("press", "media") for form in spellings(noun.rstrip(".").lower())
)
# a medium at the end of a domain's name ("supplychainmagazine"), or a long one at its start ("revistasetor")
_MEDIUM_IN_LABEL = re.compile(
    "(?:" + trie_pattern(n for n in MEDIA_WORDS if len(n) >= 5 or n == "news") + ")$"
    "|^(?:" + trie_pattern(n for n in MEDIA_WORDS if len(n) >= 6) + ")"
)
_TAGS = {f"{prefix}:{kind}": (kind, prefix == "x") for kind in KINDS_AGAINST for prefix in ("x", "x!")}
_TAG_NAMES = frozenset(_TAGS)


def structural(facts: EventFacts) -> str | None:
    """"cancelled" or "you declined" when the event is so, else ``None``."""
    if facts.event.status == "cancelled" or "cancelled" in facts.text_hits or _cancelled_title(facts):
        return "cancelled"
    if facts.me_attending is not None and facts.me_attending.response == "declined":
        return "you declined"
    return None


def _cancelled_title(facts: EventFacts) -> bool:
    return "cancelled:title" in facts.title_hits or "cancelled" in facts.title_hits


def gather(facts: EventFacts, found: Found) -> None:
    """Add the evidence against ``facts`` being the user's interview to ``found``."""
    _kinds(facts, found)
    if "medium" in facts.title_hits:
        medium = PRESS_MEDIUM.search(facts.title_f)
        if medium:
            found["press_medium"] = medium.group()
    if _only_quoted(facts):
        found["quoted_title"] = ""
    medium = _press_organisation(facts)
    if medium and not _job_beside(facts, found) and not _press_posts(facts.title_f):
        found["press_organisation"] = medium
    outlet = _outlet_and_no_job(facts, found)
    if outlet:
        found.setdefault("press_anywhere", outlet)
    byline = _press_byline(facts) or _own_reporting(facts)
    if byline:
        found.setdefault("press_anywhere", byline)
    _meetings(facts, found)
    hiring_side(facts, found)
    _shape(facts, found)


def _in_an_organisations_name(facts: EventFacts, text: str, word: str, starts: bool = True) -> bool:
    """True when ``word`` in ``text`` ends a name that the domain of an organisation on the event spells with the
    word before it ("Harbor Bio" of harborbio.com, "Nordvik Film" of nordvikfilm.no), or, when ``starts``, begins one
    with the word after it ("Atelier Vantini" of ateliervantini.pt): a company's name."""
    domains = facts.company_domains + facts.written_domains
    if not domains:
        return False
    labels = [domain_label(domain).replace("-", "") for domain in domains]
    squashed = squash(word)
    at = text.find(word)
    while at >= 0:
        before = _WORD_RE.findall(text, max(0, at - 40), at)
        after = _WORD_RE.findall(text, at + len(word), at + len(word) + 40) if starts else ()
        if before and any(squash(before[-1]) + squashed in label for label in labels):
            return True
        if after and any(squashed + squash(after[0]) in label for label in labels):
            return True
        at = text.find(word, at + 1)
    return False


def _kinds(facts: EventFacts, found: Found) -> None:
    for hits, in_title in ((facts.title_hits, True), (facts.text_hits, False)):
        if _TAG_NAMES.isdisjoint(hits):
            continue  # (most texts: no phrase against; told without a step through their tags)
        for tag, phrase in hits.items():
            kind = _TAGS.get(tag)
            if kind is None or (kind[1] and not in_title):
                continue  # a title-only phrase said in the description
            if _names_an_organisation(facts, kind[0], phrase, facts.title_f if in_title else facts.text_f):
                continue  # "Tidal Bio" of tidalbio.com, "Atelier Vantini": a company, not a film or a workshop
            if kind[0] == "press" and _names_the_post_or_employer(facts, found, phrase, in_title):
                continue  # "Podcast Producer – second round", "KBS 기자 면접": a job at a medium
            if in_title:  # said in the title, the event's name ("Mock interview": both kinds)
                found.setdefault(f"{kind[0]}_in_title", phrase)
            if not kind[1]:
                found.setdefault(f"{kind[0]}_anywhere", phrase)
    if "event_in_title" in found and (own_job_talk(facts) or _slot_at_a_fair(facts, found["event_in_title"])):
        del found["event_in_title"]  # the seminar is the user's own job talk; the fair where a booked slot is
    if found.get("coach_in_title") in _CASE_DEBRIEF and "stage=case" in facts.title_hits:
        # "Case study (debrief)", "cas pratique – debrief": the candidate's case gone through with the employer
        del found["coach_in_title"]
        if found.get("coach_anywhere") in _CASE_DEBRIEF:
            del found["coach_anywhere"]
    if "deadline_in_title" in found and (_sent_about_an_interview(facts) or _ONE_WAY in facts.text_hits
                                         or _ONE_WAY in facts.title_hits):
        # "Follow-up" sent by the employer names a meeting, not the user's to-do; the date a one-way video
        # interview is due by is when the user records it, the interview itself
        del found["deadline_in_title"]
    elif found.get("deadline_in_title") in _CALL_BACK and ("agency_call" in found or "own_call_note" in found):
        del found["deadline_in_title"]  # the call back a recruiter asked for about a job is the conversation itself
    if "hold_in_title" in found and _says_the_client_is_kept_back(facts, found["hold_in_title"]):
        del found["hold_in_title"]  # "cliente riservato", "cliente reservado": a confidential search, not a hold
        found.pop("hold_anywhere", None)


# kinds whose word inside an organisation's name still says what the meeting is: a medium's interview ("Radio
# Dunaj" of radiodunaj.sk), a research firm's, an office of the state's
_NAMING_THEIR_KIND = frozenset({"press", "research", "official"})


def _names_an_organisation(facts: EventFacts, kind: str, phrase: str, text: str) -> bool:
    """True when the ``phrase`` of a ``kind`` against an interview is part of the name of an organisation on the
    event, as its domain spells it: the company's name, not what the meeting is. A medium's word counts only at
    the end of a name ("Tidal Bio"; "Radio Dunaj" is a station)."""
    if kind in _NAMING_THEIR_KIND:
        return False
    return _in_an_organisations_name(facts, text, phrase, starts=kind != "media")


def _says_the_client_is_kept_back(facts: EventFacts, word: str) -> bool:
    """True when the title's ``word`` for a hold ("riservato", "reservado") is the one a recruiter uses to keep the
    client's name back ("cliente riservato"): the word means confidential there."""
    if "client" not in facts.title_hits:
        return False
    kept_back = UNDISCLOSED_CLIENT.search(facts.title_f)
    return kept_back is not None and word in kept_back.group()


# the words that name a careers fair in the languages detection reads ("career fair", "Jobmesse", "feria de
# empleo", "salon de l'emploi", "targi pracy"): a place where employers hold short interviews, unlike a webinar
_FAIR_WORDS = ("fair", "expo", "messe", "mässa", "massa", "messu", "feria", "salon", "targi", "beurs", "börze", "borze",
               "bursa kerja", "pameran")
# how long a slot an employer books at a fair lasts, at most
_FAIR_SLOT_MINUTES = 45


def _slot_at_a_fair(facts: EventFacts, phrase: str) -> bool:
    """True when the title's ``phrase`` names a careers fair, and someone at an organisation books the user alone a
    short slot there about a job ("Northfield Water – 20 min chat @ career fair", "an opening in our lab"): an
    interview held at the fair, where the fair itself, open to all, is not one."""
    if not any(word in phrase for word in _FAIR_WORDS):
        return False
    organizer = facts.organizer
    if organizer is None or facts.organizer_domain not in facts.company_domains or facts.event.recurring:
        return False
    if not 0 < facts.minutes <= _FAIR_SLOT_MINUTES:
        return False
    if any(person.email.rpartition("@")[2] != facts.organizer_domain for person in facts.others):
        return False  # people of other organisations too: the fair's own session, a panel of employers
    return "job" in facts.text_hits or "job" in facts.title_hits


_ONE_WAY = "stage=one-way video"
# a to-do word in a title that is itself a call ("Call back – Northgate (Priya)")
_CALL_BACK = frozenset({"call back", "ringa tillbaka", "ringe tilbake", "ring tilbage"})
# a talk-over of work done, which beside a case study in the title is the case's review with the employer
_CASE_DEBRIEF = frozenset({"debrief", "recap"})


def _sent_about_an_interview(facts: EventFacts) -> bool:
    """True when someone at another organisation sent the invitation and its description speaks of an
    interview: a to-do word in its title ("Follow-up", "Oppfølging") names their meeting, not the user's task."""
    organizer = facts.organizer
    if organizer is None or facts.organizer_domain not in facts.company_domains:
        return False
    return any(tag in facts.text_hits for tag in ("interview", "interview?", "stage", "stage?"))


def _meetings(facts: EventFacts, found: Found) -> None:
    if "routine" in facts.title_hits:
        found["routine_meeting"] = facts.title_hits["routine"]
    supplier = facts.title_hits.get("supplier") or facts.text_hits.get("supplier")
    if supplier:
        found["supplier_interview"] = supplier
    said = found.get("interview_text") or found.get("interview_text_context")
    if said and "interview_title" not in found and "interview_title_context" not in found and _only_in_an_agenda(
            facts.description, said):
        found["only_in_an_agenda"] = ""


def _only_in_an_agenda(description: str, phrase: str) -> bool:
    """True when ``phrase`` is said only in one item of a list of three or more ("2) Entrevista com
    fornecedores"): an agenda that mentions interviews, not an invitation to one."""
    lines = description.splitlines()
    items = [line for line in lines if _LIST_ITEM.match(line)]
    if len(items) < 3:
        return False
    saying = [line for line in lines if phrase in fold(line)]
    return bool(saying) and all(_LIST_ITEM.match(line) for line in saying)


_WORKING_DAY = 8 * 60  # minutes: an event longer than a working day is no interview, unless it is a trial day


def _shape(facts: EventFacts, found: Found) -> None:
    event = facts.event
    if event.recurring and not facts.company_domains and not facts.sender_system and not recruiting_organizer(facts):
        found["recurring"] = ""  # interviews are not weekly; a series that speaks of them is a routine
    minutes = facts.minutes
    if event.all_day:
        found["all_day"] = ""
    elif minutes <= 0:
        found["no_duration"] = ""
    elif minutes > _WORKING_DAY and minutes > longest_usual(facts):  # a trial day is a working day, a long one too
        found["longer_than_a_day"] = ""


def _press_organisation(facts: EventFacts) -> str | None:
    """The domain or name of the organisation on the invitation, when it is a medium's
    ("radio-canada.ca", "supplychainmagazine.nl", "Revista Mercados"); in the user's own entry, with nobody
    invited, the organisation of the address its notes give ("Caleb Ng (caleb@hilltopherald.org) is writing ...")."""
    own_entry = facts.event.organizer is None and not facts.others
    for domain in facts.company_domains + (facts.written_domains if own_entry else ()):
        if _medium_domain(domain):
            return domain
    organizer = facts.organizer
    if organizer is not None and organizer.name and _medium_name(organizer.name):
        return organizer.name
    return None


# a word that says an organisation is an outlet when its name holds it ("Sveriges Radio", "Kiss FM", "The Irish
# Times", "Helsingin Sanomat"): [press] outlet
_OUTLET = phrase_regex(LEXICON.phrases("press", "outlet"))
# the words for an interview the press asks for too ("interview", "entrevista", "intervju"; not "Bewerbungsgespräch"):
# [press] asked
_ASKED = frozenset(form for word in LEXICON.phrases("press", "asked") for form in spellings(fold(word)))
# the wording that says an interview and nothing more; any other evidence for one speaks of a job, an application
# or a hiring system
_INTERVIEW_ONLY = frozenset({"interview_title", "interview_title_context", "interview_text", "interview_text_context"})
# tags of the scan that speak of a job: its words, a stage of hiring, a candidate
_JOB_TAGS = ("job", "stage", "stage?", "candidate")


def _outlet_and_no_job(facts: EventFacts, found: Found) -> str | None:
    """The outlet's word when the title, the organizer's name or the domain of the organisation on the invitation
    names an outlet ("Interview – Sveriges Radio P1", "Radio Kiss FM interview", "Anna Berg (SVT Nyheter)") and
    nothing speaks of a job: an interview the user gives the press. A job's words, a job title in the title, a
    hiring stage or a hiring system keep a job interview at a newspaper or a broadcaster one."""
    if _speaks_of_a_job(facts, found):
        return None
    outlet = _OUTLET.search(facts.title_f)
    if outlet is None and facts.organizer is not None and facts.organizer.name:
        outlet = _OUTLET.search(fold(facts.organizer.name))
    if outlet is not None:
        return outlet.group().strip()
    named = _named_outlet(facts.title)
    if named is None and facts.organizer is not None and facts.organizer.name:
        named = _named_outlet(facts.organizer.name)
    if named is not None:
        return named
    for domain in facts.company_domains:
        outlet = _OUTLET.search(domain_label(domain))
        if outlet is not None:
            return domain
    return None


# words that are an outlet only as a capitalised part of its name ("Le Journal de Montréal", "Valley Daily"):
# [press] named
_NAMED = frozenset(form for word in LEXICON.phrases("press", "named") for form in spellings(fold(word.rstrip("."))))
# the small words inside an outlet's name ("Journal du Port", "Revue des Deux Rives", "Gazzetta di Lago")
_NAME_LINKS = frozenset("de du des di do da of del della dei der".split())


def _named_outlet(name: str) -> str | None:
    """The word of ``name`` that makes it an outlet's ("Journal" of "Le Journal du Port", "Weekly" of "Garden
    Weekly"): a word of [press] named, capitalised, beside another capitalised word of the same name that is no word
    for an interview. Written small or standing alone ("Journal entries", "Daily standup") it is an ordinary word."""
    spans = list(_WORD_RE.finditer(name))
    for at, span in enumerate(spans):
        if span.group()[:1].isupper() and fold(span.group()) in _NAMED and (
                _capitalised_neighbour(name, spans, at, at - 1) or _capitalised_neighbour(name, spans, at, at + 1)):
            return fold(span.group())
    return None


def _capitalised_neighbour(name: str, spans: list[re.Match[str]], at: int, beside: int) -> bool:
    """True when the word at ``beside`` is a capitalised word of the same name as the word at ``at`` (a blank
    between them), no word for an interview; after the word, a linking word may come between ("Journal du Port")."""
    if not 0 <= beside < len(spans):
        return False
    first, second = sorted((spans[at], spans[beside]), key=lambda span: span.start())
    if name[first.end():second.start()].strip(" "):
        return False
    word = spans[beside].group()
    if beside > at and word in _NAME_LINKS:
        return _capitalised_neighbour(name, spans, beside, beside + 1)
    return word[:1].isupper() and fold(word) not in _ASKED


def _named_a_job_interview(found: Found) -> bool:
    """True when the interview wording is a job interview's by its name ("Bewerbungsgespräch", "entrevista de
    trabajo", "pohovor"), not a word the press asks for too ("interview", "entrevista")."""
    return any(found[name] not in _ASKED for name in _INTERVIEW_ONLY.intersection(found))


def _speaks_of_a_job(facts: EventFacts, found: Found) -> bool:
    """True when the event speaks of a job beyond the word interview: evidence for one other than the interview
    wording, a job's words, a hiring stage or a candidate, or a job title in the title."""
    return _job_beside(facts, found) or _title_names_a_role(facts) or bool(_press_posts(facts.title_f))


def _title_names_a_role(facts: EventFacts) -> bool:
    """True when the title names a role, other than the trade of the journalist the user speaks to ("Interview with
    the editor of Garden Weekly", "with editor Mia Ode": the person met, not a post on offer)."""
    role = facts.title_hits.get("role")
    if role is None:
        return False
    trade = fold(role).strip().rstrip(".")
    if trade not in _TRADES:
        return True
    words = _WORD_RE.findall(facts.title_f)
    return not words.count(trade) or any(word == trade and not _after_with(words, at) for at, word in enumerate(words))


def _job_beside(facts: EventFacts, found: Found) -> bool:
    """True when the event speaks of applying for a job, or names its interview a job interview
    ("Bewerbungsgespräch", "pohovor")."""
    return _named_a_job_interview(found) or _applying_for_a_job(facts, found)


def _applying_for_a_job(facts: EventFacts, found: Found) -> bool:
    """True when the event speaks of applying for a job: evidence for an interview other than its wording (a hiring
    system, a recruiting mailbox...), a job's words, a hiring stage, a candidate, or a job interview's own word that
    holds the press's ("Jobbintervju")."""
    if not SAYS_INTERVIEW.isdisjoint(found.keys() - _INTERVIEW_ONLY) or "job_words" in found:
        return True
    if _compounded_job_interview(facts.title_f):
        return True
    return any(tag in facts.title_hits or tag in facts.text_hits for tag in _JOB_TAGS)


# a job interview's own word, whole ("jobbintervju", "anställningsintervju")
_JOB_INTERVIEW_WORDS = frozenset(
    form for word in LEXICON.phrases("interview", "words") if " " not in word and not word.startswith("~")
    for form in spellings(fold(word))) - _ASKED
# those of them that end in a word the press asks for too ("jobbintervju", "anställningsintervju"), found once
_COMPOUNDED_JOB_INTERVIEW_WORDS = frozenset(
    word for word in _JOB_INTERVIEW_WORDS if any(word.endswith(asked) and word != asked for asked in _ASKED))


def _compounded_job_interview(title: str) -> bool:
    """True when a word of ``title`` is a job interview's own word that ends in one the press asks for too
    ("Jobbintervju", "Anställningsintervju"): the scan reads the word the press asks for, the title names a job
    interview."""
    return not _COMPOUNDED_JOB_INTERVIEW_WORDS.isdisjoint(_WORD_RE.findall(title))


# the people who make a paper, a programme or a podcast ("journalist", "producer", "host", "기자"): [press] trades
_TRADES = frozenset(form for word in LEXICON.phrases("press", "trades") for form in spellings(fold(word.rstrip("."))))
# the words before the person one meets ("Interview with podcast host Sam Lee", "with a reporter from ..."): a
# trade there is theirs, not a post
_WITH = frozenset("with by mit med avec con com met z s".split())
_ARTICLES = frozenset("a an the our your their ein eine einem einer der dem den un une le la el um uma en et".split())
# what joins two words of one name ("podcast interview", "Radio-Interview")
_JOINED = frozenset({" ", "-"})
# the words that join a trade to its medium ("productor de pódcast", "redattore di radio")
_LINKS = frozenset("de di do da of del della".split())


def _names_the_post_or_employer(facts: EventFacts, found: Found, phrase: str, in_title: bool) -> bool:
    """True when the press ``phrase`` is one word (a medium, a trade: "podcast", "journalist", "記者"), neither naming
    the person met ("with a reporter") nor what the meeting is ("podcast interview"), of an event about a job at a
    medium: part of a post the title names ("Podcast Producer"), a title or a hiring system that speak of applying
    ("Journalist vacancy", "Podcast Host – second round"), or a job's words or a job interview's own word beside a
    trade ("KBS 기자 면접", "Reporter", "Thanks for applying"). A medium's word in a title that alone speaks of
    none, its notes speaking of hiring, still names the meeting ("HR podcast – recording")."""
    word = fold(phrase).strip().rstrip(".")
    if " " in word:
        return False  # "radio interview", "for our readers": what the meeting is
    title = facts.title_f
    spans = list(_WORD_RE.finditer(title))
    words = [span.group() for span in spans]
    if word in words:
        at = words.index(word)
        if _after_with(words, at):
            return False
        if at + 1 < len(words) and words[at + 1] in _ASKED and title[spans[at].end():spans[at + 1].start()] in _JOINED:
            return False  # "podcast interview", "Radio-Interview"; not "Journalist – interview"
    if any(word in post for post in _press_posts(title)) or _title_speaks_of_a_job(facts, found):
        return True
    if "job_words" in found and not in_title:
        return True
    return ("job_words" in found or _named_a_job_interview(found)) and _names_a_trade(title)


def _title_speaks_of_a_job(facts: EventFacts, found: Found) -> bool:
    """True when the title speaks of a job (its words, a hiring stage, a candidate, "Jobbintervju"), or evidence
    other than wording says one (a hiring system, a requisition id); notes that speak of recruiters may be the
    topic of a show."""
    if not SAYS_INTERVIEW.isdisjoint(found.keys() - _INTERVIEW_ONLY) or _compounded_job_interview(facts.title_f):
        return True
    return any(tag in facts.title_hits for tag in _JOB_TAGS)


# a trade, as the scan finds it: "기자" inside "KBS기자", "アナウンサー" inside "アナウンサー職"
_TRADE = phrase_regex(LEXICON.phrases("press", "trades"))


def _names_a_trade(title: str) -> bool:
    """True when ``title`` names a trade of the press not after "with" ("KBS 기자 면접"; not "with a reporter")."""
    words = _WORD_RE.findall(title)
    for trade in _TRADE.finditer(title):
        written = trade.group().strip()
        if written not in words or not _after_with(words, words.index(written)):
            return True
    return False


def _after_with(words: list[str], at: int) -> bool:
    """True when the word at ``at`` follows "with" or "by", an article between ("with a reporter")."""
    before = words[at - 2:at]
    if before and before[-1] in _ARTICLES:
        before = before[:-1]
    return bool(before) and before[-1] in _WITH


@lru_cache(maxsize=4096)
def _press_posts(title: str) -> tuple[str, ...]:
    """The posts of the press ``title`` names: a trade beside the medium it works in ("Podcast Producer", "TV
    Presenter", "productor de pódcast") or compounded with it ("podcastproducent"), not after "with" ("Interview
    with podcast host Sam Lee": the person met)."""
    words = _WORD_RE.findall(title)
    return tuple(post for at in range(len(words)) for post in _post_at(words, at))


def _post_at(words: list[str], at: int) -> Iterator[str]:
    """The post of the press whose medium is the word at ``at``, if it is one."""
    word = words[at]
    if word not in MEDIA_WORDS:
        if word.startswith(_COMPOUNDING) and any(
                word.startswith(medium) and word[len(medium):].lstrip("-") in _TRADES for medium in _COMPOUNDING):
            yield word  # "podcastproducent", "radiomoderator"
        return
    before = words[at - 1] if at else ""
    after = words[at + 1] if at + 1 < len(words) else ""
    if after in _TRADES and not _after_with(words, at):
        yield f"{word} {after}"
    elif before in _TRADES and not _after_with(words, at - 1):
        yield f"{before} {word}"
    elif before in _LINKS and at >= 2 and words[at - 2] in _TRADES and not _after_with(words, at - 2):
        yield f"{words[at - 2]} {before} {word}"


# the media that begin a compound post ("podcastproducent", "radiomoderator", "tv-presentator")
_COMPOUNDING = tuple(sorted(MEDIA_WORDS, key=len, reverse=True))


# a line of the notes that names the journalist who asks the questions ("Journalist: Keeley Shaw", "Periodista:
# Ana Gil"); a job title followed by a colon and a person's name is how press requests are noted, never a post
_BYLINE = re.compile(
    r"(?:^|\n)\s*(?P<word>(?i:journalist|reporter|writer|correspondent|interviewer \(press\)|periodista|reporter[oa]"
    r"|redactor[a]?|jornalista|rep[óo]rter|journaliste|r[ée]dact(?:eur|rice)|journalist(?:in)?|redakteur(?:in)?"
    r"|giornalista|dziennikarz|dziennikarka|journalisti|novinář(?:ka)?))\s*[:：]\s*(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])"
)


# the same words heading a line before two capitalised words, with no colon ("Reporter Kim Morales. Cleared
# with comms"): a byline only when the two words are the name of someone invited
_BYLINE_BEFORE_A_NAME = re.compile(
    r"(?:^|\n)\s*(?P<word>(?i:journalist|reporter|correspondent|periodista|journaliste|giornalista))"
    r"\s+(?P<first>[A-ZÀ-ÖØ-Þ][\w'’-]+)\s+(?P<last>[A-ZÀ-ÖØ-Þ][\w'’-]+)\b"
)


def _press_byline(facts: EventFacts) -> str | None:
    """"Journalist:" (or a reporter, a writer...) heading a line of the notes, before a name: a press request;
    without the colon, before the name of someone invited ("Reporter Kim Morales.")."""
    description = facts.event.description
    if ":" in description or "：" in description:
        byline = _BYLINE.search(description)
        if byline:
            return byline.group("word")
    byline = _BYLINE_BEFORE_A_NAME.search(description)
    if byline and {fold(byline.group("first")), fold(byline.group("last"))} <= facts.name_words_of_others:
        return byline.group("word")
    return None


def _own_reporting(facts: EventFacts) -> str | None:
    """The words of the user's own entry that name the piece they are reporting ("Follow-up for the acequia
    story"): a reporter's interview of a source for a story, not a job interview."""
    if "piece" not in facts.text_hits or facts.organizer is not None:  # (the user organizes it, or no one)
        return None
    piece = PRESS_PIECE.search(facts.text_f)
    return piece.group() if piece else None


@lru_cache(maxsize=16384)
def _medium_domain(domain: str) -> bool:
    label = domain_label(domain)
    return not MEDIA_WORDS.isdisjoint(label.split("-")) or _MEDIUM_IN_LABEL.search(label) is not None


@lru_cache(maxsize=16384)
def _medium_name(name: str) -> bool:
    return not MEDIA_WORDS.isdisjoint(_WORD_RE.findall(fold(name)))


def _only_quoted(facts: EventFacts) -> bool:
    if _QUOTE.search(facts.title_f) is None:
        return False
    if not any(tag in facts.title_hits for tag in ("interview", "stage", "interview?")):
        return False
    if facts.unquoted_title_f == facts.title_f:
        return False
    left = facts.vocabulary.scan(facts.unquoted_title_f)
    return not any(tag in left for tag in ("interview", "stage", "interview?"))


def hiring_side(facts: EventFacts, found: Found, by_domains: bool = True) -> None:
    """Add the evidence that the user is on the hiring side (interviewing someone) to ``found``."""
    material = facts.title_hits.get("hiring") or facts.text_hits.get("hiring") or _interviewing_someone(facts)
    if material:
        found["hiring_material"] = material
    if by_domains:
        mine = facts.my_domains
        colleagues = [p for p in facts.outside_people if p.domain in mine] if mine else []
        organizer = facts.organizer
        ours = facts.organizer_is_me or (organizer is not None and facts.organizer_domain in mine)
        if colleagues and (ours or not facts.company_domains) and not _own_internal_application(facts):
            found["hiring_organizer_ours" if ours else "hiring_only_colleagues"] = ""
    if "candidates" in facts.title_hits and not facts.names_me(facts.title_f):
        found["hiring_candidates"] = facts.title_hits["candidates"]
    own_entry = facts.organizer_is_me or (facts.organizer is None and facts.event.organizer is None)
    if "candidate" in facts.title_hits and own_entry and not facts.names_me(facts.title_f):
        found["hiring_own_candidate"] = ""
    elif "candidate" in facts.text_hits and own_entry and _titles_a_private_invitee(facts):
        found["hiring_own_candidate"] = ""  # "Colloquio commis – Giulia R.", its notes: "Candidata commis ..."
    if _names_someone_else_the_candidate(facts):
        found["hiring_names_candidate"] = ""
    elif facts.organizer_is_me and _only_students(facts):
        found["hiring_own_candidate"] = ""


def _interviewing_someone(facts: EventFacts) -> str | None:
    """The words where the user writes in the first person that they interview someone ("I am interviewing
    Sophie"), or in their own entry that they do with others ("Tom and me interviewing"), or ``None``."""
    if "interview" not in facts.text_f and "intervju" not in facts.text_f:
        return None
    said = _I_INTERVIEW.search(facts.description) if "interview" in facts.text_f else None
    if said is None and (facts.organizer_is_me or (facts.organizer is None and facts.event.organizer is None)):
        said = _WE_INTERVIEW.search(facts.description)  # (said so only in the user's own entry)
    return said.group() if said else None


# the first label of a university's mailboxes for students ("alumni.uv.es", "students.uni.edu")
_STUDENT_MAILBOXES = frozenset("alumni alumnos alumnes estudiantes estudiants students student stud etu etud".split())


def _only_students(facts: EventFacts) -> bool:
    """True when everyone the user invited writes from a university's student mailboxes: the user
    interviews a student or a trainee they take on, they are not the one interviewed."""
    return bool(facts.others) and all(p.email.rpartition("@")[2].split(".", 1)[0] in _STUDENT_MAILBOXES
                                      for p in facts.others)


def _titles_a_private_invitee(facts: EventFacts) -> bool:
    """True when the title names someone the user invited from a personal address ("– Giulia R.", and
    giulia.r@gmail.com invited): in the user's own entry whose notes speak of a candidate, the candidate
    they interview. The people a candidate meets write from their organisation's address."""
    title_words = set(_WORD_RE.findall(facts.title_f))
    for person in facts.others:
        first = fold(person.name).split()[0] if person.name and "@" not in person.name else ""
        if len(first) > 2 and first in title_words and person.domain in FREEMAIL:
            return True
    return False


def _names_someone_else_the_candidate(facts: EventFacts) -> bool:
    """True when the title labels someone other than the user the candidate, or speaks of a candidate and names
    someone invited from a personal address, or the notes label another invitee the candidate."""
    if "candidate" in facts.title_hits and (_names_another_candidate(facts) or _titles_the_candidate_invited(facts)):
        return True
    return _notes_label_an_invitee(facts)


def _titles_the_candidate_invited(facts: EventFacts) -> bool:
    """True when a title that speaks of a candidate names someone invited from a personal address, not the user
    ("Interview with candidate – analyst (Tom Baker)", tom.baker@gmail.com invited): the candidate a colleague
    and the user interview. The people a candidate meets write from their organisation's address."""
    return not facts.names_me(facts.title_f) and _titles_a_private_invitee(facts)


def _names_another_candidate(facts: EventFacts) -> bool:
    """True when the title labels someone as the candidate and no word of that name is the user's.

    Candidates' own invitations rarely label them so; when they do, the name is the user's. With no
    name known for the user, nothing can be told.
    """
    mine = facts.my_name_words
    if not mine:
        return False
    named = _NAMED_CANDIDATE.search(facts.title) or _CANDIDATE_NAMED_BARE.search(facts.title)
    if not named:
        return False
    groups = named.groupdict()
    cjk = groups.get("cjk") or groups.get("hangul")  # written without spaces: "김도윤 지원자", "候補者：山田"
    if cjk:
        return not any(word in fold(cjk) for word in mine)
    return not any(word in mine for word in _WORD_RE.findall(fold(named.group("name"))))


def _notes_label_an_invitee(facts: EventFacts) -> bool:
    """True when the description labels someone else on the invitation as the candidate ("Candidate: Tom
    Reyes.", and Tom Reyes invited): the user sits with the one who interviews them. A candidate's own
    invitation labels the user so, if anyone."""
    if "candidat" not in facts.text_f and "kandida" not in facts.text_f and "applicant" not in facts.text_f:
        return False
    named = _NAMED_CANDIDATE.search(facts.description)
    if not named or not named.group("name"):
        return False
    words = set(_WORD_RE.findall(fold(named.group("name"))))
    mine = facts.my_name_words
    if words & mine:
        return False
    for person in facts.others:
        if person.name and "@" not in person.name and len(words & set(_WORD_RE.findall(fold(person.name)))) >= 2:
            return True
    return False


def _own_internal_application(facts: EventFacts) -> bool:
    """True when the event is about the user's own application to a role in their organisation:
    internal-mobility wording, and the title names the user or the description speaks of "your" application;
    or a description that greets the user and speaks of their application ("Courtney, thank you for applying")."""
    if not (INTERNAL_MOBILITY.search(facts.title_f) or INTERNAL_MOBILITY.search(facts.text_f)):
        return _greets_me(facts) and YOUR_APPLICATION.search(facts.text_f) is not None
    return facts.names_me(facts.title_f) or bool(YOUR_APPLICATION.search(facts.text_f))


_GREETING_WORDS = 4  # "Dear Ms Courtney Alston,": a greeting's line is short


def _greets_me(facts: EventFacts) -> bool:
    """True when the description opens with a short line that names the user ("Courtney,", "Hi Jordan,"):
    it is written to them."""
    first = facts.text_f.lstrip().partition("\n")[0]
    words = _WORD_RE.findall(first)
    mine = facts.my_long_name_words
    return 0 < len(words) <= _GREETING_WORDS and any(word in mine for word in words)


def first_kind(facts: EventFacts) -> str | None:
    """The reason of the first kind of evidence against an interview the wording holds (for an event
    nothing speaks for, whose reason only needs wording), or ``None``."""
    found: Found = {}
    hiring_side(facts, found, by_domains=False)
    if "hiring_material" in found:
        return f"you are on the hiring side (interviewer material: “{found['hiring_material']}”)"
    _kinds(facts, found)
    for kind, reason in KINDS_AGAINST.items():
        phrase = found.get(f"{kind}_in_title") or found.get(f"{kind}_anywhere")
        if phrase:
            return f"{reason} (“{phrase}”)"
    return None
