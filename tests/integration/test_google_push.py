"""Push: events.watch channels, the webhook, renewal before expiry, polling as the backstop."""
from __future__ import annotations

from datetime import timedelta

from notes.usecases.syncing import sync_due_accounts
from notes.usecases.watches import renew_due_watches
from scheduler.ticks import run_round
from tests.integration.google_support import (  # noqa: F401 (fixtures)
    AUTH,
    ME,
    START,
    account,
    connect,
    deliver_notifications,
    fake,
    gapp,
    gclient,
    google_app,
    interview_event,
    interviews,
    rt,
    sleeps,
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


def test_renewal_opens_a_new_channel_before_expiry_and_stops_the_old(gclient, fake, rt, clock):
    old = connected_with_push(gclient, fake, rt, clock)
    acc = account(rt)
    clock.now = acc.watch_renew_at
    assert clock.now < acc.watch_expires_at
    assert renew_due_watches(rt, clock()) == [acc.id]
    (new,) = fake.calendar.channels.values()
    assert new["id"] != old["id"] and account(rt).watch_id == new["id"]
    fake.calendar.take_notifications()
    fake.calendar.put_event(ME, interview_event("iv1"))
    assert deliver_notifications(gclient, fake) == [200]  # only the new channel is notified


def test_the_old_channel_is_refused_after_renewal(gclient, fake, rt, clock):
    old = connected_with_push(gclient, fake, rt, clock)
    clock.now = account(rt).watch_renew_at
    renew_due_watches(rt, clock())
    headers = {"X-Goog-Channel-ID": old["id"], "X-Goog-Channel-Token": old["token"],
               "X-Goog-Resource-State": "exists"}
    assert gclient.post("/webhooks/google", headers=headers).status_code == 404


def test_without_an_https_base_url_there_is_no_push_and_polling_every_five_minutes(tmp_path, clock, fake, sleeps):
    app = google_app(tmp_path, clock, fake, sleeps, BASE_URL="http://127.0.0.1:8080")
    client, runtime = app.test_client(), app.extensions["afterview.runtime"]
    answer = client.post("/api/connect/google", json={"drafts": False, "nudges": False}, headers=AUTH)
    assert answer.get_json()["url"].startswith("http://127.0.0.1:8080/oauth/google/start?ticket=")
    connect(client, fake, drafts=False, nudges=False)
    run_round(runtime, clock())
    assert fake.calendar.channels == {}
    assert account(runtime).next_sync_at == clock.now + timedelta(minutes=5)
    app.extensions["afterview.engine"].dispose()


def test_disconnect_stops_the_channel(gclient, fake, rt, clock):
    connected_with_push(gclient, fake, rt, clock)
    assert gclient.delete(f"/api/accounts/{account(rt).id}", headers=AUTH).status_code == 204
    assert fake.calendar.channels == {}
    assert fake.count(path="/channels/stop") == 1


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
