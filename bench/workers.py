"""How many interviews' notes and drafts ``afterview worker`` processes handle per minute on one
PostgreSQL, for 1, 2 and 4 workers, beside one worker: the figure a deployment sizes its workers by.

    python bench/workers.py [--workers 1,2,4] [--accounts 40] [--interviews 2] [--latency 1.0]
                            [--concurrency 4] [--database-url URL]

A fake Google runs in this process over TLS and answers every request after ``--latency`` seconds.
Each account (drafts on, nudges shown in the sidebar) has ``--interviews`` ended interviews with two
interviewers each. For each worker count a fresh database is seeded and the workers are started;
once all of them are up, every account's sync is made due at the same moment, and the time runs
until every interview is proposed and every note has its Gmail draft. Ticks run every second and
each worker handles ``--concurrency`` accounts at once (``AFTERVIEW_SYNC_CONCURRENCY``).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select, update  # noqa: E402

from bench.sync_google import fresh_database  # noqa: E402
from notes.store.crypto import TokenCipher, new_key  # noqa: E402
from notes.store.database import make_engine, make_sessions, upgrade  # noqa: E402
from notes.store.model import Account, Interview, Note, User  # noqa: E402
from providers.google.auth import CALENDAR, DRAFTS, SENT_CHECK  # noqa: E402
from tests.fakes.google_server import FakeGoogle  # noqa: E402

SCOPES = [CALENDAR, DRAFTS, SENT_CHECK]
WITHIN = 600.0  # seconds a run may take at most


def run(workers: int, accounts: int, interviews: int, latency: float, concurrency: int, database: str) -> dict:
    """One run with ``workers`` worker processes; seconds until every note has its draft, and rates."""
    fake = FakeGoogle(latency=latency).start()
    folder = tempfile.TemporaryDirectory(prefix="afterview-workers-")
    url, drop = fresh_database(database, folder.name)
    key, processes = new_key(), []
    try:
        engine = make_engine(url, connections=4)
        upgrade(engine)
        sessions = make_sessions(engine)
        _seed(sessions, TokenCipher(key), fake, accounts, interviews)
        env = _environment(fake, url, key, concurrency, folder.name)
        processes = [_start(env, Path(folder.name) / f"worker-{i}.log") for i in range(workers)]
        _wait_until_up(processes, Path(folder.name))
        began = time.monotonic()
        with sessions() as session:
            session.execute(update(Account).values(next_sync_at=datetime.now(UTC)))
            session.commit()
        seconds = _until_done(sessions, accounts * interviews, began)
        requests = fake.count()
        engine.dispose()
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(30)
        fake.stop()
        drop()
        folder.cleanup()
    done = accounts * interviews
    return {"workers": workers, "seconds": round(seconds, 1), "interviews_per_minute": round(done * 60 / seconds, 1),
            "drafts_per_minute": round(2 * done * 60 / seconds, 1), "requests": requests}


def _seed(sessions, cipher: TokenCipher, fake: FakeGoogle, accounts: int, interviews: int) -> None:
    """Users with drafts on and nudges off, each a Google account with ended interviews."""
    now = datetime.now(UTC).replace(microsecond=0)
    later = now + timedelta(days=1)
    with sessions() as session:
        for i in range(accounts):
            email = f"user{i}@bench.test"
            fake.add_user(email, f"User {i}", sign_in=False)
            fake.oauth.issue_access(email, SCOPES, f"bench-at-{i}", f"bench-rt-{i}")
            for n in range(interviews):
                fake.calendar.put_event(email, _interview(n, email, now - timedelta(hours=2 + n)))
            user = User(email=email, name=f"User {i}", drafts_enabled=True, nudges_enabled=False)
            session.add(Account(user=user, provider="google", external_id=email, scopes=" ".join(SCOPES),
                                token_blob=cipher.seal({"token": f"bench-at-{i}", "refresh_token": f"bench-rt-{i}",
                                                        "expiry": later.isoformat(), "scopes": SCOPES}),
                                next_sync_at=later))
        session.commit()


def _interview(n: int, email: str, start: datetime) -> dict:
    company, domain = f"Company {n}", f"company{n}.example"
    people = [("Dana Whitfield", f"dana.whitfield@{domain}"), ("Omar Haddad", f"omar.haddad@{domain}")]
    return {
        "id": f"iv{n}", "summary": f"Interview: Data Analyst - {company}",
        "description": f"Your interview for the Data Analyst position at {company} "
                       "with Dana Whitfield and Omar Haddad.",
        "start": {"dateTime": start.isoformat()}, "end": {"dateTime": (start + timedelta(minutes=45)).isoformat()},
        "organizer": {"email": f"recruiting@{domain}", "displayName": f"{company} Recruiting"},
        "attendees": [{"email": address, "displayName": name, "responseStatus": "accepted"} for name, address in people]
                     + [{"email": email, "responseStatus": "accepted", "self": True}],
    }


def _environment(fake: FakeGoogle, url: str, key: str, concurrency: int, folder: str) -> dict:
    settings = {f"AFTERVIEW_{name}": value for name, value in fake.config().items()}
    return {**os.environ, **settings, "AFTERVIEW_DATABASE_URL": url, "AFTERVIEW_TOKEN_KEY": key,
            "AFTERVIEW_SECRET_KEY": "bench-secret-key-of-at-least-32-bytes-long", "AFTERVIEW_INSTANCE_PATH": folder,
            "AFTERVIEW_TICK_SECONDS": "1", "AFTERVIEW_LEASE_SECONDS": "30", "AFTERVIEW_PROPOSAL_DELAY_MINUTES": "0",
            "AFTERVIEW_SYNC_CONCURRENCY": str(concurrency), "AFTERVIEW_BASE_URL": "http://127.0.0.1:9",
            "REQUESTS_CA_BUNDLE": fake.ca_path, "PYTHONUNBUFFERED": "1"}


def _start(env: dict, log: Path) -> subprocess.Popen:
    with open(log, "wb") as out:
        return subprocess.Popen([sys.executable, "-m", "addon.cli", "worker"], cwd=ROOT, env=env, stdout=out,
                                stderr=subprocess.STDOUT)


def _wait_until_up(processes: list[subprocess.Popen], folder: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        logs = [p.read_text(errors="replace") for p in sorted(folder.glob("worker-*.log"))]
        if all("afterview worker:" in log for log in logs) and len(logs) == len(processes):
            return
        if any(p.poll() is not None for p in processes):
            raise RuntimeError("a worker exited:\n" + "\n".join(logs))
        time.sleep(0.2)
    raise RuntimeError("the workers did not start")


def _until_done(sessions, interviews: int, began: float) -> float:
    while time.monotonic() - began < WITHIN:
        with sessions() as session:
            proposed = session.scalar(select(func.count()).select_from(Interview).where(Interview.status == "proposed"))
            drafted = session.scalar(select(func.count()).select_from(Note).where(Note.draft_id.is_not(None)))
        if proposed == interviews and drafted == 2 * interviews:
            return time.monotonic() - began
        time.sleep(0.25)
    raise RuntimeError(f"not done within {WITHIN} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--accounts", type=int, default=40)
    parser.add_argument("--interviews", type=int, default=2)
    parser.add_argument("--latency", type=float, default=1.0)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--database-url", default=os.environ.get("AFTERVIEW_TEST_DATABASE_URL"))
    args = parser.parse_args()
    if not args.database_url:
        parser.error("a PostgreSQL URL is needed (--database-url or AFTERVIEW_TEST_DATABASE_URL)")
    print(f"{args.accounts} accounts x {args.interviews} interviews x 2 drafts, Google answering in "
          f"{args.latency} s, {args.concurrency} accounts at once per worker")
    print(f"{'workers':>7} {'seconds':>8} {'interviews/min':>15} {'drafts/min':>11} {'vs one worker':>14} "
          f"{'requests':>9}")
    single = None
    for count in (int(n) for n in args.workers.split(",")):
        result = run(count, args.accounts, args.interviews, args.latency, args.concurrency, args.database_url)
        single = single or result["interviews_per_minute"]
        print(f"{count:>7} {result['seconds']:>8} {result['interviews_per_minute']:>15} "
              f"{result['drafts_per_minute']:>11} {result['interviews_per_minute'] / single:>13.2f}x "
              f"{result['requests']:>9}", flush=True)


if __name__ == "__main__":
    main()
