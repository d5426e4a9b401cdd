"""Accounts: connecting an iCalendar source, reconnecting after a revoked grant, syncing on
request. Every lookup is scoped to the acting user."""
from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from urllib.parse import urlparse

from sqlalchemy import select
from sqlalchemy.orm import Session

from providers.base import CalendarInvalid, SyncWindow, Unavailable
from providers.ics import read_events, read_source, shown_source

from ..errors import Conflict, InvalidInput, NotFound
from ..runtime import Runtime
from ..statuses import AccountStatus, NudgeKind
from ..store.model import Account
from .manual import MANUAL
from .syncing import sync_account

log = logging.getLogger(__name__)


def account_of(session: Session, user_id: int, account_id: int) -> Account:
    """One of the user's connected accounts (their "added by hand" source is none)."""
    account = session.scalar(select(Account).where(Account.id == account_id, Account.user_id == user_id,
                                                   Account.provider != MANUAL))
    if account is None:
        raise NotFound("no such account")
    return account


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
    source = _normal_source(source)
    try:
        data = read_source(source, public_only=not allow_private)
        _events, warnings = read_events(data, SyncWindow.around(now), label="calendar")
    except (CalendarInvalid, Unavailable) as exc:
        raise InvalidInput(str(exc)) from exc
    with rt.unit_of_work() as session:
        ids = calendar_source_ids(rt.cipher, source)
        account = session.scalar(select(Account).where(
            Account.user_id == user_id, Account.provider == "ics", Account.external_id.in_(ids)
        ))
        if account is None:
            account = Account(user_id=user_id, provider="ics")
            session.add(account)
        account.external_id, account.display_name = ids[0], shown_source(source)
        account.token_blob = rt.cipher.seal({"source": source})
        account.status, account.next_sync_at, account.cursor = AccountStatus.ACTIVE, now, None
        session.flush()
        account_id = account.id
    sync_account(rt, account_id, now)
    return account_id, warnings


def _normal_source(source: str) -> str:
    """A file as its absolute path (``~`` expanded), so that one file is one account however it was
    written; a URL as given."""
    parsed = urlparse(source)
    if parsed.scheme and len(parsed.scheme) > 1:
        return source
    return str(Path(source).expanduser().resolve())


def _check_source(source: str, allow_files: bool, allow_private: bool) -> None:
    parsed = urlparse(source)
    if parsed.scheme.lower() in ("http", "https", "webcal"):
        if not parsed.hostname:
            raise InvalidInput("the calendar URL has no host")
        return  # where it may be fetched from is decided at each download, on the address itself
    if parsed.scheme and len(parsed.scheme) > 1:
        raise InvalidInput(f"unsupported calendar URL scheme: {parsed.scheme!r}")
    if not allow_files:
        raise InvalidInput("only http(s) calendar URLs can be connected here")


def calendar_source_ids(cipher, source: str) -> list[str]:
    """The ``external_id`` of an ICS account: a keyed hash of its file or URL (under every key,
    newest first), so that one user connects one calendar once while the address itself is
    stored only encrypted, in the token blob."""
    return [f"ics:{digest}" for digest in cipher.fingerprints(source)]


def reactivate(session: Session, account: Account, now: datetime, rt: Runtime) -> Account:
    """A new grant for ``account`` (first connection or reconnect): its work resumes now, a later
    revocation earns a new reconnect nudge, and the drafts of the notes written in its mailbox that
    waited (its own, and those of the user's sources without a mailbox) are due when drafts are on."""
    from sqlalchemy import delete

    from ..store.model import Nudge
    from .mailwork import resume_mail

    account.status, account.last_error, account.failures = AccountStatus.ACTIVE, None, 0
    account.next_sync_at = now
    if account.id is not None:
        session.execute(delete(Nudge).where(Nudge.account_id == account.id, Nudge.kind == NudgeKind.RECONNECT))
    session.flush()  # a new account gets its id: it may be the user's mailbox now
    resume_mail(rt, session, account, now)
    return account


def request_sync(session: Session, user_id: int, account_id: int, now: datetime) -> Account:
    """Make the account's sync due now (a reconnect required account stays paused)."""
    account = account_of(session, user_id, account_id)
    if account.status != AccountStatus.ACTIVE:
        raise Conflict(f"the account needs attention first ({account.status})")
    account.next_sync_at = now
    return account


def accounts_of(session: Session, user_id: int) -> list[Account]:
    """The user's connected accounts, oldest first (their "added by hand" source is none)."""
    return list(session.scalars(select(Account).where(Account.user_id == user_id, Account.provider != MANUAL)
                                .order_by(Account.id)))


def look_for_sent_notes(rt: Runtime, user_id: int, now: datetime, account_id: int | None = None) -> list[int]:
    """Run the sent-check of the user's accounts that have a mailbox (or of ``account_id`` only:
    for a source without one, of the mailbox its notes are written in), each at most once a minute,
    because the user is looking; the ids of the notes found sent."""
    from .mail_account import users_mailbox
    from .mailwork import check_sent_soon

    with rt.session() as session:
        accounts = list(session.scalars(select(Account).where(
            Account.user_id == user_id, Account.status == AccountStatus.ACTIVE).order_by(Account.id)))
        if account_id is not None:
            asked = next((a for a in accounts if a.id == account_id), None)
            if asked is not None and not rt.has_mailbox(asked):
                asked = users_mailbox(rt, session, user_id)
            accounts = [asked] if asked is not None and asked.status == AccountStatus.ACTIVE else []
        found_ids = [a.id for a in accounts if rt.has_mailbox(a)]
    marked: list[int] = []
    for found_id in found_ids:
        try:
            marked += check_sent_soon(rt, found_id, now)
        except Exception:  # the periodic check tries again; the page or sidebar asking must not fail
            log.exception("sent-check of account %s failed", found_id)
    return marked
