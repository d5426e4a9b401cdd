"""APScheduler wiring: one ``BackgroundScheduler`` with an in-memory job store firing the ticks.

Only the ticks live in APScheduler (its 3.x job stores cannot be shared between schedulers);
due work lives in the database, so several schedulers can share one PostgreSQL. Each tick is
its own job, so a long sync round never holds up proposals or nudges.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.background import BackgroundScheduler

from notes.runtime import Runtime

from .ticks import TICKS, TickLog, run_tick

Clock = Callable[[], datetime]


def _utcnow() -> datetime:
    return datetime.now(UTC)


def start_scheduler(
    rt: Runtime, tick_seconds: float = 30, clock: Clock = _utcnow
) -> tuple[BackgroundScheduler, TickLog]:
    """Fire every tick each ``tick_seconds`` (the first ones at once, in order); returns the
    running scheduler and the log of what the ticks did."""
    record = TickLog()
    scheduler = BackgroundScheduler(
        timezone=UTC, job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None}
    )
    first = datetime.now(UTC)
    for position, name in enumerate(TICKS):
        scheduler.add_job(
            _job(name, rt, clock, record),
            "interval",
            seconds=max(float(tick_seconds), 1.0),
            id=f"afterview-{name}",
            next_run_time=first + timedelta(milliseconds=200 * position),
        )
    scheduler.start()
    return scheduler, record


def _job(name: str, rt: Runtime, clock: Clock, record: TickLog):
    def tick() -> None:
        run_tick(name, rt, clock(), record)

    tick.__name__ = f"tick_{name}"
    return tick
