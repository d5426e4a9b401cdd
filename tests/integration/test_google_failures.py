"""Failures: rate limits, 5xx, expired access tokens, revoked grants — nothing lost or done twice."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from notes.store.model import Nudge
from notes.usecases.syncing import sync_due_accounts
from scheduler.ticks import run_round
from tests.integration.google_support import (  # noqa: F401 (fixtures)
    AUTH,
    END,
    ME,
    account,
    connect,
    fake,
    finish_connect,
    gapp,
    gclient,
    interview_event,
    interviews,
    notes,
    rt,
    sleeps,
    start_connect,
)

EVENTS = "/calendar/v3/calendars/primary/events"
DRAFTS = "/gmail/v1/users/me/drafts"


def connected(gclient, fake, rt, clock):
    fake.calendar.put_event(ME, interview_event("iv1"))
    connect(gclient, fake)


def test_429_waits_as_google_asks_then_succeeds(gclient, fake, rt, clock, sleeps):
    connected(gclient, fake, rt, clock)
    fake.fail(EVENTS, 429, times=2, retry_after="2")
    (outcome,) = sync_due_accounts(rt, clock())
    assert outcome.ok and len(interviews(rt)) == 1
    assert len(sleeps) == 2 and all(2 <= s < 3 for s in sleeps)


def test_403_rate_limit_reasons_are_retried_other_403s_are_not(gclient, fake, rt, clock, sleeps):
    connected(gclient, fake, rt, clock)
    fake.fail(EVENTS, 403, reason="userRateLimitExceeded")
    fake.fail(EVENTS, 403, reason="rateLimitExceeded")
    (outcome,) = sync_due_accounts(rt, clock())
    assert outcome.ok and len(sleeps) == 2
    clock.now = account(rt).next_sync_at
    fake.fail(EVENTS, 403, reason="forbidden")
    (outcome,) = sync_due_accounts(rt, clock())
    assert not outcome.ok and "forbidden" in outcome.error and len(sleeps) == 2


def test_a_long_retry_after_is_not_slept_the_work_stays_due_for_then(gclient, fake, rt, clock, sleeps):
    connected(gclient, fake, rt, clock)
    fake.fail(EVENTS, 429, retry_after="120")
    (outcome,) = sync_due_accounts(rt, clock())
    assert not outcome.ok and sleeps == []
    assert account(rt).next_sync_at >= clock.now + timedelta(seconds=120)


def test_5xx_is_retried_a_few_times_briefly_then_left_due(gclient, fake, rt, clock, sleeps):
    connected(gclient, fake, rt, clock)
    fake.fail(EVENTS, 503, times=2)
    assert sync_due_accounts(rt, clock())[0].ok and len(sleeps) == 2
    clock.now = account(rt).next_sync_at
    sleeps.clear()
    fake.fail(EVENTS, 500, times=50)
    (outcome,) = sync_due_accounts(rt, clock())
    assert not outcome.ok and "Unavailable" in outcome.error
    assert len(sleeps) == 3 and sum(sleeps) <= 8
    after = account(rt)
    assert after.status == "active" and after.next_sync_at > clock.now and after.failures == 1


def test_a_401_refreshes_the_access_token_and_keeps_the_new_one_encrypted(gclient, fake, rt, clock):
    connected(gclient, fake, rt, clock)
    before = rt.cipher.open(account(rt).token_blob)
    fake.oauth.expire_access_tokens()
    (outcome,) = sync_due_accounts(rt, clock())
    assert outcome.ok
    after = rt.cipher.open(account(rt).token_blob)
    assert after["token"] != before["token"] and after["refresh_token"] == before["refresh_token"]
    assert fake.oauth.token_requests[-1]["grant_type"] == "refresh_token"


def test_a_revoked_grant_pauses_the_account_asks_once_to_reconnect_and_reconnecting_resumes(
        gclient, fake, rt, clock):
    connected(gclient, fake, rt, clock)
    run_round(rt, clock())
    fake.oauth.revoke_user(ME)
    fake.oauth.expire_access_tokens()
    clock.now = END + timedelta(minutes=11)
    run_round(rt, clock())
    acc = account(rt)
    assert acc.status == "reauth_required" and acc.next_sync_at is None
    listed = gclient.get("/api/accounts", headers=AUTH).get_json()["accounts"]
    assert listed[0]["status"] == "reauth_required"
    for _ in range(3):
        clock.advance(minutes=5)
        run_round(rt, clock())
    with rt.session() as session:
        reconnect = list(session.scalars(select(Nudge).where(Nudge.kind == "reconnect")))
    assert len(reconnect) == 1 and reconnect[0].status == "shown"
    assert fake.gmail.parsed_drafts(ME) == {}
    refreshes = sum(1 for r in fake.oauth.token_requests if r["grant_type"] == "refresh_token")
    clock.advance(minutes=30)
    run_round(rt, clock())
    assert sum(1 for r in fake.oauth.token_requests if r["grant_type"] == "refresh_token") == refreshes  # paused
    page = finish_connect(gclient, start_connect(gclient, fake))
    assert page.status_code == 200
    run_round(rt, clock())
    assert account(rt).status == "active"
    assert [r.provider_event_id for r in interviews(rt)] == ["iv1"]
    run_round(rt, clock())
    assert len(fake.gmail.parsed_drafts(ME)) == 2 and len(notes(rt)) == 2


def test_a_failed_draft_create_is_not_repeated_in_the_call_and_done_once_later(gclient, fake, rt, clock, sleeps):
    connected(gclient, fake, rt, clock)
    run_round(rt, clock())
    fake.fail(DRAFTS, 503, method="POST")
    clock.now = END + timedelta(minutes=11)
    run_round(rt, clock())
    assert len(fake.gmail.parsed_drafts(ME)) == 1 and sleeps == []  # no blind retry of a create
    clock.advance(minutes=6)
    run_round(rt, clock())
    assert len(fake.gmail.parsed_drafts(ME)) == 2
    assert all(n.draft_id for n in notes(rt))
    clock.advance(minutes=6)
    run_round(rt, clock())
    assert fake.count(ME, DRAFTS) == 3  # one failed, two created, none twice


def test_a_rate_limited_draft_create_is_retried_in_the_call(gclient, fake, rt, clock, sleeps):
    connected(gclient, fake, rt, clock)
    run_round(rt, clock())
    fake.fail(DRAFTS, 429, method="POST", retry_after="1")
    clock.now = END + timedelta(minutes=11)
    run_round(rt, clock())
    assert len(fake.gmail.parsed_drafts(ME)) == 2 and len(sleeps) == 1
