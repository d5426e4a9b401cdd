"""The kinds of evidence detection weighs, declared in one table.

Each piece of evidence has a name (its key in ``weights.json``), the reason a user reads when it is
found (``{}`` takes what was found: a phrase, a system, a domain), a prior weight and how it is
computed. The weights detection uses are fitted on the labelled calendars by ``bench/fit_detection.py``
(a logistic regression whose weights are pulled towards these priors, so that evidence the labelled
calendars rarely show keeps the weight a person would give it). An event is an interview when the
bias plus the weights of the evidence found reach zero; its confidence is the logistic of that sum.

Evidence against an interview (a mock interview, a deadline, the hiring side...) is weighed like the
rest: strong, but never a verdict by itself. Only two facts about an event are rules rather than
evidence: it is cancelled, or the user declined it (``against.structural``). An event where nothing at
all speaks of an interview is not weighed (``evidence.promising``).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Evidence:
    """One kind of evidence: its name, the reason shown, its prior weight and how it is computed."""

    name: str
    reason: str
    prior: float
    how: str
    extraction: bool = False  # found on what extraction finds (the company, the role)


# kinds of evidence against an interview, from phrases of the vocabulary files (see REASONS_AGAINST)
KINDS_AGAINST: dict[str, str] = {
    "mock": "a mock or practice interview",
    "prep": "a preparation block, not the meeting",
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
    "personal": "a personal or family occasion",
}
# a kind said in the title names the event; said elsewhere it is weaker, so it starts lower
_TITLE_PRIOR = {"prep": -3.0, "deadline": -4.0, "hold": -4.0}
_STRONG = -6.0
_ANYWHERE_PRIOR = -4.0

_FOR: tuple[Evidence, ...] = (
    Evidence("interview_title", "interview wording in the title (“{}”)", 3.0,
             "an interview or stage phrase (vocabulary [interview] words, [stage]) in the title"),
    Evidence("interview_title_context", "interview wording in the title (“{}”)", 2.0,
             "a phrase that means an interview in a hiring context ([interview] in_context, [stage_hint]) "
             "in the title"),
    Evidence("interview_text_too", "interview wording in the description (“{}”)", 0.5,
             "interview wording in the description as well as in the title"),
    Evidence("interview_text", "interview wording in the description (“{}”)", 2.0,
             "an interview or stage phrase in the description, none in the title"),
    Evidence("interview_text_context", "interview wording in the description (“{}”)", 1.0,
             "a phrase that means an interview in a hiring context in the description, none in the title"),
    Evidence("no_interview_wording", "no interview wording", -2.0,
             "none of the wording, senders, requisition ids or talks that say interview by themselves"),
    Evidence("job_words", "job wording (“{}”)", 1.0, "a position, an application, hiring ([job] words)"),
    Evidence("informational_title", "informational-interview wording (“{}”)", 3.0,
             "[informational] words in the title"),
    Evidence("informational_text", "informational-interview wording (“{}”)", 2.0,
             "[informational] words in the description"),
    Evidence("learn_from_someone", "a conversation to learn from someone (“{}”)", 1.5,
             "a coffee or a chat that is an informational interview with career context ([informational] in_context)"),
    Evidence("career_chat", "a conversation about a career ({})", 1.5,
             "a coffee or an exchange in the title, and career words"),
    Evidence("they_agree_about_work", "they agree to the conversation you asked for (“{}”)", 2.5,
             "someone else's invitation answering the user's request for a chat, about a team or a job"),
    Evidence("they_agree", "they agree to the conversation you asked for (“{}”)", 1.0,
             "someone else's invitation answering the user's request for a chat"),
    Evidence("advice_asked", "you ask for their advice about a team or its hiring (“{}”)", 2.0,
             "the user's own words ask someone's advice about a team, its hiring or a career"),
    Evidence("career_context", "career context (“{}”)", 1.0, "[informational] career words"),
    Evidence("coffee_you_arranged", "a coffee or chat you arranged with someone at another organisation (“{}”)",
             1.5, "the user organizes a coffee, lunch or chat with one person from another organisation"),
    Evidence("applicant_tracking", "applicant-tracking {}", 2.0,
             "sent by an applicant-tracking system, or its link in the description"),
    Evidence("interview_scheduler", "interview-scheduling {}", 2.0, "sent by an interview scheduler (GoodTime...)"),
    Evidence("booking_page", "booked through a scheduling page ({})", 0.5, "Calendly, Cal.com and other booking pages"),
    Evidence("interview_calendar", "from a shared interview calendar or a candidate calendar (“{}”)", 2.0,
             "the organizer or the calendar is named for interviews or candidates"),
    Evidence("recruiting_mailbox", "organized by a recruiting mailbox ({})", 1.5, "recruiting@, talent@, careers@..."),
    Evidence("recruiting_team", "organized by a recruiting team (“{}”)", 1.0,
             "the organizer's name is a recruiting team's"),
    Evidence("requisition_id", "requisition id in the title ({})", 1.5, "JR123456, REQ-1234, Job ID 1234..."),
    Evidence("booking_title", "booking-page title shape (“… between A and B”)", 0.5, "'<event> between A and B'"),
    Evidence("paired_title", "applicant-tracking title shape (your name paired with another)", 1.0,
             "'A <> B', 'A / B' with the user's name"),
    Evidence("title_is_your_name", "the title is your name, as candidate calendars write it; "
             "the description says what it is", 1.5, "the title is the user's name, the description speaks of a job"),
    Evidence("title_is_a_name", "the title is only a person's name; the description says what the meeting is", 1.0,
             "the title is someone's name, the description speaks of a job"),
    Evidence("other_organisation", "people from another organisation ({})", 1.0,
             "someone on the invitation from an organisation that is not the user's (not free mail)"),
    Evidence("conferencing", "conferencing link", 0.3, "a video meeting link"),
    Evidence("usual_length", "{} minutes, a usual interview length", 0.3, "10 to 300 minutes"),
    Evidence("job_talk", "a talk you give as a candidate (“{}”)", 3.0,
             "a seminar titled with the user's name, announced as part of an application ([application] job_talk)"),
    Evidence("role_conversation", "a conversation about a role (“{}”)", 1.5,
             "a meeting with another organisation or a recruiting mailbox about a role the text names, or a booking "
             "page's meeting named for a job title ('Event Name: Loss Adjuster – intro')"),
    Evidence("talk_about_a_job", "{} invites you to talk about a job", 1.5,
             "a title that is a conversation with someone at another organisation who sends it ('Gespräch mit "
             "Dr. Lindner'), and a description that speaks of a position or a hiring stage"),
    Evidence("own_call_note", "your own note of a call about a job with someone at a company (“{}”)", 2.0,
             "the user's own entry 'Call with Dana (Contoso)' whose notes speak of a job or a recruiter"),
    Evidence("agency_call", "a recruiter speaks of a job or the client they recruit for (“{}”)", 1.5,
             "a recruitment agency, or someone speaking of 'our client', about a job ([agency] client, [job] words)"),
    Evidence("company_named_in_title", "the title names the company ({})", 0.5,
             "a company named in the title ('Interview at Contoso', 'Trial @ ...')", extraction=True),
    Evidence("company_named_by_domain", "{}", 0.5,
             "the text names the organisation an organizer's or attendee's domain spells", extraction=True),
    Evidence("names_a_role", "names a role ({})", 0.5, "a role is found on the event", extraction=True),
)

_AGAINST: tuple[Evidence, ...] = (
    *(Evidence(f"{kind}_in_title", f"{reason} (“{{}}”)", _TITLE_PRIOR.get(kind, _STRONG),
               f"[not_interview_in_title] {kind} phrases in the title") for kind, reason in KINDS_AGAINST.items()),
    *(Evidence(f"{kind}_anywhere", f"{reason} (“{{}}”)", _ANYWHERE_PRIOR,
               f"[not_interview_anywhere] {kind} phrases in the title or the description")
      for kind, reason in KINDS_AGAINST.items()),
    Evidence("press_medium", "a press, podcast or media interview (“{}”)", -6.0,
             "the title puts a medium after a preposition ('interview for the magazine')"),
    Evidence("quoted_title", "a film or book title", -6.0, "the title's interview words are all inside quotes"),
    Evidence("online_test", "an online test taken alone ({})", -2.5,
             "sent by, or linking to, an online-test platform (HackerRank, Codility...)"),
    Evidence("routine_meeting", "a meeting of another kind (“{}”)", -3.0,
             "the title names another kind of meeting ([meeting] routine: board meeting, stand-up...)"),
    Evidence("supplier_interview", "interviews of suppliers or vendors (“{}”)", -4.0,
             "the text speaks of interviewing suppliers ([meeting] supplier)"),
    Evidence("only_in_an_agenda", "interview wording only in one item of an agenda", -1.5,
             "the interview wording is in one line of a numbered or bulleted list of several items, not the title"),
    Evidence("press_organisation", "the other organisation is a medium ({})", -3.0,
             "the domain or the name of the organisation on the invitation holds a medium ([press] media)"),
    Evidence("recurring", "a recurring series, and no one from a hiring organisation on it", -2.0,
             "a recurring event not sent by a hiring system or a recruiting mailbox"),
    Evidence("all_day", "an all-day entry, not a meeting", -3.0, "all-day"),
    Evidence("no_duration", "no duration, like a reminder", -1.0, "starts and ends at once"),
    Evidence("longer_than_a_day", "longer than a working day", -1.5, "more than 8 hours"),
    Evidence("hiring_material", "you are on the hiring side (interviewer material: “{}”)", -8.0,
             "what only interviewers get: scorecards, interview kits ([hiring_side] material)"),
    Evidence("hiring_organizer_ours", "you are on the hiring side (the organizer shares your domain)", -8.0,
             "the organizer is the user or a colleague, colleagues are invited, no internal application"),
    Evidence("hiring_only_colleagues",
             "you are on the hiring side (your colleagues are on it, no one from another organisation)", -6.0,
             "colleagues and no other organisation, no internal application"),
    Evidence("hiring_candidates", "you are on the hiring side (the title is about candidates: “{}”)", -6.0,
             "the title speaks of several candidates, or one by number"),
    Evidence("hiring_own_candidate", "you are on the hiring side (your own entry names a candidate)", -6.0,
             "the user organizes or wrote the entry, and the title names a candidate, not the user"),
    Evidence("hiring_names_candidate", "you are on the hiring side (the title names the candidate, someone else)",
             -6.0, "'Candidate: <name>' in the title or the notes, not the user's name; or a title that speaks of a "
             "candidate and names someone invited from a personal address"),
)

TABLE: tuple[Evidence, ...] = _FOR + _AGAINST
BY_NAME: dict[str, Evidence] = {evidence.name: evidence for evidence in TABLE}
EXTRACTION = tuple(evidence.name for evidence in TABLE if evidence.extraction)
PRIOR_BIAS = -3.0
assert len(BY_NAME) == len(TABLE), "evidence names are unique"


def reason(name: str, detail: str) -> str:
    """The reason the user reads for evidence ``name`` found as ``detail``."""
    template = BY_NAME[name].reason
    return template.format(detail) if "{}" in template else template
