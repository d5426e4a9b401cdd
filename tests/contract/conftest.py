"""The contract suite: one set of tests for calendar sources, mailboxes and watchers, run against
every implementation (``backend``). A test asks for fewer implementations, with
``@pytest.mark.parametrize("backend", [...], indirect=True)``, only when the others lack the part
by contract: iCalendar has no mailbox, no push and no cursor to expire; Microsoft and iCalendar
have no grant to revoke; the in-memory provider stores events already read.
"""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from providers.base import CalendarEvent, CalendarSource, SyncResult, SyncWindow

from .backends import IcsBackend, MemoryBackend
from .google_backend import GoogleBackend
from .microsoft_backend import MicrosoftBackend

EVERY = ["memory", "ics", "google", "microsoft"]
MAILBOXES = ["memory", "google", "microsoft"]  # iCalendar has none
WATCHERS = ["memory", "google", "microsoft"]  # iCalendar has no push
CURSORS = ["memory", "google", "microsoft"]  # iCalendar's cursor is the content's hash: it never expires
GRANTS = ["memory", "google", "microsoft"]  # an account the user granted access to, and can withdraw
REVOCABLE = ["memory", "google"]  # Microsoft offers no per-application revocation; iCalendar has no grant
NORMALISING = ["ics", "google", "microsoft"]  # they read what the provider wrote


@pytest.fixture(params=EVERY)
def backend(request, clock, monkeypatch):
    build = {"memory": lambda: MemoryBackend(clock), "ics": lambda: IcsBackend(clock),
             "google": lambda: GoogleBackend(clock, monkeypatch),
             "microsoft": lambda: MicrosoftBackend(clock, monkeypatch)}[request.param]
    made = build()
    yield made
    made.close()


@pytest.fixture
def window(clock) -> SyncWindow:
    return SyncWindow.around(clock())


@pytest.fixture
def soon(clock) -> datetime:
    """A time inside the sync window, on the minute (every provider keeps whole seconds)."""
    return clock().replace(second=0, microsecond=0) + timedelta(days=1)


class Reader:
    """A calendar read as its caller reads it: each ``SyncResult`` applied as its docstring says
    (a complete result replaces everything known; otherwise changed events and removals apply)."""

    def __init__(self, source: CalendarSource, window: SyncWindow):
        self.source, self.window = source, window
        self.cursor: str | None = None
        self.known: dict[str, CalendarEvent] = {}

    def read(self) -> SyncResult:
        result = self.source.changes(self.cursor, self.window)
        if result.complete:
            self.known = {}
        self.known.update({event.event_id: event for event in result.events})
        for event_id in result.removed:
            self.known.pop(event_id, None)
        self.cursor = result.cursor
        return result

    def live(self) -> dict[str, CalendarEvent]:
        """What is on the calendar and not cancelled."""
        return {i: e for i, e in self.known.items() if e.status != "cancelled"}
