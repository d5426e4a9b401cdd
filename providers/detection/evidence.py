"""The evidence for an interview found on one event (the kinds are declared in ``evidence_table``).

``gather`` returns what it found as ``{evidence name: detail}``; the detail fills the reason the
user reads ("interview wording in the title (“Vorstellungsgespräch”)"). Evidence against an
interview is found by ``against``; the weights are in ``weights.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .call_notes import MEETS, call_note
from .company_text import capitalised_run, plausible, without_capitals
from .domains import ends_as_an_organisation
from .facts import EventFacts
from .lexicon import LEXICON
from .role import booked_event, framed_role
from .role_heads import practitioner
from .scanner import fold, spellings, trie_pattern
from .systems import (
    ATS,
    BETWEEN,
    BOOKING,
    INTERVIEW_CALENDAR,
    ONLINE_TEST,
    PAIRING,
    RECRUITING_CALENDAR,
    REQUISITION,
    address_kind,
    agency_kind,
    is_recruiting_mailbox,
    names_an_agency,
    system_of_term,
)
from .words import JOB_TALK, UNDISCLOSED_CLIENT, WORKPLACE

Found = dict  # evidence name -> what was found (a phrase, a name, a domain)

# evidence that says "interview" by itself; without any, ``no_interview_wording`` counts against
SAYS_INTERVIEW = frozenset({
    "interview_title", "interview_title_context", "interview_text", "interview_text_context", "informational_title",
    "agency_call",
    "informational_text", "learn_from_someone", "career_chat", "they_agree_about_work", "they_agree", "advice_asked",
    "coffee_you_arranged", "applicant_tracking", "interview_scheduler", "interview_calendar", "requisition_id",
    "job_talk", "role_conversation", "own_call_note", "talk_about_a_job",
})
_CORE_TAGS = frozenset({"interview", "interview?", "stage", "stage?", "info", "info?", "job", "ask"})
# a title with these is made of words detection knows, so it is not only a person's name
_WORDY_TAGS = frozenset({"interview", "interview?", "stage", "stage?", "info", "info?", "job", "role"})
# (a character class: one regular expression's pass over a title costs less than a set look up per character)
_PAIR_CHAR = re.compile("[<↔×/+]")
_DIGITS = re.compile(r"\d{3}")
_DIGIT_CHAR = re.compile("[0-9]")
_PERSON_NAME = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3}$")
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{1,4}\s?[\u4e00-\u9fff]{1,3}(?:様|さん)?$")
_NAME_LINKS = frozenset("van von de der den da del di du le la y bin al".split())


def promising(facts: EventFacts) -> bool:
    """False when nothing on the event could make it an interview: most events stop here, cheaply."""
    if not _CORE_TAGS.isdisjoint(facts.title_hits) or not _CORE_TAGS.isdisjoint(facts.text_hits):
        return True
    if _DIGIT_CHAR.search(facts.title) and _DIGITS.search(facts.title):
        return True
    if facts.sender_system or _career_chat(facts) or _answering_me(facts):
        return True
    if _interview_calendar(facts) or _coffee_arranged(facts):
        return True
    if _client_and_title(facts) or _client_meeting_an_agency_arranged(facts):
        return True  # a recruiter's client and a job title: an agency's call, or the client's meeting, perhaps
    if "role" in facts.title_hits and facts.organizer is None and _call_note(facts):
        return True  # the user's own note of a call about a job title ("Priya (KinetiCare) ringing me – Clinic Lead")
    if "role" in facts.text_hits and facts.written_domains and (_agency_written(facts) or _role_then_post(facts)) \
            and _call_note(facts):
        return True  # the user's own note of a call with an agency's recruiter, or about a post its notes name
    if "role" in facts.text_hits and booked_for_a_role(facts):
        return True  # a booking page's meeting named for a job title ("Event Name: Loss Adjuster – intro")
    return "system" in facts.text_hits


def gather(facts: EventFacts) -> tuple[Found, bool]:
    """The evidence for ``facts`` being an interview, and whether it reads as an informational one."""
    found: Found = {}
    _wording(facts, found)
    informational = _informational(facts, found)
    _senders(facts, found)
    _agency_call(facts, found)
    _title_shape(facts, found)
    _context(facts, found)
    if SAYS_INTERVIEW.isdisjoint(found):
        if facts.names_me(facts.title_f) and JOB_TALK.search(facts.text_f):
            found["job_talk"] = JOB_TALK.search(facts.text_f).group().strip()
        else:
            _role_conversation(facts, found)
            _talk_about_a_job(facts, found)
    _own_call_note(facts, found)
    if SAYS_INTERVIEW.isdisjoint(found):
        found["no_interview_wording"] = ""
    return found, informational


# a trial day or shift ([stage] "trial day"): work for a day, the way kitchens, shops, trades and care hire
_TRIAL_DAY = "stage=trial day"
TRIAL_DAY_MINUTES = 14 * 60  # a kitchen's double shift included
# stages that may take a day when the title names them: an assessment day, an onsite loop, a final stage
# at a mine or a plant with the travel to it ("Final stage: site visit", a charter flight there and back)
_DAY_LONG_STAGES = frozenset({"stage=assessment day", "stage=onsite", "stage=final"})
USUAL_MINUTES = 300  # an interview lasts a few hours at most, whatever else it is


def longest_usual(facts: EventFacts) -> float:
    """How long, in minutes, the event may usually last: an interview a few hours, a trial day or shift, or
    a day-long stage the title names, a working day (a long one included), where a meeting that long would
    be something else (never less than ``USUAL_MINUTES``)."""
    title = facts.title_hits
    trial = _TRIAL_DAY in title or _TRIAL_DAY in facts.text_hits
    return TRIAL_DAY_MINUTES if trial or not _DAY_LONG_STAGES.isdisjoint(title) else USUAL_MINUTES


def own_job_talk(facts: EventFacts) -> bool:
    """A seminar or talk by the user, announced as part of their application ("a talk by Dr. Lena Ortiz,
    who is a candidate for the Group Leader position"): their job talk, not an event about interviewing."""
    return facts.names_me(facts.title_f) and bool(JOB_TALK.search(facts.text_f))


def _own_call_note(facts: EventFacts, found: Found) -> None:
    """The user's own entry for a call with a named person at a company, about a job ("Call w/ Dana
    (Contoso?)" and "recruiter reached out about a Data Analyst role" in its notes; "Call w/ Sarah @
    Harborline re: Strategic AE role"; "Priya (KinetiCare) ringing me – Clinic Lead, Altrincham")."""
    call = _call_note(facts)
    if call is None:
        if _recruiter_will_call(facts):
            found["own_call_note"] = facts.title
        return
    company = call.group("company") or call.group("at")
    if _lower_case(call.group("person")) or (company and _lower_case(company)):
        return  # "Call w/ Mom", "Llamada con Andrea (dentista)"; Japanese writes no capitals
    if call.re is MEETS:
        # no call word ("Mick @ Pilbara People – CBD gig"): a job said, and the notes name the job title
        # ("Resource Geologist", "Position: Nurse Educator"); a friend's "new gig" or a band's gig names none
        text = facts.text_hits
        job = "job" in text or "job" in facts.title_hits
        if job and "career" not in text and ("role" in text or practitioner(facts.text_f)):
            found["own_call_note"] = facts.title
        return
    topic = call.group("topic")
    # a terse note writes the person's company after a dash ("call w/ Ailsa - Dunmore"): a name, with the job
    # in the notes ("site supt job"), else what the call is about ("call w/ Gran - Sunday")
    company = company or _names_an_organisation(facts, topic) or _notes_open_with_an_organisation(facts)
    if company and topic and _names_a_job(facts, topic):
        found["own_call_note"] = facts.title  # the title says what the call is about: a job, a role
        return
    if company and "job" in facts.vocabulary.scan(fold(company)):
        found["own_call_note"] = facts.title  # the brackets say it: "電話：佐藤さん（関西モビリティの求人）"
        return
    text = facts.text_hits
    # a job's words, or the recruitment agency the notes name the person's firm or address at: an agency's
    # recruiter calls about a job
    job = "job" in text or _agency_written(facts) or _role_then_post(facts)
    named_role = job and ("role" in text or bool(practitioner(facts.text_f)))  # "re Senior Audiologist"
    recruiting = "stage=recruiter screen" in text or named_role
    # without a company in the title, the notes must say who the person is in the hiring: a recruiter,
    # the hiring manager ("Conversa c/ Diego": "é o gestor da vaga"), or give their address at an organisation
    # or that the person will call the user ("He will call"): a note of when a hiring contact rings
    said = "stage" in text or "stage?" in text or _addressed_alone(facts) or _alone_told_they_call(facts)
    if recruiting and "career" not in text and (company or (named_role and said)):
        found["own_call_note"] = facts.title


def _role_then_post(facts: EventFacts) -> bool:
    """True when the notes write the word for a post right after a job title's word ("Research coordinator post –
    data work for their registry", "the analyst position"): a job, where "post" alone may be a letter or a blog's."""
    role = facts.text_hits.get("role")
    if not role:
        return False
    return re.search(re.escape(role) + r"\w*" + _POST_AFTER_ROLE, facts.text_f) is not None


# a label for a post ("post", "position", "role", "vacancy"), written after the title's word; not a message posted
# ("the manager post on LinkedIn")
_POST_AFTER_ROLE = (r"\s+(?:" + trie_pattern({form for phrase in LEXICON.phrases("job", "labels")
                                              for form in spellings(fold(phrase.rstrip(".")))})
                    + r")(?!\w)(?!\s+(?:on|about|from)\b)")


def _lower_case(name: str) -> bool:
    """True when ``name`` starts with a small letter of a script that writes capitals ("mom", not "ლევანი")."""
    return name[:1].islower() and not without_capitals(name[:1])


def _recruiter_will_call(facts: EventFacts) -> bool:
    """True for the user's own entry whose notes give someone's address at an organisation, say they will call,
    and name both recruiting and a job title ("Nourhan, TA Lead at Orbis (nourhan@orbis.example) – she will call
    my mobile. HR Business Partner"): an employer's recruiter calling about a job."""
    text = facts.text_hits
    return (_addressed_alone(facts) and "mode=phone" in text and "job" in text
            and ("role" in text or "role" in facts.title_hits) and "career" not in text)


def _agency_written(facts: EventFacts) -> bool:
    """True when the notes give an address at a domain that reads like a recruitment agency's, under a name that
    reads like one too ("Kevin Tran, Harbourline Nurse Staffing / kevin@harbourlinestaffing.com")."""
    if not any(agency_kind(domain) for domain in facts.written_domains):
        return False
    return any(names_an_agency(line) for line in facts.description[:600].splitlines())


def _alone_told_they_call(facts: EventFacts) -> bool:
    """True for the user's own entry, nobody invited, whose notes say the person will call ("He will call")."""
    return "mode=phone" in facts.text_hits and facts.organizer is None and not facts.others


def _addressed_alone(facts: EventFacts) -> bool:
    """True for the user's own entry, nobody invited, whose notes give someone's address at an organisation."""
    event = facts.event
    return facts.organizer is None and not facts.others and event.organizer is None and bool(facts.written_domains)


def _call_note(facts: EventFacts) -> re.Match | None:
    """The match of the user's own entry for a call ("Call w/ ...", "... ringing me"), else None."""
    if facts.organizer is not None or facts.others:
        return None
    return call_note(facts.title)


def _names_an_organisation(facts: EventFacts, topic: str | None) -> str | None:
    """``topic``, the words after a call note's dash, when they are capitalised words (or words of a script without
    capitals) that may name a company and none of the vocabulary's ("Dunmore", "Sorrel Events"; not "Phone screen",
    "Ops Lead role"), else None."""
    if not topic or len(topic.split()) > 3:
        return None
    uncased = without_capitals(topic)  # a script without capitals names a company in its letters: "ნიკორა"
    if not uncased and (not topic[:1].isupper() or capitalised_run(topic) != topic.strip()):
        return None
    return topic if plausible(facts, topic) and not facts.vocabulary.scan(fold(topic)) else None


def _notes_open_with_an_organisation(facts: EventFacts) -> str | None:
    """The organisation a terse note's description opens with, before a comma, a dash or a full stop, when its
    last word says it is one ("Furlan Logistika, Sežana – …", "Ardmore Haulage. Night shift"), else None: whom
    the person called is with."""
    description = facts.description
    opening = capitalised_run(description)
    if not opening or len(opening.split()) < 2 or not description.startswith(opening):
        return None
    if not _OPENING_ENDS.match(description, len(opening)) or not ends_as_an_organisation(opening):
        return None
    return opening


# what ends a note's opening name: a comma, a full stop, a dash, the line's or the text's end
_OPENING_ENDS = re.compile(r"[,.]|\s+[–—-]\s|\s*$|[ \t]*\n")


def _names_a_job(facts: EventFacts, topic: str) -> bool:
    """True when a call's ``topic`` is a job: job words ("re: the Strategic AE role", "vaga Head of
    Marketing"), or a job title as a posting writes it ("Clinic Lead, Altrincham")."""
    tags = facts.vocabulary.scan(fold(topic))
    return "job" in tags or ("role" in tags and topic[:1].isupper())


# a title that is a conversation with someone: "Gespräch mit Dr. Lindner", "Point de suivi avec Awa",
# "Rozmowa z Anną – cd.", "Call w/ Ruairí"
_TALK_WITH = re.compile(
    r"^[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}\s+(?:w/|with|mit|avec|con|com|met|z|ze)\s+"
    r"(?:(?:dr|prof|herrn?|frau|mr|mrs|ms|mme|m|sr|sra|pan|pani)\.?\s+)*(?P<name>[^\W\d_][\w'’-]+)",
    re.IGNORECASE,
)


def _talk_about_a_job(facts: EventFacts, found: Found) -> None:
    """Someone at another organisation invites the user to a conversation with them, titled with their
    name, whose description speaks of a position or a stage ("unser Gespräch zur Associate-Stelle")."""
    organizer = facts.organizer
    if organizer is None or facts.organizer_is_me or facts.organizer_domain not in facts.company_domains:
        return
    text = facts.text_hits
    if not any(tag in text for tag in ("job", "stage", "stage?", "interview?")) or facts.event.recurring:
        return
    if any(tag.startswith("x!:") for tag in text):
        return  # the text says what else it is ("a reference for Priya Raman"): weighed as that
    talk = _TALK_WITH.match(facts.title)
    if talk is None:
        return
    name = talk.group("name").lower()
    stem = name[:max(3, len(name) - 2)]  # declined names: "z Anną" is Anna, "mit Piotrem" Piotr
    if any(word.startswith(stem) for word in facts.name_words_of_others):
        found["talk_about_a_job"] = organizer.name or organizer.email


def _role_conversation(facts: EventFacts, found: Found) -> None:
    """A meeting with an organisation about a named role ("about the DevOps Engineer role"), or titled with a
    job posting's title ("Hearing – Leiterin Personal (w/m/d)"); in the user's own note, nobody invited, the
    organisation is the one whose address the note gives ("meeting Dan Ross, CTO – dan@… – about the … role")."""
    if "job" not in facts.title_hits and "job" not in facts.text_hits:
        booked = booked_for_a_role(facts) if "role" in facts.text_hits else None
        if booked:
            found["role_conversation"] = booked
        return
    organizer = facts.organizer
    own_note = organizer is None and not facts.others and bool(facts.written_domains)
    if facts.company_domains or (organizer is not None and _recruiting_mailbox(organizer.email)):
        role = framed_role(facts) or _posted_role(facts.title) or _the_post(facts.description)
    elif own_note:  # (the role named: a note's "the role" may be anyone's)
        role = framed_role(facts) or _posted_role(facts.title)
    else:
        return
    if role:
        found["role_conversation"] = role


def booked_for_a_role(facts: EventFacts) -> str | None:
    """The kind of meeting a booking page booked ("Event Name: Underwriting Assistant – intro"), when a job title
    names it and someone at another organisation hosts it, else None: a recruiter's booking page keeps a kind of
    meeting for each opening. A meeting named for the host's own title ("Meet your Account Manager") is their
    service, not an opening."""
    if not facts.company_domains or facts.organizer_is_me:
        return None
    event = booked_event(facts)
    if event is None:
        return None
    folded = fold(event)
    if "your " in folded or ("role" not in facts.vocabulary.scan(folded) and practitioner(folded) is None):
        return None
    return event


# the post itself, spoken of without its title: "the team the role partners with", "this vacancy reports to";
# "the role of data in ...", "the role AI plays" speak of a function ("the position" is as often a stance, a
# trade or a place)
_THE_POST = re.compile(r"\b(?:the|this)\s+(?:role|vacancy)\b(?!\s+(?:of|in which)\b)(?![^.\n]{0,40}\bplay(?:s|ed)?\b)",
                       re.IGNORECASE)


def _the_post(text: str) -> str | None:
    """"the role" (or "this vacancy") when ``text`` speaks of a post without naming it, else None."""
    match = _THE_POST.search(text[:1500]) if "the" in text.lower() else None
    return match.group(0) if match else None


# a job posting's gender marker after its job title: "Leiterin Personal (w/m/d)", "Responsable paie (H/F)"
_GENDER_MARKER = re.compile(r"\(\s*(?:[mwfdhx]\s*/\s*){1,3}[mwfdhx]\s*\)", re.IGNORECASE)
_TITLE_PARTS = re.compile(r"\s[-–—|]\s|[–—:|]")


def _posted_role(title: str) -> str | None:
    """The job title a posting's gender marker follows in ``title`` (the part of the title before it), else None."""
    marker = _GENDER_MARKER.search(title) if "/" in title else None
    if marker is None:
        return None
    role = _TITLE_PARTS.split(title[:marker.start()])[-1].strip()
    return role if role[:1].isalpha() else None


def _wording(facts: EventFacts, found: Found) -> None:
    """Interview wording, by where it is and how strong: the title's counts most, the description's
    adds a little to it (each event counts once in one of the first four)."""
    title, text = facts.title_hits, facts.text_hits
    said_title = _said(title)
    said_text = _said(text)
    if said_title:
        found["interview_title" if said_title[0] else "interview_title_context"] = said_title[1]
        if said_text:
            found["interview_text_too"] = said_text[1]
    elif said_text:
        found["interview_text" if said_text[0] else "interview_text_context"] = said_text[1]
    job = title.get("job") or text.get("job")
    if job and not (said_title and said_title[1] == job) and not (said_text and said_text[1] == job):
        found["job_words"] = job  # "recruiter" is stage wording already: not twice


def _said(hits: dict[str, str]) -> tuple[bool, str] | None:
    """(strong?, the phrase) for the interview wording in ``hits``, the strongest first."""
    for tag, strong in (("interview", True), ("stage", True), ("interview?", False), ("stage?", False)):
        if tag in hits:
            return strong, hits[tag]
    return None


def _informational(facts: EventFacts, found: Found) -> bool:
    """Informational-interview evidence; returns whether the event reads as an informational interview."""
    title, text = facts.title_hits, facts.text_hits
    asked = _advice_asked_by_me(facts)
    if "info" in title or "info" in text:
        found["informational_title" if "info" in title else "informational_text"] = facts.hit("info")
    elif "info?" in title or "info?" in text:
        found["learn_from_someone"] = facts.hit("info?")
    elif _career_chat(facts):
        found["career_chat"] = f"“{title['chat?']}”, “{facts.hit('career')}”"
    elif _answering_me(facts):
        about_work = bool(WORKPLACE.search(facts.text_f)) or "career" in title or "career" in text
        found["they_agree_about_work" if about_work else "they_agree"] = text["answer"]
    elif _coffee_arranged(facts):
        found["coffee_you_arranged"] = title["chat?"]
    elif not asked:
        return False
    if asked:
        found["advice_asked"] = text["ask"]
    if "career" in title or "career" in text:
        found["career_context"] = facts.hit("career")
    job_in_title = "interview" in title or "stage" in title
    # "Bate-papo inicial" about "a vaga" with "entrevista com RH" in the description: a job screen
    explicit = "info" in title or "info" in text
    # (or a round the notes of a lunch about a post name: "says this is the first round"; not a "panel" or a
    # "recruiter", which a coffee asks about as often)
    job_in_text = not explicit and ("interview" in text or "stage" in text or _names_a_round(text)) and (
        "job" in title or "job" in text)
    return "info" in title or not (job_in_title or job_in_text)


def _names_a_round(hits: dict[str, str]) -> bool:
    """True when ``hits`` name a round of a hiring process ("first round", "second round")."""
    return "stage?" in hits and any(tag.startswith("stage=") and tag.endswith(" round") for tag in hits)


def _career_chat(facts: EventFacts) -> bool:
    """A coffee or an exchange in the title, with career or advice words ("Échange avec Marc – conseils")."""
    return "chat?" in facts.title_hits and ("career" in facts.title_hits or "career" in facts.text_hits)


def _coffee_arranged(facts: EventFacts) -> bool:
    """A coffee, lunch or chat the user set up with one person from another organisation, whose notes
    speak of a career or a job or ask questions ("Coffee – Nadia Benali", organized by the user,
    nadia@fondation.org invited, "Questions: how did you move ...?"): how informational interviews are
    booked; or the user's own entry, with nobody invited, that writes that one person's address ("Coffee w/
    Zanele", "zanele@…" in its notes). A lunch with a friend at a company, with nothing in its notes, is not one."""
    if "chat?" not in facts.title_hits or facts.event.recurring:
        return False
    invited = facts.organizer_is_me and len(facts.others) == 1 and bool(facts.company_domains)
    written = facts.organizer is None and not facts.others and len(facts.written_domains) == 1
    text = facts.text_hits
    if not (invited or written):
        return _coffee_with_a_personal_address(facts)
    if any(tag in text for tag in ("career", "job", "ask", "info?")) or facts.description.count("?") >= 2:
        return True
    # the user's own questions about how a team or a company works ("Ask how the sales org is set up")
    return "ask?" in text and bool(WORKPLACE.search(facts.text_f))


def _coffee_with_a_personal_address(facts: EventFacts) -> bool:
    """The user's own coffee with one person invited at their personal address, whose notes list the questions to
    ask about working where that person works ("Coffee w/ Gord – Ask: do they take 3rd years, the wage grid, ...").
    Without the questions, a coffee with a friend."""
    own = facts.organizer is None or facts.organizer_is_me
    if not own or len(facts.others) != 1 or facts.company_domains or "ask?" not in facts.text_hits:
        return False
    return "job" in facts.text_hits or "career" in facts.text_hits or bool(WORKPLACE.search(facts.text_f))


def _answering_me(facts: EventFacts) -> bool:
    """A chat in the title, and someone else's invitation answering the user's request for it
    ("Thanks for reaching out – happy to share what it's like working at ...")."""
    if "answer" not in facts.text_hits or facts.organizer is None or facts.organizer_is_me:
        return False
    return "chat?" in facts.title_hits or _names_paired(facts.title)


def _names_paired(title: str) -> bool:
    """A title that pairs two people and says nothing else ("Ananya <> Arjun", "Jasmine / Élodie")."""
    if _PAIR_CHAR.search(title) is None and " x " not in title:
        return False
    sides = PAIRING.split(title)
    return len(sides) == 2 and all(0 < len(side.split()) <= 3 and side.strip()[:1].isupper() for side in sides)


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
    found, _via = system(facts)
    if found and found[1] == BOOKING:
        return True
    return "between" in facts.title_hits and bool(BETWEEN.match(facts.title))


def _senders(facts: EventFacts, found: Found) -> None:
    sender, via = system(facts)
    if sender:
        name, kind = sender
        if kind == ATS:
            found["applicant_tracking"] = f"{via} ({name})"
        elif kind == BOOKING:
            found["booking_page"] = name
        elif kind == ONLINE_TEST:
            found["online_test"] = name
        else:
            found["interview_scheduler"] = f"{via} ({name})"
    if "online_test" not in found:
        test = _test_taken_alone(facts)
        if test:
            found["online_test"] = test
            for wording in ("interview_title", "interview_text"):
                if fold(found.get(wording) or "\0") in test:
                    del found[wording]  # "technical assessment" said only as the test's name
    organizer = facts.organizer
    if _interview_calendar(facts):
        found["interview_calendar"] = organizer.name if organizer and organizer.name else facts.event.calendar_name
    elif organizer and _recruiting_mailbox(organizer.email):
        found["recruiting_mailbox"] = organizer.email
    elif organizer and organizer.name and _names_recruiting_team(organizer.name):
        found["recruiting_team"] = organizer.name


# a test the candidate takes alone ("Online Technical Assessment", "pruebas psicométricas"): [test] alone
_TESTS_ALONE = {form for phrase in LEXICON.phrases("test", "alone") for form in spellings(fold(phrase))}
# (looked for only where one of their first letters comes: one test rules out most places of a text)
_TEST_ALONE = re.compile("(?=[" + "".join(sorted({re.escape(form[0]) for form in _TESTS_ALONE})) + r"])(?<!\w)(?:"
                         + trie_pattern(_TESTS_ALONE) + r")(?!\w)")


def _test_taken_alone(facts: EventFacts) -> str | None:
    """The wording of a test the user takes alone, when no person of another organisation is invited (a
    mailbox sends it): evidence against, as a test platform's invitation is. A live assessment with an
    engineer of the company is an interview."""
    if any(address_kind(p.email, p.name) == "person" for p in facts.outside_people):
        return None  # (most invitations: someone of another organisation is there, told before a look at the text)
    test = _TEST_ALONE.search(facts.title_f) or _TEST_ALONE.search(facts.text_f)
    return test.group() if test else None


def _agency_call(facts: EventFacts, found: Found) -> None:
    """A recruiter who recruits for a client, about a job ("Voor onze opdrachtgever ... zoek ik een Demand
    Planner"), or a recruitment agency's recruiter about a job: a recruitment agency's screening call. A
    recruitment agency speaking of its client and a job title says it too, the job word unsaid ("Call: Grace
    Teo (Peak Search Asia) – confidential digital bank", "Head of Regulatory Compliance – client is a bank")."""
    job = facts.text_hits.get("job") or facts.title_hits.get("job")
    if not job:
        client = _client_and_title(facts)
        if client and _agency_speaks(facts):
            found["agency_call"] = client
        elif _client_meeting_an_agency_arranged(facts):
            found["agency_call"] = facts.title_hits.get("role") or facts.text_hits.get("role")
        return
    client = facts.text_hits.get("client")
    if client and facts.company_domains:  # an agency's domain, or the client's
        found["agency_call"] = client
    elif _own_note_of_a_kept_back_client(facts):  # "Call w/ Ana (Talentia) – client confidential"
        found["agency_call"] = facts.title_hits.get("client") or client
    elif _at_an_agency(facts) or _own_note_of_an_agency_call(facts):
        found["agency_call"] = job  # an agency's recruiter about a job, the client unsaid ("求人の件で")


def _client_meeting_an_agency_arranged(facts: EventFacts) -> bool:
    """True for an invitation from a person at another organisation, headed by a job title (the title, or the
    description's first line: no signature's), that a go-between set up: an agency's recruiter copied in ("Neil
    (Anderson Greig) declined, just cc-d for info"), or the notes saying someone at another organisation arranged
    it ("Arranged via Morag at Thistle Legal"): the agency's client meeting the candidate."""
    organizer = facts.organizer
    if organizer is None or "role" not in facts.title_hits and "role" not in facts.text_hits:
        return False
    if "role" not in facts.title_hits and "role" not in facts.vocabulary.scan(
            fold(" " + facts.description.lstrip().partition("\n")[0][:120])):
        return False
    if facts.organizer_domain in facts.agency_domains:
        return False
    if address_kind(organizer.email, organizer.name) != "person":
        return False
    return bool(facts.agency_domains) or _ARRANGED_VIA.search(facts.description[:1500]) is not None


# someone at another organisation who arranged the meeting: "Arranged via Morag at Thistle Legal", "set up through
# Dev (Brightpath)"
_ARRANGED_VIA = re.compile(r"\b(?i:arranged|set up|organi[sz]ed|booked)\s+(?i:via|through|by)\s+[A-Z][\w'’-]+"
                           r"(?:\s+[A-Z][\w'’-]+)?\s*(?:(?i:at|from|of)\s+|\(\s*)[A-Z]")


def _own_note_of_a_kept_back_client(facts: EventFacts) -> bool:
    """True for the user's own note, with the recruiter's address in it, of a call where the client's name is
    kept back ("(client confidential)", "cliente confidencial"): a recruitment agency's call."""
    if facts.organizer is not None or facts.others or not facts.written_domains:
        return False
    if "client" not in facts.title_hits and "client" not in facts.text_hits:
        return False
    return UNDISCLOSED_CLIENT.search(facts.title_f) is not None or UNDISCLOSED_CLIENT.search(facts.text_f) is not None


def _own_note_of_an_agency_call(facts: EventFacts) -> bool:
    """True for the user's own note, with an address in it and nobody invited, of a call with a recruitment
    agency (its name or its domain) about a job title the note names: the agency's screening call."""
    if facts.organizer is not None or facts.others or not facts.written_domains:
        return False
    return ("role" in facts.text_hits or "role" in facts.title_hits) and _agency_speaks(facts)


def _client_and_title(facts: EventFacts) -> str | None:
    """The word for a recruiter's client, when the event also names a job title ("client", "Head of ...")."""
    title, text = facts.title_hits, facts.text_hits
    if "role" not in title and "role" not in text:
        return None
    return title.get("client") or text.get("client")


def _agency_speaks(facts: EventFacts) -> bool:
    """True when a recruitment agency is on the event: its domain (known or reading like one), a domain the
    user's own note writes, a go-between's message pasted into the note, or its name said ("Lakefront Search
    Partners")."""
    if facts.agency_domains or facts.agency_suspects:
        return True
    if facts.organizer is None and not facts.others and facts.written_domains:
        if any(agency_kind(d) for d in facts.written_domains):
            return True
        # a message pasted into the user's own note whose sender will not be there, the people met at one other
        # organisation: a go-between setting up a meeting with its client ("อริสาจะไม่ได้เข้าร่วม", "I won't join")
        if len(facts.written_domains) == 2 and facts.sender_stays_away:
            return True
    return names_an_agency(facts.title_f) or names_an_agency(facts.text_f[:1500])


def _at_an_agency(facts: EventFacts) -> bool:
    """True when the organizer, a person, is at a recruitment agency's domain (known, or reading like one)."""
    organizer = facts.organizer
    if organizer is None or facts.organizer_is_me or not facts.organizer_domain:
        return False
    return facts.organizer_domain in facts.agency_domains or facts.organizer_domain in facts.agency_suspects


def recruiting_organizer(facts: EventFacts) -> bool:
    """True when a recruiting mailbox (recruiting@, careers@...) organizes the event."""
    organizer = facts.organizer
    return organizer is not None and _recruiting_mailbox(organizer.email)


def _interview_calendar(facts: EventFacts) -> bool:
    organizer = facts.organizer
    if organizer is not None and organizer.name and _names_interview_calendar(organizer.name):
        return True
    return _names_interview_calendar(facts.event.calendar_name)


@lru_cache(maxsize=16384)
def _recruiting_mailbox(address: str) -> bool:
    """``is_recruiting_mailbox``, remembered: the same recruiters and mailboxes send invitation after invitation."""
    return is_recruiting_mailbox(address)


@lru_cache(maxsize=16384)
def _names_recruiting_team(name: str) -> bool:
    return bool(RECRUITING_CALENDAR.search(name))


@lru_cache(maxsize=16384)
def _names_interview_calendar(name: str) -> bool:
    return bool(name) and bool(INTERVIEW_CALENDAR.search(name))


def system(facts: EventFacts) -> tuple[tuple[str, str] | None, str]:
    """(the hiring or booking system behind the event, "sender" or "link"), or (None, ...)."""
    if facts.sender_system:
        return facts.sender_system, "sender"
    term = facts.text_hits.get("system")
    return (system_of_term(term) if term else None), "link"


def _title_shape(facts: EventFacts, found: Found) -> None:
    requisition = REQUISITION.search(facts.title) if _DIGIT_CHAR.search(facts.title) else None
    if requisition:
        found["requisition_id"] = requisition.group()
    if "between" in facts.title_hits and BETWEEN.match(facts.title):
        found["booking_title"] = ""
    elif _paired(facts.title) and facts.names_me(facts.title_f):
        found["paired_title"] = ""
    # a title that is its organizer's own name ("Riverside Gardens Committee") names a body, not someone met
    elif (not _WORDY_TAGS.intersection(facts.title_hits) and _described(facts) and is_person_name(facts.title)
          and not _sender_named(facts)):
        found["title_is_your_name" if facts.names_me(facts.title_f) else "title_is_a_name"] = ""


def _sender_named(facts: EventFacts) -> bool:
    """True when the title is the organizer's own name and their address is not a person's named so
    (secretary@ sending "Riverside Gardens Committee"): a body naming its own meeting. "Daniel Kim"
    sent by daniel.kim@ is a person's name."""
    organizer = facts.organizer
    if organizer is None or not organizer.name or fold(organizer.name) != facts.title_f:
        return False
    mailbox = organizer.email.partition("@")[0].lower()
    return not any(len(word) >= 3 and word in mailbox for word in facts.title_f.split())


def _paired(title: str) -> bool:
    if _PAIR_CHAR.search(title) is None and " x " not in title:
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


def _context(facts: EventFacts, found: Found) -> None:
    if facts.company_domains:
        found["other_organisation"] = facts.company_domains[0]
    elif facts.organizer is None and not facts.others and facts.written_domains:
        found["other_organisation"] = facts.written_domains[0]  # the user's own note gives their addresses
    if facts.event.conference_url:
        found["conferencing"] = ""
    minutes = facts.minutes
    if not facts.event.all_day and minutes >= 10 and (minutes <= USUAL_MINUTES or minutes <= longest_usual(facts)):
        found["usual_length"] = f"{minutes:.0f}"
