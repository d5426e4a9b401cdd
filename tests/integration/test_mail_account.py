"""Which mailbox the notes of a source without one are written in (``notes.usecases.mail_account``),
with two accounts at the in-memory provider: the one connected first, also while it is paused, and the
next one once the first is disconnected."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from notes.store.model import Account, Note
from notes.usecases import service
from notes.usecases.retire import mark_reauth_required
from notes.usecases.watches import disconnect_account
from scheduler.ticks import run_round

START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
END = START + timedelta(hours=1)
DANA, OMAR = "dana.whitfield@acmerobotics.com", "omar.haddad@acmerobotics.com"
SECOND = "alex.rivera@work.example"


@pytest.fixture
def second(memory, runtime, clock) -> int:
    """A second account at the in-memory provider, connected after the first; its id."""
    with runtime.session() as session:
        account = Account(user_id=memory.user_id, provider="memory", external_id=SECOND,
                          token_blob=runtime.cipher.seal({}), next_sync_at=clock())
        session.add(account)
        session.commit()
        return account.id


def add_interview(runtime, memory, clock) -> None:
    with runtime.session() as session:
        service.add_interview(session, memory.user_id, {
            "title": "Phone screen", "company": "Acme Robotics", "role": "Data Analyst",
            "start": START.isoformat(), "end": END.isoformat(),
            "people": [{"name": "Dana Whitfield", "email": DANA}, {"name": "Omar Haddad", "email": OMAR}]},
            clock(), runtime)
        session.commit()


def notes(runtime) -> dict[str, Note]:
    with runtime.session() as session:
        return {n.recipient_email: n for n in session.scalars(select(Note))
                if n.channel == "email"}


def drafted_to(account) -> set[str]:
    return {m.to for m in account.drafts.values()}


def test_the_account_connected_first_is_the_mailbox(memory, second, runtime, clock):
    clock.now = END + timedelta(minutes=11)
    add_interview(runtime, memory, clock)
    run_round(runtime, clock())
    assert drafted_to(memory.account) == {DANA, OMAR}
    assert memory.provider.account(SECOND).drafts == {}
    assert {n.draft_id for n in notes(runtime).values()} == set(memory.account.drafts)


def test_a_paused_first_account_holds_the_notes_rather_than_passing_them_on(memory, second, runtime, clock):
    with runtime.session() as session:
        mark_reauth_required(session, session.get(Account, memory.account_id), clock(), "revoked")
        session.commit()
    clock.now = END + timedelta(minutes=11)
    add_interview(runtime, memory, clock)
    for _ in range(3):
        run_round(runtime, clock.advance(minutes=30))
    assert memory.account.drafts == {} and memory.provider.account(SECOND).drafts == {}
    assert all(n.draft_due_at is not None for n in notes(runtime).values())  # waiting, not dropped
    with runtime.session() as session:
        service.reactivate(session, session.get(Account, memory.account_id), clock(), runtime)
        session.commit()
    run_round(runtime, clock())
    assert drafted_to(memory.account) == {DANA, OMAR} and memory.provider.account(SECOND).drafts == {}


def test_disconnecting_the_mailbox_gives_the_notes_to_the_next_one(memory, second, runtime, clock):
    clock.now = END + timedelta(minutes=11)
    add_interview(runtime, memory, clock)
    run_round(runtime, clock())
    assert drafted_to(memory.account) == {DANA, OMAR}
    with runtime.session() as session:
        disconnect_account(runtime, session.get(Account, memory.account_id), clock())
        session.commit()
    assert len(memory.account.drafts) == 2  # left in the first mailbox, which is the user's
    run_round(runtime, clock.advance(minutes=1))
    made = memory.provider.account(SECOND).drafts
    assert drafted_to(memory.provider.account(SECOND)) == {DANA, OMAR}
    assert {n.draft_id for n in notes(runtime).values()} == set(made)
    assert {n.draft_state for n in notes(runtime).values()} == {"created"}
