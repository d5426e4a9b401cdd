"""The implementations the contract suite holds to one behaviour, each behind a ``Backend``.

A ``Backend`` gives the suite a connector, a connection made the way Afterview makes one, and
the provider's side: what people do there (invitations arrive, drafts are edited or sent) and
faults to inject. The in-memory and iCalendar backends are here; Google's and Microsoft's drive
the loopback fakes through the real adapters (``google_backend``, ``microsoft_backend``).
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler

from providers.base import (
    CalendarEvent,
    Connection,
    Connector,
    Person,
    RateLimited,
    Unavailable,
)
from providers.ics import IcsConnector
from tests.fakes.loopback import Loopback, serve
from tests.fakes.memory import MemoryProvider

ME = "alex.rivera@example.com"
WEBHOOK = "https://afterview.test/webhooks/contract"  # where watches notify (Microsoft's backend serves one)


@dataclass(frozen=True)
class Invitation:
    """An event as people make it, in no provider's format; each backend writes it its own way."""

    event_id: str
    start: datetime
    minutes: int = 60
    title: str = "Interview: Data Analyst - Acme Robotics"
    description: str = "Your interview for the Data Analyst position at Acme Robotics."
    organizer: tuple[str, str] = ("recruiting@acmerobotics.com", "Acme Robotics Recruiting")
    attendees: tuple[tuple[str, str, str], ...] = (
        ("dana.whitfield@acmerobotics.com", "Dana Whitfield", "accepted"),
        ("omar.haddad@acmerobotics.com", "Omar Haddad", "tentative"),
    )
    conference: str = "https://meet.google.com/abc-defg-hij"
    my_response: str = "accepted"  # the user's own answer: accepted | declined | tentative | needs-action
    cancelled: bool = False

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)


@dataclass(frozen=True)
class Written:
    """A draft or a message as the mailbox holds it."""

    to: str
    subject: str
    text: str


class Backend:
    """One implementation under test. Subclasses fill in what their provider supports."""

    name = ""
    connector: Connector
    connection: Connection

    # ------------------------------------------------------------------ calendar side

    def put(self, invitation: Invitation) -> None:
        raise NotImplementedError

    def remove(self, event_id: str) -> None:
        raise NotImplementedError

    def expire_cursors(self) -> None:
        raise NotImplementedError

    def outage(self, requests: int) -> None:
        """The next ``requests`` reads of the calendar fail on the provider's side."""
        raise NotImplementedError

    def outage_over(self) -> None:
        """Failures still planned by ``outage`` are called off."""
        raise NotImplementedError

    def throttle(self, retry_after: int) -> None:
        """The next read of the calendar is throttled, asking to wait ``retry_after`` seconds."""
        raise NotImplementedError

    def revoke_at_provider(self) -> None:
        """The user withdraws Afterview's grant at the provider."""
        raise NotImplementedError

    # ------------------------------------------------------------------ mailbox side

    def connect(self, drafts: bool, nudges: bool) -> Connection:
        """Another connection of the same account, allowing only what the options need."""
        raise NotImplementedError

    def limited(self) -> tuple[Connection, str]:
        """A connection allowing less than everything, and the mailbox operation it is refused."""
        return self.connect(drafts=True, nudges=False), "notify_self"

    def drafts(self) -> dict[str, Written]:
        raise NotImplementedError

    def to_self(self) -> list[Written]:
        raise NotImplementedError

    def user_edits(self, draft_id: str, text: str) -> None:
        raise NotImplementedError

    def user_sends(self, draft_id: str) -> None:
        raise NotImplementedError

    def user_deletes(self, draft_id: str) -> None:
        raise NotImplementedError

    def user_writes(self, to: str, subject: str, text: str) -> None:
        raise NotImplementedError

    def someone_writes(self, sender: str, subject: str) -> None:
        """A message from ``sender`` arrives in the user's inbox."""
        raise NotImplementedError

    # ------------------------------------------------------------------ watcher side

    def watch_address(self) -> str:
        return WEBHOOK

    def change_notified(self, invitation: Invitation) -> list[str]:
        """Change ``invitation`` and deliver what the provider sends: the secrets it echoed."""
        raise NotImplementedError

    def close(self) -> None:
        pass


def as_event(invitation: Invitation) -> CalendarEvent:
    """The invitation as a provider that stores normalised events holds it."""
    people = [Person(email, name, response) for email, name, response in invitation.attendees]
    return CalendarEvent(
        event_id=invitation.event_id, title=invitation.title, start=invitation.start, end=invitation.end,
        description=invitation.description, status="cancelled" if invitation.cancelled else "confirmed",
        conference_url=invitation.conference,
        organizer=Person(*invitation.organizer), attendees=(*people, Person(ME, "Alex Rivera", invitation.my_response)))


class MemoryBackend(Backend):
    """``tests/fakes/memory.py``: the reference every other implementation is held to."""

    name = "memory"

    def __init__(self, clock):
        self.provider = MemoryProvider(clock)
        self.account = self.provider.account(ME)
        self.connector = self.provider.connector()
        self.connection = Connection("memory", ME, {})
        self._seen = 0

    def put(self, invitation):
        self.account.put_event(as_event(invitation))

    def remove(self, event_id):
        self.account.remove_event(event_id)

    def expire_cursors(self):
        self.account.expire_cursors()

    def outage(self, requests):
        self.account.when("changes", Unavailable("the provider is down"), times=requests)

    def outage_over(self):
        self.account.calm("changes")

    def throttle(self, retry_after):
        self.account.when("changes", RateLimited("slow down", retry_after=retry_after))

    def revoke_at_provider(self):
        self.account.revoked = True

    def connect(self, drafts, nudges):
        self.account.has_mailbox = drafts or nudges
        self.account.refused = {*(() if drafts else ("drafts",)), *(() if nudges else ("send",))}
        return Connection("memory", ME, {})

    def drafts(self):
        return {i: Written(m.to, m.subject, m.text) for i, m in self.account.drafts.items()}

    def to_self(self):
        return [Written(m.to, m.subject, m.text) for m in self.account.inbox]

    def user_edits(self, draft_id, text):
        self.account.user_edits(draft_id, text)

    def user_sends(self, draft_id):
        self.account.user_sends(draft_id)

    def user_deletes(self, draft_id):
        self.account.user_deletes(draft_id)

    def user_writes(self, to, subject, text):
        self.account.user_writes(to, subject, text)

    def someone_writes(self, sender, subject):
        self.account.someone_writes(sender, subject)

    def change_notified(self, invitation):
        self.put(invitation)
        delivered, self._seen = self.account.notifications[self._seen:], len(self.account.notifications)
        return [secret for _address, secret in delivered]


class IcsBackend(Backend):
    """An iCalendar feed served over loopback HTTP, read by ``IcsConnector`` as a URL."""

    name = "ics"

    def __init__(self, clock):
        self.events: dict[str, Invitation] = {}
        self.failing = 0
        backend = self

        class Feed(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's naming)
                with backend._lock:
                    failing, backend.failing = backend.failing, max(backend.failing - 1, 0)
                    body = backend.document().encode()
                self.send_response(503 if failing else 200)
                self.send_header("Content-Type", "text/calendar; charset=utf-8")
                self.send_header("Content-Length", str(0 if failing else len(body)))
                self.end_headers()
                if not failing:
                    self.wfile.write(body)

            def log_message(self, *args):
                pass

        self._lock = threading.Lock()
        self._server: Loopback = serve(Feed, "contract-ics-feed")
        self.connector = IcsConnector(public_only=False)
        address = self._server.url("/calendar.ics")  # kept as connecting keeps it: sealed with the tokens
        self.connection = Connection("ics", "calendar-id", {"source": address}, settings={"time_zone": "UTC"})

    def document(self) -> str:
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Afterview//contract suite//EN"]
        for invitation in self.events.values():
            lines += vevent(invitation)
        return "\r\n".join([*lines, "END:VCALENDAR", ""])

    def put(self, invitation):
        with self._lock:
            self.events[invitation.event_id] = invitation

    def remove(self, event_id):
        with self._lock:
            self.events.pop(event_id, None)

    def outage(self, requests):
        with self._lock:
            self.failing = requests

    def outage_over(self):
        self.outage(0)

    def close(self):
        self._server.close()


def vevent(invitation: Invitation) -> list[str]:
    """``invitation`` as the lines of a VEVENT (RFC 5545)."""
    stamp = "%Y%m%dT%H%M%SZ"
    email, name = invitation.organizer
    lines = ["BEGIN:VEVENT", f"UID:{invitation.event_id}", f"DTSTAMP:{invitation.start:{stamp}}",
             f"DTSTART:{invitation.start:{stamp}}", f"DTEND:{invitation.end:{stamp}}",
             f"SUMMARY:{escape(invitation.title)}", f"DESCRIPTION:{escape(invitation.description)}",
             f"LOCATION:{escape(invitation.conference)}",
             f'ORGANIZER;CN="{name}":mailto:{email}',
             f"STATUS:{'CANCELLED' if invitation.cancelled else 'CONFIRMED'}"]
    for email, name, response in (*invitation.attendees, (ME, "Alex Rivera", invitation.my_response)):
        lines.append(f'ATTENDEE;CN="{name}";PARTSTAT={response.upper()}:mailto:{email}')
    return [*lines, "END:VEVENT"]


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
