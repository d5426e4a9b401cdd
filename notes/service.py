"""Use cases called by the entry points (``addon``) on behalf of one user.

Every function that reads or changes an interview, a note or an account takes the acting
user's id and answers ``NotFound`` for anything that is not theirs.
"""
from __future__ import annotations

import ipaddress
import re
import socket
from datetime import datetime
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from providers.base import CalendarInvalid, SyncWindow, Unavailable
from providers.ics import read_events, read_source

from . import compose
from .errors import Conflict, InvalidInput, NotFound
from .model import Account, Correction, Interview, Note, User
from .proposals import recompose, refresh_findings
from .retire import retire_interview
from .runtime import Runtime
from .syncing import sync_account

MAX_DETAILS = 10_000
MAX_BODY = 20_000
PROFILE_FIELDS = {"name": 200, "phone": 64, "signature": 1000, "time_zone": 64, "language": 8, "channel": 16}


# --------------------------------------------------------------------------- users


def ensure_user(session: Session, email: str, name: str = "") -> User:
    """The user with ``email``, created on first sight."""
    email = email.strip().lower()
    if not re.fullmatch(r"[^@\s]+@[^@\s]+", email):
        raise InvalidInput(f"not an email address: {email[:100]!r}")
    user = session.scalar(select(User).where(User.email == email))
    if user is None:
        user = User(email=email, name=name)
        session.add(user)
        session.flush()
    return user


_BY_GOOGLE_SUBJECT = select(User).where(User.google_subject == bindparam("subject"))  # asked on every add-on request


def google_user(session: Session, subject: str, email: str, email_verified: bool, name: str = "") -> User:
    """The user signed in to Google as ``subject``: found by that subject, else the user with
    the same verified address (now linked to it), else a new user. An address already linked
    to another Google account is refused."""
    user = session.scalar(_BY_GOOGLE_SUBJECT, {"subject": subject})
    if user is not None:
        return user
    if not email_verified:
        raise InvalidInput("the Google account's address is not verified")
    user = ensure_user(session, email, name)
    if user.google_subject not in (None, subject):
        raise Conflict("this address belongs to another Google account")
    user.google_subject = subject
    return user


def update_profile(session: Session, user: User, changes: dict) -> User:
    """Change the user's signature lines and preferences; unknown or bad values are refused."""
    for key, value in changes.items():
        if key in ("nudges_enabled", "drafts_enabled"):
            setattr(user, key, _boolean(key, value))
        elif key == "proposal_delay_minutes":
            user.proposal_delay_minutes = _delay(value)
        elif key in PROFILE_FIELDS:
            setattr(user, key, _profile_text(key, value))
        else:
            raise InvalidInput(f"unknown setting: {key!r}")
    return user


def _profile_text(key: str, value) -> str | None:
    if value is None and key == "language":
        return None
    if not isinstance(value, str) or len(value) > PROFILE_FIELDS[key]:
        raise InvalidInput(f"{key} must be text of at most {PROFILE_FIELDS[key]} characters")
    if key == "time_zone":
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise InvalidInput(f"unknown time zone: {value!r}") from None
    if key == "language" and value not in ("en", "de", "fr", "es"):
        raise InvalidInput("language must be one of en, de, fr, es")
    if key == "channel" and value not in ("auto", "email", "handwritten"):
        raise InvalidInput("channel must be auto, email or handwritten")
    return value


def _boolean(key: str, value) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput(f"{key} must be true or false")
    return value


def _delay(value) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 23 * 60:
        raise InvalidInput("proposal_delay_minutes must be a whole number from 0 to 1380")
    return value


# --------------------------------------------------------------------------- reading


LISTED = ("upcoming", "proposed")
REVIEWABLE = ("possible", "not_interview")


def interviews_of(session: Session, user_id: int, statuses=LISTED, limit: int = 200) -> list[Interview]:
    """The user's interviews in ``statuses``, newest first."""
    return list(session.scalars(
        select(Interview).join(Account)
        .where(Account.user_id == user_id, Interview.status.in_(statuses))
        .order_by(Interview.start_at.desc(), Interview.id.desc())
        .limit(limit)
    ))


def interview_of(session: Session, user_id: int, interview_id: int) -> Interview:
    interview = session.scalar(
        select(Interview).join(Account).where(Interview.id == interview_id, Account.user_id == user_id)
    )
    if interview is None:
        raise NotFound("no such interview")
    return interview


def note_of(session: Session, user_id: int, note_id: int) -> Note:
    note = session.scalar(
        select(Note).join(Interview).join(Account).where(Note.id == note_id, Account.user_id == user_id)
    )
    if note is None:
        raise NotFound("no such note")
    return note


def _version_statement():
    from sqlalchemy import func, true

    user = bindparam("user_id")
    interviews = (select(func.count(Interview.id), func.max(Interview.updated_at), func.count(Note.id),
                         func.max(Note.updated_at))
                  .select_from(Interview).join(Account).outerjoin(Note, Note.interview_id == Interview.id)
                  .where(Account.user_id == user).subquery())
    accounts = (select(func.count(Account.id).label("accounts"), func.max(Account.updated_at).label("changed"))
                .where(Account.user_id == user).subquery())
    return select(interviews, accounts).select_from(interviews.join(accounts, true()))  # one row each


_VERSION = None


def data_version(connection, user_id: int) -> tuple:
    """A value that changes whenever anything a sidebar shows for the user changes: their
    interviews, notes and accounts (counts and latest change stamps). One prepared query, on a
    plain connection (the sidebars ask on every request, before anything else is read)."""
    global _VERSION
    if _VERSION is None:
        _VERSION = _version_statement()
    return tuple(connection.execute(_VERSION, {"user_id": user_id}).one())


def account_of(session: Session, user_id: int, account_id: int) -> Account:
    account = session.scalar(select(Account).where(Account.id == account_id, Account.user_id == user_id))
    if account is None:
        raise NotFound("no such account")
    return account


# --------------------------------------------------------------------------- changing notes


def add_details(session: Session, user_id: int, interview_id: int, text, now: datetime) -> Interview:
    """Store what the user remembers (``Name: detail`` lines or general) and recompose."""
    if not isinstance(text, str):
        raise InvalidInput("details must be text")
    if len(text) > MAX_DETAILS:
        raise InvalidInput(f"details are limited to {MAX_DETAILS} characters")
    interview = interview_of(session, user_id, interview_id)
    interview.details = text.strip()
    recompose(interview, interview.account.user, now)
    return interview


def edit_note(session: Session, user_id: int, note_id: int, changes: dict, now: datetime) -> Note:
    """Replace the subject and/or body of a note with the user's own words."""
    note = note_of(session, user_id, note_id)
    if note.status not in ("proposed", "edited"):
        raise Conflict(f"a {note.status} note cannot be edited")
    unknown = set(changes) - {"subject", "body_text"}
    if unknown or not changes:
        raise InvalidInput("send subject and/or body_text")
    for key, value in changes.items():
        if not isinstance(value, str) or len(value) > MAX_BODY:
            raise InvalidInput(f"{key} must be text of at most {MAX_BODY} characters")
    note.subject = changes.get("subject", note.subject).strip()
    if "body_text" in changes:
        note.body_text = changes["body_text"].strip()
        note.body_html = compose.render_html(note.body_text)
    note.flags = [f for f in note.flags or () if f != "needs-detail"] if "body_text" in changes else note.flags
    note.status, note.edited_at = "edited", now
    if note.draft_id:
        note.draft_due_at = now
    refresh_findings(note.interview, note.interview.account.user, now)
    return note


def mark_sent(session: Session, user_id: int, note_id: int, now: datetime) -> Note:
    """The user sent the note themself; reminders for it stop."""
    note = note_of(session, user_id, note_id)
    if note.status in ("withdrawn",):
        raise Conflict("this note was withdrawn because the interview was cancelled")
    if note.status != "sent":
        note.status, note.sent_at, note.closed_at, note.draft_due_at = "sent", now, now, None
    return note


def dismiss_note(session: Session, user_id: int, note_id: int, now: datetime) -> Note:
    """The user does not want to send this note; nothing will remind them of it."""
    note = note_of(session, user_id, note_id)
    if note.status == "sent":
        raise Conflict("a sent note cannot be dismissed")
    if note.status != "dismissed":
        note.status, note.closed_at, note.draft_due_at = "dismissed", now, None
    return note


def correct_detection(session: Session, user_id: int, interview_id: int, is_interview, now: datetime) -> Interview:
    """The user says whether this event is an interview; the verdict wins over later syncs."""
    if not isinstance(is_interview, bool):
        raise InvalidInput("send {\"interview\": true} or {\"interview\": false}")
    interview = interview_of(session, user_id, interview_id)
    correction = session.scalar(select(Correction).where(
        Correction.account_id == interview.account_id,
        Correction.provider_event_id == interview.provider_event_id,
    ))
    if correction is None:
        correction = Correction(account_id=interview.account_id, provider_event_id=interview.provider_event_id)
        session.add(correction)
    correction.is_interview = is_interview
    if not is_interview:
        retire_interview(session, interview, now)
        interview.status = "not_interview"
    elif interview.status in ("possible", "not_interview", "cancelled"):
        from . import planning

        user = interview.account.user
        interview.status = "upcoming"
        interview.propose_at = planning.propose_at(
            interview.end_at, planning.proposal_delay(user.proposal_delay_minutes)
        )
    return interview


# --------------------------------------------------------------------------- accounts


def connect_ics(
    rt: Runtime, user_id: int, source, now: datetime, allow_files: bool, allow_private: bool
) -> tuple[int, list[str]]:
    """Connect an iCalendar file or URL after reading it once; nothing is stored if it fails.

    Returns the account id and warnings about events that could not be read.
    """
    if not isinstance(source, str) or not source.strip() or len(source) > 2048:
        raise InvalidInput("source must be the path or URL of an .ics calendar")
    source = source.strip()
    _check_source(source, allow_files, allow_private)
    try:
        data = read_source(source)
        _events, warnings = read_events(data, SyncWindow.around(now), label="calendar")
    except (CalendarInvalid, Unavailable) as exc:
        raise InvalidInput(str(exc)) from exc
    with rt.session() as session:
        account = session.scalar(select(Account).where(
            Account.user_id == user_id, Account.provider == "ics", Account.external_id == source
        ))
        if account is None:
            account = Account(user_id=user_id, provider="ics", external_id=source,
                              display_name=_source_name(source), token_blob=rt.cipher.seal({}))
            session.add(account)
        account.status, account.next_sync_at, account.cursor = "active", now, None
        session.commit()
        account_id = account.id
    sync_account(rt, account_id, now)
    return account_id, warnings


def _check_source(source: str, allow_files: bool, allow_private: bool) -> None:
    parsed = urlparse(source)
    if parsed.scheme.lower() in ("http", "https", "webcal"):
        if not parsed.hostname:
            raise InvalidInput("the calendar URL has no host")
        if not allow_private and _is_private(parsed.hostname):
            raise InvalidInput("calendar URLs must point to a public host")
        return
    if parsed.scheme and len(parsed.scheme) > 1:
        raise InvalidInput(f"unsupported calendar URL scheme: {parsed.scheme!r}")
    if not allow_files:
        raise InvalidInput("only http(s) calendar URLs can be connected here")


def _is_private(host: str) -> bool:
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except OSError:
        return False  # unresolvable: reading it will fail with a clear error
    return any(not ipaddress.ip_address(a.split("%")[0]).is_global for a in addresses)


def _source_name(source: str) -> str:
    parsed = urlparse(source)
    return (parsed.hostname or source.rsplit("/", 1)[-1])[:300]


def reactivate(session: Session, account: Account, now: datetime) -> Account:
    """A new grant for ``account`` (first connection or reconnect): its work resumes now, a later
    revocation earns a new reconnect nudge, and drafts that waited are due."""
    from sqlalchemy import delete

    from .mailwork import resume_drafts
    from .model import Nudge

    account.status, account.last_error, account.failures = "active", None, 0
    account.next_sync_at = now
    if account.id is not None:
        session.execute(delete(Nudge).where(Nudge.account_id == account.id, Nudge.kind == "reconnect"))
        if account.user.drafts_enabled:
            resume_drafts(session, account, now)
    return account


def request_sync(session: Session, user_id: int, account_id: int, now: datetime) -> Account:
    """Make the account's sync due now (a reconnect required account stays paused)."""
    account = account_of(session, user_id, account_id)
    if account.status != "active":
        raise Conflict(f"the account needs attention first ({account.status})")
    account.next_sync_at = now
    return account


def accounts_of(session: Session, user_id: int) -> list[Account]:
    return list(session.scalars(select(Account).where(Account.user_id == user_id).order_by(Account.id)))
