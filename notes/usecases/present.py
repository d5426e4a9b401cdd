"""The JSON shapes of interviews, notes and accounts shared by every entry point.

Times are ISO 8601 with the user's own offset; findings are computed at reading time so that
time-dependent rules (a late note) are always current.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from ..statuses import LISTED, NoteKind, NoteStatus
from ..store.model import Account, Interview, Note, User
from .proposals import live_findings


def _time(moment: datetime | None, zone: ZoneInfo) -> str | None:
    return moment.astimezone(zone).isoformat() if moment else None


def _zone(user: User) -> ZoneInfo:
    try:
        return ZoneInfo(user.time_zone or "UTC")
    except (ValueError, KeyError):
        return ZoneInfo("UTC")


def current_findings(interview: Interview, user: User, now: datetime) -> dict[int, list[dict]]:
    """Findings of each live note, checked now; closed notes keep what was stored."""
    found = {n.id: list(n.findings or []) for n in interview.notes}
    found.update({note.id: findings for note, findings in live_findings(interview, user, now).items()})
    return found


def note_json(note: Note, zone: ZoneInfo, findings: list[dict] | None = None) -> dict:
    """A note in the local API's contract shape."""
    return {
        "id": note.id,
        "interview_id": note.interview_id,
        "to": {"name": note.recipient_name, "email": note.recipient_email},
        "channel": note.channel,
        "kind": note.kind or NoteKind.INTERVIEW,
        "language": note.language,
        "subject": note.subject,
        "body_text": note.body_text,
        "body_html": note.body_html,
        "status": note.status,
        "flags": list(note.flags or []),
        "proposed_at": _time(note.proposed_at, zone),
        "edited_at": _time(note.edited_at, zone),
        "sent_at": _time(note.sent_at, zone),
        "draft_id": note.draft_id,
        "written_by": note.written_by or "composer",  # "composer", or the language model's name
        "findings": [
            {"rule": f["rule"], "severity": f["severity"], "message": f["message"]}
            for f in (findings if findings is not None else note.findings or [])
        ],
    }


def interview_json(interview: Interview, user: User, now: datetime) -> dict:
    """An interview: the ``scan`` fields, plus id, times, status and its notes.

    ``notes`` leaves out withdrawn notes; they are in ``withdrawn_notes``, with their text, and
    ``removed_reason`` says why a cancelled interview was retired (a ``RemovedReason``).
    ``has_edited_notes`` tells a page to ask before "Not an interview"."""
    zone = _zone(user)
    findings = current_findings(interview, user, now)
    return {
        "id": interview.id,
        "uid": interview.provider_event_id,
        "interview": interview.status in LISTED,
        "kind": interview.kind,
        "confidence": round(interview.confidence, 3),
        "company": interview.company,
        "role": interview.role,
        "stage": interview.stage,
        "interviewers": [{"name": p.get("name", ""), "email": p["email"]} for p in interview.people],
        "reasons": list(interview.reasons or []),
        "title": interview.title,
        "mode": interview.mode,
        "start": _time(interview.start_at, zone),
        "end": _time(interview.end_at, zone),
        "status": interview.status,
        "propose_at": _time(interview.propose_at, zone),
        "proposed_at": _time(interview.proposed_at, zone),
        "late": interview.late,
        "details": interview.details,
        "referrer": _referrer(interview),
        "next_step": _next_step(interview.next_step),
        "account_id": interview.account_id,
        "notes": [note_json(n, zone, findings.get(n.id)) for n in interview.notes if n.status != NoteStatus.WITHDRAWN],
        "removed_reason": interview.removed_reason,
        "has_edited_notes": any(n.status == NoteStatus.EDITED for n in interview.notes),
        "withdrawn_notes": [note_json(n, zone) for n in interview.notes if n.status == NoteStatus.WITHDRAWN],
    }


def _referrer(interview: Interview) -> dict | None:
    """Who referred the user (``source``: ``invitation`` or ``user``), unless nobody did."""
    stored = interview.referrer or {}
    if stored.get("removed") or not (stored.get("name") or stored.get("email")):
        return None
    return {"name": stored.get("name") or "", "email": stored.get("email") or "", "source": stored.get("source")}


def _next_step(step: dict | None) -> dict | None:
    """When the company said it would answer (``on``, a date), in its words, and who said it."""
    if not step:
        return None
    return {"on": step.get("on"), "said": step.get("said"), "by": step.get("by"), "source": step.get("source")}


def account_json(account: Account, zone: ZoneInfo | None = None) -> dict:
    """An account as the user sees it: never its tokens. ``warning`` is set while the account
    holds ``pending_removals`` interviews its calendar stopped showing (``POST
    /api/accounts/<id>/confirm-removal`` removes them)."""
    zone = zone or _zone(account.user)
    return {
        "id": account.id,
        "provider": account.provider,
        "name": account.display_name or account.external_id,
        "status": account.status,
        "last_synced_at": _time(account.last_synced_at, zone),
        "next_sync_at": _time(account.next_sync_at, zone),
        "last_error": account.last_error,
        "push": bool(account.watch_expires_at),
        "warning": account.warning,
        "pending_removals": len(account.held_removals or ()),
    }
