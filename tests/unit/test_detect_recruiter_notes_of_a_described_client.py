"""The user's own note of a recruiter's call: a client the recruiter only describes ("Client is a Dutch
logistics firm") names no company, and the agency the note writes is the one."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_a_client_described_with_a_or_an_is_no_company():
    note = event("Priya S - logistics role",
                 "Priya Sandhu, Kestrel Moss Recruitment - priya.sandhu@kmrecruitment.co.uk - ringing me at lunch.\n"
                 "Client is a Welsh logistics firm, she cannot say who yet. Transport Planner, permanent.",
                 minutes=30)
    found = detect(note, [ME])
    assert found.interview and found.company == "Kestrel Moss Recruitment"


def test_a_call_note_naming_the_caller_only_takes_the_client_it_is_about():
    note = event("Call Eilidh re Corrie Foods",
                 "Eilidh Baird, Brae Recruitment (eilidh.baird@braerec.co.uk) 0141 496 0000\n"
                 "She is calling me to go through the Corrie Foods role - Supply Planner (Planning), in-house, Perth. Have CV open. She wants my notice period.",
                 minutes=30)
    found = detect(note, [ME])
    assert found.interview and found.company == "Corrie Foods"
