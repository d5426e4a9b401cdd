"""Referrers: the person who referred the user to an interview, and the short update they get after it.

The referrer comes from the invitation ("referred by Jane Doe", ``providers.detection.referrer``) or
from the user (``POST /api/interviews/<id>/referrer``); the user's word wins, and a later sync never
replaces it. Stored on the interview as ``{"name", "email", "source": "invitation" | "user"}``; a
referrer the user removed is kept as ``{"source": "user", "removed": true}`` so the invitation does
not bring them back.

After the interview, with its thank-you notes, the referrer is proposed one note (kind
``referrer_update``) saying that it took place (``notes.writing.updates``). Nobody met at the
interview gets one: they were there. A referrer replaced or removed has their open note withdrawn,
its text kept; one named again gets it back.
"""
from __future__ import annotations

import re
from datetime import datetime

from providers.base import Person

from .. import lifecycle
from ..errors import InvalidInput
from ..statuses import NoteChannel, NoteKind
from ..store.model import Interview, Note
from ..values import Candidate, InterviewFacts
from ..writing.updates import compose_referrer_update

MAX_NAME = 200
_ADDRESS = re.compile(r"^[^@\s<>\"(),;]+@[^@\s<>\"(),;]+\.[^@\s<>\"(),;]+$")


def from_invitation(interview: Interview, found: Person | None) -> None:
    """What detection read from the invitation, unless the user said who referred them."""
    if interview.referrer and interview.referrer.get("source") == "user":
        return
    interview.referrer = ({"name": found.name, "email": found.email.lower(), "source": "invitation"}
                          if found is not None else None)


def said_by_user(interview: Interview, data) -> None:
    """The user names who referred them (``{"name", "email"}``) or, with ``None``, that nobody did."""
    if data is None:
        interview.referrer = {"name": "", "email": "", "source": "user", "removed": True}
        return
    if not isinstance(data, dict) or set(data) - {"name", "email"}:
        raise InvalidInput('send {"name": ..., "email": ...} for the person who referred you')
    name, email = data.get("name") or "", data.get("email") or ""
    if not isinstance(name, str) or not isinstance(email, str) or len(name) > MAX_NAME or len(email) > 320:
        raise InvalidInput(f"name and email must be text (a name of at most {MAX_NAME} characters)")
    name, email = " ".join(name.split()), email.strip().lower()
    if email and not _ADDRESS.match(email):
        raise InvalidInput(f"{email[:100]!r} is not an email address")
    if not name and not email:
        raise InvalidInput("give the name or the email address of the person who referred you")
    interview.referrer = {"name": name, "email": email, "source": "user"}


def referrer_of(interview: Interview, me: set[str] = frozenset()) -> Person | None:
    """The person to tell that the interview took place: the stored referrer, unless removed, the user
    themself, or someone met at the interview."""
    stored = interview.referrer or {}
    if stored.get("removed") or not (stored.get("name") or stored.get("email")):
        return None
    email = (stored.get("email") or "").lower()
    met = {(p.get("email") or "").lower() for p in interview.people or ()}
    if email and (email in met or email in me):
        return None
    return Person(email=email, name=stored.get("name") or "")


def reconcile_update(interview: Interview, facts: InterviewFacts, candidate: Candidate, now: datetime) -> None:
    """Make the interview's referrer update match its referrer: one proposed for them, the user's own
    words kept, the note of a referrer no longer named withdrawn."""
    referrer = referrer_of(interview, {candidate.email.lower()})
    notes = [n for n in interview.notes if n.kind == NoteKind.REFERRER_UPDATE]
    for note in notes:
        if referrer is None or note.recipient_email != referrer.email:
            lifecycle.withdraw(note, now)
    if referrer is None:
        return
    note = next((n for n in notes if n.recipient_email == referrer.email), None)
    draft = compose_referrer_update(facts, candidate, referrer)
    if note is None:
        note = lifecycle.composed(Note(recipient_email=referrer.email, channel=NoteChannel.EMAIL,
                                       kind=NoteKind.REFERRER_UPDATE, proposed_at=now))
        interview.notes.append(note)
    elif not lifecycle.may_rewrite(note):
        lifecycle.bring_back(note)
        return
    lifecycle.bring_back(note)
    note.recipient_name = draft.to.display_name() if draft.to.email else draft.to.name
    note.language, note.subject = draft.language, draft.subject
    note.body_text, note.body_html, note.flags = draft.body_text, draft.body_html, list(draft.flags)
    note.written_by, note.written_from = "composer", None
