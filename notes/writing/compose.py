"""Composition of thank-you notes: one per person met, personal, in the user's language.

Each note thanks the person by name, brings back a memorable detail, says the user is still
interested in the role at the company (for informational interviews: what the advice meant),
names the next steps, and signs with the user's contact lines (ETIQUETTE P1–P5). Wordings are
chosen deterministically per (interview, person), so the same input gives the same text and the
notes of a panel differ. A handwritten card version is added for traditional employers or when
the user prefers handwritten notes (C2); the email stays, since a card takes days by post.
"""
from __future__ import annotations

import hashlib
import html
from collections.abc import Sequence
from dataclasses import replace

from providers.base import Person

from ..values import Candidate, Draft, InterviewFacts, NoteText
from .details import find_timeline, invitation_hint, parse_details
from .language import note_language
from .phrases import Phrasebook, phrasebook
from .recipients import known_name, recipients
from .sentences import NotePlan, card_text, email_text, greeting_form
from .textutil import clean_line, html_to_text
from .traditional import card_reason
from .voice import to_second_person


def compose_notes(facts: InterviewFacts, candidate: Candidate, details: str = "") -> list[Draft]:
    """One email draft per person met (plus a handwritten card each when suggested).

    ``details`` are the user's memorable details: ``Name: detail`` lines for one person, other
    lines for everyone. Without any, the note uses what the invitation says and is flagged
    ``needs-detail``. Deterministic: the same input always gives the same drafts.
    """
    reason = card_reason(facts, candidate)
    drafts: list[Draft] = []
    for plan, flags in note_plans(facts, candidate, details):
        subject = subject_line(facts, plan.book)
        drafts.append(_draft(plan.person, "email", plan.book, subject, email_text(plan), flags))
        if reason:
            card = _draft(plan.person, "handwritten", plan.book, subject, card_text(plan), flags)
            drafts.append(replace(card, reason=reason, mailing_address=mailing_address(facts)))
    return drafts


def note_plans(facts: InterviewFacts, candidate: Candidate,
               details: str = "") -> list[tuple[NotePlan, tuple[str, ...]]]:
    """What each person's note is made of (person, their details, timeline, steps, greeting), with
    the flags the note starts with: the composer writes from these, and so does a language model."""
    book = phrasebook(note_language(facts, candidate))
    people = recipients(facts, candidate)
    if not people:
        return []
    found = parse_details(details, [p for p, _ in people], book)
    timeline = found.timeline or find_timeline(html_to_text(facts.description), book)
    digest = hashlib.sha256(interview_key(facts).encode("utf-8", "replace")).digest()
    ranks = {email: rank for rank, email in enumerate(sorted(p.email.lower() for p, _ in people))}
    formal = card_reason(facts, candidate) is not None
    greeting = greeting_form(book, formal, digest, [p for p, _ in people])
    plans = []
    for person, flags in people:
        mine, own = found.for_person(person)
        if own and book.code == "en":
            mine = [to_second_person(d) for d in mine]
        others = [known_name(p) for p, _ in people if p.email != person.email]
        hint = None if mine else invitation_hint(person, facts, others)
        plan = NotePlan(
            book, facts, candidate, person, ranks[person.email.lower()], digest,
            tuple(mine), hint, timeline, tuple(found.steps), formal, greeting,
        )
        plans.append((plan, _flags(flags, bool(mine), found.trimmed)))
    return plans


def _flags(flags: tuple[str, ...], has_detail: bool, trimmed: bool) -> tuple[str, ...]:
    extra = ([] if has_detail else ["needs-detail"]) + (["detail-trimmed"] if trimmed and has_detail else [])
    return tuple(dict.fromkeys([*flags, *extra]))


def _draft(person: Person, channel: str, book: Phrasebook, subject: str, text: str, flags) -> Draft:
    return Draft(
        to=person, channel=channel, language=book.code, subject=subject,
        body_text=text, body_html=render_html(text), flags=flags,
    )


def interview_key(facts: InterviewFacts) -> str:
    """What identifies an interview for the choice of wordings."""
    return f"{facts.title}|{facts.start.isoformat()}|{facts.company or ''}|{facts.role or ''}"


def subject_line(facts: InterviewFacts, book: Phrasebook) -> str:
    """The subject: names the role (ETIQUETTE F6), or the advice for an informational interview."""
    if facts.kind == "informational":
        return book.subject_advice
    role, company = clean_line(facts.role or ""), clean_line(facts.company or "")  # a subject is one line
    if role:
        return book.subject_role.format(role=role)
    if company:
        return book.subject_company.format(company=company)
    return book.subject_plain


def mailing_address(facts: InterviewFacts) -> str:
    """The invitation's location when it reads like a postal address (a card needs one)."""
    location = clean_line(facts.location or "")[:200]
    lowered = location.lower()
    if not location or "://" in location or any(w in lowered for w in _NOT_POSTAL):
        return ""
    has_number = any(c.isdigit() for c in location)
    return location if has_number and ("," in location or len(location.split()) >= 3) else ""


_NOT_POSTAL = ("zoom", "teams", "meet.", "google meet", "webex", "phone", "call", "video", "online", "remote")


def render_html(text: str) -> str:
    """The HTML body for a text body: every character escaped, paragraphs and line breaks kept.

    ``dir="auto"`` lets a mail client lay out a right-to-left name or detail correctly.
    """
    paragraphs = [p for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    body = "".join(
        "<p>" + "<br>".join(html.escape(line) for line in p.strip("\n").split("\n")) + "</p>" for p in paragraphs
    )
    return f'<div dir="auto">{body}</div>'


def note_text(draft: Draft) -> NoteText:
    """The checks' view of a composed draft."""
    return NoteText(draft.to, draft.channel, draft.subject, draft.body_text, draft.language, draft.flags)


def edited_note(draft: Draft, body_text: str, subject: str | None = None) -> NoteText:
    """The checks' view of a draft the user edited; ``needs-detail`` no longer applies once edited.

    The P2 check reads the text itself, so an edit that adds a memorable detail clears it.
    """
    flags = draft.flags if body_text == draft.body_text else tuple(f for f in draft.flags if f != "needs-detail")
    return NoteText(draft.to, draft.channel, draft.subject if subject is None else subject,
                    body_text, draft.language, flags)


def nudge_lines(drafts: Sequence[Draft], facts: InterviewFacts, kind: str = "ready") -> list[str]:
    """The nudge for an interview's notes, in their language: a subject line, then one line each.

    ``kind`` is ``ready``, ``reminder`` or ``follow_up`` (the one follow-up, its only draft, is
    ready). A handwritten card gets "write and mail it today" (ETIQUETTE T3) and its mailing
    address when known.
    """
    book = phrasebook(drafts[0].language if drafts else "en")
    label = " — ".join(clean_line(x) for x in (facts.role, facts.company) if x) or clean_line(facts.title)[:120]
    lines = [book.nudge[kind if kind in ("reminder", "follow_up") else "ready"].format(title=label)]
    for draft in drafts:
        lines.extend(draft_nudge(draft, kind))
    if any(d.channel == "handwritten" for d in drafts):
        lines.append(book.nudge["card_page"])
    return lines


def draft_nudge(draft: Draft, kind: str = "ready") -> list[str]:
    """What to do with one draft now: send the email today, or write and mail the card today; for the
    follow-up, read it over and send it."""
    book = phrasebook(draft.language)
    name = known_name(draft.to) or draft.to.display_name() or draft.to.email
    if kind == "follow_up":
        return [book.nudge["email_follow_up"].format(name=name)]
    reminder = kind == "reminder"
    if draft.channel != "handwritten":
        return [book.nudge["email_reminder" if reminder else "email_ready"].format(name=name)]
    lines = [book.nudge["card_reminder" if reminder else "card"].format(name=name)]
    if draft.mailing_address:
        lines.append(book.nudge["address"].format(address=draft.mailing_address))
    return lines
