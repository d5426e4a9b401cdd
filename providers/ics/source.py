"""An iCalendar file or feed (local path, http(s) or webcal URL) as a calendar source.

Recurring events are expanded over the sync window with recurring-ical-events; floating times
and all-day dates are read in the user's time zone. The cursor is the SHA-256 of the content,
so an unchanged feed costs one download and no work. An ICS source has no mailbox.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import icalendar

from ..base import (
    CalendarEvent,
    CalendarInvalid,
    CalendarSource,
    Connector,
    SyncResult,
    SyncWindow,
    Unavailable,
)
from .events import as_utc, normalise, zone_named
from .fetch import fetch_calendar, resolve
from .recurrence import occurrences

MAX_BYTES = 20 * 1024 * 1024
MAX_WARNINGS = 20  # kept with the cursor and shown on the account


def read_source(source: str, fetch: Callable[[str], bytes] | None = None, public_only: bool = False) -> bytes:
    """The raw bytes of a calendar at a path or an http(s)/webcal URL.

    With ``public_only`` (a shared server) files are refused and every address the download
    goes to, redirects included, must be a public one (``fetch``). Raises ``Unavailable``
    (with the reason) when the calendar cannot be read.
    """
    if re.match(r"^(https?|webcal)://", source, re.IGNORECASE):
        url = re.sub(r"^webcal://", "https://", source, flags=re.IGNORECASE)
        return fetch(url) if fetch else fetch_calendar(url, public_only, MAX_BYTES)
    if public_only:
        raise Unavailable("only http(s) calendar URLs can be read on this server")
    path = Path(source).expanduser()
    try:
        if path.stat().st_size > MAX_BYTES:
            raise CalendarInvalid(f"{source}: larger than {MAX_BYTES // (1024 * 1024)} MB")
        return path.read_bytes()
    except OSError as exc:
        raise Unavailable(f"cannot read {source}: {exc.strerror or exc}") from exc


def is_public_host(host: str) -> bool:
    """Whether ``host`` resolves, and only to public addresses (``fetch.is_public_address``)."""
    try:
        resolve(host, 443, public_only=True)
    except Unavailable:
        return False
    return True


def parse_calendar(data: bytes, label: str = "calendar") -> icalendar.Calendar:
    """Parse iCalendar bytes, raising ``CalendarInvalid`` with a readable reason."""
    if not data.strip():
        raise CalendarInvalid(f"{label}: the file is empty")
    if b"BEGIN:VCALENDAR" not in data[:4096].upper():
        raise CalendarInvalid(f"{label}: not an iCalendar file (no BEGIN:VCALENDAR)")
    if b"END:VCALENDAR" not in data[-4096:].upper():
        raise CalendarInvalid(f"{label}: incomplete calendar, no END:VCALENDAR (is the file truncated?)")
    try:
        calendars = icalendar.Calendar.from_ical(data, multiple=True)
    except Exception as exc:  # icalendar raises ValueError, KeyError, IndexError... on bad input
        raise CalendarInvalid(f"{label}: malformed iCalendar ({_short(exc)})") from exc
    if not calendars:
        raise CalendarInvalid(f"{label}: malformed iCalendar (no complete VCALENDAR: every BEGIN needs its END)")
    if len(calendars) == 1:
        return calendars[0]
    merged = icalendar.Calendar()
    for cal in calendars:
        for component in cal.subcomponents:
            merged.add_component(component)
    return merged


def read_events(
    data: bytes,
    window: SyncWindow | None = None,
    default_zone: str = "UTC",
    label: str = "calendar",
) -> tuple[list[CalendarEvent], list[str]]:
    """The events of an iCalendar document as ``CalendarEvent`` values, and warnings.

    With a ``window``, recurring events are expanded inside it; without one, over the span of
    the calendar's own events. Events that cannot be read, series that repeat more often than
    hourly and occurrences past the limits (``recurrence``) are skipped with a warning naming
    their UID; a document that cannot be read at all raises ``CalendarInvalid``.
    """
    calendar = parse_calendar(data, label)
    zone = zone_named(default_zone)
    name = str(calendar.get("X-WR-CALNAME", ""))
    if window is None:
        window = _span(calendar, zone)
    warnings = _broken_events(calendar)  # first: an event is named by what is wrong with it
    series = _series_uids(calendar)
    events: list[CalendarEvent] = []
    for component in occurrences(calendar, window, zone, warnings):
        try:
            events.append(normalise(component, zone, name, series))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            warnings.append(f"event {component.get('UID', '?')} skipped: {_short(exc)}")
    return events, warnings


def _broken_events(calendar) -> list[str]:
    """Warnings for events with properties icalendar could not read (they are skipped)."""
    found = []
    for component in calendar.walk("VEVENT"):
        for name, problem in getattr(component, "errors", ())[:3]:
            found.append(f"event {component.get('UID', '?')}: {name} unreadable ({_short(problem)})")
    return found


def _series_uids(calendar) -> frozenset[str]:
    """UIDs of recurring series: their occurrences get ids of their own."""
    seen: dict[str, int] = {}
    series = set()
    for component in calendar.walk("VEVENT"):
        uid = str(component.get("UID") or "")
        seen[uid] = seen.get(uid, 0) + 1
        if component.get("RRULE") or component.get("RDATE") or component.get("RECURRENCE-ID") or seen[uid] > 1:
            series.add(uid)
    return frozenset(series)


def _span(calendar, zone: ZoneInfo) -> SyncWindow:
    starts = []
    for component in calendar.walk("VEVENT"):
        try:
            starts.append(as_utc(component.decoded("DTSTART"), zone))
        except (KeyError, ValueError, TypeError):
            continue
    if not starts:
        now = datetime.now(UTC)
        return SyncWindow(now, now)
    return SyncWindow(min(starts) - timedelta(days=1), max(starts) + timedelta(days=366))


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
    return text[:200]


class IcsCalendar(CalendarSource):
    """A calendar read from an .ics file or URL; changes are whole snapshots keyed by hash."""

    def __init__(
        self,
        source: str,
        default_zone: str = "UTC",
        fetch: Callable[[str], bytes] | None = None,
        public_only: bool = False,
    ):
        self.source = source
        self.default_zone = default_zone
        self._fetch = fetch
        self._public_only = public_only

    def changes(self, cursor: str | None, window: SyncWindow) -> SyncResult:
        data = read_source(self.source, self._fetch, self._public_only)
        digest = hashlib.sha256(data).hexdigest()
        window_key = f"{digest}:{window.start.date().isoformat()}"
        key, _, noted = (cursor or "").partition("\n")
        if key == window_key:  # the warnings ride along in the cursor: an unchanged feed keeps them
            return SyncResult(events=(), cursor=cursor, unchanged=True, warnings=_warnings_in(noted))
        events, warnings = read_events(data, window, self.default_zone, label=_label(self.source))
        cursor = f"{window_key}\n{json.dumps(warnings[:MAX_WARNINGS])}" if warnings else window_key
        return SyncResult(events=tuple(events), cursor=cursor, complete=True, warnings=tuple(warnings))


def _warnings_in(text: str) -> tuple[str, ...]:
    try:
        found = json.loads(text) if text else []
    except ValueError:
        return ()
    return tuple(str(w) for w in found) if isinstance(found, list) else ()


def shown_source(source: str) -> str:
    """How a calendar is named to its owner and in messages: a URL by its host only (a secret
    address's path is the secret), a file by its path."""
    if re.match(r"^(https?|webcal)://", source, re.IGNORECASE):
        try:
            host = urlsplit(source).hostname or "calendar URL"
        except ValueError:
            host = "calendar URL"
        return f"{host}…"
    return source[:300]


_label = shown_source


def events_in(source: str, default_zone: str = "UTC") -> Iterable[CalendarEvent]:
    """Every event of a calendar file or URL."""
    return calendar_in(source, default_zone)[0]


def calendar_in(source: str, default_zone: str = "UTC") -> tuple[list[CalendarEvent], list[str]]:
    """Every event of a calendar file or URL, and warnings about what was skipped (used by
    ``afterview scan`` and ``draft``)."""
    return read_events(read_source(source), None, default_zone, label=_label(source))



class IcsConnector(Connector):
    """Builds ``IcsCalendar`` sources from stored connections; an ICS account has no mailbox, no
    push and no grant to revoke."""

    offers_mailbox = False
    offers_push = False

    def __init__(self, fetch: Callable[[str], bytes] | None = None, public_only: bool = False,
                 local_exempt: bool = False):
        self._fetch = fetch
        self._public_only = public_only  # only public URLs are read, on every sync
        # a loopback server: its own user's accounts (settings["local_user"]) may read files and
        # private addresses, nobody else's (add-on and task-pane users of the same process)
        self._local_exempt = local_exempt

    def calendar(self, connection) -> IcsCalendar:
        zone = connection.settings.get("time_zone") or "UTC"
        source = connection.credentials.get("source")  # encrypted at rest, like a token
        if not source:
            raise CalendarInvalid("this calendar's address is not stored: connect it again")
        public_only = self._public_only and not (self._local_exempt and connection.settings.get("local_user"))
        return IcsCalendar(source, zone, self._fetch, public_only)

    def mailbox(self, connection) -> None:
        return None

    def watcher(self, connection) -> None:
        return None

    def revoke(self, connection) -> None:
        """Nothing to withdraw: a calendar file or address is read without a grant."""
