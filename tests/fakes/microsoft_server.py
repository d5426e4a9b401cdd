"""A fake Microsoft cloud on loopback, over TLS: the Entra authority and Graph v1.0.

The authority (documented v2.0 endpoints, PKCE and nonce) is in ``microsoft_authority``, Graph
in ``microsoft_graph_fake`` and ``microsoft_mail_fake``; this module holds the shared state and
the HTTP server.

Tests hold the ``MicrosoftCloud``: they add users and events, act as the user, revoke grants,
inject failures (``fail_next``), add latency, hold a request in flight (``holds``, see
``tests.fakes.holds``), and read what happened. TLS uses a ``trustme``
certificate authority whose file is ``cloud.ca_path`` (msal accepts only https authorities).
"""
from __future__ import annotations

import json
import re
import secrets
import shutil
import socket
import ssl
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import trustme
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.fakes.holds import Holds
from tests.fakes.loopback import Loopback
from tests.fakes.microsoft_authority import AuthorityRoutes
from tests.fakes.microsoft_graph_fake import GraphFake


@dataclass
class FakeUser:
    """A Microsoft account: who it is, its calendar (with a change log) and its mailbox."""

    oid: str
    tid: str
    email: str  # preferred_username / userPrincipalName
    mail: str
    name: str
    events: dict[str, dict] = field(default_factory=dict)
    log: list[tuple[int, str]] = field(default_factory=list)
    seq: int = 0
    messages: dict[str, dict] = field(default_factory=dict)
    sent_mail: list[dict] = field(default_factory=list)

    def put_event(self, event: dict) -> dict:
        """Add or change an event (it shows up in the next delta round)."""
        self.events[event["id"]] = event
        self._changed(event["id"])
        return event

    def remove_event(self, event_id: str) -> None:
        self.events.pop(event_id, None)
        self._changed(event_id)

    def _changed(self, event_id: str) -> None:
        self.seq += 1
        self.log.append((self.seq, event_id))


@dataclass
class Request:
    method: str
    path: str
    query: dict
    headers: dict
    body: bytes
    base_url: str
    client: tuple | None = None

    def json(self):
        try:
            return json.loads(self.body or b"null")
        except ValueError:
            return None

    def form(self) -> dict:
        return dict(parse_qsl(self.body.decode()))

    @property
    def prefer(self) -> dict:
        """``Prefer`` preferences (several in one header, comma-separated) as a dict."""
        found = {}
        for part in re.split(r",\s*", self.headers.get("prefer", "")):
            name, _, value = part.partition("=")
            if name.strip():
                found[name.strip()] = value.strip().strip('"')
        return found


class MicrosoftCloud(AuthorityRoutes):
    """The state of the fake cloud, shared by the server threads (one lock)."""

    def __init__(self, client_id: str = "afterview-client", client_secret: str = "afterview-secret"):
        self.client_id, self.client_secret = client_id, client_secret
        self.tenant_id = "9188040d-6c67-4c5b-b112-36a304b66dad"
        self.users: dict[str, FakeUser] = {}
        self.signed_in: str | None = None  # oid of the user the authorize endpoint signs in
        self.decline = False
        self.tamper_nonce = False  # the ID token carries another nonce (a replayed answer)
        self.codes: dict[str, dict] = {}
        self.refresh_tokens: dict[str, dict] = {}
        self.access_tokens: dict[str, dict] = {}
        self.token_lifetime = 3600
        self.revoked: dict[str, str] = {}  # oid -> how refreshing fails ("invalid_grant" | "interaction_required")
        self.failures: list[dict] = []
        self.holds = Holds()
        self.latency = 0.0
        self.requests: list[dict] = []
        self.lock = threading.RLock()
        self.clock = lambda: datetime.now(UTC)
        self.ca_path: str | None = None
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.graph = GraphFake(self)

    def add_user(self, email: str, name: str = "", mail: str | None = None, tid: str | None = None) -> FakeUser:
        user = FakeUser(oid=secrets.token_hex(16), tid=tid or self.tenant_id, email=email,
                        mail=email if mail is None else mail, name=name)
        self.users[user.oid] = user
        self.signed_in = self.signed_in or user.oid
        return user

    def revoke(self, user: FakeUser, how: str = "invalid_grant") -> None:
        """The user (or their admin) revoked Afterview's grant: refreshing fails, tokens stop working."""
        self.revoked[user.oid] = how
        for token in [t for t, info in self.access_tokens.items() if info["oid"] == user.oid]:
            del self.access_tokens[token]

    def expire_access_tokens(self) -> None:
        """Every access token stops working early (Graph answers 401); refresh tokens still work."""
        self.access_tokens.clear()

    def fail_next(self, method: str, path: str, status: int, times: int = 1, headers: dict | None = None,
                  body: dict | None = None, after: bool = False) -> None:
        """The next ``times`` requests matching ``method`` and the regex ``path`` fail with ``status``;
        with ``after`` the request is carried out first and only its answer is lost."""
        self.failures.append({"method": method, "path": re.compile(path), "status": status, "times": times,
                              "headers": headers or {}, "after": after,
                              "body": body or {"error": {"code": "serviceUnavailable"}}})

    def count(self, method: str, path: str) -> int:
        """How many requests matched ``method`` and the regex ``path``."""
        pattern = re.compile(path)
        return sum(1 for r in list(self.requests) if r["method"] == method and pattern.search(r["path"]))

    # ------------------------------------------------------------------ request handling

    def handle(self, request: Request):
        if self.latency:
            time.sleep(self.latency)
        held = self.holds.take(request.method, request.path, request.client)
        if held is not None and held.then == "drop":
            return 503, {}, {"error": {"code": "serviceUnavailable"}}
        with self.lock:
            self.requests.append({"method": request.method, "path": request.path, "query": request.query,
                                  "prefer": request.prefer})
            failure = None if held else self._injected(request)  # a held request's fate is the hold's
            if failure is not None and not failure["after"]:
                return failure["status"], failure["headers"], failure["body"]
            answer = self._graph(request) if request.path.startswith("/v1.0/") else self._authority(request)
            return answer if failure is None else (failure["status"], failure["headers"], failure["body"])

    def _injected(self, request: Request) -> dict | None:
        for failure in self.failures:
            if failure["times"] > 0 and failure["method"] == request.method and failure["path"].search(request.path):
                failure["times"] -= 1
                return failure
        return None

    def _graph(self, request: Request):
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        info = self.access_tokens.get(token) if scheme.lower() == "bearer" else None
        if info is None or info["expires"] <= time.time():
            return 401, {}, {"error": {"code": "InvalidAuthenticationToken",
                                       "message": "Access token has expired or is not yet valid."}}
        return self.graph.handle(request, self.users[info["oid"]], info["scopes"])


# ---------------------------------------------------------------------- the HTTP server


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def _serve(self):
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if len(body) < length:  # the client went away mid-request: Graph acts on no half-sent request
            self.close_connection = True
            return
        request = Request(
            method=self.command, path=parts.path, query=dict(parse_qsl(parts.query, keep_blank_values=True)),
            headers={k.lower(): v for k, v in self.headers.items()}, body=body,
            base_url=self.server.base_url, client=self.client_address,
        )
        status, headers, body = self.server.cloud.handle(request)
        if isinstance(body, (dict, list)):
            body, headers = json.dumps(body).encode(), {"Content-Type": "application/json", **headers}
        body = body or b""
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, str(value))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = _serve

    def log_message(self, *args):
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256

    def __init__(self, cloud: MicrosoftCloud, context: ssl.SSLContext):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.cloud = cloud
        self._context = context
        self.base_url = f"https://127.0.0.1:{self.server_address[1]}"

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], (ssl.SSLError, ConnectionError)):  # clients hanging up are normal
            super().handle_error(request, client_address)

    def get_request(self):
        sock, address = self.socket.accept()
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # answers are not held back by Nagle
        return self._context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False), address


class TestAuthority:
    """A trustme certificate authority; ``issue(server_context)`` makes loopback certificates."""

    __test__ = False

    def __init__(self, directory: Path | None = None):
        self.ca = trustme.CA()
        self._owns_directory = directory is None
        self.directory = Path(directory or tempfile.mkdtemp(prefix="afterview-ca-"))
        self.path = str(self.directory / "ca.pem")
        self.ca.cert_pem.write_to_path(self.path)

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
        return context

    def cert_files(self) -> tuple[str, str]:
        """A loopback certificate and key as files (for servers that take paths)."""
        cert = self.ca.issue_cert("127.0.0.1", "localhost")
        chain, key = str(self.directory / "server.pem"), str(self.directory / "server.key")
        cert.cert_chain_pems[0].write_to_path(chain)
        cert.private_key_pem.write_to_path(key)
        return chain, key

    def close(self) -> None:
        """Remove the certificate files, when the folder was made here."""
        if self._owns_directory:
            shutil.rmtree(self.directory, ignore_errors=True)


class MicrosoftServer:
    """Runs a ``MicrosoftCloud`` on loopback over TLS until ``close``."""

    def __init__(self, cloud: MicrosoftCloud | None = None, authority: TestAuthority | None = None):
        self.cloud = cloud or MicrosoftCloud()
        self._owns_authority = authority is None
        self.tls = authority or TestAuthority()
        self.cloud.ca_path = self.tls.path
        self._server = _Server(self.cloud, self.tls.server_context())
        self._loopback = Loopback(self._server, "fake-microsoft")

    @property
    def base_url(self) -> str:
        return self._server.base_url

    @property
    def authority(self) -> str:
        return f"{self.base_url}/common"

    @property
    def graph_root(self) -> str:
        return f"{self.base_url}/v1.0/"

    def close(self) -> None:
        self.cloud.holds.release_all()
        self._loopback.close()
        if self._owns_authority:
            self.tls.close()
