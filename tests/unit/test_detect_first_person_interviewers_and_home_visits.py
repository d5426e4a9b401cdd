"""The user writing "I'm interviewing Noor for ..." holds the interview, where "I'm interviewing with Dana" stays
theirs; a clinician's home visit with an intake interview is no job interview."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import CASEY, ME, event, person


def test_the_user_interviewing_someone_in_the_first_person_holds_the_interview():
    noor = person("noor.haddad@learners.northfield.example", "Noor Haddad")
    found = detect(event("Interview: summer internship – Noor Haddad", "I'm interviewing Noor for the summer "
                         "research internship in our lab. Tomasz joins as second reader.", organizer=CASEY,
                         attendees=(noor,), minutes=30), [ME])
    assert not found.interview


def test_the_user_interviewing_with_someone_is_still_their_interview():
    dana = person("dana.whitfield@brightwave.example", "Dana Whitfield")
    found = detect(event("Interview – Brightwave", "I'm interviewing with Dana for the analyst role. Bring the "
                         "portfolio.", organizer=None, attendees=(dana,), minutes=45), [ME])
    assert found.interview


def test_a_home_visit_with_an_intake_interview_is_no_job_interview():
    found = detect(event("Home visit – intake interview & falls assessment (Mrs. K. Okafor)",
                         "Intake interview with the patient and her son: stairs, bathroom, walker height.",
                         organizer=None, me_too=False, minutes=90), [ME])
    assert not found.interview
