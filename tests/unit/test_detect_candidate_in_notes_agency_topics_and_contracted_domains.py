"""An invitation whose notes label someone else invited as the candidate, the user's note of a call with a recruiter
at an agency about a client ("call w/ Ines - Brightpath Recruitment re Norvik Foods"), a domain that contracts the
last word of the company's name ("southbay-ops" for South Bay Operations), and a sender who names themselves first
among the people met ("You'll meet me and ...")."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_notes_labelling_another_invitee_the_candidate_put_the_user_on_the_hiring_side():
    organizer = person("dana.fell@quaymarine.com.au", "Dana Fell")
    found = detect(event("Interview - deckhand casual (Dana + me)",
                         "Candidate: Owen Pritchard. Boat licence? Free for the winter roster?",
                         organizer=organizer,
                         attendees=(person("owenpritchard88@gmail.com", "Owen Pritchard"),), minutes=30), [ME])
    assert not found.interview


def test_notes_labelling_the_user_the_candidate_leave_the_interview():
    organizer = person("dana.fell@quaymarine.com.au", "Dana Fell")
    found = detect(event("Interview - Quay Marine", "Candidate: Casey Nguyen. Role: Deck Supervisor.",
                         organizer=organizer, attendees=(organizer,), minutes=30), [ME])
    assert found.interview


def test_a_call_note_naming_the_agency_then_its_client_gives_the_client():
    found = detect(event("call w/ Ines - Brightpath Recruitment re Norvik Foods",
                         "Ines Marlow (consultant). Warehouse Planner role at Norvik Foods, Ashby site. "
                         "ines@brightpathrecruitment.com / 0400 111 222", me_too=False, minutes=30), [ME])
    assert found.interview
    assert found.company == "Norvik Foods"


@pytest.mark.parametrize("address, company", [
    ("lena.voss@kestrelintl.co.nz", "Kestrel International"),
    ("lena.voss@southbay-ops.co.nz", "South Bay Operations"),
])
def test_a_domain_contracting_the_last_word_names_the_company_in_full(address, company):
    organizer = person(address, "Lena Voss")
    found = detect(event(f"Video interview - {company} (Dunedin)",
                         "Hi Casey, first interview for the Cargo Planner role. Lena",
                         organizer=organizer, attendees=(organizer,)), [ME])
    assert found.interview
    assert found.company == company


def test_a_sender_naming_themselves_first_among_the_people_met_is_met_too():
    organizer = person("lena.voss@harbourlines.co.nz", "Lena Voss")
    colleague = person("tom.reid@harbourlines.co.nz", "Tom Reid")
    found = detect(event("Interview - Harbour Lines",
                         "Hi Casey, first interview for the Cargo Planner role. You'll meet me and Tom Reid "
                         "(Yard Manager).\nLena",
                         organizer=organizer, attendees=(colleague,)), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {organizer.email, colleague.email}
