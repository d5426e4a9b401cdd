"""An in-memory provider: calendars, mailboxes and push watches whose state is plain Python.

``MemoryProvider`` is the provider's side: its accounts (``account(address)``), what people do
there (events change, drafts are edited or sent, messages written) and faults to inject
(``MemoryAccount.when``). ``MemoryProvider.connector()`` is a complete ``Connector`` over it, as
Google's or Microsoft's is over their services. Use-case tests run against it, and the contract
suite (``tests/contract``) holds it to the same behaviour as the real adapters.
"""
from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from providers.base import (
    AuthExpired,
    CalendarEvent,
    CalendarSource,
    Connection,
    Connector,
    CursorExpired,
    DraftRef,
    Mailbox,
    OutgoingNote,
    PermissionMissing,
    SyncResult,
    SyncWindow,
    Unavailable,
    Watch,
    Watcher,
    sender_matches,
)

WATCH_LIFETIME = timedelta(days=7)


@dataclass
class Message:
    """A message in the mailbox: a draft, one the user sent, or one to the user themself."""

    to: str
    subject: str
    text: str
    html: str = ""
    at: datetime | None = None
    version: int = 1
    mark: str = ""  # Afterview's own mark (``OutgoingNote.marker``, a nudge's marker)


@dataclass
class MemoryAccount:
    """One account at the provider: its calendar with a change log, its mailbox and its watches."""

    address: str
    clock: Callable[[], datetime]
    events: dict[str, CalendarEvent] = field(default_factory=dict)
    log: list[tuple[int, str]] = field(default_factory=list)  # (sequence, event id) of each change
    generation: int = 0  # cursors of an older generation are expired
    drafts: dict[str, Message] = field(default_factory=dict)
    sent: list[Message] = field(default_factory=list)
    inbox: list[Message] = field(default_factory=list)  # what reached the user's own address
    received: list[Message] = field(default_factory=list)  # what others wrote to the user (``to``: the sender)
    watches: dict[str, dict] = field(default_factory=dict)
    notifications: list[tuple[str, str]] = field(default_factory=list)  # (address, secret) delivered
    has_mailbox: bool = True
    refused: set[str] = field(default_factory=set)  # "drafts", "send": not allowed when connecting
    revoked: bool = False
    calls: Counter = field(default_factory=Counter)  # operations the adapters asked for, refused ones too
    _next: dict[str, list] = field(default_factory=dict)
    _lost: dict[str, int] = field(default_factory=dict)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    # ------------------------------------------------------------------ what people do

    def put_event(self, event: CalendarEvent) -> None:
        """An event is created or changed (it shows in the next changes, and watches hear of it)."""
        self.events[event.event_id] = event
        self._changed(event.event_id)

    def remove_event(self, event_id: str) -> None:
        self.events.pop(event_id, None)
        self._changed(event_id)

    def expire_cursors(self) -> None:
        """Every cursor handed out so far stops working (the provider dropped its sync state)."""
        self.generation += 1

    def user_edits(self, draft_id: str, text: str) -> None:
        draft = self.drafts[draft_id]
        draft.text, draft.html, draft.version = text, "", draft.version + 1

    def user_sends(self, draft_id: str) -> None:
        draft = self.drafts.pop(draft_id)
        draft.at = self.clock()
        self.sent.append(draft)

    def user_deletes(self, draft_id: str) -> None:
        del self.drafts[draft_id]

    def user_writes(self, to: str, subject: str, text: str) -> None:
        """The user writes and sends a message of their own."""
        self.sent.append(Message(to.lower(), subject, text, at=self.clock()))

    def someone_writes(self, sender: str, subject: str, text: str = "") -> None:
        """Someone writes to the user: the message arrives in the inbox now."""
        self.received.append(Message(sender.lower(), subject, text, at=self.clock()))

    def when(self, operation: str, then: Exception | Callable[[], None], times: int = 1) -> None:
        """The next ``times`` calls of ``operation`` (``changes``, ``create_draft``, ``draft_state``,
        ``replace_draft``, ``sent_to``, ``received_from``, ``notify_self``, ``start``, ``stop``) first do ``then``:
        raise it when it is an exception, call it otherwise."""
        self._next.setdefault(operation, []).extend([then] * times)

    def lose_answers(self, operation: str, times: int = 1) -> None:
        """The next ``times`` calls of ``operation`` (``create_draft``, ``notify_self``) are carried
        out, then fail as if the answer never arrived (``Unavailable``)."""
        self._lost[operation] = self._lost.get(operation, 0) + times

    def answered(self, operation: str) -> None:
        if self._lost.get(operation):
            self._lost[operation] -= 1
            raise Unavailable("the answer never arrived")

    def calm(self, operation: str) -> None:
        """What ``when`` planned for ``operation`` and has not happened yet is called off."""
        self._next.pop(operation, None)

    # ------------------------------------------------------------------ what the adapters see

    def enter(self, operation: str) -> None:
        self.calls[operation] += 1
        if self.revoked:
            raise AuthExpired("the grant was revoked")
        queued = self._next.get(operation)
        if queued:
            then = queued.pop(0)
            if isinstance(then, Exception):
                raise then
            then()

    def cursor(self) -> str:
        return f"{self.generation}:{self.log[-1][0] if self.log else 0}"

    def new_id(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids)}"

    def _changed(self, event_id: str) -> None:
        self.log.append(((self.log[-1][0] if self.log else 0) + 1, event_id))
        now = self.clock()
        for watch in self.watches.values():
            if watch["expires_at"] > now:
                self.notifications.append((watch["address"], watch["secret"]))


class MemoryProvider:
    """The provider's side: accounts by address, and the grants revoked through connectors."""

    def __init__(self, clock: Callable[[], datetime] | None = None):
        self.clock = clock or (lambda: datetime.now(UTC))
        self.accounts: dict[str, MemoryAccount] = {}

    def account(self, address: str) -> MemoryAccount:
        address = address.lower()
        if address not in self.accounts:
            self.accounts[address] = MemoryAccount(address, lambda: self.clock())
        return self.accounts[address]

    def connector(self, offers_mailbox: bool = True, offers_push: bool = True) -> MemoryConnector:
        return MemoryConnector(self, offers_mailbox, offers_push)


class MemoryCalendar(CalendarSource):
    """An account's calendar: a full read, then the changes logged since the cursor."""

    def __init__(self, account: MemoryAccount):
        self._account = account

    def changes(self, cursor: str | None, window: SyncWindow) -> SyncResult:
        account = self._account
        account.enter("changes")
        in_window = {i: e for i, e in account.events.items() if e.end > window.start and e.start < window.end}
        if cursor is None:
            return SyncResult(events=tuple(in_window.values()), cursor=account.cursor(), complete=True)
        generation, _, seen = cursor.partition(":")
        if int(generation) != account.generation:
            raise CursorExpired("the cursor belongs to a sync state the provider dropped")
        changed = list(dict.fromkeys(i for sequence, i in account.log if sequence > int(seen)))
        return SyncResult(events=tuple(in_window[i] for i in changed if i in in_window), cursor=account.cursor(),
                          removed=tuple(i for i in changed if i not in account.events), unchanged=not changed)


class MemoryMailbox(Mailbox):
    """An account's mailbox; a draft's version counts the edits made to it."""

    def __init__(self, account: MemoryAccount):
        self._account = account

    def create_draft(self, note: OutgoingNote, since: datetime | None = None) -> DraftRef:
        self._enter("create_draft", "drafts")
        made = [(i, m) for i, m in self._account.drafts.items() if since and note.marker and m.mark == note.marker]
        if made:
            return DraftRef(made[0][0], str(made[0][1].version))
        draft_id = self._account.new_id("draft-")
        self._account.drafts[draft_id] = Message(note.to.email, note.subject, note.body_text, note.body_html,
                                                 at=self._account.clock(), mark=note.marker)
        self._account.answered("create_draft")
        return DraftRef(draft_id, "1")

    def draft_state(self, draft: DraftRef) -> str:
        self._enter("draft_state")
        stored = self._account.drafts.get(draft.id)
        if stored is None:
            return "gone"
        return "unchanged" if str(stored.version) == draft.version else "edited"

    def replace_draft(self, draft: DraftRef, note: OutgoingNote) -> DraftRef:
        self._enter("replace_draft", "drafts")
        stored = self._account.drafts[draft.id]
        stored.to, stored.subject = note.to.email, note.subject
        stored.text, stored.html, stored.version = note.body_text, note.body_html, stored.version + 1
        return DraftRef(draft.id, str(stored.version))

    def sent_to(self, addresses: Iterable[str], since: datetime) -> set[str]:
        self._enter("sent_to")
        wanted = {a.lower() for a in addresses}
        return {m.to for m in self._account.sent if m.to in wanted and m.at >= since}

    def received_from(self, senders: Iterable[str], since: datetime) -> bool:
        self._enter("received_from")
        wanted = list(senders)
        return any(m.at >= since and sender_matches(m.to, wanted) for m in self._account.received)

    def notify_self(self, subject: str, body: str, marker: str = "", since: datetime | None = None) -> None:
        self._enter("notify_self", "send")
        if since is not None and marker and any(m.mark == marker for m in self._account.inbox):
            return  # an earlier attempt sent it
        self._account.inbox.append(Message(self._account.address, subject, body, at=self._account.clock(),
                                           mark=marker))
        self._account.answered("notify_self")

    def _enter(self, operation: str, needs: str | None = None) -> None:
        self._account.enter(operation)
        if needs in self._account.refused:
            raise PermissionMissing(f"{needs} was not allowed when the account was connected")


class MemoryWatcher(Watcher):
    """Watches on an account's calendar: each change notifies every live one."""

    def __init__(self, account: MemoryAccount):
        self._account = account

    def start(self, address: str, secret: str) -> Watch:
        self._account.enter("start")
        watch = Watch(self._account.new_id("watch-"), f"calendar-{self._account.address}",
                      self._account.clock() + WATCH_LIFETIME)
        self._account.watches[watch.id] = {"address": address, "secret": secret, "expires_at": watch.expires_at}
        return watch

    def stop(self, watch: Watch) -> None:
        self._account.enter("stop")
        self._account.watches.pop(watch.id, None)


class MemoryConnector(Connector):
    """The in-memory provider's connector; the connection's ``external_id`` names the account."""

    def __init__(self, provider: MemoryProvider, offers_mailbox: bool = True, offers_push: bool = True):
        self.provider = provider
        self._offers_mailbox = offers_mailbox
        self._offers_push = offers_push

    @property
    def offers_mailbox(self) -> bool:
        return self._offers_mailbox

    @property
    def offers_push(self) -> bool:
        return self._offers_push

    def calendar(self, connection: Connection) -> MemoryCalendar:
        return MemoryCalendar(self.provider.account(connection.external_id))

    def mailbox(self, connection: Connection) -> MemoryMailbox | None:
        account = self.provider.account(connection.external_id)
        return MemoryMailbox(account) if self._offers_mailbox and account.has_mailbox else None

    def watcher(self, connection: Connection) -> MemoryWatcher | None:
        return MemoryWatcher(self.provider.account(connection.external_id)) if self._offers_push else None

    def revoke(self, connection: Connection) -> None:
        self.provider.account(connection.external_id).revoked = True
