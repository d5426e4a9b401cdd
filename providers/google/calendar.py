"""A Google calendar (Calendar API v3) as a ``CalendarSource``, and its push channels.

Sync follows Google's documented pattern: a full ``events.list`` over the window with
``singleEvents`` (recurring events expanded into occurrences with ids of their own), every
page followed, then incremental syncs with the ``nextSyncToken``. A ``410`` (the token is no
longer valid) raises ``CursorExpired`` and the caller starts over with a full sync. Cancelled
and deleted events come back as ``removed``; only regular events (``eventType`` "default") are
considered: focus time, out of office, working location, birthdays and events from Gmail never
hold an interview.
"""
from __future__ import annotations

import contextlib
import logging
import re
import uuid
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..base import (
    CalendarEvent,
    CalendarInvalid,
    CalendarSource,
    Person,
    ProviderError,
    SyncResult,
    SyncWindow,
    Watch,
    Watcher,
)
from ..text import html_text, looks_like_html
from .http import Missing

log = logging.getLogger(__name__)

CALENDAR_ID = "primary"
PAGE_SIZE = 250
MAX_PAGES = 200
CHANNEL_TTL = timedelta(days=7)
MAX_TEXT = 64 * 1024
RESPONSES = {"needsAction": "needs-action", "accepted": "accepted", "declined": "declined", "tentative": "tentative"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class GoogleCalendar(CalendarSource):
    """The account's primary calendar, read through an authorised ``GoogleAccountSession``."""

    def __init__(self, session, events, time_zone: str = "UTC"):
        self._session = session
        self._events = events  # the ``events`` resource of a built Calendar v3 service
        self._zone = _zone(time_zone)

    def changes(self, cursor: str | None, window: SyncWindow) -> SyncResult:
        params = {"calendarId": CALENDAR_ID, "singleEvents": True, "maxResults": PAGE_SIZE}
        if cursor:
            params["syncToken"] = cursor
        else:
            params.update(timeMin=_rfc3339(window.start), timeMax=_rfc3339(window.end))
        events: list[CalendarEvent] = []
        removed: list[str] = []
        page_token = None
        for _ in range(MAX_PAGES):
            page = self._session.execute(self._events.list(pageToken=page_token, **params))
            zone = _zone(page.get("timeZone")) if page.get("timeZone") else self._zone
            for item in page.get("items", []):
                self._take(item, zone, page.get("summary", ""), events, removed)
            page_token = page.get("nextPageToken")
            if not page_token:
                return self._result(cursor, page.get("nextSyncToken"), events, removed)
        raise CalendarInvalid(f"the calendar has more than {MAX_PAGES * PAGE_SIZE} events in the window")

    @staticmethod
    def _result(cursor, next_token, events, removed) -> SyncResult:
        if not next_token:
            raise ProviderError("Google's last page carried no nextSyncToken")
        return SyncResult(events=tuple(events), cursor=next_token, removed=tuple(removed),
                          complete=cursor is None, unchanged=bool(cursor) and not events and not removed)

    @staticmethod
    def _take(item: dict, zone: ZoneInfo, calendar_name: str, events: list, removed: list) -> None:
        if not isinstance(item, dict) or not item.get("id"):
            return
        if item.get("status") == "cancelled":
            removed.append(str(item["id"]))
            return
        if item.get("eventType", "default") != "default":
            return
        try:
            events.append(normalise(item, zone, calendar_name))
        except (KeyError, TypeError, ValueError) as exc:
            log.warning("event %s skipped: %s", str(item.get("id"))[:100], exc)


def normalise(item: dict, zone: ZoneInfo, calendar_name: str = "") -> CalendarEvent:
    """One Calendar v3 event resource as a ``CalendarEvent`` (times in UTC)."""
    start, all_day, start_zone = _time(item["start"], zone)
    end, _, _ = _time(item.get("end") or item["start"], zone)
    if end < start:
        raise ValueError("the event ends before it starts")
    description = _text(item.get("description"))
    return CalendarEvent(
        event_id=str(item["id"]),
        title=_text(item.get("summary"), 1000),
        start=start,
        end=end,
        description=description,
        location=_text(item.get("location"), 2000),
        all_day=all_day,
        time_zone=start_zone,
        status=item.get("status", "confirmed") if item.get("status") in ("confirmed", "tentative") else "confirmed",
        organizer=_person(item.get("organizer")),
        attendees=tuple(p for p in (_person(a) for a in item.get("attendees") or ()) if p),
        conference_url=_conference(item),
        calendar_name=_text(calendar_name, 300),
        recurring=bool(item.get("recurringEventId")),
        series_id=str(item["recurringEventId"]) if item.get("recurringEventId") else None,
        updated=_instant(item.get("updated")),
    )


def _time(value: dict, zone: ZoneInfo) -> tuple[datetime, bool, str | None]:
    own = value.get("timeZone")
    if value.get("dateTime"):
        moment = datetime.fromisoformat(value["dateTime"].replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=_zone(own) if own else zone)
        return moment.astimezone(UTC), False, own or zone.key
    day = date.fromisoformat(value["date"])
    local = _zone(own) if own else zone
    return datetime(day.year, day.month, day.day, tzinfo=local).astimezone(UTC), True, local.key


def _person(value) -> Person | None:
    if not isinstance(value, dict) or "@" not in str(value.get("email", "")):
        return None
    return Person(
        email=str(value["email"]).strip().lower(),
        name=_text(value.get("displayName"), 300),
        response=RESPONSES.get(value.get("responseStatus", "needsAction"), "needs-action"),
        resource=bool(value.get("resource")),
        optional=bool(value.get("optional")),
    )


def _conference(item: dict) -> str | None:
    for entry in (item.get("conferenceData") or {}).get("entryPoints") or ():
        if isinstance(entry, dict) and entry.get("entryPointType") == "video" and entry.get("uri"):
            return str(entry["uri"])
    return str(item["hangoutLink"]) if item.get("hangoutLink") else None


def _text(value, limit: int = MAX_TEXT) -> str:
    """Plain text of a field; Google descriptions may hold HTML, read as the other adapters read it
    (paragraphs and breaks as lines, scripts and styles dropped, entities decoded)."""
    if not value:
        return ""
    text = str(value)
    if looks_like_html(text):
        text = html_text(text, limit)
    return _CONTROL.sub("", text)[:limit]


def _instant(value) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).astimezone(UTC)
    except ValueError:
        return None


def _rfc3339(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


class GoogleWatcher(Watcher):
    """Push channels on the primary calendar's events (``events.watch`` / ``channels.stop``)."""

    def __init__(self, session, events, channels):
        self._session = session
        self._events = events
        self._channels = channels

    def start(self, address: str, secret: str) -> Watch:
        body = {"id": str(uuid.uuid4()), "type": "web_hook", "address": address, "token": secret,
                "params": {"ttl": str(int(CHANNEL_TTL.total_seconds()))}}
        channel = self._session.execute(self._events.watch(calendarId=CALENDAR_ID, body=body), idempotent=False)
        expires = None
        if channel.get("expiration"):
            expires = datetime.fromtimestamp(int(channel["expiration"]) / 1000, UTC)
        return Watch(id=str(channel.get("id") or body["id"]), resource_id=str(channel.get("resourceId", "")),
                     expires_at=expires)

    def stop(self, watch: Watch) -> None:
        with contextlib.suppress(Missing):  # already gone
            self._session.execute(self._channels.stop(body={"id": watch.id, "resourceId": watch.resource_id}))
