"""Interview detection: a transparent scorer over a normalised ``CalendarEvent``.

The user is the candidate. Evidence for an interview (interview and stage wording in eight
languages, applicant-tracking and scheduling systems, recruiting mailboxes, requisition ids, other
organisations on the invitation, title shapes, conferencing links, duration) is weighed, each piece
with a reason a person can read; exclusions (cancelled, declined, the hiring side, mock and press
interviews, webinars, film and book titles, holds, deadlines, coaching...) override it. For an
interview, the company, role, stage, mode and the people met are extracted. The parts live in
``providers.detection``.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .base import CalendarEvent, Person
from .detection.company import find_company
from .detection.evidence import EXCLUSION_TAGS, THRESHOLD, Weighing, exclusion, promising, weigh
from .detection.facts import EventFacts
from .detection.lexicon import LEXICON, groups
from .detection.people import people_met
from .detection.role import find_mode, find_role, find_stage
from .detection.scanner import Vocabulary
from .detection.systems import BETWEEN_WORDS, SYSTEM_TERMS

__all__ = ["Detection", "detect", "THRESHOLD"]

_VOCABULARY = Vocabulary({**groups(LEXICON), "system": SYSTEM_TERMS, "between": BETWEEN_WORDS})


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
    """Classify ``event`` for the user whose addresses are ``me``.

    Returns a ``Detection``: for an interview, with its kind, company, role, stage, mode and the
    people met; always with a confidence and the reasons for the verdict. An event an exclusion
    rules out (cancelled, declined, a mock interview...) carries that one reason.
    """
    facts = EventFacts(event, me, _VOCABULARY)
    if not promising(facts):
        return _not_an_interview(_why_not(facts))
    ruled_out = exclusion(facts)
    if ruled_out:
        return _not_an_interview(ruled_out)
    weighing = weigh(facts)
    if not weighing.core:
        return Detection(False, min(weighing.confidence, 0.2), reasons=("no interview wording",))
    return _interview(facts, weighing)


@lru_cache(maxsize=64)
def _not_an_interview(reason: str) -> Detection:
    """The verdict on an event ruled out for one reason; there are few reasons, so it is shared
    (a ``Detection`` is frozen)."""
    return Detection(False, 0.0, reasons=(reason,))


def _why_not(facts: EventFacts) -> str:
    """The reason for an event nothing speaks for: an exclusion if one applies (it reads better)."""
    if EXCLUSION_TAGS.isdisjoint(facts.title_hits) and EXCLUSION_TAGS.isdisjoint(facts.text_hits):
        return "no interview wording"
    return exclusion(facts, by_domains=False) or "no interview wording"


def _interview(facts: EventFacts, weighing: Weighing) -> Detection:
    """The extraction, for an event the evidence speaks for (the extraction adds some evidence too)."""
    company, company_reason = find_company(facts)
    role = find_role(facts, company)
    if company_reason and company_reason.startswith(("organizer domain", "attendee domain")):
        weighing.add(0.5, company_reason)
    if role:
        weighing.add(0.5, f"names a role ({role})")
    if weighing.score < THRESHOLD:
        return Detection(False, weighing.confidence, reasons=("not enough evidence", *weighing.reasons))
    stage = find_stage(facts, weighing.informational)
    return Detection(
        interview=True,
        confidence=weighing.confidence,
        kind="informational" if weighing.informational else "job",
        company=company,
        role=role,
        stage=stage,
        mode=find_mode(facts, stage),
        people=people_met(facts),
        reasons=tuple(weighing.reasons),
    )
