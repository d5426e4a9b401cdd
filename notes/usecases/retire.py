"""Taking things back: withdrawn notes, retired interviews, accounts that need reconnecting.

The changes of state are ``notes.lifecycle``'s; this module adds what the store must do with
them (pending nudges skipped, a reconnect nudge planned)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .. import lifecycle
from ..statuses import AccountStatus, NudgeKind, NudgeStatus, RemovedReason
from ..store.model import Account, Interview, Nudge


def withdraw_open_notes(session: Session, interview: Interview, now: datetime) -> int:
    """Withdraw the interview's unsent notes and skip its pending nudges; returns how many."""
    count = sum(lifecycle.withdraw(note, now) for note in interview.notes)
    skip_nudges(session, interview)
    return count


def retire_interview(session: Session, interview: Interview, now: datetime,
                     reason: RemovedReason = RemovedReason.DELETED) -> bool:
    """The event stopped being an interview (cancelled, declined, deleted, corrected).

    Unsent notes are withdrawn with their text; sent ones stay as they are. Returns whether
    anything changed."""
    if not lifecycle.retire(interview, now, reason):
        return False
    skip_nudges(session, interview)
    return True


def skip_nudges(session: Session, interview: Interview) -> None:
    """The interview's pending nudges will not go out."""
    session.execute(
        update(Nudge)
        .where(Nudge.interview_id == interview.id, Nudge.status == NudgeStatus.PENDING)
        .values(status=NudgeStatus.SKIPPED)
    )


def mark_reauth_required(session: Session, account: Account, now: datetime, reason: str | None) -> None:
    """The grant was revoked: pause the account's work and plan one reconnect nudge."""
    account.status = AccountStatus.REAUTH_REQUIRED
    account.next_sync_at = None
    account.last_error = reason
    exists = session.scalar(
        select(Nudge.id).where(Nudge.account_id == account.id, Nudge.kind == NudgeKind.RECONNECT))
    if exists is None:
        session.add(Nudge(user_id=account.user_id, account_id=account.id, kind=NudgeKind.RECONNECT, due_at=now))
