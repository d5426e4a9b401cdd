"""What the sidebar's buttons do: one handler per ``do`` parameter, each a use case of
``notes.usecases.service`` followed by the card or notification to show.

Ids come back from the card as parameters and are untrusted: every lookup goes through the
service with the user's id, so another user's interview, note or account is ``NotFound``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from notes.errors import Conflict, InvalidInput, NotFound
from notes.runtime import Runtime
from notes.statuses import InterviewStatus, NoteChannel, NoteStatus
from notes.store.database import unit_of_work
from notes.store.model import Interview, Note, User
from notes.usecases import service, watches

from . import responses
from .cards import HOME_RECENT, HOME_UPCOMING, LIVE, View, blocked, compose_card, homepage, person
from .events import AddonEvent
from .findings import current_findings
from .interview_card import interview_card, typed_changes
from .missed import HANDLERS as MISSED_HANDLERS
from .settings import changes_from, confirm_disconnect_card, settings_card
from .thanks import HANDLERS as THANKS_HANDLERS, open_email_notes


@dataclass
class Context:
    """One request: the store session, the verified user, the clock, the view, the event and
    the runtime (for use cases that reach the providers)."""

    session: Session
    user: User
    now: datetime
    view: View
    event: AddonEvent
    runtime: Runtime

    def work(self):
        """One piece of work on the request's session: committed at the end of the block."""
        return unit_of_work(self.session)


def load_interviews(session: Session, user_id: int, limit: int, statuses=service.LISTED) -> list[Interview]:
    """The user's interviews in ``statuses``, newest first, with all their notes read in one
    query (instead of one query per interview)."""
    interviews = service.interviews_of(session, user_id, statuses, limit=limit)
    if interviews:
        notes: dict[int, list[Note]] = {i.id: [] for i in interviews}
        for note in session.scalars(select(Note).where(Note.interview_id.in_(notes)).order_by(Note.id)):
            notes[note.interview_id].append(note)
        for interview in interviews:
            set_committed_value(interview, "notes", notes[interview.id])
    return interviews


def findings_of(interviews: list[Interview], user: User, now: datetime) -> dict[int, list[dict]]:
    found: dict[int, list[dict]] = {}
    for interview in interviews:
        found.update(current_findings(interview, user, now))
    return found


def home_card(ctx: Context, notice: str = "") -> dict:
    """The homepage card for this user, as of now."""
    recent = load_interviews(ctx.session, ctx.user.id, HOME_RECENT, (InterviewStatus.PROPOSED,))
    upcoming = service.interviews_of(ctx.session, ctx.user.id, (InterviewStatus.UPCOMING,),
                                     limit=50)[-HOME_UPCOMING:][::-1]
    accounts = service.accounts_of(ctx.session, ctx.user.id)
    return homepage(ctx.view, ctx.user, recent, upcoming, accounts, findings_of(recent, ctx.user, ctx.now), notice,
                    thanks=[(n, found) for n, found in open_email_notes(ctx)])


def compose_screen(ctx: Context, recipients: tuple[str, ...]) -> dict:
    """The compose picker: every email note still waiting, those to ``recipients`` first."""
    interviews = load_interviews(ctx.session, ctx.user.id, 50)
    findings = findings_of(interviews, ctx.user, ctx.now)
    choices = [(n, findings.get(n.id, [])) for i in interviews for n in i.notes
               if n.status in LIVE and n.channel == NoteChannel.EMAIL]
    choices += open_email_notes(ctx)  # the notes of thanks for help
    return compose_card(ctx.view, choices, recipients)


def show_interview(ctx: Context, interview: Interview, unsaved: dict[str, str] | None = None,
                   asking: bool = False) -> dict:
    return interview_card(ctx.view, interview, current_findings(interview, ctx.user, ctx.now), unsaved, asking)


def _id(ctx: Context, name: str) -> int:
    value = ctx.event.parameters.get(name, "")
    if not value.isdigit() or len(value) > 12:
        raise NotFound(f"no such {name}")
    return int(value)


def _interview(ctx: Context) -> Interview:
    return service.interview_of(ctx.session, ctx.user.id, _id(ctx, "interview"))


# --------------------------------------------------------------------------- handlers


def go_home(ctx: Context) -> dict:
    return responses.update(home_card(ctx))


def open_interview(ctx: Context) -> dict:
    return responses.push(show_interview(ctx, _interview(ctx)))


def _note(ctx: Context) -> Note:
    return service.note_of(ctx.session, ctx.user.id, _id(ctx, "note"))


def _changed(ctx: Context, interview: Interview, change, text: str | None, asking: bool = False) -> dict:
    """Run ``change`` in one unit of work and draw the interview's card again, keeping what the
    user typed on it and did not save."""
    unsaved = typed_changes(ctx.event, interview)
    with ctx.work():
        change()
    return responses.update(show_interview(ctx, interview, unsaved, asking), text)


def redraw(ctx: Context) -> dict:
    return _changed(ctx, _interview(ctx), lambda: None, None)


def save_details(ctx: Context) -> dict:
    text = ctx.event.text("details")
    if text is None:
        raise InvalidInput("write what you remember in the details box first")
    interview = _interview(ctx)
    return _changed(ctx, interview, lambda: service.add_details(ctx.session, ctx.user.id, interview.id, text, ctx.now),
                    "Details saved; the notes are rewritten.")


def regenerate(ctx: Context) -> dict:
    interview = _interview(ctx)
    return _changed(ctx, interview, lambda: service.add_details(
        ctx.session, ctx.user.id, interview.id, interview.details or "", ctx.now),
        "Notes rewritten (your own edits are kept).")


def edit_note(ctx: Context) -> dict:
    note = _note(ctx)
    changes = {key: value for key, value in (("subject", ctx.event.text(f"subject_{note.id}")),
                                             ("body_text", ctx.event.text(f"body_{note.id}"))) if value is not None}
    return _changed(ctx, note.interview, lambda: service.edit_note(ctx.session, ctx.user.id, note.id, changes,
                                                                   ctx.now), "Your edits are saved.")


def mark_sent(ctx: Context) -> dict:
    return _note_changed(ctx, service.mark_sent,
                         "Marked the note to {person} as sent: no reminder for it. Undo is on the note.")


def dismiss(ctx: Context) -> dict:
    return _note_changed(ctx, service.dismiss_note, "Dismissed the note to {person}: no reminder. Undo is on the note.")


def restore(ctx: Context) -> dict:
    return _note_changed(ctx, service.restore_note, "The note to {person} is open again.")


def _note_changed(ctx: Context, change, text: str) -> dict:
    """``change`` (a use case taking the session, the user's id, the note's id and now) on the note
    the card names; ``text`` says it, with ``{person}`` for whom the note is to."""
    note = _note(ctx)
    said = text.format(person=person(note))
    return _changed(ctx, note.interview, lambda: change(ctx.session, ctx.user.id, note.id, ctx.now), said)


def discard(ctx: Context) -> dict:
    """Draw the card again with the note's stored words in place of what was typed."""
    note = _note(ctx)
    unsaved = {k: v for k, v in typed_changes(ctx.event, note.interview).items()
               if k not in (f"subject_{note.id}", f"body_{note.id}")}
    return responses.update(show_interview(ctx, note.interview, unsaved), "Your changes are discarded.")


def not_interview(ctx: Context) -> dict:
    """"Not an interview": asked first when the user edited some of its notes; undone by "Undo"."""
    interview = _interview(ctx)
    if ctx.event.parameters.get("confirmed") != "yes" and any(n.status == NoteStatus.EDITED for n in interview.notes):
        return _changed(ctx, interview, lambda: None, None, asking=True)
    return _changed(ctx, interview, lambda: service.correct_detection(
        ctx.session, ctx.user.id, interview.id, False, ctx.now, ctx.runtime),
        "Marked as not an interview. Undo is on the card.")


def is_interview(ctx: Context) -> dict:
    interview = _interview(ctx)
    return _changed(ctx, interview, lambda: service.correct_detection(
        ctx.session, ctx.user.id, interview.id, True, ctx.now, ctx.runtime),
        "It is an interview again, with its notes.")


def confirm_removal(ctx: Context) -> dict:
    account = service.account_of(ctx.session, ctx.user.id, _id(ctx, "account"))
    with ctx.work():
        service.confirm_removal(ctx.session, ctx.user.id, account.id, ctx.now)
    return responses.update(home_card(ctx), "Removed. Notes you edited are kept, set aside.")


def insert(ctx: Context) -> dict:
    note = service.note_of(ctx.session, ctx.user.id, _id(ctx, "note"))
    if note.status not in LIVE:
        return responses.notify(f"This note is {note.status}: nothing to insert.")
    if note.channel != NoteChannel.EMAIL:
        return responses.notify("This one is a handwritten card: print it from Afterview instead.")
    findings = current_findings(note.interview, ctx.user, ctx.now).get(note.id, [])
    if blocked(findings):
        first = next(f for f in findings if f["severity"] == "block")
        return responses.notify(f"Fix this first: {first['message']}")
    return responses.insert_note(note)


def open_settings(ctx: Context) -> dict:
    return responses.push(settings_card(ctx.view, ctx.user, service.accounts_of(ctx.session, ctx.user.id)))


def save_settings(ctx: Context) -> dict:
    with ctx.work():
        service.update_profile(ctx.session, ctx.user, changes_from(ctx.event))
    card = settings_card(ctx.view, ctx.user, service.accounts_of(ctx.session, ctx.user.id))
    return responses.update(card, "Settings saved.")


def confirm_disconnect(ctx: Context) -> dict:
    account = service.account_of(ctx.session, ctx.user.id, _id(ctx, "account"))
    return responses.push(confirm_disconnect_card(ctx.view, account))


def disconnect(ctx: Context) -> dict:
    account = service.account_of(ctx.session, ctx.user.id, _id(ctx, "account"))
    name = account.display_name or account.external_id
    with ctx.work():
        watches.disconnect_account(ctx.runtime, account, ctx.now)
    return responses.home(home_card(ctx), f"Disconnected {name[:120]}.")


def go_back(ctx: Context) -> dict:
    return responses.back()


HANDLERS: dict[str, Callable[[Context], dict]] = {
    "home": go_home, "open_interview": open_interview, "save_details": save_details,
    "regenerate": regenerate, "edit_note": edit_note, "mark_sent": mark_sent, "dismiss": dismiss,
    "restore": restore, "discard": discard, "not_interview": not_interview, "is_interview": is_interview,
    "redraw": redraw, "confirm_removal": confirm_removal,
    "insert": insert, "open_settings": open_settings, "save_settings": save_settings,
    "confirm_disconnect": confirm_disconnect, "disconnect": disconnect, "back": go_back,
    **MISSED_HANDLERS,  # "Missed one?" and "Add an interview"
    **THANKS_HANDLERS,  # "Thank someone"
}


def handle(ctx: Context) -> dict:
    """Run the action the card asked for. Bad input and conflicts become a notification that
    says what to do; anything not the user's is ``NotFound``."""
    handler = HANDLERS.get(ctx.event.parameters.get("do", ""))
    if handler is None:
        raise InvalidInput("unknown card action")
    try:
        return handler(ctx)
    except (InvalidInput, Conflict) as exc:
        ctx.session.rollback()
        return responses.notify(str(exc))
