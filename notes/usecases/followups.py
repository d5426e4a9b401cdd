"""The one follow-up: a polite note when the answer a company promised does not come.

When the notes of an interview are proposed (and again when the user adds details), ``plan`` reads
when the company said it would answer (the user's details first, then the invitation:
``notes.writing.next_step``) and who said so, and stores it as ``Interview.next_step``; the follow-up
is due two working days after that day, at 9:00 the user's time (``planning.follow_up_at``).

When it is due, the ``follow_ups`` tick proposes one follow-up note (kind ``follow_up``) to the person
who gave the timeline (else the organizer, else the first person met) if a thank-you note of the
interview was sent, the user has not turned follow-ups off (``User.follow_ups_enabled``), and nobody
from the company has written to the user since the interview (``Mailbox.received_from``: senders and
times only), with one ``follow_up`` nudge that tells the user (``notes.usecases.nudges``; no reminder
of it). Until a thank-you is sent it looks again every few hours, for a month at most. After
proposing it keeps looking while the follow-up is open: when the company writes, the follow-up is
withdrawn (``notes.lifecycle``), its text kept. Never more than one per interview: a follow-up, once
made, is never made again, whatever becomes of it.

The mailbox is asked outside any transaction; its failures are retried like any tick's
(``notes.usecases.claimed``), and one interview's failure never stops the others.
"""
from __future__ import annotations

import logging
import re
from datetime import date, datetime, timedelta
from enum import Enum
from zoneinfo import ZoneInfo

from sqlalchemy.orm import object_session

from providers.base import AuthExpired, PermissionMissing, Person
from providers.organisation import company_senders

from .. import lifecycle, planning
from ..runtime import Runtime
from ..statuses import OPEN_NOTE, AccountStatus, InterviewStatus, NoteChannel, NoteKind, NoteStatus
from ..store.claims import Queue, settle
from ..store.model import Account, Interview, Note, User
from ..writing.next_step import find_next_step
from ..writing.recipients import known_name
from ..writing.textutil import html_to_text
from ..writing.updates import compose_follow_up
from .claimed import handle_due
from .mail_account import mailbox_account
from .mailwork import schedule_sent_check
from .retire import mark_reauth_required

log = logging.getLogger(__name__)

FOLLOW_UPS = Queue(Interview.follow_up_at, (Interview.status == InterviewStatus.PROPOSED,))
LOOK_AGAIN = timedelta(hours=6)  # while waiting for a thank-you to be sent, or watching an open follow-up
GIVE_UP = timedelta(days=30)  # after the day of the promised answer: nothing more to follow up
PAUSED_RETRY = timedelta(hours=1)  # an account that needs reconnecting


class _Decision(Enum):
    STOP = "stop"  # nothing to do now or later
    WAIT = "wait"  # look again later (no thank-you sent yet)
    ASK = "ask"  # ask the mailbox whether the company wrote


def plan(interview: Interview, user: User) -> None:
    """Read the promised answer's day and plan the follow-up (nothing once one was made)."""
    if follow_up_of(interview) is not None:
        return
    zone = _zone(user)
    day = interview.end_at.astimezone(zone).date()
    found, source = None, None
    if interview.details:
        found, source = find_next_step(interview.details, day), "user"
    if found is None and interview.description:
        found, source = find_next_step(html_to_text(interview.description, 6000), day), "invitation"
    if found is None:
        interview.next_step, interview.follow_up_at = None, None
        return
    by = _who_said(interview, found.line)
    interview.next_step = {"on": found.on.isoformat(), "said": found.said, "source": source,
                           "by": {"name": by.name, "email": by.email} if by else None}
    interview.follow_up_at = planning.follow_up_at(found.on, zone)


def check_due_follow_ups(rt: Runtime, now: datetime, limit: int = 100) -> list[int]:
    """Look at the interviews whose follow-up is due; returns those a follow-up was proposed for."""
    report = handle_due(rt, FOLLOW_UPS, now, lambda interview_id: check_follow_up(rt, interview_id, now),
                        limit=limit, batch=25, concurrency=rt.sync_concurrency)
    return [interview_id for interview_id, proposed in report.done if proposed]


def check_follow_up(rt: Runtime, interview_id: int, now: datetime) -> bool:
    """Propose, keep or withdraw one interview's follow-up; True when one was proposed now."""
    with rt.unit_of_work() as session:
        interview = session.get(Interview, interview_id)
        if interview is None:
            return False
        claimed, account = interview.follow_up_at, mailbox_account(rt, interview)
        decision = _decide(interview, now)
        if decision != _Decision.ASK or account is None or account.status != AccountStatus.ACTIVE:
            settle(interview, Interview.follow_up_at, claimed, _later(decision, account, now))
            return False
        connection = rt.connection(account)
        mailbox = rt.mailbox(account, connection)
        if mailbox is None:  # no mail scopes granted: nothing to read, nothing to follow up
            settle(interview, Interview.follow_up_at, claimed, None)
            return False
        senders = _company(interview)
        since = interview.end_at
    try:
        wrote = mailbox.received_from(senders, since) if senders else False
    except AuthExpired as exc:
        with rt.unit_of_work() as session:
            account = session.get(Account, account.id)
            rt.keep_credentials(account, connection)
            mark_reauth_required(session, account, now, str(exc))
            settle(session.get(Interview, interview_id), Interview.follow_up_at, claimed, now + PAUSED_RETRY)
        return False
    except PermissionMissing:  # the inbox may not be read: no follow-up without knowing whether they wrote
        with rt.unit_of_work() as session:
            rt.keep_credentials(session.get(Account, account.id), connection)
            settle(session.get(Interview, interview_id), Interview.follow_up_at, claimed, None)
        return False
    except Exception:
        with rt.unit_of_work() as session:
            rt.keep_credentials(session.get(Account, account.id), connection)
        raise  # retried with a backoff (notes.usecases.claimed)
    with rt.unit_of_work() as session:
        rt.keep_credentials(session.get(Account, account.id), connection)
        interview = session.get(Interview, interview_id)
        if interview is None or not _settle(interview, claimed, wrote, now):
            return False
        schedule_sent_check(session.get(Account, account.id), now)
        return True


def _later(decision: _Decision, account: Account | None, now: datetime) -> datetime | None:
    """When to look again without asking the mailbox now (``account``: the one the interview's
    notes are written in)."""
    if decision == _Decision.WAIT:
        return now + LOOK_AGAIN
    if decision == _Decision.ASK and account is not None and account.status != AccountStatus.ACTIVE:
        return now + PAUSED_RETRY  # reconnecting brings it back
    return None


def _settle(interview: Interview, claimed: datetime | None, wrote: bool, now: datetime) -> bool:
    note = follow_up_of(interview)
    if wrote:  # the company answered: no follow-up, and an open one is withdrawn
        if note is not None:
            lifecycle.withdraw(note, now)
        settle(interview, Interview.follow_up_at, claimed, None)
        return False
    if note is not None:
        settle(interview, Interview.follow_up_at, claimed, now + LOOK_AGAIN if note.status in OPEN_NOTE else None)
        return False
    if _decide(interview, now) != _Decision.ASK:  # changed while the mailbox was asked
        settle(interview, Interview.follow_up_at, claimed, None)
        return False
    _propose(interview, now)
    settle(interview, Interview.follow_up_at, claimed, now + LOOK_AGAIN)
    return True


def _decide(interview: Interview, now: datetime) -> _Decision:
    note = follow_up_of(interview)
    if interview.status != InterviewStatus.PROPOSED:
        return _Decision.STOP
    if note is not None:
        return _Decision.ASK if note.status in OPEN_NOTE else _Decision.STOP
    user = interview.account.user
    step = interview.next_step or {}
    if not user.follow_ups_enabled or not step.get("on"):
        return _Decision.STOP
    answer_by = date.fromisoformat(step["on"])
    if now < planning.follow_up_at(answer_by, _zone(user)):
        return _Decision.WAIT  # asked for early (the user changed a detail): not yet
    if now > planning.follow_up_at(answer_by, _zone(user)) + GIVE_UP:
        return _Decision.STOP
    thanked = any(n.status == NoteStatus.SENT for n in interview.notes if n.kind == NoteKind.INTERVIEW)
    return _Decision.ASK if thanked else _Decision.WAIT


def _propose(interview: Interview, now: datetime) -> None:
    """Propose the follow-up, with its draft when drafts are on and the nudge that tells the user."""
    # imported late: proposals plans follow-ups
    from .proposals import candidate_of, facts_of, plan_follow_up_nudge, refresh_findings

    user = interview.account.user
    to = _recipient(interview)
    draft = compose_follow_up(facts_of(interview), candidate_of(user), to, (interview.next_step or {}).get("said"))
    note = lifecycle.composed(Note(recipient_email=to.email, recipient_name=draft.to.display_name(),
                                   channel=NoteChannel.EMAIL, kind=NoteKind.FOLLOW_UP, proposed_at=now))
    note.language, note.subject, note.flags = draft.language, draft.subject, list(draft.flags)
    note.body_text, note.body_html = draft.body_text, draft.body_html
    note.sent_check_after = now  # the thank-you already sent to this person is not this note
    interview.notes.append(note)
    refresh_findings(interview, user, now)
    if user.drafts_enabled and to.email:
        note.draft_due_at = now
    plan_follow_up_nudge(object_session(interview), interview, user, now)


def follow_up_of(interview: Interview) -> Note | None:
    """The interview's follow-up, if one was ever made (there is never more than one)."""
    return next((n for n in interview.notes if n.kind == NoteKind.FOLLOW_UP), None)


def _recipient(interview: Interview) -> Person:
    """Who gets the follow-up: the person who gave the timeline, else the organizer, else the first
    person met."""
    by = (interview.next_step or {}).get("by")
    if by and by.get("email"):
        return Person(email=by["email"], name=by.get("name") or "")
    me = {interview.account.user.email.lower(), interview.account.external_id.lower()}
    organizer = interview.organizer or {}
    if organizer.get("email") and organizer["email"].lower() not in me:
        return Person(email=organizer["email"], name=organizer.get("name") or "")
    first = (interview.people or [{}])[0]
    return Person(email=first.get("email") or "", name=first.get("name") or "")


def _who_said(interview: Interview, line: str) -> Person | None:
    """The person met whose name the line with the timeline gives ("Dana: decision by Friday")."""
    for person in interview.people or ():
        name = known_name(Person(email=person.get("email", ""), name=person.get("name", "")))
        first = name.split(" ")[0] if name else ""
        if len(first) > 1 and re.search(rf"\b{re.escape(first)}\b", line, re.IGNORECASE):
            return Person(email=person["email"], name=person.get("name") or name)
    return None


def _company(interview: Interview) -> frozenset[str]:
    """The senders whose mail is the company's answer: the people met, the organizer and whoever gave
    the timeline."""
    people = [Person(email=p.get("email", ""), name=p.get("name", "")) for p in interview.people or ()]
    for extra in (interview.organizer, (interview.next_step or {}).get("by")):
        if extra and extra.get("email"):
            people.append(Person(email=extra["email"], name=extra.get("name", "")))
    me = {interview.account.user.email.lower(), interview.account.external_id.lower()}
    return company_senders(people, me)


def _zone(user: User) -> ZoneInfo:
    try:
        return ZoneInfo(user.time_zone or "UTC")
    except (ValueError, KeyError):
        return ZoneInfo("UTC")
