"""A clock time ("11:40 PM") names no role; a recruiter's role "for a client she cannot name" is the role and the
agency the company; "w/" and the first name of an address the notes give are a person, never a company; "Physio
Partners" ends a clinic's name."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_clock_time_in_a_forwarded_header_names_no_role():
    lena = person("lena.meyer@contoso.com", "Lena Meyer")
    found = detect(event("Fwd: Interview invitation", "---------- Forwarded message ---------\nFrom: Lena Meyer "
                         "<lena.meyer@contoso.com>\nDate: Tue, Mar 3, 2026 at 11:40 PM\nSubject: Interview "
                         "invitation\n\nHi Casey,\nWe would like to meet you for a first interview for the role on "
                         "our payments team.\nLena", organizer=lena, attendees=(lena,)), [ME])
    assert found.interview
    assert found.role is None


def test_a_recruiters_role_for_a_client_they_cannot_name_keeps_the_agency():
    found = detect(event("call w/ Marisol", "Marisol Quint, Brightwater Health Search - "
                         "marisol.quint@bwhsearch.example / 416-555-0188\nShe found me on LinkedIn: Charge Nurse for "
                         "a client she cannot name yet (\"teaching hospital, west end\"). Intro chat about my "
                         "background.", organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview
    assert found.company == "Brightwater Health Search"
    assert found.role == "Charge Nurse"


def test_a_client_the_recruiter_cannot_name_yet_leaves_the_agency_as_the_company():
    found = detect(event("Tuesday 4pm - Piet", "Piet Claes, Lowland Medical Recruitment - piet.claes@lowlandrecruitment.example\nA client "
                         "he can't name yet, a hospital group. Intro chat, then he sends the job description.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview
    assert found.company == "Lowland Medical Recruitment"


def test_a_name_after_w_slash_is_a_person_not_a_company():
    found = detect(event("Intro call w/ Ingrid", "Recruiter call about a Charge Nurse role.", organizer=None,
                         me_too=False, minutes=30), [ME])
    assert found.interview
    assert found.company is None


def test_the_first_name_of_an_address_the_notes_give_is_no_company():
    found = detect(event("Oskar – recruiter call", "About a Senior Analyst role. oskar.lind@gmail.com, call him "
                         "back if late.", organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview
    assert found.company is None


def test_physio_partners_ends_a_clinics_name():
    owner = person("r.osei@harbourview.example", "Ruth Osei")
    found = detect(event("Harbourview – meet the team", "Come meet the team and talk about the Clinic Lead "
                         "opening. Then a tour.\nRuth", organizer=owner, attendees=(owner,), minutes=90,
                         location="Harbourview Physio Partners - Leslieville clinic, 2nd floor"), [ME])
    assert found.interview
    assert found.company == "Harbourview Physio Partners"
