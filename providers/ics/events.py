"""One VEVENT occurrence as a ``CalendarEvent``: times in UTC (floating times and dates in the
user's zone), people, status, conferencing link, and text with control characters removed."""
from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..base import CalendarEvent, Person
from ..text import html_text, looks_like_html

MAX_TEXT = 64 * 1024  # longer descriptions are cut: detection and notes need only the start
_CONFERENCE = re.compile(
    r"https://(?:[\w-]+\.)*(?:zoom\.us|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|"
    r"webex\.com|whereby\.com|bluejeans\.com|gotomeeting\.com|meet\.jit\.si|chime\.aws)/[^\s<>\"']*",
    re.IGNORECASE,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")



def normalise(
    component, zone: ZoneInfo, calendar_name: str = "", series: frozenset[str] = frozenset()
) -> CalendarEvent:
    """One VEVENT occurrence as a ``CalendarEvent`` (times in UTC)."""
    uid = str(component.get("UID") or "").strip()
    if not uid:
        raise ValueError("no UID")
    if component.get("DTSTART") is None:
        raise ValueError("no DTSTART")
    raw_start = component.decoded("DTSTART")
    all_day = isinstance(raw_start, date) and not isinstance(raw_start, datetime)
    start = as_utc(raw_start, zone)
    end = _end(component, raw_start, zone, start)
    if end < start:
        raise ValueError("DTEND is before DTSTART")
    recurring = uid in series
    event_id = f"{uid}/{start:%Y%m%dT%H%M%SZ}" if recurring else uid
    description = _text(component.get("DESCRIPTION"))
    if looks_like_html(description):  # hiring systems and some clients write HTML into DESCRIPTION
        description = _text(html_text(description))
    location = _text(component.get("LOCATION"))
    return CalendarEvent(
        event_id=event_id,
        title=_text(component.get("SUMMARY"), 1000),
        start=start,
        end=end,
        description=description,
        location=location,
        all_day=all_day,
        time_zone=_tzid(raw_start, zone),
        status=str(component.get("STATUS", "CONFIRMED")).lower(),
        organizer=_person(component.get("ORGANIZER")),
        attendees=tuple(p for p in (_person(a) for a in _list(component.get("ATTENDEE"))) if p),
        conference_url=_conference(component, description, location),
        calendar_name=calendar_name,
        recurring=recurring,
        series_id=uid if recurring else None,
        updated=_optional_time(component, "LAST-MODIFIED", zone) or _optional_time(component, "DTSTAMP", zone),
    )


def _end(component, raw_start, zone, start: datetime) -> datetime:
    if component.get("DTEND") is not None:
        return as_utc(component.decoded("DTEND"), zone)
    if component.get("DURATION") is not None:
        return start + component.decoded("DURATION")
    # RFC 5545 3.6.1: a date lasts one day, a date-time without end lasts no time at all
    if isinstance(raw_start, date) and not isinstance(raw_start, datetime):
        return start + timedelta(days=1)
    return start


def as_utc(value, zone: ZoneInfo) -> datetime:
    """A date or date-time as aware UTC (floating values and dates are in ``zone``)."""
    if isinstance(value, datetime):
        if value.tzinfo is None:  # floating time: the user's own zone
            value = value.replace(tzinfo=zone)
        return value.astimezone(UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=zone).astimezone(UTC)
    raise ValueError(f"unreadable time {value!r}")


def _optional_time(component, name: str, zone) -> datetime | None:
    try:
        value = component.decoded(name)
    except (KeyError, ValueError):
        return None
    try:
        return as_utc(value, zone)
    except ValueError:
        return None


def _tzid(raw_start, zone: ZoneInfo) -> str | None:
    tz = getattr(raw_start, "tzinfo", None)
    key = getattr(tz, "key", None) or getattr(tz, "zone", None)
    if key:
        return str(key)
    return None if tz is not None else zone.key


def _person(value) -> Person | None:
    if value is None:
        return None
    params = getattr(value, "params", {}) or {}
    address = str(value).strip()
    if address.lower().startswith("mailto:"):
        address = address[7:]
    elif "@" not in address:  # a calendar server's principal URI: the address is in EMAIL (RFC 7986)
        address = str(params.get("EMAIL", "")).strip('"')
    address = address.strip().lower()
    if "@" not in address:
        return None
    cutype = str(params.get("CUTYPE", "INDIVIDUAL")).upper()
    role = str(params.get("ROLE", "")).upper()
    return Person(
        email=address,
        name=_text(params.get("CN"), 300).strip('"'),
        response=str(params.get("PARTSTAT", "NEEDS-ACTION")).lower(),
        resource=cutype in ("ROOM", "RESOURCE"),
        optional=role in ("OPT-PARTICIPANT", "NON-PARTICIPANT"),
        informed_only=role == "NON-PARTICIPANT",
    )


def _conference(component, description: str, location: str) -> str | None:
    for name in ("X-GOOGLE-CONFERENCE", "URL"):
        value = component.get(name)
        if value and _CONFERENCE.match(str(value)):
            return str(value)
    match = _CONFERENCE.search(location) or _CONFERENCE.search(description)
    return match.group(0) if match else None


def _text(value, limit: int = MAX_TEXT) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = " ".join(str(v) for v in value)
    return _CONTROL.sub("", str(value))[:limit]


def _list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def zone_named(name: str) -> ZoneInfo:
    """The zone called ``name``; UTC for an unknown name."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")
