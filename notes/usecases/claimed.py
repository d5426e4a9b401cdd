"""Claim, then handle: the one loop every tick runs over its due work.

``handle_due`` claims due rows of a queue (``notes.store.claims``) a batch at a time and calls the
tick's handler for each row on its own. While a batch is worked on, a thread renews the lease of
the rows not finished yet, so a claim never runs out under a slow provider and no second worker
takes the same rows. For each row the handler:

- returns: it recorded the outcome in its own unit of work; the claim is released;
- raises ``RateLimited``: the row and the rest of its group (one account's rows) are given back,
  due again when the provider asked, not left waiting for the lease;
- raises anything else: the failure is recorded on the row's claim (attempts, the error) and the
  row is due again after a backoff that grows with its attempts; the other rows go on.

Rows of one group are handled in order, one after the other; up to ``concurrency`` groups at once.
Times written after the work are the tick's ``now`` plus the time the work took.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Hashable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from providers.base import RateLimited

from ..runtime import Runtime
from ..store import claims
from ..store.claims import Queue

log = logging.getLogger(__name__)
RATE_LIMIT_WAIT = timedelta(seconds=60)  # when a rate limit names no time
MIN_RATE_LIMIT_WAIT = timedelta(seconds=5)

Handler = Callable[[int], object]
Grouping = Callable[[Session, list[int]], dict[int, Hashable]]


@dataclass
class Report:
    """What a run did: the handled rows with the handlers' answers, the failed ones with their
    error, and the rows given back."""

    done: list[tuple[int, object]] = field(default_factory=list)
    failed: dict[int, str] = field(default_factory=dict)
    given_back: list[int] = field(default_factory=list)

    def values(self) -> list[object]:
        return [value for _item, value in self.done]


class _Clock:
    """The tick's ``now`` moved on by the time elapsed since the tick began."""

    def __init__(self, now: datetime):
        self._now, self._start = now, time.monotonic()

    def __call__(self) -> datetime:
        return self._now + timedelta(seconds=time.monotonic() - self._start)


def handle_due(rt: Runtime, queue: Queue, now: datetime, handle: Handler, *, limit: int = 100, batch: int = 25,
               concurrency: int = 1, group_of: Grouping | None = None) -> Report:
    """Claim up to ``limit`` due rows of ``queue``, ``batch`` at a time, and handle each on its own."""
    report, clock, taken = Report(), _Clock(now), 0
    while taken < limit:
        token, size = claims.new_token(), min(batch, limit - taken)
        with rt.unit_of_work() as session:
            ids = claims.claim(session, queue, now, rt.lease, size, token)
        if not ids:
            break
        taken += len(ids)
        _Batch(rt, queue, token, ids, clock, report).run(handle, concurrency, group_of)
        if len(ids) < size:
            break
    return report


class _Batch:
    """One claimed batch: its lease renewed while it is worked on, each row's outcome recorded."""

    def __init__(self, rt: Runtime, queue: Queue, token: str, ids: list[int], clock: _Clock, report: Report):
        self.rt, self.queue, self.token, self.ids, self.clock, self.report = rt, queue, token, ids, clock, report
        self._held = set(ids)
        self._done: list[int] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()

    def run(self, handle: Handler, concurrency: int, group_of: Grouping | None) -> None:
        groups = self._groups(group_of)
        renewing = threading.Thread(target=self._renew, name=f"afterview-lease-{self.queue.name}", daemon=True)
        renewing.start()
        try:
            if concurrency <= 1 or len(groups) <= 1:
                for rows in groups:
                    self._group(handle, rows)
            else:
                with ThreadPoolExecutor(max_workers=min(concurrency, len(groups)),
                                        thread_name_prefix=f"afterview-{self.queue.name}") as pool:
                    list(pool.map(lambda rows: self._group(handle, rows), groups))
        finally:
            self._stop.set()
            renewing.join()
            self._write("releasing", lambda session: claims.release(session, self.queue, self.token, self._done))

    def _groups(self, group_of: Grouping | None) -> list[list[int]]:
        keys: dict[int, Hashable] = {}
        if group_of is not None:
            try:
                with self.rt.session() as session:
                    keys = group_of(session, self.ids)
            except Exception:  # each row on its own, then
                log.exception("%s: grouping the claimed rows failed", self.queue.name)
        groups: dict[Hashable, list[int]] = {}
        for item in self.ids:
            groups.setdefault(keys.get(item, ("row", item)), []).append(item)
        return list(groups.values())

    def _group(self, handle: Handler, rows: list[int]) -> None:
        for position, item in enumerate(rows):
            try:
                value = handle(item)
            except RateLimited as exc:
                wait = timedelta(seconds=exc.retry_after) if exc.retry_after else RATE_LIMIT_WAIT
                self._give_back(rows[position:], self.clock() + max(wait, MIN_RATE_LIMIT_WAIT))
                return
            except Exception as exc:  # recorded on its row: one bad row never stops the others
                self._fail(item, exc)
            else:
                with self._lock:
                    self.report.done.append((item, value))
                    self._done.append(item)
                    self._held.discard(item)

    def _give_back(self, rows: list[int], when: datetime) -> None:
        self._finish(rows)
        with self._lock:
            self.report.given_back += rows
        self._write("giving back", lambda session: claims.give_back(session, self.queue, self.token, rows, when))

    def _fail(self, item: int, exc: Exception) -> None:
        log.error("%s %s failed", self.queue.name, item, exc_info=exc)
        error = f"{exc.__class__.__name__}: {exc}"
        self._finish([item])
        with self._lock:
            self.report.failed[item] = error[:500]
        self._write("recording a failure",
                    lambda session: claims.fail(session, self.queue, self.token, item, error, self.clock()))

    def _finish(self, rows: list[int]) -> None:
        with self._lock:
            self._held.difference_update(rows)

    def _renew(self) -> None:
        interval = max(self.rt.lease.total_seconds() / 3, 0.05)
        while not self._stop.wait(interval):
            with self._lock:
                rows = list(self._held)
            if not rows:
                continue
            kept = self._write("renewing its lease", lambda session, held=rows: claims.renew(
                session, self.queue, self.token, held, self.clock() + self.rt.lease))
            if kept is not None:
                lost = set(rows) - kept
                if lost:
                    log.warning("%s: the claim on %s was lost", self.queue.name, sorted(lost))
                self._finish(list(lost))

    def _write(self, what: str, change: Callable[[Session], object]) -> object:
        """``change`` in a unit of work of its own; a failure (the database away) is logged: the
        claims then simply run out with their lease."""
        try:
            with self.rt.unit_of_work() as session:
                return change(session)
        except Exception:
            log.exception("%s: %s failed", self.queue.name, what)
            return None
