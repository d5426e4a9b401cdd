"""Claims of due work: rows whose due time has come are taken, held while the work goes on, given back.

A ``Queue`` is one kind of due work: the rows of a table whose due column is at or before now. A
claim moves each row's due time to the end of its lease (a claimant that dies leaves the work due
again once the lease runs out) and records the claimant's ``token`` and lease in ``claims``. No one
else takes a row while a live claim holds it, even when the row is asked for again meanwhile (an
edit making a draft due now): that request waits for the holder, which ``settle``s the row without
overwriting it. The holder ``renew``s the lease of the rows it still holds while it works, records a
failure on the one row it concerns (``fail``: attempts, the error, a growing backoff), gives back
what it will not do now (``give_back``: due again when it says) and ``release``s what it finished.

On PostgreSQL rows are taken with ``FOR UPDATE SKIP LOCKED``; on SQLite with one
``UPDATE ... RETURNING`` under SQLite's single write lock. The caller commits (a unit of work).
"""
from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, delete, literal, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from .model import Claim

MAX_BACKOFF = timedelta(hours=6)


@dataclass(frozen=True)
class Queue:
    """Due work of one kind: rows of the due column's table whose due time has come (and ``where``)."""

    due: Any  # a mapped due column, e.g. ``Note.draft_due_at``
    where: tuple = ()

    @property
    def model(self) -> Any:
        return self.due.class_

    @property
    def name(self) -> str:
        return f"{self.model.__tablename__}.{self.due.key}"


def new_token() -> str:
    """A claimant's token (also a fresh mark for a mailbox draft or mail)."""
    return secrets.token_hex(16)


def backoff(attempts: int) -> timedelta:
    """How long a row that failed ``attempts`` times in a row waits: 1, 2, 4 ... minutes, at most 6 hours."""
    return min(timedelta(minutes=2 ** max(attempts - 1, 0)), MAX_BACKOFF)


def claim(session: Session, queue: Queue, now: datetime, lease: timedelta, limit: int, token: str) -> list[int]:
    """Take up to ``limit`` due rows no live claim holds; their due time becomes ``now + lease``."""
    model, due, until = queue.model, queue.due, now + lease
    held = select(Claim.item_id).where(Claim.queue == queue.name, Claim.token.is_not(None), Claim.until > now)
    candidates = (select(model.id).where(due <= now, model.id.not_in(held), *queue.where)
                  .order_by(due, model.id).limit(limit))
    if session.get_bind().dialect.name == "postgresql":
        ids = list(session.scalars(candidates.with_for_update(skip_locked=True, of=model)))
        if ids:
            session.execute(update(model).where(model.id.in_(ids)).values({due.key: until}))
    else:
        if session.scalar(candidates.limit(1)) is None:  # nothing due: no write transaction at all
            return []
        statement = (update(model).where(model.id.in_(candidates.scalar_subquery()))
                     .values({due.key: until}).returning(model.id))
        ids = list(session.scalars(statement))
    if ids:
        _hold(session, queue, ids, token, until)
    return sorted(ids)


def _hold(session: Session, queue: Queue, ids: list[int], token: str, until: datetime) -> None:
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = insert(Claim).values(
        [{"queue": queue.name, "item_id": item_id, "token": token, "until": until, "attempts": 0} for item_id in ids])
    session.execute(statement.on_conflict_do_update(
        index_elements=[Claim.queue, Claim.item_id],
        set_={"token": statement.excluded.token, "until": statement.excluded.until}))


def renew(session: Session, queue: Queue, token: str, ids: Iterable[int], until: datetime) -> set[int]:
    """Extend to ``until`` the lease of those of ``ids`` that ``token`` still holds; returns them."""
    ids = list(ids)
    if not ids:
        return set()
    statement = (update(Claim).where(Claim.queue == queue.name, Claim.token == token, Claim.item_id.in_(ids))
                 .values(until=until).returning(Claim.item_id))
    return set(session.scalars(statement))


def give_back(session: Session, queue: Queue, token: str, ids: Iterable[int], when: datetime) -> None:
    """The rows of ``ids`` still held by ``token`` are not done now: due again at ``when``, released."""
    ids = list(ids)
    if not ids:
        return
    held = _held(queue, token, ids)
    session.execute(update(queue.model).where(queue.model.id.in_(held.scalar_subquery()))
                    .values({queue.due.key: when}))
    session.execute(update(Claim).where(Claim.queue == queue.name, Claim.token == token, Claim.item_id.in_(ids))
                    .values(token=None, until=None))


def fail(session: Session, queue: Queue, token: str, item_id: int, error: str, now: datetime,
         wait: Callable[[int], timedelta] = backoff) -> datetime | None:
    """Record a failure on a row ``token`` holds: one more attempt, the error, due again after a wait
    that grows with the attempts. Returns when it is due again (``None`` when the row is not held)."""
    row = session.get(Claim, (queue.name, item_id), with_for_update=True)
    if row is None or row.token != token:
        return None
    row.attempts += 1
    row.last_error, row.failed_at = error[:1000], now
    row.token = row.until = None
    when = now + wait(row.attempts)
    session.execute(update(queue.model).where(queue.model.id == item_id).values({queue.due.key: when}))
    return when


def release(session: Session, queue: Queue, token: str, ids: Iterable[int]) -> None:
    """The rows of ``ids`` are done: their claims (and any failures recorded) go."""
    ids = list(ids)
    if ids:
        session.execute(delete(Claim).where(Claim.queue == queue.name, Claim.token == token,
                                            Claim.item_id.in_(ids)))


def settle(row: Any, due: Any, claimed: datetime | None, value: datetime | None) -> None:
    """Set ``row``'s due column to ``value`` unless the row was asked for again since it was claimed
    (its due time is no longer ``claimed``, the lease's end): decided by the UPDATE itself, so a
    request that arrives until the commit is kept too."""
    if claimed is None:
        setattr(row, due.key, value)
        return
    kind = due.type
    setattr(row, due.key, case((due == literal(claimed, kind), literal(value, kind)), else_=due))


def failures(session: Session, queue: Queue) -> dict[int, Claim]:
    """The rows of ``queue`` whose last attempts failed, with their record."""
    rows = session.scalars(select(Claim).where(Claim.queue == queue.name, Claim.attempts > 0))
    return {row.item_id: row for row in rows}


def _held(queue: Queue, token: str, ids: list[int]):
    return select(Claim.item_id).where(Claim.queue == queue.name, Claim.token == token, Claim.item_id.in_(ids))
