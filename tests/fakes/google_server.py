"""A loopback fake of Google's OAuth 2.0, Calendar v3 and Gmail v1 endpoints, over TLS.

It follows the documented request and response shapes closely enough that Afterview talks to
it with the real client libraries (google-api-python-client with its bundled discovery
documents, google-auth, google-auth-oauthlib), given ``config()`` as its settings and the
fake's CA in ``REQUESTS_CA_BUNDLE``. Tests drive the people's side directly (events appear,
drafts are edited or sent, grants revoked), inject faults (rate limits, 5xx, malformed answers)
per path, and hold a request in flight (``holds``, see ``tests.fakes.holds``).

Run alone (benchmarks, manual checks)::

    python -m tests.fakes.google_server --port 0 --latency 0.05 --bench-users 10000
"""
from __future__ import annotations

import argparse
import base64
import json
import re
import socket
import ssl
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .calendar_api import CalendarApi, api_error
from .gmail_api import GmailApi
from .google_oauth import Identity, OAuthState
from .holds import Holds
from .loopback import Loopback

G = "https://www.googleapis.com/auth/"
CALENDAR_SCOPES = {G + "calendar", G + "calendar.readonly", G + "calendar.events", G + "calendar.events.readonly"}
CLIENT_ID = "afterview-test.apps.googleusercontent.com"
CLIENT_SECRET = "fake-client-secret"


class FakeGoogle:
    """The fake's state and its HTTPS server; ``config()`` points Afterview at it."""

    def __init__(self, latency: float = 0.0, clock: Callable[[], datetime] | None = None, tls: bool = True):
        self.clock = clock or (lambda: datetime.now(UTC))
        self.latency = latency
        self.tls = tls
        self.oauth = OAuthState(CLIENT_ID, CLIENT_SECRET)
        self.calendar = CalendarApi(lambda: self.clock())
        self.gmail = GmailApi(lambda: self.clock())
        self.faults: list[dict] = []
        self.holds = Holds()
        self.requests: list[tuple[str | None, str, str, int]] = []
        self._lock = threading.Lock()
        self._loopback: Loopback | None = None
        self.base_url = ""
        self.ca_path = ""

    # ------------------------------------------------------------------ lifecycle

    def start(self, port: int = 0) -> FakeGoogle:
        server = _Server(("127.0.0.1", port), _Handler)
        server.fake = self
        if self.tls:
            server.context, self.ca_path = _tls_context()
        self._loopback = Loopback(server, "fake-google")
        scheme = "https" if self.tls else "http"
        self.base_url = f"{scheme}://127.0.0.1:{server.server_address[1]}"
        return self

    def stop(self) -> None:
        self.holds.release_all()
        if self._loopback is not None:
            self._loopback.close()
            self._loopback = None

    def config(self) -> dict:
        """Afterview's settings (without the ``AFTERVIEW_`` prefix) for this fake."""
        base = self.base_url
        return {"GOOGLE_CLIENT_ID": CLIENT_ID, "GOOGLE_CLIENT_SECRET": CLIENT_SECRET,
                "GOOGLE_API_ROOT": base + "/", "GOOGLE_AUTH_URI": base + "/o/oauth2/auth",
                "GOOGLE_TOKEN_URI": base + "/token", "GOOGLE_REVOKE_URI": base + "/revoke",
                "GOOGLE_CERTS_URL": base + "/oauth2/v1/certs"}

    # ------------------------------------------------------------------ people and faults

    def add_user(self, email: str, name: str = "", sign_in: bool = True) -> Identity:
        identity = Identity(email, str(10**20 + len(self.oauth.identities) + 1), name)
        self.oauth.identities[email] = identity
        self.calendar.calendar(email)
        self.gmail.mailbox(email)
        if sign_in:
            self.oauth.signed_in = email
        return identity

    def fail(self, path: str, status: int, times: int = 1, method: str | None = None,
             reason: str | None = None, retry_after: str | None = None, with_param: str | None = None,
             body: dict | None = None, when: Callable[[bytes], bool] | None = None, after: bool = False) -> None:
        """The next ``times`` requests whose path matches ``path`` (a regex), that carry the query
        parameter ``with_param`` and whose body satisfies ``when`` (when given), get ``status``
        with Google's error body, or ``body`` as it is (a malformed answer). With ``after`` the
        request is carried out first and only its answer is lost."""
        with self._lock:
            self.faults.append({"path": re.compile(path), "status": status, "times": times, "method": method,
                                "reason": reason, "retry_after": retry_after, "param": with_param,
                                "body": body, "when": when, "after": after})

    def count(self, email: str | None = None, path: str = "") -> int:
        """How many requests (for ``email``, whose path contains ``path``) the fake answered."""
        with self._lock:
            return sum(1 for who, _m, p, _s in self.requests if (email is None or who == email) and path in p)

    # ------------------------------------------------------------------ dispatch

    def handle(self, method: str, path: str, query: dict, headers: dict, body: bytes, client=None):
        """Answer one request: (status, headers, body bytes)."""
        held = self.holds.take(method, path, client)
        if held is not None and held.then == "drop":
            return 503, {}, b""
        grant = self.oauth.holder(headers.get("authorization"))
        fault = None if held else self._fault(method, path, query, body)  # a held request's fate is the hold's
        if fault is None or fault["after"]:
            status, extra, payload = self._route(method, path, query, headers, body, grant)
        if fault is not None:
            status, extra, payload = self._fault_answer(fault)
        with self._lock:
            self.requests.append((grant.email if grant else None, method, path, status))
        if isinstance(payload, str):
            payload = payload.encode()
        elif isinstance(payload, (dict, list)):
            extra = {"Content-Type": "application/json; charset=UTF-8", **extra}
            payload = json.dumps(payload).encode()
        return status, extra, payload or b""

    def _fault(self, method: str, path: str, query: dict, body: bytes):
        with self._lock:
            for fault in self.faults:
                if (fault["times"] > 0 and fault["path"].search(path) and fault["method"] in (None, method)
                        and fault["param"] in (None, *query) and (fault["when"] is None or fault["when"](body))):
                    fault["times"] -= 1
                    return fault
        return None

    def _fault_answer(self, fault: dict):
        status = fault["status"]
        if fault["body"] is not None:
            return status, {}, fault["body"]
        reason = fault["reason"] or ("rateLimitExceeded" if status == 429 else "backendError")
        _, body = api_error(status, reason, "Rate Limit Exceeded" if "ate" in reason else "Backend Error",
                            "usageLimits" if "imit" in reason else "global")
        return status, ({"Retry-After": fault["retry_after"]} if fault["retry_after"] else {}), body

    def _route(self, method, path, query, headers, body, grant):
        single = {k: v[-1] for k, v in query.items()}
        if method == "GET" and path == "/o/oauth2/auth":
            return self.oauth.authorize(single)
        if method == "POST" and path == "/token":
            status, answer = self.oauth.token(_form(body), _basic(headers.get("authorization")))
            return status, {"Cache-Control": "no-store"}, answer
        if method == "POST" and path == "/revoke":
            token = _form(body).get("token") or single.get("token", "")
            known = self.oauth.revoke(token)
            return (200, {}, {}) if known else (400, {}, {"error": "invalid_token"})
        if method == "GET" and path == "/oauth2/v1/certs":
            return 200, {}, self.oauth.certs()
        if path == "/_fake/stats":
            return 200, {}, self.stats()
        if grant is None:
            status, answer = api_error(401, "authError", "Request had invalid authentication credentials.")
            return status, {"WWW-Authenticate": 'Bearer realm="https://accounts.google.com/"'}, answer
        status, answer = self._api(method, path, query, _json(body), grant)
        return status, {}, answer

    def _api(self, method, path, query, body, grant):
        email, scopes = grant.email, grant.scopes
        if path.startswith("/calendar/"):
            if not CALENDAR_SCOPES & set(scopes):
                return api_error(403, "insufficientPermissions", "Request had insufficient authentication scopes.")
            match = re.fullmatch(r"/calendar/v3/calendars/([^/]+)/events(/watch)?", path)
            if match and match.group(1) not in ("primary", email):
                return api_error(404, "notFound", "Not Found")
            if match and method == "GET" and not match.group(2):
                return self.calendar.list_events(email, query)
            if match and method == "POST" and match.group(2):
                return self.calendar.watch(email, body)
            if method == "POST" and path == "/calendar/v3/channels/stop":
                return self.calendar.stop(body)
        gmail = re.fullmatch(r"/gmail/v1/users/me/(drafts|messages)(?:/([^/]+))?", path)
        if gmail:
            return self._gmail(method, gmail.group(1), gmail.group(2), query, body, email, scopes)
        return api_error(404, "notFound", f"no route for {method} {path}")

    def _gmail(self, method, kind, item, query, body, email, scopes):
        api = self.gmail
        if kind == "drafts":
            if item is None and method == "POST":
                return api.create_draft(email, scopes, body)
            if item is None and method == "GET":
                return api.list_drafts(email, scopes, query)
            if item and method == "GET":
                return api.get_draft(email, scopes, item, query.get("format", ["full"])[-1])
            if item and method == "PUT":
                return api.update_draft(email, scopes, item, body)
            if item and method == "DELETE":
                return api.delete_draft(email, scopes, item)
        if kind == "messages":
            if item == "send" and method == "POST":
                return api.send_message(email, scopes, body)
            if item is None and method == "GET":
                return api.list_messages(email, scopes, query)
            if item and method == "GET":
                return api.get_message(email, scopes, item, query)
        return api_error(404, "notFound", "no such Gmail route")

    def stats(self) -> dict:
        with self._lock:
            per_user = Counter(who for who, *_ in self.requests if who)
            return {"requests": len(self.requests), "users": len(per_user), "per_user": dict(per_user)}

    def seed_bench_users(self, count: int) -> None:
        """``count`` users ``user{i}@bench.test`` with one event each and known tokens
        (``bench-at-{i}`` / ``bench-rt-{i}``), calendar scope only."""
        now = self.clock()
        for i in range(count):
            email = f"user{i}@bench.test"
            self.add_user(email, f"User {i}", sign_in=False)
            self.oauth.issue_access(email, [G + "calendar.events.readonly"], f"bench-at-{i}", f"bench-rt-{i}")
            start = now.replace(microsecond=0).isoformat()
            self.calendar.put_event(email, {"id": f"ev{i}", "summary": "Team sync", "start": {"dateTime": start},
                                            "end": {"dateTime": start}})


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512
    fake: FakeGoogle
    context: ssl.SSLContext | None = None

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], (ssl.SSLError, ConnectionError)):  # callers hanging up are normal
            super().handle_error(request, client_address)

    def finish_request(self, request, client_address):
        request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # no Nagle stall on small answers
        if self.context is not None:  # the TLS handshake runs in the connection's own thread
            try:
                request = self.context.wrap_socket(request, server_side=True)
            except (ssl.SSLError, OSError):
                return
        super().finish_request(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    wbufsize = -1  # flushed after each request by BaseHTTPRequestHandler
    server: _Server

    def log_message(self, format, *args):  # quiet
        pass

    def _answer(self):
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if len(body) < length:  # the client went away mid-request: Google acts on no half-sent request
            self.close_connection = True
            return
        fake = self.server.fake
        if fake.latency:
            time.sleep(fake.latency)
        headers = {k.lower(): v for k, v in self.headers.items()}
        status, extra, payload = fake.handle(self.command, url.path, parse_qs(url.query), headers, body,
                                             self.client_address)
        self.send_response(status)
        for name, value in extra.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)  # buffered (wbufsize): headers and body leave in one write

    do_GET = do_POST = do_PUT = do_DELETE = _answer


def _tls_context() -> tuple[ssl.SSLContext, str]:
    import trustme

    ca = trustme.CA()
    certificate = ca.issue_cert("127.0.0.1", "localhost")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate.configure_cert(context)
    folder = Path(tempfile.mkdtemp(prefix="fake-google-"))
    ca.cert_pem.write_to_path(str(folder / "ca.pem"))
    return context, str(folder / "ca.pem")


def _form(body: bytes) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}


def _json(body: bytes) -> dict:
    try:
        value = json.loads(body or b"{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _basic(header: str | None) -> tuple[str, str] | None:
    scheme, _, value = (header or "").partition(" ")
    if scheme.lower() != "basic":
        return None
    from urllib.parse import unquote

    user, _, password = base64.b64decode(value).decode().partition(":")
    return unquote(user), unquote(password)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--bench-users", type=int, default=0)
    parser.add_argument("--plain", action="store_true", help="plain HTTP instead of TLS")
    args = parser.parse_args(argv)
    fake = FakeGoogle(latency=args.latency, tls=not args.plain)
    fake.seed_bench_users(args.bench_users)
    fake.start(args.port)
    print(json.dumps({"base_url": fake.base_url, "ca": fake.ca_path, "config": fake.config()}), flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        fake.stop()
        sys.exit(0)


if __name__ == "__main__":
    main()
