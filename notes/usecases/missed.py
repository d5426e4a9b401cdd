"""Every miss is recoverable: the events not taken for interviews are kept a while, with little.

An event that detection did not take for an interview, and that has someone from outside the
user's own organisation on it (``providers.organisation``), is kept as an ``other`` row so that
``GET /api/interviews?include=all`` can list it and the user can say "this was an interview"
(``POST /api/interviews/<id>/correction``). Only what that needs is kept: the title, the times,
the series, the people from outside (name and address) and the organizer when from outside, and
detection's confidence, reasons and guesses. Never the description, the location, the
conferencing link or colleagues' addresses; never an event with nobody from outside, a cancelled
or declined one, or an all-day one. A row goes when its event is deleted or stops having someone
from outside, and ``forget_old_events`` deletes those that ended more than ``KEEP_FOR`` ago.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from providers.base import CalendarEvent, Person
from providers.organisation import organisation_of, outside_people

from .. import lifecycle
from ..runtime import Runtime
from ..statuses import MISSED
from ..store.model import Account, Interview
from .rules import Word, explained, outside_organizer

KEEP_FOR = timedelta(days=30)


def kept_fields(event: CalendarEvent, verdict, me: set[str], word: Word | None = None) -> dict | None:
    """The little an ``other`` row keeps of ``event``; ``None`` when it is not worth keeping."""
    people = outside_people(event, me)
    if (not people or event.all_day or event.status == "cancelled"
            or any(p.email in me and p.response == "declined" for p in event.attendees)):
        return None
    organizer = event.organizer if outside_organizer(event.organizer, me) else None
    return {**detected_fields(event, verdict, people, word), "description": "", "location": "",
            "company": verdict.company or organisation_of(people),
            "organizer": stored_person(organizer) if organizer else None}


def detected_fields(event: CalendarEvent, verdict, people, word: Word | None = None) -> dict:
    """What every interview row holds of ``event`` and detection's ``verdict`` on it, whether synced
    or kept here: the title, times and series, ``people``, and the verdict's guesses with its reasons
    (the user's word first). The description, location, company and organizer are the caller's."""
    return {
        "title": event.title[:1000],
        "role": verdict.role,
        "stage": verdict.stage,
        "kind": verdict.kind or "job",
        "mode": verdict.mode,
        "start_at": event.start,
        "end_at": event.end,
        "time_zone": event.time_zone,
        "confidence": float(verdict.confidence),
        "reasons": explained(verdict.reasons, word),
        "people": [stored_person(p) for p in people],
        "series_id": event.series_id,
    }


def stored_person(person: Person) -> dict:
    """A person as an interview row keeps them: name and address."""
    return {"name": person.display_name(), "email": person.email}


def keep(session: Session, account: Account, rows: dict[str, Interview], event: CalendarEvent, verdict,
         fingerprint: str, me: set[str], now: datetime, word: Word | None = None) -> int:
    """Keep an event that is not an interview when someone from outside is on it and it has not
    been over for ``KEEP_FOR``; returns how many rows it added (0 or 1)."""
    fields = kept_fields(event, verdict, me, word)
    if fields is None or event.end < now - KEEP_FOR:
        return 0
    row = lifecycle.hold_as_other(Interview(account=account, provider_event_id=event.event_id,
                                            fingerprint=fingerprint, **fields))
    session.add(row)
    rows[event.event_id] = row
    return 1


def refresh(session: Session, rows: dict[str, Interview], row: Interview, event: CalendarEvent, verdict,
            me: set[str], now: datetime, word: Word | None = None) -> int:
    """A kept event changed and is still not an interview: keep what it says now, or forget it
    when nobody from outside is on it any more."""
    fields = kept_fields(event, verdict, me, word)
    if fields is None or event.end < now - KEEP_FOR:
        session.delete(row)
        rows.pop(row.provider_event_id, None)
        return 1
    for name, value in fields.items():
        setattr(row, name, value)
    return 1


def forget_gone(session: Session, rows: dict[str, Interview], gone: set[str]) -> set[str]:
    """Delete the kept events among ``gone`` (deleted from the calendar); returns the rest."""
    kept = {eid for eid in gone if eid in rows and rows[eid].status in MISSED}
    for eid in kept:
        session.delete(rows.pop(eid))
    return gone - kept


def forget_old_events(rt: Runtime, now: datetime) -> int:
    """Delete the kept events that ended more than ``KEEP_FOR`` ago; returns how many."""
    with rt.unit_of_work() as session:
        result = session.execute(delete(Interview).where(
            Interview.status.in_(MISSED), Interview.end_at < now - KEEP_FOR))
        return result.rowcount or 0


def missed_of(session: Session, user_id: int, now: datetime, limit: int = 200) -> list[Interview]:
    """The user's kept events of the last ``KEEP_FOR`` that have started, newest first."""
    return list(session.scalars(
        select(Interview).join(Account)
        .where(Account.user_id == user_id, Interview.status.in_(MISSED),
               Interview.start_at <= now, Interview.end_at >= now - KEEP_FOR)
        .order_by(Interview.start_at.desc(), Interview.id.desc())
        .limit(limit)
    ))
