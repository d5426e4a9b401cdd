"""A domain that shortens a name loosely ("hlfdn" for Harlow Foundation: the first word's initial and a letter of
it, then the consonants of its last) is that name when another event with someone there writes it, ending in a
word that says it names an organisation ("Foundation", "Fund", "Hospital")."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from providers.detect import detect, detect_calendar
from tests.unit.test_detect import ME, START, event, person


def test_a_loose_short_form_is_the_name_another_event_writes_with_an_organisations_word():
    lead = person("maya.cho@hlfdn.example", "Maya Cho")
    panel = (person("omar.reyes@hlfdn.example", "Omar Reyes"), lead)
    chat = event("Harlow Foundation – conversation with Maya", "Looking forward to our talk. – Maya Cho, Program "
                 "Director", organizer=lead, attendees=(lead,), minutes=30)
    start = START + timedelta(days=10)
    interview = replace(event("Harlow – panel interview (Maya, Omar)", "Panel with Maya Cho and Omar Reyes.",
                              organizer=lead, attendees=panel, minutes=60), event_id="evt-2", start=start,
                        end=start + timedelta(minutes=60))
    verdicts = detect_calendar([chat, interview], [ME])
    assert verdicts[1].interview and verdicts[1].company == "Harlow Foundation"


def test_a_loose_short_form_is_the_name_the_event_itself_writes_with_an_organisations_word():
    lead = person("maya.cho@hlfdn.example", "Maya Cho")
    found = detect(event("Harlow Foundation – conversation with Maya", "Looking forward to talking about the Policy "
                         "Analyst (French/English, hybrid) position. – Maya Cho, Program Director",
                         organizer=lead, attendees=(lead,), minutes=45), [ME])
    assert found.interview and found.company == "Harlow Foundation"


def test_a_role_whose_bracket_lists_its_qualifiers_is_the_role_framed():
    lead = person("maya.cho@harlowfoundation.example", "Maya Cho")
    found = detect(event("Conversation with Maya", "Looking forward to talking about the Policy Analyst "
                         "(French/English, hybrid) position.", organizer=lead, attendees=(lead,), minutes=45), [ME])
    assert found.interview and found.role and found.role.startswith("Policy Analyst")
