"""Taking things back: withdrawn notes, cancelled interviews, accounts that need reconnecting."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..store.model import Account, Interview, Note, Nudge

OPEN_NOTE = ("proposed", "edited")


def withdraw_open_notes(session: Session, interview: Interview, now: datetime) -> int:
    """Withdraw the interview's unsent notes and skip its pending nudges; returns how many."""
    count = 0
    for note in interview.notes:
        if note.status in OPEN_NOTE:
            note.status = "withdrawn"
            note.closed_at = now
            note.draft_due_at = None
            count += 1
    session.execute(
        update(Nudge)
        .where(Nudge.interview_id == interview.id, Nudge.status == "pending")
        .values(status="skipped")
    )
    return count


def retire_interview(session: Session, interview: Interview, now: datetime) -> bool:
    """The event stopped being an interview (cancelled, declined, deleted, corrected).

    Unsent notes are withdrawn; sent ones stay as they are. Returns whether anything changed.
    """
    if interview.status in ("cancelled", "not_interview"):
        return False
    withdraw_open_notes(session, interview, now)
    interview.status = "cancelled"
    interview.propose_at = None
    return True


def mark_reauth_required(session: Session, account: Account, now: datetime, reason: str | None) -> None:
    """The grant was revoked: pause the account's work and plan one reconnect nudge."""
    account.status = "reauth_required"
    account.next_sync_at = None
    account.last_error = reason
    exists = session.scalar(select(Nudge.id).where(Nudge.account_id == account.id, Nudge.kind == "reconnect"))
    if exists is None:
        session.add(Nudge(user_id=account.user_id, account_id=account.id, kind="reconnect", due_at=now))


def note_is_open(note: Note) -> bool:
    return note.status in OPEN_NOTE
