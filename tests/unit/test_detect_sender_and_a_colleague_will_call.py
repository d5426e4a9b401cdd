"""An organizer who writes that a colleague "and I will call you" holds the call with them: both are met."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("sentence", [
    "Priyanka Das (Finance Director) and I will ring you on your mobile at 10am.",
    "Priyanka Das and I'll call you at 10am.",
    "Priyanka and I will phone you at 10am sharp.",
])
def test_the_sender_who_will_call_with_a_colleague_is_met(sentence):
    sender = person("owen.price@tidewaterfoods.com", "Owen Price")
    colleague = person("priyanka.das@tidewaterfoods.com", "Priyanka Das", "needs-action")
    found = detect(event("Tidewater Foods - Plant Accountant - phone interview",
                         f"Hi Casey,\n\nThanks for your application. {sentence}\n\nRegards,\nOwen Price\nPlant Manager",
                         organizer=sender, attendees=(colleague,), minutes=45), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {"owen.price@tidewaterfoods.com", "priyanka.das@tidewaterfoods.com"}


def test_a_colleague_who_calls_alone_leaves_the_sender_out():
    sender = person("owen.price@tidewaterfoods.com", "Owen Price")
    colleague = person("priyanka.das@tidewaterfoods.com", "Priyanka Das", "needs-action")
    found = detect(event("Tidewater Foods - Plant Accountant - phone interview",
                         "Hi Casey,\n\nThanks for your application. Priyanka Das will ring you at 10am.\n\n"
                         "Regards,\nOwen Price\nRecruiting Coordinator",
                         organizer=sender, attendees=(colleague,), minutes=45), [ME])
    assert {p.email for p in found.people} == {"priyanka.das@tidewaterfoods.com"}
