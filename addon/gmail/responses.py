"""The documented response envelopes of Google Workspace add-ons (HTTP runtime).

Triggers (homepage, contextual, compose) answer ``{"action": {"navigations": [{"pushCard": card}]}}``;
card actions answer ``{"renderActions": {"action": {...}}}`` (navigations and/or a notification),
and inserting into the message being written answers
``{"renderActions": {"hostAppAction": {"gmailAction": {"updateDraftActionMarkup": {...}}}}}``.
"""
from __future__ import annotations

from notes.store.model import Note

MAX_NOTIFICATION = 200


def trigger(card: dict) -> dict:
    """The answer to a homepage, contextual or compose trigger: show ``card``."""
    return {"action": {"navigations": [{"pushCard": card}]}}


def _render(navigations: list[dict] | None = None, text: str | None = None) -> dict:
    action: dict = {}
    if navigations:
        action["navigations"] = navigations
    if text:
        action["notification"] = {"text": text[:MAX_NOTIFICATION]}
    return {"renderActions": {"action": action}}


def push(card: dict) -> dict:
    """Open ``card`` on top of the current one."""
    return _render([{"pushCard": card}])


def update(card: dict, text: str | None = None) -> dict:
    """Replace the current card with ``card`` and, optionally, confirm with a notification."""
    return _render([{"updateCard": card}], text)


def notify(text: str) -> dict:
    """A quick confirmation or refusal; the card stays as it is."""
    return _render(text=text)


def back(text: str | None = None) -> dict:
    """Close the current card."""
    return _render([{"pop": True}], text)


def home(card: dict, text: str | None = None) -> dict:
    """Go back to the first card and show ``card`` there."""
    return _render([{"popToRoot": True}, {"updateCard": card}], text)


def insert_note(note: Note) -> dict:
    """Put the note into the message being written: its text at the cursor, its subject and
    its recipient."""
    markup = {
        "updateBody": {
            "insertContents": [{"content": note.body_html, "contentType": "MUTABLE_HTML"}],
            "type": "IN_PLACE_INSERT",
        },
        "updateSubject": {"subject": note.subject},
        "updateToRecipients": {"toRecipients": [{"email": note.recipient_email}]},
    }
    return {"renderActions": {"hostAppAction": {"gmailAction": {"updateDraftActionMarkup": markup}}}}
