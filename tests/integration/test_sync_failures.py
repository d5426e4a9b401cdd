"""What syncing does when the provider fails, for an account at the in-memory provider: the work
stays due, nothing is lost or stored twice, a revoked grant pauses the account until the user
reconnects. (Each adapter turns its provider's failures into these errors: ``tests/contract``.)"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from notes.store.model import Account, Interview, Note, Nudge
from notes.usecases import service
from notes.usecases.syncing import sync_account
from providers.base import CalendarEvent, Person, RateLimited, Unavailable
from scheduler.ticks import run_round

from .conftest import ME


def interview(event_id: str, start: datetime) -> CalendarEvent:
    return CalendarEvent(
        event_id=event_id, title="Interview: Data Analyst - Acme Robotics", start=start,
        end=start + timedelta(hours=1), description="Your interview for the Data Analyst position at Acme Robotics.",
        organizer=Person("recruiting@acmerobotics.com", "Acme Robotics Recruiting"),
        attendees=(Person("dana.whitfield@acmerobotics.com", "Dana Whitfield", "accepted"),
                   Person(ME, "Alex Rivera", "accepted")))


def stored(runtime, account_id) -> Account:
    with runtime.session() as session:
        return session.get(Account, account_id)


def interviews(runtime) -> dict[str, Interview]:
    with runtime.session() as session:
        return {i.provider_event_id: i for i in session.scalars(select(Interview))}


def test_an_expired_cursor_means_one_full_read_without_duplicates_and_the_notes_stay(runtime, clock, memory):
    memory.account.put_event(interview("iv-1", clock() - timedelta(hours=2)))
    memory.account.put_event(interview("iv-2", clock() + timedelta(days=2)))
    run_round(runtime, clock())
    with runtime.session() as session:
        notes_before = sorted(session.scalars(select(Note.recipient_email)))
    assert notes_before, "the ended interview has its notes"
    memory.account.expire_cursors()
    memory.account.put_event(interview("iv-2", clock() + timedelta(days=3)))
    memory.account.put_event(interview("iv-3", clock() + timedelta(days=4)))
    assert sync_account(runtime, memory.account_id, clock()).ok
    rows = interviews(runtime)
    assert sorted(rows) == ["iv-1", "iv-2", "iv-3"] and rows["iv-1"].status == "proposed"
    assert rows["iv-2"].start_at.date() == (clock() + timedelta(days=3)).date()
    with runtime.session() as session:
        assert sorted(session.scalars(select(Note.recipient_email))) == notes_before


def test_throttling_leaves_the_work_due_as_long_as_asked_and_loses_nothing(runtime, clock, memory):
    memory.account.put_event(interview("iv-1", clock() + timedelta(days=1)))
    assert sync_account(runtime, memory.account_id, clock()).ok
    before = stored(runtime, memory.account_id)
    memory.account.put_event(interview("iv-2", clock() + timedelta(days=2)))
    memory.account.when("changes", RateLimited("slow down", retry_after=240))
    outcome = sync_account(runtime, memory.account_id, clock())
    after = stored(runtime, memory.account_id)
    assert not outcome.ok and "RateLimited" in outcome.error
    assert after.next_sync_at == clock() + timedelta(seconds=240)
    assert (after.cursor, after.status) == (before.cursor, "active")
    clock.advance(seconds=240)
    assert sync_account(runtime, memory.account_id, clock()).ok
    assert sorted(interviews(runtime)) == ["iv-1", "iv-2"]


def test_an_outage_leaves_the_work_due_and_loses_nothing(runtime, clock, memory):
    memory.account.put_event(interview("iv-1", clock() + timedelta(days=1)))
    assert sync_account(runtime, memory.account_id, clock()).ok
    before = stored(runtime, memory.account_id)
    memory.account.put_event(interview("iv-2", clock() + timedelta(days=2)))
    memory.account.when("changes", Unavailable("the provider answered 503"))
    outcome = sync_account(runtime, memory.account_id, clock())
    after = stored(runtime, memory.account_id)
    assert not outcome.ok and "Unavailable" in outcome.error
    assert (after.status, after.cursor, after.failures) == ("active", before.cursor, 1)
    assert clock() < after.next_sync_at <= clock() + timedelta(hours=6)
    clock.now = after.next_sync_at
    run_round(runtime, clock())
    assert sorted(interviews(runtime)) == ["iv-1", "iv-2"] and stored(runtime, memory.account_id).failures == 0


def test_a_revoked_grant_pauses_the_account_asks_once_to_reconnect_and_reconnecting_resumes(runtime, clock,
                                                                                           memory):
    memory.account.put_event(interview("iv-1", clock() + timedelta(hours=1)))
    run_round(runtime, clock())
    memory.account.revoked = True
    clock.advance(hours=2, minutes=11)  # the interview has ended: its drafts are due, and cannot be written
    run_round(runtime, clock())
    account = stored(runtime, memory.account_id)
    assert (account.status, account.next_sync_at) == ("reauth_required", None)
    calls = sum(memory.account.calls.values())
    for _ in range(3):
        run_round(runtime, clock.advance(minutes=30))
    assert sum(memory.account.calls.values()) == calls  # paused: nothing is asked of the provider
    with runtime.session() as session:
        [reconnect] = session.scalars(select(Nudge).where(Nudge.kind == "reconnect"))
        assert reconnect.status in ("sent", "shown")
    assert memory.account.drafts == {}
    memory.account.revoked = False  # the user connects again
    with runtime.session() as session:
        service.reactivate(session, session.get(Account, memory.account_id), clock(), runtime)
        session.commit()
    run_round(runtime, clock())
    assert stored(runtime, memory.account_id).status == "active"
    assert [d.to for d in memory.account.drafts.values()] == ["dana.whitfield@acmerobotics.com"]

