"""Propose: once an interview has ended, compose one note per person met and plan the nudges.

A note is never written before the interview's end (ETIQUETTE T1). Proposal is idempotent:
the interview is claimed, notes are unique per (interview, recipient, channel), and a second
run reconciles rather than duplicates — sent, dismissed and user-edited notes are kept, and a
withdrawn note whose person is back returns (with the user's text when they had edited it).
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from providers.base import Person

from .. import etiquette, lifecycle, planning
from ..drafting.prompt import model_basis
from ..runtime import Runtime
from ..statuses import (
    AFTER_INTERVIEW,
    OPEN_NOTE,
    DraftState,
    InterviewStatus,
    NoteChannel,
    NoteKind,
    NoteStatus,
    NudgeKind,
)
from ..store.claims import Queue
from ..store.model import Account, Interview, Note, Nudge, User
from ..values import Candidate, Draft, InterviewFacts, NoteText
from ..writing import compose
from . import followups, referrers
from .claimed import handle_due
from .mail_account import mailbox_account
from .mailwork import schedule_sent_check

COMPOSER = "composer"

log = logging.getLogger(__name__)


def facts_of(interview: Interview) -> InterviewFacts:
    """The composer's view of a stored interview."""
    organizer = interview.organizer or None
    return InterviewFacts(
        title=interview.title,
        company=interview.company,
        role=interview.role,
        stage=interview.stage,
        kind=interview.kind,
        start=interview.start_at,
        end=interview.end_at,
        people=tuple(Person(email=p["email"], name=p.get("name", "")) for p in interview.people),
        organizer=Person(email=organizer["email"], name=organizer.get("name", "")) if organizer else None,
        description=interview.description,
        location=interview.location,
        mode=interview.mode,
        time_zone=interview.time_zone,
        details=interview.details or "",
    )


def candidate_of(user: User) -> Candidate:
    """The author of the notes: the user's name, contact lines and preferences."""
    return Candidate(
        name=user.name or user.email.partition("@")[0],
        email=user.email,
        phone=user.phone,
        signature=user.signature,
        language=user.language,
        channel=user.channel,
    )


def thanks_of(interview: Interview) -> list[Note]:
    """The interview's thank-you notes (kind ``interview``), not the notes that follow it (a referrer's
    update, the follow-up): what "the note for this person" means to proposals, nudges and drafts."""
    return [n for n in interview.notes if (n.kind or NoteKind.INTERVIEW) == NoteKind.INTERVIEW]


def note_text(note: Note) -> NoteText:
    return NoteText(
        to=Person(email=note.recipient_email, name=note.recipient_name),
        channel=note.channel,
        subject=note.subject,
        body_text=note.body_text,
        language=note.language,
        flags=tuple(note.flags or ()),
        kind=note.kind or NoteKind.INTERVIEW,
    )


PROPOSALS = Queue(Interview.propose_at, (Interview.status == InterviewStatus.UPCOMING,))


def propose_due_interviews(rt: Runtime, now: datetime, limit: int = 100) -> list[int]:
    """Claim interviews whose proposal is due and propose their notes; returns those proposed."""
    report = handle_due(rt, PROPOSALS, now, lambda interview_id: propose_interview(rt, interview_id, now),
                        limit=limit, batch=25)
    return [interview_id for interview_id, proposed in report.done if proposed]


def propose_interview(rt: Runtime, interview_id: int, now: datetime) -> bool:
    """Compose and store the notes of one ended interview; False when it is not due."""
    try:
        with rt.unit_of_work() as session:
            interview = session.get(Interview, interview_id)
            if interview is None or interview.status != InterviewStatus.UPCOMING:
                return False
            if interview.end_at > now:  # moved later since it was planned
                interview.propose_at = planning.propose_at(interview.end_at, rt.proposal_delay)
                return False
            propose_now(session, interview, now, mailbox_account(rt, interview))
            return True
    except IntegrityError:  # another worker proposed it first: its notes stand
        log.info("interview %s was proposed concurrently", interview_id)
        return False


def propose_now(session: Session, interview: Interview, now: datetime, mailbox: Account | None) -> None:
    """Compose the notes of an ended interview in ``session`` (the caller commits): the checks,
    the nudges and, with the account of the ``mailbox`` they are written in
    (``mail_account.mailbox_account``), its sent-check and the drafts the user allows."""
    user = interview.account.user
    drafts = compose.compose_notes(facts_of(interview), candidate_of(user), interview.details)
    reconcile_notes(interview, drafts, now)
    referrers.reconcile_update(interview, facts_of(interview), candidate_of(user), now)
    followups.plan(interview, user)
    lifecycle.mark_proposed(interview, now, planning.is_late(interview.end_at, now))
    refresh_findings(interview, user, now)
    plan_nudges(session, interview, user, now)
    if mailbox is not None:
        schedule_sent_check(mailbox, now)
    if user.drafts_enabled and mailbox is not None:
        for note in interview.notes:
            if (note.channel == NoteChannel.EMAIL and note.status == NoteStatus.PROPOSED and note.recipient_email
                    and note.draft_state != DraftState.USER_EDITED):
                note.draft_due_at = now


def reconcile_notes(interview: Interview, drafts: list[Draft], now: datetime) -> None:
    """Make the interview's notes match ``drafts`` without touching what the user owns.

    A note a language model wrote stays while what it was written from is unchanged; every other
    proposed email note is due for the model again (``notes.usecases.rewrites``)."""
    existing = {(n.recipient_email, n.channel): n for n in thanks_of(interview)}
    kept = _model_notes_to_keep(interview)
    for draft in drafts:
        note = existing.pop((draft.to.email, draft.channel), None)
        if note is None:
            interview.notes.append(_new_note(draft, now))
            continue
        if lifecycle.may_rewrite(note) and note.id not in kept:
            _write(note, draft)
            note.rewrite_due_at = now if note.channel == NoteChannel.EMAIL else None  # the model's turn
        lifecycle.bring_back(note)
    for note in existing.values():  # people no longer on the interview
        lifecycle.withdraw(note, now)


def _model_notes_to_keep(interview: Interview) -> set[int]:
    """The notes a language model wrote from exactly what it would be given now."""
    written = [n for n in thanks_of(interview)
               if n.status == NoteStatus.PROPOSED and n.written_by not in (None, COMPOSER)]
    if not written:
        return set()
    plans = {plan.person.email: plan for plan, _ in compose.note_plans(
        facts_of(interview), candidate_of(interview.account.user), interview.details)}
    return {n.id for n in written
            if n.recipient_email in plans and n.written_from == model_basis(plans[n.recipient_email])}


def _new_note(draft: Draft, now: datetime) -> Note:
    note = lifecycle.composed(Note(recipient_email=draft.to.email, channel=draft.channel, proposed_at=now))
    _write(note, draft)
    note.rewrite_due_at = now if draft.channel == "email" else None  # the model's turn, when there is one
    return note


def _write(note: Note, draft: Draft) -> None:
    note.recipient_name = draft.to.display_name()
    note.language = draft.language
    note.subject = draft.subject
    note.body_text = draft.body_text
    note.body_html = draft.body_html
    note.flags = list(draft.flags)
    note.written_by, note.written_from = COMPOSER, None


def refresh_findings(interview: Interview, user: User, now: datetime) -> None:
    """Run the etiquette checks over the interview's live notes and store the findings."""
    for note, findings in live_findings(interview, user, now).items():
        note.findings = findings


def live_findings(interview: Interview, user: User, now: datetime) -> dict[Note, list[dict]]:
    """The findings of each open note, checked now: the notes of thanks against each other and their
    rules, the notes that follow an interview (a referrer's update, the follow-up) by their own."""
    facts, candidate = facts_of(interview), candidate_of(user)
    thanks = [n for n in interview.notes if n.status in OPEN_NOTE and n.kind not in AFTER_INTERVIEW]
    found: dict[Note, list[dict]] = {}
    if thanks:
        results = etiquette.check_notes([note_text(n) for n in thanks], facts, candidate, now)
        found.update({n: [f.as_dict() for f in fs] for n, fs in zip(thanks, results, strict=True)})
    found.update(follow_on_findings(interview, user))
    return found


def follow_on_findings(interview: Interview, user: User) -> dict[Note, list[dict]]:
    """The findings of the interview's open notes that are not thanks (a referrer's update, the follow-up)."""
    facts, candidate = facts_of(interview), candidate_of(user)
    return {n: [f.as_dict() for f in etiquette.check_update(note_text(n), n.kind, facts, candidate)]
            for n in interview.notes if n.status in OPEN_NOTE and n.kind in AFTER_INTERVIEW}


def plan_nudges(session: Session, interview: Interview, user: User, now: datetime) -> None:
    """One ``ready`` nudge now and, while it can arrive in time, one ``reminder``."""
    have = set(session.scalars(select(Nudge.kind).where(Nudge.interview_id == interview.id)))
    if NudgeKind.READY not in have:
        session.add(Nudge(user_id=user.id, interview=interview, kind=NudgeKind.READY, due_at=now))
    reminder = planning.reminder_at(interview.end_at)
    if NudgeKind.REMINDER not in have and reminder - now >= timedelta(hours=1):
        session.add(Nudge(user_id=user.id, interview=interview, kind=NudgeKind.REMINDER, due_at=reminder))


def plan_follow_up_nudge(session: Session, interview: Interview, user: User, now: datetime) -> None:
    """The ``follow_up`` nudge of the interview's one follow-up, planned when it is proposed."""
    have = set(session.scalars(select(Nudge.kind).where(Nudge.interview_id == interview.id)))
    session.add_all(follow_up_nudges(interview, user, have, now))


def follow_up_nudges(interview: Interview, user: User, have: set[str], now: datetime) -> list[Nudge]:
    """One ``follow_up`` nudge due now while the follow-up is open and none was planned (``have``: the
    kinds the interview's nudges already have). Never a reminder of it: the one reminder is for thanks
    still unsent before they are late (``planning.wants_reminder``), and a follow-up comes days later."""
    note = followups.follow_up_of(interview)
    if note is None or note.status not in OPEN_NOTE or NudgeKind.FOLLOW_UP in have:
        return []
    return [Nudge(user_id=user.id, interview=interview, kind=NudgeKind.FOLLOW_UP, due_at=now)]


def drafts_of(interview: Interview, user: User, notes: list[Note]) -> list[Draft]:
    """``notes`` as ``Draft`` values holding their current (possibly edited) text, with what only
    composition knows (the mailing address of a card) filled in."""
    composed = {(d.to.email, d.channel): d for d in
                compose.compose_notes(facts_of(interview), candidate_of(user), interview.details)}
    drafts = []
    for note in notes:
        known = composed.get((note.recipient_email, note.channel))
        drafts.append(Draft(
            to=Person(email=note.recipient_email, name=note.recipient_name), channel=note.channel,
            language=note.language, subject=note.subject, body_text=note.body_text, body_html=note.body_html,
            flags=tuple(note.flags or ()), reason=known.reason if known else "",
            mailing_address=known.mailing_address if known else "",
        ))
    return drafts


def recompose(interview: Interview, user: User, now: datetime) -> None:
    """Compose again after the user added details; notes they edited or closed stay as they are."""
    if interview.status != InterviewStatus.PROPOSED:
        return
    drafts = compose.compose_notes(facts_of(interview), candidate_of(user), interview.details)
    reconcile_notes(interview, drafts, now)
    referrers.reconcile_update(interview, facts_of(interview), candidate_of(user), now)
    followups.plan(interview, user)
    refresh_findings(interview, user, now)
    for note in interview.notes:
        if note.draft_id and note.status == NoteStatus.PROPOSED:
            note.draft_due_at = now
