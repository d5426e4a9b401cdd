"""The user's own note of a call with a recruitment agency's recruiter: the notes give the recruiter's agency and
their address there, and the job title the call is about ("re Travel ICU Nurse 8wk contract"). A job call, with the
agency as the company when the title writes the user's short form of its name ("call w/ Priya - Harborstaff"), and
the contract's length no part of the role."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_a_call_note_with_an_agencys_recruiter_about_a_job_title_is_a_job_call():
    found = detect(event("call w/ Priya - Harborstaff",
                         "Priya Nair, Harborview Nurse Staffing\npriya.nair@harborviewstaffing.com 617-555-0199\n"
                         "re Travel ICU Nurse 8wk contract near Boston, hospital tbd. ask about the overtime rate",
                         minutes=30, me_too=False), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Harborview Nurse Staffing"
    assert found.role == "Travel ICU Nurse"
    assert [p.email for p in found.people] == ["priya.nair@harborviewstaffing.com"]


def test_a_call_note_with_a_friend_naming_no_agency_is_not():
    found = detect(event("call w/ Priya - Sunday", "Priya Nair\npriya.nair@gmail.com\nre Nurse 8wk trip to Peru",
                         minutes=30, me_too=False), [ME])
    assert not found.interview
