"""Interviews on no calendar (a phone call, a career fair), added by the user.

They belong to the user's own "added by hand" source: an account of provider ``manual`` made on
first use, so that a user with no calendar connected can add one too, and so that disconnecting
a calendar never takes them away. That source is never synced and has no mailbox of its own; it
is not listed among the user's accounts. The notes of an added interview come like any other's:
planned for the end plus the proposal delay, and proposed at once when that is past; they are
written in the user's connected Google or Microsoft mailbox (``mail_account``) when there is one.
"""
from __future__ import annotations

import re
import uuid
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import lifecycle, planning
from ..errors import InvalidInput, NotFound
from ..statuses import AccountStatus
from ..store.model import Account, Interview, User

MANUAL = "manual"  # the provider of the user's own source
FIELDS = {"title", "company", "role", "start", "end", "people", "details", "mode"}
MODES = ("video", "phone", "onsite")
MAX_PEOPLE = 20
MAX_LENGTH = {"title": 300, "company": 200, "role": 200}
LONGEST = timedelta(hours=24)
FARTHEST = timedelta(days=366)
ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+$")
MAX_DETAILS = 10_000


def manual_source(session: Session, user: User) -> Account:
    """The user's "added by hand" source, made on first use."""
    account = session.scalar(select(Account).where(Account.user_id == user.id, Account.provider == MANUAL))
    if account is None:
        account = Account(user=user, provider=MANUAL, external_id=MANUAL, display_name="Added by hand",
                          status=AccountStatus.ACTIVE, next_sync_at=None)
        session.add(account)
    return account


def add_interview(session: Session, user_id: int, data, now: datetime,
                  default_delay: timedelta = planning.DEFAULT_DELAY) -> Interview:
    """Add an interview from ``data`` (``title``, ``company``, ``role``, ``start``, ``end``,
    ``people``: [{``name``, ``email``}], optionally ``details`` and ``mode``). Times are ISO 8601
    with an offset. Its notes are planned for the end plus the user's delay (``default_delay``
    when they set none). ``InvalidInput`` says what to change; nothing is stored then."""
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("no such user")
    fields = read_interview(data, user, now)
    interview = Interview(account=manual_source(session, user), provider_event_id=f"{MANUAL}-{uuid.uuid4().hex}",
                          confidence=1.0, reasons=["you added this interview"], kind="job", **fields)
    session.add(interview)
    delay = planning.proposal_delay(user.proposal_delay_minutes, default_delay)
    lifecycle.plan(interview, planning.propose_at(interview.end_at, delay))
    return interview


def read_interview(data, user: User, now: datetime) -> dict:
    """The interview's fields from the request, checked."""
    if not isinstance(data, dict):
        raise InvalidInput("send a JSON object with title, company, role, start, end and people")
    unknown = sorted(set(data) - FIELDS)
    if unknown:
        raise InvalidInput(f"unknown field {unknown[0]!r}: send {', '.join(sorted(FIELDS))}")
    texts = {name: _text(data, name) for name in MAX_LENGTH}
    if not (texts["title"] or texts["company"]):
        raise InvalidInput("title: give the interview a title or name the company")
    start, end = _moment(data, "start"), _moment(data, "end")
    if end <= start:
        raise InvalidInput("end: the interview must end after it starts")
    if end - start > LONGEST:
        raise InvalidInput("end: an interview lasts at most 24 hours")
    if abs(start - now) > FARTHEST:
        raise InvalidInput("start: give a time within a year of today")
    mode = data.get("mode")
    if mode is not None and mode not in MODES:
        raise InvalidInput(f"mode: one of {', '.join(MODES)}")
    details = data.get("details", "")
    if not isinstance(details, str) or len(details) > MAX_DETAILS:
        raise InvalidInput(f"details: text of at most {MAX_DETAILS} characters")
    title = texts["title"] or " · ".join(p for p in ("Interview", texts["company"], texts["role"]) if p)
    return {"title": title, "company": texts["company"] or None, "role": texts["role"] or None, "mode": mode,
            "start_at": start, "end_at": end, "people": _people(data.get("people"), user),
            "details": details.strip()}


def _text(data: dict, name: str) -> str:
    value = data.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput(f"{name}: text, please")
    value = " ".join(value.split())
    if len(value) > MAX_LENGTH[name]:
        raise InvalidInput(f"{name}: at most {MAX_LENGTH[name]} characters")
    return value


def _moment(data: dict, name: str) -> datetime:
    value = data.get(name)
    example = "e.g. 2026-03-02T15:00:00+01:00"
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(f"{name}: a time is needed, as ISO 8601 with an offset ({example})")
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(f"{name}: {value[:40]!r} is not an ISO 8601 time ({example})") from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise InvalidInput(f"{name}: the time needs an offset from UTC ({example})")
    return moment


def _people(value, user: User) -> list[dict]:
    if not isinstance(value, list) or not value:
        raise InvalidInput("people: name at least one person you met, with their email address")
    if len(value) > MAX_PEOPLE:
        raise InvalidInput(f"people: at most {MAX_PEOPLE}")
    people: dict[str, dict] = {}
    for number, person in enumerate(value, 1):
        if not isinstance(person, dict):
            raise InvalidInput(f"people[{number}]: send {{\"name\", \"email\"}}")
        name, email = person.get("name") or "", person.get("email") or ""
        if not isinstance(name, str) or not isinstance(email, str) or len(name) > 200 or len(email) > 320:
            raise InvalidInput(f"people[{number}]: name and email are short texts")
        name, email = " ".join(name.split()), email.strip().lower()
        if not email:
            who = f" for {name}" if name else ""
            raise InvalidInput(f"people[{number}]: an email address{who} is needed to write them a note")
        if not ADDRESS.match(email):
            raise InvalidInput(f"people[{number}]: {email[:80]!r} is not an email address")
        if email == user.email.lower():
            raise InvalidInput(f"people[{number}]: that is your own address; name the people you met")
        people.setdefault(email, {"name": name, "email": email})
    return list(people.values())
