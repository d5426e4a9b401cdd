"""A booking page's meeting named for a job title ("Event Name: Underwriting Assistant – intro"), hosted by someone at
another organisation, is a conversation about that role; an ordinary kind of meeting booked is not."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

BOOKING_NOTES = ("Event Name: {event}\nInvitee: Casey Nguyen\nHost: Priya Shah (priya@bramblemutual.example)\n"
                 "Location: Zoom https://zoom.us/j/5550001111\nNeed to make changes to this event? Cancel or reschedule.")


def test_a_booking_pages_event_named_for_a_job_title_is_a_conversation_about_the_role():
    host = person("priya@bramblemutual.example", "Priya Shah")
    found = detect(event("Casey Nguyen <> Bramble Mutual", BOOKING_NOTES.format(event="Underwriting Assistant – intro"),
                         organizer=host, attendees=(host,), minutes=30), [ME])
    assert found.interview and found.role == "Underwriting Assistant"
    assert [p.email for p in found.people] == ["priya@bramblemutual.example"]


@pytest.mark.parametrize("name", ["30 Minute Meeting", "Quarterly account review"])
def test_a_booking_pages_ordinary_event_is_not_an_interview(name):
    host = person("priya@bramblemutual.example", "Priya Shah")
    found = detect(event("Casey Nguyen <> Bramble Mutual", BOOKING_NOTES.format(event=name), organizer=host,
                         attendees=(host,), minutes=30), [ME])
    assert not found.interview
