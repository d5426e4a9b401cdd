"""The card of one interview: what the user remembers, each note with its findings, and what can
be done to it, undoing included.

Nothing typed is lost when a button draws the card again: ``unsaved`` holds the text inputs the
user changed and did not save (``typed_changes``, read from the card's form before the button's
change), and each such field keeps the user's text, marked "unsaved changes", until it is saved
or discarded. Builders take stored rows and a ``View`` and return card JSON, as in ``cards``.
"""
from __future__ import annotations

from notes.statuses import LISTED, InterviewStatus, NoteStatus, RemovedReason
from notes.store.model import Interview, Note

from .cards import LIVE, STATUS_WORDS, View, channel_word, draft_link, ended, finding_line, headline, person
from .events import AddonEvent
from .widgets import bold, button, buttons, card, decorated, esc, open_link, paragraph, section, text_input

UNSAVED = " (unsaved changes)"
REMOVED_WORDS = {
    RemovedReason.CANCELLED: "The event was cancelled on your calendar.",
    RemovedReason.DECLINED: "You declined the event.",
    RemovedReason.DELETED: "The event is no longer on your calendar.",
    RemovedReason.NOT_INTERVIEW: "You said this is not an interview.",
}


def shown_fields(interview: Interview) -> dict[str, str]:
    """The text inputs the interview card can show, by name, with their stored values."""
    fields = {"details": interview.details or ""}
    for note in interview.notes:
        fields[f"subject_{note.id}"] = note.subject
        fields[f"body_{note.id}"] = note.body_text
    return fields


def typed_changes(event: AddonEvent, interview: Interview) -> dict[str, str]:
    """What the user typed into the card and did not save: the inputs whose value differs from
    the stored one (read before the button changes anything)."""
    changes = {}
    for name, stored in shown_fields(interview).items():
        typed = event.text(name)
        if typed is not None and typed.strip() != stored.strip():
            changes[name] = typed
    return changes


def still_unsaved(interview: Interview, unsaved: dict[str, str]) -> dict[str, str]:
    """``unsaved`` less what the store now holds (a field just saved is no longer unsaved)."""
    stored = shown_fields(interview)
    return {k: v for k, v in unsaved.items() if k in stored and v.strip() != stored[k].strip()}


def _field(name: str, label: str, stored: str, unsaved: dict[str, str], multiline: bool = False) -> dict:
    if name in unsaved:
        return text_input(name, label + UNSAVED, unsaved[name], multiline=multiline)
    return text_input(name, label, stored, multiline=multiline)


def _details_section(view: View, interview: Interview, unsaved: dict[str, str]) -> dict:
    return section([
        paragraph("What do you remember? A topic, a project, a question they asked. One line per "
                  "person as <i>Name: detail</i>, or one line for everyone."),
        _field("details", "Memorable details", interview.details or "", unsaved, multiline=True),
        buttons(button("Save and rewrite", view.run("save_details", interview=interview.id), filled=True),
                button("Regenerate", view.run("regenerate", interview=interview.id))),
    ], header="Your details")


def _note_buttons(view: View, note: Note, has_unsaved: bool) -> dict | None:
    who = f"the note to {person(note)}"
    discard = button("Discard changes", view.run("discard", note=note.id), alt=f"Discard your changes to {who}") \
        if has_unsaved else None
    if note.status not in LIVE:
        undo = button("Undo", view.run("restore", note=note.id), alt=f"Undo: open {who} again") \
            if note.status in (NoteStatus.SENT, NoteStatus.DISMISSED) else None
        return buttons(undo, discard) if undo or discard else None
    draft = draft_link(view, note)
    return buttons(
        button("Save edits", view.run("edit_note", note=note.id), alt=f"Save your edits to {who}"),
        button("Mark sent", view.run("mark_sent", note=note.id), alt=f"Mark {who} sent"),
        button("Dismiss", view.run("dismiss", note=note.id), alt=f"Dismiss {who}"),
        button("Open draft", open_link(draft), alt=f"Open the draft of {who}") if draft else None,
        discard,
    )


def _note_section(view: View, note: Note, findings: list[dict], unsaved: dict[str, str]) -> dict:
    top = f"{esc(STATUS_WORDS.get(note.status, note.status))} · {esc(channel_word(note))}"
    widgets = [decorated(esc(note.recipient_email, 320), top=top, icon="PERSON")]
    has_unsaved = f"subject_{note.id}" in unsaved or f"body_{note.id}" in unsaved
    if note.status in LIVE:
        widgets += [decorated(finding_line(f), icon="DESCRIPTION") for f in findings]
    elif note.sent_at:
        widgets.append(paragraph(esc(f"Sent {view.when(note.sent_at)}.")))
    if note.status in LIVE or has_unsaved:
        widgets += [_field(f"subject_{note.id}", "Subject", note.subject, unsaved),
                    _field(f"body_{note.id}", "Note", note.body_text, unsaved, multiline=True)]
    widgets.append(_note_buttons(view, note, has_unsaved))
    widgets = [w for w in widgets if w]
    return section(widgets, header=bold(esc(f"To {person(note)}", 300)), collapsible=True,
                   shown=1 + len(findings) + 2 * has_unsaved)


def _standing_section(view: View, interview: Interview) -> dict | None:
    """Where the interview stands when its notes are not waiting: removed (and why), or coming."""
    if interview.status in (InterviewStatus.NOT_INTERVIEW, InterviewStatus.CANCELLED):
        words = REMOVED_WORDS.get(interview.removed_reason, "This interview was removed.")
        kept = " Its notes are set aside; the ones you edited keep your words."
        undo = button("Undo", view.run("is_interview", interview=interview.id),
                      alt=f"Undo: {headline(interview)} is an interview") \
            if interview.status == InterviewStatus.NOT_INTERVIEW else None
        return section([paragraph(esc(words + kept))] + ([buttons(undo)] if undo else []))
    if interview.status == InterviewStatus.UPCOMING:
        text = ("The interview ended: its notes are coming in a few minutes." if ended(view, interview) else
                f"Afterview proposes the notes after the interview ends ({view.when(interview.end_at)}).")
        return section([paragraph(esc(text))])
    return None


def _not_interview_section(view: View, interview: Interview, asking: bool) -> dict:
    what = headline(interview)
    if not asking:
        return section([buttons(button("Not an interview", view.run("not_interview", interview=interview.id),
                                       alt=f"{what} is not an interview"))])
    edited = sum(n.status == NoteStatus.EDITED for n in interview.notes)
    question = (f"You edited {edited} note{'s' if edited != 1 else ''} here. Mark it as not an interview? "
                "Your notes are set aside with your words and come back if you undo.")
    return section([paragraph(esc(question)), buttons(
        button("Yes, not an interview", view.run("not_interview", interview=interview.id, confirmed="yes"),
               filled=True, alt=f"Yes: {what} is not an interview"),
        button("Cancel", view.run("redraw", interview=interview.id),
               alt="Cancel: keep it as an interview"),
    )], header="Not an interview?")


def interview_card(view: View, interview: Interview, findings: dict[int, list[dict]],
                   unsaved: dict[str, str] | None = None, asking: bool = False) -> dict:
    """The notes for each person met, their findings with hints, and what the user can do;
    ``asking`` puts the question before "Not an interview" on top."""
    unsaved = still_unsaved(interview, unsaved or {})
    subtitle = " · ".join(p for p in (view.when(interview.start_at), interview.stage) if p)
    sections = [_not_interview_section(view, interview, True)] if asking else []
    sections.append(_standing_section(view, interview))
    if interview.status == InterviewStatus.PROPOSED or "details" in unsaved:
        sections.append(_details_section(view, interview, unsaved))
    notes = [n for n in interview.notes if n.status != NoteStatus.WITHDRAWN
             or f"subject_{n.id}" in unsaved or f"body_{n.id}" in unsaved]
    sections += [_note_section(view, n, findings.get(n.id, []), unsaved) for n in notes]
    if interview.status in LISTED and not asking:
        sections.append(_not_interview_section(view, interview, False))
    return card(headline(interview), [s for s in sections if s], subtitle=subtitle, name=f"interview-{interview.id}")
