"""The model's turn: composed notes replaced by a language model's text, when it arrives.

A proposal (and a recompose after new details) marks each proposed email note as due for the
model (``Note.rewrite_due_at``); the composed note is already there, on time. This tick claims
due notes like every tick (``notes.usecases.claimed``: a lease renewed while the model works), then
asks the model for each outside any transaction, at most ``Runtime.model_concurrency`` requests at
once. Each answer is applied in a short transaction of its own, and only if the note is still as
it was when claimed:
still proposed, not edited in the mailbox, and written from the same facts (the details did not
change since). The mailbox draft is then due again, as after any change before the user touched
it. A crash loses nothing: the claim's lease runs out and the note is due again.

With no model configured, due notes are simply cleared: a model configured later never rewrites
a note the user has been reading.
"""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import update

from ..drafting.model_notes import COMPOSER, Judge, ModelNote, judge_against, write_with_model
from ..drafting.prompt import model_basis
from ..etiquette.checks import UNUSED
from ..runtime import Runtime
from ..statuses import OPEN_NOTE, DraftState, InterviewStatus, NoteChannel, NoteKind, NoteStatus
from ..store.claims import Queue
from ..store.model import Interview, Note
from ..writing.compose import note_plans, render_html
from ..writing.sentences import NotePlan
from .claimed import handle_due
from .proposals import candidate_of, facts_of, note_text, refresh_findings, thanks_of

log = logging.getLogger(__name__)
ROUNDS_PER_CLAIM = 4  # a claim's batch takes at most this many model round trips (2 requests each)


@dataclass(frozen=True)
class Rewrite:
    """One note's turn with the model: what it is asked, how its answer is judged, and the
    state of the note it was asked for (to tell at the end whether that is still the note)."""

    note_id: int
    plan: NotePlan
    judge: Judge
    basis: str


REWRITES = Queue(Note.rewrite_due_at)
MAX_PER_TICK = 1000


def rewrite_due_notes(rt: Runtime, now: datetime) -> list[int]:
    """Ask the model for the notes due for it; returns the ids of the notes it now wrote."""
    if rt.model is None:
        _forget_due(rt, now)
        return []
    report = handle_due(rt, REWRITES, now, lambda note_id: _rewrite(rt, note_id, now), limit=MAX_PER_TICK,
                        batch=rt.model_concurrency * ROUNDS_PER_CLAIM, concurrency=rt.model_concurrency)
    return [note_id for note_id, written in report.done if written]


def _rewrite(rt: Runtime, note_id: int, now: datetime) -> bool:
    job = _prepare(rt, note_id, now)
    if job is None:
        return False
    return _apply(rt, job, write_with_model(rt.model, job.plan, job.judge), now)


def _forget_due(rt: Runtime, now: datetime) -> None:
    with rt.unit_of_work() as session:
        if session.scalar(Note.__table__.select().with_only_columns(Note.id)
                          .where(Note.rewrite_due_at <= now).limit(1)) is None:
            return
        session.execute(update(Note).where(Note.rewrite_due_at <= now).values(rewrite_due_at=None))


def _state(plan: NotePlan, note: Note) -> str:
    return hashlib.sha256(f"{model_basis(plan)}\n{note.subject}\n{note.body_text}".encode()).hexdigest()


def _plan(interview: Interview, note: Note):
    facts, candidate = facts_of(interview), candidate_of(interview.account.user)
    plans = {plan.person.email: plan for plan, _ in note_plans(facts, candidate, interview.details)}
    return plans.get(note.recipient_email), facts, candidate


def _untouched(note: Note) -> bool:
    return (note.status == NoteStatus.PROPOSED and note.channel == NoteChannel.EMAIL
            and (note.kind or NoteKind.INTERVIEW) == NoteKind.INTERVIEW
            and note.draft_state != DraftState.USER_EDITED and note.interview.status == InterviewStatus.PROPOSED)


def _prepare(rt: Runtime, note_id: int, now: datetime) -> Rewrite | None:
    with rt.unit_of_work() as session:
        note = session.get(Note, note_id)
        if note is None:
            return None
        plan, facts, candidate = _plan(note.interview, note) if _untouched(note) else (None, None, None)
        if plan is None:  # the user owns it now, or it is no one's note any more
            note.rewrite_due_at = None
            return None
        others = [note_text(n) for n in thanks_of(note.interview) if n.id != note.id and n.status in OPEN_NOTE]
        judge = judge_against(note_text(note), others, facts, candidate, now)
        return Rewrite(note.id, plan, judge, _state(plan, note))


def _apply(rt: Runtime, job: Rewrite, outcome: ModelNote, now: datetime) -> bool:
    """Put the model's text in the note if it is still the note the model was asked for."""
    with rt.unit_of_work() as session:
        note = session.get(Note, job.note_id, with_for_update=True)
        if note is None:
            return False
        interview = session.get(Interview, note.interview_id, with_for_update=True)  # its panel, one at a time
        plan, facts, candidate = _plan(interview, note) if _untouched(note) else (None, None, None)
        if plan is None or _state(plan, note) != job.basis:
            if plan is None:
                note.rewrite_due_at = None  # touched by the user: theirs now
            return False  # else changed since: the change made it due again
        note.rewrite_due_at = None
        if outcome.text is not None:  # beside the panel's notes as they are now, not as they were
            others = [note_text(n) for n in thanks_of(interview) if n.id != note.id and n.status in OPEN_NOTE]
            again = judge_against(note_text(note), others, facts, candidate, now)(outcome.text)
            if again:
                outcome = replace(outcome, text=None, author=COMPOSER, unused=" ".join(sorted({f.rule for f in again})))
        flags = [f for f in note.flags or () if not f.startswith(UNUSED)]
        if outcome.text is None:
            note.flags = [*flags, outcome.flag]
            log.info("note %s keeps the composed text: %s", note.id, outcome.unused)
        else:
            note.body_text, note.body_html, note.flags = outcome.text, render_html(outcome.text), flags
            note.written_by, note.written_from = outcome.author, model_basis(plan)
            if note.draft_id:
                note.draft_due_at = now  # the mailbox draft follows, as after any change the user did not make
        refresh_findings(interview, interview.account.user, now)
        return outcome.text is not None
