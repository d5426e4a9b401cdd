"""Time from interview end to proposal over a simulated week.

Many users, each with an iCalendar week of interviews and ordinary events, are synced and
ticked by the real scheduler rounds while a simulated clock advances one tick at a time. For
every interview it records how long after its end the notes were proposed, and prints the
distribution beside the bound the design promises (the delay, plus at most one tick), measured
in the same run. It also counts notes proposed before the end (must be zero).

    python bench/week.py [--users 50] [--tick 30] [--delay 10] [--database-url URL]
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from notes.runtime import Runtime  # noqa: E402
from notes.store.crypto import TokenCipher, new_key  # noqa: E402
from notes.store.database import make_engine, make_sessions, upgrade  # noqa: E402
from notes.store.model import Interview, Note  # noqa: E402
from notes.usecases import service  # noqa: E402
from providers.ics import IcsConnector  # noqa: E402
from scheduler.ticks import run_round  # noqa: E402

MONDAY = datetime(2026, 3, 2, 0, 0, tzinfo=UTC)
COMPANIES = ["Acme Robotics", "Northwind Traders", "Harbor & Finch", "Meridian Foods", "Lumen Analytics",
             "Brightline Health", "Copperleaf Bank", "Tailspin Toys", "Coho Winery", "Litware"]
ROLES = ["Data Analyst", "Backend Engineer", "Product Manager", "Designer", "Accountant"]


def week_calendar(user: int, rng: random.Random) -> str:
    """One user's week: three to six interviews and a few ordinary events."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Afterview bench//EN"]
    for number in range(rng.randint(3, 6)):
        company = rng.choice(COMPANIES)
        domain = company.lower().replace(" ", "").replace("&", "and") + ".com"
        start = MONDAY + timedelta(days=rng.randint(0, 4), hours=rng.randint(13, 21), minutes=rng.randint(0, 59))
        end = start + timedelta(minutes=rng.choice([30, 45, 60, 90]))
        people = rng.randint(1, 3)
        lines += ["BEGIN:VEVENT", f"UID:u{user}-iv{number}", "DTSTAMP:20260220T120000Z",
                  f"SUMMARY:Interview: {rng.choice(ROLES)} - {company}",
                  f"DTSTART:{start:%Y%m%dT%H%M%SZ}", f"DTEND:{end:%Y%m%dT%H%M%SZ}",
                  f"ORGANIZER;CN=Recruiting:mailto:recruiting@{domain}",
                  f"ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:user{user}@example.net"]
        lines += [f'ATTENDEE;CN="Person {p}";PARTSTAT=ACCEPTED:mailto:person{p}.{number}@{domain}'
                  for p in range(people)]
        lines += ["END:VEVENT"]
    for number in range(4):
        start = MONDAY + timedelta(days=number, hours=12)
        lines += ["BEGIN:VEVENT", f"UID:u{user}-other{number}", "DTSTAMP:20260220T120000Z", "SUMMARY:Lunch",
                  f"DTSTART:{start:%Y%m%dT%H%M%SZ}", f"DTEND:{start + timedelta(hours=1):%Y%m%dT%H%M%SZ}",
                  "END:VEVENT"]
    return "\r\n".join(lines + ["END:VCALENDAR"]) + "\r\n"


def setup(rt: Runtime, folder: Path, users: int, now: datetime) -> None:
    rng = random.Random(7)
    for user in range(users):
        path = folder / f"user{user}.ics"
        path.write_text(week_calendar(user, rng))
        connect_user(rt, user, path, now)


def connect_user(rt: Runtime, user: int, path: Path, now: datetime) -> None:
    """User number ``user`` (user<n>@example.net) with the calendar file at ``path`` connected."""
    with rt.session() as session:
        user_id = service.ensure_user(session, f"user{user}@example.net", f"User {user}").id
        session.commit()
    service.connect_ics(rt, user_id, str(path), now, allow_files=True, allow_private=True)


def simulate(rt: Runtime, start: datetime, tick: timedelta) -> tuple[int, float]:
    now, rounds, began = start, 0, time.perf_counter()
    while now < start + timedelta(days=7):
        run_round(rt, now)
        now += tick
        rounds += 1
    return rounds, time.perf_counter() - began


def measure(rt: Runtime) -> tuple[list[float], int, int]:
    with rt.session() as session:
        rows = list(session.scalars(select(Interview)))
        lags = [(i.proposed_at - i.end_at).total_seconds() / 60 for i in rows if i.proposed_at]
        early = sum(1 for n in session.scalars(select(Note)) if n.proposed_at < n.interview.end_at)
        return lags, len(rows), early


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--tick", type=float, default=30, help="seconds between scheduler rounds")
    parser.add_argument("--delay", type=float, default=10, help="proposal delay in minutes")
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite:///{folder}/week.db"
        engine = make_engine(url)
        upgrade(engine)
        rt = Runtime(sessions=make_sessions(engine), cipher=TokenCipher(new_key()),
                     connectors={"ics": IcsConnector()}, proposal_delay=timedelta(minutes=args.delay))
        start = MONDAY - timedelta(hours=1, seconds=-17)  # ticks do not line up with the hour
        setup(rt, Path(folder), args.users, start)
        rounds, seconds = simulate(rt, start, timedelta(seconds=args.tick))
        lags, interviews, early = measure(rt)
        engine.dispose()
    report(args, lags, interviews, early, rounds, seconds)


def report(args, lags, interviews, early, rounds, seconds) -> None:
    lags.sort()
    bound = args.delay + args.tick / 60
    print(f"simulated week: {args.users} users, {interviews} interviews, {rounds} rounds every {args.tick:.0f}s "
          f"({seconds:.1f}s of real time, {seconds / rounds * 1000:.2f} ms per round)")
    print(f"end -> proposal (minutes): p50 {statistics.median(lags):.2f}  p95 {lags[int(len(lags) * .95) - 1]:.2f}"
          f"  max {lags[-1]:.2f}  (min {lags[0]:.2f})")
    print(f"baseline: the configured delay {args.delay:.2f} min; promised bound delay + one tick = {bound:.2f} min")
    print(f"proposed: {len(lags)}/{interviews} interviews; notes proposed before the end: {early}")


if __name__ == "__main__":
    main()
