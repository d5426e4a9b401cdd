"""Drafts, the sent-check and nudges, for an account at the in-memory provider: what any provider's
account goes through once an interview has ended (each provider's mailbox is held to the same
contract in ``tests/contract``)."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from notes.store.model import Account, Note, Nudge, User
from notes.usecases import service
from notes.usecases.syncing import sync_account
from providers.base import CalendarEvent, Person
from scheduler.ticks import run_round

from .conftest import ME

START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
END = START + timedelta(hours=1)
DANA, OMAR = "dana.whitfield@acmerobotics.com", "omar.haddad@acmerobotics.com"
AUTH = {"Authorization": "Bearer test-token"}


@pytest.fixture
def world(memory, runtime, clock):
    """An interview with Dana and Omar on the user's calendar, synced once."""
    memory.account.put_event(CalendarEvent(
        event_id="iv-1", title="Interview: Data Analyst - Acme Robotics", start=START, end=END,
        description="Your interview for the Data Analyst position at Acme Robotics with Dana Whitfield and "
                    "Omar Haddad.",
        organizer=Person("recruiting@acmerobotics.com", "Acme Robotics Recruiting"),
        attendees=(Person(DANA, "Dana Whitfield", "accepted"), Person(OMAR, "Omar Haddad", "accepted"),
                   Person(ME, "Alex Rivera", "accepted"))))
    run_round(runtime, clock())
    return memory


def notes(runtime) -> dict[str, Note]:
    with runtime.session() as session:
        return {n.recipient_email: n for n in session.scalars(select(Note).where(Note.channel == "email"))}


def nudges(runtime) -> dict[str, Nudge]:
    with runtime.session() as session:
        return {n.kind: n for n in session.scalars(select(Nudge))}


def after_the_end(runtime, clock, minutes: int = 11) -> None:
    clock.now = END + timedelta(minutes=minutes)
    run_round(runtime, clock())


def choose(runtime, world, drafts: bool, nudges: bool) -> None:
    with runtime.session() as session:
        user = session.get(User, world.user_id)
        user.drafts_enabled, user.nudges_enabled = drafts, nudges
        session.commit()


def test_no_draft_before_the_end_nor_when_the_user_wants_none(runtime, clock, world):
    clock.now = END - timedelta(minutes=1)
    run_round(runtime, clock())
    assert world.account.drafts == {}
    choose(runtime, world, drafts=False, nudges=True)
    after_the_end(runtime, clock)
    assert set(notes(runtime)) == {DANA, OMAR} and world.account.drafts == {}


def test_one_draft_per_note_to_the_person_met_written_once(runtime, clock, world):
    after_the_end(runtime, clock)
    for _ in range(3):
        run_round(runtime, clock.advance(minutes=20))
    written = notes(runtime)
    assert {d.to for d in world.account.drafts.values()} == {DANA, OMAR}
    for address, note in written.items():
        draft = world.account.drafts[note.draft_id]
        assert (draft.to, draft.subject, draft.text) == (address, note.subject, note.body_text)
        assert "Data Analyst" in draft.subject and note.draft_state == "created"


def test_an_edit_in_afterview_updates_an_untouched_draft_but_never_one_the_user_edited(runtime, clock, client,
                                                                                      world):
    after_the_end(runtime, clock)
    written = notes(runtime)
    world.account.user_edits(written[OMAR].draft_id, "My own words to Omar.")
    for address in (DANA, OMAR):
        answer = client.patch(f"/api/notes/{written[address].id}", json={"body_text": "Thank you, again. " * 5},
                              headers=AUTH)
        assert answer.status_code == 200
    run_round(runtime, clock())
    assert "Thank you, again." in world.account.drafts[written[DANA].draft_id].text
    assert world.account.drafts[written[OMAR].draft_id].text == "My own words to Omar."
    assert {a: n.draft_state for a, n in notes(runtime).items()} == {DANA: "created", OMAR: "user_edited"}


def test_a_draft_the_user_deleted_is_not_written_again(runtime, clock, client, world):
    after_the_end(runtime, clock)
    dana = notes(runtime)[DANA]
    world.account.user_deletes(dana.draft_id)
    answer = client.patch(f"/api/notes/{dana.id}", json={"subject": "Thank you — Data Analyst interview"},
                          headers=AUTH)
    assert answer.status_code == 200
    run_round(runtime, clock())
    assert [d.to for d in world.account.drafts.values()] == [OMAR]
    assert notes(runtime)[DANA].draft_state == "gone"


def test_the_ready_nudge_is_mailed_and_a_sent_note_stops_the_reminder(runtime, clock, world):
    after_the_end(runtime, clock)
    [ready] = world.account.inbox
    assert ready.to == ME and ready.subject.startswith("Thank-you notes ready")
    assert (nudges(runtime)["ready"].channel, nudges(runtime)["ready"].status) == ("email", "sent")
    written = notes(runtime)
    world.account.user_sends(written[DANA].draft_id)  # from the draft Afterview wrote
    world.account.user_writes(OMAR, "Thanks for today", "Thank you, Omar.")  # a message of their own
    run_round(runtime, clock.advance(minutes=16))
    assert {a: n.status for a, n in notes(runtime).items()} == {DANA: "sent", OMAR: "sent"}
    clock.now = END + timedelta(hours=21)
    run_round(runtime, clock())
    assert nudges(runtime)["reminder"].status == "skipped" and len(world.account.inbox) == 1


def test_an_unsent_note_gets_one_reminder_by_mail(runtime, clock, world):
    after_the_end(runtime, clock)
    for hours in (21, 22, 23):
        clock.now = END + timedelta(hours=hours)
        run_round(runtime, clock())
    subjects = [m.subject for m in world.account.inbox]
    assert subjects == [nudges(runtime)["ready"].subject, nudges(runtime)["reminder"].subject]


def test_without_mail_nudges_they_are_shown_in_the_sidebar_only(runtime, clock, world):
    choose(runtime, world, drafts=True, nudges=False)
    after_the_end(runtime, clock)
    assert world.account.inbox == [] and len(world.account.drafts) == 2
    assert (nudges(runtime)["ready"].channel, nudges(runtime)["ready"].status) == ("sidebar", "shown")


def test_a_paused_account_keeps_its_drafts_due(runtime, clock, world):
    with runtime.session() as session:
        session.get(Account, world.account_id).status = "reauth_required"
        session.commit()
    after_the_end(runtime, clock, minutes=10)
    run_round(runtime, clock.advance(minutes=1))
    assert world.account.drafts == {}
    assert all(n.draft_due_at is not None and n.draft_id is None for n in notes(runtime).values())
    with runtime.session() as session:
        session.get(Account, world.account_id).status = "active"
        session.commit()
    run_round(runtime, clock.advance(hours=2))
    assert len(world.account.drafts) == 2


def test_a_missing_permission_stops_retrying_and_says_so(runtime, clock, world):
    world.account.refused = {"drafts", "send"}
    after_the_end(runtime, clock, minutes=10)
    run_round(runtime, clock.advance(minutes=1))
    assert all(n.draft_state == "needs_permission" and n.draft_due_at is None for n in notes(runtime).values())
    ready = nudges(runtime)["ready"]
    assert (ready.status, ready.channel) == ("shown", "sidebar") and "not allowed" in ready.last_error


def test_a_push_during_a_sync_keeps_the_account_due(runtime, clock, world):
    def push_arrives():
        with runtime.session() as session:
            session.get(Account, world.account_id).next_sync_at = clock()
            session.commit()

    world.account.when("changes", push_arrives)
    with runtime.session() as session:
        session.get(Account, world.account_id).next_sync_at = clock() + timedelta(minutes=5)  # as a claim leaves it
        session.commit()
    assert sync_account(runtime, world.account_id, clock()).ok
    with runtime.session() as session:
        assert session.get(Account, world.account_id).next_sync_at == clock()
    assert sync_account(runtime, world.account_id, clock()).ok
    with runtime.session() as session:
        assert session.get(Account, world.account_id).next_sync_at == clock() + runtime.poll_interval


def test_reconnecting_resumes_waiting_drafts_and_rearms_the_reconnect_nudge(runtime, clock, world):
    from notes.usecases.retire import mark_reauth_required

    world.account.refused = {"drafts"}
    after_the_end(runtime, clock, minutes=10)
    run_round(runtime, clock.advance(minutes=1))
    assert {n.draft_state for n in notes(runtime).values()} == {"needs_permission"}
    with runtime.session() as session:
        mark_reauth_required(session, session.get(Account, world.account_id), clock(), "revoked")
        session.commit()
    run_round(runtime, clock.advance(minutes=1))
    world.account.refused = set()
    with runtime.session() as session:
        service.reactivate(session, session.get(Account, world.account_id), clock(), runtime)
        session.commit()
        assert session.scalar(select(Nudge).where(Nudge.kind == "reconnect")) is None
    run_round(runtime, clock.advance(minutes=1))
    assert len(world.account.drafts) == 2
    with runtime.session() as session:  # revoked again later: a new reconnect nudge is planned
        mark_reauth_required(session, session.get(Account, world.account_id), clock(), "revoked again")
        session.commit()
        assert session.scalar(select(Nudge.status).where(Nudge.kind == "reconnect")) == "pending"
