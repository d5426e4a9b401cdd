"""The store's tables: users, accounts, interviews, notes, nudges and their companions.

Unique keys, not application checks, are what make repeated work harmless: an interview is
unique per (account, provider event), a note per (interview, recipient, channel), a nudge per
(interview, kind) or (account, kind). Timestamps are stored in UTC and read back as aware UTC.
"""
from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ..statuses import AccountStatus, InterviewStatus, NoteChannel, NoteKind, NoteStatus, NudgeStatus


class UTCDateTime(TypeDecorator):
    """A timestamp stored as naive UTC and returned as aware UTC, on every database."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _now() -> datetime:
    return datetime.now(UTC)


class User(Base):
    """A job seeker: identity, contact lines for the signature, and preferences.

    A user is found by who signed in, never by address: ``google_subject`` (Google's ``sub``),
    ``microsoft_subject`` (``"<tid>:<oid>"``), or ``local_address`` for the one user a server
    serves through its login token (the local page and the demo). ``email`` is only the address
    the user writes from; two users may share it. ``pane_epoch`` numbers the user's current
    generation of task-pane tokens: raising it ends every token issued before.
    """

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320))
    local_address: Mapped[str | None] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    phone: Mapped[str] = mapped_column(String(64), default="")
    signature: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str | None] = mapped_column(String(8))
    channel: Mapped[str] = mapped_column(String(16), default="auto")  # auto | email | handwritten
    proposal_delay_minutes: Mapped[int | None] = mapped_column(Integer)
    nudges_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    # the one polite follow-up when a promised answer does not come (notes.usecases.followups)
    follow_ups_enabled: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    drafts_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    google_subject: Mapped[str | None] = mapped_column(String(255), unique=True)
    microsoft_subject: Mapped[str | None] = mapped_column(String(255), unique=True)
    pane_epoch: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now)

    accounts: Mapped[list[Account]] = relationship(back_populates="user", cascade="all, delete-orphan")


class Account(Base):
    """A user's connection to a calendar provider (and its mailbox when allowed).

    ``subject`` is the provider's identity of a Google or Microsoft account (as on ``User``):
    one identity is attached to at most one Afterview user.
    """

    __tablename__ = "accounts"
    __table_args__ = (
        UniqueConstraint("user_id", "provider", "external_id"),
        Index("ix_accounts_provider_subject", "provider", "subject", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    provider: Mapped[str] = mapped_column(String(16))  # ics | google | microsoft
    external_id: Mapped[str] = mapped_column(String(2048))  # address, or ics:<keyed hash of the file/URL>
    subject: Mapped[str | None] = mapped_column(String(255))
    display_name: Mapped[str] = mapped_column(String(320), default="")
    token_blob: Mapped[bytes | None] = mapped_column(LargeBinary)  # Fernet ciphertext
    scopes: Mapped[str] = mapped_column(Text, default="")
    cursor: Mapped[str | None] = mapped_column(Text)
    # the detector (``providers.detect.VERSION``) that judged the events of the last sync: another one
    # judges every event of the window again (a full sync), keeping the user's corrections and notes
    detector_version: Mapped[str | None] = mapped_column(String(32))
    watch_id: Mapped[str | None] = mapped_column(String(255), index=True)
    watch_resource_id: Mapped[str | None] = mapped_column(String(255))
    watch_secret_hash: Mapped[str | None] = mapped_column(String(128))
    watch_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    watch_renew_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)  # notes.usecases.watches
    status: Mapped[str] = mapped_column(String(24), default=AccountStatus.ACTIVE)  # an AccountStatus
    next_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    last_synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_sent_check_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    # when the user last made the sent-check run at once (a "sync now", the sidebar or the pane
    # opened): at most once a minute (notes.usecases.mailwork.check_sent_soon)
    sent_check_asked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    # a sync that would have removed many interviews at once, held until the user confirms
    # (notes.usecases.vanishing): the warning shown, and the provider event ids held back
    warning: Mapped[str | None] = mapped_column(Text)
    held_removals: Mapped[list | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=_now, onupdate=_now)

    user: Mapped[User] = relationship(back_populates="accounts")
    interviews: Mapped[list[Interview]] = relationship(back_populates="account", cascade="all, delete-orphan")


class Interview(Base):
    """An interview found on a calendar, with what detection extracted and where it stands.

    ``status`` is an ``InterviewStatus`` (``notes.lifecycle`` changes it); ``removed_reason``, a
    ``RemovedReason``, says why a cancelled one was retired.
    """

    __tablename__ = "interviews"
    __table_args__ = (UniqueConstraint("account_id", "provider_event_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    provider_event_id: Mapped[str] = mapped_column(String(1024))
    title: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(Text, default="")
    company: Mapped[str | None] = mapped_column(String(300))
    role: Mapped[str | None] = mapped_column(String(300))
    stage: Mapped[str | None] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16), default="job")  # job | informational
    mode: Mapped[str | None] = mapped_column(String(16))  # video | phone | onsite
    start_at: Mapped[datetime] = mapped_column(UTCDateTime)
    end_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    time_zone: Mapped[str | None] = mapped_column(String(64))
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    reasons: Mapped[list] = mapped_column(JSON, default=list)
    people: Mapped[list] = mapped_column(JSON, default=list)  # [{"name", "email"}]
    organizer: Mapped[dict | None] = mapped_column(JSON)
    fingerprint: Mapped[str | None] = mapped_column(String(64))
    series_id: Mapped[str | None] = mapped_column(String(1024))  # the recurring series it belongs to
    status: Mapped[str] = mapped_column(String(16), default=InterviewStatus.UPCOMING, index=True)
    removed_reason: Mapped[str | None] = mapped_column(String(32))
    propose_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    proposed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    details: Mapped[str] = mapped_column(Text, default="")
    # who referred the user: {"name", "email", "source": "invitation" | "user"} (notes.usecases.referrers)
    referrer: Mapped[dict | None] = mapped_column(JSON)
    # the answer the company promised: {"on": "YYYY-MM-DD", "said", "by": {"name", "email"}, "source"},
    # and when the one follow-up is next looked at (notes.usecases.followups)
    next_step: Mapped[dict | None] = mapped_column(JSON)
    follow_up_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now, onupdate=_now)

    account: Mapped[Account] = relationship(back_populates="interviews")
    notes: Mapped[list[Note]] = relationship(
        back_populates="interview", cascade="all, delete-orphan", order_by="Note.id"
    )


class Correction(Base):
    """The user's own verdict on an event; it wins over detection on every later sync.

    It also speaks for what comes next (``notes.usecases.rules``): an event of the same
    ``series_id``, or else from the same ``organizer`` (someone from outside), that ends after the
    verdict was last given (``updated_at``) follows it, unless the user said otherwise of that event.
    """

    __tablename__ = "corrections"
    __table_args__ = (UniqueConstraint("account_id", "provider_event_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    provider_event_id: Mapped[str] = mapped_column(String(1024))
    is_interview: Mapped[bool] = mapped_column(Boolean)
    series_id: Mapped[str | None] = mapped_column(String(1024))
    organizer: Mapped[str | None] = mapped_column(String(320))  # an address from outside, lower-case
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=_now)


class Note(Base):
    """A note to one person, on one channel, of one ``kind`` (a ``NoteKind``): the thanks after an interview,
    or what follows it.

    ``status`` is a ``NoteStatus``: ``proposed`` → ``edited`` → ``sent``; or ``dismissed``; or
    ``withdrawn`` when the interview stopped being one before the note was sent. ``notes.lifecycle``
    makes every change; ``sent_check_after`` is set when the user undid "sent": the sent-check then
    counts only messages sent after it.
    """

    __tablename__ = "notes"
    __table_args__ = (UniqueConstraint("interview_id", "recipient_email", "channel", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), index=True)
    recipient_email: Mapped[str] = mapped_column(String(320))
    recipient_name: Mapped[str] = mapped_column(String(300), default="")
    channel: Mapped[str] = mapped_column(String(16), default=NoteChannel.EMAIL)  # a NoteChannel
    kind: Mapped[str] = mapped_column(String(24), default=NoteKind.INTERVIEW,
                                      server_default=NoteKind.INTERVIEW.value)  # a NoteKind
    language: Mapped[str] = mapped_column(String(8), default="en")
    subject: Mapped[str] = mapped_column(Text, default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default=NoteStatus.PROPOSED, index=True)
    flags: Mapped[list] = mapped_column(JSON, default=list)
    findings: Mapped[list] = mapped_column(JSON, default=list)
    proposed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_now)
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_check_after: Mapped[datetime | None] = mapped_column(UTCDateTime)
    draft_id: Mapped[str | None] = mapped_column(String(255))
    draft_version: Mapped[str | None] = mapped_column(String(255))
    draft_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    draft_state: Mapped[str | None] = mapped_column(String(16))  # a DraftState
    # Afterview's own mark on the mailbox draft, and when a create carrying it was first tried (until
    # it is known to have worked): a retry looks for the marked draft before making another
    draft_marker: Mapped[str | None] = mapped_column(String(64))
    draft_tried_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # who wrote the text: "composer", or the language model's name (notes.drafting)
    written_by: Mapped[str] = mapped_column(String(120), default="composer", server_default="composer")
    written_from: Mapped[str | None] = mapped_column(String(64))  # what the model was given (a hash)
    rewrite_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)  # the model's turn
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=_now, onupdate=_now)

    interview: Mapped[Interview] = relationship(back_populates="notes")


class Nudge(Base):
    """A message to the user: ``ready`` (notes proposed), ``reminder`` (still unsent),
    ``follow_up`` (the one follow-up proposed), ``reconnect`` (the grant was revoked). At most one
    of each per interview or account."""

    __tablename__ = "nudges"
    __table_args__ = (
        UniqueConstraint("interview_id", "kind"),
        UniqueConstraint("account_id", "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    interview_id: Mapped[int | None] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # a NudgeKind
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    status: Mapped[str] = mapped_column(String(16), default=NudgeStatus.PENDING)  # a NudgeStatus
    channel: Mapped[str | None] = mapped_column(String(16))  # a NudgeChannel
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # the mark the mail carries, and when sending it was first tried: a retry looks for it first
    marker: Mapped[str | None] = mapped_column(String(64))
    tried_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    interview: Mapped[Interview | None] = relationship()
    account: Mapped[Account | None] = relationship()


class Claim(Base):
    """Who holds a piece of due work and until when, and how often it failed (``notes.store.claims``).

    ``queue`` names the work (``notes.drafts``: the due column it is claimed by), ``item_id`` its
    row. ``token`` is the claimant's while it holds the row (``None`` once released), ``until`` when
    its lease ends unless renewed. A row that failed keeps its ``attempts`` and ``last_error`` until
    it succeeds.
    """

    __tablename__ = "claims"

    queue: Mapped[str] = mapped_column(String(64), primary_key=True)
    item_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token: Mapped[str | None] = mapped_column(String(32))
    until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ConnectTicket(Base):
    """A one-time link that binds an OAuth connection to the user who asked for it."""

    __tablename__ = "connect_tickets"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    provider: Mapped[str] = mapped_column(String(16))
    options: Mapped[dict] = mapped_column(JSON, default=dict)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PendingConnection(Base):
    """A signed-in account waiting for the person who signed in to confirm the Afterview user it
    goes to; its grant is encrypted, it is used once and lives for minutes."""

    __tablename__ = "pending_connections"

    id: Mapped[int] = mapped_column(primary_key=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    provider: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AuthFlow(Base):
    """An OAuth authorization in progress, keyed by its ``state``; the flow data is encrypted."""

    __tablename__ = "auth_flows"

    state: Mapped[str] = mapped_column(String(255), primary_key=True)
    provider: Mapped[str] = mapped_column(String(16))
    # None: the user is found or created from the sign-in itself (the Outlook task pane's first use)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
