"""Push notifications, provider-neutral: start, renew and stop the watches of connected accounts.

A watch (a Google channel, a Microsoft Graph subscription) only makes an account's sync due
sooner; polling stays as the backstop (``Runtime.push_poll_interval`` while a watch is live,
``Runtime.poll_interval`` otherwise). Watches need a public https address, so they are used
only when the base URL is https.

A connector offers push when ``connector.offers_push`` is true (Google and Microsoft, not ICS). Its
``watcher(connection)`` returns a ``providers.base.Watcher`` (or ``None`` for an account
without push). The notification address is ``{base_url}/webhooks/{provider}``; each watch
gets a fresh random secret that the provider echoes (channel token / clientState). Only its
SHA-256 is stored; ``verify_watch_secret`` checks an incoming one in constant time.

Renewal is due at ``Account.watch_renew_at``: some hours before the watch expires, after a
failure a little later. A new watch is started and stored before the old one is stopped, so
there is no gap; a crash in between leaves an orphan that simply expires (its notifications
no longer match the stored id and are refused).
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import object_session

from providers.base import AuthExpired, ProviderError, Watch

from ..runtime import Runtime
from ..statuses import AccountStatus
from ..store.claims import Queue
from ..store.model import Account
from .claimed import handle_due
from .mailwork import forget_drafts_for_others, resume_mail_of
from .retire import mark_reauth_required
from .users import end_pane_sessions

log = logging.getLogger(__name__)

RENEW_BEFORE = timedelta(hours=12)  # renew this long before a watch expires
RETRY_AFTER = timedelta(hours=1)  # a watch that could not be started is tried again then
NO_PUSH_RECHECK = timedelta(days=1)  # an account whose connector gave no watcher
MIN_LIFETIME = timedelta(hours=1)  # a renewal is never planned sooner than this after a start


def watch_address(base_url: str, provider: str) -> str | None:
    """Where the provider should notify, or ``None`` when ``base_url`` is not public https."""
    if not base_url or not base_url.lower().startswith("https://"):
        return None
    return f"{base_url.rstrip('/')}/webhooks/{provider}"


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def verify_watch_secret(account: Account | None, secret: str | None) -> bool:
    """Whether ``secret`` is the one given to the account's current watch (constant time)."""
    expected = (account.watch_secret_hash if account is not None else None) or ""
    offered = hash_secret(secret or "")
    return bool(expected) and bool(secret) and hmac.compare_digest(offered, expected)


def push_providers(rt: Runtime) -> list[str]:
    """The providers whose connectors can start watches."""
    return [name for name, connector in rt.connectors.items() if connector.offers_push]


def renew_due_watches(rt: Runtime, now: datetime, base_url: str | None = None, limit: int = 200) -> list[int]:
    """Start or renew the watches that are due; returns the ids of accounts now watched.

    ``base_url`` defaults to ``rt.base_url``; without an https base URL nothing is done.
    """
    base_url = rt.base_url if base_url is None else base_url
    providers = push_providers(rt)
    if watch_address(base_url, "x") is None or not providers:
        return []
    with rt.unit_of_work() as session:
        _plan_new_accounts(session, providers, now)
    queue = Queue(Account.watch_renew_at, (Account.status == AccountStatus.ACTIVE, Account.provider.in_(providers)))
    report = handle_due(rt, queue, now, lambda account_id: renew_watch(rt, account_id, now, base_url),
                        limit=limit, batch=50, concurrency=rt.sync_concurrency)
    return [account_id for account_id, watched in report.done if watched]


def _plan_new_accounts(session, providers: list[str], now: datetime) -> None:
    """Accounts that never had a renewal planned (connected before push was set up) get one now."""
    session.execute(
        update(Account)
        .where(Account.watch_renew_at.is_(None), Account.status == AccountStatus.ACTIVE,
               Account.provider.in_(providers))
        .values(watch_renew_at=now)
    )


def renew_watch(rt: Runtime, account_id: int, now: datetime, base_url: str) -> bool:
    """Start a new watch for one account, store it, then stop the old one; never raises."""
    with rt.unit_of_work() as session:
        account = session.get(Account, account_id)
        if account is None or account.status != AccountStatus.ACTIVE:
            return False
        address = watch_address(base_url, account.provider)
        connection = rt.connection(account)
        watcher = rt.connectors[account.provider].watcher(connection)
        if watcher is None or address is None:
            account.watch_renew_at = now + NO_PUSH_RECHECK
            return False
        old = current_watch(account)
        secret = secrets.token_urlsafe(32)
        try:
            new = watcher.start(address, secret)
        except Exception as exc:  # recorded; polling carries on without push
            _start_failed(rt, session, account, connection, exc, now)
            return False
        _store(account, new, secret, now)
        rt.keep_credentials(account, connection)
    if old is not None:  # the new watch is stored first: a crash here leaves an orphan that expires
        _stop_quietly(watcher, old, account_id)
        with rt.unit_of_work() as session:
            rt.keep_credentials(session.get(Account, account_id), connection)
    return True


def _start_failed(rt: Runtime, session, account: Account, connection, exc: Exception, now: datetime) -> None:
    rt.keep_credentials(account, connection)
    if isinstance(exc, AuthExpired):
        mark_reauth_required(session, account, now, f"AuthExpired: {exc}"[:1000])
    else:
        if not isinstance(exc, ProviderError):
            log.exception("account %s: starting a watch failed", account.id, exc_info=exc)
        else:
            log.warning("account %s: starting a watch failed: %s", account.id, exc)
        retry = exc.retry_after if isinstance(exc, ProviderError) else None
        account.watch_renew_at = now + max(RETRY_AFTER, timedelta(seconds=retry or 0))


def _store(account: Account, watch: Watch, secret: str, now: datetime) -> None:
    expires = watch.expires_at or now + timedelta(days=1)
    account.watch_id = watch.id
    account.watch_resource_id = watch.resource_id or None
    account.watch_secret_hash = hash_secret(secret)
    account.watch_expires_at = expires
    account.watch_renew_at = max(expires - RENEW_BEFORE, now + min(MIN_LIFETIME, (expires - now) / 2))


def current_watch(account: Account) -> Watch | None:
    """The account's stored watch, if any."""
    if not account.watch_id:
        return None
    return Watch(id=account.watch_id, resource_id=account.watch_resource_id or "",
                 expires_at=account.watch_expires_at)


def _stop_quietly(watcher, watch: Watch, account_id: int) -> None:
    try:
        watcher.stop(watch)
    except Exception as exc:  # an old watch that cannot be stopped expires on its own
        log.warning("account %s: stopping watch %s failed: %s", account_id, watch.id, exc)


def forget_watch(account: Account) -> None:
    """Clear the stored watch (after it was stopped, or when the account goes)."""
    account.watch_id = account.watch_resource_id = account.watch_secret_hash = None
    account.watch_expires_at = None
    account.watch_renew_at = None


def stop_watch(rt: Runtime, account: Account, connection=None) -> None:
    """Stop the account's watch at the provider (failures only logged) and forget it."""
    watch = current_watch(account)
    connector = rt.connectors.get(account.provider)
    if watch is not None and connector is not None:
        connection = connection or rt.connection(account)
        try:
            watcher = connector.watcher(connection)
        except Exception as exc:  # no watcher: the watch expires on its own
            log.warning("account %s: no watcher to stop %s: %s", account.id, watch.id, exc)
            watcher = None
        if watcher is not None:
            _stop_quietly(watcher, watch, account.id)
    forget_watch(account)


def account_for_watch(session, provider: str, watch_id: str | None) -> Account | None:
    """The account whose current watch has ``watch_id`` (``None`` when unknown)."""
    if not watch_id:
        return None
    return session.scalar(select(Account).where(Account.provider == provider, Account.watch_id == watch_id))


def notification_received(account: Account, now: datetime) -> bool:
    """A verified notification: make the account's sync due now (the sync runs in the background).

    Returns whether a sync was asked for (not for a paused account).
    """
    if account.status != AccountStatus.ACTIVE:
        return False
    if account.next_sync_at is None or account.next_sync_at > now:
        account.next_sync_at = now
    return True


def disconnect_account(rt: Runtime, account: Account, now: datetime) -> None:
    """Stop the account's watch, revoke its grant at the provider (as far as the provider allows),
    and delete the account with everything stored for it (its tokens first of all). The user's
    task-pane tokens end with it: whoever disconnects signs in again. The notes it wrote in its
    mailbox for sources without one go to the user's next mailbox, if any (``mailwork.resume_mail_of``).

    The caller commits. Failures at the provider are logged: the tokens go regardless.
    """
    connection = rt.connection(account) if account.token_blob else None
    if connection is not None:
        stop_watch(rt, account, connection)
        connector = rt.connectors.get(account.provider)
        if connector is not None:
            try:
                connector.revoke(connection)
            except Exception as exc:  # the user asked to forget: the tokens are deleted anyway
                log.warning("account %s: revoking the grant failed: %s", account.id, exc)
    session, user_id = object_session(account), account.user_id
    forget_drafts_for_others(rt, session, account)
    account.token_blob = None
    forget_watch(account)
    end_pane_sessions(account.user)
    session.delete(account)
    session.flush()
    resume_mail_of(rt, session, user_id, now)
