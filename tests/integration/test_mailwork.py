"""Drafts, sent-check and nudges through plain in-memory fakes of a calendar and a mailbox."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from notes.store.model import Account, Note, Nudge
from notes.usecases import service
from notes.usecases.syncing import sync_account
from providers.base import (
    CalendarEvent,
    CalendarSource,
    Connector,
    DraftRef,
    Mailbox,
    PermissionMissing,
    Person,
    SyncResult,
)
from scheduler.ticks import run_round

START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
END = START + timedelta(hours=1)
ME = "alex.rivera.jobs@gmail.com"


class FakeCalendar(CalendarSource):
    """One interview; ``during`` runs in the middle of a sync (to imitate a push arriving)."""

    def __init__(self, during=None):
        self.during = during

    def changes(self, cursor, window):
        if self.during:
            self.during()
        event = CalendarEvent(
            event_id="iv-1", title="Interview: Data Analyst - Acme Robotics", start=START, end=END,
            description="Your interview for the Data Analyst position at Acme Robotics with Dana Whitfield.",
            organizer=Person("recruiting@acmerobotics.com", "Acme Robotics Recruiting"),
            attendees=(Person("dana.whitfield@acmerobotics.com", "Dana Whitfield", "accepted"),
                       Person(ME, "Alex Rivera", "accepted")))
        return SyncResult(events=(event,), cursor="c1", complete=True)


class FakeMailbox(Mailbox):
    """Records drafts and messages to self; ``missing`` names permissions not granted."""

    def __init__(self, missing=()):
        self.drafts: dict[str, str] = {}
        self.sent_messages: list[str] = []
        self.sent_people: set[str] = set()
        self.missing = set(missing)

    def create_draft(self, note):
        if "drafts" in self.missing:
            raise PermissionMissing("drafts were not allowed")
        draft_id = f"d{len(self.drafts) + 1}"
        self.drafts[draft_id] = note.body_text
        return DraftRef(draft_id, "v1")

    def draft_state(self, draft):
        return "unchanged"

    def replace_draft(self, draft, note):
        self.drafts[draft.id] = note.body_text
        return draft

    def sent_to(self, addresses, since):
        return self.sent_people & set(addresses)

    def notify_self(self, subject, body):
        if "send" in self.missing:
            raise PermissionMissing("sending was not allowed")
        self.sent_messages.append(subject)


class FakeConnector(Connector):
    offers_mailbox = True
    offers_push = False

    def __init__(self, calendar, mailbox):
        self._calendar, self._mailbox = calendar, mailbox

    def calendar(self, connection):
        return self._calendar

    def mailbox(self, connection):
        return self._mailbox

    def watcher(self, connection):
        return None

    def revoke(self, connection):
        pass


@pytest.fixture
def world(runtime, clock):
    """A user with drafts and nudges on, one fake provider account, synced once."""
    mailbox = FakeMailbox()
    calendar = FakeCalendar()
    runtime.connectors = {**runtime.connectors, "fake": FakeConnector(calendar, mailbox)}
    with runtime.session() as session:
        user = service.ensure_user(session, ME, "Alex Rivera")
        user.drafts_enabled = True
        account = Account(user=user, provider="fake", external_id=ME, token_blob=runtime.cipher.seal({}),
                          next_sync_at=clock())
        session.add(account)
        session.commit()
        ids = {"user": user.id, "account": account.id}
    run_round(runtime, clock())
    return {"mailbox": mailbox, "calendar": calendar, **ids}


def notes(runtime) -> list[Note]:
    with runtime.session() as session:
        return list(session.scalars(select(Note).where(Note.channel == "email")))


def test_drafts_once_then_sent_check_stops_the_reminder(runtime, clock, world):
    clock.now = END + timedelta(minutes=10)
    run_round(runtime, clock())
    run_round(runtime, clock.advance(minutes=1))
    assert len(world["mailbox"].drafts) == 1
    assert [n.draft_state for n in notes(runtime)] == ["created"]
    assert world["mailbox"].sent_messages and world["mailbox"].sent_messages[0].startswith("Thank-you notes ready")
    world["mailbox"].sent_people.add("dana.whitfield@acmerobotics.com")
    run_round(runtime, clock.advance(minutes=16))
    assert [n.status for n in notes(runtime)] == ["sent"]
    run_round(runtime, clock.advance(hours=20))
    with runtime.session() as session:
        assert session.scalar(select(Nudge.status).where(Nudge.kind == "reminder")) == "skipped"
    assert len(world["mailbox"].sent_messages) == 1


def test_a_paused_account_keeps_its_drafts_due(runtime, clock, world):
    with runtime.session() as session:
        session.get(Account, world["account"]).status = "reauth_required"
        session.commit()
    clock.now = END + timedelta(minutes=10)
    run_round(runtime, clock())
    run_round(runtime, clock.advance(minutes=1))
    assert world["mailbox"].drafts == {}
    [note] = notes(runtime)
    assert note.draft_due_at is not None and note.draft_id is None
    with runtime.session() as session:
        session.get(Account, world["account"]).status = "active"
        session.commit()
    run_round(runtime, clock.advance(hours=2))
    assert len(world["mailbox"].drafts) == 1


def test_a_missing_permission_stops_retrying_and_says_so(runtime, clock, world):
    world["mailbox"].missing = {"drafts", "send"}
    clock.now = END + timedelta(minutes=10)
    run_round(runtime, clock())
    run_round(runtime, clock.advance(minutes=1))
    [note] = notes(runtime)
    assert note.draft_state == "needs_permission" and note.draft_due_at is None
    with runtime.session() as session:
        ready = session.scalar(select(Nudge).where(Nudge.kind == "ready"))
        assert (ready.status, ready.channel) == ("shown", "sidebar")
        assert "not allowed" in ready.last_error


def test_a_push_during_a_sync_keeps_the_account_due(runtime, clock, world):
    def push_arrives():
        with runtime.session() as session:
            session.get(Account, world["account"]).next_sync_at = clock()
            session.commit()

    world["calendar"].during = push_arrives
    with runtime.session() as session:
        session.get(Account, world["account"]).next_sync_at = clock() + timedelta(minutes=5)  # as a claim leaves it
        session.commit()
    assert sync_account(runtime, world["account"], clock()).ok
    with runtime.session() as session:
        assert session.get(Account, world["account"]).next_sync_at == clock()
    world["calendar"].during = None
    assert sync_account(runtime, world["account"], clock()).ok
    with runtime.session() as session:
        assert session.get(Account, world["account"]).next_sync_at == clock() + runtime.poll_interval


def test_reconnecting_resumes_waiting_drafts_and_rearms_the_reconnect_nudge(runtime, clock, world):
    from notes.usecases.retire import mark_reauth_required

    world["mailbox"].missing = {"drafts"}
    clock.now = END + timedelta(minutes=10)
    run_round(runtime, clock())
    run_round(runtime, clock.advance(minutes=1))
    assert [n.draft_state for n in notes(runtime)] == ["needs_permission"]
    with runtime.session() as session:
        account = session.get(Account, world["account"])
        mark_reauth_required(session, account, clock(), "revoked")
        session.commit()
    run_round(runtime, clock.advance(minutes=1))
    world["mailbox"].missing = set()
    with runtime.session() as session:
        service.reactivate(session, session.get(Account, world["account"]), clock())
        session.commit()
        assert session.scalar(select(Nudge).where(Nudge.kind == "reconnect")) is None
    run_round(runtime, clock.advance(minutes=1))
    assert len(world["mailbox"].drafts) == 1
    with runtime.session() as session:  # revoked again later: a new reconnect nudge is planned
        mark_reauth_required(session, session.get(Account, world["account"]), clock(), "revoked again")
        session.commit()
        assert session.scalar(select(Nudge.status).where(Nudge.kind == "reconnect")) == "pending"
