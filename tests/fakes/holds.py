"""Holding a request in a fake server until the test lets it go: a request in flight, on demand.

``Holds.add(method, path)`` makes the next matching request (after ``skip`` others) wait in the
server's thread. The test sees it arrive (``hold.arrived``, with the caller's address in
``hold.client``), does what it wants meanwhile (kills the caller), then ``release``s it: the
request is then carried out (``then="apply"``: the mailbox changes though nobody hears the answer)
or dropped (``then="drop"``: nothing changes, the answer is a 503); injected faults pass it by.
"""
from __future__ import annotations

import re
import threading

HOLD_LIMIT = 120.0  # a hold nobody releases lets go by itself, so a failed test cannot hang the server


class Hold:
    """One held request."""

    def __init__(self, method: str, path: str, skip: int, then: str):
        if then not in ("apply", "drop"):
            raise ValueError("then is 'apply' or 'drop'")
        self.method, self.path, self.skip, self.then = method, re.compile(path), skip, then
        self.arrived = threading.Event()
        self.client: tuple[str, int] | None = None
        self._released = threading.Event()

    def release(self) -> None:
        self._released.set()

    def wait(self) -> None:
        self._released.wait(HOLD_LIMIT)


class Holds:
    """The holds of one fake server."""

    def __init__(self):
        self._holds: list[Hold] = []  # waiting for their request
        self._waiting: list[Hold] = []  # holding one
        self._lock = threading.Lock()

    def add(self, method: str, path: str, skip: int = 0, then: str = "apply") -> Hold:
        hold = Hold(method, path, skip, then)
        with self._lock:
            self._holds.append(hold)
        return hold

    def take(self, method: str, path: str, client) -> Hold | None:
        """Called for each request: the hold it falls under (it then waits for its release), if any."""
        with self._lock:
            for hold in self._holds:
                if hold.method == method and hold.path.search(path):
                    if hold.skip > 0:
                        hold.skip -= 1
                        return None
                    self._holds.remove(hold)
                    self._waiting.append(hold)
                    hold.client = client
                    hold.arrived.set()
                    break
            else:
                return None
        hold.wait()
        with self._lock:
            self._waiting.remove(hold)
        return hold

    def release_all(self) -> None:
        with self._lock:
            every, self._holds = self._holds + self._waiting, []
        for hold in every:
            hold.release()
