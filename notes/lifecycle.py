"""Every change of state of a note or an interview, and what each change carries with it.

Nothing else assigns ``Note.status`` or ``Interview.status`` (a test holds the code to it). The
functions work on the rows in memory; the use cases find the rows, check who is asking, plan the
nudges and commit. ``docs/architecture.md`` draws the states.

Two promises are kept here. Nothing the user wrote is lost: a note is never deleted, and one
withdrawn because its interview went away comes back with its text and as ``edited`` when it had
been edited. And what the user or the sent-check closed can be reopened: ``restore`` undoes
"dismiss" and "sent" alike; after an undone "sent" the sent-check only counts messages sent
after the undo, so a message already in the sent folder does not close the note again.
"""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from .errors import Conflict
from .statuses import OPEN_NOTE, RETIRED, InterviewStatus, NoteStatus, RemovedReason

if TYPE_CHECKING:
    from .store.model import Interview, Note


# --------------------------------------------------------------------------- notes


def open_status(note: Note) -> NoteStatus:
    """The open state a closed note returns to: ``edited`` once the user changed its words."""
    return NoteStatus.EDITED if note.edited_at is not None else NoteStatus.PROPOSED


def is_open(note: Note) -> bool:
    return note.status in OPEN_NOTE


def composed(note: Note) -> Note:
    """A note Afterview has just written."""
    note.status = NoteStatus.PROPOSED
    return note


def check_editable(note: Note) -> None:
    """``Conflict`` unless the note is still open."""
    if not is_open(note):
        raise Conflict(f"a {note.status} note cannot be edited")


def edit(note: Note, now: datetime, subject: str | None = None, body_text: str | None = None,
         body_html: str | None = None) -> Note:
    """The user's own words replace the subject and/or the body; a mailbox draft is rewritten."""
    check_editable(note)
    if subject is not None:
        note.subject = subject
    if body_text is not None:
        note.body_text, note.body_html = body_text, body_html if body_html is not None else note.body_html
        note.flags = [flag for flag in note.flags or () if flag != "needs-detail"]
    note.status, note.edited_at = NoteStatus.EDITED, now
    if note.draft_id:
        note.draft_due_at = now
    return note


def mark_sent(note: Note, now: datetime) -> Note:
    """The user says they sent the note; its reminder stops. Marking it twice changes nothing."""
    if note.status == NoteStatus.WITHDRAWN:
        raise Conflict("this note was withdrawn because the interview was cancelled")
    if note.status != NoteStatus.SENT:
        note.status, note.sent_at, note.closed_at, note.draft_due_at = NoteStatus.SENT, now, now, None
    return note


def found_sent(note: Note, now: datetime) -> Note:
    """The sent-check found a message to the note's person in the sent folder."""
    note.status, note.sent_at, note.closed_at, note.draft_due_at = NoteStatus.SENT, now, now, None
    return note


def dismiss(note: Note, now: datetime) -> Note:
    """The user will not send the note; nothing reminds them of it."""
    if note.status == NoteStatus.SENT:
        raise Conflict("a sent note cannot be dismissed")
    if note.status != NoteStatus.DISMISSED:
        note.status, note.closed_at, note.draft_due_at = NoteStatus.DISMISSED, now, None
    return note


def restore(note: Note, now: datetime) -> Note:
    """Undo "dismiss" or "sent": the note is open again, with its text, as it was before.

    An open note stays as it is. A withdrawn one comes back with its interview (a correction, or
    the event back on the calendar), not on its own."""
    if note.status == NoteStatus.WITHDRAWN:
        raise Conflict("this note was withdrawn with its interview: say it is an interview to bring it back")
    if note.status == NoteStatus.SENT:
        note.sent_check_after = now  # a message already in the sent folder was not this note
    if not is_open(note):
        note.status, note.sent_at, note.closed_at = open_status(note), None, None
    return note


def withdraw(note: Note, now: datetime) -> bool:
    """An open note's interview went away (or its person left it): the note is set aside, its
    text kept. Returns whether it was open."""
    if not is_open(note):
        return False
    note.status, note.closed_at, note.draft_due_at = NoteStatus.WITHDRAWN, now, None
    return True


def may_rewrite(note: Note) -> bool:
    """Whether composing again may replace the note's words: only Afterview's own, never the
    user's, and never those of a note the user closed."""
    return note.status == NoteStatus.PROPOSED or (note.status == NoteStatus.WITHDRAWN and note.edited_at is None)


def bring_back(note: Note) -> Note:
    """A withdrawn note whose person is on a live interview again: open again, as ``edited`` with
    the user's text when they had edited it (the caller rewrites an unedited one)."""
    if note.status == NoteStatus.WITHDRAWN:
        note.status, note.closed_at = open_status(note), None
    return note


# --------------------------------------------------------------------------- interviews


def plan(interview: Interview, propose_at: datetime | None) -> Interview:
    """An interview whose notes are to be proposed at ``propose_at`` (new, found again, or
    changed); the notes of a proposed one wait for the new proposal."""
    interview.status, interview.propose_at, interview.removed_reason = InterviewStatus.UPCOMING, propose_at, None
    return interview


def record_help(interview: Interview, now: datetime) -> Interview:
    """The record of help a note of thanks is for (no interview behind it): its note is written at
    once, and the record is never listed, planned or proposed."""
    interview.status, interview.propose_at, interview.proposed_at = InterviewStatus.HELP, None, now
    return interview


def hold_as_possible(interview: Interview) -> Interview:
    """An event detection is unsure about: shown for the user to say."""
    interview.status = InterviewStatus.POSSIBLE
    return interview


def hold_as_other(interview: Interview) -> Interview:
    """An event with someone from outside that detection did not take for an interview: kept a
    while, with little of it, for the user to say it was one."""
    interview.status, interview.propose_at = InterviewStatus.OTHER, None
    return interview


def mark_proposed(interview: Interview, now: datetime, late: bool) -> Interview:
    """The notes were composed."""
    interview.status = InterviewStatus.PROPOSED
    interview.proposed_at = interview.proposed_at or now
    interview.late, interview.propose_at = late, None
    return interview


def retire(interview: Interview, now: datetime, reason: RemovedReason) -> bool:
    """The event stopped being an interview: its open notes are withdrawn (sent, dismissed and
    edited texts are all kept). Returns whether anything changed."""
    if interview.status in RETIRED:
        return False
    for note in interview.notes:
        withdraw(note, now)
    interview.status, interview.propose_at, interview.removed_reason = InterviewStatus.CANCELLED, None, reason
    return True


def mark_not_interview(interview: Interview, now: datetime) -> Interview:
    """The user says the event is not an interview: retired, and kept so until they say otherwise."""
    retire(interview, now, RemovedReason.NOT_INTERVIEW)
    interview.status, interview.removed_reason = InterviewStatus.NOT_INTERVIEW, RemovedReason.NOT_INTERVIEW
    return interview


def restore_interview(interview: Interview, now: datetime, propose_at: datetime) -> Interview:
    """The user says it is an interview after all. One whose notes were proposed before is
    proposed again at once (the caller reconciles its notes: withdrawn ones come back, edited ones
    with their text); another (one detection was unsure of, or did not take for one) is planned
    for ``propose_at``. A listed one stays as it is."""
    if interview.status not in (*RETIRED, InterviewStatus.POSSIBLE, InterviewStatus.OTHER):
        return interview
    if interview.proposed_at is not None and interview.end_at <= now:
        interview.status, interview.propose_at = InterviewStatus.PROPOSED, None
        interview.removed_reason = None
        return interview
    return plan(interview, propose_at)
