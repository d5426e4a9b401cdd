"""Microsoft in the contract suite: the fake cloud over TLS, reached through ``MicrosoftConnector``
(msal, Graph over requests) with a connection made by its own ``begin_connect``/``finish_connect``.

Graph checks a subscription's addresses before it makes one and then posts notifications there,
so this backend serves a small webhook over TLS that answers the check and records what arrives.
"""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from providers.base import Connection
from providers.microsoft import MicrosoftConnector
from tests.fakes.loopback import Loopback
from tests.fakes.microsoft_fixtures import authorize, interview_event
from tests.fakes.microsoft_graph_fake import graph_time
from tests.fakes.microsoft_server import MicrosoftServer

from .backends import ME, Backend, Invitation, Written

DELTA = r"/v1.0/me/calendarView/delta$"
GRAPH_RESPONSES = {"accepted": "accepted", "declined": "declined", "tentative": "tentativelyAccepted",
                   "needs-action": "notResponded"}
REDIRECT = "https://afterview.test/oauth/microsoft/callback"


class MicrosoftBackend(Backend):
    name = "microsoft"

    def __init__(self, clock, monkeypatch):
        self.server = MicrosoftServer()
        self.server.cloud.clock = clock
        self.server.cloud.graph.max_page_size = 100
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", self.server.tls.path)
        self.user = self.server.cloud.add_user(ME, "Alex Rivera")
        self.sleeps: list[float] = []
        cloud = self.server.cloud
        self.connector = MicrosoftConnector(cloud.client_id, cloud.client_secret, self.server.authority,
                                            self.server.graph_root, sleep=self.sleeps.append, clock=clock)
        self.connection = self.connect(drafts=True, nudges=True)
        self.webhook = Webhook(self.server)

    def connect(self, drafts, nudges):
        flow = self.connector.begin_connect({"drafts": drafts, "nudges": nudges}, REDIRECT)
        grant = self.connector.finish_connect(flow, authorize(self.server, flow["auth_uri"]))
        return Connection("microsoft", grant.email, grant.credentials, settings={"scopes": " ".join(grant.scopes)})

    # ------------------------------------------------------------------ calendar

    def put(self, invitation: Invitation):
        self.user.put_event(graph_event(invitation))

    def remove(self, event_id):
        self.user.remove_event(event_id)

    def expire_cursors(self):
        self.server.cloud.graph.expire_delta_tokens()

    def outage(self, requests):
        self.server.cloud.fail_next("GET", DELTA, 503, times=requests)

    def outage_over(self):
        self.server.cloud.failures.clear()

    def throttle(self, retry_after):
        self.server.cloud.fail_next("GET", DELTA, 429, headers={"Retry-After": str(retry_after)},
                                    body={"error": {"code": "ApplicationThrottled", "message": "Too many requests"}})

    def revoke_at_provider(self):
        self.server.cloud.revoke(self.user)

    # ------------------------------------------------------------------ mailbox

    def drafts(self):
        return {m["immutable_id"]: written(m) for m in self.server.cloud.graph.drafts_of(self.user)}

    def to_self(self):
        """Nudges go out as drafts that are then sent: Sent Items keeps them (and ``sendMail``
        without a copy would leave them only in ``sent_mail``)."""
        kept = self.server.cloud.graph.sent_items(self.user, ME)
        return [written(m) for m in [*kept, *self.user.sent_mail]]

    def user_edits(self, draft_id, text):
        self.server.cloud.graph.user_edits(self.user, draft_id, f"<p>{text}</p>")

    def user_sends(self, draft_id):
        self.server.cloud.graph.user_sends(self.user, draft_id)

    def user_deletes(self, draft_id):
        self.server.cloud.graph.user_deletes(self.user, draft_id)

    def user_writes(self, to, subject, text):
        self.server.cloud.graph.user_writes(self.user, to, subject)

    def someone_writes(self, sender, subject):
        self.server.cloud.graph.someone_writes(self.user, sender, subject)

    # ------------------------------------------------------------------ watches

    def watch_address(self):
        return self.webhook.address

    def change_notified(self, invitation):
        self.put(invitation)
        self.server.cloud.graph.notify(self.user, invitation.event_id)
        return self.webhook.take()

    def close(self):
        self.webhook.close()
        self.server.close()


def graph_event(invitation: Invitation) -> dict:
    """``invitation`` as Graph returns an event (built on the Microsoft tests' own interview)."""
    def attendee(email, name, response):
        return {"type": "required", "status": {"response": GRAPH_RESPONSES[response]},
                "emailAddress": {"name": name, "address": email}}

    event = interview_event(invitation.event_id, invitation.start, invitation.minutes)
    event.update(
        subject=invitation.title, body={"contentType": "html", "content": invitation.description},
        start=graph_time(invitation.start), end=graph_time(invitation.end), isCancelled=invitation.cancelled,
        organizer={"emailAddress": {"name": invitation.organizer[1], "address": invitation.organizer[0]}},
        responseStatus={"response": GRAPH_RESPONSES[invitation.my_response]},
        onlineMeeting={"joinUrl": invitation.conference},
        attendees=[*(attendee(*a) for a in invitation.attendees), attendee(ME, "Alex Rivera", "needs-action")])
    return event


def written(message: dict) -> Written:
    recipients = message.get("toRecipients") or [{}]
    body = (message.get("body") or {}).get("content", "")
    return Written(str(recipients[0].get("emailAddress", {}).get("address", "")).lower(),
                   str(message.get("subject", "")), body)


class Webhook:
    """Afterview's side of Graph's notifications, reduced to what a watcher needs: it answers the
    validation request and records the ``clientState`` of each notification."""

    def __init__(self, server: MicrosoftServer):
        received: list[str] = []
        lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (http.server's naming)
                token = parse_qs(urlsplit(self.path).query).get("validationToken")
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                if token:
                    answer, status, kind = token[0].encode(), 200, "text/plain"
                else:
                    with lock:
                        received.extend(item.get("clientState", "") for item in json.loads(body)["value"])
                    answer, status, kind = b"", 202, "text/plain"
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args):
                pass

        http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        http.socket = server.tls.server_context().wrap_socket(http.socket, server_side=True)
        self._loopback = Loopback(http, "contract-graph-webhook")
        self.address = self._loopback.url("/webhooks/contract", scheme="https")
        self._received, self._lock = received, lock

    def take(self) -> list[str]:
        with self._lock:
            taken, self._received[:] = list(self._received), []
        return taken

    def close(self):
        self._loopback.close()
