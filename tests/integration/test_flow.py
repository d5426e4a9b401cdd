"""The whole flow on an ICS calendar: sync, detect, plan, propose, nudge, retire."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from notes.store.model import Account, Interview, Note, Nudge
from notes.usecases import service
from scheduler.ticks import run_round
from tests.calendars import ME, calendar, interview, vevent

START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
END = START + timedelta(hours=1)


@pytest.fixture
def connected(runtime, clock, tmp_path):
    """A user with an ICS calendar holding one interview that ends at END."""
    path = tmp_path / "cal.ics"
    path.write_bytes(calendar(interview("iv-1", START, END)))
    with runtime.session() as session:
        user = service.ensure_user(session, ME, "Alex Rivera")
        session.commit()
        user_id = user.id
    account_id, _ = service.connect_ics(runtime, user_id, str(path), clock(), allow_files=True, allow_private=True)
    return {"path": path, "user_id": user_id, "account_id": account_id}


def notes_of(runtime, uid="iv-1"):
    with runtime.session() as session:
        return list(session.scalars(
            select(Note).join(Interview).where(Interview.provider_event_id == uid).order_by(Note.recipient_email)
        ))


def interview_row(runtime, uid="iv-1") -> Interview:
    with runtime.session() as session:
        return session.scalar(select(Interview).where(Interview.provider_event_id == uid))


def test_connect_finds_the_interview_and_plans_it_after_the_end(runtime, connected):
    row = interview_row(runtime)
    assert row.status == "upcoming"
    assert row.company and "acme" in row.company.lower()
    assert {p["email"] for p in row.people} == {"dana.whitfield@acmerobotics.com", "omar.haddad@acmerobotics.com"}
    assert row.propose_at == END + timedelta(minutes=10)
    assert notes_of(runtime) == []


def test_nothing_is_proposed_before_the_end_then_one_note_per_person(runtime, connected, clock):
    clock.now = END - timedelta(minutes=1)
    run_round(runtime, clock())
    assert notes_of(runtime) == []
    clock.now = END + timedelta(minutes=10)
    run_round(runtime, clock())
    notes = notes_of(runtime)
    assert [n.recipient_email for n in notes if n.channel == "email"] == [
        "dana.whitfield@acmerobotics.com", "omar.haddad@acmerobotics.com"]
    assert all(n.proposed_at >= END for n in notes)
    assert interview_row(runtime).status == "proposed"
    for _ in range(3):  # repeated ticks change nothing
        clock.advance(minutes=1)
        run_round(runtime, clock())
    assert len(notes_of(runtime)) == len(notes)


def test_ready_nudge_then_a_single_reminder_that_stops_once_sent(runtime, connected, clock):
    clock.now = END + timedelta(minutes=11)
    run_round(runtime, clock())
    with runtime.session() as session:
        nudges = {n.kind: n for n in session.scalars(select(Nudge))}
    assert nudges["ready"].status == "shown" and nudges["ready"].channel == "sidebar"
    assert nudges["reminder"].status == "pending"
    assert nudges["reminder"].due_at == END + timedelta(hours=20)
    first, second = [n for n in notes_of(runtime) if n.channel == "email"][:2]
    with runtime.session() as session:
        service.mark_sent(session, connected["user_id"], first.id, clock())
        service.mark_sent(session, connected["user_id"], second.id, clock())
        for note in session.scalars(select(Note).where(Note.channel != "email")):
            service.dismiss_note(session, connected["user_id"], note.id, clock())
        session.commit()
    clock.now = END + timedelta(hours=20, minutes=1)
    run_round(runtime, clock())
    with runtime.session() as session:
        reminder = session.scalar(select(Nudge).where(Nudge.kind == "reminder"))
    assert reminder.status == "skipped"


def test_reminder_goes_out_when_nothing_was_sent(runtime, connected, clock):
    clock.now = END + timedelta(minutes=11)
    run_round(runtime, clock())
    clock.now = END + timedelta(hours=20, minutes=1)
    run_round(runtime, clock())
    with runtime.session() as session:
        reminder = session.scalar(select(Nudge).where(Nudge.kind == "reminder"))
        assert reminder.status == "shown"
        assert reminder.subject.startswith("Reminder: thank-you notes for")
        assert "has not been sent yet" in reminder.body


def test_server_down_for_two_days_still_proposes_marked_late(runtime, connected, clock):
    clock.now = END + timedelta(days=2)
    run_round(runtime, clock())
    row = interview_row(runtime)
    assert row.status == "proposed" and row.late
    with runtime.session() as session:
        kinds = set(session.scalars(select(Nudge.kind)))
    assert "reminder" not in kinds  # no nagging once late


def test_cancelling_withdraws_unsent_notes_and_keeps_sent_ones(runtime, connected, clock):
    clock.now = END + timedelta(minutes=11)
    run_round(runtime, clock())
    sent = notes_of(runtime)[0]
    with runtime.session() as session:
        service.mark_sent(session, connected["user_id"], sent.id, clock())
        session.commit()
    connected["path"].write_bytes(calendar(interview("iv-1", START, END, status="CANCELLED")))
    clock.advance(minutes=10)
    run_round(runtime, clock())
    statuses = {n.id: n.status for n in notes_of(runtime)}
    assert statuses.pop(sent.id) == "sent"
    assert set(statuses.values()) == {"withdrawn"}
    assert interview_row(runtime).status == "cancelled"


def test_interview_moved_into_the_future_waits_for_its_new_end(runtime, connected, clock):
    later = START + timedelta(days=1)
    connected["path"].write_bytes(calendar(interview("iv-1", later, later + timedelta(hours=1))))
    clock.now = END + timedelta(minutes=11)
    run_round(runtime, clock())
    assert notes_of(runtime) == []
    assert interview_row(runtime).propose_at == later + timedelta(hours=1, minutes=10)


def test_deleted_event_retires_its_interview(runtime, connected, clock):
    connected["path"].write_bytes(calendar(vevent("other", "Dentist", START, END)))
    clock.advance(minutes=6)
    run_round(runtime, clock())
    assert interview_row(runtime).status == "cancelled"


def test_correction_wins_over_later_syncs(runtime, connected, clock):
    row = interview_row(runtime)
    with runtime.session() as session:
        service.correct_detection(session, connected["user_id"], row.id, False, clock())
        session.commit()
    connected["path"].write_bytes(calendar(interview("iv-1", START, END, description="Updated agenda.")))
    clock.now = END + timedelta(minutes=11)
    run_round(runtime, clock())
    assert interview_row(runtime).status == "not_interview"
    assert notes_of(runtime) == []


def test_marking_a_possible_interview_as_one_proposes_notes(runtime, connected, clock):
    with runtime.session() as session:
        account = session.get(Account, connected["account_id"])
        session.add(Interview(account=account, provider_event_id="chat", title="Coffee with Jordan",
                              status="possible", start_at=START, end_at=END, confidence=0.4,
                              people=[{"name": "Jordan Smith", "email": "jordan@contoso.com"}]))
        session.commit()
        row_id = session.scalar(select(Interview.id).where(Interview.provider_event_id == "chat"))
        service.correct_detection(session, connected["user_id"], row_id, True, clock())
        session.commit()
    clock.now = END + timedelta(minutes=11)
    run_round(runtime, clock())
    assert "jordan@contoso.com" in [n.recipient_email for n in notes_of(runtime, "chat")]


def test_a_malformed_calendar_keeps_what_was_stored(runtime, connected, clock):
    connected["path"].write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\n")
    clock.advance(minutes=6)
    run_round(runtime, clock())
    with runtime.session() as session:
        account = session.get(Account, connected["account_id"])
        assert "CalendarInvalid" in account.last_error
        assert session.scalar(select(func.count(Interview.id))) == 1
    assert interview_row(runtime).status == "upcoming"


def test_a_restarted_runtime_does_not_propose_twice(app, runtime, connected, clock, tmp_path):
    from tests.conftest import make_app

    clock.now = END + timedelta(minutes=11)
    run_round(runtime, clock())
    before = [(n.id, n.body_text) for n in notes_of(runtime)]
    again = make_app(app.config["DATABASE_URL"], tmp_path / "instance2")
    run_round(again.extensions["afterview.runtime"], clock.advance(minutes=1))
    assert [(n.id, n.body_text) for n in notes_of(runtime)] == before
    again.extensions["afterview.engine"].dispose()


def test_a_sync_request_arriving_during_a_sync_is_kept_for_the_next_tick(runtime, connected, clock, monkeypatch):
    from notes.usecases.syncing import sync_due_accounts

    connector = runtime.connectors["ics"]
    calendar_of = connector.calendar

    def calendar_with_a_push_midway(connection):
        source = calendar_of(connection)
        changes = source.changes

        def changes_then_push(cursor, window):
            result = changes(cursor, window)
            with runtime.session() as session:  # the webhook, in a transaction of its own
                service.request_sync(session, connected["user_id"], connected["account_id"], clock())
                session.commit()
            return result

        source.changes = changes_then_push
        return source

    def next_sync() -> datetime:
        with runtime.session() as session:
            return session.get(Account, connected["account_id"]).next_sync_at

    monkeypatch.setattr(runtime, "lease", timedelta(minutes=2))  # a claim's due time differs from the next poll's
    clock.advance(minutes=10)
    with runtime.session() as session:
        service.request_sync(session, connected["user_id"], connected["account_id"], clock())
        session.commit()
    monkeypatch.setattr(connector, "calendar", calendar_with_a_push_midway)
    assert [o.ok for o in sync_due_accounts(runtime, clock())] == [True]
    assert next_sync() == clock()  # the request that came in during the sync still stands
    monkeypatch.setattr(connector, "calendar", calendar_of)
    assert [o.ok for o in sync_due_accounts(runtime, clock())] == [True]
    assert next_sync() == clock() + runtime.poll_interval  # without one, the next poll is planned
