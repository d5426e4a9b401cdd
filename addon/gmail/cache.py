"""Rendered sidebar answers, kept per process while nothing they show has changed.

Gmail opens the homepage far more often than the user's interviews and notes change. An answer
is keyed by the user, ``notes.usecases.service.data_version`` (counts and change stamps of their
interviews, notes and accounts), the minute (times and lateness move with the clock) and the
view; a card holding a one-time connect link is never kept, since the link may be used only once.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from datetime import datetime, timedelta

SIZE = 4096


class AnswerCache:
    """A small thread-safe LRU map from a key to the bytes of a JSON answer."""

    def __init__(self, size: int = SIZE):
        self._size = size
        self._items: OrderedDict[Hashable, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> bytes | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: Hashable, value: bytes) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)


class LinkRecorder:
    """Wraps a connect-link maker and remembers whether a card asked for a link."""

    def __init__(self, make):
        self._make = make
        self.used = False

    def __call__(self, provider: str, options: dict):
        self.used = True
        return self._make(provider, options)


class IdentityCache:
    """Google subjects already matched to an Afterview user, for a minute: the add-on names the
    same user on every request, and the match never changes once made."""

    KEEP = 60.0
    SIZE = 65536

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self._clock = clock
        self._items: dict[str, tuple[float, int]] = {}
        self._lock = threading.Lock()

    def get(self, subject: str) -> int | None:
        entry = self._items.get(subject)
        return entry[1] if entry is not None and entry[0] > self._clock() else None

    def put(self, subject: str, user_id: int) -> None:
        with self._lock:
            if len(self._items) >= self.SIZE:
                self._items.clear()  # bounded: the next requests look their users up again
            self._items[subject] = (self._clock() + self.KEEP, user_id)


class Throttle:
    """Whether a key was let through less than ``every`` ago (by the app's clock), per process: a
    cheap gate in front of work the database limits again (the sent-check when the sidebar opens)."""

    SIZE = 65536

    def __init__(self, every: timedelta):
        self._every = every
        self._last: dict[Hashable, datetime] = {}
        self._lock = threading.Lock()

    def let_through(self, key: Hashable, now: datetime) -> bool:
        with self._lock:
            last = self._last.get(key)
            if last is not None and now - last < self._every:
                return False
            if len(self._last) >= self.SIZE:
                self._last.clear()
            self._last[key] = now
            return True
