"""Calendar sync against the fake Calendar v3: full then incremental, pages, 410, event types."""
from __future__ import annotations

from datetime import timedelta

from notes.usecases.syncing import sync_due_accounts
from tests.integration.google_support import (  # noqa: F401 (fixtures)
    END,
    ME,
    START,
    account,
    attendee,
    connect,
    fake,
    gapp,
    gclient,
    interview_event,
    interviews,
    plain_event,
    rt,
    sleeps,
)

EVENTS = "/calendar/v3/calendars/primary/events"


def fill(fake, count: int) -> None:
    """``count`` ordinary events inside the sync window, around one interview."""
    for i in range(count):
        fake.calendar.put_event(ME, plain_event(f"plain{i:04d}", START - timedelta(days=10) + timedelta(hours=i)))


def sync(rt, clock):
    outcomes = sync_due_accounts(rt, clock())
    assert all(o.ok for o in outcomes), outcomes
    return outcomes


def test_full_sync_follows_every_page_and_keeps_only_interviews(gclient, fake, rt, clock):
    fill(fake, 600)
    fake.calendar.put_event(ME, interview_event("iv1"))
    connect(gclient, fake)
    sync(rt, clock)
    assert fake.count(ME, EVENTS) == 3  # 601 events, 250 a page
    (row,) = interviews(rt)
    assert row.provider_event_id == "iv1" and row.company == "Acme Robotics"
    assert {p["email"] for p in row.people} == {"dana.whitfield@acmerobotics.com", "omar.haddad@acmerobotics.com"}
    assert row.mode == "video" and row.start_at == START and row.end_at == END
    assert "<b>" not in row.description
    assert account(rt).cursor


def test_incremental_sync_uses_the_sync_token_and_sees_changes_and_deletions(gclient, fake, rt, clock):
    fake.calendar.put_event(ME, interview_event("iv1"))
    fake.calendar.put_event(ME, interview_event("iv2", START + timedelta(days=2), END + timedelta(days=2)))
    connect(gclient, fake)
    sync(rt, clock)
    first_cursor = account(rt).cursor
    fill(fake, 300)  # more changes than one page holds
    fake.calendar.delete_event(ME, "iv2")
    moved = interview_event("iv1", START + timedelta(hours=1), END + timedelta(hours=1))
    fake.calendar.put_event(ME, moved)
    clock.advance(minutes=5)
    before = fake.count(ME, EVENTS)
    sync(rt, clock)
    assert fake.count(ME, EVENTS) - before == 2
    by_id = {row.provider_event_id: row for row in interviews(rt)}
    assert by_id["iv1"].end_at == END + timedelta(hours=1) and by_id["iv1"].status == "upcoming"
    assert by_id["iv2"].status == "cancelled"
    assert account(rt).cursor not in (None, first_cursor)


def test_nothing_changed_costs_one_request_and_changes_nothing(gclient, fake, rt, clock):
    fake.calendar.put_event(ME, interview_event("iv1"))
    connect(gclient, fake)
    sync(rt, clock)
    before = fake.count(ME, EVENTS)
    clock.advance(minutes=5)
    (outcome,) = sync(rt, clock)
    assert fake.count(ME, EVENTS) - before == 1 and outcome.interviews == 0
    assert account(rt).next_sync_at == clock.now + timedelta(minutes=5)  # polling without push


def test_an_expired_sync_token_means_one_full_resync_without_duplicates(gclient, fake, rt, clock):
    fake.calendar.put_event(ME, interview_event("iv1"))
    connect(gclient, fake)
    sync(rt, clock)
    fake.calendar.expire_sync_tokens(ME)
    fake.calendar.put_event(ME, interview_event("iv3", START + timedelta(days=1), END + timedelta(days=1)))
    clock.advance(minutes=5)
    sync(rt, clock)
    assert [r.provider_event_id for r in interviews(rt)] == ["iv1", "iv3"]
    statuses = [s for who, _m, path, s in fake.requests if who == ME and path == EVENTS]
    assert statuses[-2:] == [410, 200]
    clock.advance(minutes=5)
    sync(rt, clock)  # the new token works
    assert [s for who, _m, path, s in fake.requests if who == ME and path == EVENTS][-1] == 200


def test_only_default_events_are_considered(gclient, fake, rt, clock):
    for kind in ("focusTime", "outOfOffice", "workingLocation", "birthday", "fromGmail"):
        fake.calendar.put_event(ME, interview_event(f"iv-{kind}", eventType=kind))
    fake.calendar.put_event(ME, interview_event("iv-default"))
    connect(gclient, fake)
    sync(rt, clock)
    assert [r.provider_event_id for r in interviews(rt)] == ["iv-default"]


def test_declining_or_cancelling_retires_the_interview(gclient, fake, rt, clock):
    fake.calendar.put_event(ME, interview_event("iv1"))
    fake.calendar.put_event(ME, interview_event("iv2", START + timedelta(days=1), END + timedelta(days=1)))
    connect(gclient, fake)
    sync(rt, clock)
    declined = interview_event("iv1")
    declined["attendees"] = [a if not a.get("self") else attendee(ME, "Alex Rivera", "declined", self=True)
                             for a in declined["attendees"]]
    fake.calendar.put_event(ME, declined)
    fake.calendar.put_event(ME, interview_event("iv2", START + timedelta(days=1), END + timedelta(days=1),
                                                status="cancelled"))
    clock.advance(minutes=5)
    sync(rt, clock)
    assert {r.provider_event_id: r.status for r in interviews(rt)} == {"iv1": "cancelled", "iv2": "cancelled"}


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
