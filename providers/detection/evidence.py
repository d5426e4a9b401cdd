"""Weighing the evidence for an interview, and the reasons that rule one out.

Every piece of evidence adds a weight and a reason a person can read. An event is an interview
when some evidence says so by itself (interview or stage wording, an applicant-tracking sender, a
requisition id) and the weights reach ``THRESHOLD``; an exclusion overrides everything.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..base import Person
from .facts import EventFacts
from .role import framed_role
from .scanner import fold
from .systems import (
    ATS,
    BETWEEN,
    BOOKING,
    INTERVIEW_CALENDAR,
    PAIRING,
    RECRUITING_CALENDAR,
    REQUISITION,
    is_recruiting_mailbox,
    system_of_term,
)
from .words import INTERNAL_MOBILITY, JOB_TALK, PRESS_MEDIUM, WORKPLACE, YOUR_APPLICATION

THRESHOLD = 3.0
# the kinds of evidence against an interview, the reason the user reads for each (first kind first)
REASONS = {
    "mock": "a mock or practice interview",
    "press": "a press, podcast or media interview",
    "offer": "an offer or compensation conversation, not an interview",
    "reference": "a reference check, not your interview",
    "research": "a research or customer interview, not a job interview",
    "event": "a webinar, class or event about interviewing",
    "peer": "a peer or support group, not an interview",
    "media": "a film or book title",
    "hold": "a hold or placeholder",
    "deadline": "a deadline, reminder or to-do",
    "coach": "a career-coach, counselling or employment-office session",
    "review": "an employee review or exit interview, not a job interview",
    "official": "an official, school or admissions appointment",
}
_EXCLUDING = {f"{prefix}:{kind}": kind for kind in REASONS for prefix in ("x", "x!")}
_KIND_ORDER = list(REASONS)
EXCLUSION_TAGS = frozenset(_EXCLUDING)
# a title with these is made of words detection knows, so it is not only a person's name
_WORDY_TAGS = frozenset({"interview", "interview?", "stage", "stage?", "info", "info?", "job", "role"})
_QUOTES = frozenset("'\"“”‘’«»„「」『』")
_PAIR_CHARS = frozenset("<↔×/+")
_DIGITS = re.compile(r"\d{3}")
_WORD_RE = re.compile(r"\w+")
_DIGIT_CHARS = frozenset("0123456789")
_PERSON_NAME = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3}$")
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{1,4}\s?[\u4e00-\u9fff]{1,3}(?:様|さん)?$")
_NAME_LINKS = frozenset("van von de der den da del di du le la y bin al".split())
# a title that names the candidate ("Interview panel (candidate: J. Park)", "Kandidat: Jonas Weber")
_NAMED_CANDIDATE = re.compile(
    r"\b(?:candidate|candidat[eao]?|kandidat(?:in)?|kandidaat|bewerber(?:in)?|applicant|sollicitant)\s*[:：]\s*"
    r"(?P<name>[^\W\d_][\w.'’ -]{0,40})|(?:候補者|応募者)\s*[:：]\s*(?P<cjk>[^\s)）]{1,12})",
    re.IGNORECASE,
)
# the user's own note of a call: "Call w/ Dana (Contoso?)", "Anruf mit Jana (Fabrikam)", "Llamada con Ana (¿Litware?)"
_CALL_WITH = re.compile(
    r"^(?:(?:phone |video |quick |intro )?call|phone|anruf|telefonat|appel|llamada|chamada|ligação|chiamata"
    r"|telefonata|gesprek|telefoongesprek)\s+(?:w/|with|mit|avec|con|com|met)\s+"
    r"(?P<person>[^\W\d_][\w'’-]*)(?:\s+[^\W\d_][\w'’.-]*)?\s*"
    r"[(（]\s*¿?\s*(?P<company>[^\W\d_][^()（）?¿]{1,40}?)\s*\??\s*[)）]\s*$",
    re.IGNORECASE,
)


@dataclass
class Weighing:
    """The evidence found for one event."""

    score: float = 0.0
    core: bool = False
    informational: bool = False
    reasons: list[str] = field(default_factory=list)

    def add(self, weight: float, reason: str, core: bool = False) -> None:
        self.score += weight
        self.core = self.core or core
        self.reasons.append(reason)

    @property
    def confidence(self) -> float:
        """A 0..1 reading of the score: 0.5 at the threshold."""
        return max(0.0, self.score) / (max(0.0, self.score) + THRESHOLD)


_CORE_TAGS = frozenset({"interview", "interview?", "stage", "stage?", "info", "info?", "job", "ask"})


def promising(facts: EventFacts) -> bool:
    """False when nothing on the event could make it an interview: most events stop here, cheaply."""
    if not _CORE_TAGS.isdisjoint(facts.title_hits) or not _CORE_TAGS.isdisjoint(facts.text_hits):
        return True
    if not _DIGIT_CHARS.isdisjoint(facts.title) and _DIGITS.search(facts.title):
        return True
    if facts.sender_system or _career_chat(facts) or _answering_me(facts):
        return True
    if _interview_calendar(facts):
        return True
    return "system" in facts.text_hits


def weigh(facts: EventFacts) -> Weighing:
    """The evidence for ``facts`` being an interview, with its reasons."""
    weighing = Weighing()
    _wording(facts, weighing)
    _informational(facts, weighing)
    _senders(facts, weighing)
    _title_shape(facts, weighing)
    _context(facts, weighing)
    if not weighing.core:
        if _own_job_talk(facts):
            talk = JOB_TALK.search(facts.text_f).group().strip()
            weighing.add(3.0, f"a talk you give as a candidate (“{talk}”)", core=True)
        _role_conversation(facts, weighing)
    if not weighing.core or weighing.score < THRESHOLD:
        _own_call_note(facts, weighing)
    return weighing


def _own_call_note(facts: EventFacts, w: Weighing) -> None:
    """The user's own entry for a call with a named person at a company, about a job ("Call w/ Dana
    (Contoso?)" and "recruiter reached out about a Data Analyst role" in its notes)."""
    if facts.organizer is not None or facts.others or "(" not in facts.title and "（" not in facts.title:
        return
    call = _CALL_WITH.match(facts.title)
    if not call or not (call.group("person")[0].isupper() and call.group("company")[0].isupper()):
        return  # "Call w/ Mom", "Llamada con Andrea (dentista)"
    text = facts.text_hits
    recruiting = "stage=recruiter screen" in text or ("job" in text and "role" in text)
    if recruiting and "career" not in text:  # a friend's job search, advice: not a recruiter's call
        w.add(2.0, f"your own note of a call about a job with someone at a company (“{facts.title}”)", core=True)


def _role_conversation(facts: EventFacts, w: Weighing) -> None:
    """A meeting with an organisation about a named role ("about the DevOps Engineer role")."""
    if "job" not in facts.title_hits and "job" not in facts.text_hits:
        return
    organizer = facts.organizer
    if facts.company_domains or (organizer is not None and is_recruiting_mailbox(organizer.email)):
        role = framed_role(facts)
        if role:
            w.add(1.5, f"a conversation about a role (“{role}”)", core=True)


def _wording(facts: EventFacts, w: Weighing) -> None:
    title, text = facts.title_hits, facts.text_hits
    counted = set()
    for tag, weight in (("interview", 3.0), ("stage", 3.0), ("interview?", 2.0), ("stage?", 2.0)):
        if tag in title:
            w.add(weight, f"interview wording in the title (“{title[tag]}”)", core=True)
            counted.add(title[tag])
            break
    for tag, weight in (("interview", 2.0), ("stage", 1.5), ("interview?", 1.0), ("stage?", 1.0)):
        if tag in text:
            reason = f"interview wording in the description (“{text[tag]}”)"
            w.add(weight if not w.core else 0.5, reason, core=True)
            counted.add(text[tag])
            break
    job = title.get("job") or text.get("job")
    if job and job not in counted:  # "recruiter" is stage wording already: not twice
        w.add(1.0, f"job wording (“{job}”)")


def _informational(facts: EventFacts, w: Weighing) -> None:
    title, text = facts.title_hits, facts.text_hits
    asked = _advice_asked_by_me(facts)
    if "info" in title or "info" in text:
        w.add(3.0 if "info" in title else 2.0, f"informational-interview wording (“{facts.hit('info')}”)", True)
    elif "info?" in title or "info?" in text:
        w.add(1.5, f"a conversation to learn from someone (“{facts.hit('info?')}”)", core=True)
    elif _career_chat(facts):
        w.add(1.5, f"a conversation about a career (“{title['chat?']}”, “{facts.hit('career')}”)", core=True)
    elif _answering_me(facts):
        about_work = bool(WORKPLACE.search(facts.text_f)) or "career" in title or "career" in text
        w.add(2.5 if about_work else 1.0, f"they agree to the conversation you asked for (“{text['answer']}”)",
              core=True)
    elif not asked:
        return
    if asked:
        w.add(2.0, f"you ask for their advice about a team or its hiring (“{text['ask']}”)", core=True)
    job_in_title = "interview" in title or "stage" in title
    # "Bate-papo inicial" about "a vaga" with "entrevista com RH" in the description: a job screen
    explicit = "info" in title or "info" in text
    job_in_text = not explicit and ("interview" in text or "stage" in text) and ("job" in title or "job" in text)
    w.informational = "info" in title or not (job_in_title or job_in_text)
    if "career" in title or "career" in text:
        w.add(1.0, f"career context (“{facts.hit('career')}”)")


def _career_chat(facts: EventFacts) -> bool:
    """A coffee or an exchange in the title, with career or advice words ("Échange avec Marc – conseils")."""
    return "chat?" in facts.title_hits and ("career" in facts.title_hits or "career" in facts.text_hits)


def _answering_me(facts: EventFacts) -> bool:
    """A chat in the title, and someone else's invitation answering the user's request for it
    ("Thanks for reaching out – happy to share what it's like working at ...")."""
    return ("answer" in facts.text_hits and "chat?" in facts.title_hits and facts.organizer is not None
            and not facts.organizer_is_me)


def _advice_asked_by_me(facts: EventFacts) -> bool:
    """True when the description asks someone's advice about a team or its hiring, in the user's words.

    The words are the user's in their own entry (no organizer, or the user organizes it) and in the
    notes the user left when booking someone else's scheduling page; on the user's own booking page
    they are the invitee's, asking the user.
    """
    text = facts.text_hits
    if "ask" not in text or ("job" not in text and "career" not in text and not WORKPLACE.search(facts.text_f)):
        return False  # advice about a team, its hiring or someone's career path
    booked_elsewhere = facts.organizer is not None  # someone else's page, or someone else's invitation
    return booked_elsewhere if _booked(facts) else not booked_elsewhere


def _booked(facts: EventFacts) -> bool:
    found, _via = _system(facts)
    if found and found[1] == BOOKING:
        return True
    return "between" in facts.title_hits and bool(BETWEEN.match(facts.title))


def _senders(facts: EventFacts, w: Weighing) -> None:
    found, via = _system(facts)
    if found:
        name, kind = found
        if kind == ATS:
            w.add(2.0, f"applicant-tracking {via} ({name})", core=True)
        elif kind == BOOKING:
            w.add(0.5, f"booked through a scheduling page ({name})")
        else:
            w.add(2.0, f"interview-scheduling {via} ({name})", core=True)
    organizer = facts.organizer
    if _interview_calendar(facts):
        name = organizer.name if organizer and organizer.name else facts.event.calendar_name
        w.add(2.0, f"from a shared interview calendar or a candidate calendar (“{name}”)", core=True)
    elif organizer and is_recruiting_mailbox(organizer.email):
        w.add(1.5, f"organized by a recruiting mailbox ({organizer.email})")
    elif organizer and organizer.name and _names_recruiting_team(organizer.name):
        w.add(1.0, f"organized by a recruiting team (“{organizer.name}”)")


def _recruiting_organizer(facts: EventFacts) -> bool:
    organizer = facts.organizer
    return organizer is not None and is_recruiting_mailbox(organizer.email)


def _interview_calendar(facts: EventFacts) -> bool:
    organizer = facts.organizer
    if organizer is not None and organizer.name and _names_interview_calendar(organizer.name):
        return True
    return _names_interview_calendar(facts.event.calendar_name)


@lru_cache(maxsize=1024)
def _names_recruiting_team(name: str) -> bool:
    return bool(RECRUITING_CALENDAR.search(name))


@lru_cache(maxsize=1024)
def _names_interview_calendar(name: str) -> bool:
    return bool(name) and bool(INTERVIEW_CALENDAR.search(name))


def _system(facts: EventFacts) -> tuple[tuple[str, str] | None, str]:
    if facts.sender_system:
        return facts.sender_system, "sender"
    term = facts.text_hits.get("system")
    return (system_of_term(term) if term else None), "link"


def _title_shape(facts: EventFacts, w: Weighing) -> None:
    requisition = None if _DIGIT_CHARS.isdisjoint(facts.title) else REQUISITION.search(facts.title)
    if requisition:
        w.add(1.5, f"requisition id in the title ({requisition.group()})", core=True)
    if "between" in facts.title_hits and BETWEEN.match(facts.title):
        w.add(0.5, "booking-page title shape (“… between A and B”)")
    elif _paired(facts.title) and facts.names_me(facts.title_f):
        w.add(1.0, "applicant-tracking title shape (your name paired with another)")
    elif not _WORDY_TAGS.intersection(facts.title_hits) and _described(facts) and is_person_name(facts.title):
        if facts.names_me(facts.title_f):
            w.add(1.5, "the title is your name, as candidate calendars write it; "
                       "the description says what it is")
        else:
            w.add(1.0, "the title is only a person's name; the description says what the meeting is")


def _paired(title: str) -> bool:
    if _PAIR_CHARS.isdisjoint(title) and " x " not in title:
        return False
    return bool(PAIRING.search(title))


def _described(facts: EventFacts) -> bool:
    return any(tag in facts.text_hits for tag in ("interview", "stage", "interview?", "stage?", "info", "job"))


def is_person_name(title: str) -> bool:
    """True when ``title`` is nothing but a person's name ("Alex Rivera", "山田 太郎")."""
    if _CJK_NAME.match(title):
        return True
    if not _PERSON_NAME.match(title):
        return False
    words = title.split()
    return all(word[0].isupper() or word.lower() in _NAME_LINKS for word in words) and words[-1][0].isupper()


def _context(facts: EventFacts, w: Weighing) -> None:
    event = facts.event
    if facts.company_domains:
        w.add(1.0, f"people from another organisation ({facts.company_domains[0]})")
    elif event.recurring and not facts.sender_system and not _recruiting_organizer(facts):
        # interviews are not weekly; a series that speaks of them is a group or a routine
        w.add(-2.0, "a recurring series, and no one from a hiring organisation on it")
    if event.conference_url:
        w.add(0.3, "conferencing link")
    minutes = facts.minutes
    if event.all_day:
        w.add(-2.0, "an all-day entry, not a meeting")
    elif minutes <= 0:
        w.add(-1.0, "no duration, like a reminder")
    elif minutes > 8 * 60:
        w.add(-1.5, "longer than a working day")
    elif 10 <= minutes <= 300:
        w.add(0.3, f"{minutes:.0f} minutes, a usual interview length")


def exclusion(facts: EventFacts, by_domains: bool = True) -> str | None:
    """Why this event is not the user's interview whatever the evidence, or ``None``. Without
    ``by_domains`` (an event nothing speaks for, which only needs its reason worded), the hiring
    side is told from its wording alone, not from the domains of everyone on it."""
    event = facts.event
    if event.status == "cancelled" or "cancelled" in facts.text_hits or _cancelled_title(facts):
        return "cancelled"
    if facts.me_attending is not None and facts.me_attending.response == "declined":
        return "you declined"
    hiring = hiring_side(facts) if by_domains else _hiring_material(facts)
    if hiring:
        return hiring
    kinds = [_EXCLUDING[tag] for tag in facts.title_hits if tag in _EXCLUDING]
    kinds += [_EXCLUDING[tag] for tag in facts.text_hits if tag.startswith("x!:")]
    if "event" in kinds and _own_job_talk(facts):
        kinds = [kind for kind in kinds if kind != "event"]
    if kinds:
        return REASONS[min(kinds, key=_KIND_ORDER.index)]
    if "medium" in facts.title_hits and PRESS_MEDIUM.search(facts.title_f):
        return REASONS["press"]
    if _only_quoted(facts):
        return REASONS["media"]
    return None


def _own_job_talk(facts: EventFacts) -> bool:
    """A seminar or talk by the user, announced as part of their application ("a talk by Dr. Lena Ortiz,
    who is a candidate for the Group Leader position"): their job talk, not an event about interviewing."""
    return facts.names_me(facts.title_f) and bool(JOB_TALK.search(facts.text_f))


def _cancelled_title(facts: EventFacts) -> bool:
    return "cancelled:title" in facts.title_hits or "cancelled" in facts.title_hits


def _only_quoted(facts: EventFacts) -> bool:
    if _QUOTES.isdisjoint(facts.title_f):
        return False
    if not any(tag in facts.title_hits for tag in ("interview", "stage", "interview?")):
        return False
    if facts.unquoted_title_f == facts.title_f:
        return False
    left = facts.vocabulary.scan(facts.unquoted_title_f)
    return not any(tag in left for tag in ("interview", "stage", "interview?"))


def _hiring_material(facts: EventFacts) -> str | None:
    material = facts.title_hits.get("hiring") or facts.text_hits.get("hiring")
    return f"you are on the hiring side (interviewer material: “{material}”)" if material else None


def hiring_side(facts: EventFacts) -> str | None:
    """Why the user is on the hiring side of this event (interviewing someone), or ``None``."""
    material = _hiring_material(facts)
    if material:
        return material
    mine = facts.my_domains
    colleagues = [p for p in facts.outside_people if p.domain in mine] if mine else []
    organizer: Person | None = facts.organizer
    ours = facts.organizer_is_me or (organizer is not None and organizer.domain in mine)
    if colleagues and (ours or not facts.company_domains) and not _own_internal_application(facts):
        if ours:
            return "you are on the hiring side (the organizer shares your domain)"
        return "you are on the hiring side (your colleagues are on it, no one from another organisation)"
    if "candidates" in facts.title_hits and not facts.names_me(facts.title_f):
        return f"you are on the hiring side (the title is about candidates: “{facts.title_hits['candidates']}”)"
    if "candidate" in facts.title_hits and facts.organizer_is_me and not facts.names_me(facts.title_f):
        return "you are on the hiring side (you invited a candidate)"
    if "candidate" in facts.title_hits and _names_another_candidate(facts):
        return "you are on the hiring side (the title names the candidate, someone else)"
    return None


def _names_another_candidate(facts: EventFacts) -> bool:
    """True when the title labels someone as the candidate and no word of that name is the user's.

    Candidates' own invitations rarely label them so; when they do, the name is the user's. With no
    name known for the user, nothing can be told.
    """
    mine = facts.my_name_words
    if not mine:
        return False
    named = _NAMED_CANDIDATE.search(facts.title)
    if not named:
        return False
    if named.group("cjk"):
        return not any(word in named.group("cjk") for word in mine)
    return not any(word in mine for word in _WORD_RE.findall(fold(named.group("name"))))


def _own_internal_application(facts: EventFacts) -> bool:
    """True when the event is about the user's own application to a role in their organisation:
    internal-mobility wording, and the title names the user or the description speaks of "your" application."""
    if not (INTERNAL_MOBILITY.search(facts.title_f) or INTERNAL_MOBILITY.search(facts.text_f)):
        return False
    return facts.names_me(facts.title_f) or bool(YOUR_APPLICATION.search(facts.text_f))
