"""Stored interviews read as hiring processes (``providers.detection.process``) when a sync stores one.

An interview being stored is completed from the account's other listed interviews with the same
organisation (and from the interviews the user added by hand, whose names are their own: lent, never
changed); once the sync's events are stored, every listed interview is completed from the others, so a
later invitation that names the role fills an earlier interview's missing one. Only listed interviews
take part: one the user said is none, one retired, a possible one, an event kept for "Missed one?"
neither lend nor take. An interview whose company or role changes is planned again the way a changed
event is (``syncing.replan``): its proposed notes are composed again, those the user edited or sent stay.

An event detection did not take for an interview becomes one when it continues the process of a listed
job interview (``providers.detect.continued``: a short conversation with someone at its organisation,
within weeks of its interviews, with nothing against an interview on it), unless the user said otherwise.
"""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from providers import detect as detection
from providers.base import CalendarEvent
from providers.detection.process import COMPANY_REASON, ROLE_REASON, Sighting, completed

from ..statuses import LISTED
from ..store.model import Account, Interview
from .manual import MANUAL


class Processes:
    """The hiring processes of one account's stored interviews, during one sync."""

    def __init__(self, session: Session, account: Account, rows: dict[str, Interview], me: set[str]):
        self.session, self.account, self.rows, self.me = session, account, rows, me
        self._by_hand: list[Sighting] | None = None
        self.not_taken: list[tuple[CalendarEvent, detection.Detection]] = []  # for ``continued`` after the sync

    def continued(self, event: CalendarEvent, verdict: detection.Detection) -> detection.Detection:
        """``verdict`` on an event not taken for an interview, or an interview when ``event`` continues
        the hiring process of the account's listed interviews (``providers.detect.continued``)."""
        listed = [row for event_id, row in self.rows.items() if event_id != event.event_id and row.status in LISTED]
        if verdict.interview or not listed:
            return verdict
        processes = detection.Continuing.of([(sighting_of(row), row.start_at, row.end_at) for row in listed], self.me)
        return detection.continued(event, verdict, processes)

    def complete(self, event: CalendarEvent, verdict: detection.Detection) -> detection.Detection:
        """``verdict`` on ``event`` with what the other stored interviews of its process say."""
        others = [row for event_id, row in self.rows.items() if event_id != event.event_id and row.status in LISTED]
        lenders = [sighting_of(row) for row in others] + self.by_hand()
        if not lenders:
            return verdict
        return detection.with_process(verdict, completed([detection.sighting_of(event, verdict), *lenders],
                                                         self.me)[0])

    def fill(self, replan: Callable[[Interview], None]) -> int:
        """Complete every listed interview from the others of its process; ``replan`` one that
        changed. Returns how many changed."""
        listed = [row for row in self.rows.values() if row.status in LISTED]
        if len(listed) + len(self.by_hand()) < 2:
            return 0
        changed = 0
        lenders = [sighting_of(r) for r in listed] + self.by_hand()  # those added by hand come last
        for row, completion in zip(listed, completed(lenders, self.me), strict=False):
            if completion.changed:
                row.company, row.role = completion.company, completion.role
                said = [why for why, changed in ((COMPANY_REASON, completion.company_changed),
                                                  (ROLE_REASON, completion.role_changed)) if changed]
                row.reasons = [*(row.reasons or []), *(why for why in said if why not in (row.reasons or []))]
                replan(row)
                changed += 1
        return changed

    def by_hand(self) -> list[Sighting]:
        """The listed interviews the user added by hand: their names are the user's own."""
        if self._by_hand is None:
            rows = self.session.scalars(select(Interview).join(Account).where(
                Account.user_id == self.account.user_id, Account.provider == MANUAL, Interview.status.in_(LISTED)))
            self._by_hand = [sighting_of(row, settled=True) for row in rows]
        return self._by_hand


def sighting_of(row: Interview, settled: bool = False) -> Sighting:
    """A stored interview as its process sees it."""
    organizer = (row.organizer["email"],) if row.organizer and row.organizer.get("email") else ()
    people = tuple(p["email"] for p in row.people or () if p.get("email"))
    return Sighting(row.company, row.role, row.kind, people + organizer, settled)
