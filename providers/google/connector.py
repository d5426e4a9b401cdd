"""Google as a provider: Calendar v3 and Gmail v1 through google-api-python-client and google-auth.

``GoogleConnector`` builds, for one stored connection, the account's calendar, mailbox and
push watcher. The services are built once per connector from the discovery documents bundled
with the client library (no discovery request), against ``AFTERVIEW_GOOGLE_API_ROOT``; each
request runs with the account's own authorised transport. Tokens are refreshed by google-auth
(before they expire, and on a 401) and handed back with ``connection.save_credentials``.
"""
from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from urllib.parse import urljoin

from google_auth_httplib2 import AuthorizedHttp
from googleapiclient.discovery import build_from_document
from googleapiclient.discovery_cache import get_static_doc

from ..base import AuthExpired, Connection, Connector
from . import auth as google_auth
from .auth import DRAFTS, SEND, SENT_CHECK, GoogleClient, credentials_data, credentials_from
from .calendar import GoogleCalendar, GoogleWatcher
from .http import PooledHttp, Retrier
from .mail import GoogleMailbox

MAILBOX_SCOPES = (DRAFTS, SEND, SENT_CHECK)


class GoogleAccountSession:
    """One account's authorised access: its credentials, refreshed through the shared pool."""

    def __init__(self, connection: Connection, client: GoogleClient, transport: PooledHttp, retrier: Retrier):
        self._connection = connection
        self._credentials = credentials_from(connection.credentials, client)
        self._http = AuthorizedHttp(self._credentials, http=transport)
        self._retrier = retrier

    def execute(self, request, idempotent: bool = True) -> dict:
        """Run one API request for this account (retried as ``Retrier`` allows)."""
        if not self._connection.credentials.get("refresh_token"):
            raise AuthExpired("no refresh token is stored for this account: reconnect it")
        try:
            return self._retrier.execute(request, self._http, idempotent)
        finally:
            if self._credentials.token != self._connection.credentials.get("token"):
                self._connection.save_credentials(credentials_data(self._credentials, self._connection.credentials))


class GoogleConnector(Connector):
    """Builds Google adapters for stored connections; one instance serves every account."""

    offers_mailbox = True
    offers_push = True

    def __init__(self, client: GoogleClient, api_root: str = "https://www.googleapis.com/",
                 sleep: Callable[[float], None] = time.sleep, pool_size: int = 32, timeout: float = 20.0):
        self.client = client
        self.api_root = api_root if api_root.endswith("/") else api_root + "/"
        self.transport = PooledHttp(pool_size=pool_size, timeout=timeout)
        self.retrier = Retrier(sleep=sleep)
        self._resources: dict[str, object] = {}
        self._lock = threading.Lock()

    def calendar(self, connection: Connection) -> GoogleCalendar:
        return GoogleCalendar(self._session(connection), self._resource("events"),
                              connection.settings.get("time_zone") or "UTC")

    def mailbox(self, connection: Connection) -> GoogleMailbox | None:
        """The account's Gmail, or ``None`` when no mailbox scope was granted."""
        scopes = granted_scopes(connection)
        if not any(scope in scopes for scope in MAILBOX_SCOPES):
            return None
        return GoogleMailbox(self._session(connection), self._resource("drafts"), self._resource("messages"),
                             connection.external_id, scopes)

    def watcher(self, connection: Connection) -> GoogleWatcher:
        return GoogleWatcher(self._session(connection), self._resource("events"), self._resource("channels"))

    def revoke(self, connection: Connection) -> None:
        """Revoke the account's grant at Google."""
        google_auth.revoke(self.client, connection.credentials)

    def _session(self, connection: Connection) -> GoogleAccountSession:
        return GoogleAccountSession(connection, self.client, self.transport, self.retrier)

    def _resource(self, name: str):
        resource = self._resources.get(name)
        if resource is None:
            with self._lock:
                if not self._resources:
                    self._resources = self._build()
            resource = self._resources[name]
        return resource

    def _build(self) -> dict[str, object]:
        calendar = self._service("calendar", "v3")
        users = self._service("gmail", "v1").users()
        return {"events": calendar.events(), "channels": calendar.channels(),
                "drafts": users.drafts(), "messages": users.messages()}

    def _service(self, name: str, version: str):
        document = json.loads(get_static_doc(name, version))
        endpoint = urljoin(self.api_root, document.get("servicePath", ""))
        return build_from_document(document, http=self.transport, client_options={"api_endpoint": endpoint})


def granted_scopes(connection: Connection) -> set[str]:
    """The scopes the account granted (stored with the account and in its credentials)."""
    stored = connection.settings.get("scopes") or ""
    return set(stored.split()) | set(connection.credentials.get("scopes") or ())
