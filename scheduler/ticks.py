"""The ticks: each claims due rows from the database, does the work, records the outcome.

The database, not the scheduler, is the source of truth: a tick that crashes or a process
that restarts loses nothing, the work is simply still due at the next tick. Every tick takes
``now`` as a parameter.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from notes.runtime import Runtime
from notes.usecases.followups import check_due_follow_ups
from notes.usecases.mailwork import check_sent_notes, create_due_drafts
from notes.usecases.missed import forget_old_events
from notes.usecases.nudges import send_due_nudges
from notes.usecases.proposals import propose_due_interviews
from notes.usecases.rewrites import rewrite_due_notes
from notes.usecases.syncing import sync_due_accounts
from notes.usecases.watches import renew_due_watches

log = logging.getLogger(__name__)

Tick = Callable[[Runtime, datetime], object]

# Order matters within one round: a sync can make an interview due, a proposal makes
# drafts, nudges and the language model's turn due. (Under the scheduler each tick is a job of
# its own: a slow model holds up only its own tick, never a proposal.)
TICKS: dict[str, Tick] = {
    "sync": sync_due_accounts,
    "propose": propose_due_interviews,
    "rewrites": rewrite_due_notes,
    "drafts": create_due_drafts,
    "nudges": send_due_nudges,
    "sent_check": check_sent_notes,
    "follow_ups": check_due_follow_ups,  # after the sent-check: a thank-you found sent counts
    "renewals": renew_due_watches,
    "forget": forget_old_events,  # events kept for "Missed one?" go 30 days after they ended
}


@dataclass
class TickLog:
    """What the ticks last did; a failed tick records its failure here and in the log."""

    runs: dict[str, datetime] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)


def run_tick(name: str, rt: Runtime, now: datetime, record: TickLog | None = None) -> object:
    """Run one tick, recording success or failure; never raises."""
    try:
        result = TICKS[name](rt, now)
    except Exception as exc:  # recorded: the next tick retries, nothing is lost
        log.exception("tick %s failed", name)
        if record is not None:
            record.failures[name] = f"{now.isoformat()} {exc.__class__.__name__}: {exc}"[:500]
        return None
    if record is not None:
        record.runs[name] = now
        record.failures.pop(name, None)
    return result


def run_round(rt: Runtime, now: datetime, record: TickLog | None = None) -> dict[str, object]:
    """Run every tick once, in order (the demo, the CLI and the tests use this)."""
    return {name: run_tick(name, rt, now, record) for name in TICKS}
