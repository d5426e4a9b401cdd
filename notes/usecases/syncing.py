"""Sync: fetch what changed on an account's calendar and keep its interviews up to date.

Each changed event is classified by ``providers.detect``; interviews are upserted (unique per
account and provider event), events that stop being interviews retire their row and withdraw
its unsent notes (their text kept), and a calendar that suddenly shows none of its interviews
is not trusted (``notes.usecases.vanishing``). Interviews are read as hiring processes
(``notes.usecases.processes``): one that does not say its role takes it from another stored
interview with the same organisation, a later one too. The cursor advances in the same transaction as
the changes it covers.

When detection changes (its ``VERSION``: rules, vocabularies, weights), the next sync of each
account reads the whole window again and judges every event anew. The user's corrections still
win, and notes the user edited or sent are never rewritten: an interview that stops being one
withdraws its unsent notes, keeping their text.
"""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, literal, select
from sqlalchemy.orm import Session

from providers import detect as detection
from providers.base import (
    AuthExpired,
    CalendarEvent,
    CursorExpired,
    ProviderError,
    RateLimited,
    SyncResult,
    SyncWindow,
)
from providers.organisation import organisation_of

from .. import lifecycle, planning
from ..runtime import Runtime
from ..statuses import AccountStatus, InterviewStatus, RemovedReason
from ..store.claims import Queue
from ..store.model import Account, Interview
from . import missed, referrers, rules
from .claimed import handle_due
from .processes import Processes
from .retire import mark_reauth_required, retire_interview, withdraw_open_notes
from .vanishing import hold_or_remove

log = logging.getLogger(__name__)

POSSIBLE_CONFIDENCE = 0.35  # shown as "possible interview" so the user can correct detection
MAX_STORED_TEXT = 16 * 1024
DETECTOR_VERSION = detection.VERSION  # of the rules, the vocabularies and the weights: see providers.detect


@dataclass(frozen=True)
class SyncOutcome:
    """What one account's sync did: events looked at, interviews touched, or the error."""

    account_id: int
    ok: bool
    events: int = 0
    interviews: int = 0
    error: str | None = None


SYNCS = Queue(Account.next_sync_at, (Account.status == AccountStatus.ACTIVE,))


def sync_due_accounts(rt: Runtime, now: datetime, limit: int = 500) -> list[SyncOutcome]:
    """Claim accounts whose sync is due and sync them, several at a time. Even a failure to reach
    the database ends only that account's sync (recorded on its claim, due again after a backoff)."""
    report = handle_due(rt, SYNCS, now, lambda account_id: sync_account(rt, account_id, now), limit=limit,
                        batch=max(4 * rt.sync_concurrency, 16), concurrency=rt.sync_concurrency)
    failed = [SyncOutcome(account_id, False, error=f"internal error ({error.partition(':')[0]})")
              for account_id, error in report.failed.items()]
    return report.values() + failed


def sync_account(rt: Runtime, account_id: int, now: datetime) -> SyncOutcome:
    """Sync one account now; failures are recorded on the account, never raised."""
    connection = None
    try:
        with rt.unit_of_work() as session:
            account = session.get(Account, account_id)
            if account is None or account.status != AccountStatus.ACTIVE:
                return SyncOutcome(account_id, False, error="account is not active")
            connection = rt.connection(account)
            result = _fetch(rt, account, connection, now)
            touched = apply_changes(session, account, result, now, rt.proposal_delay)
            account.cursor = result.cursor
            account.detector_version = DETECTOR_VERSION
            rt.keep_credentials(account, connection)
            _record_success(rt, session, account, now, result.warnings)
            return SyncOutcome(account_id, True, len(result.events) + len(result.removed), touched)
    except Exception as exc:  # recorded on the account: a failed sync must not stop the tick
        with rt.unit_of_work() as session:
            return _record_failure(rt, session, account_id, connection, exc, now)


def _fetch(rt: Runtime, account: Account, connection, now: datetime) -> SyncResult:
    calendar = rt.calendar(account, connection)
    window = SyncWindow.around(now)
    cursor = account.cursor
    if account.detector_version != DETECTOR_VERSION and cursor is not None:
        # another detector judged the stored events: read the whole window again, so that every event
        # (not only those that changed) is judged by this one
        log.info("account %s: detection changed (%s -> %s), full resync", account.id, account.detector_version,
                 DETECTOR_VERSION)
        cursor = None
    try:
        return calendar.changes(cursor, window)
    except CursorExpired:
        log.info("account %s: cursor expired, full resync", account.id)
        return calendar.changes(None, window)


def _record_success(rt: Runtime, session: Session, account: Account, now: datetime, warnings=()) -> None:
    leased = account.next_sync_at
    account.last_synced_at = now
    account.last_error = _warning_text(warnings)  # what was skipped stays visible to the user
    account.failures = 0
    pushed = account.watch_expires_at is not None and account.watch_expires_at > now
    planned = now + (rt.push_poll_interval if pushed else rt.poll_interval)
    if leased is None:
        account.next_sync_at = planned
        return
    # a push notification that arrived during this sync moved the due time before the lease: keep
    # its request. Decided by the UPDATE itself, so one arriving until the commit is kept too.
    account.next_sync_at = case((Account.next_sync_at < literal(leased, _DUE_TYPE), Account.next_sync_at),
                                else_=literal(planned, _DUE_TYPE))


_DUE_TYPE = Account.__table__.c.next_sync_at.type


def _record_failure(rt: Runtime, session: Session, account_id: int, connection, exc, now) -> SyncOutcome:
    account = session.get(Account, account_id)
    if connection is not None:
        rt.keep_credentials(account, connection)  # a refreshed token stays useful even if the sync failed
    account.last_error = _describe(exc)
    account.failures += 1
    if isinstance(exc, AuthExpired):
        mark_reauth_required(session, account, now, account.last_error)
    elif isinstance(exc, RateLimited):
        wait = max(exc.retry_after or 0, 60 * min(account.failures, 10))
        account.next_sync_at = now + timedelta(seconds=wait)
    else:
        if not isinstance(exc, ProviderError):
            log.exception("account %s: sync failed", account_id, exc_info=exc)
        account.next_sync_at = now + min(rt.poll_interval * (2 ** min(account.failures, 6)), timedelta(hours=6))
    return SyncOutcome(account_id, False, error=account.last_error)


def _warning_text(warnings) -> str | None:
    if not warnings:
        return None
    more = f" (and {len(warnings) - 3} more)" if len(warnings) > 3 else ""
    return ("Some events were skipped: " + "; ".join(warnings[:3]) + more)[:1000]


def _describe(exc: BaseException) -> str:
    if isinstance(exc, ProviderError):
        return f"{exc.__class__.__name__}: {exc}"[:1000]
    return f"internal error ({exc.__class__.__name__})"


def me_addresses(account: Account) -> set[str]:
    """The addresses that are the user on this account's events."""
    mine = {account.user.email.lower()}
    if "@" in account.external_id and "/" not in account.external_id:
        mine.add(account.external_id.lower())
    return mine


def apply_changes(
    session: Session, account: Account, result: SyncResult, now: datetime, delay: timedelta
) -> int:
    """Store what ``result`` says changed; returns how many interview rows were touched."""
    if result.unchanged or not (result.events or result.removed or result.complete):
        return 0  # nothing to store: no need to read the account's interviews
    rows = {row.provider_event_id: row for row in session.scalars(
        select(Interview).where(Interview.account_id == account.id)
    )}
    said = rules.rules_of(session, account, rows)
    me = me_addresses(account)
    user_delay = planning.proposal_delay(account.user.proposal_delay_minutes, delay)
    processes = Processes(session, account, rows, me)
    touched = 0
    for event in result.events:
        touched += _apply_event(session, account, rows, event, said.word_on_event(event, me), me, now, user_delay,
                                processes)
    for event, verdict in processes.not_taken:  # an interview stored after it may make it part of a process
        if (continued := processes.continued(event, verdict)).interview:
            if event.event_id in rows:
                rows[event.event_id].fingerprint = None
            touched += _apply_event(session, account, rows, event, None, me, now, user_delay, processes, continued)
    if touched:  # a later invitation may name what an earlier interview of its process did not
        touched += processes.fill(lambda row: replan(session, row, now, user_delay))
    gone = set(result.removed)
    seen = {event.event_id for event in result.events}
    if result.complete:
        window = SyncWindow.around(now)
        gone |= {eid for eid, row in rows.items() if eid not in seen and row.start_at >= window.start}
    kept = missed.forget_gone(session, rows, gone)
    return touched + len(gone - kept) + hold_or_remove(session, account, rows, kept, seen, now)


def _apply_event(session, account, rows, event: CalendarEvent, word, me, now, delay, processes: Processes,
                 verdict: detection.Detection | None = None) -> int:
    row = rows.get(event.event_id)
    fingerprint = event_fingerprint(event)
    if row is not None and row.fingerprint == fingerprint:
        return 0
    verdict = verdict or detection.detect(event, me)
    if word is None and not verdict.interview:
        verdict = processes.continued(event, verdict)
        if not verdict.interview:
            processes.not_taken.append((event, verdict))
    is_interview = verdict.interview if word is None else word.is_interview
    active = is_interview and event.status != "cancelled" and not _declined(event, me)
    if active:
        verdict = processes.complete(event, verdict)
        rows[event.event_id] = upsert_interview(session, account, row, event, verdict, now, delay, word)
        rows[event.event_id].fingerprint = fingerprint
        return 1
    ruled_out = word is not None and event.status != "cancelled" and not _declined(event, me)
    if row is not None:
        row.fingerprint = fingerprint
        if row.status == InterviewStatus.OTHER:
            return missed.refresh(session, rows, row, event, verdict, me, now, word)
        if (row.status == InterviewStatus.POSSIBLE and verdict.confidence >= POSSIBLE_CONFIDENCE
                and event.status != "cancelled" and word is None):
            for name, value in _fields(event, verdict, me).items():
                setattr(row, name, value)
            return 1
        if ruled_out and row.status != InterviewStatus.NOT_INTERVIEW:
            rules.rule_out(session, row, word, now)
            return 1
        return int(retire_interview(session, row, now, _why_not(event, me)))
    if ruled_out and verdict.interview:  # kept, and shown as the user's word, rather than dropped
        row = Interview(account=account, provider_event_id=event.event_id, fingerprint=fingerprint,
                        **_fields(event, verdict, me, word))
        session.add(row)
        rows[event.event_id] = rules.rule_out(session, row, word, now)
        return 1
    if word is None and verdict.confidence >= POSSIBLE_CONFIDENCE and event.status != "cancelled":
        rows[event.event_id] = _store_possible(session, account, event, verdict, fingerprint)
        return 1
    return missed.keep(session, account, rows, event, verdict, fingerprint, me, now, word)


def _why_not(event: CalendarEvent, me: set[str]) -> RemovedReason:
    """Why an event that was an interview is none any more."""
    if event.status == "cancelled":
        return RemovedReason.CANCELLED
    return RemovedReason.DECLINED if _declined(event, me) else RemovedReason.NOT_INTERVIEW


def _declined(event: CalendarEvent, me: set[str]) -> bool:
    return any(p.email in me and p.response == "declined" for p in event.attendees)


def event_fingerprint(event: CalendarEvent) -> str:
    """A digest of everything about an event that detection or the notes depend on."""
    parts = [
        DETECTOR_VERSION, event.title, event.description, event.location, event.status,
        event.start.isoformat(), event.end.isoformat(), str(event.organizer), repr(event.attendees),
        event.calendar_name, event.conference_url or "",
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "replace")).hexdigest()


def _fields(event: CalendarEvent, verdict, me: set[str], word=None) -> dict:
    people = verdict.people or _fallback_people(event, me)
    return {**missed.detected_fields(event, verdict, people, word),
            "description": event.description[:MAX_STORED_TEXT], "location": event.location[:2000],
            "company": verdict.company or (organisation_of(people) if word is not None else None),
            "organizer": missed.stored_person(event.organizer) if event.organizer else None}


def _fallback_people(event: CalendarEvent, me: set[str]):
    """People met when detection found none (a user's correction): attendees, else the organizer."""
    people = [p for p in event.attendees if p.email not in me and not p.resource and p.response != "declined"]
    if not people and event.organizer and event.organizer.email not in me:
        people = [event.organizer]
    return tuple(people)


def upsert_interview(session, account, row, event, verdict, now, delay, word=None) -> Interview:
    """Create or update the interview row for ``event``, planning its proposal (``word``: the
    user's, when it is theirs that makes the event an interview)."""
    me = me_addresses(account)
    fields = _fields(event, verdict, me, word)
    if row is None:
        row = lifecycle.plan(Interview(account=account, provider_event_id=event.event_id, **fields),
                             planning.propose_at(event.end, delay))
        referrers.from_invitation(row, verdict.referrer)
        session.add(row)
        return row
    referrers.from_invitation(row, verdict.referrer)
    material = (row.people, row.company, row.role, row.end_at) != (
        fields["people"], fields["company"], fields["role"], fields["end_at"]
    )
    for name, value in fields.items():
        setattr(row, name, value)
    if row.status in (InterviewStatus.UPCOMING, InterviewStatus.POSSIBLE, InterviewStatus.CANCELLED,
                      InterviewStatus.OTHER, InterviewStatus.NOT_INTERVIEW):
        lifecycle.plan(row, planning.propose_at(event.end, delay))
    elif material:
        replan(session, row, now, delay)
    return row


def replan(session: Session, row: Interview, now: datetime, delay: timedelta) -> None:
    """A proposed interview whose people, company, role or end changed is proposed again: proposals
    reconcile the notes (new people get one, sent ones stay, withdrawn ones come back, edited ones with
    their text, unedited ones composed anew)."""
    if row.status != InterviewStatus.PROPOSED:
        return
    if row.end_at > now:
        withdraw_open_notes(session, row, now)
    lifecycle.plan(row, max(planning.propose_at(row.end_at, delay), now))


def _store_possible(session, account, event, verdict, fingerprint) -> Interview:
    fields = _fields(event, verdict, me_addresses(account))
    row = lifecycle.hold_as_possible(Interview(account=account, provider_event_id=event.event_id,
                                               fingerprint=fingerprint, **fields))
    session.add(row)
    return row
