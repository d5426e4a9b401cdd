"""Notes for a calendar event without storing anything (``afterview draft``, previews).

The result has the shapes of the JSON API: ``{"interview": {...}, "notes": [...]}``.
"""
from __future__ import annotations

from datetime import datetime

from providers.base import CalendarEvent, LanguageModel
from providers.detect import detect

from .. import etiquette
from ..statuses import NoteStatus
from ..values import Candidate, InterviewFacts, NoteText
from ..writing import compose


def facts_from_event(event: CalendarEvent, verdict, details: str = "") -> InterviewFacts:
    return InterviewFacts(
        title=event.title, company=verdict.company, role=verdict.role, stage=verdict.stage,
        kind=verdict.kind or "job", start=event.start, end=event.end, people=tuple(verdict.people),
        organizer=event.organizer, description=event.description, location=event.location,
        mode=verdict.mode, time_zone=event.time_zone, details=details,
    )


def candidate_from_event(event: CalendarEvent, me: str, name: str = "", phone: str = "") -> Candidate:
    """The author: ``me``, named as on the invitation unless a name is given."""
    me = me.lower()
    if not name:
        on_event = [p for p in (*event.attendees, event.organizer) if p is not None and p.email == me]
        name = on_event[0].display_name() if on_event else me.partition("@")[0]
    return Candidate(name=name, email=me, phone=phone)


def preview_notes(event: CalendarEvent, me: str, details: str, name: str, phone: str, now: datetime,
                  model: LanguageModel | None = None, concurrency: int = 4, verdict=None) -> dict:
    """What Afterview would propose for ``event``: the interview and its notes with findings.

    ``verdict``: detection's on the event when read with the rest of its calendar (``detect_calendar``);
    by default the event is judged alone. With a ``model``, each email note is the model's where it
    passes the checks (it waits for the model, within its timeout); otherwise, and where it does not,
    the composer's."""
    verdict = verdict or detect(event, [me])
    interview = verdict.as_json(event.event_id)
    interview.update({"id": None, "title": event.title, "start": event.start.isoformat(),
                      "end": event.end.isoformat(), "status": "preview", "notes": []})
    if not verdict.interview:
        return {"interview": interview, "notes": []}
    facts = facts_from_event(event, verdict, details)
    candidate = candidate_from_event(event, me, name, phone)
    drafts = compose.compose_notes(facts, candidate, details)
    if model is not None and drafts:
        from ..drafting.model_notes import drafts_by_model

        drafts = drafts_by_model(model, facts, candidate, drafts, now, concurrency)
    texts = [NoteText(d.to, d.channel, d.subject, d.body_text, d.language, d.flags) for d in drafts]
    findings = etiquette.check_notes(texts, facts, candidate, now)
    notes = [_note(d, f, now) for d, f in zip(drafts, findings, strict=True)]
    interview["notes"] = notes
    return {"interview": interview, "notes": notes}


def _note(draft, findings, now: datetime) -> dict:
    return {
        "id": None,
        "to": {"name": draft.to.display_name(), "email": draft.to.email},
        "channel": draft.channel,
        "language": draft.language,
        "subject": draft.subject,
        "body_text": draft.body_text,
        "body_html": draft.body_html,
        "status": NoteStatus.PROPOSED,
        "flags": list(draft.flags),
        "written_by": draft.written_by,
        "proposed_at": now.isoformat(),
        "sent_at": None,
        "findings": [f.as_dict() for f in findings],
    }
