"""Nudges: tell the user their notes are ready, remind once if unsent, tell them the one follow-up
is ready, ask to reconnect.

A nudge goes to the user's own mailbox when the account allows it and the user wants it;
otherwise it is shown in the sidebars only. A reminder for notes already sent, dismissed or
withdrawn is skipped, and so is one that would arrive after the note is late (no nagging). The
follow-up's nudge is skipped once that follow-up is sent, dismissed or withdrawn, or when the user
turned follow-ups off; it has no reminder.

A mailed nudge goes out exactly once, whatever crashes: it gets Afterview's marker, and the time
sending was first tried, in a commit of their own before the mailbox is asked; a retry passes that
time and the mailbox looks for the marked message before sending again.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from providers.base import AuthExpired, Mailbox, PermissionMissing, ProviderError, RateLimited

from .. import lifecycle, planning
from ..runtime import Runtime
from ..statuses import AccountStatus, InterviewStatus, NudgeChannel, NudgeKind, NudgeStatus
from ..store.claims import Queue, new_token
from ..store.model import Account, Nudge, User
from ..writing import compose
from .claimed import handle_due
from .followups import follow_up_of
from .proposals import drafts_of, facts_of, thanks_of
from .retire import mark_reauth_required

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5
NUDGES = Queue(Nudge.due_at, (Nudge.status == NudgeStatus.PENDING,))


def send_due_nudges(rt: Runtime, now: datetime, limit: int = 200) -> list[int]:
    """Claim due nudges and deliver them; returns the ids delivered (sent or shown). One user's
    nudges go in order, several users' at once."""
    report = handle_due(rt, NUDGES, now, lambda nudge_id: deliver_nudge(rt, nudge_id, now), limit=limit,
                        batch=50, concurrency=rt.sync_concurrency, group_of=_user_of)
    return [nudge_id for nudge_id, delivered in report.done if delivered]


def _user_of(session, nudge_ids: list[int]) -> dict[int, int]:
    return dict(session.execute(select(Nudge.id, Nudge.user_id).where(Nudge.id.in_(nudge_ids))).all())


@dataclass(frozen=True)
class _Mail:
    """A nudge to mail: through which account, what it says, its marker, and when sending was tried."""

    account_id: int
    mailbox: Mailbox
    connection: object
    subject: str
    body: str
    marker: str
    since: datetime | None


def deliver_nudge(rt: Runtime, nudge_id: int, now: datetime) -> bool:
    """Deliver one nudge; False when it was skipped or must be retried."""
    mail = _prepare(rt, nudge_id, now)
    if not isinstance(mail, _Mail):
        return mail
    try:
        mail.mailbox.notify_self(mail.subject, mail.body, marker=mail.marker, since=mail.since)
    except RateLimited:  # refused, nothing sent: the next attempt need not look for it
        if mail.since is None:
            with rt.unit_of_work() as session:
                session.get(Nudge, nudge_id).tried_at = None
        raise
    except ProviderError as exc:
        with rt.unit_of_work() as session:
            return _failed(rt, session, session.get(Nudge, nudge_id), mail, exc, now)
    with rt.unit_of_work() as session:
        nudge = session.get(Nudge, nudge_id)
        rt.keep_credentials(session.get(Account, mail.account_id), mail.connection)
        nudge.status, nudge.channel, nudge.sent_at, nudge.tried_at = NudgeStatus.SENT, NudgeChannel.EMAIL, now, None
    return True


def _prepare(rt: Runtime, nudge_id: int, now: datetime) -> _Mail | bool:
    """Decide the nudge's fate; for one to mail, record its marker and when sending is first tried."""
    with rt.unit_of_work() as session:
        nudge = session.get(Nudge, nudge_id)
        if nudge is None or nudge.status != NudgeStatus.PENDING:
            return False
        user = session.get(User, nudge.user_id)
        if not still_wanted(nudge, user, now):
            nudge.status = NudgeStatus.SKIPPED
            return False
        nudge.subject, nudge.body = nudge_message(nudge, user, now)
        account = _mail_account(rt, nudge, user)
        if account is None or not user.nudges_enabled:
            return _shown(nudge, now)
        connection = rt.connection(account)
        mailbox = rt.mailbox(account, connection)
        if mailbox is None:
            return _shown(nudge, now)
        nudge.marker = nudge.marker or new_token()
        since = nudge.tried_at
        nudge.tried_at = since or now
        return _Mail(account.id, mailbox, connection, nudge.subject, nudge.body, nudge.marker, since)


def _shown(nudge: Nudge, now: datetime) -> bool:
    nudge.status, nudge.channel, nudge.sent_at = NudgeStatus.SHOWN, NudgeChannel.SIDEBAR, now
    return True


def still_wanted(nudge: Nudge, user: User, now: datetime) -> bool:
    """Whether the nudge still has something to say: the account still needs reconnecting; the
    follow-up is still open and follow-ups are on; a thank-you is still open (a reminder only
    before the notes are late)."""
    if nudge.kind == NudgeKind.RECONNECT:
        return nudge.account is not None and nudge.account.status == AccountStatus.REAUTH_REQUIRED
    interview = nudge.interview
    if interview is None or interview.status != InterviewStatus.PROPOSED:
        return False
    if nudge.kind == NudgeKind.FOLLOW_UP:
        follow_up = follow_up_of(interview)
        return bool(user.follow_ups_enabled) and follow_up is not None and lifecycle.is_open(follow_up)
    if not any(lifecycle.is_open(n) for n in thanks_of(interview)):  # the thanks, not what follows them
        return False
    return nudge.kind != NudgeKind.REMINDER or not planning.is_late(interview.end_at, now)


def _failed(rt: Runtime, session, nudge: Nudge, mail: _Mail, exc: ProviderError, now: datetime) -> bool:
    account = session.get(Account, mail.account_id)
    rt.keep_credentials(account, mail.connection)
    if isinstance(exc, AuthExpired):
        mark_reauth_required(session, account, now, str(exc))
        return _shown(nudge, now)
    if isinstance(exc, PermissionMissing):  # nudges turned on after connecting: the sidebar shows it
        nudge.last_error = str(exc)[:500]
        return _shown(nudge, now)
    return _retry_later(nudge, now, exc)


def _retry_later(nudge: Nudge, now: datetime, exc: Exception) -> bool:
    nudge.attempts += 1
    nudge.last_error = f"{exc.__class__.__name__}: {exc}"[:500]
    if nudge.attempts >= MAX_ATTEMPTS:
        return _shown(nudge, now)
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
    if nudge.kind == NudgeKind.FOLLOW_UP:
        open_notes = [n for n in (follow_up_of(interview),) if n is not None and lifecycle.is_open(n)]
    else:
        open_notes = [n for n in thanks_of(interview) if lifecycle.is_open(n)]
    lines = compose.nudge_lines(drafts_of(interview, user, open_notes), facts_of(interview), nudge.kind)
    if nudge.kind != NudgeKind.FOLLOW_UP and planning.is_late(interview.end_at, now):  # the thanks are late
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
