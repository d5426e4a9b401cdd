"""Interview detection: a transparent scorer over a normalised ``CalendarEvent``.

(First cut: replaced by the full scorer.)
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .base import CalendarEvent, Person


@dataclass(frozen=True)
class Detection:
    """The verdict on one event, why, and what was extracted from it."""

    interview: bool
    confidence: float
    kind: str | None = None  # job | informational
    company: str | None = None
    role: str | None = None
    stage: str | None = None
    mode: str | None = None  # video | phone | onsite
    people: tuple[Person, ...] = ()
    reasons: tuple[str, ...] = ()

    def as_json(self, uid: str) -> dict:
        """The line ``afterview scan --json`` prints for this event."""
        return {
            "uid": uid,
            "interview": self.interview,
            "kind": self.kind,
            "confidence": round(self.confidence, 3),
            "company": self.company,
            "role": self.role,
            "stage": self.stage,
            "interviewers": [{"name": p.display_name(), "email": p.email} for p in self.people],
            "reasons": list(self.reasons),
        }


def detect(event: CalendarEvent, me: Iterable[str]) -> Detection:
    """Classify ``event`` for the user whose addresses are ``me``."""
    mine = {m.lower() for m in me}
    text = f"{event.title} {event.description}".lower()
    if "interview" not in text or event.status == "cancelled":
        return Detection(False, 0.1, reasons=("no interview wording",))
    people = tuple(
        p for p in event.attendees if p.email not in mine and not p.resource and p.response != "declined"
    )
    company = people[0].domain.split(".")[0].capitalize() if people else None
    return Detection(True, 0.6, "job", company, None, None, None, people, ("interview wording",))
