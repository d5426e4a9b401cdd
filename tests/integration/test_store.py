"""The store on SQLite and PostgreSQL: migrations, unique keys, UTC times, claims with leases."""
from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import create_engine, inspect, select
from sqlalchemy.exc import IntegrityError

from notes.store.crypto import TokenCipher, new_key
from notes.store.database import (
    claim_due,
    current_revision,
    head_revision,
    make_engine,
    make_sessions,
    unit_of_work,
    upgrade,
)
from notes.store.model import Account, Interview, Note, Nudge, User

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@pytest.fixture
def sessions(database_url):
    engine = make_engine(database_url)
    upgrade(engine)
    yield make_sessions(engine)
    engine.dispose()


def seed(session) -> Interview:
    user = User(email="alex@example.org")
    account = Account(user=user, provider="ics", external_id="/cal.ics")
    interview = Interview(account=account, provider_event_id="e1", start_at=NOW, end_at=NOW + timedelta(hours=1))
    session.add(interview)
    session.commit()
    return interview


def test_migrations_create_every_table_and_reach_head(sessions):
    engine = sessions.kw["bind"]
    assert current_revision(engine) == head_revision()
    assert {"users", "accounts", "interviews", "notes", "nudges", "corrections", "connect_tickets",
            "auth_flows"} <= set(inspect(engine).get_table_names())
    assert upgrade(engine) == head_revision()  # running it again changes nothing


def test_times_come_back_as_aware_utc(sessions):
    with sessions() as session:
        interview = seed(session)
    with sessions() as session:
        stored = session.get(Interview, interview.id)
        assert stored.end_at == NOW + timedelta(hours=1)
        assert stored.end_at.tzinfo is not None


def test_unique_keys_refuse_duplicates(sessions):
    with sessions() as session:
        interview = seed(session)
        session.add(Interview(account_id=interview.account_id, provider_event_id="e1", start_at=NOW, end_at=NOW))
        with pytest.raises(IntegrityError):
            session.commit()
        session.rollback()
        session.add_all([Note(interview_id=interview.id, recipient_email="a@x.com", channel="email"),
                         Note(interview_id=interview.id, recipient_email="a@x.com", channel="email")])
        with pytest.raises(IntegrityError):
            session.commit()
        session.rollback()
        user_id = interview.account.user_id
        session.add_all([Nudge(user_id=user_id, interview_id=interview.id, kind="ready", due_at=NOW),
                         Nudge(user_id=user_id, interview_id=interview.id, kind="ready", due_at=NOW)])
        with pytest.raises(IntegrityError):
            session.commit()


def test_claims_lease_rows_until_the_lease_runs_out(sessions):
    with sessions() as session:
        interview = seed(session)
        interview.propose_at = NOW
        session.commit()
    lease = timedelta(minutes=5)
    with sessions() as session:
        assert claim_due(session, Interview, Interview.propose_at, NOW, lease) == [interview.id]
    with sessions() as session:
        assert claim_due(session, Interview, Interview.propose_at, NOW + timedelta(minutes=1), lease) == []
    with sessions() as session:  # a claimant that crashed: the work is due again after the lease
        assert claim_due(session, Interview, Interview.propose_at, NOW + lease, lease) == [interview.id]


def test_concurrent_claimants_never_take_the_same_row(sessions):
    with sessions() as session:
        user = User(email="alex@example.org")
        account = Account(user=user, provider="ics", external_id="/cal.ics")
        session.add_all([Interview(account=account, provider_event_id=f"e{i}", start_at=NOW, end_at=NOW,
                                   propose_at=NOW) for i in range(60)])
        session.commit()
    claimed: list[list[int]] = [[] for _ in range(4)]
    barrier = threading.Barrier(4)

    def claimant(index: int) -> None:
        barrier.wait()
        for _ in range(10):
            with sessions() as session:
                claimed[index] += claim_due(session, Interview, Interview.propose_at, NOW, timedelta(minutes=5), 4)

    threads = [threading.Thread(target=claimant, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    every = [row for rows in claimed for row in rows]
    assert len(every) == len(set(every)) == 60
    with sessions() as session:
        assert session.scalars(select(Interview).where(Interview.propose_at <= NOW)).all() == []


def test_the_migrations_build_exactly_the_models(sessions):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from notes.store.model import Base

    with sessions.kw["bind"].connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_a_user_seen_by_two_requests_at_once_is_created_once(sessions):
    from notes.usecases.users import ensure_user

    barrier, found = threading.Barrier(4), []

    def first_request() -> None:
        with sessions() as session:
            barrier.wait()
            found.append(ensure_user(session, "New.Person@Example.org").id)
            session.commit()

    threads = [threading.Thread(target=first_request) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(found) == 4 and len(set(found)) == 1
    with sessions() as session:
        assert session.scalars(select(User)).all()[0].email == "new.person@example.org"


def test_the_sidebar_version_follows_every_change_and_leaves_connections_idle(sessions):
    from notes.usecases.service import data_version

    engine = sessions.kw["bind"]
    with sessions() as session:
        interview = seed(session)
        user_id, account_id = interview.account.user_id, interview.account_id
    seen = [data_version(engine, user_id)]
    assert data_version(engine, user_id + 1) == (0, None, 0, None, 0, None)  # another user has nothing

    def changed(change) -> tuple:
        with sessions() as session:
            change(session)
            session.commit()
        seen.append(data_version(engine, user_id))
        return seen[-1]

    changed(lambda s: s.add(Note(interview_id=interview.id, recipient_email="a@x.com", channel="email")))
    changed(lambda s: setattr(s.scalar(select(Note)), "status", "sent"))
    changed(lambda s: setattr(s.get(Interview, interview.id), "status", "cancelled"))
    changed(lambda s: setattr(s.get(Account, account_id), "status", "reauth_required"))
    changed(lambda s: s.delete(s.scalar(select(Note))))
    assert len(set(seen)) == len(seen), seen  # each change gave a new version
    for _ in range(3 * engine.pool.size()):  # every pooled connection answers again (prepared once each)
        assert data_version(engine, user_id) == seen[-1]
    with engine.connect() as connection:  # pooled connections come back as they went: transactional
        raw = connection.connection.driver_connection
        assert not raw.autocommit if engine.dialect.name == "postgresql" else not raw.in_transaction


def test_the_sidebar_version_is_read_again_on_a_fresh_connection_when_the_server_dropped_one(database_url):
    from sqlalchemy import text

    from notes.usecases.service import data_version

    if database_url.startswith("sqlite"):
        pytest.skip("only a database server drops its connections")
    engine = make_engine(database_url, connections=1, pre_ping=False)  # how the sidebars read it
    upgrade(engine)
    with make_sessions(engine)() as session:
        interview = seed(session)
        user_id = interview.account.user_id
    expected = data_version(engine, user_id)
    raw = engine.raw_connection()  # the pooled connection the next read will take
    cursor = raw.cursor()
    cursor.execute("SELECT pg_backend_pid()")
    pid = cursor.fetchone()[0]
    cursor.close()
    raw.commit()
    raw.close()
    admin = create_engine(database_url)
    with admin.connect() as connection:  # the server ends it, as a restart or an idle timeout would
        connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    admin.dispose()
    assert data_version(engine, user_id) == expected
    assert data_version(engine, user_id) == expected
    engine.dispose()


def test_upgrading_to_identities_by_subject_keeps_every_row_and_the_local_pages_user(database_url):
    """Revision 0005 rebuilds ``users`` on SQLite: nothing that refers to a user may go with it."""
    from alembic import command

    from notes.store.database import _alembic_config
    from notes.usecases.users import ensure_user

    engine = make_engine(database_url)
    config = _alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004_change_stamps")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO users (id, email, name, time_zone, phone, signature, channel, nudges_enabled, drafts_enabled, "
            "created_at) VALUES (7, 'alex@example.org', '', 'UTC', '', '', 'auto', true, false, '2026-01-01')")
        connection.exec_driver_sql(
            "INSERT INTO accounts (id, user_id, provider, external_id, display_name, scopes, status, failures, "
            "created_at) VALUES (3, 7, 'ics', '/cal.ics', '', '', 'active', 0, '2026-01-01')")
    assert upgrade(engine, TokenCipher(new_key())) == head_revision()  # 0008 encrypts the calendar's path
    sessions = make_sessions(engine)
    with sessions() as session:
        assert [a.id for a in session.scalars(select(Account))] == [3]
        assert ensure_user(session, "alex@example.org").id == 7  # the login token still finds its user
        session.add(User(email="alex@example.org", google_subject="g-1"))  # an address is no identity
        session.commit()
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_a_unit_of_work_keeps_all_of_its_changes_or_none(sessions):
    with sessions() as session, unit_of_work(session):
        session.add(User(email="kept@example.org", google_subject="g-1"))
    with pytest.raises(ValueError), sessions() as session, unit_of_work(session):
        session.add(User(email="dropped@example.org"))
        session.flush()
        raise ValueError("the use case failed half-way")
    with pytest.raises(IntegrityError), sessions() as session, unit_of_work(session):
        session.add(User(email="also.dropped@example.org", google_subject="g-1"))  # the commit itself fails
    with sessions() as session:
        assert list(session.scalars(select(User.email))) == ["kept@example.org"]


def test_a_claim_is_renewed_only_by_its_owner_and_holds_a_row_asked_for_again(sessions):
    from notes.store import claims
    from notes.store.model import Claim

    queue, lease = claims.Queue(Interview.propose_at), timedelta(minutes=5)
    with sessions() as session:
        interview = seed(session)
        interview.propose_at = NOW
        session.commit()
    with sessions() as session, unit_of_work(session):
        assert claims.claim(session, queue, NOW, lease, 10, "owner") == [interview.id]
    with sessions() as session, unit_of_work(session):
        assert claims.renew(session, queue, "stranger", [interview.id], NOW + timedelta(hours=1)) == set()
        assert claims.renew(session, queue, "owner", [interview.id], NOW + timedelta(minutes=9)) == {interview.id}
        session.get(Interview, interview.id).propose_at = NOW + timedelta(minutes=6)  # asked for again
    later = NOW + timedelta(minutes=7)  # past the first lease, within the renewed one
    with sessions() as session, unit_of_work(session):
        assert claims.claim(session, queue, later, lease, 10, "stranger") == []
    with sessions() as session, unit_of_work(session):
        assert claims.claim(session, queue, NOW + timedelta(minutes=10), lease, 10, "stranger") == [interview.id]
        assert session.get(Claim, (queue.name, interview.id)).token == "stranger"
    with sessions() as session, unit_of_work(session):  # the first owner lost it: its renewal changes nothing
        assert claims.renew(session, queue, "owner", [interview.id], NOW + timedelta(hours=2)) == set()
        claims.release(session, queue, "stranger", [interview.id])
    with sessions() as session:
        assert session.scalars(select(Claim)).all() == []
