"""The user's word on events: what they said of one event, and what that says of the next ones.

A correction ("this was an interview", or "this was not") is kept per event and wins over
detection on every later sync. It also speaks for the events that come after it: an event of the
same recurring series, or else (only "this was an interview") one from the same organizer (someone
from outside: never the user, never a colleague), that ends after the user last said it follows
their word unless they said otherwise of that event itself. The series is asked before the
organizer, and of several words the latest one said before the event ended counts.

Every verdict that comes from the user's word says so in the event's reasons ("you said ..."), so
the page and the sidebars can show why; and the user takes it back the way they gave it: a
correction of any later event is a word of its own, and correcting the first event again changes
what its followers do (``follow`` applies it to the events already stored that have not ended).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from providers.base import CalendarEvent, Person
from providers.organisation import is_outside, own_domains

from .. import lifecycle, planning
from ..statuses import InterviewStatus
from ..store.model import Account, Correction, Interview
from .retire import skip_nudges

SAID = "you said "  # how a reason from the user's word begins
MAX_TITLE = 80


@dataclass(frozen=True)
class Word:
    """What the user's word makes of one event, and the reason to show."""

    is_interview: bool
    own: bool  # said of this very event, not of its series or organizer
    reason: str


class Rules:
    """The corrections of one account, ready to answer for any event."""

    def __init__(self, corrections: list[Correction], titles: dict[str, str]):
        ordered = sorted(corrections, key=lambda c: _said_at(c))
        self._own = {c.provider_event_id: c for c in ordered}
        self._series: dict[str, list[Correction]] = {}
        self._organizers: dict[str, list[Correction]] = {}
        for correction in ordered:
            if correction.series_id:
                self._series.setdefault(correction.series_id, []).append(correction)
            # "not an interview" speaks for its own series only: said of one event from a recruiting
            # mailbox, it must not hide that recruiter's later interviews (a missed interview costs
            # more than a proposed note the user dismisses)
            if correction.organizer and correction.is_interview:
                self._organizers.setdefault(correction.organizer, []).append(correction)
        self._titles = titles

    def word_on(self, event_id: str, series_id: str | None, organizer: str | None, end: datetime) -> Word | None:
        """The user's word on an event, or ``None`` when detection decides."""
        own = self._own.get(event_id)
        if own is not None:
            return Word(own.is_interview, True, SAID + ("this was an interview" if own.is_interview
                                                         else "this was not an interview"))
        said = _latest_before(self._series.get(series_id or ""), event_id, end)
        if said is not None:
            return Word(said.is_interview, False, f"{SAID}{self._label(said)} of this series {_was(said)}")
        said = _latest_before(self._organizers.get(organizer or ""), event_id, end)
        if said is not None:
            return Word(said.is_interview, False, f"{SAID}{self._label(said)} from {organizer} {_was(said)}")
        return None

    def word_on_event(self, event: CalendarEvent, me: set[str]) -> Word | None:
        return self.word_on(event.event_id, event.series_id, outside_organizer(event.organizer, me), event.end)

    def word_on_row(self, row: Interview, me: set[str]) -> Word | None:
        organizer = (row.organizer or {}).get("email")
        outside = organizer if organizer and _outside_address(organizer, me) else None
        return self.word_on(row.provider_event_id, row.series_id, outside, row.end_at)

    def _label(self, said: Correction) -> str:
        title = " ".join((self._titles.get(said.provider_event_id) or "").split())
        if not title:
            return "an earlier event"
        return f"“{title if len(title) <= MAX_TITLE else title[:MAX_TITLE - 1] + '…'}”"


def _said_at(correction: Correction) -> datetime:
    return correction.updated_at or correction.created_at


def _latest_before(said: list[Correction] | None, event_id: str, end: datetime) -> Correction | None:
    """The last word said before ``end`` (the list is in the order they were said)."""
    for correction in reversed(said or ()):
        if correction.provider_event_id != event_id and _said_at(correction) < end:
            return correction
    return None


def _was(said: Correction) -> str:
    return "was an interview" if said.is_interview else "was not an interview"


def _outside_address(address: str, me: set[str]) -> bool:
    return is_outside(Person(email=address.lower()), me, own_domains(me))


def outside_organizer(organizer, me: set[str]) -> str | None:
    """The organizer's address when it is someone from outside (the only organizers words follow)."""
    if organizer is None or not _outside_address(organizer.email, me):
        return None
    return organizer.email.lower()


def rules_of(session: Session, account: Account, rows: dict[str, Interview]) -> Rules:
    """The account's corrections; ``rows`` (its interviews by event id) name the events said of."""
    corrections = list(session.scalars(select(Correction).where(Correction.account_id == account.id)))
    return Rules(corrections, {eid: row.title for eid, row in rows.items()})


def explained(reasons, word: Word | None) -> list[str]:
    """The reasons with the user's word first (an earlier word dropped)."""
    kept = [r for r in reasons or () if not r.startswith(SAID)]
    return [word.reason, *kept] if word is not None else kept


# --------------------------------------------------------------------------- saying


def say(session: Session, interview: Interview, is_interview: bool, me: set[str], now: datetime) -> Correction:
    """Record the user's word on ``interview``'s event (again, if they had said something before)."""
    correction = session.scalar(select(Correction).where(
        Correction.account_id == interview.account_id,
        Correction.provider_event_id == interview.provider_event_id,
    ))
    if correction is None:
        correction = Correction(account_id=interview.account_id, provider_event_id=interview.provider_event_id)
        session.add(correction)
    organizer = (interview.organizer or {}).get("email")
    correction.is_interview = is_interview
    correction.series_id = interview.series_id
    correction.organizer = organizer.lower() if organizer and _outside_address(organizer, me) else None
    correction.updated_at = now
    interview.reasons = explained(interview.reasons, Word(is_interview, True, SAID + (
        "this was an interview" if is_interview else "this was not an interview")))
    session.flush()
    return correction


FOLLOWING = (InterviewStatus.OTHER, InterviewStatus.POSSIBLE, InterviewStatus.NOT_INTERVIEW, InterviewStatus.UPCOMING)


def follow(session: Session, interview: Interview, me: set[str], now: datetime, delay: timedelta) -> list[Interview]:
    """The stored events of ``interview``'s series or organizer that have not ended take the
    user's latest word; returns those that changed."""
    account = interview.account
    candidates = [row for row in session.scalars(select(Interview).where(
        Interview.account_id == account.id, Interview.id != interview.id, Interview.end_at > now,
        Interview.status.in_(FOLLOWING)))
        if _related(row, interview)]
    if not candidates:
        return []
    titles = {interview.provider_event_id: interview.title}
    rules = Rules(list(session.scalars(select(Correction).where(Correction.account_id == account.id))), titles)
    changed = []
    for row in candidates:
        word = rules.word_on_row(row, me)
        if word is None or word.own:
            continue
        if _apply(session, row, word, now, delay):
            changed.append(row)
    return changed


def _related(row: Interview, interview: Interview) -> bool:
    if interview.series_id and row.series_id == interview.series_id:
        return True
    mine = (interview.organizer or {}).get("email")
    return bool(mine) and (row.organizer or {}).get("email", "").lower() == mine.lower()


def _apply(session: Session, row: Interview, word: Word, now: datetime, delay: timedelta) -> bool:
    before = row.status
    if word.is_interview and row.status != InterviewStatus.UPCOMING:
        lifecycle.restore_interview(row, now, planning.propose_at(row.end_at, delay))
    elif not word.is_interview and row.status in (InterviewStatus.UPCOMING, InterviewStatus.POSSIBLE):
        rule_out(session, row, word, now)
    row.reasons = explained(row.reasons, word)
    return row.status != before


def rule_out(session: Session, row: Interview, word: Word, now: datetime) -> Interview:
    """The user's word says the event is not an interview: kept as ``not_interview`` with the
    reason shown (its open notes withdrawn, its nudges skipped) rather than dropped."""
    lifecycle.mark_not_interview(row, now)
    row.reasons = explained(row.reasons, word)
    if row.id is not None:
        skip_nudges(session, row)
    return row
