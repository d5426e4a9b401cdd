"""The states of what Afterview stores, each spelled once, with the sets the code asks about.

They are ``StrEnum``s: the columns stay plain strings, a member equals its string (``NoteStatus.SENT ==
"sent"``) and JSON shows the string. The transitions between note and interview states are all in
``notes.lifecycle``; ``docs/architecture.md`` draws them.
"""
from __future__ import annotations

from enum import StrEnum


class NoteStatus(StrEnum):
    """Where a thank-you note stands."""

    PROPOSED = "proposed"  # composed by Afterview, untouched
    EDITED = "edited"  # the user changed its words
    SENT = "sent"  # marked sent by the user, or found in their sent folder
    DISMISSED = "dismissed"  # the user will not send it
    WITHDRAWN = "withdrawn"  # its interview stopped being one (or its person left it); the text is kept


OPEN_NOTE = (NoteStatus.PROPOSED, NoteStatus.EDITED)  # still to be sent: checked, drafted, reminded of
UNDOABLE_NOTE = (NoteStatus.SENT, NoteStatus.DISMISSED)  # closed by the user or the sent-check; restorable


class InterviewStatus(StrEnum):
    """Where an interview (or an event that may be one) stands."""

    UPCOMING = "upcoming"  # an interview whose notes are not proposed yet
    PROPOSED = "proposed"  # its notes exist
    POSSIBLE = "possible"  # detection is unsure: shown for the user to say
    NOT_INTERVIEW = "not_interview"  # the user said it is not one
    CANCELLED = "cancelled"  # cancelled, declined, deleted or no longer an interview
    OTHER = "other"  # not taken for one, with someone from outside: kept 30 days for "Missed one?"
    HELP = "help"  # no interview: the help a note of thanks is for (notes.usecases.thanks); never listed


LISTED = (InterviewStatus.UPCOMING, InterviewStatus.PROPOSED)  # what the sidebars and the page list
REVIEWABLE = (InterviewStatus.POSSIBLE, InterviewStatus.NOT_INTERVIEW)  # listed on request, to correct
REMOVED = (InterviewStatus.CANCELLED,)  # gone from the calendar: listed on request, with the notes kept
RETIRED = (InterviewStatus.CANCELLED, InterviewStatus.NOT_INTERVIEW)  # its open notes are withdrawn
MISSED = (InterviewStatus.OTHER,)  # the rest of the last 30 days with someone from outside: ``include=all``


class RemovedReason(StrEnum):
    """Why an interview was retired (``Interview.removed_reason``)."""

    CANCELLED = "cancelled"  # the event was cancelled
    DECLINED = "declined"  # the user declined it
    DELETED = "deleted"  # deleted from the calendar, or absent from a complete sync
    NOT_INTERVIEW = "not_interview"  # detection or the user says it is not an interview


class AccountStatus(StrEnum):
    """Whether Afterview may work with an account."""

    ACTIVE = "active"
    REAUTH_REQUIRED = "reauth_required"  # the grant was revoked: paused until reconnected
    DISABLED = "disabled"


class NudgeKind(StrEnum):
    READY = "ready"  # notes proposed
    REMINDER = "reminder"  # still unsent
    RECONNECT = "reconnect"  # the grant was revoked
    FOLLOW_UP = "follow_up"  # the one follow-up proposed


class NudgeStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"  # mailed to the user
    SHOWN = "shown"  # shown in the sidebars only
    SKIPPED = "skipped"  # no longer wanted


class NudgeChannel(StrEnum):
    EMAIL = "email"
    SIDEBAR = "sidebar"


class NoteKind(StrEnum):
    """What a note is for: the thanks after an interview, thanks for other help, or what follows an interview."""

    INTERVIEW = "interview"  # thanks to a person met at an interview
    REFERRAL = "referral"  # thanks for referring the user
    NETWORKING = "networking"  # thanks for an introduction, a conversation, advice
    REFERENCE = "reference"  # thanks for speaking as the user's reference
    OTHER = "other"  # thanks for any other help
    REFERRER_UPDATE = "referrer_update"  # tells the person who referred the user that the interview took place
    FOLLOW_UP = "follow_up"  # the one polite follow-up when a promised answer does not come


HELP = (NoteKind.REFERRAL, NoteKind.NETWORKING, NoteKind.REFERENCE, NoteKind.OTHER)  # thanks with no interview
AFTER_INTERVIEW = (NoteKind.REFERRER_UPDATE, NoteKind.FOLLOW_UP)  # follow an interview: checked by their own rules
HELP_RECORD = "help"  # the ``Interview.kind`` (and status) of the record of help such a note is for


class NoteChannel(StrEnum):
    EMAIL = "email"
    HANDWRITTEN = "handwritten"


class DraftState(StrEnum):
    """The mailbox draft of an email note (``Note.draft_state``; ``None`` before the first)."""

    CREATED = "created"
    USER_EDITED = "user_edited"  # changed in the mailbox: never overwritten
    GONE = "gone"  # deleted (or sent) from the mailbox
    NEEDS_PERMISSION = "needs_permission"  # drafts allowed after connecting: a reconnect grants them
