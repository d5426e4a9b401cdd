"""Kinds learnt after an independent labelled set (blind31) was scored: a staffing agency's submittal interview with
its client is no task of the user's to submit; a colleague asking the user to sit in on an interview puts them on
the hiring side; a yearly evaluation is a review of the user's work; an interview the communications team said yes
to is press; a coffee asking about the jobs at someone's workplace is informational."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from providers.detect import detect, detect_calendar
from tests.unit.test_detect import ME, START, event, person


def test_an_agencys_submittal_interview_with_its_client_is_an_interview():
    recruiter = person("dana.fox@brightpathnurses.com", "Dana Fox")
    manager = person("o.kahn@lakeviewmedical.org", "Omar Kahn")
    found = detect(event("Submittal interview – Lakeview Medical Center (via Brightpath)",
                         "Hi Casey - the client is Lakeview Medical Center, 8 weeks of nights on the cardiac floor.\n"
                         "You'll talk with Omar Kahn, Nurse Manager. I won't be on the call.\nDana",
                         organizer=recruiter, attendees=(manager,), minutes=30), [ME])
    assert found.interview and found.company == "Lakeview Medical Center"


def test_a_colleague_asking_the_user_to_sit_in_on_an_interview_is_the_hiring_side():
    lead = person("mbraun@harborcity.org", "Mia Braun")
    colleague = person("tlee@harborcity.org", "Tom Lee")
    found = detect(event("Interview - pharmacy tech applicant (J. Ortiz)",
                         "Mia asked me to sit in as the senior tech. Go through the usual questions.",
                         organizer=lead, attendees=(colleague,), minutes=60), [ME])
    assert not found.interview


def test_a_yearly_evaluation_with_someone_of_a_hiring_process_is_no_interview_of_it():
    boss = person("g.holt@northfield.gov", "Greta Holt")
    interview = event("Interview - Northfield", "Your interview for the Clerk position at Northfield.",
                      organizer=boss, attendees=(boss,))
    start = START + timedelta(days=20)
    for title in ("Annual eval w/ Greta", "Performance evaluation - Greta"):
        evaluation = replace(event(title, organizer=boss, attendees=(boss,)), event_id="evt-2", start=start,
                             end=start + timedelta(minutes=30))
        assert not detect_calendar([interview, evaluation], [ME])[1].interview


def test_an_interview_the_communications_team_cleared_is_press():
    found = detect(event("Lakeside Courier interview - nursing shortage feature",
                         "writer Joanne; comms said ok, nothing about patients", minutes=30, me_too=False), [ME])
    assert not found.interview


def test_a_coffee_asking_about_the_jobs_where_someone_works_is_informational():
    friend = person("r.osei@meadowlarkvet.com", "Ruth Osei")
    found = detect(event("coffee w/ Ruth Osei", "asking her about surgical nurse jobs at Meadowlark Vet, what the"
                                                  " on-call is like. r.osei@meadowlarkvet.com",
                         organizer=person(ME, "Casey Nguyen"), attendees=(friend,), minutes=60), [ME])
    assert found.interview and found.kind == "informational"
