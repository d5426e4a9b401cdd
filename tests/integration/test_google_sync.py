"""Google Calendar's own ways, beyond the calendar contract (``tests/contract``): only regular events
count, and a read that fails between pages stores nothing."""
from __future__ import annotations

from datetime import timedelta

from notes.usecases.syncing import sync_due_accounts
from tests.integration.google_support import ME, START, account, connect, interview_event, interviews, plain_event

EVENTS = "/calendar/v3/calendars/primary/events"


def fill(fake, count: int) -> None:
    """``count`` ordinary events inside the sync window, around one interview."""
    for i in range(count):
        fake.calendar.put_event(ME, plain_event(f"plain{i:04d}", START - timedelta(days=10) + timedelta(hours=i)))


def sync(rt, clock):
    outcomes = sync_due_accounts(rt, clock())
    assert all(o.ok for o in outcomes), outcomes
    return outcomes


def test_only_default_events_are_considered(gclient, fake, rt, clock):
    for kind in ("focusTime", "outOfOffice", "workingLocation", "birthday", "fromGmail"):
        fake.calendar.put_event(ME, interview_event(f"iv-{kind}", eventType=kind))
    fake.calendar.put_event(ME, interview_event("iv-default"))
    connect(gclient, fake)
    sync(rt, clock)
    assert [r.provider_event_id for r in interviews(rt)] == ["iv-default"]


def test_a_failure_mid_pages_stores_nothing_and_keeps_the_cursor(gclient, fake, rt, clock, sleeps):
    fill(fake, 300)
    fake.calendar.put_event(ME, interview_event("iv1"))
    connect(gclient, fake)
    fake.fail(EVENTS, 503, times=10, with_param="pageToken")
    (outcome,) = sync_due_accounts(rt, clock())
    assert not outcome.ok and "Unavailable" in outcome.error
    assert interviews(rt) == [] and account(rt).cursor is None
    assert account(rt).next_sync_at > clock.now
    assert len(sleeps) == 3 and sum(sleeps) <= 8  # retried a few times, briefly, then left due
    fake.faults.clear()
    clock.now = account(rt).next_sync_at
    sync(rt, clock)
    assert [r.provider_event_id for r in interviews(rt)] == ["iv1"]
