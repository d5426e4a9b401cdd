"""Fixtures and helpers for the Google integration tests: the fake Google over TLS, an app
pointed at it, the connect flow driven as a browser would, Calendar v3 event resources.

The fixtures are a plugin of the test suite (``pytest_plugins`` in ``tests/conftest.py``): a test
names them as parameters; the helpers are imported."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import pytest
import requests
from flask import Flask
from sqlalchemy import select

from notes.store.model import Account, Interview, Note
from tests.conftest import clocked_app
from tests.fakes.google_server import FakeGoogle

ME = "alex.rivera.jobs@gmail.com"
START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
END = START + timedelta(hours=1)
AUTH = {"Authorization": "Bearer test-token"}


@pytest.fixture
def fake(clock, monkeypatch):
    """The fake Google, its clock the test's clock, its CA trusted by the HTTP clients."""
    server = FakeGoogle(clock=clock).start()
    server.add_user(ME, "Alex Rivera")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", server.ca_path)
    yield server
    server.stop()


@pytest.fixture
def sleeps() -> list[float]:
    return []


@contextmanager
def google_app(tmp_path, clock, fake, sleeps, **overrides) -> Iterator[Flask]:
    """The app pointed at the fake Google, with ``overrides``, its connector's waits recorded in
    ``sleeps``; disposed on leaving."""
    settings = {**fake.config(), "BASE_URL": "https://afterview.test", **overrides}
    with clocked_app(tmp_path, clock, f"sqlite:///{tmp_path / 'google.db'}", **settings) as app:
        app.extensions["afterview.runtime"].connectors["google"].retrier.sleep = sleeps.append
        yield app


@pytest.fixture
def gapp(tmp_path, clock, fake, sleeps):
    with google_app(tmp_path, clock, fake, sleeps) as app:
        yield app


@pytest.fixture
def gclient(gapp):
    return gapp.test_client()


@pytest.fixture
def rt(gapp):
    return gapp.extensions["afterview.runtime"]


def start_connect(client, fake, drafts=True, nudges=True) -> str:
    """Ask for a connect link and follow it to Google: the URL Google redirects back to."""
    answer = client.post("/api/connect/google", json={"drafts": drafts, "nudges": nudges}, headers=AUTH)
    assert answer.status_code == 200, answer.get_json()
    started = client.get(answer.get_json()["url"])  # the one-time link on Afterview's own host
    assert started.status_code == 302, started.get_data(as_text=True)
    consent = requests.get(started.headers["Location"], allow_redirects=False, timeout=10)
    assert consent.status_code == 302, consent.text
    return consent.headers["Location"]


def finish_connect(client, back: str):
    parts = urlsplit(back)
    assert parts.path == "/oauth/google/callback"
    return client.get(back)  # on the redirect URI's own host, as the browser would


def connect(client, fake, drafts=True, nudges=True) -> None:
    page = finish_connect(client, start_connect(client, fake, drafts, nudges))
    assert page.status_code == 200, page.get_data(as_text=True)


def account(rt, email: str = ME) -> Account:
    with rt.session() as session:
        found = session.scalar(select(Account).where(Account.provider == "google", Account.external_id == email))
        if found is not None:
            assert found.user is not None  # loaded while the session is open
        return found


def interviews(rt) -> list[Interview]:
    with rt.session() as session:
        return list(session.scalars(select(Interview).order_by(Interview.provider_event_id)))


def notes(rt) -> list[Note]:
    with rt.session() as session:
        return list(session.scalars(select(Note).where(Note.channel == "email").order_by(Note.recipient_email)))


def attendee(email: str, name: str, status: str = "accepted", **extra) -> dict:
    return {"email": email, "displayName": name, "responseStatus": status, **extra}


def interview_event(event_id: str, start: datetime = START, end: datetime = END, **changes) -> dict:
    """A Calendar v3 event resource: an unmistakable interview with two interviewers."""
    event = {
        "id": event_id,
        "summary": "Interview: Data Analyst - Acme Robotics",
        "description": "Your interview for the <b>Data Analyst</b> position at Acme Robotics<br>"
                       "with Dana Whitfield and Omar Haddad.",
        "start": {"dateTime": start.isoformat().replace("+00:00", "Z"), "timeZone": "Europe/London"},
        "end": {"dateTime": end.isoformat().replace("+00:00", "Z"), "timeZone": "Europe/London"},
        "organizer": {"email": "recruiting@acmerobotics.com", "displayName": "Acme Robotics Recruiting"},
        "attendees": [
            attendee("recruiting@acmerobotics.com", "Acme Robotics Recruiting", organizer=True),
            attendee("dana.whitfield@acmerobotics.com", "Dana Whitfield"),
            attendee("omar.haddad@acmerobotics.com", "Omar Haddad"),
            attendee(ME, "Alex Rivera", self=True),
            attendee("room-4b@resource.calendar.google.com", "Room 4B", resource=True),
        ],
        "hangoutLink": "https://meet.google.com/abc-defg-hij",
        "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/abc-defg-hij"}],
                           "conferenceSolution": {"name": "Google Meet"}},
        "eventType": "default",
    }
    event.update(changes)
    return event


def plain_event(event_id: str, start: datetime, summary: str = "Dentist", **changes) -> dict:
    return {"id": event_id, "summary": summary,
            "start": {"dateTime": start.isoformat().replace("+00:00", "Z")},
            "end": {"dateTime": (start + timedelta(minutes=30)).isoformat().replace("+00:00", "Z")}, **changes}


def deliver_notifications(client, fake) -> list[int]:
    """POST what Google would push (to our base URL) through the test client; the statuses."""
    statuses = []
    for address, headers in fake.calendar.take_notifications():
        assert address == "https://afterview.test/webhooks/google"
        statuses.append(client.post(urlsplit(address).path, headers=headers).status_code)
    return statuses
