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
from providers.base import AuthExpired, Connector, Unavailable, Watch

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


class RecordingWatcher:
    """Watches as a provider keeps them: the live ones, by id, with the secret and address."""

    def __init__(self, provider: PushProvider):
        self.provider = provider

    def start(self, address: str, secret: str) -> Watch:
        if self.provider.failure:
            raise self.provider.failure
        self.provider.counter += 1
        watch_id = f"w{self.provider.counter}"
        self.provider.live[watch_id] = {"address": address, "secret": secret}
        return Watch(watch_id, f"res-{watch_id}", self.provider.now() + self.provider.lifetime)

    def stop(self, watch: Watch) -> None:
        self.provider.live.pop(watch.id, None)


class PushProvider(Connector):
    offers_mailbox = False
    offers_push = True

    def __init__(self, now):
        self.now = now
        self.live: dict[str, dict] = {}
        self.counter = 0
        self.lifetime = timedelta(days=7)
        self.failure: Exception | None = None
        self.revoked: list[str] = []

    def calendar(self, connection):
        raise AssertionError("not used")

    def mailbox(self, connection):
        return None

    def watcher(self, connection):
        return RecordingWatcher(self)

    def revoke(self, connection):
        self.revoked.append(connection.credentials["refresh_token"])


@pytest.fixture
def setup(runtime: Runtime, clock):
    clock.now = NOW
    provider = PushProvider(clock)
    runtime.connectors = {**runtime.connectors, "push": provider}
    with runtime.session() as session:
        user = service.ensure_user(session, "alex@example.com")
        account = Account(user=user, provider="push", external_id="alex@example.com",
                          token_blob=runtime.cipher.seal({"refresh_token": "r1"}))
        session.add(account)
        session.commit()
        return provider, account.id


def stored(runtime, account_id) -> Account:
    with runtime.session() as session:
        return session.get(Account, account_id)


def test_nothing_is_watched_without_an_https_base_url(runtime, setup, clock):
    provider, account_id = setup
    assert renew_due_watches(runtime, clock(), "http://127.0.0.1:8080") == []
    assert provider.live == {}


def test_a_watch_is_started_with_a_secret_only_its_hash_is_kept(runtime, setup, clock):
    provider, account_id = setup
    assert renew_due_watches(runtime, clock(), "https://afterview.example") == [account_id]
    (watch_id, live), = provider.live.items()
    assert live["address"] == "https://afterview.example/webhooks/push"
    account = stored(runtime, account_id)
    assert account.watch_id == watch_id and account.watch_resource_id == f"res-{watch_id}"
    assert live["secret"] not in account.watch_secret_hash
    assert verify_watch_secret(account, live["secret"])
    assert not verify_watch_secret(account, live["secret"] + "x")
    assert not verify_watch_secret(account, "")
    assert account.watch_expires_at == NOW + timedelta(days=7)
    assert account.watch_renew_at < account.watch_expires_at
    assert renew_due_watches(runtime, clock(), "https://afterview.example") == []  # not due again


def test_renewal_before_expiry_starts_a_new_watch_then_stops_the_old(runtime, setup, clock):
    provider, account_id = setup
    renew_due_watches(runtime, clock(), "https://afterview.example")
    first = stored(runtime, account_id)
    clock.now = first.watch_renew_at
    assert clock.now < first.watch_expires_at
    assert renew_due_watches(runtime, clock(), "https://afterview.example") == [account_id]
    second = stored(runtime, account_id)
    assert second.watch_id != first.watch_id
    assert list(provider.live) == [second.watch_id]
    assert second.watch_expires_at == clock.now + timedelta(days=7)


def test_a_failed_start_is_retried_later_and_a_revoked_grant_pauses_the_account(runtime, setup, clock):
    provider, account_id = setup
    provider.failure = Unavailable("down")
    assert renew_due_watches(runtime, clock(), "https://afterview.example") == []
    account = stored(runtime, account_id)
    assert account.watch_id is None and account.watch_renew_at > clock.now
    clock.now = account.watch_renew_at
    provider.failure = AuthExpired("invalid_grant")
    renew_due_watches(runtime, clock(), "https://afterview.example")
    assert stored(runtime, account_id).status == "reauth_required"


def test_a_notification_makes_the_sync_due_and_disconnect_forgets_everything(runtime, setup, clock):
    provider, account_id = setup
    renew_due_watches(runtime, clock(), "https://afterview.example")
    with runtime.session() as session:
        account = account_for_watch(session, "push", stored(runtime, account_id).watch_id)
        account.next_sync_at = clock.now + timedelta(hours=1)
        assert notification_received(account, clock.now)
        assert account.next_sync_at == clock.now
        disconnect_account(runtime, account)
        session.commit()
        assert session.get(Account, account_id) is None
    assert provider.live == {}
    assert provider.revoked == ["r1"]
