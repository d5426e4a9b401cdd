"""Normalised calendar and mailbox types, the provider interfaces, and the provider errors.

Everything outside ``providers/`` sees a calendar or a mailbox only through this module:
the adapters (the ``ics``, ``google`` and ``microsoft`` packages) turn provider JSON and SDK objects
into these types and convert SDK errors into the ``ProviderError`` branch of Afterview's exception
tree (``providers.errors``, whose docstring draws it) at their boundary. The provider errors are
re-exported here, so an adapter or a caller imports types, interfaces and errors from one place.

A language model (``LanguageModel``, optional drafting) reports every failure as ``Unavailable``.
"""
from __future__ import annotations

import abc
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from .errors import (
    AuthExpired,
    CalendarInvalid,
    CursorExpired,
    PermissionMissing,
    ProviderError,
    RateLimited,
    Unavailable,
)

__all__ = [
    "RESPONSES", "AuthExpired", "CalendarEvent", "CalendarInvalid", "CalendarSource", "Connection", "Connector",
    "CursorExpired", "DraftRef", "Mailbox", "OutgoingNote", "PermissionMissing", "Person", "ProviderError",
    "LanguageModel", "RateLimited", "SyncResult", "SyncWindow", "Unavailable", "Watch", "Watcher", "sender_matches",
    "utc",
]


# --------------------------------------------------------------------------- values

RESPONSES = ("accepted", "declined", "tentative", "needs-action")


@dataclass(frozen=True)
class Person:
    """Someone on an event: an attendee or the organizer.

    ``email`` is lower-case; ``response`` is one of ``RESPONSES``; ``resource`` marks rooms and
    equipment; ``optional`` marks optional attendees; ``informed_only`` those copied for
    information, who do not take part (iCalendar's ``ROLE=NON-PARTICIPANT``).
    """

    email: str
    name: str = ""
    response: str = "needs-action"
    resource: bool = False
    optional: bool = False
    informed_only: bool = False

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2]

    def display_name(self) -> str:
        """The name as written on the invitation, else a readable form of the address."""
        if self.name and "@" not in self.name:
            return self.name
        local = self.email.partition("@")[0]
        return " ".join(part.capitalize() for part in local.replace("_", ".").split(".") if part)


@dataclass(frozen=True)
class CalendarEvent:
    """One occurrence of a calendar event, normalised across providers.

    ``event_id`` is stable per occurrence within its account (for recurring events it includes the
    occurrence's start); ``series_id`` names the recurring series an occurrence belongs to (the
    same for every occurrence of it, ``None`` for a single event). Times are timezone-aware UTC;
    ``time_zone`` is the event's own zone (IANA name) when known, used only for rendering.
    """

    event_id: str
    title: str
    start: datetime
    end: datetime
    description: str = ""
    location: str = ""
    all_day: bool = False
    time_zone: str | None = None
    status: str = "confirmed"  # confirmed | tentative | cancelled
    organizer: Person | None = None
    attendees: tuple[Person, ...] = ()
    conference_url: str | None = None
    calendar_name: str = ""
    recurring: bool = False
    series_id: str | None = None
    updated: datetime | None = None
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def duration(self) -> timedelta:
        return self.end - self.start

    def with_changes(self, **changes) -> CalendarEvent:
        return replace(self, **changes)


@dataclass(frozen=True)
class SyncResult:
    """What changed in a calendar since a cursor.

    When ``complete`` is true, ``events`` is every event in the sync window and anything stored
    for this account but absent from it is gone; otherwise ``events`` are the changed ones and
    ``removed`` the ids deleted since the cursor. ``cursor`` is what to pass next time.
    ``warnings`` say what of the calendar could not be read (the rest was); an unchanged
    calendar repeats the warnings it had.
    """

    events: tuple[CalendarEvent, ...]
    cursor: str | None
    removed: tuple[str, ...] = ()
    complete: bool = False
    unchanged: bool = False
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class SyncWindow:
    """The span of time a sync looks at: ``start`` to ``end`` in UTC."""

    start: datetime
    end: datetime

    @classmethod
    def around(cls, now: datetime, days_back: int = 30, days_ahead: int = 90) -> SyncWindow:
        return cls(now - timedelta(days=days_back), now + timedelta(days=days_ahead))


@dataclass(frozen=True)
class OutgoingNote:
    """A note as a mailbox receives it: one recipient, a subject, text and HTML bodies, and
    Afterview's own ``marker``, which its draft carries so that it can be found again."""

    to: Person
    subject: str
    body_text: str
    body_html: str
    marker: str = ""


@dataclass(frozen=True)
class DraftRef:
    """A draft in the user's mailbox: its id, and the version Afterview last wrote."""

    id: str
    version: str = ""


@dataclass(frozen=True)
class Watch:
    """A push-notification registration: Google channel or Microsoft Graph subscription."""

    id: str
    resource_id: str = ""
    expires_at: datetime | None = None


@dataclass
class Connection:
    """A connected account as an adapter sees it: decrypted credentials and settings.

    Adapters that refresh tokens call ``save_credentials``; the service re-encrypts and
    stores them only when ``credentials_changed`` is set.
    """

    provider: str
    external_id: str
    credentials: dict
    settings: dict = field(default_factory=dict)
    credentials_changed: bool = False

    def save_credentials(self, credentials: dict) -> None:
        if credentials != self.credentials:
            self.credentials = credentials
            self.credentials_changed = True


# --------------------------------------------------------------------------- interfaces
#
# What every provider implements. Each adapter converts its SDK's errors into ``ProviderError``
# subclasses (``providers.errors``); none lets a library exception through.


class CalendarSource(abc.ABC):
    """A calendar that can tell what changed since a cursor."""

    @abc.abstractmethod
    def changes(self, cursor: str | None, window: SyncWindow) -> SyncResult:
        """Events changed since ``cursor`` (all events in ``window`` when it is ``None``).

        Raises ``CursorExpired`` when the cursor is no longer valid, ``CalendarInvalid`` when
        the data is malformed, and the other ``ProviderError`` subclasses as they apply.
        """


class Mailbox(abc.ABC):
    """The user's mailbox: drafts, the sent folder, who wrote to the inbox, and messages to the user themself.

    Making a draft and sending a nudge happen exactly once, whatever crashes: each carries a
    marker the caller chose and recorded before the first attempt. A retry passes ``since``, when
    that first attempt began; the mailbox then looks for what carries the marker before making or
    sending anything again.
    """

    @abc.abstractmethod
    def create_draft(self, note: OutgoingNote, since: datetime | None = None) -> DraftRef:
        """Create a draft of ``note`` carrying ``note.marker``; returns its id and version. Never
        retried blindly: with ``since``, the draft carrying the marker made by an attempt begun then
        is returned instead of a second one."""

    @abc.abstractmethod
    def draft_state(self, draft: DraftRef) -> str:
        """``unchanged`` when the draft still holds what Afterview wrote, ``edited`` when the
        user changed it, ``gone`` when it was sent or deleted."""

    @abc.abstractmethod
    def replace_draft(self, draft: DraftRef, note: OutgoingNote) -> DraftRef:
        """Overwrite a draft Afterview wrote and the user has not touched; returns its new version."""

    @abc.abstractmethod
    def sent_to(self, addresses: Iterable[str], since: datetime) -> set[str]:
        """Which of ``addresses`` received a message from the user since ``since``."""

    @abc.abstractmethod
    def received_from(self, senders: Iterable[str], since: datetime) -> bool:
        """Whether a message from any of ``senders`` arrived in the inbox since ``since``. A sender is an
        address (``dana@gmail.com``) or a domain (``acmerobotics.com``, which covers its subdomains too).
        Only each message's sender and arrival time are read, never its subject or body."""

    @abc.abstractmethod
    def notify_self(self, subject: str, body: str, marker: str = "", since: datetime | None = None) -> None:
        """Send a short message to the user's own address (a nudge) carrying ``marker``. With
        ``since``, nothing goes out again when the message carrying the marker was sent since then
        (a draft of it left unsent by an interrupted attempt is sent instead of a new one). Raises
        ``PermissionMissing`` when the account did not allow sending."""


class Watcher(abc.ABC):
    """Push notifications for a calendar: they only make a sync due sooner; polling stays."""

    @abc.abstractmethod
    def start(self, address: str, secret: str) -> Watch:
        """Ask the provider to notify ``address``, echoing ``secret`` (channel token / clientState)."""

    @abc.abstractmethod
    def stop(self, watch: Watch) -> None:
        """Stop a watch (missing ones are not an error)."""


class Connector(abc.ABC):
    """Builds the adapters of one provider for a stored connection; one instance serves every account.

    Every connector says what its provider offers, so callers never probe for it:

    - ``offers_mailbox``: whether the provider has mailboxes at all (iCalendar has none). An
      account of a provider that has them may still have none (``mailbox`` returns ``None``)
      when it did not grant the scopes.
    - ``offers_push``: whether the provider can notify changes, so watches are worth starting
      (``watcher`` may still return ``None`` for an account).
    """

    @property
    @abc.abstractmethod
    def offers_mailbox(self) -> bool:
        """Whether this provider's accounts can have a mailbox."""

    @property
    @abc.abstractmethod
    def offers_push(self) -> bool:
        """Whether this provider can push change notifications."""

    @abc.abstractmethod
    def calendar(self, connection: Connection) -> CalendarSource:
        """The account's calendar."""

    @abc.abstractmethod
    def mailbox(self, connection: Connection) -> Mailbox | None:
        """The account's mailbox, or ``None`` when the account has none or it is not allowed."""

    @abc.abstractmethod
    def watcher(self, connection: Connection) -> Watcher | None:
        """Push notifications for the account's calendar, or ``None`` without them."""

    @abc.abstractmethod
    def revoke(self, connection: Connection) -> None:
        """Withdraw the account's grant at the provider as far as the provider allows (some have
        nothing to withdraw). The caller deletes the stored tokens whatever happens; failures
        raise ``ProviderError`` subclasses."""


class LanguageModel(abc.ABC):
    """A language model that writes a note from chat messages (any OpenAI-compatible server).

    ``name`` is the model's name, recorded as the author of what it writes.
    """

    name: str

    @abc.abstractmethod
    def complete(self, messages: list[dict[str, str]]) -> str:
        """The model's reply to ``messages`` (``{"role": "system" | "user" | "assistant", "content"}``).

        Raises ``Unavailable`` when the server fails, refuses, or does not answer within its timeout.
        """


def sender_matches(address: str, senders: Iterable[str]) -> bool:
    """Whether ``address`` is one of ``senders``: the address itself, or at one of the domains (or a
    subdomain of one) given."""
    address = address.strip().lower()
    domain = address.rpartition("@")[2]
    for sender in senders:
        sender = sender.strip().lower()
        if "@" in sender:
            if address == sender:
                return True
        elif sender and (domain == sender or domain.endswith("." + sender)):
            return True
    return False


def utc(moment: datetime) -> datetime:
    """``moment`` as an aware UTC datetime (naive values are taken to be UTC)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
