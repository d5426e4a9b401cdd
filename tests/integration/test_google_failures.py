"""Google's retry policy within one call: 429 and rate-limit 403s waited as Google asks, 5xx retried
briefly, a create never repeated blindly, a 401 refreshing the access token. What a failure leaves
due is the use cases' (``test_sync_failures``); which errors come out, the contract's (``tests/contract``)."""
from __future__ import annotations

from datetime import timedelta

from notes.usecases.syncing import sync_due_accounts
from scheduler.ticks import run_round
from tests.integration.google_support import END, ME, account, connect, interview_event, interviews, notes

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
