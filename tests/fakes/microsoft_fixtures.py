"""Fixtures and helpers for the Microsoft tests: the fake cloud, an app pointed at it, connecting.

The fixtures are a plugin of the test suite (``pytest_plugins`` in ``tests/conftest.py``): a test
names them as parameters; the helpers are imported. Requests in the test process trust the fake's certificate authority
through ``REQUESTS_CA_BUNDLE`` (set for the test only).
"""
from __future__ import annotations

import html
import re
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import pytest
import requests
from werkzeug.serving import make_server

from notes.store.model import Account
from tests.conftest import clocked_app
from tests.fakes.loopback import Loopback
from tests.fakes.microsoft_graph_fake import graph_time
from tests.fakes.microsoft_server import FakeUser, MicrosoftServer

MAILBOX = "alex.rivera@contoso.com"
AUTH = {"Authorization": "Bearer test-token"}


@pytest.fixture
def ms_server(monkeypatch, clock):
    server = MicrosoftServer()
    server.cloud.clock = clock
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", server.tls.path)
    yield server
    server.close()


@pytest.fixture
def ms_user(ms_server) -> FakeUser:
    return ms_server.cloud.add_user(MAILBOX, "Alex Rivera")


def ms_config(server: MicrosoftServer) -> dict:
    return {"MS_CLIENT_ID": server.cloud.client_id, "MS_CLIENT_SECRET": server.cloud.client_secret,
            "MS_AUTHORITY": server.authority, "GRAPH_API_ROOT": server.graph_root,
            "BASE_URL": "http://afterview.test"}  # no public https address: no push unless a test serves TLS


@pytest.fixture
def ms_app(tmp_path, clock, ms_server):
    with clocked_app(tmp_path, clock, **ms_config(ms_server)) as app:
        yield app


@pytest.fixture
def ms_client(ms_app):
    return ms_app.test_client()


@pytest.fixture
def ms_runtime(ms_app):
    return ms_app.extensions["afterview.runtime"]


def authorize(server: MicrosoftServer, auth_uri: str) -> dict:
    """Follow ``auth_uri`` through the fake authority as a browser would; the answer's fields."""
    response = requests.get(auth_uri, allow_redirects=False, timeout=10)
    if response.status_code == 302:
        location = response.headers["Location"]
        return dict(re.findall(r"([^?&=]+)=([^&]*)", urlsplit(location).query))
    assert response.status_code == 200, response.text
    return {html.unescape(k): html.unescape(v) for k, v in re.findall(r'name="([^"]+)" value="([^"]*)"', response.text)}


def connect(client, server: MicrosoftServer, options: dict | None = None, headers=AUTH):
    """Connect through the local API as a user would: returns the final page's response."""
    answer = client.post("/api/connect/microsoft", json=options or {}, headers=headers)
    assert answer.status_code == 200, answer.get_json()
    start = client.get(answer.get_json()["url"])
    assert start.status_code == 302, start.get_data(as_text=True)
    fields = authorize(server, start.headers["Location"])
    return client.post(callback_url(client), data=fields)


def callback_url(client) -> str:
    """The redirect URI the browser posts back to (the host the flow's cookie belongs to)."""
    return client.application.config["BASE_URL"].rstrip("/") + "/oauth/microsoft/callback"


def account_of(runtime, provider: str = "microsoft") -> Account:
    with runtime.session() as session:
        account = session.query(Account).filter_by(provider=provider).one()
        session.expunge(account)
        return account


def interview_event(event_id: str, start: datetime, minutes: int = 60, **changes) -> dict:
    """An unmistakable job interview as Graph returns it, with two interviewers and the user."""
    event = {
        "id": event_id, "type": "singleInstance", "iCalUId": f"040000008200E000{event_id}",
        "subject": "Interview: Data Analyst - Acme Robotics",
        "bodyPreview": "Your interview for the Data Analyst position at Acme Robotics",
        "body": {"contentType": "html", "content": "<html><body><p>Your interview for the Data Analyst position at "
                 "Acme Robotics with Dana Whitfield and Omar Haddad.</p></body></html>"},
        "start": graph_time(start, "Pacific Standard Time"),
        "end": graph_time(start + timedelta(minutes=minutes), "Pacific Standard Time"),
        "originalStartTimeZone": "Pacific Standard Time", "isAllDay": False, "isCancelled": False,
        "showAs": "busy", "isOrganizer": False, "responseStatus": {"response": "accepted"},
        "location": {"displayName": "Microsoft Teams Meeting"},
        "onlineMeeting": {"joinUrl": "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc"},
        "organizer": {"emailAddress": {"name": "Acme Robotics Recruiting", "address": "recruiting@acmerobotics.com"}},
        "attendees": [
            {"type": "required", "status": {"response": "accepted"},
             "emailAddress": {"name": "Dana Whitfield", "address": "dana.whitfield@acmerobotics.com"}},
            {"type": "required", "status": {"response": "accepted"},
             "emailAddress": {"name": "Omar Haddad", "address": "omar.haddad@acmerobotics.com"}},
            {"type": "resource", "status": {"response": "accepted"},
             "emailAddress": {"name": "Room 4B", "address": "room4b@acmerobotics.com"}},
            {"type": "required", "status": {"response": "none"},
             "emailAddress": {"name": "Alex Rivera", "address": MAILBOX}},
        ],
    }
    event.update(changes)
    return event


class TlsApp:
    """The Afterview app served over TLS on loopback (Graph must reach its webhooks)."""

    def __init__(self, app, server: MicrosoftServer):
        chain, key = server.tls.cert_files()
        self._server = make_server("127.0.0.1", 0, app, threaded=True, ssl_context=(chain, key))
        self.base_url = f"https://127.0.0.1:{self._server.server_port}"
        app.config["BASE_URL"] = self.base_url
        app.extensions["afterview.runtime"].base_url = self.base_url
        self._loopback = Loopback(self._server, "afterview-over-tls")

    def close(self) -> None:
        self._loopback.close()


@pytest.fixture
def tls_app(ms_app, ms_server):
    served = TlsApp(ms_app, ms_server)
    yield served
    served.close()
