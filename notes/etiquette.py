"""Etiquette checks (first cut: replaced by the full rule set)."""
from __future__ import annotations

from datetime import datetime
from typing import Sequence

from .values import Candidate, Finding, InterviewFacts, NoteText


def check_note(note: NoteText, facts: InterviewFacts, candidate: Candidate, now: datetime) -> list[Finding]:
    """Findings for one note, composed or edited."""
    findings = []
    if now < facts.end:
        findings.append(Finding("T1", "block", "Wait until the interview has ended."))
    if "needs-detail" in note.flags:
        findings.append(Finding("P2", "block", "Add something specific you remember from this conversation."))
    return findings


def check_notes(
    notes: Sequence[NoteText], facts: InterviewFacts, candidate: Candidate, now: datetime
) -> list[list[Finding]]:
    """Findings for each note of one interview, including those that compare the notes."""
    return [check_note(n, facts, candidate, now) for n in notes]
