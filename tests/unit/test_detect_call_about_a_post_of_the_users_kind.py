"""The user's own note of a call someone will make ("Call – Marek, 9:15"), whose notes name a company and a post with
the head word of the posts the calendar's job interviews are for ("Orlen Optics – process engineer", beside an
interview for a Senior Optical Engineer), is a call about a job in their trade; a call with a plumber, a call about a
post of another trade, or a chat the user sets up with no call awaited, is not."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from providers.detect import detect, detect_calendar
from tests.unit.test_detect import ME, START, event, person

NINA = person("nina.holm@lumatec.example", "Nina Holm")


def _read(title: str, notes: str, role: str = "Senior Optical Engineer"):
    interview = event("Interview – Lumatec", f"Your interview for the {role} position at Lumatec.",
                      organizer=NINA, attendees=(NINA,))
    later = START + timedelta(days=6)
    note = replace(event(title, notes, me_too=False), event_id="evt-2", start=later, end=later + timedelta(minutes=30))
    return detect(note, [ME]), detect_calendar([interview, note], [ME])[1]


def test_a_call_about_a_post_of_the_users_trade_is_an_interview():
    alone, read = _read("Call – Marek, 9:15", "Vistula Optics – process engineer (Gdansk). marek.z@vistulaoptics.example,"
                        " +48 601 222 333. He will call.")
    assert not alone.interview
    assert read.interview and read.kind == "job" and read.company == "Vistula Optics"
    assert read.role.lower().startswith("process engineer")


def test_a_call_with_a_plumber_or_about_another_trade_or_not_awaited_is_not():
    _alone, read = _read("Call – Mike, 9:15", "Acme Plumbing – plumber for the boiler. mike@acmeplumbing.example. "
                         "He will call.")
    assert not read.interview
    _alone, read = _read("Call – Marek, 9:15", "Vistula Optics – sales manager (Gdansk). marek.z@vistulaoptics.example."
                         " He will call.")
    assert not read.interview
    _alone, read = _read("Call w/ Marek (Vistula Optics)", "Marek is a process engineer there; compare notes on "
                         "metrology tools. marek.z@vistulaoptics.example")
    assert not read.interview
