"""A slow language model delays no one: proposal lateness with and without a model, same run.

Twenty users (``--interviews``) each have an interview that ends at the same moment. The real
scheduler (APScheduler, every tick a job of its own, ``--tick`` seconds apart, real clock) runs
against a SQLite store with a proposal delay of zero, twice: once with no model configured, once
with a loopback OpenAI-compatible model (``tests/fakes/llm_server.py``) that takes ``--model-seconds``
(default 5) to answer every request, through the real ``openai`` client, at most
``--concurrency`` requests at once. For each run it prints how late after the end the notes were
proposed (p50, max), and for the model run when the model's text replaced the composed notes.

    python bench/drafting.py [--interviews 20] [--model-seconds 5] [--tick 1] [--concurrency 4]
"""
from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from bench.week import connect_user  # noqa: E402
from notes.runtime import Runtime  # noqa: E402
from notes.store.crypto import TokenCipher, new_key  # noqa: E402
from notes.store.database import make_engine, make_sessions, upgrade  # noqa: E402
from notes.store.model import Interview, Note  # noqa: E402
from providers.ics import IcsConnector  # noqa: E402
from providers.model import OpenAICompatibleModel  # noqa: E402
from scheduler.runner import start_scheduler  # noqa: E402
from scheduler.ticks import run_tick  # noqa: E402
from tests.fakes.llm_server import ModelServer  # noqa: E402

COMPANIES = ["Acme Robotics", "Northwind Traders", "Meridian Foods", "Lumen Analytics", "Coho Winery"]
ROLES = ["Data Analyst", "Backend Engineer", "Product Manager", "Designer", "Accountant"]


def calendar(user: int, end: datetime) -> str:
    """One interview ending at ``end``, with one to three interviewers."""
    company = COMPANIES[user % len(COMPANIES)]
    domain = company.lower().replace(" ", "") + ".com"
    start = end - timedelta(minutes=45)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Afterview bench//EN", "BEGIN:VEVENT",
             f"UID:u{user}-iv", "DTSTAMP:20260220T120000Z", f"SUMMARY:Interview: {ROLES[user % 5]} - {company}",
             f"DTSTART:{start:%Y%m%dT%H%M%SZ}", f"DTEND:{end:%Y%m%dT%H%M%SZ}",
             f"ORGANIZER;CN=Recruiting:mailto:recruiting@{domain}",
             f"ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:user{user}@example.net"]
    lines += [f'ATTENDEE;CN="Person{p} Surname{user}";PARTSTAT=ACCEPTED:mailto:person{p}.surname{user}@{domain}'
              for p in range(1 + user % 3)]
    return "\r\n".join(lines + ["END:VEVENT", "END:VCALENDAR"]) + "\r\n"


def run(folder: Path, interviews: int, tick: float, model: OpenAICompatibleModel | None, concurrency: int,
        wait: float) -> dict:
    """One run: set up the users, let the scheduler work until everything is done, measure."""
    engine = make_engine(f"sqlite:///{folder}/drafting-{'model' if model else 'plain'}.db", connections=20)
    upgrade(engine)
    rt = Runtime(sessions=make_sessions(engine), cipher=TokenCipher(new_key()), connectors={"ics": IcsConnector()},
                 proposal_delay=timedelta(0), model=model, model_concurrency=concurrency)
    now = datetime.now(UTC)
    end = (now + timedelta(seconds=6)).replace(microsecond=0)  # iCalendar times are whole seconds
    for user in range(interviews):
        path = folder / f"{'m' if model else 'p'}{user}.ics"
        path.write_text(calendar(user, end))
        connect_user(rt, user, path, now)
    run_tick("sync", rt, now)
    scheduler, log = start_scheduler(rt, tick)
    deadline = time.monotonic() + wait
    try:
        while time.monotonic() < deadline and not finished(rt, model is not None, interviews):
            time.sleep(0.2)
    finally:
        scheduler.shutdown(wait=True)
    result = measure(rt, end)
    engine.dispose()
    return result


def finished(rt: Runtime, with_model: bool, interviews: int) -> bool:
    with rt.session() as session:
        proposed = session.scalar(select(Interview.id).where(Interview.status == "upcoming").limit(1)) is None
        pending = session.scalar(select(Note.id).where(Note.rewrite_due_at.is_not(None)).limit(1)) is not None
        return proposed and not (with_model and pending)


def measure(rt: Runtime, end: datetime) -> dict:
    with rt.session() as session:
        interviews = list(session.scalars(select(Interview)))
        notes = [n for n in session.scalars(select(Note)) if n.channel == "email"]
        lateness = sorted((i.proposed_at - i.end_at).total_seconds() for i in interviews if i.proposed_at)
        rewritten = sorted((n.updated_at - end).total_seconds() for n in notes if n.written_by != "composer")
        return {"interviews": len(interviews), "proposed": len(lateness), "lateness": lateness, "notes": len(notes),
                "rewritten": rewritten, "early": sum(1 for n in notes if n.proposed_at < n.interview.end_at)}


def line(values: list[float]) -> str:
    if not values:
        return "none"
    return f"p50 {statistics.median(values):5.1f} s   max {values[-1]:5.1f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interviews", type=int, default=20)
    parser.add_argument("--model-seconds", type=float, default=5.0)
    parser.add_argument("--tick", type=float, default=1.0, help="seconds between ticks")
    parser.add_argument("--concurrency", type=int, default=4, help="AFTERVIEW_LLM_CONCURRENCY")
    parser.add_argument("--wait", type=float, default=300, help="give up after this many seconds per run")
    args = parser.parse_args()
    logging.getLogger("apscheduler").setLevel(logging.ERROR)  # "skipped: already running" is the point here
    server = ModelServer(delay=args.model_seconds)
    model = OpenAICompatibleModel(server.url, server.model, timeout=max(20.0, 3 * args.model_seconds))
    try:
        with tempfile.TemporaryDirectory() as folder:
            plain = run(Path(folder), args.interviews, args.tick, None, args.concurrency, args.wait)
            slow = run(Path(folder), args.interviews, args.tick, model, args.concurrency, args.wait)
    finally:
        model.close()
        server.close()
    print(f"{args.interviews} interviews ending together; proposal delay 0; ticks every {args.tick:g} s (real clock)")
    print(f"no model:                 proposed {plain['proposed']}/{plain['interviews']}   "
          f"end -> proposal {line(plain['lateness'])}")
    print(f"model answering in {args.model_seconds:g} s: proposed {slow['proposed']}/{slow['interviews']}   "
          f"end -> proposal {line(slow['lateness'])}")
    print(f"  the model's text in {len(slow['rewritten'])}/{slow['notes']} email notes "
          f"({len(server.requests)} requests, at most {server.most_in_flight} at once): end -> model text "
          f"{line(slow['rewritten'])}")
    print(f"notes proposed before the end: {plain['early'] + slow['early']}")


if __name__ == "__main__":
    main()
