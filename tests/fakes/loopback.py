"""Fakes on loopback: each runs a threaded HTTP server in a daemon thread until ``close``.

``serve_forever`` looks for a shutdown request every ``POLL_INTERVAL`` seconds. The standard
library's default is half a second, and ``shutdown`` waits for that look, so every test that
stopped a fake used to wait up to half a second per server.
"""
from __future__ import annotations

import socketserver
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

POLL_INTERVAL = 0.05


class Loopback:
    """``server`` serving in its own thread; ``close`` stops it and frees the port."""

    def __init__(self, server: socketserver.BaseServer, name: str = "loopback-fake"):
        self.server = server
        self.port = server.server_address[1]
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": POLL_INTERVAL},
                                        name=name, daemon=True)
        self._thread.start()

    def url(self, path: str = "", scheme: str = "http") -> str:
        return f"{scheme}://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> Loopback:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def serve(handler: type[BaseHTTPRequestHandler], name: str = "loopback-fake",
          join_handlers: bool = False) -> Loopback:
    """A ``ThreadingHTTPServer`` for ``handler`` on a free loopback port, already serving.

    With ``join_handlers``, ``close`` also waits for the requests still being handled to finish,
    for fakes whose tests read what those requests recorded once the fake is closed.
    """
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = not join_handlers  # ThreadingMixIn joins its non-daemon threads on close
    return Loopback(server, name)
