"""Kinds learnt after an independent labelled set (blind34) was scored: a lunch or a coffee whose notes speak of a
post and say it is a round of the hiring ("he says this is the first round") is a job interview, not an
informational one; a coffee whose notes speak of an opening and a "panel" or the "recruiter" they ask about stays
informational."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


@pytest.mark.parametrize("title, description", [
    ("Lunch with Sam – Acme Labs", "Sam Reed (s.reed@acmelabs.example) asked me to talk about the Lab Manager "
     "position. He says this is the first round and brings his deputy."),
    ("Lunch noThabo – Ubuntu Water Labs", "Thabo Mokoena (t.mokoena@ubuntuwater.co.za) ungimemile ukuthi sixoxe "
     "ngesikhundla se-Quality Control Manager. Says this is the first round. Bring CV."),
])
def test_a_lunch_about_a_post_its_notes_call_a_round_is_a_job_interview(title, description):
    found = detect(event(title, description, me_too=False, minutes=60), [ME])
    assert found.interview and found.kind == "job"


def test_a_coffee_asking_about_openings_and_who_the_recruiter_is_stays_informational():
    found = detect(event("Coffee with Sam", "Sam = team lead at Acme Labs (s.reed@acmelabs.example).\nQuestions:\n"
                         "- what does a day look like?\n- any openings next year, who is the recruiter?",
                         me_too=False, minutes=60), [ME])
    assert found.interview and found.kind == "informational"
