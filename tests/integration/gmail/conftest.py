"""Fixtures for the Gmail add-on: Google's certificates on a loopback port, tokens signed like
Google's, event objects shaped as the HTTP runtime sends them, a Gmail stand-in for message
metadata, and a checker of responses against the documented envelopes and the official card type."""
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlparse

import pytest
from google.apps.card_v1 import Card

from notes.usecases import service
from providers.ics import IcsConnector
from scheduler.ticks import run_round
from tests.calendars import calendar, interview
from tests.conftest import clocked_app
from tests.fakes.google_certs import GoogleCertsServer, TokenSigner
from tests.fakes.loopback import serve

BASE_URL = "https://afterview.test"
SERVICE_ACCOUNT = "service-4242@gcp-sa-gsuiteaddons.iam.gserviceaccount.com"
CLIENT_ID = "4242-addon.apps.googleusercontent.com"
ALEX = {"sub": "110000000000000000001", "email": "alex.rivera.jobs@gmail.com", "name": "Alex Rivera"}
BLAIR = {"sub": "110000000000000000002", "email": "blair.okafor@gmail.com", "name": "Blair Okafor"}
START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
END = START + timedelta(hours=1)


@pytest.fixture
def signer():
    return TokenSigner("google-key-1")


@pytest.fixture
def certs(signer):
    server = GoogleCertsServer([signer], max_age=3600)
    yield server
    server.close()


class FakeGmail:
    """``users.messages.get`` with ``format=metadata``: answers the From header of known
    messages to the right user token plus the right per-message token; records each request."""

    def __init__(self):
        self.messages: dict[str, tuple[str, str, str]] = {}  # id -> (From, user token, message token)
        self.requests: list[dict] = []
        self._loopback = serve(self._handler(), "fake-gmail-metadata")
        self.root = self._loopback.url("/")

    def add(self, message_id: str, sender: str, user_token: str, message_token: str) -> None:
        self.messages[message_id] = (sender, user_token, message_token)

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                url = urlparse(self.path)
                query = parse_qs(url.query)
                fake.requests.append({"path": url.path, "query": query, "headers": dict(self.headers)})
                prefix = "/gmail/v1/users/me/messages/"
                message = fake.messages.get(url.path[len(prefix):]) if url.path.startswith(prefix) else None
                if message is None:
                    return self._send(404, {"error": {"code": 404, "message": "Requested entity was not found."}})
                sender, user_token, message_token = message
                if self.headers.get("Authorization") != f"Bearer {user_token}" \
                        or self.headers.get("X-Goog-Gmail-Access-Token") != message_token:
                    return self._send(401, {"error": {"code": 401, "message": "Invalid Credentials"}})
                headers = [{"name": "From", "value": sender}] if query.get("metadataHeaders") == ["From"] else []
                self._send(200, {"id": url.path[len(prefix):], "threadId": "thread-1",
                                 "payload": {"mimeType": "multipart/alternative", "headers": headers}})

            def _send(self, status: int, body: dict):
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        return Handler

    def close(self):
        self._loopback.close()


@pytest.fixture
def gmail():
    fake = FakeGmail()
    yield fake
    fake.close()


@pytest.fixture
def app(tmp_path, clock, certs, gmail):
    """The service as deployed behind the add-on (not local mode)."""
    with clocked_app(tmp_path, clock, BASE_URL=BASE_URL, LOCAL_MODE=False, GOOGLE_CERTS_URL=certs.url,
                     GOOGLE_API_ROOT=gmail.root, GOOGLE_ADDON_SERVICE_ACCOUNT=SERVICE_ACCOUNT,
                     GOOGLE_ADDON_CLIENT_ID=CLIENT_ID, GOOGLE_CLIENT_ID="4242-oauth.apps.googleusercontent.com",
                     GOOGLE_CLIENT_SECRET="secret") as app:
        # The users' calendars here are local files; a deployed server reads only public URLs.
        app.extensions["afterview.runtime"].connectors["ics"] = IcsConnector(public_only=False)
        yield app


def user_event(signer: TokenSigner, person: dict, params=None, form=None, gmail=None, draft=None,
               system_token: str = "") -> dict:
    """An event object as the HTTP runtime posts it."""
    common = {"hostApp": "GMAIL", "platform": "WEB", "userLocale": "en",
              "timeZone": {"id": "America/New_York", "offset": -18000000}}
    if params:
        common["parameters"] = {k: str(v) for k, v in params.items()}
    if form:
        common["formInputs"] = {k: {"stringInputs": {"value": v if isinstance(v, list) else [v]}}
                                for k, v in form.items()}
    event = {
        "commonEventObject": common,
        "authorizationEventObject": {
            "userOAuthToken": f"ya29.{person['sub']}",
            "userIdToken": signer.token(CLIENT_ID, sub=person["sub"], email=person["email"],
                                        email_verified=True, name=person["name"]),
            "systemIdToken": system_token,
        },
    }
    if gmail is not None:
        event["gmail"] = gmail
    if draft is not None:
        event["draftMetadata"] = draft
    return event


class Sidebar:
    """Posts event objects to the add-on endpoints the way Google does."""

    def __init__(self, client, signer):
        self.client, self.signer = client, signer

    def system_token(self, path: str, **claims) -> str:
        claims.setdefault("email", SERVICE_ACCOUNT)
        claims.setdefault("email_verified", True)
        claims.setdefault("sub", "104242424242424242424")
        return self.signer.token(BASE_URL + path, **claims)

    def post(self, path: str, person: dict = ALEX, headers: dict | None = None, **event_parts):
        token = self.system_token(path)
        body = user_event(self.signer, person, system_token=token, **event_parts)
        return self.client.post(path, json=body, headers={"Authorization": f"Bearer {token}", **(headers or {})})

    def action(self, person: dict = ALEX, form=None, **params):
        return self.post("/gmail/action", person=person, params=params, form=form)


@pytest.fixture
def sidebar(client, signer):
    return Sidebar(client, signer)


def add_user_with_interviews(runtime, clock, tmp_path, person: dict, uid: str, start: datetime, **kwargs) -> int:
    """A Google user whose calendar (an .ics file) holds an interview at ``start`` and the next
    round three days later."""
    path = tmp_path / f"{uid}.ics"
    later = start + timedelta(days=3)
    path.write_bytes(calendar(interview(uid, start, start + timedelta(hours=1), **kwargs),
                              interview(f"{uid}-next", later, later + timedelta(hours=1), **kwargs)))
    with runtime.session() as session:
        user = service.google_user(session, person["sub"], person["email"], True, person["name"])
        session.commit()
        user_id = user.id
    service.connect_ics(runtime, user_id, str(path), clock(), allow_files=True, allow_private=True)
    return user_id


@pytest.fixture
def proposed(runtime, clock, tmp_path):
    """Alex with one interview whose notes are proposed and one coming up; Blair likewise."""
    add_user_with_interviews(runtime, clock, tmp_path, ALEX, "alex-iv", START)
    add_user_with_interviews(runtime, clock, tmp_path, BLAIR, "blair-iv", START, people=(
        ("Priya Nair", "priya.nair@globex.example"),), organizer=("Globex Talent", "talent@globex.example"),
        summary="Interview: Product Designer - Globex",
        description="Your interview for the Product Designer position at Globex with Priya Nair.")
    clock.now = END + timedelta(minutes=15)
    run_round(runtime, clock())


def current_findings_of(runtime, person: dict, now) -> dict[int, list[dict]]:
    """The findings of each of the person's notes, as the checks give them now."""
    from sqlalchemy import select

    from notes.store.model import User
    from notes.usecases.present import current_findings

    found: dict[int, list[dict]] = {}
    with runtime.session() as session:
        user = session.scalar(select(User).where(User.google_subject == person["sub"]))
        for row in service.interviews_of(session, user.id):
            found.update(current_findings(row, user, now))
    return found


# --------------------------------------------------------------------------- response checks

NAVIGATION_KEYS = {"pushCard", "updateCard", "pop", "popToRoot", "popToCard"}


def _card(card: dict) -> dict:
    Card.from_json(json.dumps(card), ignore_unknown_fields=False)  # the official type, strictly
    widgets = sum(len(s.get("widgets", [])) for s in card.get("sections", []))
    assert widgets <= 100, f"{widgets} widgets: over the documented limit"
    return card


def _navigations(action: dict) -> list[dict]:
    assert set(action) <= {"navigations", "link", "notification"}, action.keys()
    cards = []
    for navigation in action.get("navigations", []):
        assert len(navigation) == 1 and set(navigation) <= NAVIGATION_KEYS, navigation
        for key in ("pushCard", "updateCard"):
            if key in navigation:
                cards.append(_card(navigation[key]))
    if "notification" in action:
        assert set(action["notification"]) == {"text"} and isinstance(action["notification"]["text"], str)
    return cards


def trigger_cards(body: dict) -> list[dict]:
    """The cards of a trigger's answer ``{"action": {"navigations": [...]}}``, each checked."""
    assert set(body) == {"action"}, body.keys()
    return _navigations(body["action"])


def render_cards(body: dict) -> list[dict]:
    """The cards of an action's answer ``{"renderActions": {"action": {...}}}``, each checked."""
    assert set(body) == {"renderActions"} and set(body["renderActions"]) <= {"action", "hostAppAction"}
    return _navigations(body["renderActions"].get("action", {}))


def draft_update(body: dict) -> dict:
    """The ``updateDraftActionMarkup`` of an insert answer, checked against the documented shape."""
    assert set(body) == {"renderActions"} and set(body["renderActions"]) == {"hostAppAction"}
    gmail = body["renderActions"]["hostAppAction"]
    assert set(gmail) == {"gmailAction"} and set(gmail["gmailAction"]) == {"updateDraftActionMarkup"}
    markup = gmail["gmailAction"]["updateDraftActionMarkup"]
    assert set(markup) <= {"updateBody", "updateSubject", "updateToRecipients", "updateCcRecipients",
                           "updateBccRecipients"}
    body_update = markup["updateBody"]
    assert set(body_update) == {"insertContents", "type"} and body_update["type"] == "IN_PLACE_INSERT"
    for content in body_update["insertContents"]:
        assert set(content) == {"content", "contentType"}
        assert content["contentType"] in ("TEXT", "MUTABLE_HTML", "IMMUTABLE_HTML")
    assert set(markup["updateSubject"]) == {"subject"}
    assert all(set(r) == {"email"} for r in markup["updateToRecipients"]["toRecipients"])
    return markup


def texts(card: dict) -> list[str]:
    """Every string in a card (to look for what it shows or must not show)."""
    found: list[str] = []

    def walk(value):
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            found.append(value)

    walk(card)
    return found


def actions_in(card: dict) -> list[dict]:
    """Every action's parameters in a card, as dicts."""
    found = []

    def walk(value):
        if isinstance(value, dict):
            if "function" in value and "parameters" in value:
                found.append({p["key"]: p["value"] for p in value["parameters"]})
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(card)
    return found
