"""The user's Outlook calendar through Graph's ``me/calendarView/delta``.

A round starts over the sync window (``startDateTime``/``endDateTime`` in UTC), follows each
``@odata.nextLink`` and ends on an ``@odata.deltaLink``, which becomes the cursor; the next
round starts from it and gets only what changed (``@removed`` items are deletions). Graph fixes
the window in its delta token, so once the window has moved on by a week a new round starts.
An expired delta token (``410``, ``syncStateNotFound``, ``resyncRequired``) raises
``CursorExpired``: the caller starts again without a cursor, and the full round replaces what
is stored, so nothing is duplicated.
"""
from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta

from ..base import CalendarSource, CursorExpired, ProviderError, SyncResult, SyncWindow
from .events import complete_occurrence, needs_series, normalise
from .graph import IMMUTABLE_IDS, GraphClient, error_code, raise_for

log = logging.getLogger(__name__)

PAGE_SIZE = 100
WINDOW_DRIFT = timedelta(days=7)  # a round older than this starts over on the current window
MAX_PAGES = 500  # a safety net: no calendar window has more pages than this
EXPIRED_CODES = frozenset({"syncStateNotFound", "resyncRequired", "syncStateInvalid"})


class MicrosoftCalendar(CalendarSource):
    """The default calendar of one Microsoft account; ``me`` is the mailbox's own address."""

    def __init__(self, graph: GraphClient, me: str = "", page_size: int = PAGE_SIZE):
        self._graph = graph
        self._me = me
        self._page_size = page_size

    def changes(self, cursor: str | None, window: SyncWindow) -> SyncResult:
        state = _read_cursor(cursor)
        complete = state is None or _drifted(state, window) or not self._own_link(state["link"])
        if complete:
            link, params = "me/calendarView/delta", {
                "startDateTime": _utc_text(window.start), "endDateTime": _utc_text(window.end)}
            window_start = window.start
        else:
            link, params = state["link"], None
            window_start = datetime.fromisoformat(state["start"])
        changed: dict[str, dict] = {}
        removed: dict[str, None] = {}
        delta_link = self._round(link, params, changed, removed)
        events = self._events(changed)
        new_cursor = json.dumps({"link": delta_link, "start": window_start.isoformat()})
        return SyncResult(events=tuple(events), cursor=new_cursor, removed=tuple(removed), complete=complete)

    def _round(self, link: str, params: dict | None, changed: dict, removed: dict) -> str:
        for _ in range(MAX_PAGES):
            page = self._page(link, params)
            for item in page.get("value") or ():
                item_id = str(item.get("id") or "")
                if not item_id:
                    continue
                if "@removed" in item:
                    changed.pop(item_id, None)
                    removed[item_id] = None
                else:
                    removed.pop(item_id, None)
                    changed[item_id] = item
            if page.get("@odata.nextLink"):
                link, params = page["@odata.nextLink"], None
                continue
            if page.get("@odata.deltaLink"):
                return page["@odata.deltaLink"]
            raise ProviderError("Microsoft Graph ended a calendar page without a next or delta link")
        raise ProviderError(f"the calendar has more than {MAX_PAGES} pages of changes")

    def _page(self, link: str, params: dict | None) -> dict:
        prefer = (f"odata.maxpagesize={self._page_size}", 'outlook.timezone="UTC"', IMMUTABLE_IDS)
        response = self._graph.request("GET", link, params=params, prefer=prefer)
        if response.status_code == 410:
            raise CursorExpired("Microsoft Graph no longer knows this calendar's delta token")
        if response.status_code in (400, 404):
            code, _ = error_code(response)
            if code in EXPIRED_CODES:
                raise CursorExpired(f"Microsoft Graph asks for a full calendar sync ({code})")
        raise_for(response, "reading the calendar")
        return response.json()

    def _events(self, changed: dict[str, dict]):
        series: dict[str, dict | None] = {}  # series masters fetched in this sync
        events = []
        for item in changed.values():
            if item.get("type") == "seriesMaster":
                continue  # its occurrences and exceptions carry the instances
            if needs_series(item):
                master = self._series(item["seriesMasterId"], series)
                if master is None:
                    continue
                item = complete_occurrence(item, master)
            try:
                events.append(normalise(item, self._me))
            except (ValueError, TypeError, KeyError) as exc:
                log.warning("calendar event %s skipped: %s", item.get("id"), exc)
        return events

    def _series(self, master_id: str, series: dict[str, dict | None]) -> dict | None:
        if master_id not in series:
            response = self._graph.request(
                "GET", f"me/events/{master_id}", prefer=('outlook.timezone="UTC"', IMMUTABLE_IDS))
            if response.status_code == 404:
                series[master_id] = None  # the series went away; its removal arrives in a later round
            else:
                raise_for(response, "reading a recurring series")
                series[master_id] = response.json()
        return series[master_id]

    def _own_link(self, link: str) -> bool:
        try:
            self._graph.url(link)
        except ProviderError:
            return False  # the Graph address changed since: start over there
        return True


def _read_cursor(cursor: str | None) -> dict | None:
    if not cursor:
        return None
    try:
        state = json.loads(cursor)
        datetime.fromisoformat(state["start"])
    except (ValueError, TypeError, KeyError):
        return None  # not one of ours: a full round replaces it
    return state if isinstance(state.get("link"), str) else None


def _drifted(state: dict, window: SyncWindow) -> bool:
    return window.start - datetime.fromisoformat(state["start"]) > WINDOW_DRIFT


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
