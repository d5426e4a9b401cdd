"""Mailbox work: drafts of proposed notes, and finding out which notes were sent.

A draft the user edited in their mailbox is never overwritten. The sent-check looks in the
sent folder for messages to each open note's recipient since the interview ended; a note found
there is marked sent, which also stops its reminder. When the user undid "sent" on a note, only
messages sent after the undo count for it (``Note.sent_check_after``): the note does not flip back.
"""
from __future__ import annotations

import logging
from collections import defaultdict
from datetime import datetime, timedelta

from sqlalchemy import select

from providers.base import (
    AuthExpired,
    DraftRef,
    OutgoingNote,
    PermissionMissing,
    Person,
    ProviderError,
    RateLimited,
)

from .. import lifecycle
from ..runtime import Runtime
from ..statuses import OPEN_NOTE, AccountStatus, DraftState, NoteChannel
from ..store.database import claim_due
from ..store.model import Account, Interview, Note
from .retire import mark_reauth_required

log = logging.getLogger(__name__)
SENT_CHECK_INTERVAL = timedelta(minutes=15)
SENT_CHECK_HORIZON = timedelta(days=7)


def outgoing(note: Note) -> OutgoingNote:
    return OutgoingNote(
        to=Person(email=note.recipient_email, name=note.recipient_name),
        subject=note.subject,
        body_text=note.body_text,
        body_html=note.body_html,
    )


def create_due_drafts(rt: Runtime, now: datetime, limit: int = 100) -> list[int]:
    """Write or update the mailbox drafts of notes whose draft is due; returns note ids done."""
    with rt.session() as session:
        ids = claim_due(session, Note, Note.draft_due_at, now, rt.lease, limit)
    by_account: dict[int, list[int]] = defaultdict(list)
    with rt.session() as session:
        for note_id, account_id in session.execute(
            select(Note.id, Interview.account_id).join(Interview).where(Note.id.in_(ids))
        ):
            by_account[account_id].append(note_id)
    done: list[int] = []
    for account_id, note_ids in by_account.items():
        done += _drafts_for_account(rt, account_id, note_ids, now)
    return done


def _drafts_for_account(rt: Runtime, account_id: int, note_ids: list[int], now: datetime) -> list[int]:
    done = []
    with rt.session() as session:
        account = session.get(Account, account_id)
        if account.status != AccountStatus.ACTIVE:  # paused until reconnected: the drafts stay due
            _postpone(session, note_ids, now + timedelta(hours=1))
            session.commit()
            return done
        connection = rt.connection(account)
        mailbox = rt.mailbox(account, connection)
        for note_id in note_ids:
            note = session.get(Note, note_id)
            if mailbox is None or note.status not in OPEN_NOTE or note.channel != NoteChannel.EMAIL:
                note.draft_due_at = None
                continue
            try:
                _write_draft(mailbox, note)
                note.draft_due_at = None
                done.append(note_id)
            except AuthExpired as exc:
                mark_reauth_required(session, account, now, str(exc))
                break
            except RateLimited as exc:
                note.draft_due_at = now + timedelta(seconds=max(exc.retry_after or 60, 30))
                break
            except PermissionMissing:  # drafts turned on after connecting: a reconnect grants them
                note.draft_due_at, note.draft_state = None, DraftState.NEEDS_PERMISSION
            except ProviderError as exc:
                log.warning("draft for note %s failed: %s", note_id, exc)
                note.draft_due_at = now + timedelta(minutes=5)
            session.commit()
        rt.keep_credentials(account, connection)
        session.commit()
    return done


def _postpone(session, note_ids: list[int], when: datetime) -> None:
    for note_id in note_ids:
        session.get(Note, note_id).draft_due_at = when


def _write_draft(mailbox, note: Note) -> None:
    if note.draft_id is None:
        ref = mailbox.create_draft(outgoing(note))
        note.draft_id, note.draft_version, note.draft_state = ref.id, ref.version, DraftState.CREATED
        return
    current = DraftRef(note.draft_id, note.draft_version or "")
    state = mailbox.draft_state(current)
    if state == "unchanged":
        ref = mailbox.replace_draft(current, outgoing(note))
        note.draft_id, note.draft_version = ref.id, ref.version
    elif state == "edited":
        note.draft_state = DraftState.USER_EDITED
    else:
        note.draft_state = DraftState.GONE


def check_sent_notes(rt: Runtime, now: datetime, limit: int = 200) -> list[int]:
    """For accounts whose sent-check is due, mark notes found in the sent folder as sent."""
    with rt.session() as session:
        ids = claim_due(session, Account, Account.next_sent_check_at, now, rt.lease, limit,
                        where=(Account.status == AccountStatus.ACTIVE,))
    marked: list[int] = []
    for account_id in ids:
        marked += _check_account(rt, account_id, now)
    return marked


def _check_account(rt: Runtime, account_id: int, now: datetime) -> list[int]:
    with rt.session() as session:
        account = session.get(Account, account_id)
        notes = list(session.scalars(
            select(Note).join(Interview).where(
                Interview.account_id == account_id,
                Note.status.in_(OPEN_NOTE),
                Note.channel == NoteChannel.EMAIL,
                Interview.end_at >= now - SENT_CHECK_HORIZON,
            )
        ))
        account.next_sent_check_at = now + SENT_CHECK_INTERVAL if notes else None
        if not notes:
            session.commit()
            return []
        connection = rt.connection(account)
        try:
            mailbox = rt.mailbox(account, connection)
            if mailbox is None:  # nothing to look in: no more checks
                account.next_sent_check_at = None
                session.commit()
                return []
            sent = _sent_notes(mailbox, notes)
        except AuthExpired as exc:
            mark_reauth_required(session, account, now, str(exc))
            session.commit()
            return []
        except ProviderError as exc:
            account.next_sent_check_at = now + timedelta(seconds=exc.retry_after or 300)
            session.commit()
            return []
        marked = []
        for note in notes:
            if note.id in sent and note.interview.end_at <= now:
                lifecycle.found_sent(note, now)
                marked.append(note.id)
        rt.keep_credentials(account, connection)
        session.commit()
        return marked


def _sent_notes(mailbox, notes: list[Note]) -> set[int]:
    """The ids of ``notes`` whose person got a message since the note counts: since its interview
    ended, or since the user undid "sent" on it. One mailbox question for the notes never undone
    (since the earliest end, as ever), one more for each time of an undo."""
    groups: dict[datetime | None, list[Note]] = defaultdict(list)
    for note in notes:
        groups[note.sent_check_after].append(note)
    found: set[int] = set()
    for after, group in groups.items():
        since = min(n.interview.end_at for n in group) if after is None else max(after, *(
            n.interview.end_at for n in group))
        sent = mailbox.sent_to({n.recipient_email for n in group}, since)
        found |= {n.id for n in group if n.recipient_email in sent}
    return found


RESUME_HORIZON = timedelta(days=7)  # notes older than this get no draft after a reconnect


def resume_drafts(session, account: Account, now: datetime) -> None:
    """Drafts that waited while the account needed reconnecting (or lacked the permission) are
    due now; drafts the user edited or that exist already are left alone."""
    waiting = session.scalars(select(Note).join(Interview).where(
        Interview.account_id == account.id, Note.channel == NoteChannel.EMAIL, Note.status.in_(OPEN_NOTE),
        Note.draft_id.is_(None), Interview.end_at >= now - RESUME_HORIZON))
    for note in waiting:
        if note.draft_state in (None, DraftState.NEEDS_PERMISSION):
            note.draft_due_at, note.draft_state = now, None


def schedule_sent_check(account: Account, now: datetime) -> None:
    """Ask for a sent-check of ``account`` soon (after a proposal or an edit)."""
    if account.next_sent_check_at is None or account.next_sent_check_at > now + SENT_CHECK_INTERVAL:
        account.next_sent_check_at = now + SENT_CHECK_INTERVAL
