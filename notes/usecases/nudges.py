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

from providers.base import AuthExpired, PermissionMissing, ProviderError

from .. import lifecycle, planning
from ..runtime import Runtime
from ..statuses import AccountStatus, InterviewStatus, NudgeChannel, NudgeKind, NudgeStatus
from ..store.database import claim_due
from ..store.model import Account, Nudge, User
from ..writing import compose
from .proposals import drafts_of, facts_of
from .retire import mark_reauth_required

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5


def send_due_nudges(rt: Runtime, now: datetime, limit: int = 200) -> list[int]:
    """Claim due nudges and deliver them; returns the ids delivered (sent or shown)."""
    with rt.session() as session:
        ids = claim_due(session, Nudge, Nudge.due_at, now, rt.lease, limit,
                        where=(Nudge.status == NudgeStatus.PENDING,))
    return [nudge_id for nudge_id in ids if deliver_nudge(rt, nudge_id, now)]


def deliver_nudge(rt: Runtime, nudge_id: int, now: datetime) -> bool:
    """Deliver one nudge; False when it was skipped or must be retried."""
    with rt.session() as session:
        nudge = session.get(Nudge, nudge_id)
        if nudge is None or nudge.status != NudgeStatus.PENDING:
            return False
        user = session.get(User, nudge.user_id)
        if not _still_wanted(nudge, now):
            nudge.status = NudgeStatus.SKIPPED
            session.commit()
            return False
        nudge.subject, nudge.body = nudge_message(nudge, user, now)
        delivered = _deliver(rt, session, nudge, user, now)
        session.commit()
        return delivered


def _still_wanted(nudge: Nudge, now: datetime) -> bool:
    if nudge.kind == NudgeKind.RECONNECT:
        return nudge.account is not None and nudge.account.status == AccountStatus.REAUTH_REQUIRED
    interview = nudge.interview
    if interview is None or interview.status != InterviewStatus.PROPOSED:
        return False
    if not any(lifecycle.is_open(n) for n in interview.notes):
        return False
    return nudge.kind != NudgeKind.REMINDER or not planning.is_late(interview.end_at, now)


def _deliver(rt: Runtime, session: Session, nudge: Nudge, user: User, now: datetime) -> bool:
    account = _mail_account(rt, nudge, user)
    if account is None or not user.nudges_enabled:
        nudge.status, nudge.channel, nudge.sent_at = NudgeStatus.SHOWN, NudgeChannel.SIDEBAR, now
        return True
    connection = rt.connection(account)
    try:
        mailbox = rt.mailbox(account, connection)
        if mailbox is None:
            nudge.status, nudge.channel, nudge.sent_at = NudgeStatus.SHOWN, NudgeChannel.SIDEBAR, now
            return True
        mailbox.notify_self(nudge.subject, nudge.body)
        rt.keep_credentials(account, connection)
        nudge.status, nudge.channel, nudge.sent_at = NudgeStatus.SENT, NudgeChannel.EMAIL, now
        return True
    except AuthExpired as exc:
        mark_reauth_required(session, account, now, str(exc))
        nudge.status, nudge.channel, nudge.sent_at = NudgeStatus.SHOWN, NudgeChannel.SIDEBAR, now
        return True
    except PermissionMissing as exc:  # nudges turned on after connecting: the sidebar shows it
        nudge.status, nudge.channel, nudge.sent_at = NudgeStatus.SHOWN, NudgeChannel.SIDEBAR, now
        nudge.last_error = str(exc)[:500]
        return True
    except ProviderError as exc:
        return _retry_later(nudge, now, exc)


def _retry_later(nudge: Nudge, now: datetime, exc: Exception) -> bool:
    nudge.attempts += 1
    nudge.last_error = f"{exc.__class__.__name__}: {exc}"[:500]
    if nudge.attempts >= MAX_ATTEMPTS:
        nudge.status, nudge.channel, nudge.sent_at = NudgeStatus.SHOWN, NudgeChannel.SIDEBAR, now
        return True
    nudge.due_at = now + timedelta(minutes=2 ** nudge.attempts)
    return False


def _mail_account(rt: Runtime, nudge: Nudge, user: User) -> Account | None:
    """The account to mail the nudge through: the interview's own, else any active one with a
    mailbox."""
    preferred = nudge.interview.account if nudge.interview is not None else None
    candidates = ([preferred] if preferred else []) + list(user.accounts)
    for account in candidates:
        if account.status == AccountStatus.ACTIVE and rt.has_mailbox(account):
            return account
    return None


def nudge_message(nudge: Nudge, user: User, now: datetime) -> tuple[str, str]:
    """Subject and body of a nudge, in the notes' language (ETIQUETTE T2, T3)."""
    if nudge.kind == NudgeKind.RECONNECT:
        provider = nudge.account.provider.capitalize() if nudge.account else "your calendar"
        return (f"Afterview: reconnect {provider}",
                f"Afterview lost access to {provider}. Open the Afterview sidebar and reconnect "
                "so your thank-you notes keep coming.")
    interview = nudge.interview
    open_notes = [n for n in interview.notes if lifecycle.is_open(n)]
    lines = compose.nudge_lines(drafts_of(interview, user, open_notes), facts_of(interview), nudge.kind)
    if planning.is_late(interview.end_at, now):
        lines.append(LATE_LINE.get(open_notes[0].language if open_notes else "en", LATE_LINE["en"]))
    when = interview.end_at.astimezone(_zone(user)).strftime("%a %d %b %H:%M")
    return lines[0], "\n\n".join([*lines[1:], f"({interview.title}, ended {when})"])


LATE_LINE = {
    "en": "It has been more than a day since the interview: a short note is still worth sending.",
    "de": "Das Gespräch ist schon über einen Tag her: Eine kurze Nachricht lohnt sich trotzdem.",
    "fr": "L'entretien date de plus d'un jour : un court message reste utile.",
    "es": "Ha pasado más de un día desde la entrevista: una nota breve sigue mereciendo la pena.",
}


def _zone(user: User) -> ZoneInfo:
    try:
        return ZoneInfo(user.time_zone or "UTC")
    except (ValueError, KeyError):
        return ZoneInfo("UTC")
