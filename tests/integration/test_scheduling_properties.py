"""Properties of proposing, over random schedules and clocks, on SQLite and PostgreSQL:

- no note is ever proposed before its interview's end;
- each due interview is proposed exactly once per person, across repeated ticks, restarts,
  and (on PostgreSQL) two claimants running at once.
"""
from __future__ import annotations

import threading
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import select

from notes import planning
from notes.runtime import Runtime
from notes.store.crypto import TokenCipher, new_key
from notes.store.database import make_engine, make_sessions, upgrade
from notes.store.model import Account, Interview, User
from notes.usecases.proposals import propose_due_interviews
from tests.conftest import PG_URL, drop_postgres_schema, postgres_schema_url

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
DELAY = timedelta(minutes=10)

schedules = st.lists(
    st.tuples(st.integers(0, 3 * 24 * 60), st.integers(15, 300), st.integers(1, 3)), min_size=1, max_size=6
)
clocks = st.lists(st.tuples(st.integers(0, 36 * 60), st.booleans()), min_size=1, max_size=12)


def runtime_for(url: str) -> Runtime:
    return Runtime(sessions=make_sessions(make_engine(url)), cipher=TokenCipher(new_key()), proposal_delay=DELAY)


def seed(rt: Runtime, schedule) -> None:
    with rt.session() as session:
        user = User(email="alex@example.org", name="Alex Rivera")
        account = Account(user=user, provider="ics", external_id="/tmp/cal.ics")
        for number, (offset, length, people) in enumerate(schedule):
            start = T0 + timedelta(minutes=offset)
            end = start + timedelta(minutes=length)
            session.add(Interview(
                account=account, provider_event_id=f"ev-{number}", title="Interview: Data Analyst",
                company="Acme Robotics", role="Data Analyst", kind="job", start_at=start, end_at=end,
                people=[{"name": f"Person {number}-{p}", "email": f"p{number}-{p}@acmerobotics.com"}
                        for p in range(people)],
                status="upcoming", propose_at=planning.propose_at(end, DELAY),
            ))
        session.add(user)
        session.commit()


def check_invariants(rt: Runtime, now: datetime, final: bool) -> None:
    with rt.session() as session:
        rows = list(session.scalars(select(Interview)))
        for interview in rows:
            emails = [n.recipient_email for n in interview.notes if n.channel == "email"]
            assert len(emails) == len(set(emails)), "a person got two notes"
            for note in interview.notes:
                assert note.proposed_at >= interview.end_at, "a note was proposed before the end"
            due = interview.end_at + DELAY <= now
            if final and due:
                assert sorted(emails) == sorted(p["email"] for p in interview.people)
            if interview.end_at > now:
                assert interview.notes == []


def run_schedule(url: str, schedule, ticks, claimants: int) -> None:
    runtimes = [runtime_for(url) for _ in range(claimants)]
    upgrade(runtimes[0].sessions.kw["bind"])
    seed(runtimes[0], schedule)
    now, proposed = T0, Counter()
    for gap, restart in ticks:
        now += timedelta(minutes=gap)
        if restart:  # a restarted process: nothing in memory survives
            runtimes = [runtime_for(url) for _ in range(claimants)]
        proposed.update(tick_all(runtimes, now))
        check_invariants(runtimes[0], now, final=False)
    now += timedelta(days=4)  # finally, everything is due
    proposed.update(tick_all(runtimes, now))
    proposed.update(tick_all(runtimes, now))
    check_invariants(runtimes[0], now, final=True)
    assert all(count == 1 for count in proposed.values()), proposed
    assert len(proposed) == len(schedule)
    for rt in runtimes:
        rt.sessions.kw["bind"].dispose()


def tick_all(runtimes: list[Runtime], now: datetime) -> list[int]:
    """Every claimant proposes at the same moment, in its own thread."""
    results: list[list[int]] = [[] for _ in runtimes]
    start = threading.Barrier(len(runtimes))

    def claim(index: int) -> None:
        start.wait()
        results[index] = propose_due_interviews(runtimes[index], now, limit=3)

    threads = [threading.Thread(target=claim, args=(i,)) for i in range(len(runtimes))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [interview_id for result in results for interview_id in result]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(schedule=schedules, ticks=clocks)
def test_sqlite_never_early_and_exactly_once(tmp_path_factory, schedule, ticks):
    url = f"sqlite:///{tmp_path_factory.mktemp('prop') / 'p.db'}"
    run_schedule(url, schedule, ticks, claimants=1)


@pytest.mark.postgres
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(schedule=schedules, ticks=clocks)
def test_postgres_two_claimants_never_early_and_exactly_once(schedule, ticks):
    if not PG_URL:
        pytest.skip("AFTERVIEW_TEST_DATABASE_URL is not set (PostgreSQL contract runs in CI)")
    url, schema = postgres_schema_url(PG_URL)
    try:
        run_schedule(url, schedule, ticks, claimants=2)
    finally:
        drop_postgres_schema(PG_URL, schema)


def test_two_claimants_on_sqlite_files_do_not_duplicate(tmp_path):
    schedule = [(0, 60, 3), (30, 60, 2), (90, 45, 1), (120, 30, 2)]
    run_schedule(f"sqlite:///{tmp_path / 'two.db'}", schedule, [(600, False), (5, True)], claimants=2)
