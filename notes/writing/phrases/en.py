"""English wordings."""
from __future__ import annotations

import re

from . import Phrasebook, weekday_month_pattern

_DAY, _MONTH = weekday_month_pattern(
    "monday tuesday wednesday thursday friday saturday sunday",
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec",
)
_COUNT = r"(?:a|one|two|three|four|five|\d{1,2}|a couple of|a few|the next few)"
_UNIT = r"(?:business |working )?(?:days?|weeks?)"
_WHEN = re.compile(
    rf"\b(?:(?:by|before|on|until|no later than)\s+(?:the\s+)?(?:end of (?:the|this|next) (?:week|month)"
    rf"|(?:this |next )?{_DAY}|{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH}"
    rf"|tomorrow)|(?:within|in)\s+{_COUNT}\s+{_UNIT}|(?:early|late|later|mid)\s+next\s+week"
    rf"|(?:this|next)\s+(?:week|{_DAY})|(?:at\s+)?the\s+end\s+of\s+(?:the|this|next)\s+week|tomorrow)\b",
    re.IGNORECASE,
)


def _refs(role: str | None, company: str | None) -> dict[str, str]:
    return {
        "the_role": f"the {role} role" if role else "the role",
        "the_position": f"the {role} position" if role else "the position",
        "at_company": f"at {company}" if company else "on your team",
        "join_target": company or "your team",
        "topic": f"the work at {company}" if company else "the field",
    }


BOOK = Phrasebook(
    code="en",
    greeting=("Dear {first},", "Hello {first},", "Hi {first},"),
    greeting_formal=("Dear {first},", "Dear {full},"),
    greeting_bare="Hello,",
    thanks=(
        "Thank you for taking the time to speak with me.",
        "Thank you for your time and for such a thoughtful conversation.",
        "Thank you for meeting with me and for answering my questions so openly.",
        "I'm grateful for your time and for the care you took in walking me through the role.",
        "Thank you for the conversation and for making me feel so welcome.",
    ),
    thanks_advice=(
        "Thank you for taking the time to talk with me and share your experience.",
        "Thank you so much for making time for our conversation.",
        "I really appreciated your time and how openly you shared what you have learned.",
        "Thank you for the conversation and for being so generous with your time.",
    ),
    detail_about=(
        "I especially enjoyed our conversation about {d}.",
        "Talking with you about {d} was a highlight for me.",
        "I particularly valued the time we spent on {d}.",
        "Our discussion of {d} has stayed with me since.",
        "I'm still thinking about our exchange on {d}.",
        "I enjoyed hearing your thoughts on {d}.",
        "It was a pleasure to talk through {d} with you.",
        "I especially appreciated your insights on {d}.",
    ),
    detail_colon=(),
    detail_more=("I also enjoyed our conversation about {d}.",),
    detail_clause=(
        "I especially enjoyed it when {d}.",
        "I still remember how {d}.",
        "It was a highlight for me when {d}.",
    ),
    detail_more_clause=("I also remember how {d}.",),
    clause_starts=frozenset("i we you they he she it there both".split()),
    detail_title=(
        "I appreciated hearing how you approach your work as {title}.",
        "It was valuable to hear your perspective as {title}.",
        "I enjoyed learning how you see the work from your seat as {title}.",
    ),
    detail_agenda=(
        "I enjoyed the {activity} part of the interview.",
        "The {activity} session was a highlight for me.",
        "I especially enjoyed our {activity} session.",
    ),
    detail_team=(
        "I enjoyed meeting the {team} team and hearing how it works.",
        "It was good to get a feel for how the {team} team works.",
    ),
    detail_none=(
        "I enjoyed learning more about the team and how it works.",
        "It was good to hear more about the team's work and priorities.",
        "It was helpful to get a clearer picture of the team and its goals.",
    ),
    detail_none_advice=(
        "Hearing how your own path unfolded was genuinely helpful.",
        "I learned a lot from the way you described your work and how you got there.",
        "It was helpful to hear how you think about the field and where it is going.",
    ),
    interest=(
        "Our conversation made me even more excited about {the_role} {at_company}.",
        "I left our conversation more interested than ever in {the_role} {at_company}.",
        "Everything I heard reinforced my interest in {the_position} {at_company}.",
        "I am genuinely excited about the prospect of joining {join_target} in {the_role}.",
        "I remain very interested in {the_position} {at_company}, and I would be glad to bring my experience to the team.",
    ),
    appreciation=(
        "Your advice was genuinely useful and gave me a much clearer picture of {topic}.",
        "I'm grateful for your candid advice and for the insight into {topic}.",
        "What you shared about {topic} is already shaping how I approach my search.",
        "I really appreciate your perspective on {topic} and the advice you offered.",
    ),
    next_when=(
        "Thank you as well for explaining the next steps; I look forward to hearing from you {when}.",
        "I look forward to hearing from you {when}, as you mentioned.",
        "I understand I should hear back {when}, and I look forward to the next steps.",
    ),
    next_open=(
        "I look forward to hearing about the next steps.",
        "Please let me know if I can share anything else; I look forward to hearing about the next steps.",
        "I look forward to hearing from you about the next steps in the process.",
        "I look forward to the next steps and to continuing the conversation.",
    ),
    next_mine=(
        "As a next step, I plan to put your suggestions into practice, and I will let you know how it goes.",
        "My next step is to act on your advice, and I'll keep you posted on my progress.",
        "I'll follow up on your suggestions over the coming weeks and would be glad to let you know how it goes.",
    ),
    step_first_person="As a next step, {step}.",
    step_other="My next step: {step}.",
    closing=("Best regards,", "Kind regards,", "With thanks,", "Warm regards,", "All the best,"),
    subject_role="Thank you — {role} interview",
    subject_company="Thank you — interview at {company}",
    subject_plain="Thank you for the interview",
    subject_advice="Thank you for your advice",
    nudge={
        "ready": "Thank-you notes ready: {title}",
        "reminder": "Reminder: thank-you notes for {title} not sent yet",
        "email_ready": "Your note to {name} is ready: add what you remember, then send it today.",
        "email_reminder": "Your note to {name} has not been sent yet; a short note today still makes a good impression.",
        "card": "Write the card to {name} and mail it today: a card takes a day or two by post.",
        "card_reminder": "If the card to {name} is not in the mail yet, mail it today, or send the email version now.",
        "address": "Mailing address: {address}",
        "card_page": "The printable card is in the Afterview sidebar.",
        "follow_up": "Follow-up ready: {title}",
        "email_follow_up": "Your follow-up to {name} is ready: the answer they promised has not come. Read it over, then send it.",
    },
    refs=_refs,
    determiners=frozenset(
        "the a an your our my their his her its how why what whether when where these those some".split()
    ),
    lower_first=frozenset(
        "the a an your our my their his her its how why what whether when where these those some "
        "we you he she they it there this that discussing talking hearing learning seeing".split()
    ),
    step_line=re.compile(
        r"^(?:i'll|i will|i plan to|i'm going to|i am going to|i intend to|my next step|next step|next:)",
        re.IGNORECASE,
    ),
    timeline_cue=re.compile(
        r"\b(?:get back to|hear back|hear from|let (?:me|you) know|be in touch|next steps?|decision|decid(?:e|ing)|"
        r"follow up with|reach out to|update (?:me|you))\b",
        re.IGNORECASE,
    ),
    when=_WHEN,
    when_capitalized=frozenset(
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split()
    ),
)
