"""A co-operative's name keeps its last word; a public body's domain ends in its state's code
(elmcrossingor.gov) and its building ("City Hall") is no company; the user's second, personal address is
the user; a colleague's invitation that thanks the user for applying is the user's own interview; a
recruiter's "call back" is a conversation, not a to-do."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("ending", ["Cooperative", "Co-operative", "Co-op"])
def test_a_cooperatives_name_keeps_its_last_word(ending):
    grower = person("jo.ortega@valleygrain.coop", "Jo Ortega")
    found = detect(event("Coffee – Jo Ortega (Valley Grain)", "Glad we met at the agronomy meetup. Happy to tell you "
                         f"how our field team works and how people join it.\n\nJo Ortega\nAgronomy Lead, Valley Grain "
                         f"{ending}", organizer=grower, attendees=(grower,), minutes=45), [ME])
    assert found.interview and found.company == f"Valley Grain {ending}"


_FORWARDED_FROM_A_CITY = (
    "---------- Forwarded message ---------\nFrom: Dana Ruiz <druiz@elmcrossingor.gov>\nSubject: Interview – Planner "
    "II\nTo: <casey.nguyen.home@gmail.com>\n\nHello Casey,\n\nThank you for applying for the Planner II position "
    "with the City of Elm Crossing. We would like to invite you to interview on Monday at 9:00 AM at City Hall, "
    "44 Oak Street, room 210.\n\nDana Ruiz\nHR Technician, City of Elm Crossing")


def test_a_public_bodys_domain_with_its_states_code_names_the_body_not_its_building():
    found = detect(event("Personal appointment", _FORWARDED_FROM_A_CITY, organizer=person(ME, "Casey Nguyen"),
                         me_too=False, minutes=90, location="Elm Crossing City Hall, 44 Oak St"), [ME])
    assert found.interview and found.company == "City of Elm Crossing"


def test_a_public_building_after_at_is_no_company():
    found = detect(event("Personal appointment", _FORWARDED_FROM_A_CITY.replace("elmcrossingor.gov", "ecor.example")
                         .replace("the City of Elm Crossing", "us"), organizer=person(ME, "Casey Nguyen"),
                         me_too=False, minutes=90), [ME])
    assert found.interview and found.company in (None, "City of Elm Crossing")


@pytest.mark.parametrize("title", ["Call back – Northgate (Priya)", "Ringa tillbaka – Northgate (Priya)"])
def test_a_call_back_with_a_recruiter_about_a_clients_job_is_the_conversation(title):
    found = detect(event(title, "Priya Shah, Northgate Recruitment – priya.shah@northgaterecruit.example.\nPermanent "
                         "Payroll Manager role with a client in logistics (name to follow). She wants to run through "
                         "my background and put me forward this week. Ask: hybrid days?",
                         organizer=person(ME, "Casey Nguyen"), me_too=False, minutes=30), [ME])
    assert found.interview


def test_a_call_back_reminder_without_a_job_stays_a_to_do():
    found = detect(event("Call back – Northgate (Priya)", "Priya Shah – priya.shah@northgaterecruit.example. Return "
                         "her call about the invoice.", organizer=person(ME, "Casey Nguyen"), me_too=False,
                         minutes=30), [ME])
    assert not found.interview


def test_a_staffing_agencys_name_the_notes_write_is_the_company_when_the_client_is_kept_back():
    found = detect(event("Call back – Meridian (Tom)", "Tom Reyes, Meridian Legal Staffing – treyes@meridianstaff.example"
                         ", 555-0101.\nSenior Paralegal role for a client he can't name yet (a firm downtown). He wants "
                         "to go over my experience before he submits me.", organizer=person(ME, "Casey Nguyen"),
                         me_too=False, minutes=30), [ME])
    assert found.interview and found.company == "Meridian Legal Staffing"


_WORK = "jmarsh@kellbrookschools.example"  # the user's known address: first initial and family name


def test_an_attendee_at_a_personal_address_spelling_the_users_known_address_is_the_user():
    lead = person("ines@quarrylane.example", "Ines Varga")
    panel = (lead, person("jordan.marsh.1990@gmail.com", "jordan.marsh.1990@gmail.com"),
             person("tom@quarrylane.example", "Tom Bell"))
    found = detect(event("Quarry Lane – round 2 interview", "Hi Jordan – for round 2 you'll present to Tom and me.",
                         organizer=lead, attendees=panel, me_too=False, minutes=60), [_WORK])
    assert found.interview
    assert sorted(p.email for p in found.people) == ["ines@quarrylane.example", "tom@quarrylane.example"]


def test_a_forwarded_invitations_to_line_at_the_users_personal_address_is_no_one_met():
    me = person(_WORK, "Jordan Marsh")
    found = detect(event("Personal", "---------- Forwarded message ---------\nFrom: Ines Varga "
                         "<ines@quarrylane.example>\nSubject: Interview – Data Analyst\nTo: <jordanmarsh@outlook.com>\nCc: Tom Bell "
                         "<tom@quarrylane.example>\n\nHi Jordan,\n\nWe would like to invite you to a panel interview "
                         "for the Data Analyst position on Monday at 10:00 AM. The panel will be Tom Bell (Head of "
                         "Data) and me.\n\nInes Varga\nHead of People, Quarry Lane", organizer=me, me_too=False,
                         minutes=60), [_WORK])
    assert found.interview
    assert "jordanmarsh@outlook.com" not in [p.email for p in found.people]
    assert "tom@quarrylane.example" in [p.email for p in found.people]


def test_a_namesake_at_the_company_is_still_met():
    lead = person("ines@quarrylane.example", "Ines Varga")
    panel = (lead, person("j.marsh@quarrylane.example", "Jamie Marsh"))
    found = detect(event("Quarry Lane – interview", "You'll meet Jamie and me.", organizer=lead, attendees=panel,
                         me_too=False, minutes=60), [_WORK])
    assert "j.marsh@quarrylane.example" in [p.email for p in found.people]


def test_the_sender_of_a_forwarded_invitation_who_names_a_panel_without_themself_is_not_met():
    me = person(_WORK, "Jordan Marsh")
    found = detect(event("Personal", "---------- Forwarded message ---------\nFrom: Omar Haddad "
                         "<ohaddad@rivertonwa.gov>\nSubject: Interview – Civil Engineer\nTo: <jordan.m@gmail.com>\n"
                         "Cc: Ruth Kim <rkim@rivertonwa.gov>, Leo Park <lpark@rivertonwa.gov>\n\nDear Jordan,\n\n"
                         "Thank you for applying for the Civil Engineer position. The panel will be Ruth Kim (Public "
                         "Works Director) and Leo Park (Engineering Manager). I will greet you at reception.\n\n"
                         "Omar Haddad\nHR Assistant", organizer=me, me_too=False, minutes=60), [_WORK])
    assert found.interview
    assert sorted(p.email for p in found.people) == ["lpark@rivertonwa.gov", "rkim@rivertonwa.gov"]


def test_the_sender_who_sits_on_the_panel_they_name_is_met():
    me = person(_WORK, "Jordan Marsh")
    found = detect(event("Personal", "---------- Forwarded message ---------\nFrom: Omar Haddad "
                         "<ohaddad@rivertonwa.gov>\nSubject: Interview – Civil Engineer\nTo: <jordan.m@gmail.com>\n"
                         "Cc: Ruth Kim <rkim@rivertonwa.gov>\n\nDear Jordan,\n\nThank you for applying for the Civil "
                         "Engineer position. The panel will be Ruth Kim (Public Works Director) and Omar Haddad (HR)."
                         "\n\nOmar Haddad\nHR Assistant", organizer=me, me_too=False, minutes=60), [_WORK])
    assert found.interview
    assert sorted(p.email for p in found.people) == ["ohaddad@rivertonwa.gov", "rkim@rivertonwa.gov"]


@pytest.mark.parametrize("greeting, applying", [
    ("Jordan,", "Thank you for applying for the Assistant Principal position."),
    ("Hi Jordan,", "Thanks for applying for the Assistant Principal role – you have been shortlisted."),
    ("Dear Jordan Marsh,", "We have reviewed your application for the Assistant Principal position."),
])
def test_a_colleagues_invitation_that_greets_the_user_as_an_applicant_is_their_own_interview(greeting, applying):
    hr = person("mlin@kellbrookschools.example", "Maya Lin")
    panel = (person(_WORK, "Jordan Marsh"), person("areyes@kellbrookschools.example", "Ana Reyes"),
             person("tbell@kellbrookschools.example", "Tom Bell"))
    found = detect(event("Interview – Assistant Principal", f"{greeting}\n\n{applying} The panel will be Ana Reyes "
                         "(Principal) and Tom Bell (Deputy Superintendent), with time for your questions at the end."
                         "\n\nMaya Lin\nHR Specialist", organizer=hr, attendees=panel, me_too=False, minutes=60),
                   [_WORK])
    assert found.interview


def test_a_colleagues_invitation_to_interview_someone_else_stays_the_hiring_side():
    hr = person("mlin@kellbrookschools.example", "Maya Lin")
    panel = (person(_WORK, "Jordan Marsh"), person("areyes@kellbrookschools.example", "Ana Reyes"))
    found = detect(event("Interview – Assistant Principal", "Jordan,\n\nThank you for sitting on the panel. The "
                         "candidate thanked us for reviewing the application.\n\nMaya Lin\nHR Specialist",
                         organizer=hr, attendees=panel, me_too=False, minutes=60), [_WORK])
    assert not found.interview
