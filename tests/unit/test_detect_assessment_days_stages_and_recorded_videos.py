"""Kinds of interview an independent labelled set (blind9) brought up that are named by their words: a
one-way video the user records, an assessment day with a practical and a panel, a "2nd stage"; and what
only resembles them (a deadline to record it, a hold for a later stage, a patient's pre-op assessment)."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

NORTHGATE = person("dana@northgaterehab.example", "Dana Holt")
HARBOUR_RECRUITING = person("recruitment@harbourfc.example", "Harbour FC Recruitment")


@pytest.mark.parametrize("title, description", [
    ("Record HireVue – Lakeshore Credit Union (Loan Officer)",
     "Nobody live. 6 questions, 1 min to think, 3 min per answer. Tidy desk, good light."),
    ("Lakeshore Credit Union – one-way video", "Six questions, three minutes each, one retake."),
])
def test_a_one_way_video_the_user_records_is_an_interview(title, description):
    found = detect(event(title, description, organizer=None, me_too=False, minutes=45), [ME])
    assert found.interview and found.kind == "job" and found.stage == "one-way video"


@pytest.mark.parametrize("title", [
    "Deadline: finish the HireVue for Lakeshore",
    "Remind me – Lakeshore one-way video due Friday",
])
def test_a_deadline_to_record_a_one_way_video_is_not_the_interview(title):
    found = detect(event(title, "Link in the email.", organizer=None, me_too=False, minutes=0), [ME])
    assert not found.interview


@pytest.mark.parametrize("title", [
    "Northgate Rehab – practical assessment day (Leeds)",
    "Northgate Rehab – selection day",
])
def test_an_assessment_day_with_a_practical_and_a_panel_is_an_interview(title):
    agenda = ("Dana here – confirming your day. Ola and Tim will run it:\n• 09:30 case discussion\n"
              "• 10:30 practical on a volunteer patient\n• 12:15 panel questions\nPlease bring your registration number.")
    found = detect(event(title, agenda, organizer=NORTHGATE, attendees=(NORTHGATE,), minutes=240), [ME])
    assert found.interview and found.stage == "assessment day"


def test_a_patients_pre_op_assessment_day_is_not_an_interview():
    nurse = person("preop@stmarys-hospital.example", "Pre-op Clinic")
    found = detect(event("Pre-op assessment day – St Mary's", "Please bring a list of your medication.",
                         organizer=nurse, attendees=(nurse,), minutes=120), [ME])
    assert not found.interview


def test_a_second_stage_named_by_its_ordinal_is_an_interview():
    found = detect(event("Harbour FC – 2nd stage: practical + pitchside scenario",
                         "Training ground reception at 9:15. Bring kit.",
                         organizer=HARBOUR_RECRUITING, attendees=(HARBOUR_RECRUITING,), minutes=180), [ME])
    assert found.interview and found.stage == "second round"


@pytest.mark.parametrize("title", [
    "HOLD – Harbour FC 2nd stage?? (TBC)",
    "Second stage of the bridge survey – Harbour FC",
])
def test_a_hold_for_a_second_stage_or_a_projects_second_stage_is_not_an_interview(title):
    found = detect(event(title, "", organizer=HARBOUR_RECRUITING, attendees=(HARBOUR_RECRUITING,),
                         minutes=60), [ME])
    assert not found.interview



def test_a_physiotherapist_is_a_role():
    found = detect(event("Phone interview – Northgate Rehab (Senior Neuro Physiotherapist)", "",
                         organizer=NORTHGATE, attendees=(NORTHGATE,)), [ME])
    assert found.interview and found.role == "Senior Neuro Physiotherapist"
