"""The role of an interview booked on a booking page or forwarded into the calendar: the names of whom a booking
page's title says the meeting is between are no part of the role.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

_BOOKED = "Booking reference: KW-4471\nTo cancel or change: https://kestrel.youcanbook.me/manage/4471"


@pytest.mark.parametrize("kind, role", [
    ("Claims Handler interview", "Claims Handler"),
    ("Entrevista Técnico de Laboratorio", "Técnico de Laboratorio"),
    ("Usaili wa nafasi ya Afisa Ugavi", "Afisa Ugavi"),
])
def test_a_booked_interviews_role_leaves_out_whom_the_meeting_is_between(kind, role):
    host = person("tomasz@kestrelinsure.example", "Tomasz Wren")
    found = detect(event(f"{kind} between Tomasz Wren and Casey Nguyen", _BOOKED, organizer=host,
                         attendees=(host,), minutes=30), [ME])
    assert found.interview and found.role == role


@pytest.mark.parametrize("title, role", [
    ("விற்பனை மேலாளர் பதவிக்கான நேர்காணல்", "விற்பனை மேலாளர்"),
    ("নার্স পদের সাক্ষাৎকার", "নার্স"),
    ("సేల్స్ మేనేజర్ ఇంటర్వ్యూ", "సేల్స్ మేనేజర్"),
    ("مقابلة لوظيفة مهندس مدني", "مهندس مدني"),
    ("مصاحبه برای موقعیت مهندس عمران", "مهندس عمران"),
    ("سیلز منیجر کے عہدے کے لیے انٹرویو", "سیلز منیجر"),
])
def test_a_title_in_a_script_without_capitals_leaves_the_interview_and_post_words_out_of_the_role(title, role):
    host = person("tomasz@kestrelinsure.example", "Tomasz Wren")
    found = detect(event(f"Kestrel Insurance: {title}", _BOOKED, organizer=host, attendees=(host,), minutes=30), [ME])
    assert found.interview and found.role == role
