"""Graph change notifications: subscriptions made after Afterview's webhook answers the validation
handshake over TLS, notifications and lifecycle events checked and turned into due syncs. Starting,
renewing and stopping watches is held to the watcher contract (``tests/contract``) and planned by
``notes.usecases.watches`` (``test_watches``)."""
from __future__ import annotations

from datetime import timedelta

import pytest
import requests
from sqlalchemy import select

from notes.store.model import Interview
from notes.usecases.syncing import sync_account, sync_due_accounts
from notes.usecases.watches import renew_due_watches
from tests.fakes.microsoft_fixtures import account_of, connect, interview_event


@pytest.fixture
def watched(tls_app, ms_client, ms_server, ms_user, ms_runtime, clock):
    """A connected account with one interview, synced, with a live subscription."""
    ms_user.put_event(interview_event("iv-1", clock() + timedelta(days=1)))
    connect(ms_client, ms_server, {})
    assert renew_due_watches(ms_runtime, clock()) == [account_of(ms_runtime).id]
    assert sync_account(ms_runtime, account_of(ms_runtime).id, clock()).ok
    return ms_server.cloud.graph


def the_subscription(graph) -> dict:
    [subscription] = graph.subscriptions.values()
    return subscription


def test_a_subscription_is_made_after_both_addresses_answer_the_handshake(watched, tls_app, ms_runtime, clock):
    subscription = the_subscription(watched)
    assert [v["url"] for v in watched.validations] == [
        f"{tls_app.base_url}/webhooks/microsoft", f"{tls_app.base_url}/webhooks/microsoft/lifecycle"]
    assert all(v["ok"] for v in watched.validations)
    assert subscription["resource"] == "me/events" and subscription["changeType"] == "created,updated,deleted"
    account = account_of(ms_runtime)
    assert account.watch_id == subscription["id"]
    assert account.watch_secret_hash and subscription["clientState"] not in account.watch_secret_hash
    assert clock() + timedelta(days=6) < account.watch_expires_at <= clock() + timedelta(minutes=10_080)
    assert account.next_sync_at == clock() + ms_runtime.push_poll_interval  # polling stays, less often


def test_a_notification_is_acknowledged_and_makes_the_sync_due_now(watched, ms_user, ms_runtime, clock):
    ms_user.put_event(interview_event("iv-1", clock() + timedelta(days=2)))
    assert watched.notify(ms_user, "iv-1") == [202]
    assert account_of(ms_runtime).next_sync_at == clock()
    sync_due_accounts(ms_runtime, clock())
    with ms_runtime.session() as session:
        row = session.scalar(select(Interview).where(Interview.provider_event_id == "iv-1"))
        assert row.start_at.date() == (clock() + timedelta(days=2)).date()


def test_a_notification_without_the_secret_changes_nothing(watched, tls_app, ms_runtime, clock):
    subscription = the_subscription(watched)
    due = account_of(ms_runtime).next_sync_at
    for item in ({"subscriptionId": subscription["id"], "clientState": "guessed", "changeType": "updated"},
                 {"subscriptionId": "unknown", "clientState": subscription["clientState"], "changeType": "updated"}):
        answer = requests.post(f"{tls_app.base_url}/webhooks/microsoft", json={"value": [item]}, timeout=10)
        assert answer.status_code == 202
    assert account_of(ms_runtime).next_sync_at == due


@pytest.mark.parametrize("path", ["/webhooks/microsoft", "/webhooks/microsoft/lifecycle"])
def test_the_validation_token_is_echoed_as_plain_text(ms_client, path):
    token = "Validation: Testing client application reachability <script>"
    answer = ms_client.post(path, query_string={"validationToken": token})
    assert answer.status_code == 200 and answer.mimetype == "text/plain"
    assert answer.get_data(as_text=True) == token


def test_a_malformed_notification_is_refused(ms_client):
    assert ms_client.post("/webhooks/microsoft", data="not json", content_type="application/json").status_code == 400


def test_reauthorization_required_renews_the_subscription(watched, ms_runtime, clock):
    old = the_subscription(watched)
    assert watched.lifecycle(old["id"], "reauthorizationRequired") == 202
    assert account_of(ms_runtime).watch_renew_at == clock()
    assert renew_due_watches(ms_runtime, clock()) == [account_of(ms_runtime).id]
    new = the_subscription(watched)  # the old one was deleted once the new one was stored
    assert new["id"] != old["id"] and account_of(ms_runtime).watch_id == new["id"]


def test_a_removed_subscription_is_made_again_and_changes_are_fetched(watched, ms_runtime, clock):
    old = the_subscription(watched)
    assert watched.lifecycle(old["id"], "subscriptionRemoved") == 202
    account = account_of(ms_runtime)
    assert account.watch_id is None and account.next_sync_at == clock()
    renew_due_watches(ms_runtime, clock())
    assert account_of(ms_runtime).watch_id == the_subscription(watched)["id"] != old["id"]


def test_missed_notifications_make_the_sync_due(watched, ms_runtime, clock):
    assert watched.lifecycle(the_subscription(watched)["id"], "missed") == 202
    assert account_of(ms_runtime).next_sync_at == clock()
