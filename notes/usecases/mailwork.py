"""Mailbox work: drafts of proposed notes, and finding out which notes were sent.

A draft the user edited in their mailbox is never overwritten. A draft is made exactly once,
whatever crashes: the note gets Afterview's marker, and the time the create was first tried, in a
commit of their own before the mailbox is asked; a retry passes that time and the mailbox looks for
the marked draft before making another. The mailbox is asked outside any transaction. The
sent-check looks in the sent folder for messages to each open note's recipient since the interview
ended; a note found there is marked sent, which also stops its reminder. When the user undid "sent"
on a note, only messages sent after the undo count for it (``Note.sent_check_after``).
"""
from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update

from providers.base import (
    AuthExpired,
    DraftRef,
    Mailbox,
    OutgoingNote,
    PermissionMissing,
    Person,
    ProviderError,
    RateLimited,
)

from .. import lifecycle
from ..runtime import Runtime
from ..statuses import OPEN_NOTE, AccountStatus, DraftState, NoteChannel
from ..store.claims import Queue, new_token, settle
from ..store.model import Account, Interview, Note
from .claimed import handle_due
from .mail_account import mailbox_account, mailbox_ids, served_by, users_mailbox
from .retire import mark_reauth_required

log = logging.getLogger(__name__)
SENT_CHECK_INTERVAL = timedelta(minutes=15)
SENT_CHECK_HORIZON = timedelta(days=7)
SENT_CHECK_ASKED = timedelta(minutes=1)  # the sent-check runs at most this often at the user's request
PAUSED_RETRY = timedelta(hours=1)  # drafts of an account that needs reconnecting wait this long
FAILED_RETRY = timedelta(minutes=5)
DRAFTS = Queue(Note.draft_due_at)
SENT_CHECKS = Queue(Account.next_sent_check_at, (Account.status == AccountStatus.ACTIVE,))
DRAFT_BATCH = 20


def outgoing(note: Note) -> OutgoingNote:
    return OutgoingNote(
        to=Person(email=note.recipient_email, name=note.recipient_name),
        subject=note.subject,
        body_text=note.body_text,
        body_html=note.body_html,
        marker=note.draft_marker or "",
    )


def create_due_drafts(rt: Runtime, now: datetime, limit: int = 100) -> list[int]:
    """Write or update the mailbox drafts of notes whose draft is due; returns the note ids done.
    The notes of one mailbox are handled in order, several mailboxes at once."""
    mailboxes = Mailboxes(rt)
    report = handle_due(rt, DRAFTS, now, lambda note_id: _draft(rt, note_id, now, mailboxes), limit=limit,
                        batch=DRAFT_BATCH, concurrency=rt.sync_concurrency,
                        group_of=lambda session, note_ids: _mailbox_of(rt, session, note_ids))
    return [note_id for note_id, done in report.done if done]


def _mailbox_of(rt: Runtime, session, note_ids: list[int]) -> dict[int, int]:
    """Each note's mailbox account (``notes.usecases.mail_account``), the group it is handled in; a
    note with none is on its own."""
    accounts = select(Note.id, Interview.account_id).join(Interview).where(Note.id.in_(note_ids))
    found = mailbox_ids(rt, session, dict(session.execute(accounts).all()))
    return {note_id: account_id for note_id, account_id in found.items() if account_id is not None}


class Mailboxes:
    """Each account's connection and mailbox, made once per tick (one account's work runs in one
    thread at a time)."""

    def __init__(self, rt: Runtime):
        self._rt = rt
        self._made: dict[int, tuple] = {}

    def of(self, account: Account) -> Mailbox | None:
        if account.id not in self._made:
            connection = self._rt.connection(account)
            self._made[account.id] = (connection, self._rt.mailbox(account, connection))
        return self._made[account.id][1]

    def made(self, account_id: int) -> Mailbox:
        """The mailbox ``of`` made for the account."""
        return self._made[account_id][1]

    def keep_credentials(self, account: Account) -> None:
        """Store the account's refreshed credentials (in the caller's unit of work)."""
        if account.id in self._made:
            self._rt.keep_credentials(account, self._made[account.id][0])


@dataclass(frozen=True)
class _Step:
    """What one note asks of the mailbox: a new draft (``draft`` is ``None``; ``since`` when a
    create was tried before) or a check and update of the one it has."""

    account_id: int
    claimed: datetime | None
    draft: DraftRef | None
    note: OutgoingNote
    since: datetime | None


def _draft(rt: Runtime, note_id: int, now: datetime, mailboxes: Mailboxes) -> bool:
    step = _plan(rt, note_id, now, mailboxes)
    if step is None:
        return False
    try:
        kind, ref = _ask(mailboxes.made(step.account_id), step)
    except RateLimited:  # refused, nothing made: the next attempt need not look for it
        if step.draft is None and step.since is None:
            with rt.unit_of_work() as session:
                session.get(Note, note_id).draft_tried_at = None
        raise
    except ProviderError as exc:
        _failed(rt, note_id, step, exc, now, mailboxes)
        return False
    with rt.unit_of_work() as session:
        note = session.get(Note, note_id)
        if note is None:
            return False
        _record(note, kind, ref)
        settle(note, Note.draft_due_at, step.claimed, None)
        mailboxes.keep_credentials(session.get(Account, step.account_id))
    return True


def _plan(rt: Runtime, note_id: int, now: datetime, mailboxes: Mailboxes) -> _Step | None:
    """Read the note, and before a create record its marker and the time it is first tried."""
    with rt.unit_of_work() as session:
        note = session.get(Note, note_id)
        if note is None:
            return None
        account = mailbox_account(rt, note.interview)
        if account is None:  # no mailbox to write in: the note stays in the sidebars
            note.draft_due_at = None
            return None
        if account.status != AccountStatus.ACTIVE:  # paused until reconnected: the draft stays due
            note.draft_due_at = now + PAUSED_RETRY
            return None
        if mailboxes.of(account) is None or note.status not in OPEN_NOTE or note.channel != NoteChannel.EMAIL:
            note.draft_due_at = None
            return None
        claimed, since, draft = note.draft_due_at, None, None
        if note.draft_id is None:
            note.draft_marker = note.draft_marker or new_token()
            since = note.draft_tried_at
            note.draft_tried_at = since or now
        else:
            draft = DraftRef(note.draft_id, note.draft_version or "")
        return _Step(account.id, claimed, draft, outgoing(note), since)


def _ask(mailbox: Mailbox, step: _Step) -> tuple[str, DraftRef | None]:
    if step.draft is None:
        return "created", mailbox.create_draft(step.note, since=step.since)
    state = mailbox.draft_state(step.draft)
    if state == "unchanged":
        return "updated", mailbox.replace_draft(step.draft, step.note)
    return state, None


def _record(note: Note, kind: str, ref: DraftRef | None) -> None:
    if kind == "created":
        note.draft_id, note.draft_version, note.draft_state = ref.id, ref.version, DraftState.CREATED
        note.draft_tried_at = None
    elif kind == "updated":
        note.draft_id, note.draft_version = ref.id, ref.version
    elif kind == "edited":
        note.draft_state = DraftState.USER_EDITED
    else:
        note.draft_state = DraftState.GONE


def _failed(rt: Runtime, note_id: int, step: _Step, exc: ProviderError, now: datetime, mailboxes: Mailboxes) -> None:
    with rt.unit_of_work() as session:
        note, account = session.get(Note, note_id), session.get(Account, step.account_id)
        mailboxes.keep_credentials(account)
        if note is None:
            return
        if isinstance(exc, AuthExpired):
            mark_reauth_required(session, account, now, str(exc))
            note.draft_due_at = now + PAUSED_RETRY
        elif isinstance(exc, PermissionMissing):  # drafts turned on after connecting: a reconnect grants them
            note.draft_due_at, note.draft_state = None, DraftState.NEEDS_PERMISSION
        else:
            log.warning("draft for note %s failed: %s", note_id, exc)
            settle(note, Note.draft_due_at, step.claimed, now + FAILED_RETRY)


def check_sent_notes(rt: Runtime, now: datetime, limit: int = 200) -> list[int]:
    """For accounts whose sent-check is due, mark notes found in the sent folder as sent."""
    report = handle_due(rt, SENT_CHECKS, now, lambda account_id: _check_account(rt, account_id, now),
                        limit=limit, batch=50, concurrency=rt.sync_concurrency)
    return [note_id for marked in report.values() for note_id in marked]


def check_sent_soon(rt: Runtime, account_id: int, now: datetime) -> list[int]:
    """The account's sent-check at once, because the user is looking (a "sync now", the Gmail
    sidebar or the Outlook pane opened), at most once a minute per account: a note sent from the
    mailbox shows as sent within a minute. Returns the ids of the notes found sent."""
    with rt.session() as session:
        asked = session.execute(update(Account).where(
            Account.id == account_id, Account.status == AccountStatus.ACTIVE,
            or_(Account.sent_check_asked_at.is_(None), Account.sent_check_asked_at <= now - SENT_CHECK_ASKED),
        ).values(sent_check_asked_at=now)).rowcount
        session.commit()
    return _check_account(rt, account_id, now) if asked else []


def _check_account(rt: Runtime, account_id: int, now: datetime) -> list[int]:
    with rt.unit_of_work() as session:
        account = session.get(Account, account_id)
        if account is None or account.status != AccountStatus.ACTIVE:
            return []
        claimed = account.next_sent_check_at
        served = served_by(rt, session, account)
        if not served:  # its notes are written in its user's mailbox, if any: that one looks
            _pass_on(rt, session, account, now)
            settle(account, Account.next_sent_check_at, claimed, None)
            return []
        notes = list(session.scalars(
            select(Note).join(Interview).where(
                Interview.account_id.in_(served),
                Note.status.in_(OPEN_NOTE),
                Note.channel == NoteChannel.EMAIL,
                # a note that follows the interview (the follow-up) may come weeks after it
                or_(Interview.end_at >= now - SENT_CHECK_HORIZON, Note.proposed_at >= now - SENT_CHECK_HORIZON),
            )
        ))
        if not notes:
            settle(account, Account.next_sent_check_at, claimed, None)
            return []
        connection = rt.connection(account)
        try:
            mailbox = rt.mailbox(account, connection)
            sent = _sent_notes(mailbox, notes) if mailbox is not None else None
        except AuthExpired as exc:
            mark_reauth_required(session, account, now, str(exc))
            return []
        except ProviderError as exc:
            account.next_sent_check_at = now + timedelta(seconds=exc.retry_after or 300)
            return []
        finally:
            rt.keep_credentials(account, connection)
        if sent is None:  # nothing to look in: no more checks
            account.next_sent_check_at = None
            return []
        marked = []
        for note in notes:
            if note.id in sent and note.interview.end_at <= now:
                lifecycle.found_sent(note, now)
                marked.append(note.id)
        settle(account, Account.next_sent_check_at, claimed, now + SENT_CHECK_INTERVAL)
        return marked


def _pass_on(rt: Runtime, session, account: Account, now: datetime) -> None:
    """A sent-check asked of a source without a mailbox (added by hand, iCalendar) is one of the
    mailbox its notes are written in: due now there (a paused one is asked again when reconnected)."""
    mail = users_mailbox(rt, session, account.user_id)
    if mail is not None and mail.status == AccountStatus.ACTIVE and (
            mail.next_sent_check_at is None or mail.next_sent_check_at > now):
        mail.next_sent_check_at = now


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


def resume_mail(rt: Runtime, session, account: Account, now: datetime) -> None:
    """The account was connected or reconnected: the drafts of the notes written in its mailbox
    (``mail_account.served_by``: its own interviews' and, when it is its user's mailbox, those added
    by hand, the thanks for help and those of an iCalendar feed) that waited while it needed
    reconnecting, lacked the permission, or had no mailbox to go to, are due now when the user
    allows drafts; drafts the user edited or that exist already are left alone. When notes of
    sources without a mailbox wait, a sent-check is asked too."""
    served = served_by(rt, session, account)
    if not served:
        return
    waiting = list(session.scalars(select(Note).join(Interview).where(
        Interview.account_id.in_(served), Note.channel == NoteChannel.EMAIL, Note.status.in_(OPEN_NOTE),
        Note.draft_id.is_(None), Interview.end_at >= now - RESUME_HORIZON)))
    if account.user.drafts_enabled:
        for note in waiting:
            if note.draft_state in (None, DraftState.NEEDS_PERMISSION):
                note.draft_due_at, note.draft_state = now, None
    if any(note.interview.account_id != account.id for note in waiting):
        schedule_sent_check(account, now)


def forget_drafts_for_others(rt: Runtime, session, account: Account) -> None:
    """``account`` is being disconnected: the notes of the sources it wrote for (added by hand, thanks,
    iCalendar) forget their drafts there (the drafts stay in that mailbox, which is the user's). Once
    it is gone, ``resume_mail_of`` gives them to the user's next mailbox."""
    others = [account_id for account_id in served_by(rt, session, account) if account_id != account.id]
    if not others:
        return
    for note in session.scalars(select(Note).join(Interview).where(
            Interview.account_id.in_(others), Note.channel == NoteChannel.EMAIL,
            or_(Note.draft_id.is_not(None), Note.draft_marker.is_not(None), Note.draft_due_at.is_not(None)))):
        note.draft_id = note.draft_version = note.draft_state = note.draft_marker = None
        note.draft_tried_at = note.draft_due_at = None


def resume_mail_of(rt: Runtime, session, user_id: int, now: datetime) -> None:
    """``resume_mail`` for the user's mailbox for sources without one, if they have one."""
    mailbox = users_mailbox(rt, session, user_id)
    if mailbox is not None:
        resume_mail(rt, session, mailbox, now)


def schedule_sent_check(account: Account, now: datetime) -> None:
    """Ask for a sent-check of ``account`` soon (after a proposal or an edit)."""
    if account.next_sent_check_at is None or account.next_sent_check_at > now + SENT_CHECK_INTERVAL:
        account.next_sent_check_at = now + SENT_CHECK_INTERVAL
