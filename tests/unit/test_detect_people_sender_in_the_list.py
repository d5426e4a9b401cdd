"""The people met: a sender who lists themselves among those met ("Panel: Ruth, Tomas; me") is met beside the
others invited."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("title, description", [
    ("Panel interview – Asset Manager", "Casey,\n\nplan for Monday:\n09:00 a short talk on your last project\n"
     "09:30 panel questions (Ruth Abara, Head of Assets; Tomas; me)\n\nOlga Brandt\nMaintenance Manager"),
    ("Panel interview – Asset Manager", "Casey,\n\nplan for Monday: a short talk on your last project, then panel "
     "questions (Ruth Abara, Tomas, me)\n\nOlga Brandt"),
])
def test_a_sender_who_counts_themselves_among_those_met_is_met(title, description):
    sender = person("olga.brandt@vidreira.example", "Olga Brandt")
    others = (person("ruth.abara@vidreira.example", "Ruth Abara"), person("tomas.ek@vidreira.example", "Tomas Ek"))
    found = detect(event(title, description, organizer=sender, attendees=others), [ME])
    assert found.interview
    assert sorted(p.email for p in found.people) == sorted(
        ["olga.brandt@vidreira.example", *(p.email for p in others)])
