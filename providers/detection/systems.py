"""Signatures of the systems that send interview invitations, and kinds of mailboxes.

Applicant-tracking systems (Greenhouse, Lever, Ashby, Workday...) and interview schedulers
(GoodTime...) send invitations from their own domains and leave their links in descriptions;
generic booking pages (Calendly, Cal.com...) do too, but they book any kind of meeting, so they
weigh less. Online-test platforms (HackerRank, Codility...) host tests taken alone: no one is met.
None of these addresses is a person the user met.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .domains import domain_label
from .scanner import split_terms, word_start_pattern

ATS = "ats"
INTERVIEW_SCHEDULER = "interview-scheduler"
BOOKING = "booking"
ONLINE_TEST = "online-test"

# domain suffix -> (system, kind)
SYSTEMS: dict[str, tuple[str, str]] = {
    **{d: ("Greenhouse", ATS) for d in ("greenhouse.io", "greenhouse-mail.io")},
    **{d: ("Lever", ATS) for d in ("lever.co", "hire.lever.co")},
    **{d: ("Ashby", ATS) for d in ("ashbyhq.com", "ashby.io")},
    **{d: ("Workday", ATS) for d in ("myworkday.com", "myworkdayjobs.com", "workday.com")},
    **{d: ("SmartRecruiters", ATS) for d in ("smartrecruiters.com", "smartrecruiters.email")},
    **{d: ("iCIMS", ATS) for d in ("icims.com",)},
    **{d: ("Jobvite", ATS) for d in ("jobvite.com",)},
    **{d: ("Workable", ATS) for d in ("workable.com", "workablemail.com")},
    **{d: ("BambooHR", ATS) for d in ("bamboohr.com",)},
    **{d: ("Recruitee", ATS) for d in ("recruitee.com", "recruiteemail.com")},
    **{d: ("Teamtailor", ATS) for d in ("teamtailor.com", "teamtailor-mail.com")},
    **{d: ("Personio", ATS) for d in ("personio.de", "personio.com")},
    **{d: ("Breezy HR", ATS) for d in ("breezy.hr", "breezyhr.com")},
    **{d: ("JazzHR", ATS) for d in ("jazzhr.com", "applytojob.com")},
    **{d: ("SAP SuccessFactors", ATS) for d in ("successfactors.com", "successfactors.eu", "sapsf.com")},
    **{d: ("Taleo", ATS) for d in ("taleo.net",)},
    **{d: ("HireVue", ATS) for d in ("hirevue.com",)},
    **{d: ("Paradox", ATS) for d in ("paradox.ai",)},
    **{d: ("Pinpoint", ATS) for d in ("pinpointhq.com",)},
    **{d: ("Homerun", ATS) for d in ("homerun.co",)},
    **{d: ("JOIN", ATS) for d in ("join.com",)},
    **{d: ("softgarden", ATS) for d in ("softgarden.io", "softgarden.de")},
    **{d: ("Zoho Recruit", ATS) for d in ("zohorecruit.com", "zohorecruit.eu")},
    **{d: ("Manatal", ATS) for d in ("manatal.com",)},
    **{d: ("Comeet", ATS) for d in ("comeet.co", "comeet.com")},
    **{d: ("Freshteam", ATS) for d in ("freshteam.com",)},
    **{d: ("Recruiterbox", ATS) for d in ("recruiterbox.com",)},
    **{d: ("Rippling", ATS) for d in ("rippling.com",)},
    **{d: ("Gem", ATS) for d in ("gem.com",)},
    **{d: ("Beamery", ATS) for d in ("beamery.com",)},
    **{d: ("Avature", ATS) for d in ("avature.net",)},
    **{d: ("Welcome to the Jungle", ATS) for d in ("welcomekit.co",)},
    **{d: ("Flatchr", ATS) for d in ("flatchr.io",)},
    **{d: ("HRMOS", ATS) for d in ("hrmos.co",)},
    **{d: ("HERP", ATS) for d in ("herp.cloud",)},
    **{d: ("Odoo", ATS) for d in ("odoo.com",)},
    **{d: ("Frappe HRMS", ATS) for d in ("frappe.cloud", "frappehr.com", "frappe.io")},
    **{d: ("Gupy", ATS) for d in ("gupy.io", "gupy.com.br")},
    **{d: ("Kenoby", ATS) for d in ("kenoby.com",)},
    **{d: ("Sólides", ATS) for d in ("solides.com.br",)},
    **{d: ("Factorial", ATS) for d in ("factorialhr.com",)},
    **{d: ("Bizneo", ATS) for d in ("bizneo.com",)},
    **{d: ("Teamio", ATS) for d in ("teamio.com",)},  # Czech; Nordic below
    **{d: ("Recruitis", ATS) for d in ("recruitis.io",)},
    **{d: ("Talentadore", ATS) for d in ("talentadore.com",)},
    **{d: ("ReachMee", ATS) for d in ("reachmee.com",)},
    **{d: ("Jobylon", ATS) for d in ("jobylon.com",)},
    **{d: ("Varbi", ATS) for d in ("varbi.com",)},
    **{d: ("GoodTime", INTERVIEW_SCHEDULER) for d in ("goodtime.io",)},
    **{d: ("ModernLoop", INTERVIEW_SCHEDULER) for d in ("modernloop.io",)},
    **{d: ("Prelude", INTERVIEW_SCHEDULER) for d in ("prelude.co",)},
    **{d: ("HackerRank", ONLINE_TEST) for d in ("hackerrank.com",)},
    **{d: ("Codility", ONLINE_TEST) for d in ("codility.com",)},
    **{d: ("CodeSignal", ONLINE_TEST) for d in ("codesignal.com",)},
    **{d: ("TestGorilla", ONLINE_TEST) for d in ("testgorilla.com",)},
    **{d: ("HackerEarth", ONLINE_TEST) for d in ("hackerearth.com",)},
    **{d: ("Coderbyte", ONLINE_TEST) for d in ("coderbyte.com",)},
    **{d: ("Mercer Mettl", ONLINE_TEST) for d in ("mettl.com",)},
    **{d: ("Calendly", BOOKING) for d in ("calendly.com",)},
    **{d: ("Cal.com", BOOKING) for d in ("cal.com",)},
    **{d: ("YouCanBookMe", BOOKING) for d in ("youcanbook.me",)},
    **{d: ("Acuity", BOOKING) for d in ("acuityscheduling.com",)},
    **{d: ("SavvyCal", BOOKING) for d in ("savvycal.com",)},
    **{d: ("zcal", BOOKING) for d in ("zcal.co",)},
    **{d: ("Chili Piper", BOOKING) for d in ("chilipiper.com",)},
    **{d: ("Doodle", BOOKING) for d in ("doodle.com",)},
    **{d: ("TidyCal", BOOKING) for d in ("tidycal.com",)},
    **{d: ("HubSpot Meetings", BOOKING) for d in ("meetings.hubspot.com",)},
    **{d: ("TimeRex", BOOKING) for d in ("timerex.net",)},
    **{d: ("Jicoo", BOOKING) for d in ("jicoo.com",)},
    **{d: ("Spir", BOOKING) for d in ("spirinc.com",)},
}

# links an applicant-tracking system leaves in a description without owning the sender domain
_PATH_SIGNATURES = {
    "/calendar/meeting/": ("Odoo", ATS),
    "hr.applicant": ("Odoo", ATS),
    "/app/interview/": ("Frappe HRMS", ATS),
    "/app/job-applicant/": ("Frappe HRMS", ATS),
}
# what detection's vocabulary looks for in descriptions (tag ``system``): domains as words, paths anywhere
SYSTEM_TERMS = [f"{domain}." for domain in SYSTEMS] + [f"~{path}" for path in _PATH_SIGNATURES]
# requisition ids (Workday JR123456, R-12345, REQ-1234, "Job ID 1234") and Frappe's HR-INT-2026-0001
REQUISITION = re.compile(
    r"\b(?:JR-?\d{4,}|R-?\d{5,}|REQ[-_ #]?\d{3,}|Req\.? ?#? ?\d{3,}|HR-INT-\d{4}-\d+)\b"
    r"|\b(?:job|requisition|posting) ?(?:id|no\.?|#|number)\s*:?\s*#?[A-Z]{0,4}-?\d{3,}\b"
    # the label written before the id itself ("Job Requisition R-10482")
    r"|\b(?:job )?requisition\s*:?\s*#?[A-Z]{0,4}-?\d{3,}\b",
    re.IGNORECASE,
)
# booking pages title events "Event type between A and B" (in the invitee's language)
BETWEEN_WORDS = ["between.", "zwischen.", "entre.", "tra.", "tussen."]
BETWEEN = re.compile(
    r"^(?P<event>.+?)\s+(?:between|zwischen|entre|tra|tussen)\s+(?P<a>.+?)"
    r"\s+(?:and|und|et|y|e|en|&)\s+(?P<b>.+)$",
    re.IGNORECASE,
)
# applicant-tracking titles that pair the candidate with the company: "Alex <> Contoso"
PAIRING = re.compile(r"\s(?:<>|<->|↔|x|×|/|\+)\s")

# mail domains one sector shares across its organisations (NHSmail): another organisation, but not
# the name of the one the user meets
SHARED_SECTOR_MAIL = frozenset({"nhs.net", "hscni.net"})
FREEMAIL = frozenset(split_terms(
    "gmail.com | googlemail.com | outlook.com | hotmail.com | hotmail.co.uk | hotmail.fr | hotmail.de"
    " | hotmail.es | hotmail.it | live.com | live.fr | live.de | live.nl | msn.com | yahoo.com"
    " | yahoo.co.uk | yahoo.fr | yahoo.de | yahoo.es | yahoo.it | yahoo.co.jp | yahoo.com.br | ymail.com"
    " | rocketmail.com | icloud.com | me.com | mac.com | aol.com | proton.me | protonmail.com | pm.me"
    " | gmx.de | gmx.net | gmx.at | gmx.ch | gmx.com | web.de | t-online.de | freenet.de | posteo.de"
    " | mailbox.org | orange.fr | free.fr | laposte.net | wanadoo.fr | sfr.fr | libero.it | virgilio.it"
    " | tiscali.it | alice.it | tim.it | uol.com.br | bol.com.br | terra.com.br | ig.com.br | ziggo.nl"
    " | kpnmail.nl | hetnet.nl | planet.nl | xs4all.nl | telenet.be | skynet.be | bluewin.ch"
    " | docomo.ne.jp | ezweb.ne.jp | softbank.ne.jp | i.softbank.jp | nifty.com | ocn.ne.jp"
    " | comcast.net | verizon.net | att.net | sbcglobal.net | mail.com | fastmail.com | fastmail.fm"
    " | zoho.com | tutanota.com | tuta.io | hey.com | yandex.ru | yandex.com | mail.ru | qq.com | 163.com"
    " | 126.com | naver.com | seznam.cz | wp.pl | o2.pl | rediffmail.com | btinternet.com | sky.com"
))
# calendars and resources that providers give addresses of their own
_CALENDAR_DOMAINS = ("calendar.google.com", "resource.calendar.google.com", "group.calendar.google.com",
                     "group.v.calendar.google.com", "import.calendar.google.com")

_CHAT_THREADS = frozenset({"thread.v2", "thread.skype", "thread.tacv2"})
_NO_REPLY = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|noreply|notifications?|notify|calendar|calendars"
    r"|scheduling|scheduler|schedule|invites?|invitations?|bookings?|mailer(?:-daemon)?|automated"
    r"|bot|system|postmaster|calendar-notification|ne-pas-repondre|nepasrepondre|no-responder)(?:[-+._].*)?$"
)
_ROLE_MAILBOX = re.compile(
    r"^(?:recruit\w*|talent\w*|ta|careers?|jobs?|hr|humanresources|human\.resources|people\w*|hiring"
    r"|interviews?|interviewers?|interviewing|staffing|candidates?|karriere|bewerbung\w*|personal|recrutement\w*"
    r"|rh|emploi|empleo|seleccion|reclutamiento|rrhh|talento|vagas|selezione|risorseumane|lavoraconnoi"
    r"|werving\w*|sollicitatie\w*|vacatures?|saiyo|saiyou|jinji|rekrytering\w*|rekruttering\w*|rekrutmen\w*|karir"
    r"|karier|selectie\w*|selection|selektion|rekrutering\w*|recrutamento\w*|selecao|kadry|vakansii"
    r"|selekcija|zaposljavanje|karijere|posao"
    # (Basque: staff, people, human resources, selection)
    r"|langileak|pertsonak|gizabaliabideak|giza-baliabideak|hautaketa"
    r"|info|contact|hello"
    # a front desk, where visitors sign in ("reception@", "frontdesk@", German "empfang@", French "accueil@",
    # Icelandic "mottaka@", Norwegian "resepsjon@", Finnish "vastaanotto@")
    r"|reception|frontdesk|front-desk|front\.desk|front_desk|empfang|accueil|recepcion|recepcao|receptie|recepcja"
    r"|mottaka|resepsjon|resepsjonen|vastaanotto"
    r"|team|office|admin"
    r"|all|allstaff|all-staff|everyone|staff)"
    r"(?:[-+._].*)?$"
    # a team's mailbox named after its department: kri.nursingrecruitment@, medicine-recruitment@; or a search
    # committee's, as universities and libraries name them: libsearch@, facultysearch@, search-committee@
    r"|^(?:.*[-._])?\w*(?:recruitment|recruiting|werving|recrutement|recrutamento|reclutamiento|talentacquisition|rekrytering"
    r"|rekruttering|search|committee)$"
    # or after its organisation's name, as a mailbox on free mail is named: alnoor.recruit@, kayal-careers@,
    # or as a public body names its staffing office: nsp.staffing@
    r"|^[a-z0-9]+[-._](?:recruit|recruits|careers|hiring|staffing)$"
)
_ROOM_NAME = re.compile(
    word_start_pattern(["room", "rm", "conf", "conference", "boardroom", "meeting room", "meetingroom", "huddle",
                             "raum", "besprechungsraum", "salle", "sala", "zaal", "vergaderruimte", "building",
                             "bldg"]) + r"\b|会議室",
    re.IGNORECASE,
)
# a capacity at the end, "HQ-3-Redwood (8)", or a building-floor code at the start, "SEA-3-Redwood"
_ROOM_CODE = re.compile(r"\(\d+\)$|^\w{1,4}-\d+-")
_ROOM_ADDRESS = re.compile(r"^(?:room|rooms|conf|confroom|mr|rm|meetingroom|resource)[-._\d]", re.IGNORECASE)
_RECRUITING_MAILBOX = re.compile(
    r"^(?:recruit\w*|talent\w*|ta|careers?|jobs?|hr|hiring|interviews?|interviewing|staffing|karriere"
    r"|bewerbung\w*|recrutement\w*|rh|empleo|seleccion|reclutamiento|rrhh|talento|vagas|selezione"
    r"|lavoraconnoi|werving\w*|sollicitatie\w*|vacatures?|saiyo|saiyou|jinji|rekrytering\w*|rekruttering\w*"
    r"|rekrutmen\w*|karir|karier|selectie\w*|selection|selektion|rekrutering\w*|recrutamento\w*|selecao|kadry"
    r"|vakansii|selekcija|zaposljavanje|karijere|posao)"
    r"(?:[-+._].*)?$"
)
# calendars that only hold interviews ("Interview Calendar", "Candidate Calendar"), and recruiting ones
INTERVIEW_CALENDAR = re.compile(r"interview|intervju|candidate|kandidat|candidat|entrevista|colloqui|面接|選考",
                                re.IGNORECASE)
RECRUITING_CALENDAR = re.compile(r"recruit|hiring|talent|karriere|recrut|reclut|werving|rekryt|rekrutt|採用",
                                 re.IGNORECASE)


@lru_cache(maxsize=16384)
def system_of_domain(domain: str) -> tuple[str, str] | None:
    """(system name, kind) when ``domain`` belongs to an applicant-tracking or booking system."""
    parts = domain.split(".")
    for i in range(len(parts) - 1):
        found = SYSTEMS.get(".".join(parts[i:]))
        if found:
            return found
    return None


# recruitment agencies: their recruiters invite candidates to interviews with other companies
_STAFFING = frozenset(
    "roberthalf hays randstad adecco manpower manpowergroup experis michaelpage pagegroup pagepersonnel"
    " kellyservices kelly kforce aerotek teksystems insightglobal spherion allegisgroup harveynash modis"
    " akkodis hudson lhh kornferry heidrick spencerstuart russellreynolds egonzehnder hays-recruitment"
    " robertwalters morganmckinley gi-group gigroup synergie tempo-team brunel"
    " academicwork poolia proffice lernia uniflex jobzone".split()
)


# what agencies call themselves: in a domain label ("kessler-personal", "summitsearchgroup") or a name
_AGENCY_LABEL_WORDS = ("personal", "personnel", "talent", "search", "recruit", "recrut", "reclut", "regrut", "staffing",
                       "manpower", "headhunt", "placement", "bemanning", "personell", "vikarbureau",
                       # temporary work agencies: French and Belgian "intérim", Dutch "uitzend", German "Zeitarbeit"
                       "interim", "uitzend", "zeitarbeit")
# (in-house teams are named "Contoso Recruitment", "Recrutement Contoso": those words alone say nothing)
_AGENCY_NAME_WORDS = ("personalberatung", "personaldienst", "personalvermittlung", "staffing", "manpower", "headhunt",
                      "executive search", "exec search", "search group", "search partners", "talent partners",
                      "recruitment agency",
                      "cabinet de recrutement", "agence de recrutement", "agencia de reclutamiento", "bemanning",
                      "rekryteringsföretag", "rekryteringsbyrå", "rekrutteringsbyrå", "rekrutteringsbureau",
                      "vikarbureau",
                      # Chinese "headhunting" ending a firm's name ("卓越獵頭", "智聘猎头")
                      "獵頭", "猎头")

# either list as one regular expression: a word anywhere in the text (one pass, not one per word)
_AGENCY_LABEL = re.compile("|".join(map(re.escape, _AGENCY_LABEL_WORDS)))
_AGENCY_NAME = re.compile("|".join(map(re.escape, _AGENCY_NAME_WORDS)))


@lru_cache(maxsize=16384)
def agency_kind(domain: str) -> str | None:
    """``known`` for a known recruitment agency's domain, ``likely`` when its label reads like one
    ("brightwelltalent", "kessler-personal": a hint, not proof), else ``None``."""
    label = domain_label(domain)
    if label in _STAFFING:
        return "known"
    if _AGENCY_LABEL.search(label) and "research" not in label:
        return "likely"
    return None


@lru_cache(maxsize=16384)
def names_an_agency(name: str) -> bool:
    """True when an organizer's name reads like a recruitment agency's ("Kessler Personalberatung")."""
    name = name.lower()
    return _AGENCY_NAME.search(name) is not None


def system_of_term(term: str) -> tuple[str, str] | None:
    """(system name, kind) for a ``SYSTEM_TERMS`` phrase found in a description."""
    return _PATH_SIGNATURES.get(term) or SYSTEMS.get(term)


def is_calendar_address(domain: str) -> bool:
    """True for addresses a calendar service gives to calendars and resources, not people."""
    return domain.endswith(_CALENDAR_DOMAINS)


@lru_cache(maxsize=16384)
def is_no_reply(email: str) -> bool:
    """True for automated senders: no-reply, notification and scheduling mailboxes."""
    return bool(_NO_REPLY.match(email.partition("@")[0]))


@lru_cache(maxsize=16384)
def is_role_mailbox(email: str) -> bool:
    """True for shared team mailboxes (recruiting@, talent@, hr@...) rather than a person."""
    return bool(_ROLE_MAILBOX.match(email.partition("@")[0]))


@lru_cache(maxsize=16384)
def is_recruiting_mailbox(email: str) -> bool:
    """True for mailboxes of a recruiting team (recruiting@, talent@, careers@, hr@...)."""
    return bool(_RECRUITING_MAILBOX.match(email.partition("@")[0]))


def looks_like_room(name: str, email: str) -> bool:
    """True when an attendee's name or address says it is a room or a resource."""
    if _ROOM_ADDRESS.match(email) or (_ROOM_NAME.search(name) and not _surname_like_a_room(name, email)):
        return True
    return ("(" in name or "-" in name) and bool(_ROOM_CODE.search(name))


def _surname_like_a_room(name: str, email: str) -> bool:
    """True when the only room word of ``name`` is its last word, after a first name the address starts with
    ("Gerard Sala", gerard.sala@): a person whose surname is the word for a room ("Sala", "Salle")."""
    words = name.split()
    if not 2 <= len(words) <= 3 or _ROOM_NAME.search(" ".join(words[:-1])):
        return False
    local = email.partition("@")[0].lower()
    return len(words[0]) >= 3 and words[0].isalpha() and local.startswith(words[0].lower())


@lru_cache(maxsize=16384)
def address_kind(email: str, name: str = "") -> str:
    """What an attendee address is: ``person``, ``team`` (a shared mailbox such as recruiting@) or
    ``thing`` (no-reply and scheduling mailboxes, calendars, rooms, applicant-tracking systems)."""
    domain = email.rpartition("@")[2]
    if is_no_reply(email) or is_calendar_address(domain) or system_of_domain(domain) or looks_like_room(name, email):
        return "thing"
    if domain in _CHAT_THREADS:  # a Teams meeting's chat, invited like a person
        return "thing"
    if is_conferencing_device(domain):
        return "thing"
    return "team" if is_role_mailbox(email) or _TEAM_NAME.search(name) else "person"


def is_conferencing_device(domain: str) -> bool:
    """True for the address a meeting room's video system dials ("Join with a video conferencing device:
    tenant@vc.example.com", "123@t.plcm.vc", "room@m.webex.com"): a machine, never someone met. A firm's own
    ".vc" domain ("joana@alfama.vc", as venture capital firms name themselves) is a person's address."""
    labels = domain.split(".")
    return "vc" in labels[:-1] or (labels[-1] == "vc" and len(labels) > 2) or domain.endswith(_CONFERENCING_DOMAINS)


_CONFERENCING_DOMAINS = ("zoomcrc.com", ".webex.com")


# a mailbox named for a team ("Northstar FLP Campus Team", "Équipe recrutement", "Library Search Committee") or a
# front desk ("Northcape Reception")
_TEAM_NAME = re.compile(r"\b(?:team|équipe|equipe|equipo|squadra|committee|reception|front desk|móttaka|resepsjon)\b",
                        re.IGNORECASE)
