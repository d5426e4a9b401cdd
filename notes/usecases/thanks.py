"""Thanks for help with no interview behind it: a referral, networking (an introduction, a
conversation, advice), speaking as the user's reference, or any other help.

Where such a note lives. A note belongs to an interview (``Note.interview_id`` is not null), and
everything that reads, checks, edits, closes and reopens notes goes through that row: whose the
note is, the facts the checks read, the lifecycle. So each thanks gets a record of its own: an
``Interview`` row of kind and status ``help`` on the user's "added by hand" source
(``manual.manual_source``: never synced, no mailbox of its own; the note is written in the user's
connected Google or Microsoft mailbox, ``mail_account``). It holds the person, the day and the help in
the user's words (``details``), which is what composing and checking the note need, so the checks
of an edited note still know what the help was. Its status is none that any list of interviews asks
for (``LISTED``, ``REVIEWABLE``, ``REMOVED``, ``MISSED``) and it is never planned, so no interview
list, proposal, reminder or "notes ready" nudge ever sees it, by construction rather than by a
filter each list must remember; ``service.interview_of`` refuses it, so the interview endpoints
cannot correct or recompose it. Its note is an ordinary note of a ``HELP`` kind: the edit, sent,
dismiss and restore flows are the same ones, through ``notes.lifecycle``. No column changes, so no
migration; one record per thanks (not one per user) keeps the unique key (interview, recipient,
channel, kind) from refusing a second thanks to the same person for the same kind of help.
"""
from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from providers.base import Person

from .. import lifecycle
from ..errors import InvalidInput, NotFound
from ..statuses import HELP, HELP_RECORD, InterviewStatus, NoteChannel
from ..store.model import Account, Interview, Note, User
from ..writing.language import SUPPORTED, detect_language
from ..writing.thanks import compose_thanks
from .mailwork import schedule_sent_check
from .manual import ADDRESS, manual_source
from .present import _zone as user_zone, current_findings, note_json
from .proposals import candidate_of, refresh_findings

FIELDS = ("kind", "name", "email", "details", "language")
MAX_NAME = 200
MAX_EMAIL = 320
MAX_DETAILS = 1000
KIND_WORDS = {"referral": "a referral", "networking": "networking help", "reference": "being a reference",
              "other": "help"}


def add_thanks(session: Session, user_id: int, data, now: datetime) -> Note:
    """Compose the note thanking someone for help (``data``: ``kind``, ``name``, ``email``,
    ``details`` and optionally ``language``) and store it with its record; the findings are checked.
    ``InvalidInput`` names the field to change; nothing is stored then."""
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("no such user")
    kind, person, details, language = read_thanks(data, user)
    record = Interview(account=manual_source(session, user), provider_event_id=f"{HELP_RECORD}-{uuid.uuid4().hex}",
                       kind=HELP_RECORD, title=f"Thanks for {KIND_WORDS[kind]}: {person['name'] or person['email']}",
                       start_at=now, end_at=now, people=[person], details=details, confidence=1.0,
                       reasons=["you asked to thank someone for their help"])
    lifecycle.record_help(record, now)
    draft = compose_thanks(kind, _person(person), details, candidate_of(user), language)
    note = lifecycle.composed(Note(recipient_email=person["email"], recipient_name=draft.to.display_name(),
                                   channel=draft.channel, kind=kind, language=draft.language, subject=draft.subject,
                                   body_text=draft.body_text, body_html=draft.body_html, flags=list(draft.flags),
                                   proposed_at=now))
    record.notes.append(note)
    session.add(record)
    refresh_findings(record, user, now)
    _to_the_mailbox(record.account, note, user, now)
    return note


def _to_the_mailbox(source: Account, note: Note, user: User, now: datetime) -> None:
    """The note is written in the user's mailbox when they have one (``mail_account``): its draft is
    due when they allow drafts (the drafts tick finds the mailbox, or that there is none), and a
    sent-check is asked (the source's passes on to the mailbox's)."""
    if user.drafts_enabled and note.channel == NoteChannel.EMAIL:
        note.draft_due_at = now
    schedule_sent_check(source, now)


def read_thanks(data, user: User) -> tuple[str, dict, str, str]:
    """The kind, the person, the help and the language from the request, checked."""
    if not isinstance(data, dict):
        raise InvalidInput("send a JSON object with kind, name, email and details")
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        raise InvalidInput(f"unknown field {unknown[0]!r}: send {', '.join(FIELDS)}")
    kind = data.get("kind")
    if kind not in HELP:
        raise InvalidInput(f"kind: one of {', '.join(HELP)}")
    name = _text(data, "name", MAX_NAME)
    if not name:
        raise InvalidInput("name: who are you thanking? Their name greets them in the note")
    email = _text(data, "email", MAX_EMAIL).lower()
    if not email:
        raise InvalidInput(f"email: {name}'s email address is needed to write them a note")
    if not ADDRESS.match(email):
        raise InvalidInput(f"email: {email[:80]!r} is not an email address")
    if email == (user.email or "").lower():
        raise InvalidInput("email: that is your own address; give the address of the person you thank")
    details = data.get("details")
    if not isinstance(details, str) or not details.strip():
        raise InvalidInput("details: say what they did for you, e.g. “referred me for the analyst opening at "
                           "Northwind”; it goes into the note")
    if len(details) > MAX_DETAILS:
        raise InvalidInput(f"details: at most {MAX_DETAILS} characters")
    details = details.strip()
    language = data.get("language")
    if language in (None, ""):
        chosen = (user.language or "").strip().lower()[:2]
        language = chosen if chosen in SUPPORTED else detect_language(details)
    elif language not in SUPPORTED:
        raise InvalidInput(f"language: one of {', '.join(SUPPORTED)}")
    return str(kind), {"name": name, "email": email}, details, language


def _text(data: dict, name: str, limit: int) -> str:
    value = data.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput(f"{name}: text, please")
    value = " ".join(value.split())
    if len(value) > limit:
        raise InvalidInput(f"{name}: at most {limit} characters")
    return value


def _person(person: dict) -> Person:
    return Person(email=person["email"], name=person["name"])


def help_records_of(session: Session, user_id: int, limit: int = 200) -> list[Interview]:
    """The user's records of help thanked for, newest first, each with its note."""
    return list(session.scalars(
        select(Interview).join(Account)
        .where(Account.user_id == user_id, Interview.kind == HELP_RECORD, Interview.status == InterviewStatus.HELP)
        .order_by(Interview.start_at.desc(), Interview.id.desc())
        .limit(limit)
    ))


def help_record_of(session: Session, user_id: int, record_id: int) -> Interview:
    """One of the user's records of help; ``NotFound`` for anything else."""
    record = session.scalar(select(Interview).join(Account).where(
        Interview.id == record_id, Account.user_id == user_id, Interview.kind == HELP_RECORD))
    if record is None:
        raise NotFound("no such thanks")
    return record


def thanks_json(records: list[Interview], user: User, now: datetime) -> list[dict]:
    """The notes of ``records`` in the note JSON of the API, their findings checked now."""
    zone = user_zone(user)
    found = []
    for record in records:
        findings = current_findings(record, user, now)
        found += [note_json(n, zone, findings.get(n.id)) for n in record.notes]
    return found
