"""The user's own entry, nobody invited, for a further talk with someone of a hiring process on the calendar
("call w/ Ines - Fernhill"), whose notes give that person's address and that of a colleague they bring along
("Ines Duarte (ines.duarte@...) ... their plant lead Tomas Berg (tberg@...)"): a step of the process, with both met."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from providers.detect import detect_calendar
from tests.unit.test_detect import ME, START, event, person

INES = person("ines.duarte@fernhillfoods.com", "Ines Duarte")


def _interview():
    return event("Fernhill Foods - Interview for Quality Supervisor", "Looking forward to our chat about the Quality "
                 "Supervisor position.", organizer=INES, attendees=(INES,))


def _note(description: str, days: float = 10):
    start = START + timedelta(days=days)
    note = event("call w/ Ines - Fernhill", description, me_too=False)
    return replace(note, event_id="evt-note", start=start, end=start + timedelta(minutes=45))


def test_the_users_note_of_a_further_call_with_someone_of_the_process_is_a_step_of_it():
    note = _note("2nd chat w/ Ines (ines.duarte@fernhillfoods.com). she wants me to meet their plant lead Tomas "
                 "Berg (tberg@fernhillfoods.com) too. Q's: shift pattern?")
    read = detect_calendar([_interview(), note], [ME])[1]
    assert read.interview and read.company == "Fernhill Foods"
    assert [p.email for p in read.people] == ["ines.duarte@fernhillfoods.com", "tberg@fernhillfoods.com"]


def test_a_note_months_later_is_not():
    note = _note("ines.duarte@fernhillfoods.com - catch up", days=200)
    assert not detect_calendar([_interview(), note], [ME])[1].interview


def test_a_task_of_the_process_the_notes_give_an_address_for_is_not():
    start = START + timedelta(days=10)
    task = replace(event("Send the costing case to Fernhill (by 5pm)", "email it to ines.duarte@fernhillfoods.com",
                         me_too=False), event_id="evt-task", start=start, end=start + timedelta(minutes=60))
    assert not detect_calendar([_interview(), task], [ME])[1].interview
