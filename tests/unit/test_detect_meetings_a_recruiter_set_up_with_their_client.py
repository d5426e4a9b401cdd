"""The user's own note of a meeting with a recruitment agency's client that a recruiter of the calendar set up
("Sam + client (Zoom)", its notes "Client = Norvik Foods"): the recruiter's own call about the job is on the
calendar, so the meeting with their client is the interview it led to."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from providers.detect import detect_calendar
from tests.unit.test_detect import ME, START, event, person

_SAM = person("sam.price@northgatetalent.com", "Sam Price")
_CALL = event("Northgate Talent – intro call", "Hi Casey, a quick call about the Warehouse Operations Manager role "
              "with a client of ours in Leeds. Sam Price, Northgate Talent", organizer=_SAM, attendees=(_SAM,),
              minutes=30)
# the recruiter's call as the user notes it, nobody invited
_OWN_CALL = event("Call Sam – Northgate Talent", "Sam Price, Northgate Talent – sam.price@northgatetalent.com. "
                  "Role: Warehouse Operations Manager. Client confidential.", me_too=False, minutes=30)
_NOTE = "Zoom link from Sam. Client = Norvik Foods. Meeting Lena Holt, Ops Director – lena.holt@norvikfoods.com."


def _later(title: str, description: str):
    note = event(title, description, me_too=False, minutes=60)
    return replace(note, event_id="evt-2", start=START + timedelta(days=12), end=START + timedelta(days=12, minutes=60))


@pytest.mark.parametrize("call", [_CALL, _OWN_CALL])
def test_a_note_of_a_meeting_with_the_client_a_recruiter_of_the_calendar_set_up_is_an_interview(call):
    verdicts = detect_calendar([call, _later("Sam + client (Zoom)", _NOTE)], [ME])
    assert verdicts[0].interview
    assert verdicts[1].interview and verdicts[1].company == "Norvik Foods"


def test_the_same_note_with_no_recruiter_of_that_name_on_the_calendar_is_no_interview():
    verdicts = detect_calendar([_later("Sam + client (Zoom)", _NOTE)], [ME])
    assert not verdicts[0].interview


def test_a_note_naming_the_recruiter_without_a_client_is_no_interview():
    verdicts = detect_calendar([_CALL, _later("Sam – drinks", "Drinks with Sam after work, The Crown.")], [ME])
    assert not verdicts[1].interview
