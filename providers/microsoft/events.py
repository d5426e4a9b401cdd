"""Microsoft Graph ``event`` resources as ``CalendarEvent`` values.

Field by field: ``subject``; ``body`` (HTML turned to text), else ``bodyPreview``;
``location.displayName``; ``start``/``end`` ``{dateTime, timeZone}`` (asked for in UTC);
``isAllDay``; ``isCancelled`` and ``showAs``; the user's own ``responseStatus.response``;
``organizer.emailAddress``; ``attendees[]`` with ``emailAddress``, ``type`` (``resource`` marks
rooms, ``optional``) and ``status.response``; ``onlineMeeting.joinUrl``; ``type``
(singleInstance, occurrence, exception, seriesMaster); ``iCalUId``.

An occurrence that Graph sends with only its id, times and ``seriesMasterId`` is completed
from its series master (``complete_occurrence``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from ..base import CalendarEvent, Person
from ..text import html_text

MAX_TEXT = 64 * 1024
RESPONSES = {
    "accepted": "accepted",
    "organizer": "accepted",
    "declined": "declined",
    "tentativelyAccepted": "tentative",
    "none": "needs-action",
    "notResponded": "needs-action",
}
RECURRING_TYPES = ("occurrence", "exception", "seriesMaster")
# fields an occurrence takes from its series master when Graph leaves them out
SERIES_FIELDS = ("subject", "body", "bodyPreview", "location", "isAllDay", "isCancelled", "showAs",
                 "responseStatus", "organizer", "attendees", "onlineMeeting", "iCalUId", "isOrganizer",
                 "originalStartTimeZone", "lastModifiedDateTime")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def needs_series(item: dict) -> bool:
    """Whether ``item`` is an occurrence that came without the series' own fields."""
    return item.get("type") == "occurrence" and bool(item.get("seriesMasterId")) and "subject" not in item


def complete_occurrence(item: dict, master: dict) -> dict:
    """The occurrence ``item`` with the fields it lacks taken from its series ``master``."""
    merged = {name: master[name] for name in SERIES_FIELDS if name in master}
    merged.update(item)
    return merged


def normalise(item: dict, me: str = "") -> CalendarEvent:
    """One Graph event (an occurrence, exception or single instance) as a ``CalendarEvent``.

    ``me`` is the mailbox's own address: the user's ``responseStatus`` is recorded on it, so a
    declined invitation reads as declined. Raises ``ValueError`` for an event without times.
    """
    start, end = _time(item.get("start")), _time(item.get("end"))
    if end < start:
        raise ValueError("event ends before it starts")
    description = _body_text(item)
    event_type = str(item.get("type") or "singleInstance")
    return CalendarEvent(
        event_id=str(item["id"]),
        title=_clean(item.get("subject"), 1000),
        start=start,
        end=end,
        description=description,
        location=_clean((item.get("location") or {}).get("displayName"), 2000),
        all_day=bool(item.get("isAllDay")),
        time_zone=iana_zone(item.get("originalStartTimeZone")),
        status=_status(item),
        organizer=_person((item.get("organizer") or {}).get("emailAddress"), "accepted"),
        attendees=_attendees(item, me.lower()),
        conference_url=(item.get("onlineMeeting") or {}).get("joinUrl") or item.get("onlineMeetingUrl") or None,
        recurring=event_type in RECURRING_TYPES,
        series_id=_series(item, event_type),
        updated=parse_instant(item.get("lastModifiedDateTime")),
        extra={key: str(value) for key, value in (
            ("type", event_type), ("iCalUId", item.get("iCalUId")), ("seriesMasterId", item.get("seriesMasterId")),
            ("showAs", item.get("showAs")),
        ) if value},
    )


def _series(item: dict, event_type: str) -> str | None:
    """The series master's id for an occurrence or exception (the master's own id for itself)."""
    if event_type == "seriesMaster":
        return str(item["id"])
    return str(item["seriesMasterId"]) if item.get("seriesMasterId") else None


def _status(item: dict) -> str:
    if item.get("isCancelled"):
        return "cancelled"
    return "tentative" if item.get("showAs") == "tentative" else "confirmed"


def _attendees(item: dict, me: str) -> tuple[Person, ...]:
    people = []
    for attendee in item.get("attendees") or ():
        response = RESPONSES.get(str((attendee.get("status") or {}).get("response") or "none"), "needs-action")
        kind = str(attendee.get("type") or "required")
        person = _person(attendee.get("emailAddress"), response, resource=kind == "resource",
                         optional=kind == "optional")
        if person is not None:
            people.append(person)
    own = (item.get("responseStatus") or {}).get("response")
    if me and own and not item.get("isOrganizer"):
        response = RESPONSES.get(str(own), "needs-action")
        if any(p.email == me for p in people):
            people = [replace(p, response=response) if p.email == me else p for p in people]
        else:
            people.append(Person(email=me, response=response))
    return tuple(people)


def _person(address: dict | None, response: str, resource: bool = False, optional: bool = False) -> Person | None:
    address = address or {}
    email = str(address.get("address") or "").strip().lower()
    if "@" not in email:
        return None
    return Person(email=email, name=_clean(address.get("name"), 300), response=response,
                  resource=resource, optional=optional)


def _time(value: dict | None) -> datetime:
    if not value or not value.get("dateTime"):
        raise ValueError("event without start or end")
    moment = datetime.fromisoformat(_seconds_precision(str(value["dateTime"])))
    if moment.tzinfo is None:
        zone = iana_zone(value.get("timeZone")) or "UTC"
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    return moment.astimezone(UTC)


def parse_instant(text) -> datetime | None:
    """A Graph timestamp (``...Z``, an offset, up to seven fractional digits) as aware UTC."""
    try:
        moment = datetime.fromisoformat(_seconds_precision(str(text).replace("Z", "+00:00")))
    except (TypeError, ValueError):
        return None
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _seconds_precision(text: str) -> str:
    """Graph writes seven fractional digits; Python reads at most six."""
    return re.sub(r"(\.\d{6})\d+", r"\1", text)


def iana_zone(name) -> str | None:
    """An IANA zone for a Graph time zone name (IANA or Windows), or ``None``."""
    if not name:
        return None
    name = str(name)
    candidate = WINDOWS_TO_OLSON.get(name, name)
    try:
        ZoneInfo(candidate)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return candidate


def _body_text(item: dict) -> str:
    body = item.get("body") or {}
    content = body.get("content")
    if content:
        text = content if str(body.get("contentType", "")).lower() == "text" else html_text(content)
        return _clean(text, MAX_TEXT)
    return _clean(item.get("bodyPreview"), MAX_TEXT)


def _clean(value, limit: int = MAX_TEXT) -> str:
    if value is None:
        return ""
    return _CONTROL.sub("", str(value))[:limit]
