"""Nudges: tell the user their notes are ready, remind once if unsent, ask to reconnect.

A nudge goes to the user's own mailbox when the account allows it and the user wants it;
otherwise it is shown in the sidebars only. A reminder for notes already sent, dismissed or
withdrawn is skipped, and so is one that would arrive after the note is late (no nagging).
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from providers.base import AuthExpired, ProviderError

from . import planning
from .model import Account, Interview, Nudge, User
from .retire import mark_reauth_required, note_is_open
from .runtime import Runtime
from .store import claim_due

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5


def send_due_nudges(rt: Runtime, now: datetime, limit: int = 200) -> list[int]:
    """Claim due nudges and deliver them; returns the ids delivered (sent or shown)."""
    with rt.session() as session:
        ids = claim_due(session, Nudge, Nudge.due_at, now, rt.lease, limit, where=(Nudge.status == "pending",))
    return [nudge_id for nudge_id in ids if deliver_nudge(rt, nudge_id, now)]


def deliver_nudge(rt: Runtime, nudge_id: int, now: datetime) -> bool:
    """Deliver one nudge; False when it was skipped or must be retried."""
    with rt.session() as session:
        nudge = session.get(Nudge, nudge_id)
        if nudge is None or nudge.status != "pending":
            return False
        user = session.get(User, nudge.user_id)
        if not _still_wanted(nudge, now):
            nudge.status = "skipped"
            session.commit()
            return False
        nudge.subject, nudge.body = nudge_message(nudge, user, now)
        delivered = _deliver(rt, session, nudge, user, now)
        session.commit()
        return delivered


def _still_wanted(nudge: Nudge, now: datetime) -> bool:
    if nudge.kind == "reconnect":
        return nudge.account is not None and nudge.account.status == "reauth_required"
    interview = nudge.interview
    if interview is None or interview.status != "proposed":
        return False
    if not any(note_is_open(n) for n in interview.notes):
        return False
    return nudge.kind != "reminder" or not planning.is_late(interview.end_at, now)


def _deliver(rt: Runtime, session: Session, nudge: Nudge, user: User, now: datetime) -> bool:
    account = _mail_account(nudge, user)
    if account is None or not user.nudges_enabled:
        nudge.status, nudge.channel, nudge.sent_at = "shown", "sidebar", now
        return True
    connection = rt.connection(account)
    try:
        mailbox = rt.mailbox(account, connection)
        if mailbox is None:
            nudge.status, nudge.channel, nudge.sent_at = "shown", "sidebar", now
            return True
        mailbox.notify_self(nudge.subject, nudge.body)
        rt.keep_credentials(account, connection)
        nudge.status, nudge.channel, nudge.sent_at = "sent", "email", now
        return True
    except AuthExpired as exc:
        mark_reauth_required(session, account, now, str(exc))
        nudge.status, nudge.channel, nudge.sent_at = "shown", "sidebar", now
        return True
    except ProviderError as exc:
        return _retry_later(nudge, now, exc)


def _retry_later(nudge: Nudge, now: datetime, exc: Exception) -> bool:
    nudge.attempts += 1
    nudge.last_error = f"{exc.__class__.__name__}: {exc}"[:500]
    if nudge.attempts >= MAX_ATTEMPTS:
        nudge.status, nudge.channel, nudge.sent_at = "shown", "sidebar", now
        return True
    nudge.due_at = now + timedelta(minutes=2 ** nudge.attempts)
    return False


def _mail_account(nudge: Nudge, user: User) -> Account | None:
    """The account to mail the nudge through: the interview's own, else any active one."""
    preferred = nudge.interview.account if nudge.interview is not None else None
    candidates = ([preferred] if preferred else []) + list(user.accounts)
    for account in candidates:
        if account.status == "active" and account.provider in ("google", "microsoft"):
            return account
    return None


def nudge_message(nudge: Nudge, user: User, now: datetime) -> tuple[str, str]:
    """Subject and body of a nudge, in plain words."""
    if nudge.kind == "reconnect":
        provider = nudge.account.provider.capitalize() if nudge.account else "your calendar"
        return (f"Afterview: reconnect {provider}",
                f"Afterview lost access to {provider}. Open the Afterview sidebar and reconnect "
                "so your thank-you notes keep coming.")
    interview = nudge.interview
    what = _interview_label(interview, user)
    people = ", ".join(n.recipient_name or n.recipient_email for n in interview.notes
                       if note_is_open(n) and n.channel == "email") or "your interviewers"
    lines = []
    if nudge.kind == "ready":
        subject = f"Your thank-you notes for {what} are ready"
        lines.append(f"Notes to {people} are waiting in the Afterview sidebar.")
        lines.append("Add something you remember from the conversation, then send them today.")
    else:
        subject = f"Reminder: thank-you notes for {what} not sent yet"
        lines.append(f"Your notes to {people} have not been sent. A same-day note makes the best impression.")
    if planning.is_late(interview.end_at, now):
        lines.append("It has been more than a day since the interview: a short note is still worth sending.")
    if any(n.channel == "handwritten" and note_is_open(n) for n in interview.notes):
        lines.append("A handwritten card takes a day or two by post: write it and mail it today.")
    return subject, "\n\n".join(lines)


def _interview_label(interview: Interview, user: User) -> str:
    zone = ZoneInfo(user.time_zone or "UTC")
    when = interview.end_at.astimezone(zone).strftime("%a %d %b")
    parts = [p for p in (interview.role, interview.company) if p]
    return f"{' at '.join(parts) or interview.title} ({when})"
