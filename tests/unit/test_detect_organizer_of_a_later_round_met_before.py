"""A later round whose invitation says nothing, organized by someone who interviewed the user with a colleague in an
earlier round of the same process: the organizer is met again. A recruiter met alone at a screen is not."""
from __future__ import annotations

from datetime import timedelta

from providers.base import CalendarEvent
from providers.detect import detect_calendar
from tests.unit.test_detect import CASEY, ME, START, person

PRIYA = person("priya.raman@quillfield.io", "Priya Raman")
TOMAS = person("tomas.berg@quillfield.io", "Tomas Berg")
OLGA = person("olga.voss@quillfield.io", "Olga Voss")


def _round(uid: str, title: str, description: str, organizer, *others, days: int = 0) -> CalendarEvent:
    """A round ``organizer`` sends, inviting ``others`` and the user (the organizer is no attendee)."""
    start = START + timedelta(days=days)
    return CalendarEvent(uid, title, start, start + timedelta(minutes=60), description=description,
                         organizer=organizer, attendees=(*others, CASEY))


def _people_of_second_round(first: CalendarEvent) -> set[str]:
    second = _round("r2", "Quillfield – second round with the COO", "", PRIYA, OLGA, days=14)
    verdicts = detect_calendar([first, second], [ME])
    assert verdicts[1].interview
    return {p.email for p in verdicts[1].people}


def test_the_organizer_who_interviewed_with_a_colleague_before_is_met_again():
    first = _round("r1", "Interview – Quillfield (first round)",
                   "Hi Casey, you will meet Tomas Berg and me for the first interview. Priya", PRIYA, TOMAS)
    assert _people_of_second_round(first) == {PRIYA.email, OLGA.email}


def test_a_recruiter_met_alone_at_a_screen_is_not_counted_at_the_next_round():
    first = _round("r1", "Quillfield – recruiter phone screen", "", PRIYA, PRIYA)
    assert _people_of_second_round(first) == {OLGA.email}
