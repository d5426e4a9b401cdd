"""One round of incremental Google calendar syncs for many accounts, against a loopback fake Google.

    python bench/sync_google.py [--accounts 10000] [--latency 0.05] [--concurrency 16] [--database-url URL]

The fake (``tests/fakes/google_server.py``) runs in its own process, over TLS, answering every
request after ``--latency`` seconds. Every account is seeded with a live access token; a first
round of full syncs gives each its sync token, then the measured round is
``notes.usecases.syncing.sync_due_accounts`` with the Google connector over all of them: one
``events.list?syncToken=`` each. The baseline in the same run is the ideal,
``accounts × latency ÷ concurrency``.

Requests per account and day are measured in a simulated week for a few accounts on an
in-process fake without latency: the real ticks (sync, renewals) every minute of simulated time,
``CHANGES_PER_DAY`` calendar changes a day per account, and with push each change notified to
``/webhooks/google``. Token refreshes (an access token lives an hour) are added at one an hour.
``bench/sync.py`` calls ``run``.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, insert, make_url, text, update  # noqa: E402

from notes.runtime import Runtime  # noqa: E402
from notes.store.crypto import TokenCipher, new_key  # noqa: E402
from notes.store.database import make_engine, make_sessions, upgrade  # noqa: E402
from notes.store.model import Account, User  # noqa: E402
from notes.usecases.syncing import sync_due_accounts  # noqa: E402
from providers.google import GoogleConnector  # noqa: E402
from providers.google.auth import CALENDAR, GoogleClient  # noqa: E402

CHANGES_PER_DAY = 5  # calendar changes a job seeker's calendar sees in a day (each one notified)
TOKEN_REFRESHES_PER_DAY = 24  # Google access tokens live an hour
CHUNK = 2000  # rows inserted per statement
SCRATCH = "/dev/shm" if os.path.isdir("/dev/shm") else None  # the simulated week needs no durable disk


def run(accounts: int = 10_000, latency: float = 0.05, concurrency: int = 16, database: str | None = None) -> dict:
    """Sync ``accounts`` accounts once (incrementally) against a fake Google with ``latency``."""
    fake, config = _start_fake(accounts, latency)
    workdir = tempfile.TemporaryDirectory(prefix="afterview-bench-")
    url, cleanup = fresh_database(database, workdir.name)
    try:
        rt = _runtime(url, config, concurrency)
        now = datetime.now(UTC)
        _seed(rt, accounts, now)
        full = _round(rt, now, accounts)
        with rt.session() as session:
            session.execute(update(Account).values(next_sync_at=now))
            session.commit()
        before = _stats(config)["requests"]
        incremental = _round(rt, now, accounts)
        per_sync = (_stats(config)["requests"] - before) / accounts
    finally:
        fake.terminate()
        fake.wait(timeout=30)
        cleanup()
        workdir.cleanup()
    daily = requests_per_day()
    return {
        "provider": "google", "accounts": accounts, "latency_s": latency, "concurrency": concurrency,
        "database": url.split(":", 1)[0].split("+")[0],
        "full_round_seconds": round(full, 2), "round_seconds": round(incremental, 2),
        "ideal_seconds": round(accounts * latency / concurrency, 2), "requests_per_sync": round(per_sync, 3),
        "requests_per_account_day_poll": daily["poll"], "requests_per_account_day_push": daily["push"],
        "assumed_changes_per_day": CHANGES_PER_DAY,
    }


def _start_fake(accounts: int, latency: float):
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.google_server", "--latency", str(latency), "--bench-users", str(accounts)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    if not line:
        raise RuntimeError("the fake Google did not start")
    started = json.loads(line)
    os.environ["REQUESTS_CA_BUNDLE"] = started["ca"]  # this process trusts the fake's authority
    return process, started["config"]


def _stats(config: dict) -> dict:
    import requests

    return requests.get(config["GOOGLE_API_ROOT"] + "_fake/stats", timeout=30).json()


def fresh_database(url: str | None, folder: str):
    """The database to use and how to clean it up: a new PostgreSQL database beside ``url``'s, or SQLite."""
    if not url:
        return f"sqlite:///{folder}/bench.db", lambda: None
    name = f"afterview_bench_{os.getpid()}_{os.urandom(3).hex()}"
    server = create_engine(url, isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with server.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        server.dispose()

    return make_url(url).set(database=name).render_as_string(hide_password=False), drop


def _runtime(url: str, config: dict, concurrency: int) -> Runtime:
    engine = make_engine(url, connections=concurrency)
    upgrade(engine)
    client = GoogleClient(config["GOOGLE_CLIENT_ID"], config["GOOGLE_CLIENT_SECRET"], config["GOOGLE_AUTH_URI"],
                          config["GOOGLE_TOKEN_URI"], config["GOOGLE_REVOKE_URI"], config["GOOGLE_CERTS_URL"])
    connector = GoogleConnector(client, config["GOOGLE_API_ROOT"], pool_size=concurrency)
    return Runtime(sessions=make_sessions(engine), cipher=TokenCipher(new_key()),
                   connectors={"google": connector}, sync_concurrency=concurrency)


def _seed(rt: Runtime, accounts: int, now: datetime) -> None:
    """Users ``user{i}@bench.test`` with their Google accounts, tokens as the fake issued them."""
    expiry = (now + timedelta(hours=20)).isoformat()
    with rt.session() as session:
        for start in range(0, accounts, CHUNK):
            chunk = range(start, min(start + CHUNK, accounts))
            session.execute(insert(User), [{"email": f"user{i}@bench.test", "name": f"User {i}", "time_zone": "UTC"}
                                           for i in chunk])
        ids = dict(session.query(User.email, User.id))
        for start in range(0, accounts, CHUNK):
            chunk = range(start, min(start + CHUNK, accounts))
            session.execute(insert(Account), [{
                "user_id": ids[f"user{i}@bench.test"], "provider": "google", "external_id": f"user{i}@bench.test",
                "token_blob": rt.cipher.seal({"token": f"bench-at-{i}", "refresh_token": f"bench-rt-{i}",
                                              "expiry": expiry, "scopes": [CALENDAR]}),
                "scopes": CALENDAR, "status": "active", "next_sync_at": now, "failures": 0} for i in chunk])
        session.commit()


def _round(rt: Runtime, now: datetime, accounts: int) -> float:
    """Seconds to sync every due account once; every sync must succeed."""
    started = time.perf_counter()
    outcomes = sync_due_accounts(rt, now, limit=accounts)
    elapsed = time.perf_counter() - started
    failed = [o for o in outcomes if not o.ok]
    if failed or len(outcomes) != accounts:
        raise RuntimeError(f"{len(failed)} of {len(outcomes)} syncs failed: {failed[:1]}")
    return elapsed


def requests_per_day(accounts: int = 8, days: int = 7, seed: int = 7) -> dict:
    """Requests per account and day, polling alone and with push, from a simulated week."""
    return {mode: _simulate(mode == "push", accounts, days, seed) for mode in ("poll", "push")}


def _simulate(push: bool, accounts: int, days: int, seed: int) -> float:
    from addon import create_app
    from scheduler.ticks import run_tick
    from tests.fakes.google_server import FakeGoogle

    start = datetime(2026, 3, 2, tzinfo=UTC)
    clock = {"now": start}
    fake = FakeGoogle(clock=lambda: clock["now"]).start()
    os.environ["REQUESTS_CA_BUNDLE"] = fake.ca_path
    folder = tempfile.TemporaryDirectory(prefix="afterview-day-", dir=SCRATCH)
    try:
        app = create_app({**fake.config(), "DATABASE_URL": f"sqlite:///{folder.name}/day.db", "TOKEN_KEY": new_key(),
                          "SECRET_KEY": "bench", "INSTANCE_PATH": folder.name, "SYNC_CONCURRENCY": 1,
                          "BASE_URL": "https://afterview.bench" if push else "http://127.0.0.1:8080"})
        app.extensions["afterview.clock"] = lambda: clock["now"]
        rt = app.extensions["afterview.runtime"]
        upgrade(app.extensions["afterview.engine"])
        _connect_simulated(app, fake, accounts, clock["now"])
        changes = _planned_changes(accounts, days, seed, start)
        client = app.test_client()
        before = fake.count()
        while clock["now"] < start + timedelta(days=days):
            for email, event in changes.pop(clock["now"], []):
                fake.calendar.put_event(email, event)
            for address, headers in fake.calendar.take_notifications():
                client.post(urlsplit(address).path, headers=headers)
            run_tick("sync", rt, clock["now"])
            run_tick("renewals", rt, clock["now"])
            clock["now"] += timedelta(minutes=1)
        per_day = (fake.count() - before) / accounts / days
        app.extensions["afterview.engine"].dispose()
        return round(per_day + TOKEN_REFRESHES_PER_DAY, 1)
    finally:
        fake.stop()
        folder.cleanup()


def _connect_simulated(app, fake, accounts: int, now: datetime) -> None:
    rt = app.extensions["afterview.runtime"]
    with rt.session() as session:
        for i in range(accounts):
            email = f"sim{i}@bench.test"
            fake.add_user(email, sign_in=False)
            fake.oauth.issue_access(email, [CALENDAR], f"sim-at-{i}", f"sim-rt-{i}", lifetime=30 * 86400)
            user = User(email=email, name=f"Sim {i}")
            session.add(Account(user=user, provider="google", external_id=email, scopes=CALENDAR,
                                token_blob=rt.cipher.seal({"token": f"sim-at-{i}", "refresh_token": f"sim-rt-{i}",
                                                           "expiry": (now + timedelta(days=30)).isoformat(),
                                                           "scopes": [CALENDAR]}),
                                next_sync_at=now, watch_renew_at=now))
        session.commit()


def _planned_changes(accounts: int, days: int, seed: int, start: datetime) -> dict:
    """Minute -> [(email, event)]: ``CHANGES_PER_DAY`` changes per account and day at random minutes."""
    rng = random.Random(seed)
    planned: dict[datetime, list] = {}
    for i in range(accounts):
        for n in range(CHANGES_PER_DAY * days):
            minute = start + timedelta(minutes=rng.randrange(days * 24 * 60))
            when = (minute + timedelta(days=2)).isoformat()
            event = {"id": f"ev{i}-{n}", "summary": "Coffee", "start": {"dateTime": when}, "end": {"dateTime": when}}
            planned.setdefault(minute, []).append((f"sim{i}@bench.test", event))
    return planned


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--database-url", default=os.environ.get("AFTERVIEW_TEST_DATABASE_URL"))
    args = parser.parse_args()
    for key, value in run(args.accounts, args.latency, args.concurrency, args.database_url).items():
        print(f"{key:32} {value}")


if __name__ == "__main__":
    main()
