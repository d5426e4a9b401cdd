"""The etiquette findings the sidebar shows, checked at reading time like the local API does
(``notes.usecases.present.current_findings``), and remembered.

The sidebar is opened far more often than notes change, and the checks read every note in
full. Their inputs are plain frozen values (the notes' text, the interview's facts, the author),
so the results are kept per process for identical inputs within the same minute: the
time-dependent rules (a note turning late) are at most a minute behind.
"""
from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from notes import etiquette
from notes.statuses import AFTER_INTERVIEW, OPEN_NOTE
from notes.store.model import Interview, User
from notes.usecases.proposals import candidate_of, facts_of, follow_on_findings, note_text
from notes.values import Candidate, Finding, InterviewFacts, NoteText

LIVE = OPEN_NOTE
CACHE_SIZE = 4096


@lru_cache(maxsize=CACHE_SIZE)
def _checked(notes: tuple[NoteText, ...], facts: InterviewFacts, candidate: Candidate,
             minute: datetime) -> tuple[tuple[Finding, ...], ...]:
    return tuple(tuple(found) for found in etiquette.check_notes(list(notes), facts, candidate, minute))


def current_findings(interview: Interview, user: User, now: datetime) -> dict[int, list[dict]]:
    """Findings of each note of ``interview``: live notes checked as of ``now`` (to the minute),
    closed notes as stored."""
    live = [n for n in interview.notes if n.status in LIVE and n.kind not in AFTER_INTERVIEW]
    found = {n.id: list(n.findings or []) for n in interview.notes}
    found.update({note.id: findings for note, findings in follow_on_findings(interview, user).items()})
    if live:
        minute = now.replace(second=0, microsecond=0)
        results = _checked(tuple(note_text(n) for n in live), facts_of(interview), candidate_of(user), minute)
        for note, findings in zip(live, results, strict=True):
            found[note.id] = [f.as_dict() for f in findings]
    return found
