"""Kinds of evidence and field extraction learnt after an independent labelled set (blind23) was scored, from a
reporter's calendar moving into content design and a council environmental health officer's: a reporter's own
interview of a source for a story, an officer's interview under caution, a press office's slot on the radio, a
recruiter's note of what a call is about ("re: ..."), a title abbreviated in one place and written in full in
another, a domain that spells a name's "&" as "and", and a council's name that ends in "District Council"."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("title, description", [
    ("Interview: Sheriff Ortega re: jail staffing", "Background for the county jail explainer. Ask about overtime "
     "and the consent decree."),
    ("Interview - Prof. Lena Marsh (school funding)", "Second sit-down for the article on funding formulas. She has "
     "an hour."),
    ("Interview w/ fire chief", "Quotes for the Thursday wildfire story. Bring the burn-scar map."),
])
def test_a_reporters_own_interview_for_a_story_is_press(title, description):
    found = detect(event(title, description, minutes=45, me_too=False), [ME])
    assert not found.interview


def test_a_job_interview_at_a_newspaper_stays_an_interview():
    editor = person("dana.ruiz@riograndesun.example", "Dana Ruiz")
    found = detect(event("Interview - Rio Grande Sun (metro desk)", "Dana would like to hear about your reporting "
                         "for the water story. Bring three clips.", organizer=editor, attendees=(editor,)), [ME])
    assert found.interview


def test_a_product_owners_user_story_is_no_reporting():
    found = detect(event("Interview - Product Owner, Lumen", "Prepare acceptance criteria for the user story.",
                         minutes=45, me_too=False), [ME])
    assert found.interview


@pytest.mark.parametrize("title", [
    "PACE interview - Dragon Wok (food business operator)",
    "Interview under caution - Mr Keane (licensing breach)",
])
def test_an_officers_interview_under_caution_is_no_job_interview(title):
    found = detect(event(title, "Second officer: Priya. Exhibits and notebook. Solicitor may attend.", minutes=90,
                         me_too=False), [ME])
    assert not found.interview


@pytest.mark.parametrize("description", [
    "Press office arranged this: 4 mins on the clean air zone. Producer calls at 08:10.",
    "Booked via the press office - 5 minutes on the new recycling rules.",
])
def test_a_radio_slot_the_press_office_set_up_is_press(description):
    producer = person("sam.oakes@radiomedway.example", "Sam Oakes")
    found = detect(event("Radio Medway - live interview (air quality)", description, attendees=(producer,),
                         minutes=10), [ME])
    assert not found.interview


def test_a_recruiters_note_names_the_role_after_re():
    found = detect(event("Call - Priya Shah, Kestrel Recruitment", "Priya (priya.shah@kestrelrecruitment.example) re: Health "
                         "& Safety Manager at a logistics firm in Derby - can't name them yet. Take it outside.",
                         minutes=30, me_too=False), [ME])
    assert found.interview and found.role == "Health & Safety Manager"


@pytest.mark.parametrize("title, written, role", [
    ("Northwind - ops manager onsite", "Operations Manager", "Operations Manager"),
    ("Northwind - tech lead panel", "Technical Lead II", "Technical Lead II"),
])
def test_a_role_the_title_abbreviates_is_written_in_full(title, written, role):
    lead = person("omar.haddad@northwind.example", "Omar Haddad")
    found = detect(event(title, f"Omar confirms your interview for the {written} position on Friday.",
                         organizer=lead, attendees=(lead,), minutes=120), [ME])
    assert found.interview and found.role == role


def test_a_domain_that_spells_the_ampersand_out_names_the_company_as_written():
    host = person("ella.price@hollisandco.example", "Ella Price")
    found = detect(event("Casey Nguyen x Hollis & Co", "Hi Casey - an informal chat about the Operations Lead role.",
                         organizer=host, attendees=(host,)), [ME])
    assert found.interview and found.company == "Hollis & Co"


@pytest.mark.parametrize("title, description, company", [
    ("Interview - Planning Officer (Ref 77)", "Dear Casey,\n\nThank you for your application for the post of Planning "
     "Officer. We are pleased to invite you to a panel interview.\n\nThe panel: Ann Lowe (ann.lowe@ashworth.gov.uk) "
     "and Raj Patel (raj.patel@ashworth.gov.uk).\n\nPeople Services\nAshworth Borough Council",
     "Ashworth Borough Council"),
    ("Interview (Planning Officer)", "Please bring photo ID.\n\nKelby County Council, Civic Offices",
     "Kelby County Council"),
])
def test_a_councils_name_ends_with_its_kind_and_council(title, description, company):
    hr = person("recruitment@ashworth.gov.uk" if "Ashworth" in company else "jobs@kelby.gov.uk", "Recruitment")
    found = detect(event(title, description, organizer=hr, attendees=(hr,), minutes=60), [ME])
    assert found.interview and found.company == company
