"""Google's push: a channel opened for the account, its notifications checked by Afterview's webhook
and turned into a sync that is due now. Starting, renewing and stopping watches is held to the
watcher contract (``tests/contract``) and planned by ``notes.usecases.watches`` (``test_watches``)."""
from __future__ import annotations

from datetime import timedelta

from notes.usecases.syncing import sync_due_accounts
from notes.usecases.watches import renew_due_watches
from scheduler.ticks import run_round
from tests.integration.google_support import (
    ME,
    START,
    account,
    connect,
    deliver_notifications,
    interview_event,
    interviews,
)


def connected_with_push(gclient, fake, rt, clock):
    connect(gclient, fake)
    run_round(rt, clock())  # first sync, then the watch
    assert len(fake.calendar.channels) == 1
    return next(iter(fake.calendar.channels.values()))


def test_a_channel_is_opened_with_a_secret_token_and_its_first_message_acknowledged(gclient, fake, rt, clock):
    channel = connected_with_push(gclient, fake, rt, clock)
    acc = account(rt)
    assert channel["address"] == "https://afterview.test/webhooks/google"
    assert acc.watch_id == channel["id"] and acc.watch_resource_id == channel["resourceId"]
    assert channel["token"] and channel["token"] not in (acc.watch_secret_hash or "")
    assert acc.watch_expires_at == clock.now + timedelta(days=7)
    due = acc.next_sync_at
    assert deliver_notifications(gclient, fake) == [200]  # the "sync" message
    assert account(rt).next_sync_at == due


def test_a_notification_makes_the_sync_due_and_the_next_tick_finds_the_interview(gclient, fake, rt, clock):
    connected_with_push(gclient, fake, rt, clock)
    deliver_notifications(gclient, fake)
    clock.advance(minutes=3)
    fake.calendar.put_event(ME, interview_event("iv1"))
    assert deliver_notifications(gclient, fake) == [200]
    assert account(rt).next_sync_at == clock.now
    sync_due_accounts(rt, clock())
    assert [r.provider_event_id for r in interviews(rt)] == ["iv1"]
    assert account(rt).next_sync_at == clock.now + timedelta(hours=1)  # push: polling is only the backstop


def test_a_wrong_token_or_unknown_channel_is_refused_and_changes_nothing(gclient, fake, rt, clock):
    channel = connected_with_push(gclient, fake, rt, clock)
    deliver_notifications(gclient, fake)
    due = account(rt).next_sync_at
    headers = {"X-Goog-Channel-ID": channel["id"], "X-Goog-Channel-Token": "guess",
               "X-Goog-Resource-ID": channel["resourceId"], "X-Goog-Resource-State": "exists"}
    assert gclient.post("/webhooks/google", headers=headers).status_code == 404
    headers.update({"X-Goog-Channel-Token": channel["token"], "X-Goog-Channel-ID": "someone-elses"})
    assert gclient.post("/webhooks/google", headers=headers).status_code == 404
    headers.update({"X-Goog-Channel-ID": channel["id"], "X-Goog-Resource-ID": "another-resource"})
    assert gclient.post("/webhooks/google", headers=headers).status_code == 404
    assert account(rt).next_sync_at == due


def test_the_old_channel_is_refused_after_renewal(gclient, fake, rt, clock):
    old = connected_with_push(gclient, fake, rt, clock)
    clock.now = account(rt).watch_renew_at
    renew_due_watches(rt, clock())
    headers = {"X-Goog-Channel-ID": old["id"], "X-Goog-Channel-Token": old["token"],
               "X-Goog-Resource-State": "exists"}
    assert gclient.post("/webhooks/google", headers=headers).status_code == 404


def test_push_arrives_for_a_moved_interview_too(gclient, fake, rt, clock):
    connected_with_push(gclient, fake, rt, clock)
    fake.calendar.put_event(ME, interview_event("iv1"))
    deliver_notifications(gclient, fake)
    sync_due_accounts(rt, clock())
    clock.advance(minutes=10)
    fake.calendar.put_event(ME, interview_event("iv1", START + timedelta(days=1), START + timedelta(days=1, hours=1)))
    deliver_notifications(gclient, fake)
    sync_due_accounts(rt, clock())
    (row,) = interviews(rt)
    assert row.start_at == START + timedelta(days=1)
