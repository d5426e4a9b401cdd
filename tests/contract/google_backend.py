"""Google in the contract suite: the fake Google over TLS, reached through ``GoogleConnector``
(google-api-python-client, google-auth) with a connection made by Afterview's own OAuth code."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import requests

from providers.base import Connection
from providers.google import GoogleConnector
from providers.google.auth import GoogleClient, authorization, exchange_code, requested_scopes
from tests.fakes.google_server import FakeGoogle

from .backends import ME, Backend, Invitation, Written

EVENTS = "/calendar/v3/calendars/primary/events"
GOOGLE_RESPONSES = {"accepted": "accepted", "declined": "declined", "tentative": "tentative",
                    "needs-action": "needsAction"}
REDIRECT = "http://127.0.0.1:8080/oauth/google/callback"


class GoogleBackend(Backend):
    name = "google"

    def __init__(self, clock, monkeypatch):
        self.fake = FakeGoogle(clock=clock).start()
        self.fake.add_user(ME, "Alex Rivera")
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", self.fake.ca_path)
        config = self.fake.config()
        self.client = GoogleClient(config["GOOGLE_CLIENT_ID"], config["GOOGLE_CLIENT_SECRET"],
                                   config["GOOGLE_AUTH_URI"], config["GOOGLE_TOKEN_URI"],
                                   config["GOOGLE_REVOKE_URI"], config["GOOGLE_CERTS_URL"])
        self.sleeps: list[float] = []
        self.connector = GoogleConnector(self.client, config["GOOGLE_API_ROOT"], sleep=self.sleeps.append)
        self.connection = self.connect(drafts=True, nudges=True)

    def connect(self, drafts, nudges):
        """The OAuth flow as ``addon.connect.google`` runs it, the consent page approved by the fake."""
        scopes = requested_scopes(drafts, nudges)
        url, state, verifier = authorization(self.client, REDIRECT, scopes)
        consent = requests.get(url, allow_redirects=False, timeout=10)
        answer = {k: v[-1] for k, v in parse_qs(urlsplit(consent.headers["Location"]).query).items()}
        grant = exchange_code(self.client, REDIRECT, scopes, state, verifier, answer["code"])
        return Connection("google", grant.email, grant.credentials,
                          settings={"scopes": " ".join(grant.scopes), "time_zone": "UTC"})

    def limited(self):
        # Gmail's compose scope can send too: what a connection without drafts lacks is drafting
        return self.connect(drafts=False, nudges=True), "create_draft"

    # ------------------------------------------------------------------ calendar

    def put(self, invitation: Invitation):
        self.fake.calendar.put_event(ME, resource(invitation))

    def remove(self, event_id):
        self.fake.calendar.delete_event(ME, event_id)

    def expire_cursors(self):
        self.fake.calendar.expire_sync_tokens(ME)

    def outage(self, requests):
        self.fake.fail(EVENTS, 503, times=requests)

    def outage_over(self):
        self.fake.faults.clear()

    def throttle(self, retry_after):
        self.fake.fail(EVENTS, 429, retry_after=str(retry_after))

    def revoke_at_provider(self):
        self.fake.oauth.revoke_user(ME)

    # ------------------------------------------------------------------ mailbox

    def drafts(self):
        return {i: written(m) for i, m in self.fake.gmail.parsed_drafts(ME).items()}

    def to_self(self):
        return [written(m) for m in self.fake.gmail.inbox(ME)]

    def user_edits(self, draft_id, text):
        self.fake.gmail.user_edits_draft(ME, draft_id, text)

    def user_sends(self, draft_id):
        self.fake.gmail.user_sends_draft(ME, draft_id)

    def user_deletes(self, draft_id):
        with self.fake.gmail.lock:
            box = self.fake.gmail.mailbox(ME)
            box.messages.pop(box.drafts.pop(draft_id))

    def user_writes(self, to, subject, text):
        self.fake.gmail.user_writes(ME, to, subject, text)

    def someone_writes(self, sender, subject):
        self.fake.gmail.someone_writes(ME, sender, subject)

    # ------------------------------------------------------------------ watches

    def change_notified(self, invitation):
        self.fake.calendar.take_notifications()  # a channel's first message ("sync") is no change
        self.put(invitation)
        return [headers["X-Goog-Channel-Token"] for address, headers in self.fake.calendar.take_notifications()
                if address == self.watch_address() and headers.get("X-Goog-Resource-State") == "exists"]

    def close(self):
        self.fake.stop()


def resource(invitation: Invitation) -> dict:
    """``invitation`` as a Calendar v3 event resource."""
    def person(email, name, response, **extra):
        return {"email": email, "displayName": name, "responseStatus": GOOGLE_RESPONSES[response], **extra}

    return {
        "id": invitation.event_id, "summary": invitation.title, "description": invitation.description,
        "status": "cancelled" if invitation.cancelled else "confirmed",
        "start": {"dateTime": invitation.start.isoformat().replace("+00:00", "Z")},
        "end": {"dateTime": invitation.end.isoformat().replace("+00:00", "Z")},
        "organizer": {"email": invitation.organizer[0], "displayName": invitation.organizer[1]},
        "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": invitation.conference}],
                           "conferenceSolution": {"name": "Google Meet"}},
        "attendees": [*(person(*a) for a in invitation.attendees),
                      person(ME, "Alex Rivera", invitation.my_response, self=True)],
    }


def written(message) -> Written:
    part = message.get_body(("plain",)) or message
    return Written(str(message["To"]).rpartition("<")[2].rstrip(">").lower(), str(message["Subject"]),
                   part.get_content().strip())
