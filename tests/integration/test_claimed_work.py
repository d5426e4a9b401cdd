"""Claimed work: a lease renewed while the work goes on, rate-limited work given back with its retry
time, and one bad item that never stops the others (any exception, recorded on that item).

The ticks run against in-memory calendars and mailboxes, on SQLite and PostgreSQL."""
from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from notes.store.claims import Queue
from notes.store.model import Account, Claim, Interview, Note, Nudge
from notes.usecases import service
from notes.usecases.mailwork import create_due_drafts
from notes.usecases.nudges import send_due_nudges
from providers.base import (
    CalendarEvent,
    CalendarSource,
    DraftRef,
    Mailbox,
    Person,
    RateLimited,
    SyncResult,
)
from scheduler.ticks import run_tick
from tests.conftest import clocked_app

ME = "alex.rivera.jobs@gmail.com"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PEOPLE = [("Dana Whitfield", "dana.whitfield"), ("Omar Haddad", "omar.haddad"), ("Priya Nair", "priya.nair")]


class Calendar(CalendarSource):
    """Ended interviews, one per company, each with the people named."""

    def __init__(self, companies: list[str], people: int):
        self.companies, self.people = companies, people

    def changes(self, cursor, window):
        return SyncResult(events=tuple(self._event(i, c) for i, c in enumerate(self.companies)), cursor="c",
                          complete=True)

    def _event(self, index: int, company: str) -> CalendarEvent:
        domain = company.lower().replace(" ", "") + ".com"
        people = [Person(f"{local}@{domain}", name, "accepted") for name, local in PEOPLE[:self.people]]
        start = START + timedelta(hours=index)
        return CalendarEvent(
            event_id=f"iv-{index}", title=f"Interview: Data Analyst - {company}", start=start,
            end=start + timedelta(hours=1),
            description=f"Your interview for the Data Analyst position at {company} with "
                        + " and ".join(p.name for p in people) + ".",
            organizer=Person(f"recruiting@{domain}", f"{company} Recruiting"),
            attendees=(*people, Person(ME, "Alex Rivera", "accepted")))


class Box(Mailbox):
    """An in-memory mailbox; ``before`` runs ahead of each draft or nudge (to block or raise)."""

    def __init__(self):
        self.drafts: dict[str, tuple[str, str]] = {}  # id -> (recipient, marker)
        self.nudges: list[str] = []
        self.before = lambda what, subject: None
        self.lock = threading.Lock()

    def create_draft(self, note, since=None):
        self.before(note.to.email, note.subject)
        with self.lock:
            found = [i for i, (_to, marker) in self.drafts.items() if since and marker == note.marker]
            if found:
                return DraftRef(found[0], "v1")
            draft_id = f"d{len(self.drafts) + 1}"
            self.drafts[draft_id] = (note.to.email, note.marker)
        return DraftRef(draft_id, "v1")

    def draft_state(self, draft):
        return "unchanged"

    def replace_draft(self, draft, note):
        return draft

    def sent_to(self, addresses, since):
        return set()

    def received_from(self, senders, since):
        return False

    def notify_self(self, subject, body, marker="", since=None):
        self.before("nudge", subject)
        with self.lock:
            self.nudges.append(subject)


class Connector:
    offers_mailbox = True

    def __init__(self, calendars: dict[str, Calendar], boxes: dict[str, Box]):
        self.calendars, self.boxes = calendars, boxes

    def calendar(self, connection):
        return self.calendars[connection.external_id]

    def mailbox(self, connection):
        return self.boxes[connection.external_id]

    def watcher(self, connection):
        return None


@pytest.fixture
def rt(database_url, tmp_path, clock):
    with clocked_app(tmp_path, clock, database_url) as app:
        yield app.extensions["afterview.runtime"]


def connect(rt, clock, accounts: dict[str, Calendar]) -> dict[str, Box]:
    """One user (drafts and nudges on) with an account per address, each with its calendar; synced,
    and the interviews proposed once they have all ended."""
    boxes = {address: Box() for address in accounts}
    rt.connectors = {**rt.connectors, "memory": Connector(accounts, boxes)}
    clock.now = START + timedelta(hours=max(len(c.companies) for c in accounts.values()), minutes=15)
    with rt.unit_of_work() as session:
        user = service.ensure_user(session, ME, "Alex Rivera")
        user.drafts_enabled = True
        for address in accounts:
            session.add(Account(user=user, provider="memory", external_id=address, token_blob=rt.cipher.seal({}),
                                next_sync_at=clock()))
    run_tick("sync", rt, clock())
    assert run_tick("propose", rt, clock())
    return boxes


def notes_of(rt, address: str | None = None) -> list[Note]:
    with rt.session() as session:
        query = select(Note).join(Interview).join(Account).order_by(Note.id)
        if address:
            query = query.where(Account.external_id == address)
        return list(session.scalars(query))


def held_claims(rt) -> list[Claim]:
    with rt.session() as session:
        return list(session.scalars(select(Claim).where(Claim.token.is_not(None))))


def test_the_lease_is_renewed_while_the_work_goes_on_so_no_second_worker_takes_it(rt, clock):
    boxes = connect(rt, clock, {ME: Calendar(["Acme Robotics"], 2)})
    rt.lease = timedelta(seconds=1)
    arrived, go = threading.Event(), threading.Event()

    def slow_first(to, subject):
        if not arrived.is_set():
            arrived.set()
            go.wait(20)  # a provider answering slowly, far beyond the lease

    boxes[ME].before = slow_first
    began, first = time.monotonic(), []
    worker = threading.Thread(target=lambda: first.append(create_due_drafts(rt, clock())))
    worker.start()
    assert arrived.wait(20)
    time.sleep(2.5)  # the lease would have run out twice over without renewal
    later = clock() + timedelta(seconds=time.monotonic() - began)
    assert create_due_drafts(rt, later) == []  # a second worker finds the notes still held
    go.set()
    worker.join(20)
    assert sorted(first[0]) == [n.id for n in notes_of(rt)]
    assert sorted(to for to, _m in boxes[ME].drafts.values()) == sorted(n.recipient_email for n in notes_of(rt))
    assert held_claims(rt) == [] and all(n.draft_due_at is None for n in notes_of(rt))


def test_a_rate_limit_gives_back_the_accounts_other_notes_with_its_retry_time(rt, clock):
    other = "alex.work@example.com"
    boxes = connect(rt, clock, {ME: Calendar(["Acme Robotics"], 3), other: Calendar(["Globex"], 2)})

    def throttled(to, subject):
        raise RateLimited("slow down", retry_after=120)

    boxes[ME].before = throttled
    now = clock()
    create_due_drafts(rt, now)
    mine = notes_of(rt, ME)
    assert len(mine) == 3 and boxes[ME].drafts == {}
    assert all(now + timedelta(seconds=120) <= n.draft_due_at < now + timedelta(seconds=150) for n in mine)
    assert len(boxes[other].drafts) == 2 and held_claims(rt) == []  # the other account goes on
    boxes[ME].before = lambda to, subject: None
    create_due_drafts(rt, clock.advance(seconds=121))
    assert len(boxes[ME].drafts) == 3 and all(n.draft_id for n in notes_of(rt))


def test_one_note_that_fails_in_any_way_never_stops_the_others(rt, clock):
    boxes = connect(rt, clock, {ME: Calendar(["Acme Robotics", "Globex"], 2)})
    poisoned = notes_of(rt)[0]  # the first in line

    def malformed(to, subject):
        if to == poisoned.recipient_email:
            raise KeyError("message")  # an answer without the field the adapter reads

    boxes[ME].before = malformed
    now = clock()
    assert run_tick("drafts", rt, now) is not None
    assert len(boxes[ME].drafts) == 3 and {n.id for n in notes_of(rt) if n.draft_id} == {
        n.id for n in notes_of(rt)} - {poisoned.id}
    failures = failure_of(rt, poisoned.id)
    assert (failures.attempts, failures.last_error) == (1, "KeyError: 'message'")
    assert now + timedelta(minutes=1) <= note(rt, poisoned.id).draft_due_at < now + timedelta(minutes=2)
    run_tick("drafts", rt, clock.advance(minutes=1, seconds=30))  # fails again: it waits longer
    assert failure_of(rt, poisoned.id).attempts == 2
    assert note(rt, poisoned.id).draft_due_at >= clock() + timedelta(minutes=2)
    boxes[ME].before = lambda to, subject: None
    run_tick("drafts", rt, clock.advance(minutes=3))
    assert note(rt, poisoned.id).draft_id and failure_of(rt, poisoned.id) is None  # done: the record goes


def test_one_nudge_that_fails_in_any_way_never_stops_the_others(rt, clock):
    boxes = connect(rt, clock, {ME: Calendar(["Acme Robotics", "Globex", "Initech"], 1)})

    def hostile(what, subject):
        if what == "nudge" and "Acme" in subject:
            raise ValueError("a header value the mail library refuses")

    boxes[ME].before = hostile
    sent = send_due_nudges(rt, clock())
    assert len(sent) == 2 and sorted(s.split("—")[-1].strip() for s in boxes[ME].nudges) == ["Globex", "Initech"]
    with rt.session() as session:
        acme = session.scalar(select(Nudge).join(Interview).where(Interview.company == "Acme Robotics",
                                                                   Nudge.kind == "ready"))
    assert acme.status == "pending" and failure_of(rt, acme.id, Queue(Nudge.due_at)).attempts == 1


def note(rt, note_id: int) -> Note:
    with rt.session() as session:
        return session.get(Note, note_id)


DRAFTS = Queue(Note.draft_due_at)


def failure_of(rt, item_id: int, queue: Queue = DRAFTS) -> Claim | None:
    with rt.session() as session:
        return session.scalar(select(Claim).where(Claim.queue == queue.name, Claim.item_id == item_id,
                                                  Claim.attempts > 0))
