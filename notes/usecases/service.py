"""Use cases called by the entry points (``addon``) on behalf of one user.

Every function that reads or changes an interview, a note or an account takes the acting
user's id and answers ``NotFound`` for anything that is not theirs. Users and accounts have
modules of their own (``notes.usecases.users``, ``notes.usecases.accounts``); their use cases are named here too
so that the entry points have one place to call.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from .. import lifecycle, planning
from ..errors import InvalidInput, NotFound
from ..runtime import Runtime
from ..statuses import (  # noqa: F401
    HELP_RECORD,
    LISTED,
    MISSED,
    REMOVED,
    REVIEWABLE,
    InterviewStatus,
    NoteChannel,
    NoteKind,
    NoteStatus,  # (lists named here)
)
from ..store.model import Account, Interview, Note
from ..writing import compose
from . import manual, referrers, rules
from .accounts import (  # noqa: F401
    account_of,
    accounts_of,
    connect_ics,
    look_for_sent_notes,
    reactivate,
    request_sync,
)
from .mail_account import mailbox_account
from .mailwork import schedule_sent_check
from .missed import missed_of  # noqa: F401
from .proposals import candidate_of, facts_of, propose_now, recompose, refresh_findings
from .retire import skip_nudges
from .syncing import me_addresses
from .thanks import add_thanks, help_record_of, help_records_of, thanks_json  # noqa: F401
from .users import end_pane_sessions, ensure_user, google_user, update_profile  # noqa: F401
from .vanishing import confirm_removal  # noqa: F401

MAX_DETAILS = 10_000
MAX_BODY = 20_000


# --------------------------------------------------------------------------- reading


def interviews_of(session: Session, user_id: int, statuses=LISTED, limit: int = 200) -> list[Interview]:
    """The user's interviews in ``statuses``, newest first."""
    return list(session.scalars(
        select(Interview).join(Account)
        .where(Account.user_id == user_id, Interview.status.in_(statuses))
        .order_by(Interview.start_at.desc(), Interview.id.desc())
        .limit(limit)
    ))


def interview_of(session: Session, user_id: int, interview_id: int) -> Interview:
    """One of the user's interviews (never the record of help a note of thanks is for)."""
    interview = session.scalar(
        select(Interview).join(Account).where(Interview.id == interview_id, Account.user_id == user_id,
                                              Interview.kind != HELP_RECORD)
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


_VERSION_SQL: dict[str, tuple] = {}


def _version_sql(dialect) -> tuple:
    """The version statement as the driver's SQL, and how to lay out its one parameter."""
    found = _VERSION_SQL.get(dialect.name)
    if found is None:
        compiled = _version_statement().compile(dialect=dialect)
        names = tuple(compiled.positiontup or ()) if compiled.positional else None
        found = _VERSION_SQL.setdefault(dialect.name, (str(compiled), names))
    return found


def data_version(engine, user_id: int) -> tuple:
    """A value that changes whenever anything a sidebar shows for the user changes: their
    interviews, notes and accounts (counts and latest change stamps).

    The sidebars ask on every request, before anything else is read, so this one query is
    compiled once and run on a pooled driver connection: the statement machinery of a
    SQLAlchemy connection cost more than the query itself. PostgreSQL gets it prepared once
    per connection (planning took four times as long as running it) and outside a transaction
    (no ROLLBACK round trip when the connection goes back to the pool). ``engine`` may skip the
    pool's ping: a connection found dropped is replaced and the query asked once more."""
    sql, names = _version_sql(engine.dialect)
    for attempt in (1, 2):
        raw = engine.raw_connection()
        try:
            if engine.dialect.name == "postgresql":
                return _version_on_postgresql(raw, sql, user_id, engine.dialect.driver)
            values = {"user_id": user_id}
            cursor = raw.cursor()
            try:
                cursor.execute(sql, tuple(values[name] for name in names) if names is not None else values)
                return tuple(cursor.fetchone())
            finally:
                cursor.close()
        except engine.dialect.loaded_dbapi.Error as exc:
            dropped = engine.dialect.is_disconnect(exc, raw.driver_connection, None)
            raw.invalidate()  # in an unknown state, or with a stale plan: never reused
            if attempt == 2 or not dropped:
                raise
            # the server closed it (a restart, an idle timeout): ask once more on a fresh one
        finally:
            raw.close()
    raise AssertionError("unreachable")


_PREPARED = "afterview.data_version_prepared"


def _version_on_postgresql(raw, sql: str, user_id: int, dbapi: str) -> tuple:
    driver = raw.driver_connection
    driver.autocommit = True
    try:
        with driver.cursor() as cursor:
            if dbapi == "psycopg":  # psycopg 3 binds on the server and prepares the query itself
                cursor.execute(sql, {"user_id": user_id}, prepare=True)
                return tuple(cursor.fetchone())
            if not raw.info.get(_PREPARED):
                cursor.execute("PREPARE afterview_data_version (bigint) AS " + sql.replace("%(user_id)s", "$1"))
                raw.info[_PREPARED] = True
            cursor.execute("EXECUTE afterview_data_version (%(user_id)s)", {"user_id": user_id})
            return tuple(cursor.fetchone())
    finally:
        if not driver.closed:
            driver.autocommit = False


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
    lifecycle.check_editable(note)
    unknown = set(changes) - {"subject", "body_text"}
    if unknown or not changes:
        raise InvalidInput("send subject and/or body_text")
    for key, value in changes.items():
        if not isinstance(value, str) or len(value) > MAX_BODY:
            raise InvalidInput(f"{key} must be text of at most {MAX_BODY} characters")
    body = changes["body_text"].strip() if "body_text" in changes else None
    subject = changes["subject"].strip() if "subject" in changes else None
    lifecycle.edit(note, now, subject, body, compose.render_html(body) if body is not None else None)
    refresh_findings(note.interview, note.interview.account.user, now)
    return note


def mark_sent(session: Session, user_id: int, note_id: int, now: datetime) -> Note:
    """The user sent the note themself; reminders for it stop."""
    return lifecycle.mark_sent(note_of(session, user_id, note_id), now)


def dismiss_note(session: Session, user_id: int, note_id: int, now: datetime) -> Note:
    """The user does not want to send this note; nothing will remind them of it."""
    return lifecycle.dismiss(note_of(session, user_id, note_id), now)


def restore_note(session: Session, user_id: int, note_id: int, now: datetime) -> Note:
    """Undo "dismiss" or "sent": the note is open again with its text, ``edited`` if the user had
    edited it. After an undone "sent", the sent-check counts only messages sent from now on."""
    note = note_of(session, user_id, note_id)
    was_sent = note.status == NoteStatus.SENT
    lifecycle.restore(note, now)
    if was_sent and note.channel == NoteChannel.EMAIL:
        schedule_sent_check(note.interview.account, now)  # it may be sent for real later
    refresh_findings(note.interview, note.interview.account.user, now)
    return note


def mark_referrer(session: Session, user_id: int, interview_id: int, data, now: datetime,
                  rt: Runtime | None = None) -> Interview:
    """The user says who referred them to this interview (``{"name", "email"}``), or with ``None`` that
    nobody did. After the interview's notes were proposed, the referrer's update comes at once."""
    interview = interview_of(session, user_id, interview_id)
    referrers.said_by_user(interview, data)
    if interview.status == InterviewStatus.PROPOSED:
        user = interview.account.user
        referrers.reconcile_update(interview, facts_of(interview), candidate_of(user), now)
        refresh_findings(interview, user, now)
        if user.drafts_enabled and rt is not None and mailbox_account(rt, interview) is not None:
            for note in interview.notes:
                if (note.kind == NoteKind.REFERRER_UPDATE and note.status == NoteStatus.PROPOSED
                        and note.recipient_email and note.draft_id is None):
                    note.draft_due_at = now
    return interview


def correct_detection(session: Session, user_id: int, interview_id: int, is_interview, now: datetime,
                      rt: Runtime | None = None) -> Interview:
    """The user says whether this event is an interview; the verdict wins over later syncs, and
    the next events of its series or organizer follow it (``notes.usecases.rules``).

    "Not an interview" withdraws the open notes with their text; "an interview after all" brings
    them back (edited ones as they were), so the two undo each other. An event that ended more
    than the proposal delay ago gets its notes at once when ``rt`` is given (else at the next tick)."""
    if not isinstance(is_interview, bool):
        raise InvalidInput("send {\"interview\": true} or {\"interview\": false}")
    interview = interview_of(session, user_id, interview_id)
    user = interview.account.user
    me = me_addresses(interview.account)
    delay = planning.proposal_delay(user.proposal_delay_minutes, _server_delay(rt))
    rules.say(session, interview, is_interview, me, now)
    rules.follow(session, interview, me, now, delay)
    if not is_interview:
        lifecycle.mark_not_interview(interview, now)
        skip_nudges(session, interview)
        return interview
    before = interview.status
    lifecycle.restore_interview(interview, now, planning.propose_at(interview.end_at, delay))
    if interview.status != before:
        recompose(interview, user, now)  # notes proposed before come back; edited ones with their text
    propose_if_due(session, interview, now, rt)
    return interview


def add_interview(session: Session, user_id: int, data, now: datetime, rt: Runtime | None = None) -> Interview:
    """Add an interview that is on no calendar; its notes come after its end plus the delay (at
    once when that is past and ``rt`` is given)."""
    interview = manual.add_interview(session, user_id, data, now, _server_delay(rt))
    session.flush()
    propose_if_due(session, interview, now, rt)
    return interview


def _server_delay(rt: Runtime | None) -> timedelta:
    """The server's proposal delay (``AFTERVIEW_PROPOSAL_DELAY_MINUTES``), for users who set none."""
    return rt.proposal_delay if rt is not None else planning.DEFAULT_DELAY


def propose_if_due(session: Session, interview: Interview, now: datetime, rt: Runtime | None) -> None:
    """Propose an upcoming interview's notes now when its proposal time is past."""
    if (rt is not None and interview.status == InterviewStatus.UPCOMING and interview.propose_at is not None
            and interview.propose_at <= now and interview.end_at <= now):
        propose_now(session, interview, now, mailbox_account(rt, interview))
