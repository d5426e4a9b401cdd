"""When things happen: pure decisions about proposal, reminder and lateness times.

ETIQUETTE T1 and T2: a note is proposed a few minutes after the interview ends, never before
the end and always within 24 hours of it; one reminder goes out 20 hours after the end if the
note is still unsent; after 24 hours the note is late and nothing nags any more. The one
follow-up waits two working days past the day the company said it would answer.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DEFAULT_DELAY = timedelta(minutes=10)
MAX_DELAY = timedelta(hours=23)
REMINDER_AFTER_END = timedelta(hours=20)
LATE_AFTER_END = timedelta(hours=24)


def proposal_delay(minutes: int | float | None, default: timedelta = DEFAULT_DELAY) -> timedelta:
    """The delay after the end, clamped to 0..23 hours (``None``: the default)."""
    if minutes is None:
        return default
    return min(max(timedelta(minutes=minutes), timedelta(0)), MAX_DELAY)


def propose_at(end: datetime, delay: timedelta) -> datetime:
    """When the notes for an interview ending at ``end`` are proposed."""
    return end + min(max(delay, timedelta(0)), MAX_DELAY)


def reminder_at(end: datetime) -> datetime:
    """When the single reminder for unsent notes is due."""
    return end + REMINDER_AFTER_END


def is_late(end: datetime, now: datetime) -> bool:
    """True once more than 24 hours have passed since the interview ended."""
    return now - end > LATE_AFTER_END


def wants_reminder(end: datetime, now: datetime) -> bool:
    """A reminder is planned only while it can still arrive before the note is late."""
    return now < end + LATE_AFTER_END


FOLLOW_UP_GRACE = 2  # working days after the promised answer before the follow-up is proposed
FOLLOW_UP_HOUR = time(9, 0)  # proposed in the morning, the user's time


def add_working_days(day: date, count: int) -> date:
    """``count`` working days (Monday to Friday) after ``day``."""
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def follow_up_at(answer_by: date, zone: ZoneInfo) -> datetime:
    """When the follow-up of an answer promised by ``answer_by`` is due: the second working day after
    that day, at 9:00 in the user's time zone (an answer due Friday: Tuesday morning)."""
    return datetime.combine(add_working_days(answer_by, FOLLOW_UP_GRACE), FOLLOW_UP_HOUR, tzinfo=zone)
