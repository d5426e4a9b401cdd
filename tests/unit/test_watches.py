"""Push watches, provider-neutral: started, renewed before expiry, old ones stopped, secrets checked."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from notes.runtime import Runtime
from notes.store.model import Account
from notes.usecases import service
from notes.usecases.watches import (
    account_for_watch,
    disconnect_account,
    notification_received,
    renew_due_watches,
    verify_watch_secret,
)
from providers.base import AuthExpired, Unavailable
from tests.fakes.memory import MemoryProvider

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@pytest.fixture
def setup(runtime: Runtime, clock):
    """An account at the in-memory provider, registered as ``push``; its provider side."""
    clock.now = NOW
    provider = MemoryProvider(clock)
    runtime.connectors = {**runtime.connectors, "push": provider.connector(offers_mailbox=False)}
    with runtime.session() as session:
        user = service.ensure_user(session, "alex@example.com")
        account = Account(user=user, provider="push", external_id="alex@example.com",
                          token_blob=runtime.cipher.seal({"refresh_token": "r1"}))
        session.add(account)
        session.commit()
        return provider.account("alex@example.com"), account.id


def stored(runtime, account_id) -> Account:
    with runtime.session() as session:
        return session.get(Account, account_id)


def test_nothing_is_watched_without_an_https_base_url(runtime, setup, clock):
    at_provider, account_id = setup
    assert renew_due_watches(runtime, clock(), "http://127.0.0.1:8080") == []
    assert at_provider.watches == {}


def test_a_watch_is_started_with_a_secret_only_its_hash_is_kept(runtime, setup, clock):
    at_provider, account_id = setup
    assert renew_due_watches(runtime, clock(), "https://afterview.example") == [account_id]
    (watch_id, live), = at_provider.watches.items()
    assert live["address"] == "https://afterview.example/webhooks/push"
    account = stored(runtime, account_id)
    assert account.watch_id == watch_id and account.watch_resource_id == "calendar-alex@example.com"
    assert live["secret"] not in account.watch_secret_hash
    assert verify_watch_secret(account, live["secret"])
    assert not verify_watch_secret(account, live["secret"] + "x")
    assert not verify_watch_secret(account, "")
    assert account.watch_expires_at == NOW + timedelta(days=7)
    assert account.watch_renew_at < account.watch_expires_at
    assert renew_due_watches(runtime, clock(), "https://afterview.example") == []  # not due again


def test_renewal_before_expiry_starts_a_new_watch_then_stops_the_old(runtime, setup, clock):
    at_provider, account_id = setup
    renew_due_watches(runtime, clock(), "https://afterview.example")
    first = stored(runtime, account_id)
    clock.now = first.watch_renew_at
    assert clock.now < first.watch_expires_at
    assert renew_due_watches(runtime, clock(), "https://afterview.example") == [account_id]
    second = stored(runtime, account_id)
    assert second.watch_id != first.watch_id
    assert list(at_provider.watches) == [second.watch_id]
    assert second.watch_expires_at == clock.now + timedelta(days=7)


def test_a_failed_start_is_retried_later_and_a_revoked_grant_pauses_the_account(runtime, setup, clock):
    at_provider, account_id = setup
    at_provider.when("start", Unavailable("down"))
    assert renew_due_watches(runtime, clock(), "https://afterview.example") == []
    account = stored(runtime, account_id)
    assert account.watch_id is None and account.watch_renew_at > clock.now
    clock.now = account.watch_renew_at
    at_provider.when("start", AuthExpired("invalid_grant"))
    renew_due_watches(runtime, clock(), "https://afterview.example")
    assert stored(runtime, account_id).status == "reauth_required"


def test_a_notification_makes_the_sync_due_and_disconnect_forgets_everything(runtime, setup, clock):
    at_provider, account_id = setup
    renew_due_watches(runtime, clock(), "https://afterview.example")
    with runtime.session() as session:
        account = account_for_watch(session, "push", stored(runtime, account_id).watch_id)
        account.next_sync_at = clock.now + timedelta(hours=1)
        assert notification_received(account, clock.now)
        assert account.next_sync_at == clock.now
        disconnect_account(runtime, account, clock())
        session.commit()
        assert session.get(Account, account_id) is None
    assert at_provider.watches == {}
    assert at_provider.revoked
