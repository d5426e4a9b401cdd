"""The Calendar API v3 side of the fake Google: events.list (full and incremental sync, pages,
``410`` for an expired sync token), events.watch and channels.stop, push notifications.

Field names follow the reference: ``items``, ``nextPageToken``, ``nextSyncToken``, events with
``status`` "cancelled" in incremental results, ``eventType``, ``attendees[]`` with
``responseStatus``/``self``/``resource``/``organizer``, ``conferenceData``, ``hangoutLink``.
"""
from __future__ import annotations

import base64
import json
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime


def api_error(status: int, reason: str, message: str, domain: str = "global") -> tuple[int, dict]:
    return status, {"error": {"errors": [{"domain": domain, "reason": reason, "message": message}],
                              "code": status, "message": message}}


def _encode(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode()


def _decode(token: str) -> dict | None:
    try:
        return json.loads(base64.urlsafe_b64decode(token.encode()))
    except (ValueError, TypeError):
        return None


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _when(value: dict) -> datetime:
    if "dateTime" in value:
        return datetime.fromisoformat(value["dateTime"].replace("Z", "+00:00"))
    return datetime.fromisoformat(value["date"]).replace(tzinfo=UTC)


@dataclass
class Calendar:
    """One user's primary calendar: events with a change sequence number each."""

    email: str
    events: dict[str, dict] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)  # event id -> sequence of its last change
    sequence: int = 0
    generation: int = 0  # bumped to invalidate every sync token handed out so far
    resource_id: str = field(default_factory=lambda: secrets.token_hex(12))


@dataclass
class CalendarApi:
    clock: Callable[[], datetime]
    lock: threading.RLock = field(default_factory=threading.RLock)
    calendars: dict[str, Calendar] = field(default_factory=dict)
    channels: dict[str, dict] = field(default_factory=dict)
    notifications: list[tuple[str, dict]] = field(default_factory=list)
    message_numbers: dict[str, int] = field(default_factory=dict)

    def calendar(self, email: str) -> Calendar:
        with self.lock:
            return self.calendars.setdefault(email, Calendar(email))

    # ------------------------------------------------------------------ changes made by people

    def put_event(self, email: str, event: dict) -> dict:
        """Create or update an event (what the user or an organizer does in Calendar)."""
        with self.lock:
            calendar = self.calendar(email)
            stored = {"kind": "calendar#event", "status": "confirmed", "eventType": "default",
                      "created": _stamp(self.clock()), **event}
            stored["etag"] = f'"{secrets.randbelow(10**15)}"'
            stored["updated"] = _stamp(self.clock())
            stored.setdefault("iCalUID", f"{event['id']}@google.com")
            calendar.events[event["id"]] = stored
            self._changed(calendar, event["id"])
            return stored

    def delete_event(self, email: str, event_id: str) -> None:
        with self.lock:
            calendar = self.calendar(email)
            calendar.events[event_id] = {"kind": "calendar#event", "etag": '"0"', "id": event_id,
                                         "status": "cancelled", "updated": _stamp(self.clock())}
            self._changed(calendar, event_id)

    def expire_sync_tokens(self, email: str) -> None:
        with self.lock:
            self.calendar(email).generation += 1

    def _changed(self, calendar: Calendar, event_id: str) -> None:
        calendar.sequence += 1
        calendar.changed[event_id] = calendar.sequence
        for channel in self.channels.values():
            if channel["email"] == calendar.email and channel["expires"] > self.clock():
                self._notify(channel, "exists")

    # ------------------------------------------------------------------ events.list

    def list_events(self, email: str, query: dict[str, list[str]]) -> tuple[int, dict]:
        one = {key: values[-1] for key, values in query.items()}
        if one.get("singleEvents") != "true":
            return api_error(400, "badRequest", "this fake stores occurrences: ask with singleEvents=true")
        if "syncToken" in one and ({"timeMin", "timeMax", "updatedMin", "q", "orderBy"} & set(one)):
            return api_error(400, "invalid", "syncToken cannot be used with timeMin, timeMax, q, orderBy")
        size = min(int(one.get("maxResults", 250)), 2500)
        with self.lock:
            calendar = self.calendar(email)
            page = _decode(one["pageToken"]) if one.get("pageToken") else None
            state = page or self._start(calendar, one)
            if state is None or state.get("g") != calendar.generation:
                return api_error(410, "fullSyncRequired", "Sync token is no longer valid, a full sync is required.")
            matching = self._matching(calendar, state)
        start = state["o"]
        items = matching[start:start + size]
        answer = {"kind": "calendar#events", "etag": '"p1"', "summary": email, "updated": _stamp(self.clock()),
                  "timeZone": "UTC", "accessRole": "owner", "defaultReminders": [], "items": items}
        if start + size < len(matching):
            answer["nextPageToken"] = _encode({**state, "o": start + size})
        else:
            answer["nextSyncToken"] = _encode({"g": calendar.generation, "s": state["s"]})
        return 200, answer

    def _start(self, calendar: Calendar, one: dict) -> dict | None:
        if "syncToken" in one:
            token = _decode(one["syncToken"])
            if token is None or "s" not in token:
                return None
            return {"g": token["g"], "s": calendar.sequence, "since": token["s"], "o": 0}
        return {"g": calendar.generation, "s": calendar.sequence, "o": 0,
                "min": one.get("timeMin"), "max": one.get("timeMax"), "deleted": one.get("showDeleted") == "true"}

    def _matching(self, calendar: Calendar, state: dict) -> list[dict]:
        if "since" in state:  # incremental: everything changed after the token, deletions included
            ids = [i for i, seq in calendar.changed.items() if state["since"] < seq <= state["s"]]
            return [calendar.events[i] for i in sorted(ids, key=calendar.changed.get)]
        low = datetime.fromisoformat(state["min"].replace("Z", "+00:00")) if state.get("min") else None
        high = datetime.fromisoformat(state["max"].replace("Z", "+00:00")) if state.get("max") else None
        found = []
        for event in calendar.events.values():
            if event["status"] == "cancelled":
                if state.get("deleted"):
                    found.append(event)
                continue
            if (low and _when(event["end"]) <= low) or (high and _when(event["start"]) >= high):
                continue
            found.append(event)
        return sorted(found, key=lambda e: (_when(e["start"]), e["id"]))

    # ------------------------------------------------------------------ push channels

    def watch(self, email: str, body: dict) -> tuple[int, dict]:
        if body.get("type") not in ("web_hook", "webhook") or not body.get("id"):
            return api_error(400, "required", "channel id and type web_hook are required")
        if not str(body.get("address", "")).startswith("https://"):
            return api_error(400, "push.webhookUrlNotHttps", "WebHook callback must be HTTPS")
        with self.lock:
            if body["id"] in self.channels:
                return api_error(400, "channelIdNotUnique", "Channel id not unique")
            calendar = self.calendar(email)
            ttl = int((body.get("params") or {}).get("ttl", 604800))
            channel = {"id": body["id"], "email": email, "address": body["address"], "token": body.get("token"),
                       "resourceId": calendar.resource_id, "expires": self.clock() + timedelta(seconds=ttl),
                       "resourceUri": f"https://www.googleapis.com/calendar/v3/calendars/{email}/events"}
            self.channels[body["id"]] = channel
            self._notify(channel, "sync")
        return 200, {"kind": "api#channel", "id": channel["id"], "resourceId": channel["resourceId"],
                     "resourceUri": channel["resourceUri"], "token": channel["token"],
                     "expiration": str(int(channel["expires"].timestamp() * 1000))}

    def stop(self, body: dict) -> tuple[int, dict | None]:
        with self.lock:
            channel = self.channels.get(body.get("id", ""))
            if channel is None or channel["resourceId"] != body.get("resourceId"):
                return api_error(404, "notFound", f"Channel '{body.get('id')}' not found for project")
            del self.channels[channel["id"]]
        return 204, None

    def _notify(self, channel: dict, state: str) -> None:
        number = self.message_numbers.get(channel["id"], 0) + 1
        self.message_numbers[channel["id"]] = number
        headers = {"X-Goog-Channel-ID": channel["id"], "X-Goog-Channel-Token": channel["token"] or "",
                   "X-Goog-Channel-Expiration": format_datetime(channel["expires"], usegmt=True),
                   "X-Goog-Resource-ID": channel["resourceId"], "X-Goog-Resource-URI": channel["resourceUri"],
                   "X-Goog-Resource-State": state, "X-Goog-Message-Number": str(number)}
        self.notifications.append((channel["address"], {k: v for k, v in headers.items() if v}))

    def take_notifications(self) -> list[tuple[str, dict]]:
        """The notifications Google would POST now (address, headers), oldest first."""
        with self.lock:
            taken, self.notifications = self.notifications, []
        return taken
