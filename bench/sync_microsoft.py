"""One round of incremental Microsoft calendar syncs for many accounts, against a loopback fake Graph.

    python bench/sync_microsoft.py [--accounts 10000] [--latency 0.05] [--concurrency 50] [--database URL]

The store is ``--database`` (or ``AFTERVIEW_BENCH_DATABASE_URL``), else a temporary SQLite file;
PostgreSQL, the production store, is what a round over this many accounts should be measured on.

Every account is connected (its msal token cache holds a valid access token). A first round of
``notes.usecases.syncing.sync_due_accounts`` makes each account's full delta round; the measured round
is the next one, each sync one ``me/calendarView/delta`` request on its delta link, answered
after ``--latency`` seconds. The baseline in the same
run is the ideal: ``accounts × latency ÷ concurrency``. Requests per account and day are
derived from the requests one sync measured here, with the stated assumptions: polling every
``Runtime.poll_interval``; with push, polling every ``Runtime.push_poll_interval`` plus one sync
per calendar change, a subscription renewed weekly; an access token refreshed at most hourly.
``bench/sync.py`` calls ``run``.
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, event, insert, text, update  # noqa: E402

from notes.runtime import Runtime  # noqa: E402
from notes.store.crypto import TokenCipher, new_key  # noqa: E402
from notes.store.database import make_sessions, upgrade  # noqa: E402
from notes.store.model import Account, User  # noqa: E402
from notes.usecases.syncing import sync_due_accounts  # noqa: E402
from providers.microsoft import MicrosoftConnector  # noqa: E402
from providers.microsoft.graph import new_session  # noqa: E402
from providers.microsoft.watch import LIFETIME  # noqa: E402
from tests.fakes.microsoft_fixtures import authorize  # noqa: E402
from tests.fakes.microsoft_graph_fake import graph_time  # noqa: E402
from tests.fakes.microsoft_server import MicrosoftServer  # noqa: E402

CHANGES_PER_DAY = 5  # calendar changes a job seeker's calendar sees in a day (each one notified)
TOKEN_REFRESHES_PER_DAY = 24  # Entra access tokens live about an hour
INSERT_CHUNK = 2000  # accounts inserted per statement


def run(accounts: int = 10_000, latency: float = 0.05, concurrency: int = 50, database: str | None = None) -> dict:
    """Sync ``accounts`` accounts once against a fake Graph answering after ``latency`` seconds.

    The fake runs in a process of its own, so its work does not compete with Afterview's.
    """
    fake = FakeProcess()
    previous_bundle = os.environ.get("REQUESTS_CA_BUNDLE")
    os.environ["REQUESTS_CA_BUNDLE"] = fake.ca_path  # this process trusts the fake's authority
    workdir = tempfile.TemporaryDirectory(prefix="afterview-bench-")
    database = database or os.environ.get("AFTERVIEW_BENCH_DATABASE_URL") or f"sqlite:///{workdir.name}/bench.db"
    schema = None
    try:
        now = datetime.now(UTC)
        database, schema = _private_schema(database)
        rt, engine = _runtime(fake, database, concurrency)
        _seed(rt, fake, accounts, now)
        fake.ask("latency", latency)
        full_round = _round(rt, now, accounts)  # each account's first sync: a full delta round
        with rt.session() as session:
            session.execute(update(Account).values(next_sync_at=now))
            session.commit()
        before = fake.ask("requests")
        elapsed = _round(rt, now, accounts)
        per_sync = (fake.ask("requests") - before) / accounts
        figures = _figures(rt, accounts, latency, concurrency, elapsed, per_sync)
        figures["full_round_seconds"] = round(full_round, 2)
        figures["database"] = engine.dialect.name
        engine.dispose()
        return figures
    finally:
        fake.stop()
        if schema:
            _drop_schema(database, schema)
        workdir.cleanup()
        if previous_bundle is None:
            os.environ.pop("REQUESTS_CA_BUNDLE", None)
        else:
            os.environ["REQUESTS_CA_BUNDLE"] = previous_bundle


def _round(rt: Runtime, now: datetime, accounts: int) -> float:
    """Seconds one ``sync_due_accounts`` round over every account takes; every sync must succeed."""
    started = time.perf_counter()
    outcomes = sync_due_accounts(rt, now, limit=accounts)
    elapsed = time.perf_counter() - started
    failed = [o for o in outcomes if not o.ok]
    if failed or len(outcomes) != accounts:
        raise RuntimeError(f"{len(failed)} of {len(outcomes)} syncs failed: {failed[:1]}")
    return elapsed


class FakeProcess:
    """The fake Microsoft cloud in a child process, with one user and a few events."""

    def __init__(self):
        self._pipe, child = multiprocessing.Pipe()
        context = multiprocessing.get_context("spawn")
        self._process = context.Process(target=_serve_fake, args=(child,), daemon=True)
        self._process.start()
        started = self._pipe.recv()
        self.base_url, self.ca_path = started["base_url"], started["ca_path"]
        self.client_id, self.client_secret = started["client_id"], started["client_secret"]
        self.authority, self.graph_root = f"{self.base_url}/common", f"{self.base_url}/v1.0/"

    def ask(self, what: str, value=None):
        """Tell the fake (``latency``, ``requests``, ``stop``) and return its answer."""
        self._pipe.send((what, value))
        return self._pipe.recv()

    def stop(self) -> None:
        self.ask("stop")
        self._process.join(timeout=10)


def _serve_fake(pipe) -> None:
    server = MicrosoftServer()
    cloud = server.cloud
    now = datetime.now(UTC)
    user = cloud.add_user("bench@contoso.example", "Bench User")
    for n in range(3):
        user.put_event({"id": f"ev-{n}", "type": "singleInstance", "subject": "Team sync",
                        "start": graph_time(now + timedelta(days=n)),
                        "end": graph_time(now + timedelta(days=n, hours=1))})
    pipe.send({"base_url": server.base_url, "ca_path": server.tls.path, "client_id": cloud.client_id,
               "client_secret": cloud.client_secret})
    while True:
        what, value = pipe.recv()
        if what == "latency":
            cloud.latency = value
        elif what == "stop":
            server.close()
            pipe.send(None)
            return
        pipe.send(len(cloud.requests) if what == "requests" else None)


def _private_schema(url: str) -> tuple[str, str | None]:
    """On PostgreSQL, a fresh schema for this run (dropped afterwards) and a URL that uses it."""
    if not url.startswith("postgresql"):
        return url, None
    schema = f"bench_{os.urandom(6).hex()}"
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}", schema


def _drop_schema(url: str, schema: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    engine.dispose()


def _engine(url: str, concurrency: int):
    """The store as ``notes.store.database.make_engine`` makes it, with one connection per concurrent sync
    (its pool is sized for the service's default concurrency, not for this many)."""
    if not url.startswith("sqlite"):
        return create_engine(url, pool_size=concurrency, max_overflow=5, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                           pool_size=concurrency, max_overflow=5)
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(connection, _record) -> None:
    cursor = connection.cursor()
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "busy_timeout=30000"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _runtime(fake: FakeProcess, url: str, concurrency: int):
    engine = _engine(url, concurrency)
    upgrade(engine)
    connector = MicrosoftConnector(fake.client_id, fake.client_secret, fake.authority, fake.graph_root,
                                   http=new_session(pool_size=concurrency))
    runtime = Runtime(sessions=make_sessions(engine), cipher=TokenCipher(new_key()),
                      connectors={"microsoft": connector}, sync_concurrency=concurrency)
    return runtime, engine


def _seed(rt: Runtime, fake: FakeProcess, accounts: int, now: datetime) -> None:
    """``accounts`` connected accounts (all of the fake's one user), each with a live access token."""
    connector = rt.connectors["microsoft"]
    flow = connector.begin_connect({}, "http://127.0.0.1/oauth/microsoft/callback")
    grant = connector.finish_connect(flow, authorize(None, flow["auth_uri"]))
    blob = rt.cipher.seal(grant.credentials)
    with rt.session() as session:
        for start in range(0, accounts, INSERT_CHUNK):
            chunk = range(start, min(start + INSERT_CHUNK, accounts))
            session.execute(insert(User), [{"email": f"seeker{n}@bench.example", "name": f"Seeker {n}",
                                            "time_zone": "UTC"} for n in chunk])
        ids = dict(session.query(User.email, User.id).filter(User.email.like("seeker%@bench.example")))
        for start in range(0, accounts, INSERT_CHUNK):
            chunk = range(start, min(start + INSERT_CHUNK, accounts))
            session.execute(insert(Account), [{
                "user_id": ids[f"seeker{n}@bench.example"], "provider": "microsoft",
                "external_id": f"seeker{n}@bench.example", "token_blob": blob, "scopes": " ".join(grant.scopes),
                "status": "active", "next_sync_at": now, "failures": 0} for n in chunk])
        session.commit()


def _figures(rt: Runtime, accounts: int, latency: float, concurrency: int, elapsed: float, per_sync: float) -> dict:
    day = timedelta(days=1)
    polls = day / rt.poll_interval
    pushed_polls = day / rt.push_poll_interval
    renewals = 2 * day / (LIFETIME - timedelta(hours=12))  # a new subscription and the old one deleted
    return {
        "provider": "microsoft",
        "accounts": accounts,
        "latency_s": latency,
        "concurrency": concurrency,
        "round_seconds": round(elapsed, 2),
        "ideal_seconds": round(accounts * latency / concurrency, 2),
        "requests_per_sync": round(per_sync, 3),
        "requests_per_account_day_poll": round(polls * per_sync + TOKEN_REFRESHES_PER_DAY, 1),
        "requests_per_account_day_push": round((pushed_polls + CHANGES_PER_DAY) * per_sync
                                               + TOKEN_REFRESHES_PER_DAY + renewals, 1),
        "assumed_changes_per_day": CHANGES_PER_DAY,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--database", default=None, help="SQLAlchemy URL; PostgreSQL gets a private schema "
                        "(default: AFTERVIEW_BENCH_DATABASE_URL, else a temporary SQLite file)")
    args = parser.parse_args()
    figures = run(args.accounts, args.latency, args.concurrency, args.database)
    for key, value in figures.items():
        print(f"{key:32} {value}")
    print(f"{'round / ideal':32} {figures['round_seconds'] / figures['ideal_seconds']:.2f}")


if __name__ == "__main__":
    main()
