"""The sidebar's "Thank someone": thanks for help with no interview behind it (a referral,
networking, a reference, other help), the form and what its buttons do.

The form is a card of text inputs and dropdowns; "Write the note" composes the note
(``service.add_thanks``) and shows it on the card of its record of help (``interview_card``: the same
note sections, with Save edits, Mark sent, Dismiss and Undo, as an interview's; nothing about an
interview). A refusal is a notification, so the form keeps what was typed. The notes are inserted
from the compose picker like every note. Event and user text goes through ``esc`` into formatted fields.
"""
from __future__ import annotations

from notes.errors import InvalidInput, NotFound
from notes.statuses import OPEN_NOTE, NoteChannel
from notes.store.model import Interview, Note
from notes.usecases import service

from . import responses
from .cards import View, person, thanks_row
from .findings import current_findings
from .interview_card import interview_card
from .widgets import button, buttons, card, dropdown, paragraph, section, text_input

KINDS = [("referral", "They referred me"), ("networking", "An introduction, a conversation or advice"),
         ("reference", "They were my reference"), ("other", "Other help")]
LANGUAGES = [("", "As in your settings"), ("en", "English"), ("de", "Deutsch"), ("fr", "Français"),
             ("es", "Español")]
FIELDS = {"kind": "thanks_kind", "name": "thanks_name", "email": "thanks_email", "details": "thanks_details",
          "language": "thanks_language"}
SAY = {"kind": "Their help", "name": "Their name", "email": "Their email", "details": "What they did for you",
       "language": "Language"}
KIND_WORDS = {"referral": "referral", "networking": "help", "reference": "reference", "other": "help"}
SHOWN = 10


def thanks_card(view: View, notes: list[tuple[Note, list[dict]]]) -> dict:
    """The form to thank someone, then the notes of thanks written so far (newest first)."""
    form = section([
        dropdown(FIELDS["kind"], SAY["kind"], KINDS, "referral"),
        text_input(FIELDS["name"], SAY["name"]),
        text_input(FIELDS["email"], SAY["email"], hint="name@example.com"),
        text_input(FIELDS["details"], SAY["details"], multiline=True,
                   hint="In your own words; it goes into the note. E.g. referred me for the analyst opening"),
        dropdown(FIELDS["language"], SAY["language"], LANGUAGES, ""),
        buttons(button("Write the note", view.run("add_thanks"), filled=True), button("Back", view.run("back"))),
    ], header="Thank someone")
    intro = paragraph("A referral, an introduction, a reference, advice: help with no interview behind it gets "
                      "a note of its own.")
    rows = [thanks_row(view, note, findings) for note, findings in notes[:SHOWN]]
    written = section(rows, header="Your notes of thanks") if rows else None
    return card("Thank someone", [s for s in (section([intro]), form, written) if s], name="thanks")


def thanks_from_form(event) -> dict:
    """The body ``POST /api/thanks`` takes, from the card's inputs."""
    body = {}
    for field, name in FIELDS.items():
        value = (event.selected(name)[:1] or [""])[0] if field in ("kind", "language") else event.text(name)
        if value is not None and (value.strip() or field != "language"):
            body[field] = value.strip()
    return body


def sidebar_words(message: str) -> str:
    """The API's refusal in the form's words ("email: ..." is "Their email: ...")."""
    field, colon, rest = message.partition(":")
    return f"{SAY[field]}:{rest}" if colon and field in SAY else message


# --------------------------------------------------------------------------- handlers


def notes_of(ctx) -> list[tuple[Note, list[dict]]]:
    """The user's notes of thanks, newest first, with their findings as of now."""
    found = []
    for record in service.help_records_of(ctx.session, ctx.user.id, limit=SHOWN):
        findings = current_findings(record, ctx.user, ctx.now)
        found += [(note, findings.get(note.id, [])) for note in record.notes]
    return found


def open_thanks_form(ctx) -> dict:
    return responses.push(thanks_card(ctx.view, notes_of(ctx)))


def _record(ctx) -> Interview:
    value = ctx.event.parameters.get("thanks", "")
    if not value.isdigit() or len(value) > 12:
        raise NotFound("no such thanks")
    return service.help_record_of(ctx.session, ctx.user.id, int(value))


def open_thanks(ctx) -> dict:
    record = _record(ctx)
    return responses.push(interview_card(ctx.view, record, current_findings(record, ctx.user, ctx.now)))


def add_thanks(ctx) -> dict:
    try:
        with ctx.work():
            note = service.add_thanks(ctx.session, ctx.user.id, thanks_from_form(ctx.event), ctx.now)
    except InvalidInput as exc:
        raise InvalidInput(sidebar_words(str(exc))) from exc
    record = note.interview
    shown = interview_card(ctx.view, record, current_findings(record, ctx.user, ctx.now))
    said = f"Your note thanking {person(note)[:60]} for their {KIND_WORDS.get(note.kind, 'help')} is ready."
    return responses.update(shown, said)


def open_email_notes(ctx) -> list[tuple[Note, list[dict]]]:
    """The notes of thanks that can go into a message now (the compose picker's)."""
    return [(note, findings) for note, findings in notes_of(ctx)
            if note.status in OPEN_NOTE and note.channel == NoteChannel.EMAIL]


HANDLERS = {"open_thanks_form": open_thanks_form, "open_thanks": open_thanks, "add_thanks": add_thanks}
