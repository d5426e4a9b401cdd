"""The user's own entry for an employer's recruiter calling them about a job: the notes give the recruiter's
address, say they will call, and name recruiting and a job title. Without the job, or with career advice asked
for, such a note is no interview."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


@pytest.mark.parametrize("title, description", [
    ("Lumen – first contact (Priya)", "Priya Raman, TA Partner at Lumen Foods (priya.raman@lumenfoods.example) – she "
                                   "will call my mobile. Category Manager, snacks."),
    ("Halden first contact", "Jonas Berg, Talent Acquisition Lead at Halden Energy (jonas.berg@halden.example). He "
                             "will call at 3. Senior Process Engineer, offshore."),
])
def test_a_recruiter_who_will_call_about_a_job_is_an_interview(title, description):
    found = detect(event(title, description, organizer=None, me_too=False, minutes=20), [ME])
    assert found.interview and found.kind == "job"


@pytest.mark.parametrize("description", [
    "Priya Raman (priya.raman@lumenfoods.example) will call about the kitchen renovation quote.",
    "Priya Raman, TA Partner at Lumen Foods (priya.raman@lumenfoods.example) will call: career advice on moving "
    "into category management.",
])
def test_a_call_the_user_notes_without_a_job_or_for_career_advice_is_not_one(description):
    found = detect(event("Lumen – call (Priya)", description, organizer=None, me_too=False, minutes=20), [ME])
    assert not (found.interview and found.kind == "job")
